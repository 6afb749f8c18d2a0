"Fresh answers, round 3: written on 2026-12-05, after the checks' third version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import math, random
import numpy as np
import torch
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- helpers shared by several answers

def _fallback(h, w, ratio):
    "The centred fallback box, as the contract states it."
    in_ratio = w / h
    if in_ratio < min(ratio): cw, ch = w, int(round(w / min(ratio)))
    elif in_ratio > max(ratio): cw, ch = int(round(h * max(ratio))), h
    else: cw, ch = w, h
    return (w - cw) // 2, (h - ch) // 2, cw, ch


# ---------------------------------------------------------------- right answers

@right("vectorised torch: n x tries draws, first fitting try by argmax, corner by floor(U * (room + 1)), fallback with torch.where", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(n, tries, device=device).uniform_(scale[0], scale[1]) * (h * w)
    logr = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1]))
    r = torch.exp(logr)
    cw = torch.round(torch.sqrt(area * r))
    ch = torch.round(torch.sqrt(area / r))
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    pad = torch.zeros(n, 1, device=device)                         # an always-failing extra column (so tries=0 works)
    cw, ch, ok = torch.cat([cw, pad], 1), torch.cat([ch, pad], 1), torch.cat([ok, pad.bool()], 1)
    first = ok.int().argmax(1)                                     # first True (the pad if none)
    any_ok = ok.any(1)
    cw = cw.gather(1, first[:, None])[:, 0]
    ch = ch.gather(1, first[:, None])[:, 0]
    x0 = torch.floor(torch.rand(n, device=device) * (w - cw + 1)).clamp(max=w - cw)
    y0 = torch.floor(torch.rand(n, device=device) * (h - ch + 1)).clamp(max=h - ch)
    fx, fy, fw, fh = _fallback(h, w, ratio)
    fb = torch.tensor([fx, fy, fw, fh], dtype=torch.float32, device=device)
    boxes = torch.stack([x0, y0, cw, ch], 1).float()
    return torch.where(any_ok[:, None], boxes, fb)


@right("torchvision's loop, one image at a time, with Python's random module, stacked into a tensor", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    out = []
    log_ratio = (math.log(ratio[0]), math.log(ratio[1]))
    for _ in range(n):
        for _ in range(tries):
            target_area = h * w * random.uniform(scale[0], scale[1])
            aspect = math.exp(random.uniform(*log_ratio))
            cw = int(round(math.sqrt(target_area * aspect)))
            ch = int(round(math.sqrt(target_area / aspect)))
            if 0 < cw <= w and 0 < ch <= h:
                out.append((random.randint(0, w - cw), random.randint(0, h - ch), cw, ch))
                break
        else:
            out.append(_fallback(h, w, ratio))
    return torch.tensor(out, dtype=torch.float32, device=device).reshape(n, 4)


@right("NumPy vectorised with a fresh default_rng per call, rng.integers for the corner (endpoint=True)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    rng = np.random.default_rng()
    area = h * w * rng.uniform(scale[0], scale[1], size=(n, tries))
    r = np.exp(rng.uniform(np.log(ratio[0]), np.log(ratio[1]), size=(n, tries)))
    cw, ch = np.rint(np.sqrt(area * r)), np.rint(np.sqrt(area / r))
    cw, ch = np.concatenate([cw, np.zeros((n, 1))], 1), np.concatenate([ch, np.zeros((n, 1))], 1)   # pad: tries=0 works
    fits = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    idx = fits.argmax(1)
    rows = np.arange(n)
    bw, bh = cw[rows, idx], ch[rows, idx]
    x0 = rng.integers(0, (w - bw).clip(0) + 1, endpoint=False)
    y0 = rng.integers(0, (h - bh).clip(0) + 1, endpoint=False)
    boxes = np.stack([x0, y0, bw, bh], 1).astype(np.float32)
    boxes[~fits.any(1)] = _fallback(h, w, ratio)
    return torch.from_numpy(boxes).to(device)


@right("per-image torch loop on the device (torch.randint for the corner, high = room + 1), returning float boxes", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    boxes = torch.empty(n, 4)
    lo, hi = math.log(ratio[0]), math.log(ratio[1])
    for i in range(n):
        box = None
        for _ in range(tries):
            a = h * w * torch.empty(1).uniform_(*scale).item()
            rr = math.exp(torch.empty(1).uniform_(lo, hi).item())
            cw, ch = round(math.sqrt(a * rr)), round(math.sqrt(a / rr))
            if 1 <= cw <= w and 1 <= ch <= h:
                box = (torch.randint(0, w - cw + 1, ()).item(), torch.randint(0, h - ch + 1, ()).item(), cw, ch)
                break
        boxes[i] = torch.tensor(box if box is not None else _fallback(h, w, ratio), dtype=torch.float32)
    return boxes.to(device)


@right("vectorised torch returning int64 boxes (the text asks for whole pixels, no dtype named)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    a = torch.empty(n, tries, device=device).uniform_(*scale) * h * w
    r = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (a * r).sqrt().round().long(), (a / r).sqrt().round().long()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    k = ok.long().argmax(1, keepdim=True)
    cw, ch = cw.gather(1, k)[:, 0], ch.gather(1, k)[:, 0]
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).long().clamp(max=w - cw)
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).long().clamp(max=h - ch)
    out = torch.stack([x0, y0, cw, ch], 1)
    out[~ok.any(1)] = torch.tensor(_fallback(h, w, ratio), device=device)
    return out


# ---------------------------------------------------------------- wrong answers
# (all written in the vectorised style of a learner; each has one mistake)

def _vec(n, h, w, scale, ratio, device, tries, *, log_uniform=True, strict=False, rounding=torch.round,
         corner='floor', swap=False, area_of=None, fallback=None, per_image=True, gen=None, scale_log=False):
    shape = (n, tries) if per_image else (1, tries)
    A = h * w if area_of is None else area_of
    if scale_log:
        area = torch.empty(shape, device=device).uniform_(math.log(scale[0]), math.log(scale[1])).exp() * A
    else:
        area = torch.empty(shape, device=device).uniform_(scale[0], scale[1], generator=gen) * A
    if log_uniform:
        r = torch.empty(shape, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1]), generator=gen).exp()
    else:
        r = torch.empty(shape, device=device).uniform_(ratio[0], ratio[1], generator=gen)
    if not per_image: area, r = area.expand(n, -1), r.expand(n, -1)
    cw, ch = rounding(torch.sqrt(area * r)), rounding(torch.sqrt(area / r))
    if swap: cw, ch = ch, cw
    if strict: ok = (cw >= 1) & (cw < w) & (ch >= 1) & (ch < h)
    else: ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    pad = torch.zeros(n, 1, device=cw.device)
    cw, ch, ok = torch.cat([cw, pad], 1), torch.cat([ch, pad], 1), torch.cat([ok, pad.bool()], 1)
    k = ok.int().argmax(1, keepdim=True)
    cw, ch = cw.gather(1, k)[:, 0], ch.gather(1, k)[:, 0]
    u, v = torch.rand(n, device=device, generator=gen), torch.rand(n, device=device, generator=gen)
    if corner == 'floor':
        x0 = torch.floor(u * (w - cw + 1)).clamp(max=w - cw); y0 = torch.floor(v * (h - ch + 1)).clamp(max=h - ch)
    elif corner == 'exclusive':
        x0 = torch.floor(u * (w - cw)); y0 = torch.floor(v * (h - ch))
    elif corner == 'round':
        x0 = torch.round(u * (w - cw)); y0 = torch.round(v * (h - ch))
    boxes = torch.stack([x0, y0, cw, ch], 1).float()
    fb = torch.tensor((fallback or _fallback)(h, w, ratio), dtype=torch.float32, device=device)
    return torch.where(ok.any(1)[:, None], boxes, fb)


@wrong(('every image draws its own area and ratio, not one for the whole batch', 'draw one box per image'), "one area and one aspect ratio per try for the whole batch (shared by all images), only the corner per image", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vec(n, h, w, scale, ratio, device, tries, per_image=False)


@wrong(('draw log(r) uniformly, as torchvision does, so that tall and wide crop', 'more than chance allows', 'leave no other size once each side is'), "aspect ratio drawn uniformly in ratio, not log-uniformly", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vec(n, h, w, scale, ratio, device, tries, log_uniform=False)


@wrong('the right edge): the corner is drawn uniformly over every whole positi', "corner off by one: x0 in [0, w - width) (torch.randint-style exclusive end), the last position never drawn", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vec(n, h, w, scale, ratio, device, tries, corner='exclusive')


@wrong('%. What decides it: the corner, drawn uniformly over every whole posit', "corner as round(U * (w - width)): both end positions drawn half as often as the others", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vec(n, h, w, scale, ratio, device, tries, corner='round')


@wrong(('sides cut down to whole pixels (floor or int)', 'more than chance allows', 'leave no other size once each side is'), "width and height truncated (floor) instead of rounded to the nearest pixel", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vec(n, h, w, scale, ratio, device, tries, rounding=torch.floor)


@wrong("%. What decides it: the area drawn (a fraction of the image's area, un", "fit test strict (width < w, height < h): a try as large as the image never wins", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vec(n, h, w, scale, ratio, device, tries, strict=True)


@wrong(('the aspect ratio taken as height / width', 'more than chance allows', 'leave no other size once each side is'), "width and height swapped: width = sqrt(area / r), height = sqrt(area * r) (same for symmetric ratios)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vec(n, h, w, scale, ratio, device, tries, swap=True)


@wrong('image), so every box should be the centred fallback, the largest box o', "area taken as a fraction of w * w instead of h * w (only wrong for non-square images)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vec(n, h, w, scale, ratio, device, tries, area_of=w * w)


@wrong('image), so every box should be the centred fallback, the largest box o', "fallback is always the whole image, not trimmed to an allowed aspect ratio", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vec(n, h, w, scale, ratio, device, tries, fallback=lambda h, w, ratio: (0, 0, w, h))


def _corner_fallback(h, w, ratio):
    _, _, cw, ch = _fallback(h, w, ratio)
    return 0, 0, cw, ch

@wrong('image), so every box should be the centred fallback, the largest box o', "fallback box trimmed correctly but put at the top-left corner, not centred", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vec(n, h, w, scale, ratio, device, tries, fallback=_corner_fallback)


def _swapped_fallback(h, w, ratio):
    in_ratio = w / h
    if in_ratio < min(ratio): cw, ch = w, int(round(w * min(ratio)))      # multiplies instead of dividing
    elif in_ratio > max(ratio): cw, ch = int(round(h / max(ratio))), h
    else: cw, ch = w, h
    return (w - cw) // 2, (h - ch) // 2, cw, ch

@wrong('image), so every box should be the centred fallback, the largest box o', "fallback trims with the ratio the wrong way round (w * ratio[0], h / ratio[1])", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vec(n, h, w, scale, ratio, device, tries, fallback=_swapped_fallback)


@wrong('<= height <= h), and the fallback box (centred, of the nearest allowed', "tries argument ignored: always 10 tries", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vec(n, h, w, scale, ratio, device, 10)


@wrong("device='cuda') returned its boxes on the cpu: draw every random number", "device ignored: boxes always built on the CPU", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vec(n, h, w, scale, ratio, None, tries)


@wrong("gave the same boxes on two calls: don't seed the random generator insi", "a fixed torch.Generator seeded with 0 'for reproducibility': every call returns the same boxes", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vec(n, h, w, scale, ratio, None, tries, gen=torch.Generator().manual_seed(0)).to(device)


@wrong("%. What decides it: the area drawn (a fraction of the image's area, un", "area fraction drawn log-uniformly from scale (log-uniform copied from the ratio)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vec(n, h, w, scale, ratio, device, tries, scale_log=True)
