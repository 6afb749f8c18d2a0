"Fresh answers, round 6: written on 2026-12-05, after the checks' sixth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import math
import numpy as np
import torch
from byol_course.checks.catalogue import right, wrong


def _fallback(h, w, ratio):
    "The centred fallback box (x0, y0, width, height), as Python numbers."
    r = w / h
    if r < ratio[0]: cw, ch = w, round(w / ratio[0])
    elif r > ratio[1]: cw, ch = round(h * ratio[1]), h
    else: cw, ch = w, h
    return (w - cw) // 2, (h - ch) // 2, cw, ch


# ----------------------------------------------------------------------------------------------------------------------
# RIGHT answers
# ----------------------------------------------------------------------------------------------------------------------

@right("vectorised: all n x tries areas and log-ratios at once, the first fitting try picked with argmax", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(n, tries, device=device).uniform_(scale[0], scale[1]) * (h * w)
    logr = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1]))
    r = torch.exp(logr)
    cw = torch.round(torch.sqrt(area * r))
    ch = torch.round(torch.sqrt(area / r))
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    first = ok.int().argmax(1, keepdim=True)                  # first True (0 when none: handled below)
    cw, ch, any_ok = cw.gather(1, first)[:, 0], ch.gather(1, first)[:, 0], ok.any(1)
    x0 = torch.floor(torch.rand(n, device=device) * (w - cw + 1))
    y0 = torch.floor(torch.rand(n, device=device) * (h - ch + 1))
    fb = torch.tensor(_fallback(h, w, ratio), dtype=torch.float32, device=device)
    boxes = torch.stack([x0, y0, cw, ch], 1)
    return torch.where(any_ok[:, None], boxes, fb)


@right("a plain Python loop per image and per try, drawing torch scalars", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    out = []
    lo, hi = math.log(ratio[0]), math.log(ratio[1])
    for _ in range(n):
        box = None
        for _ in range(tries):
            area = h * w * (scale[0] + (scale[1] - scale[0]) * torch.rand(()).item())
            r = math.exp(lo + (hi - lo) * torch.rand(()).item())
            cw, ch = round(math.sqrt(area * r)), round(math.sqrt(area / r))
            if 1 <= cw <= w and 1 <= ch <= h:
                x0 = torch.randint(0, w - cw + 1, ()).item()
                y0 = torch.randint(0, h - ch + 1, ()).item()
                box = (x0, y0, cw, ch)
                break
        out.append(box if box is not None else _fallback(h, w, ratio))
    return torch.tensor(out, dtype=torch.float32, device=device).reshape(n, 4)


@right("NumPy: a Generator seeded from torch's RNG (so torch.manual_seed still governs it), result moved to device",
       fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    rng = np.random.default_rng(int(torch.randint(0, 2**62, ()).item()))
    area = rng.uniform(scale[0], scale[1], (n, tries)) * h * w
    r = np.exp(rng.uniform(np.log(ratio[0]), np.log(ratio[1]), (n, tries)))
    cw, ch = np.rint(np.sqrt(area * r)), np.rint(np.sqrt(area / r))
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    idx = np.where(ok.any(1), ok.argmax(1), -1)
    boxes = np.empty((n, 4))
    boxes[:] = _fallback(h, w, ratio)
    rows = np.nonzero(idx >= 0)[0]
    bw, bh = cw[rows, idx[rows]], ch[rows, idx[rows]]
    boxes[rows, 0] = rng.integers(0, (w - bw + 1).astype(np.int64))   # high exclusive: 0 .. w - bw
    boxes[rows, 1] = rng.integers(0, (h - bh + 1).astype(np.int64))
    boxes[rows, 2], boxes[rows, 3] = bw, bh
    return torch.as_tensor(boxes, dtype=torch.float32, device=device)


@right("tries in a loop over the batch with a 'still searching' mask; whole-pixel boxes as int64", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    W = torch.zeros(n, dtype=torch.long, device=device)
    H = torch.zeros(n, dtype=torch.long, device=device)
    todo = torch.ones(n, dtype=torch.bool, device=device)
    logs = torch.tensor([math.log(ratio[0]), math.log(ratio[1])], device=device)
    for _ in range(tries):
        a = (scale[0] + (scale[1] - scale[0]) * torch.rand(n, device=device)) * h * w
        ar = torch.exp(logs[0] + (logs[1] - logs[0]) * torch.rand(n, device=device))
        cw, ch = (a * ar).sqrt().round().long(), (a / ar).sqrt().round().long()
        fit = todo & (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
        W, H = torch.where(fit, cw, W), torch.where(fit, ch, H)
        todo &= ~fit
    fx, fy, fw, fh = _fallback(h, w, ratio)
    W, H = W.masked_fill(todo, fw), H.masked_fill(todo, fh)
    X = (torch.rand(n, device=device) * (w - W + 1)).long()
    Y = (torch.rand(n, device=device) * (h - H + 1)).long()
    X, Y = X.masked_fill(todo, fx), Y.masked_fill(todo, fy)
    return torch.stack([X, Y, W, H], 1)


# ----------------------------------------------------------------------------------------------------------------------
# WRONG answers
# ----------------------------------------------------------------------------------------------------------------------

def _vectorised(n, h, w, scale, ratio, device, tries, *, shared=False, uniform_ratio=False, swap=False, rnd=torch.round,
                corner='floor', strict=False, fallback=_fallback, last=False, same_u=False, min1=True, side=False):
    "The right vectorised answer, with one switch per mistake."
    rows = 1 if shared else n
    if side:
        s = torch.empty(rows, tries, device=device).uniform_(math.sqrt(scale[0]), math.sqrt(scale[1]))
        area = s * s * h * w
    else:
        area = torch.empty(rows, tries, device=device).uniform_(scale[0], scale[1]) * (h * w)
    if uniform_ratio: r = torch.empty(rows, tries, device=device).uniform_(ratio[0], ratio[1])
    else: r = torch.exp(torch.empty(rows, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])))
    if swap: cw, ch = rnd(torch.sqrt(area / r)), rnd(torch.sqrt(area * r))
    else: cw, ch = rnd(torch.sqrt(area * r)), rnd(torch.sqrt(area / r))
    if strict: ok = (cw >= 1) & (cw < w) & (ch >= 1) & (ch < h)
    elif min1: ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    else: ok = (cw <= w) & (ch <= h)
    okf = ok.flip(1) if last else ok
    pick = okf.int().argmax(1, keepdim=True)
    if last: pick = tries - 1 - pick
    cw, ch, any_ok = cw.gather(1, pick)[:, 0], ch.gather(1, pick)[:, 0], ok.any(1)
    if shared: cw, ch, any_ok = cw.expand(n), ch.expand(n), any_ok.expand(n)
    u = torch.rand(n, device=device)
    v = u if same_u else torch.rand(n, device=device)
    if corner == 'floor': x0, y0 = torch.floor(u * (w - cw + 1)), torch.floor(v * (h - ch + 1))
    elif corner == 'exclusive': x0, y0 = torch.floor(u * (w - cw)), torch.floor(v * (h - ch))
    else: x0, y0 = torch.round(u * (w - cw)), torch.round(v * (h - ch))
    fb = torch.tensor(fallback(h, w, ratio), dtype=torch.float32, device=device)
    return torch.where(any_ok[:, None], torch.stack([x0, y0, cw, ch], 1), fb)


@wrong('every image draws its own area and ratio, not one for the whole batch', "one area and one aspect ratio for the whole batch (only the corner is drawn per image)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vectorised(n, h, w, scale, ratio, device, tries, shared=True)


@wrong(('draw log(r) uniformly, as torchvision does, so that tall and wide crop', 'more than chance allows', 'leave no other size once each side is'), "aspect ratio drawn uniformly between ratio[0] and ratio[1], not log-uniformly", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vectorised(n, h, w, scale, ratio, device, tries, uniform_ratio=True)


@wrong(('the aspect ratio taken as height / width', 'more than chance allows', 'leave no other size once each side is'), "width and height swapped (width = sqrt(area / r)): invisible for the symmetric default ratio, wrong for "
           "an asymmetric one", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vectorised(n, h, w, scale, ratio, device, tries, swap=True)


@wrong(('sides cut down to whole pixels (floor or int', 'more than chance allows', 'leave no other size once each side is'), "sides truncated with floor (int()) instead of rounded to the nearest pixel", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vectorised(n, h, w, scale, ratio, device, tries, rnd=torch.floor)


@wrong('the right edge): the corner is drawn uniformly over every whole positi', "corner floor(u * (w - width)): the last position x0 = w - width (and y0 = h - height) is never drawn",
       fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vectorised(n, h, w, scale, ratio, device, tries, corner='exclusive')


@wrong('%. What decides it: the corner, drawn uniformly over every whole posit', "corner round(u * (w - width)): both end positions are half as likely as the others", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vectorised(n, h, w, scale, ratio, device, tries, corner='round')


@wrong("%. What decides it: the area drawn (a fraction of the image's area, un", "strict fit test width < w and height < h: a try as wide or as tall as the image is rejected", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vectorised(n, h, w, scale, ratio, device, tries, strict=True)


@wrong("outside ratio: no try's box does (its width is sqrt(A * r) and its hei", "fallback is always the whole image, even when its aspect ratio is outside `ratio`", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vectorised(n, h, w, scale, ratio, device, tries, fallback=lambda h, w, ratio: (0, 0, w, h))


@wrong('image), so every box should be the centred fallback, the largest box o', "fallback box trimmed correctly but put at the top-left corner (0, 0), not centred", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vectorised(n, h, w, scale, ratio, device, tries, fallback=lambda h, w, ratio: (0, 0) + _fallback(h, w, ratio)[2:])


# Written as wrong; right by the contract: the tries are independent and drawn alike, so the last one that fits has the
# distribution of the first (its writer found the same on 200,000 draws).
@right("the LAST fitting try wins instead of the first (a loop that keeps overwriting)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vectorised(n, h, w, scale, ratio, device, tries, last=True)


@wrong('<= height <= h), and the fallback box (centred, of the nearest allowed', "the tries argument is ignored: always 10 tries", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vectorised(n, h, w, scale, ratio, device, 10)


@wrong("device='cuda') returned its boxes on the cpu: draw every random number", "device ignored: the boxes are always made on the CPU", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vectorised(n, h, w, scale, ratio, None, tries)


@wrong('%. What decides it: the corner, drawn uniformly over every whole posit', "x0 and y0 drawn from the same uniform number (not independent: the corner lies on a diagonal)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vectorised(n, h, w, scale, ratio, device, tries, same_u=True)


@wrong('pixels does not fit: the first with', "no lower bound in the fit test: a tiny area can round to a 0-pixel side and still win", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vectorised(n, h, w, scale, ratio, device, tries, min1=False)


def _fallback_swapped(h, w, ratio):
    r = h / w                                       # aspect taken as height / width by mistake
    if r < ratio[0]: cw, ch = w, round(w / ratio[0])
    elif r > ratio[1]: cw, ch = round(h * ratio[1]), h
    else: cw, ch = w, h
    return (w - cw) // 2, (h - ch) // 2, cw, ch


@wrong('image), so every box should be the centred fallback, the largest box o', "fallback tests the image's aspect as h / w: tall and wide images get each other's rule", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vectorised(n, h, w, scale, ratio, device, tries, fallback=_fallback_swapped)


def _fallback_int(h, w, ratio):
    r = w / h
    if r < ratio[0]: cw, ch = w, int(w / ratio[0])
    elif r > ratio[1]: cw, ch = int(h * ratio[1]), h
    else: cw, ch = w, h
    return (w - cw) // 2, (h - ch) // 2, cw, ch


@wrong("% of the image's area. Yours is the fallback with its side cut down (i", "fallback side truncated with int() instead of round()", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vectorised(n, h, w, scale, ratio, device, tries, fallback=_fallback_int)


@wrong("%. What decides it: the area drawn (a fraction of the image's area, un", "draws the side's fraction uniformly (area = s**2 with s ~ U[sqrt lo, sqrt hi]) instead of the area's",
       fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return _vectorised(n, h, w, scale, ratio, device, tries, side=True)


@wrong('<= height <= h), and the fallback box (centred, of the nearest allowed', "off by one in the tries loop: range(1, tries) makes only tries - 1 tries (tries=1 always falls back)",
       fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    out = torch.tensor(_fallback(h, w, ratio), dtype=torch.float32, device=device).repeat(n, 1)
    done = torch.zeros(n, dtype=torch.bool, device=device)
    for _ in range(1, tries):
        area = torch.empty(n, device=device).uniform_(*scale) * h * w
        r = torch.exp(torch.empty(n, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])))
        cw, ch = torch.sqrt(area * r).round(), torch.sqrt(area / r).round()
        fit = ~done & (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
        x0 = torch.floor(torch.rand(n, device=device) * (w - cw + 1))
        y0 = torch.floor(torch.rand(n, device=device) * (h - ch + 1))
        out = torch.where(fit[:, None], torch.stack([x0, y0, cw, ch], 1), out)
        done |= fit
    return out


@wrong("gave the same boxes on two calls: don't seed the random generator insi", "calls torch.manual_seed(0) inside 'for reproducibility': every call returns the same boxes (and the "
           "global RNG is reset)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    torch.manual_seed(0)
    return _vectorised(n, h, w, scale, ratio, device, tries)
