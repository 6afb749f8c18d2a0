"Fresh answers, round 2: written on 2026-12-05, after the checks' second version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import math
import numpy as np
import torch
import torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong


# ----------------------------------------------------------------------------- right answers

@right("F.normalize(dim=1), sample std over the batch (dim 0), mean, .item()", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach().float(), dim=1).std(dim=0).mean().item()


@right("NumPy on a CPU copy: row norms with zero rows left at zero, population std (ddof=0), float()", fresh=True)
def embedding_std(z):
    a = z.detach().cpu().double().numpy()
    n = np.linalg.norm(a, axis=1, keepdims=True)
    a = a / np.where(n > 0, n, 1.0)
    return float(a.std(axis=0).mean())


@right("loop over dimensions in float64 with torch.std_mean(unbiased=False), eps-clamped norm", fresh=True)
def embedding_std(z):
    x = z.detach().to('cpu', torch.float64)
    x = x / x.norm(dim=1, keepdim=True).clamp_min(1e-12)
    stds = []
    for j in range(x.shape[1]):
        s, _ = torch.std_mean(x[:, j], unbiased=False)
        stds.append(s.item())
    return sum(stds) / len(stds)


# sqrt of the centred second moment computed by hand (population std)
embedding_std = right("lambda: by-hand population std sqrt(mean((x - mean)^2)) per column of F.normalize(z)", fresh=True)(
    lambda z: (lambda x: float(((x - x.mean(0)) ** 2).mean(0).sqrt().mean()))(F.normalize(z.detach().double(), dim=-1)))


# ----------------------------------------------------------------------------- wrong answers

@wrong('normalised before the std', "no L2-normalisation: std of the raw embeddings", fresh=True)
def embedding_std(z):
    return z.detach().std(dim=0).mean().item()


@wrong('normalised over the wrong dimension: normalise each embedding (dim', "normalises along dim 0 (each dimension over the batch) instead of each embedding", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach(), dim=0).std(dim=0).mean().item()


@wrong("std over the wrong dimension: take each dimension's std over the batch", "std along dim 1 (over the dimensions of each embedding) instead of over the batch", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach(), dim=1).std(dim=1).mean().item()


@wrong("std of all the entries at once: take each dimension's std over the bat", "std of all the normalised elements at once, not per dimension averaged", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach(), dim=1).std().item()


@wrong('got nan: a zero vector has no direction, and F.normalize leaves it at', "divides by the row norm by hand without eps: a zero row gives NaN", fresh=True)
def embedding_std(z):
    x = z.detach()
    x = x / x.norm(dim=1, keepdim=True)
    return x.std(dim=0).mean().item()


@wrong('should return a number as a Python float, got a tensor: take .item()', "returns a 0-d tensor instead of a Python float", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach(), dim=1).std(dim=0).mean()


@wrong('your function changed its input `z` in place: the caller still needs i', "normalises in place with div_: the caller's z is changed", fresh=True)
def embedding_std(z):
    with torch.no_grad():
        z.div_(z.norm(dim=1, keepdim=True).clamp_min(1e-12))
        return z.std(dim=0).mean().item()


@wrong('device type tensor to numpy. Use Tensor.cpu() to copy the tensor to ho', "NumPy without .cpu(): fails for a z on the GPU", fresh=True)
def embedding_std(z):
    a = z.detach().numpy()
    n = np.linalg.norm(a, axis=1, keepdims=True)
    a = a / np.maximum(n, 1e-12)
    return float(a.std(axis=0).mean())


@wrong('the variance, not the standard deviation, of each dimension', "mean variance instead of mean std", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach(), dim=1).var(dim=0).mean().item()


@wrong("the square root of the mean variance: take each dimension's std, then", "sqrt of the mean variance instead of the mean of the stds (root-mean-square std)", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach(), dim=1).var(dim=0).mean().sqrt().item()


@wrong('differs from the reference on a', "L1 normalisation (p=1) instead of L2", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach(), p=1, dim=1).std(dim=0).mean().item()


@wrong('differs from the reference on a', "centres the batch before normalising: a collapsed batch with tiny noise looks healthy", fresh=True)
def embedding_std(z):
    x = z.detach()
    return F.normalize(x - x.mean(dim=0), dim=1).std(dim=0).mean().item()


@wrong('differs from the reference on a', "std of the per-dimension means (mean over batch first, then std over dimensions)", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach(), dim=1).mean(dim=0).std().item()


@wrong("scaled by sqrt(d): the lesson's measure is about", "rescales by sqrt(d) so a healthy batch gives about 1", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach(), dim=1).std(dim=0).mean().item() * math.sqrt(z.shape[1])
