"Fresh answers, round 8: written on 2026-12-05, after the checks' eighth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import functools, random
import cv2
import numpy as np
import albumentations as A
from byol_course.augment import view_params, blur_kernel_size, blur_sigma, BYOL_VIEW_PARAMS
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("the obvious one: view_params, six transforms with explicit ranges, seed and save_applied_params to Compose", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=(1 - p['brightness'], 1 + p['brightness']),
                      contrast=(1 - p['contrast'], 1 + p['contrast']),
                      saturation=(1 - p['saturation'], 1 + p['saturation']),
                      hue=(-p['hue'], p['hue']), p=p['jitter_p']),
        A.ToGray(num_output_channels=3, method='weighted_average', p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@right("ColorJitter given the scalar strengths (albumentations turns s into (1-s, 1+s) and h into (-h, h) itself)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    steps = [
        A.RandomResizedCrop((size, size), p['crop_scale'], p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(p['brightness'], p['contrast'], p['saturation'], p['hue'], p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'], p['solarize_threshold']), p=p['solarize_p']),
    ]
    return A.Compose(steps, p=1.0, seed=seed, save_applied_params=save_applied_params)


# a table of (class, kwargs-builder), looped over: data-driven style
_STEPS = [
    (A.RandomResizedCrop, lambda s, p, k: dict(size=(s, s), scale=tuple(p['crop_scale']), ratio=tuple(p['crop_ratio']))),
    (A.HorizontalFlip,    lambda s, p, k: dict(p=p['flip_p'])),
    (A.ColorJitter,       lambda s, p, k: dict(**{c: (1 - p[c], 1 + p[c]) for c in ('brightness', 'contrast', 'saturation')},
                                               hue=(-p['hue'], p['hue']), p=p['jitter_p'])),
    (A.ToGray,            lambda s, p, k: dict(p=p['gray_p'])),
    (A.GaussianBlur,      lambda s, p, k: dict(blur_limit=(k, k), sigma_limit=blur_sigma(s, p['blur_sigma']), p=p['blur_p'])),
    (A.Solarize,          lambda s, p, k: dict(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p'])),
]

@right("data-driven: a table of (transform class, kwargs builder) looped over", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    prm, k = view_params(which, **overrides), blur_kernel_size(size)
    return A.Compose([cls(**make(size, prm, k)) for cls, make in _STEPS], seed=seed, save_applied_params=save_applied_params)


@right("class whose __new__ builds the Compose; seed set afterwards with Compose.set_random_seed", fresh=True)
class album_view:
    def __new__(cls, size, which='T', seed=None, save_applied_params=False, **overrides):
        p = view_params(which, **overrides)
        k = blur_kernel_size(size)
        lo, hi = blur_sigma(size, p['blur_sigma'])
        tfm = A.Compose([
            A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
            A.HorizontalFlip(p=p['flip_p']),
            A.ColorJitter(brightness=(1 - p['brightness'], 1 + p['brightness']), contrast=(1 - p['contrast'], 1 + p['contrast']),
                          saturation=(1 - p['saturation'], 1 + p['saturation']), hue=(-p['hue'], p['hue']), p=p['jitter_p']),
            A.ToGray(p=p['gray_p']),
            A.GaussianBlur(blur_limit=(k, k), sigma_limit=(lo, hi), p=p['blur_p']),
            A.Solarize(threshold_range=(p['solarize_threshold'], p['solarize_threshold']), p=p['solarize_p']),
        ], save_applied_params=save_applied_params)
        if seed is not None: tfm.set_random_seed(seed)
        return tfm


@right("the flip placed first, before the crop (the lesson: 'the flip may come anywhere, since it commutes with the others')", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    return A.Compose([
        A.HorizontalFlip(p=p['flip_p']),
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.ColorJitter(brightness=(1 - p['brightness'], 1 + p['brightness']), contrast=(1 - p['contrast'], 1 + p['contrast']),
                      saturation=(1 - p['saturation'], 1 + p['saturation']), hue=(-p['hue'], p['hue']), p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


# ---------------------------------------------------------------- wrong answers
# helper used by several wrong answers: the right pipeline with one knob changed
def _build(size, prm, seed, save, *, crop=None, flip=None, jit=None, gray=None, blur=None, sol=None, order=None, **compose):
    k, p = blur_kernel_size(size), prm
    steps = dict(
        crop=crop or A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        flip=flip or A.HorizontalFlip(p=p['flip_p']),
        jit=jit or A.ColorJitter(brightness=(1 - p['brightness'], 1 + p['brightness']), contrast=(1 - p['contrast'], 1 + p['contrast']),
                                 saturation=(1 - p['saturation'], 1 + p['saturation']), hue=(-p['hue'], p['hue']), p=p['jitter_p']),
        gray=gray or A.ToGray(p=p['gray_p']),
        blur=blur or A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        sol=sol or A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    )
    order = order or ['crop', 'flip', 'jit', 'gray', 'blur', 'sol']
    return A.Compose([steps[s] for s in order], seed=seed, save_applied_params=save, **compose)


@wrong('with every view parameter overridden, T: blur sigma', "blur sigma scaled with the default (0.1, 2.0) instead of the table's blur_sigma: a blur_sigma override is ignored", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    return _build(size, p, seed, save_applied_params,
                  blur=A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size), p=p['blur_p']))


@wrong("pixel views; the paper's kernel is a tenth of the image side", "blur_limit given as the int kernel: albumentations reads it as the range (0, k), so the kernel size varies / follows sigma", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    return _build(size, p, seed, save_applied_params,
                  blur=A.GaussianBlur(blur_limit=blur_kernel_size(size), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']))


@wrong('with every view parameter overridden, T: solarize threshold', "Solarize(threshold=...) (the 1.x name): albumentations warns and ignores it, so a solarize_threshold override has no effect", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    import warnings
    p = view_params(which, **overrides)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        sol = A.Solarize(threshold=p['solarize_threshold'], p=p['solarize_p'])
    return _build(size, p, seed, save_applied_params, sol=sol)


@wrong('with every view parameter overridden, T: crop scale', "crop scale and ratio hard-coded to the paper's (0.08, 1) and (3/4, 4/3): crop_scale / crop_ratio overrides ignored", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    return _build(size, p, seed, save_applied_params,
                  crop=A.RandomResizedCrop(size=(size, size), scale=(0.08, 1.0), ratio=(3 / 4, 4 / 3)))


@wrong('built a pipeline: an unknown view parameter should raise an error, as', "merges overrides without view_params: unknown parameter names are silently ignored instead of raising", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = {**BYOL_VIEW_PARAMS[which], **overrides}
    return _build(size, p, seed, save_applied_params)


@wrong('give different views of the same images; pass seed=seed to A.Compose', "seed 0 treated as 'no seed' (seed=seed or None): album_view(..., seed=0) is not reproducible", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    return _build(size, p, seed or None, save_applied_params)


@wrong('give different views of the same images; pass seed=seed to A.Compose', "seeds numpy's and Python's global RNGs instead of passing seed to Compose: not reproducible, and it changes global random state", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    if seed is not None:
        np.random.seed(seed); random.seed(seed)
    p = view_params(which, **overrides)
    return _build(size, p, None, save_applied_params)


@wrong('returned the same pipeline object (a cache?), whose random state moves', "pipeline cached with lru_cache: two calls with the same seed share one Compose, so the second call continues the first's random stream; unseeded calls share one too", fresh=True)
@functools.lru_cache(maxsize=None)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    return _build(size, p, seed, save_applied_params)


@wrong("'T', save_applied_params=True): its views lack 'applied_transforms'; p", "save_applied_params not forwarded to Compose (always False)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    return _build(size, p, seed, False)


@wrong("T applies its steps out of the paper's order: expected crop -> colour", "ToGray before ColorJitter (colour dropped, then jittered): the table's order broken", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    return _build(size, p, seed, save_applied_params, order=['crop', 'flip', 'gray', 'jit', 'blur', 'sol'])


@wrong("T applies its steps out of the paper's order: expected crop -> colour", "solarize before the blur (order of the last two steps swapped)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    return _build(size, p, seed, save_applied_params, order=['crop', 'flip', 'jit', 'gray', 'sol', 'blur'])


@wrong('T: ColorJitter saturation range', "copy-paste slip: saturation range built from the brightness strength (0.6, 1.4) instead of (0.8, 1.2)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    b, c, s, h = (p[k] for k in ('brightness', 'contrast', 'saturation', 'hue'))
    return _build(size, p, seed, save_applied_params,
                  jit=A.ColorJitter(brightness=(1 - b, 1 + b), contrast=(1 - c, 1 + c), saturation=(1 - b, 1 + b), hue=(-h, h), p=p['jitter_p']))


@wrong('T: ColorJitter hue range', "hue range one-sided (0, h) instead of (-h, h)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    b, c, s, h = (p[k] for k in ('brightness', 'contrast', 'saturation', 'hue'))
    return _build(size, p, seed, save_applied_params,
                  jit=A.ColorJitter(brightness=(1 - b, 1 + b), contrast=(1 - c, 1 + c), saturation=(1 - s, 1 + s), hue=(0, h), p=p['jitter_p']))


@wrong("T: ToGray method 'average'; the colour dropping keeps the image's luma", "ToGray with method='average' (plain channel mean) instead of the default luma weights", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    return _build(size, p, seed, save_applied_params, gray=A.ToGray(num_output_channels=3, method='average', p=p['gray_p']))


@wrong("T: RandomResizedCrop has area_for_downscale='image'; the reference's R", "crop with area_for_downscale='image' (INTER_AREA when shrinking) instead of albumentations' default", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    return _build(size, p, seed, save_applied_params,
                  crop=A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio'], area_for_downscale='image'))


@wrong('px: scale it with the image, blur_sigma(size', "blur sigma not scaled with the view: the paper's 0.1-2.0 px used at every size", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    return _build(size, p, seed, save_applied_params,
                  blur=A.GaussianBlur(blur_limit=(k, k), sigma_limit=p['blur_sigma'], p=p['blur_p']))


@wrong("the signature should be `album_view(size, which='T', seed=None, save_a", "default view is T' instead of T", fresh=True)
def album_view(size, which="T'", seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    return _build(size, p, seed, save_applied_params)


@wrong("T and T' are the same pipeline: `which` is ignored (T' blurs less ofte", "blur_p and solarize_p always read from T's column: T' blurs always and never solarizes", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = {**view_params(which, **overrides)}
    t = view_params('T')
    p['blur_p'], p['solarize_p'] = t['blur_p'], t['solarize_p']
    return _build(size, p, seed, save_applied_params)


@wrong('each step has its own probability', "Compose's own p set to the jitter probability 0.8 (the whole pipeline skipped a fifth of the time, returning the input)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    return _build(size, p, seed, save_applied_params, p=p['jitter_p'])


@wrong("pixel views; the paper's kernel is a tenth of the image side", "blur kernel range (3, k) instead of (k, k): the kernel size is drawn too", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    return _build(size, p, seed, save_applied_params,
                  blur=A.GaussianBlur(blur_limit=(min(3, k), k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']))


# last, because it mutates the package's table (would leak into the answers after it)
@wrong('merge the overrides into a copy, as view_params(which, **overrides) do', "overrides merged by hand into the table: an unknown parameter is silently accepted, and the package's table is mutated", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = BYOL_VIEW_PARAMS[which]
    p.update(overrides)
    return _build(size, p, seed, save_applied_params)
