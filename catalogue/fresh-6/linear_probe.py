"Fresh answers, round 6: written on 2026-12-05, after the checks' sixth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import numpy as np
import torch, torch.nn.functional as F
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.svm import LinearSVC
from sklearn.neighbors import KNeighborsClassifier
from byol_course.checks.catalogue import right, wrong


# ----------------------------------------------------------------------------- right answers

@right("StandardScaler fit on the training features, LogisticRegression(C=C, max_iter=5000), float(score)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@right("standardise in torch (population std, guarded), newton-cg solver, count of right predictions / number of test images", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    x = train_feats.double()
    mu, sd = x.mean(0), x.std(0, unbiased=False)
    sd = torch.where(sd > 0, sd, torch.ones_like(sd))
    xtr, xte = ((x - mu) / sd).numpy(), ((test_feats.double() - mu) / sd).numpy()
    clf = LogisticRegression(C=C, solver='newton-cg', tol=1e-8, max_iter=1000).fit(xtr, train_y.numpy())
    right_ = int((torch.as_tensor(clf.predict(xte)) == test_y).sum())
    return right_ / len(test_y)


@right("multinomial logistic regression in PyTorch with L-BFGS: summed cross-entropy + |W|^2 / (2C), free bias", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    x = train_feats.double(); mu = x.mean(0); sd = x.std(0, unbiased=False).clamp_min(1e-12)
    xtr = (x - mu) / sd; xte = (test_feats.double() - mu) / sd
    classes, y = torch.unique(train_y, return_inverse=True)
    W = torch.zeros(xtr.shape[1], len(classes), dtype=torch.float64, requires_grad=True)
    b = torch.zeros(len(classes), dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([W, b], lr=1, max_iter=2000, tolerance_grad=1e-10, tolerance_change=1e-14, history_size=50, line_search_fn='strong_wolfe')
    def closure():
        opt.zero_grad()
        loss = F.cross_entropy(xtr @ W + b, y, reduction='sum') + (W ** 2).sum() / (2 * C)
        loss.backward(); return loss
    opt.step(closure)
    with torch.no_grad(): pred = classes[(xte @ W + b).argmax(1)]
    return (pred == test_y).double().mean().item()


@right("make_pipeline(StandardScaler(), LogisticRegression(solver='saga')) with tight tolerance, accuracy via NumPy mean", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    model = make_pipeline(StandardScaler(), LogisticRegression(C=C, solver='saga', tol=1e-6, max_iter=20000))
    model.fit(np.asarray(train_feats, dtype=np.float64), np.asarray(train_y))
    return float(np.mean(model.predict(np.asarray(test_feats, dtype=np.float64)) == np.asarray(test_y)))


@right("torch's default (unbiased, n-1) std for the scaling, lbfgs: a std variant a learner would use", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mean, std = train_feats.mean(dim=0), train_feats.std(dim=0).clamp_min(1e-6)
    clf = LogisticRegression(C=C, max_iter=10_000)
    clf.fit(((train_feats - mean) / std).numpy(), train_y.numpy())
    return float((clf.predict(((test_feats - mean) / std).numpy()) == test_y.numpy()).mean())


# ----------------------------------------------------------------------------- wrong answers

@wrong('scored in two parts, four far-out images apart): the standardisation a', "standardises with mean/std of train and test features together (test leaks into the scaling)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    allf = torch.cat([train_feats, test_feats])
    mean, std = allf.mean(0), allf.std(0)
    clf = LogisticRegression(C=C, max_iter=5000).fit(((train_feats - mean) / std).numpy(), train_y.numpy())
    return float(clf.score(((test_feats - mean) / std).numpy(), test_y.numpy()))


@wrong('scored in two parts, four far-out images apart): the standardisation a', "standardises the test features with the test set's own mean/std (fit_transform on test)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler()
    xtr = sc.fit_transform(train_feats.numpy())
    xte = sc.fit_transform(test_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(xtr, train_y.numpy())
    return float(clf.score(xte, test_y.numpy()))


@wrong('standardise every feature (each column), of the training and the test', "no standardisation at all", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    clf = LogisticRegression(C=C, max_iter=5000).fit(train_feats.numpy(), train_y.numpy())
    return float(clf.score(test_feats.numpy(), test_y.numpy()))


@wrong('standardise every feature (each column), of the training and the test', "centres but forgets to divide by the standard deviation", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mean = train_feats.mean(0)
    clf = LogisticRegression(C=C, max_iter=5000).fit((train_feats - mean).numpy(), train_y.numpy())
    return float(clf.score((test_feats - mean).numpy(), test_y.numpy()))


@wrong('standardise every feature (each column), of the training and the test', "one scalar mean and std over all entries instead of per feature", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mean, std = train_feats.mean(), train_feats.std()
    clf = LogisticRegression(C=C, max_iter=5000).fit(((train_feats - mean) / std).numpy(), train_y.numpy())
    return float(clf.score(((test_feats - mean) / std).numpy(), test_y.numpy()))


@wrong('standardise every feature (each column), of the training and the test', "standardises each image (row, dim=1) instead of each feature (column)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    z = lambda f: (f - f.mean(1, keepdim=True)) / f.std(1, keepdim=True)
    clf = LogisticRegression(C=C, max_iter=5000).fit(z(train_feats).numpy(), train_y.numpy())
    return float(clf.score(z(test_feats).numpy(), test_y.numpy()))


@wrong(('the training and the test features alike. Standardised with the traini', 'with a penalty that strong on the weights (and none on the intercept'), "divides by the variance instead of the standard deviation", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mean, var = train_feats.mean(0), train_feats.var(0)
    clf = LogisticRegression(C=C, max_iter=5000).fit(((train_feats - mean) / var).numpy(), train_y.numpy())
    return float(clf.score(((test_feats - mean) / var).numpy(), test_y.numpy()))


@wrong('your code raised ValueError: Input X contains NaN. LogisticRegression', "divides by the std with no guard: a constant (dead ReLU) feature gives NaN and sklearn refuses", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mean, std = train_feats.mean(0), train_feats.std(0, unbiased=False)
    clf = LogisticRegression(C=C, max_iter=5000).fit(((train_feats - mean) / std).numpy(), train_y.numpy())
    return float(clf.score(((test_feats - mean) / std).numpy(), test_y.numpy()))


@wrong('Either use another solver or wrap the estimator in a OneVsRestClassifi', "solver='liblinear' (penalises the intercept: another model)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, solver='liblinear', max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong('with a penalty that strong on the weights (and none on the intercept', "LinearSVC (hinge loss, penalised intercept) instead of a logistic regression", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LinearSVC(C=C, max_iter=20000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong('with a penalty that strong on the weights (and none on the intercept', "passes 1 / C to LogisticRegression (reads C as the L2 strength, not its inverse)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=1 / C, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong('with a penalty that strong on the weights (and none on the intercept', "forgets to pass C: always LogisticRegression() with C=1", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong('logistic regressions fit to convergence with the same penalty on the s', "PyTorch logistic regression with the MEAN cross-entropy + |W|^2/(2C): penalty n times too strong", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mu, sd = train_feats.mean(0), train_feats.std(0, unbiased=False).clamp_min(1e-12)
    xtr, xte = (train_feats - mu) / sd, (test_feats - mu) / sd
    classes, y = torch.unique(train_y, return_inverse=True)
    lin = torch.nn.Linear(xtr.shape[1], len(classes))
    opt = torch.optim.LBFGS(lin.parameters(), max_iter=500, line_search_fn='strong_wolfe')
    def closure():
        opt.zero_grad()
        loss = F.cross_entropy(lin(xtr), y) + (lin.weight ** 2).sum() / (2 * C)
        loss.backward(); return loss
    opt.step(closure)
    with torch.no_grad(): pred = classes[lin(xte).argmax(1)]
    return (pred == test_y).float().mean().item()


@wrong('with a penalty that strong on the weights (and none on the intercept', "PyTorch logistic regression whose penalty also covers the bias (weight_decay-like on all parameters)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mu, sd = train_feats.mean(0), train_feats.std(0, unbiased=False).clamp_min(1e-12)
    xtr, xte = ((train_feats - mu) / sd).double(), ((test_feats - mu) / sd).double()
    classes, y = torch.unique(train_y, return_inverse=True)
    lin = torch.nn.Linear(xtr.shape[1], len(classes)).double()
    torch.nn.init.zeros_(lin.weight); torch.nn.init.zeros_(lin.bias)
    opt = torch.optim.LBFGS(lin.parameters(), max_iter=2000, tolerance_grad=1e-10, tolerance_change=1e-14, line_search_fn='strong_wolfe')
    def closure():
        opt.zero_grad()
        loss = F.cross_entropy(lin(xtr), y, reduction='sum') + sum((p ** 2).sum() for p in lin.parameters()) / (2 * C)
        loss.backward(); return loss
    opt.step(closure)
    with torch.no_grad(): pred = classes[lin(xte).argmax(1)]
    return (pred == test_y).double().mean().item()


@wrong('score the predictions for the test images against the test labels, wit', "reports the accuracy on the training features it was fit on", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(train_feats.numpy()), train_y.numpy()))


@wrong('score the predictions for the test images against the test labels, wit', "fits on train + test features and labels together (the test labels leak into the fit)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    X = np.concatenate([sc.transform(train_feats.numpy()), sc.transform(test_feats.numpy())])
    Y = np.concatenate([train_y.numpy(), test_y.numpy()])
    clf = LogisticRegression(C=C, max_iter=5000).fit(X, Y)
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong('should return the accuracy as a Python float, got a tensor: take .item', "returns a 0-d torch tensor, not a Python float", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mean, std = train_feats.mean(0), train_feats.std(0).clamp_min(1e-6)
    clf = LogisticRegression(C=C, max_iter=5000).fit(((train_feats - mean) / std).numpy(), train_y.numpy())
    pred = torch.as_tensor(clf.predict(((test_feats - mean) / std).numpy()))
    return (pred == test_y).float().mean()


@wrong('the accuracy is the number of test images predicted right divided by t', "rounds the accuracy to 2 decimals", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return round(float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy())), 2)


@wrong('accuracy as a percentage, not a fraction', "returns a percentage (0-100) instead of a fraction", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return 100 * float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong('your function changed its input `train_feats` in place: the caller sti', "standardises the caller's training and test features in place (-=, /=)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mean, std = train_feats.mean(0), train_feats.std(0).clamp_min(1e-6)
    train_feats -= mean; train_feats /= std
    test_feats -= mean; test_feats /= std
    clf = LogisticRegression(C=C, max_iter=5000).fit(train_feats.numpy(), train_y.numpy())
    return float(clf.score(test_feats.numpy(), test_y.numpy()))


@wrong("of them right. A linear classifier's classes are convex regions, so it", "a 5-nearest-neighbour classifier on the standardised features (not linear)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = KNeighborsClassifier(n_neighbors=5).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong(('C) on the weights, none on the intercept), a fit run until it converge', 'logistic regressions fit to convergence with the same penalty on the s'), "max_iter=3: the logistic regression is stopped far from convergence", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    import warnings
    sc = StandardScaler().fit(train_feats.numpy())
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        clf = LogisticRegression(C=C, max_iter=3).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong('the signature should be `linear_probe(train_feats, train_y, test_feats', "default C=0.1 in the signature instead of 1.0", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=0.1):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))
