"Fresh answers, round 7: written on 2026-12-05, after the checks' seventh version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import functools
import torch, torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong


def _reg(p, z):
    "A correct per-sample regression loss, as the learner wrote it above."
    return 2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z.detach(), dim=-1)).sum(-1)


# ---------------------------------------------------------------- right answers

@right("the obvious one: reg(p1, z2).mean() + reg(p2, z1).mean()", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return _reg(p1, z2).mean() + _reg(p2, z1).mean()


@right("one concatenated batch: 2 * reg(cat(p1, p2), cat(z2, z1)).mean() (mean over 2N, times 2)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return 2 * _reg(torch.cat([p1, p2]), torch.cat([z2, z1])).mean()


@right("loop over the two orderings with zip, summing per-sample losses, then .sum() / N; target normalised under no_grad", fresh=True)
def byol_loss(p1, p2, z1, z2):
    total = 0
    for p, z in zip((p1, p2), (z2, z1)):
        with torch.no_grad():
            zn = F.normalize(z, dim=1)
        total = total + (2 - 2 * (F.normalize(p, dim=1) * zn).sum(1))
    return total.sum() / p1.shape[0]


class _ByolLoss:
    "A class with __call__, built on F.cosine_similarity and torch.stack."
    def __call__(self, p1, p2, z1, z2):
        terms = torch.stack([F.cosine_similarity(p1, z2.detach(), dim=-1), F.cosine_similarity(p2, z1.detach(), dim=-1)])
        return (2 - 2 * terms).sum(0).mean()

byol_loss = right("callable class: stack the two cosine similarities, (2 - 2 cos).sum(0).mean()", fresh=True)(_ByolLoss())


@right("with the package's own regression_loss (as a learner may after its check cell), in-place += on a fresh tensor", fresh=True)
def byol_loss(p1, p2, z1, z2):
    from byol_course.loss import regression_loss
    loss = regression_loss(p1, z2).mean()
    loss += regression_loss(p2, z1).mean()
    return loss


# ---------------------------------------------------------------- wrong answers

@wrong('pairs each prediction with the target of the same view (p', "pairs each prediction with its own view's target: reg(p1, z1) + reg(p2, z2)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return _reg(p1, z1).mean() + _reg(p2, z2).mean()


@wrong('or averaged the two orderings instead of summing them (the loss runs f', "averages the two orderings instead of adding them (half the loss)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (_reg(p1, z2).mean() + _reg(p2, z1).mean()) / 2


@wrong('sum over the batch instead of the mean', "sums over the batch instead of averaging", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return _reg(p1, z2).sum() + _reg(p2, z1).sum()


@wrong('not symmetric: only one ordering of the views (add regression_loss(p', "only one ordering (predict view 2 from view 1), not symmetrised", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return _reg(p1, z2).mean()


@wrong('should return a tensor (the loss, a scalar), got float', "returns a Python float with .item() ('one number'): the trainer cannot call backward", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (_reg(p1, z2).mean() + _reg(p2, z1).mean()).item()


@wrong('d tensor, shape () (`.mean()` over everything gives one; `keepdim=True', "returns shape (1,) instead of a 0-d tensor (mean(0, keepdim=True) of the stacked losses)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    per_sample = (_reg(p1, z2) + _reg(p2, z1)).unsqueeze(1)
    return per_sample.mean(0)


@wrong('must not be trained through the loss: detach them', "no stop-gradient inside the loss (relies on the model): gradient reaches z1 and z2 when they are attached", fresh=True)
def byol_loss(p1, p2, z1, z2):
    reg = lambda p, z: 2 - 2 * F.cosine_similarity(p, z, dim=-1)
    return reg(p1, z2).mean() + reg(p2, z1).mean()


@wrong('` from the autograd graph in place (`detach_()` or `requires_grad_(Fal', "z1.detach_() and z2.detach_(): cuts the caller's tensors from the graph in place", fresh=True)
def byol_loss(p1, p2, z1, z2):
    z1.detach_(); z2.detach_()
    return _reg(p1, z2).mean() + _reg(p2, z1).mean()


@wrong('`: the lesson passes its arguments in the order (p', "signature byol_loss(p1, z1, p2, z2) (pairs per view): positional calls with (p1, p2, z1, z2) pair the wrong tensors", fresh=True)
def byol_loss(p1, z1, p2, z2):
    return _reg(p1, z2).mean() + _reg(p2, z1).mean()


@wrong('the predictions and the targets have swapped roles', "arguments of the regression swapped: reg(z2, p1), so the stop-gradient lands on the prediction and the gradient on the target", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return _reg(z2, p1).mean() + _reg(z1, p2).mean()


@wrong('or averaged the two orderings instead of summing them (the loss runs f', "concatenates both orderings and takes the mean over 2N without the factor 2 (half the loss)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return _reg(torch.cat([p1, p2]), torch.cat([z2, z1])).mean()


@wrong('your value is what the loss gives with this slip in each ordering: mea', "divides the summed loss by p1.numel() (N * d) instead of the batch size N", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (_reg(p1, z2) + _reg(p2, z1)).sum() / p1.numel()


@wrong('your loss is nan: a zero vector has no direction, and F.normalize leav', "normalises by hand (x / x.norm): a zero row makes the loss NaN", fresh=True)
def byol_loss(p1, p2, z1, z2):
    n = lambda x: x / x.norm(dim=-1, keepdim=True)
    reg = lambda p, z: 2 - 2 * (n(p) * n(z.detach())).sum(-1)
    return reg(p1, z2).mean() + reg(p2, z1).mean()


@wrong("called under torch.no_grad(), as fastai's validation calls it: your fu", "global grad switch around the target normalisation, then set_grad_enabled(True): turns grad on for a caller under no_grad (validation)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    torch.set_grad_enabled(False)
    zn1, zn2 = F.normalize(z1, dim=-1), F.normalize(z2, dim=-1)
    torch.set_grad_enabled(True)
    return (2 - 2 * (F.normalize(p1, dim=-1) * zn2).sum(-1)).mean() + (2 - 2 * (F.normalize(p2, dim=-1) * zn1).sum(-1)).mean()


@wrong('` in place: the caller still needs it as it was, so compute on new ten', "in-place normalisation of the targets through detach() (shared storage): z1, z2 of the caller rescaled to unit length", fresh=True)
def byol_loss(p1, p2, z1, z2):
    zs = []
    for z in (z1, z2):
        z = z.detach()
        z /= z.norm(dim=-1, keepdim=True).clamp_min(1e-12)
        zs.append(z)
    zn1, zn2 = zs
    return (2 - 2 * (F.normalize(p1, dim=-1) * zn2).sum(-1)).mean() + (2 - 2 * (F.normalize(p2, dim=-1) * zn1).sum(-1)).mean()


@wrong('normalise each vector (each row), as regression_loss does', "loss on the un-normalised vectors' cosine computed as a dot product of raw p and z: 2 - 2 <p, z>", fresh=True)
def byol_loss(p1, p2, z1, z2):
    return (2 - 2 * (p1 * z2.detach()).sum(-1)).mean() + (2 - 2 * (p2 * z1.detach()).sum(-1)).mean()


@wrong('differs from the reference on a batch of', "mean of the full N x N matrix 2 - 2 * p1n @ z2n.T (every pair, not matching rows)", fresh=True)
def byol_loss(p1, p2, z1, z2):
    n = functools.partial(F.normalize, dim=-1)
    return (2 - 2 * n(p1) @ n(z2.detach()).T).mean() + (2 - 2 * n(p2) @ n(z1.detach()).T).mean()
