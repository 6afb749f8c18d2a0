"Fresh answers, round 4: written on 2026-12-05, after the checks' fourth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import numpy as np
import torch, torch.nn.functional as F
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.svm import LinearSVC
from sklearn.neighbors import KNeighborsClassifier
from byol_course.checks.catalogue import right, wrong


def _np(x): return x.detach().cpu().numpy()


# ---------------------------------------------------------------- right answers

@right("NumPy: standardise with the training mean/std (constant features kept finite), sklearn LogisticRegression(C=C), float(mean(pred == y))", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    xtr, xte = _np(train_feats).astype(np.float64), _np(test_feats).astype(np.float64)
    mu, sd = xtr.mean(0), xtr.std(0)
    sd[sd == 0] = 1.0
    clf = LogisticRegression(C=C, max_iter=5000).fit((xtr - mu) / sd, _np(train_y))
    return float((clf.predict((xte - mu) / sd) == _np(test_y)).mean())


@right("sklearn pipeline StandardScaler + LogisticRegression(C, solver='newton-cg'), .score on the test set, cast to float", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    model = make_pipeline(StandardScaler(), LogisticRegression(C=C, solver='newton-cg', max_iter=2000))
    model.fit(_np(train_feats), _np(train_y))
    return float(model.score(_np(test_feats), _np(test_y)))


@right("PyTorch: float64 multinomial logistic regression by L-BFGS, loss = sum of CE + |W|^2/(2C), intercept unpenalised", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    xtr, xte = train_feats.detach().double().cpu(), test_feats.detach().double().cpu()
    ytr, yte = train_y.detach().long().cpu(), test_y.detach().long().cpu()
    mu, sd = xtr.mean(0), xtr.std(0, unbiased=False)
    sd = torch.where(sd > 0, sd, torch.ones_like(sd))
    xtr, xte = (xtr - mu) / sd, (xte - mu) / sd
    classes, ytr_i = torch.unique(ytr, return_inverse=True)
    W = torch.zeros(xtr.shape[1], len(classes), dtype=torch.float64, requires_grad=True)
    b = torch.zeros(len(classes), dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([W, b], lr=1, max_iter=5000, tolerance_grad=1e-10, tolerance_change=1e-14,
                            history_size=20, line_search_fn='strong_wolfe')
    def closure():
        opt.zero_grad()
        loss = F.cross_entropy(xtr @ W + b, ytr_i, reduction='sum') + (W ** 2).sum() / (2 * C)
        loss.backward()
        return loss
    with torch.enable_grad(): opt.step(closure)
    with torch.no_grad(): pred = classes[(xte @ W + b).argmax(1)]
    return (pred == yte).double().mean().item()


# ---------------------------------------------------------------- wrong answers

def _sk(xtr, ytr, xte, yte, C, **kw):
    clf = LogisticRegression(C=C, max_iter=5000, **kw).fit(xtr, _np(ytr))
    return float((clf.predict(xte) == _np(yte)).mean())


@wrong('scored in two parts, four far-out images apart): the standardisation a', "standardises with the mean/std of train and test features together (test set leaks in)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    allf = torch.cat([train_feats, test_feats])
    mu, sd = allf.mean(0), allf.std(0)
    return _sk(_np((train_feats - mu) / sd), train_y, _np((test_feats - mu) / sd), test_y, C)


@wrong('scored in two parts, four far-out images apart): the standardisation a', "standardises the test features with their own mean/std", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc_tr, sc_te = StandardScaler().fit(_np(train_feats)), StandardScaler().fit(_np(test_feats))
    return _sk(sc_tr.transform(_np(train_feats)), train_y, sc_te.transform(_np(test_feats)), test_y, C)


@wrong('standardise every feature (each column), of the training and the test', "no standardisation at all: logistic regression on the raw features", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    return _sk(_np(train_feats), train_y, _np(test_feats), test_y, C)


@wrong('standardise every feature (each column), of the training and the test', "one scalar mean and std over the whole training matrix instead of per feature", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mu, sd = train_feats.mean(), train_feats.std()
    return _sk(_np((train_feats - mu) / sd), train_y, _np((test_feats - mu) / sd), test_y, C)


@wrong('standardise every feature (each column), of the training and the test', "standardises along the wrong axis: each sample by its own mean/std (dim=1)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    z = lambda x: (x - x.mean(1, keepdim=True)) / x.std(1, keepdim=True)
    return _sk(_np(z(train_feats)), train_y, _np(z(test_feats)), test_y, C)


@wrong('score the predictions for the test images against the test labels, wit', "returns the accuracy on the training features it was fit on", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(_np(train_feats)), _np(train_y))
    return float(clf.score(sc.transform(_np(train_feats)), _np(train_y)))


@wrong('with a penalty that strong on the weights (and none on the intercept', "C used the wrong way round: LogisticRegression(C=1/C)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    return _sk(sc.transform(_np(train_feats)), train_y, sc.transform(_np(test_feats)), test_y, 1.0 / C)


@wrong('with a penalty that strong on the weights (and none on the intercept', "ignores C: LogisticRegression() with its default C=1", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    return _sk(sc.transform(_np(train_feats)), train_y, sc.transform(_np(test_feats)), test_y, 1.0)


@wrong('Either use another solver or wrap the estimator in a OneVsRestClassifi', "solver='liblinear', which also penalises the intercept", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    return _sk(sc.transform(_np(train_feats)), train_y, sc.transform(_np(test_feats)), test_y, C, solver='liblinear')


@wrong('with a penalty that strong on the weights (and none on the intercept', "LinearSVC(C=C) instead of a logistic regression", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    clf = LinearSVC(C=C, max_iter=20000).fit(sc.transform(_np(train_feats)), _np(train_y))
    return float(clf.score(sc.transform(_np(test_feats)), _np(test_y)))


@wrong("A linear classifier's classes are convex regions, so it cannot get bot", "a 5-nearest-neighbour classifier on the standardised features (not linear)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    clf = KNeighborsClassifier(n_neighbors=min(5, len(train_y))).fit(sc.transform(_np(train_feats)), _np(train_y))
    return float(clf.score(sc.transform(_np(test_feats)), _np(test_y)))


@wrong('with a penalty that strong on the weights (and none on the intercept', "PyTorch probe with the penalty added to the MEAN loss (acts like C/n), intercept also penalised", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mu, sd = train_feats.mean(0), train_feats.std(0)
    xtr, xte = ((train_feats - mu) / sd).double(), ((test_feats - mu) / sd).double()
    lin = torch.nn.Linear(xtr.shape[1], int(train_y.max()) + 1).double()
    opt = torch.optim.LBFGS(lin.parameters(), max_iter=500, line_search_fn='strong_wolfe')
    def closure():
        opt.zero_grad()
        loss = F.cross_entropy(lin(xtr), train_y.long()) + sum((p ** 2).sum() for p in lin.parameters()) / (2 * C)
        loss.backward()
        return loss
    with torch.enable_grad(): opt.step(closure)
    with torch.no_grad(): return (lin(xte).argmax(1) == test_y).float().mean().item()


@wrong('your function changed its input `train_feats` in place: the caller sti', "standardises the caller's tensors in place (train_feats -= mean ...)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mu, sd = train_feats.mean(0), train_feats.std(0)
    train_feats -= mu; train_feats /= sd
    test_feats -= mu; test_feats /= sd
    return _sk(_np(train_feats), train_y, _np(test_feats), test_y, C)


@wrong('should return the accuracy as a Python float, got a tensor: take .item', "returns a 0-d torch tensor ((pred == y).float().mean()) instead of a Python float", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(_np(train_feats)), _np(train_y))
    pred = torch.as_tensor(clf.predict(sc.transform(_np(test_feats))))
    return (pred == test_y.cpu()).float().mean()


@wrong('accuracy as a percentage, not a fraction', "returns a percentage (0-100) instead of a fraction", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    return 100 * _sk(sc.transform(_np(train_feats)), train_y, sc.transform(_np(test_feats)), test_y, C)
