#!/usr/bin/env python3
"""Check attributions.jsonl against the corpus and select.py; print every span for review.

Python standard library only; reads the BBC corpus in place (same default path as select.py,
or --corpus PATH) and, for story ids starting `zyte-` (the four outlets draws), the Zyte ground truth
in place (same default path as select.py, or --zyte-corpus PATH); writes nothing. Exits 1 on
any error.

Checks: every record's story is one select.py chooses; ids are unique, `a<NNN>` (annotator
A), `b<NNN>` (added in review by annotator B), `c<NNN>` (second-draw stories, annotator B),
`d<NNN>` (third, held-out draw), `e<NNN>` (fourth, development draw), `f<NNN>` (fifth, held-out
draw), `g<NNN>` (sixth, development draw), `h<NNN>` (seventh, development draw), `i<NNN>`
(eighth, held-out draw), `z<NNN>` (the outlets draw, development, modern pages of other
outlets), `y<NNN>` (the second outlets draw, held out), `x<NNN>` (the third outlets draw,
development), `w<NNN>` (the fourth outlets draw, development), `r<NNN>` (the wire draw,
development, Reuters-21578 newswire of 1987, read in place like the BBC corpus, same default
path as select.py or --wire-corpus PATH) or `q<NNN>` (the second wire draw, development, the
same corpus), and records run in (story,
content start)
order (ids are stable labels: a record removed in review leaves a gap); every span lies inside the story's `text`, is non-empty and has no
white space at either end; closed sets (source_type, quote, classes); quote marks agree with
the quote kind (direct: no quote mark inside the content and one earlier in its paragraph, a
wire story's paragraph running from its indented first line;
mixed: at least one quote mark inside; indirect: none inside); a pronoun (possessives too), title or surname
source of a person carries `resolved`; no two records share a content span.

usage: check.py [--corpus PATH] [--zyte-corpus PATH] [--wire-corpus PATH] [--quiet]
                [--draw dev|heldout|third|fourth|fifth|sixth|seventh|eighth|outlets|outlets2|outlets3|
                        outlets4|wire|wire2]
  --quiet: counts only, no spans; --draw: the counts for part of the set only (dev = the
  development set, draws 1, 2, 4, 6, 7, the first, third and fourth outlets draws and the
  wire draws, ids a/b/c/e/g/h/q/r/w/x/z; heldout = the
  held-out draws 3, 5, 8 and the second outlets draw, ids d/f/i/y; third = the third draw
  alone, ids d; fourth = the
  fourth draw alone, ids e; fifth = the fifth draw alone, ids f; sixth = the sixth draw alone,
  ids g; seventh = the seventh draw alone, ids h; eighth = the eighth draw alone, ids i;
  outlets = the outlets draw alone, ids z; outlets2 = the second outlets draw alone, ids y;
  outlets3 = the third outlets draw alone, ids x; outlets4 = the fourth outlets draw alone,
  ids w; wire = the wire draw alone, ids r; wire2 = the second wire draw alone, ids q); every record is still validated
"""
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
# select.py beside this file, loaded under another name (the stdlib has a `select` module);
# no bytecode is written into the repository.
sys.dont_write_bytecode = True
_spec = importlib.util.spec_from_file_location("world_news_select", HERE / "select.py")
selection = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(selection)

SOURCE_TYPES = {"named_person", "unnamed_person", "organization", "media", "document", "publication"}
QUOTE_KINDS = {"direct", "indirect", "mixed", "none"}
CLASSES = {
    "nonanglo": "non-Anglo name (source or the name it resolves to)",
    "family_first": "family-name-first name",
    "particle": "name with a particle or prefix (de, al-, bin, O')",
    "title_role": "title or role introduces the name, or a title alone is the source",
    "descriptor": "descriptor that refers to a named person or body",
    "org_name": "organisation named without a body word (or an acronym)",
    "org_anaphor": "the bank / the company / relative pronoun for an organisation",
    "document": "report, figures, forecast, study or statement as the source",
    "group": "group of people or bodies",
    "pronoun": "pronoun source",
    "cross_sentence": "speaker named in another sentence or paragraph",
    "colon": "colon lead-in (X said: \"...\")",
    "cue_other": "cue other than plain said/says",
    "media": "outlet relays the statement (via) or a journalist speaks",
}
FIELDS = ["id", "story", "content", "source", "cue", "via", "resolved", "source_type", "quote",
          "classes", "note"]
PRONOUNS = {"he", "she", "it", "they", "which", "who",
            # possessive pronouns as the source of a noun cue ("his vow that …"; x084)
            "his", "her", "its", "their"}
ID_RE = re.compile(r"[abcdefghiqrwxyz]\d{3}")
QUOTE_MARKS = "\"\u201c\u201d"


def load_records(path=HERE / "attributions.jsonl"):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def span_errors(text, name, span):
    if span is None:
        return []
    if not (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)):
        return [f"{name} {span!r} is not [start, end]"]
    s, e = span
    if not 0 <= s < e <= len(text):
        return [f"{name} {span} outside the text ({len(text)} code points)"]
    piece = text[s:e]
    if piece != piece.strip():
        return [f"{name} {piece!r} has white space at an end"]
    return []


def paragraph_start(text, s, story):
    """Where the paragraph holding code point `s` starts: after the line break before it, or
    in a wire story (`reuters-`, hard-wrapped) at the last line before it that opens with
    white space, the wire's paragraph indent."""
    start = text.rfind("\n", 0, s) + 1
    if str(story).startswith("reuters-"):
        while start > 0 and not text[start:start + 1].isspace():
            start = text.rfind("\n", 0, start - 1) + 1
    return start


def quote_errors(text, r):
    s, e = r["content"]
    inside = sum(text[s:e].count(q) for q in QUOTE_MARKS)
    para_start = paragraph_start(text, s, r.get("story"))
    before = sum(text[para_start:s].count(q) for q in QUOTE_MARKS)
    if r["quote"] == "direct" and (inside or not before):
        return [f"direct, but {inside} quote marks inside and {before} before it in the paragraph"]
    if r["quote"] == "mixed" and not inside:
        return ["mixed, but no quote mark inside the content"]
    if r["quote"] == "indirect" and inside:
        return ["indirect, but a quote mark inside the content"]
    return []


def check_record(r, stories, chosen, seen):
    errors = []
    if sorted(r) != sorted(FIELDS):
        errors.append(f"fields {sorted(r)} != {sorted(FIELDS)}")
        return errors
    if r["story"] not in chosen:
        return [f"story {r['story']!r} is not in the select.py selection"]
    text = stories[r["story"]]["text"]
    for name in ("content", "source", "cue", "via"):
        errors += span_errors(text, name, r[name])
    if r["content"] is None or r["source"] is None:
        errors.append("content and source are required")
    if errors:
        return errors
    if r["source_type"] not in SOURCE_TYPES:
        errors.append(f"source_type {r['source_type']!r}")
    if r["quote"] not in QUOTE_KINDS:
        errors.append(f"quote {r['quote']!r}")
    if (r["quote"] == "none") != (r["source_type"] == "publication"):
        errors.append("quote none goes with source_type publication and only with it")
    bad = [c for c in r["classes"] if c not in CLASSES]
    if bad:
        errors.append(f"unknown classes {bad}")
    source = text[slice(*r["source"])]
    words = source.split()
    if r["source_type"] == "named_person" and not r["resolved"] and (
            source.lower() in PRONOUNS or words[0].lower() in {"the", "a", "an", "another"}
            or words[0] in {"Mr", "Mrs", "Ms", "Dr"}):
        errors.append(f"named_person source {source!r} needs resolved")
    if r["resolved"] is not None and (not r["resolved"].strip() or len(r["resolved"]) > 60):
        errors.append(f"resolved {r['resolved']!r} must be a short name")
    if "pronoun" in r["classes"] and source.lower() not in PRONOUNS and r["cue"] is not None:
        errors.append(f"class pronoun, but source {source!r} is not a pronoun")
    key = (r["story"], tuple(r["content"]))
    if key in seen:
        errors.append(f"content span shared with {seen[key]}")
    seen[key] = r["id"]
    return errors + quote_errors(text, r)


def show(r, text):
    piece = lambda span: text[slice(*span)] if span else "-"
    print(f"{r['id']} {r['story']} {r['source_type']}/{r['quote']} [{','.join(r['classes'])}]")
    print(f"    source  {piece(r['source'])!r}" + (f" -> {r['resolved']}" if r["resolved"] else ""))
    print(f"    cue     {piece(r['cue'])!r}   via {piece(r['via'])!r}")
    print(f"    content {piece(r['content'])!r}")
    if r["note"]:
        print(f"    note    {r['note']}")


# Record id prefixes of each part of the set: the development draws (1, 2, 4, 6, 7, the
# first, third and fourth outlets draws and the wire draw), the held-out draws (3, 5, 8 and the
# second outlets draw) and single draws.
DRAWS = {"dev": "abceghqrwxz", "wire": "r", "wire2": "q", "heldout": "dfiy", "third": "d", "fourth": "e", "fifth": "f",
         "sixth": "g", "seventh": "h", "eighth": "i", "outlets": "z", "outlets2": "y",
         "outlets3": "x", "outlets4": "w"}


def draw_records(records, draw):
    """The records of `dev` (ids a, b, c, e, g, h, q, r, w, x, z: draws 1, 2, 4, 6, 7, the first,
    third and fourth outlets draws and both wire draws), `wire` (r), `wire2` (q), `heldout` (d, f, i, y: draws 3, 5, 8 and the second outlets
    draw), `third` (d), `fourth` (e), `fifth` (f), `sixth` (g), `seventh` (h), `eighth` (i),
    `outlets` (z), `outlets2` (y), `outlets3` (x) or `outlets4` (w)."""
    prefixes = DRAWS[draw]
    return [r for r in records if str(r.get("id", ""))[:1] in prefixes]


def load_stories(argv):
    """Every story a record may point into, by id, and the chosen ids (select.py's draws):
    the BBC corpus (--corpus PATH) and, for `zyte-` ids (the four outlets draws), the Zyte ground
    truth (--zyte-corpus PATH), and for `reuters-` ids (the wire draw) the Reuters corpus
    (--wire-corpus PATH), each read in place. Returns also the BBC stories as a list."""
    corpus = argv[argv.index("--corpus") + 1] if "--corpus" in argv else selection.DEFAULT_CORPUS
    zyte_corpus = (argv[argv.index("--zyte-corpus") + 1] if "--zyte-corpus" in argv
                   else selection.DEFAULT_ZYTE)
    wire_corpus = (argv[argv.index("--wire-corpus") + 1] if "--wire-corpus" in argv
                   else selection.DEFAULT_WIRE)
    bbc, zyte = selection.load(corpus), selection.load_zyte(zyte_corpus)
    wire = selection.load_wire(wire_corpus)
    stories, chosen = selection.stories_by_id(bbc, zyte, wire)
    return stories, chosen, bbc, zyte, wire


def main(argv):
    stories, chosen, _, _, _ = load_stories(argv)
    records = load_records()
    errors, seen = [], {}
    expected_order = sorted(records, key=lambda r: (r.get("story", ""), (r.get("content") or [0])[0]))
    ids = Counter(r.get("id") for r in records)
    for i, r in enumerate(records, 1):
        if not ID_RE.fullmatch(str(r.get("id"))) or ids[r.get("id")] > 1:
            errors.append(f"record {i}: id {r.get('id')!r} is not a unique a<NNN>, b<NNN>, c<NNN>, d<NNN>, e<NNN>, f<NNN>, g<NNN>, h<NNN>, i<NNN>, q<NNN>, r<NNN>, w<NNN>, x<NNN>, y<NNN> or z<NNN>")
        if r is not expected_order[i - 1]:
            errors.append(f"record {i}: id {r.get('id')!r} out of (story, content start) order")
        for e in check_record(r, stories, set(chosen), seen):
            errors.append(f"{r.get('id')}: {e}")
        if "--quiet" not in argv and r.get("story") in stories:
            show(r, stories[r["story"]]["text"])
    for e in errors:
        print("error:", e)
    per_story = Counter(r["story"] for r in records)
    print(f"{len(records)} attributions in {len(per_story)} of {len(chosen)} stories, {len(errors)} errors")
    print("stories without an attribution:", [s for s in chosen if s not in per_story] or "none")
    if "--draw" in argv:
        records = draw_records(records, argv[argv.index("--draw") + 1])
        print(f"counts below for draw {argv[argv.index('--draw') + 1]}: {len(records)} attributions in "
              f"{len({r['story'] for r in records})} stories")
    for name, counts in (("source_type", Counter(r["source_type"] for r in records)),
                         ("quote", Counter(r["quote"] for r in records)),
                         ("class", Counter(c for r in records for c in r["classes"]))):
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))))
    print(f"with resolved: {sum(1 for r in records if r['resolved'])}, with via: "
          f"{sum(1 for r in records if r['via'])}, without a cue: {sum(1 for r in records if not r['cue'])}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
