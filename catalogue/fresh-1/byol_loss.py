"Fresh answers, round 1: written on 2026-12-05, after the checks' first version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import torch, torch.nn.functional as F
from byol_course.loss import regression_loss          # in the notebook, the name the lesson hands back after its check
from byol_course.checks.catalogue import right, wrong

def _reg(p, z):  # a learner's own regression loss, for self-contained answers
    return 2 - 2 * F.cosine_similarity(p, z.detach(), dim=-1)

# ---------------------------------------------------------------- right answers

@right("regression_loss(p1, z2).mean() + regression_loss(p2, z1).mean()", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return regression_loss(p1, z2).mean() + regression_loss(p2, z1).mean()

@right("per-sample sum of the two orderings, then the mean", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (regression_loss(p1, z2) + regression_loss(p2, z1)).mean()

byol_loss = right("lambda: self-contained cosine version, 2 * mean of the concatenated 2N losses", fresh=True)(
    lambda p1, p2, z1, z2: 2 * torch.cat([_reg(p1, z2), _reg(p2, z1)]).mean())

@right("loop over the two (p, z) pairs, explicit normalisation, sum / N", fresh=True)
def byol_loss(p1, p2, z1, z2):
    total = 0.
    for p, z in ((p1, z2), (p2, z1)):
        pn, zn = F.normalize(p, dim=1), F.normalize(z.detach(), dim=1)
        total = total + (pn - zn).pow(2).sum(1).sum()
    return total / p1.shape[0]

# ---------------------------------------------------------------- wrong answers

@wrong('pairs each prediction with the target of the same view (p', "pairs each prediction with its OWN view's target", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return regression_loss(p1, z1).mean() + regression_loss(p2, z2).mean()

@wrong('or averaged the two orderings instead of summing them (the loss runs f', "averages the two orderings instead of adding them (range 0..4)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (regression_loss(p1, z2).mean() + regression_loss(p2, z1).mean()) / 2

@wrong('or averaged the two orderings instead of summing them (the loss runs f', "mean of the concatenated 2N losses (also half the sum)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return torch.cat([regression_loss(p1, z2), regression_loss(p2, z1)]).mean()

@wrong('sum over the batch instead of the mean', "sums over the batch instead of averaging", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (regression_loss(p1, z2) + regression_loss(p2, z1)).sum()

@wrong('returns one value per sample: average over the batch (.mean', "returns the N per-sample losses (forgot the batch mean)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return regression_loss(p1, z2) + regression_loss(p2, z1)

@wrong('not symmetric: only one ordering of the views (add regression_loss(p', "only one ordering (p1 against z2)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return regression_loss(p1, z2).mean()

@wrong('`: the lesson passes its arguments in the order (p', "argument order read as (p1, z1, p2, z2)", fresh=True)
def byol_loss(p1, z1, p2, z2):
    return regression_loss(p1, z2).mean() + regression_loss(p2, z1).mean()

@wrong('must not be trained through the loss: detach them', "own regression without detaching the targets", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (2 - 2 * F.cosine_similarity(p1, z2, dim=-1)).mean() + (2 - 2 * F.cosine_similarity(p2, z1, dim=-1)).mean()

@wrong('normalise each vector (each row), as regression_loss does', "own regression without normalisation (2 - 2 * dot product)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (2 - 2 * (p1 * z2.detach()).sum(-1)).mean() + (2 - 2 * (p2 * z1.detach()).sum(-1)).mean()

@wrong('` in place: the caller still needs it as it was, so compute on new ten', "normalises the inputs in place with F.normalize(out=...) before the loss", fresh=True)
def byol_loss(p1, p2, z1, z2):
    with torch.no_grad():
        for t in (z1, z2): F.normalize(t, dim=-1, out=t)
    return regression_loss(p1, z2).mean() + regression_loss(p2, z1).mean()

@wrong('cos is missing (the loss should run from', "drops the constant: -2 cos summed over both orderings (same gradient, wrong value)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return -2 * (F.cosine_similarity(p1, z2.detach(), dim=-1).mean() + F.cosine_similarity(p2, z1.detach(), dim=-1).mean())

@wrong("with this slip in each ordering: mean over the features instead of", "F.mse_loss on normalised vectors with default mean reduction (divides by d too)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    n = lambda t: F.normalize(t, dim=-1)
    return F.mse_loss(n(p1), n(z2).detach()) + F.mse_loss(n(p2), n(z1).detach())

@wrong('should return a tensor (the loss, a scalar), got float', "returns a Python float with .item() (no gradient)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (regression_loss(p1, z2).mean() + regression_loss(p2, z1).mean()).item()

@wrong('no gradient can reach the predictions: the loss you return has no grap', "detaches the predictions as well as the targets", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return _reg(p1.detach(), z2).mean() + _reg(p2.detach(), z1).mean()
