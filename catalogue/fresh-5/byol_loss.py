"Fresh answers, round 5: written on 2026-12-05, after the checks' fifth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
"""h18's fresh answers for lesson 04's `byol_loss` exercise."""
import torch, torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong


def _reg(p, z):
    "My own per-sample 2 - 2 cos with stop-gradient on z (the regression_loss I wrote above in the notebook)."
    return 2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z.detach(), dim=-1)).sum(-1)


# ----------------------------------------------------------------------------------------------- right answers

@right("helper per ordering, the two added per sample, then the batch mean", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (_reg(p1, z2) + _reg(p2, z1)).mean()


@right("the two batch means added, computed inline with F.cosine_similarity", fresh=True)
def byol_loss(p1, p2, z1, z2):
    l12 = 2 - 2 * F.cosine_similarity(p1, z2.detach(), dim=-1)
    l21 = 2 - 2 * F.cosine_similarity(p2, z1.detach(), dim=-1)
    return l12.mean() + l21.mean()


@right("F.mse_loss(reduction='sum') of the normalised vectors divided by the batch size", fresh=True)
def byol_loss(p1, p2, z1, z2):
    n = p1.shape[0]
    a = F.mse_loss(F.normalize(p1, dim=-1), F.normalize(z2, dim=-1).detach(), reduction='sum')
    b = F.mse_loss(F.normalize(p2, dim=-1), F.normalize(z1, dim=-1).detach(), reduction='sum')
    return (a + b) / n


@right("both orderings concatenated into one 2N batch: twice the mean over 2N", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return 2 * _reg(torch.cat([p1, p2]), torch.cat([z2, z1])).mean()


byol_loss = right("a lambda: 4 - 2 * (mean cos(p1,z2) + mean cos(p2,z1))", fresh=True)(
    lambda p1, p2, z1, z2: 4 - 2 * (F.cosine_similarity(p1, z2.detach(), dim=-1).mean()
                                    + F.cosine_similarity(p2, z1.detach(), dim=-1).mean()))


# ----------------------------------------------------------------------------------------------- wrong answers

@wrong('pairs each prediction with the target of the same view (p', "same-view pairing: p1 against z1 and p2 against z2", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (_reg(p1, z1) + _reg(p2, z2)).mean()


@wrong('or averaged the two orderings instead of summing them (the loss runs f', "averages the two orderings instead of adding them (half the loss)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return ((_reg(p1, z2) + _reg(p2, z1)) / 2).mean()


@wrong('sum over the batch instead of the mean', "sums over the batch instead of averaging", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (_reg(p1, z2) + _reg(p2, z1)).sum()


@wrong('returns one value per sample: average over the batch (.mean', "forgets the batch reduction: returns the N per-sample losses", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return _reg(p1, z2) + _reg(p2, z1)


@wrong('should return a tensor (the loss, a scalar), got float', "returns a Python float with .item() (no backward possible)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (_reg(p1, z2) + _reg(p2, z1)).mean().item()


@wrong('must not be trained through the loss: detach them', "no stop-gradient on the targets", fresh=True)
def byol_loss(p1, p2, z1, z2):
    def reg(p, z): return 2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z, dim=-1)).sum(-1)
    return (reg(p1, z2) + reg(p2, z1)).mean()


@wrong('` from the autograd graph in place (`detach_()` or `requires_grad_(Fal', "z1.detach_() and z2.detach_() in place on the caller's tensors", fresh=True)
def byol_loss(p1, p2, z1, z2):
    z1.detach_(); z2.detach_()
    l = 2 - 2 * (F.normalize(p1, dim=-1) * F.normalize(z2, dim=-1)).sum(-1)
    l = l + 2 - 2 * (F.normalize(p2, dim=-1) * F.normalize(z1, dim=-1)).sum(-1)
    return l.mean()


@wrong('your loss is nan: a zero vector has no direction, and F.normalize leav', "divides by the plain norm: a zero row makes the loss NaN", fresh=True)
def byol_loss(p1, p2, z1, z2):
    def reg(p, z):
        z = z.detach()
        return 2 - 2 * ((p / p.norm(dim=-1, keepdim=True)) * (z / z.norm(dim=-1, keepdim=True))).sum(-1)
    return (reg(p1, z2) + reg(p2, z1)).mean()


@wrong('not symmetric: only one ordering of the views (add regression_loss(p', "only one ordering: p1 against z2", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return _reg(p1, z2).mean()


@wrong("with this slip in each ordering: mean over the features instead of", "F.mse_loss with its default mean reduction: also divides by the embedding size d", fresh=True)
def byol_loss(p1, p2, z1, z2):
    n1, n2 = F.normalize(p1, dim=-1), F.normalize(p2, dim=-1)
    t1, t2 = F.normalize(z1, dim=-1).detach(), F.normalize(z2, dim=-1).detach()
    return F.mse_loss(n1, t2) + F.mse_loss(n2, t1)


@wrong('d tensor, shape () (`.mean()` over everything gives one; `keepdim=True', "returns shape (1,) from mean(0, keepdim=True) instead of a 0-d tensor", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (_reg(p1, z2) + _reg(p2, z1)).mean(0, keepdim=True)


@wrong('or averaged the two orderings instead of summing them (the loss runs f', "the two orderings concatenated and averaged over 2N (half the sum of the two means)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return _reg(torch.cat([p1, p2]), torch.cat([z2, z1])).mean()


@wrong('normalise each vector (each row), as regression_loss does', "only the predictions are normalised, not the targets", fresh=True)
def byol_loss(p1, p2, z1, z2):
    def reg(p, z): return 2 - 2 * (F.normalize(p, dim=-1) * z.detach()).sum(-1)
    return (reg(p1, z2) + reg(p2, z1)).mean()


@wrong('` in place: the caller still needs it as it was, so compute on new ten', "in-place normalisation of the predictions (p /= |p|): the caller's tensors change", fresh=True)
def byol_loss(p1, p2, z1, z2):
    with torch.no_grad():
        for t in (p1, p2):
            t /= t.norm(dim=-1, keepdim=True).clamp_min(1e-12)
    return (_reg(p1, z2) + _reg(p2, z1)).mean()


@wrong("with this slip in each ordering: sign error", "sign error: 2 + 2 cos", fresh=True)
def byol_loss(p1, p2, z1, z2):
    c = F.cosine_similarity(p1, z2.detach(), dim=-1) + F.cosine_similarity(p2, z1.detach(), dim=-1)
    return (4 + 2 * c).mean()


@wrong('or averaged the two orderings instead of summing them (the loss runs f', "cosine distance 1 - cos per ordering instead of 2 - 2 cos", fresh=True)
def byol_loss(p1, p2, z1, z2):
    c = F.cosine_similarity(p1, z2.detach(), dim=-1) + F.cosine_similarity(p2, z1.detach(), dim=-1)
    return (2 - c).mean()


@wrong('normalise each vector (each row), as regression_loss does', "cosine over dim=0 (across the batch) instead of the features", fresh=True)
def byol_loss(p1, p2, z1, z2):
    c = F.cosine_similarity(p1, z2.detach(), dim=0) + F.cosine_similarity(p2, z1.detach(), dim=0)
    return (4 - 2 * c).mean()


@wrong('no gradient can reach the predictions: the loss you return has no grap', "everything under torch.no_grad ('targets get no gradient'): the loss cannot be backpropagated", fresh=True)
def byol_loss(p1, p2, z1, z2):
    with torch.no_grad():
        return (_reg(p1, z2) + _reg(p2, z1)).mean()


@wrong('no gradient can reach the predictions: the loss you return has no grap', "detaches the predictions too (stop-gradient on everything): no gradient reaches p", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (_reg(p1.detach(), z2) + _reg(p2.detach(), z1)).mean()
