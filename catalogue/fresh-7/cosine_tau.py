"Fresh answers, round 7: written on 2026-12-05, after the checks' seventh version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import math
import numpy as np
import torch
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("plain math: guard K <= 0, clamp step with min/max, then the lesson's formula", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@right("equivalent sin^2 form: tau_base + (1 - tau_base) * sin^2(pi k / 2K), early returns for the ends", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0 or step >= total_steps:
        return 1.0
    if step <= 0:
        return float(tau_base)
    return tau_base + (1 - tau_base) * math.sin(math.pi * step / (2 * total_steps)) ** 2


@right("NumPy: np.clip the step, np.cos, converted with float()", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    frac = np.clip(step, 0, total_steps) / total_steps
    return float(1 - (1 - tau_base) * (np.cos(np.pi * frac) + 1) / 2)


@right("torch in float64, clamp with torch.clamp, returned with .item()", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    k = torch.clamp(torch.tensor(float(step), dtype=torch.float64), 0, total_steps)
    return (1 - (1 - tau_base) * (torch.cos(torch.pi * k / total_steps) + 1) / 2).item()


class _CosineTau:
    "A schedule object; calling it gives tau."
    def __call__(self, step, total_steps, tau_base=0.996):
        if total_steps <= 0:
            return 1.0
        progress = sorted((0, step, total_steps))[1] / total_steps    # median of three = clamp
        return 1.0 - (1.0 - tau_base) * 0.5 * (1.0 + math.cos(math.pi * progress))

cosine_tau = right("an instance of a class with __call__, clamp as the median of (0, step, K)", fresh=True)(_CosineTau())

cosine_tau = right("a lambda with NumPy, returns np.float64 (a subclass of Python float)", fresh=True)(
    lambda step, total_steps, tau_base=0.996: np.float64(1.0) if total_steps <= 0 else
    1 - (1 - tau_base) * (np.cos(np.pi * min(max(step, 0), total_steps) / total_steps) + 1) / 2)


# ---------------------------------------------------------------- wrong answers

@wrong('should return a number as a Python float, got a tensor: take .item()', "returns a 0-d torch tensor (torch.cos, no .item()) instead of a Python float", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (torch.cos(torch.tensor(math.pi * k / total_steps)) + 1) / 2


@wrong('past the end the step is clamped to total_steps, so tau stays', "no upper clamp: past total_steps the cosine comes back down and tau drops below 1", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    k = max(step, 0)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('before the start the step is clamped to', "no lower clamp: a negative step gives the mirror value, above tau_base", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    k = min(step, total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('your code raised ZeroDivisionError: float division by zero (in cosine_', "no guard for total_steps <= 0: ZeroDivisionError for K = 0", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('is a run of no steps, with nothing to schedule: tau is', "guards only total_steps == 0; a negative K is clamped to step 0 and gives tau_base instead of 1", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps == 0:
        return 1.0
    k = max(0, min(step, total_steps))
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('use pi * k / K, so that tau is tau_base at k', "off by one: divides by total_steps - 1, so tau reaches 1 a step early (and K = 1 divides by zero)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    k = min(max(step, 0), total_steps - 1)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / max(total_steps - 1, 1)) + 1) / 2


@wrong('differs from the reference most at step', "integer division step // total_steps: tau stays at tau_base until the last step", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * (k // total_steps)) + 1) / 2


@wrong('not a cosine (linear schedule): tau', "linear ramp from tau_base to 1 instead of the cosine", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    k = min(max(step, 0), total_steps)
    return tau_base + (1 - tau_base) * k / total_steps


@wrong('tau_base is ignored: your schedule is the one for the default tau_base', "hard-codes 0.996 in the formula: the tau_base argument is ignored", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - 0.996) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('the signature should be `cosine_tau(step, total_steps, tau_base', "wrong default: tau_base=0.99 instead of 0.996", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.99):
    if total_steps <= 0:
        return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('it should rise from tau_base to', "wraps the step with % total_steps: at exactly K (and past it) the schedule restarts at tau_base", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    k = max(step, 0) % total_steps
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('differs from the reference most at step', "rounds tau to 4 decimals (for display), off by up to 5e-5", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    k = min(max(step, 0), total_steps)
    return round(1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2, 4)


@wrong('should return a number as a Python float, got int', "returns the int 1 (not a float) for a run of no steps", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('before the start the step is clamped to', "misreads 'a negative one too': returns 1 for any negative step, even when K > 0", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0 or step < 0:
        return 1.0
    k = min(step, total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2


@wrong('the last, should be exactly', "forgets the (cos + 1) / 2 rescaling: tau goes from tau_base to 2 - tau_base (above 1)", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * math.cos(math.pi * k / total_steps)


@wrong('the signature should be `cosine_tau(step, total_steps, tau_base', "third argument named `base_tau` instead of `tau_base`: a keyword call fails", fresh=True)
def cosine_tau(step, total_steps, base_tau=0.996):
    if total_steps <= 0:
        return 1.0
    k = min(max(step, 0), total_steps)
    return 1 - (1 - base_tau) * (math.cos(math.pi * k / total_steps) + 1) / 2


@right("torch in float32 (tau within float32 rounding, e.g. 0.99599999 for 0.996), .item() to a Python float", fresh=True)
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0:
        return 1.0
    k = torch.tensor(min(max(step, 0), total_steps), dtype=torch.float32)
    tb = torch.tensor(tau_base, dtype=torch.float32)
    return (1 - (1 - tb) * (torch.cos(torch.pi * k / total_steps) + 1) / 2).item()
