"Fresh answers, round 5: written on 2026-12-05, after the checks' fifth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
"""Fresh answers to lesson 07's `linear_probe`, written from the lesson text alone (helper h20)."""
import functools
import numpy as np
import torch, torch.nn.functional as F
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.svm import LinearSVC
from sklearn.neighbors import KNeighborsClassifier
from byol_course.checks.catalogue import right, wrong


# ----------------------------------------------------------------------------------------------------------------
# RIGHT answers
# ----------------------------------------------------------------------------------------------------------------

@right("StandardScaler fit on the training features, LogisticRegression(C=C, max_iter=5000), float(score)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@right("make_pipeline(StandardScaler, LogisticRegression newton-cg), inputs moved with .cpu() first", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    to_np = lambda x: x.detach().cpu().numpy()
    pipe = make_pipeline(StandardScaler(), LogisticRegression(C=C, solver='newton-cg', max_iter=2000))
    pipe.fit(to_np(train_feats), to_np(train_y))
    return float((pipe.predict(to_np(test_feats)) == to_np(test_y)).mean())


@right("standardise in torch (population std, constant features guarded), lbfgs LogisticRegression, accuracy by hand", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mu = train_feats.mean(0, keepdim=True)
    sd = train_feats.std(0, unbiased=False, keepdim=True)
    sd = torch.where(sd > 0, sd, torch.ones_like(sd))
    xtr, xte = ((train_feats - mu) / sd).double().numpy(), ((test_feats - mu) / sd).double().numpy()
    clf = LogisticRegression(C=C, max_iter=10_000, tol=1e-6).fit(xtr, train_y.numpy())
    pred = clf.predict(xte)
    return sum(int(p == y) for p, y in zip(pred, test_y.tolist())) / len(test_y)


@right("PyTorch: full-batch LBFGS on sum of cross-entropies + |W|^2/(2C), bias unpenalised, to convergence", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    x = train_feats.double()
    mu, sd = x.mean(0), x.std(0, unbiased=False).clamp_min(1e-12)
    xtr, xte = (x - mu) / sd, (test_feats.double() - mu) / sd
    classes = torch.unique(train_y)
    ytr = torch.searchsorted(classes, train_y)
    W = torch.zeros(xtr.shape[1], len(classes), dtype=torch.float64, requires_grad=True)
    b = torch.zeros(len(classes), dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([W, b], lr=1, max_iter=1000, tolerance_grad=1e-9, tolerance_change=1e-12,
                            history_size=50, line_search_fn='strong_wolfe')
    def closure():
        opt.zero_grad()
        loss = F.cross_entropy(xtr @ W + b, ytr, reduction='sum') + (W ** 2).sum() / (2 * C)
        loss.backward()
        return loss
    for _ in range(5): opt.step(closure)
    with torch.no_grad(): pred = classes[(xte @ W + b).argmax(1)]
    return (pred == test_y).double().mean().item()


@right("divide by the training std only: the free (unpenalised) intercept absorbs the mean shift, so the fit is the same", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sd = train_feats.numpy().std(axis=0)
    sd[sd == 0] = 1
    clf = LogisticRegression(C=C, max_iter=10_000, tol=1e-8).fit(train_feats.numpy() / sd, train_y.numpy())
    return float(clf.score(test_feats.numpy() / sd, test_y.numpy()))


class _Probe:
    "callable object with an explicit keyword default, sklearn's saga solver (free intercept)"
    def __call__(self, train_feats, train_y, test_feats, test_y, C=1.0):
        sc = StandardScaler()
        xtr = sc.fit_transform(np.asarray(train_feats, dtype=np.float64))
        xte = sc.transform(np.asarray(test_feats, dtype=np.float64))
        clf = LogisticRegression(C=C, solver='saga', max_iter=20_000, tol=1e-6).fit(xtr, np.asarray(train_y))
        return float(np.mean(clf.predict(xte) == np.asarray(test_y)))

linear_probe = right("callable object, StandardScaler + saga LogisticRegression, float(np.mean)", fresh=True)(_Probe())


# ----------------------------------------------------------------------------------------------------------------
# WRONG answers
# ----------------------------------------------------------------------------------------------------------------

@wrong('fails when the test set is a single image (your code raised ValueError', "test features standardised with the test set's own mean and std (leak between test images)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    std = lambda x: (x - x.mean(0)) / x.std(0).clamp_min(1e-8)
    clf = LogisticRegression(C=C, max_iter=5000).fit(std(train_feats).numpy(), train_y.numpy())
    return float(clf.score(std(test_feats).numpy(), test_y.numpy()))


@wrong('scored in two parts, four far-out images apart): the standardisation a', "statistics of train and test features together", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    allf = torch.cat([train_feats, test_feats])
    mu, sd = allf.mean(0), allf.std(0).clamp_min(1e-8)
    clf = LogisticRegression(C=C, max_iter=5000).fit(((train_feats - mu) / sd).numpy(), train_y.numpy())
    return float(clf.score(((test_feats - mu) / sd).numpy(), test_y.numpy()))


@wrong('standardise every feature (each column), of the training and the test', "no standardisation at all: logistic regression on the raw features", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    clf = LogisticRegression(C=C, max_iter=5000).fit(train_feats.numpy(), train_y.numpy())
    return float(clf.score(test_feats.numpy(), test_y.numpy()))


@wrong('standardise every feature (each column), of the training and the test', "standardises each sample (row, dim=1) instead of each feature (column)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    std = lambda x: (x - x.mean(1, keepdim=True)) / x.std(1, keepdim=True).clamp_min(1e-8)
    clf = LogisticRegression(C=C, max_iter=5000).fit(std(train_feats).numpy(), train_y.numpy())
    return float(clf.score(std(test_feats).numpy(), test_y.numpy()))


@wrong('standardise every feature (each column), of the training and the test', "one global std (a scalar over all features) instead of one per feature", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mu, sd = train_feats.mean(0), train_feats.std()
    clf = LogisticRegression(C=C, max_iter=5000).fit(((train_feats - mu) / sd).numpy(), train_y.numpy())
    return float(clf.score(((test_feats - mu) / sd).numpy(), test_y.numpy()))


@wrong('with a penalty that strong on the weights (and none on the intercept', "C ignored: LogisticRegression() with its default C=1", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong('with a penalty that strong on the weights (and none on the intercept', "C read as the regularisation strength: LogisticRegression(C=1/C)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=1 / C, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong('Either use another solver or wrap the estimator in a OneVsRestClassifi', "liblinear solver (penalises the intercept too)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, solver='liblinear', max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong('with a penalty that strong on the weights (and none on the intercept', "LinearSVC (hinge loss, penalised intercept) instead of a logistic regression", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LinearSVC(C=C, max_iter=20_000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong("of them right. A linear classifier's classes are convex regions, so it", "a 5-nearest-neighbour classifier instead of a linear one", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = KNeighborsClassifier(n_neighbors=min(5, len(train_y))).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong('score the predictions for the test images against the test labels, wit', "reports the accuracy on the training features", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(train_feats.numpy()), train_y.numpy()))


@wrong('score the predictions for the test images against the test labels, wit', "fits on the training and test features together (the test labels are used in the fit)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    x = sc.transform(torch.cat([train_feats, test_feats]).numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(x, torch.cat([train_y, test_y]).numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong('should return the accuracy as a Python float, got a tensor: take .item', "returns a 0-d torch tensor, not a Python float", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    pred = torch.as_tensor(clf.predict(sc.transform(test_feats.numpy())))
    return (pred == test_y).float().mean()


@wrong('accuracy as a percentage, not a fraction', "returns a percentage (0-100) instead of a fraction", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return 100.0 * float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong('test images) where the reference probe scores', "returns the error rate (1 - accuracy)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return 1.0 - float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong('the accuracy is the number of test images predicted right divided by t', "divides the number of right test predictions by the number of training images", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    correct = (clf.predict(sc.transform(test_feats.numpy())) == test_y.numpy()).sum()
    return float(correct / len(train_y))


@wrong('your function changed its input `train_feats` in place: the caller sti', "standardises the inputs in place (train_feats and test_feats are changed)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mu, sd = train_feats.mean(0), train_feats.std(0).clamp_min(1e-8)
    train_feats.sub_(mu).div_(sd)
    test_feats.sub_(mu).div_(sd)
    clf = LogisticRegression(C=C, max_iter=5000).fit(train_feats.numpy(), train_y.numpy())
    return float(clf.score(test_feats.numpy(), test_y.numpy()))


@wrong('with a penalty that strong on the weights (and none on the intercept', "no penalty at all: LogisticRegression(penalty=None), C unused", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(penalty=None, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong('with a penalty that strong on the weights (and none on the intercept', "PyTorch probe whose L2 penalty also covers the bias (and uses weight_decay = 1/C on the mean loss)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mu, sd = train_feats.mean(0), train_feats.std(0).clamp_min(1e-8)
    xtr, xte = (train_feats - mu) / sd, (test_feats - mu) / sd
    n_cls = int(train_y.max()) + 1
    lin = torch.nn.Linear(xtr.shape[1], n_cls)
    opt = torch.optim.Adam(lin.parameters(), lr=0.05, weight_decay=1 / C)
    for _ in range(500):
        opt.zero_grad()
        F.cross_entropy(lin(xtr), train_y.long()).backward()
        opt.step()
    with torch.no_grad(): return (lin(xte).argmax(1) == test_y).float().mean().item()


@wrong('test images) where the reference probe scores', "binary-only PyTorch probe: one sigmoid output thresholded at 0.5 (fails for more than 2 classes)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    x = train_feats.double()
    mu, sd = x.mean(0), x.std(0, unbiased=False).clamp_min(1e-12)
    xtr, xte = (x - mu) / sd, (test_feats.double() - mu) / sd
    w = torch.zeros(xtr.shape[1], dtype=torch.float64, requires_grad=True)
    b = torch.zeros((), dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([w, b], max_iter=500, line_search_fn='strong_wolfe')
    def closure():
        opt.zero_grad()
        loss = F.binary_cross_entropy_with_logits(xtr @ w + b, train_y.double(), reduction='sum') + (w ** 2).sum() / (2 * C)
        loss.backward()
        return loss
    opt.step(closure)
    with torch.no_grad(): pred = ((xte @ w + b) > 0).long()
    return (pred == test_y).double().mean().item()


@wrong("of them right. A linear classifier's classes are convex regions, so it", "a small MLP probe (hidden layer + ReLU) instead of a linear classifier", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    from sklearn.neural_network import MLPClassifier
    sc = StandardScaler().fit(train_feats.numpy())
    clf = MLPClassifier(hidden_layer_sizes=(64,), alpha=1 / C, max_iter=2000, random_state=0)
    clf.fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong(('logistic regressions fit to convergence with the same penalty on the s', 'C) on the weights, none on the intercept), a fit run until it converge'), "transductive: predicts the test images, then refits on train + test with those pseudo-labels", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    xtr, xte = sc.transform(train_feats.numpy()), sc.transform(test_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(xtr, train_y.numpy())
    pseudo = clf.predict(xte)
    clf = LogisticRegression(C=C, max_iter=5000).fit(np.concatenate([xtr, xte]), np.concatenate([train_y.numpy(), pseudo]))
    return float(clf.score(xte, test_y.numpy()))


@wrong('the accuracy is the number of test images predicted right divided by t', "rounds the accuracy to 2 decimals", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return round(float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy())), 2)


@wrong('the signature should be `linear_probe(train_feats, train_y, test_feats', "default C=0.1 instead of 1.0", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=0.1):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))
