"Fresh answers, round 5: written on 2026-12-05, after the checks' fifth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import functools
import albumentations as A
from byol_course.augment import view_params, blur_kernel_size, blur_sigma, BYOL_VIEW_PARAMS
from byol_course.checks.catalogue import right, wrong


# ----------------------------------------------------------------------------------------------------- right answers

@right("plain: view_params, then one A.Compose of the six steps with explicit ranges", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    b, c, s, h = p['brightness'], p['contrast'], p['saturation'], p['hue']
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=(1 - b, 1 + b), contrast=(1 - c, 1 + c), saturation=(1 - s, 1 + s), hue=(-h, h),
                      p=p['jitter_p']),
        A.ToGray(num_output_channels=3, method='weighted_average', p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'], p['solarize_threshold']), p=p['solarize_p']),
    ], p=1.0, seed=seed, save_applied_params=save_applied_params)


@right("scalar strengths to ColorJitter (albumentations turns them into the same ranges), steps built in a list first", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    steps = []
    steps.append(A.RandomResizedCrop(size=(size, size), scale=tuple(p['crop_scale']), ratio=tuple(p['crop_ratio']), p=1))
    steps.append(A.HorizontalFlip(p=p['flip_p']))
    steps.append(A.ColorJitter(brightness=p['brightness'], contrast=p['contrast'], saturation=p['saturation'],
                               hue=p['hue'], p=p['jitter_p']))
    steps.append(A.ToGray(p=p['gray_p']))
    k = blur_kernel_size(size)
    lo, hi = blur_sigma(size, p['blur_sigma'])
    steps.append(A.GaussianBlur(blur_limit=(k, k), sigma_limit=(lo, hi), p=p['blur_p']))
    t = p['solarize_threshold']
    steps.append(A.Solarize(threshold_range=(t, t), p=p['solarize_p']))
    return A.Compose(steps, seed=seed, save_applied_params=save_applied_params)


@right("flip moved to the end of the pipeline (the contract says it commutes, may come anywhere)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    rng = lambda v: (1 - v, 1 + v)
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.ColorJitter(brightness=rng(p['brightness']), contrast=rng(p['contrast']), saturation=rng(p['saturation']),
                      hue=(-p['hue'], p['hue']), p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
        A.HorizontalFlip(p=p['flip_p']),
    ], seed=seed, save_applied_params=save_applied_params)


class _AlbumViewFactory:
    "A class with __call__ that builds the pipeline from a table of step builders."
    steps = [
        lambda p, size: A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        lambda p, size: A.HorizontalFlip(p=p['flip_p']),
        lambda p, size: A.ColorJitter(**{k: (1 - p[k], 1 + p[k]) for k in ('brightness', 'contrast', 'saturation')},
                                      hue=(-p['hue'], p['hue']), p=p['jitter_p']),
        lambda p, size: A.ToGray(p=p['gray_p']),
        lambda p, size: A.GaussianBlur(blur_limit=(blur_kernel_size(size),) * 2,
                                       sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        lambda p, size: A.Solarize(threshold_range=(p['solarize_threshold'], p['solarize_threshold']), p=p['solarize_p']),
    ]
    def __call__(self, size, which='T', seed=None, save_applied_params=False, **overrides):
        p = view_params(which, **overrides)
        return A.Compose([make(p, size) for make in self.steps], seed=seed, save_applied_params=save_applied_params)

album_view = right("an instance of a class with __call__, steps from a list of builders", fresh=True)(_AlbumViewFactory())


def _build(size, which, seed, save_applied_params, overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    kw = dict(seed=seed, save_applied_params=save_applied_params)
    return A.Compose([
        A.RandomResizedCrop((size, size), p['crop_scale'], p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter((1 - p['brightness'], 1 + p['brightness']), (1 - p['contrast'], 1 + p['contrast']),
                      (1 - p['saturation'], 1 + p['saturation']), (-p['hue'], p['hue']), p=p['jitter_p']),
        A.ToGray(3, 'weighted_average', p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'], p['solarize_threshold']), p=p['solarize_p']),
    ], **kw)

album_view = right("positional arguments to the transforms, wrapped: lambda over a helper", fresh=True)(
    lambda size, which='T', seed=None, save_applied_params=False, **overrides:
        _build(size, which, seed, save_applied_params, overrides))


# ----------------------------------------------------------------------------------------------------- wrong answers

@wrong('px: scale it with the image, blur_sigma(size', "blur sigma not scaled with the image: passes the table's 0.1-2.0 px straight to sigma_limit", fresh=True)
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


@wrong("pixel views; the paper's kernel is a tenth of the image side", "blur_limit given as the int k: albumentations reads it as (0, k), so the kernel size varies", fresh=True)
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


@wrong("pixel views; the paper's kernel is a tenth of the image side", "kernel made odd by rounding DOWN: size // 10, minus 1 when even (right at 32 and 96 px; 5 instead of 7 at 64 px, 21 instead of 23 at 224)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = size // 10
    if k % 2 == 0:
        k = max(k - 1, 1)
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=p['brightness'], contrast=p['contrast'], saturation=p['saturation'], hue=p['hue'], p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong("still builds the paper's T; take the parameters from view_params(which", "overrides ignored: view_params(which) without **overrides (accepts them silently)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which)
    k = blur_kernel_size(size)
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=p['brightness'], contrast=p['contrast'], saturation=p['saturation'], hue=p['hue'], p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong('built a pipeline: an unknown view parameter should raise an error, as', "merges overrides into the table by hand: unknown parameters silently accepted, bad `which` gives KeyError", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = {**BYOL_VIEW_PARAMS[which], **overrides}
    k = blur_kernel_size(size)
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=p['brightness'], contrast=p['contrast'], saturation=p['saturation'], hue=p['hue'], p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong('T: ColorJitter hue range', "hue range one-sided, (0, h): the colour wheel only turns one way", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    rng = lambda v: (1 - v, 1 + v)
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=rng(p['brightness']), contrast=rng(p['contrast']), saturation=rng(p['saturation']),
                      hue=(0.0, p['hue']), p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong('T: ColorJitter saturation range', "saturation range built from the brightness strength (copy-paste slip)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    b, c, s = p['brightness'], p['contrast'], p['saturation']
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=(1 - b, 1 + b), contrast=(1 - c, 1 + c), saturation=(1 - b, 1 + b),
                      hue=(-p['hue'], p['hue']), p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong("T applies its steps out of the paper's order: expected crop -> colour", "grayscale before the colour jitter (order of the table not kept)", fresh=True)
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


@wrong('with every view parameter overridden', "flip probability hard-coded to 0.5 (the digits' flip_p=0 override is ignored)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(),
        A.ColorJitter(brightness=p['brightness'], contrast=p['contrast'], saturation=p['saturation'], hue=p['hue'], p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong('with every view parameter overridden', "blur sigma from blur_sigma(size) with its default range: a blur_sigma override is ignored", fresh=True)
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


@wrong('with every view parameter overridden', "crop ratio inverted to height / width (same range for the symmetric default, wrong for an override)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    lo, hi = p['crop_ratio']
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=(1 / hi, 1 / lo)),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=p['brightness'], contrast=p['contrast'], saturation=p['saturation'], hue=p['hue'], p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong('of the range is threshold_range', "solarize threshold range (t, 1.0): threshold drawn between 0.5 and 1 instead of fixed", fresh=True)
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


@wrong('give different views of the same images; pass seed=seed to A.Compose', "seed not given to Compose: seeds NumPy's global generator instead (same seed no longer reproducible)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    import numpy as np, random
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


@wrong('two pipelines made without a seed give the same views of the same imag', "default seed 0 substituted when seed is None: 'fresh' views are always the same", fresh=True)
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
    ], seed=0 if seed is None else seed, save_applied_params=save_applied_params)


@wrong("'T', save_applied_params=True): its views lack 'applied_transforms'; p", "save_applied_params not passed on to Compose (always False)", fresh=True)
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


@wrong("T: ToGray method 'average'; the colour dropping keeps the image's luma", "ToGray with method='average' (plain mean of the channels instead of the ITU-R 601 luma)", fresh=True)
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


@wrong('with every view parameter overridden', "the probabilities of T and T' hard-coded by `which` (blur 1.0/0.1, solarize 0/0.2): overrides of blur_p/solarize_p ignored", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    blur_p, sol_p = (1.0, 0.0) if which == 'T' else (0.1, 0.2)
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=p['brightness'], contrast=p['contrast'], saturation=p['saturation'], hue=p['hue'], p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=blur_p),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=sol_p),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong('each step has its own probability', "the jitter's probability put on the Compose (p=0.8 gates the whole pipeline; ColorJitter always applied)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=p['brightness'], contrast=p['contrast'], saturation=p['saturation'], hue=p['hue'], p=1.0),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], p=p['jitter_p'], seed=seed, save_applied_params=save_applied_params)


@wrong("T applies its steps out of the paper's order: expected crop -> colour", "solarize before the blur (last two steps swapped)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    t = p['solarize_threshold']
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=p['brightness'], contrast=p['contrast'], saturation=p['saturation'], hue=p['hue'], p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.Solarize(threshold_range=(t, t), p=p['solarize_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong('with every view parameter overridden', "RandomResizedCrop with the default scale and ratio (crop_scale override ignored)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    return A.Compose([
        A.RandomResizedCrop(size=(size, size)),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=p['brightness'], contrast=p['contrast'], saturation=p['saturation'], hue=p['hue'], p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong('merge the overrides into a copy, as view_params(which, **overrides) do', "the table dict is mutated: p = BYOL_VIEW_PARAMS[which]; p.update(overrides) (overrides leak into later views)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    view_params(which, **overrides)            # only to validate
    p = BYOL_VIEW_PARAMS[which]
    p.update(overrides)
    k = blur_kernel_size(size)
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=p['brightness'], contrast=p['contrast'], saturation=p['saturation'], hue=p['hue'], p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)
