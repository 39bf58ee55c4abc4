"""Sentence-level check-worthiness of claimkit binaries on the news dev set.

Usage (from the repository root): python3 crates/claims/tests/data/news_dev/score_binaries.py BINARY [BINARY ...]
Each sentence is given to `BINARY claims` as one JSONL record (no publication date); a
sentence counts as predicted check-worthy when any of its claims is. The text is read in
place from ../shared/eval/news_bbc2225 and written to a temporary file only.
"""
import os
import sys

# This folder holds select.py, which would shadow the standard library's select module.
here = os.path.dirname(os.path.abspath(__file__))
sys.path = [p for p in sys.path if os.path.abspath(p or ".") != here]
import csv, json, subprocess, tempfile  # noqa: E402
rows = list(csv.DictReader(open("crates/claims/tests/data/news_dev/news_dev.tsv"), delimiter="\t"))
text = {}
for line in open("../shared/eval/news_bbc2225/bbc_news_2225.jsonl"):
    s = json.loads(line); text[s["id"]] = s["text"]
records = os.path.join(tempfile.mkdtemp(), "news_dev.jsonl")
with open(records, "w") as f:
    for k, r in enumerate(rows):
        f.write(json.dumps({"id": f"n{k:03d}", "text": text[r["story_id"]][int(r["start"]):int(r["end"])]}) + "\n")
for binary in sys.argv[1:]:
    name = binary
    out = subprocess.run([binary, "claims", records], capture_output=True, text=True, check=True).stdout
    pred = {}
    for line in out.splitlines():
        c = json.loads(line); pred[c["doc_id"]] = pred.get(c["doc_id"], False) or bool(c["checkworthy"])
    tp = fp = fn = tn = 0
    for k, r in enumerate(rows):
        p = pred.get(f"n{k:03d}", False); g = r["label"] == "1"
        tp += p and g; fp += p and not g; fn += (not p) and g; tn += (not p) and (not g)
    acc = (tp + tn) / len(rows); prec = tp / max(tp + fp, 1); rec = tp / max(tp + fn, 1)
    print(f"{name}: accuracy {acc:.3f}, F1 {2*prec*rec/max(prec+rec,1e-9):.3f} (P {prec:.3f}, R {rec:.3f}), predicted check-worthy {tp+fp}/{len(rows)}")
