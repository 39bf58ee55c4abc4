#!/usr/bin/env python3
"""Apply annotator B's review to news_quantities.jsonl and print the change log.

Python standard library only; reads the corpora in place like check.py. Every change names
its row (q001..q300) and the span it touches by the span's own words; offsets are found by
searching those words (whitespace-insensitive, whole words, unique in the sentence) in the
document text, never counted by hand. REVIEW.md lists the same changes with their reasons.

    python3 review_b.py            # print the log, change nothing
    python3 review_b.py --apply    # rewrite news_quantities.jsonl (refuses if already applied)
    python3 review_b.py --agreement A.jsonl   # agreement of this file with annotator A's file
"""
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
_spec = importlib.util.spec_from_file_location("news_quantities_select", HERE / "select.py")
selection = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(selection)
DATA = HERE / "news_quantities.jsonl"

# (row, op, span words, fields). Ops: set (change fields of the quantity with that span;
# a "span" field moves it), add (new quantity), drop (remove the quantity), to_not (replace
# the quantity by a not_quantity whose span is fields["span"]), drop_not (remove a
# not_quantity), merge (replace the quantities inside the new span by one quantity).
CHANGES = [
    (30, "to_not", "90 days", {"span": "within 90 days", "why": "date"}),
    (37, "to_not", "50 years", {"span": "in 50 years", "why": "date"}),
    (41, "drop_not", "earlier this year", {}),
    (46, "to_not", "18 months", {"span": "in 18 months' time", "why": "date"}),
    (63, "set", "three quarter-point rate rises", {"span": "three"}),
    (63, "add", "quarter-point", {"low": 0.25, "high": 0.25, "approx": "exact", "unit": "point",
                                  "unit_normalized": "percentage_point", "kind": "percent",
                                  "change": "up"}),
    (65, "set", "a third", {"low": 1 / 3, "high": 1 / 3}),
    (105, "set", "one-sixth", {"low": 1 / 6, "high": 1 / 6}),
    (111, "set", "five", {"span": "five oil producers", "unit": "oil producers"}),
    (123, "set", "$1.8 trillion", {"approx": "about"}),
    (203, "set", "3,257 tons", {"span": "3,257 tons of ore a day", "unit": "tons a day"}),
    (228, "merge", "6-3/4, 5/8 pct", {"low": 6.625, "high": 6.75, "approx": "range", "unit": "pct",
                                      "unit_normalized": "percent", "kind": "percent",
                                      "change": ""}),
    (230, "set", "407.00/412.00", {"unit": "pound", "unit_normalized": "LBP"}),
    (230, "set", "384.00/386.00", {"unit": "pound", "unit_normalized": "LBP"}),
    (234, "set", "two thirds", {"low": 2 / 3, "high": 2 / 3}),
    (236, "set", "20,554", {"unit": "vehicles"}),
    (236, "set", "28,536", {"unit": "vehicles"}),
    (242, "set", "19", {"unit": "rigs"}),
    (242, "set", "100", {"unit": "rigs"}),
]
QUANTITY_KEYS = ["start", "end", "low", "high", "approx", "unit", "unit_normalized", "kind", "change"]


def find(text, s, e, words):
    """The unique whole-word occurrence of `words` in text[s:e], whitespace-insensitive."""
    pattern = r"\s+".join(re.escape(w) for w in words.split()).replace("'", "['\u2019]")
    hits = [m for m in re.finditer(r"(?<!\w)" + pattern + r"(?!\w)", text[s:e])]
    if len(hits) != 1:
        sys.exit(f"{words!r}: {len(hits)} matches in the sentence")
    return s + hits[0].start(), s + hits[0].end()


def flat(s):
    return " ".join(s.split())


def apply(rows, corpora, log):
    for k, op, words, fields in CHANGES:
        row = rows[k - 1]
        text = corpora[row["corpus"]][row["doc"]]["text"]
        a, b = find(text, row["start"], row["end"], words)
        qs, ns = row["quantities"], row["not_quantities"]
        at = [i for i, q in enumerate(qs) if (q["start"], q["end"]) == (a, b)]
        if op == "add":
            if at:
                sys.exit(f"q{k:03d} {words!r} already annotated: review applied?")
            qs.append({"start": a, "end": b, **fields})
            log.append((k, words, "quantity", "(none)", "added"))
        elif op == "merge":
            inside = [q for q in qs if a <= q["start"] and q["end"] <= b]
            if len(inside) < 2:
                sys.exit(f"q{k:03d} {words!r}: nothing to merge: review applied?")
            old = "; ".join(f"{flat(text[q['start']:q['end']])} = {q['low']}" for q in inside)
            row["quantities"] = qs = [q for q in qs if q not in inside]
            qs.append({"start": a, "end": b, **fields})
            log.append((k, words, "span+value", old, f"one range {fields['low']}..{fields['high']}"))
        elif op == "drop_not":
            at_n = [i for i, n in enumerate(ns) if (n["start"], n["end"]) == (a, b)]
            if len(at_n) != 1:
                sys.exit(f"q{k:03d} {words!r}: no such not_quantity: review applied?")
            old = ns.pop(at_n[0])
            log.append((k, words, "not_quantity", old["why"], "removed"))
        else:
            if len(at) != 1:
                sys.exit(f"q{k:03d} {words!r}: no such quantity: review applied?")
            q = qs[at[0]]
            if op == "to_not":
                na, nb = find(text, row["start"], row["end"], fields["span"])
                qs.pop(at[0])
                ns.append({"start": na, "end": nb, "why": fields["why"]})
                log.append((k, words, "quantity", f"{q['kind']} {q['low']}",
                            f"not_quantity {fields['why']} '{fields['span']}'"))
            elif op == "set":
                for key, value in fields.items():
                    if key == "span":
                        na, nb = find(text, row["start"], row["end"], value)
                        log.append((k, words, "span", words, value))
                        q["start"], q["end"] = na, nb
                    else:
                        log.append((k, words, key, repr(q[key]), repr(value)))
                        q[key] = value
        row["quantities"] = sorted(row["quantities"], key=lambda q: q["start"])
        row["not_quantities"] = sorted(row["not_quantities"], key=lambda n: n["start"])
        for q in row["quantities"]:
            assert list(q) == QUANTITY_KEYS, q


def agreement(a_rows, b_rows):
    """Share of A's quantities whose field B kept, matching B's quantity by overlapping span
    (where B split A's span, the part starting where A's starts). A quantity B removed counts
    as changed in every field."""
    fields = {"span": lambda q: (q["start"], q["end"]),
              "value": lambda q: (q["low"], q["high"], q["approx"]),
              "unit": lambda q: (q["unit"], q["unit_normalized"]),
              "kind": lambda q: q["kind"], "change": lambda q: q["change"]}
    kept = {f: 0 for f in fields}
    total = unchanged = added = 0
    for ra, rb in zip(a_rows, b_rows):
        matched = set()
        for qa in ra["quantities"]:
            total += 1
            match = [i for i, qb in enumerate(rb["quantities"])
                     if qb["start"] < qa["end"] and qa["start"] < qb["end"]]
            match = [i for i in match if rb["quantities"][i]["start"] == qa["start"]] or match[:1]
            matched.update(match)
            same = {f: bool(match) and get(rb["quantities"][match[0]]) == get(qa)
                    for f, get in fields.items()}
            for f in fields:
                kept[f] += same[f]
            unchanged += all(same.values())
        added += len(rb["quantities"]) - len(matched)
    print(f"A quantities {total}; kept wholly unchanged {unchanged} ({unchanged / total:.3f})")
    for f in fields:
        print(f"  {f}: {kept[f]}/{total} = {kept[f] / total:.3f}")
    print(f"B quantities that match none of A's (added): {added}")


def main(argv):
    rows = [json.loads(line) for line in open(DATA, encoding="utf-8")]
    if "--agreement" in argv:
        a_rows = [json.loads(line) for line in open(argv[argv.index("--agreement") + 1])]
        agreement(a_rows, rows)
        return 0
    corpora = selection.load_all([])
    log = []
    apply(rows, corpora, log)
    for k, words, field, old, new in log:
        print(f"| q{k:03d} | {words} | {field} | {old} | {new} |")
    if "--apply" in argv:
        with open(DATA, "w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
