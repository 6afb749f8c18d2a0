"Fresh answers, round 6: written on 2026-12-05, after the checks' sixth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import torch, torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("F.normalize both (z detached), then 2 - 2 * the row-wise dot product", fresh=True)
def regression_loss(p, z):
    p, z = F.normalize(p, dim=-1), F.normalize(z.detach(), dim=-1)
    return 2 - 2 * (p * z).sum(dim=-1)


@right("squared distance of the normalised vectors via F.mse_loss(reduction='none').sum(1)", fresh=True)
def regression_loss(p, z):
    return F.mse_loss(F.normalize(p, dim=1), F.normalize(z.detach(), dim=1), reduction='none').sum(1)


@right("2 - 2 * F.cosine_similarity(p, z.detach()) (its own eps keeps a zero row finite)", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * F.cosine_similarity(p, z.detach(), dim=-1)


@right("manual normalisation with the norm clamped (what F.normalize does), einsum for the dot product", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    pn = p / p.norm(dim=-1, keepdim=True).clamp_min(1e-12)
    zn = z / z.norm(dim=-1, keepdim=True).clamp_min(1e-12)
    return 2 - 2 * torch.einsum('nd,nd->n', pn, zn)


@right("a loop over the rows, stacked with torch.stack", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    return torch.stack([(F.normalize(pi, dim=0) - F.normalize(zi, dim=0)).pow(2).sum() for pi, zi in zip(p, z)])


@right("the diagonal of the normalised similarity matrix (O(N^2) but right)", fresh=True)
def regression_loss(p, z):
    with torch.no_grad(): zn = F.normalize(z, dim=-1)
    return 2 - 2 * (F.normalize(p, dim=-1) @ zn.T).diagonal()


# ---------------------------------------------------------------- wrong answers

@wrong('the gradient of your loss reaches p, z; it should reach p only (the ta', "forgets to detach z: the gradient also reaches the target", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z, dim=-1)).sum(-1)


@wrong('your function cut its input `z` from the autograd graph in place (`det', "z.detach_() in place: cuts the caller's tensor from its graph", fresh=True)
def regression_loss(p, z):
    z.detach_()
    return 2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z, dim=-1)).sum(-1)


@wrong('the gradient of your loss reaches z and not p', "detaches p instead of z (gradient into the target, none into the prediction)", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * (F.normalize(p.detach(), dim=-1) * F.normalize(z, dim=-1)).sum(-1)


@wrong('with a row of zeros in p, z, your loss is nan: a zero vector has no di', "divides by the norm without a clamp: a zero row gives NaN", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    return 2 - 2 * ((p / p.norm(dim=-1, keepdim=True)) * (z / z.norm(dim=-1, keepdim=True))).sum(-1)


@wrong('with a row of zeros in p, z, your loss is a number, but its gradient i', "divides by the norm, then nan_to_num on the LOSS: the loss is finite but the gradient of a zero row is NaN", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    cos = ((p / p.norm(dim=-1, keepdim=True)) * (z / z.norm(dim=-1, keepdim=True))).sum(-1)
    return torch.nan_to_num(2 - 2 * cos, nan=2.0)


@wrong('with a row of zeros in p, z, your loss is a number, but its gradient i', "torch.where(norm > 0, x / norm, 0): finite loss for a zero row, but the backward of the untaken branch is NaN", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    def unit(x):
        n = x.norm(dim=-1, keepdim=True)
        return torch.where(n > 0, x / n, torch.zeros_like(x))
    return 2 - 2 * (unit(p) * unit(z)).sum(-1)


@wrong('your function changed its input `z` in place: the caller still needs i', "normalises z in place through z.detach() (shares storage): the caller's z is changed", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    z /= z.norm(dim=-1, keepdim=True).clamp_min(1e-12)
    return 2 - 2 * (F.normalize(p, dim=-1) * z).sum(-1)


@wrong('normalised over the batch (dim', "F.normalize(..., dim=0): normalises each feature over the batch instead of each sample", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * (F.normalize(p, dim=0) * F.normalize(z.detach(), dim=0)).sum(-1)


@wrong('the loss changes when p and z are rescaled (each row by a factor betwe', "no normalisation at all: 2 - 2 * raw dot product", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * (p * z.detach()).sum(-1)


@wrong('the loss changes when p and z are rescaled (each row by a factor betwe', "normalises p but forgets to normalise z", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * (F.normalize(p, dim=-1) * z.detach()).sum(-1)


@wrong('returns the mean, not one value per sample', "returns the batch mean instead of the N per-sample losses", fresh=True)
def regression_loss(p, z):
    return (2 - 2 * F.cosine_similarity(p, z.detach(), dim=-1)).mean()


@wrong('returns a single number; it should return one value per sample, shape', "F.mse_loss with the default reduction='mean' over the normalised vectors: one number, and divided by N*d", fresh=True)
def regression_loss(p, z):
    return F.mse_loss(F.normalize(p, dim=-1), F.normalize(z.detach(), dim=-1))


@wrong('mean over the features instead of the sum: the squared distance of uni', "per-sample MSE: .mean(-1) of the squared difference instead of .sum(-1) (divided by d)", fresh=True)
def regression_loss(p, z):
    return (F.normalize(p, dim=-1) - F.normalize(z.detach(), dim=-1)).pow(2).mean(-1)


@wrong('cos (missing factor', "1 - cos instead of 2 - 2 cos (the cosine distance, half the loss)", fresh=True)
def regression_loss(p, z):
    return 1 - F.cosine_similarity(p, z.detach(), dim=-1)


@wrong('the distance of the unit vectors, not its square', "the distance |p - z|, not squared (0..2 instead of 0..4)", fresh=True)
def regression_loss(p, z):
    return (F.normalize(p, dim=-1) - F.normalize(z.detach(), dim=-1)).norm(dim=-1)


@wrong('one value per sample, got', "keepdim=True: returns N x 1 instead of N", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z.detach(), dim=-1)).sum(-1, keepdim=True)


@wrong('no gradient can reach the predictions: the loss you return has no grap', "a loop that builds the result with torch.tensor([...]): the values are right but the graph is lost", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    return torch.tensor([2 - 2 * F.cosine_similarity(pi, zi, dim=0).item() for pi, zi in zip(p, z)])


# Written as wrong; right by the contract, which fixes the values and gradients, not the output's dtype or device.
@right("fills a preallocated torch.zeros(N): default dtype/device (float32 on the CPU), not the inputs'", fresh=True)
def regression_loss(p, z):
    out = torch.zeros(p.shape[0])
    pn, zn = F.normalize(p, dim=-1), F.normalize(z.detach(), dim=-1)
    for i in range(p.shape[0]):
        out[i] = 2 - 2 * (pn[i] * zn[i]).sum()
    return out


@wrong('one value per sample, got', "cosine_similarity along dim=0 (over the batch) instead of over the features", fresh=True)
def regression_loss(p, z):
    return 2 - 2 * F.cosine_similarity(p, z.detach(), dim=0)


@wrong('the loss changes when p and z are rescaled (each row by a factor betwe', "normalises with the norm of the WHOLE tensor (p.norm() without dim)", fresh=True)
def regression_loss(p, z):
    z = z.detach()
    return 2 - 2 * ((p / p.norm().clamp_min(1e-12)) * (z / z.norm().clamp_min(1e-12))).sum(-1)
