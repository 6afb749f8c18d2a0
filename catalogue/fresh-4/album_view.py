"Fresh answers, round 4: written on 2026-12-05, after the checks' fourth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import functools, random
import cv2
import numpy as np
import albumentations as A
from byol_course.augment import view_params, blur_kernel_size, blur_sigma, BYOL_VIEW_PARAMS
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("plain: view_params, the six steps in the table's order, tuples for every range, seed and save_applied_params to Compose", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    b, c, s, h = p['brightness'], p['contrast'], p['saturation'], p['hue']
    return A.Compose([
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(brightness=(1 - b, 1 + b), contrast=(1 - c, 1 + c), saturation=(1 - s, 1 + s), hue=(-h, h), p=p['jitter_p']),
        A.ToGray(num_output_channels=3, method='weighted_average', p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'], p['solarize_threshold']), p=p['solarize_p']),
    ], p=1.0, seed=seed, save_applied_params=save_applied_params)


@right("scalar strengths for ColorJitter (albumentations turns 0.4 into (0.6, 1.4) and 0.1 into (-0.1, 0.1)), ToGray with its defaults", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    t = p['solarize_threshold']
    steps = [
        A.RandomResizedCrop((size, size), scale=p['crop_scale'], ratio=p['crop_ratio'], p=1.0),
        A.HorizontalFlip(p=p['flip_p']),
        A.ColorJitter(p['brightness'], p['contrast'], p['saturation'], p['hue'], p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, sigma=p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(t, t), p=p['solarize_p']),
    ]
    return A.Compose(steps, seed=seed, save_applied_params=save_applied_params)


@right("the flip first, before the crop (the contract says the flip may come anywhere: it commutes)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    rng = lambda v: (1 - v, 1 + v)
    return A.Compose([
        A.HorizontalFlip(p=p['flip_p']),
        A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        A.ColorJitter(brightness=rng(p['brightness']), contrast=rng(p['contrast']), saturation=rng(p['saturation']),
                      hue=(-p['hue'], p['hue']), p=p['jitter_p']),
        A.ToGray(p=p['gray_p']),
        A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ], seed=seed, save_applied_params=save_applied_params)


def _build(size, which, seed, save_applied_params, overrides, flip_last):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    kinds = dict(
        crop=lambda: A.RandomResizedCrop(size=(size, size), scale=tuple(p['crop_scale']), ratio=tuple(p['crop_ratio']),
                                         interpolation=cv2.INTER_LINEAR, p=1.0),
        flip=lambda: A.HorizontalFlip(p=p['flip_p']),
        jitter=lambda: A.ColorJitter(**{n: (1 - p[n], 1 + p[n]) for n in ('brightness', 'contrast', 'saturation')},
                                     hue=(-p['hue'], p['hue']), p=p['jitter_p']),
        gray=lambda: A.ToGray(num_output_channels=3, p=p['gray_p']),
        blur=lambda: A.GaussianBlur(blur_limit=(k, k), sigma_limit=tuple(blur_sigma(size, p['blur_sigma'])), p=p['blur_p']),
        solarize=lambda: A.Solarize(threshold_range=(p['solarize_threshold'], p['solarize_threshold']), p=p['solarize_p']),
    )
    order = ['crop', 'jitter', 'gray', 'blur', 'solarize', 'flip'] if flip_last else ['crop', 'flip', 'jitter', 'gray', 'blur', 'solarize']
    return A.Compose([kinds[o]() for o in order], p=1, seed=seed, save_applied_params=save_applied_params)


@right("a dict of step builders, the flip moved to the end (allowed: it commutes), explicit default interpolation", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    return _build(size, which, seed, save_applied_params, overrides, flip_last=True)


# ---------------------------------------------------------------- wrong answers

def _std(size, p, *, flip=None, crop=None, jitter=None, gray=None, blur=None, solarize=None):
    "The six standard steps from the numbers `p`, any of which a wrong answer replaces."
    k = blur_kernel_size(size)
    b, c, s, h = p['brightness'], p['contrast'], p['saturation'], p['hue']
    return [
        crop or A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio']),
        flip or A.HorizontalFlip(p=p['flip_p']),
        jitter or A.ColorJitter(brightness=(1 - b, 1 + b), contrast=(1 - c, 1 + c), saturation=(1 - s, 1 + s), hue=(-h, h), p=p['jitter_p']),
        gray or A.ToGray(p=p['gray_p']),
        blur or A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
        solarize or A.Solarize(threshold_range=(p['solarize_threshold'],) * 2, p=p['solarize_p']),
    ]


@wrong('with every view parameter overridden', "HorizontalFlip() with albumentations' default p=0.5, not the table's flip_p: the override flip_p=0 (digits) is ignored", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    return A.Compose(_std(size, p, flip=A.HorizontalFlip()), seed=seed, save_applied_params=save_applied_params)


@wrong('with every view parameter overridden', "RandomResizedCrop with albumentations' default scale/ratio (same numbers as the paper), so the crop_scale override is ignored", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    return A.Compose(_std(size, p, crop=A.RandomResizedCrop(size=(size, size))), seed=seed, save_applied_params=save_applied_params)


@wrong('with every view parameter overridden', "blur_sigma(size) with its default (0.1, 2.0): the table's blur_sigma (and an override of it) is ignored", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    return A.Compose(_std(size, p, blur=A.GaussianBlur(blur_limit=(k, k), sigma_limit=blur_sigma(size), p=p['blur_p'])),
                     seed=seed, save_applied_params=save_applied_params)


@wrong("pixel views; the paper's kernel is a tenth of the image side", "blur_limit=blur_kernel_size(size) as an int: albumentations reads it as (0, k), so the kernel size is computed from sigma instead", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    return A.Compose(_std(size, p, blur=A.GaussianBlur(blur_limit=blur_kernel_size(size), sigma_limit=blur_sigma(size, p['blur_sigma']), p=p['blur_p'])),
                     seed=seed, save_applied_params=save_applied_params)


@wrong('px: scale it with the image, blur_sigma(size', "sigma range not scaled with the image: sigma_limit=p['blur_sigma'] (0.1-2.0 px at any size)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    k = blur_kernel_size(size)
    return A.Compose(_std(size, p, blur=A.GaussianBlur(blur_limit=(k, k), sigma_limit=p['blur_sigma'], p=p['blur_p'])),
                     seed=seed, save_applied_params=save_applied_params)


@wrong('with every view parameter overridden', "Solarize() with the default threshold_range (0.5, 0.5): right for the table, but an override of solarize_threshold is ignored", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    return A.Compose(_std(size, p, solarize=A.Solarize(p=p['solarize_p'])), seed=seed, save_applied_params=save_applied_params)


@wrong("T: ToGray method 'average'; the colour dropping keeps the image's luma", "ToGray(method='average'): equal weights instead of ITU-R 601 luma", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    return A.Compose(_std(size, p, gray=A.ToGray(num_output_channels=3, method='average', p=p['gray_p'])),
                     seed=seed, save_applied_params=save_applied_params)


@wrong("T applies its steps out of the paper's order: expected crop -> colour", "grayscale before the colour jitter (steps out of the table's order)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    crop, flip, jit, gr, blur, sol = _std(size, p)
    return A.Compose([crop, flip, gr, jit, blur, sol], seed=seed, save_applied_params=save_applied_params)


@wrong("T applies its steps out of the paper's order: expected crop -> colour", "solarize before the blur (the two last steps swapped): only differs when T' does both", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    crop, flip, jit, gr, blur, sol = _std(size, p)
    return A.Compose([crop, flip, jit, gr, sol, blur], seed=seed, save_applied_params=save_applied_params)


@wrong('give different views of the same images; pass seed=seed to A.Compose', "seed used to seed the global random/np.random (albumentations 1.x habit) instead of passing it to Compose: seeded views are not reproducible", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    if seed is not None:
        random.seed(seed); np.random.seed(seed)
    p = view_params(which, **overrides)
    return A.Compose(_std(size, p), save_applied_params=save_applied_params)


@wrong("'T', save_applied_params=True): its views lack 'applied_transforms'; p", "save_applied_params accepted but not passed to Compose", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    return A.Compose(_std(size, p), seed=seed)


@wrong('built a pipeline: an unknown view parameter should raise an error, as', "overrides merged into BYOL_VIEW_PARAMS[which] by hand: an unknown parameter (a typo) is silently accepted", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = {**BYOL_VIEW_PARAMS[which], **overrides}
    return A.Compose(_std(size, p), seed=seed, save_applied_params=save_applied_params)


@wrong("INTER_CUBIC; the reference's RandomResizedCrop has interpolation=cv", "bicubic resize in the crop (the BYOL paper resizes with bicubic), not albumentations' default bilinear", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    crop = A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio'], interpolation=cv2.INTER_CUBIC)
    return A.Compose(_std(size, p, crop=crop), seed=seed, save_applied_params=save_applied_params)


@wrong('T: ColorJitter saturation range', "copy-paste slip: saturation range built from the contrast strength (0.6-1.4 instead of 0.8-1.2)", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    b, c, h = p['brightness'], p['contrast'], p['hue']
    jit = A.ColorJitter(brightness=(1 - b, 1 + b), contrast=(1 - c, 1 + c), saturation=(1 - c, 1 + c), hue=(-h, h), p=p['jitter_p'])
    return A.Compose(_std(size, p, jitter=jit), seed=seed, save_applied_params=save_applied_params)


@wrong('for one the view never applies (so that an override such as solarize_p', "steps with probability 0 left out (T has no Solarize step): five steps instead of the six", fresh=True)
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which, **overrides)
    steps = _std(size, p)
    probs = [1.0, p['flip_p'], p['jitter_p'], p['gray_p'], p['blur_p'], p['solarize_p']]
    return A.Compose([s for s, q in zip(steps, probs) if q > 0], seed=seed, save_applied_params=save_applied_params)
