"Fresh answers, round 4: written on 2026-12-05, after the checks' fourth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import numpy as np
import torch, torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("F.normalize both, a chunk at a time: mm, topk(min(k, M)), exp(sim/t) scattered into a votes matrix, argmax", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    labels = bank_labels.long()
    kk = min(k, len(bank))
    out = []
    for q in feats.split(chunk):
        sim = F.normalize(q, dim=1) @ bank.T
        s, i = sim.topk(kk, dim=1)
        votes = torch.zeros(len(q), num_classes, device=q.device, dtype=s.dtype)
        votes.scatter_add_(1, labels[i], (s / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out) if out else torch.zeros(0, dtype=torch.long, device=feats.device)


class _KNN:
    @torch.no_grad()
    def __call__(self, feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
        M = bank.shape[0]
        kk = k if k < M else M
        bn = bank / bank.norm(dim=-1, keepdim=True)
        preds = torch.empty(feats.shape[0], dtype=torch.long, device=feats.device)
        for start in range(0, feats.shape[0], chunk):
            q = feats[start:start + chunk]
            q = q / q.norm(dim=-1, keepdim=True)
            sims, idx = torch.topk(torch.einsum('nd,md->nm', q, bn), kk, dim=-1)
            w = torch.softmax(sims / t, dim=-1)
            lab = bank_labels[idx].long()
            rows = torch.arange(q.shape[0], device=q.device)[:, None].expand_as(lab)
            flat = torch.zeros(q.shape[0] * num_classes, dtype=w.dtype, device=q.device)
            flat.index_add_(0, (rows * num_classes + lab).reshape(-1), w.reshape(-1))
            preds[start:start + chunk] = flat.view(q.shape[0], num_classes).argmax(-1)
        return preds

knn_predict = right("class with __call__; softmax over the k neighbours' sim/t (same argmax as exp(sim/t)), votes by index_add_ on flattened rows", fresh=True)(_KNN())


@right("per query in a chunk: torch.bincount of the neighbours' labels with exp(cos/t) weights (minlength=num_classes)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    k = min(k, bank.shape[0])
    res = []
    for i in range(0, len(feats), chunk):
        sim = F.normalize(feats[i:i + chunk], dim=-1) @ F.normalize(bank, dim=-1).t()
        vals, idx = sim.sort(dim=1, descending=True)
        vals, idx = vals[:, :k], idx[:, :k]
        for v, j in zip(vals, idx):
            w = torch.exp(v / t)
            res.append(torch.bincount(bank_labels[j].long(), weights=w, minlength=num_classes).argmax())
    return torch.stack(res) if res else torch.zeros(0, dtype=torch.long, device=feats.device)


@right("one-hot of the neighbours' labels (k x C per query) and a batched matmul with the weights", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank_n = F.normalize(bank.float(), dim=1)
    k = min(k, len(bank_n))
    preds = []
    for q in torch.split(feats.float(), chunk):
        w, idx = (F.normalize(q, dim=1) @ bank_n.T).topk(k)
        onehot = F.one_hot(bank_labels[idx].long(), num_classes).to(w.dtype)     # c x k x C
        preds.append(torch.bmm((w / t).exp().unsqueeze(1), onehot).squeeze(1).argmax(1))
    return torch.cat(preds)


# ---------------------------------------------------------------- wrong answers

def _base(feats, bank, bank_labels, num_classes, k, t, chunk, *, norm=True, weight=None, kcap=None, largest=True):
    "helper used by several wrong answers"
    b = F.normalize(bank, dim=1) if norm else bank
    out = []
    for q in feats.split(chunk):
        qn = F.normalize(q, dim=1) if norm else q
        sim = qn @ b.T
        kk = kcap(k, q, bank) if kcap else min(k, len(bank))
        s, i = sim.topk(kk, dim=1, largest=largest)
        w = weight(s, t) if weight else (s / t).exp()
        votes = torch.zeros(len(q), num_classes, device=q.device, dtype=s.dtype)
        votes.scatter_add_(1, bank_labels[i].long(), w)
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('your labels agree with neighbours found by the dot product, not the co', "dot products of the raw features instead of cosine similarities (no normalisation)", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    return _base(feats, bank, bank_labels, num_classes, k, t, chunk, norm=False)


@wrong('but its exp(similarity / t) votes per class are', "normalises the queries but not the bank", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    kk = min(k, len(bank))
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q, dim=1) @ bank.T).topk(kk, dim=1)
        votes = torch.zeros(len(q), num_classes, device=q.device).scatter_add_(1, bank_labels[i].long(), (s / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('but its exp(similarity / t) votes per class are', "typo exp(sim) / t: the temperature only rescales all votes, so it has no effect", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    return _base(feats, bank, bank_labels, num_classes, k, t, chunk, weight=lambda s, t: torch.exp(s) / t)


@wrong('your code raised RuntimeError: selected index k out of range (in _base', "forgets to cap k at len(bank): topk fails when k > M", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    return _base(feats, bank, bank_labels, num_classes, k, t, chunk, kcap=lambda k, q, bank: k)


@wrong('but its exp(similarity / t) votes per class are', "caps k at the chunk size instead of the bank size: the result depends on chunk", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    return _base(feats, bank, bank_labels, num_classes, k, t, chunk, kcap=lambda k, q, bank: min(k, len(q), len(bank)))


@wrong('but its exp(similarity / t) votes per class are', "sorts ascending and keeps the first k: the LEAST similar bank entries vote", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    kk = min(k, len(bank))
    bank = F.normalize(bank, dim=1)
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q, dim=1) @ bank.T).sort(dim=1)
        s, i = s[:, :kk], i[:, :kk]
        votes = torch.zeros(len(q), num_classes, device=q.device).scatter_add_(1, bank_labels[i].long(), (s / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('but its exp(similarity / t) votes per class are', "scatter_ instead of scatter_add_: each class keeps only one neighbour's weight instead of the sum", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    kk = min(k, len(bank))
    bank = F.normalize(bank, dim=1)
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q, dim=1) @ bank.T).topk(kk, dim=1)
        votes = torch.zeros(len(q), num_classes, device=q.device).scatter_(1, bank_labels[i].long(), (s / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('similarities at once, and nothing much larger, which is what keeps the', "cosine similarity by broadcasting: a chunk x M x d tensor is made", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    kk = min(k, len(bank))
    out = []
    for q in feats.split(chunk):
        sim = F.cosine_similarity(q[:, None, :], bank[None, :, :], dim=-1)
        s, i = sim.topk(kk, dim=1)
        votes = torch.zeros(len(q), num_classes, device=q.device).scatter_add_(1, bank_labels[i].long(), (s / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('similarities at once, and nothing much larger, which is what keeps the', "ignores chunk: the whole N x M similarity matrix at once", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    sim = F.normalize(feats, dim=1) @ F.normalize(bank, dim=1).T
    s, i = sim.topk(min(k, len(bank)), dim=1)
    votes = torch.zeros(len(feats), num_classes, device=feats.device).scatter_add_(1, bank_labels[i].long(), (s / t).exp())
    return votes.argmax(1)


@wrong('queries: working through the queries a chunk at a time must not change', "chunk loop range(0, N - chunk, chunk): the last (partial or full) chunk of queries is dropped", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    kk = min(k, len(bank))
    preds = []
    for start in range(0, max(len(feats) - chunk, 1), chunk):
        q = F.normalize(feats[start:start + chunk], dim=1)
        s, i = (q @ bank.T).topk(kk, dim=1)
        votes = torch.zeros(len(q), num_classes, device=q.device).scatter_add_(1, bank_labels[i].long(), (s / t).exp())
        preds.append(votes.argmax(1))
    return torch.cat(preds)


@wrong('labels should be integers (torch.long), got torch.float', "labels preallocated with torch.zeros(N): a float tensor (on the CPU) instead of integer labels", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    kk = min(k, len(bank))
    pred = torch.zeros(len(feats))
    for start in range(0, len(feats), chunk):
        q = F.normalize(feats[start:start + chunk], dim=1)
        s, i = (q @ bank.T).topk(kk, dim=1)
        votes = torch.zeros(len(q), num_classes, device=q.device).scatter_add_(1, bank_labels[i].long(), (s / t).exp())
        pred[start:start + chunk] = votes.argmax(1).cpu()
    return pred


@wrong('your function changed its input `feats` in place: the caller still nee', "normalises the inputs in place (feats /= norm, bank /= norm): the caller's tensors change", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    feats /= feats.norm(dim=1, keepdim=True)
    bank /= bank.norm(dim=1, keepdim=True)
    kk = min(k, len(bank))
    out = []
    for q in feats.split(chunk):
        s, i = (q @ bank.T).topk(kk, dim=1)
        votes = torch.zeros(len(q), num_classes, device=q.device).scatter_add_(1, bank_labels[i].long(), (s / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@wrong('given features and labels on a GPU, your function returned its labels', "votes counted in NumPy (np.bincount on .cpu().numpy()): leaves the GPU, result on the CPU", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank = F.normalize(bank, dim=1)
    kk = min(k, len(bank))
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q, dim=1) @ bank.T).topk(kk, dim=1)
        labs, w = bank_labels[i].cpu().numpy(), (s / t).exp().cpu().numpy()
        out += [int(np.bincount(l, weights=ww, minlength=num_classes).argmax()) for l, ww in zip(labs, w)]
    return torch.tensor(out, dtype=torch.long)


@wrong('the signature should be `knn_predict(feats, bank, bank_labels, num_cla', "default temperature t=0.07 (MoCo's) instead of the lesson's 0.1", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.07, chunk=1024):
    return _base(feats, bank, bank_labels, num_classes, k, t, chunk)


@wrong('but its exp(similarity / t) votes per class are', "neighbours chosen by Euclidean distance of the raw features (torch.cdist), then weighted by cosine", fresh=True)
@torch.no_grad()
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    kk = min(k, len(bank))
    bn = F.normalize(bank, dim=1)
    out = []
    for q in feats.split(chunk):
        i = torch.cdist(q, bank).topk(kk, dim=1, largest=False).indices
        s = (F.normalize(q, dim=1) @ bn.T).gather(1, i)
        votes = torch.zeros(len(q), num_classes, device=q.device).scatter_add_(1, bank_labels[i].long(), (s / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)
