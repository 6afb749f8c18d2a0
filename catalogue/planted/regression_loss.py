"Answers to lesson 04's `regression_loss(p, z)`: per-sample 2 - 2 cos(p, z), no gradient into z."
import torch
import torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong
from byol_course.loss import regression_loss as reference

right("the package's version")(reference)

@right("the lesson's solution, written out")
def regression_loss(p, z):
    p, z = F.normalize(p, dim=-1), F.normalize(z.detach(), dim=-1)
    return 2 - 2 * (p * z).sum(-1)

regression_loss = right("the textbook F.cosine_similarity, as a lambda")(
    lambda p, z: 2 - 2 * F.cosine_similarity(p, z.detach(), dim=-1))

@wrong("your loss is nan", "normalised by dividing by the norm: NaN for a row of zeros")
def regression_loss(p, z):
    with torch.no_grad(): zn = z / z.norm(dim=1, keepdim=True)
    return (p / p.norm(dim=1, keepdim=True) - zn).pow(2).sum(1)

regression_loss = wrong("p and z are not L2-normalised")(lambda p, z: (p - z.detach()).pow(2).sum(-1))
regression_loss = wrong("the loss changes when p and z are rescaled")(lambda p, z: 2 - 2 * (p @ z.detach().T).diagonal())
regression_loss = wrong("the target z must not be trained through the loss")(lambda p, z: 2 - 2 * F.cosine_similarity(p, z, dim=-1))
regression_loss = wrong("returns the mean, not one value per sample")(lambda p, z: reference(p, z).mean())
regression_loss = wrong("cosine similarity instead of 2 - 2 cos")(lambda p, z: F.cosine_similarity(p, z.detach(), dim=-1))
regression_loss = wrong("sign error: 2 + 2 cos")(lambda p, z: 2 + 2 * F.cosine_similarity(p, z.detach(), dim=-1))
regression_loss = wrong("1 - cos instead of 2 - 2 cos")(lambda p, z: 1 - F.cosine_similarity(p, z.detach(), dim=-1))
regression_loss = wrong("normalised over the batch (dim=0)")(
    lambda p, z: 2 - 2 * (F.normalize(p, dim=0) * F.normalize(z.detach(), dim=0)).sum(-1))

@wrong("the loss you return has no graph")
def regression_loss(p, z):
    with torch.no_grad(): return reference(p, z)

@wrong("the loss values match, but the gradient into p does not", "the norm of p detached: right values, wrong gradient")
def regression_loss(p, z):
    p = p / p.norm(dim=-1, keepdim=True).detach()
    return 2 - 2 * (p * F.normalize(z.detach(), dim=-1)).sum(-1)

@wrong("your function changed its input `z` in place", "normalises the caller's z in place")
def regression_loss(p, z):
    z = z.detach()
    z /= z.norm(dim=-1, keepdim=True)
    return 2 - 2 * (F.normalize(p, dim=-1) * z).sum(-1)

@wrong("wrong shape: expected", "keeps the last dimension")
def regression_loss(p, z): return 2 - 2 * (F.normalize(p, dim=-1) * F.normalize(z.detach(), dim=-1)).sum(-1, keepdim=True)

regression_loss = right("the squared distance of the normalised vectors (1 for a row of zeros against a unit vector)")(
    lambda p, z: (F.normalize(p, dim=-1) - F.normalize(z.detach(), dim=-1)).pow(2).sum(-1))
