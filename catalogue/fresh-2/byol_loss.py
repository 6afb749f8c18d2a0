"Fresh answers, round 2: written on 2026-12-05, after the checks' second version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import torch, torch.nn.functional as F
from functools import partial
from byol_course.checks.catalogue import right, wrong
from byol_course.loss import regression_loss   # the lesson's regression_loss, as the notebook has it after its check cell

# ---------------------------------------------------------------- right answers

@right("the obvious one: regression_loss(p1, z2).mean() + regression_loss(p2, z1).mean()", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return regression_loss(p1, z2).mean() + regression_loss(p2, z1).mean()


@right("per-sample sum of the two orderings, then one .mean()", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (regression_loss(p1, z2) + regression_loss(p2, z1)).mean()


@right("inline: F.normalize on stacked (p1, p2) and (z2, z1), z detached, 4 - 2 * (sum of cosines) batch mean", fresh=True)
def byol_loss(p1, p2, z1, z2):
    p = F.normalize(torch.stack([p1, p2]), dim=-1)
    z = F.normalize(torch.stack([z2, z1]).detach(), dim=-1)
    return (2 - 2 * (p * z).sum(-1)).sum(0).mean()


class _Sym:
    "a loss object: any per-sample regression, symmetrised"
    def __init__(self, reg): self.reg = reg
    def __call__(self, p1, p2, z1, z2):
        return sum(self.reg(p, z).mean() for p, z in ((p1, z2), (p2, z1)))
byol_loss = right("a class with __call__ wrapping a per-sample loss, sum() over the two (p, z) pairs", fresh=True)(_Sym(regression_loss))

# ---------------------------------------------------------------- wrong answers

@wrong('pairs each prediction with the target of the same view (p', "pairs each prediction with the SAME view's target: reg(p1, z1) + reg(p2, z2)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return regression_loss(p1, z1).mean() + regression_loss(p2, z2).mean()


@wrong('or averaged the two orderings instead of summing them (the loss runs f', "averages the two orderings instead of adding them (range 0..4, not 0..8)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (regression_loss(p1, z2).mean() + regression_loss(p2, z1).mean()) / 2


@wrong('sum over the batch instead of the mean', "sums over the batch instead of taking the mean", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return regression_loss(p1, z2).sum() + regression_loss(p2, z1).sum()


@wrong('must not be trained through the loss: detach them', "inline version that forgets to detach the targets", fresh=True)
def byol_loss(p1, p2, z1, z2):
    l1 = 2 - 2 * F.cosine_similarity(p1, z2, dim=-1)
    l2 = 2 - 2 * F.cosine_similarity(p2, z1, dim=-1)
    return (l1 + l2).mean()


@wrong('returns one value per sample: average over the batch (.mean', "returns the per-sample vector (no batch mean)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return regression_loss(p1, z2) + regression_loss(p2, z1)


@wrong('not symmetric: swapping the two views changes the loss from', "only one direction, doubled: 2 * reg(p1, z2).mean()", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return 2 * regression_loss(p1, z2).mean()


@wrong('the predictions and the targets have swapped roles', "arguments swapped in the call: regression_loss(z2, p1) -- same value, but the stop-gradient now cuts p", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return regression_loss(z2, p1).mean() + regression_loss(z1, p2).mean()


@wrong('differs from the reference on a batch of', "cosine form with the constant wrong: 2 - 2 * (cos12 + cos21).mean() instead of 4 - 2 * (...)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    c = F.cosine_similarity(p1, z2.detach(), dim=-1) + F.cosine_similarity(p2, z1.detach(), dim=-1)
    return 2 - 2 * c.mean()


@wrong("with this slip in each ordering: mean over the features instead of", "squared distance of the normalised vectors averaged over all N*d elements (.mean() instead of .sum(-1).mean())", fresh=True)
def byol_loss(p1, p2, z1, z2):
    n = partial(F.normalize, dim=-1)
    return (n(p1) - n(z2.detach())).pow(2).mean() + (n(p2) - n(z1.detach())).pow(2).mean()


@wrong('should return a tensor (the loss, a scalar), got float', "returns loss.item(): 'one number' as a Python float, which cannot be backpropagated", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (regression_loss(p1, z2).mean() + regression_loss(p2, z1).mean()).item()


@wrong('normalised: this is the squared distance of the raw vectors', "unnormalised: plain MSE between predictions and the other view's targets", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return F.mse_loss(p1, z2.detach(), reduction='none').sum(-1).mean() + F.mse_loss(p2, z1.detach(), reduction='none').sum(-1).mean()


@wrong("with this slip in each ordering: normalised over the batch (dim", "inline version normalising along dim=0 (F.normalize(x, dim=0)) -- over the batch, not the features", fresh=True)
def byol_loss(p1, p2, z1, z2):
    l = 0
    for p, z in ((p1, z2), (p2, z1)):
        p, z = F.normalize(p, dim=0), F.normalize(z.detach(), dim=0)
        l = l + (2 - 2 * (p * z).sum(-1)).mean()
    return l


@wrong('` in place: the caller still needs it as it was, so compute on new ten', "inline version normalising the targets in place (z.detach().div_): the caller's z1, z2 are changed", fresh=True)
def byol_loss(p1, p2, z1, z2):
    total = 0.
    for p, z in ((p1, z2), (p2, z1)):
        z = z.detach()
        z.div_(z.norm(dim=-1, keepdim=True).clamp_min(1e-12))
        total = total + (2 - 2 * (F.normalize(p, dim=-1) * z).sum(-1)).mean()
    return total
