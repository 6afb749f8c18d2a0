"Fresh answers, round 5: written on 2026-12-05, after the checks' fifth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import math, random
import numpy as np
import torch
from byol_course.checks.catalogue import right, wrong


def _fallback(h, w, ratio):
    "The centred fallback box of the contract, as Python ints."
    in_ratio = w / h
    if in_ratio < min(ratio):
        cw, ch = w, int(round(w / min(ratio)))
    elif in_ratio > max(ratio):
        ch, cw = h, int(round(h * max(ratio)))
    else:
        cw, ch = w, h
    return (w - cw) // 2, (h - ch) // 2, cw, ch


# ----------------------------------------------------------------------------------------------------- right answers

@right("vectorised: n x tries draws at once, first fitting try by argmax, corners by floor(rand * (span + 1)), fallback by torch.where", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = h * w * torch.empty(n, tries, device=device).uniform_(scale[0], scale[1])
    logr = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1]))
    r = torch.exp(logr)
    cw = torch.sqrt(area * r).round()
    ch = torch.sqrt(area / r).round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    first = ok.int().argmax(1, keepdim=True)
    any_ok = ok.any(1)
    cw, ch = cw.gather(1, first)[:, 0], ch.gather(1, first)[:, 0]
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    fx, fy, fw, fh = _fallback(h, w, ratio)
    fb = torch.tensor([fx, fy, fw, fh], dtype=torch.float32, device=device)
    boxes = torch.stack([x0, y0, cw, ch], 1).float()
    return torch.where(any_ok[:, None], boxes, fb)


@right("a Python loop over images with torchvision's own RandomResizedCrop.get_params (torch's global RNG)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    out = []
    for _ in range(n):
        box = None
        for _ in range(tries):
            area = h * w * torch.empty(1).uniform_(scale[0], scale[1]).item()
            log_r = (math.log(ratio[0]), math.log(ratio[1]))
            r = math.exp(torch.empty(1).uniform_(log_r[0], log_r[1]).item())
            cw = int(round(math.sqrt(area * r)))
            ch = int(round(math.sqrt(area / r)))
            if 0 < cw <= w and 0 < ch <= h:
                y0 = torch.randint(0, h - ch + 1, size=(1,)).item()
                x0 = torch.randint(0, w - cw + 1, size=(1,)).item()
                box = (x0, y0, cw, ch)
                break
        out.append(box if box is not None else _fallback(h, w, ratio))
    return torch.tensor(out, dtype=torch.float32, device=device).reshape(n, 4)


@right("NumPy generator (fresh entropy each call), vectorised; converted to a float tensor on the device", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    g = np.random.default_rng()
    area = g.uniform(scale[0], scale[1], (n, tries)) * h * w
    r = np.exp(g.uniform(np.log(ratio[0]), np.log(ratio[1]), (n, tries)))
    cw, ch = np.rint(np.sqrt(area * r)), np.rint(np.sqrt(area / r))   # rint: half to even, like round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    idx = ok.argmax(1)
    rows = np.arange(n)
    cw, ch = cw[rows, idx], ch[rows, idx]
    x0 = g.integers(0, np.maximum(w - cw + 1, 1))      # a try that does not fit is replaced below
    y0 = g.integers(0, np.maximum(h - ch + 1, 1))
    boxes = np.stack([x0, y0, cw, ch], 1).astype(np.float32)
    boxes[~ok.any(1)] = _fallback(h, w, ratio)
    return torch.from_numpy(boxes).to(device)


@right("per image with the random module; integer (int64) boxes, since the text only asks for whole pixels", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    lo, hi = math.log(ratio[0]), math.log(ratio[1])
    boxes = []
    for i in range(n):
        for t in range(tries):
            a = random.uniform(*scale) * h * w
            r = math.exp(random.uniform(lo, hi))
            cw, ch = round(math.sqrt(a * r)), round(math.sqrt(a / r))
            if 1 <= cw <= w and 1 <= ch <= h:
                boxes.append([random.randint(0, w - cw), random.randint(0, h - ch), cw, ch])
                break
        else:
            boxes.append(list(_fallback(h, w, ratio)))
    return torch.tensor(boxes, dtype=torch.long, device=device).view(n, 4)


class _Cropper:
    "Keeps drawing only for the images still without a box, try after try (a class with __call__)."
    def __call__(self, n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
        boxes = torch.tensor(_fallback(h, w, ratio), dtype=torch.float32, device=device).repeat(n, 1)
        todo = torch.ones(n, dtype=torch.bool, device=device)
        logr = torch.tensor([ratio[0], ratio[1]], dtype=torch.float64).log()
        for _ in range(tries):
            a = torch.rand(n, device=device, dtype=torch.float64) * (scale[1] - scale[0]) + scale[0]
            r = (torch.rand(n, device=device, dtype=torch.float64) * (logr[1] - logr[0]) + logr[0]).exp()
            cw, ch = (a * h * w * r).sqrt().round(), (a * h * w / r).sqrt().round()
            fits = todo & (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
            x0 = torch.floor(torch.rand(n, device=device, dtype=torch.float64) * (w - cw + 1))
            y0 = torch.floor(torch.rand(n, device=device, dtype=torch.float64) * (h - ch + 1))
            boxes = torch.where(fits[:, None], torch.stack([x0, y0, cw, ch], 1).float(), boxes)
            todo &= ~fits
        return boxes

crop_boxes = right("class with __call__: tries as a loop, only images still without a box take the new draw", fresh=True)(_Cropper())


# ----------------------------------------------------------------------------------------------------- wrong answers

@wrong('every image draws its own area and ratio, not one for the whole batch', "one area and one aspect ratio for the whole batch (only the corner per image)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    for _ in range(tries):
        a = random.uniform(*scale) * h * w
        r = math.exp(random.uniform(math.log(ratio[0]), math.log(ratio[1])))
        cw, ch = round(math.sqrt(a * r)), round(math.sqrt(a / r))
        if 1 <= cw <= w and 1 <= ch <= h:
            x0 = torch.randint(0, w - cw + 1, (n,), device=device)
            y0 = torch.randint(0, h - ch + 1, (n,), device=device)
            return torch.stack([x0, y0, torch.full_like(x0, cw), torch.full_like(x0, ch)], 1).float()
    return torch.tensor(_fallback(h, w, ratio), dtype=torch.float32, device=device).repeat(n, 1)


@wrong(('draw log(r) uniformly, as torchvision does, so that tall and wide crop', 'more than chance allows', 'leave no other size once each side is'), "aspect ratio drawn uniformly in [3/4, 4/3] instead of log-uniformly (wide crops too likely)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = h * w * torch.empty(n, tries, device=device).uniform_(*scale)
    r = torch.empty(n, tries, device=device).uniform_(*ratio)
    cw, ch = (area * r).sqrt().round(), (area / r).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    first = ok.int().argmax(1, keepdim=True)
    cw, ch = cw.gather(1, first)[:, 0], ch.gather(1, first)[:, 0]
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    fb = torch.tensor(_fallback(h, w, ratio), dtype=torch.float32, device=device)
    return torch.where(ok.any(1)[:, None], torch.stack([x0, y0, cw, ch], 1), fb)


@wrong(('the aspect ratio taken as height / width', 'more than chance allows', 'leave no other size once each side is'), "width and height swapped: width = sqrt(area / r), so r becomes height / width (invisible for a symmetric ratio range)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = h * w * torch.empty(n, tries, device=device).uniform_(*scale)
    r = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area / r).sqrt().round(), (area * r).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    first = ok.int().argmax(1, keepdim=True)
    cw, ch = cw.gather(1, first)[:, 0], ch.gather(1, first)[:, 0]
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    fb = torch.tensor(_fallback(h, w, ratio), dtype=torch.float32, device=device)
    return torch.where(ok.any(1)[:, None], torch.stack([x0, y0, cw, ch], 1), fb)


@wrong(('sides cut down to whole pixels (floor or int', 'more than chance allows', 'leave no other size once each side is'), "sides truncated with int() / floor instead of rounded to the nearest pixel", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = h * w * torch.empty(n, tries, device=device).uniform_(*scale)
    r = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * r).sqrt().floor(), (area / r).sqrt().floor()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    first = ok.int().argmax(1, keepdim=True)
    cw, ch = cw.gather(1, first)[:, 0], ch.gather(1, first)[:, 0]
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    fb = torch.tensor(_fallback(h, w, ratio), dtype=torch.float32, device=device)
    return torch.where(ok.any(1)[:, None], torch.stack([x0, y0, cw, ch], 1), fb)


@wrong('the right edge): the corner is drawn uniformly over every whole positi', "corner off by one: x0 = floor(rand * (w - width)) never reaches w - width (a full-width crop still sits at 0)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = h * w * torch.empty(n, tries, device=device).uniform_(*scale)
    r = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * r).sqrt().round(), (area / r).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    first = ok.int().argmax(1, keepdim=True)
    cw, ch = cw.gather(1, first)[:, 0], ch.gather(1, first)[:, 0]
    x0 = (torch.rand(n, device=device) * (w - cw)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch)).floor()
    fb = torch.tensor(_fallback(h, w, ratio), dtype=torch.float32, device=device)
    return torch.where(ok.any(1)[:, None], torch.stack([x0, y0, cw, ch], 1), fb)


@wrong('%. What decides it: the corner, drawn uniformly over every whole posit', "corner by rounding rand * (w - width): both ends get half the weight of the inner positions", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = h * w * torch.empty(n, tries, device=device).uniform_(*scale)
    r = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * r).sqrt().round(), (area / r).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    first = ok.int().argmax(1, keepdim=True)
    cw, ch = cw.gather(1, first)[:, 0], ch.gather(1, first)[:, 0]
    x0 = (torch.rand(n, device=device) * (w - cw)).round()
    y0 = (torch.rand(n, device=device) * (h - ch)).round()
    fb = torch.tensor(_fallback(h, w, ratio), dtype=torch.float32, device=device)
    return torch.where(ok.any(1)[:, None], torch.stack([x0, y0, cw, ch], 1), fb)


@wrong("outside ratio: no try's box does (its width is sqrt(A * r) and its hei", "vectorised first-fit by argmax, but no fallback: when no try fits, argmax picks try 0, which does not fit", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = h * w * torch.empty(n, tries, device=device).uniform_(*scale)
    r = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * r).sqrt().round(), (area / r).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    first = ok.int().argmax(1, keepdim=True)
    cw, ch = cw.gather(1, first)[:, 0].clamp(max=w), ch.gather(1, first)[:, 0].clamp(max=h)
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    return torch.stack([x0, y0, cw, ch], 1)


@wrong("outside ratio: no try's box does (its width is sqrt(A * r) and its hei", "fallback is always the whole image, never trimmed to the allowed aspect ratio", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = h * w * torch.empty(n, tries, device=device).uniform_(*scale)
    r = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * r).sqrt().round(), (area / r).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    first = ok.int().argmax(1, keepdim=True)
    cw, ch = cw.gather(1, first)[:, 0], ch.gather(1, first)[:, 0]
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    fb = torch.tensor([0., 0., w, h], device=device)
    return torch.where(ok.any(1)[:, None], torch.stack([x0, y0, cw, ch], 1), fb)


@wrong('image), so every box should be the centred fallback, the largest box o', "fallback trimmed correctly but placed at the top-left corner (0, 0) instead of centred", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = h * w * torch.empty(n, tries, device=device).uniform_(*scale)
    r = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * r).sqrt().round(), (area / r).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    first = ok.int().argmax(1, keepdim=True)
    cw, ch = cw.gather(1, first)[:, 0], ch.gather(1, first)[:, 0]
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    _, _, fw, fh = _fallback(h, w, ratio)
    fb = torch.tensor([0., 0., fw, fh], device=device)
    return torch.where(ok.any(1)[:, None], torch.stack([x0, y0, cw, ch], 1), fb)


@wrong('image), so every box should be the centred fallback, the largest box o', "fallback uses the wrong end of the ratio range: tall image -> w / ratio[1], wide image -> h * ratio[0]", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = h * w * torch.empty(n, tries, device=device).uniform_(*scale)
    r = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * r).sqrt().round(), (area / r).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    first = ok.int().argmax(1, keepdim=True)
    cw, ch = cw.gather(1, first)[:, 0], ch.gather(1, first)[:, 0]
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    if w / h < ratio[0]: fw, fh = w, round(w / ratio[1])
    elif w / h > ratio[1]: fw, fh = round(h * ratio[0]), h
    else: fw, fh = w, h
    fb = torch.tensor([(w - fw) // 2, (h - fh) // 2, fw, fh], dtype=torch.float32, device=device)
    return torch.where(ok.any(1)[:, None], torch.stack([x0, y0, cw, ch], 1), fb)


@wrong('image), so every box should be the centred fallback, the largest box o', "fallback centred with round((w - width) / 2) instead of floor division (one pixel off when the gap is odd)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = h * w * torch.empty(n, tries, device=device).uniform_(*scale)
    r = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * r).sqrt().round(), (area / r).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    first = ok.int().argmax(1, keepdim=True)
    cw, ch = cw.gather(1, first)[:, 0], ch.gather(1, first)[:, 0]
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    _, _, fw, fh = _fallback(h, w, ratio)
    fb = torch.tensor([math.ceil((w - fw) / 2), math.ceil((h - fh) / 2), fw, fh], dtype=torch.float32, device=device)
    return torch.where(ok.any(1)[:, None], torch.stack([x0, y0, cw, ch], 1), fb)


@right("the LAST fitting try wins instead of the first (loop without break)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    lo, hi = math.log(ratio[0]), math.log(ratio[1])
    boxes = []
    for i in range(n):
        box = None
        for t in range(tries):
            a = random.uniform(*scale) * h * w
            r = math.exp(random.uniform(lo, hi))
            cw, ch = round(math.sqrt(a * r)), round(math.sqrt(a / r))
            if 1 <= cw <= w and 1 <= ch <= h:
                box = [random.randint(0, w - cw), random.randint(0, h - ch), cw, ch]
        boxes.append(box if box is not None else list(_fallback(h, w, ratio)))
    return torch.tensor(boxes, dtype=torch.float32, device=device).view(n, 4)


@wrong('<= height <= h), and the fallback box (centred, of the nearest allowed', "`tries` ignored: always 10 tries", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = h * w * torch.empty(n, 10, device=device).uniform_(*scale)
    r = torch.empty(n, 10, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * r).sqrt().round(), (area / r).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    first = ok.int().argmax(1, keepdim=True)
    cw, ch = cw.gather(1, first)[:, 0], ch.gather(1, first)[:, 0]
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    fb = torch.tensor(_fallback(h, w, ratio), dtype=torch.float32, device=device)
    return torch.where(ok.any(1)[:, None], torch.stack([x0, y0, cw, ch], 1), fb)


@wrong("%. What decides it: the area drawn (a fraction of the image's area, un", "strict fit test (width < w, height < h): a crop exactly the image's size is rejected", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = h * w * torch.empty(n, tries, device=device).uniform_(*scale)
    r = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * r).sqrt().round(), (area / r).sqrt().round()
    ok = (cw >= 1) & (cw < w) & (ch >= 1) & (ch < h)
    first = ok.int().argmax(1, keepdim=True)
    cw, ch = cw.gather(1, first)[:, 0], ch.gather(1, first)[:, 0]
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    fb = torch.tensor(_fallback(h, w, ratio), dtype=torch.float32, device=device)
    return torch.where(ok.any(1)[:, None], torch.stack([x0, y0, cw, ch], 1), fb)


@wrong(("outside ratio: no try's box does (its width is sqrt(A * r) and its hei", 'leave no other size once each side is rounded), but'), "log-uniform ratio forgotten in the bounds: r = exp(U(ratio[0], ratio[1])) (ratios 2.1 to 3.8)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = h * w * torch.empty(n, tries, device=device).uniform_(*scale)
    r = torch.empty(n, tries, device=device).uniform_(ratio[0], ratio[1]).exp()
    cw, ch = (area * r).sqrt().round(), (area / r).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    first = ok.int().argmax(1, keepdim=True)
    cw, ch = cw.gather(1, first)[:, 0], ch.gather(1, first)[:, 0]
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    fb = torch.tensor(_fallback(h, w, ratio), dtype=torch.float32, device=device)
    return torch.where(ok.any(1)[:, None], torch.stack([x0, y0, cw, ch], 1), fb)


@wrong("%. What decides it: the area drawn (a fraction of the image's area, un", "area fraction's square root drawn uniformly (side-uniform, small crops too likely)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    side = torch.empty(n, tries, device=device).uniform_(math.sqrt(scale[0]), math.sqrt(scale[1]))
    area = h * w * side ** 2
    r = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * r).sqrt().round(), (area / r).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    first = ok.int().argmax(1, keepdim=True)
    cw, ch = cw.gather(1, first)[:, 0], ch.gather(1, first)[:, 0]
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    fb = torch.tensor(_fallback(h, w, ratio), dtype=torch.float32, device=device)
    return torch.where(ok.any(1)[:, None], torch.stack([x0, y0, cw, ch], 1), fb)


@wrong('%. What decides it: the corner, drawn uniformly over every whole posit', "x0 and y0 from the same random number (corners on a diagonal, not independent)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = h * w * torch.empty(n, tries, device=device).uniform_(*scale)
    r = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * r).sqrt().round(), (area / r).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    first = ok.int().argmax(1, keepdim=True)
    cw, ch = cw.gather(1, first)[:, 0], ch.gather(1, first)[:, 0]
    u = torch.rand(n, device=device)
    x0 = (u * (w - cw + 1)).floor()
    y0 = (u * (h - ch + 1)).floor()
    fb = torch.tensor(_fallback(h, w, ratio), dtype=torch.float32, device=device)
    return torch.where(ok.any(1)[:, None], torch.stack([x0, y0, cw, ch], 1), fb)


@wrong("device='cuda') returned its boxes on the cpu: draw every random number", "`device` ignored: the boxes are always made on the CPU", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = h * w * torch.empty(n, tries).uniform_(*scale)
    r = torch.empty(n, tries).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * r).sqrt().round(), (area / r).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    first = ok.int().argmax(1, keepdim=True)
    cw, ch = cw.gather(1, first)[:, 0], ch.gather(1, first)[:, 0]
    x0 = (torch.rand(n) * (w - cw + 1)).floor()
    y0 = (torch.rand(n) * (h - ch + 1)).floor()
    fb = torch.tensor(_fallback(h, w, ratio), dtype=torch.float32)
    return torch.where(ok.any(1)[:, None], torch.stack([x0, y0, cw, ch], 1), fb)


@wrong("gave the same boxes on two calls: don't seed the random generator insi", "seeded generator made inside the function (torch.Generator().manual_seed(0)): every call draws the same boxes", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    g = torch.Generator().manual_seed(0)
    area = h * w * (torch.rand(n, tries, generator=g) * (scale[1] - scale[0]) + scale[0])
    lo, hi = math.log(ratio[0]), math.log(ratio[1])
    r = (torch.rand(n, tries, generator=g) * (hi - lo) + lo).exp()
    cw, ch = (area * r).sqrt().round(), (area / r).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    first = ok.int().argmax(1, keepdim=True)
    cw, ch = cw.gather(1, first)[:, 0], ch.gather(1, first)[:, 0]
    x0 = (torch.rand(n, generator=g) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, generator=g) * (h - ch + 1)).floor()
    fb = torch.tensor(_fallback(h, w, ratio), dtype=torch.float32)
    return torch.where(ok.any(1)[:, None], torch.stack([x0, y0, cw, ch], 1), fb).to(device)


@wrong("outside ratio: no try's box does (its width is sqrt(A * r) and its hei", "fallback decided by comparing h / w (not w / h) with the ratio range: tall and wide images trimmed the wrong way", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = h * w * torch.empty(n, tries, device=device).uniform_(*scale)
    r = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * r).sqrt().round(), (area / r).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    first = ok.int().argmax(1, keepdim=True)
    cw, ch = cw.gather(1, first)[:, 0], ch.gather(1, first)[:, 0]
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    in_ratio = h / w
    if in_ratio < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif in_ratio > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    fw, fh = min(fw, w), min(fh, h)
    fb = torch.tensor([(w - fw) // 2, (h - fh) // 2, fw, fh], dtype=torch.float32, device=device)
    return torch.where(ok.any(1)[:, None], torch.stack([x0, y0, cw, ch], 1), fb)
