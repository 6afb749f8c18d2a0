"Fresh answers, round 4: written on 2026-12-05, after the checks' fourth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import torch
import torch.nn as nn
from byol_course.checks.catalogue import right, wrong


def _params(x) -> list:
    return [p for p in x.parameters()] if isinstance(x, nn.Module) else list(x)


def _check(t, o):
    if len(t) != len(o):
        raise ValueError(f"target has {len(t)} parameter tensors but online has {len(o)}: not the same architecture")
    for i, (a, b) in enumerate(zip(t, o)):
        if a.shape != b.shape:
            raise ValueError(f"target tensor {i} has shape {tuple(a.shape)} but online's has {tuple(b.shape)}")


# ---------------------------------------------------------------- right answers

@right("_foreach_lerp_ with weight 1 - tau, count and shape checks first (lesson's messages)", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@right("plain loop of mul_/add_ under a `with torch.no_grad()` block, all checks done before the loop, own messages", fresh=True)
def ema_update_(target, online, tau):
    t = list(target.parameters()) if hasattr(target, 'parameters') else list(target)
    o = list(online.parameters()) if hasattr(online, 'parameters') else list(online)
    if len(t) != len(o):
        raise ValueError("mismatched networks: different number of parameter tensors")
    bad = [i for i, (a, b) in enumerate(zip(t, o)) if a.shape != b.shape]
    if bad:
        raise ValueError(f"mismatched networks: shapes differ at tensor(s) {bad}")
    with torch.no_grad():
        for a, b in zip(t, o):
            a.mul_(tau).add_(b, alpha=1 - tau)


@right("detached views (share storage) and _foreach_mul_ + _foreach_add_(alpha=1 - tau)", fresh=True)
def ema_update_(target, online, tau):
    t = [p.detach() for p in _params(target)]
    o = [p.detach() for p in _params(online)]
    _check(t, o)
    torch._foreach_mul_(t, tau)
    torch._foreach_add_(t, o, alpha=1 - tau)


@right("loop with torch.lerp and copy_, under no_grad decorator", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    if len(t) != len(o) or any(a.shape != b.shape for a, b in zip(t, o)):
        raise ValueError("target and online parameters do not match")
    for a, b in zip(t, o):
        a.copy_(torch.lerp(a, b, 1 - tau))


# ---------------------------------------------------------------- wrong answers

@wrong('tau and 1 - tau swapped: the target should keep tau of itself', "lerp weight tau instead of 1 - tau (moves a fraction tau towards online)", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, tau)


@wrong('update each tensor in place, e.g. t.mul_(tau).add_(o, alpha', "rebinds the loop variable (t = tau*t + ...) instead of updating in place: target never moves", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    for p, q in zip(t, o):
        p = tau * p + (1 - tau) * q


@wrong('running_mean (a BatchNorm statistic): move the parameters only (model.', "updates every floating tensor of the state_dict, so BatchNorm running stats are averaged too", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    if isinstance(target, nn.Module):
        t = [v for v in target.state_dict().values() if v.is_floating_point()]
        o = [v for v in online.state_dict().values() if v.is_floating_point()]
    else:
        t, o = list(target), list(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('your function returned without an error; networks that do not match sh', "no checks at all: zip silently truncates, shape mismatch gives a RuntimeError from torch", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    for p, q in zip(_params(target), _params(online)):
        p.lerp_(q, 1 - tau)


@wrong('as many numbers, another shape), your function raised the ValueError', "checks shapes inside the update loop: ValueError raised only after earlier tensors have moved", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    if len(t) != len(o):
        raise ValueError("not the same architecture")
    for i, (p, q) in enumerate(zip(t, o)):
        if p.shape != q.shape:
            raise ValueError(f"target tensor {i} has shape {tuple(p.shape)} but online's has {tuple(q.shape)}")
        p.mul_(tau).add_(q, alpha=1 - tau)


@wrong('gradients tracked during the update: run it under torch.no_grad', "forgot no_grad (deleted the decorator): in-place ops on leaf parameters that require grad fail", fresh=True)
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    for p, q in zip(t, o):
        p.mul_(tau).add_(q, alpha=1 - tau)


@wrong('the online network was changed: only the target moves', "scales the online tensors in place (_foreach_mul_ on online) to form (1 - tau) * online", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_mul_(o, 1 - tau)
    torch._foreach_mul_(t, tau)
    torch._foreach_add_(t, o)


@wrong('update each tensor in place, e.g. t.mul_(tau).add_(o, alpha', "works on p.clone().detach() copies: the model's own tensors never move", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t = [p.clone().detach() for p in _params(target)]
    o = [p.clone().detach() for p in _params(online)]
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong("your code raised AttributeError: 'list' object has no attribute 'param", "only accepts modules: calls .parameters() on lists of tensors", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = list(target.parameters()), list(online.parameters())
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('not the same architecture (in _check, at `raise ValueError(f"target ha', "optimiser idiom: keeps only parameters with requires_grad, so a frozen target is skipped / miscounted", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t = [p for p in _params(target) if p.requires_grad]
    o = [p for p in _params(online) if p.requires_grad]
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong(('target tensors given new memory (`p.data = ...`)', 'networks that do not match should raise a ValueError saying so, before'), "flattens with parameters_to_vector / vector_to_parameters, no count or shape check", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    vt = nn.utils.parameters_to_vector(t)
    vo = nn.utils.parameters_to_vector(o)
    nn.utils.vector_to_parameters(tau * vt + (1 - tau) * vo, t)


@wrong('the same number of tensors, other shapes), your function raised Runtim', "count check only; shape mismatch surfaces as torch's RuntimeError, not ValueError", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    if len(t) != len(o):
        raise ValueError("not the same architecture")
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('as many numbers, another shape), your function returned without an err', "shape check by numel only: (2, 3) vs (3, 2) passes, online reshaped to fit", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    if len(t) != len(o) or any(a.numel() != b.numel() for a, b in zip(t, o)):
        raise ValueError("not the same architecture")
    torch._foreach_lerp_(t, [b.reshape(a.shape) for a, b in zip(t, o)], 1 - tau)
