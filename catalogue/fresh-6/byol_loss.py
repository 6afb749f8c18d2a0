"Fresh answers, round 6: written on 2026-12-05, after the checks' sixth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import torch, torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong


def _reg(p, z):   # a correct per-sample regression loss, as written earlier in the lesson
    return 2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z.detach(), dim=-1)).sum(-1)


# ---------------------------------------------------------------- right answers

@right("the obvious one: mean of each ordering's regression loss, added", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return _reg(p1, z2).mean() + _reg(p2, z1).mean()


@right("per-sample sum of the two orderings, then one .mean()", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (_reg(p1, z2) + _reg(p2, z1)).mean()


@right("the package's regression_loss on both orderings concatenated: 2 * mean of the concatenation", fresh=True)
def byol_loss(p1, p2, z1, z2):
    from byol_course.loss import regression_loss
    return 2 * regression_loss(torch.cat([p1, p2]), torch.cat([z2, z1])).mean()


@right("4 - 2 * (mean cos + mean cos), cosine_similarity with detached targets", fresh=True)
def byol_loss(p1, p2, z1, z2):
    c12 = F.cosine_similarity(p1, z2.detach(), dim=-1).mean()
    c21 = F.cosine_similarity(p2, z1.detach(), dim=-1).mean()
    return 4 - 2 * (c12 + c21)


class _BYOLLoss:
    "A callable object: sums over the two (prediction, other view's target) pairs."
    def __call__(self, p1, p2, z1, z2):
        total = 0
        for p, z in ((p1, z2), (p2, z1)):
            total = total + F.mse_loss(F.normalize(p, dim=-1), F.normalize(z.detach(), dim=-1), reduction='none').sum(-1).mean()
        return total

byol_loss = right("a class with __call__, looping over the two pairs, mse_loss(reduction='none').sum(-1).mean()", fresh=True)(_BYOLLoss())


# ---------------------------------------------------------------- wrong answers

@wrong('pairs each prediction with the target of the same view (p', "pairs each prediction with the target of the SAME view (p1 with z1, p2 with z2)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return _reg(p1, z1).mean() + _reg(p2, z2).mean()


@wrong('or averaged the two orderings instead of summing them (the loss runs f', "averages the two orderings ((a + b) / 2, range 0..4) instead of adding them", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (_reg(p1, z2).mean() + _reg(p2, z1).mean()) / 2


@wrong('or averaged the two orderings instead of summing them (the loss runs f', "concatenates both orderings and takes ONE mean: the average of the two, half the loss", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return torch.cat([_reg(p1, z2), _reg(p2, z1)]).mean()


@wrong('returns one value per sample: average over the batch (.mean', "returns the per-sample losses (shape N), no batch mean", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return _reg(p1, z2) + _reg(p2, z1)


@wrong('sum over the batch instead of the mean', "sums over the batch instead of averaging", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (_reg(p1, z2) + _reg(p2, z1)).sum()


@wrong('should return a tensor (the loss, a scalar), got float', "returns a Python float (.item()): the trainer cannot call .backward() on it", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (_reg(p1, z2).mean() + _reg(p2, z1).mean()).item()


@wrong('d tensor, shape () (`.mean()` over everything gives one; `keepdim=True', "returns shape (1,) instead of a 0-d tensor (mean with keepdim=True)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (_reg(p1, z2) + _reg(p2, z1)).mean(0, keepdim=True)


@wrong('d tensor, shape () (`.mean()` over everything gives one; `keepdim=True', "stacks the two means and sums with keepdim: shape (1,)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return torch.stack([_reg(p1, z2).mean(), _reg(p2, z1).mean()]).sum(0, keepdim=True)


@wrong('must not be trained through the loss: detach them', "its own 2 - 2 cos without detaching the targets: gradient reaches z1, z2", fresh=True)
def byol_loss(p1, p2, z1, z2):
    l = lambda p, z: 2 - 2 * F.cosine_similarity(p, z, dim=-1)
    return l(p1, z2).mean() + l(p2, z1).mean()


@wrong('` from the autograd graph in place (`detach_()` or `requires_grad_(Fal', "z1.detach_(), z2.detach_() in place: cuts the caller's tensors from their graph", fresh=True)
def byol_loss(p1, p2, z1, z2):
    z1.detach_(); z2.detach_()
    return (2 - 2 * F.cosine_similarity(p1, z2, dim=-1)).mean() + (2 - 2 * F.cosine_similarity(p2, z1, dim=-1)).mean()


@wrong('`: the lesson passes its arguments in the order (p', "arguments read as (p1, z1, p2, z2) instead of (p1, p2, z1, z2)", fresh=True)
def byol_loss(p1, z1, p2, z2):
    return _reg(p1, z2).mean() + _reg(p2, z1).mean()


@wrong('the predictions and the targets have swapped roles', "regression_loss(z2, p1): arguments swapped inside, same value (cos is symmetric) but the gradient goes to z, not p", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return _reg(z2, p1).mean() + _reg(z1, p2).mean()


@wrong("with this slip in each ordering: mean over the features instead of", "F.mse_loss (mean over N*d) of the normalised vectors: divided by d", fresh=True)
def byol_loss(p1, p2, z1, z2):
    n = lambda x: F.normalize(x, dim=-1)
    return F.mse_loss(n(p1), n(z2.detach())) + F.mse_loss(n(p2), n(z1.detach()))


@wrong('normalised: this is the squared distance of the raw vectors', "no L2 normalisation: squared distance of the raw vectors", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (p1 - z2.detach()).pow(2).sum(-1).mean() + (p2 - z1.detach()).pow(2).sum(-1).mean()


@wrong('` in place: the caller still needs it as it was, so compute on new ten', "normalises the targets in place through .detach() (shares storage): the caller's z1, z2 change", fresh=True)
def byol_loss(p1, p2, z1, z2):
    t1, t2 = z1.detach(), z2.detach()
    for t in (t1, t2): t.div_(t.norm(dim=-1, keepdim=True).clamp_min(1e-12))
    return (2 - 2 * (F.normalize(p1, dim=-1) * t2).sum(-1)).mean() + (2 - 2 * (F.normalize(p2, dim=-1) * t1).sum(-1)).mean()


@wrong('not symmetric: only one ordering of the views (add regression_loss(p', "only one ordering (p1 vs z2), not symmetrised", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return _reg(p1, z2).mean()


@wrong('not symmetric: swapping the two views changes the loss from', "only one ordering, doubled to 'account for' the other (2 * mean(l(p1, z2)))", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return 2 * _reg(p1, z2).mean()


@wrong('your loss is nan: a zero vector has no direction, and F.normalize leav', "divides by the norm without a clamp: a zero row gives a NaN loss", fresh=True)
def byol_loss(p1, p2, z1, z2):
    u = lambda x: x / x.norm(dim=-1, keepdim=True)
    return (2 - 2 * (u(p1) * u(z2.detach())).sum(-1)).mean() + (2 - 2 * (u(p2) * u(z1.detach())).sum(-1)).mean()
