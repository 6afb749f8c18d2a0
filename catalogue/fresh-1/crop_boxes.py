"Fresh answers, round 1: written on 2026-12-05, after the checks' first version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import math, random
import numpy as np
import torch
from byol_course.checks.catalogue import right, wrong


def _fallback(h, w, ratio):
    "The centred fallback box (x0, y0, width, height) of the contract."
    r = w / h
    if r < ratio[0]: cw, ch = w, round(w / ratio[0])
    elif r > ratio[1]: cw, ch = round(h * ratio[1]), h
    else: cw, ch = w, h
    return (w - cw) // 2, (h - ch) // 2, cw, ch


# ---------------------------------------------------------------- right answers

@right("vectorised torch: a loop over the tries, a mask of images still without a box, float32 result", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    out = torch.tensor(_fallback(h, w, ratio), dtype=torch.float32, device=device).repeat(n, 1)
    todo = torch.ones(n, dtype=torch.bool, device=device)
    logr = (math.log(ratio[0]), math.log(ratio[1]))
    for _ in range(tries):
        area = torch.empty(n, device=device).uniform_(scale[0], scale[1]) * (h * w)
        r = torch.exp(torch.empty(n, device=device).uniform_(*logr))
        cw = torch.round(torch.sqrt(area * r))
        ch = torch.round(torch.sqrt(area / r))
        ok = todo & (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
        x0 = torch.floor(torch.rand(n, device=device) * (w - cw + 1))
        y0 = torch.floor(torch.rand(n, device=device) * (h - ch + 1))
        out = torch.where(ok[:, None], torch.stack([x0, y0, cw, ch], 1), out)
        todo = todo & ~ok
    return out


@right("torchvision's own loop, one image at a time with Python's random and math, then a tensor on device", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = h * w
    log_ratio = (math.log(ratio[0]), math.log(ratio[1]))
    boxes = []
    for _ in range(n):
        for _ in range(tries):
            target = area * random.uniform(scale[0], scale[1])
            ar = math.exp(random.uniform(*log_ratio))
            cw = int(round(math.sqrt(target * ar)))
            ch = int(round(math.sqrt(target / ar)))
            if 0 < cw <= w and 0 < ch <= h:
                boxes.append((random.randint(0, w - cw), random.randint(0, h - ch), cw, ch))
                break
        else:
            boxes.append(_fallback(h, w, ratio))
    return torch.tensor(boxes, dtype=torch.float32).reshape(n, 4).to(device)


@right("NumPy: all n x tries draws at once, argmax picks the first fitting try, fresh default_rng per call", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    rng = np.random.default_rng()
    area = rng.uniform(scale[0], scale[1], (n, tries)) * h * w
    r = np.exp(rng.uniform(np.log(ratio[0]), np.log(ratio[1]), (n, tries)))
    cw, ch = np.round(np.sqrt(area * r)), np.round(np.sqrt(area / r))
    fits = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    first = fits.argmax(1)
    any_fit = fits.any(1)
    i = np.arange(n)
    cw, ch = cw[i, first], ch[i, first]
    x0 = rng.integers(0, np.maximum(w - cw, 0) + 1)
    y0 = rng.integers(0, np.maximum(h - ch, 0) + 1)
    boxes = np.stack([x0, y0, cw, ch], 1).astype(np.float32)
    boxes[~any_fit] = _fallback(h, w, ratio)
    return torch.from_numpy(boxes).reshape(n, 4).to(device)


@right("torch, all tries at once, first fit by argmax; returns integer (int64) boxes: 'whole pixels'", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    lo, hi = scale
    area = (lo + (hi - lo) * torch.rand(n, tries, device=device)) * (h * w)
    logr = math.log(ratio[0]) + (math.log(ratio[1]) - math.log(ratio[0])) * torch.rand(n, tries, device=device)
    r = logr.exp()
    cw = (area * r).sqrt().round().long()
    ch = (area / r).sqrt().round().long()
    fits = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    first = fits.int().argmax(1, keepdim=True)
    cw, ch = cw.gather(1, first)[:, 0], ch.gather(1, first)[:, 0]
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor().long()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor().long()
    boxes = torch.stack([x0, y0, cw, ch], 1)
    fb = torch.tensor(_fallback(h, w, ratio), device=device)
    return torch.where(fits.any(1, keepdim=True), boxes, fb)


# ---------------------------------------------------------------- wrong answers
# Each is the first right answer with one change.

@wrong('every image draws its own area and ratio, not one for the whole batch', "one area and one ratio per try for the whole batch (shared by all images), not per image", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    out = torch.tensor(_fallback(h, w, ratio), dtype=torch.float32, device=device).repeat(n, 1)
    todo = torch.ones(n, dtype=torch.bool, device=device)
    for _ in range(tries):
        area = torch.empty(1, device=device).uniform_(scale[0], scale[1]).expand(n) * (h * w)
        r = torch.exp(torch.empty(1, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1]))).expand(n)
        cw, ch = torch.round(torch.sqrt(area * r)), torch.round(torch.sqrt(area / r))
        ok = todo & (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
        x0 = torch.floor(torch.rand(n, device=device) * (w - cw + 1))
        y0 = torch.floor(torch.rand(n, device=device) * (h - ch + 1))
        out = torch.where(ok[:, None], torch.stack([x0, y0, cw, ch], 1), out)
        todo = todo & ~ok
    return out


def _tries(n, h, w, scale, ratio, device, tries, *, log_uniform=True, trunc=False, strict=False, only_width=False,
           corner_excl=False, same_u=False, area_hw=None, inverted=False, fallback=_fallback, gen=None):
    "The first right answer, with switches for the mistakes below."
    out = torch.tensor(fallback(h, w, ratio), dtype=torch.float32, device=device).repeat(n, 1)
    todo = torch.ones(n, dtype=torch.bool, device=device)
    img_area = h * w if area_hw is None else area_hw
    for _ in range(tries):
        area = torch.empty(n, device=device).uniform_(scale[0], scale[1], generator=gen) * img_area
        if log_uniform: r = torch.exp(torch.empty(n, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1]), generator=gen))
        else: r = torch.empty(n, device=device).uniform_(ratio[0], ratio[1], generator=gen)
        if inverted: cw, ch = torch.sqrt(area / r), torch.sqrt(area * r)
        else: cw, ch = torch.sqrt(area * r), torch.sqrt(area / r)
        cw, ch = (cw.floor(), ch.floor()) if trunc else (cw.round(), ch.round())
        if strict: ok = (cw >= 1) & (cw < w) & (ch >= 1) & (ch < h)
        elif only_width: ok = (cw >= 1) & (cw <= w) & (ch >= 1)
        else: ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
        ok = todo & ok
        u = torch.rand(n, device=device, generator=gen)
        v = u if same_u else torch.rand(n, device=device, generator=gen)
        if corner_excl: x0, y0 = torch.floor(u * (w - cw)), torch.floor(v * (h - ch))
        else: x0, y0 = torch.floor(u * (w - cw + 1)), torch.floor(v * (h - ch + 1))
        out = torch.where(ok[:, None], torch.stack([x0, y0, cw, ch], 1), out)
        todo = todo & ~ok
    return out


@wrong(('draw log(r) uniformly, as torchvision does, so that tall and wide crop', 'more than chance allows', 'leave no other size once each side is'), "aspect ratio drawn uniformly from ratio, not log-uniformly", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _tries(n, h, w, scale, ratio, device, tries, log_uniform=False)


@wrong('the right edge): the corner is drawn uniformly over every whole positi', "corner's upper end excluded: x0 = floor(u * (w - width)), never at the right/bottom edge", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _tries(n, h, w, scale, ratio, device, tries, corner_excl=True)


@wrong(('sides cut down to whole pixels (floor or int)', 'more than chance allows', 'leave no other size once each side is'), "width and height truncated (floor / int()) instead of rounded to the nearest pixel", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _tries(n, h, w, scale, ratio, device, tries, trunc=True)


@wrong('<= height <= h), and the fallback box (centred, of the nearest allowed', "the tries argument is ignored: always 10 tries", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _tries(n, h, w, scale, ratio, device, 10)


def _corner_fallback(h, w, ratio):
    x0, y0, cw, ch = _fallback(h, w, ratio)
    return 0, 0, cw, ch

@wrong('image), so every box should be the centred fallback, the largest box o', "fallback box put in the top-left corner (0, 0) instead of centred", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _tries(n, h, w, scale, ratio, device, tries, fallback=_corner_fallback)


@wrong('image), so every box should be the centred fallback, the largest box o', "fallback is always the whole image, never trimmed to an allowed aspect ratio", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _tries(n, h, w, scale, ratio, device, tries, fallback=lambda h, w, ratio: (0, 0, w, h))


def _mult_fallback(h, w, ratio):
    r = w / h
    if r < ratio[0]: cw, ch = w, round(w * ratio[0])          # multiplied instead of divided
    elif r > ratio[1]: cw, ch = round(h * ratio[1]), h
    else: cw, ch = w, h
    return (w - cw) // 2, (h - ch) // 2, cw, ch

@wrong('image), so every box should be the centred fallback, the largest box o', "tall-image fallback height = round(w * ratio[0]) instead of round(w / ratio[0])", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _tries(n, h, w, scale, ratio, device, tries, fallback=_mult_fallback)


@wrong("%. What decides it: the area drawn (a fraction of the image's area, un", "strict fit test width < w and height < h: a try the size of the whole image is rejected", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _tries(n, h, w, scale, ratio, device, tries, strict=True)


@wrong('width, height), is not inside the image of height', "only the width is tested against the image: boxes taller than the image are accepted", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _tries(n, h, w, scale, ratio, device, tries, only_width=True)


@wrong("device='cuda') returned its boxes on the cpu: draw every random number", "device ignored: boxes always on the CPU", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _tries(n, h, w, scale, ratio, None, tries)


@wrong('image), so every box should be the centred fallback, the largest box o', "area fraction taken of w * w (square images assumed) instead of h * w", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _tries(n, h, w, scale, ratio, device, tries, area_hw=w * w)


@wrong(('the aspect ratio taken as height / width', 'more than chance allows', 'leave no other size once each side is'), "ratio inverted: width = sqrt(area / r), height = sqrt(area * r) (shows only for a ratio range not symmetric in log)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _tries(n, h, w, scale, ratio, device, tries, inverted=True)


@wrong('%. What decides it: the corner, drawn uniformly over every whole posit', "x0 and y0 drawn from the same uniform number: corner positions not independent", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _tries(n, h, w, scale, ratio, device, tries, same_u=True)


@wrong("gave the same boxes on two calls: don't seed the random generator insi", "a generator seeded with 0 in every call: the same boxes every call", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    gen = torch.Generator(device=device or 'cpu').manual_seed(0)
    return _tries(n, h, w, scale, ratio, device, tries, gen=gen)
