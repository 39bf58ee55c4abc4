"""Naive-Bayes-scaled terms (NBSVM, Wang & Manning 2012) for check-worthiness (issue 18).

Research only, with the protocol of embeddings.py (its data, folds and measures) and the crate's
six CLEF dev debates (`CLEF_DEV_DEBATES`). Each term column is multiplied by its log-count ratio
r = log((p/|p|_1)/(q/|q|_1)), p and q = alpha + per-class column sums on the training rows of
the fold only; then the same balanced logistic regression. Needs scikit-learn, numpy, scipy.

  python bench/checkworthiness/nbsvm.py dev [CONFIG ...]   # dev table (all configurations if none)
  python bench/checkworthiness/nbsvm.py confirm CONFIG ... # MAP on the CLEF 2019 training debates outside dev
  python bench/checkworthiness/nbsvm.py test CONFIG ...    # the one test look (only if the rule passes)

CONFIG: tfidf_C1 (the committed configuration), nbtfidf_a1_C1, nbbin_a0.5_C3 ...
"""
import os, sys, time
import numpy as np
from scipy.sparse import diags, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import embeddings as em  # noqa: E402

em.CLEF_DEV = em.CRATE_CLEF_DEV  # the crate's six CLEF dev debates (see README)


class Terms:
    """The committed terms fitted on `tr` (word 1-2 + char_wb 2-5, sublinear, min_df 5), by block."""

    def __init__(self, tr, ev, y):
        self.y = y
        self.tr, self.ev = [], []
        for v in (TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=5, lowercase=True),
                  TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=5)):
            self.tr.append(v.fit_transform(tr).tocsr())
            self.ev.append(v.transform(ev).tocsr())


def values(kind, blocks):
    """`tfidf`: the TF-IDF blocks; `bin`: the blocks binarised, each L2-normalised per row."""
    if kind == "tfidf":
        return hstack(blocks).tocsr()
    return hstack([normalize((b > 0).astype(np.float64)) for b in blocks]).tocsr()


def ratio(kind, blocks, y, alpha):
    """r per column: log((p/|p|_1)/(q/|q|_1)), p, q = alpha + column sums over Yes / No rows.

    `tfidf` sums the TF-IDF values, `bin` counts the rows holding the term."""
    X = hstack(blocks).tocsr()
    if kind == "bin":
        X = (X > 0).astype(np.float64)
    p = alpha + np.asarray(X[y == 1].sum(0)).ravel()
    q = alpha + np.asarray(X[y == 0].sum(0)).ravel()
    return np.log(p / p.sum()) - np.log(q / q.sum())


def parse(name):
    """`nbbin_a0.5_C3` -> ("bin", 0.5, 3.0); `tfidf_C1` -> ("tfidf", None, 1.0)."""
    parts = name.split("_")
    C = float(parts[-1][1:])
    if parts[0] == "tfidf":
        return "tfidf", None, C
    return parts[0][2:], float(parts[1][1:]), C


def margins(name, t):
    """Fit configuration `name` on the training rows of split `t`; margins of its eval rows."""
    kind, alpha, C = parse(name)
    Xtr, Xev = values(kind, t.tr), values(kind, t.ev)
    if alpha is not None:
        r = diags(ratio(kind, t.tr, t.y, alpha))
        Xtr, Xev = (Xtr @ r).tocsr(), (Xev @ r).tocsr()
    return em.lr(C).fit(Xtr, t.y).decision_function(Xev)


def splits(texts, y, ev_texts):
    idx = np.arange(len(y))
    folds = []
    for k in range(em.FOLDS):
        tr, ho = idx % em.FOLDS != k, idx % em.FOLDS == k
        folds.append((ho, Terms([texts[i] for i in idx[tr]], [texts[i] for i in idx[ho]], y[tr])))
    return folds, Terms(texts, ev_texts, y)


def run(name, folds, full, y):
    """Pooled out-of-fold F1, the margin threshold it chooses, the final model's eval margins."""
    oof = np.zeros(len(y))
    for ho, t in folds:
        oof[ho] = margins(name, t)
    f_oof, thr = em.best_thr(y, oof)
    return f_oof, thr, margins(name, full)


CONFIGS = ["tfidf_C1"] + [f"nb{k}_a{a:g}_C1" for k in ("bin", "tfidf") for a in (0.5, 1.0)]


def dev(names):
    texts, y, dev24, clefdev = em.data()
    groups = {"dev": dev24, **clefdev}
    ev_texts = [t for rows in groups.values() for t, _ in rows]
    print("train", len(texts), "pos", int(y.sum()), "dev", len(dev24), "clef dev", sorted(clefdev), flush=True)
    folds, full = splits(texts, y, ev_texts)
    yd = np.array([l for _, l in dev24])
    for n in names or CONFIGS:
        t0 = time.time()
        f_oof, thr, s = run(n, folds, full, y)
        sc = em.cut(s, groups)
        cv, cv34 = em.f1w(yd, sc["dev"] >= thr), em.f1w(yd, sc["dev"] >= thr, em.SHARE)
        print({
            "cfg": n,
            "dev_best": round(em.best_thr(yd, sc["dev"])[0], 4),
            "dev_cv": round(cv, 4),
            "dev34_cv": round(cv34, 4),
            "f1_mean": round((cv + cv34) / 2, 4),
            "clef_dev": round(em.mean_ap(sc, clefdev), 4),
            "oof": round(f_oof, 4),
            "s": round(time.time() - t0),
        }, flush=True)


def test(names):
    """The one test look: fit on CT24 train + dev, threshold from 5-fold CV over train + dev."""
    texts, y, _, _ = em.data(test=True)
    dt, cb = em.ex.ct24("dev-test"), em.ex.claimbuster()
    c19, c20 = em.ex.clef_test("clef2019_task1_test"), em.ex.clef_test("clef2020_task5_test")
    groups = {"dt": dt, "cb": cb, **{"19/" + k: v for k, v in c19.items()}, **{"20/" + k: v for k, v in c20.items()}}
    ev_texts = [t for rows in groups.values() for t, _ in rows]
    print("train+dev", len(texts), "pos", int(y.sum()), flush=True)
    folds, full = splits(texts, y, ev_texts)
    for n in names:
        f_oof, thr, s = run(n, folds, full, y)
        sc = em.cut(s, groups)
        print({
            "cfg": n,
            "oof": round(f_oof, 4),
            "TEST_ct24devtest_f1": round(em.f1w([l for _, l in dt], sc["dt"] >= thr), 4),
            "TEST_clef19_map": round(em.mean_ap({k[3:]: v for k, v in sc.items() if k.startswith("19/")}, c19), 4),
            "TEST_clef20_map": round(em.mean_ap({k[3:]: v for k, v in sc.items() if k.startswith("20/")}, c20), 4),
            "TEST_claimbuster_f1": round(em.f1w([l for _, l in cb], sc["cb"] >= thr), 4),
        }, flush=True)


def confirm(names):
    """MAP on the CLEF 2019 training debates outside the dev six, without CT24 train sentences."""
    texts, y, _, _ = em.data()
    seen = {em.ex.norm(t) for t in texts}
    c19 = em.ex.clef_dir("clef2019_task1_train")
    groups = {}
    for n, rows in c19.items():
        if n in em.CLEF_DEV:
            continue
        kept = [(t, l) for t, l in rows if em.ex.norm(t) not in seen]
        if any(l for _, l in kept):
            groups[n] = kept
    print("confirmation debates", len(groups), "sentences", sum(map(len, groups.values())),
          "check-worthy", sum(l for rows in groups.values() for _, l in rows), flush=True)
    ev_texts = [t for rows in groups.values() for t, _ in rows]
    full = Terms(texts, ev_texts, y)
    for n in names:
        sc = em.cut(margins(n, full), groups)
        print({"cfg": n, "confirm_map": round(em.mean_ap(sc, groups), 4)}, flush=True)


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "dev":
        dev(args)
    elif cmd == "confirm":
        confirm(args)
    elif cmd == "test":
        test(args)
