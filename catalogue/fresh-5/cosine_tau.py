"Fresh answers, round 5: written on 2026-12-05, after the checks' fifth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import math
import numpy as np
import torch
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("math.cos with the step clamped by min/max, 1.0 when total_steps <= 0", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@right("early returns for the ends, then the cos^2(x/2) identity", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0 or step >= total_steps: return 1.0
    if step <= 0: return float(tau_base)
    return 1.0 - (1.0 - tau_base) * math.cos(math.pi * step / (2 * total_steps)) ** 2


@right("NumPy: np.clip the progress fraction, float64, converted with float()", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    frac = np.clip(step / total_steps, 0.0, 1.0)
    return float(tau_base + (1 - tau_base) * (1 - np.cos(np.pi * frac)) / 2)


@right("torch float64 tensor maths, .item() at the end", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = torch.tensor(float(step), dtype=torch.float64).clamp(0, total_steps)
    return (1 - (1 - tau_base) * (torch.cos(math.pi * k / total_steps) + 1) / 2).item()


class _CosineSchedule:
    def __init__(self, default_base=0.996): self.default_base = default_base
    def __call__(self, step, total_steps, tau_base=None):
        tau_base = self.default_base if tau_base is None else tau_base
        if total_steps <= 0: return 1.0
        progress = sorted((0, step, total_steps))[1] / total_steps      # median = clamp
        return 1 - (1 - tau_base) * 0.5 * (1 + math.cos(math.pi * progress))

cosine_tau = wrong('the signature should be `cosine_tau(step, total_steps, tau_base', "a class with __call__, clamping with the median of (0, step, K)", fresh=True)(_CosineSchedule())


# ---------------------------------------------------------------- wrong answers

@wrong('past the end the step is clamped to total_steps, so tau stays', "no clamping at all: past the end the cosine comes back down", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    return 1 - (1 - tau_base) * (math.cos(math.pi * step / total_steps) + 1) / 2


@wrong('before the start the step is clamped to', "clamps only the upper end: a negative step mirrors (cos is even) instead of giving tau_base", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(step, total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('past the end the step is clamped to total_steps, so tau stays', "clamps only the lower end: past the end tau falls again", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = max(step, 0)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('your code raised ZeroDivisionError: float division by zero (in cosine_', "no guard for total_steps <= 0: ZeroDivisionError at 0 steps", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('is a run of no steps, with nothing to schedule: tau is', "guards only total_steps == 0; a negative total_steps clamps k to 0 and gives tau_base", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps == 0: return 1.0
    k = max(0, min(step, total_steps))
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('a run of no steps has nothing to schedule: tau is', "total_steps <= 0 returns tau_base instead of 1", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return tau_base
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('should return a number as a Python float, got a tensor: take .item()', "returns a 0-d torch tensor, not a Python float", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return torch.tensor(1.0, dtype=torch.float64)
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (torch.cos(torch.tensor(math.pi * k / total_steps, dtype=torch.float64)) + 1) / 2


@wrong('it should rise from tau_base to', "sign of the cosine flipped: (1 - cos)/2, so tau starts at 1 and falls to tau_base", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (1 - math.cos(math.pi * k / total_steps)) / 2


@wrong('not a cosine (linear schedule): tau', "linear ramp from tau_base to 1 instead of the cosine", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return tau_base + (1 - tau_base) * k / total_steps


@wrong('differs from the reference most at step', "quarter cosine period: 1 - (1 - tau_base) cos(pi k / 2K) (forgot to square)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * math.cos(math.pi * k / (2 * total_steps))


@wrong('differs from the reference most at step', "integer division step // total_steps: tau stays at tau_base until the very end", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * (k // total_steps)) + 1) / 2


@wrong('use pi * k / K, so that tau is tau_base at k', "off by one: divides by total_steps - 1 (reaches 1 one step early)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 1: return 1.0
    k = min(max(step, 0), total_steps - 1)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / (total_steps - 1)) + 1) / 2


@wrong('it should rise from tau_base to', "precedence: cos(pi * k) / K instead of cos(pi * k / K)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k) / total_steps + 1) / 2


@wrong('the signature should be `cosine_tau(step, total_steps, tau_base', "default tau_base = 0.99 instead of 0.996", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.99):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('tau_base is ignored: your schedule is the one for the default tau_base', "ignores the tau_base argument: 0.996 hard-coded in the formula", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - 0.996) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('the last, should be exactly', "forgot the /2: tau_base + (1 - tau_base)(1 - cos), overshoots to 2 - tau_base at the end", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return tau_base + (1 - tau_base) * (1 - math.cos(math.pi * k / total_steps))


@wrong('differs from the reference most at step', "rounds the result to 4 decimals (for tidy printing)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return round(1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2, 4)


@wrong('should return a number as a Python float, got int', "returns the int 1 (not a float) past the end and for an empty run", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0 or step >= total_steps: return 1
    k = max(step, 0)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('it should rise from tau_base to', "returns the lerp weight 1 - tau instead of tau", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 0.0
    k = min(max(step, 0), total_steps)
    return (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@right("float32 torch maths (default dtype), then .item(): right within float32 rounding", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    t = torch.tensor(k / total_steps)
    return (1 - (1 - torch.tensor(tau_base)) * (torch.cos(math.pi * t) + 1) / 2).item()
