"Answers to lesson 07's `knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024)`."
import torch
import torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong
from byol_course.knn import knn_predict as reference

right("the package's version")(reference)

@right("one_hot votes, chunked")
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    out = []
    for q in F.normalize(feats, dim=1).split(chunk):
        sim, idx = (q @ bank.T).topk(min(k, len(bank)), dim=1)
        out.append((F.one_hot(bank_labels[idx], num_classes) * (sim / t).exp()[..., None]).sum(1).argmax(1))
    return torch.cat(out)

@wrong("a chunk of queries at a time needs about", "a loop over the chunks by index, the cosine from a broadcast F.cosine_similarity (chunk x bank x d)")
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    k = min(k, len(bank))
    preds = []
    for i in range(0, len(feats), chunk):
        sim = F.cosine_similarity(feats[i:i + chunk, None], bank[None], dim=-1)
        top, idx = sim.topk(k, dim=1)
        votes = torch.zeros(len(top), num_classes, device=bank.device).scatter_add_(1, bank_labels[idx], torch.exp(top / t))
        preds.append(votes.argmax(1))
    return torch.cat(preds)

def whole(feats, bank, bank_labels, num_classes, k, t, weight=lambda s, t: (s / t).exp(), normalise=True):
    "kNN on all the queries at once, with the vote weight given."
    if normalise: feats, bank = F.normalize(feats, dim=1), F.normalize(bank, dim=1)
    sim, idx = (feats @ bank.T).topk(min(k, len(bank)), dim=1)
    return torch.zeros(len(feats), num_classes, device=bank.device).scatter_add_(1, bank_labels[idx], weight(sim, t)).argmax(1)

knn_predict = wrong("your labels agree with a plain (unweighted) majority vote")(
    lambda f, b, l, c, k=200, t=0.1, chunk=1024: whole(f, b, l, c, k, t, lambda s, t: torch.ones_like(s)))
knn_predict = wrong("your labels agree with votes weighted by the similarity itself")(
    lambda f, b, l, c, k=200, t=0.1, chunk=1024: whole(f, b, l, c, k, t, lambda s, t: s))
knn_predict = wrong("your labels agree with neighbours found by the dot product")(
    lambda f, b, l, c, k=200, t=0.1, chunk=1024: whole(f, b, l, c, k, t, normalise=False))
knn_predict = wrong("your labels agree with the whole bank voting")(lambda f, b, l, c, k=200, t=0.1, chunk=1024: reference(f, b, l, c, k=len(b), t=t))
knn_predict = wrong("differs from the reference on", "exp(similarity) / t: the temperature outside the exponential")(
    lambda f, b, l, c, k=200, t=0.1, chunk=1024: whole(f, b, l, c, k, t, lambda s, t: s.exp() / t))
knn_predict = wrong("returned the vote totals")(
    lambda f, b, l, c, k=200, t=0.1, chunk=1024: torch.zeros(len(f), c).scatter_add_(
        1, l[(F.normalize(f, dim=1) @ F.normalize(b, dim=1).T).topk(min(k, len(b)), dim=1).indices], torch.ones(len(f), min(k, len(b)))))

@wrong("use k = min(k, len(bank))", "topk with k larger than the bank")
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    sim, idx = (F.normalize(feats, dim=1) @ F.normalize(bank, dim=1).T).topk(k, dim=1)
    return torch.zeros(len(feats), num_classes).scatter_add_(1, bank_labels[idx], (sim / t).exp()).argmax(1)

knn_predict = wrong("the signature should be", "the default k=20")(
    lambda f, b, l, c, k=20, t=0.1, chunk=1024: reference(f, b, l, c, k, t))
knn_predict = wrong("`k` defaults to None; it should default to 200", "the defaults hidden behind None")(
    lambda f, b, l, c, k=None, t=None, chunk=1024: reference(f, b, l, c, k or 20, t or 0.1))
knn_predict = wrong("a chunk of queries at a time needs about", "chunk ignored: all the queries at once")(
    lambda f, b, l, c, k=200, t=0.1, chunk=1024: whole(f, b, l, c, k, t))

@wrong("returned its labels on the cpu", "the votes made on the CPU, the labels moved there")
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    out = []
    for q in F.normalize(feats, dim=1).split(chunk):
        sim, idx = (q @ bank.T).topk(min(k, len(bank)), dim=1)
        out.append(torch.zeros(len(q), num_classes).scatter_add_(1, bank_labels[idx].cpu(), (sim / t).exp().cpu()).argmax(1))
    return torch.cat(out)

@wrong("your code raised FakeTensorDeviceMismatchError", "the votes made on the CPU, filled with GPU tensors")
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    out = []
    for q in F.normalize(feats, dim=1).split(chunk):
        sim, idx = (q @ bank.T).topk(min(k, len(bank)), dim=1)
        out.append(torch.zeros(len(q), num_classes).scatter_add_(1, bank_labels[idx], (sim / t).exp()).argmax(1))
    return torch.cat(out)

@wrong("your function changed its input `bank` in place", "normalises the caller's bank in place")
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank /= bank.norm(dim=1, keepdim=True)
    return reference(feats, bank, bank_labels, num_classes, k, t, chunk)

knn_predict = wrong("your labels agree with t=0.1 whatever t is passed")(
    lambda f, b, l, c, k=200, t=0.1, chunk=1024: reference(f, b, l, c, k, 0.1, chunk))

@right("a loop over the chunks by index, the cosine of normalised features by matmul")
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    k, b = min(k, len(bank)), F.normalize(bank, dim=1)
    preds = []
    for i in range(0, len(feats), chunk):
        top, idx = (F.normalize(feats[i:i + chunk], dim=1) @ b.T).topk(k, dim=1)
        votes = torch.zeros(len(top), num_classes, device=bank.device).scatter_add_(1, bank_labels[idx], torch.exp(top / t))
        preds.append(votes.argmax(1))
    return torch.cat(preds)
