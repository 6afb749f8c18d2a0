"Fresh answers, round 8: written on 2026-12-05, after the checks' eighth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import numpy as np
import torch, torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong


# ----------------------------------------------------------------------------------------------- right answers

@right("F.normalize both on the last dim (z detached), then 2 - 2 * row-wise dot product", fresh=True)
def regression_loss(p, z):
    p = F.normalize(p, dim=-1)
    z = F.normalize(z.detach(), dim=-1)
    return 2 - 2 * (p * z).sum(dim=-1)


regression_loss = right("lambda: 2 - 2 * F.cosine_similarity with the target detached", fresh=True)(
    lambda p, z: 2 - 2 * F.cosine_similarity(p, z.detach(), dim=-1))


@right("squared distance of the normalised vectors via F.mse_loss(reduction='none').sum(-1)", fresh=True)
def regression_loss(p, z):
    return F.mse_loss(F.normalize(p, dim=1), F.normalize(z, dim=1).detach(), reduction='none').sum(1)


@right("manual normalisation with +1e-8 in the denominator (finite at zero rows), einsum for the dot product", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    pn = p / (p.norm(dim=-1, keepdim=True) + 1e-8)
    zn = z / (z.norm(dim=-1, keepdim=True) + 1e-8)
    return 2 - 2 * torch.einsum('nd,nd->n', pn, zn)


class _RegressionLoss:
    "callable object: torch.linalg.vector_norm clamped away from 0, then |pn - zn|^2"
    def __call__(self, p, z):
        z = z.detach()
        pn = p / torch.linalg.vector_norm(p, dim=-1, keepdim=True).clamp_min(1e-12)
        zn = z / torch.linalg.vector_norm(z, dim=-1, keepdim=True).clamp_min(1e-12)
        return (pn - zn).pow(2).sum(-1)

regression_loss = right("object with __call__: vector_norm clamped, then squared distance", fresh=True)(_RegressionLoss())


# ----------------------------------------------------------------------------------------------- wrong answers

regression_loss = wrong('the gradient of your loss reaches p, z; it should reach p only (the ta', "forgot to detach z: gradient flows into the target", fresh=True)(
    lambda p, z: 2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z, dim=-1)).sum(-1))


@wrong('your function cut its input `z` from the autograd graph in place (`det', "detaches z in place with z.detach_() (cuts the caller's tensor from its graph)", fresh=True)
def regression_loss(p, z):
    z.detach_()
    return 2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z, dim=-1)).sum(-1)


@wrong('with a row of zeros in p, z, your loss is nan: a zero vector has no di', "divides by the norm without a guard: a zero row gives NaN", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    p = p / p.norm(dim=-1, keepdim=True)
    z = z / z.norm(dim=-1, keepdim=True)
    return 2 - 2 * (p * z).sum(-1)


@wrong('your function changed its input `z` in place: the caller still needs i', "normalises the detached z in place (z.detach() shares storage, so the caller's z is changed)", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    z /= z.norm(dim=-1, keepdim=True).clamp_min(1e-12)
    return 2 - 2 * (F.normalize(p, dim=-1) * z).sum(-1)


@wrong('returns the mean, not one value per sample', "averages over the batch: returns one number instead of N", fresh=True)
def regression_loss(p, z):
    return (2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z.detach(), dim=-1)).sum(-1)).mean()


@wrong('normalised over the batch (dim', "F.normalize along dim=0 (over the batch) instead of over the features", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * (F.normalize(p, dim=0) * F.normalize(z.detach(), dim=0)).sum(-1)


@wrong('normalised: this is the squared distance of the raw vectors', "no normalisation: plain squared distance", fresh=True)
def regression_loss(p, z):
    return (p - z.detach()).pow(2).sum(-1)


@wrong('the loss changes when p and z are rescaled (each row by a factor betwe', "p.norm() without dim: divides by the norm of the whole batch", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    return 2 - 2 * ((p / p.norm().clamp_min(1e-12)) * (z / z.norm().clamp_min(1e-12))).sum(-1)


@wrong('cos (missing factor', "1 - cos instead of 2 - 2 cos", fresh=True)
def regression_loss(p, z):
    return 1 - F.cosine_similarity(p, z.detach(), dim=-1)


@wrong('no gradient can reach the predictions: the loss you return has no grap', "detaches p as well: no gradient anywhere", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * F.cosine_similarity(p.detach(), z.detach(), dim=-1)


@wrong('one value per sample, got', "keepdim=True in the sum: returns N x 1", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z.detach(), dim=-1)).sum(-1, keepdim=True)


# Written as wrong; right by the contract: the course hands its networks and losses float32 tensors (mixed precision
# keeps float32 weights), and the contract fixes values and gradients, not what other dtypes would do.
@right("casts to float32 first ('safe under mixed precision'): float64 inputs give a float32 loss", fresh=True)
def regression_loss(p, z):
    p, z = p.float(), z.detach().float()
    return 2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z, dim=-1)).sum(-1)


@wrong('no gradient can reach the predictions: the loss you return has no grap', "computes in NumPy and converts back: no gradient, CPU only", fresh=True)
def regression_loss(p, z):
    pn = p.detach().cpu().numpy(); zn = z.detach().cpu().numpy()
    pn = pn / np.maximum(np.linalg.norm(pn, axis=-1, keepdims=True), 1e-12)
    zn = zn / np.maximum(np.linalg.norm(zn, axis=-1, keepdims=True), 1e-12)
    return torch.from_numpy(2 - 2 * (pn * zn).sum(-1))


@wrong('the loss changes when p and z are rescaled (each row by a factor betwe', "normalises only p, not z", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * (F.normalize(p, dim=-1) * z.detach()).sum(-1)


@wrong('with a row of zeros in p, z, your loss is a number, but its gradient i', "divides by the norm then nan_to_num: finite loss at a zero row but NaN gradient", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    pn = (p / p.norm(dim=-1, keepdim=True)).nan_to_num(0.)
    zn = (z / z.norm(dim=-1, keepdim=True)).nan_to_num(0.)
    return 2 - 2 * (pn * zn).sum(-1)


@wrong('mean over the features instead of the sum: the squared distance of uni', "per-sample MSE with .mean(-1) over the features: the loss is divided by d", fresh=True)
def regression_loss(p, z):
    return F.mse_loss(F.normalize(p, dim=-1), F.normalize(z.detach(), dim=-1), reduction='none').mean(-1)


@wrong("only the directions count (an eps that is large next to a row's length", "F.normalize with a large eps=1e-3 'for stability': small vectors are not scaled to unit length", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * (F.normalize(p, dim=-1, eps=1e-3) * F.normalize(z.detach(), dim=-1, eps=1e-3)).sum(-1)


@wrong('with a row of zeros in p, z, your loss is a number, but its gradient i', "torch.where(norm > 0, p / norm, 0): finite loss at a zero row, NaN gradient (where-trap)", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    np_, nz = p.norm(dim=-1, keepdim=True), z.norm(dim=-1, keepdim=True)
    pn = torch.where(np_ > 0, p / np_, torch.zeros_like(p))
    zn = torch.where(nz > 0, z / nz, torch.zeros_like(z))
    return 2 - 2 * (pn * zn).sum(-1)
