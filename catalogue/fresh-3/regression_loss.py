"Fresh answers, round 3: written on 2026-12-05, after the checks' third version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
from functools import partial
import torch, torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong

# ---------------------------------------------------------------- right answers

@right("F.normalize both (z detached), then 2 - 2 * the row-wise dot product", fresh=True)
def regression_loss(p, z):
    p = F.normalize(p, dim=-1)
    z = F.normalize(z.detach(), dim=-1)
    return 2 - 2 * (p * z).sum(dim=-1)


@right("squared distance of the normalised vectors, with a functools.partial for the normaliser", fresh=True)
def regression_loss(p, z):
    unit = partial(F.normalize, p=2, dim=1)
    return (unit(p) - unit(z).detach()).pow(2).sum(1)


regression_loss = right("lambda with F.cosine_similarity against the detached target", fresh=True)(
    lambda p, z: 2 - 2 * F.cosine_similarity(p, z.detach(), dim=-1))


class _RegressionLoss:
    def __call__(self, p, z):
        pn = F.normalize(p, dim=-1)
        zn = F.normalize(z, dim=-1).detach()
        return 2 - 2 * torch.einsum('nd,nd->n', pn, zn)
regression_loss = right("a class with __call__, einsum for the per-row dot product", fresh=True)(_RegressionLoss())


# ---------------------------------------------------------------- wrong answers

regression_loss = wrong('the gradient of your loss reaches p, z; it should reach p only (the ta', "forgot to detach z", fresh=True)(
    lambda p, z: 2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z, dim=-1)).sum(-1))


@wrong('the gradient of your loss reaches z and not p', "detaches p instead of z", fresh=True)
def regression_loss(p, z):
    p = F.normalize(p.detach(), dim=-1)
    z = F.normalize(z, dim=-1)
    return 2 - 2 * (p * z).sum(-1)


@wrong('with a row of zeros in p, z, your loss is nan: a zero vector has no di', "normalises by dividing by the norm: a zero row gives NaN", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    p = p / p.norm(dim=-1, keepdim=True)
    z = z / z.norm(dim=-1, keepdim=True)
    return 2 - 2 * (p * z).sum(-1)


@wrong('your function changed its input `z` in place: the caller still needs i', "normalises the detached target in place (z.detach() shares storage, so the caller's z changes)", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    z.div_(z.norm(dim=-1, keepdim=True).clamp_min(1e-12))
    p = F.normalize(p, dim=-1)
    return 2 - 2 * (p * z).sum(-1)


@wrong('normalised over the batch (dim', "normalises along dim=0 (over the batch) instead of along the features", fresh=True)
def regression_loss(p, z):
    p = F.normalize(p, dim=0)
    z = F.normalize(z.detach(), dim=0)
    return 2 - 2 * (p * z).sum(-1)


@wrong('returns the mean, not one value per sample', "returns the batch mean instead of the N per-sample losses", fresh=True)
def regression_loss(p, z):
    p = F.normalize(p, dim=-1)
    z = F.normalize(z.detach(), dim=-1)
    return (2 - 2 * (p * z).sum(-1)).mean()


@wrong('mean over the features instead of the sum: the squared distance of uni', "F.mse_loss(reduction='none').mean(-1): mean over the features, so divided by d", fresh=True)
def regression_loss(p, z):
    return F.mse_loss(F.normalize(p, dim=-1), F.normalize(z.detach(), dim=-1), reduction='none').mean(-1)


@wrong('the distance of the unit vectors, not its square', "Euclidean distance of the normalised vectors, not squared", fresh=True)
def regression_loss(p, z):
    return (F.normalize(p, dim=-1) - F.normalize(z.detach(), dim=-1)).norm(dim=-1)


@wrong('the loss changes when p and z are rescaled (each row by a factor betwe', "forgot to normalise: 2 - 2 * raw dot product", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * (p * z.detach()).sum(-1)


@wrong('cos (missing factor', "1 - cos instead of 2 - 2 cos", fresh=True)
def regression_loss(p, z):
    return 1 - F.cosine_similarity(p, z.detach(), dim=-1)


@wrong('one value per sample, got', "keeps the summed dimension: returns N x 1", fresh=True)
def regression_loss(p, z):
    p = F.normalize(p, dim=-1)
    z = F.normalize(z.detach(), dim=-1)
    return 2 - 2 * (p * z).sum(-1, keepdim=True)


@wrong("only the directions count (an eps that is large next to a row's length", "F.normalize with eps=1e-2 ('safer for zero rows'): small vectors are not brought to unit length", fresh=True)
def regression_loss(p, z):
    p = F.normalize(p, dim=-1, eps=1e-2)
    z = F.normalize(z.detach(), dim=-1, eps=1e-2)
    return 2 - 2 * (p * z).sum(-1)


@wrong('no gradient can reach the predictions: the loss you return has no grap', "per-row loop collecting .item() values into torch.tensor: no gradient reaches p", fresh=True)
def regression_loss(p, z):
    out = []
    for pi, zi in zip(p, z):
        out.append(2 - 2 * F.cosine_similarity(pi, zi.detach(), dim=0).item())
    return torch.tensor(out)


@wrong(('wrong shape: expected', 'differs from the reference on a batch of'), "sum over the batch dimension (dim=0) instead of the features", fresh=True)
def regression_loss(p, z):
    p = F.normalize(p, dim=-1)
    z = F.normalize(z.detach(), dim=-1)
    return 2 - 2 * (p * z).sum(0)
