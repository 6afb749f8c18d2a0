"Fresh answers, round 6: written on 2026-12-05, after the checks' sixth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import math, functools
import numpy as np
import torch
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("math: clamp step to [0, K], K <= 0 gives 1, then 1 - (1 - tau_base) * (cos(pi k/K) + 1) / 2", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1.0 - (1.0 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@right("NumPy: np.clip on the fraction k/K, cos^2(pi k / 2K) form (same as (cos+1)/2), float() of the result", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    frac = float(np.clip(step / total_steps, 0.0, 1.0))
    return float(1.0 - (1.0 - tau_base) * np.cos(np.pi * frac / 2) ** 2)


@right("torch in float64, tau_base + (1 - tau_base) * (1 - cos) / 2, .item()", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = torch.tensor(float(step), dtype=torch.float64).clamp(0, total_steps)
    t = tau_base + (1 - tau_base) * (1 - torch.cos(math.pi * k / total_steps)) / 2
    return t.item()


def _cosine_schedule(step, total_steps, tau_base=0.996, tau_end=1.0):
    if total_steps <= 0: return float(tau_end)
    if step <= 0: return float(tau_base)
    if step >= total_steps: return float(tau_end)
    return tau_end - (tau_end - tau_base) * (math.cos(math.pi * step / total_steps) + 1) / 2

cosine_tau = right("functools.partial of a general base->end cosine schedule with tau_end=1, early returns at the ends", fresh=True)(
    functools.partial(_cosine_schedule, tau_end=1.0))


class _CosineTau:
    "A callable object holding the schedule."
    def __call__(self, step, total_steps, tau_base=0.996):
        if total_steps <= 0 or step >= total_steps: return 1.0
        if step < 0: step = 0
        half = math.cos(math.pi * step / (2 * total_steps))
        return 1 - (1 - tau_base) * half * half

cosine_tau = right("class with __call__, cos^2 half-angle form, early returns", fresh=True)(_CosineTau())


@right("NumPy, returns np.float64 (a subclass of Python float) without float()", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = np.clip(step, 0, total_steps)
    return 1 - (1 - tau_base) * (np.cos(np.pi * k / total_steps) + 1) / 2


# ---------------------------------------------------------------- wrong answers

@wrong('past the end the step is clamped to total_steps, so tau stays', "no clamping at all: past the end the cosine comes back down, before the start it is symmetric", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    return 1 - (1 - tau_base) * (math.cos(math.pi * step / total_steps) + 1) / 2


@wrong('before the start the step is clamped to', "clamps only the upper end (min(step, K)): a negative step gives tau above tau_base", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(step, total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('a run of no steps has nothing to schedule: tau is', "total_steps <= 0 returns tau_base instead of 1", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return float(tau_base)
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('is a run of no steps, with nothing to schedule: tau is', "only total_steps == 0 handled; a negative total_steps clamps k to 0 and returns tau_base", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps == 0: return 1.0
    k = max(0, min(step, total_steps))
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('your code raised ZeroDivisionError: float division by zero (in cosine_', "no guard for total_steps <= 0: ZeroDivisionError for K = 0 (and tau_base for K < 0)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('your code raised ZeroDivisionError: float division by zero (in cosine_', "`step >= total_steps -> 1` guard comes first; a negative step with K = 0 then divides by zero", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if step >= total_steps: return 1.0
    k = max(step, 0)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('should return a number as a Python float, got a tensor: take .item()', "returns a 0-d torch tensor, not a Python float", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return torch.tensor(1.0, dtype=torch.float64)
    k = torch.tensor(step, dtype=torch.float64).clamp(0, total_steps)
    return 1 - (1 - tau_base) * (torch.cos(math.pi * k / total_steps) + 1) / 2


@wrong('should return a number as a Python float, got numpy.float', "returns np.float32 (not a Python float, and float32 rounding)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return np.float32(1.0)
    k = np.float32(np.clip(step, 0, total_steps))
    return np.float32(1) - np.float32(1 - tau_base) * (np.cos(np.float32(np.pi) * k / np.float32(total_steps)) + 1) / 2


@wrong('differs from the reference most at step', "integer division step // total_steps: a step function (tau_base until the very end)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * (k // total_steps)) + 1) / 2


@wrong('it should rise from tau_base to', "sign flipped: (1 - cos)/2, starts at 1 and falls to tau_base", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (1 - math.cos(math.pi * k / total_steps)) / 2


@wrong('should be tau_base', "forgot the / 2: starts at 1 - 2(1 - tau_base) = 0.992", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1)


@wrong('it should rise from tau_base to', "a full cosine period cos(2 pi k/K): back at tau_base at the end", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(2 * math.pi * k / total_steps) + 1) / 2


@wrong('tau_base is ignored: your schedule is the one for the default tau_base', "ignores the tau_base argument (hard-coded 0.996)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - 0.996) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('the signature should be `cosine_tau(step, total_steps, tau_base', "wrong default tau_base=0.99", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.99):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('not a cosine (linear schedule): tau', "linear ramp from tau_base to 1 (right at 0, K/2 and K, wrong elsewhere)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return tau_base + (1 - tau_base) * k / total_steps


@wrong('use pi * k / K, so that tau is tau_base at k', "off by one: steps taken as 0..K-1, divides by K-1 (1 already at step K-1, wrong in between, K=1 divides by zero)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps - 1)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / (total_steps - 1)) + 1) / 2


@wrong('differs from the reference most at step', "rounds the result to 4 decimals so the end is exactly 1", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return round(1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2, 4)


@wrong('past the end the step is clamped to total_steps, so tau stays', "clamps step to K but past the end returns tau_base (thinks the schedule restarts)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    if step > total_steps: return float(tau_base)
    k = max(step, 0)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2
