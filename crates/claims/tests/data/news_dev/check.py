#!/usr/bin/env python3
"""Check news_dev.tsv and news_dev_2.tsv against the corpus and select.py; print counts and
Cohen's kappa.

Python standard library only; reads the corpus in place (same default path as select.py, or
the path given as the first argument) and writes nothing. Exits 1 on any mismatch.
"""
import csv
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# select.py beside this file, loaded under another name (the stdlib has a `select` module);
# no bytecode is written into the repository.
sys.dont_write_bytecode = True
_spec = importlib.util.spec_from_file_location("news_dev_select", HERE / "select.py")
selection = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(selection)

STORIES = {}  # story id -> story, filled by main()
HEADER = ["story_id", "category", "start", "end", "label", "annotator_a", "annotator_b", "note"]


def kappa(a, b):
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b)) / n
    expected = sum((a.count(c) / n) * (b.count(c) / n) for c in (0, 1))
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


# (file, function of the stories giving the rows select.py expects in it, in order)
DRAWS = [
    ("news_dev.tsv", selection.select),
    ("news_dev_2.tsv", selection.select_second),
]


def check_rows(rows, expected):
    """Errors of the rows of one file against the rows select.py gives for it."""
    errors = []
    if len(rows) != len(expected):
        errors.append(f"{len(rows)} rows, select.py gives {len(expected)}")
    for i, (row, (sid, cat, s, e, sentence)) in enumerate(zip(rows, expected), 1):
        if row["story_id"] not in STORIES:
            errors.append(f"row {i}: unknown story {row['story_id']!r}")
            continue
        text = STORIES[row["story_id"]]["text"]
        start, end = int(row["start"]), int(row["end"])
        piece = text[start:end]
        if (row["story_id"], row["category"], start, end) != (sid, cat, s, e):
            errors.append(f"row {i}: {row['story_id']} {start}:{end} != select.py {sid} {s}:{e}")
        if not piece.strip() or piece != sentence or piece != piece.strip():
            errors.append(f"row {i}: slice {piece!r} != {sentence!r}")
        if row["label"] not in ("0", "1") or row["annotator_a"] not in ("0", "1"):
            errors.append(f"row {i}: label {row['label']!r} / annotator_a {row['annotator_a']!r}")
        if row["annotator_b"] not in ("0", "1", ""):
            errors.append(f"row {i}: annotator_b {row['annotator_b']!r}")
        if row["annotator_b"] == "" and row["label"] != row["annotator_a"]:
            errors.append(f"row {i}: no annotator_b, so label must equal annotator_a")
    return errors


def check_file(name, draw):
    """Check one file, print its counts and kappa; return (errors, its story ids)."""
    with open(HERE / name, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    errors = []
    if rows[0] != HEADER:
        errors.append(f"header {rows[0]} != {HEADER}")
    rows = [dict(zip(HEADER, r)) for r in rows[1:]]
    errors += check_rows(rows, draw(list(STORIES.values())))
    for e in errors:
        print(f"error: {name}:", e)
    labels = [int(r["label"]) for r in rows if r["label"] in ("0", "1")]
    print(f"{name}: {len(rows)} sentences, {len(errors)} errors; "
          f"label 1: {labels.count(1)}, label 0: {labels.count(0)}")
    per_category = {}
    for r in rows:
        per_category.setdefault(r["category"], []).append(r["label"])
    print("  label 1 per category: " + ", ".join(
        f"{c} {v.count('1')}/{len(v)}" for c, v in sorted(per_category.items())))
    a = [r["annotator_a"] for r in rows]
    b = [r["annotator_b"] for r in rows]
    if all(x in ("0", "1") for x in a + b):
        a, b = [int(x) for x in a], [int(x) for x in b]
        agree = sum(x == y for x, y in zip(a, b))
        print(f"  annotator agreement {agree}/{len(a)}, Cohen's kappa {kappa(a, b):.3f}")
    else:
        print(f"  annotator_b missing on {sum(x == '' for x in b)} rows: no kappa")
    return errors, {r["story_id"] for r in rows}


def main(argv):
    corpus = Path(argv[0]) if argv else selection.DEFAULT_CORPUS
    for line in corpus.read_text(encoding="utf-8").splitlines():
        if line.strip():
            story = json.loads(line)
            STORIES[story["id"]] = story
    errors, used = [], []
    for name, draw in DRAWS:
        file_errors, stories = check_file(name, draw)
        errors += file_errors
        used.append(stories)
    shared = set.intersection(*used)
    if shared:
        errors.append(f"stories in both draws: {sorted(shared)}")
        print("error: stories in both draws:", sorted(shared))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
