#!/usr/bin/env python3
"""Select the 300 sentences of the claimkit news quantity development set.

Deterministic (random.Random(2026)), Python standard library only. Reads two corpora in
place (paths relative to the repository root, or given as the first two arguments):

    ../shared/eval/news_bbc2225/bbc_news_2225.jsonl        (BBC News, 2004-2005)
    ../shared/eval/news_reuters21578/reuters21578.jsonl   (Reuters-21578, 1987)

and prints one line per sentence to stdout:

    q<NNN> \t corpus \t doc \t form_class \t start \t end \t sentence

start/end are Unicode code point offsets into the document's `text` field (Python str
indices), so text[start:end] is the sentence. The corpus text may not be copied into the
repository: this script only prints, it never writes a file. `--no-text` prints the same
rows without the sentence column.

Procedure:
  1. Documents: every BBC story; every Reuters story with text_type NORM.
  2. Each text is split into sentences by split_sentences(). A sentence is a candidate when
     it has MIN_WORDS..MAX_WORDS words, ends with . ? or ! (optionally a closing quote),
     contains a digit or a number word (NUMBER_WORD), has at most MAX_DIGIT_GROUPS groups of
     digits, and is not a table line (TABLE_LINE).
  3. Each candidate gets one form class (classify()): the first class of FORM_CLASSES, in
     order, whose pattern matches. `non_quantity` matches when every digit group of the
     sentence lies inside a non-quantity pattern (clock time, date, year, index or product
     name, model number, address, postcode, phone number, sports score) and the sentence
     has no number word other than "one"; it is tried first.
  4. For each corpus (bbc, then reuters) and each class in FORM_CLASSES order, the
     candidates of that class are sorted by (doc, start), shuffled with the shared RNG, and
     the first QUOTA[corpus][class] are taken, skipping documents already used: at most one
     sentence per document, so the set spreads over 300 stories.
  5. Rows are printed grouped by corpus, then in FORM_CLASSES order, then by (doc, start);
     row k is q{k:03d}.
"""
import hashlib
import json
import random
import re
import sys
from pathlib import Path

SEED = 2026
MIN_WORDS = 6
MAX_WORDS = 60
MAX_DIGIT_GROUPS = 6
REPO_ROOT = Path(__file__).resolve().parents[5]
EVAL = REPO_ROOT / ".." / "shared" / "eval"
CORPORA = {
    "bbc": (EVAL / "news_bbc2225" / "bbc_news_2225.jsonl",
            "f1d692db8a5b48e5f805f2a55602906f79c2dbcfe7bd6d35b7dcc617f5bdc9e6"),
    "reuters": (EVAL / "news_reuters21578" / "reuters21578.jsonl",
                "190ed5ad052eb06f1311cdfd4a747453580b847ffb9ea80fa55c861155e84ba7"),
}

# ---------------------------------------------------------------- sentence splitting
# Paragraphs: a blank line (BBC) or a newline followed by an indent (Reuters wire copy,
# whose lines are hard-wrapped inside a paragraph).
PARAGRAPH = re.compile(r"\n[ \t]*\n|\n(?=[ \t])")
# A sentence ends at . ? or ! (optionally followed by a closing quote) when whitespace
# (newlines included) and then a capital letter or an opening quote follow.
BOUNDARY = re.compile(r"""[.?!]["']?(?=\s+["']?[A-Z])""")
# No cut after an abbreviation: initials such as U.S. or U.K., titles, company suffixes,
# month abbreviations.
ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Za-z]\.)+|\b(?:Mr|Mrs|Ms|Dr|St|Inc|Corp|Co|Ltd|Bros|No|Gen|Sen|Rep|Gov|Lt|Col|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|approx|fig|Nos|Pty|Cie|Plc)\.)$"
)
END = re.compile(r"""[.?!]["']?$""")


def split_sentences(text):
    """(start, end) code point spans of the sentences of text, stripped of whitespace."""
    spans = []
    bounds = [0] + [m.end() for m in PARAGRAPH.finditer(text)] + [len(text)]
    for p0, p1 in zip(bounds, bounds[1:]):
        para = text[p0:p1]
        cuts = [m.end() for m in BOUNDARY.finditer(para)
                if not ABBREVIATION.search(para[max(0, m.start() - 12):m.end()])]
        start = 0
        for cut in cuts + [len(para)]:
            s, e = p0 + start, p0 + cut
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                spans.append((s, e))
            start = cut
    return spans


# ---------------------------------------------------------------- candidate filter
NUMBER_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|"
    r"billions?|dozens?|half|third|thirds|quarter|quarters|first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth|twice|double|triple)\b",
    re.I,
)
DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
# Reuters result tables: "Shr 12 cts vs 15 cts", "Net 1.2 mln vs 3.4 mln".
TABLE_LINE = re.compile(r"\bvs\b|\.{3,}|\bShr\b|\bRevs\b|\bNine mths\b", re.I)


def is_candidate(sentence):
    words = sentence.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS or not END.search(sentence):
        return False
    if not (DIGITS.search(sentence) or NUMBER_WORD.search(sentence)):
        return False
    if len(DIGITS.findall(sentence)) > MAX_DIGIT_GROUPS or TABLE_LINE.search(sentence):
        return False
    return True


# ---------------------------------------------------------------- form classes
MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
         r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
NON_QUANTITY_OTHER = re.compile(
    "|".join([
        r"\b\d{1,2}:\d\d(?:\s*(?:am|pm|a\.m\.|p\.m\.|GMT|BST|EST|EDT|CET|hrs|local))?",  # clock
        r"\b\d{1,2}(?:\.\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)",  # clock: 10am, 7.30pm
        r"\b\d{3,4}\s*(?:GMT|BST|EST|EDT|CET|hrs|hours local)\b",  # clock: 1700 GMT
        r"\b(?:FTSE|Nikkei|Dow|DAX|CAC|Hang Seng|S&P|Formula|Windows|Xbox|PlayStation|Playstation|"
        r"Channel|Radio|BBC|Section|Article|Clause|Chapter|Room|Flight|Route|Highway|Interstate|"
        r"Platform|Row|Seat|Gate|Level|Version|version|Series|Boeing|Airbus)\s+\d+\w*",  # names
        r"\b[A-Z]{1,4}-?\d+[A-Za-z]*\b",  # model / name numbers: G7, MP3, A320, PS2, F-16
        r"\b\d+\s+[A-Z][a-z]+\s+(?:Street|St|Road|Avenue|Ave|Lane|Square|Place|Drive|Way)\b",  # address
        r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b",  # UK postcode
        r"\(?\b\d{3,5}\)?[ -]\d{3}[ -]\d{3,4}\b",  # phone
        r"\b\d{1,2}-\d{1,2}\b(?![-/%]|\s*(?:per|pct|[a-z]*(?:year|month|week|day|hour|minute|"
        r"mile|metre|meter|km|kg|tonne|ton|cent|point|member|seat|times|pound|foot|feet|dlr)))",  # score: 2-0, 7-6 (7-3)
    ])
)
NON_QUANTITY_DATE = re.compile(
    "|".join([
        r"\b\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:-|to)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+" + MONTH,  # date: 22 February, 26-28 August
        MONTH + r"\s+\d{1,2}\s*(?:-|to|through)\s*\d{1,2}\b",  # date range: March 11-20
        MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+(?:19|20)\d\d)?",  # date: Feb 22, 1987
        r"\b(?:19|20)\d\d(?:\s*(?:/|-|to)\s*(?:19|20)?\d\d)?s?\b",  # year, 2004/05, 1965-71, decade
    ])
)
CURRENCY_WORLD = re.compile(
    r"(?:\b(?:RM|S\$|HK\$|A\$|C\$|NZ\$|R\$|Rs\.?|CHF|EUR|DM|SFr|Skr|Dkr|Nkr)\s?\d|[€¥₹]\s?\d|"
    r"\d[\d.,]*\s*(?:mln\s+|bln\s+|billion\s+|million\s+|m\s+|bn\s+)?"
    r"(?:yen|euros?|stg|sterling|marks|francs|lire|lira|guilders|rupees|pesos|cruzados|rand|"
    r"kroner|kronor|krona|crowns|ringgit|yuan|baht|rupiah|riyals?|dinars?|schillings|"
    r"Australian dlrs|Canadian dlrs|Hong Kong dlrs|Singapore dlrs|New Zealand dlrs|pence|p)\b|"
    r"\d\s*(?:mln|bln|billion|million|bn|m)\s+won\b)"
)
MONEY_WIRE = re.compile(r"\b(?:dlrs?|dls|cts|mln|bln)\b")
MONEY = re.compile(r"[$£]\s?\d|\d\s*(?:dollars|cents)\b")
UNIT = re.compile(
    r"(?<![$£€¥\d.,])\d[\d.,]*\s*(?:-\s*)?(?:km|kms|kilometres?|kilometers?|miles?|mph|kph|metres?|"
    r"meters?|cm|mm|ft|feet|foot|inch(?:es)?|kg|kgs|kilos?|kilograms?|grams?|lbs?|tonnes?|tons?|"
    r"ounces?|oz|troy ounces|barrels?|bpd|bushels?|bales?|bags?|sacks?|litres?|liters?|gallons?|"
    r"acres?|hectares?|ha|sq|square|degrees?|mw|MW|GW|kW|kWh|megawatts?|GB|MB|TB|KB|gigabytes?|"
    r"megabytes?|Mbps|Kbps|Mb|GHz|MHz|cu|cubic|calories|hours?|minutes?|seconds?|days?|weeks?|"
    r"months?|years?|decades?)\b(?!-old)",
    re.I,
)
VAGUE = re.compile(
    r"\b(?:tens|hundreds|thousands|millions|billions|dozens|scores)\s+of\b|\b(?:a|several|a few)\s+"
    r"(?:dozen|hundred|thousand|million|billion)\b",
    re.I,
)
FRACTION = re.compile(
    r"\b\d+\s*/\s*\d+\b|[½¼¾⅓⅔]|\b(?:a|one|two|three)[ -](?:half|third|thirds|quarter|quarters)\b|"
    r"\bhalf\s+(?:of|a|an|the|its|their|his|her)\b|\b(?:halved|doubled|tripled|trebled)\b|"
    r"\b(?:one|two|three|four|five|\d+)\s+(?:in|out of)\s+(?:two|three|four|five|six|seven|eight|"
    r"nine|ten|\d+)\b|\b\d+:\d+\b|\b\d+-to-\d+\b|\btwice\b",
    re.I,
)
RANGE = re.compile(
    r"\b(?:between\s+\S+\s+and|from\s+\S+\s+to)\s|\d[\d.,]*\s*(?:%|pct|per cent)?\s*(?:to|-|and)\s*\d",
    re.I,
)
CHANGE = re.compile(
    r"\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|climbed|climb|jumped|jump|dropped|drop|"
    r"gained|gain|lost|slipped|slid|declined|decline|increased|increase|decreased|decrease|"
    r"surged|soared|plunged|tumbled|eased|added|up|down|cut|raised|lowered|grew|growth)\b"
    r"[^.]{0,40}?\d[^.]{0,30}?\bto\b\s*\S*\d",
    re.I,
)
ORDINAL = re.compile(
    r"\b\d+(?:st|nd|rd|th)\b|\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|twentieth|hundredth)\b",
    re.I,
)
PERCENT = re.compile(r"%|\bpct\b|\bper ?cent\b|\bpercentage points?\b", re.I)

FORM_CLASSES = [
    ("non_quantity_other", None),
    ("non_quantity_date", None),
    ("money_world", CURRENCY_WORLD),
    ("money_wire", MONEY_WIRE),
    ("unit", UNIT),
    ("vague", VAGUE),
    ("fraction_ratio", FRACTION),
    ("change", CHANGE),
    ("range", RANGE),
    ("ordinal", ORDINAL),
    ("percent", PERCENT),
    ("money", MONEY),
    ("count", None),
]
QUOTA = {
    "bbc": {"non_quantity_other": 13, "non_quantity_date": 10, "money_world": 12, "money_wire": 0, "unit": 14, "vague": 12,
            "fraction_ratio": 12, "change": 14, "range": 12, "ordinal": 11, "percent": 12,
            "money": 14, "count": 14},
    "reuters": {"non_quantity_other": 12, "non_quantity_date": 10, "money_world": 15, "money_wire": 15, "unit": 15, "vague": 8,
                "fraction_ratio": 10, "change": 15, "range": 12, "ordinal": 8, "percent": 10,
                "money": 8, "count": 12},
}


def non_quantity_class(sentence):
    """non_quantity_other / non_quantity_date when every digit group of the sentence lies in
    a non-quantity pattern (and no number word but "one" occurs), else None. `other` when at
    least one group is a clock time, name, model number, address, postcode, phone or score."""
    groups = list(DIGITS.finditer(sentence))
    if not groups:
        return None
    if any(w.lower() != "one" for w in NUMBER_WORD.findall(sentence)):
        return None
    other = [(m.start(), m.end()) for m in NON_QUANTITY_OTHER.finditer(sentence)]
    date = [(m.start(), m.end()) for m in NON_QUANTITY_DATE.finditer(sentence)]

    def inside(g, spans):
        return any(s <= g.start() and g.end() <= e for s, e in spans)

    if not all(inside(g, other) or inside(g, date) for g in groups):
        return None
    return "non_quantity_other" if any(inside(g, other) for g in groups) else "non_quantity_date"


def mask_non_quantities(sentence):
    """The sentence with every non-quantity match blanked out (same length)."""
    for pattern in (NON_QUANTITY_OTHER, NON_QUANTITY_DATE):
        sentence = pattern.sub(lambda m: " " * len(m.group()), sentence)
    return sentence


def classify(sentence):
    """The form class of a candidate sentence: a non-quantity class when all its numbers are
    non-quantities, else the first class of FORM_CLASSES whose pattern matches the sentence
    with its non-quantity matches blanked out."""
    nq = non_quantity_class(sentence)
    if nq:
        return nq
    masked = mask_non_quantities(sentence)
    for name, pattern in FORM_CLASSES:
        if pattern is not None and pattern.search(masked):
            return name
    return "count"


# ---------------------------------------------------------------- selection
def load(corpus):
    path, expected = CORPORA[corpus]
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != expected:
        print(f"warning: {path} has SHA-256 {digest}, expected {expected}", file=sys.stderr)
    docs = {}
    for line in data.decode("utf-8").splitlines():
        if line.strip():
            doc = json.loads(line)
            if corpus == "reuters" and doc.get("text_type") != "NORM":
                continue
            docs[doc["id"]] = doc
    return docs


def select(corpora):
    """[(corpus, doc_id, form_class, start, end, sentence)] in print order."""
    rng = random.Random(SEED)
    rows = []
    for corpus in ("bbc", "reuters"):
        docs = corpora[corpus]
        pools = {name: [] for name, _ in FORM_CLASSES}
        for doc_id in sorted(docs):
            text = docs[doc_id]["text"]
            for s, e in split_sentences(text):
                sentence = text[s:e]
                if is_candidate(sentence):
                    pools[classify(sentence)].append((doc_id, s, e))
        used = set()
        for name, _ in FORM_CLASSES:
            pool = sorted(pools[name])
            rng.shuffle(pool)
            taken = []
            for doc_id, s, e in pool:
                if len(taken) == QUOTA[corpus][name]:
                    break
                if doc_id not in used:
                    used.add(doc_id)
                    taken.append((doc_id, s, e))
            for doc_id, s, e in sorted(taken):
                rows.append((corpus, doc_id, name, s, e, docs[doc_id]["text"][s:e]))
    return rows


def load_all(argv=()):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) >= 2:
        CORPORA["bbc"] = (Path(args[0]), CORPORA["bbc"][1])
        CORPORA["reuters"] = (Path(args[1]), CORPORA["reuters"][1])
    return {corpus: load(corpus) for corpus in CORPORA}


def main(argv):
    corpora = load_all(argv)
    for i, (corpus, doc_id, name, s, e, sentence) in enumerate(select(corpora), 1):
        cols = [f"q{i:03d}", corpus, doc_id, name, str(s), str(e)]
        if "--no-text" not in argv:
            cols.append(" ".join(sentence.split()))
        print("\t".join(cols))


if __name__ == "__main__":
    main(sys.argv[1:])
