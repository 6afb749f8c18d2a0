"Fresh answers, round 8: written on 2026-12-05, after the checks' eighth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import math
import numpy as np
import torch, torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong


# ----------------------------------------------------------------------------------------------- right answers

@right("F.normalize in float32, sample std over the batch, mean over dimensions, .item()", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach().float(), dim=1).std(dim=0).mean().item()


@right("NumPy in float64 after .cpu(): rows divided by max(norm, 1e-12), population std (np.std)", fresh=True)
def embedding_std(z):
    a = z.detach().cpu().double().numpy()
    n = np.linalg.norm(a, axis=1, keepdims=True)
    a = a / np.maximum(n, 1e-12)
    return float(np.std(a, axis=0).mean())


@right("by hand in float64: population variance from the centred rows, sqrt, mean; zero rows masked to 0", fresh=True)
def embedding_std(z):
    x = z.detach().to(torch.float64)
    norms = x.norm(dim=-1, keepdim=True)
    x = torch.where(norms > 0, x / torch.where(norms > 0, norms, torch.ones_like(norms)), torch.zeros_like(x))
    var = ((x - x.mean(dim=0, keepdim=True)) ** 2).mean(dim=0)
    return float(var.sqrt().mean())


embedding_std = right("a lambda: torch.std_mean with correction=0 on F.normalize(z.float(), dim=-1)", fresh=True)(
    lambda z: torch.std_mean(F.normalize(z.detach().float(), dim=-1), dim=0, correction=0)[0].mean().item())


@right("loop over the dimensions, statistics-free: sqrt of E[x^2] - E[x]^2 per column in float64 (sample-corrected)", fresh=True)
def embedding_std(z):
    x = F.normalize(z.detach().double(), dim=1)
    n, d = x.shape
    total = 0.0
    for j in range(d):
        col = x[:, j]
        var = (col.pow(2).sum() - col.sum() ** 2 / n) / (n - 1)
        total += math.sqrt(max(var.item(), 0.0))
    return total / d


# ----------------------------------------------------------------------------------------------- wrong answers

@wrong('normalised before the std', "no L2 normalisation: std of the raw embeddings", fresh=True)
def embedding_std(z):
    return z.detach().float().std(dim=0).mean().item()


@wrong('normalised over the wrong dimension: normalise each embedding (dim', "normalises the columns (dim=0) instead of each embedding", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach().float(), dim=0).std(dim=0).mean().item()


@wrong("std over the wrong dimension: take each dimension's std over the batch", "std along each embedding (dim=1), averaged over the batch", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach().float(), dim=1).std(dim=1).mean().item()


@wrong("std of all the entries at once: take each dimension's std over the bat", "one std over all the elements of the normalised batch instead of per dimension", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach().float(), dim=1).std().item()


@wrong('got nan: a zero vector has no direction, and F.normalize leaves it at', "divides by the norm by hand: a row of zeros gives NaN", fresh=True)
def embedding_std(z):
    x = z.detach().float()
    x = x / x.norm(dim=1, keepdim=True)
    return x.std(dim=0).mean().item()


@wrong('normalised), so an eps added to the norm must be tiny next to the rows', "adds eps=1e-6 to the norm: not scale-invariant for small embeddings", fresh=True)
def embedding_std(z):
    x = z.detach().float()
    x = x / (x.norm(dim=1, keepdim=True) + 1e-6)
    return x.std(dim=0).mean().item()


@wrong('should return a number as a Python float, got a tensor: take .item()', "returns a 0-d tensor, not a Python float", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach().float(), dim=1).std(dim=0).mean()


# Written as wrong; right by the contract: the collapse detector hands embedding_std float32 embeddings, and the
# lesson asks for float32 arithmetic on them, not for float16 inputs.
@right("no cast to float32: a float16 batch is computed in float16", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach(), dim=1).std(dim=0).mean().item()


@wrong('your function changed its input `z` in place: the caller still needs i', "normalises z in place (div_): the caller's embeddings change", fresh=True)
def embedding_std(z):
    with torch.no_grad():
        z.div_(z.norm(dim=1, keepdim=True).clamp_min(1e-12))
    return z.float().std(dim=0).mean().item()


@wrong('device type tensor to numpy. Use Tensor.cpu() to copy the tensor to ho', "NumPy straight from .detach().numpy() without .cpu(): fails on the GPU", fresh=True)
def embedding_std(z):
    a = z.detach().numpy().astype(np.float64)
    a = a / np.maximum(np.linalg.norm(a, axis=1, keepdims=True), 1e-12)
    return float(a.std(axis=0).mean())


@wrong('the variance, not the standard deviation, of each dimension', "variance instead of std (forgot the square root)", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach().float(), dim=1).var(dim=0).mean().item()


@wrong('the per-dimension stds summed, not averaged: take their mean', "sums the per-dimension stds instead of averaging them", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach().float(), dim=1).std(dim=0).sum().item()


@wrong('differs from the reference on a', "normalises after the std: mean column std divided by the mean row norm (wrong when rows differ in length)", fresh=True)
def embedding_std(z):
    x = z.detach().float()
    return (x.std(dim=0).mean() / x.norm(dim=1).mean()).item()


@wrong('the root mean square of each dimension, not its std: the std subtracts', "root-mean-square of the normalised entries, not centred: a collapsed batch gives about 1/sqrt(d)", fresh=True)
def embedding_std(z):
    x = F.normalize(z.detach().float(), dim=1)
    return x.pow(2).mean(dim=0).sqrt().mean().item()


@wrong('as many rows as the collapse detector keeps) expected', "subsamples 512 rows with torch.randperm for speed: uses the global RNG and gives an estimate", fresh=True)
def embedding_std(z):
    x = z.detach().float()
    if len(x) > 512: x = x[torch.randperm(len(x))[:512]]
    return F.normalize(x, dim=1).std(dim=0).mean().item()


@wrong('should return a number as a Python float, got numpy.float', "returns np.float32 from np.std on a float32 array (not a Python float)", fresh=True)
def embedding_std(z):
    a = F.normalize(z.detach().float(), dim=1).cpu().numpy()
    return np.std(a, axis=0).mean()


@wrong('differs from the reference on a', "uses the median of the per-dimension stds instead of the mean", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach().float(), dim=1).std(dim=0).median().item()


@wrong('for everything after it (`torch.set_default_dtype` is global: every te', "torch.set_default_dtype(torch.float64) for precision, never restored: changes global state", fresh=True)
def embedding_std(z):
    torch.set_default_dtype(torch.float64)
    x = F.normalize(z.detach().to(torch.get_default_dtype()), dim=1)
    return x.std(dim=0).mean().item()
