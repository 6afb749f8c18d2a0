"Fresh answers, round 8: written on 2026-12-05, after the checks' eighth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written (the factory that made many of them now returns the function and each is marked where it is made); only each wrong answer's expected message is filled in."
import math, functools
import numpy as np
import torch
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("vectorised: n x tries draws at once, first fitting try by argmax, corner by floor(rand * (slack + 1)), centred fallback", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(n, tries, device=device).uniform_(scale[0], scale[1]) * (h * w)
    logr = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1]))
    r = torch.exp(logr)
    cw, ch = torch.sqrt(area * r).round(), torch.sqrt(area / r).round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    first = ok.int().argmax(1, keepdim=True)
    cw, ch, any_ok = cw.gather(1, first)[:, 0], ch.gather(1, first)[:, 0], ok.any(1)
    # fallback
    in_ratio = w / h
    if in_ratio < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif in_ratio > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    cw = torch.where(any_ok, cw, torch.full_like(cw, fw))
    ch = torch.where(any_ok, ch, torch.full_like(ch, fh))
    x0 = torch.floor(torch.rand(n, device=device) * (w - cw + 1)).clamp_max(w - cw)
    y0 = torch.floor(torch.rand(n, device=device) * (h - ch + 1)).clamp_max(h - ch)
    x0 = torch.where(any_ok, x0, torch.full_like(x0, (w - fw) // 2))
    y0 = torch.where(any_ok, y0, torch.full_like(y0, (h - fh) // 2))
    return torch.stack([x0, y0, cw, ch], 1).float()


@right("a Python loop per image, torchvision's get_params written out with torch scalar draws, result moved to device", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    boxes = []
    lo, hi = math.log(ratio[0]), math.log(ratio[1])
    for _ in range(n):
        for _ in range(tries):
            a = h * w * torch.empty(1).uniform_(scale[0], scale[1]).item()
            r = math.exp(torch.empty(1).uniform_(lo, hi).item())
            cw, ch = int(round(math.sqrt(a * r))), int(round(math.sqrt(a / r)))
            if 1 <= cw <= w and 1 <= ch <= h:
                x0 = torch.randint(0, w - cw + 1, ()).item()
                y0 = torch.randint(0, h - ch + 1, ()).item()
                break
        else:
            if w / h < ratio[0]: cw, ch = w, int(round(w / ratio[0]))
            elif w / h > ratio[1]: cw, ch = int(round(h * ratio[1])), h
            else: cw, ch = w, h
            x0, y0 = (w - cw) // 2, (h - ch) // 2
        boxes.append([x0, y0, cw, ch])
    return torch.tensor(boxes, dtype=torch.float32, device=device).reshape(n, 4)


def _rrc(n, h, w, scale, ratio, device, tries):
    "Generic version: keeps the still-unfitted images and redraws only those, try after try."
    out = torch.zeros(n, 4, device=device)
    todo = torch.ones(n, dtype=torch.bool, device=device)
    logr = torch.tensor([math.log(ratio[0]), math.log(ratio[1])])
    for _ in range(tries):
        a = torch.empty(n, device=device).uniform_(*scale) * h * w
        r = torch.empty(n, device=device).uniform_(logr[0].item(), logr[1].item()).exp()
        cw, ch = (a * r).sqrt().round(), (a / r).sqrt().round()
        fit = todo & (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
        x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor().clamp(0, None)
        y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor().clamp(0, None)
        out = torch.where(fit[:, None], torch.stack([x0, y0, cw, ch], 1), out)
        todo = todo & ~fit
    ar = w / h
    fw, fh = (w, round(w / ratio[0])) if ar < ratio[0] else (round(h * ratio[1]), h) if ar > ratio[1] else (w, h)
    fb = torch.tensor([(w - fw) // 2, (h - fh) // 2, fw, fh], dtype=out.dtype, device=device)
    return torch.where(todo[:, None], fb, out)

class _CropBoxes:
    "Callable object with the exercise's signature and defaults."
    def __init__(self, fn): self.fn = fn
    def __call__(self, n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
        return self.fn(n, h, w, tuple(scale), tuple(ratio), device, tries)

crop_boxes = right("a class with __call__ around a loop over tries that redraws only the images not yet fitted", fresh=True)(_CropBoxes(_rrc))


@right("NumPy for the geometry on torch draws: torch.rand for the uniforms, numpy for sqrt/round/argmax, back with torch.as_tensor", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    u = torch.rand(n, tries, 4, dtype=torch.float64).numpy()
    area = (scale[0] + (scale[1] - scale[0]) * u[..., 0]) * h * w
    r = np.exp(np.log(ratio[0]) + (np.log(ratio[1]) - np.log(ratio[0])) * u[..., 1])
    cw, ch = np.round(np.sqrt(area * r)), np.round(np.sqrt(area / r))
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    i = ok.argmax(1)
    rows = np.arange(n)
    cw, ch, uu = cw[rows, i], ch[rows, i], u[rows, i]
    x0 = np.minimum(np.floor(uu[:, 2] * (w - cw + 1)), w - cw)
    y0 = np.minimum(np.floor(uu[:, 3] * (h - ch + 1)), h - ch)
    boxes = np.stack([x0, y0, cw, ch], 1)
    if w / h < min(ratio): fw, fh = w, round(w / ratio[0])
    elif w / h > max(ratio): fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    boxes[~ok.any(1)] = [(w - fw) // 2, (h - fh) // 2, fw, fh]
    return torch.as_tensor(boxes, dtype=torch.float32).to(device)


@right("vectorised, returning whole pixels as an int64 tensor (the contract says 'in whole pixels' and names no dtype)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    frac = torch.rand(n, tries, device=device) * (scale[1] - scale[0]) + scale[0]
    r = torch.exp(torch.rand(n, tries, device=device) * (math.log(ratio[1]) - math.log(ratio[0])) + math.log(ratio[0]))
    cw = torch.round(torch.sqrt(frac * h * w * r)).long()
    ch = torch.round(torch.sqrt(frac * h * w / r)).long()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    k = torch.where(ok, torch.arange(tries, 0, -1, device=device), 0).argmax(1)   # first True
    cw, ch = cw[torch.arange(n, device=device), k], ch[torch.arange(n, device=device), k]
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).long().clamp_max(w - cw)
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).long().clamp_max(h - ch)
    if w / h < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif w / h > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    fb = torch.tensor([(w - fw) // 2, (h - fh) // 2, fw, fh], device=device)
    return torch.where(ok.any(1, keepdim=True), torch.stack([x0, y0, cw, ch], 1), fb)


# ---------------------------------------------------------------- wrong answers
# a configurable vectorised implementation; each wrong answer flips one thing
def _vec(n, h, w, scale, ratio, device, tries, *, logr=True, shared=False, rnd=torch.round, swap=False, area_hw=None,
         corner='floor', fit_strict=False, fb='ok', fb_round=round, fb_centre=lambda d: d // 2, same_u=False, side_unif=False,
         xyxy=False, ntries=None, fixed_ratio=False):
    dev = device
    T = tries if ntries is None else ntries
    m = 1 if shared else n
    if side_unif:
        s = torch.empty(m, T, device=dev).uniform_(math.sqrt(scale[0]), math.sqrt(scale[1]))
        frac = s * s
    else:
        frac = torch.empty(m, T, device=dev).uniform_(scale[0], scale[1])
    area = frac * (area_hw if area_hw is not None else h * w)
    if logr: r = torch.empty(m, 1 if fixed_ratio else T, device=dev).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    else: r = torch.empty(m, 1 if fixed_ratio else T, device=dev).uniform_(ratio[0], ratio[1])
    r = r.expand(m, T)
    cw, ch = rnd(torch.sqrt(area * r)), rnd(torch.sqrt(area / r))
    if swap: cw, ch = ch, cw
    if fit_strict: ok = (cw >= 1) & (cw < w) & (ch >= 1) & (ch < h)
    else: ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    if T == 0: ok, cw, ch = torch.zeros(m, 1, dtype=torch.bool, device=dev), torch.ones(m, 1, device=dev), torch.ones(m, 1, device=dev)
    i = ok.int().argmax(1, keepdim=True)
    cw, ch, any_ok = cw.gather(1, i)[:, 0].expand(n), ch.gather(1, i)[:, 0].expand(n), ok.any(1).expand(n)
    ar = (h / w) if fb == 'hw' else (w / h)
    if fb == 'whole' or ratio[0] <= ar <= ratio[1]: fw, fh = w, h
    elif ar < ratio[0]: fw, fh = w, fb_round(w / ratio[0])
    else: fw, fh = fb_round(h * ratio[1]), h
    cw = torch.where(any_ok, cw, torch.full_like(cw, fw))
    ch = torch.where(any_ok, ch, torch.full_like(ch, fh))
    ux = torch.rand(n, device=dev)
    uy = ux if same_u else torch.rand(n, device=dev)
    if corner == 'floor': x0, y0 = (ux * (w - cw + 1)).floor().clamp_max(w - cw), (uy * (h - ch + 1)).floor().clamp_max(h - ch)
    elif corner == 'excl': x0, y0 = (ux * (w - cw)).floor(), (uy * (h - ch)).floor()
    elif corner == 'round': x0, y0 = (ux * (w - cw)).round(), (uy * (h - ch)).round()
    if fb != 'random_corner':
        x0 = torch.where(any_ok, x0, torch.full_like(x0, fb_centre(w - fw)))
        y0 = torch.where(any_ok, y0, torch.full_like(y0, fb_centre(h - fh)))
    if xyxy: return torch.stack([x0, y0, x0 + cw, y0 + ch], 1).float()
    return torch.stack([x0, y0, cw, ch], 1).float()

def _mk_fn(**kw):
    def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
        return _vec(n, h, w, scale, ratio, device, tries, **kw)
    return crop_boxes


crop_boxes = wrong(('draw log(r) uniformly, as torchvision does, so that tall and wide crop', "%. What decides it: the area drawn (a fraction of the image's area, un"), "aspect ratio drawn uniformly in [ratio[0], ratio[1]] instead of log-uniformly", fresh=True)(_mk_fn(logr=False))
crop_boxes = wrong('every image draws its own area and ratio, not one for the whole batch', "one area and one aspect ratio for the whole batch (only the corners are per image)", fresh=True)(_mk_fn(shared=True))
crop_boxes = wrong(('sides cut down to whole pixels (floor or int', 'more than chance allows', 'leave no other size once each side is'), "width and height truncated with floor (int()) instead of rounded to the nearest pixel", fresh=True)(_mk_fn(rnd=torch.floor))
crop_boxes = wrong('the right edge): the corner is drawn uniformly over every whole positi', "corner drawn from 0 to w - width - 1: floor(rand * (w - width)), never touching the right / bottom edge", fresh=True)(_mk_fn(corner='excl'))
crop_boxes = wrong('%. What decides it: the corner, drawn uniformly over every whole posit', "corner = round(rand * (w - width)): both end positions get half the probability of the others", fresh=True)(_mk_fn(corner='round'))
crop_boxes = wrong("outside ratio: no try's box does (its width is sqrt(A * r) and its hei", "fallback always the whole image, not trimmed to an allowed aspect ratio", fresh=True)(_mk_fn(fb='whole'))
crop_boxes = wrong('image), so every box should be the centred fallback, the largest box o', "fallback compares h / w instead of w / h with ratio (tall and wide confused)", fresh=True)(_mk_fn(fb='hw'))
crop_boxes = wrong('image), so every box should be the centred fallback, the largest box o', "fallback box placed at a random corner like a normal crop, not centred", fresh=True)(_mk_fn(fb='random_corner'))
crop_boxes = wrong('image), so every box should be the centred fallback, the largest box o', "fallback centred with round((w - width) / 2) instead of (w - width) // 2", fresh=True)(_mk_fn(fb_centre=lambda d: round(d / 2)))
crop_boxes = wrong("% of the image's area. Yours is the fallback with its side cut down (i", "fallback box's trimmed side truncated with int() instead of round()", fresh=True)(_mk_fn(fb_round=int))
crop_boxes = wrong("%. What decides it: the area drawn (a fraction of the image's area, un", "a try fits only if width < w and height < h (strict), so the full-size box never wins", fresh=True)(_mk_fn(fit_strict=True))
crop_boxes = wrong('<= height <= h), and the fallback box (centred, of the nearest allowed', "tries ignored: always 10 tries", fresh=True)(_mk_fn(ntries=10))
@wrong('<= height <= h), and the fallback box (centred, of the nearest allowed', "off-by-one: range(1, tries) gives tries - 1 tries (none at all for tries=1)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vec(n, h, w, scale, ratio, device, tries, ntries=len(range(1, tries)))
crop_boxes = wrong(('the aspect ratio taken as height / width', 'more than chance allows', 'leave no other size once each side is'), "width and height swapped: width = sqrt(area / r), height = sqrt(area * r)", fresh=True)(_mk_fn(swap=True))
@wrong('image), so every box should be the centred fallback, the largest box o', "area = fraction * w * w (h ignored): wrong for non-square images", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vec(n, h, w, scale, ratio, device, tries, area_hw=w * w)
crop_boxes = wrong("%. What decides it: the area drawn (a fraction of the image's area, un", "side drawn uniformly in [sqrt(scale[0]), sqrt(scale[1])] and squared: area not uniform", fresh=True)(_mk_fn(side_unif=True))
crop_boxes = wrong('%. What decides it: the corner, drawn uniformly over every whole posit', "x0 and y0 from the same uniform number (not independent)", fresh=True)(_mk_fn(same_u=True))
crop_boxes = wrong('width, height), is not inside the image of height', "returns (x0, y0, x1, y1) corners instead of (x0, y0, width, height)", fresh=True)(_mk_fn(xyxy=True))
crop_boxes = wrong(("%. What decides it: the area drawn (a fraction of the image's area, un", '%. What decides it: the ratio drawn (width / height, log-uniform in `r'), "one aspect ratio per image reused for all its tries (only the area redrawn)", fresh=True)(_mk_fn(fixed_ratio=True))


@wrong("device='cuda') returned its boxes on the cpu: draw every random number", "device ignored: boxes always built and returned on the CPU", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vec(n, h, w, scale, ratio, None, tries)


@wrong("gave the same boxes on two calls: don't seed the random generator insi", "calls torch.manual_seed(0) 'for reproducibility': every call returns the same boxes, and the global RNG is reset", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    torch.manual_seed(0)
    return _vec(n, h, w, scale, ratio, device, tries)


# Written as wrong; right by the contract, which asks for new draws on every call with the right distribution and
# names no generator (the lesson's views are drawn by the package's sampler).
@right("draws with a private torch.Generator seeded once at import: the global torch RNG no longer controls the boxes (torch.manual_seed does not reproduce them)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10, _g=torch.Generator().manual_seed(1234)):
    u = torch.rand(n, tries, 4, generator=_g)
    area = (scale[0] + (scale[1] - scale[0]) * u[..., 0]) * h * w
    r = torch.exp(math.log(ratio[0]) + (math.log(ratio[1]) - math.log(ratio[0])) * u[..., 1])
    cw, ch = (area * r).sqrt().round(), (area / r).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    i = ok.int().argmax(1, keepdim=True)
    cw, ch, uu = cw.gather(1, i)[:, 0], ch.gather(1, i)[:, 0], u.gather(1, i[..., None].expand(-1, -1, 4))[:, 0]
    x0 = (uu[:, 2] * (w - cw + 1)).floor().clamp_max(w - cw)
    y0 = (uu[:, 3] * (h - ch + 1)).floor().clamp_max(h - ch)
    if w / h < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif w / h > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    out = torch.stack([x0, y0, cw, ch], 1)
    out[~ok.any(1)] = torch.tensor([(w - fw) // 2, (h - fh) // 2, fw, fh], dtype=out.dtype)
    return out.to(device)
