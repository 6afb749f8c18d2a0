"Fresh answers, round 8: written on 2026-12-05, after the checks' eighth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import torch, torch.nn as nn
import numpy as np
from byol_course.checks.catalogue import right, wrong


def _params(x) -> list:
    return [p for p in x.parameters()] if isinstance(x, nn.Module) else list(x)


def _check(t, o):
    if len(t) != len(o):
        raise ValueError(f"not the same architecture: {len(t)} target tensors, {len(o)} online")
    for i, (a, b) in enumerate(zip(t, o)):
        if a.shape != b.shape:
            raise ValueError(f"target tensor {i} has shape {tuple(a.shape)} but online's has {tuple(b.shape)}")


# ----------------------------------------------------------------------------------------------- right answers

@right("validate, then one torch._foreach_lerp_ with weight 1 - tau", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    if t: torch._foreach_lerp_(t, o, 1 - tau)


@right("plain loop with mul_ and add_(alpha=1 - tau) after validating everything; own error wording", fresh=True)
def ema_update_(target, online, tau):
    t = list(target.parameters()) if isinstance(target, nn.Module) else list(target)
    o = list(online.parameters()) if isinstance(online, nn.Module) else list(online)
    if len(t) != len(o) or any(a.shape != b.shape for a, b in zip(t, o)):
        raise ValueError("target and online networks do not match")
    with torch.no_grad():
        for a, b in zip(t, o):
            a.mul_(tau).add_(b, alpha=1 - tau)


@right("torch._foreach_mul_ then torch._foreach_add_ with alpha", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    if not t: return
    torch._foreach_mul_(t, tau)
    torch._foreach_add_(t, o, alpha=1 - tau)


class _EMA:
    "A callable object: copy_ of torch.lerp, one tensor at a time."
    @torch.no_grad()
    def __call__(self, target, online, tau):
        t, o = _params(target), _params(online)
        _check(t, o)
        for a, b in zip(t, o):
            a.copy_(torch.lerp(a, b, 1 - tau))

ema_update_ = right("a class with __call__: a.copy_(torch.lerp(a, b, 1 - tau)) per tensor", fresh=True)(_EMA())


@right("named_parameters of modules paired in order, foreach_sub/foreach_add with the difference", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t = [p for _, p in target.named_parameters()] if isinstance(target, nn.Module) else list(target)
    o = [p for _, p in online.named_parameters()] if isinstance(online, nn.Module) else list(online)
    _check(t, o)
    if not t: return
    diff = torch._foreach_sub(o, t)                # online - target, new tensors
    torch._foreach_add_(t, diff, alpha=1 - tau)    # target += (1 - tau) (online - target)


# ----------------------------------------------------------------------------------------------- wrong answers

@wrong('tau swapped: the target should keep tau of itself and take', "lerp weight tau instead of 1 - tau (tau = 1 copies, tau = 0 freezes)", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, tau)


@wrong('running_mean (a BatchNorm statistic): move the parameters only (model.', "averages the BatchNorm buffers too (floating-point entries of the state_dict for modules)", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    if isinstance(target, nn.Module):
        t = [v for v in target.state_dict().values() if v.is_floating_point()]
        o = [v for v in online.state_dict().values() if v.is_floating_point()]
    else:
        t, o = list(target), list(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('target tensors given new memory (`p.data = ...`), not updated in place', "p.data = ... : right values but new memory every step, not in place", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    for a, b in zip(t, o):
        a.data = tau * a.data + (1 - tau) * b.data


@wrong('the same number of tensors, other shapes), your function raised Runtim', "checks only the number of tensors: a broadcastable shape mismatch updates silently, others raise RuntimeError", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    if len(t) != len(o): raise ValueError("not the same architecture")
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('your function raised RuntimeError: Tensor lists must have the same num', "checks shapes pairwise with zip but not the count: extra tensors ignored, no error", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    for i, (a, b) in enumerate(zip(t, o)):
        if a.shape != b.shape: raise ValueError(f"tensor {i}: shape {tuple(a.shape)} vs {tuple(b.shape)}")
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('your function raised the ValueError, but only after moving target tens', "validates inside the update loop: tensors before the bad one have already moved when it raises", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    for i in range(max(len(t), len(o))):
        if i >= len(t) or i >= len(o): raise ValueError("not the same architecture")
        if t[i].shape != o[i].shape: raise ValueError(f"target tensor {i} has shape {tuple(t[i].shape)}")
        t[i].lerp_(o[i], 1 - tau)


@wrong('your code raised RuntimeError: Expected all tensors to be on the same', "goes through NumPy on the CPU (.cpu().numpy()) and copies back", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    for a, b in zip(t, o):
        new = tau * a.detach().cpu().numpy() + (1 - tau) * b.detach().cpu().numpy()
        a.copy_(torch.from_numpy(new))


@wrong("though it does on lists of tensors: your code treats a module's parame", "parameters() generators consumed by the length check: nothing is updated for modules", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t = target.parameters() if isinstance(target, nn.Module) else iter(target)
    o = online.parameters() if isinstance(online, nn.Module) else iter(online)
    if isinstance(target, nn.Module):
        if len(list(t)) != len(list(o)): raise ValueError("not the same architecture")
        t, o = list(t), list(o)
    else:
        t, o = list(t), list(o)
        if len(t) != len(o): raise ValueError("not the same architecture")
    for a, b in zip(t, o):
        if a.shape != b.shape: raise ValueError("shape mismatch")
    for a, b in zip(t, o):
        a.lerp_(b, 1 - tau)


@wrong("your code raised AttributeError: 'list' object has no attribute 'param", "always calls .parameters(): lists of tensors are not accepted", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = list(target.parameters()), list(online.parameters())
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('the online network was changed: only the target moves', "scales the online tensors in place (foreach_mul_ on online) before adding them: online changes", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_mul_(t, tau)
    torch._foreach_mul_(o, 1 - tau)
    torch._foreach_add_(t, o)


@wrong('target tensors replaced, not updated in place: the model still holds t', "assigns new tensors into the list (t[i] = ...) instead of updating them in place", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t = _params(target) if isinstance(target, nn.Module) else target
    o = _params(online)
    _check(t, o)
    for i in range(len(t)):
        t[i] = tau * t[i] + (1 - tau) * o[i]


@wrong('as many numbers, another shape), your function returned without an err', "validates numel instead of shape and reshapes online: (2, 3) vs (3, 2) goes through silently", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    if len(t) != len(o): raise ValueError("not the same architecture")
    for i, (a, b) in enumerate(zip(t, o)):
        if a.numel() != b.numel(): raise ValueError(f"tensor {i}: {a.numel()} vs {b.numel()} elements")
    torch._foreach_lerp_(t, [b.reshape(a.shape) for a, b in zip(t, o)], 1 - tau)


@wrong('your function raised AssertionError: not the same architecture; networ', "mismatch raises AssertionError (assert) instead of ValueError", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    assert len(t) == len(o), "not the same architecture"
    assert all(a.shape == b.shape for a, b in zip(t, o)), "shapes differ"
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('gradients tracked during the update: run it under torch.no_grad', "forgot torch.no_grad(): in-place foreach on parameters that require grad", fresh=True)
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('your code raised FakeTensorDeviceMismatchError: Expected all tensors t', "weight as a 1-element CPU tensor (torch.full((1,), ...)): fails with the networks on the GPU", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    w = torch.full((1,), 1 - tau, dtype=torch.float64)
    for a, b in zip(t, o):
        a.add_((w * (b - a)).to(a.dtype))


# Written as wrong; right by the contract: the course hands its networks and losses float32 tensors (mixed precision
# keeps float32 weights), and the contract fixes values and gradients, not what other dtypes would do.
@right("casts the online tensors to float32 'to be safe': breaks on float64 / float16 networks", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_lerp_(t, [b.float() for b in o], 1 - tau)


@wrong('differs from the reference by up to', "computes the new values in float16 to save memory, then copies back: rounding far above float32's", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    for a, b in zip(t, o):
        a.copy_(a.half().lerp(b.half(), 1 - tau))


# Written as wrong; right by the contract: the course hands its networks and losses float32 tensors (mixed precision
# keeps float32 weights), and the contract fixes values and gradients, not what other dtypes would do.
@right("works on p.detach().float() views: for float16/float64 networks those are copies, the target never moves", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t = [p.detach().float() for p in _params(target)]
    o = [p.detach().float() for p in _params(online)]
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('with the networks on a GPU, as on Colab, your code moved a tensor to t', "works on p.detach().cpu(): on the CPU the same tensors, on the GPU copies, so the target never moves there", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t = [p.detach().cpu() for p in _params(target)]
    o = [p.detach().cpu() for p in _params(online)]
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)
