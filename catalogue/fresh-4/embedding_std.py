"Fresh answers, round 4: written on 2026-12-05, after the checks' fourth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import math
import numpy as np
import torch
import torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("F.normalize over dim 1, sample std over dim 0, mean, .item()", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach(), dim=1).std(dim=0).mean().item()


@right("NumPy in float64 on a CPU copy; zero rows kept at zero with np.where; population std", fresh=True)
def embedding_std(z):
    x = z.detach().cpu().double().numpy()
    n = np.linalg.norm(x, axis=1, keepdims=True)
    x = np.where(n > 0, x / np.where(n > 0, n, 1.0), 0.0)
    return float(x.std(axis=0).mean())


@right("manual population std: sqrt(mean((x - mean)^2)) per column, norm clamped to avoid 0/0, float()", fresh=True)
def embedding_std(z):
    x = z.detach().float()
    x = x / x.norm(dim=1, keepdim=True).clamp_min(1e-12)
    centred = x - x.mean(dim=0, keepdim=True)
    return float(centred.pow(2).mean(dim=0).sqrt().mean())


@right("torch.std_mean with correction=0 after F.normalize, in float64", fresh=True)
def embedding_std(z):
    s, _ = torch.std_mean(F.normalize(z.detach().double(), dim=-1), dim=0, correction=0)
    return s.mean().item()


# ---------------------------------------------------------------- wrong answers

@wrong('normalised before the std', "forgot to L2-normalise: std of the raw embeddings", fresh=True)
def embedding_std(z):
    return z.detach().std(dim=0).mean().item()


@wrong('normalised over the wrong dimension: normalise each embedding (dim', "normalises along dim 0 (each dimension over the batch) instead of each embedding", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach(), dim=0).std(dim=0).mean().item()


@wrong('got nan: a zero vector has no direction, and F.normalize leaves it at', "divides by the norm by hand: a zero row becomes NaN", fresh=True)
def embedding_std(z):
    x = z.detach() / z.detach().norm(dim=1, keepdim=True)
    return x.std(dim=0).mean().item()


@wrong('your function changed its input `z` in place: the caller still needs i', "normalises the caller's tensor in place (z /= ...)", fresh=True)
def embedding_std(z):
    with torch.no_grad():
        z /= z.norm(dim=1, keepdim=True).clamp_min(1e-12)
    return z.std(dim=0).mean().item()


@wrong("std over the wrong dimension: take each dimension's std over the batch", "std over dim 1 (across each embedding's dimensions), averaged over the batch", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach(), dim=1).std(dim=1).mean().item()


@wrong('should return a number as a Python float, got a tensor: take .item()', "returns a 0-d tensor (no .item())", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach(), dim=1).std(dim=0).mean()


@wrong('the variance, not the standard deviation, of each dimension', "variance instead of std (var(0).mean())", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach(), dim=1).var(dim=0).mean().item()


@wrong("the square root of the mean variance: take each dimension's std, then", "root of the mean variance instead of the mean of the stds", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach(), dim=1).var(dim=0).mean().sqrt().item()


@wrong("std of all the entries at once: take each dimension's std over the bat", "std of all entries flattened, not per dimension", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach(), dim=1).std().item()


@wrong('got nan: a zero vector has no direction, and F.normalize leaves it at', "drops zero rows before the std (and a batch of zeros gives NaN)", fresh=True)
def embedding_std(z):
    z = z.detach()
    z = z[z.norm(dim=1) > 0]
    return F.normalize(z, dim=1).std(dim=0).mean().item()


@wrong('should return a number as a Python float, got numpy.float', "NumPy result not converted: returns numpy.float32, not a Python float", fresh=True)
def embedding_std(z):
    x = F.normalize(z.detach().cpu(), dim=1).numpy()
    return x.std(axis=0).mean()


@wrong('differs from the reference on a', "std of the raw embeddings divided by their mean norm (normalises after the std)", fresh=True)
def embedding_std(z):
    z = z.detach()
    return (z.std(dim=0).mean() / z.norm(dim=1).mean()).item()


@wrong('device type tensor to numpy. Use Tensor.cpu() to copy the tensor to ho', "goes to NumPy without .cpu() (breaks for a GPU tensor)", fresh=True)
def embedding_std(z):
    x = F.normalize(z.detach(), dim=1).numpy()
    return float(x.std(axis=0).mean())
