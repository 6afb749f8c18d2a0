"Fresh answers, round 3: written on 2026-12-05, after the checks' third version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import torch, torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong
from byol_course.loss import regression_loss   # what the lesson's check cell hands back


def _reg(p, z):
    "my own per-sample 2 - 2 cos, with the target detached"
    return 2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z.detach(), dim=-1)).sum(-1)

# ---------------------------------------------------------------- right answers

@right("the obvious one: regression_loss(p1, z2) + regression_loss(p2, z1), then the batch mean", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (regression_loss(p1, z2) + regression_loss(p2, z1)).mean()


byol_loss = right("lambda: mean of each ordering, added (own per-sample loss)", fresh=True)(
    lambda p1, p2, z1, z2: _reg(p1, z2).mean() + _reg(p2, z1).mean())


@right("stack the two orderings, sum over them, mean over the batch; inline normalise", fresh=True)
def byol_loss(p1, p2, z1, z2):
    ps = torch.stack([p1, p2])
    zs = torch.stack([z2, z1]).detach()
    cos = (F.normalize(ps, dim=-1) * F.normalize(zs, dim=-1)).sum(-1)      # 2 x N
    return (2 - 2 * cos).sum(0).mean()


class _ByolLoss:
    def __call__(self, *out):
        p1, p2, z1, z2 = out
        total = 0.
        for p, z in ((p1, z2), (p2, z1)):
            total = total + (2 - 2 * F.cosine_similarity(p, z.detach(), dim=-1)).mean()
        return total
byol_loss = right("class with __call__(*out), loop over the two orderings, cosine_similarity", fresh=True)(_ByolLoss())


# ---------------------------------------------------------------- wrong answers

@wrong('pairs each prediction with the target of the same view (p', "pairs each prediction with the target of the same view (p1 with z1)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (regression_loss(p1, z1) + regression_loss(p2, z2)).mean()


@wrong('or averaged the two orderings instead of summing them (the loss runs f', "averages the two orderings instead of adding them (half the loss)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (regression_loss(p1, z2) + regression_loss(p2, z1)).mean() / 2


@wrong('or averaged the two orderings instead of summing them (the loss runs f', "torch.cat of both orderings then .mean() (also averages over the orderings)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return torch.cat([regression_loss(p1, z2), regression_loss(p2, z1)]).mean()


@wrong('sum over the batch instead of the mean', "sums over the batch instead of averaging", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (regression_loss(p1, z2) + regression_loss(p2, z1)).sum()


@wrong('returns one value per sample: average over the batch (.mean', "returns the N per-sample values (forgot the batch mean)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return regression_loss(p1, z2) + regression_loss(p2, z1)


@wrong('not symmetric: swapping the two views changes the loss from', "only one ordering, doubled ('the other is the same by symmetry')", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return 2 * regression_loss(p1, z2).mean()


@wrong("with this slip in each ordering: mean over the features instead of", "F.mse_loss on normalised vectors: mean over N*d elements, so divided by d", fresh=True)
def byol_loss(p1, p2, z1, z2):
    n = lambda t: F.normalize(t, dim=-1)
    return F.mse_loss(n(p1), n(z2.detach())) + F.mse_loss(n(p2), n(z1.detach()))


@wrong('cos is missing (the loss should run from', "negative cosine (SimSiam style): same gradient, but values offset by 4", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return -2 * (F.cosine_similarity(p1, z2.detach(), dim=-1).mean() + F.cosine_similarity(p2, z1.detach(), dim=-1).mean())


@wrong('must not be trained through the loss: detach them', "inline loss without detaching the targets", fresh=True)
def byol_loss(p1, p2, z1, z2):
    l = lambda p, z: 2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z, dim=-1)).sum(-1)
    return (l(p1, z2) + l(p2, z1)).mean()


@wrong('`: the lesson passes its arguments in the order (p', "signature read as (p1, z1, p2, z2): the arguments are bound to the wrong names", fresh=True)
def byol_loss(p1, z1, p2, z2):
    return (regression_loss(p1, z2) + regression_loss(p2, z1)).mean()


@wrong('your loss is nan: a zero vector has no direction, and F.normalize leav', "normalises with manual division by the norm: a zero row makes the loss NaN", fresh=True)
def byol_loss(p1, p2, z1, z2):
    u = lambda t: t / t.norm(dim=-1, keepdim=True)
    l = lambda p, z: 2 - 2 * (u(p) * u(z.detach())).sum(-1)
    return (l(p1, z2) + l(p2, z1)).mean()


@wrong('` in place: the caller still needs it as it was, so compute on new ten', "normalises the inputs in place before the loss (the caller's tensors change)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    with torch.no_grad():
        for t in (z1, z2): t.div_(t.norm(dim=-1, keepdim=True).clamp_min(1e-12))
    return (regression_loss(p1, z2) + regression_loss(p2, z1)).mean()


@wrong('should return a tensor (the loss, a scalar), got float', "returns a Python float with .item() (no gradient for backward)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (regression_loss(p1, z2) + regression_loss(p2, z1)).mean().item()


@wrong('differs from the reference on a batch of', "median over the batch instead of the mean ('robust to outliers')", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (regression_loss(p1, z2) + regression_loss(p2, z1)).median()
