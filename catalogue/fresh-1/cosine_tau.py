"Fresh answers, round 1: written on 2026-12-05, after the checks' first version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import math
import numpy as np
import torch
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("clamp step, total_steps <= 0 -> 1, then the lesson's formula with math.cos", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@right("cos^2 form of the same curve: 1 - (1 - tau_base) * cos(pi k / 2K)^2, with numpy, returned as float", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    frac = float(np.clip(step / total_steps, 0.0, 1.0))
    return float(1.0 - (1.0 - tau_base) * np.cos(np.pi * frac / 2) ** 2)


@right("written from tau_base upwards: tau_base + (1 - tau_base) * (1 - cos)/2, early returns for the ends", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0 or step >= total_steps:
        return 1.0
    if step <= 0:
        return float(tau_base)
    progress = step / total_steps
    return tau_base + (1.0 - tau_base) * (1.0 - math.cos(math.pi * progress)) / 2.0


class _CosineTau:
    "schedule as a callable object"
    def __call__(self, step, total_steps, tau_base=0.996):
        if total_steps <= 0: return 1.0
        t = sorted((0, step, total_steps))[1] / total_steps      # median of three = clamp
        return 1.0 - (1.0 - tau_base) * 0.5 * (1.0 + math.cos(math.pi * t))

cosine_tau = right("a class with __call__, clamp by the median of (0, step, K)", fresh=True)(_CosineTau())


# ---------------------------------------------------------------- wrong answers

@wrong('past the end the step is clamped to total_steps, so tau stays', "no clamping of step: past the end the cosine comes back down, before the start it mirrors", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    return 1 - (1 - tau_base) * (math.cos(math.pi * step / total_steps) + 1) / 2


@wrong('before the start the step is clamped to', "clamps only past the end, not before the start (negative step gives tau > tau_base)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(step, total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('your code raised ZeroDivisionError: float division by zero (in cosine_', "no total_steps <= 0 case: ZeroDivisionError for total_steps == 0", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('is a run of no steps, with nothing to schedule: tau is', "handles total_steps == 0 only; for negative total_steps the clamp max(0, min(k, K)) gives tau_base", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps == 0: return 1.0
    k = max(0, min(step, total_steps))
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('a run of no steps has nothing to schedule: tau is', "total_steps <= 0 returns tau_base instead of 1", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return tau_base
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('the last, should be exactly', "forgot the (cos + 1) / 2: tau = 1 - (1 - tau_base) * cos(pi k / K), ends at 1 + (1 - tau_base)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * math.cos(math.pi * k / total_steps)


@wrong('differs from the reference most at step', "a quarter period: cos(pi/2 * k/K) instead of (cos(pi k/K)+1)/2; right ends, wrong curve in between", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * math.cos(math.pi / 2 * k / total_steps)


@wrong('not a cosine (linear schedule): tau', "linear ramp from tau_base to 1 instead of the cosine", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return tau_base + (1 - tau_base) * k / total_steps


@wrong('differs from the reference most at step', "integer division step // total_steps: tau stays at tau_base until the very end", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * (k // total_steps)) + 1) / 2


@wrong('it should rise from tau_base to', "sign error: schedule runs backwards, from 1 at the start down to tau_base at the end", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (1 - math.cos(math.pi * k / total_steps)) / 2


@wrong('tau_base is ignored: your schedule is the one for the default tau_base', "ignores the tau_base argument (hard-coded 0.996)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - 0.996) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('the signature should be `cosine_tau(step, total_steps, tau_base', "wrong default tau_base=0.99 (typo)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.99):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('use pi * k / K, so that tau is tau_base at k', "off by one: divides by total_steps - 1, so tau reaches 1 one step early (and K=1 divides by 0)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps - 1)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / (total_steps - 1)) + 1) / 2


@wrong('should return a number as a Python float, got a tensor: take .item()', "returns a 0-dim torch tensor instead of a float (computed with torch.cos)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return torch.tensor(1.0, dtype=torch.float64)
    k = torch.tensor(min(max(step, 0), total_steps), dtype=torch.float64)
    return 1 - (1 - tau_base) * (torch.cos(math.pi * k / total_steps) + 1) / 2
