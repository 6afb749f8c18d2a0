"Fresh answers, round 2: written on 2026-12-05, after the checks' second version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import torch, torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong

# ---------------------------------------------------------------- right answers

@right("F.normalize both along the last dim (z detached first), then 2 - 2 * the row-wise dot product", fresh=True)
def regression_loss(p, z):
    p = F.normalize(p, dim=-1)
    z = F.normalize(z.detach(), dim=-1)
    return 2 - 2 * (p * z).sum(dim=-1)


@right("the diagonal of the N x N cosine matrix (normalised p @ normalised z.T), z normalised under torch.no_grad()", fresh=True)
def regression_loss(p, z):
    with torch.no_grad():
        zn = F.normalize(z, dim=1)
    pn = F.normalize(p, dim=1)
    return 2 - 2 * (pn @ zn.T).diagonal()


@right("manual normalisation, the norm clamped at 1e-12 like F.normalize; einsum for the dot product; z via .detach()", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    pn = p / p.norm(dim=1, keepdim=True).clamp_min(1e-12)
    zn = z / z.norm(dim=1, keepdim=True).clamp_min(1e-12)
    return 2 - 2 * torch.einsum('nd,nd->n', pn, zn)


class _CosLoss:
    def __call__(self, p, z):
        return 2 - 2 * F.cosine_similarity(p, z.detach(), dim=-1)
regression_loss = right("a class with __call__: 2 - 2 * F.cosine_similarity(p, z.detach(), dim=-1)", fresh=True)(_CosLoss())

# ---------------------------------------------------------------- wrong answers

@wrong('the gradient of your loss reaches p, z; it should reach p only (the ta', "forgot to detach z: the gradient also flows into the target", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z, dim=-1)).sum(-1)


@wrong('with a row of zeros in p, z, your loss is nan: a zero vector has no di', "divides by the norm without any clamp/eps: a zero row gives NaN instead of 2", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    pn = p / p.norm(dim=-1, keepdim=True)
    zn = z / z.norm(dim=-1, keepdim=True)
    return 2 - 2 * (pn * zn).sum(-1)


@wrong('your function changed its input `z` in place: the caller still needs i', "normalises z in place on z.detach() (shares storage): the caller's z is modified", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    z /= z.norm(dim=-1, keepdim=True).clamp_min(1e-12)
    p = F.normalize(p, dim=-1)
    return 2 - 2 * (p * z).sum(-1)


@wrong('normalised over the batch (dim', "normalises along dim=0 (over the batch) instead of along the features", fresh=True)
def regression_loss(p, z):
    p = F.normalize(p, dim=0)
    z = F.normalize(z.detach(), dim=0)
    return 2 - 2 * (p * z).sum(dim=-1)


@wrong('returns the mean, not one value per sample', "returns the batch mean (a scalar) instead of the N per-sample losses", fresh=True)
def regression_loss(p, z):
    p = F.normalize(p, dim=-1)
    z = F.normalize(z.detach(), dim=-1)
    return (2 - 2 * (p * z).sum(dim=-1)).mean()


@wrong('normalised: this is the squared distance of the raw vectors', "no normalisation: plain squared distance |p - z|^2 per sample", fresh=True)
def regression_loss(p, z):
    return (p - z.detach()).pow(2).sum(-1)


@wrong('mean over the features instead of the sum: the squared distance of uni', "F.mse_loss(reduction='none').mean(-1): averages over the d features instead of summing", fresh=True)
def regression_loss(p, z):
    return F.mse_loss(F.normalize(p, dim=-1), F.normalize(z.detach(), dim=-1), reduction='none').mean(-1)


@wrong('the gradient of your loss reaches z and not p', "detaches p instead of z (stop-gradient on the wrong side)", fresh=True)
def regression_loss(p, z):
    p = F.normalize(p.detach(), dim=-1)
    z = F.normalize(z, dim=-1)
    return 2 - 2 * (p * z).sum(dim=-1)


@wrong('the loss changes when p and z are rescaled (each row by a factor betwe', "normalises only p, not z", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * (F.normalize(p, dim=-1) * z.detach()).sum(-1)


@wrong('the loss changes when p and z are rescaled (each row by a factor betwe', "p.norm() without dim: divides by the norm of the whole batch", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    p, z = p / p.norm().clamp_min(1e-12), z / z.norm().clamp_min(1e-12)
    return 2 - 2 * (p * z).sum(-1)


@wrong('one value per sample, got', "keepdim=True in the sum: returns N x 1 instead of N", fresh=True)
def regression_loss(p, z):
    p = F.normalize(p, dim=-1)
    z = F.normalize(z.detach(), dim=-1)
    return 2 - 2 * (p * z).sum(dim=-1, keepdim=True)


@wrong('cos (missing factor', "1 - cos instead of 2 - 2 cos (half the loss)", fresh=True)
def regression_loss(p, z):
    return 1 - F.cosine_similarity(p, z.detach(), dim=-1)


@wrong('backpropagating through your loss raised RuntimeError: one of the vari', "normalises p in place with p.div_ (clones only when p requires grad, to dodge autograd's error): a p without grad is modified", fresh=True)
def regression_loss(p, z):
    p = p.clone() if p.requires_grad else p
    p.div_(p.norm(dim=-1, keepdim=True).clamp_min(1e-12))
    z = F.normalize(z.detach(), dim=-1)
    return 2 - 2 * (p * z).sum(-1)


@right("the squared-distance form ((pn - zn)**2).sum(1): equal on ordinary rows, but a zero row gives 1 (or 0), not the 2 the lesson states", fresh=True)
def regression_loss(p, z):
    with torch.no_grad():
        zn = F.normalize(z, dim=1)
    pn = F.normalize(p, dim=1)
    return (pn - zn).pow(2).sum(1)
