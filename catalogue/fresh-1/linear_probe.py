"Fresh answers, round 1: written on 2026-12-05, after the checks' first version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
from functools import partial
import numpy as np
import torch, torch.nn.functional as F
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC, LinearSVC
from byol_course.checks.catalogue import right, wrong


def _np(x): return x.detach().cpu().numpy()


# ----------------------------------------------------------------------------------------------------------------------
# RIGHT answers
# ----------------------------------------------------------------------------------------------------------------------

@right("sklearn pipeline: StandardScaler (fit on train only) + LogisticRegression(C=C), .score on test", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    clf = make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=2000))
    clf.fit(_np(train_feats), _np(train_y))
    return float(clf.score(_np(test_feats), _np(test_y)))


def _probe(train_feats, train_y, test_feats, test_y, C=1.0, solver='lbfgs'):
    mu = train_feats.double().mean(0)
    sd = train_feats.double().std(0)                 # unbiased (ddof=1): a constant factor away from StandardScaler
    sd = torch.where(sd > 0, sd, torch.ones_like(sd))
    xtr = ((train_feats.double() - mu) / sd).cpu().numpy()
    xte = ((test_feats.double() - mu) / sd).cpu().numpy()
    clf = LogisticRegression(C=C, solver=solver, max_iter=5000).fit(xtr, train_y.cpu().numpy())
    return float((clf.predict(xte) == test_y.cpu().numpy()).mean())

linear_probe = right("functools.partial of a helper: torch mean/std(ddof=1) of the train features, LogisticRegression(solver='newton-cg')",
                     fresh=True)(partial(_probe, solver='newton-cg'))


@right("PyTorch softmax regression, float64, full-batch L-BFGS on mean CE + ||W||^2 / (2 C n) (sklearn's objective / (C n)), bias unpenalised", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    xtr, xte = train_feats.detach().double().cpu(), test_feats.detach().double().cpu()
    mu, sd = xtr.mean(0), xtr.std(0, unbiased=False)
    sd = torch.where(sd > 0, sd, torch.ones_like(sd))
    xtr, xte = (xtr - mu) / sd, (xte - mu) / sd
    classes, ytr = torch.unique(train_y.cpu(), return_inverse=True)
    n, d, K = xtr.shape[0], xtr.shape[1], len(classes)
    W = torch.zeros(d, K, dtype=torch.float64, requires_grad=True)
    b = torch.zeros(K, dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([W, b], lr=1, max_iter=1000, tolerance_grad=1e-10, tolerance_change=1e-14,
                            history_size=50, line_search_fn='strong_wolfe')
    def closure():
        opt.zero_grad()
        loss = F.cross_entropy(xtr @ W + b, ytr) + (W ** 2).sum() / (2 * C * n)
        loss.backward()
        return loss
    with torch.enable_grad():
        for _ in range(5): opt.step(closure)
    with torch.no_grad(): pred = classes[(xte @ W + b).argmax(1)]
    return (pred == test_y.cpu()).double().mean().item()


@wrong('with a penalty that strong on the weights (and none on the intercept', "'another solver': one-vs-rest LogisticRegression(C=C, solver='liblinear') on NumPy-standardised features", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    xtr, xte = _np(train_feats).astype(np.float64), _np(test_feats).astype(np.float64)
    mu, sd = xtr.mean(axis=0), xtr.std(axis=0)
    sd[sd == 0] = 1.0
    clf = OneVsRestClassifier(LogisticRegression(C=C, solver='liblinear', max_iter=2000))
    clf.fit((xtr - mu) / sd, _np(train_y))
    return float(np.mean(clf.predict((xte - mu) / sd) == _np(test_y)))


# ----------------------------------------------------------------------------------------------------------------------
# WRONG answers
# ----------------------------------------------------------------------------------------------------------------------

@wrong('standardise every feature (each column), of the training and the test', "no standardisation at all: logistic regression on the raw features", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    clf = LogisticRegression(C=C, max_iter=2000).fit(_np(train_feats), _np(train_y))
    return float(clf.score(_np(test_feats), _np(test_y)))


@wrong('scored in two parts, four far-out images apart): the standardisation a', "standardises with the mean and std of train AND test features together (test leaks)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    allf = torch.cat([train_feats, test_feats]).double()
    mu, sd = allf.mean(0), allf.std(0).clamp_min(1e-12)
    xtr, xte = ((train_feats - mu) / sd).numpy(), ((test_feats - mu) / sd).numpy()
    clf = LogisticRegression(C=C, max_iter=2000).fit(xtr, _np(train_y))
    return float(clf.score(xte, _np(test_y)))


@wrong('scored in two parts, four far-out images apart): the standardisation a', "standardises the test features with their own statistics (fit_transform on test too)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    xtr = StandardScaler().fit_transform(_np(train_feats))
    xte = StandardScaler().fit_transform(_np(test_feats))
    clf = LogisticRegression(C=C, max_iter=2000).fit(xtr, _np(train_y))
    return float(clf.score(xte, _np(test_y)))


@wrong(('on features whose scales differ (two tiny features carry the classes', 'on an easy problem'), "standardises each image (row) rather than each feature (mean/std over dim=1)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    f = lambda x: ((x - x.mean(1, keepdim=True)) / x.std(1, keepdim=True).clamp_min(1e-12)).numpy()
    clf = LogisticRegression(C=C, max_iter=2000).fit(f(train_feats.double()), _np(train_y))
    return float(clf.score(f(test_feats.double()), _np(test_y)))


@wrong('score the predictions for the test images against the test labels, wit', "reports the accuracy on the training features it was fit on", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    clf = LogisticRegression(C=C, max_iter=2000).fit(sc.transform(_np(train_feats)), _np(train_y))
    return float(clf.score(sc.transform(_np(train_feats)), _np(train_y)))


@wrong('with a penalty that strong on the weights (and none on the intercept', "C never passed: LogisticRegression() always has C=1", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    clf = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000))
    clf.fit(_np(train_feats), _np(train_y))
    return float(clf.score(_np(test_feats), _np(test_y)))


@wrong('with a penalty that strong on the weights (and none on the intercept', "C read as the L2 strength: LogisticRegression(C=1 / C)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    clf = make_pipeline(StandardScaler(), LogisticRegression(C=1 / C, max_iter=2000))
    clf.fit(_np(train_feats), _np(train_y))
    return float(clf.score(_np(test_feats), _np(test_y)))


@wrong("A linear classifier's classes are convex regions, so it cannot get bot", "a k-nearest-neighbour classifier on the standardised features instead of a logistic regression", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    clf = make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=5))
    clf.fit(_np(train_feats), _np(train_y))
    return float(clf.score(_np(test_feats), _np(test_y)))


@wrong("A linear classifier's classes are convex regions, so it cannot get bot", "a kernel SVM (SVC, rbf kernel, same C): non-linear", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    clf = make_pipeline(StandardScaler(), SVC(C=C))
    clf.fit(_np(train_feats), _np(train_y))
    return float(clf.score(_np(test_feats), _np(test_y)))


@wrong('with a penalty that strong on the weights (and none on the intercept', "a linear SVM (LinearSVC, hinge loss) rather than a logistic regression", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    clf = make_pipeline(StandardScaler(), LinearSVC(C=C, max_iter=20000))
    clf.fit(_np(train_feats), _np(train_y))
    return float(clf.score(_np(test_feats), _np(test_y)))


@wrong('should return the accuracy as a Python float, got a tensor: take .item', "returns a 0-dim torch tensor instead of a Python float", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    clf = make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=2000))
    clf.fit(_np(train_feats), _np(train_y))
    return (torch.from_numpy(clf.predict(_np(test_feats))) == test_y.cpu()).float().mean()


@wrong('accuracy as a percentage, not a fraction', "returns a percentage (0-100) instead of a fraction", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    clf = make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=2000))
    clf.fit(_np(train_feats), _np(train_y))
    return 100 * float(clf.score(_np(test_feats), _np(test_y)))


@wrong('your function changed its input `train_feats` in place: the caller sti', "standardises the caller's tensors in place (train_feats and test_feats are changed)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mu, sd = train_feats.mean(0), train_feats.std(0).clamp_min(1e-12)
    train_feats.sub_(mu).div_(sd)
    test_feats.sub_(mu).div_(sd)
    clf = LogisticRegression(C=C, max_iter=2000).fit(_np(train_feats), _np(train_y))
    return float(clf.score(_np(test_feats), _np(test_y)))


def _torch_lr(train_feats, train_y, test_feats, test_y, C, penalise_bias, mean_loss_wd):
    xtr, xte = train_feats.detach().double().cpu(), test_feats.detach().double().cpu()
    mu, sd = xtr.mean(0), xtr.std(0).clamp_min(1e-12)
    xtr, xte = (xtr - mu) / sd, (xte - mu) / sd
    classes, ytr = torch.unique(train_y.cpu(), return_inverse=True)
    n, d, K = xtr.shape[0], xtr.shape[1], len(classes)
    W = torch.zeros(d, K, dtype=torch.float64, requires_grad=True)
    b = torch.zeros(K, dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([W, b], lr=1, max_iter=1000, tolerance_grad=1e-10, tolerance_change=1e-14,
                            history_size=50, line_search_fn='strong_wolfe')
    lam = (1 / C) if mean_loss_wd else 1 / (C * n)
    def closure():
        opt.zero_grad()
        pen = (W ** 2).sum() + ((b ** 2).sum() if penalise_bias else 0)
        loss = F.cross_entropy(xtr @ W + b, ytr) + lam / 2 * pen
        loss.backward()
        return loss
    with torch.enable_grad():
        for _ in range(5): opt.step(closure)
    with torch.no_grad(): pred = classes[(xte @ W + b).argmax(1)]
    return (pred == test_y.cpu()).double().mean().item()


@wrong('with a penalty that strong on the weights (and none on the intercept', "PyTorch logistic regression that puts the L2 penalty on the bias too (tiny C: all logits 0, not the majority class)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    return _torch_lr(train_feats, train_y, test_feats, test_y, C, penalise_bias=True, mean_loss_wd=False)


@wrong('C), the intercept unpenalised), a fit run until it converges, the', "PyTorch: mean cross-entropy + (1/C)/2 ||W||^2, i.e. weight decay 1/C: the penalty is n times too strong", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    return _torch_lr(train_feats, train_y, test_feats, test_y, C, penalise_bias=False, mean_loss_wd=True)
