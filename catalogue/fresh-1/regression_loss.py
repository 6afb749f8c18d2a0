"Fresh answers, round 1: written on 2026-12-05, after the checks' first version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import numpy as np
import torch, torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong

# ---------------------------------------------------------------- right answers

@right("F.normalize both (z detached), then 2 - 2 * the row-wise dot product", fresh=True)
def regression_loss(p, z):
    p, z = F.normalize(p, dim=-1), F.normalize(z.detach(), dim=-1)
    return 2 - 2 * (p * z).sum(dim=-1)

@right("2 - 2 * F.cosine_similarity(p, z.detach(), dim=1)", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * F.cosine_similarity(p, z.detach(), dim=1)

regression_loss = right("lambda: squared distance of the normalised vectors", fresh=True)(
    lambda p, z: (F.normalize(p, dim=1) - F.normalize(z.detach(), dim=1)).pow(2).sum(1))

@right("F.mse_loss(reduction='none') on the normalised vectors, summed over the features", fresh=True)
def regression_loss(p, z):
    return F.mse_loss(F.normalize(p, dim=-1), F.normalize(z, dim=-1).detach(), reduction='none').sum(-1)

class _RegLoss:
    def __call__(self, p, z):
        with torch.no_grad(): zn = z / z.norm(dim=-1, keepdim=True).clamp_min(1e-12)
        pn = p / p.norm(dim=-1, keepdim=True).clamp_min(1e-12)
        return 2 * (1 - torch.einsum('nd,nd->n', pn, zn))
regression_loss = right("instance of a class with __call__: target normalised under torch.no_grad(), einsum, manual norm with clamp_min(1e-12)", fresh=True)(_RegLoss())

# ---------------------------------------------------------------- wrong answers

regression_loss = wrong('the gradient of your loss reaches p, z; it should reach p only (the ta', "forgot to detach z", fresh=True)(
    lambda p, z: 2 - 2 * F.cosine_similarity(p, z, dim=-1))

@wrong('your function changed its input `z` in place: the caller still needs i', "normalises the detached target in place (z.detach() shares storage: the caller's z is changed)", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    z /= z.norm(dim=-1, keepdim=True)
    return 2 - 2 * (F.normalize(p, dim=-1) * z).sum(-1)

@wrong('normalised over the batch (dim', "normalises along dim=0 (over the batch) instead of the features", fresh=True)
def regression_loss(p, z):
    p, z = F.normalize(p, dim=0), F.normalize(z.detach(), dim=0)
    return 2 - 2 * (p * z).sum(dim=-1)

@wrong('returns the mean, not one value per sample', "returns the batch mean instead of the N per-sample losses", fresh=True)
def regression_loss(p, z):
    return (2 - 2 * F.cosine_similarity(p, z.detach(), dim=-1)).mean()

@wrong('the loss changes when p and z are rescaled (each row by a factor betwe', "no normalisation: 2 - 2 * raw dot product", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * (p * z.detach()).sum(-1)

@wrong('normalised: this is the squared distance of the raw vectors', "plain squared distance without normalising", fresh=True)
def regression_loss(p, z):
    return (p - z.detach()).pow(2).sum(-1)

@wrong('returns a single number; it should return one value per sample, shape', "F.mse_loss on the normalised vectors with default reduction (one number, mean over N*d)", fresh=True)
def regression_loss(p, z):
    return F.mse_loss(F.normalize(p, dim=-1), F.normalize(z.detach(), dim=-1))

@wrong('cos (missing factor', "1 - cos instead of 2 - 2 cos (half the loss)", fresh=True)
def regression_loss(p, z):
    return 1 - F.cosine_similarity(p, z.detach(), dim=-1)

@wrong('the gradient of your loss reaches z and not p', "detaches p instead of z (typo)", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * F.cosine_similarity(p.detach(), z, dim=-1)

@wrong('one value per sample, got', "keepdim=True: returns N x 1 instead of N", fresh=True)
def regression_loss(p, z):
    p, z = F.normalize(p, dim=-1), F.normalize(z.detach(), dim=-1)
    return 2 - 2 * (p * z).sum(dim=-1, keepdim=True)

@wrong('the loss changes when p and z are rescaled (each row by a factor betwe', "divides the raw squared distance by the product of norms (normalises after the distance)", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    return (p - z).pow(2).sum(-1) / (p.norm(dim=-1) * z.norm(dim=-1))

@wrong('with a row of zeros in p, z, your loss is nan: a zero vector has no di', "manual normalisation without eps: NaN for an all-zero row", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    return 2 - 2 * ((p / p.norm(dim=-1, keepdim=True)) * (z / z.norm(dim=-1, keepdim=True))).sum(-1)

@wrong('no gradient can reach the predictions: the loss you return has no grap', "computed in NumPy (on .detach().numpy()) and wrapped back: no gradient into p", fresh=True)
def regression_loss(p, z):
    pn, zn = p.detach().numpy(), z.detach().numpy()
    pn = pn / np.linalg.norm(pn, axis=1, keepdims=True); zn = zn / np.linalg.norm(zn, axis=1, keepdims=True)
    return torch.from_numpy(2 - 2 * (pn * zn).sum(1))

@wrong('cos is missing (the loss should run from', "drops the constant: returns -2 cos (same gradient, wrong value)", fresh=True)
def regression_loss(p, z):
    return -2 * F.cosine_similarity(p, z.detach(), dim=-1)

@wrong('the loss changes when p and z are rescaled (each row by a factor betwe', "cosine of the unnormalised p with normalised z only (forgot to normalise p)", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * (p * F.normalize(z.detach(), dim=-1)).sum(-1)
