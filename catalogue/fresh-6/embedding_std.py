"Fresh answers, round 6: written on 2026-12-05, after the checks' sixth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import math
import numpy as np
import torch, torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("F.normalize on a float32 detached copy, sample std over dim 0, mean, .item()", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach().float(), dim=1).std(dim=0).mean().item()


@right("NumPy in float64 on the CPU: divide by the norm where it is non-zero, population std (ddof=0)", fresh=True)
def embedding_std(z):
    x = z.detach().cpu().double().numpy()
    n = np.linalg.norm(x, axis=1, keepdims=True)
    x = np.divide(x, n, out=np.zeros_like(x), where=n > 0)
    return float(x.std(axis=0).mean())


@right("divide by the norm, then nan_to_num turns the NaN rows of zero vectors into zeros; population std by hand", fresh=True)
def embedding_std(z):
    x = z.detach().to(torch.float64)
    x = torch.nan_to_num(x / x.norm(dim=1, keepdim=True), nan=0.0)
    var = ((x - x.mean(0)) ** 2).mean(0)
    return float(var.sqrt().mean())


embedding_std = right("lambda: F.normalize of a .double() copy, std(unbiased=False) over the batch, mean", fresh=True)(
    lambda z: F.normalize(z.double(), dim=-1).std(dim=0, unbiased=False).mean().item())


@right("loop over the dimensions: torch.var_mean of each column in float32 (norm clamped at 1e-12), sqrt, averaged", fresh=True)
def embedding_std(z):
    x = z.detach().float()
    x = x / x.norm(dim=1, keepdim=True).clamp_min(1e-12)
    stds = []
    for j in range(x.shape[1]):
        var, _ = torch.var_mean(x[:, j], correction=1)
        stds.append(var.sqrt().item())
    return sum(stds) / len(stds)


# ---------------------------------------------------------------- wrong answers

@wrong('normalised before the std', "no L2 normalisation: std of the raw embeddings", fresh=True)
def embedding_std(z):
    return z.detach().float().std(dim=0).mean().item()


@wrong('normalised over the wrong dimension: normalise each embedding (dim', "normalises along dim 0 (each dimension over the batch) instead of each embedding", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach().float(), dim=0).std(dim=0).mean().item()


@wrong('got nan: a zero vector has no direction, and F.normalize leaves it at', "divides by the norm without a guard: a row of zeros turns into NaN", fresh=True)
def embedding_std(z):
    x = z.detach().float()
    return (x / x.norm(dim=1, keepdim=True)).std(dim=0).mean().item()


@wrong("std over the wrong dimension: take each dimension's std over the batch", "std of each embedding over its dimensions (dim=1) instead of each dimension over the batch", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach().float(), dim=1).std(dim=1).mean().item()


@wrong("std of all the entries at once: take each dimension's std over the bat", "one global std of all the normalised entries instead of a per-dimension std", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach().float(), dim=1).std().item()


@wrong('should return a number as a Python float, got a tensor: take .item()', "returns a 0-d tensor instead of a Python float", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach().float(), dim=1).std(dim=0).mean()


# Written as wrong; right by the contract: the collapse detector hands embedding_std float32 embeddings, and the
# lesson asks for float32 arithmetic on them, not for float16 inputs.
@right("no upcast: a float16 input is computed in float16", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach(), dim=1).std(dim=0).mean().item()


@wrong('your function changed its input `z` in place: the caller still needs i', "z.detach().float() is z's own memory for float32 input, then normalised in place: z changes", fresh=True)
def embedding_std(z):
    x = z.detach().float()
    x /= x.norm(dim=1, keepdim=True).clamp_min(1e-12)
    return x.std(dim=0).mean().item()


@wrong('device type tensor to numpy. Use Tensor.cpu() to copy the tensor to ho', "NumPy without .cpu()/.detach()/.float(): fails on GPU, on tensors that require grad, on bfloat16; float16 stays float16", fresh=True)
def embedding_std(z):
    x = z.numpy()
    n = np.linalg.norm(x, axis=1, keepdims=True)
    x = x / np.maximum(n, 1e-12)
    return float(x.std(axis=0).mean())


@wrong('the variance, not the standard deviation, of each dimension', "variance instead of std (about 1/d, not 1/sqrt(d))", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach().float(), dim=1).var(dim=0).mean().item()


@wrong("the square root of the mean variance: take each dimension's std, then", "sqrt of the mean variance (RMS of the stds) instead of the mean of the stds", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach().float(), dim=1).var(dim=0).mean().sqrt().item()


@wrong('a zero vector has no direction, and F.normalize leaves it at zero, so', "drops the zero rows instead of counting them as zero vectors", fresh=True)
def embedding_std(z):
    x = z.detach().float()
    n = x.norm(dim=1)
    x = x[n > 0] / n[n > 0, None]
    if len(x) == 0: return 0.0
    return x.std(dim=0).mean().item()


@wrong('differs from the reference on a', "averages over the dimensions by dividing the sum by len(z), which is N, not d", fresh=True)
def embedding_std(z):
    return (F.normalize(z.detach().float(), dim=1).std(dim=0).sum() / len(z)).item()


@wrong('differs from the reference on a', "std of the raw embeddings divided by their mean norm instead of normalising each row", fresh=True)
def embedding_std(z):
    x = z.detach().float()
    return (x.std(dim=0).mean() / x.norm(dim=1).mean().clamp_min(1e-12)).item()


@wrong('the root mean square of each dimension, not its std', "forgets to centre: sqrt(mean(x^2)) per dimension (RMS), collapsed embeddings do not give 0", fresh=True)
def embedding_std(z):
    x = F.normalize(z.detach().float(), dim=1)
    return x.pow(2).mean(dim=0).sqrt().mean().item()


@wrong(('normalised), so an eps added to the norm must be tiny next to the rows', 'differs from the reference on a'), "adds 1e-3 to the norm instead of clamping at a tiny eps: small-norm embeddings get shrunk", fresh=True)
def embedding_std(z):
    x = z.detach().float()
    return (x / (x.norm(dim=1, keepdim=True) + 1e-3)).std(dim=0).mean().item()
