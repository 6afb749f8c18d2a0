"Fresh answers, round 3: written on 2026-12-05, after the checks' third version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import torch, torch.nn as nn
from byol_course.checks.catalogue import right, wrong


def _params(x) -> list:
    return [p for p in x.parameters()] if isinstance(x, nn.Module) else list(x)


def _check(t, o):
    if len(t) != len(o):
        raise ValueError(f"target has {len(t)} parameter tensors, online has {len(o)}: not the same architecture")
    for i, (a, b) in enumerate(zip(t, o)):
        if a.shape != b.shape:
            raise ValueError(f"target tensor {i} has shape {tuple(a.shape)} but online's has {tuple(b.shape)}")


# ---------------------------------------------------------------- right answers

@right("validate count and shapes, then one torch._foreach_lerp_ with weight 1 - tau", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@right("plain Python loop, mul_(tau).add_(o, alpha=1 - tau) inside a torch.no_grad() block", fresh=True)
def ema_update_(target, online, tau):
    t = list(target.parameters()) if isinstance(target, nn.Module) else list(target)
    o = list(online.parameters()) if isinstance(online, nn.Module) else list(online)
    if len(t) != len(o) or any(a.shape != b.shape for a, b in zip(t, o)):
        raise ValueError("target and online networks do not match (tensor count or shapes)")
    with torch.no_grad():
        for a, b in zip(t, o):
            a.mul_(tau).add_(b, alpha=1 - tau)


@right("fused _foreach_mul_ then _foreach_add_ with alpha, validation with a shape list comparison", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    if [p.shape for p in t] != [q.shape for q in o]:
        raise ValueError("not the same architecture: parameter shapes differ")
    torch._foreach_mul_(t, tau)
    torch._foreach_add_(t, o, alpha=1 - tau)


class _EMA:
    "Callable object: per-tensor Tensor.lerp_, under torch.no_grad()."
    @torch.no_grad()
    def __call__(self, target, online, tau):
        t, o = _params(target), _params(online)
        _check(t, o)
        for a, b in zip(t, o):
            a.lerp_(b, 1.0 - tau)

ema_update_ = right("class with __call__, per-tensor Tensor.lerp_ after validating everything", fresh=True)(_EMA())


# ---------------------------------------------------------------- wrong answers

@wrong('tau and 1 - tau swapped: the target should keep tau of itself', "tau and 1 - tau swapped: lerp weight tau (moves target almost all the way to online)", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, tau)


@wrong('gradients tracked during the update: run it under torch.no_grad', "forgot @torch.no_grad(): in-place op on leaf parameters that require grad", fresh=True)
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('your function returned without an error; networks that do not match sh', "no mismatch check: zip silently stops at the shorter list, shapes never compared", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    for a, b in zip(_params(target), _params(online)):
        a.lerp_(b, 1 - tau)


@wrong('the same number of tensors, other shapes), your function raised Runtim', "checks the number of tensors but not their shapes (broadcastable online tensors slip through, others raise RuntimeError)", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    if len(t) != len(o):
        raise ValueError("not the same architecture")
    for a, b in zip(t, o):
        a.mul_(tau).add_((1 - tau) * b)


@wrong('your function raised AssertionError: not the same architecture; networ', "uses assert instead of raising ValueError on mismatch", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    assert len(t) == len(o), "not the same architecture"
    assert all(a.shape == b.shape for a, b in zip(t, o)), "shapes differ"
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('as many numbers, another shape), your function raised the ValueError', "checks shapes inside the update loop: tensors before the bad one have already moved", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    if len(t) != len(o):
        raise ValueError("not the same architecture")
    for i, (a, b) in enumerate(zip(t, o)):
        if a.shape != b.shape:
            raise ValueError(f"tensor {i}: shape {tuple(a.shape)} vs {tuple(b.shape)}")
        a.mul_(tau).add_(b, alpha=1 - tau)


@wrong("your code raised AttributeError: 'list' object has no attribute 'param", "only accepts modules: calls .parameters() unconditionally, lists of tensors fail", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = list(target.parameters()), list(online.parameters())
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong("your code raised AttributeError: 'Linear' object has no attribute 'sha", "only handles lists: list(module) (an nn.Sequential iterates its sub-modules, a plain module is not iterable)", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = list(target), list(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('the online network was changed: only the target moves', "scales the online tensors in place to save memory: online network is modified", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_mul_(t, tau)
    torch._foreach_mul_(o, 1 - tau)
    torch._foreach_add_(t, o)


@wrong('update each tensor in place, e.g. t.mul_(tau).add_(o, alpha', "not in place: rebinds the loop variable to a new tensor, the model never changes", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    for a, b in zip(t, o):
        a = tau * a + (1 - tau) * b


@wrong('running_mean (a BatchNorm statistic): move the parameters only (model.', "averages the whole state_dict: BatchNorm running stats (float buffers) move too", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    if isinstance(target, nn.Module):
        t = [v for v in target.state_dict().values() if v.is_floating_point()]
        o = [v for v in online.state_dict().values() if v.is_floating_point()]
    else:
        t, o = list(target), list(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('differs from the reference by up to', "skips BatchNorm modules entirely (misread: their affine scale/shift are parameters and must move)", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    def ps(x):
        if not isinstance(x, nn.Module): return list(x)
        return [p for m in x.modules() if not isinstance(m, nn.modules.batchnorm._BatchNorm)
                for p in m.parameters(recurse=False)]
    t, o = ps(target), ps(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('in ema_update_, at `raise ValueError(f"tau must be in', "rejects the end points: raises ValueError unless 0 < tau < 1", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    if not 0 < tau < 1:
        raise ValueError(f"tau must be in (0, 1), got {tau}")
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('differs from the reference by up to', "forgot alpha: _foreach_add_(t, o) adds the whole online tensor, target = tau*target + online", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_mul_(t, tau)
    torch._foreach_add_(t, o)
