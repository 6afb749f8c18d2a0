"Fresh answers, round 1: written on 2026-12-05, after the checks' first version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import random
import numpy as np
import albumentations as A
from byol_course.augment import view_params, blur_kernel_size, blur_sigma, BYOL_VIEW_PARAMS
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("straightforward: view_params, six steps in the table's order, (k, k) kernel, scaled sigma", fresh=True)
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


@right("scalar strengths to ColorJitter (albumentations turns 0.4 into (0.6, 1.4) and 0.1 into (-0.1, 0.1)), "
       "sigma scaled by hand, flip moved to the end (the text: it commutes, may come anywhere)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = 2 * (size // 10 // 2) + 1
    lo, hi = p['blur_sigma']
    t = p['solarize_threshold']
    steps = [
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.ColorJitter(brightness=p['brightness'], contrast=p['contrast'], saturation=p['saturation'],
                      hue=p['hue'], p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=(lo * size / 224, hi * size / 224), p=p['blur_p']),
        A.Solarize(threshold_range=(t, t), p=p['solarize_p']),
        A.HorizontalFlip(p=p['flip_p']),
    ]
    return A.Compose(steps, seed=seed, save_applied_params=save_applied_params)


class _AlbumView:
    "A factory object: builds the pipeline from a list of (transform class, kwargs builder)."
    def __call__(self, size, which='T', seed=None, save_applied_params=False, **overrides):
        p = view_params(which, **overrides)
        rng = lambda s: (1 - p[s], 1 + p[s])
        k = blur_kernel_size(size)
        spec = [
            (A.RandomResizedCrop, dict(size=(size, size), scale=tuple(p['crop_scale']), ratio=tuple(p['crop_ratio']))),
            (A.HorizontalFlip, dict(p=p['flip_p'])),
            (A.ColorJitter, dict(brightness=rng('brightness'), contrast=rng('contrast'), saturation=rng('saturation'),
                                 hue=(-p['hue'], p['hue']), p=p['jitter_p'])),
            (A.ToGray, dict(p=p['gray_p'])),
            (A.GaussianBlur, dict(blur_limit=(k, k), sigma_limit=tuple(blur_sigma(size, p['blur_sigma'])), p=p['blur_p'])),
            (A.Solarize, dict(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p'])),
        ]
        return A.Compose([cls(**kw) for cls, kw in spec], seed=seed, save_applied_params=save_applied_params)

album_view = right("a class with __call__ building the steps from a spec list", fresh=True)(_AlbumView())


@right("flip first, before the crop (the text: the flip may come anywhere, since it commutes with the others)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    return A.Compose([
        A.HorizontalFlip(p=p['flip_p']),
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.ColorJitter(brightness=(1 - p['brightness'], 1 + p['brightness']),
                      contrast=(1 - p['contrast'], 1 + p['contrast']),
                      saturation=(1 - p['saturation'], 1 + p['saturation']),
                      hue=(-p['hue'], p['hue']), p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'], p['solarize_threshold']), p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


# ---------------------------------------------------------------- wrong answers

def _build(size, p, seed, save_applied_params, *, jitter_p=True, sat_key='saturation', blur_limit=None,
           sigma=None, gray_method='weighted_average', gray_first=False, solarize_old_api=False,
           default_crop=False, min_kernel=None):
    "Helper so each wrong answer differs from the right one in one place only."
    k = blur_kernel_size(size)
    if min_kernel: k = max(k, min_kernel)
    crop = (A.RandomResizedCrop(size=(size, size)) if default_crop else
            A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']))
    jit_kw = dict(brightness=(1 - p['brightness'], 1 + p['brightness']),
                  contrast=(1 - p['contrast'], 1 + p['contrast']),
                  saturation=(1 - p[sat_key], 1 + p[sat_key]),
                  hue=(-p['hue'], p['hue']))
    jit = A.ColorJitter(**jit_kw, p=p['jitter_p']) if jitter_p else A.ColorJitter(**jit_kw)
    gray_ = A.ToGray(method=gray_method, p=p['gray_p'])
    blur = A.GaussianBlur(blur_limit=(k, k) if blur_limit is None else blur_limit,
                          sigma_limit=blur_sigma(size, p['blur_sigma']) if sigma is None else sigma, p=p['blur_p'])
    sol = (A.Solarize(threshold=p['solarize_threshold'], p=p['solarize_p']) if solarize_old_api else
           A.Solarize(threshold_range=(p['solarize_threshold'], p['solarize_threshold']), p=p['solarize_p']))
    middle = [gray_, jit] if gray_first else [jit, gray_]
    return A.Compose([crop, A.HorizontalFlip(p=p['flip_p']), *middle, blur, sol],
                     seed=seed, save_applied_params=save_applied_params)


@wrong("still builds the paper's T; take the parameters from view_params(which", "ignores **overrides: reads BYOL_VIEW_PARAMS[which] directly", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    return _build(size, BYOL_VIEW_PARAMS[which], seed, save_applied_params)


@wrong('built a pipeline: an unknown view parameter should raise an error, as', "merges overrides by hand: an unknown parameter (typo) is silently accepted instead of raising", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = {**BYOL_VIEW_PARAMS[which], **overrides}
    return _build(size, p, seed, save_applied_params)


@wrong('T jitters colours with p', "ColorJitter without p: albumentations' default p=0.5 instead of the table's 0.8", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    return _build(size, view_params(which, **overrides), seed, save_applied_params, jitter_p=False)


@wrong('T: ColorJitter saturation range', "copy-paste: saturation range built from the contrast strength (0.4) instead of saturation (0.2)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    return _build(size, view_params(which, **overrides), seed, save_applied_params, sat_key='contrast')


@wrong("pixel views; the paper's kernel is a tenth of the image side", "blur_limit=blur_kernel_size(size) as an int: albumentations reads it as the range (0, k), not (k, k)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    return _build(size, view_params(which, **overrides), seed, save_applied_params, blur_limit=blur_kernel_size(size))


@wrong('px: scale it with the image, blur_sigma(size', "sigma not scaled with the image: sigma_limit = the table's (0.1, 2.0) pixels", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    return _build(size, p, seed, save_applied_params, sigma=p['blur_sigma'])


@wrong('with every view parameter overridden', "sigma from blur_sigma(size) with its default range: a blur_sigma override is ignored", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    return _build(size, view_params(which, **overrides), seed, save_applied_params, sigma=blur_sigma(size))


@wrong("T: ToGray method 'average'; the colour dropping keeps the image's luma", "ToGray with method='average' (plain mean of the channels) instead of the ITU-R 601 luma", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    return _build(size, view_params(which, **overrides), seed, save_applied_params, gray_method='average')


@wrong("T applies its steps out of the paper's order: expected crop -> colour", "order: ToGray before ColorJitter (not the table's order)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    return _build(size, view_params(which, **overrides), seed, save_applied_params, gray_first=True)


@wrong('with every view parameter overridden', "albumentations 1.x argument Solarize(threshold=...): ignored in 2.x (warning), so a solarize_threshold override has no effect", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    return _build(size, view_params(which, **overrides), seed, save_applied_params, solarize_old_api=True)


@wrong('give different views of the same images; pass seed=seed to A.Compose', "seed not given to the Compose: seeds Python's and NumPy's global generators instead", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    if seed is not None:
        random.seed(seed); np.random.seed(seed)
    return _build(size, view_params(which, **overrides), None, save_applied_params)


@wrong("'T', save_applied_params=True): its views lack 'applied_transforms'; p", "save_applied_params not passed on to the Compose (always False)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    return _build(size, view_params(which, **overrides), seed, False)


@wrong("the signature should be `album_view(size, which='T', seed=None, save_a", "default seed=0 instead of None: with no seed every pipeline draws the same views", fresh=True)
def album_view(size, which='T', seed=0, save_applied_params=False, **overrides):
    return _build(size, view_params(which, **overrides), seed, save_applied_params)


@wrong('with every view parameter overridden', "RandomResizedCrop with albumentations' default scale/ratio (equal to the table's): a crop_scale override is ignored", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    return _build(size, view_params(which, **overrides), seed, save_applied_params, default_crop=True)


@wrong("pixel views; the paper's kernel is a tenth of the image side", "kernel at least 3 taps (max(3, blur_kernel_size(size))): wrong for views under 30 px, e.g. the digits' 16 px", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    return _build(size, view_params(which, **overrides), seed, save_applied_params, min_kernel=3)
