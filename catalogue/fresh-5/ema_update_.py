"Fresh answers, round 5: written on 2026-12-05, after the checks' fifth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import torch
import torch.nn as nn
from byol_course.checks.catalogue import right, wrong


def _params(x) -> list:
    return [p for p in x.parameters()] if isinstance(x, nn.Module) else list(x)


def _check(t, o):
    if len(t) != len(o):
        raise ValueError(f"not the same architecture: {len(t)} target tensors, {len(o)} online")
    for i, (a, b) in enumerate(zip(t, o)):
        if a.shape != b.shape:
            raise ValueError(f"target tensor {i} has shape {tuple(a.shape)} but online's has {tuple(b.shape)}")


# ---------------------------------------------------------------- right answers

@right("validate counts and shapes, then one torch._foreach_lerp_ with weight 1 - tau", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@right("validate, then _foreach_mul_ by tau and _foreach_add_ with alpha = 1 - tau", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_mul_(t, tau)
    torch._foreach_add_(t, o, alpha=1 - tau)


@right("plain Python loop with mul_/add_ inside a torch.no_grad() block, own error wording", fresh=True)
def ema_update_(target, online, tau):
    tgt = list(target.parameters()) if hasattr(target, 'parameters') else list(target)
    onl = list(online.parameters()) if hasattr(online, 'parameters') else list(online)
    if len(tgt) != len(onl):
        raise ValueError("target and online have a different number of parameter tensors")
    if any(a.shape != b.shape for a, b in zip(tgt, onl)):
        raise ValueError("a target tensor and its online tensor differ in shape")
    with torch.no_grad():
        for a, b in zip(tgt, onl):
            a.mul_(tau).add_(b, alpha=1 - tau)


@right("loop: t.copy_(torch.lerp(t, o, 1 - tau)) on detached views", fresh=True)
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    for a, b in zip(t, o):
        a.detach().copy_(torch.lerp(a.detach(), b.detach(), 1 - tau))


@right("foreach: t += (1 - tau) * (o - t) with _foreach_sub / _foreach_add_", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    diff = torch._foreach_sub(o, t)
    torch._foreach_add_(t, diff, alpha=1 - tau)


# ---------------------------------------------------------------- wrong answers

@wrong('tau swapped: the target should keep tau of itself and take', "tau and 1 - tau swapped: lerp weight tau, so the target jumps almost onto the online network", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, tau)


@wrong('the online network was changed: only the target moves', "arguments of lerp swapped: moves the ONLINE network towards the target", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_lerp_(o, t, tau)


@wrong('update each tensor in place, e.g. t.mul_(tau).add_(o, alpha', "out-of-place _foreach_lerp: the result is bound to a local name, the target never moves", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    t = torch._foreach_lerp(t, o, 1 - tau)


@wrong('the online network was changed: only the target moves', "scales the online tensors in place (_foreach_mul_ on online) to save a temporary", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_mul_(t, tau)
    torch._foreach_mul_(o, 1 - tau)
    torch._foreach_add_(t, o)


@wrong('running_mean (a BatchNorm statistic): move the parameters only (model.', "iterates over state_dict() values: also averages the BatchNorm running stats", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    if isinstance(target, nn.Module):
        t = [v for v in target.state_dict().values() if v.is_floating_point()]
        o = [v for v in online.state_dict().values() if v.is_floating_point()]
    else:
        t, o = list(target), list(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('running_mean (a BatchNorm statistic): move the parameters only (model.', "parameters + buffers: averages BatchNorm running mean/var too", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    def tensors(x):
        if isinstance(x, nn.Module):
            return list(x.parameters()) + [b for b in x.buffers() if b.is_floating_point()]
        return list(x)
    t, o = tensors(target), tensors(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong("your code raised AttributeError: 'list' object has no attribute 'param", "always calls .parameters(): fails on lists of tensors", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = list(target.parameters()), list(online.parameters())
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong("your code raised AttributeError: 'Linear' object has no attribute 'sha", "always list(x): a module is not iterable (a Sequential yields submodules)", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = list(target), list(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong("though it does on lists of tensors: your code treats a module's parame", "generator consumed by the length check: for modules nothing is updated", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t = target.parameters() if isinstance(target, nn.Module) else target
    o = online.parameters() if isinstance(online, nn.Module) else online
    if len(list(t)) != len(list(o)):
        raise ValueError("not the same architecture")
    t, o = list(t), list(o)
    for a, b in zip(t, o):
        if a.shape != b.shape: raise ValueError("shape mismatch")
    if t: torch._foreach_lerp_(t, o, 1 - tau)


@wrong('your function returned without an error; networks that do not match sh', "no validation: zip silently truncates when the counts differ", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    for a, b in zip(_params(target), _params(online)):
        a.lerp_(b, 1 - tau)


@wrong('the same number of tensors, other shapes), your function raised Runtim', "checks the count but not the shapes: foreach raises a RuntimeError, not ValueError", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    if len(t) != len(o): raise ValueError("not the same architecture")
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('as many numbers, another shape), your function raised the ValueError', "shape check inside the update loop: earlier tensors already moved when it raises", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    if len(t) != len(o): raise ValueError("not the same architecture")
    for i, (a, b) in enumerate(zip(t, o)):
        if a.shape != b.shape:
            raise ValueError(f"target tensor {i} has shape {tuple(a.shape)} but online's has {tuple(b.shape)}")
        a.mul_(tau).add_(b, alpha=1 - tau)


@wrong('your function raised AssertionError: not the same architecture; networ', "validates with assert: AssertionError instead of ValueError", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    assert len(t) == len(o), "not the same architecture"
    assert all(a.shape == b.shape for a, b in zip(t, o)), "shape mismatch"
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('as many numbers, another shape), your function returned without an err', "compares numel instead of shape and reshapes online: (2,3) vs (3,2) passes silently", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    if len(t) != len(o): raise ValueError("not the same architecture")
    if any(a.numel() != b.numel() for a, b in zip(t, o)): raise ValueError("size mismatch")
    torch._foreach_lerp_(t, [b.reshape(a.shape) for a, b in zip(t, o)], 1 - tau)


@wrong('gradients tracked during the update: run it under torch.no_grad', "no torch.no_grad(): in-place op on leaf parameters that require grad raises", fresh=True)
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('update each tensor in place, e.g. t.mul_(tau).add_(o, alpha', "tau == 0 shortcut rebinds the loop variable (t = o): nothing is copied", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    if tau == 0:
        for a, b in zip(t, o): a = b
        return
    torch._foreach_mul_(t, tau)
    torch._foreach_add_(t, o, alpha=1 - tau)


@wrong('target tensors given new memory (`p.data = ...`), not updated in place', "replaces p.data with a new tensor instead of updating the storage in place", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    for a, b in zip(t, o):
        a.data = tau * a.data + (1 - tau) * b.data
