"Answers to lesson 02's `crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10)`."
import math
import torch
from byol_course.checks.catalogue import right, wrong
from byol_course.augment import crop_boxes as reference

right("the package's version")(reference)

@right("torchvision's sampling, one image at a time")
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    boxes = []
    for _ in range(n):
        for _ in range(tries):
            area = h * w * torch.empty(1).uniform_(scale[0], scale[1]).item()
            r = math.exp(torch.empty(1).uniform_(math.log(ratio[0]), math.log(ratio[1])).item())
            cw, ch = int(round(math.sqrt(area * r))), int(round(math.sqrt(area / r)))
            if 0 < cw <= w and 0 < ch <= h:
                x0, y0 = torch.randint(0, w - cw + 1, ()).item(), torch.randint(0, h - ch + 1, ()).item()
                break
        else:
            if w / h < ratio[0]: cw, ch = w, int(round(w / ratio[0]))
            elif w / h > ratio[1]: cw, ch = int(round(h * ratio[1])), h
            else: cw, ch = w, h
            x0, y0 = (w - cw) // 2, (h - ch) // 2
        boxes.append([x0, y0, cw, ch])
    return torch.tensor(boxes, dtype=torch.float32, device=device)

def changed(*edits):
    "The package's sampler with pieces of its source changed (`old, new, old, new, ...`): a wrong answer written as a learner would, from the lesson's."
    import inspect
    import byol_course.augment as augment
    src = inspect.getsource(augment.crop_boxes)
    for old, new in zip(edits[::2], edits[1::2]):
        assert old in src, old
        src = src.replace(old, new)
    scope = dict(vars(augment))
    exec(compile(src, __file__, 'exec'), scope)
    return scope['crop_boxes']

crop_boxes = wrong(("aspect ratios drawn uniformly between ratio[0] and ratio[1]", 'more than chance allows', 'leave no other size once each side is'))(
    changed(".uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()", ".uniform_(ratio[0], ratio[1])"))
crop_boxes = wrong(("the aspect ratio taken as height / width", 'more than chance allows', 'leave no other size once each side is'))(
    changed("cw, ch = (area * r).sqrt().round(), (area / r).sqrt().round()", "cw, ch = (area / r).sqrt().round(), (area * r).sqrt().round()"))
crop_boxes = wrong(("sides cut down to whole pixels (floor or int)", 'more than chance allows', 'leave no other size once each side is'))(
    changed("cw, ch = (area * r).sqrt().round(), (area / r).sqrt().round()", "cw, ch = (area * r).sqrt().floor(), (area / r).sqrt().floor()"))
crop_boxes = wrong(("`scale` taken as a fraction of the image's side", 'more than chance allows', 'leave no other size once each side is'))(
    changed("area = torch.empty(n, tries, device=device).uniform_(*scale) * (h * w)", "area = torch.empty(n, tries, device=device).uniform_(*scale) ** 2 * (h * w)"))
crop_boxes = wrong("never took the value(s) [12] (12 = the right edge)", "the corner floor(rand * (w - width)): never the last position")(
    changed("(torch.rand(n, device=device) * (w - cw + 1)).floor()", "(torch.rand(n, device=device) * (w - cw)).floor()"))
crop_boxes = wrong("is not inside the image", "the corner anywhere in the image")(
    changed("(torch.rand(n, device=device) * (w - cw + 1)).floor()", "(torch.rand(n, device=device) * w).floor()"))
crop_boxes = wrong("the corner differs from the reference's", "the corner drawn anywhere, then clamped to keep the box inside")(
    changed("(torch.rand(n, device=device) * (w - cw + 1)).floor()", "(torch.rand(n, device=device) * w).floor().clamp(max=w - cw)"))
crop_boxes = wrong("corners and sides are whole pixels", "corners not rounded down to a whole pixel")(
    changed("(torch.rand(n, device=device) * (w - cw + 1)).floor()", "torch.rand(n, device=device) * (w - cw)"))
crop_boxes = wrong("the fallback differs from the reference's", "tries ignored: always 10")(
    lambda n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10: reference(n, h, w, scale, ratio, device, 10))
crop_boxes = wrong("every box should be the centred fallback", "the fallback at the top-left corner")(
    changed("((w - cw) / 2).floor()", "0 * cw"))
crop_boxes = wrong("every box should be the centred fallback", "the fallback not trimmed to an allowed aspect ratio")(
    changed("cw, ch = torch.where(found, cw, float(min(fw, w))), torch.where(found, ch, float(min(fh, h)))",
            "cw, ch = torch.where(found, cw, float(w)), torch.where(found, ch, float(h))"))
crop_boxes = wrong("are the same, (", "one box for the whole batch")(
    lambda n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10: reference(1, h, w, scale, ratio, device, tries).expand(n, 4))
crop_boxes = wrong("All ", "h and w swapped")(
    lambda n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10: reference(n, w, h, scale, ratio, device, tries))

@wrong("every box should be the centred fallback", "every corner at the top left")
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    b = reference(n, h, w, scale, ratio, device, tries)
    b[:, :2] = 0
    return b

@wrong("gave the same boxes on two calls", "the generator seeded inside the function")
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    torch.manual_seed(0)
    return reference(n, h, w, scale, ratio, device, tries)

@wrong(("a box is at least 1 x 1", "where no try can fit, did not return within 2 s"), "retries until a crop fits, with no fallback (and a side of 0 pixels fits)")
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    boxes = []
    for _ in range(n):
        while True:
            area = h * w * torch.empty(1).uniform_(*scale).item()
            r = math.exp(torch.empty(1).uniform_(math.log(ratio[0]), math.log(ratio[1])).item())
            cw, ch = round(math.sqrt(area * r)), round(math.sqrt(area / r))
            if cw <= w and ch <= h: break
        boxes.append([torch.randint(0, w - cw + 1, ()).item(), torch.randint(0, h - ch + 1, ()).item(), cw, ch])
    return torch.tensor(boxes, dtype=torch.float32)

crop_boxes = wrong("the corner differs from the reference's", "one random number for both corners")(changed(
    "x0 = torch.where(found, (torch.rand(n, device=device) * (w - cw + 1)).floor()",
    "u = torch.rand(n, device=device)\n    x0 = torch.where(found, (u * (w - cw + 1)).floor()",
    "y0 = torch.where(found, (torch.rand(n, device=device) * (h - ch + 1)).floor()", "y0 = torch.where(found, (u * (h - ch + 1)).floor()"))

@wrong(("the area differs from the reference's", "hardly vary"), "one area for the whole batch")
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    area = torch.empty(1, tries, device=device).uniform_(*scale).expand(n, tries) * (h * w)
    r = torch.empty(n, tries, device=device).uniform_(math.log(ratio[0]), math.log(ratio[1])).exp()
    cw, ch = (area * r).sqrt().round(), (area / r).sqrt().round()
    ok = (cw <= w) & (ch <= h) & (cw >= 1) & (ch >= 1)
    first = ok.int().argmax(1, keepdim=True)
    cw, ch, found = cw.gather(1, first)[:, 0], ch.gather(1, first)[:, 0], ok.any(1)
    fb = reference(1, h, w, (1.0, 1.0), ratio)[0].to(cw.device)
    cw, ch = torch.where(found, cw, fb[2]), torch.where(found, ch, fb[3])
    x0 = torch.where(found, (torch.rand(n, device=device) * (w - cw + 1)).floor(), fb[0])
    y0 = torch.where(found, (torch.rand(n, device=device) * (h - ch + 1)).floor(), fb[1])
    return torch.stack([x0, y0, cw, ch], 1)

@wrong("returned its boxes on the cpu", "device ignored")
def crop_boxes(n, h, w, scale=(0.08, 1.0), ratio=(3/4, 4/3), device=None, tries=10):
    return reference(n, h, w, scale, ratio, None, tries)
