"""Sentence-level check-worthiness of claimkit binaries on the news dev set.

Usage (from the repository root):
  python3 crates/claims/tests/data/news_dev/score_binaries.py [--tsv FILE ...] BINARY [BINARY ...]
Each sentence is given to `BINARY claims` as one JSONL record (no publication date); a
sentence counts as predicted check-worthy when any of its claims is. `--tsv` names the draws
to score (default: both, news_dev.tsv and news_dev_2.tsv); each draw is scored on its own, then
all together. The text is read in place from ../shared/eval/news_bbc2225 and written to a
temporary file only.
"""
import os
import sys

# This folder holds select.py, which would shadow the standard library's select module.
here = os.path.dirname(os.path.abspath(__file__))
sys.path = [p for p in sys.path if os.path.abspath(p or ".") != here]
import argparse, csv, json, subprocess, tempfile  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--tsv", nargs="+", default=[os.path.join(here, "news_dev.tsv"), os.path.join(here, "news_dev_2.tsv")])
parser.add_argument("binaries", nargs="+")
args = parser.parse_args()
draws = [(os.path.basename(p), list(csv.DictReader(open(p), delimiter="\t", quoting=csv.QUOTE_NONE))) for p in args.tsv]
rows = [(name, r) for name, rs in draws for r in rs]
text = {}
for line in open("../shared/eval/news_bbc2225/bbc_news_2225.jsonl"):
    s = json.loads(line); text[s["id"]] = s["text"]
records = os.path.join(tempfile.mkdtemp(), "news_dev.jsonl")
with open(records, "w") as f:
    for k, (_, r) in enumerate(rows):
        f.write(json.dumps({"id": f"s{k:04d}", "text": text[r["story_id"]][int(r["start"]):int(r["end"])]}) + "\n")


def report(name, scored):
    tp = sum(p and g for p, g in scored); fp = sum(p and not g for p, g in scored)
    fn = sum((not p) and g for p, g in scored); tn = sum((not p) and (not g) for p, g in scored)
    acc = (tp + tn) / len(scored); prec = tp / max(tp + fp, 1); rec = tp / max(tp + fn, 1)
    print(f"{name}: accuracy {acc:.3f}, F1 {2*prec*rec/max(prec+rec,1e-9):.3f} (P {prec:.3f}, R {rec:.3f}), predicted check-worthy {tp+fp}/{len(scored)}")


for binary in args.binaries:
    out = subprocess.run([binary, "claims", records], capture_output=True, text=True, check=True).stdout
    pred = {}
    for line in out.splitlines():
        c = json.loads(line); pred[c["doc_id"]] = pred.get(c["doc_id"], False) or bool(c["checkworthy"])
    scored = [(name, pred.get(f"s{k:04d}", False), r["label"] == "1") for k, (name, r) in enumerate(rows)]
    for name, _ in draws:
        report(f"{binary} [{name}]", [(p, g) for n, p, g in scored if n == name])
    if len(draws) > 1:
        report(f"{binary} [all {len(scored)}]", [(p, g) for _, p, g in scored])
