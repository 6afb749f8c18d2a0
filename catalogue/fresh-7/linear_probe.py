"Fresh answers, round 7: written on 2026-12-05, after the checks' seventh version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import numpy as np
import torch, torch.nn.functional as F
from sklearn.linear_model import LogisticRegression, RidgeClassifier
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler, MinMaxScaler
from sklearn.svm import LinearSVC
from byol_course.checks.catalogue import right, wrong


def _np(x): return x.detach().cpu().double().numpy() if torch.is_tensor(x) else np.asarray(x, dtype=np.float64)
def _lab(y): return y.detach().cpu().numpy() if torch.is_tensor(y) else np.asarray(y)


# ---------------------------------------------------------------- RIGHT answers

@right("sklearn: StandardScaler fit on train, transform both, LogisticRegression(C=C, max_iter=5000), float(score)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(_np(train_feats)), _lab(train_y))
    return float(clf.score(sc.transform(_np(test_feats)), _lab(test_y)))


@right("torch standardisation with the unbiased std (ddof=1) + 1e-8, newton-cg solver, accuracy as numpy mean converted by .item()", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    tr, te = train_feats.double(), test_feats.double()
    mu, sd = tr.mean(0), tr.std(0)
    tr, te = (tr - mu) / (sd + 1e-8), (te - mu) / (sd + 1e-8)
    clf = LogisticRegression(C=C, solver='newton-cg', max_iter=2000, tol=1e-8).fit(tr.numpy(), train_y.numpy())
    return np.mean(clf.predict(te.numpy()) == test_y.numpy()).item()


@right("pure PyTorch: softmax regression by L-BFGS in float64, sum of cross-entropies + |W|^2/(2C), bias unpenalised, std 0 -> divide by 1", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    tr, te = train_feats.detach().double().cpu(), test_feats.detach().double().cpu()
    ytr, yte = train_y.long().cpu(), test_y.long().cpu()
    mu = tr.mean(0)
    sd = tr.std(0, unbiased=False)
    sd = torch.where(sd > 0, sd, torch.ones_like(sd))
    tr, te = (tr - mu) / sd, (te - mu) / sd
    n_cls = int(max(ytr.max(), yte.max())) + 1
    W = torch.zeros(tr.shape[1], n_cls, dtype=torch.float64, requires_grad=True)
    b = torch.zeros(n_cls, dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([W, b], lr=1, max_iter=5000, tolerance_grad=1e-10, tolerance_change=1e-14,
                            history_size=50, line_search_fn='strong_wolfe')
    present = torch.zeros(n_cls, dtype=torch.bool); present[ytr.unique()] = True
    def closure():
        opt.zero_grad()
        logits = tr @ W + b
        logits = logits.masked_fill(~present, -1e30)          # classes never seen in training cannot be predicted
        loss = F.cross_entropy(logits, ytr, reduction='sum') + (W[:, present] ** 2).sum() / (2 * C)
        loss.backward()
        return loss
    with torch.enable_grad():
        opt.step(closure)
    with torch.no_grad():
        pred = (te @ W + b).masked_fill(~present, -1e30).argmax(1)
    return (pred == yte).sum().item() / len(yte)


@right("make_pipeline(StandardScaler(), LogisticRegression(solver='saga')), count of right predictions / len(test_y)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    pipe = make_pipeline(StandardScaler(), LogisticRegression(C=C, solver='saga', max_iter=20000, tol=1e-6))
    pipe.fit(_np(train_feats), _lab(train_y))
    right_ = int((pipe.predict(_np(test_feats)) == _lab(test_y)).sum())
    return right_ / len(test_y)


class _Probe:
    def __call__(self, train_feats, train_y, test_feats, test_y, C=1.0):
        Xtr, Xte = _np(train_feats), _np(test_feats)
        m, s = Xtr.mean(axis=0), Xtr.std(axis=0)
        Xtr, Xte = (Xtr - m) / (s + 1e-6), (Xte - m) / (s + 1e-6)
        clf = LogisticRegression(C=C, solver='lbfgs', max_iter=10000).fit(Xtr, _lab(train_y))
        return float((clf.predict(Xte) == _lab(test_y)).mean())
linear_probe = right("class with __call__: NumPy standardisation with std+1e-6, lbfgs LogisticRegression", fresh=True)(_Probe())


# ---------------------------------------------------------------- WRONG answers

@wrong('scored in two parts, four far-out images apart): the standardisation a', "StandardScaler refit on the test features (fit_transform on test): test statistics leak, a test prediction depends on the other test images", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler()
    Xtr = sc.fit_transform(_np(train_feats))
    Xte = sc.fit_transform(_np(test_feats))
    clf = LogisticRegression(C=C, max_iter=5000).fit(Xtr, _lab(train_y))
    return float(clf.score(Xte, _lab(test_y)))


@wrong('scored in two parts, four far-out images apart): the standardisation a', "mean and std computed on train and test features together (torch.cat): test leaks into the standardisation", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    allf = torch.cat([train_feats, test_feats]).double()
    mu, sd = allf.mean(0), allf.std(0) + 1e-8
    tr, te = ((train_feats.double() - mu) / sd).numpy(), ((test_feats.double() - mu) / sd).numpy()
    clf = LogisticRegression(C=C, max_iter=5000).fit(tr, train_y.numpy())
    return float(clf.score(te, test_y.numpy()))


@wrong('your code raised ValueError: Input X contains NaN. LogisticRegression', "divides by the raw std: a dead (constant) feature gives 0/0 = NaN", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mu, sd = train_feats.mean(0), train_feats.std(0)
    tr, te = (train_feats - mu) / sd, (test_feats - mu) / sd
    clf = LogisticRegression(C=C, max_iter=5000).fit(tr.numpy(), train_y.numpy())
    return float(clf.score(te.numpy(), test_y.numpy()))


@wrong('Either use another solver or wrap the estimator in a OneVsRestClassifi', "liblinear solver: penalises the intercept too (another model, per the text)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    clf = LogisticRegression(C=C, solver='liblinear', max_iter=5000).fit(sc.transform(_np(train_feats)), _lab(train_y))
    return float(clf.score(sc.transform(_np(test_feats)), _lab(test_y)))


@wrong('a feature on a larger scale needs a smaller weight, which the penalty', "LinearSVC (hinge loss, penalised intercept) instead of a logistic regression", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    clf = LinearSVC(C=C, max_iter=20000).fit(sc.transform(_np(train_feats)), _lab(train_y))
    return float(clf.score(sc.transform(_np(test_feats)), _lab(test_y)))


@wrong('score the predictions for the test images against the test labels, wit', "reports the accuracy on the TRAINING features it was fit on", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(_np(train_feats)), _lab(train_y))
    return float(clf.score(sc.transform(_np(train_feats)), _lab(train_y)))


@wrong('accuracy as a percentage, not a fraction', "returns a percentage (100 * accuracy)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(_np(train_feats)), _lab(train_y))
    return 100 * float(clf.score(sc.transform(_np(test_feats)), _lab(test_y)))


@wrong('the accuracy is the number of test images predicted right divided by t', "rounds the accuracy to 2 decimals", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(_np(train_feats)), _lab(train_y))
    return round(float(clf.score(sc.transform(_np(test_feats)), _lab(test_y))), 2)


@wrong('should return the accuracy as a Python float, got a tensor: take .item', "returns a 0-d torch tensor ((pred == y).float().mean()), not a Python float", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(_np(train_feats)), _lab(train_y))
    pred = torch.as_tensor(clf.predict(sc.transform(_np(test_feats))))
    return (pred == test_y.cpu()).float().mean()


@wrong('a feature on a larger scale needs a smaller weight, which the penalty', "ignores C: LogisticRegression() with its default C=1.0", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    clf = LogisticRegression(max_iter=5000).fit(sc.transform(_np(train_feats)), _lab(train_y))
    return float(clf.score(sc.transform(_np(test_feats)), _lab(test_y)))


@wrong('a feature on a larger scale needs a smaller weight, which the penalty', "C taken as the penalty strength: LogisticRegression(C=1/C)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    clf = LogisticRegression(C=1 / C, max_iter=5000).fit(sc.transform(_np(train_feats)), _lab(train_y))
    return float(clf.score(sc.transform(_np(test_feats)), _lab(test_y)))


@wrong('the accuracy is the number of test images predicted right divided by t', "divides the count of right predictions by the number of TRAINING images", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(_np(train_feats)), _lab(train_y))
    n_right = int((clf.predict(sc.transform(_np(test_feats))) == _lab(test_y)).sum())
    return n_right / len(train_y)


@wrong('your function changed its input `train_feats` in place: the caller sti', "standardises in place (train_feats -= mean; /= std): the caller's tensors are changed", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mu, sd = train_feats.mean(0), train_feats.std(0, unbiased=False).clamp_min(1e-8)
    train_feats -= mu; train_feats /= sd
    test_feats -= mu; test_feats /= sd
    clf = LogisticRegression(C=C, max_iter=5000).fit(_np(train_feats), _lab(train_y))
    return float(clf.score(_np(test_feats), _lab(test_y)))


@wrong('standardise every feature (each column), of the training and the test', "standardises the training features but forgets to transform the test features", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler()
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.fit_transform(_np(train_feats)), _lab(train_y))
    return float(clf.score(_np(test_feats), _lab(test_y)))


@wrong("of them right. A linear classifier's classes are convex regions, so it", "a k-nearest-neighbour classifier (non-linear) instead of a logistic regression", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    clf = KNeighborsClassifier(n_neighbors=5).fit(sc.transform(_np(train_feats)), _lab(train_y))
    return float(clf.score(sc.transform(_np(test_feats)), _lab(test_y)))


@wrong('C), the intercept unpenalised), a fit run until it converges, the trai', "PyTorch logistic regression with the MEAN cross-entropy + |W|^2/(2C): n times too strong a penalty", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    tr, te = train_feats.double(), test_feats.double()
    mu, sd = tr.mean(0), tr.std(0, unbiased=False).clamp_min(1e-8)
    tr, te = (tr - mu) / sd, (te - mu) / sd
    n_cls = int(max(train_y.max(), test_y.max())) + 1
    W = torch.zeros(tr.shape[1], n_cls, dtype=torch.float64, requires_grad=True)
    b = torch.zeros(n_cls, dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([W, b], lr=1, max_iter=2000, tolerance_grad=1e-10, line_search_fn='strong_wolfe')
    def closure():
        opt.zero_grad()
        loss = F.cross_entropy(tr @ W + b, train_y.long()) + (W ** 2).sum() / (2 * C)
        loss.backward(); return loss
    with torch.enable_grad(): opt.step(closure)
    with torch.no_grad(): return ((te @ W + b).argmax(1) == test_y).float().mean().item()


@wrong('a feature on a larger scale needs a smaller weight, which the penalty', "PyTorch logistic regression whose weight decay also penalises the bias (intercept not free)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    tr, te = train_feats.double(), test_feats.double()
    mu, sd = tr.mean(0), tr.std(0, unbiased=False).clamp_min(1e-8)
    tr, te = (tr - mu) / sd, (te - mu) / sd
    n_cls = int(max(train_y.max(), test_y.max())) + 1
    lin = torch.nn.Linear(tr.shape[1], n_cls).double()
    opt = torch.optim.LBFGS(lin.parameters(), lr=1, max_iter=2000, tolerance_grad=1e-10, line_search_fn='strong_wolfe')
    def closure():
        opt.zero_grad()
        loss = F.cross_entropy(lin(tr), train_y.long(), reduction='sum') + sum((p ** 2).sum() for p in lin.parameters()) / (2 * C)
        loss.backward(); return loss
    with torch.enable_grad(): opt.step(closure)
    with torch.no_grad(): return ((lin(te).argmax(1) == test_y).sum() / len(test_y)).item()


@wrong('standardise every feature (each column), of the training and the test', "one scalar mean and std over the whole training matrix instead of per feature", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mu, sd = train_feats.mean(), train_feats.std()
    tr, te = (train_feats - mu) / sd, (test_feats - mu) / sd
    clf = LogisticRegression(C=C, max_iter=5000).fit(_np(tr), _lab(train_y))
    return float(clf.score(_np(te), _lab(test_y)))


@wrong('standardise every feature (each column), of the training and the test', "standardises each image (row, dim=1) instead of each feature (column, dim=0)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    tr = (train_feats - train_feats.mean(1, keepdim=True)) / (train_feats.std(1, keepdim=True) + 1e-8)
    te = (test_feats - test_feats.mean(1, keepdim=True)) / (test_feats.std(1, keepdim=True) + 1e-8)
    clf = LogisticRegression(C=C, max_iter=5000).fit(_np(tr), _lab(train_y))
    return float(clf.score(_np(te), _lab(test_y)))


@wrong('C), the intercept unpenalised), a fit run until it converges, the trai', "RidgeClassifier(alpha=1/C): a linear classifier, but least squares, not a logistic regression", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    clf = RidgeClassifier(alpha=1 / C).fit(sc.transform(_np(train_feats)), _lab(train_y))
    return float(clf.score(sc.transform(_np(test_feats)), _lab(test_y)))


@wrong('a feature on a larger scale needs a smaller weight, which the penalty', "class_weight='balanced': reweights the classes, another model (tiny C predicts differently)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    clf = LogisticRegression(C=C, class_weight='balanced', max_iter=5000).fit(sc.transform(_np(train_feats)), _lab(train_y))
    return float(clf.score(sc.transform(_np(test_feats)), _lab(test_y)))


@wrong('C) on the weights, none on the intercept), a fit run until it converge', "max_iter=5 to be fast: not fit to convergence", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    import warnings
    sc = StandardScaler().fit(_np(train_feats))
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        clf = LogisticRegression(C=C, max_iter=5).fit(sc.transform(_np(train_feats)), _lab(train_y))
    return float(clf.score(sc.transform(_np(test_feats)), _lab(test_y)))


@wrong('C), the intercept unpenalised), a fit run until it converges, the trai', "MinMaxScaler to [0, 1] instead of standardising with mean and std", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = MinMaxScaler().fit(_np(train_feats))
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(_np(train_feats)), _lab(train_y))
    return float(clf.score(sc.transform(_np(test_feats)), _lab(test_y)))


@wrong('fails when the test set is a single image (your code raised ValueError', "fits the logistic regression on the test features and labels, then scores on them", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    Xte = sc.transform(_np(test_feats))
    clf = LogisticRegression(C=C, max_iter=5000).fit(Xte, _lab(test_y))
    return float(clf.score(Xte, _lab(test_y)))


@wrong('a feature on a larger scale needs a smaller weight, which the penalty', "penalty=None: unregularised logistic regression, C ignored", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(_np(train_feats))
    clf = LogisticRegression(penalty=None, max_iter=5000).fit(sc.transform(_np(train_feats)), _lab(train_y))
    return float(clf.score(sc.transform(_np(test_feats)), _lab(test_y)))
