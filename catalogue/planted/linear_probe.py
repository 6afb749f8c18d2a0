"Answers to lesson 07's `linear_probe(train_feats, train_y, test_feats, test_y, C=1.0)`: the test accuracy of a logistic regression."
import torch
import torch.nn as nn
import torch.nn.functional as F
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
from byol_course.checks.catalogue import right, wrong
from byol_course.knn import linear_probe as reference

right("the package's version")(reference)

def probe_with(stats='train', C_fixed=None, fit='train', score='test', clf=None, percent=False, count=False):
    "A scikit-learn probe: standardised with the statistics of `stats`, fit on `fit`, scored on `score`."
    def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
        ftr, fte = train_feats.float(), test_feats.float()
        ref = {'train': ftr, 'test': fte, 'both': torch.cat([ftr, fte])}.get(stats)
        st = (lambda x: x) if ref is None else (lambda x: (x - ref.mean(0)) / (ref.std(0, unbiased=False) + 1e-6))
        X, y = {'train': (st(ftr), train_y), 'test': (st(fte), test_y), 'both': (st(torch.cat([ftr, fte])), torch.cat([train_y, test_y]))}[fit]
        model = (clf() if clf else LogisticRegression(C=C if C_fixed is None else C_fixed, max_iter=5000)).fit(X.numpy(), y.numpy())
        Xs, ys = (st(fte), test_y) if score == 'test' else (st(ftr), train_y)
        right_ = (model.predict(Xs.numpy()) == ys.numpy())
        return float(right_.sum()) if count else float(right_.mean()) * (100 if percent else 1)
    return linear_probe

linear_probe = right("scikit-learn, another solver")(
    lambda ftr, ytr, fte, yte, C=1.0: (lambda mu, sd: float((LogisticRegression(C=C, solver='newton-cg', max_iter=1000)
        .fit(((ftr - mu) / sd).numpy(), ytr.numpy()).predict(((fte - mu) / sd).numpy()) == yte.numpy()).mean()))(ftr.mean(0), ftr.std(0) + 1e-8))

@right("a logistic regression trained in PyTorch, with scikit-learn's penalty")
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mu, sd = train_feats.mean(0), train_feats.std(0) + 1e-6
    x, xt = (train_feats - mu) / sd, (test_feats - mu) / sd
    lin = nn.Linear(x.shape[1], int(train_y.max()) + 1)
    opt = torch.optim.LBFGS(lin.parameters(), max_iter=500, line_search_fn='strong_wolfe')
    def closure():
        opt.zero_grad()
        loss = F.cross_entropy(lin(x), train_y, reduction='sum') + lin.weight.pow(2).sum() / (2 * C)
        loss.backward()
        return loss
    opt.step(closure)
    with torch.no_grad(): return (lin(xt).argmax(1) == test_y).float().mean().item()

linear_probe = wrong("the prediction for a test image depends on the other test images")(probe_with('both'))
linear_probe = wrong("the prediction for a test image depends on the other test images", "standardised with the test set's own statistics")(probe_with('test'))
linear_probe = wrong(("standardise every feature (each column)", "on an easy problem"), "no standardisation")(probe_with('none'))
linear_probe = wrong("on 80 test images deep inside class 0's region", "the training accuracy returned")(probe_with(score='train'))
linear_probe = wrong("fails when the test set is a single image", "fit on the test set")(probe_with(fit='test'))
linear_probe = wrong(("on 80 test images deep inside class 0's region", "the prediction for a test image depends on the other test images"),
                     "fit on the training and test sets, with the test labels")(probe_with('both', fit='both'))
linear_probe = wrong("accuracy as a percentage, not a fraction")(probe_with(percent=True))
linear_probe = wrong("returns the number of test images predicted right")(probe_with(count=True))
linear_probe = wrong(("with C=0.001 your probe scores", "your probe scores the same"), "C ignored")(probe_with(C_fixed=1.0))
linear_probe = wrong("not a linear classifier", "a 1-nearest-neighbour classifier")(probe_with(clf=lambda: KNeighborsClassifier(1)))

@wrong(("with C=0.001 your probe scores", "your probe scores the same"), "PyTorch, no penalty")
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mu, sd = train_feats.mean(0), train_feats.std(0) + 1e-6
    lin = nn.Linear(train_feats.shape[1], int(train_y.max()) + 1)
    opt = torch.optim.Adam(lin.parameters(), 0.05)
    for _ in range(300):
        opt.zero_grad(); F.cross_entropy(lin((train_feats - mu) / sd), train_y).backward(); opt.step()
    return (lin((test_feats - mu) / sd).argmax(1) == test_y).float().mean().item()

@wrong("your function changed its input `train_feats` in place", "standardises the caller's features in place")
def linear_probe(train_feats, train_y, test_feats, test_y, C=1.0):
    mu, sd = train_feats.mean(0), train_feats.std(0) + 1e-6
    train_feats.sub_(mu).div_(sd)
    clf = LogisticRegression(C=C, max_iter=5000).fit(train_feats.numpy(), train_y.numpy())
    return float((clf.predict(((test_feats - mu) / sd).numpy()) == test_y.numpy()).mean())
