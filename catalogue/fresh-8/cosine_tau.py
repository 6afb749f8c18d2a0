"Fresh answers, round 8: written on 2026-12-05, after the checks' eighth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import math, functools
import numpy as np
import torch
from byol_course.checks.catalogue import right, wrong


# ----------------------------------------------------------------------------------------------- right answers

@right("math.cos with the step clamped to [0, K] by min/max, 1.0 when K <= 0", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@right("NumPy: np.clip the fraction, np.cos, converted with float()", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    frac = np.clip(step / total_steps, 0.0, 1.0)
    return float(1.0 - (1.0 - tau_base) * (np.cos(np.pi * frac) + 1.0) / 2.0)


@right("the sin^2 form tau_base + (1 - tau_base) sin^2(pi k / 2K), explicit branches for before/after", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0 or step >= total_steps:
        return 1.0
    if step <= 0:
        return float(tau_base)
    return tau_base + (1 - tau_base) * math.sin(math.pi * step / (2 * total_steps)) ** 2


class _CosineTau:
    "A schedule object; calling it gives tau (computed in float64 with torch)."
    def __call__(self, step, total_steps, tau_base=0.996):
        if total_steps <= 0: return 1.0
        frac = torch.tensor(step / total_steps, dtype=torch.float64).clamp(0, 1)
        return (1 - (1 - tau_base) * (torch.cos(math.pi * frac) + 1) / 2).item()

cosine_tau = right("a class with __call__, torch float64 and .item()", fresh=True)(_CosineTau())


cosine_tau = right("a lambda with nested conditional expressions", fresh=True)(
    lambda step, total_steps, tau_base=0.996:
        1.0 if total_steps <= 0 else
        1 - (1 - tau_base) * (1 + math.cos(math.pi * min(max(step, 0), total_steps) / total_steps)) / 2)


# ----------------------------------------------------------------------------------------------- wrong answers

@wrong('past the end the step is clamped to total_steps, so tau stays', "no clamping at all: past the end tau comes back down, before the start it rises above tau_base", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    return 1 - (1 - tau_base) * (math.cos(math.pi * step / total_steps) + 1) / 2


@wrong('before the start the step is clamped to', "clamps only past the end (min), a negative step is not clamped to 0", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(step, total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('a run of no steps has nothing to schedule: tau is', "total_steps <= 0 returns tau_base instead of 1", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return tau_base
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('is a run of no steps, with nothing to schedule: tau is', "handles only total_steps == 0; a negative total_steps clamps the step to 0 and gives tau_base", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps == 0: return 1.0
    k = max(0, min(step, total_steps))
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('a run of no steps has nothing to schedule: tau is', "order of the early returns: with total_steps <= 0 a step below total_steps gives tau_base, not 1", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if step >= total_steps: return 1.0
    if step <= 0: return tau_base
    return 1 - (1 - tau_base) * (math.cos(math.pi * step / total_steps) + 1) / 2


@wrong('should return a number as a Python float, got int', "returns the int 1 (not a float) past the end and when total_steps <= 0", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0 or step >= total_steps: return 1
    k = max(step, 0)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('should return a number as a Python float, got numpy.float', "computes in np.float32 and returns an np.float32 (not a Python float, and rounded to float32)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return np.float32(1.0)
    frac = np.float32(min(max(step, 0), total_steps) / total_steps)
    one = np.float32(1)
    return one - (one - np.float32(tau_base)) * (np.cos(np.float32(np.pi) * frac) + one) / np.float32(2)


@wrong('should return a number as a Python float, got a tensor: take .item()', "returns a 0-d torch tensor instead of a Python float", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return torch.tensor(1.0, dtype=torch.float64)
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (torch.cos(torch.tensor(math.pi * k / total_steps, dtype=torch.float64)) + 1) / 2


@wrong('exactly only with math.pi itself, not an approximation of it', "pi typed as 3.14159: at and past the end tau is 1 - 7e-15, not exactly 1", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    PI = 3.14159
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(PI * k / total_steps) + 1) / 2


@wrong('differs from the reference most at step', "integer division step // total_steps: tau stays at tau_base until the very end", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * (k // total_steps)) + 1) / 2


@wrong('it should rise from tau_base to', "sign of the cosine flipped: starts at 1 and falls to tau_base", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (1 - math.cos(math.pi * k / total_steps)) / 2


@wrong('not a cosine (linear schedule): tau', "linear ramp from tau_base to 1 (right ends and midpoint, wrong shape)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return tau_base + (1 - tau_base) * k / total_steps


@wrong('the last, should be exactly', "quarter period cos(pi k / 2K): only reaches 0.998 at the end", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / (2 * total_steps)) + 1) / 2


@wrong('tau_base is ignored: your schedule is the one for the default tau_base', "hard-codes 0.996, ignores the tau_base argument", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - 0.996) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('the signature should be `cosine_tau(step, total_steps, tau_base', "default tau_base is 0.99 instead of 0.996", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.99):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('use pi * k / K, so that tau is tau_base at k', "off by one: divides by total_steps - 1 (reaches 1 one step early; K = 1 divides by zero)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps - 1)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / (total_steps - 1)) + 1) / 2


@wrong('differs from the reference most at step', "rounds the result to 4 decimals for readability", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return round(1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2, 4)


@wrong('should be tau_base', "forgot the /2: starts at 1 - 2(1 - tau_base) = 0.992", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1)


@wrong('your code raised ZeroDivisionError: float division by zero (in cosine_', "forgot the early return for total_steps == 0 (only < 0): ZeroDivisionError at K = 0", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps < 0: return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2
