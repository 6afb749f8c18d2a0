"Fresh answers, round 4: written on 2026-12-05, after the checks' fourth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import torch, torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("F.normalize both (z detached), then 2 - 2 * the row-wise dot product", fresh=True)
def regression_loss(p, z):
    p = F.normalize(p, dim=-1)
    z = F.normalize(z.detach(), dim=-1)
    return 2 - 2 * (p * z).sum(dim=-1)


@right("2 - 2 * F.cosine_similarity with the target detached (a zero row gives cos 0, loss 2: finite)", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * F.cosine_similarity(p, z.detach(), dim=1)


@right("squared distance between the normalised vectors, norms clamped like F.normalize does, z.data for the stop-gradient", fresh=True)
def regression_loss(p, z):
    pn = p / p.norm(dim=1, keepdim=True).clamp_min(1e-12)
    zn = z.data / z.data.norm(dim=1, keepdim=True).clamp_min(1e-12)
    return (pn - zn).pow(2).sum(1)


class _RegLoss:
    def __call__(self, p, z):
        with torch.no_grad(): zn = F.normalize(z, p=2, dim=1)
        pn = F.normalize(p, p=2, dim=1)
        return 2. - 2. * torch.einsum('nd,nd->n', pn, zn)
regression_loss = right("a class with __call__ using einsum for the per-row dot product", fresh=True)(_RegLoss())


# ---------------------------------------------------------------- wrong answers

@wrong('the gradient of your loss reaches p, z; it should reach p only (the ta', "forgot to detach z: gradient flows into the target", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z, dim=-1)).sum(-1)


@wrong('the gradient of your loss reaches z and not p', "detaches p instead of z (stop-gradient on the wrong side)", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * (F.normalize(p.detach(), dim=-1) * F.normalize(z, dim=-1)).sum(-1)


@wrong('with a row of zeros in p, z, your loss is nan: a zero vector has no di', "divides by the norm directly: a zero row gives NaN", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    p = p / p.norm(dim=-1, keepdim=True)
    z = z / z.norm(dim=-1, keepdim=True)
    return 2 - 2 * (p * z).sum(-1)


@wrong('your function changed its input `z` in place: the caller still needs i', "normalises z in place after detach (detach shares storage, so the caller's z is changed)", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    z /= z.norm(dim=-1, keepdim=True).clamp_min(1e-12)
    p = F.normalize(p, dim=-1)
    return 2 - 2 * (p * z).sum(-1)


@wrong('normalised over the batch (dim', "F.normalize along dim=0 (over the batch) instead of over the features", fresh=True)
def regression_loss(p, z):
    p = F.normalize(p, dim=0)
    z = F.normalize(z.detach(), dim=0)
    return 2 - 2 * (p * z).sum(dim=-1)


@wrong('returns the mean, not one value per sample', "returns the batch mean instead of one loss per sample", fresh=True)
def regression_loss(p, z):
    p = F.normalize(p, dim=-1); z = F.normalize(z.detach(), dim=-1)
    return (2 - 2 * (p * z).sum(-1)).mean()


@wrong('the loss changes when p and z are rescaled (each row by a factor betwe', "no normalisation at all: 2 - 2 * raw dot product", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * (p * z.detach()).sum(-1)


@wrong('mean over the features instead of the sum: the squared distance of uni', "F.mse_loss(reduction='none').mean(-1): mean over features instead of sum, loss divided by d", fresh=True)
def regression_loss(p, z):
    return F.mse_loss(F.normalize(p, dim=-1), F.normalize(z.detach(), dim=-1), reduction='none').mean(-1)


@wrong('the loss changes when p and z are rescaled (each row by a factor betwe', "normalises only p; z is used at its raw length", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * (F.normalize(p, dim=-1) * z.detach()).sum(-1)


@wrong('the distance of the unit vectors, not its square', "distance not squared: the norm of the difference instead of its square", fresh=True)
def regression_loss(p, z):
    return (F.normalize(p, dim=-1) - F.normalize(z.detach(), dim=-1)).norm(dim=-1)


@wrong('cos (missing factor', "1 - cos (the 'cosine loss') instead of 2 - 2 cos", fresh=True)
def regression_loss(p, z):
    return 1 - F.cosine_similarity(p, z.detach(), dim=-1)


@wrong("only the directions count (an eps that is large next to a row's length", "F.normalize with eps=1.0 ('to be safe with zero rows'): rows shorter than 1 are not normalised", fresh=True)
def regression_loss(p, z):
    p = F.normalize(p, dim=-1, eps=1.0)
    z = F.normalize(z.detach(), dim=-1, eps=1.0)
    return 2 - 2 * (p * z).sum(-1)


@wrong('no gradient can reach the predictions: the loss you return has no grap', "computed under torch.no_grad(): no gradient reaches p either", fresh=True)
def regression_loss(p, z):
    with torch.no_grad():
        return 2 - 2 * F.cosine_similarity(p, z, dim=-1)


@wrong('your function changed its input `p` in place: the caller still needs i', "normalises p in place with p.data (keeps autograd quiet but changes the caller's p)", fresh=True)
def regression_loss(p, z):
    p.data = F.normalize(p.data, dim=-1)
    pn = F.normalize(p, dim=-1)
    return 2 - 2 * (pn * F.normalize(z.detach(), dim=-1)).sum(-1)


@wrong('the loss changes when p and z are rescaled (each row by a factor betwe', "divides by p.norm() / z.norm() without dim: the whole batch's Frobenius norm, not each row's", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    pn = p / p.norm().clamp_min(1e-12)
    zn = z / z.norm().clamp_min(1e-12)
    return 2 - 2 * (pn * zn).sum(-1)
