"Answers to lesson 04's `byol_loss(p1, p2, z1, z2)`: the symmetric loss, averaged over the batch."
import torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong
from byol_course.loss import byol_loss as reference, regression_loss

right("the package's version")(reference)
byol_loss = right("both orderings, each averaged, then added (a lambda)")(
    lambda p1, p2, z1, z2: regression_loss(p1, z2).mean() + regression_loss(p2, z1).mean())

@right("written out from cosine similarities")
def byol_loss(p1, p2, z1, z2):
    c = F.cosine_similarity(p1, z2.detach(), dim=-1) + F.cosine_similarity(p2, z1.detach(), dim=-1)
    return (4 - 2 * c).mean()

byol_loss = wrong("not symmetric: only one ordering of the views")(lambda p1, p2, z1, z2: regression_loss(p1, z2).mean())
byol_loss = wrong("pairs each prediction with the target of the same view (p1 with z1)")(
    lambda p1, p2, z1, z2: reference(p1, p2, z2, z1))
byol_loss = wrong("sum over the batch instead of the mean")(
    lambda p1, p2, z1, z2: (regression_loss(p1, z2) + regression_loss(p2, z1)).sum())
byol_loss = wrong("averaged the two orderings instead of summing them")(lambda p1, p2, z1, z2: reference(p1, p2, z1, z2) / 2)
byol_loss = wrong("returns one value per sample")(lambda p1, p2, z1, z2: regression_loss(p1, z2) + regression_loss(p2, z1))
byol_loss = wrong("no gradient can reach the predictions")(
    lambda p1, p2, z1, z2: reference(p1.detach(), p2.detach(), z1, z2))

unit = lambda t: F.normalize(t, dim=-1)
byol_loss = wrong("the targets z1, z2 must not be trained through the loss")(
    lambda p1, p2, z1, z2: (4 - 2 * (unit(p1) * unit(z2)).sum(-1) - 2 * (unit(p2) * unit(z1)).sum(-1)).mean())

@wrong("the gradient of your loss reaches p1; it should reach p1 and p2 only", "p2's ordering counted through a detached copy")
def byol_loss(p1, p2, z1, z2):
    a, b = regression_loss(p1, z2).mean(), regression_loss(p2, z1).mean()
    return 2 * a + (b - a).detach()
