"Answers to lesson 02's `album_view(size, which='T', seed=None, save_applied_params=False, **overrides)`."
import cv2
import albumentations as A
from byol_course.checks.catalogue import right, wrong
from byol_course.augment import album_view as reference, view_params, blur_kernel_size, blur_sigma, BYOL_VIEW_PARAMS

right("the package's version")(reference)

def steps(size, p, flip_first=False, gray='weighted_average', crop_interp=cv2.INTER_LINEAR, sigma=None):
    "The paper's six steps for the parameters `p`, with a few things changeable for building answers."
    k, t = blur_kernel_size(size), p['solarize_threshold']
    crop = A.RandomResizedCrop(size=(size, size), scale=p['crop_scale'], ratio=p['crop_ratio'], interpolation=crop_interp, p=1.0)
    flip = A.HorizontalFlip(p=p['flip_p'])
    rest = [A.ColorJitter(brightness=(1 - p['brightness'], 1 + p['brightness']), contrast=(1 - p['contrast'], 1 + p['contrast']),
                          saturation=(1 - p['saturation'], 1 + p['saturation']), hue=(-p['hue'], p['hue']), p=p['jitter_p']),
            A.ToGray(method=gray, p=p['gray_p']),
            A.GaussianBlur(blur_limit=(k, k), sigma_limit=sigma or blur_sigma(size, p['blur_sigma']), p=p['blur_p']),
            A.Solarize(threshold_range=(t, t), p=p['solarize_p'])]
    return [flip, crop] + rest if flip_first else [crop, flip] + rest

@right("the jitter as ranges, the flip first (it commutes with every other step)")
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    return A.Compose(steps(size, view_params(which, **overrides), flip_first=True), seed=seed, save_applied_params=save_applied_params)

album_view = right("a lambda around the package's")(
    lambda size, which='T', seed=None, save_applied_params=False, **o: reference(size, which, seed, save_applied_params, **o))

def variant(p_change=None, **kw):
    "A wrong answer: the right signature, the paper's steps built by `steps` with `kw`, after `p_change(which, p)` (which may change p in place)."
    def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
        p = view_params(which, **overrides)
        if p_change: p_change(which, p)
        return A.Compose(steps(size, p, **kw), seed=seed, save_applied_params=save_applied_params)
    return album_view

album_view = wrong("T' blurs with p=1.0; the paper's T' uses p=0.1")(variant(lambda w, p: p.update(blur_p=1.0)))
album_view = wrong("crop scale (0.2, 1.0); the paper's T uses (0.08, 1.0)")(variant(lambda w, p: p.update(crop_scale=(0.2, 1.0))))
album_view = wrong("ColorJitter saturation range (0.6, 1.4)")(variant(lambda w, p: p.update(saturation=0.4)))
album_view = wrong("ToGray method 'average'")(variant(gray='average'))
album_view = wrong("RandomResizedCrop has interpolation=cv2.INTER_NEAREST")(variant(crop_interp=cv2.INTER_NEAREST))
album_view = wrong("blur sigma (0.1, 2.0) for", "the paper's sigma, not scaled with the image")(variant(sigma=(0.1, 2.0)))

@wrong("missing Solarize in T")
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    return A.Compose(steps(size, view_params(which, **overrides))[:-1], seed=seed, save_applied_params=save_applied_params)

@wrong("T and T' are the same pipeline: `which` is ignored")
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    return A.Compose(steps(size, view_params('T', **overrides)), seed=seed, save_applied_params=save_applied_params)

@wrong("crops to (32, 32)", "the size hard-coded to CIFAR-10's 32 pixels")
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    return A.Compose(steps(32, view_params(which, **overrides)), seed=seed, save_applied_params=save_applied_params)

@wrong("blur kernel (23, 23) for", "the paper's 23-pixel kernel whatever the size")
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    c = reference(size, which, seed, save_applied_params, **overrides)
    for t in c.transforms:
        if isinstance(t, A.GaussianBlur): t.blur_limit = (23, 23)
    return c

@wrong("**overrides ignored", "view_params(which): the overrides dropped")
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    return A.Compose(steps(size, view_params(which)), seed=seed, save_applied_params=save_applied_params)

@wrong("with every view parameter overridden", "the overrides reach the crop only")
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    p = view_params(which)
    p.update({k: v for k, v in overrides.items() if k.startswith('crop')})
    return A.Compose(steps(size, p), seed=seed, save_applied_params=save_applied_params)

@wrong("an unknown view parameter should raise an error", "the overrides merged into a dict, so a typo passes")
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    return A.Compose(steps(size, {**BYOL_VIEW_PARAMS[which], **overrides}), seed=seed, save_applied_params=save_applied_params)

@wrong("anything else should raise an error", "any view but 'T' is T'")
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    return A.Compose(steps(size, view_params('T' if which == 'T' else "T'", **overrides)), seed=seed, save_applied_params=save_applied_params)

@wrong("seed ignored")
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    return A.Compose(steps(size, view_params(which, **overrides)), save_applied_params=save_applied_params)

@wrong("two pipelines made without a seed give the same views", "seed=None turned into seed 0")
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    return A.Compose(steps(size, view_params(which, **overrides)), seed=seed or 0, save_applied_params=save_applied_params)

@wrong("pass save_applied_params to A.Compose")
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    return A.Compose(steps(size, view_params(which, **overrides)), seed=seed)

@wrong("the Compose itself has p=0.5")
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    return A.Compose(steps(size, view_params(which, **overrides)), p=0.5, seed=seed, save_applied_params=save_applied_params)

@wrong("unexpected step(s) Normalize")
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    return A.Compose(steps(size, view_params(which, **overrides)) + [A.Normalize()], seed=seed, save_applied_params=save_applied_params)

@wrong("applies its steps out of the paper's order", "grayscale before the colour jitter")
def album_view(size, which='T', seed=None, save_applied_params=False, **overrides):
    s = steps(size, view_params(which, **overrides))
    return A.Compose(s[:2] + [s[3], s[2]] + s[4:], seed=seed, save_applied_params=save_applied_params)

album_view = right("a lambda passing seed and save_applied_params on through **overrides")(
    lambda size, which='T', **overrides: reference(size, which, **overrides))
album_view = wrong("the signature should be", "a lambda without the default view")(lambda size, which, **o: reference(size, which, **o))
