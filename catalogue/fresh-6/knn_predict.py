"Fresh answers, round 6: written on 2026-12-05, after the checks' sixth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import functools
import numpy as np
import torch, torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong


# ----------------------------------------------------------------------------- right answers

@right("F.normalize both, q @ bank.T per chunk, topk, scatter_add_ of exp(sim/t) into a votes tensor, argmax", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    k = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        q = F.normalize(feats[i:i + chunk], dim=1)
        sim = q @ bank.T
        w, idx = sim.topk(k, dim=1)
        votes = torch.zeros(len(q), num_classes, device=feats.device, dtype=w.dtype)
        votes.scatter_add_(1, bank_labels[idx].long(), (w / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@right("one-hot matmul style: votes = (one_hot(labels of neighbours) * weights[..., None]).sum(1), torch.split for chunks", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bn = bank / bank.norm(dim=1, keepdim=True).clamp_min(1e-12)
    kk = min(k, bn.shape[0])
    preds = []
    for q in torch.split(feats, chunk):
        qn = q / q.norm(dim=1, keepdim=True).clamp_min(1e-12)
        s, j = torch.topk(qn @ bn.t(), kk, dim=1, largest=True, sorted=False)
        oh = F.one_hot(bank_labels[j].long(), num_classes).to(s.dtype)
        preds.append((oh * torch.exp(s / t)[..., None]).sum(1).argmax(dim=1))
    return torch.cat(preds)


class _StableKNN:
    def __call__(self, feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
        with torch.no_grad():
            b = F.normalize(bank, dim=-1)
            n = min(k, b.size(0))
            res = torch.empty(feats.size(0), dtype=torch.long, device=feats.device)
            for s in range(0, feats.size(0), chunk):
                q = F.normalize(feats[s:s + chunk], dim=-1)
                sim, idx = (q @ b.T).topk(n, dim=-1)
                w = torch.exp((sim - sim[:, :1]) / t)
                v = torch.zeros(q.size(0), num_classes, dtype=w.dtype, device=w.device)
                v.index_put_((torch.arange(q.size(0), device=w.device)[:, None].expand_as(idx), bank_labels[idx].long()), w, accumulate=True)
                res[s:s + chunk] = v.argmax(-1)
            return res
knn_predict = right("numerically stable: subtract each query's best similarity before exp (same argmax), an instance of a class with __call__", fresh=True)(_StableKNN())


@right("cosine from Euclidean distances of unit vectors: cos = 1 - |a-b|^2 / 2, via torch.cdist; smallest distances", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bn = F.normalize(bank)
    k = min(k, len(bank))
    chunks = []
    for q in feats.split(chunk):
        d2 = torch.cdist(F.normalize(q), bn).pow(2)
        d2k, idx = d2.topk(k, dim=1, largest=False)
        w = torch.exp((1 - d2k / 2) / t)
        votes = torch.zeros(len(q), num_classes, device=q.device, dtype=w.dtype).scatter_add(1, bank_labels[idx].long(), w)
        chunks.append(votes.argmax(1))
    return torch.cat(chunks)


@right("num_classes-free bincount-style: votes over bank_labels.max()+1 classes via one_hot without num_classes (classes absent from the bank get no vote anyway)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank_n = F.normalize(bank, dim=1)
    k = min(k, len(bank_n))
    onehot = F.one_hot(bank_labels.long(), max(num_classes, int(bank_labels.max()) + 1)).to(bank_n.dtype)  # M x C
    out = []
    for i in range(0, feats.shape[0], chunk):
        sim = F.normalize(feats[i:i + chunk], dim=1) @ bank_n.T
        v, idx = sim.topk(k, dim=1)
        votes = torch.einsum('qk,qkc->qc', (v / t).exp(), onehot[idx])
        out.append(votes.argmax(1))
    return torch.cat(out)


# ----------------------------------------------------------------------------- wrong answers

@wrong('your labels agree with neighbours found by the dot product, not the co', "no normalisation: raw dot products instead of cosine similarities", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    k = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        w, idx = (feats[i:i + chunk] @ bank.T).topk(k, dim=1)
        votes = torch.zeros(len(w), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx], (w / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('but its exp(similarity / t) votes per class are', "normalises the bank but not the queries (ranking right, but the weights' temperature changes with each query's norm)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    k = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        w, idx = (feats[i:i + chunk] @ bank.T).topk(k, dim=1)
        votes = torch.zeros(len(w), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx], (w / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('but its exp(similarity / t) votes per class are', "queries divided by the norm of the whole chunk (Frobenius), not each row's: weights off, and the result depends on chunk", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = bank / bank.norm(dim=1, keepdim=True)
    k = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        q = feats[i:i + chunk]
        q = q / q.norm()
        w, idx = (q @ bank.T).topk(k, dim=1)
        votes = torch.zeros(len(q), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx], (w / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('your code raised RuntimeError: selected index k out of range (in knn_p', "k not capped at len(bank): topk fails when k > M", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    out = []
    for i in range(0, len(feats), chunk):
        w, idx = (F.normalize(feats[i:i + chunk], dim=1) @ bank.T).topk(k, dim=1)
        votes = torch.zeros(len(w), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx], (w / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('neighbours voting, one fewer than the bank: with k >= len(bank), every', "caps k at len(bank) - 1 (as if a query were in the bank): one neighbour short when k >= M", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    k = min(k, len(bank) - 1)
    out = []
    for i in range(0, len(feats), chunk):
        w, idx = (F.normalize(feats[i:i + chunk], dim=1) @ bank.T).topk(k, dim=1)
        votes = torch.zeros(len(w), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx], (w / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('your code raised RuntimeError: selected index k out of range (in knn_p', "caps k by the number of queries in the chunk instead of the bank size (depends on chunk, fewer neighbours for small chunks)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    out = []
    for i in range(0, len(feats), chunk):
        q = F.normalize(feats[i:i + chunk], dim=1)
        kk = min(k, len(q))
        w, idx = (q @ bank.T).topk(kk, dim=1)
        votes = torch.zeros(len(q), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx], (w / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('queries, and on one built to tell them apart: weight each vote by exp', "weights exp(similarity * t) instead of exp(similarity / t)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    k = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        w, idx = (F.normalize(feats[i:i + chunk], dim=1) @ bank.T).topk(k, dim=1)
        votes = torch.zeros(len(w), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx], (w * t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('queries, and on one built to tell them apart: weight each vote by exp', "unweighted majority vote of the k neighbours (t ignored)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    k = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        _, idx = (F.normalize(feats[i:i + chunk], dim=1) @ bank.T).topk(k, dim=1)
        votes = F.one_hot(bank_labels[idx], num_classes).sum(1)
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('but its exp(similarity / t) votes per class are', "sorts similarities ascending (torch.sort default) and keeps the first k: the LEAST similar neighbours vote", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    k = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        s, idx = (F.normalize(feats[i:i + chunk], dim=1) @ bank.T).sort(dim=1)
        s, idx = s[:, :k], idx[:, :k]
        votes = torch.zeros(len(s), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx], (s / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('queries, and on one built to tell them apart: only the k most similar', "every bank feature votes (k ignored): weighted vote over the whole bank", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    onehot = F.one_hot(bank_labels, num_classes).float()
    out = []
    for i in range(0, len(feats), chunk):
        w = ((F.normalize(feats[i:i + chunk], dim=1) @ bank.T) / t).exp()
        out.append((w @ onehot).argmax(1))
    return torch.cat(out)


@wrong('your function changed its input `feats` in place: the caller still nee', "normalises the caller's feats and bank in place (div_): inputs changed", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    feats.div_(feats.norm(dim=1, keepdim=True))
    bank.div_(bank.norm(dim=1, keepdim=True))
    k = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        w, idx = (feats[i:i + chunk] @ bank.T).topk(k, dim=1)
        votes = torch.zeros(len(w), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx], (w / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('given features and labels on a GPU, your function returned its labels', "votes tensor made with torch.zeros(n, C) on the default device (CPU), so on a GPU the labels come back on the CPU / fail", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    k = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        w, idx = (F.normalize(feats[i:i + chunk], dim=1) @ bank.T).topk(k, dim=1)
        votes = torch.zeros(len(w), num_classes)
        votes.scatter_add_(1, bank_labels[idx].cpu(), (w / t).exp().cpu())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('given features and labels on a GPU, your function returned its labels', "final argmax done in NumPy (trip to the CPU, result a CPU tensor)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    k = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        w, idx = (F.normalize(feats[i:i + chunk], dim=1) @ bank.T).topk(k, dim=1)
        votes = torch.zeros(len(w), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx], (w / t).exp())
        out.append(np.argmax(votes.cpu().numpy(), axis=1))
    return torch.from_numpy(np.concatenate(out))


@wrong('similarities at once, and nothing much larger, which is what keeps the', "F.cosine_similarity with broadcasting q[:, None] vs bank[None]: makes a chunk x M x d tensor", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    k = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        sim = F.cosine_similarity(feats[i:i + chunk, None, :], bank[None, :, :], dim=-1)
        w, idx = sim.topk(k, dim=1)
        votes = torch.zeros(len(w), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx], (w / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('similarities at once, and nothing much larger, which is what keeps the', "ignores chunk: builds the full N x M similarity matrix at once", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    sim = F.normalize(feats, dim=1) @ F.normalize(bank, dim=1).T
    w, idx = sim.topk(min(k, len(bank)), dim=1)
    votes = torch.zeros(len(feats), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx], (w / t).exp())
    return votes.argmax(1)


@wrong('the signature should be `knn_predict(feats, bank, bank_labels, num_cla', "signature has t before k (positional calls like knn_predict(q, b, y, C, k, t) swap them)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, t=0.1, k=200, chunk=1024):
    bank = F.normalize(bank, dim=1)
    k = min(int(k), len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        w, idx = (F.normalize(feats[i:i + chunk], dim=1) @ bank.T).topk(k, dim=1)
        votes = torch.zeros(len(w), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx], (w / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('the signature should be `knn_predict(feats, bank, bank_labels, num_cla', "default temperature t=0.07 (InstDisc/MoCo habit) instead of 0.1", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.07, chunk=1024):
    bank = F.normalize(bank, dim=1)
    k = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        w, idx = (F.normalize(feats[i:i + chunk], dim=1) @ bank.T).topk(k, dim=1)
        votes = torch.zeros(len(w), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx], (w / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('queries: working through the queries a chunk at a time must not change', "loops over range(N // chunk): the last, partial chunk of queries is dropped", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    k = min(k, len(bank))
    out = []
    for c in range(max(1, len(feats) // chunk)):
        q = F.normalize(feats[c * chunk:(c + 1) * chunk], dim=1)
        w, idx = (q @ bank.T).topk(k, dim=1)
        votes = torch.zeros(len(q), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx], (w / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong(('What this adds to the other tests: each vote weighs up to exp', 'but its exp(similarity / t) votes per class are'), "casts features to half precision to save memory: votes overflow fp16 (exp(10) x 200 > 65504) and ties become inf", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1).half()
    k = min(k, len(bank))
    out = []
    for i in range(0, len(feats), chunk):
        q = F.normalize(feats[i:i + chunk], dim=1).half()
        w, idx = (q @ bank.T).topk(k, dim=1)
        votes = torch.zeros(len(q), num_classes, device=feats.device, dtype=torch.half).scatter_add_(1, bank_labels[idx], (w / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('labels should be integers (torch.long), got torch.float', "fills predictions into torch.zeros(N): labels come back as float32, not integers", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    k = min(k, len(bank))
    pred = torch.zeros(len(feats), device=feats.device)
    for i in range(0, len(feats), chunk):
        w, idx = (F.normalize(feats[i:i + chunk], dim=1) @ bank.T).topk(k, dim=1)
        votes = torch.zeros(len(w), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx], (w / t).exp())
        pred[i:i + chunk] = votes.argmax(1)
    return pred


@wrong('but its exp(similarity / t) votes per class are', "Euclidean distance of unit vectors with weights exp(-distance / t) instead of exp(cos / t): right neighbours, wrong weights", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    k = min(k, len(bank))
    out = []
    for q in feats.split(chunk):
        d, idx = torch.cdist(F.normalize(q, dim=1), bank).topk(k, dim=1, largest=False)
        votes = torch.zeros(len(q), num_classes, device=feats.device).scatter_add_(1, bank_labels[idx], (-d / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('queries: working through the queries a chunk at a time must not change', "chunks the bank instead of the queries and lets each bank chunk's top k vote: up to k per bank chunk vote", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    q = F.normalize(feats, dim=1)
    votes = torch.zeros(len(feats), num_classes, device=feats.device)
    for i in range(0, len(bank), chunk):
        b = F.normalize(bank[i:i + chunk], dim=1)
        w, idx = (q @ b.T).topk(min(k, len(b)), dim=1)
        votes.scatter_add_(1, bank_labels[i:i + chunk][idx], (w / t).exp())
    return votes.argmax(1)
