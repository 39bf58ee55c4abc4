#!/usr/bin/env python3
"""Select the stories of the claimkit world-news attribution development set.

Deterministic (random.Random(SEED)), Python standard library only. Reads the BBC corpus in
place (../shared/eval/news_bbc2225/bbc_news_2225.jsonl from the repository root, or the path
given with --corpus) and never writes into the repository.

Rule (README.md explains why):
  1. Categories: business and politics (the corpus has no "world" category; its other three,
     entertainment, sport and tech, are left out).
  2. Length: the story's `text` has MIN_CHARS..MAX_CHARS code points, so that one annotator can
     mark every attribution in it.
  3. Speech: at least MIN_CUES matches of the CUE pattern (said, says, told, warned, argued,
     according to, in a statement, ...).
  4. World: at least MIN_PLACES distinct words of the FOREIGN list (countries, nationalities,
     capitals and regions outside the UK and the US) occur as whole words.
  5. Within each category the eligible stories are sorted by id and rng.sample picks
     PER_CATEGORY[category] of them (categories in sorted order: 20 business, 10 politics,
     since UK politics stories quote mostly British speakers); the result is listed by id.
Nothing about how claimkit handles a story enters the rule.

Second draw (added in review, for the thin name classes of issue 19): among the stories that
meet rules 1-4 and are not in the first selection, those whose text matches NAME_CUE (an
Arabic name particle, al-/el-/bin/ibn/Abu/Abdul/Abdel/Abdullah before a capital; a common
Chinese, Korean or Vietnamese family name before a capitalised given name; or "the N-year-old")
form one pool sorted by id; random.Random(EXTRA_SEED).sample orders the whole pool and the
first EXTRA_N that do not duplicate a chosen story (same first DUP_PREFIX code points: the
corpus repeats some stories under a second id) are taken. The cue list was fixed before any
story was read; it only makes such names likely, not certain. The duplicate test was added
when the first draw of this rule turned out to hold a copy of a story already in the set.

Third draw (a held-out check of the guidelines and of claimkit's rules, both written against
the first two draws): among the stories that meet rules 1-4, are in neither earlier draw and
are not near-copies of a story in them, random.Random(THIRD_SEED).sample orders each category's
pool (sorted by id, categories in sorted order) and the first THIRD_PER_CATEGORY[category]
that are not near-copies of a story already chosen are taken (5 business, 3 politics, the
2:1 ratio of the first draw). A near-copy has the same first DUP_PREFIX code points as a
chosen story, or shares at least NEAR_COPY of the smaller story's word SHINGLE-grams with it
(the corpus holds the same story under two ids and also updates that repeat a story's
paragraphs). No name cue and nothing about claimkit's output enters this rule.

Fourth draw (a development draw: guideline rulings and claimkit's rules may be written against
it; the third draw stays held out): the third draw's rule with the third draw added to the
earlier draws, random.Random(FOURTH_SEED) and FOURTH_PER_CATEGORY (6 business, 4 politics).
Rule 4 (at least MIN_PLACES foreign place words) is what favours speakers from many
countries; no name cue and nothing about claimkit's output enters this rule.

Fifth draw (a second held-out draw, like the third: no rule or guideline ruling is written
against it): the fourth draw's rule with the fourth draw added to the earlier draws,
random.Random(FIFTH_SEED) and FIFTH_PER_CATEGORY (5 business, 3 politics).

Sixth draw (a development draw like the fourth: guideline rulings and claimkit's rules may be
written against it; the third and fifth draws stay held out): the fourth draw's rule with the
fifth draw added to the earlier draws, random.Random(SIXTH_SEED) and SIXTH_PER_CATEGORY (6
business, 4 politics). Should a category's pool hold fewer stories than asked, all of them are
taken and the shortfall is drawn from business, continuing the same business order (not
needed in this corpus: the pools, 109 business and 7 politics, are larger than asked). No name
cue and nothing about claimkit's output enters this rule.

Seventh draw (a development draw like the fourth and sixth: guideline rulings and claimkit's
rules may be written against it; the third and fifth draws stay held out): the sixth draw's
rule exactly, with the sixth draw added to the earlier draws, random.Random(SEVENTH_SEED) and
SEVENTH_PER_CATEGORY (6 business, 4 politics), a politics shortfall filled from business
(FILL_CATEGORY) as in the sixth. No name cue and nothing about claimkit's output enters this
rule.

Eighth draw (a third held-out draw, like the third and fifth: no rule or guideline ruling is
written against it): the seventh draw's rule exactly, with the seventh draw added to the
earlier draws, random.Random(EIGHTH_SEED) and EIGHTH_PER_CATEGORY (5 business, 3 politics, the
split of the held-out third and fifth draws), a politics shortfall filled from business
(FILL_CATEGORY) as in the sixth and seventh. No name cue and nothing about claimkit's output
enters this rule.

Outlets draw (a development draw from another corpus: claimkit's rules were written on BBC
stories of 2004-2005; this draw measures and develops them on modern articles of many
outlets): the Zyte article-extraction benchmark's ground truth
(../shared/eval/article_extraction_zyte/ground-truth.json from the repository root, or the
path given with --zyte-corpus), each entry {KEY: {"articleBody", "url"}}, the story's text
being `articleBody` as stored and its id `zyte-` + the first 12 hex digits of KEY. Eligible:
an English body (at least MIN_ASCII of its characters ASCII), OUTLETS_MIN_CHARS..
OUTLETS_MAX_CHARS code points, at least MIN_CUES matches of the CUE pattern, and a news URL
(no word of NOT_NEWS_URL in it: opinion, review, guide, columnist pages and listicles). The
eligible pages sorted by key, random.Random(OUTLETS_SEED).sample orders the whole pool and the
first OUTLETS_N whose site (the URL's host without "www.") no earlier pick has are taken. No
name cue, no place list and nothing about claimkit's output enters this rule.

Second outlets draw (held out: no rule or guideline ruling is written against it; the first
outlets draw has had rules written against it, so this one measures them on other outlets):
the outlets draw's eligibility rule exactly (outlets_eligible), leaving out the OUTLETS_N pages
of the first outlets draw and every page whose site is one of theirs; the rest sorted by key,
random.Random(OUTLETS2_SEED).sample orders the whole pool and the first OUTLETS_N whose site no
earlier pick of this draw has are taken. No name cue, no place list and nothing about
claimkit's output enters this rule.

Third outlets draw (development: rules and guideline rulings may be written against it, as
against the first outlets draw; the second outlets draw stays held out): the outlets draw's
eligibility rule exactly (outlets_eligible), leaving out the pages of both earlier outlets draws
and every page whose site is one of theirs; the rest sorted by key,
random.Random(OUTLETS3_SEED).sample orders the whole pool and the first OUTLETS_N whose site no
earlier pick of this draw has are taken. No name cue, no place list and nothing about
claimkit's output enters this rule.

Fourth outlets draw (development: rules and guideline rulings may be written against it, as
against the first and third outlets draws; the second outlets draw stays held out): the outlets
draw's eligibility rule exactly (outlets_eligible), leaving out the pages of all three earlier
outlets draws and every page whose site is one of theirs; the rest sorted by key,
random.Random(OUTLETS4_SEED).sample orders the whole pool and the first OUTLETS_N whose site no
earlier pick of this draw has are taken. No name cue, no place list and nothing about
claimkit's output enters this rule.

Wire draw (development: rules and guideline rulings may be written against it, once its fresh
score is recorded): newswire of another decade and house style, Reuters-21578 (1987;
../shared/eval/news_reuters21578/reuters21578.jsonl from the repository root, or the path given
with --wire-corpus), each line {"id": "reuters-N", "title", "text", "text_type", ...}, the story's
text being `text` exactly as stored (hard-wrapped lines, indented paragraphs). Eligible: a NORM
story with a title, WIRE_MIN_CHARS..WIRE_MAX_CHARS code points, at least MIN_CUES matches of the
CUE pattern and at least MIN_ASCII of its characters ASCII. The eligible stories sorted by their
number, random.Random(WIRE_SEED).sample orders the whole pool and the first WIRE_N that are not
near-copies (near_copy: the same opening or a share of word shingles) of an earlier pick are
taken. No name cue, no place list, no topic and nothing about claimkit's output enters this
rule.

Second wire draw (development, records q<NNN>; its fresh score is recorded before any rule is
written against it): the same pool in the same Random(WIRE_SEED) order, the next WIRE_N stories
after the first wire draw's that are no near-copy of any earlier pick (either draw's). Written
and committed before any of its stories was read.

usage:
  select.py [--corpus PATH]             print id, category, length, cue and place counts
  select.py --extra [--corpus PATH]     the same for the second draw (and its pool size)
  select.py --third [--corpus PATH]     the same for the third (held-out) draw
  select.py --fourth [--corpus PATH]    the same for the fourth (development) draw
  select.py --fifth [--corpus PATH]     the same for the fifth (held-out) draw
  select.py --sixth [--corpus PATH]     the same for the sixth (development) draw
  select.py --seventh [--corpus PATH]   the same for the seventh (development) draw
  select.py --eighth [--corpus PATH]    the same for the eighth (held-out) draw
  select.py --outlets [--zyte-corpus PATH]
                                        the outlets (development) draw: id, host, length,
                                        cue count, and the pool size
  select.py --outlets2 [--zyte-corpus PATH]
                                        the second outlets (held-out) draw, the same way
  select.py --outlets3 [--zyte-corpus PATH]
                                        the third outlets (development) draw, the same way
  select.py --outlets4 [--zyte-corpus PATH]
                                        the fourth outlets (development) draw, the same way
  select.py --wire [--wire-corpus PATH]
                                        the wire (development) draw: id, length, cue count,
                                        and the pool size
  select.py --wire2 [--wire-corpus PATH]
                                        the second wire (development) draw, the same way
  select.py --pool [--corpus PATH]      print the size of every eligible pool
  select.py --jsonl OUT [--corpus PATH] write the selected stories as claimkit input
                                        (id, title, published, text) to OUT, which must be
                                        outside the repository (all eight draws, the
                                        four outlets draws and both wire draws)
"""
import hashlib
import json
import random
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

SEED = 2026
CATEGORIES = ("business", "politics")
PER_CATEGORY = {"business": 20, "politics": 10}  # business is the more international
MIN_CHARS, MAX_CHARS = 1000, 2600
MIN_CUES = 3
MIN_PLACES = 2
CORPUS_SHA256 = "f1d692db8a5b48e5f805f2a55602906f79c2dbcfe7bd6d35b7dcc617f5bdc9e6"
REPO_ROOT = Path(__file__).resolve().parents[5]
DEFAULT_CORPUS = REPO_ROOT / ".." / "shared" / "eval" / "news_bbc2225" / "bbc_news_2225.jsonl"

CUE = re.compile(
    r"\b(said|says|told|tells|added|warned|warns|argued|argues|insisted|insists|claimed|"
    r"claims|denied|denies|stressed|admitted|acknowledged|conceded|announced|according to|"
    r"in a statement|quoted)\b", re.IGNORECASE)

# Countries, nationalities, capitals and regions outside the UK and the US (whole words,
# case-sensitive). "European"/"EU" are left out: UK politics mentions them constantly.
FOREIGN = """
Afghan Afghanistan Africa African Algeria Argentina Argentine Athens Australia Australian
Austria Austrian Baghdad Bangladesh Beijing Belgian Belgium Berlin Brazil Brazilian Brussels
Bulgaria Canada Canadian Chile Chilean China Chinese Colombia Czech Delhi Denmark Danish Dutch
Egypt Egyptian Ethiopia Finland Finnish France French Frankfurt Geneva German Germany Ghana
Greece Greek Hong Kong Hungary Hungarian India Indian Indonesia Indonesian Iran Iranian Iraq
Iraqi Israel Israeli Italian Italy Japan Japanese Jordan Kazakhstan Kenya Kenyan Korea Korean
Kuwait Lebanon Libya Madrid Malaysia Malaysian Mexican Mexico Moscow Mumbai Netherlands Nigeria
Nigerian Norway Norwegian Pakistan Pakistani Palestinian Paris Peru Philippines Poland Polish
Portugal Portuguese Riyadh Romania Rome Russia Russian Saudi Seoul Shanghai Singapore Spain
Spanish Sudan Sweden Swedish Swiss Switzerland Syria Taiwan Thai Thailand Tokyo Turkey Turkish
Ukraine Ukrainian Venezuela Venezuelan Vietnam Yukos Zimbabwe
""".split()
# Second draw: name cues for particles, family-name-first names and descriptors.
EXTRA_SEED = 2027
EXTRA_N = 6
DUP_PREFIX = 200  # a story whose first 200 code points repeat a chosen one is a duplicate
NAME_CUE = re.compile(
    r"\b(?:(?:al|el|Al|El)-[A-Z]|(?:bin|ibn|Abu|Abdul|Abdel|Abdullah)\s[A-Z]"
    r"|(?:Hu|Wen|Li|Wang|Zhang|Liu|Chen|Yang|Zhao|Huang|Zhou|Wu|Xu|Zhu|Gao|Guo|Jiang|Zeng|Tang"
    r"|Kim|Roh|Choi|Chung|Nguyen|Tran|Pham)\s[A-Z][a-z]+(?:-[a-z]+)?\b|the\s\d+-year-old\b)")
# Third draw: held out, no name cue.
THIRD_SEED = 2028
THIRD_PER_CATEGORY = {"business": 5, "politics": 3}
SHINGLE = 8  # words per shingle for the near-copy test
NEAR_COPY = 0.1  # share of the smaller story's shingles that makes a near-copy
# Fourth draw: development, the third draw's rule with a new seed and a 6:4 split.
FOURTH_SEED = 2029
FOURTH_PER_CATEGORY = {"business": 6, "politics": 4}
# Fifth draw: held out like the third, the fourth draw's rule with a new seed and a 5:3 split.
FIFTH_SEED = 2031
FIFTH_PER_CATEGORY = {"business": 5, "politics": 3}
# Sixth draw: development like the fourth, the fourth draw's rule with a new seed and a 6:4
# split; a politics shortfall is filled from business (FILL_CATEGORY).
SIXTH_SEED = 2032
SIXTH_PER_CATEGORY = {"business": 6, "politics": 4}
FILL_CATEGORY = "business"
# Seventh draw: development like the sixth, the same rule (6:4 split, business fill) with a new
# seed.
SEVENTH_SEED = 2033
SEVENTH_PER_CATEGORY = {"business": 6, "politics": 4}
# Eighth draw: held out like the third and fifth, the seventh draw's rule (business fill) with a
# new seed and their 5:3 split.
EIGHTH_SEED = 2036
EIGHTH_PER_CATEGORY = {"business": 5, "politics": 3}
# Of the later draws; the third, fifth and eighth are held out.
DEVELOPMENT_DRAWS = ("fourth", "sixth", "seventh")
# Outlets draw: development, modern pages of many outlets from the Zyte benchmark (MIT).
DEFAULT_ZYTE = (REPO_ROOT / ".." / "shared" / "eval" / "article_extraction_zyte"
                / "ground-truth.json")
ZYTE_SHA256 = "c5aa5a95c906ec2ee5354a14d64ebeefe47bb82cf70789f8d60aa71e8ebe8b65"
ZYTE_PREFIX = "zyte-"  # story ids: the prefix + the first 12 hex digits of the page's key
OUTLETS_SEED = 2037
OUTLETS_N = 8
OUTLETS_MIN_CHARS, OUTLETS_MAX_CHARS = 1000, 5000
MIN_ASCII = 0.97  # share of ASCII characters that makes a body English
NOT_NEWS_URL = ("opinion", "review", "guide", "columnists", "-things-")
# Second outlets draw: held out, the outlets draw's rule outside its pages and sites.
OUTLETS2_SEED = 2039
# Third outlets draw: development, the outlets draw's rule outside both earlier draws' pages and
# sites.
OUTLETS3_SEED = 2041
# Fourth outlets draw: development, the outlets draw's rule outside all three earlier draws' pages
# and sites.
OUTLETS4_SEED = 2043
# Wire draw: development, Reuters-21578 newswire (1987, research use only).
DEFAULT_WIRE = (REPO_ROOT / ".." / "shared" / "eval" / "news_reuters21578" / "reuters21578.jsonl")
WIRE_SHA256 = "190ed5ad052eb06f1311cdfd4a747453580b847ffb9ea80fa55c861155e84ba7"
WIRE_SEED = 2045
WIRE_N = 12
WIRE_MIN_CHARS, WIRE_MAX_CHARS = 1000, 3000
FOREIGN_RE = re.compile(r"\b(" + "|".join(sorted(FOREIGN, key=len, reverse=True)) + r")\b")


def load(corpus):
    data = Path(corpus).read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != CORPUS_SHA256:
        print(f"warning: {corpus} has SHA-256 {digest}, expected {CORPUS_SHA256}", file=sys.stderr)
    return [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]


_FEATURES = {}


def features(story):
    """Length, cue matches and distinct places of a story, computed once per story id."""
    if story["id"] not in _FEATURES:
        text = story["text"]
        _FEATURES[story["id"]] = (len(text), len(CUE.findall(text)),
                                  len(set(FOREIGN_RE.findall(text))))
    return _FEATURES[story["id"]]


def eligible(story):
    n, cues, places = features(story)
    return (story["category"] in CATEGORIES and MIN_CHARS <= n <= MAX_CHARS
            and cues >= MIN_CUES and places >= MIN_PLACES)


def pools(stories):
    out = {}
    for story in sorted(stories, key=lambda s: s["id"]):
        if eligible(story):
            out.setdefault(story["category"], []).append(story)
    return out


def select(stories):
    rng = random.Random(SEED)
    chosen = []
    by_category = pools(stories)
    for category in sorted(CATEGORIES):
        chosen += rng.sample(by_category.get(category, []), PER_CATEGORY[category])
    return sorted(chosen, key=lambda s: s["id"])


def extra_pool(stories):
    first = {s["id"] for s in select(stories)}
    return [s for _, pool in sorted(pools(stories).items()) for s in pool
            if s["id"] not in first and NAME_CUE.search(s["text"])]


def duplicate(story, others):
    """The corpus holds near-copies of some stories under two ids (same body, other title)."""
    return any(story["text"][:DUP_PREFIX] == o["text"][:DUP_PREFIX] for o in others)


def select_extra(stories):
    pool = sorted(extra_pool(stories), key=lambda s: s["id"])
    first = select(stories)
    chosen = []
    for s in random.Random(EXTRA_SEED).sample(pool, len(pool)):
        if len(chosen) < EXTRA_N and not duplicate(s, first + chosen):
            chosen.append(s)
    return sorted(chosen, key=lambda s: s["id"])


_SHINGLES = {}


def shingles(story):
    """The story's word SHINGLE-grams (lower case), computed once per story id."""
    if story["id"] not in _SHINGLES:
        words = re.findall(r"\w+", story["text"].lower())
        _SHINGLES[story["id"]] = {tuple(words[i:i + SHINGLE])
                                  for i in range(len(words) - SHINGLE + 1)}
    return _SHINGLES[story["id"]]


def near_copy(story, others):
    """Same opening as another story, or a large share of its word shingles (an update)."""
    if duplicate(story, others):
        return True
    mine = shingles(story)
    for o in others:
        theirs = shingles(o)
        if len(mine & theirs) >= NEAR_COPY * max(1, min(len(mine), len(theirs))):
            return True
    return False


def third_pools(stories, earlier):
    """Rules 1-4, not in `earlier` (both earlier draws) nor a near-copy of it, by category."""
    ids = {s["id"] for s in earlier}
    return {category: [s for s in pool if s["id"] not in ids and not near_copy(s, earlier)]
            for category, pool in sorted(pools(stories).items())}


def draw_from(stories, earlier, seed, per_category, fill=None):
    """Each category's pool outside `earlier`, ordered by Random(seed); the first non-copies.

    With `fill` (a category), the stories a category falls short of its number are taken from
    `fill`'s order after its own, once every category has been drawn (the sixth, seventh and
    eighth draws)."""
    rng = random.Random(seed)
    chosen, rest, short = [], {}, 0
    for category, pool in sorted(third_pools(stories, earlier).items()):
        taken = 0
        order = rng.sample(pool, len(pool))
        for i, s in enumerate(order):
            if taken < per_category[category] and not near_copy(s, earlier + chosen):
                chosen.append(s)
                taken += 1
                if taken == per_category[category]:
                    rest[category] = order[i + 1:]
        short += per_category[category] - taken
    if fill is not None:
        for s in rest.get(fill, []):
            if short > 0 and not near_copy(s, earlier + chosen):
                chosen.append(s)
                short -= 1
    return sorted(chosen, key=lambda s: s["id"])


# The draws after the second, in order: name, seed, stories per category and the category
# that fills a shortfall (None: no fill). Each excludes every draw before it.
LATER_DRAWS = (
    ("third", THIRD_SEED, THIRD_PER_CATEGORY, None),
    ("fourth", FOURTH_SEED, FOURTH_PER_CATEGORY, None),
    ("fifth", FIFTH_SEED, FIFTH_PER_CATEGORY, None),
    ("sixth", SIXTH_SEED, SIXTH_PER_CATEGORY, FILL_CATEGORY),
    ("seventh", SEVENTH_SEED, SEVENTH_PER_CATEGORY, FILL_CATEGORY),
    ("eighth", EIGHTH_SEED, EIGHTH_PER_CATEGORY, FILL_CATEGORY),
)


def earlier_than(stories, name):
    """The stories of every draw before the later draw `name` (all draws with None)."""
    earlier = select(stories) + select_extra(stories)
    for draw, seed, per_category, fill in LATER_DRAWS:
        if draw == name:
            break
        earlier = earlier + draw_from(stories, earlier, seed, per_category, fill)
    return earlier


def select_later(stories, name, earlier=None):
    """The later draw `name` (third to eighth), drawn outside `earlier` (by default the draws
    before it)."""
    if earlier is None:
        earlier = earlier_than(stories, name)
    _, seed, per_category, fill = next(d for d in LATER_DRAWS if d[0] == name)
    return draw_from(stories, earlier, seed, per_category, fill)


def select_all(stories):
    """Every draw, by id: the stories the records may point into."""
    return sorted(earlier_than(stories, None), key=lambda s: s["id"])


def load_zyte(path=DEFAULT_ZYTE):
    """The Zyte benchmark's pages as stories: id `zyte-` + 12 hex digits of the key, text the
    `articleBody` exactly as stored, no title (the ground truth has none)."""
    data = Path(path).read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != ZYTE_SHA256:
        print(f"warning: {path} has SHA-256 {digest}, expected {ZYTE_SHA256}", file=sys.stderr)
    stories = [{"id": ZYTE_PREFIX + key[:12], "key": key, "url": page["url"], "title": None,
                "category": "outlets", "text": page["articleBody"]}
               for key, page in sorted(json.loads(data.decode("utf-8")).items())]
    if len({s["id"] for s in stories}) != len(stories):
        sys.exit(f"{path}: two keys share their first 12 hex digits; story ids would clash")
    return stories


def host(story):
    """The site of a page: its URL's host, lower case, without a leading "www."."""
    name = (urlsplit(story["url"]).hostname or "").lower()
    return name[4:] if name.startswith("www.") else name


def ascii_share(text):
    return sum(1 for c in text if ord(c) < 128) / max(1, len(text))


def outlets_eligible(story):
    n, cues, _ = features(story)
    url = story["url"].lower()
    return (OUTLETS_MIN_CHARS <= n <= OUTLETS_MAX_CHARS and cues >= MIN_CUES
            and ascii_share(story["text"]) >= MIN_ASCII
            and not any(word in url for word in NOT_NEWS_URL))


def outlets_pool(zyte):
    """The eligible pages, sorted by key."""
    return [s for s in sorted(zyte, key=lambda s: s["key"]) if outlets_eligible(s)]


def one_per_site(pool, seed):
    """Random(seed) orders the pool; the first OUTLETS_N from sites not yet taken, by id."""
    chosen = []
    for s in random.Random(seed).sample(pool, len(pool)):
        if len(chosen) < OUTLETS_N and host(s) not in {host(c) for c in chosen}:
            chosen.append(s)
    return sorted(chosen, key=lambda s: s["id"])


def select_outlets(zyte):
    """Random(OUTLETS_SEED) orders the pool; the first OUTLETS_N from sites not yet taken."""
    return one_per_site(outlets_pool(zyte), OUTLETS_SEED)


def outlets2_pool(zyte):
    """The eligible pages outside the first outlets draw's pages and sites, sorted by key."""
    first = select_outlets(zyte)
    ids, sites = {s["id"] for s in first}, {host(s) for s in first}
    return [s for s in outlets_pool(zyte) if s["id"] not in ids and host(s) not in sites]


def select_outlets2(zyte):
    """Random(OUTLETS2_SEED) orders the second pool; the first OUTLETS_N from distinct sites."""
    return one_per_site(outlets2_pool(zyte), OUTLETS2_SEED)


def outlets3_pool(zyte):
    """The eligible pages outside both earlier outlets draws' pages and sites, sorted by key."""
    earlier = select_outlets(zyte) + select_outlets2(zyte)
    ids, sites = {s["id"] for s in earlier}, {host(s) for s in earlier}
    return [s for s in outlets_pool(zyte) if s["id"] not in ids and host(s) not in sites]


def select_outlets3(zyte):
    """Random(OUTLETS3_SEED) orders the third pool; the first OUTLETS_N from distinct sites."""
    return one_per_site(outlets3_pool(zyte), OUTLETS3_SEED)


def outlets4_pool(zyte):
    """The eligible pages outside all three earlier outlets draws' pages and sites, by key."""
    earlier = select_outlets(zyte) + select_outlets2(zyte) + select_outlets3(zyte)
    ids, sites = {s["id"] for s in earlier}, {host(s) for s in earlier}
    return [s for s in outlets_pool(zyte) if s["id"] not in ids and host(s) not in sites]


def select_outlets4(zyte):
    """Random(OUTLETS4_SEED) orders the fourth pool; the first OUTLETS_N from distinct sites."""
    return one_per_site(outlets4_pool(zyte), OUTLETS4_SEED)


def select_zyte(zyte):
    """The outlets draws' pages: the outlets (development) draw, the second (held out), the
    third (development), then the fourth (development)."""
    return (select_outlets(zyte) + select_outlets2(zyte) + select_outlets3(zyte)
            + select_outlets4(zyte))


def load_wire(path=DEFAULT_WIRE):
    """The Reuters-21578 stories as they are stored (id `reuters-N`, text exactly as stored)."""
    data = Path(path).read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != WIRE_SHA256:
        print(f"warning: {path} has SHA-256 {digest}, expected {WIRE_SHA256}", file=sys.stderr)
    return [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]


def wire_number(story):
    return int(story["id"].rsplit("-", 1)[1])


def wire_pool(wire):
    """The eligible wire stories, sorted by their number."""
    def eligible_wire(s):
        if s.get("text_type") != "NORM" or not s.get("title"):
            return False
        n, cues, _ = features(s)
        return (WIRE_MIN_CHARS <= n <= WIRE_MAX_CHARS and cues >= MIN_CUES
                and ascii_share(s["text"]) >= MIN_ASCII)
    return sorted((s for s in wire if eligible_wire(s)), key=wire_number)


def wire_order(wire, n):
    """Random(WIRE_SEED) orders the pool; the first `n` stories that are no near-copy of an
    earlier pick, in that order."""
    chosen = []
    pool = wire_pool(wire)
    for s in random.Random(WIRE_SEED).sample(pool, len(pool)):
        if len(chosen) == n:
            break
        if not near_copy(s, chosen):
            chosen.append(s)
    return chosen


def select_wire(wire):
    """The wire draw: the first WIRE_N of wire_order, by number."""
    return sorted(wire_order(wire, WIRE_N), key=wire_number)


def select_wire2(wire):
    """The second wire draw: the next WIRE_N of wire_order after the first draw's, by number."""
    return sorted(wire_order(wire, 2 * WIRE_N)[WIRE_N:], key=wire_number)


def stories_by_id(stories, zyte, wire=None):
    """Every story a record may point into, by id (the BBC corpus whole, the Zyte pages, the
    wire draw's stories), and the ids of the chosen ones: the BBC draws, the four outlets
    draws, then the wire draw. `wire` defaults to the Reuters corpus at DEFAULT_WIRE."""
    wire = load_wire() if wire is None else wire
    wire_draw = select_wire(wire) + select_wire2(wire)
    chosen = select_all(stories) + select_zyte(zyte) + wire_draw
    by_id = {s["id"]: s for s in stories}
    by_id.update((s["id"], s) for s in zyte)
    by_id.update((s["id"], s) for s in wire_draw)
    return by_id, [s["id"] for s in chosen]


def write_jsonl(stories, out, zyte=None, wire=None):
    """The BBC draws from `stories`, the four outlets draws from `zyte` (by default the Zyte
    ground truth at DEFAULT_ZYTE) and the wire draw from `wire` (by default the Reuters corpus
    at DEFAULT_WIRE) as claimkit input, to OUT outside the repository."""
    zyte = load_zyte() if zyte is None else zyte
    wire = load_wire() if wire is None else wire
    out = Path(out).resolve()
    if REPO_ROOT.resolve() in out.parents:
        sys.exit(f"refusing to write {out}: the corpus text must stay outside the repository")
    with open(out, "w", encoding="utf-8") as f:
        for s in select_all(stories) + select_zyte(zyte) + select_wire(wire) + select_wire2(wire):
            record = {"id": s["id"], "title": s["title"], "published": None, "text": s["text"]}
            if "url" in s:
                record["url"] = s["url"]
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def main(argv):
    zyte_corpus = argv[argv.index("--zyte-corpus") + 1] if "--zyte-corpus" in argv else DEFAULT_ZYTE
    if "--wire" in argv or "--wire2" in argv:
        wire_corpus = (argv[argv.index("--wire-corpus") + 1] if "--wire-corpus" in argv
                       else DEFAULT_WIRE)
        wire = load_wire(wire_corpus)
        second = "--wire2" in argv
        print(f"{'second ' if second else ''}wire draw (development): {len(wire)} stories, "
              f"{len(wire_pool(wire))} eligible, {WIRE_N} drawn")
        for s in (select_wire2(wire) if second else select_wire(wire)):
            n, cues, _ = features(s)
            print(f"{s['id']}\t{n}\t{cues}\t{s['title']}")
        return 0
    if any(f in argv for f in ("--outlets", "--outlets2", "--outlets3", "--outlets4")):
        zyte = load_zyte(zyte_corpus)
        if "--outlets4" in argv:
            print(f"fourth outlets draw (development): {len(zyte)} pages, "
                  f"{len(outlets_pool(zyte))} eligible, {len(outlets4_pool(zyte))} outside all "
                  f"three earlier outlets draws' pages and sites, {OUTLETS_N} drawn (one per "
                  f"site)")
            drawn = select_outlets4(zyte)
        elif "--outlets3" in argv:
            print(f"third outlets draw (development): {len(zyte)} pages, "
                  f"{len(outlets_pool(zyte))} eligible, {len(outlets3_pool(zyte))} outside both "
                  f"earlier outlets draws' pages and sites, {OUTLETS_N} drawn (one per site)")
            drawn = select_outlets3(zyte)
        elif "--outlets2" in argv:
            print(f"second outlets draw (held out): {len(zyte)} pages, {len(outlets_pool(zyte))} "
                  f"eligible, {len(outlets2_pool(zyte))} outside the first outlets draw's pages "
                  f"and sites, {OUTLETS_N} drawn (one per site)")
            drawn = select_outlets2(zyte)
        else:
            print(f"outlets draw (development): {len(zyte)} pages, {len(outlets_pool(zyte))} "
                  f"eligible, {OUTLETS_N} drawn (one per site)")
            drawn = select_outlets(zyte)
        for s in drawn:
            n, cues, _ = features(s)
            print(f"{s['id']}\t{host(s)}\t{n}\t{cues}")
        return 0
    corpus = argv[argv.index("--corpus") + 1] if "--corpus" in argv else DEFAULT_CORPUS
    stories = load(corpus)
    if "--pool" in argv:
        for category, pool in sorted(pools(stories).items()):
            print(f"{category}\t{len(pool)} eligible")
        return 0
    if "--jsonl" in argv:
        write_jsonl(stories, argv[argv.index("--jsonl") + 1], load_zyte(zyte_corpus))
        return 0
    if "--extra" in argv:
        print(f"second draw: {len(extra_pool(stories))} in the pool, {EXTRA_N} drawn")
    drawn = select_extra(stories) if "--extra" in argv else select(stories)
    for name, _, per_category, _ in LATER_DRAWS:
        if f"--{name}" in argv:
            earlier = earlier_than(stories, name)
            kind = "development" if name in DEVELOPMENT_DRAWS else "held out"
            sizes = ", ".join(f"{c} {len(p)}" for c, p in third_pools(stories, earlier).items())
            print(f"{name} draw ({kind}): pools {sizes}; {sum(per_category.values())} drawn")
            drawn = select_later(stories, name, earlier)
    for s in drawn:
        n, cues, places = features(s)
        print(f"{s['id']}\t{s['category']}\t{n}\t{cues}\t{places}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
