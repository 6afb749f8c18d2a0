"Fresh answers, round 2: written on 2026-12-05, after the checks' second version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import functools
import numpy as np
import cv2
import albumentations as A
from byol_course.augment import view_params, blur_kernel_size, blur_sigma, BYOL_VIEW_PARAMS
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("straightforward: view_params, then the six steps in the table's order, seed and save_applied_params to Compose", fresh=True)
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


@right("scalar strengths to ColorJitter (albumentations turns s into (1-s, 1+s) and h into (-h, h)), kwargs dicts built first", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    lo, hi = blur_sigma(size, p['blur_sigma'])
    t = p['solarize_threshold']
    steps = [
        A.RandomResizedCrop(size=(size, size), scale=tuple(p['crop_scale']), ratio=tuple(p['crop_ratio'])),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=p['brightness'], contrast=p['contrast'], saturation=p['saturation'], hue=p['hue'],
                      p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(blur_kernel_size(size),) * 2, sigma_limit=(lo, hi), p=p['blur_p']),
        A.Solarize(threshold_range=(t, t), p=p['solarize_p']),
    ]
    kw = dict(seed=seed, save_applied_params=save_applied_params)
    return A.Compose(steps, **kw)


@right("flip placed last (the contract says it may come anywhere, it commutes); steps built from a table of (class, kwargs)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    rng = lambda s: (1 - s, 1 + s)
    spec = [
        (A.RandomResizedCrop, dict(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio'], p=1.0)),
        (A.ColorJitter, dict(brightness=rng(p['brightness']), contrast=rng(p['contrast']),
                             saturation=rng(p['saturation']), hue=(-p['hue'], p['hue']), p=p['jitter_p'])),
        (A.ToGray, dict(p=p['gray_p'])),
        (A.GaussianBlur, dict(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p'])),
        (A.Solarize, dict(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p'])),
        (A.HorizontalFlip, dict(p=p['flip_p'])),
    ]
    return A.Compose([cls(**kw) for cls, kw in spec], p=1, seed=seed, save_applied_params=save_applied_params)


class _ViewBuilder:
    "A callable object that builds the pipeline; the check sees an instance."
    def __call__(self, size, which='T', seed=None, save_applied_params=False, **overrides):
        p = view_params(which, **overrides)
        k = blur_kernel_size(size)
        sig = blur_sigma(size, sigma=p['blur_sigma'])
        b, c, s, h = (p[n] for n in ('brightness', 'contrast', 'saturation', 'hue'))
        compose = functools.partial(A.Compose, p=1.0, seed=seed, save_applied_params=save_applied_params)
        return compose([
            A.RandomResizedCrop((size, size), p['crop_scale'], p['crop_ratio']),
            A.HorizontalFlip(p['flip_p']),
            A.ColorJitter((1 - b, 1 + b), (1 - c, 1 + c), (1 - s, 1 + s), (-h, h), p=p['jitter_p']),
            A.ToGray(3, 'weighted_average', p=p['gray_p']),
            A.GaussianBlur((k, k), sig, p=p['blur_p']),
            A.Solarize((p['solarize_threshold'], p['solarize_threshold']), p=p['solarize_p']),
        ])

album_view = right("a class with __call__ and functools.partial(A.Compose, ...), positional arguments to the transforms", fresh=True)(_ViewBuilder())


# ---------------------------------------------------------------- wrong answers

def _ref_steps(size, p, k=None, sigma=None, gray_method='weighted_average', interpolation=cv2.INTER_LINEAR):
    "The six steps, with a few knobs for the wrong answers below."
    k = blur_kernel_size(size) if k is None else k
    sigma = blur_sigma(size, p['blur_sigma']) if sigma is None else sigma
    return [
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio'], interpolation=interpolation),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=p['brightness'], contrast=p['contrast'], saturation=p['saturation'], hue=p['hue'],
                      p=p['jitter_p']),
        A.ToGray(method=gray_method, p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=sigma, p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ]


@wrong("T and T' are the same pipeline: `which` is ignored (T' blurs less ofte", "ignores `which`: always builds T (T' never solarizes, always blurs)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params('T', **overrides)
    return A.Compose(_ref_steps(size, p), seed=seed, save_applied_params=save_applied_params)


@wrong("still builds the paper's T; take the parameters from view_params(which", "reads BYOL_VIEW_PARAMS[which] directly: overrides are silently ignored", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = BYOL_VIEW_PARAMS[which]
    return A.Compose(_ref_steps(size, p), seed=seed, save_applied_params=save_applied_params)


@wrong('built a pipeline: an unknown view parameter should raise an error, as', "merges overrides by hand ({**table, **overrides}): unknown parameters are not rejected", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = {**BYOL_VIEW_PARAMS[which], **overrides}
    return A.Compose(_ref_steps(size, p), seed=seed, save_applied_params=save_applied_params)


@wrong('give different views of the same images; pass seed=seed to A.Compose', "seeds NumPy's global RNG instead of passing seed to the Compose", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    if seed is not None: np.random.seed(seed)
    return A.Compose(_ref_steps(size, p), save_applied_params=save_applied_params)


@wrong("'T', save_applied_params=True): its views lack 'applied_transforms'; p", "forgets to pass save_applied_params to the Compose", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    return A.Compose(_ref_steps(size, p), seed=seed)


@wrong('px: scale it with the image, blur_sigma(size', "blur sigma not scaled: the paper's 0.1-2.0 px at every size", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    return A.Compose(_ref_steps(size, p, sigma=p['blur_sigma']), seed=seed, save_applied_params=save_applied_params)


@wrong('with every view parameter overridden', "blur sigma from blur_sigma(size) with its default range: a blur_sigma override is ignored", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    return A.Compose(_ref_steps(size, p, sigma=blur_sigma(size)), seed=seed, save_applied_params=save_applied_params)


@wrong("pixel views; the paper's kernel is a tenth of the image side", "the paper's 23-tap blur kernel at every size (sigma scaled correctly)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    return A.Compose(_ref_steps(size, p, k=23), seed=seed, save_applied_params=save_applied_params)


@wrong("pixel views; the paper's kernel is a tenth of the image side", "blur_limit given as a single int: albumentations reads it as (0, k), so the kernel size varies", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    steps = _ref_steps(size, p)
    steps[4] = A.GaussianBlur(blur_limit=blur_kernel_size(size), sigma_limit=blur_sigma(size, p['blur_sigma']),
                              p=p['blur_p'])
    return A.Compose(steps, seed=seed, save_applied_params=save_applied_params)


@wrong('with every view parameter overridden', "Solarize with the 1.x argument threshold= (ignored with a warning): a solarize_threshold override has no effect", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    steps = _ref_steps(size, p)
    steps[5] = A.Solarize(threshold=p['solarize_threshold'], p=p['solarize_p'])
    return A.Compose(steps, seed=seed, save_applied_params=save_applied_params)


@wrong('with every view parameter overridden', "RandomResizedCrop with albumentations' default scale and ratio: crop_scale/crop_ratio overrides ignored", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    steps = _ref_steps(size, p)
    steps[0] = A.RandomResizedCrop(size=(size, size))
    return A.Compose(steps, seed=seed, save_applied_params=save_applied_params)


@wrong('with every view parameter overridden', "flip probability hard-coded to 0.5: a flip_p override (e.g. the digits' flip_p=0) is ignored", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    steps = _ref_steps(size, p)
    steps[1] = A.HorizontalFlip(p=0.5)
    return A.Compose(steps, seed=seed, save_applied_params=save_applied_params)


@wrong("T: ToGray method 'average'; the colour dropping keeps the image's luma", "ToGray with method='average' (plain mean of the channels) instead of the luma", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    return A.Compose(_ref_steps(size, p, gray_method='average'), seed=seed, save_applied_params=save_applied_params)


@wrong("T applies its steps out of the paper's order: expected crop -> colour", "grayscale before the colour jitter (steps out of the table's order)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    steps = _ref_steps(size, p)
    steps[2], steps[3] = steps[3], steps[2]
    return A.Compose(steps, seed=seed, save_applied_params=save_applied_params)


@wrong("INTER_CUBIC; the reference's RandomResizedCrop has interpolation=cv", "bicubic resize in the crop instead of albumentations' default (bilinear)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    return A.Compose(_ref_steps(size, p, interpolation=cv2.INTER_CUBIC), seed=seed,
                     save_applied_params=save_applied_params)
