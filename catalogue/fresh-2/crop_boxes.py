"Fresh answers, round 2: written on 2026-12-05, after the checks' second version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import math, random
import numpy as np
import torch
from byol_course.checks.catalogue import right, wrong


def _fallback(h, w, ratio):
    "The centred fallback box (x0, y0, width, height) as the contract states it."
    ar = w / h
    if ar < ratio[0]: cw, ch = w, round(w / ratio[0])        # tall image
    elif ar > ratio[1]: cw, ch = round(h * ratio[1]), h      # wide image
    else: cw, ch = w, h
    return (w - cw) // 2, (h - ch) // 2, cw, ch


# ---------------------------------------------------------------- right answers

@right("vectorised in torch: n x tries draws, the first fitting try picked with argmax, the fallback with torch.where", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = h * w
    frac = torch.empty(n, tries, device=device).uniform_(scale[0], scale[1])
    logr = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1]))
    r = logr.exp()
    cw, ch = (frac * area * r).sqrt().round(), (frac * area / r).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    if tries > 0:
        first = ok.int().argmax(1, keepdim=True)             # index of the first True (0 if none)
        cw, ch, found = cw.gather(1, first)[:, 0], ch.gather(1, first)[:, 0], ok.any(1)
    else:
        cw = ch = torch.zeros(n, device=device); found = torch.zeros(n, dtype=torch.bool, device=device)
    fx, fy, fw, fh = _fallback(h, w, ratio)
    cw = torch.where(found, cw, torch.full_like(cw, fw))
    ch = torch.where(found, ch, torch.full_like(ch, fh))
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor().clamp_max(w - cw)
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor().clamp_max(h - ch)
    x0 = torch.where(found, x0, torch.full_like(x0, fx))
    y0 = torch.where(found, y0, torch.full_like(y0, fy))
    return torch.stack([x0, y0, cw, ch], 1).float()


@right("a Python loop per image, torchvision's own style with the random module, then one tensor on the device", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = h * w
    lo, hi = math.log(ratio[0]), math.log(ratio[1])
    boxes = []
    for _ in range(n):
        for _ in range(tries):
            target = area * random.uniform(scale[0], scale[1])
            r = math.exp(random.uniform(lo, hi))
            cw, ch = int(round(math.sqrt(target * r))), int(round(math.sqrt(target / r)))
            if 1 <= cw <= w and 1 <= ch <= h:
                boxes.append((random.randint(0, w - cw), random.randint(0, h - ch), cw, ch))
                break
        else:
            boxes.append(_fallback(h, w, ratio))
    return torch.tensor(boxes, dtype=torch.float32, device=device).reshape(n, 4)


@right("vectorised in NumPy with a fresh default_rng per call, then torch.from_numpy(...).to(device)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    rng = np.random.default_rng()
    area = h * w * rng.uniform(scale[0], scale[1], size=(n, tries))
    r = np.exp(rng.uniform(np.log(ratio[0]), np.log(ratio[1]), size=(n, tries)))
    cw, ch = np.rint(np.sqrt(area * r)), np.rint(np.sqrt(area / r))
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    out = np.empty((n, 4))
    out[:] = _fallback(h, w, ratio)
    found = ok.any(1)
    idx = ok.argmax(1) if tries > 0 else np.zeros(n, int)
    rows = np.nonzero(found)[0]
    bw, bh = cw[rows, idx[rows]], ch[rows, idx[rows]]
    out[rows, 2], out[rows, 3] = bw, bh
    out[rows, 0] = rng.integers(0, w - bw + 1)              # high is exclusive: 0 .. w - width
    out[rows, 1] = rng.integers(0, h - bh + 1)
    return torch.from_numpy(out).float().to(device)


@right("loop over the tries, vectorised over images (fill the ones still missing); whole pixels as int64", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    fx, fy, fw, fh = _fallback(h, w, ratio)
    cw = torch.full((n,), fw, dtype=torch.long, device=device)
    ch = torch.full((n,), fh, dtype=torch.long, device=device)
    done = torch.zeros(n, dtype=torch.bool, device=device)
    for _ in range(tries):
        a = h * w * (scale[0] + (scale[1] - scale[0]) * torch.rand(n, device=device))
        r = torch.exp(math.log(ratio[0]) + (math.log(ratio[1]) - math.log(ratio[0])) * torch.rand(n, device=device))
        tw, th = torch.round(torch.sqrt(a * r)).long(), torch.round(torch.sqrt(a / r)).long()
        new = ~done & (tw >= 1) & (tw <= w) & (th >= 1) & (th <= h)
        cw, ch, done = torch.where(new, tw, cw), torch.where(new, th, ch), done | new
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).long().clamp(max=w - cw)
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).long().clamp(max=h - ch)
    x0 = torch.where(done, x0, torch.full_like(x0, fx))
    y0 = torch.where(done, y0, torch.full_like(y0, fy))
    return torch.stack([x0, y0, cw, ch], 1)


# ---------------------------------------------------------------- wrong answers

def _boxes(n, h, w, scale, ratio, device, tries, *, log_ratio=True, rnd=torch.round, strict=False,
           per_image=True, corner='floor', fallback=_fallback, relative=False, swap_wh=False, gen=None):
    "The vectorised answer above with knobs for the mistakes below."
    m = n if per_image else 1
    frac = torch.rand(m, tries, device=device, generator=gen) * (scale[1] - scale[0]) + scale[0]
    u = torch.rand(m, tries, device=device, generator=gen)
    r = (math.log(ratio[0]) + u * (math.log(ratio[1]) - math.log(ratio[0]))).exp() if log_ratio \
        else ratio[0] + u * (ratio[1] - ratio[0])
    if relative: cw, ch = rnd(w * (frac * r).sqrt()), rnd(h * (frac / r).sqrt())
    else: cw, ch = rnd((frac * h * w * r).sqrt()), rnd((frac * h * w / r).sqrt())
    if swap_wh: cw, ch = ch, cw
    ok = (cw >= 1) & (ch >= 1) & ((cw < w) & (ch < h) if strict else (cw <= w) & (ch <= h))
    if tries > 0:
        first = ok.int().argmax(1, keepdim=True)
        cw, ch, found = cw.gather(1, first)[:, 0], ch.gather(1, first)[:, 0], ok.any(1)
    else:
        cw = ch = torch.zeros(m, device=device); found = torch.zeros(m, dtype=torch.bool, device=device)
    if not per_image: cw, ch, found = cw.expand(n), ch.expand(n), found.expand(n)
    fx, fy, fw, fh = fallback(h, w, ratio)
    cw, ch = torch.where(found, cw, float(fw)), torch.where(found, ch, float(fh))
    ux, uy = torch.rand(n, device=device, generator=gen), torch.rand(n, device=device, generator=gen)
    if corner == 'floor': x0, y0 = (ux * (w - cw + 1)).floor(), (uy * (h - ch + 1)).floor()
    elif corner == 'exclusive': x0, y0 = (ux * (w - cw)).floor(), (uy * (h - ch)).floor()
    x0, y0 = torch.where(found, x0, float(fx)), torch.where(found, y0, float(fy))
    return torch.stack([x0, y0, cw, ch], 1)


@wrong(('every image draws its own area and ratio, not one for the whole batch', 'draw one box per image'), "one area and one aspect ratio for the whole batch (only the corners are per image)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _boxes(n, h, w, scale, ratio, device, tries, per_image=False)


@wrong(('draw log(r) uniformly, as torchvision does, so that tall and wide crop', 'more than chance allows', 'leave no other size once each side is'), "aspect ratio drawn uniformly between ratio[0] and ratio[1], not log-uniformly", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _boxes(n, h, w, scale, ratio, device, tries, log_ratio=False)


@wrong(('sides cut down to whole pixels (floor or int)', 'more than chance allows', 'leave no other size once each side is'), "width and height truncated (floor) instead of rounded to the nearest pixel", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _boxes(n, h, w, scale, ratio, device, tries, rnd=torch.floor)


@wrong('the right edge): the corner is drawn uniformly over every whole positi', "corner drawn from 0 to w - width - 1: the last position (touching the right/bottom edge) never drawn", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _boxes(n, h, w, scale, ratio, device, tries, corner='exclusive')


@wrong("%. What decides it: the area drawn (a fraction of the image's area, un", "fit test with strict < (width < w): full-width or full-height crops are rejected", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _boxes(n, h, w, scale, ratio, device, tries, strict=True)


@wrong('<= height <= h), and the fallback box (centred, of the nearest allowed', "the `tries` argument is ignored: always 10 tries", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _boxes(n, h, w, scale, ratio, device, 10)


@wrong('image), so every box should be the centred fallback, the largest box o', "width and height as fractions of the image's own sides (w*sqrt(frac*r), h*sqrt(frac/r)): wrong aspect ratio when h != w", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _boxes(n, h, w, scale, ratio, device, tries, relative=True)


@wrong(('the aspect ratio taken as height / width', 'more than chance allows', 'leave no other size once each side is'), "width and height formulas swapped (width = sqrt(area / r)): ratio taken as height / width", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _boxes(n, h, w, scale, ratio, device, tries, swap_wh=True)


@wrong('image), so every box should be the centred fallback, the largest box o', "fallback is always the whole image, even when its aspect ratio is outside `ratio`", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _boxes(n, h, w, scale, ratio, device, tries, fallback=lambda h, w, ratio: (0, 0, w, h))


def _swapped_fallback(h, w, ratio):
    ar = w / h
    if ar < ratio[0]: cw, ch = round(h * ratio[1]), h          # tall image, but the wide image's formula
    elif ar > ratio[1]: cw, ch = w, round(w / ratio[0])         # wide image, but the tall image's formula
    else: cw, ch = w, h
    cw, ch = min(cw, w), min(ch, h)
    return (w - cw) // 2, (h - ch) // 2, cw, ch

@wrong('image), so every box should be the centred fallback, the largest box o', "fallback's tall and wide cases mixed up (then clipped to the image)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _boxes(n, h, w, scale, ratio, device, tries, fallback=_swapped_fallback)


@wrong('image), so every box should be the centred fallback, the largest box o', "no retries: one draw per image, width and height clipped to the image instead of trying again", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    frac = torch.empty(n, device=device).uniform_(*scale)
    r = torch.empty(n, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw = (frac * h * w * r).sqrt().round().clamp(1, w)
    ch = (frac * h * w / r).sqrt().round().clamp(1, h)
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    return torch.stack([x0, y0, cw, ch], 1)


@wrong('width, height), is not inside the image of height', "returns corners (x0, y0, x1, y1) instead of (x0, y0, width, height)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    b = _boxes(n, h, w, scale, ratio, device, tries)
    return torch.cat([b[:, :2], b[:, :2] + b[:, 2:]], 1)


@wrong("gave the same boxes on two calls: don't seed the random generator insi", "a generator seeded with 0 inside the function 'for reproducibility': every call returns the same boxes", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    gen = torch.Generator(device=device if device is not None else 'cpu').manual_seed(0)
    return _boxes(n, h, w, scale, ratio, device, tries, gen=gen)


@wrong("device='cuda') returned its boxes on the cpu: draw every random number", "`device` ignored: the boxes are always made on the CPU", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _boxes(n, h, w, scale, ratio, None, tries)
