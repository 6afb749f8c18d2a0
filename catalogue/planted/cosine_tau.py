"Answers to lesson 05's `cosine_tau(step, total_steps, tau_base=0.996)`."
import math
import numpy as np
from byol_course.checks.catalogue import right, wrong
from byol_course.ema import cosine_tau as reference

right("the package's version")(reference)

@right("with NumPy, clipping the step")
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = float(np.clip(step, 0, total_steps))
    return float(1 - (1 - tau_base) * (np.cos(np.pi * k / total_steps) + 1) / 2)

@right("the progress clamped, written as the rise from tau_base")
def cosine_tau(step, total_steps, tau_base=0.996):
    frac = 1.0 if total_steps <= 0 else min(max(step / total_steps, 0.0), 1.0)
    return tau_base + (1 - tau_base) * (1 - math.cos(math.pi * frac)) / 2

cosine_tau = wrong("tau decreases over training")(lambda k, K, tau_base=0.996: tau_base + 1 - reference(k, K, tau_base))
cosine_tau = wrong("tau at step 0 of")(lambda k, K, tau_base=0.996: reference(k + K // 4, K + K // 4, tau_base))
cosine_tau = wrong("the last, should be exactly 1")(lambda k, K, tau_base=0.996: reference(k, K + K // 4, tau_base))
cosine_tau = wrong("not a cosine (linear schedule)")(
    lambda k, K, tau_base=0.996: 1.0 if K <= 0 else tau_base + (1 - tau_base) * min(max(k, 0), K) / K)
cosine_tau = wrong("tau_base is ignored")(lambda k, K, tau_base=0.996: reference(k, K))
cosine_tau = wrong("your cosine uses k / (K - 1)")(
    lambda k, K, tau_base=0.996: 1 - (1 - tau_base) * (math.cos(math.pi * k / (K - 1)) + 1) / 2)
cosine_tau = wrong("your cosine uses (k + 1) / K")(
    lambda k, K, tau_base=0.996: 1 - (1 - tau_base) * (math.cos(math.pi * (k + 1) / K) + 1) / 2)
cosine_tau = wrong("differs from the reference most at step", "wrong by a little, most in the middle")(
    lambda k, K, tau_base=0.996: reference(k, K, tau_base) + 1e-4 * math.sin(math.pi * min(max(k, 0), max(K, 1)) / max(K, 1)) ** 2)

@wrong("past the end the step is clamped to total_steps", "no clamp: past the end the cosine comes back down")
def cosine_tau(step, total_steps, tau_base=0.996):
    return 1 - (1 - tau_base) * (math.cos(math.pi * step / total_steps) + 1) / 2

@wrong("your code raised ZeroDivisionError", "clamped past the end, but divides by zero for a run of no steps")
def cosine_tau(step, total_steps, tau_base=0.996):
    k = min(max(step, 0), total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2

@wrong("before the start the step is clamped to 0", "clamped above only")
def cosine_tau(step, total_steps, tau_base=0.996):
    if total_steps <= 0: return 1.0
    k = min(step, total_steps)
    return 1 - (1 - tau_base) * (math.cos(math.pi * k / total_steps) + 1) / 2

@wrong("the signature should be `cosine_tau(step, total_steps, tau_base=0.996)`: `tau_base` defaults to 0.99")
def cosine_tau(step, total_steps, tau_base=0.99): return reference(step, total_steps, tau_base)
