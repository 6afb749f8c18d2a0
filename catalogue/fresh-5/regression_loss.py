"Fresh answers, round 5: written on 2026-12-05, after the checks' fifth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
"""h18's fresh answers for lesson 04's `regression_loss` exercise."""
import torch, torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong


# ----------------------------------------------------------------------------------------------- right answers

@right("F.normalize both (dim=-1), detach z, 2 - 2 * row-wise dot product", fresh=True)
def regression_loss(p, z):
    p = F.normalize(p, dim=-1)
    z = F.normalize(z.detach(), dim=-1)
    return 2 - 2 * (p * z).sum(dim=-1)


@right("squared distance of the normalised vectors, as the lesson's identity's left side", fresh=True)
def regression_loss(p, z):
    return (F.normalize(p, dim=1) - F.normalize(z, dim=1).detach()).pow(2).sum(1)


@right("2 - 2 * F.cosine_similarity with a detached z (finite on a zero row thanks to its eps)", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * F.cosine_similarity(p, z.detach(), dim=-1)


@right("einsum for the row-wise dot product", fresh=True)
def regression_loss(p, z):
    pn, zn = F.normalize(p, p=2, dim=-1), F.normalize(z, p=2, dim=-1).detach()
    return 2 - 2 * torch.einsum('nd,nd->n', pn, zn)


class _RegressionLoss:
    "A callable object: manual norms clamped away from zero (what F.normalize does)."
    def __init__(self, eps=1e-12): self.eps = eps
    def __call__(self, p, z):
        z = z.detach()
        pn = p / p.norm(dim=-1, keepdim=True).clamp_min(self.eps)
        zn = z / z.norm(dim=-1, keepdim=True).clamp_min(self.eps)
        return 2 - 2 * (pn * zn).sum(-1)

regression_loss = right("a class instance with __call__, manual norms clamped with clamp_min(1e-12)", fresh=True)(_RegressionLoss())


# ----------------------------------------------------------------------------------------------- wrong answers

@wrong('the gradient of your loss reaches p, z; it should reach p only (the ta', "no stop-gradient on z: the gradient flows into the target", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z, dim=-1)).sum(-1)


@wrong('your function cut its input `z` from the autograd graph in place (`det', "z.detach_() in place: cuts the caller's tensor from its graph", fresh=True)
def regression_loss(p, z):
    z.detach_()
    return 2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z, dim=-1)).sum(-1)


@wrong('with a row of zeros in p, z, your loss is nan: a zero vector has no di', "divides by the plain norm: a zero row gives NaN", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    pn = p / p.norm(dim=-1, keepdim=True)
    zn = z / z.norm(dim=-1, keepdim=True)
    return 2 - 2 * (pn * zn).sum(-1)


@wrong('returns the mean, not one value per sample', "returns the batch mean instead of the N per-sample losses", fresh=True)
def regression_loss(p, z):
    return (2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z.detach(), dim=-1)).sum(-1)).mean()


@wrong('normalised over the batch (dim', "normalises along dim=0 (over the batch) instead of over the features", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * (F.normalize(p, dim=0) * F.normalize(z.detach(), dim=0)).sum(-1)


@wrong('cos (missing factor', "1 - cos instead of 2 - 2 cos (cosine distance)", fresh=True)
def regression_loss(p, z):
    return 1 - F.cosine_similarity(p, z.detach(), dim=-1)


@wrong('normalised: this is the squared distance of the raw vectors', "no normalisation at all: plain squared distance", fresh=True)
def regression_loss(p, z):
    return (p - z.detach()).pow(2).sum(-1)


@wrong('your code raised RuntimeError: a leaf Variable that requires grad is b', "in-place normalisation p /= |p| (and z): the caller's tensors are changed", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    p /= p.norm(dim=-1, keepdim=True).clamp_min(1e-12)
    z /= z.norm(dim=-1, keepdim=True).clamp_min(1e-12)
    return 2 - 2 * (p * z).sum(-1)


@wrong('mean over the features instead of the sum: the squared distance of uni', "mean of the squared differences over the features instead of their sum (loss divided by d)", fresh=True)
def regression_loss(p, z):
    return (F.normalize(p, dim=-1) - F.normalize(z.detach(), dim=-1)).pow(2).mean(-1)


@wrong('the loss changes when p and z are rescaled (each row by a factor betwe', "only p is normalised; z keeps its length", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * (F.normalize(p, dim=-1) * z.detach()).sum(-1)


@wrong('the gradient of your loss reaches z and not p', "detaches p instead of z: the gradient goes into the target and not the prediction", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * (F.normalize(p.detach(), dim=-1) * F.normalize(z, dim=-1)).sum(-1)


@wrong('the distance of the unit vectors, not its square', "the distance, not the squared distance: |p - z| of the normalised vectors", fresh=True)
def regression_loss(p, z):
    return (F.normalize(p, dim=-1) - F.normalize(z.detach(), dim=-1)).norm(dim=-1)


@wrong('one value per sample, got', "keepdim=True: returns N x 1 instead of N", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z.detach(), dim=-1)).sum(-1, keepdim=True)


@wrong('no gradient can reach the predictions: the loss you return has no grap', "the whole computation under torch.no_grad (to protect the target): no gradient into p either", fresh=True)
def regression_loss(p, z):
    with torch.no_grad():
        return 2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z, dim=-1)).sum(-1)


@wrong('the loss values match, but the gradient into p does not: differs from', "p's norm detached 'for stability': the value is right but the gradient is not that of 2 - 2 cos", fresh=True)
def regression_loss(p, z):
    zn = F.normalize(z.detach(), dim=-1)
    return 2 - 2 * (p * zn).sum(-1) / p.norm(dim=-1).detach().clamp_min(1e-12)


@wrong('with a row of zeros in p, z, your loss is a number, but its gradient i', "plain norm division with NaN patched by nan_to_num afterwards: finite value, NaN gradient on a zero row", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    cos = ((p / p.norm(dim=-1, keepdim=True)) * (z / z.norm(dim=-1, keepdim=True))).sum(-1)
    return torch.nan_to_num(2 - 2 * cos, nan=2.0)


@wrong('differs from the reference on a batch of', "2 - cos: forgot the factor 2 on the cosine", fresh=True)
def regression_loss(p, z):
    return 2 - F.cosine_similarity(p, z.detach(), dim=-1)


@wrong("only the directions count (an eps that is large next to a row's length", "F.normalize with a large eps=1e-3 (thought bigger is safer): small vectors are not made unit length", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * (F.normalize(p, dim=-1, eps=1e-3) * F.normalize(z.detach(), dim=-1, eps=1e-3)).sum(-1)


@wrong('returns the sum, not one value per sample', "sums over the whole batch: one scalar, 2N - 2 * sum of cosines", fresh=True)
def regression_loss(p, z):
    return (2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z.detach(), dim=-1)).sum(-1)).sum()


@wrong('your function cut its input `z` from the autograd graph in place (`det', "z.requires_grad_(False) on the caller's tensor instead of detach (fails or mutates the caller's flag)", fresh=True)
def regression_loss(p, z):
    if z.requires_grad and z.is_leaf: z.requires_grad_(False)
    return 2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z, dim=-1)).sum(-1)
