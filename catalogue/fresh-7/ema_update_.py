"Fresh answers, round 7: written on 2026-12-05, after the checks' seventh version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import torch
import torch.nn as nn
from byol_course.checks.catalogue import right, wrong


def _params(x) -> list:
    return [p for p in x.parameters()] if isinstance(x, nn.Module) else list(x)


def _check(t, o):
    if len(t) != len(o):
        raise ValueError(f"not the same architecture: target has {len(t)} parameter tensors, online has {len(o)}")
    for i, (a, b) in enumerate(zip(t, o)):
        if a.shape != b.shape:
            raise ValueError(f"target tensor {i} has shape {tuple(a.shape)} but online's has {tuple(b.shape)}")


# ---------------------------------------------------------------- right answers

@right("lesson's _params, validate count and shapes first, then one torch._foreach_lerp_ with weight 1 - tau", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@right("_foreach_mul_ then _foreach_add_ with alpha=1-tau; own ValueError wording", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t = list(target.parameters()) if isinstance(target, nn.Module) else list(target)
    o = list(online.parameters()) if isinstance(online, nn.Module) else list(online)
    if len(t) != len(o) or any(a.shape != b.shape for a, b in zip(t, o)):
        bad = [i for i, (a, b) in enumerate(zip(t, o)) if a.shape != b.shape]
        raise ValueError(f"ema_update_: networks differ (tensors: {len(t)} vs {len(o)}, mismatched shapes at {bad})")
    torch._foreach_mul_(t, tau)
    torch._foreach_add_(t, o, alpha=1 - tau)


@right("plain Python loop with Tensor.lerp_ (not fused, same maths), validation first", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    for a, b in zip(t, o):
        a.lerp_(b, 1.0 - tau)


class _EMA:
    "Callable object; works on .data so it does not need no_grad."
    def __call__(self, target, online, tau):
        t = [p.data for p in _params(target)]
        o = [p.data for p in _params(online)]
        _check(t, o)
        torch._foreach_add_(t, torch._foreach_sub(o, t), alpha=1 - tau)    # t += (1 - tau) (o - t)

ema_update_ = right("class with __call__ on the .data views: t += (1 - tau) * (o - t) via _foreach_sub/_foreach_add_", fresh=True)(_EMA())


@right("early exits: tau == 1 does nothing, tau == 0 copies with _foreach_copy_, else _foreach_lerp_", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    if tau == 1:
        return
    if tau == 0:
        for a, b in zip(t, o):
            a.copy_(b)
        return
    torch._foreach_lerp_(t, o, 1 - tau)


# ---------------------------------------------------------------- wrong answers

@wrong('tau swapped: the target should keep tau of itself and take', "lerp weight tau instead of 1 - tau: the target moves most when tau is close to 1", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, tau)


@wrong("your code raised AttributeError: 'list' object has no attribute 'param", "only handles modules: calls .parameters() on lists of tensors too (AttributeError)", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = list(target.parameters()), list(online.parameters())
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('running_mean (a BatchNorm statistic): move the parameters only (model.', "modules via state_dict(): also averages BatchNorm's running mean/var (float buffers)", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t = list(target.state_dict().values()) if isinstance(target, nn.Module) else list(target)
    o = list(online.state_dict().values()) if isinstance(online, nn.Module) else list(online)
    _check(t, o)
    for a, b in zip(t, o):
        if a.is_floating_point():
            a.mul_(tau).add_(b, alpha=1 - tau)


@wrong('target tensors given new memory (`p.data = ...`), not updated in place', "assigns p.data = ...: right values but new memory for every tensor", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    for a, b in zip(t, o):
        a.data = tau * a.data + (1 - tau) * b.data


@wrong('your function returned without an error; networks that do not match sh', "no check on the number of tensors: zip silently stops at the shorter list", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    for i, (a, b) in enumerate(zip(t, o)):
        if a.shape != b.shape:
            raise ValueError(f"target tensor {i} has shape {tuple(a.shape)} but online's has {tuple(b.shape)}")
    torch._foreach_lerp_(t[:len(o)], o[:len(t)], 1 - tau)


@wrong('the same number of tensors, other shapes), your function raised Runtim', "checks only the count; mismatched shapes are left to the fused op (RuntimeError, not ValueError)", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    if len(t) != len(o):
        raise ValueError("not the same architecture")
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('as many numbers, another shape), your function raised the ValueError', "checks each shape inside the update loop: tensors before the mismatch have already moved", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    if len(t) != len(o):
        raise ValueError("not the same architecture")
    for i, (a, b) in enumerate(zip(t, o)):
        if a.shape != b.shape:
            raise ValueError(f"target tensor {i} has shape {tuple(a.shape)} but online's has {tuple(b.shape)}")
        a.lerp_(b, 1 - tau)


@wrong("given lists of tensors (the target's with requires_grad=False, as a BY", "rejects tau = 0 and tau = 1 (ValueError unless 0 < tau < 1)", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    if not 0 < tau < 1:
        raise ValueError(f"tau must be in (0, 1), got {tau}")
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('the online network was changed: only the target moves', "scales the online tensors in place (_foreach_mul_(o, 1 - tau)) before adding them", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_mul_(t, tau)
    torch._foreach_mul_(o, 1 - tau)
    torch._foreach_add_(t, o)


@wrong('gradients tracked during the update: run it under torch.no_grad', "dropped the @torch.no_grad() decorator: in-place op on leaf parameters that require grad raises", fresh=True)
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('as many numbers, another shape), your function returned without an err', "compares numel instead of shape, and reshapes the online tensor to fit: (2,3) vs (3,2) goes through", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    if len(t) != len(o) or any(a.numel() != b.numel() for a, b in zip(t, o)):
        raise ValueError("not the same architecture")
    torch._foreach_lerp_(t, [b.reshape(a.shape) for a, b in zip(t, o)], 1 - tau)


@wrong("though it does on lists of tensors: your code treats a module's parame", "keeps .parameters() generators and exhausts them in the length check: modules never move", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t = target.parameters() if isinstance(target, nn.Module) else target
    o = online.parameters() if isinstance(online, nn.Module) else online
    if len(list(t)) != len(list(o)):
        raise ValueError("not the same architecture")
    for a, b in zip(t, o):
        if a.shape != b.shape:
            raise ValueError("shapes differ")
        a.mul_(tau).add_(b, alpha=1 - tau)


@wrong('your code raised RuntimeError: Expected all tensors to be on the same', "round trip through .cpu().numpy() for the arithmetic, copied back in place", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    for a, b in zip(t, o):
        new = tau * a.cpu().numpy() + (1 - tau) * b.cpu().numpy()
        a.copy_(torch.from_numpy(new))


@wrong('your function raised AssertionError: not the same architecture; networ', "assert instead of raise: mismatch gives AssertionError, not ValueError", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    assert len(t) == len(o), "not the same architecture"
    for i, (a, b) in enumerate(zip(t, o)):
        assert a.shape == b.shape, f"target tensor {i} has shape {tuple(a.shape)} but online's has {tuple(b.shape)}"
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('running_mean (a BatchNorm statistic): move the parameters only (model.', "also copies the online network's BatchNorm buffers into the target", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)
    if isinstance(target, nn.Module) and isinstance(online, nn.Module):
        for a, b in zip(target.buffers(), online.buffers()):
            a.copy_(b)


@wrong('update each tensor in place, e.g. t.mul_(tau).add_(o, alpha', "clones the target tensors 'to leave inputs as they were': the update lands on the copies", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t = [p.clone() for p in _params(target)]
    o = _params(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('in _check, at `raise ValueError(f"not the same architecture: target ha', "keeps only parameters with requires_grad: a frozen target (requires_grad=False) is skipped/mismatched", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t = [p for p in _params(target) if p.requires_grad]
    o = [p for p in _params(online) if p.requires_grad]
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('differs from the reference by up to', "sign slip: adds online with alpha = tau - 1 (subtracts it) after scaling by tau", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_mul_(t, tau)
    torch._foreach_add_(t, o, alpha=tau - 1)
