"Fresh answers, round 4: written on 2026-12-05, after the checks' fourth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import math, random
import numpy as np
import torch
from byol_course.checks.catalogue import right, wrong


def _fallback(h, w, ratio):
    "The centred fallback box (x0, y0, width, height) of the contract."
    if w / h < ratio[0]: cw, ch = w, round(w / ratio[0])
    elif w / h > ratio[1]: cw, ch = round(h * ratio[1]), h
    else: cw, ch = w, h
    return (w - cw) // 2, (h - ch) // 2, cw, ch


# ---------------------------------------------------------------- right answers

@right("vectorised over n x tries: first fitting try by argmax, corner by floor(rand * (w - width + 1))", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(n, tries, device=device).uniform_(scale[0], scale[1]) * (h * w)
    r = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * r).sqrt().round(), (area / r).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    first = ok.int().argmax(1, keepdim=True)
    cw, ch, found = cw.gather(1, first)[:, 0], ch.gather(1, first)[:, 0], ok.any(1)
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor().clamp(max=w - cw)
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor().clamp(max=h - ch)
    fb = torch.tensor(_fallback(h, w, ratio), dtype=torch.float32, device=device)
    boxes = torch.stack([x0, y0, cw, ch], 1)
    return torch.where(found[:, None], boxes, fb)


@right("torchvision-style Python loop per image with the random module, then one tensor", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    out = []
    lo, hi = math.log(ratio[0]), math.log(ratio[1])
    for _ in range(n):
        for _ in range(tries):
            area = random.uniform(scale[0], scale[1]) * h * w
            r = math.exp(random.uniform(lo, hi))
            cw, ch = int(round(math.sqrt(area * r))), int(round(math.sqrt(area / r)))
            if 1 <= cw <= w and 1 <= ch <= h:
                out.append((random.randint(0, w - cw), random.randint(0, h - ch), cw, ch))
                break
        else:
            out.append(_fallback(h, w, ratio))
    return torch.tensor(out, dtype=torch.float32, device=device).reshape(n, 4)


@right("NumPy, vectorised, with a fresh default_rng per call; rng.integers for the corner (high exclusive, so + 1)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    g = np.random.default_rng()
    area = g.uniform(scale[0], scale[1], (n, tries)) * h * w
    r = np.exp(g.uniform(np.log(ratio[0]), np.log(ratio[1]), (n, tries)))
    cw, ch = np.rint(np.sqrt(area * r)), np.rint(np.sqrt(area / r))
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    i = ok.argmax(1)
    rows = np.arange(n)
    cw, ch = cw[rows, i], ch[rows, i]
    fx, fy, fw, fh = _fallback(h, w, ratio)
    good = ok.any(1)
    cw, ch = np.where(good, cw, fw), np.where(good, ch, fh)
    x0 = np.where(good, g.integers(0, (w - cw + 1).astype(np.int64)), fx)
    y0 = np.where(good, g.integers(0, (h - ch + 1).astype(np.int64)), fy)
    return torch.from_numpy(np.stack([x0, y0, cw, ch], 1).astype(np.float32)).to(device)


@right("per image with torch.randint for the corner, boxes returned as int64 (whole pixels; the contract names no dtype)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    boxes = torch.empty(n, 4, dtype=torch.long)
    lr = torch.log(torch.tensor(ratio, dtype=torch.float64))
    for k in range(n):
        s = torch.empty(tries, dtype=torch.float64).uniform_(*scale) * h * w
        r = torch.exp(torch.empty(tries, dtype=torch.float64).uniform_(lr[0].item(), lr[1].item()))
        cws, chs = torch.round(torch.sqrt(s * r)).long(), torch.round(torch.sqrt(s / r)).long()
        fit = ((cws >= 1) & (cws <= w) & (chs >= 1) & (chs <= h)).nonzero()
        if len(fit):
            j = fit[0, 0]
            cw, ch = int(cws[j]), int(chs[j])
            boxes[k] = torch.tensor([torch.randint(0, w - cw + 1, ()).item(), torch.randint(0, h - ch + 1, ()).item(), cw, ch])
        else:
            boxes[k] = torch.tensor(_fallback(h, w, ratio))
    return boxes.to(device)


# ---------------------------------------------------------------- wrong answers

def _tries(n, h, w, scale, ratio, tries, device, log_uniform=True, per_side=False, swap=False, rounding=torch.round, strict=False):
    "Draw n x tries areas and ratios, make widths and heights, return the first fitting one per image and whether any fits."
    a = torch.empty(n, tries, device=device).uniform_(scale[0], scale[1])
    if log_uniform: r = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    else: r = torch.empty(n, tries, device=device).uniform_(ratio[0], ratio[1])
    if per_side: cw, ch = rounding((a * r).sqrt() * w), rounding((a / r).sqrt() * h)
    else: cw, ch = rounding((a * h * w * r).sqrt()), rounding((a * h * w / r).sqrt())
    if swap: cw, ch = ch, cw
    ok = (cw >= 1) & (ch >= 1) & ((cw < w) & (ch < h) if strict else (cw <= w) & (ch <= h))
    first = ok.int().argmax(1, keepdim=True)
    return cw.gather(1, first)[:, 0], ch.gather(1, first)[:, 0], ok.any(1)


def _corner(cw, ch, h, w, device):
    return ((torch.rand(len(cw), device=device) * (w - cw + 1)).floor().clamp(max=w - cw),
            (torch.rand(len(ch), device=device) * (h - ch + 1)).floor().clamp(max=h - ch))


def _finish(x0, y0, cw, ch, found, fb, device):
    fb = torch.tensor(fb, dtype=torch.float32, device=device)
    return torch.where(found[:, None], torch.stack([x0, y0, cw, ch], 1).float(), fb)


@wrong('draw one box per image', "one area, ratio and corner for the whole batch (expanded to n rows), not one per image", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    cw, ch, found = _tries(1, h, w, scale, ratio, tries, device)
    x0, y0 = _corner(cw, ch, h, w, device)
    return _finish(x0, y0, cw, ch, found, _fallback(h, w, ratio), device).expand(n, 4)


@wrong(('draw log(r) uniformly, as torchvision does, so that tall and wide crop', 'more than chance allows', 'leave no other size once each side is'), "aspect ratio drawn uniformly from ratio, not log-uniformly", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    cw, ch, found = _tries(n, h, w, scale, ratio, tries, device, log_uniform=False)
    x0, y0 = _corner(cw, ch, h, w, device)
    return _finish(x0, y0, cw, ch, found, _fallback(h, w, ratio), device)


@wrong('the right edge): the corner is drawn uniformly over every whole positi', "corner floor(rand * (w - width)): the last position w - width is never drawn", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    cw, ch, found = _tries(n, h, w, scale, ratio, tries, device)
    x0 = (torch.rand(n, device=device) * (w - cw)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch)).floor()
    return _finish(x0, y0, cw, ch, found, _fallback(h, w, ratio), device)


@wrong('%. What decides it: the corner, drawn uniformly over every whole posit', "corner round(rand * (w - width)): both end positions drawn half as often as the others", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    cw, ch, found = _tries(n, h, w, scale, ratio, tries, device)
    x0 = (torch.rand(n, device=device) * (w - cw)).round()
    y0 = (torch.rand(n, device=device) * (h - ch)).round()
    return _finish(x0, y0, cw, ch, found, _fallback(h, w, ratio), device)


@wrong(('sides cut down to whole pixels (floor or int)', 'more than chance allows', 'leave no other size once each side is'), "width and height truncated (int / floor) instead of rounded to the nearest pixel", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    cw, ch, found = _tries(n, h, w, scale, ratio, tries, device, rounding=torch.floor)
    x0, y0 = _corner(cw, ch, h, w, device)
    return _finish(x0, y0, cw, ch, found, _fallback(h, w, ratio), device)


@wrong("%. What decides it: the area drawn (a fraction of the image's area, un", "a try fits only if width < w and height < h (strict): full-width or full-height crops are rejected", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    cw, ch, found = _tries(n, h, w, scale, ratio, tries, device, strict=True)
    x0, y0 = _corner(cw, ch, h, w, device)
    return _finish(x0, y0, cw, ch, found, _fallback(h, w, ratio), device)


@wrong("outside ratio: no try's box does (its width is sqrt(A * r) and its hei", "area fraction split per side: width = sqrt(a*r) * w, height = sqrt(a/r) * h, so on a non-square image the pixel aspect ratio is not r", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    cw, ch, found = _tries(n, h, w, scale, ratio, tries, device, per_side=True)
    x0, y0 = _corner(cw, ch, h, w, device)
    return _finish(x0, y0, cw, ch, found, _fallback(h, w, ratio), device)


@wrong(('the aspect ratio taken as height / width', 'more than chance allows', 'leave no other size once each side is'), "width and height swapped (r taken as height / width): only shows with a ratio range not symmetric around 1", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    cw, ch, found = _tries(n, h, w, scale, ratio, tries, device, swap=True)
    x0, y0 = _corner(cw, ch, h, w, device)
    return _finish(x0, y0, cw, ch, found, _fallback(h, w, ratio), device)


@wrong('<= height <= h), and the fallback box (centred, of the nearest allowed', "the tries argument is ignored: always 10 tries", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    cw, ch, found = _tries(n, h, w, scale, ratio, 10, device)
    x0, y0 = _corner(cw, ch, h, w, device)
    return _finish(x0, y0, cw, ch, found, _fallback(h, w, ratio), device)


@wrong("outside ratio: no try's box does (its width is sqrt(A * r) and its hei", "fallback is always the whole image, never trimmed to an allowed aspect ratio", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    cw, ch, found = _tries(n, h, w, scale, ratio, tries, device)
    x0, y0 = _corner(cw, ch, h, w, device)
    return _finish(x0, y0, cw, ch, found, (0, 0, w, h), device)


@wrong('image), so every box should be the centred fallback, the largest box o', "fallback trims with the wrong end of ratio: ratio[1] for a tall image, ratio[0] for a wide one", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    cw, ch, found = _tries(n, h, w, scale, ratio, tries, device)
    x0, y0 = _corner(cw, ch, h, w, device)
    if w / h < ratio[0]: fw, fh = w, round(w / ratio[1])
    elif w / h > ratio[1]: fw, fh = round(h * ratio[0]), h
    else: fw, fh = w, h
    return _finish(x0, y0, cw, ch, found, ((w - fw) // 2, (h - fh) // 2, fw, fh), device)


@wrong('corners and sides are whole pixels (each side rounded to the nearest p', "fallback corner (w - width) / 2 without flooring: half a pixel when the difference is odd", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    cw, ch, found = _tries(n, h, w, scale, ratio, tries, device)
    x0, y0 = _corner(cw, ch, h, w, device)
    _, _, fw, fh = _fallback(h, w, ratio)
    return _finish(x0, y0, cw, ch, found, ((w - fw) / 2, (h - fh) / 2, fw, fh), device)


@wrong("gave the same boxes on two calls: don't seed the random generator insi", "torch.manual_seed(0) inside the function 'for reproducibility': every call returns the same boxes (and resets the global RNG)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    torch.manual_seed(0)
    cw, ch, found = _tries(n, h, w, scale, ratio, tries, device)
    x0, y0 = _corner(cw, ch, h, w, device)
    return _finish(x0, y0, cw, ch, found, _fallback(h, w, ratio), device)


@wrong("device='cuda') returned its boxes on the cpu: draw every random number", "device ignored: the boxes are always made on the CPU", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    cw, ch, found = _tries(n, h, w, scale, ratio, tries, None)
    x0, y0 = _corner(cw, ch, h, w, None)
    return _finish(x0, y0, cw, ch, found, _fallback(h, w, ratio), None)
