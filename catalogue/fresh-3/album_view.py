"Fresh answers, round 3: written on 2026-12-05, after the checks' third version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import functools, random
import cv2
import numpy as np
import albumentations as A
from byol_course.augment import view_params, blur_kernel_size, blur_sigma, BYOL_VIEW_PARAMS
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("straightforward: view_params, then the six steps in the table's order with tuple ranges", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio'], p=1.0),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=(1 - p['brightness'], 1 + p['brightness']),
                      contrast=(1 - p['contrast'], 1 + p['contrast']),
                      saturation=(1 - p['saturation'], 1 + p['saturation']),
                      hue=(-p['hue'], p['hue']), p=p['jitter_p']),
        A.ToGray(num_output_channels=3, method='weighted_average', p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'], p['solarize_threshold']), p=p['solarize_p']),
    ], p=1.0, seed=seed, save_applied_params=save_applied_params)


@right("scalar strengths given to ColorJitter (albumentations turns s into (1-s, 1+s) and h into (-h, h)), steps built in a list first, flip placed last (the text says it may come anywhere)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    prm = view_params(which, **overrides)
    ks = blur_kernel_size(size)
    steps = [A.RandomResizedCrop((size, size), scale=prm['crop_scale'], ratio=prm['crop_ratio'])]
    steps.append(A.ColorJitter(brightness=prm['brightness'], contrast=prm['contrast'],
                               saturation=prm['saturation'], hue=prm['hue'], p=prm['jitter_p']))
    steps.append(A.ToGray(p=prm['gray_p']))
    steps.append(A.GaussianBlur(blur_limit=(ks, ks), sigma_limit=tuple(blur_sigma(size, prm['blur_sigma'])), p=prm['blur_p']))
    t = prm['solarize_threshold']
    steps.append(A.Solarize(threshold_range=(t, t), p=prm['solarize_p']))
    steps.append(A.HorizontalFlip(p=prm['flip_p']))
    return A.Compose(steps, seed=seed, save_applied_params=save_applied_params)


class _AlbumView:
    "A factory object: builds the pipeline when called."
    def __call__(self, size, which='T', seed=None, save_applied_params=False, **overrides):
        q = view_params(which, **overrides)
        rng = lambda s: (1 - q[s], 1 + q[s])
        lo, hi = blur_sigma(size, q['blur_sigma'])
        k = 2 * (size // 10 // 2) + 1       # same as blur_kernel_size
        return A.Compose(
            [A.HorizontalFlip(p=q['flip_p']),   # flip first: it commutes with the crop
             A.RandomResizedCrop(size=(size, size), scale=tuple(q['crop_scale']), ratio=tuple(q['crop_ratio'])),
             A.ColorJitter(rng('brightness'), rng('contrast'), rng('saturation'), (-q['hue'], q['hue']), p=q['jitter_p']),
             A.ToGray(p=q['gray_p']),
             A.GaussianBlur(blur_limit=(k, k), sigma_limit=(lo, hi), p=q['blur_p']),
             A.Solarize(threshold_range=(q['solarize_threshold'],) * 2, p=q['solarize_p'])],
            seed=seed, save_applied_params=save_applied_params)

album_view = right("a class with __call__, flip placed first (it commutes with the crop), ColorJitter ranges positional, kernel size inlined", fresh=True)(_AlbumView())


def _build(size, which, seed, save_applied_params, overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    spec = [(A.RandomResizedCrop, dict(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio'])),
            (A.HorizontalFlip, dict(p=p['flip_p'])),
            (A.ColorJitter, dict(brightness=(1 - p['brightness'], 1 + p['brightness']), contrast=(1 - p['contrast'], 1 + p['contrast']),
                                 saturation=(1 - p['saturation'], 1 + p['saturation']), hue=(-p['hue'], p['hue']), p=p['jitter_p'])),
            (A.ToGray, dict(p=p['gray_p'])),
            (A.GaussianBlur, dict(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p'])),
            (A.Solarize, dict(threshold_range=(p['solarize_threshold'], p['solarize_threshold']), p=p['solarize_p']))]
    return A.Compose([cls(**kw) for cls, kw in spec], seed=seed, save_applied_params=save_applied_params)

album_view = right("table-driven: a list of (class, kwargs) pairs instantiated in a comprehension, wrapped in a lambda", fresh=True)(
    lambda size, which='T', seed=None, save_applied_params=False, **overrides: _build(size, which, seed, save_applied_params, overrides))


# ---------------------------------------------------------------- wrong answers

@wrong("still builds the paper's T; take the parameters from view_params(which", "overrides are ignored: view_params(which) is called without **overrides", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which)
    k = blur_kernel_size(size)
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=(1 - p['brightness'], 1 + p['brightness']), contrast=(1 - p['contrast'], 1 + p['contrast']),
                      saturation=(1 - p['saturation'], 1 + p['saturation']), hue=(-p['hue'], p['hue']), p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong('built a pipeline: an unknown view parameter should raise an error, as', "reads BYOL_VIEW_PARAMS[which] and merges overrides by hand: an unknown parameter is silently accepted", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = {**BYOL_VIEW_PARAMS[which], **overrides}
    k = blur_kernel_size(size)
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=(1 - p['brightness'], 1 + p['brightness']), contrast=(1 - p['contrast'], 1 + p['contrast']),
                      saturation=(1 - p['saturation'], 1 + p['saturation']), hue=(-p['hue'], p['hue']), p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong("pixel views; the paper's kernel is a tenth of the image side", "blur_limit given as the int kernel size: albumentations reads it as (0, k), so the kernel varies / comes from sigma", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=p['brightness'], contrast=p['contrast'], saturation=p['saturation'], hue=p['hue'], p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=blur_kernel_size(size), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong('px: scale it with the image, blur_sigma(size', "sigma not scaled with the image: sigma_limit is the table's 0.1-2.0 px as is", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=p['brightness'], contrast=p['contrast'], saturation=p['saturation'], hue=p['hue'], p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=p['blur_sigma'], p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong('with every view parameter overridden', "sigma from blur_sigma(size) with its default range: an override of blur_sigma is ignored", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=p['brightness'], contrast=p['contrast'], saturation=p['saturation'], hue=p['hue'], p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong('with every view parameter overridden', "copy-paste slip: the contrast range is built from p['brightness'] (equal by default, so only a contrast override shows it)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    b, c, s, h = p['brightness'], p['brightness'], p['saturation'], p['hue']
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=(1 - b, 1 + b), contrast=(1 - c, 1 + c), saturation=(1 - s, 1 + s), hue=(-h, h), p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong('T jitters colours with p', "ColorJitter's p forgotten: albumentations' default 0.5 instead of the table's jitter_p = 0.8", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=p['brightness'], contrast=p['contrast'], saturation=p['saturation'], hue=p['hue']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong("T applies its steps out of the paper's order: expected crop -> colour", "grayscale before the colour jitter (steps out of the table's order)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ToGray(p=p['gray_p']),
        A.ColorJitter(brightness=p['brightness'], contrast=p['contrast'], saturation=p['saturation'], hue=p['hue'], p=p['jitter_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong('give different views of the same images; pass seed=seed to A.Compose', "seed not passed to the Compose: seeds NumPy's and Python's global generators instead (albumentations 2 ignores them)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    if seed is not None:
        np.random.seed(seed); random.seed(seed)
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=p['brightness'], contrast=p['contrast'], saturation=p['saturation'], hue=p['hue'], p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], save_applied_params=save_applied_params)


@wrong("'T', save_applied_params=True): its views lack 'applied_transforms'; p", "save_applied_params accepted but not passed on to the Compose", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=p['brightness'], contrast=p['contrast'], saturation=p['saturation'], hue=p['hue'], p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed)


@wrong('of the range is threshold_range', "solarize range read as 'from the threshold up to 1': threshold_range=(0.5, 1.0)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=p['brightness'], contrast=p['contrast'], saturation=p['saturation'], hue=p['hue'], p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'], 1.0), p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong('with every view parameter overridden', "crop and flip hard-coded from the paper (scale 0.08-1, ratio 3/4-4/3, p=0.5): crop_scale / crop_ratio / flip_p overrides ignored", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=(0.08, 1.0), ratio=(3 / 4, 4 / 3)),
        A.HorizontalFlip(p=0.5),
        A.ColorJitter(brightness=p['brightness'], contrast=p['contrast'], saturation=p['saturation'], hue=p['hue'], p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong("INTER_CUBIC; the reference's RandomResizedCrop has interpolation=cv", "bicubic resize in the crop (interpolation=cv2.INTER_CUBIC) instead of albumentations' default bilinear", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio'], interpolation=cv2.INTER_CUBIC),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=p['brightness'], contrast=p['contrast'], saturation=p['saturation'], hue=p['hue'], p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong('\') built a pipeline: `which` is \'T\' or "T\'", anything else should rais', "which mapped with a conditional ('T' if which == 'T' else \"T'\"): an unknown view silently gives T'", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params('T' if which == 'T' else "T'", **overrides)
    k = blur_kernel_size(size)
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=p['brightness'], contrast=p['contrast'], saturation=p['saturation'], hue=p['hue'], p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong("T: ToGray method 'average'; the colour dropping keeps the image's luma", "grayscale by the plain channel average (method='average') instead of the ITU-R 601 luma", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=p['brightness'], contrast=p['contrast'], saturation=p['saturation'], hue=p['hue'], p=p['jitter_p']),
        A.ToGray(num_output_channels=3, method='average', p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)
