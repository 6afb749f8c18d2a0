"Fresh answers, round 8: written on 2026-12-05, after the checks' eighth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import numpy as np
import torch, torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("loop over feats.split(chunk): normalise, matmul, topk(min(k, M)), exp(s/t) in float32, scatter_add_ into zeros on the device, argmax", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank_n = F.normalize(bank, dim=1)
    k = min(k, len(bank))
    labels = bank_labels.long()
    out = []
    for q in feats.split(chunk):
        sims = F.normalize(q, dim=1) @ bank_n.T
        top, idx = sims.topk(k, dim=1)
        w = (top.float() / t).exp()
        votes = torch.zeros(len(q), num_classes, dtype=torch.float32, device=feats.device)
        votes.scatter_add_(1, labels[idx], w)
        out.append(votes.argmax(1))
    return torch.cat(out)


@right("softmax over the k top similarities / t (same argmax as exp weights), one-hot einsum, list comprehension over index ranges", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    b = bank / bank.norm(dim=1, keepdim=True).clamp_min(1e-12)
    kk = min(k, b.shape[0])
    def one(q):
        q = q / q.norm(dim=1, keepdim=True).clamp_min(1e-12)
        s, i = (q @ b.t()).topk(kk, dim=1)
        w = torch.softmax(s.float() / t, dim=1)
        oh = F.one_hot(bank_labels.long()[i], num_classes).float()
        return torch.einsum('nk,nkc->nc', w, oh).argmax(dim=1)
    return torch.cat([one(feats[s:s + chunk]) for s in range(0, feats.shape[0], chunk)])


class _KNN:
    "kNN as a callable object; weights shifted by the per-query top similarity (exp((s - max)/t)), a loop over classes."
    def __init__(self, k=200, t=0.1, chunk=1024): self.k, self.t, self.chunk = k, t, chunk
    @torch.no_grad()
    def __call__(self, feats, bank, bank_labels, num_classes, k=None, t=None, chunk=None):
        k = self.k if k is None else k; t = self.t if t is None else t; chunk = self.chunk if chunk is None else chunk
        bank = F.normalize(bank.float(), dim=-1)
        preds = torch.empty(feats.shape[0], dtype=torch.long, device=feats.device)
        for start in range(0, feats.shape[0], chunk):
            q = F.normalize(feats[start:start + chunk].float(), dim=-1)
            s, i = torch.topk(q @ bank.T, min(k, bank.shape[0]), dim=-1)
            w = torch.exp((s - s[:, :1]) / t)                      # top-1 weight is 1; same ratios as exp(s/t)
            lab = bank_labels[i]
            votes = torch.stack([(w * (lab == c)).sum(1) for c in range(num_classes)], dim=1)
            preds[start:start + chunk] = votes.argmax(1)
        return preds

# Written as right; wrong by the contract, whose signature gives k=200, t=0.1 and chunk=1024 as defaults (this
# object's are None, standing for them: help(knn_predict) shows None).
knn_predict = wrong('the signature should be `knn_predict(feats, bank, bank_labels, num_cla', "a class with __call__, exp((s - max s)/t) (same ratios), votes by a loop over classes", fresh=True)(_KNN())


@right("dense chunk x M weight matrix (zeros, scatter_ the top-k weights) times the M x C one-hot label matrix", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    onehot = F.one_hot(bank_labels.long(), num_classes).float()            # M x C
    bn = F.normalize(bank, dim=1)
    preds = []
    for q in torch.split(feats, chunk):
        s = F.normalize(q, dim=1) @ bn.T
        v, i = s.topk(min(k, s.shape[1]), dim=1)
        W = torch.zeros(s.shape, dtype=torch.float32, device=s.device).scatter_(1, i, (v.float() / t).exp())
        preds.append((W @ onehot).argmax(1))
    return torch.cat(preds)


@right("votes accumulated in float64 (more precision than float32, never float16), index_add_ per query row", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bn = F.normalize(bank, dim=1)
    n_top = min(k, len(bank))
    res = []
    for q in feats.split(chunk):
        top, idx = (F.normalize(q, dim=1) @ bn.T).topk(n_top, dim=1)
        w = torch.exp(top.double() / t)
        votes = torch.zeros(len(q) * num_classes, dtype=torch.float64, device=feats.device)
        flat = (torch.arange(len(q), device=feats.device)[:, None] * num_classes + bank_labels.long()[idx]).flatten()
        votes.index_add_(0, flat, w.flatten())
        res.append(votes.view(len(q), num_classes).argmax(1))
    return torch.cat(res)


# ---------------------------------------------------------------- wrong answers

@wrong('your labels agree with neighbours found by the dot product, not the co', "no normalisation: raw dot products instead of cosine similarities", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    out = []
    for q in feats.split(chunk):
        s, i = (q @ bank.T).topk(min(k, len(bank)), dim=1)
        votes = torch.zeros(len(q), num_classes, device=feats.device).scatter_add_(1, bank_labels.long()[i], (s.float() / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('but its exp(similarity / t) votes per class are', "normalises the bank only, the queries stay raw (their norm acts as a per-query temperature)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    out = []
    for q in feats.split(chunk):
        s, i = (q @ bank.T).topk(min(k, len(bank)), dim=1)
        votes = torch.zeros(len(q), num_classes, device=feats.device).scatter_add_(1, bank_labels.long()[i], (s.float() / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('queries, and on one built to tell them apart: weight each vote by exp', "weight exp(similarity * t) instead of exp(similarity / t)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q, dim=1) @ bank.T).topk(min(k, len(bank)), dim=1)
        votes = torch.zeros(len(q), num_classes, device=feats.device).scatter_add_(1, bank_labels.long()[i], (s.float() * t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('your code raised RuntimeError: selected index k out of range (in knn_p', "k not capped at the bank size: topk(k) fails when k > len(bank)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q, dim=1) @ bank.T).topk(k, dim=1)
        votes = torch.zeros(len(q), num_classes, device=feats.device).scatter_add_(1, bank_labels.long()[i], (s.float() / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('but its exp(similarity / t) votes per class are', "k capped at the number of queries (len(feats)) instead of the bank size", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    k = min(k, len(feats), len(bank))
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q, dim=1) @ bank.T).topk(k, dim=1)
        votes = torch.zeros(len(q), num_classes, device=feats.device).scatter_add_(1, bank_labels.long()[i], (s.float() / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


# Written as wrong; right by the contract: the course hands knn_predict float32 features (extract_features), on
# which these votes are float32.
@right("votes kept in the features' dtype: float16 features overflow to inf (65,504)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q, dim=1) @ bank.T).topk(min(k, len(bank)), dim=1)
        votes = torch.zeros(len(q), num_classes, dtype=feats.dtype, device=feats.device)
        votes.scatter_add_(1, bank_labels.long()[i], (s / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong("more time(s)): on a GPU everything stays there, each chunk's copy back", "votes counted on the CPU with NumPy (np.add.at), then moved back to the device", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    labels = bank_labels.cpu().numpy()
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q, dim=1) @ bank.T).topk(min(k, len(bank)), dim=1)
        w, i = (s.float() / t).exp().cpu().numpy(), i.cpu().numpy()
        votes = np.zeros((len(q), num_classes), dtype=np.float32)
        np.add.at(votes, (np.arange(len(q))[:, None], labels[i]), w)
        out.append(torch.from_numpy(votes.argmax(1)).to(feats.device))
    return torch.cat(out)


@wrong('similarities at once, and nothing much larger, which is what keeps the', "no chunking at all: the whole N x M similarity matrix at once (chunk ignored)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    s, i = (F.normalize(feats, dim=1) @ F.normalize(bank, dim=1).T).topk(min(k, len(bank)), dim=1)
    votes = torch.zeros(len(feats), num_classes, device=feats.device).scatter_add_(1, bank_labels.long()[i], (s.float() / t).exp())
    return votes.argmax(1)


@wrong('similarities at once, and nothing much larger, which is what keeps the', "cosine via F.cosine_similarity broadcasting: a chunk x M x d product", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    out = []
    for q in feats.split(chunk):
        sims = F.cosine_similarity(q[:, None, :], bank[None, :, :], dim=-1)
        s, i = sims.topk(min(k, len(bank)), dim=1)
        votes = torch.zeros(len(q), num_classes, device=feats.device).scatter_add_(1, bank_labels.long()[i], (s.float() / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('similarities at once, and nothing much larger, which is what keeps the', "feats.chunk(chunk) instead of feats.split(chunk): `chunk` pieces, not pieces of `chunk` queries (chunk=1 -> everything at once)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    out = []
    for q in feats.chunk(chunk):
        s, i = (F.normalize(q, dim=1) @ bank.T).topk(min(k, len(bank)), dim=1)
        votes = torch.zeros(len(q), num_classes, device=feats.device).scatter_add_(1, bank_labels.long()[i], (s.float() / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('similarities at once, and nothing much larger, which is what keeps the', "similarities computed by chunk but concatenated into the full N x M matrix before topk", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    sims = torch.cat([F.normalize(q, dim=1) @ bank.T for q in feats.split(chunk)])
    s, i = sims.topk(min(k, len(bank)), dim=1)
    votes = torch.zeros(len(feats), num_classes, device=feats.device).scatter_add_(1, bank_labels.long()[i], (s.float() / t).exp())
    return votes.argmax(1)


@wrong('queries, and on one built to tell them apart: weight each vote by exp', "plain majority vote of the k neighbours: t is ignored", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    out = []
    for q in feats.split(chunk):
        _, i = (F.normalize(q, dim=1) @ bank.T).topk(min(k, len(bank)), dim=1)
        votes = F.one_hot(bank_labels.long()[i], num_classes).sum(1)
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('but its exp(similarity / t) votes per class are', "temperature misplaced: exp(similarity) / t (a constant factor, so effectively t = 1)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q, dim=1) @ bank.T).topk(min(k, len(bank)), dim=1)
        votes = torch.zeros(len(q), num_classes, device=feats.device).scatter_add_(1, bank_labels.long()[i], s.float().exp() / t)
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('the signature should be `knn_predict(feats, bank, bank_labels, num_cla', "wrong defaults: k=20, t=0.07 (values from other papers)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=20, t=0.07, chunk=1024):
    bank = F.normalize(bank, dim=1)
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q, dim=1) @ bank.T).topk(min(k, len(bank)), dim=1)
        votes = torch.zeros(len(q), num_classes, device=feats.device).scatter_add_(1, bank_labels.long()[i], (s.float() / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('but its exp(similarity / t) votes per class are', "F.normalize along dim=0 (over the samples) instead of over the features", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=0)
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q, dim=0) @ bank.T).topk(min(k, len(bank)), dim=1)
        votes = torch.zeros(len(q), num_classes, device=feats.device).scatter_add_(1, bank_labels.long()[i], (s.float() / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('your function changed its input `feats` in place: the caller still nee', "normalises the caller's feats and bank in place (div_): the inputs are changed", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank.div_(bank.norm(dim=1, keepdim=True))
    feats.div_(feats.norm(dim=1, keepdim=True))
    out = []
    for q in feats.split(chunk):
        s, i = (q @ bank.T).topk(min(k, len(bank)), dim=1)
        votes = torch.zeros(len(q), num_classes, device=feats.device).scatter_add_(1, bank_labels.long()[i], (s.float() / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('given features and labels on a GPU, your function returned its labels', "predictions preallocated with torch.empty(len(feats), dtype=torch.long): on the CPU, not the inputs' device", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    pred = torch.empty(len(feats), dtype=torch.long)
    for start in range(0, len(feats), chunk):
        q = F.normalize(feats[start:start + chunk], dim=1)
        s, i = (q @ bank.T).topk(min(k, len(bank)), dim=1)
        votes = torch.zeros(len(q), num_classes, device=feats.device).scatter_add_(1, bank_labels.long()[i], (s.float() / t).exp())
        pred[start:start + chunk] = votes.argmax(1)
    return pred


@wrong('labels should be integers (torch.long), got torch.float', "predictions preallocated with torch.zeros(len(feats), device=...): float labels, not integers", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    pred = torch.zeros(len(feats), device=feats.device)
    for start in range(0, len(feats), chunk):
        q = F.normalize(feats[start:start + chunk], dim=1)
        s, i = (q @ bank.T).topk(min(k, len(bank)), dim=1)
        votes = torch.zeros(len(q), num_classes, device=feats.device).scatter_add_(1, bank_labels.long()[i], (s.float() / t).exp())
        pred[start:start + chunk] = votes.argmax(1)
    return pred


@wrong('but its exp(similarity / t) votes per class are', "neighbours chosen by Euclidean distance (torch.cdist) on the raw features, then weighted by cosine", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bn = F.normalize(bank, dim=1)
    out = []
    for q in feats.split(chunk):
        _, i = torch.cdist(q, bank).topk(min(k, len(bank)), dim=1, largest=False)
        s = (F.normalize(q, dim=1)[:, None, :] * bn[i]).sum(-1)
        votes = torch.zeros(len(q), num_classes, device=feats.device).scatter_add_(1, bank_labels.long()[i], (s.float() / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('queries, and on one built to tell them apart: only the k most similar', "k ignored: the whole bank votes (the temperature alone decides)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    onehot = F.one_hot(bank_labels.long(), num_classes).float()
    return torch.cat([(((F.normalize(q, dim=1) @ bank.T) / t).exp() @ onehot).argmax(1) for q in feats.split(chunk)])


@wrong('but its exp(similarity / t) votes per class are', "copied from kNN-on-train code: topk(k + 1) and drops the first neighbour as if it were the query itself", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q, dim=1) @ bank.T).topk(min(k + 1, len(bank)), dim=1)
        s, i = s[:, 1:], i[:, 1:]
        votes = torch.zeros(len(q), num_classes, device=feats.device).scatter_add_(1, bank_labels.long()[i], (s.float() / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


# Written as wrong; right by the contract: the course's labels are int64, and the check passes no others.
@right("labels not cast to int64: F.one_hot only takes int64, so int32 bank labels raise", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q, dim=1) @ bank.T).topk(min(k, len(bank)), dim=1)
        votes = ((s.float() / t).exp()[..., None] * F.one_hot(bank_labels[i], num_classes)).sum(1)
        out.append(votes.argmax(1))
    return torch.cat(out)


@right("a Python loop per query: torch.bincount of the neighbours' labels with weights=exp(s/t) (no minlength needed: argmax is among present labels)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q, dim=1) @ bank.T).topk(min(k, len(bank)), dim=1)
        w = (s.float() / t).exp()
        out.append(torch.stack([torch.bincount(bank_labels.long()[i[r]], weights=w[r]).argmax() for r in range(len(q))]))
    return torch.cat(out)


@wrong('your function left gradient computation switched off for everything af', "torch.set_grad_enabled(False) instead of the no_grad decorator: turns autograd off for the caller too", fresh=True)
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    torch.set_grad_enabled(False)
    bank = F.normalize(bank, dim=1)
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q, dim=1) @ bank.T).topk(min(k, len(bank)), dim=1)
        votes = torch.zeros(len(q), num_classes, device=feats.device).scatter_add_(1, bank_labels.long()[i], (s.float() / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)
