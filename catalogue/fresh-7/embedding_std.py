"Fresh answers, round 7: written on 2026-12-05, after the checks' seventh version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import math
import numpy as np
import torch
import torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("F.normalize on a detached float32 copy, std over dim 0 (sample std), mean, .item()", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach().float(), dim=1).std(dim=0).mean().item()


@right("NumPy in float64 after .cpu(): zero rows kept at zero with np.where, population std (ddof=0)", fresh=True)
def embedding_std(z):
    a = z.detach().cpu().double().numpy()
    n = np.linalg.norm(a, axis=1, keepdims=True)
    u = np.where(n > 0, a / np.where(n > 0, n, 1.0), 0.0)
    return float(u.std(axis=0).mean())


@right("sklearn.preprocessing.normalize (leaves zero rows at zero), np.std, float()", fresh=True)
def embedding_std(z):
    from sklearn.preprocessing import normalize
    u = normalize(z.detach().cpu().to(torch.float64).numpy(), norm='l2', axis=1)
    return float(np.std(u, axis=0).mean())


@right("divide by the norm then torch.nan_to_num for zero rows; var(correction=0).sqrt() in float64", fresh=True)
def embedding_std(z):
    x = z.detach().to(torch.float64)
    u = torch.nan_to_num(x / x.norm(dim=1, keepdim=True), nan=0.0)
    return u.var(dim=0, correction=0).sqrt().mean().item()


@right("explicit loop over dimensions with the population-std formula, float64", fresh=True)
def embedding_std(z):
    u = F.normalize(z.detach().double(), p=2, dim=-1)
    n, d = u.shape
    total = 0.0
    for j in range(d):
        col = u[:, j]
        m = col.sum() / n
        total += math.sqrt(((col - m) ** 2).sum().item() / n)
    return total / d


# ---------------------------------------------------------------- wrong answers

@wrong('normalised before the std', "no L2 normalisation: std of the raw embeddings (depends on their scale)", fresh=True)
def embedding_std(z):
    return z.detach().float().std(dim=0).mean().item()


@wrong('normalised over the wrong dimension: normalise each embedding (dim', "normalises along dim 0 (each dimension over the batch) instead of each embedding", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach().float(), dim=0).std(dim=0).mean().item()


@wrong("std over the wrong dimension: take each dimension's std over the batch", "std over dim 1 (within each embedding) then averaged over the batch", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach().float(), dim=1).std(dim=1).mean().item()


@wrong('got nan: a zero vector has no direction, and F.normalize leaves it at', "divides by the row norm directly: a zero row gives NaN", fresh=True)
def embedding_std(z):
    x = z.detach().float()
    return (x / x.norm(dim=1, keepdim=True)).std(dim=0).mean().item()


@wrong('should return a number as a Python float, got a tensor: take .item()', "returns a 0-d tensor instead of a Python float", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach().float(), dim=1).std(dim=0).mean()


@wrong('your function changed its input `z` in place: the caller still needs i', "normalises z in place (div_), changing the caller's embeddings", fresh=True)
def embedding_std(z):
    with torch.no_grad():
        z.div_(z.norm(dim=1, keepdim=True).clamp_min(1e-12))
    return z.float().std(dim=0).mean().item()


# Written as wrong; right by the contract: the collapse detector hands embedding_std float32 embeddings, and the
# lesson asks for float32 arithmetic on them, not for float16 inputs.
@right("computes in z's own dtype: float16/bfloat16 input is never upcast", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach(), dim=1).std(dim=0).mean().item()


@wrong(('got nan: a zero vector has no direction, and F.normalize leaves it at', 'the detector has to tell stds this small apart, which needs float'), "casts to half 'for speed' before computing", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach().half(), dim=1).float().std(dim=0).mean().item()


@wrong(('normalised), so an eps added to the norm must be tiny next to the rows', "long) yours is right, so your std depends on the rows' length: only th"), "adds eps = 1e-3 to the norm: not scale invariant for small embeddings", fresh=True)
def embedding_std(z):
    x = z.detach().float()
    return (x / (x.norm(dim=1, keepdim=True) + 1e-3)).std(dim=0).mean().item()


@wrong('device type tensor to numpy. Use Tensor.cpu() to copy the tensor to ho', "goes to NumPy without .cpu() (z.detach().numpy() fails on the GPU)", fresh=True)
def embedding_std(z):
    a = z.detach().numpy().astype(np.float64)
    n = np.linalg.norm(a, axis=1, keepdims=True)
    u = a / np.maximum(n, 1e-12)
    return float(u.std(axis=0).mean())


@wrong('the variance, not the standard deviation, of each dimension', "variance instead of std", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach().float(), dim=1).var(dim=0).mean().item()


@wrong("std of all the entries at once: take each dimension's std over the bat", "std of all the entries at once (flattened) instead of per dimension", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach().float(), dim=1).std().item()


@wrong("the square root of the mean variance: take each dimension's std, then", "sqrt of the mean variance (RMS of the per-dimension stds) instead of the mean of the stds", fresh=True)
def embedding_std(z):
    return F.normalize(z.detach().float(), dim=1).var(dim=0).mean().sqrt().item()


@wrong('differs from the reference on a', "centres the batch before normalising: a collapsed batch with tiny noise looks healthy", fresh=True)
def embedding_std(z):
    x = z.detach().float()
    return F.normalize(x - x.mean(dim=0), dim=1).std(dim=0).mean().item()


@wrong('got nan: a zero vector has no direction, and F.normalize leaves it at', "drops zero rows instead of counting them as zeros (an all-zero batch gives NaN)", fresh=True)
def embedding_std(z):
    x = z.detach().float()
    x = x[x.norm(dim=1) > 0]
    return F.normalize(x, dim=1).std(dim=0).mean().item()


@wrong('differs from the reference on a', "divides the raw per-dimension std by the mean row norm instead of normalising each row", fresh=True)
def embedding_std(z):
    x = z.detach().float()
    return (x.std(dim=0).mean() / x.norm(dim=1).mean()).item()


@wrong('for everything after it (`torch.set_default_dtype` is global: every te', "sets torch's global default dtype to float64 to compute in float64, and leaves it set", fresh=True)
def embedding_std(z):
    torch.set_default_dtype(torch.float64)
    x = z.detach().to(torch.get_default_dtype())
    return F.normalize(x, dim=1).std(dim=0).mean().item()
