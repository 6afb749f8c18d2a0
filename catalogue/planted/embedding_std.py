"Answers to lesson 06's `embedding_std(z)`: mean per-dimension std of the L2-normalised embeddings."
import torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong
from byol_course.collapse import embedding_std as reference

right("the package's version")(reference)
embedding_std = right("NumPy's std (the population std), as a lambda")(lambda z: float(F.normalize(z, dim=1).cpu().numpy().std(0).mean()))
embedding_std = wrong("with the embeddings on a GPU", "NumPy without .cpu() first")(lambda z: float(F.normalize(z, dim=1).numpy().std(0).mean()))

@right("normalised by hand, clamped away from zero")
def embedding_std(z):
    z = z / z.norm(dim=1, keepdim=True).clamp_min(1e-12)
    return z.std(dim=0).mean().item()

@wrong("should return a number as a Python float, got a tensor", "a 0-d tensor returned")
def embedding_std(z): return F.normalize(z, dim=1).std(dim=0).mean()

@wrong(("your std is NaN", "got nan"), "normalised by dividing by the norm: NaN for a row of zeros")
def embedding_std(z):
    z = z / z.norm(dim=1, keepdim=True)
    return z.std(dim=0).mean().item()

embedding_std = wrong("embeddings not L2-normalised before the std")(lambda z: z.std(0).mean().item())
embedding_std = wrong("std over the wrong dimension")(lambda z: F.normalize(z, dim=1).std(1).mean().item())
embedding_std = wrong("std of all the entries at once")(lambda z: F.normalize(z, dim=1).std().item())
embedding_std = wrong("returns one std per dimension")(lambda z: F.normalize(z, dim=1).std(0))
embedding_std = wrong("normalised over the wrong dimension")(lambda z: F.normalize(z, dim=0).std(0).mean().item())
embedding_std = wrong("the variance, not the standard deviation", "the variance, not the std")(lambda z: F.normalize(z, dim=1).var(0).mean().item())

@wrong("your function changed its input `z` in place", "normalises the caller's embeddings in place")
def embedding_std(z):
    z /= z.norm(dim=1, keepdim=True)
    return z.std(0).mean().item()
