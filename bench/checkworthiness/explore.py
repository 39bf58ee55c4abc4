"""Exploration of check-worthiness models on training/dev data (scikit-learn).

Reads ../shared/eval in place. Dev sets: CheckThat! 2024 dev (F1 of Yes) and a CLEF dev carved
from CLEF 2019 *train* debates (MAP). Test sets only with --test, for the final report.
Usage: python bench/checkworthiness/explore.py [config ...] [--test]
"""
import csv, glob, json, os, re, sys
import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC
from sklearn.metrics import f1_score, average_precision_score

ROOT = os.path.join(os.path.dirname(__file__), "../../../shared/eval")
TR = ROOT + "/checkworthiness_train"
csv.field_size_limit(10**9)

def norm(t):
    return " ".join(re.sub(r"[^\w\s]", " ", t.lower()).split())

def ct24(name):
    rows = []
    with open(f"{TR}/ct24_english/CT24_checkworthy_english_{name}.tsv", encoding="utf-8", newline="") as f:
        r = csv.reader(f, delimiter="\t")
        next(r)
        for row in r:
            if len(row) < 3 or row[2] not in ("Yes", "No"):
                continue
            rows.append((row[1], int(row[2] == "Yes")))
    return rows

def clef_file(path):
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t"):
            if len(row) < 4:
                continue
            rows.append((row[2], int(row[3].strip())))
    return rows

def clef_dir(d, skip=()):
    out = {}
    for p in sorted(glob.glob(f"{TR}/{d}/*.tsv")):
        b = os.path.basename(p)
        if b in skip:
            continue
        out[b] = clef_file(p)
    return out

def clef_test(name):
    groups = {}
    for line in open(f"{ROOT}/checkworthiness/{name}.jsonl", encoding="utf-8"):
        v = json.loads(line)
        groups.setdefault(v["file"], []).append((v["text"], int(v["label"])))
    return groups

def claimbuster():
    return [(v["text"], int(v["label"])) for v in json.load(open(f"{ROOT}/checkworthiness/claimbuster/two_class_test.json"))]

def mean_ap(model, groups):
    aps = []
    for rows in groups.values():
        y = [l for _, l in rows]
        if sum(y) == 0:
            continue
        s = model.score([t for t, _ in rows])
        aps.append(average_precision_score(y, s))
    return float(np.mean(aps))

class Model:
    def __init__(self, cfg):
        self.cfg = cfg
    def fit(self, texts, y, w):
        c = self.cfg
        self.vw = TfidfVectorizer(ngram_range=(1, c.get("wn", 2)), sublinear_tf=True, min_df=c.get("min_df", 2), lowercase=True)
        parts = [self.vw.fit_transform(texts)]
        self.vc = None
        if c.get("char", True):
            self.vc = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, c.get("cn", 5)), sublinear_tf=True, min_df=c.get("min_df", 2))
            parts.append(self.vc.fit_transform(texts))
        X = hstack(parts).tocsr()
        if c.get("svm"):
            self.m = LinearSVC(C=c.get("C", 1.0), class_weight="balanced" if c.get("bal", True) else None)
        else:
            self.m = LogisticRegression(C=c.get("C", 1.0), max_iter=2000, class_weight="balanced" if c.get("bal", True) else None)
        self.m.fit(X, y, sample_weight=w)
        return self
    def X(self, texts):
        parts = [self.vw.transform(texts)]
        if self.vc is not None:
            parts.append(self.vc.transform(texts))
        return hstack(parts).tocsr()
    def score(self, texts):
        return self.m.decision_function(self.X(texts))

def best_f1(y, s):
    best = (0, 0)
    for t in np.unique(s):
        f = f1_score(y, s >= t)
        if f > best[0]:
            best = (f, t)
    return best

CLEF19_DEV = ["20160926_1pres.tsv", "20161010_2pres.tsv", "20170228_trump_address.tsv",
              "20180916_trump_miami.tsv", "20170928_trump_tax.tsv", "20181112_trump_pelosi.tsv"]
CLEF19_TEST_IN_2020 = {"20160311_GOP_miami.tsv", "20181015_60_min.tsv"}

def run(cfg, test=False):
    tr24, dev24, dt24 = ct24("train"), ct24("dev"), ct24("dev-test")
    c19 = clef_dir("clef2019_task1_train")
    c20 = clef_dir("clef2020_task5_train", skip=CLEF19_TEST_IN_2020)
    evals = set()
    for g in (clef_test("clef2019_task1_test"), clef_test("clef2020_task5_test")):
        for rows in g.values():
            evals |= {norm(t) for t, _ in rows}
    evals |= {norm(t) for t, _ in claimbuster()} | {norm(t) for t, _ in dt24} | {norm(t) for t, _ in dev24}
    sources = cfg.get("sources", ["ct24"])
    clef_dev_names = set(CLEF19_DEV) if not test else set()
    clef_dev_norm = set()
    if not test:
        for n in CLEF19_DEV:
            clef_dev_norm |= {norm(t) for t, _ in c19[n]}
    texts, y, w = [], [], []
    def add(rows, weight):
        pos = sum(l for _, l in rows); neg = len(rows) - pos
        for t, l in rows:
            if norm(t) in evals or norm(t) in clef_dev_norm:
                continue
            texts.append(t); y.append(l)
            # per-source class balance: each source's classes weigh `weight` in total / 2
            w.append(weight * len(rows) / (2 * (pos if l else neg)) if cfg.get("srcbal") else weight)
    if "ct24" in sources:
        add(tr24 + (dev24 if cfg.get("with_dev") else []), cfg.get("w24", 1.0))
    if "clef19" in sources:
        add([r for n, rows in c19.items() if n not in clef_dev_names for r in rows], cfg.get("w19", 1.0))
    if "clef20" in sources:
        add([r for n, rows in c20.items() if n not in clef_dev_names for r in rows], cfg.get("w20", 1.0))
    m = Model(cfg).fit(texts, np.array(y), np.array(w))
    out = {"n": len(texts)}
    s = m.score([t for t, _ in dev24]); yd = [l for _, l in dev24]
    f_dev, thr = best_f1(yd, s)
    out["ct24dev_f1@0"] = round(f1_score(yd, s >= 0), 3)
    out["ct24dev_bestf1"] = round(f_dev, 3)
    out["thr"] = round(float(thr), 3)
    if not test:
        out["clef19dev_map"] = round(mean_ap(m, {n: c19[n] for n in CLEF19_DEV}), 3)
        # the four dev debates that are not presidential debates (CT24 train holds those)
        out["clef19dev4_map"] = round(mean_ap(m, {n: c19[n] for n in CLEF19_DEV if "pres" not in n}), 3)
    else:
        sdt = m.score([t for t, _ in dt24]); ydt = [l for _, l in dt24]
        out["TEST_ct24devtest_f1@devthr"] = round(f1_score(ydt, sdt >= thr), 3)
        out["TEST_ct24devtest_f1@0"] = round(f1_score(ydt, sdt >= 0), 3)
        out["TEST_clef19_map"] = round(mean_ap(m, clef_test("clef2019_task1_test")), 3)
        out["TEST_clef20_map"] = round(mean_ap(m, clef_test("clef2020_task5_test")), 3)
        cb = claimbuster(); scb = m.score([t for t, _ in cb])
        out["TEST_claimbuster_f1@devthr"] = round(f1_score([l for _, l in cb], scb >= thr), 3)
    return out

if __name__ == "__main__":
    test = "--test" in sys.argv
    for a in [a for a in sys.argv[1:] if a != "--test"]:
        cfg = eval(a)
        print(a, run(cfg, test), flush=True)
