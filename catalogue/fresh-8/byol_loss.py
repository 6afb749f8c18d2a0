"Fresh answers, round 8: written on 2026-12-05, after the checks' eighth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import torch, torch.nn.functional as F
from byol_course.loss import regression_loss
from byol_course.checks.catalogue import right, wrong


def _reg(p, z):
    "my own per-sample 2 - 2 cos, target detached"
    return 2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z.detach(), dim=-1)).sum(-1)


# ----------------------------------------------------------------------------------------------- right answers

@right("package regression_loss in both orderings, batch means added", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return regression_loss(p1, z2).mean() + regression_loss(p2, z1).mean()


@right("4 - 2 cos(p1, z2) - 2 cos(p2, z1) with F.cosine_similarity, then .mean()", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (4 - 2 * F.cosine_similarity(p1, z2.detach(), dim=-1) - 2 * F.cosine_similarity(p2, z1.detach(), dim=-1)).mean()


@right("loop over the pairs zip((p1, p2), (z2, z1)), summing the means", fresh=True)
def byol_loss(p1, p2, z1, z2):
    total = 0
    for p, z in zip((p1, p2), (z2, z1)):
        total = total + _reg(p, z).mean()
    return total


@right("mean of the cosines first: 4 - 2 * (mean cos1 + mean cos2), normalising with a clamped norm", fresh=True)
def byol_loss(p1, p2, z1, z2):
    def unit(x): return x / x.norm(dim=1, keepdim=True).clamp(min=1e-12)
    c1 = (unit(p1) * unit(z2.detach())).sum(1).mean()
    c2 = (unit(p2) * unit(z1.detach())).sum(1).mean()
    return 4 - 2 * (c1 + c2)


@right("stack the two per-sample losses as 2 x N, sum over the orderings, mean over the batch", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return torch.stack([_reg(p1, z2), _reg(p2, z1)]).sum(0).mean()


# ----------------------------------------------------------------------------------------------- wrong answers

@wrong('pairs each prediction with the target of the same view (p', "pairs each prediction with the target of the SAME view", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return regression_loss(p1, z1).mean() + regression_loss(p2, z2).mean()


@wrong('or averaged the two orderings instead of summing them (the loss runs f', "averages the two orderings instead of adding them (range 0..4)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (regression_loss(p1, z2).mean() + regression_loss(p2, z1).mean()) / 2


@wrong('or averaged the two orderings instead of summing them (the loss runs f', "torch.cat of the two per-sample losses then .mean(): also the average of the orderings", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return torch.cat([regression_loss(p1, z2), regression_loss(p2, z1)]).mean()


@wrong('sum over the batch instead of the mean', "sums over the batch instead of averaging", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (regression_loss(p1, z2) + regression_loss(p2, z1)).sum()


@wrong('returns one value per sample: average over the batch (.mean', "no reduction: returns the N per-sample sums", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return regression_loss(p1, z2) + regression_loss(p2, z1)


@wrong('should return a tensor (the loss, a scalar), got float', "returns a Python float with .item() (nothing to call backward on)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (regression_loss(p1, z2) + regression_loss(p2, z1)).mean().item()


@wrong('must not be trained through the loss: detach them', "own per-sample loss without detaching z: gradient reaches the targets", fresh=True)
def byol_loss(p1, p2, z1, z2):
    def reg(p, z): return 2 - 2 * F.cosine_similarity(p, z, dim=-1)
    return (reg(p1, z2) + reg(p2, z1)).mean()


@wrong('` from the autograd graph in place (`detach_()` or `requires_grad_(Fal', "z1.detach_(), z2.detach_() in place before the loss", fresh=True)
def byol_loss(p1, p2, z1, z2):
    z1.detach_(); z2.detach_()
    return (2 - 2 * F.cosine_similarity(p1, z2, dim=-1)).mean() + (2 - 2 * F.cosine_similarity(p2, z1, dim=-1)).mean()


@wrong('`: the lesson passes its arguments in the order (p', "parameters declared in the order (p1, z1, p2, z2): the same value, but the stop-gradient lands on p2 and not z1", fresh=True)
def byol_loss(p1, z1, p2, z2):
    return regression_loss(p1, z2).mean() + regression_loss(p2, z1).mean()


@wrong('not symmetric: swapping the two views changes the loss from', "only one direction, doubled: 2 * mean loss(p1, z2)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return 2 * regression_loss(p1, z2).mean()


@wrong('your value is what the loss gives with this slip in each ordering: sig', "sign error: 2 + 2 cos", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (2 + 2 * F.cosine_similarity(p1, z2.detach(), dim=-1)).mean() + (2 + 2 * F.cosine_similarity(p2, z1.detach(), dim=-1)).mean()


@wrong('your value is what the loss gives with this slip in each ordering: p a', "no normalisation: mean squared distance of the raw vectors", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (p1 - z2.detach()).pow(2).sum(-1).mean() + (p2 - z1.detach()).pow(2).sum(-1).mean()


@wrong('` in place: the caller still needs it as it was, so compute on new ten', "normalises the detached targets in place (shares storage with the caller's z1, z2)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    z1, z2 = z1.detach(), z2.detach()
    for z in (z1, z2): z.div_(z.norm(dim=-1, keepdim=True).clamp_min(1e-12))
    return (2 - 2 * (F.normalize(p1, dim=-1) * z2).sum(-1)).mean() + (2 - 2 * (F.normalize(p2, dim=-1) * z1).sum(-1)).mean()


# Written as wrong; right by the contract: the course hands its networks and losses float32 tensors (mixed precision
# keeps float32 weights), and the contract fixes values and gradients, not what other dtypes would do.
@right("casts everything to float32 first: float64 inputs give a float32 loss", fresh=True)
def byol_loss(p1, p2, z1, z2):
    p1, p2, z1, z2 = (t.float() for t in (p1, p2, z1, z2))
    return regression_loss(p1, z2).mean() + regression_loss(p2, z1).mean()


@wrong('your loss is nan: a zero vector has no direction, and F.normalize leav', "divides by the norm without a guard: NaN on a zero row", fresh=True)
def byol_loss(p1, p2, z1, z2):
    def unit(x): return x / x.norm(dim=-1, keepdim=True)
    return (2 - 2 * (unit(p1) * unit(z2.detach())).sum(-1)).mean() + (2 - 2 * (unit(p2) * unit(z1.detach())).sum(-1)).mean()


@wrong('your value is what the loss gives with this slip in each ordering: mea', "F.mse_loss of the normalised vectors (mean over all N*d elements): loss divided by d", fresh=True)
def byol_loss(p1, p2, z1, z2):
    n = lambda x: F.normalize(x, dim=-1)
    return F.mse_loss(n(p1), n(z2).detach()) + F.mse_loss(n(p2), n(z1).detach())


@wrong('the predictions and the targets have swapped roles (detach the targets', "arguments to regression_loss swapped (z, p): same value, but the stop-gradient cuts the predictions", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return regression_loss(z2, p1).mean() + regression_loss(z1, p2).mean()


@wrong('your value is what the loss gives with this slip in each ordering: nor', "normalises along dim=0 (over the batch)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    n = lambda x: F.normalize(x, dim=0)
    return (2 - 2 * (n(p1) * n(z2.detach())).sum(-1)).mean() + (2 - 2 * (n(p2) * n(z1.detach())).sum(-1)).mean()
