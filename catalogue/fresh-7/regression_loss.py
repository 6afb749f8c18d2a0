"Fresh answers, round 7: written on 2026-12-05, after the checks' seventh version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import functools
import torch, torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("F.normalize both (z detached), then 2 - 2 * row-wise dot product", fresh=True)
def regression_loss(p, z):
    p = F.normalize(p, dim=-1)
    z = F.normalize(z.detach(), dim=-1)
    return 2 - 2 * (p * z).sum(dim=-1)


@right("squared distance of the normalised vectors via F.mse_loss(reduction='none').sum(-1); target normalised under no_grad", fresh=True)
def regression_loss(p, z):
    with torch.no_grad():
        zn = F.normalize(z, p=2, dim=1)
    return F.mse_loss(F.normalize(p, p=2, dim=1), zn, reduction='none').sum(dim=1)


class _Regression:
    "A callable object: einsum for the row-wise dot product, normalisation via functools.partial(F.normalize, dim=-1)."
    norm = staticmethod(functools.partial(F.normalize, dim=-1))
    def __call__(self, p, z):
        return 2 - 2 * torch.einsum('nd,nd->n', self.norm(p), self.norm(z.detach()))

regression_loss = right("a callable class instance: einsum('nd,nd->n') of partial(F.normalize, dim=-1) outputs", fresh=True)(_Regression())


regression_loss = right("lambda: 2 - 2 * F.cosine_similarity(p, z.detach(), dim=-1)", fresh=True)(
    lambda p, z: 2 - 2 * F.cosine_similarity(p, z.detach(), dim=-1))


@right("explicit norms clamped at 1e-12 (what F.normalize does), diagonal of the normalised product via a loop-free bmm", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    pn = p / p.norm(dim=1, keepdim=True).clamp_min(1e-12)
    zn = z / z.norm(dim=1, keepdim=True).clamp_min(1e-12)
    return 2 - 2 * torch.bmm(pn.unsqueeze(1), zn.unsqueeze(2)).view(-1)


# ---------------------------------------------------------------- wrong answers

regression_loss = wrong('the gradient of your loss reaches p, z; it should reach p only (the ta', "forgot to detach z: gradient flows into the target", fresh=True)(
    lambda p, z: 2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z, dim=-1)).sum(-1))


@wrong('your function cut its input `z` from the autograd graph in place (`det', "z.detach_() in place: cuts the caller's tensor from its graph", fresh=True)
def regression_loss(p, z):
    z.detach_()
    return 2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z, dim=-1)).sum(-1)


@wrong('with a row of zeros in p, z, your loss is nan: a zero vector has no di', "divides by the norm by hand: a zero row gives NaN", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    p = p / p.norm(dim=-1, keepdim=True)
    z = z / z.norm(dim=-1, keepdim=True)
    return 2 - 2 * (p * z).sum(-1)


@wrong('your function changed its input `z` in place: the caller still needs i', "normalises the detached z in place (div_): detach shares storage, so the caller's z is rescaled", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    z.div_(z.norm(dim=-1, keepdim=True).clamp_min(1e-12))
    return 2 - 2 * (F.normalize(p, dim=-1) * z).sum(-1)


@wrong('returns the mean, not one value per sample', "returns the batch mean (one number) instead of N per-sample losses", fresh=True)
def regression_loss(p, z):
    p, z = F.normalize(p, dim=-1), F.normalize(z.detach(), dim=-1)
    return (2 - 2 * (p * z).sum(-1)).mean()


@wrong('normalised over the batch (dim', "normalises along dim=0 (over the batch) instead of each row", fresh=True)
def regression_loss(p, z):
    p, z = F.normalize(p, dim=0), F.normalize(z.detach(), dim=0)
    return 2 - 2 * (p * z).sum(-1)


@wrong('mean over the features instead of the sum: the squared distance of uni', "mean over features instead of sum of squared differences: (pn - zn)^2.mean(-1), off by a factor d", fresh=True)
def regression_loss(p, z):
    p, z = F.normalize(p, dim=-1), F.normalize(z.detach(), dim=-1)
    return (p - z).pow(2).mean(-1)


@wrong('cos (missing factor', "1 - cos instead of 2 - 2 cos (half the loss)", fresh=True)
def regression_loss(p, z):
    return 1 - F.cosine_similarity(p, z.detach(), dim=-1)


@wrong('one value per sample, got', "N x N matrix: 2 - 2 * pn @ zn.T instead of the row-wise dot product", fresh=True)
def regression_loss(p, z):
    p, z = F.normalize(p, dim=-1), F.normalize(z.detach(), dim=-1)
    return 2 - 2 * p @ z.T


@wrong('one value per sample, got', "keeps the feature dimension: sum(-1, keepdim=True) returns N x 1", fresh=True)
def regression_loss(p, z):
    p, z = F.normalize(p, dim=-1), F.normalize(z.detach(), dim=-1)
    return 2 - 2 * (p * z).sum(-1, keepdim=True)


@wrong('with a row of zeros in p, z, your loss is a number, but its gradient i', "zero rows masked with torch.where after a hand division: the loss is finite but the gradient is NaN", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    pn, zn = p.norm(dim=-1), z.norm(dim=-1)
    cos = (p * z).sum(-1) / (pn * zn)
    return torch.where((pn > 0) & (zn > 0), 2 - 2 * cos, torch.zeros_like(cos))


@wrong('no gradient can reach the predictions: the loss you return has no grap', "detaches p as well (whole loss under no_grad): no gradient into the predictions", fresh=True)
def regression_loss(p, z):
    with torch.no_grad():
        return 2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z, dim=-1)).sum(-1)


@wrong('the loss changes when p and z are rescaled (each row by a factor betwe', "global matrix norm: p / p.norm() (no dim) instead of per-row normalisation", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    p = p / p.norm().clamp_min(1e-12)
    z = z / z.norm().clamp_min(1e-12)
    return 2 - 2 * (p * z).sum(-1)


@wrong('normalised: this is the squared distance of the raw vectors', "no normalisation at all: squared distance |p - z|^2 of the raw vectors", fresh=True)
def regression_loss(p, z):
    return (p - z.detach()).pow(2).sum(-1)


# Written as wrong; right by the contract, which fixes the values and gradients, not the output's dtype or device.
@right("accumulates into a float32 CPU buffer torch.zeros(N): loses the input's dtype and device", fresh=True)
def regression_loss(p, z):
    pn, zn = F.normalize(p, dim=-1), F.normalize(z.detach(), dim=-1)
    out = torch.zeros(p.shape[0])
    out = out + 2 - 2 * (pn * zn).sum(-1).float().cpu()
    return out


@wrong(('differs from the reference on a batch of', 'the loss changes when p and z are rescaled (each row by a factor betwe', "only the directions count (an eps that is large next to a row's length"), "adds a large epsilon to the norm (p / (|p| + 1e-3)): small vectors are not brought to unit length", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    pn = p / (p.norm(dim=-1, keepdim=True) + 1e-3)
    zn = z / (z.norm(dim=-1, keepdim=True) + 1e-3)
    return 2 - 2 * (pn * zn).sum(-1)


@wrong('the gradient of your loss reaches z and not p', "swapped roles: detaches p and lets the gradient into z", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * (F.normalize(p.detach(), dim=-1) * F.normalize(z, dim=-1)).sum(-1)
