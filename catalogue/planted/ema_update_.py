"Answers to lesson 05's `ema_update_(target, online, tau)`: in place, modules or lists, parameters only."
import torch
import torch.nn as nn
from byol_course.checks.catalogue import right, wrong
from byol_course.ema import ema_update_ as reference

right("the package's version")(reference)

def tensors(x): return list(x.parameters()) if isinstance(x, nn.Module) else list(x)

@right("a plain loop")
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = tensors(target), tensors(online)
    if len(t) != len(o) or any(a.shape != b.shape for a, b in zip(t, o)): raise ValueError("not the same architecture")
    for a, b in zip(t, o): a.mul_(tau).add_(b, alpha=1 - tau)

@right("lerp_, tensor by tensor, no_grad inside")
def ema_update_(target, online, tau):
    t, o = tensors(target), tensors(online)
    if len(t) != len(o): raise ValueError(f"{len(t)} != {len(o)}")
    for a, b in zip(t, o):
        if a.shape != b.shape: raise ValueError(f"shapes {a.shape} and {b.shape}")
    with torch.no_grad(): torch._foreach_lerp_(t, o, 1 - tau)

@wrong("the online network was changed: only the target moves")
@torch.no_grad()
def ema_update_(target, online, tau):
    for t, o in zip(tensors(target), tensors(online)): t.lerp_(o, 1 - tau); o.copy_(t)

ema_update_ = wrong("tau and 1 - tau swapped")(lambda t, o, tau: reference(t, o, 1 - tau))

@wrong("target not updated in place: your function returns the new values")
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = tensors(target), tensors(online)
    if len(t) != len(o) or any(a.shape != b.shape for a, b in zip(t, o)): raise ValueError("not the same architecture")
    return [tau * a + (1 - tau) * b for a, b in zip(t, o)]

@wrong("gradients tracked during the update: run it under torch.no_grad()")
def ema_update_(target, online, tau):
    t, o = tensors(target), tensors(online)
    if len(t) != len(o) or any(a.shape != b.shape for a, b in zip(t, o)): raise ValueError("not the same architecture")
    for a, b in zip(t, o): a.mul_(tau).add_(b, alpha=1 - tau)

@wrong("target tensors replaced, not updated in place")
@torch.no_grad()
def ema_update_(target, online, tau):
    if isinstance(target, nn.Module): raise TypeError("lists only")
    for i, (t, o) in enumerate(zip(target, online)): target[i] = tau * t + (1 - tau) * o

@wrong("your code raised", "lists only: iterates over the modules themselves")
@torch.no_grad()
def ema_update_(target, online, tau):
    if len(target) != len(online): raise ValueError("not the same architecture")
    for t, o in zip(target, online): t.lerp_(o, 1 - tau)

@wrong("the update changed the target's buffer", "the state_dict, buffers included")
@torch.no_grad()
def ema_update_(target, online, tau):
    if isinstance(target, nn.Module):
        ts, os_ = target.state_dict(), online.state_dict()
        if ts.keys() != os_.keys() or any(ts[k].shape != os_[k].shape for k in ts): raise ValueError("not the same architecture")
        for k in ts:
            if ts[k].is_floating_point(): ts[k].lerp_(os_[k], 1 - tau)
    else: reference(target, online, tau)

@wrong("networks that do not match should raise a ValueError", "zip: updates as many tensors as the shorter list has")
@torch.no_grad()
def ema_update_(target, online, tau):
    for t, o in zip(tensors(target), tensors(online)): t.lerp_(o, 1 - tau)

@wrong("networks that do not match should raise a ValueError", "counts checked, shapes not")
@torch.no_grad()
def ema_update_(target, online, tau):
    t, o = tensors(target), tensors(online)
    if len(t) != len(o): raise ValueError("not the same architecture")
    for a, b in zip(t, o): a.copy_(tau * a + (1 - tau) * b)
