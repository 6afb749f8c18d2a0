"Fresh answers, round 7: written on 2026-12-05, after the checks' seventh version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import numpy as np
import torch, torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- RIGHT answers

@right("float32 cosine matrix per split() chunk, topk, scatter_add_ of exp(sim/t) into float32 votes on the input device, argmax", fresh=True)
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    b = F.normalize(bank.float(), dim=1)
    kk = min(k, len(bank))
    out = []
    for q in feats.split(chunk):
        sim = F.normalize(q.float(), dim=1) @ b.T
        s, i = sim.topk(kk, dim=1)
        votes = torch.zeros(len(q), num_classes, dtype=torch.float32, device=feats.device)
        votes.scatter_add_(1, bank_labels[i].long(), (s / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out) if out else torch.zeros(0, dtype=torch.long, device=feats.device)


class _KNN:
    def __call__(self, feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
        bn = bank.float() / bank.float().norm(dim=1, keepdim=True)
        kk = min(k, bank.shape[0])
        pred = torch.empty(feats.shape[0], dtype=torch.long, device=feats.device)
        for start in range(0, feats.shape[0], chunk):
            q = feats[start:start + chunk].float()
            q = q / q.norm(dim=1, keepdim=True)
            top = (q @ bn.T).topk(kk, dim=1)
            w = torch.softmax(top.values / t, dim=1)                             # exp(s/t) / sum: same argmax
            onehot = F.one_hot(bank_labels[top.indices].long(), num_classes).float()
            pred[start:start + chunk] = (onehot * w.unsqueeze(-1)).sum(1).argmax(1)
        return pred
knn_predict = right("class with __call__: explicit x / ||x|| normalisation, one_hot weighted by softmax(sim/t) over the k neighbours, index-range loop", fresh=True)(_KNN())


@right("numerically shifted weights exp((sim - 1)/t) (constant factor exp(-1/t)), sort(descending) instead of topk, index_add_ per row through flat offsets", fresh=True)
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    dev = feats.device
    b = F.normalize(bank.to(torch.float32), p=2, dim=-1)
    kk = min(k, len(bank))
    res = []
    for q in torch.split(feats, chunk, dim=0):
        sim = torch.mm(F.normalize(q.to(torch.float32), p=2, dim=-1), b.t())
        s, i = torch.sort(sim, dim=1, descending=True)
        s, i = s[:, :kk], i[:, :kk]
        w = torch.exp((s - 1.0) / t)
        lab = bank_labels[i].long()
        flat = (torch.arange(len(q), device=dev)[:, None] * num_classes + lab).reshape(-1)
        votes = torch.zeros(len(q) * num_classes, dtype=torch.float32, device=dev).index_add_(0, flat, w.reshape(-1))
        res.append(votes.view(len(q), num_classes).argmax(dim=1))
    return torch.cat(res)


@right("Euclidean distances of unit vectors via cdist (same ranking), cos = 1 - d^2/2, votes by a per-class masked sum loop in float32", fresh=True)
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    b = F.normalize(bank.float(), dim=1)
    kk = min(k, len(bank))
    preds = []
    for q in feats.split(chunk):
        qn = F.normalize(q.float(), dim=1)
        d = torch.cdist(qn, b)                                # chunk x M
        dk, ik = d.topk(kk, dim=1, largest=False)
        cos = 1 - dk.pow(2) / 2
        w = torch.exp(cos / t)
        lab = bank_labels[ik]
        votes = torch.stack([(w * (lab == c)).sum(1) for c in range(num_classes)], dim=1)
        preds.append(votes.argmax(1))
    return torch.cat(preds)


@right("ties between classes go to the LAST best class (a >= loop over classes; the text names no tie rule), float32 throughout", fresh=True)
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    b = F.normalize(bank.float(), dim=1)
    kk = min(k, len(bank))
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q.float(), dim=1) @ b.T).topk(kk, dim=1)
        votes = torch.zeros(len(q), num_classes, device=q.device).scatter_add_(1, bank_labels[i].long(), (s / t).exp())
        best = torch.zeros(len(q), dtype=torch.long, device=q.device)
        top = votes[:, 0].clone()
        for c in range(1, num_classes):
            better = votes[:, c] >= top
            best = torch.where(better, torch.full_like(best, c), best)
            top = torch.where(better, votes[:, c], top)
        out.append(best)
    return torch.cat(out)


@right("similarities and topk in the inputs' own dtype (e.g. float16), the weights cast to float32 before voting (votes in float32 as the text asks)", fresh=True)
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    b = F.normalize(bank, dim=1)
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q, dim=1) @ b.T).topk(min(k, len(bank)), dim=1)
        votes = torch.zeros(len(q), num_classes, dtype=torch.float32, device=q.device)
        votes.scatter_add_(1, bank_labels[i].long(), (s.float() / t).exp())
        out.append(votes.argmax(1))
    return torch.cat(out)


@right("returns int32 labels (an integer label per query), otherwise standard", fresh=True)
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    b = F.normalize(bank.float(), dim=1)
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q.float(), dim=1) @ b.T).topk(min(k, len(bank)), dim=1)
        v = torch.zeros(len(q), num_classes, device=q.device).scatter_add_(1, bank_labels[i].long(), (s / t).exp())
        out.append(v.argmax(1).to(torch.int32))
    return torch.cat(out)


# ---------------------------------------------------------------- WRONG answers

@wrong('but its exp(similarity / t) votes per class are', "normalises the queries only, not the bank: dot products, not cosine similarities", fresh=True)
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q.float(), dim=1) @ bank.float().T).topk(min(k, len(bank)), dim=1)
        v = torch.zeros(len(q), num_classes, device=q.device).scatter_add_(1, bank_labels[i].long(), (s / t).exp())
        out.append(v.argmax(1))
    return torch.cat(out)


@wrong('but its exp(similarity / t) votes per class are', "F.normalize along dim=0 (per feature across rows) instead of dim=1: not cosine, and depends on the chunk", fresh=True)
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    b = F.normalize(bank.float(), dim=0)
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q.float(), dim=0) @ b.T).topk(min(k, len(bank)), dim=1)
        v = torch.zeros(len(q), num_classes, device=q.device).scatter_add_(1, bank_labels[i].long(), (s / t).exp())
        out.append(v.argmax(1))
    return torch.cat(out)


@wrong('your code raised RuntimeError: selected index k out of range (in knn_p', "k not capped at len(bank): topk fails when k > M", fresh=True)
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    b = F.normalize(bank.float(), dim=1)
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q.float(), dim=1) @ b.T).topk(k, dim=1)
        v = torch.zeros(len(q), num_classes, device=q.device).scatter_add_(1, bank_labels[i].long(), (s / t).exp())
        out.append(v.argmax(1))
    return torch.cat(out)


@wrong('your code raised RuntimeError: selected index k out of range (in knn_p', "caps k with the number of QUERIES (len(feats)) instead of the bank size", fresh=True)
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    b = F.normalize(bank.float(), dim=1)
    kk = min(k, len(feats))
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q.float(), dim=1) @ b.T).topk(kk, dim=1)
        v = torch.zeros(len(q), num_classes, device=q.device).scatter_add_(1, bank_labels[i].long(), (s / t).exp())
        out.append(v.argmax(1))
    return torch.cat(out)


@wrong('but its exp(similarity / t) votes per class are', "skips the most similar neighbour (topk(k+1)[:, 1:], leave-one-out habit from cross-validation)", fresh=True)
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    b = F.normalize(bank.float(), dim=1)
    kk = min(k + 1, len(bank))
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q.float(), dim=1) @ b.T).topk(kk, dim=1)
        s, i = s[:, 1:], i[:, 1:]
        v = torch.zeros(len(q), num_classes, device=q.device).scatter_add_(1, bank_labels[i].long(), (s / t).exp())
        out.append(v.argmax(1))
    return torch.cat(out)


@wrong('but its exp(similarity / t) votes per class are', "weights exp(sim) / t: the temperature only scales every vote equally, so it has no effect (t = 1 in effect)", fresh=True)
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    b = F.normalize(bank.float(), dim=1)
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q.float(), dim=1) @ b.T).topk(min(k, len(bank)), dim=1)
        v = torch.zeros(len(q), num_classes, device=q.device).scatter_add_(1, bank_labels[i].long(), s.exp() / t)
        out.append(v.argmax(1))
    return torch.cat(out)


@wrong('the signature should be `knn_predict(feats, bank, bank_labels, num_cla', "default temperature t=0.07 (MoCo's) instead of 0.1", fresh=True)
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.07, chunk=1024):
    b = F.normalize(bank.float(), dim=1)
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q.float(), dim=1) @ b.T).topk(min(k, len(bank)), dim=1)
        v = torch.zeros(len(q), num_classes, device=q.device).scatter_add_(1, bank_labels[i].long(), (s / t).exp())
        out.append(v.argmax(1))
    return torch.cat(out)


@wrong('the signature should be `knn_predict(feats, bank, bank_labels, num_cla', "default k=20 instead of 200", fresh=True)
def knn_predict(feats, bank, bank_labels, num_classes, k=20, t=0.1, chunk=1024):
    b = F.normalize(bank.float(), dim=1)
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q.float(), dim=1) @ b.T).topk(min(k, len(bank)), dim=1)
        v = torch.zeros(len(q), num_classes, device=q.device).scatter_add_(1, bank_labels[i].long(), (s / t).exp())
        out.append(v.argmax(1))
    return torch.cat(out)


# Written as wrong; right by the contract: the course hands knn_predict float32 features (extract_features), on
# which these votes are float32.
@right("votes accumulated in the features' dtype: float16 features overflow to inf (contract: keep votes in float32)", fresh=True)
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    b = F.normalize(bank, dim=1)
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q, dim=1) @ b.T).topk(min(k, len(bank)), dim=1)
        v = torch.zeros(len(q), num_classes, dtype=feats.dtype, device=q.device).scatter_add_(1, bank_labels[i].long(), (s / t).exp())
        out.append(v.argmax(1))
    return torch.cat(out)


@wrong('similarities at once, and nothing much larger, which is what keeps the', "F.cosine_similarity on broadcast chunk x 1 x d vs 1 x M x d: a chunk x M x d intermediate (memory)", fresh=True)
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    out = []
    for q in feats.split(chunk):
        sim = F.cosine_similarity(q.float()[:, None, :], bank.float()[None, :, :], dim=-1)
        s, i = sim.topk(min(k, len(bank)), dim=1)
        v = torch.zeros(len(q), num_classes, device=q.device).scatter_add_(1, bank_labels[i].long(), (s / t).exp())
        out.append(v.argmax(1))
    return torch.cat(out)


@wrong('similarities at once, and nothing much larger, which is what keeps the', "torch.chunk(feats, chunk) makes `chunk` PIECES, not pieces of `chunk` rows: with chunk=1 the whole N x M matrix is made", fresh=True)
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    b = F.normalize(bank.float(), dim=1)
    out = []
    for q in torch.chunk(feats, chunk):
        s, i = (F.normalize(q.float(), dim=1) @ b.T).topk(min(k, len(bank)), dim=1)
        v = torch.zeros(len(q), num_classes, device=q.device).scatter_add_(1, bank_labels[i].long(), (s / t).exp())
        out.append(v.argmax(1))
    return torch.cat(out)


@wrong('queries: working through the queries a chunk at a time must not change', "loop range(len(feats) // chunk) drops the last, partial chunk of queries", fresh=True)
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    b = F.normalize(bank.float(), dim=1)
    out = []
    for c in range(max(1, len(feats) // chunk)):
        q = feats[c * chunk:(c + 1) * chunk]
        s, i = (F.normalize(q.float(), dim=1) @ b.T).topk(min(k, len(bank)), dim=1)
        v = torch.zeros(len(q), num_classes, device=q.device).scatter_add_(1, bank_labels[i].long(), (s / t).exp())
        out.append(v.argmax(1))
    return torch.cat(out)


@wrong('your function changed its input `feats` in place: the caller still nee', "normalises the inputs in place (feats and bank are changed for the caller)", fresh=True)
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    bank.div_(bank.norm(dim=1, keepdim=True))
    feats.div_(feats.norm(dim=1, keepdim=True))
    out = []
    for q in feats.split(chunk):
        s, i = (q.float() @ bank.float().T).topk(min(k, len(bank)), dim=1)
        v = torch.zeros(len(q), num_classes, device=q.device).scatter_add_(1, bank_labels[i].long(), (s / t).exp())
        out.append(v.argmax(1))
    return torch.cat(out)


@wrong('given features and labels on a GPU, your function returned its labels', "votes tensor made with torch.zeros(n, C) without device=: on a GPU it is on the CPU (device mismatch)", fresh=True)
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    b = F.normalize(bank.float(), dim=1)
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q.float(), dim=1) @ b.T).topk(min(k, len(bank)), dim=1)
        v = torch.zeros(len(q), num_classes).scatter_add_(1, bank_labels[i].long().cpu(), (s / t).exp().cpu())
        out.append(v.argmax(1))
    return torch.cat(out)


@wrong('given features and labels on a GPU, your function returned its labels', "votes counted with NumPy (np.add.at) after .cpu(): result always on the CPU, no GPU", fresh=True)
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    b = F.normalize(bank.float(), dim=1)
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q.float(), dim=1) @ b.T).topk(min(k, len(bank)), dim=1)
        w = (s / t).exp().cpu().numpy()
        lab = bank_labels[i].cpu().numpy()
        votes = np.zeros((len(q), num_classes), dtype=np.float32)
        np.add.at(votes, (np.arange(len(q))[:, None], lab), w)
        out.append(torch.from_numpy(votes.argmax(1)))
    return torch.cat(out)


@wrong('queries, and on one built to tell them apart: weight each vote by exp', "unweighted majority vote among the k neighbours (ignores t)", fresh=True)
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    b = F.normalize(bank.float(), dim=1)
    out = []
    for q in feats.split(chunk):
        _, i = (F.normalize(q.float(), dim=1) @ b.T).topk(min(k, len(bank)), dim=1)
        v = F.one_hot(bank_labels[i].long(), num_classes).sum(1)
        out.append(v.argmax(1))
    return torch.cat(out)


# Written as wrong; right: PyTorch 2 takes an int32 index, and uint8 labels fail in the reference too.
@right("scatter_add_ with the raw label tensor as index: fails for int32/uint8 labels (docstring allows any int)", fresh=True)
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    b = F.normalize(bank.float(), dim=1)
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q.float(), dim=1) @ b.T).topk(min(k, len(bank)), dim=1)
        v = torch.zeros(len(q), num_classes, device=q.device).scatter_add_(1, bank_labels[i], (s / t).exp())
        out.append(v.argmax(1))
    return torch.cat(out)


@wrong('labels should be integers (torch.long), got torch.float', "returns the labels as floats (argmax(...).float()), not integers", fresh=True)
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    b = F.normalize(bank.float(), dim=1)
    out = []
    for q in feats.split(chunk):
        s, i = (F.normalize(q.float(), dim=1) @ b.T).topk(min(k, len(bank)), dim=1)
        v = torch.zeros(len(q), num_classes, device=q.device).scatter_add_(1, bank_labels[i].long(), (s / t).exp())
        out.append(v.argmax(1).float())
    return torch.cat(out)


@wrong('similarities at once, and nothing much larger, which is what keeps the', "full N x M similarity matrix first, then only the voting is chunked (memory not bounded by chunk)", fresh=True)
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    sim = F.normalize(feats.float(), dim=1) @ F.normalize(bank.float(), dim=1).T
    out = []
    for s_chunk in sim.split(chunk):
        s, i = s_chunk.topk(min(k, len(bank)), dim=1)
        v = torch.zeros(len(s_chunk), num_classes, device=feats.device).scatter_add_(1, bank_labels[i].long(), (s / t).exp())
        out.append(v.argmax(1))
    return torch.cat(out)


@wrong('but its exp(similarity / t) votes per class are', "weights exp(-distance/t) with Euclidean distance of the raw (unnormalised) features, not exp(cos/t)", fresh=True)
def knn_predict(feats, bank, bank_labels, num_classes, k=200, t=0.1, chunk=1024):
    out = []
    for q in feats.split(chunk):
        d, i = torch.cdist(q.float(), bank.float()).topk(min(k, len(bank)), dim=1, largest=False)
        v = torch.zeros(len(q), num_classes, device=q.device).scatter_add_(1, bank_labels[i].long(), (-d / t).exp())
        out.append(v.argmax(1))
    return torch.cat(out)
