"Fresh answers, round 1: written on 2026-12-05, after the checks' first version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import math
import numpy as np
import torch
import torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("F.normalize over dim 1, std over dim 0 (sample), mean, .item()", fresh=True)
def embedding_std(z):
    return F.normalize(z, dim=1).std(dim=0).mean().item()


@right("by hand: divide by the clamped row norm, population std as sqrt(mean squared deviation), float()", fresh=True)
def embedding_std(z):
    x = z.detach().float()
    x = x / x.norm(dim=1, keepdim=True).clamp_min(1e-12)
    dev = x - x.mean(dim=0, keepdim=True)
    return float(dev.pow(2).mean(dim=0).sqrt().mean())


@right("NumPy: detach, cpu, float64; np.linalg.norm rows (with eps), np.std(axis=0, ddof=1), mean", fresh=True)
def embedding_std(z):
    a = z.detach().cpu().double().numpy()
    a = a / np.maximum(np.linalg.norm(a, axis=1, keepdims=True), 1e-12)
    return float(np.std(a, axis=0, ddof=1).mean())


@right("loop over dimensions with torch.std_mean (population), after F.normalize; python sum / d", fresh=True)
def embedding_std(z):
    x = F.normalize(z.detach(), p=2, dim=-1)
    total = 0.0
    for j in range(x.shape[1]):
        s, _ = torch.std_mean(x[:, j], unbiased=False)
        total += s.item()
    return total / x.shape[1]


# ---------------------------------------------------------------- wrong answers

@wrong('normalised before the std', "forgot to L2-normalise: std of the raw embeddings", fresh=True)
def embedding_std(z):
    return z.std(dim=0).mean().item()


@wrong('normalised over the wrong dimension: normalise each embedding (dim', "normalised along the wrong dimension (each column, dim=0, instead of each embedding)", fresh=True)
def embedding_std(z):
    return F.normalize(z, dim=0).std(dim=0).mean().item()


@wrong("std over the wrong dimension: take each dimension's std over the batch", "std over the wrong axis: std of each embedding across its dimensions, then the mean over the batch", fresh=True)
def embedding_std(z):
    return F.normalize(z, dim=1).std(dim=1).mean().item()


@wrong('should return a number as a Python float, got a tensor: take .item()', "returns a 0-dim tensor instead of a number (no .item())", fresh=True)
def embedding_std(z):
    return F.normalize(z, dim=1).std(dim=0).mean()


@wrong('your function changed its input `z` in place: the caller still needs i', "normalises z in place (z /= norm): the caller's embeddings are changed", fresh=True)
def embedding_std(z):
    z /= z.norm(dim=1, keepdim=True).clamp_min(1e-12)
    return z.std(dim=0).mean().item()


@wrong("std of all the entries at once: take each dimension's std over the bat", "std of all the normalised entries at once (flattened) instead of the mean of per-dimension stds", fresh=True)
def embedding_std(z):
    return F.normalize(z, dim=1).std().item()


@wrong("the square root of the mean variance: take each dimension's std, then", "sqrt of the mean variance instead of the mean of the stds", fresh=True)
def embedding_std(z):
    return F.normalize(z, dim=1).var(dim=0).mean().sqrt().item()


@wrong('the variance, not the standard deviation, of each dimension', "returns the mean variance, not the std", fresh=True)
def embedding_std(z):
    return F.normalize(z, dim=1).var(dim=0).mean().item()


@wrong('differs from the reference on a', "centres the batch (subtracts the mean embedding) before normalising: a collapsed batch looks healthy", fresh=True)
def embedding_std(z):
    x = z - z.mean(dim=0, keepdim=True)
    return F.normalize(x, dim=1).std(dim=0).mean().item()


@wrong('differs from the reference on a', "divides by the norm of the whole batch (Frobenius) instead of each row's norm", fresh=True)
def embedding_std(z):
    return (z / z.norm()).std(dim=0).mean().item()


@wrong('differs from the reference on a', "L1 normalisation (p=1) instead of L2", fresh=True)
def embedding_std(z):
    return F.normalize(z, p=1, dim=1).std(dim=0).mean().item()


@wrong("scaled by sqrt(d): the lesson's measure is about", "scales by sqrt(d) so that healthy is 1 instead of 1/sqrt(d)", fresh=True)
def embedding_std(z):
    return F.normalize(z, dim=1).std(dim=0).mean().item() * math.sqrt(z.shape[1])


@wrong('got nan: a zero vector has no direction, and F.normalize leaves it at', "divides by the row norm without an eps: a zero embedding gives NaN", fresh=True)
def embedding_std(z):
    x = z / z.norm(dim=1, keepdim=True)
    return x.std(dim=0).mean().item()


@wrong('device type tensor to numpy. Use Tensor.cpu() to copy the tensor to ho', "NumPy without detach(): fails on embeddings that require grad (and on GPU tensors)", fresh=True)
def embedding_std(z):
    a = z.numpy()
    a = a / np.maximum(np.linalg.norm(a, axis=1, keepdims=True), 1e-12)
    return float(a.std(axis=0).mean())
