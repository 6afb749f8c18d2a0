"Fresh answers, round 4: written on 2026-12-05, after the checks' fourth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import math
import numpy as np
import torch
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("math.cos, step clamped with min/max, total_steps <= 0 gives 1.0", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@right("NumPy: np.clip on the fraction, half-angle identity cos^2, converted with float()", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    frac = np.clip(step / total_steps, 0.0, 1.0)
    # (cos(pi f) + 1) / 2 == cos(pi f / 2) ** 2
    return float(1.0 - (1.0 - tau_base) * np.cos(np.pi * frac / 2) ** 2)


class _CosineSchedule:
    "A callable schedule object (learner style: a class with __call__)."
    def __call__(self, step, total_steps, tau_base=0.996):
        if total_steps <= 0 or step >= total_steps:
            return 1.0
        if step <= 0:
            return float(tau_base)
        w = 0.5 * (1 + math.cos(math.pi * step / total_steps))   # weight of tau_base: 1 -> 0
        return float(w * tau_base + (1 - w) * 1.0)

cosine_tau = right("class instance with __call__, early returns at both ends, written as a blend of tau_base and 1", fresh=True)(_CosineSchedule())


@right("torch in float64, clamped with torch.clamp, returned with .item()", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    k = torch.clamp(torch.tensor(step, dtype=torch.float64), 0, total_steps)
    return (1 - (1 - tau_base) * (torch.cos(math.pi * k / total_steps) + 1) / 2).item()


# ---------------------------------------------------------------- wrong answers

@wrong('past the end the step is clamped to total_steps, so tau stays', "no clamping at all: past the end the cosine comes back down, before the start it is above tau_base", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    return 1 - (1 - tau_base) * (math.cos(math.pi * step / total_steps) + 1) / 2


@wrong('before the start the step is clamped to', "clamps only past the end (min), negative steps not clamped to 0", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    k = min(step, total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('is a run of no steps, with nothing to schedule: tau is', "only total_steps == 0 handled; for negative total_steps the clamp order gives tau_base, not 1", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps == 0:
        return 1.0
    k = max(0, min(step, total_steps))
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('a run of no steps has nothing to schedule: tau is', "a run of no steps returns tau_base instead of 1", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return tau_base
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('should return a number as a Python float, got a tensor: take .item()', "returns a 0-d torch tensor (float32) instead of a Python float", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return torch.tensor(1.0)
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (torch.cos(torch.tensor(math.pi * k / total_steps)) + 1) / 2


@wrong('not a cosine (linear schedule): tau', "linear ramp from tau_base to 1 instead of the cosine (same ends and midpoint)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    k = min(max(step, 0), total_steps)
    return tau_base + (1 - tau_base) * k / total_steps


@wrong('it should rise from tau_base to', "cosine term sign flipped: runs from 1 down to tau_base", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (1 - math.cos(math.pi * k / total_steps)) / 2


@wrong('differs from the reference most at step', "integer division step // total_steps: stays at tau_base until the very end", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * (k // total_steps)) + 1) / 2


@wrong('it should rise from tau_base to', "a full cosine period 2*pi*k/K: back at tau_base at the end", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(2 * math.pi * k / total_steps) + 1) / 2


@wrong('tau_base is ignored: your schedule is the one for the default tau_base', "ignores the tau_base argument, hard-codes 0.996", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - 0.996) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('the signature should be `cosine_tau(step, total_steps, tau_base', "default tau_base is 0.99 (the tiny preset's value) instead of 0.996", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.99):
    if total_steps <= 0:
        return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('should be tau_base', "precedence bug: cos(...) + 1 / 2 instead of (cos(...) + 1) / 2", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * math.cos(math.pi * k / total_steps) + 1 / 2


@wrong('/ K; use pi * k / K, so that tau is tau_base at k', "off by one: uses step + 1 (thinks 'steps taken so far' means the next step)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    k = min(max(step + 1, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2
