"Fresh answers, round 8: written on 2026-12-05, after the checks' eighth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import functools
import numpy as np
import torch, torch.nn.functional as F
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler, MinMaxScaler
from sklearn.pipeline import make_pipeline
from sklearn.svm import LinearSVC
from sklearn.neighbors import KNeighborsClassifier
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("sklearn StandardScaler fit on train, LogisticRegression(C=C, max_iter=5000), float(score)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@right("torch standardisation (unbiased std + 1e-8), newton-cg solver, accuracy with NumPy", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mean, std = train_feats.mean(0), train_feats.std(0) + 1e-8
    xtr = ((train_feats - mean) / std).double().numpy()
    xte = ((test_feats - mean) / std).double().numpy()
    clf = LogisticRegression(C=C, solver='newton-cg', max_iter=1000).fit(xtr, train_y.numpy())
    pred = clf.predict(xte)
    return float(np.mean(pred == test_y.numpy()))


def _probe(train_feats, train_y, test_feats, test_y, C=1.0, *, solver='lbfgs'):
    xtr, xte = np.asarray(train_feats, dtype=np.float64), np.asarray(test_feats, dtype=np.float64)
    mu, sd = xtr.mean(axis=0), xtr.std(axis=0)
    sd = np.where(sd == 0, 1.0, sd)                      # as StandardScaler does
    clf = LogisticRegression(C=C, solver=solver, max_iter=10_000, tol=1e-6).fit((xtr - mu) / sd, np.asarray(train_y))
    right_ = (clf.predict((xte - mu) / sd) == np.asarray(test_y)).sum()
    return float(right_) / len(xte)

linear_probe = right("functools.partial of a NumPy helper (std 0 -> 1), lbfgs with tol=1e-6, count / n", fresh=True)(functools.partial(_probe, solver='lbfgs'))


@right("make_pipeline(StandardScaler(), LogisticRegression(C=C, solver='saga', max_iter=20000, tol=1e-6))", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    pipe = make_pipeline(StandardScaler(), LogisticRegression(C=C, solver='saga', max_iter=20000, tol=1e-6))
    pipe.fit(train_feats.numpy(), train_y.numpy())
    return float((pipe.predict(test_feats.numpy()) == test_y.numpy()).mean())


def _torch_logreg(x, y, C, penalise_bias=False, mean_loss=False, iters=1):
    "Multinomial logistic regression by full-batch L-BFGS in float64: sum of cross-entropies + |W|^2/(2C)."
    classes, yi = torch.unique(y, return_inverse=True)
    with torch.enable_grad():
        W = torch.zeros(x.shape[1], len(classes), dtype=torch.float64, requires_grad=True)
        b = torch.zeros(len(classes), dtype=torch.float64, requires_grad=True)
        opt = torch.optim.LBFGS([W, b], lr=1, max_iter=2000, tolerance_grad=1e-10, tolerance_change=1e-14,
                                history_size=50, line_search_fn='strong_wolfe')
        def closure():
            opt.zero_grad()
            loss = F.cross_entropy(x @ W + b, yi, reduction='mean' if mean_loss else 'sum')
            loss = loss + (W ** 2).sum() / (2 * C) + ((b ** 2).sum() / (2 * C) if penalise_bias else 0)
            loss.backward()
            return loss
        for _ in range(iters): opt.step(closure)
    return classes, W.detach(), b.detach()


@right("PyTorch: float64 standardisation, multinomial logistic regression by L-BFGS, sum of CE + |W|^2/(2C), intercept free", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    x = train_feats.double()
    mean, std = x.mean(0), x.std(0, unbiased=False)
    std = torch.where(std > 0, std, torch.ones_like(std))
    classes, W, b = _torch_logreg((x - mean) / std, train_y, C, iters=3)
    pred = classes[(((test_feats.double() - mean) / std) @ W + b).argmax(1)]
    return (pred == test_y).double().mean().item()


# ---------------------------------------------------------------- wrong answers

@wrong('scored in two parts, four far-out images apart): the standardisation a', "standardisation statistics from train and test features together (the test set leaks)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    allf = torch.cat([train_feats, test_feats])
    mean, std = allf.mean(0), allf.std(0) + 1e-8
    clf = LogisticRegression(C=C, max_iter=5000).fit(((train_feats - mean) / std).numpy(), train_y.numpy())
    return float(clf.score(((test_feats - mean) / std).numpy(), test_y.numpy()))


@wrong('scored in two parts, four far-out images apart): the standardisation a', "each set standardised with its own statistics (StandardScaler fit_transform on the test features too)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    xtr = StandardScaler().fit_transform(train_feats.numpy())
    xte = StandardScaler().fit_transform(test_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(xtr, train_y.numpy())
    return float(clf.score(xte, test_y.numpy()))


@wrong('your code raised ValueError: Input X contains NaN. LogisticRegression', "divides by the raw std: a dead (constant) feature gives 0/0 = NaN", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mean, std = train_feats.mean(0), train_feats.std(0)
    clf = LogisticRegression(C=C, max_iter=5000).fit(((train_feats - mean) / std).numpy(), train_y.numpy())
    return float(clf.score(((test_feats - mean) / std).numpy(), test_y.numpy()))


@wrong('Either use another solver or wrap the estimator in a OneVsRestClassifi', "solver='liblinear': penalises the intercept (another model)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, solver='liblinear', max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong('a feature on a larger scale needs a smaller weight, which the penalty', "C read as the regularisation strength: LogisticRegression(C=1 / C)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=1 / C, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong('score the predictions for the test images against the test labels, wit', "reports the accuracy on the training features it was fit on", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    xtr = sc.transform(train_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(xtr, train_y.numpy())
    return float(clf.score(xtr, train_y.numpy()))


@wrong('accuracy as a percentage, not a fraction', "accuracy as a percentage (x 100)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return 100.0 * float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong('should return the accuracy as a Python float, got a tensor: take .item', "returns a 0-d torch tensor, not a Python float", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    pred = torch.as_tensor(clf.predict(sc.transform(test_feats.numpy())))
    return (pred == test_y).float().mean()


@wrong('the accuracy is the number of test images predicted right divided by t', "rounds the accuracy to 2 decimals", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return round(float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy())), 2)


@wrong('standardise every feature (each column), of the training and the test', "no standardisation at all: logistic regression on the raw features", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    clf = LogisticRegression(C=C, max_iter=5000).fit(train_feats.numpy(), train_y.numpy())
    return float(clf.score(test_feats.numpy(), test_y.numpy()))


@wrong('C), the intercept unpenalised), a fit run until it converges, the trai', "PyTorch probe with the MEAN cross-entropy + |W|^2/(2C): penalty n times too strong", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    x = train_feats.double()
    mean, std = x.mean(0), x.std(0, unbiased=False)
    std = torch.where(std > 0, std, torch.ones_like(std))
    classes, W, b = _torch_logreg((x - mean) / std, train_y, C, mean_loss=True, iters=3)
    pred = classes[(((test_feats.double() - mean) / std) @ W + b).argmax(1)]
    return (pred == test_y).double().mean().item()


@wrong('a feature on a larger scale needs a smaller weight, which the penalty', "PyTorch probe that penalises the bias too: (|W|^2 + |b|^2)/(2C)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    x = train_feats.double()
    mean, std = x.mean(0), x.std(0, unbiased=False)
    std = torch.where(std > 0, std, torch.ones_like(std))
    classes, W, b = _torch_logreg((x - mean) / std, train_y, C, penalise_bias=True, iters=3)
    pred = classes[(((test_feats.double() - mean) / std) @ W + b).argmax(1)]
    return (pred == test_y).double().mean().item()


@wrong('standardise every feature (each column), of the training and the test', "standardises each image (row, dim=1) instead of each feature (column)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    z = lambda f: (f - f.mean(1, keepdim=True)) / (f.std(1, keepdim=True) + 1e-8)
    clf = LogisticRegression(C=C, max_iter=5000).fit(z(train_feats).numpy(), train_y.numpy())
    return float(clf.score(z(test_feats).numpy(), test_y.numpy()))


@wrong('score the predictions for the test images against the test labels, wit', "fits on the training AND test images with their labels (transductive), then scores on the test images", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    x = sc.transform(torch.cat([train_feats, test_feats]).numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(x, torch.cat([train_y, test_y]).numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong('your function changed its input `train_feats` in place: the caller sti', "standardises the caller's tensors in place (sub_, div_)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mean, std = train_feats.mean(0), train_feats.std(0).clamp_min(1e-8)
    train_feats.sub_(mean).div_(std)
    test_feats.sub_(mean).div_(std)
    clf = LogisticRegression(C=C, max_iter=5000).fit(train_feats.numpy(), train_y.numpy())
    return float(clf.score(test_feats.numpy(), test_y.numpy()))


@wrong('your probe seeds the global random generator (torch.manual_seed): ever', "seeds the global RNGs 'for reproducibility' (torch.manual_seed(0), np.random.seed(0)) inside the function", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    torch.manual_seed(0); np.random.seed(0)
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong('a feature on a larger scale needs a smaller weight, which the penalty', "LinearSVC(C=C) instead of a logistic regression (hinge loss, penalised intercept)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LinearSVC(C=C, max_iter=20000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong("of them right. A linear classifier's classes are convex regions, so it", "a 5-nearest-neighbour classifier on the standardised features (not linear; C ignored)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = KNeighborsClassifier(5).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong('standardise every feature (each column), of the training and the test', "too big an epsilon: divides by (std + 1), which shrinks every feature", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mean, std = train_feats.mean(0), train_feats.std(0) + 1
    clf = LogisticRegression(C=C, max_iter=5000).fit(((train_feats - mean) / std).numpy(), train_y.numpy())
    return float(clf.score(((test_feats - mean) / std).numpy(), test_y.numpy()))


# Written as wrong; right in effect: with the intercept free, a constant feature's weight is 0 at the optimum, so
# leaving it uncentred changes the accuracy by at most 2 of 180 test images on 30 draws (solver precision).
@right("constant features are left as they are (torch.where(std > 0, z, x)): a constant non-zero feature is not centred", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mean, std = train_feats.mean(0), train_feats.std(0)
    z = lambda f: torch.where(std > 0, (f - mean) / std, f)
    clf = LogisticRegression(C=C, max_iter=5000).fit(z(train_feats).numpy(), train_y.numpy())
    return float(clf.score(z(test_feats).numpy(), test_y.numpy()))


@wrong(('C) on the weights, none on the intercept), a fit run until it converge', 'C), the intercept unpenalised), a fit run until it converges, the trai'), "not fit to convergence: LogisticRegression(max_iter=3)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=3).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong(('score the predictions for the test images against the test labels, wit', 'test images) where the reference probe scores'), "integer division: float(correct // n) is 0.0 unless every test image is right", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    correct = int((clf.predict(sc.transform(test_feats.numpy())) == test_y.numpy()).sum())
    return float(correct // len(test_y))


@wrong('a feature on a larger scale needs a smaller weight, which the penalty', "penalty=None: C is ignored, no regularisation", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(penalty=None, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong('the signature should be `linear_probe(train_feats, train_y, test_feats', "wrong default C=0.1", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=0.1):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong(('the accuracy is the number of test images predicted right divided by t', 'fit(sc.transform(test_feats.numpy()), test_y.numpy())`)): fit on the t'), "fit on the test set and scored on the training set (argument order mix-up)", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(test_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(test_feats.numpy()), test_y.numpy())
    return float(clf.score(sc.transform(train_feats.numpy()), train_y.numpy()))


@wrong('C), the intercept unpenalised), a fit run until it converges, the trai', "min-max scaling to [0, 1] with the training min/max instead of standardising", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = MinMaxScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))


@wrong('test images) where the reference probe scores', "predicts with predict_proba(x)[:, 1] > 0.5: only right for two classes", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    pred = clf.classes_[(clf.predict_proba(sc.transform(test_feats.numpy()))[:, 1] > 0.5).astype(int)]
    return float((pred == test_y.numpy()).mean())


@wrong('a feature on a larger scale needs a smaller weight, which the penalty', "predicts by hand with x @ coef_.T and forgets the intercept", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    scores = sc.transform(test_feats.numpy()) @ clf.coef_.T
    pred = (scores[:, 0] > 0).astype(int) if scores.shape[1] == 1 else scores.argmax(1)
    return float((clf.classes_[pred] == test_y.numpy()).mean())


@wrong('a feature on a larger scale needs a smaller weight, which the penalty', "class_weight='balanced': a weighted sum of losses, not the plain sum the contract states", fresh=True)
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    sc = StandardScaler().fit(train_feats.numpy())
    clf = LogisticRegression(C=C, class_weight='balanced', max_iter=5000).fit(sc.transform(train_feats.numpy()), train_y.numpy())
    return float(clf.score(sc.transform(test_feats.numpy()), test_y.numpy()))
