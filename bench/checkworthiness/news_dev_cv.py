"""Choosing the news combination on the news dev set by cross-validation (not a test set).

Input: CW_DUMP output of the trainer (text margin, news margin, label, 19 rule values per
news dev sentence):
  CW_DUMP=/tmp/newsdump.tsv cargo test --release -p claimkit-claims --test checkworthiness \
      -- --ignored retraining_reproduces_the_committed_model
  python bench/checkworthiness/news_dev_cv.py /tmp/newsdump.tsv
Compares, by 5 x 5-fold cross-validated accuracy: (a) text margin + hand-set rule weights with
a threshold, (b) a logistic regression over the text margin and the rule features whose
weights are regularised towards the hand-set priors (strength lam).
"""
import sys
import numpy as np
from scipy.optimize import minimize
from sklearn.model_selection import StratifiedKFold

d = np.loadtxt(sys.argv[1])
z, m, y, V = d[:, 0], d[:, 1], d[:, 2], d[:, 3:]
PRIOR = np.array([1.0, 1.5, 0.8, 0.5, 0.63, 1.0, 1.0, 0.81, 0.94, 1.5, -0.49, -0.61, -0.63,
                  -0.62, -1.25, 0.02, -0.39, -0.3, -0.44, -0.28])
X = np.c_[z, V]


def fit(X, y, lam):
    def f(p):
        w, b = p[:-1], p[-1]
        t = X @ w + b
        s = 2 * y - 1
        loss = np.logaddexp(0, -s * t).sum() + 0.5 * lam * ((w - PRIOR) ** 2).sum()
        g = -s / (1 + np.exp(s * t))
        return loss, np.r_[X.T @ g + lam * (w - PRIOR), g.sum()]
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
    acc = cv(lambda tr, te: (X[te] @ fit(X[tr], y[tr], lam)[:-1] + fit(X[tr], y[tr], lam)[-1]) >= 0)
    print(f"(b) prior-centred LR, lam {lam}:", round(acc, 3))
