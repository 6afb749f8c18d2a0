"Fresh answers, round 2: written on 2026-12-05, after the checks' second version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import torch
import torch.nn as nn
from byol_course.checks.catalogue import right, wrong


def _params(x) -> list:
    return [p for p in x.parameters()] if isinstance(x, nn.Module) else list(x)


def _check(T, O):
    if len(T) != len(O):
        raise ValueError(f"not the same architecture: target has {len(T)} parameter tensors, online has {len(O)}")
    for i, (t, o) in enumerate(zip(T, O)):
        if t.shape != o.shape:
            raise ValueError(f"target tensor {i} has shape {tuple(t.shape)} but online's has {tuple(o.shape)}")


# ----------------------------------------------------------------------------- right answers

@right("validate counts and shapes first, then one torch._foreach_lerp_ with weight 1 - tau", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    T, O = _params(target), _params(online)
    _check(T, O)
    torch._foreach_lerp_(T, O, 1 - tau)


@right("plain Python loop t.mul_(tau).add_(o, alpha=1-tau) after an all-shapes check (different error messages)", fresh=True)
def ema_update_(target, online, tau):
    T = list(target.parameters()) if hasattr(target, 'parameters') else list(target)
    O = list(online.parameters()) if hasattr(online, 'parameters') else list(online)
    if len(T) != len(O) or any(t.shape != o.shape for t, o in zip(T, O)):
        raise ValueError("target and online parameters do not match")
    with torch.no_grad():
        for t, o in zip(T, O):
            t.mul_(tau).add_(o, alpha=1 - tau)


@right("foreach_mul_ then foreach_add_ with alpha=1-tau, shape lists compared up front", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    T, O = _params(target), _params(online)
    if [tuple(t.shape) for t in T] != [tuple(o.shape) for o in O]:
        raise ValueError(f"shapes differ: {[tuple(t.shape) for t in T]} vs {[tuple(o.shape) for o in O]}")
    torch._foreach_mul_(T, tau)
    torch._foreach_add_(T, O, alpha=1 - tau)


class _EMA:
    "per-tensor Tensor.lerp_ in a loop, inside a no_grad context, after validation"
    def __call__(self, target, online, tau):
        T, O = _params(target), _params(online)
        _check(T, O)
        with torch.no_grad():
            for t, o in zip(T, O):
                t.lerp_(o, 1 - tau)

ema_update_ = right("class with __call__: per-tensor Tensor.lerp_ after validating", fresh=True)(_EMA())


# ----------------------------------------------------------------------------- wrong answers

@wrong('tau and 1 - tau swapped: the target should keep tau of itself', "lerp weight is tau instead of 1 - tau: tau=1 copies online, tau=0 keeps target", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    T, O = _params(target), _params(online)
    _check(T, O)
    torch._foreach_lerp_(T, O, tau)


@wrong('running_mean (a BatchNorm statistic): move the parameters only (model.', "uses state_dict() floating tensors: also averages BatchNorm running mean/var buffers", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    if isinstance(target, nn.Module):
        T = [v for v in target.state_dict().values() if v.is_floating_point()]
        O = [v for v in online.state_dict().values() if v.is_floating_point()]
    else:
        T, O = list(target), list(online)
    _check(T, O)
    torch._foreach_lerp_(T, O, 1 - tau)


@wrong('update each tensor in place, e.g. t.mul_(tau).add_(o, alpha', "calls torch._foreach_lerp (no trailing underscore): result discarded, target never moves", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    T, O = _params(target), _params(online)
    _check(T, O)
    torch._foreach_lerp(T, O, 1 - tau)


@wrong('your function returned without an error; networks that do not match sh', "no mismatch check at all: zip silently truncates a different number of tensors", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    T, O = _params(target), _params(online)
    for t, o in zip(T, O):
        t.lerp_(o, 1 - tau)


@wrong('the same number of tensors, other shapes), your function raised Runtim', "checks only the number of tensors: a shape mismatch raises torch's RuntimeError, not ValueError", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    T, O = _params(target), _params(online)
    if len(T) != len(O):
        raise ValueError("not the same architecture")
    torch._foreach_lerp_(T, O, 1 - tau)


@wrong('as many numbers, another shape), your function raised the ValueError', "checks each shape inside the update loop: earlier tensors already moved when the ValueError is raised", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    T, O = _params(target), _params(online)
    if len(T) != len(O):
        raise ValueError("not the same architecture")
    for i, (t, o) in enumerate(zip(T, O)):
        if t.shape != o.shape:
            raise ValueError(f"target tensor {i} has shape {tuple(t.shape)} but online's has {tuple(o.shape)}")
        t.mul_(tau).add_(o, alpha=1 - tau)


@wrong('gradients tracked during the update: run it under torch.no_grad', "dropped the @torch.no_grad() decorator: in-place op on leaf parameters that require grad fails", fresh=True)
def ema_update_(target, online, tau):
    T, O = _params(target), _params(online)
    _check(T, O)
    torch._foreach_lerp_(T, O, 1 - tau)


@wrong("your code raised AttributeError: 'list' object has no attribute 'param", "assumes modules: calls .parameters() unconditionally, so lists of tensors fail", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    T, O = list(target.parameters()), list(online.parameters())
    _check(T, O)
    torch._foreach_lerp_(T, O, 1 - tau)


@wrong('the online network was changed: only the target moves', "foreach_mul_ on the online list too: online parameters scaled by 1 - tau in place", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    T, O = _params(target), _params(online)
    _check(T, O)
    torch._foreach_mul_(T, tau)
    torch._foreach_mul_(O, 1 - tau)
    torch._foreach_add_(T, O)


# Its author labelled it wrong; round 2 accepted it (the model still sees the new values); since round 5 the contract says
# each parameter keeps its memory, and the author's label stands.
@wrong('target tensors given new memory (`p.data = ...`), not updated in place', "rebinds p.data to a new tensor instead of writing in place (new storage)", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    T, O = _params(target), _params(online)
    _check(T, O)
    for t, o in zip(T, O):
        t.data = tau * t.data + (1 - tau) * o.data


@wrong('in ema_update_, at `raise ValueError(f"tau must be in', "rejects the ends: raises ValueError unless 0 < tau < 1 (tau=0 and tau=1 are allowed)", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    if not 0 < tau < 1:
        raise ValueError(f"tau must be in (0, 1), got {tau}")
    T, O = _params(target), _params(online)
    _check(T, O)
    torch._foreach_lerp_(T, O, 1 - tau)


@wrong('as many numbers, another shape), your function returned without an err', "compares numel instead of shape and reshapes online: a transposed (3,2) vs (2,3) is silently accepted", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    T, O = _params(target), _params(online)
    if len(T) != len(O):
        raise ValueError("not the same architecture")
    for i, (t, o) in enumerate(zip(T, O)):
        if t.numel() != o.numel():
            raise ValueError(f"tensor {i}: {t.numel()} vs {o.numel()} elements")
    torch._foreach_lerp_(T, [o.reshape(t.shape) for t, o in zip(T, O)], 1 - tau)


@right("hand-written t + (1 - tau) * (o - t): at tau=0 rounding leaves t not exactly equal to online", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    T, O = _params(target), _params(online)
    _check(T, O)
    for t, o in zip(T, O):
        t.copy_(t + (1 - tau) * (o - t))
