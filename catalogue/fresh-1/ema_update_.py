"Fresh answers, round 1: written on 2026-12-05, after the checks' first version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
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

@right("the obvious one: check counts and shapes, then torch._foreach_lerp_ with weight 1 - tau", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@right("fused mul then add: _foreach_mul_(t, tau); _foreach_add_(t, o, alpha=1 - tau), checks first", fresh=True)
def ema_update_(target, online, tau):
    t = list(target.parameters()) if isinstance(target, nn.Module) else list(target)
    o = list(online.parameters()) if isinstance(online, nn.Module) else list(online)
    if len(t) != len(o):
        raise ValueError(f"not the same architecture: {len(t)} target tensors, {len(o)} online tensors")
    bad = [(i, a.shape, b.shape) for i, (a, b) in enumerate(zip(t, o)) if a.shape != b.shape]
    if bad:
        i, sa, sb = bad[0]
        raise ValueError(f"target tensor {i} has shape {tuple(sa)} but online's has {tuple(sb)}")
    with torch.no_grad():
        torch._foreach_mul_(t, tau)
        torch._foreach_add_(t, o, alpha=1 - tau)


@right("plain loop with .data and mul_/add_ (no decorator needed), checks first", fresh=True)
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    for a, b in zip(t, o):
        a.data.mul_(tau).add_(b.data, alpha=1 - tau)


@right("lerp per tensor with copy_ into the target, inside a no_grad block; different error wording", fresh=True)
def ema_update_(target, online, tau):
    t = _params(target); o = _params(online)
    shapes_t, shapes_o = [tuple(p.shape) for p in t], [tuple(p.shape) for p in o]
    if shapes_t != shapes_o:
        raise ValueError(f"target and online networks do not match: shapes {shapes_t} vs {shapes_o}")
    with torch.no_grad():
        for a, b in zip(t, o):
            a.copy_(torch.lerp(a, b, 1.0 - tau))


# ---------------------------------------------------------------- wrong answers

@wrong('tau and 1 - tau swapped: the target should keep tau of itself', "lerp weight tau instead of 1 - tau (moves 99% of the way to online)", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, tau)


@wrong('differs from the reference by up to', "forgot the (1 - tau) on the online term: target = tau * target + online", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_mul_(t, tau)
    torch._foreach_add_(t, o)


@wrong('the online network was changed: only the target moves', "roles swapped: lerps the online network towards the target (online moves, target does not)", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_lerp_(o, t, 1 - tau)


@wrong('gradients tracked during the update: run it under torch.no_grad', "dropped the @torch.no_grad() decorator: in-place op on leaf parameters that require grad raises", fresh=True)
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('update each tensor in place, e.g. t.mul_(tau).add_(o, alpha', "not in place: builds new tensors and rebinds the loop variable, the model's tensors never move", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    for p, q in zip(t, o):
        p = tau * p + (1 - tau) * q


@wrong('your function returned without an error; networks that do not match sh', "no checks at all: zip silently truncates a count mismatch, no ValueError", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    for p, q in zip(_params(target), _params(online)):
        p.lerp_(q, 1 - tau)


@wrong('the same number of tensors, other shapes), your function raised Runtim', "checks the count but not shapes: a shape mismatch raises RuntimeError from torch (or broadcasts)", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    if len(t) != len(o):
        raise ValueError("not the same architecture")
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('your function raised AssertionError: not the same architecture; networ', "checks with assert: AssertionError instead of ValueError", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    assert len(t) == len(o), "not the same architecture"
    for i, (a, b) in enumerate(zip(t, o)):
        assert a.shape == b.shape, f"target tensor {i} has shape {tuple(a.shape)} but online's has {tuple(b.shape)}"
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('as many numbers, another shape), your function raised the ValueError', "checks shapes inside the update loop: tensors before the mismatching one have already moved", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    if len(t) != len(o):
        raise ValueError("not the same architecture")
    for i, (a, b) in enumerate(zip(t, o)):
        if a.shape != b.shape:
            raise ValueError(f"target tensor {i} has shape {tuple(a.shape)} but online's has {tuple(b.shape)}")
        a.mul_(tau).add_(b, alpha=1 - tau)


@wrong('as many numbers, another shape), your function returned without an err', "compares numel instead of shape and updates flattened views: (2,3) vs (3,2) mixes the wrong entries", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    if len(t) != len(o) or any(a.numel() != b.numel() for a, b in zip(t, o)):
        raise ValueError("not the same architecture")
    for a, b in zip(t, o):
        a.view(-1).lerp_(b.reshape(-1), 1 - tau)


@wrong('running_mean (a BatchNorm statistic): move the parameters only (model.', "uses state_dict() floating tensors: also averages BatchNorm running_mean/running_var buffers", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    get = lambda x: [v for v in x.state_dict().values() if v.is_floating_point()] if isinstance(x, nn.Module) else list(x)
    t, o = get(target), get(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('not the same architecture (in _check, at `raise ValueError(f"target ha', "keeps only parameters with requires_grad: a frozen target (requires_grad=False) is skipped / mismatched", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    get = lambda x: [p for p in (x.parameters() if isinstance(x, nn.Module) else x) if p.requires_grad]
    t, o = get(target), get(online)
    _check(t, o)
    if t: torch._foreach_lerp_(t, o, 1 - tau)


@wrong("your code raised AttributeError: 'list' object has no attribute 'param", "only handles modules: calls .parameters() unconditionally, so lists of tensors fail", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = list(target.parameters()), list(online.parameters())
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@right("textbook t += (1 - tau) * (o - t): rounding, so tau = 0 is not an exact copy of online", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    diff = torch._foreach_sub(o, t)
    torch._foreach_add_(t, diff, alpha=1 - tau)
