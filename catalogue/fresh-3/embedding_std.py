"Fresh answers, round 3: written on 2026-12-05, after the checks' third version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import math
import numpy as np
import torch, torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("F.normalize(z, dim=1), std over dim 0 (sample), mean, .item()", fresh=True)
def embedding_std(z):
    return F.normalize(z, dim=1).std(dim=0).mean().item()


@right("NumPy after .detach().cpu(): zero rows kept at zero with np.where, population std (ddof=0), float()", fresh=True)
def embedding_std(z):
    a = z.detach().cpu().double().numpy()
    n = np.linalg.norm(a, axis=1, keepdims=True)
    a = np.where(n > 0, a / np.where(n > 0, n, 1.0), 0.0)
    return float(np.std(a, axis=0).mean())


@right("loop over dimensions, manual normalisation with clamp_min(1e-12), correction=0, sum / d", fresh=True)
def embedding_std(z):
    zn = z.detach().float() / z.detach().float().norm(dim=1, keepdim=True).clamp_min(1e-12)
    d = zn.shape[1]
    total = 0.0
    for j in range(d):
        total += torch.std(zn[:, j], correction=0).item()
    return total / d


embedding_std = right("lambda: torch.linalg.vector_norm with clamp, torch.std_mean, float()", fresh=True)(
    lambda z: float(torch.std_mean(z / torch.linalg.vector_norm(z, dim=-1, keepdim=True).clamp_min(1e-12), dim=0)[0].mean()))


# ---------------------------------------------------------------- wrong answers

@wrong('normalised over the wrong dimension: normalise each embedding (dim', "normalises the columns (dim=0) instead of each embedding", fresh=True)
def embedding_std(z):
    return F.normalize(z, dim=0).std(dim=0).mean().item()


@wrong('normalised before the std', "forgot to L2-normalise: std of the raw embeddings", fresh=True)
def embedding_std(z):
    return z.std(dim=0).mean().item()


@wrong("std over the wrong dimension: take each dimension's std over the batch", "std over the wrong axis: per-embedding std across dimensions, then averaged over the batch", fresh=True)
def embedding_std(z):
    return F.normalize(z, dim=1).std(dim=1).mean().item()


@wrong('should return a number as a Python float, got a tensor: take .item()', "returns a 0-d tensor (forgot .item())", fresh=True)
def embedding_std(z):
    return F.normalize(z, dim=1).std(dim=0).mean()


@wrong('got nan: a zero vector has no direction, and F.normalize leaves it at', "divides by the norm without a guard: a zero row gives NaN", fresh=True)
def embedding_std(z):
    zn = z / z.norm(dim=1, keepdim=True)
    return zn.std(dim=0).mean().item()


@wrong('device type tensor to numpy. Use Tensor.cpu() to copy the tensor to ho', "NumPy without .cpu(): fails for a z on the GPU", fresh=True)
def embedding_std(z):
    a = z.detach().numpy()
    n = np.maximum(np.linalg.norm(a, axis=1, keepdims=True), 1e-12)
    return float((a / n).std(axis=0).mean())


@wrong('your function changed its input `z` in place: the caller still needs i', "normalises z in place (div_), changing the caller's tensor", fresh=True)
def embedding_std(z):
    z.div_(z.norm(dim=1, keepdim=True).clamp_min(1e-12))
    return z.std(dim=0).mean().item()


@wrong("std of all the entries at once: take each dimension's std over the bat", "one std over all entries of the normalised batch instead of per dimension then mean", fresh=True)
def embedding_std(z):
    return F.normalize(z, dim=1).std().item()


@wrong("the square root of the mean variance: take each dimension's std, then", "sqrt of the mean variance instead of the mean of the stds (RMS, not mean)", fresh=True)
def embedding_std(z):
    return F.normalize(z, dim=1).var(dim=0).mean().sqrt().item()


@wrong('differs from the reference on a', "centres the batch before normalising: a collapsed batch plus tiny noise looks healthy", fresh=True)
def embedding_std(z):
    return F.normalize(z - z.mean(dim=0), dim=1).std(dim=0).mean().item()


@wrong('the per-dimension stds summed, not averaged', "sums the per-dimension stds instead of averaging them", fresh=True)
def embedding_std(z):
    return F.normalize(z, dim=1).std(dim=0).sum().item()


@wrong('differs from the reference on a', "L1 normalisation (p=1) instead of L2", fresh=True)
def embedding_std(z):
    return F.normalize(z, p=1, dim=1).std(dim=0).mean().item()


@wrong('got nan: a zero vector has no direction, and F.normalize leaves it at', "drops zero rows before the std instead of keeping them at zero (all-zero batch gives NaN)", fresh=True)
def embedding_std(z):
    n = z.norm(dim=1)
    keep = n > 0
    zn = z[keep] / n[keep, None]
    return zn.std(dim=0).mean().item()


@wrong('differs from the reference on a', "mean absolute deviation instead of the standard deviation", fresh=True)
def embedding_std(z):
    zn = F.normalize(z, dim=1)
    return (zn - zn.mean(dim=0)).abs().mean().item()
