"Fresh answers, round 6: written on 2026-12-05, after the checks' sixth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
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

@right("validate count and shapes first, then one torch._foreach_lerp_ with weight 1 - tau", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    if t: torch._foreach_lerp_(t, o, 1 - tau)


@right("loop: validate everything first, then t.mul_(tau).add_(o, alpha=1 - tau) per tensor", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t = list(target.parameters()) if isinstance(target, nn.Module) else list(target)
    o = list(online.parameters()) if isinstance(online, nn.Module) else list(online)
    if len(t) != len(o): raise ValueError("different number of parameter tensors: not the same architecture")
    for i, (a, b) in enumerate(zip(t, o)):
        if a.shape != b.shape: raise ValueError(f"target tensor {i} has shape {tuple(a.shape)} but online's has {tuple(b.shape)}")
    for a, b in zip(t, o): a.mul_(tau).add_(b, alpha=1 - tau)


@right("copy_ of the blend into each tensor (same memory), own ValueError wording", fresh=True)
def ema_update_(target, online, tau):
    t = list(target.parameters()) if hasattr(target, 'parameters') else list(target)
    o = list(online.parameters()) if hasattr(online, 'parameters') else list(online)
    if len(t) != len(o) or any(a.shape != b.shape for a, b in zip(t, o)):
        raise ValueError("target and online networks do not match (tensor count or shapes differ)")
    with torch.no_grad():
        for a, b in zip(t, o): a.copy_(tau * a + (1 - tau) * b)


@right("_foreach_mul_ then _foreach_add_ with alpha = 1 - tau", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    if not t: return
    torch._foreach_mul_(t, tau)
    torch._foreach_add_(t, o, alpha=1 - tau)


class _EMA:
    "A callable object: validate, then lerp each tensor."
    @torch.no_grad()
    def __call__(self, target, online, tau):
        t, o = _params(target), _params(online)
        _check(t, o)
        for a, b in zip(t, o): a.lerp_(b, 1 - tau)

ema_update_ = right("class with a no_grad __call__, per-tensor lerp_", fresh=True)(_EMA())


@right("flatten both into one vector, lerp, copy the pieces back with copy_ (target keeps its memory)", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    if not t: return
    ft = torch.cat([a.reshape(-1) for a in t]); fo = torch.cat([b.reshape(-1) for b in o])
    ft.lerp_(fo.to(ft), 1 - tau)
    for a, piece in zip(t, ft.split([a.numel() for a in t])): a.copy_(piece.view_as(a))


# ---------------------------------------------------------------- wrong answers

@wrong('tau swapped: the target should keep tau of itself and take', "lerp weight tau instead of 1 - tau (tau=0 keeps the target, tau=1 copies)", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, tau)


@wrong('target tensors given new memory (`p.data = ...`), not updated in place', "p.data = tau * p + (1 - tau) * q: new memory every step, the tensors are not updated in place", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    for a, b in zip(t, o): a.data = tau * a.data + (1 - tau) * b.data


@wrong("your code raised AttributeError: 'list' object has no attribute 'param", "calls .parameters() unconditionally: lists of tensors fail with AttributeError", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = list(target.parameters()), list(online.parameters())
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('running_mean (a BatchNorm statistic): move the parameters only (model.', "averages the BatchNorm buffers too (parameters + floating-point buffers)", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    def tensors(x):
        if isinstance(x, nn.Module): return [*x.parameters(), *[b for b in x.buffers() if b.is_floating_point()]]
        return list(x)
    t, o = tensors(target), tensors(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('your function returned without an error; networks that do not match sh', "no validation: zip silently truncates when the counts differ (and shapes are not checked)", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    for a, b in zip(_params(target), _params(online)): a.lerp_(b, 1 - tau)


@wrong('the same number of tensors, other shapes), your function raised Runtim', "checks the count only: a shape mismatch raises torch's RuntimeError, not ValueError", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    if len(t) != len(o): raise ValueError("not the same architecture")
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('as many numbers, another shape), your function raised the ValueError', "validates lazily inside the update loop: tensors before the bad one have already moved", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    if len(t) != len(o): raise ValueError("not the same architecture")
    for i, (a, b) in enumerate(zip(t, o)):
        if a.shape != b.shape: raise ValueError(f"target tensor {i} has shape {tuple(a.shape)} but online's has {tuple(b.shape)}")
        a.lerp_(b, 1 - tau)


@wrong('as many numbers, another shape), your function returned without an err', "compares numel instead of shape and reshapes online to the target's shape: transposed weights mix silently", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    if len(t) != len(o) or any(a.numel() != b.numel() for a, b in zip(t, o)):
        raise ValueError("not the same architecture")
    torch._foreach_lerp_(t, [b.reshape(a.shape) for a, b in zip(t, o)], 1 - tau)


@wrong('the online network was changed: only the target moves', "scales the online tensors in place as scratch space: the online network changes", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_mul_(t, tau)
    torch._foreach_mul_(o, 1 - tau)
    torch._foreach_add_(t, o)


@wrong('target not updated in place: your function returns the new values, but', "builds the new values and returns them, never writes them into the target", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    return torch._foreach_lerp(t, o, 1 - tau)


@wrong('target tensors given new memory (`p.data = ...`), not updated in place', "parameters_to_vector / vector_to_parameters: the latter reassigns param.data (new memory)", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    from torch.nn.utils import parameters_to_vector, vector_to_parameters
    t, o = _params(target), _params(online)
    _check(t, o)
    v = parameters_to_vector(t).lerp_(parameters_to_vector(o), 1 - tau)
    vector_to_parameters(v, t)


@wrong('not the same architecture (in _check, at `raise ValueError(f"target ha', "skips tensors with requires_grad=False (optimizer idiom): a frozen target never moves", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t = [p for p in _params(target) if p.requires_grad]
    o = [p for p in _params(online) if p.requires_grad]
    _check(t, o)
    if t: torch._foreach_lerp_(t, o, 1 - tau)


@wrong('your function raised AssertionError: not the same architecture; networ', "assert for the mismatch checks: AssertionError instead of ValueError", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    assert len(t) == len(o), "not the same architecture"
    assert all(a.shape == b.shape for a, b in zip(t, o)), "shapes differ"
    torch._foreach_lerp_(t, o, 1 - tau)


@wrong('target tensors given new memory (`p.data = ...`), not updated in place', "tau == 0 shortcut rebinds p.data to the online tensor: target and online then share memory", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    if tau == 0:
        for a, b in zip(t, o): a.data = b.data
        return
    torch._foreach_lerp_(t, o, 1 - tau)


class _EMANoGrad:
    "Class version whose __call__ forgot torch.no_grad()."
    def __call__(self, target, online, tau):
        t, o = _params(target), _params(online)
        _check(t, o)
        for a, b in zip(t, o): a.mul_(tau).add_((1 - tau) * b)

ema_update_ = wrong('gradients tracked during the update: run it under torch.no_grad', "class version without torch.no_grad(): in-place on leaf params fails / the update is tracked by autograd", fresh=True)(_EMANoGrad())


@wrong('device type tensor to numpy. Use Tensor.cpu() to copy the tensor to ho', "NumPy round trip (.detach().numpy()): fails on GPU tensors and bfloat16", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    for a, b in zip(t, o):
        a.copy_(torch.from_numpy(tau * a.detach().numpy() + (1 - tau) * b.detach().numpy()))


@wrong('differs from the reference by up to', "forgot the tau factor on the target: t + (1 - tau) * o", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = _params(target), _params(online)
    _check(t, o)
    torch._foreach_add_(t, o, alpha=1 - tau)


@wrong("your code raised AttributeError: 'Linear' object has no attribute 'sha", "iterates modules directly (list(module)): Sequential gives its layers, a single layer is not iterable", fresh=True)
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = list(target), list(online)
    _check(t, o)
    torch._foreach_lerp_(t, o, 1 - tau)
