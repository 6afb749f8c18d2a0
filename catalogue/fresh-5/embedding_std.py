"Fresh answers, round 5: written on 2026-12-05, after the checks' fifth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import math
import numpy as np
import torch
import torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("F.normalize(dim=1), population std over the batch, mean, .item()", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach().float(), dim=1).std(dim=0, unbiased=False).mean().item()


@right("NumPy on a CPU copy: divide by the norm, NaN (zero rows) -> 0, np.std(axis=0).mean(), float()", fresh=True)
def embedding_std(z):
    x = z.detach().cpu().double().numpy()
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    with np.errstate(invalid='ignore', divide='ignore'):
        u = np.nan_to_num(x / norms)
    return float(u.std(axis=0).mean())


@right("manual: z / norm.clamp_min(1e-12), sample std (correction=1) via torch.std_mean", fresh=True)
def embedding_std(z):
    z = z.detach()
    u = z / z.norm(dim=1, keepdim=True).clamp_min(1e-12)
    std, _ = torch.std_mean(u, dim=0, correction=1)
    return float(std.mean())


@right("explicit centring: sqrt(mean((u - mean)^2)) per dimension, then averaged", fresh=True)
def embedding_std(z):
    u = F.normalize(z.detach().cpu().to(torch.float64), p=2, dim=-1)
    centred = u - u.mean(dim=0, keepdim=True)
    return centred.pow(2).mean(dim=0).sqrt().mean().item()


@right("a loop over dimensions with statistics.pstdev on python floats", fresh=True)
def embedding_std(z):
    import statistics
    u = F.normalize(z.detach().cpu().double(), dim=1).tolist()
    d = len(u[0])
    return sum(statistics.pstdev(row[j] for row in u) for j in range(d)) / d


# ---------------------------------------------------------------- wrong answers

@wrong('normalised before the std', "no L2 normalisation: std of the raw embeddings", fresh=True)
def embedding_std(z):
    return z.detach().std(dim=0).mean().item()


@wrong('normalised over the wrong dimension: normalise each embedding (dim', "normalises each dimension (dim=0) instead of each embedding (dim=1)", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach(), dim=0).std(dim=0).mean().item()


@wrong("std over the wrong dimension: take each dimension's std over the batch", "std of each embedding across its dimensions (dim=1) instead of over the batch", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach(), dim=1).std(dim=1).mean().item()


@wrong("std of all the entries at once: take each dimension's std over the bat", "std of all the normalised entries at once (flattened), not per dimension", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach(), dim=1).std().item()


@wrong("the square root of the mean variance: take each dimension's std, then", "sqrt of the mean variance instead of the mean of the stds", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach(), dim=1).var(dim=0).mean().sqrt().item()


@wrong('got nan: a zero vector has no direction, and F.normalize leaves it at', "divides by the norm directly: a zero row gives NaN", fresh=True)
def embedding_std(z):
    u = z.detach() / z.detach().norm(dim=1, keepdim=True)
    return u.std(dim=0).mean().item()


@wrong('a zero vector has no direction, and F.normalize leaves it at zero, so', "drops the zero rows before the std (they 'have no direction')", fresh=True)
def embedding_std(z):
    z = z.detach()
    keep = z.norm(dim=1) > 0
    if not keep.any(): return 0.0
    return F.normalize(z[keep], dim=1).std(dim=0, unbiased=False).mean().item()


@wrong('your function changed its input `z` in place: the caller still needs i', "normalises z in place (z /= norm): the caller's tensor is changed", fresh=True)
def embedding_std(z):
    with torch.no_grad():
        z /= z.norm(dim=1, keepdim=True).clamp_min(1e-12)
    return z.std(dim=0).mean().item()


@wrong('your function changed its input `z` in place: the caller still needs i', "centres z in place with sub_ before normalising", fresh=True)
def embedding_std(z):
    with torch.no_grad():
        z.sub_(z.mean(dim=0))
        u = F.normalize(z, dim=1)
    return u.std(dim=0).mean().item()


@wrong('should return a number as a Python float, got a tensor: take .item()', "returns a 0-d tensor instead of a Python float", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach(), dim=1).std(dim=0).mean()


@wrong('should return a number as a Python float, got numpy.float', "NumPy result not converted: returns np.float32, not a Python float", fresh=True)
def embedding_std(z):
    u = F.normalize(z.detach().cpu(), dim=1).numpy()
    return u.std(axis=0).mean()


@wrong('device type tensor to numpy. Use Tensor.cpu() to copy the tensor to ho', "z.numpy() with no .cpu()/.detach(): fails on a GPU tensor or one that requires grad", fresh=True)
def embedding_std(z):
    x = z.numpy()
    u = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    return float(u.std(axis=0).mean())


@wrong('differs from the reference on a', "L1 normalisation (F.normalize with p=1)", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach(), p=1, dim=1).std(dim=0).mean().item()


@wrong('differs from the reference on a', "divides the whole batch by its largest norm instead of each row by its own", fresh=True)
def embedding_std(z):
    z = z.detach()
    return (z / z.norm(dim=1).max().clamp_min(1e-12)).std(dim=0).mean().item()


@wrong("scaled by sqrt(d): the lesson's measure is about", "multiplies by sqrt(d) to 'normalise' the result to 1 for healthy embeddings", fresh=True)
def embedding_std(z):
    return (F.normalize(z.detach(), dim=1).std(dim=0).mean() * math.sqrt(z.shape[1])).item()


@wrong('differs from the reference on a', "median over dimensions instead of the mean", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach(), dim=1).std(dim=0).median().item()


@wrong(('differs from the reference on a', 'the detector has to tell stds this small apart, which needs float', 'in float16 its eps rounds to 0'), "float16 maths (z.half()) to save memory: loses precision for small stds", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach().half(), dim=1).std(dim=0).mean().item()
