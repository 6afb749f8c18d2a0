"Fresh answers, round 3: written on 2026-12-05, after the checks' third version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import numpy as np
import torch, torch.nn.functional as F
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.neighbors import KNeighborsClassifier
from byol_course.checks.catalogue import right, wrong


def _np(x):
    return x.detach().cpu().numpy() if torch.is_tensor(x) else np.asarray(x)


# ---------------------------------------------------------------- right answers

@right("StandardScaler + LogisticRegression(C=C) in a pipeline fit on the training set, float(score) on the test set", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    clf = make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=5000))
    clf.fit(_np(train_feats), _np(train_y))
    return float(clf.score(_np(test_feats), _np(test_y)))


@right("manual NumPy standardisation (std 0 -> 1), newton-cg solver, accuracy by comparing predictions", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    xtr = _np(train_feats).astype(np.float64)
    xte = _np(test_feats).astype(np.float64)
    mu, sd = xtr.mean(0), xtr.std(0)
    sd = np.where(sd > 0, sd, 1.0)
    lr = LogisticRegression(C=C, solver='newton-cg', max_iter=10000, tol=1e-8)
    lr.fit((xtr - mu) / sd, _np(train_y))
    pred = lr.predict((xte - mu) / sd)
    return float((pred == _np(test_y)).mean())


@right("pure PyTorch: float64, unbiased std, sum of cross-entropies + |W|^2/(2C) (intercept free), full-batch LBFGS", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    xtr = train_feats.detach().double()
    xte = test_feats.detach().double()
    mu = xtr.mean(0)
    sd = xtr.std(0) if len(xtr) > 1 else torch.ones_like(mu)
    sd = torch.where(sd > 0, sd, torch.ones_like(sd))
    xtr, xte = (xtr - mu) / sd, (xte - mu) / sd
    classes, ytr = torch.unique(train_y, return_inverse=True)
    K, d = len(classes), xtr.shape[1]
    out = 1 if K == 2 else K                                # binary: one weight vector (sigmoid), as sklearn does
    W = torch.zeros(d, out, dtype=torch.float64, requires_grad=True)
    b = torch.zeros(out, dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([W, b], lr=1, max_iter=2000, tolerance_grad=1e-10, tolerance_change=1e-14,
                            history_size=50, line_search_fn='strong_wolfe')
    def closure():
        opt.zero_grad()
        z = xtr @ W + b
        if K == 2: data = F.binary_cross_entropy_with_logits(z[:, 0], ytr.double(), reduction='sum')
        else: data = F.cross_entropy(z, ytr, reduction='sum')
        loss = data + (W ** 2).sum() / (2 * C)
        loss.backward()
        return loss
    with torch.enable_grad():
        for _ in range(5): opt.step(closure)
    with torch.no_grad():
        z = xte @ W + b
        pred = (z[:, 0] > 0).long() if K == 2 else z.argmax(1)
    return float((classes[pred] == test_y.to(classes.device)).double().mean())


# ---------------------------------------------------------------- wrong answers

@wrong('scored in two parts, four far-out images apart): the standardisation a', "standardises the test features with their own mean and std, not the training ones", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    def std(x):
        x = _np(x).astype(np.float64); s = x.std(0)
        return (x - x.mean(0)) / np.where(s > 0, s, 1.0)
    lr = LogisticRegression(C=C, max_iter=5000).fit(std(train_feats), _np(train_y))
    return float(lr.score(std(test_feats), _np(test_y)))


@wrong('scored in two parts, four far-out images apart): the standardisation a', "standardisation statistics from the training and test features together (test leaks in)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    xtr, xte = _np(train_feats).astype(np.float64), _np(test_feats).astype(np.float64)
    allx = np.concatenate([xtr, xte])
    mu, sd = allx.mean(0), allx.std(0)
    sd = np.where(sd > 0, sd, 1.0)
    lr = LogisticRegression(C=C, max_iter=5000).fit((xtr - mu) / sd, _np(train_y))
    return float(lr.score((xte - mu) / sd, _np(test_y)))


@wrong('standardise every feature (each column), of the training and the test', "no standardisation at all", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    lr = LogisticRegression(C=C, max_iter=5000).fit(_np(train_feats), _np(train_y))
    return float(lr.score(_np(test_feats), _np(test_y)))


@wrong('standardise every feature (each column), of the training and the test', "standardises the training features but forgets to apply it to the test features", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    lr = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(_np(train_feats)), _np(train_y))
    return float(lr.score(_np(test_feats), _np(test_y)))


@wrong('score the predictions for the test images against the test labels, wit', "returns the accuracy on the training features it was fit on", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    lr = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(_np(train_feats)), _np(train_y))
    return float(lr.score(sc.transform(_np(train_feats)), _np(train_y)))


@wrong('Either use another solver or wrap the estimator in a OneVsRestClassifi', "liblinear solver (penalises the intercept too)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    lr = LogisticRegression(C=C, solver='liblinear', max_iter=5000).fit(sc.transform(_np(train_feats)), _np(train_y))
    return float(lr.score(sc.transform(_np(test_feats)), _np(test_y)))


@wrong('with a penalty that strong on the weights (and none on the intercept', "reads C as the penalty strength: passes 1/C to LogisticRegression", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    clf = make_pipeline(StandardScaler(), LogisticRegression(C=1.0 / C, max_iter=5000))
    return float(clf.fit(_np(train_feats), _np(train_y)).score(_np(test_feats), _np(test_y)))


@wrong('with a penalty that strong on the weights (and none on the intercept', "penalty=None: C is ignored, no regularisation", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    clf = make_pipeline(StandardScaler(), LogisticRegression(penalty=None, max_iter=5000))
    return float(clf.fit(_np(train_feats), _np(train_y)).score(_np(test_feats), _np(test_y)))


@wrong('with a penalty that strong on the weights (and none on the intercept', "fit_intercept=False: no bias, so the class priors cannot be learnt", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    clf = make_pipeline(StandardScaler(), LogisticRegression(C=C, fit_intercept=False, max_iter=5000))
    return float(clf.fit(_np(train_feats), _np(train_y)).score(_np(test_feats), _np(test_y)))


@wrong('C), the intercept unpenalised), a fit run until it converges, the', "PyTorch with the MEAN cross-entropy + |W|^2/(2C): the penalty is N times too strong", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    xtr, xte = train_feats.double(), test_feats.double()
    mu, sd = xtr.mean(0), xtr.std(0).clamp_min(1e-12)
    xtr, xte = (xtr - mu) / sd, (xte - mu) / sd
    classes, ytr = torch.unique(train_y, return_inverse=True)
    W = torch.zeros(xtr.shape[1], len(classes), dtype=torch.float64, requires_grad=True)
    b = torch.zeros(len(classes), dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([W, b], max_iter=1000, line_search_fn='strong_wolfe')
    def closure():
        opt.zero_grad()
        loss = F.cross_entropy(xtr @ W + b, ytr) + (W ** 2).sum() / (2 * C)
        loss.backward()
        return loss
    with torch.enable_grad(): opt.step(closure)
    with torch.no_grad(): pred = classes[(xte @ W + b).argmax(1)]
    return float((pred == test_y).double().mean())


@wrong("A linear classifier's classes are convex regions, so it cannot get bot", "nearest-neighbour classifier on the standardised features instead of a logistic regression", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    clf = make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=5))
    return float(clf.fit(_np(train_feats), _np(train_y)).score(_np(test_feats), _np(test_y)))


@wrong('score the predictions for the test images against the test labels, wit', "fits on the training AND test features and labels, then scores the test set", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    X = np.concatenate([sc.transform(_np(train_feats)), sc.transform(_np(test_feats))])
    y = np.concatenate([_np(train_y), _np(test_y)])
    lr = LogisticRegression(C=C, max_iter=5000).fit(X, y)
    return float(lr.score(sc.transform(_np(test_feats)), _np(test_y)))


@wrong('your function changed its input `train_feats` in place: the caller sti', "standardises the training features in place (the caller's tensor is changed)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mu, sd = train_feats.mean(0), train_feats.std(0).clamp_min(1e-12)
    train_feats.sub_(mu).div_(sd)
    xte = (test_feats - mu) / sd
    lr = LogisticRegression(C=C, max_iter=5000).fit(_np(train_feats), _np(train_y))
    return float(lr.score(_np(xte), _np(test_y)))


@wrong('should return the accuracy as a Python float, got a tensor: take .item', "returns the accuracy as a 0-d torch tensor, not a Python float", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    clf = make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=5000))
    clf.fit(_np(train_feats), _np(train_y))
    pred = torch.as_tensor(clf.predict(_np(test_feats)))
    return (pred == test_y.cpu()).float().mean()


@wrong(('of them as it does. Logistic regressions with the same penalty, fit to', 'C), the intercept unpenalised), a fit run until it converges, the'), "stops the solver after 3 iterations: not fit to convergence", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    import warnings
    clf = make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=3))
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        clf.fit(_np(train_feats), _np(train_y))
    return float(clf.score(_np(test_feats), _np(test_y)))
