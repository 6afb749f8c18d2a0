"Fresh answers, round 2: written on 2026-12-05, after the checks' second version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import math
import functools
import numpy as np
import torch
from byol_course.checks.catalogue import right, wrong


# ----------------------------------------------------------------------------- right answers

@right("math.cos, step clamped with min/max, total_steps <= 0 gives 1.0", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@right("NumPy: np.clip the step, cos^2(pi k / 2K) form of (cos+1)/2, converted with float()", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    k = float(np.clip(step, 0, total_steps))
    return float(1.0 - (1.0 - tau_base) * np.cos(np.pi * k / (2 * total_steps)) ** 2)


class _CosineSchedule:
    "A schedule object: tau_base + (1 - tau_base) * fraction of a half-cosine ramp."
    def __call__(self, step, total_steps, tau_base=0.996):
        if total_steps <= 0:
            return 1.0
        if step <= 0:
            return float(tau_base)
        if step >= total_steps:
            return 1.0
        ramp = (1 - math.cos(math.pi * step / total_steps)) / 2     # 0 -> 1
        return tau_base + (1 - tau_base) * ramp

cosine_tau = right("class with __call__, early returns for the clamped ends, written as tau_base + (1-tau_base)*ramp",
                   fresh=True)(_CosineSchedule())


@right("torch in float64 with .item(), clamp via sorted([0, step, K])[1]", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    k = sorted([0, step, total_steps])[1]
    c = torch.cos(torch.tensor(math.pi * k / total_steps, dtype=torch.float64))
    return (1 - (1 - tau_base) * (c + 1) / 2).item()


# ----------------------------------------------------------------------------- wrong answers

@wrong('past the end the step is clamped to total_steps, so tau stays', "no clamp of the step: past total_steps the cosine comes back down and tau decreases", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    return 1 - (1 - tau_base) * (math.cos(math.pi * step / total_steps) + 1) / 2


@wrong('before the start the step is clamped to', "clamps only the upper end: a negative step gives cos(-x)=cos(x), tau above tau_base before the start", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(step, total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('should return a number as a Python float, got a tensor: take .item()', "returns a 0-d torch tensor (torch.cos) instead of a Python float", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return torch.tensor(1.0)
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (torch.cos(torch.tensor(math.pi * k / total_steps)) + 1) / 2


@wrong('your code raised ZeroDivisionError: float division by zero (in cosine_', "no guard for total_steps <= 0: ZeroDivisionError for K=0", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('a run of no steps has nothing to schedule: tau is', "a run of no steps (total_steps <= 0) returns tau_base instead of 1", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return tau_base
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('it should rise from tau_base to', "sign flipped in the cosine: (1 - cos)/2, starts at 1 and falls to tau_base", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (1 - math.cos(math.pi * k / total_steps)) / 2


@wrong('the last, should be exactly', "forgot the (cos + 1) / 2: uses cos directly, so tau ends at 2 - tau_base > 1", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * math.cos(math.pi * k / total_steps)


@wrong('tau_base is ignored: your schedule is the one for the default tau_base', "ignores the tau_base argument (hard-coded 0.996)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - 0.996) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('differs from the reference most at step', "integer division k // K: tau stays at tau_base until the very last step", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * (k // total_steps)) + 1) / 2


@wrong('it should rise from tau_base to', "full cosine period cos(2 pi k / K): tau goes back down to tau_base at the end", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(2 * math.pi * k / total_steps) + 1) / 2


@wrong('not a cosine (linear schedule): tau', "linear ramp instead of cosine (agrees at 0, K/2 and K only)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (1 - k / total_steps)


@wrong('the signature should be `cosine_tau(step, total_steps, tau_base', "default tau_base is 0.99 instead of 0.996", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.99):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('the last, should be exactly', "clamps the step to [0, total_steps - 1] (off by one): never reaches exactly 1", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps - 1)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('should return a number as a Python float, got int', "total_steps <= 0 returns the int 1 (not a float)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2
