"Fresh answers, round 5: written on 2026-12-05, after the checks' fifth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
"""Fresh answers to lesson 07's `knn_predict`, written from the lesson text alone (helper h20)."""
import functools
import numpy as np
import torch, torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong


# ----------------------------------------------------------------------------------------------------------------
# RIGHT answers
# ----------------------------------------------------------------------------------------------------------------

@right("normalise both, chunked matmul, topk of min(k, M), exp(s/t) weights scattered into a (n, C) vote table, argmax", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    fn, bn = F.normalize(feats, dim=1), F.normalize(bank, dim=1)
    kk = min(k, bn.shape[0])
    labels = bank_labels.long()
    out = []
    for i in range(0, fn.shape[0], chunk):
        sim = fn[i:i + chunk] @ bn.T
        s, idx = sim.topk(kk, dim=1)
        votes = torch.zeros(sim.shape[0], num_classes, device=feats.device, dtype=s.dtype)
        votes.scatter_add_(1, labels[idx], (s / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@right("one-hot labels of the neighbours weighted by a softmax of s/t (a per-query constant factor), einsum, torch.split chunks", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bn = bank / bank.norm(dim=1, keepdim=True).clamp_min(1e-12)
    kk = min(k, len(bank))
    preds = []
    for q in torch.split(feats, chunk):
        q = q / q.norm(dim=1, keepdim=True).clamp_min(1e-12)
        s, idx = torch.mm(q, bn.t()).topk(kk, dim=1)
        w = torch.softmax(s / t, dim=1)
        onehot = F.one_hot(bank_labels[idx].long(), num_classes).to(w.dtype)   # n x kk x C, kk <= M
        preds.append(torch.einsum('nk,nkc->nc', w, onehot).argmax(dim=1))
    return torch.cat(preds)


@right("per class, logsumexp of s/t over that class's neighbours (log is monotone, so same argmax as the sum of exp)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bn = F.normalize(bank, dim=-1)
    kk = min(k, bank.shape[0])
    res = torch.empty(feats.shape[0], dtype=torch.long, device=feats.device)
    for start in range(0, feats.shape[0], chunk):
        q = F.normalize(feats[start:start + chunk], dim=-1)
        s, idx = (q @ bn.T).topk(kk, dim=-1)
        lab = bank_labels[idx]
        scores = torch.stack([torch.where(lab == c, s / t, torch.full_like(s, float('-inf'))).logsumexp(dim=-1)
                              for c in range(num_classes)], dim=-1)
        res[start:start + chunk] = scores.argmax(dim=-1)
    return res


@right("a loop over the queries of each chunk, sort descending, bincount with weights and minlength", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bn = F.normalize(bank, dim=1)
    kk = min(k, len(bank))
    answer = []
    for i in range(0, len(feats), chunk):
        sims = F.normalize(feats[i:i + chunk], dim=1) @ bn.T
        for row in sims:
            vals, order = row.sort(descending=True)
            w = torch.exp(vals[:kk] / t)
            answer.append(torch.bincount(bank_labels[order[:kk]].long(), weights=w, minlength=num_classes).argmax())
    return torch.stack(answer)


class _KNN:
    "A callable object: weights exp((s - 1) / t) (shifted for stability, same ratios), index_add_ on a flat vote table."
    def __call__(self, feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
        with torch.no_grad():
            bn = F.normalize(bank, dim=1)
            kk = min(k, bank.size(0))
            n = feats.size(0)
            pred = torch.zeros(n, dtype=torch.int64, device=feats.device)
            for a in range(0, n, chunk):
                b = min(a + chunk, n)
                s, idx = torch.topk(F.normalize(feats[a:b], dim=1) @ bn.T, kk, dim=1)
                w = torch.exp((s - 1) / t)
                rows = torch.arange(b - a, device=feats.device)[:, None].expand_as(idx)
                flat = torch.zeros((b - a) * num_classes, device=feats.device, dtype=w.dtype)
                flat.index_add_(0, (rows * num_classes + bank_labels[idx].long()).reshape(-1), w.reshape(-1))
                pred[a:b] = flat.view(b - a, num_classes).argmax(1)
            return pred

knn_predict = right("callable object, exp((s-1)/t) weights, index_add_ into a flattened vote table", fresh=True)(_KNN())


def _knn_general(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024, *, eps=1e-8):
    with torch.no_grad():
        bn = bank / (bank.norm(dim=1, keepdim=True) + eps)
        kk = min(k, len(bank))
        out = []
        for q in feats.split(chunk):
            q = q / (q.norm(dim=1, keepdim=True) + eps)
            s, idx = torch.topk(q @ bn.T, kk)
            votes = torch.zeros(len(q), num_classes, device=q.device, dtype=s.dtype).scatter_add(1, bank_labels[idx].long(), torch.exp(s / t))
            out.append(torch.max(votes, dim=1).indices)
        return torch.cat(out)

knn_predict = right("functools.partial of a general helper (norm + eps), out-of-place scatter_add, max(...).indices", fresh=True)(
    functools.partial(_knn_general, eps=1e-8))


# ----------------------------------------------------------------------------------------------------------------
# WRONG answers
# ----------------------------------------------------------------------------------------------------------------

@wrong('your labels agree with neighbours found by the dot product, not the co', "forgot to normalise: raw dot products instead of cosine similarities", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    kk = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        s, idx = (feats[i:i + chunk] @ bank.T).topk(kk, dim=1)
        votes = torch.zeros(len(s), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx].long(), (s / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('but its exp(similarity / t) votes per class are', "normalises the bank but not the queries (neighbours right, but the weights use |q| * cos)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bn = F.normalize(bank, dim=1)
    kk = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        s, idx = (feats[i:i + chunk] @ bn.T).topk(kk, dim=1)
        votes = torch.zeros(len(s), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx].long(), (s / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('but its exp(similarity / t) votes per class are', "F.normalize along dim=0 (each feature column over the samples) instead of each row", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    fn, bn = F.normalize(feats, dim=0), F.normalize(bank, dim=0)
    kk = min(k, len(bank))
    out = []
    for i in range(0, len(fn), chunk):
        s, idx = (fn[i:i + chunk] @ bn.T).topk(kk, dim=1)
        votes = torch.zeros(len(s), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx].long(), (s / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('queries, and on one built to tell them apart: weight each vote by exp', "unweighted majority vote of the k neighbours (t ignored)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bn = F.normalize(bank, dim=1)
    kk = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        _, idx = (F.normalize(feats[i:i + chunk], dim=1) @ bn.T).topk(kk, dim=1)
        counts = F.one_hot(bank_labels[idx].long(), num_classes).sum(1)
        out.append(counts.argmax(1))
    return torch.cat(out)


@wrong('queries, and on one built to tell them apart: weight each vote by exp', "weights exp(s * t) instead of exp(s / t)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bn = F.normalize(bank, dim=1)
    kk = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        s, idx = (F.normalize(feats[i:i + chunk], dim=1) @ bn.T).topk(kk, dim=1)
        votes = torch.zeros(len(s), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx].long(), (s * t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('queries, and on one built to tell them apart: weight them by exp(simil', "weights are s / t (linear), the exp is missing", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bn = F.normalize(bank, dim=1)
    kk = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        s, idx = (F.normalize(feats[i:i + chunk], dim=1) @ bn.T).topk(kk, dim=1)
        votes = torch.zeros(len(s), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx].long(), s / t)
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('but its exp(similarity / t) votes per class are', "weights exp(s) / t: the temperature divides after the exp, so it has no effect", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bn = F.normalize(bank, dim=1)
    kk = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        s, idx = (F.normalize(feats[i:i + chunk], dim=1) @ bn.T).topk(kk, dim=1)
        votes = torch.zeros(len(s), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx].long(), s.exp() / t)
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('your code raised RuntimeError: selected index k out of range (in knn_p', "k is not capped at len(bank): topk fails when the bank has fewer than k entries", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bn = F.normalize(bank, dim=1)
    out = []
    for i in range(0, len(feats), chunk):
        s, idx = (F.normalize(feats[i:i + chunk], dim=1) @ bn.T).topk(k, dim=1)
        votes = torch.zeros(len(s), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx].long(), (s / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('but its exp(similarity / t) votes per class are', "caps k at the number of queries (len(feats)) instead of the bank size", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bn = F.normalize(bank, dim=1)
    kk = min(k, len(feats))
    out = []
    for i in range(0, len(feats), chunk):
        sim = F.normalize(feats[i:i + chunk], dim=1) @ bn.T
        s, idx = sim.topk(min(kk, sim.shape[1]), dim=1)
        votes = torch.zeros(len(s), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx].long(), (s / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('the signature should be `knn_predict(feats, bank, bank_labels, num_cla', "default temperature t=0.07 (the InstDisc/MoCo value) instead of 0.1", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.07, chunk=1024):
    bn = F.normalize(bank, dim=1)
    kk = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        s, idx = (F.normalize(feats[i:i + chunk], dim=1) @ bn.T).topk(kk, dim=1)
        votes = torch.zeros(len(s), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx].long(), (s / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('the signature should be `knn_predict(feats, bank, bank_labels, num_cla', "default k=20 (the DINO value) instead of 200", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=20, t=0.1, chunk=1024):
    bn = F.normalize(bank, dim=1)
    kk = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        s, idx = (F.normalize(feats[i:i + chunk], dim=1) @ bn.T).topk(kk, dim=1)
        votes = torch.zeros(len(s), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx].long(), (s / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('similarities at once, and nothing much larger, which is what keeps the', "F.cosine_similarity with broadcasting builds a chunk x M x d tensor", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    kk = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        sim = F.cosine_similarity(feats[i:i + chunk, None, :], bank[None, :, :], dim=-1)
        s, idx = sim.topk(kk, dim=1)
        votes = torch.zeros(len(s), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx].long(), (s / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('similarities at once, and nothing much larger, which is what keeps the', "ignores chunk: the whole N x M similarity matrix at once", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    sim = F.normalize(feats, dim=1) @ F.normalize(bank, dim=1).T
    s, idx = sim.topk(min(k, len(bank)), dim=1)
    votes = torch.zeros(len(feats), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx].long(), (s / t).exp())
    return votes.argmax(1)


@wrong('queries: working through the queries a chunk at a time must not change', "range(len(feats) // chunk): the last, partial chunk of queries is dropped", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bn = F.normalize(bank, dim=1)
    kk = min(k, len(bank))
    out = []
    for c in range(max(1, len(feats) // chunk)):
        q = F.normalize(feats[c * chunk:(c + 1) * chunk], dim=1)
        s, idx = (q @ bn.T).topk(kk, dim=1)
        votes = torch.zeros(len(s), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx].long(), (s / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('queries: working through the queries a chunk at a time must not change', "one vote buffer of chunk rows allocated once and never zeroed: votes accumulate across chunks", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bn = F.normalize(bank, dim=1)
    kk = min(k, len(bank))
    votes = torch.zeros(min(chunk, len(feats)), num_classes, device=feats.device)
    out = []
    for i in range(0, len(feats), chunk):
        s, idx = (F.normalize(feats[i:i + chunk], dim=1) @ bn.T).topk(kk, dim=1)
        v = votes[:len(s)]
        v.scatter_add_(1, bank_labels[idx].long(), (s / t).exp())
        out.append(v.argmax(1))
    return torch.cat(out)


@wrong('your function changed its input `feats` in place: the caller still nee', "normalises the inputs in place (feats and bank are changed)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    feats /= feats.norm(dim=1, keepdim=True)
    bank /= bank.norm(dim=1, keepdim=True)
    kk = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        s, idx = (feats[i:i + chunk] @ bank.T).topk(kk, dim=1)
        votes = torch.zeros(len(s), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx].long(), (s / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('given features and labels on a GPU, your function returned its labels', "votes counted with NumPy (np.bincount) and the result returned as a CPU tensor", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bn = F.normalize(bank, dim=1)
    kk = min(k, len(bank))
    labels = bank_labels.cpu().numpy()
    preds = []
    for i in range(0, len(feats), chunk):
        s, idx = (F.normalize(feats[i:i + chunk], dim=1) @ bn.T).topk(kk, dim=1)
        w, idx = (s / t).exp().cpu().numpy(), idx.cpu().numpy()
        for row_w, row_i in zip(w, idx):
            preds.append(int(np.bincount(labels[row_i], weights=row_w, minlength=num_classes).argmax()))
    return torch.tensor(preds)


@wrong('given features and labels on a GPU, your function returned its labels', "moves the prediction to the CPU at the end (.cpu()) instead of leaving it on the inputs' device", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bn = F.normalize(bank, dim=1)
    kk = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        s, idx = (F.normalize(feats[i:i + chunk], dim=1) @ bn.T).topk(kk, dim=1)
        votes = torch.zeros(len(s), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx].long(), (s / t).exp())
        out.append(votes.argmax(1).cpu())
    return torch.cat(out)


@wrong("more time(s)): on a GPU everything stays there, each chunk's copy back", "vote table made with torch.zeros on the default device (fails / moves data for GPU inputs)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bn = F.normalize(bank, dim=1)
    kk = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        s, idx = (F.normalize(feats[i:i + chunk], dim=1) @ bn.T).topk(kk, dim=1)
        votes = torch.zeros(len(s), num_classes)
        votes.scatter_add_(1, bank_labels[idx].long().cpu(), (s / t).exp().cpu())
        out.append(votes.argmax(1).to(feats.device))
    return torch.cat(out)


@wrong('labels should be integers (torch.long), got torch.float', "returns the labels as floats (argmax cast to the features' dtype)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bn = F.normalize(bank, dim=1)
    kk = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        s, idx = (F.normalize(feats[i:i + chunk], dim=1) @ bn.T).topk(kk, dim=1)
        votes = torch.zeros(len(s), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx].long(), (s / t).exp())
        out.append(votes.argmax(1).to(feats.dtype))
    return torch.cat(out)


@wrong('queries: working through the queries a chunk at a time must not change', "chunks over the bank instead of the queries, and keeps k neighbours from every bank chunk (result depends on chunk)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    fn = F.normalize(feats, dim=1)
    votes = torch.zeros(len(feats), num_classes, device=feats.device)
    for j in range(0, len(bank), chunk):
        b = F.normalize(bank[j:j + chunk], dim=1)
        s, idx = (fn @ b.T).topk(min(k, len(b)), dim=1)
        votes.scatter_add_(1, bank_labels[j:j + chunk][idx].long(), (s / t).exp())
    return votes.argmax(1)


@wrong('but its exp(similarity / t) votes per class are', "neighbours picked by Euclidean distance on the raw features (cdist), weights still exp(cos / t)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bn = F.normalize(bank, dim=1)
    kk = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        q = feats[i:i + chunk]
        _, idx = torch.cdist(q, bank).topk(kk, dim=1, largest=False)
        s = (F.normalize(q, dim=1) @ bn.T).gather(1, idx)
        votes = torch.zeros(len(s), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx].long(), (s / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('queries, and on one built to tell them apart: only the k most similar', "forgot the top-k: every bank entry votes with exp(s / t)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bn = F.normalize(bank, dim=1)
    onehot = F.one_hot(bank_labels.long(), num_classes).float()
    out = []
    for i in range(0, len(feats), chunk):
        w = ((F.normalize(feats[i:i + chunk], dim=1) @ bn.T) / t).exp()
        out.append((w @ onehot).argmax(1))
    return torch.cat(out)


@wrong('but its exp(similarity / t) votes per class are', "leave-one-out habit: takes k+1 neighbours and drops the most similar one (as if it were the query itself)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bn = F.normalize(bank, dim=1)
    out = []
    for i in range(0, len(feats), chunk):
        sim = F.normalize(feats[i:i + chunk], dim=1) @ bn.T
        s, idx = sim.topk(min(k + 1, sim.shape[1]), dim=1)
        s, idx = s[:, 1:], idx[:, 1:]
        votes = torch.zeros(len(s), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx].long(), (s / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('not the predicted labels: take .argmax', "returns the vote table (scores per class) instead of one label per query", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bn = F.normalize(bank, dim=1)
    kk = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        s, idx = (F.normalize(feats[i:i + chunk], dim=1) @ bn.T).topk(kk, dim=1)
        out.append(torch.zeros(len(s), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx].long(), (s / t).exp()))
    return torch.cat(out)


@wrong('but its exp(similarity / t) votes per class are', "the vote table is indexed by neighbour rank instead of by class: scatter with idx (bank index) clipped to num_classes", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bn = F.normalize(bank, dim=1)
    kk = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        s, idx = (F.normalize(feats[i:i + chunk], dim=1) @ bn.T).topk(kk, dim=1)
        votes = torch.zeros(len(s), num_classes, device=feats.device).scatter_add_(1, idx % num_classes, (s / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)
