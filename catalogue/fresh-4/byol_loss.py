"Fresh answers, round 4: written on 2026-12-05, after the checks' fourth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import torch, torch.nn.functional as F
from functools import partial
from byol_course.checks.catalogue import right, wrong


def _rl(p, z):
    "A learner's correct regression_loss from the cell above: per-sample 2 - 2 cos, z detached."
    return 2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z.detach(), dim=-1)).sum(-1)


# ---------------------------------------------------------------- right answers

@right("each ordering's batch mean, added: rl(p1, z2).mean() + rl(p2, z1).mean()", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return _rl(p1, z2).mean() + _rl(p2, z1).mean()


@right("per-sample sum of both orderings, then the batch mean", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (_rl(p1, z2) + _rl(p2, z1)).mean()


@right("both orderings as one concatenated batch: the mean over 2N samples, times 2", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return 2 * _rl(torch.cat([p1, p2]), torch.cat([z2, z1])).mean()


@right("self-contained: 4 - 2*cos - 2*cos with F.cosine_similarity on detached targets, averaged", fresh=True)
def byol_loss(p1, p2, z1, z2):
    c12 = F.cosine_similarity(p1, z2.detach(), dim=-1)
    c21 = F.cosine_similarity(p2, z1.detach(), dim=-1)
    return (4 - 2 * c12 - 2 * c21).mean()


@right("a loop over the two (prediction, other view's target) pairs, summing the batch means", fresh=True)
def byol_loss(p1, p2, z1, z2):
    total = 0.
    for p, z in ((p1, z2), (p2, z1)):
        total = total + _rl(p, z).mean()
    return total


# ---------------------------------------------------------------- wrong answers

@wrong('pairs each prediction with the target of the same view (p', "same-view pairs: rl(p1, z1) + rl(p2, z2)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (_rl(p1, z1) + _rl(p2, z2)).mean()


@wrong('not symmetric: only one ordering of the views (add regression_loss(p', "only one ordering: rl(p1, z2).mean()", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return _rl(p1, z2).mean()


@wrong('or averaged the two orderings instead of summing them (the loss runs f', "averages the two orderings instead of adding them (stack then mean)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return torch.stack([_rl(p1, z2), _rl(p2, z1)]).mean()


@wrong('returns one value per sample: average over the batch (.mean', "returns the N per-sample sums, never averaged over the batch", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return _rl(p1, z2) + _rl(p2, z1)


@wrong('sum over the batch instead of the mean', "sums over the batch instead of averaging", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (_rl(p1, z2) + _rl(p2, z1)).sum()


@wrong('must not be trained through the loss: detach them', "own cosine loss without detaching the targets", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (4 - 2 * F.cosine_similarity(p1, z2, dim=-1) - 2 * F.cosine_similarity(p2, z1, dim=-1)).mean()


@wrong('not symmetric: swapping the two views changes the loss from', "typo in the second term: rl(p1, z2) + rl(p2, z2)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return _rl(p1, z2).mean() + _rl(p2, z2).mean()


@wrong('should return a tensor (the loss, a scalar), got float', "returns loss.item(), a Python float ('one number'): no gradient", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (_rl(p1, z2) + _rl(p2, z1)).mean().item()


@wrong('` from the autograd graph in place (`detach_()` or `requires_grad_(Fal', "detaches the targets in place with z.detach_() (changes the caller's tensors)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    z1.detach_(); z2.detach_()
    return (2 - 2 * F.cosine_similarity(p1, z2, dim=-1)).mean() + (2 - 2 * F.cosine_similarity(p2, z1, dim=-1)).mean()


@wrong('your loss is nan: a zero vector has no direction, and F.normalize leav', "hand-made normalisation dividing by the norm: NaN on a zero row", fresh=True)
def byol_loss(p1, p2, z1, z2):
    n = lambda x: x / x.norm(dim=-1, keepdim=True)
    l = lambda p, z: 2 - 2 * (n(p) * n(z.detach())).sum(-1)
    return (l(p1, z2) + l(p2, z1)).mean()


@wrong("with this slip in each ordering: mean over the features instead of", "F.mse_loss on the normalised vectors with the default mean reduction: averaged over features too (divided by d)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    n = partial(F.normalize, dim=-1)
    return F.mse_loss(n(p1), n(z2.detach())) + F.mse_loss(n(p2), n(z1.detach()))


@wrong('normalised: this is the squared distance of the raw vectors', "no normalisation: squared distance of the raw vectors", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return ((p1 - z2.detach()).pow(2).sum(-1) + (p2 - z1.detach()).pow(2).sum(-1)).mean()


@wrong('d tensor, shape () (`.mean()` over everything gives one; `keepdim=True', "returns shape (1,) instead of a scalar (mean with keepdim)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (_rl(p1, z2) + _rl(p2, z1)).mean(0, keepdim=True)


@wrong('` in place: the caller still needs it as it was, so compute on new ten', "normalises the predictions in place through .data: overwrites the caller's p1, p2, and the gradient skips the normalisation", fresh=True)
def byol_loss(p1, p2, z1, z2):
    with torch.no_grad():
        z1n, z2n = F.normalize(z1, dim=-1), F.normalize(z2, dim=-1)
    p1.data.copy_(F.normalize(p1.data, dim=-1)); p2.data.copy_(F.normalize(p2.data, dim=-1))
    return (4 - 2 * (p1 * z2n).sum(-1) - 2 * (p2 * z1n).sum(-1)).mean()
