"""Choosing the news combination on the news dev set by cross-validation (not a test set).

Input: CW_DUMP output of the trainer (text margin, news margin, label, 19 rule values per
news dev sentence, the draws in training order):
  CW_DUMP=/tmp/newsdump.tsv cargo test --release -p claimkit-claims --test checkworthiness \
      -- --ignored retraining_reproduces_the_committed_model
  python bench/checkworthiness/news_dev_cv.py /tmp/newsdump.tsv [--tsv FILE ...]
`--tsv` names the draws the dump holds, in its order (default: both, news_dev.tsv then
news_dev_2.tsv); their row counts split the dump by draw. Compares, by 5 x 5-fold stratified
cross-validated accuracy over all rows (seeds 0-4): (a) text margin + hand-set rule weights with
a threshold, (b) a logistic regression over the text margin and the rule features whose
weights are regularised towards the hand-set priors (strength lam), Attributed and ReportingCue
held at their priors as `train::calibrate_news` holds them (`--free-attribution`: fitted too,
as the first run of this script did). For (b) it also prints the CV accuracy per draw, the
in-sample accuracy of the fit on all rows, (c) the same CV with each fold's fit on the
training rows of the first draw only (the setup before the second draw), and (d) a nested CV
(strength chosen inside each training fold by an inner 5-fold CV), the estimate of choosing the
strength by CV.
"""
import argparse
import csv
import os
import numpy as np
from scipy.optimize import minimize
from sklearn.model_selection import StratifiedKFold

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../crates/claims/tests/data/news_dev")
parser = argparse.ArgumentParser()
parser.add_argument("dump")
parser.add_argument("--tsv", nargs="+", default=[os.path.join(here, "news_dev.tsv"), os.path.join(here, "news_dev_2.tsv")])
parser.add_argument("--free-attribution", action="store_true")
parser.add_argument("--nested", action="store_true", help="also run the nested CV (d)")
args = parser.parse_args()

d = np.loadtxt(args.dump)
z, m, y, V = d[:, 0], d[:, 1], d[:, 2], d[:, 3:]
sizes = [sum(1 for _ in csv.DictReader(open(p), delimiter="\t", quoting=csv.QUOTE_NONE)) for p in args.tsv]
assert sum(sizes) == len(y), f"dump has {len(y)} rows, the tsv files {sizes}"
draw = np.concatenate([np.full(n, k) for k, n in enumerate(sizes)])
names = [os.path.basename(p) for p in args.tsv]
PRIOR = np.array([1.0, 1.5, 0.8, 0.5, 0.63, 1.0, 1.0, 0.81, 0.94, 1.5, -0.49, -0.61, -0.63,
                  -0.62, -1.25, 0.02, -0.39, -0.3, -0.44, -0.28])
X = np.c_[z, V]
# columns of X held at their priors: Attributed (feature 2) and ReportingCue (feature 3)
HELD = [] if args.free_attribution else [1 + 2, 1 + 3]
GRID = [0.3, 1, 3, 10, 30, 100]


def fit(X, y, lam):
    def f(p):
        w, b = p[:-1], p[-1]
        t = X @ w + b
        s = 2 * y - 1
        loss = np.logaddexp(0, -s * t).sum() + 0.5 * lam * ((w - PRIOR) ** 2).sum()
        g = -s / (1 + np.exp(s * t))
        grad = X.T @ g + lam * (w - PRIOR)
        grad[HELD] = 0.0
        return loss, np.r_[grad, g.sum()]
    return minimize(f, np.r_[PRIOR, -2.0], jac=True, method="L-BFGS-B").x


def cv(predict_fold, seeds=range(5)):
    """Mean accuracy over seeds, overall and per draw."""
    accs = []
    for seed in seeds:
        pred = np.zeros(len(y))
        for tr, te in StratifiedKFold(5, shuffle=True, random_state=seed).split(X, y):
            pred[te] = predict_fold(tr, te)
        right = pred == y
        accs.append([right.mean()] + [right[draw == k].mean() for k in range(len(sizes))])
    return np.mean(accs, axis=0)


def show(label, accs):
    per = ", ".join(f"{n} {a:.3f}" for n, a in zip(names, accs[1:]))
    print(f"{label}: {accs[0]:.3f} ({per})")


def threshold_fold(tr, te):
    best = max(((m[tr] >= t) == y[tr]).mean() * 1e6 - t for t in np.unique(m[tr]))
    ts = [t for t in np.unique(m[tr]) if ((m[tr] >= t) == y[tr]).mean() * 1e6 - t == best]
    return m[te] >= ts[0]


def lr_fold(lam, rows=None):
    def predict(tr, te):
        tr = tr if rows is None else tr[np.isin(tr, rows)]
        p = fit(X[tr], y[tr], lam)
        return (X[te] @ p[:-1] + p[-1]) >= 0
    return predict


print(f"rows {len(y)} ({', '.join(f'{n} {s}' for n, s in zip(names, sizes))}), label 1: {int(y.sum())}")
show("(a) fixed weights + threshold chosen in fold (the dump's news margin)", cv(threshold_fold))
for lam in GRID:
    p = fit(X, y, lam)
    right = ((X @ p[:-1] + p[-1]) >= 0) == y
    per = ", ".join(f"{n} {right[draw == k].mean():.3f}" for k, n in enumerate(names))
    show(f"(b) prior-centred LR, lam {lam}", cv(lr_fold(lam)))
    print(f"    in-sample, fitted on all rows: {right.mean():.3f} ({per})")
first = np.flatnonzero(draw == 0)
show("(c) lam 1, each fold fitted on its first-draw rows only", cv(lr_fold(1, first)))


def nested_fold(tr, te):
    best = None
    for lam in GRID:
        accs = []
        for itr, ite in StratifiedKFold(5, shuffle=True, random_state=0).split(X[tr], y[tr]):
            p = fit(X[tr][itr], y[tr][itr], lam)
            accs.append((((X[tr][ite] @ p[:-1] + p[-1]) >= 0) == y[tr][ite]).mean())
        if best is None or np.mean(accs) > best[0] + 1e-12:
            best = (np.mean(accs), lam)
    return lr_fold(best[1])(tr, te)


if args.nested:
    show("(d) nested: strength chosen by inner 5-fold CV in each training fold", cv(nested_fold))
