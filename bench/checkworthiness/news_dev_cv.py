"""Choosing the news combination on the news dev set by cross-validation (not a test set).

Input: CW_DUMP output of the trainer (text margin, news margin, label, 19 rule values per
news dev sentence):
  CW_DUMP=/tmp/newsdump.tsv cargo test --release -p claimkit-claims --test checkworthiness \
      -- --ignored retraining_reproduces_the_committed_model
  python bench/checkworthiness/news_dev_cv.py /tmp/newsdump.tsv
Compares, by 5 x 5-fold cross-validated accuracy: (a) text margin + hand-set rule weights with
a threshold, (b) a logistic regression over the text margin and the rule features whose
weights are regularised towards the hand-set priors (strength lam), Attributed and ReportingCue
held at their priors as `train::calibrate_news` holds them (`--free-attribution`: fitted too,
as the first run of this script did).
"""
import sys
import numpy as np
from scipy.optimize import minimize
from sklearn.model_selection import StratifiedKFold

d = np.loadtxt([a for a in sys.argv[1:] if not a.startswith("--")][0])
z, m, y, V = d[:, 0], d[:, 1], d[:, 2], d[:, 3:]
PRIOR = np.array([1.0, 1.5, 0.8, 0.5, 0.63, 1.0, 1.0, 0.81, 0.94, 1.5, -0.49, -0.61, -0.63,
                  -0.62, -1.25, 0.02, -0.39, -0.3, -0.44, -0.28])
X = np.c_[z, V]
# columns of X held at their priors: Attributed (feature 2) and ReportingCue (feature 3)
HELD = [] if "--free-attribution" in sys.argv else [1 + 2, 1 + 3]


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


def cv(predict_fold):
    accs = []
    for seed in range(5):
        pred = np.zeros(len(y))
        for tr, te in StratifiedKFold(5, shuffle=True, random_state=seed).split(X, y):
            pred[te] = predict_fold(tr, te)
        accs.append((pred == y).mean())
    return np.mean(accs)


def threshold_fold(tr, te):
    best = max(((m[tr] >= t) == y[tr]).mean() * 1e6 - t for t in np.unique(m[tr]))
    ts = [t for t in np.unique(m[tr]) if ((m[tr] >= t) == y[tr]).mean() * 1e6 - t == best]
    return m[te] >= ts[0]


print("(a) fixed weights + threshold chosen in fold:", round(cv(threshold_fold), 3))
for lam in [0.3, 1, 3, 10, 30, 100]:
    def predict(tr, te, lam=lam):
        p = fit(X[tr], y[tr], lam)
        return (X[te] @ p[:-1] + p[-1]) >= 0
    acc = cv(predict)
    print(f"(b) prior-centred LR, lam {lam}:", round(acc, 3))
