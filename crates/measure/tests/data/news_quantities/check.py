#!/usr/bin/env python3
"""Check news_quantities.jsonl against the corpora and select.py; print counts and spans.

Python standard library only; reads the corpora in place (same default paths as select.py,
or the BBC and Reuters paths given as the first two arguments) and writes nothing. Exits 1
on any error. Checks:
  - one row per selected sentence, in select.py order, with the same corpus, doc and span;
  - every quantity and not_quantity span lies inside its sentence, its text is non-empty
    and has no leading or trailing whitespace;
  - low <= high, numbers are numbers; approx == "range" exactly when low < high unless the
    approx is "about" (a vague band such as "thousands of");
  - kind, approx, change and why come from the closed sets of GUIDELINES.md;
  - no two spans of a sentence overlap.
`--spans` prints every sentence (whitespace collapsed) followed by its annotated spans, for
review; `--no-text` prints only the counts.
"""
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
# select.py beside this file, loaded under another name (the stdlib has a `select` module);
# no bytecode is written into the repository.
sys.dont_write_bytecode = True
_spec = importlib.util.spec_from_file_location("news_quantities_select", HERE / "select.py")
selection = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(selection)

KINDS = {"count", "ordinal", "percent", "money", "measure"}
APPROX = {"exact", "about", "range", "more_than", "at_least", "less_than", "at_most"}
CHANGES = {"up", "down", ""}
WHYS = {"time", "date", "year", "address", "postcode", "name", "id", "phone", "score", "other"}
QUANTITY_KEYS = ["start", "end", "low", "high", "approx", "unit", "unit_normalized", "kind", "change"]
ROW_KEYS = ["corpus", "doc", "start", "end", "quantities", "not_quantities"]


def flat(s):
    return " ".join(s.split())


def check_row(i, row, expected, text, errors):
    corpus, doc, _cls, s, e, _sentence = expected
    if list(row) != ROW_KEYS:
        errors.append(f"row {i}: keys {list(row)}")
    if (row["corpus"], row["doc"], row["start"], row["end"]) != (corpus, doc, s, e):
        errors.append(f"row {i}: {row['corpus']} {row['doc']} {row['start']}:{row['end']} "
                      f"!= select.py {corpus} {doc} {s}:{e}")
    spans = []
    for q in row["quantities"]:
        if list(q) != QUANTITY_KEYS:
            errors.append(f"row {i}: quantity keys {list(q)}")
            continue
        spans.append((q["start"], q["end"]))
        if not all(isinstance(q[k], (int, float)) for k in ("low", "high")) or q["low"] > q["high"]:
            errors.append(f"row {i}: low/high {q['low']!r} {q['high']!r}")
        elif (q["low"] < q["high"]) != (q["approx"] == "range") and q["approx"] != "about":
            errors.append(f"row {i}: approx {q['approx']} with {q['low']}..{q['high']}")
        if q["kind"] not in KINDS or q["approx"] not in APPROX or q["change"] not in CHANGES:
            errors.append(f"row {i}: label {q['kind']!r} {q['approx']!r} {q['change']!r}")
        if not isinstance(q["unit"], str) or not isinstance(q["unit_normalized"], str):
            errors.append(f"row {i}: unit {q['unit']!r} {q['unit_normalized']!r}")
        if q["kind"] == "percent" and q["unit_normalized"] not in ("percent", "percentage_point"):
            errors.append(f"row {i}: percent with unit_normalized {q['unit_normalized']!r}")
    for n in row["not_quantities"]:
        if list(n) != ["start", "end", "why"] or n["why"] not in WHYS:
            errors.append(f"row {i}: not_quantity {n}")
        spans.append((n["start"], n["end"]))
    for a, b in spans:
        piece = text[a:b] if isinstance(a, int) and isinstance(b, int) else ""
        if not (s <= a < b <= e) or not piece.strip() or piece != piece.strip():
            errors.append(f"row {i}: span {a}:{b} {piece!r} outside {s}:{e} or blank")
    spans.sort()
    for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
        if a2 < b1:
            errors.append(f"row {i}: spans {a1}:{b1} and {a2}:{b2} overlap")


def show(i, row, expected, text):
    print(f"q{i:03d} {row['doc']} [{expected[2]}] {flat(text[row['start']:row['end']])}")
    for q in row["quantities"]:
        value = q["low"] if q["low"] == q["high"] else f"{q['low']}..{q['high']}"
        print(f"    Q {flat(text[q['start']:q['end']])!r} = {value} {q['approx']} "
              f"unit={q['unit']!r} norm={q['unit_normalized']!r} {q['kind']} {q['change']}")
    for n in row["not_quantities"]:
        print(f"    N {flat(text[n['start']:n['end']])!r} {n['why']}")


def main(argv):
    corpora = selection.load_all(argv)
    expected = selection.select(corpora)
    rows = [json.loads(line) for line in open(HERE / "news_quantities.jsonl", encoding="utf-8")]
    errors = []
    if len(rows) != len(expected):
        errors.append(f"{len(rows)} rows, select.py gives {len(expected)}")
    kinds, approx, changes, whys, classes = Counter(), Counter(), Counter(), Counter(), Counter()
    n_q = n_n = 0
    for i, (row, exp) in enumerate(zip(rows, expected), 1):
        text = corpora[exp[0]][exp[1]]["text"]
        check_row(i, row, exp, text, errors)
        if "--spans" in argv:
            show(i, row, exp, text)
        n_q += len(row["quantities"])
        n_n += len(row["not_quantities"])
        kinds.update(q["kind"] for q in row["quantities"])
        approx.update(q["approx"] for q in row["quantities"])
        changes.update(q["change"] or "none" for q in row["quantities"])
        whys.update(n["why"] for n in row["not_quantities"])
        classes[(exp[0], exp[2])] += 1
    for e in errors:
        print("error:", e)
    per_corpus = Counter(r["corpus"] for r in rows)
    print(f"{len(rows)} sentences ({', '.join(f'{k} {v}' for k, v in sorted(per_corpus.items()))}), "
          f"{n_q} quantities, {n_n} not_quantities, {len(errors)} errors")
    print("sentences without any quantity:", sum(not r["quantities"] for r in rows))
    for name, counter in (("kind", kinds), ("approx", approx), ("change", changes), ("why", whys)):
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in sorted(counter.items())))
    print("form class (bbc/reuters): " + ", ".join(
        f"{c} {classes[('bbc', c)]}/{classes[('reuters', c)]}" for c, _ in selection.FORM_CLASSES))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
