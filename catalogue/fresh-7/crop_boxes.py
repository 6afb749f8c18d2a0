"Fresh answers, round 7: written on 2026-12-05, after the checks' seventh version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import math
import numpy as np
import torch
from byol_course.checks.catalogue import right, wrong


# ----------------------------------------------------------------------------------------------------------- RIGHT

@right("vectorised: (n, tries) areas and log-uniform ratios, first fitting try by argmax of the mask, centred fallback, "
       "corner floor(u * (w - width + 1))", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(n, tries, device=device).uniform_(scale[0], scale[1]) * (h * w)
    ar = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * ar).sqrt().round(), (area / ar).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    i = ok.int().argmax(1, keepdim=True)
    cw, ch, found = cw.gather(1, i)[:, 0], ch.gather(1, i)[:, 0], ok.any(1)
    if w / h < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif w / h > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    cw = torch.where(found, cw, torch.full_like(cw, fw))
    ch = torch.where(found, ch, torch.full_like(ch, fh))
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    x0 = torch.where(found, x0, torch.full_like(x0, (w - fw) // 2))
    y0 = torch.where(found, y0, torch.full_like(y0, (h - fh) // 2))
    return torch.stack([x0, y0, cw, ch], 1)


@right("torchvision's loop, one image at a time: Python round, torch.randint for the corner, float tensor built on `device`", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = h * w
    log_ratio = (math.log(ratio[0]), math.log(ratio[1]))
    boxes = []
    for _ in range(n):
        for _ in range(tries):
            target_area = area * torch.empty(1).uniform_(scale[0], scale[1]).item()
            aspect = math.exp(torch.empty(1).uniform_(log_ratio[0], log_ratio[1]).item())
            cw = int(round(math.sqrt(target_area * aspect)))
            ch = int(round(math.sqrt(target_area / aspect)))
            if 0 < cw <= w and 0 < ch <= h:
                y0 = torch.randint(0, h - ch + 1, size=(1,)).item()
                x0 = torch.randint(0, w - cw + 1, size=(1,)).item()
                boxes.append([x0, y0, cw, ch])
                break
        else:
            in_ratio = w / h
            if in_ratio < min(ratio):
                cw, ch = w, int(round(w / min(ratio)))
            elif in_ratio > max(ratio):
                cw, ch = int(round(h * max(ratio))), h
            else:
                cw, ch = w, h
            boxes.append([(w - cw) // 2, (h - ch) // 2, cw, ch])
    return torch.tensor(boxes, dtype=torch.float32, device=device).reshape(n, 4)


@right("NumPy: a fresh np.random.default_rng() per call, tries done as a loop over the still-pending images, "
       "integers(0, w - width, endpoint=True) for the corner; float32 tensor moved to `device`", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    rng = np.random.default_rng()
    cw, ch = np.zeros(n), np.zeros(n)
    pending = np.ones(n, bool)
    for _ in range(tries):
        m = int(pending.sum())
        if m == 0:
            break
        a = rng.uniform(scale[0], scale[1], m) * h * w
        r = np.exp(rng.uniform(np.log(ratio[0]), np.log(ratio[1]), m))
        tw, th = np.rint(np.sqrt(a * r)), np.rint(np.sqrt(a / r))
        fit = (tw >= 1) & (tw <= w) & (th >= 1) & (th <= h)
        idx = np.flatnonzero(pending)[fit]
        cw[idx], ch[idx] = tw[fit], th[fit]
        pending[idx] = False
    found = ~pending
    x0, y0 = np.zeros(n), np.zeros(n)
    x0[found] = rng.integers(0, (w - cw[found]).astype(np.int64), endpoint=True)
    y0[found] = rng.integers(0, (h - ch[found]).astype(np.int64), endpoint=True)
    if w / h < ratio[0]: fw, fh = w, np.rint(w / ratio[0])
    elif w / h > ratio[1]: fw, fh = np.rint(h * ratio[1]), h
    else: fw, fh = w, h
    cw[pending], ch[pending] = fw, fh
    x0[pending], y0[pending] = (w - fw) // 2, (h - fh) // 2
    return torch.from_numpy(np.stack([x0, y0, cw, ch], 1).astype(np.float32)).to(device)


@right("vectorised over images, loop over tries with a pending mask; int64 boxes (whole pixels as integers)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    box_w = torch.zeros(n, dtype=torch.long, device=device)
    box_h = torch.zeros(n, dtype=torch.long, device=device)
    todo = torch.ones(n, dtype=torch.bool, device=device)
    lo, hi = math.log(ratio[0]), math.log(ratio[1])
    for _ in range(tries):
        a = (scale[0] + (scale[1] - scale[0]) * torch.rand(n, device=device, dtype=torch.float64)) * h * w
        r = torch.exp(lo + (hi - lo) * torch.rand(n, device=device, dtype=torch.float64))
        tw, th = torch.round(torch.sqrt(a * r)).long(), torch.round(torch.sqrt(a / r)).long()
        take = todo & (tw >= 1) & (tw <= w) & (th >= 1) & (th <= h)
        box_w, box_h = torch.where(take, tw, box_w), torch.where(take, th, box_h)
        todo = todo & ~take
    if w / h < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif w / h > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    box_w = box_w.masked_fill(todo, fw)
    box_h = box_h.masked_fill(todo, fh)
    x0 = (torch.rand(n, device=device, dtype=torch.float64) * (w - box_w + 1)).long()
    y0 = (torch.rand(n, device=device, dtype=torch.float64) * (h - box_h + 1)).long()
    x0 = x0.masked_fill(todo, (w - fw) // 2)
    y0 = y0.masked_fill(todo, (h - fh) // 2)
    return torch.stack([x0, y0, box_w, box_h], 1)


class _CropSampler:
    "torch.distributions for the draws; everything drawn on the CPU in float64, then sent to `device` as float32."
    def __call__(self, n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
        U = torch.distributions.Uniform
        s = torch.as_tensor(scale, dtype=torch.float64)
        lr = torch.as_tensor(ratio, dtype=torch.float64).log()
        frac = U(s[0], s[1]).sample((n, tries)) if s[0] < s[1] else s[0].expand(n, tries)
        logr = U(lr[0], lr[1]).sample((n, tries)) if lr[0] < lr[1] else lr[0].expand(n, tries)
        a, r = frac * (h * w), logr.exp()
        cw, ch = torch.round(torch.sqrt(a * r)), torch.round(torch.sqrt(a / r))
        ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
        first = torch.where(ok, torch.arange(tries), tries).min(1).values     # index of the first fitting try (tries: none)
        found = first < tries
        first = first.clamp(max=tries - 1)[:, None]
        cw, ch = cw.gather(1, first)[:, 0], ch.gather(1, first)[:, 0]
        x0 = torch.floor(torch.rand(n, dtype=torch.float64) * (w - cw + 1))
        y0 = torch.floor(torch.rand(n, dtype=torch.float64) * (h - ch + 1))
        boxes = torch.stack([x0, y0, cw, ch], 1)
        if not found.all():
            in_r = w / h
            fw, fh = (w, round(w / ratio[0])) if in_r < ratio[0] else (round(h * ratio[1]), h) if in_r > ratio[1] else (w, h)
            boxes[~found] = torch.tensor([(w - fw) // 2, (h - fh) // 2, fw, fh], dtype=torch.float64)
        return boxes.float().to(device)

crop_boxes = right("a class with __call__ using torch.distributions.Uniform, drawn on the CPU in float64, moved to `device`", fresh=True)(_CropSampler())


# ----------------------------------------------------------------------------------------------------------- WRONG

@wrong('every image draws its own area and ratio, not one for the whole batch', "one area and one aspect ratio per try for the whole batch (shared by all images); only the corners are per image", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(1, tries, device=device).uniform_(scale[0], scale[1]).expand(n, -1) * (h * w)
    ar = torch.empty(1, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp().expand(n, -1)
    cw, ch = (area * ar).sqrt().round(), (area / ar).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    i = ok.int().argmax(1, keepdim=True)
    cw, ch, found = cw.gather(1, i)[:, 0], ch.gather(1, i)[:, 0], ok.any(1)
    if w / h < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif w / h > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    cw = torch.where(found, cw, torch.full_like(cw, fw))
    ch = torch.where(found, ch, torch.full_like(ch, fh))
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    x0 = torch.where(found, x0, torch.full_like(x0, (w - fw) // 2))
    y0 = torch.where(found, y0, torch.full_like(y0, (h - fh) // 2))
    return torch.stack([x0, y0, cw, ch], 1)


@wrong(('draw log(r) uniformly, as torchvision does, so that tall and wide crop', '%. What decides it: the ratio drawn (width / height, log-uniform in `r', 'more than chance allows', 'leave no other size once each side is'), "aspect ratio drawn uniformly from ratio instead of log-uniformly (wide crops more likely than tall ones)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(n, tries, device=device).uniform_(scale[0], scale[1]) * (h * w)
    ar = torch.empty(n, tries, device=device).uniform_(ratio[0], ratio[1])
    cw, ch = (area * ar).sqrt().round(), (area / ar).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    i = ok.int().argmax(1, keepdim=True)
    cw, ch, found = cw.gather(1, i)[:, 0], ch.gather(1, i)[:, 0], ok.any(1)
    if w / h < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif w / h > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    cw = torch.where(found, cw, torch.full_like(cw, fw))
    ch = torch.where(found, ch, torch.full_like(ch, fh))
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    x0 = torch.where(found, x0, torch.full_like(x0, (w - fw) // 2))
    y0 = torch.where(found, y0, torch.full_like(y0, (h - fh) // 2))
    return torch.stack([x0, y0, cw, ch], 1)


@wrong(('the aspect ratio taken as height / width', 'more than chance allows', 'leave no other size once each side is'), "width and height swapped: width = sqrt(area / r), height = sqrt(area * r) (invisible for the symmetric 3/4-4/3 range)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(n, tries, device=device).uniform_(scale[0], scale[1]) * (h * w)
    ar = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area / ar).sqrt().round(), (area * ar).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    i = ok.int().argmax(1, keepdim=True)
    cw, ch, found = cw.gather(1, i)[:, 0], ch.gather(1, i)[:, 0], ok.any(1)
    if w / h < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif w / h > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    cw = torch.where(found, cw, torch.full_like(cw, fw))
    ch = torch.where(found, ch, torch.full_like(ch, fh))
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    x0 = torch.where(found, x0, torch.full_like(x0, (w - fw) // 2))
    y0 = torch.where(found, y0, torch.full_like(y0, (h - fh) // 2))
    return torch.stack([x0, y0, cw, ch], 1)


@wrong(('sides cut down to whole pixels (floor or int', 'more than chance allows', 'leave no other size once each side is'), "width and height truncated (int / floor) instead of rounded to the nearest pixel", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(n, tries, device=device).uniform_(scale[0], scale[1]) * (h * w)
    ar = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * ar).sqrt().floor(), (area / ar).sqrt().floor()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    i = ok.int().argmax(1, keepdim=True)
    cw, ch, found = cw.gather(1, i)[:, 0], ch.gather(1, i)[:, 0], ok.any(1)
    if w / h < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif w / h > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    cw = torch.where(found, cw, torch.full_like(cw, fw))
    ch = torch.where(found, ch, torch.full_like(ch, fh))
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    x0 = torch.where(found, x0, torch.full_like(x0, (w - fw) // 2))
    y0 = torch.where(found, y0, torch.full_like(y0, (h - fh) // 2))
    return torch.stack([x0, y0, cw, ch], 1)


@wrong('the right edge): the corner is drawn uniformly over every whole positi', "corner's upper end excluded: x0 = floor(u * (w - width)), so x0 = w - width never comes (and a full-width box always sits at 0)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(n, tries, device=device).uniform_(scale[0], scale[1]) * (h * w)
    ar = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * ar).sqrt().round(), (area / ar).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    i = ok.int().argmax(1, keepdim=True)
    cw, ch, found = cw.gather(1, i)[:, 0], ch.gather(1, i)[:, 0], ok.any(1)
    if w / h < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif w / h > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    cw = torch.where(found, cw, torch.full_like(cw, fw))
    ch = torch.where(found, ch, torch.full_like(ch, fh))
    x0 = (torch.rand(n, device=device) * (w - cw)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch)).floor()
    x0 = torch.where(found, x0, torch.full_like(x0, (w - fw) // 2))
    y0 = torch.where(found, y0, torch.full_like(y0, (h - fh) // 2))
    return torch.stack([x0, y0, cw, ch], 1)


@wrong('%. What decides it: the corner, drawn uniformly over every whole posit', "corner = round(u * (w - width)): both ends come half as often as the positions between", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(n, tries, device=device).uniform_(scale[0], scale[1]) * (h * w)
    ar = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * ar).sqrt().round(), (area / ar).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    i = ok.int().argmax(1, keepdim=True)
    cw, ch, found = cw.gather(1, i)[:, 0], ch.gather(1, i)[:, 0], ok.any(1)
    if w / h < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif w / h > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    cw = torch.where(found, cw, torch.full_like(cw, fw))
    ch = torch.where(found, ch, torch.full_like(ch, fh))
    x0 = (torch.rand(n, device=device) * (w - cw)).round()
    y0 = (torch.rand(n, device=device) * (h - ch)).round()
    x0 = torch.where(found, x0, torch.full_like(x0, (w - fw) // 2))
    y0 = torch.where(found, y0, torch.full_like(y0, (h - fh) // 2))
    return torch.stack([x0, y0, cw, ch], 1)


@wrong('image), so every box should be the centred fallback, the largest box o', "area fraction taken of h * h (as if the image were square) instead of h * w", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(n, tries, device=device).uniform_(scale[0], scale[1]) * (h * h)
    ar = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * ar).sqrt().round(), (area / ar).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    i = ok.int().argmax(1, keepdim=True)
    cw, ch, found = cw.gather(1, i)[:, 0], ch.gather(1, i)[:, 0], ok.any(1)
    if w / h < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif w / h > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    cw = torch.where(found, cw, torch.full_like(cw, fw))
    ch = torch.where(found, ch, torch.full_like(ch, fh))
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    x0 = torch.where(found, x0, torch.full_like(x0, (w - fw) // 2))
    y0 = torch.where(found, y0, torch.full_like(y0, (h - fh) // 2))
    return torch.stack([x0, y0, cw, ch], 1)


@wrong("%. What decides it: the area drawn (a fraction of the image's area, un", "fit test strict (width < w, height < h): a try as large as the image is rejected", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(n, tries, device=device).uniform_(scale[0], scale[1]) * (h * w)
    ar = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * ar).sqrt().round(), (area / ar).sqrt().round()
    ok = (cw >= 1) & (cw < w) & (ch >= 1) & (ch < h)
    i = ok.int().argmax(1, keepdim=True)
    cw, ch, found = cw.gather(1, i)[:, 0], ch.gather(1, i)[:, 0], ok.any(1)
    if w / h < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif w / h > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    cw = torch.where(found, cw, torch.full_like(cw, fw))
    ch = torch.where(found, ch, torch.full_like(ch, fh))
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    x0 = torch.where(found, x0, torch.full_like(x0, (w - fw) // 2))
    y0 = torch.where(found, y0, torch.full_like(y0, (h - fh) // 2))
    return torch.stack([x0, y0, cw, ch], 1)


@wrong('pixels does not fit: the first with', "fit test without the lower bound 1 <= width, height: a try that rounds to a 0-pixel box is accepted", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(n, tries, device=device).uniform_(scale[0], scale[1]) * (h * w)
    ar = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * ar).sqrt().round(), (area / ar).sqrt().round()
    ok = (cw <= w) & (ch <= h)
    i = ok.int().argmax(1, keepdim=True)
    cw, ch, found = cw.gather(1, i)[:, 0], ch.gather(1, i)[:, 0], ok.any(1)
    if w / h < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif w / h > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    cw = torch.where(found, cw, torch.full_like(cw, fw))
    ch = torch.where(found, ch, torch.full_like(ch, fh))
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    x0 = torch.where(found, x0, torch.full_like(x0, (w - fw) // 2))
    y0 = torch.where(found, y0, torch.full_like(y0, (h - fh) // 2))
    return torch.stack([x0, y0, cw, ch], 1)


@wrong('width, height), is not inside the image of height', "fit test forgets the height: only 1 <= width <= w is checked, so a box taller than the image can win", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(n, tries, device=device).uniform_(scale[0], scale[1]) * (h * w)
    ar = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * ar).sqrt().round(), (area / ar).sqrt().round()
    ok = (cw >= 1) & (cw <= w)
    i = ok.int().argmax(1, keepdim=True)
    cw, ch, found = cw.gather(1, i)[:, 0], ch.gather(1, i)[:, 0], ok.any(1)
    if w / h < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif w / h > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    cw = torch.where(found, cw, torch.full_like(cw, fw))
    ch = torch.where(found, ch, torch.full_like(ch, fh))
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    x0 = torch.where(found, x0, torch.full_like(x0, (w - fw) // 2))
    y0 = torch.where(found, y0, torch.full_like(y0, (h - fh) // 2))
    return torch.stack([x0, y0, cw, ch], 1)


@wrong("outside ratio: no try's box does (its width is sqrt(A * r) and its hei", "fallback is always the whole image, never trimmed to an allowed aspect ratio", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(n, tries, device=device).uniform_(scale[0], scale[1]) * (h * w)
    ar = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * ar).sqrt().round(), (area / ar).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    i = ok.int().argmax(1, keepdim=True)
    cw, ch, found = cw.gather(1, i)[:, 0], ch.gather(1, i)[:, 0], ok.any(1)
    cw = torch.where(found, cw, torch.full_like(cw, w))
    ch = torch.where(found, ch, torch.full_like(ch, h))
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    return torch.stack([x0, y0, cw, ch], 1)


@wrong('image), so every box should be the centred fallback, the largest box o', "fallback's image ratio computed as h / w: tall and wide images get each other's trimming", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(n, tries, device=device).uniform_(scale[0], scale[1]) * (h * w)
    ar = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * ar).sqrt().round(), (area / ar).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    i = ok.int().argmax(1, keepdim=True)
    cw, ch, found = cw.gather(1, i)[:, 0], ch.gather(1, i)[:, 0], ok.any(1)
    in_ratio = h / w
    if in_ratio < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif in_ratio > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    cw = torch.where(found, cw, torch.full_like(cw, fw))
    ch = torch.where(found, ch, torch.full_like(ch, fh))
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    x0 = torch.where(found, x0, torch.full_like(x0, (w - fw) // 2))
    y0 = torch.where(found, y0, torch.full_like(y0, (h - fh) // 2))
    return torch.stack([x0, y0, cw, ch], 1)


@wrong('image), so every box should be the centred fallback, the largest box o', "fallback box placed at the top-left corner (0, 0) instead of centred", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(n, tries, device=device).uniform_(scale[0], scale[1]) * (h * w)
    ar = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * ar).sqrt().round(), (area / ar).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    i = ok.int().argmax(1, keepdim=True)
    cw, ch, found = cw.gather(1, i)[:, 0], ch.gather(1, i)[:, 0], ok.any(1)
    if w / h < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif w / h > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    cw = torch.where(found, cw, torch.full_like(cw, fw))
    ch = torch.where(found, ch, torch.full_like(ch, fh))
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    x0 = torch.where(found, x0, torch.zeros_like(x0))
    y0 = torch.where(found, y0, torch.zeros_like(y0))
    return torch.stack([x0, y0, cw, ch], 1)


@wrong('corners and sides are whole pixels (each side rounded to the nearest p', "fallback corner (w - width) / 2 with true division: half a pixel when the margin is odd", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(n, tries, device=device).uniform_(scale[0], scale[1]) * (h * w)
    ar = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * ar).sqrt().round(), (area / ar).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    i = ok.int().argmax(1, keepdim=True)
    cw, ch, found = cw.gather(1, i)[:, 0], ch.gather(1, i)[:, 0], ok.any(1)
    if w / h < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif w / h > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    cw = torch.where(found, cw, torch.full_like(cw, fw))
    ch = torch.where(found, ch, torch.full_like(ch, fh))
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    x0 = torch.where(found, x0, torch.full_like(x0, (w - fw) / 2))
    y0 = torch.where(found, y0, torch.full_like(y0, (h - fh) / 2))
    return torch.stack([x0, y0, cw, ch], 1)


@wrong("% of the image's area. Yours is the fallback with its side cut down (i", "fallback trimmed size truncated with int() instead of rounded", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(n, tries, device=device).uniform_(scale[0], scale[1]) * (h * w)
    ar = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * ar).sqrt().round(), (area / ar).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    i = ok.int().argmax(1, keepdim=True)
    cw, ch, found = cw.gather(1, i)[:, 0], ch.gather(1, i)[:, 0], ok.any(1)
    if w / h < ratio[0]: fw, fh = w, int(w / ratio[0])
    elif w / h > ratio[1]: fw, fh = int(h * ratio[1]), h
    else: fw, fh = w, h
    cw = torch.where(found, cw, torch.full_like(cw, fw))
    ch = torch.where(found, ch, torch.full_like(ch, fh))
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    x0 = torch.where(found, x0, torch.full_like(x0, (w - fw) // 2))
    y0 = torch.where(found, y0, torch.full_like(y0, (h - fh) // 2))
    return torch.stack([x0, y0, cw, ch], 1)


@wrong('<= height <= h), and the fallback box (centred, of the nearest allowed', "loop over tries written as range(1, tries): one try fewer than asked (none at all for tries=1)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    cw = torch.zeros(n, device=device); ch = torch.zeros(n, device=device)
    todo = torch.ones(n, dtype=torch.bool, device=device)
    for t in range(1, tries):
        a = torch.empty(n, device=device).uniform_(scale[0], scale[1]) * (h * w)
        r = torch.empty(n, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
        tw, th = (a * r).sqrt().round(), (a / r).sqrt().round()
        take = todo & (tw >= 1) & (tw <= w) & (th >= 1) & (th <= h)
        cw, ch = torch.where(take, tw, cw), torch.where(take, th, ch)
        todo &= ~take
    if w / h < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif w / h > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    cw, ch = cw.masked_fill(todo, fw), ch.masked_fill(todo, fh)
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor().masked_fill(todo, (w - fw) // 2)
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor().masked_fill(todo, (h - fh) // 2)
    return torch.stack([x0, y0, cw, ch], 1)


@wrong('<= height <= h), and the fallback box (centred, of the nearest allowed', "the tries argument ignored: always torchvision's 10", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(n, 10, device=device).uniform_(scale[0], scale[1]) * (h * w)
    ar = torch.empty(n, 10, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * ar).sqrt().round(), (area / ar).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    i = ok.int().argmax(1, keepdim=True)
    cw, ch, found = cw.gather(1, i)[:, 0], ch.gather(1, i)[:, 0], ok.any(1)
    if w / h < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif w / h > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    cw = torch.where(found, cw, torch.full_like(cw, fw))
    ch = torch.where(found, ch, torch.full_like(ch, fh))
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    x0 = torch.where(found, x0, torch.full_like(x0, (w - fw) // 2))
    y0 = torch.where(found, y0, torch.full_like(y0, (h - fh) // 2))
    return torch.stack([x0, y0, cw, ch], 1)


@wrong('image), so every box should be the centred fallback, the largest box o', "no fallback: argmax of the all-False mask picks try 0, so an image where nothing fits keeps its oversize first try (box leaves the image)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(n, tries, device=device).uniform_(scale[0], scale[1]) * (h * w)
    ar = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * ar).sqrt().round(), (area / ar).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    i = ok.int().argmax(1, keepdim=True)
    cw, ch = cw.gather(1, i)[:, 0], ch.gather(1, i)[:, 0]
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    return torch.stack([x0, y0, cw, ch], 1)


@wrong("and the box's height), w the width, and a box's columns are (x", "returns torchvision's order (y0, x0, height, width) instead of (x0, y0, width, height)", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(n, tries, device=device).uniform_(scale[0], scale[1]) * (h * w)
    ar = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * ar).sqrt().round(), (area / ar).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    i = ok.int().argmax(1, keepdim=True)
    cw, ch, found = cw.gather(1, i)[:, 0], ch.gather(1, i)[:, 0], ok.any(1)
    if w / h < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif w / h > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    cw = torch.where(found, cw, torch.full_like(cw, fw))
    ch = torch.where(found, ch, torch.full_like(ch, fh))
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    x0 = torch.where(found, x0, torch.full_like(x0, (w - fw) // 2))
    y0 = torch.where(found, y0, torch.full_like(y0, (h - fh) // 2))
    return torch.stack([y0, x0, ch, cw], 1)


@wrong("device='cuda') returned its boxes on the cpu: draw every random number", "device ignored: the boxes are always drawn and returned on the CPU", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(n, tries).uniform_(scale[0], scale[1]) * (h * w)
    ar = torch.empty(n, tries).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * ar).sqrt().round(), (area / ar).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    i = ok.int().argmax(1, keepdim=True)
    cw, ch, found = cw.gather(1, i)[:, 0], ch.gather(1, i)[:, 0], ok.any(1)
    if w / h < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif w / h > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    cw = torch.where(found, cw, torch.full_like(cw, fw))
    ch = torch.where(found, ch, torch.full_like(ch, fh))
    x0 = (torch.rand(n) * (w - cw + 1)).floor()
    y0 = (torch.rand(n) * (h - ch + 1)).floor()
    x0 = torch.where(found, x0, torch.full_like(x0, (w - fw) // 2))
    y0 = torch.where(found, y0, torch.full_like(y0, (h - fh) // 2))
    return torch.stack([x0, y0, cw, ch], 1)


@wrong("gave the same boxes on two calls: don't seed the random generator insi", "draws inside torch.random.fork_rng() 'to leave the global random state alone': the global RNG never advances, so back-to-back calls return the same boxes", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    with torch.random.fork_rng(devices=[]):
        area = torch.empty(n, tries, device=device).uniform_(scale[0], scale[1]) * (h * w)
        ar = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
        cw, ch = (area * ar).sqrt().round(), (area / ar).sqrt().round()
        ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
        i = ok.int().argmax(1, keepdim=True)
        cw, ch, found = cw.gather(1, i)[:, 0], ch.gather(1, i)[:, 0], ok.any(1)
        if w / h < ratio[0]: fw, fh = w, round(w / ratio[0])
        elif w / h > ratio[1]: fw, fh = round(h * ratio[1]), h
        else: fw, fh = w, h
        cw = torch.where(found, cw, torch.full_like(cw, fw))
        ch = torch.where(found, ch, torch.full_like(ch, fh))
        x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
        y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
        x0 = torch.where(found, x0, torch.full_like(x0, (w - fw) // 2))
        y0 = torch.where(found, y0, torch.full_like(y0, (h - fh) // 2))
        return torch.stack([x0, y0, cw, ch], 1)


@wrong('%. What decides it: the corner, drawn uniformly over every whole posit', "x0 and y0 drawn from the same uniform number (corner always on the diagonal of the free space): not independent", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(n, tries, device=device).uniform_(scale[0], scale[1]) * (h * w)
    ar = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * ar).sqrt().round(), (area / ar).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    i = ok.int().argmax(1, keepdim=True)
    cw, ch, found = cw.gather(1, i)[:, 0], ch.gather(1, i)[:, 0], ok.any(1)
    if w / h < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif w / h > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    cw = torch.where(found, cw, torch.full_like(cw, fw))
    ch = torch.where(found, ch, torch.full_like(ch, fh))
    u = torch.rand(n, device=device)
    x0 = (u * (w - cw + 1)).floor()
    y0 = (u * (h - ch + 1)).floor()
    x0 = torch.where(found, x0, torch.full_like(x0, (w - fw) // 2))
    y0 = torch.where(found, y0, torch.full_like(y0, (h - fh) // 2))
    return torch.stack([x0, y0, cw, ch], 1)


@wrong('draw one box per image', "corner fractions drawn once for the whole batch (u = torch.rand(2)); sizes are per image", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(n, tries, device=device).uniform_(scale[0], scale[1]) * (h * w)
    ar = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * ar).sqrt().round(), (area / ar).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    i = ok.int().argmax(1, keepdim=True)
    cw, ch, found = cw.gather(1, i)[:, 0], ch.gather(1, i)[:, 0], ok.any(1)
    if w / h < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif w / h > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    cw = torch.where(found, cw, torch.full_like(cw, fw))
    ch = torch.where(found, ch, torch.full_like(ch, fh))
    u = torch.rand(2, device=device)
    x0 = (u[0] * (w - cw + 1)).floor()
    y0 = (u[1] * (h - ch + 1)).floor()
    x0 = torch.where(found, x0, torch.full_like(x0, (w - fw) // 2))
    y0 = torch.where(found, y0, torch.full_like(y0, (h - fh) // 2))
    return torch.stack([x0, y0, cw, ch], 1)


@wrong(('%. What decides it: the ratio drawn (width / height, log-uniform in `r', '%. What decides it: the area and ratio drawn, the rounding of each sid'), "height derived from the rounded width, round(area / width), instead of round(sqrt(area / r))", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(n, tries, device=device).uniform_(scale[0], scale[1]) * (h * w)
    ar = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw = (area * ar).sqrt().round()
    ch = (area / cw.clamp(min=1)).round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    i = ok.int().argmax(1, keepdim=True)
    cw, ch, found = cw.gather(1, i)[:, 0], ch.gather(1, i)[:, 0], ok.any(1)
    if w / h < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif w / h > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    cw = torch.where(found, cw, torch.full_like(cw, fw))
    ch = torch.where(found, ch, torch.full_like(ch, fh))
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    x0 = torch.where(found, x0, torch.full_like(x0, (w - fw) // 2))
    y0 = torch.where(found, y0, torch.full_like(y0, (h - fh) // 2))
    return torch.stack([x0, y0, cw, ch], 1)


@wrong("%. What decides it: the area drawn (a fraction of the image's area, un", "area fraction drawn log-uniformly from scale (like the ratio) instead of uniformly", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(n, tries, device=device).uniform_(math.log(scale[0]), math.log(scale[1])).exp() * (h * w)
    ar = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * ar).sqrt().round(), (area / ar).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    i = ok.int().argmax(1, keepdim=True)
    cw, ch, found = cw.gather(1, i)[:, 0], ch.gather(1, i)[:, 0], ok.any(1)
    if w / h < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif w / h > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    cw = torch.where(found, cw, torch.full_like(cw, fw))
    ch = torch.where(found, ch, torch.full_like(ch, fh))
    x0 = (torch.rand(n, device=device) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, device=device) * (h - ch + 1)).floor()
    x0 = torch.where(found, x0, torch.full_like(x0, (w - fw) // 2))
    y0 = torch.where(found, y0, torch.full_like(y0, (h - fh) // 2))
    return torch.stack([x0, y0, cw, ch], 1)


@wrong("gave the same boxes on two calls: don't seed the random generator insi", "a fixed generator seeded inside the function (torch.Generator().manual_seed(0)) 'for reproducibility': every call returns the same boxes", fresh=True)
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    g = torch.Generator().manual_seed(0)
    area = torch.empty(n, tries).uniform_(scale[0], scale[1], generator=g) * (h * w)
    ar = torch.empty(n, tries).uniform_(math.log(ratio[0]), math.log(ratio[1]), generator=g).exp()
    cw, ch = (area * ar).sqrt().round(), (area / ar).sqrt().round()
    ok = (cw >= 1) & (cw <= w) & (ch >= 1) & (ch <= h)
    i = ok.int().argmax(1, keepdim=True)
    cw, ch, found = cw.gather(1, i)[:, 0], ch.gather(1, i)[:, 0], ok.any(1)
    if w / h < ratio[0]: fw, fh = w, round(w / ratio[0])
    elif w / h > ratio[1]: fw, fh = round(h * ratio[1]), h
    else: fw, fh = w, h
    cw = torch.where(found, cw, torch.full_like(cw, fw))
    ch = torch.where(found, ch, torch.full_like(ch, fh))
    x0 = (torch.rand(n, generator=g) * (w - cw + 1)).floor()
    y0 = (torch.rand(n, generator=g) * (h - ch + 1)).floor()
    x0 = torch.where(found, x0, torch.full_like(x0, (w - fw) // 2))
    y0 = torch.where(found, y0, torch.full_like(y0, (h - fh) // 2))
    return torch.stack([x0, y0, cw, ch], 1).to(device)
