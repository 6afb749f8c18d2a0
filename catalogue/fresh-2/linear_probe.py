"Fresh answers, round 2: written on 2026-12-05, after the checks' second version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import numpy as np
import torch, torch.nn.functional as F
from functools import partial
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.svm import LinearSVC
from sklearn.multiclass import OneVsRestClassifier
from sklearn.neighbors import KNeighborsClassifier
from byol_course.checks.catalogue import right, wrong


def _np(x): return x.detach().cpu().numpy()


# ---------------------------------------------------------------- right answers

@right("StandardScaler fit on the training features, LogisticRegression(C=C, max_iter=5000), float(score) on the test set", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(_np(train_feats)), _np(train_y))
    return float(clf.score(sc.transform(_np(test_feats)), _np(test_y)))


@right("standardise in torch (mean, unbiased std clamped), sklearn newton-cg solver, accuracy by comparing predictions in NumPy", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    tr, te = train_feats.double().cpu(), test_feats.double().cpu()
    mu, sd = tr.mean(0), tr.std(0).clamp_min(1e-8)
    clf = LogisticRegression(C=C, solver='newton-cg', max_iter=5000)
    clf.fit(((tr - mu) / sd).numpy(), train_y.cpu().numpy())
    pred = clf.predict(((te - mu) / sd).numpy())
    return float(np.mean(pred == test_y.cpu().numpy()))


def _probe_torch(train_feats, train_y, test_feats, test_y, C=1.0, steps=200):
    "Multinomial logistic regression in PyTorch: sum of the cross-entropies + |W|^2 / (2C), intercept free, full-batch LBFGS."
    x = train_feats.detach().double().cpu(); xt = test_feats.detach().double().cpu()
    mu, sd = x.mean(0), x.std(0, unbiased=False)
    sd = torch.where(sd > 0, sd, torch.ones_like(sd))
    x, xt = (x - mu) / sd, (xt - mu) / sd
    classes, y = torch.unique(train_y.cpu(), return_inverse=True)
    W = torch.zeros(x.shape[1], len(classes), dtype=torch.float64, requires_grad=True)
    b = torch.zeros(len(classes), dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([W, b], lr=1, max_iter=steps, tolerance_grad=1e-9, tolerance_change=1e-12, line_search_fn='strong_wolfe')
    def closure():
        opt.zero_grad()
        loss = F.cross_entropy(x @ W + b, y, reduction='sum') + (W ** 2).sum() / (2 * C)
        loss.backward()
        return loss
    with torch.enable_grad():
        opt.step(closure)
    with torch.no_grad():
        pred = classes[(xt @ W + b).argmax(1)]
    return (pred == test_y.cpu()).double().mean().item()

linear_probe = right("PyTorch softmax regression trained with LBFGS on sum-CE + |W|^2/(2C) (intercept unpenalised), via functools.partial", fresh=True)(partial(_probe_torch, steps=500))


# ---------------------------------------------------------------- wrong answers

@wrong('scored in two parts, four far-out images apart): the standardisation a', "standardises with the mean/std of train AND test features together (test set leaks into the statistics)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    allf = _np(torch.cat([train_feats, test_feats]))
    sc = StandardScaler().fit(allf)
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(_np(train_feats)), _np(train_y))
    return float(clf.score(sc.transform(_np(test_feats)), _np(test_y)))


@wrong('scored in two parts, four far-out images apart): the standardisation a', "standardises the test features with their own mean/std (fit_transform on the test set too)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler()
    xtr = sc.fit_transform(_np(train_feats))
    xte = sc.fit_transform(_np(test_feats))
    clf = LogisticRegression(C=C, max_iter=5000).fit(xtr, _np(train_y))
    return float(clf.score(xte, _np(test_y)))


@wrong('standardise every feature (each column), of the training and the test', "standardises the training features but forgets to transform the test features before scoring", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(_np(train_feats)), _np(train_y))
    return float(clf.score(_np(test_feats), _np(test_y)))


@wrong('standardise every feature (each column), of the training and the test', "no standardisation at all: logistic regression on the raw features", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    clf = LogisticRegression(C=C, max_iter=5000).fit(_np(train_feats), _np(train_y))
    return float(clf.score(_np(test_feats), _np(test_y)))


@wrong('score the predictions for the test images against the test labels, wit', "reports the accuracy on the training features instead of the test features", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(_np(train_feats)), _np(train_y))
    return float(clf.score(sc.transform(_np(train_feats)), _np(train_y)))


@wrong('with a penalty that strong on the weights (and none on the intercept', "ignores the C argument: LogisticRegression() with its default C=1", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    clf = LogisticRegression(max_iter=5000).fit(sc.transform(_np(train_feats)), _np(train_y))
    return float(clf.score(sc.transform(_np(test_feats)), _np(test_y)))


@wrong('with a penalty that strong on the weights (and none on the intercept', "reads C as the penalty strength: passes C=1/C to LogisticRegression", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    clf = LogisticRegression(C=1 / C, max_iter=5000).fit(sc.transform(_np(train_feats)), _np(train_y))
    return float(clf.score(sc.transform(_np(test_feats)), _np(test_y)))


@wrong('with a penalty that strong on the weights (and none on the intercept', "liblinear solver (wrapped in OneVsRestClassifier, as sklearn's liblinear is binary-only): penalises the intercept too, another model", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    pipe = make_pipeline(StandardScaler(), OneVsRestClassifier(LogisticRegression(C=C, solver='liblinear', max_iter=5000)))
    pipe.fit(_np(train_feats), _np(train_y))
    return float(pipe.score(_np(test_feats), _np(test_y)))


@wrong('with a penalty that strong on the weights (and none on the intercept', "LinearSVC (hinge loss, penalised intercept) instead of a logistic regression", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    pipe = make_pipeline(StandardScaler(), LinearSVC(C=C, max_iter=20000))
    pipe.fit(_np(train_feats), _np(train_y))
    return float(pipe.score(_np(test_feats), _np(test_y)))


@wrong("A linear classifier's classes are convex regions, so it cannot get bot", "a 5-nearest-neighbour classifier on the standardised features instead of a linear one", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    pipe = make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=5))
    pipe.fit(_np(train_feats), _np(train_y))
    return float(pipe.score(_np(test_feats), _np(test_y)))


@wrong('should return the accuracy as a Python float, got a tensor: take .item', "returns a 0-d torch tensor (mean of the matches) instead of a Python float", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(_np(train_feats)), _np(train_y))
    pred = torch.as_tensor(clf.predict(sc.transform(_np(test_feats))))
    return (pred == test_y.cpu()).float().mean()


@wrong('accuracy as a percentage, not a fraction', "returns a percentage (0-100) instead of a fraction", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(_np(train_feats)), _np(train_y))
    return 100.0 * float(clf.score(sc.transform(_np(test_feats)), _np(test_y)))


@wrong('your function changed its input `train_feats` in place: the caller sti', "standardises the caller's tensors in place (train_feats.sub_(mu).div_(sd), test too): the inputs are changed", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mu, sd = train_feats.mean(0), train_feats.std(0).clamp_min(1e-8)
    train_feats.sub_(mu).div_(sd); test_feats.sub_(mu).div_(sd)
    clf = LogisticRegression(C=C, max_iter=5000).fit(_np(train_feats), _np(train_y))
    return float(clf.score(_np(test_feats), _np(test_y)))


@wrong(('with a penalty that strong on the weights (and none on the intercept', 'C), the intercept unpenalised), a fit run until it converges, the'), "PyTorch logistic regression with weight_decay=1/C on the MEAN loss (penalty N times too strong) and the bias decayed too, Adam for 100 steps", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    x = train_feats.float().cpu(); xt = test_feats.float().cpu()
    mu, sd = x.mean(0), x.std(0) + 1e-8
    x, xt = (x - mu) / sd, (xt - mu) / sd
    nc = int(train_y.max()) + 1
    lin = torch.nn.Linear(x.shape[1], nc)
    opt = torch.optim.Adam(lin.parameters(), lr=0.05, weight_decay=1 / C)
    with torch.enable_grad():
        for _ in range(100):
            opt.zero_grad(); F.cross_entropy(lin(x), train_y.cpu().long()).backward(); opt.step()
    with torch.no_grad():
        return (lin(xt).argmax(1) == test_y.cpu()).float().mean().item()
