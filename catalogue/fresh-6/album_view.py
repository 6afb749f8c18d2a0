"Fresh answers, round 6: written on 2026-12-05, after the checks' sixth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import functools
import cv2
import albumentations as A
from byol_course.augment import view_params, blur_kernel_size, blur_sigma, BYOL_VIEW_PARAMS
from byol_course.checks.catalogue import right, wrong


# ----------------------------------------------------------------------------------------------------------------------
# RIGHT answers
# ----------------------------------------------------------------------------------------------------------------------

@right("straightforward: view_params, six steps in the table's order, ranges written out as tuples", fresh=True)
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


@right("table-driven: a list of (class name, kwargs) built with getattr(A, name); ColorJitter given scalar strengths, "
       "which albumentations turns into exactly (1-s, 1+s) and (-h, h)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    spec = [
        ('RandomResizedCrop', dict(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio'], p=1.0)),
        ('HorizontalFlip', dict(p=p['flip_p'])),
        ('ColorJitter', dict(brightness=p['brightness'], contrast=p['contrast'], saturation=p['saturation'],
                             hue=p['hue'], p=p['jitter_p'])),
        ('ToGray', dict(p=p['gray_p'])),
        ('GaussianBlur', dict(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p'])),
        ('Solarize', dict(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p'])),
    ]
    return A.Compose([getattr(A, name)(**kw) for name, kw in spec], seed=seed, save_applied_params=save_applied_params)


@right("the flip first, before the crop (the contract says the flip may come anywhere, since it commutes)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    lo_hi = lambda v: (1 - v, 1 + v)
    steps = [A.HorizontalFlip(p=p['flip_p']),
             A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
             A.ColorJitter(brightness=lo_hi(p['brightness']), contrast=lo_hi(p['contrast']),
                           saturation=lo_hi(p['saturation']), hue=(-p['hue'], p['hue']), p=p['jitter_p']),
             A.ToGray(p=p['gray_p']),
             A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
             A.Solarize(threshold_range=(p['solarize_threshold'], p['solarize_threshold']), p=p['solarize_p'])]
    return A.Compose(steps, seed=seed, save_applied_params=save_applied_params)


class _ViewFactory:
    "A callable object: the colour steps are built by a method, the flip goes last (it commutes with everything)."
    def colour(self, p):
        return [A.ColorJitter(brightness=(1 - p['brightness'], 1 + p['brightness']),
                              contrast=(1 - p['contrast'], 1 + p['contrast']),
                              saturation=(1 - p['saturation'], 1 + p['saturation']),
                              hue=(-p['hue'], p['hue']), p=p['jitter_p']),
                A.ToGray(num_output_channels=3, p=p['gray_p'])]

    def __call__(self, size, which='T', seed=None, save_applied_params=False, **overrides):
        p = view_params(which, **overrides)
        k = blur_kernel_size(size)
        lo, hi = blur_sigma(size, p['blur_sigma'])
        t = p['solarize_threshold']
        tfms = [A.RandomResizedCrop((size, size), scale=p['crop_scale'], ratio=p['crop_ratio'])]
        tfms += self.colour(p)
        tfms += [A.GaussianBlur(blur_limit=(k, k), sigma_limit=(lo, hi), p=p['blur_p']),
                 A.Solarize(threshold_range=(t, t), p=p['solarize_p']),
                 A.HorizontalFlip(p=p['flip_p'])]
        return A.Compose(tfms, seed=seed, save_applied_params=save_applied_params)

album_view = right("a class with __call__, the flip placed last (allowed: it commutes)", fresh=True)(_ViewFactory())


def _build(size, which, seed, save_applied_params, overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    tf = A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=tuple(p['crop_scale']), ratio=tuple(p['crop_ratio'])),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=(1 - p['brightness'], 1 + p['brightness']),
                      contrast=(1 - p['contrast'], 1 + p['contrast']),
                      saturation=(1 - p['saturation'], 1 + p['saturation']),
                      hue=(-p['hue'], p['hue']), p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], save_applied_params=save_applied_params)
    if seed is not None: tf.set_random_seed(seed)       # seeding after construction, through Compose's own method
    return tf

album_view = right("functools.partial over a builder that seeds with Compose.set_random_seed after construction",
                   fresh=True)(lambda size, which='T', seed=None, save_applied_params=False, **overrides:
                               functools.partial(_build, overrides=overrides)(size, which, seed, save_applied_params))


# ----------------------------------------------------------------------------------------------------------------------
# WRONG answers
# ----------------------------------------------------------------------------------------------------------------------

@wrong('give different views of the same images; pass seed=seed to A.Compose', "seed is accepted but never passed to the Compose: seeded views are not reproducible", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    b, c, s, h = p['brightness'], p['contrast'], p['saturation'], p['hue']
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=(1 - b, 1 + b), contrast=(1 - c, 1 + c), saturation=(1 - s, 1 + s), hue=(-h, h),
                      p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], save_applied_params=save_applied_params)


@wrong('two pipelines made without a seed give the same views of the same imag', "seed=seed or 0: with no seed every pipeline is seeded with 0, so 'fresh randomness' gives the same views "
           "every time", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    b, c, s, h = p['brightness'], p['contrast'], p['saturation'], p['hue']
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=(1 - b, 1 + b), contrast=(1 - c, 1 + c), saturation=(1 - s, 1 + s), hue=(-h, h),
                      p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed or 0, save_applied_params=save_applied_params)


@wrong("'T', save_applied_params=True): its views lack 'applied_transforms'; p", "save_applied_params is not forwarded to the Compose (nothing is recorded)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    b, c, s, h = p['brightness'], p['contrast'], p['saturation'], p['hue']
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=(1 - b, 1 + b), contrast=(1 - c, 1 + c), saturation=(1 - s, 1 + s), hue=(-h, h),
                      p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed)


@wrong("pixel views; the paper's kernel is a tenth of the image side", "blur_limit given as the int k: albumentations reads it as (0, k), so the kernel size is random (or "
           "derived from sigma), not k at both ends", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    b, c, s, h = p['brightness'], p['contrast'], p['saturation'], p['hue']
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=(1 - b, 1 + b), contrast=(1 - c, 1 + c), saturation=(1 - s, 1 + s), hue=(-h, h),
                      p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=blur_kernel_size(size), sigma_limit=blur_sigma(size, p['blur_sigma']),
                       p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong('px: scale it with the image, blur_sigma(size', "sigma_limit is the table's 0.1-2.0 px unscaled (forgot blur_sigma(size, ...))", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    b, c, s, h = p['brightness'], p['contrast'], p['saturation'], p['hue']
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=(1 - b, 1 + b), contrast=(1 - c, 1 + c), saturation=(1 - s, 1 + s), hue=(-h, h),
                      p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=p['blur_sigma'], p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong('with every view parameter overridden, T: blur sigma', "sigma is blur_sigma(size) with its default range: an override of blur_sigma is ignored", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    b, c, s, h = p['brightness'], p['contrast'], p['saturation'], p['hue']
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=(1 - b, 1 + b), contrast=(1 - c, 1 + c), saturation=(1 - s, 1 + s), hue=(-h, h),
                      p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong('with every view parameter overridden, T flips with p', "HorizontalFlip() with albumentations' default p=0.5, which matches the table but ignores a flip_p "
           "override (e.g. the digits' flip_p=0)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    b, c, s, h = p['brightness'], p['contrast'], p['saturation'], p['hue']
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(),
        A.ColorJitter(brightness=(1 - b, 1 + b), contrast=(1 - c, 1 + c), saturation=(1 - s, 1 + s), hue=(-h, h),
                      p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong('with every view parameter overridden, T: ColorJitter contrast range', "copy-paste slip: the contrast range is built from p['brightness'] (same 0.4 in the table, so only a "
           "contrast override shows it)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    b, s, h = p['brightness'], p['saturation'], p['hue']
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=(1 - b, 1 + b), contrast=(1 - b, 1 + b), saturation=(1 - s, 1 + s), hue=(-h, h),
                      p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong('built a pipeline: an unknown view parameter should raise an error, as', "merges the overrides by hand ({**BYOL_VIEW_PARAMS[which], **overrides}): an unknown parameter is "
           "silently accepted instead of raising", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = {**BYOL_VIEW_PARAMS[which], **overrides}
    k = blur_kernel_size(size)
    b, c, s, h = p['brightness'], p['contrast'], p['saturation'], p['hue']
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=(1 - b, 1 + b), contrast=(1 - c, 1 + c), saturation=(1 - s, 1 + s), hue=(-h, h),
                      p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong('\') built a pipeline: `which` is \'T\' or "T\'", anything else should rais', "lenient `which`: anything that is not \"T'\" is taken as 'T', so an unknown view raises no error",
       fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params("T'" if which == "T'" else 'T', **overrides)
    k = blur_kernel_size(size)
    b, c, s, h = p['brightness'], p['contrast'], p['saturation'], p['hue']
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=(1 - b, 1 + b), contrast=(1 - c, 1 + c), saturation=(1 - s, 1 + s), hue=(-h, h),
                      p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong("T applies its steps out of the paper's order: expected crop -> colour", "ToGray placed before ColorJitter (colour dropped, then jittered): not the table's order", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    b, c, s, h = p['brightness'], p['contrast'], p['saturation'], p['hue']
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ToGray(p=p['gray_p']),
        A.ColorJitter(brightness=(1 - b, 1 + b), contrast=(1 - c, 1 + c), saturation=(1 - s, 1 + s), hue=(-h, h),
                      p=p['jitter_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong('T: ColorJitter hue range', "hue shift range (0, h): only turns the wheel one way", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    b, c, s, h = p['brightness'], p['contrast'], p['saturation'], p['hue']
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=(1 - b, 1 + b), contrast=(1 - c, 1 + c), saturation=(1 - s, 1 + s), hue=(0, h),
                      p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong('of the range is threshold_range', "Solarize threshold_range=(threshold, 1.0): a random threshold between 0.5 and 1 instead of 0.5 at both "
           "ends", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    b, c, s, h = p['brightness'], p['contrast'], p['saturation'], p['hue']
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=(1 - b, 1 + b), contrast=(1 - c, 1 + c), saturation=(1 - s, 1 + s), hue=(-h, h),
                      p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'], 1.0), p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong('for one the view never applies (so that an override such as solarize_p', "leaves out the steps whose probability is 0 (T has no Solarize step): five steps instead of the six the "
           "contract asks for", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    b, c, s, h = p['brightness'], p['contrast'], p['saturation'], p['hue']
    steps = [
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=(1 - b, 1 + b), contrast=(1 - c, 1 + c), saturation=(1 - s, 1 + s), hue=(-h, h),
                      p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ]
    return A.Compose([t for t in steps if t.p > 0], seed=seed, save_applied_params=save_applied_params)


@functools.lru_cache(maxsize=None)
def _cached(size, which, seed, save_applied_params, frozen_overrides):
    p = view_params(which, **dict(frozen_overrides))
    k = blur_kernel_size(size)
    b, c, s, h = p['brightness'], p['contrast'], p['saturation'], p['hue']
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=(1 - b, 1 + b), contrast=(1 - c, 1 + c), saturation=(1 - s, 1 + s), hue=(-h, h),
                      p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)

album_view = wrong('returned the same pipeline object (a cache?), whose random state moves', "caches the pipelines (lru_cache) for speed: a second album_view(size, seed=s) returns the same, "
                       "already advanced Compose, so the same seed no longer gives the same views", fresh=True)(
    lambda size, which='T', seed=None, save_applied_params=False, **overrides:
        _cached(size, which, seed, save_applied_params, tuple(sorted(overrides.items()))))


@wrong("INTER_AREA; the reference's RandomResizedCrop has interpolation=cv", "RandomResizedCrop with interpolation=cv2.INTER_AREA (better for shrinking) instead of albumentations' "
           "default bilinear", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    b, c, s, h = p['brightness'], p['contrast'], p['saturation'], p['hue']
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio'],
                            interpolation=cv2.INTER_AREA),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=(1 - b, 1 + b), contrast=(1 - c, 1 + c), saturation=(1 - s, 1 + s), hue=(-h, h),
                      p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong("T: ToGray method 'average'; the colour dropping keeps the image's luma", "ToGray with method='average' (plain mean of R, G, B) instead of the luma weights", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    b, c, s, h = p['brightness'], p['contrast'], p['saturation'], p['hue']
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=(1 - b, 1 + b), contrast=(1 - c, 1 + c), saturation=(1 - s, 1 + s), hue=(-h, h),
                      p=p['jitter_p']),
        A.ToGray(num_output_channels=3, method='average', p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong("pixel views; the paper's kernel is a tenth of the image side", "blur_limit=(3, k): the kernel size is drawn between 3 and k instead of always k", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    b, c, s, h = p['brightness'], p['contrast'], p['saturation'], p['hue']
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=(1 - b, 1 + b), contrast=(1 - c, 1 + c), saturation=(1 - s, 1 + s), hue=(-h, h),
                      p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(min(3, k), k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


@wrong('merge the overrides into a copy, as view_params(which, **overrides) do', "applies the overrides with BYOL_VIEW_PARAMS[which].update(...): the package's table is changed for "
           "every later view", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    view_params(which, **overrides)                    # validate first
    p = BYOL_VIEW_PARAMS[which]
    p.update(overrides)
    k = blur_kernel_size(size)
    b, c, s, h = p['brightness'], p['contrast'], p['saturation'], p['hue']
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=(1 - b, 1 + b), contrast=(1 - c, 1 + c), saturation=(1 - s, 1 + s), hue=(-h, h),
                      p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)
