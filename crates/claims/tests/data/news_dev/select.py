#!/usr/bin/env python3
"""Select the sentences of the claimkit news check-worthiness dev set (two draws of 150).

Deterministic (random.Random(2026), and 2027 for the second draw), Python standard library
only. Reads the BBC corpus in
place (../shared/eval/news_bbc2225/bbc_news_2225.jsonl from the repository root, or the path
given as the first argument) and prints one line per sentence to stdout:

    n<NNN> \t story_id \t category \t start \t end \t sentence

start/end are Unicode code point offsets into the story's `text` field (Python str
indices), so text[start:end] is the sentence. The BBC text may not be copied into the
repository: this script only prints, it never writes a file. `--no-text` prints the same
rows without the sentence column.

`--second` prints the second draw (news_dev_2.tsv) instead: the same procedure with
random.Random(SECOND_SEED), over the stories the first draw did not pick, with ids continuing
the first draw's (n151 onwards).

Procedure:
  1. Stories are grouped by `category` (sorted); within a category by `id` (sorted).
  2. For each category, rng.sample picks STORIES_PER_CATEGORY stories, then rng.sample picks
     DOUBLE_PER_CATEGORY of those to contribute two sentences; the others contribute one.
  3. Each story's text is split by split_sentences(); sentences under MIN_WORDS words are
     dropped; rng.sample picks the one or two sentences, listed in text order.
Categories are visited in sorted order and stories in sorted id order, so every RNG call
happens in a fixed sequence.
"""
import hashlib
import json
import random
import re
import sys
from pathlib import Path

SEED = 2026
SECOND_SEED = 2027
STORIES_PER_CATEGORY = 20
DOUBLE_PER_CATEGORY = 10  # 5 categories x (10 x 2 + 10 x 1) = 150 sentences
MIN_WORDS = 5
CORPUS_SHA256 = "f1d692db8a5b48e5f805f2a55602906f79c2dbcfe7bd6d35b7dcc617f5bdc9e6"
REPO_ROOT = Path(__file__).resolve().parents[5]
DEFAULT_CORPUS = REPO_ROOT / ".." / "shared" / "eval" / "news_bbc2225" / "bbc_news_2225.jsonl"

# A sentence ends at . ? or ! (optionally followed by a closing quote) when whitespace
# and then a capital letter or an opening quote follow. Paragraph breaks also end one.
BOUNDARY = re.compile(r"""[.?!]["']?(?=\s+["']?[A-Z])""")


def split_sentences(text):
    """(start, end) code point spans of the sentences of text, stripped of whitespace."""
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        cuts = [m.end() for m in BOUNDARY.finditer(para.group())]
        for cut in cuts + [len(para.group())]:
            end = para.start() + cut
            s, e = start, end
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                spans.append((s, e))
            start = end
    return spans


def select(stories, seed=SEED, exclude=frozenset()):
    """(story_id, category, start, end, sentence) rows of one draw; stories whose id is in
    exclude are not eligible."""
    rng = random.Random(seed)
    by_category = {}
    for story in stories:
        if story["id"] not in exclude:
            by_category.setdefault(story["category"], []).append(story)
    rows = []
    for category in sorted(by_category):
        pool = sorted(by_category[category], key=lambda s: s["id"])
        chosen = sorted(rng.sample(pool, STORIES_PER_CATEGORY), key=lambda s: s["id"])
        doubles = {s["id"] for s in rng.sample(chosen, DOUBLE_PER_CATEGORY)}
        for story in chosen:
            text = story["text"]
            spans = [(s, e) for s, e in split_sentences(text) if len(text[s:e].split()) >= MIN_WORDS]
            k = 2 if story["id"] in doubles else 1
            for s, e in sorted(rng.sample(spans, k)):
                rows.append((story["id"], category, s, e, text[s:e]))
    return rows


def select_second(stories):
    """The second draw: seed SECOND_SEED, over the stories the first draw did not use."""
    first = {story_id for story_id, *_ in select(stories)}
    return select(stories, seed=SECOND_SEED, exclude=first)


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    corpus = Path(args[0]) if args else DEFAULT_CORPUS
    data = corpus.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != CORPUS_SHA256:
        print(f"warning: {corpus} has SHA-256 {digest}, expected {CORPUS_SHA256}", file=sys.stderr)
    stories = [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]
    if "--second" in argv:
        rows, first_id = select_second(stories), len(select(stories)) + 1
    else:
        rows, first_id = select(stories), 1
    for i, (story_id, category, s, e, sentence) in enumerate(rows, first_id):
        cols = [f"n{i:03d}", story_id, category, str(s), str(e)]
        if "--no-text" not in argv:
            cols.append(sentence.replace("\t", " ").replace("\n", " "))
        print("\t".join(cols))


if __name__ == "__main__":
    main(sys.argv[1:])
