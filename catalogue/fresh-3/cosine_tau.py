"Fresh answers, round 3: written on 2026-12-05, after the checks' third version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import math
import numpy as np
import torch
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("clamp with min/max, guard total_steps <= 0, then the lesson's formula", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@right("NumPy, equivalent sin^2 form tau_base + (1 - tau_base) sin^2(pi k / 2K), np.clip, float()", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    frac = np.clip(step / total_steps, 0.0, 1.0)
    return float(tau_base + (1 - tau_base) * np.sin(np.pi * frac / 2) ** 2)


class _CosineSchedule:
    "A schedule object: (1 + tau_base)/2 - (1 - tau_base)/2 cos(pi k/K), clamping by sorting."
    def __call__(self, step, total_steps, tau_base=0.996):
        if total_steps <= 0:
            return 1.0
        k = sorted((0, step, total_steps))[1]
        return (1 + tau_base) / 2 - (1 - tau_base) / 2 * math.cos(math.pi * k / total_steps)

cosine_tau = right("class with __call__, midpoint-minus-amplitude form, clamp via sorted()", fresh=True)(_CosineSchedule())


def _sched(step, total_steps, tau_base):
    if total_steps <= 0: return 1.0
    if step <= 0: return float(tau_base)
    if step >= total_steps: return 1.0
    return float(torch.tensor(1 - (1 - tau_base) * (math.cos(math.pi * step / total_steps) + 1) / 2, dtype=torch.float64).item())

cosine_tau = right("a lambda with default tau_base delegating to a helper with explicit branches (before start / past end), computed in float64 via torch then .item()", fresh=True)(
    lambda step, total_steps, tau_base=0.996: _sched(step, total_steps, tau_base))


# ---------------------------------------------------------------- wrong answers

@wrong('past the end the step is clamped to total_steps, so tau stays', "no clamping: past the end the cosine comes back down, before the start it also rises", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    return 1 - (1 - tau_base) * (math.cos(math.pi * step / total_steps) + 1) / 2


@wrong('before the start the step is clamped to', "clamps only the upper end: a negative step gives tau above tau_base", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(step, total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('your code raised ZeroDivisionError: float division by zero (in cosine_', "no guard for total_steps <= 0 (ZeroDivisionError at 0, nonsense for negative)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    k = min(max(step, 0), total_steps) if total_steps > 0 else step
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('is a run of no steps, with nothing to schedule: tau is', "guards total_steps == 0 only; negative total_steps not treated as an empty run", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps == 0: return 1.0
    k = max(0, min(step, total_steps)) if total_steps > 0 else max(step, 0)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('a run of no steps has nothing to schedule: tau is', "an empty run (total_steps <= 0) returns tau_base instead of 1", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return tau_base
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('should return a number as a Python float, got a tensor: take .item()', "returns a 0-d torch tensor, not a Python float", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return torch.tensor(1.0, dtype=torch.float64)
    k = torch.tensor(min(max(step, 0), total_steps), dtype=torch.float64)
    return 1 - (1 - tau_base) * (torch.cos(math.pi * k / total_steps) + 1) / 2


@wrong('should be tau_base', "forgot the /2: starts at 1 - 2(1 - tau_base) = 0.992", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1)


@wrong('the last, should be exactly', "forgot the +1 inside: 1 - (1 - tau_base) cos(pi k/K), ends at 1.004", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * math.cos(math.pi * k / total_steps)


@wrong('differs from the reference most at step', "integer division step // total_steps: tau_base the whole run, then jumps to 1", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * (k // total_steps)) + 1) / 2


@wrong('tau_base is ignored: your schedule is the one for the default tau_base', "ignores the tau_base argument (hard-coded 0.996)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - 0.996) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('not a cosine (linear schedule): tau', "linear ramp from tau_base to 1 instead of the cosine (same ends and midpoint)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return tau_base + (1 - tau_base) * k / total_steps


@wrong('the last, should be exactly', "quarter period cos(pi k / 2K): ends at 0.998, not 1", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / (2 * total_steps)) + 1) / 2


@wrong('before the start the step is clamped to', "any step outside [0, K] returns 1 (before the start should be tau_base)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0 or step < 0 or step > total_steps: return 1.0
    return 1 - (1 - tau_base) * (math.cos(math.pi * step / total_steps) + 1) / 2


@wrong('it should rise from tau_base to', "the schedule runs backwards: 1 at the start, tau_base at the end (cos sign flipped)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (1 - math.cos(math.pi * k / total_steps)) / 2
