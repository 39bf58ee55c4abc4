#!/usr/bin/env python3
"""Rebuild the world-news attribution gold from offsets and the corpus read in place.

Python standard library only. Reads attributions.jsonl (offsets and labels), the BBC
corpus (same default path as select.py, or --corpus PATH) and, for story ids starting `zyte-`
(the four outlets draws), the Zyte ground truth (same default path as select.py, or --zyte-corpus
PATH), and for story ids starting `reuters-` (the wire draw) the Reuters-21578 corpus (same
default path as select.py, or --wire-corpus PATH), and writes, to files OUTSIDE the repository, what ../shared/gold/score.py and
`claimkit build` read:

  to_gold.py GOLD_OUT [--stories STORIES_OUT] [--corpus PATH] [--zyte-corpus PATH]
             [--wire-corpus PATH]

GOLD_OUT gets one `attribution` line per record in the gold format of
../shared/gold/FORMAT.md: doc, type, content, source, source_type, quote, and resolved, via
and cue where the record has them. `resolved` is written only when it differs from the
source text (a pronoun, title, surname or descriptor); the text fields are the corpus slices.
STORIES_OUT gets the selected stories (all eight draws, the four outlets draws and the wire draw,
see select.py)
as JSON Lines (id, title, published, text; the outlets draws' pages with title null and url).
Then, with a claimkit build of STORIES_OUT in DATASET_DIR:

  python3 ../shared/gold/score.py DATASET_DIR GOLD_OUT --verbose
"""
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
_spec = importlib.util.spec_from_file_location("world_news_check", HERE / "check.py")
check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check)
selection = check.selection


def gold_lines(records, stories):
    for r in records:
        text = stories[r["story"]]["text"]
        piece = lambda name: text[slice(*r[name])] if r[name] else None
        line = {"doc": r["story"], "type": "attribution", "content": piece("content"),
                "source": piece("source"), "source_type": r["source_type"], "quote": r["quote"]}
        if r["resolved"] and r["resolved"] != line["source"]:
            line["resolved"] = r["resolved"]
        for name in ("via", "cue"):
            if r[name]:
                line[name] = piece(name)
        yield line


def outside_repo(path):
    path = Path(path).resolve()
    if selection.REPO_ROOT.resolve() in path.parents:
        sys.exit(f"refusing to write {path}: the corpus text must stay outside the repository")
    return path


def main(argv):
    args = [a for i, a in enumerate(argv) if not a.startswith("--")
            and (i == 0 or argv[i - 1] not in ("--corpus", "--zyte-corpus", "--wire-corpus",
                                                    "--stories"))]
    if len(args) != 1:
        print(__doc__)
        return 2
    stories, chosen, all_stories, zyte, wire = check.load_stories(argv)
    chosen = set(chosen)
    records = check.load_records()
    errors, seen = [], {}
    for r in records:
        errors += [f"{r.get('id')}: {e}" for e in check.check_record(r, stories, chosen, seen)]
    if errors:
        print("\n".join(errors + ["attributions.jsonl does not pass check.py: nothing written"]))
        return 1
    gold = outside_repo(args[0])
    with open(gold, "w", encoding="utf-8") as f:
        for line in gold_lines(records, stories):
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"{len(records)} attribution lines -> {gold}")
    if "--stories" in argv:
        out = outside_repo(argv[argv.index("--stories") + 1])
        selection.write_jsonl(all_stories, out, zyte, wire)
        print(f"{len(chosen)} stories -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
