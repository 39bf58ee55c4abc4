"""`claimkit sentences --raw SLICE.txt > out.jsonl` against sentencex in-process, back to
back, a few rounds: the one comparison of `just bench-peers` that a busy machine turns
around, repeated so that a quiet minute shows. Each figure is the best of 30 runs; the
`--raw` runs write a new file each time (the last run's output removed outside the timer),
as the bench does.

    target/peers-venv/bin/python bench/peers/raw_vs_sentencex.py [ROUNDS] [BINARY ...]

Needs the slice `just bench-peers` leaves in target/peers-work (run it once first).
"""
import json
import os
import subprocess
import sys
import time

import sentencex

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORK = os.path.join(ROOT, "target", "peers-work")
SLICE = os.path.join(WORK, "slice", "reuters-slice.jsonl")
RAW = os.path.join(WORK, "raw", "reuters-slice.txt")
OUT = os.path.join(WORK, "raw", "ab-sentences.jsonl")


def best(fn, runs=30, before=None):
    fastest = float("inf")
    for _ in range(runs):
        if before:
            before()
        t0 = time.perf_counter()
        fn()
        fastest = min(fastest, time.perf_counter() - t0)
    return fastest


def remove_output():
    if os.path.exists(OUT):
        os.unlink(OUT)


def claimkit(binary):
    def run():
        with open(OUT, "wb") as out:
            subprocess.run([binary, "sentences", "--raw", RAW], stdout=out, check=True)
    return run


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    binaries = sys.argv[2:] or [os.path.join(ROOT, "target", "release", "claimkit")]
    texts = [json.loads(line)["text"] for line in open(SLICE, encoding="utf-8")]

    def segment_all():
        for text in texts:
            list(sentencex.segment("en", text))

    for _ in range(rounds):
        row = [f"load {os.getloadavg()[0]:.2f}", f"sentencex {best(segment_all) * 1e3:.2f} ms"]
        for binary in binaries:
            ms = best(claimkit(binary), before=remove_output) * 1e3
            row.append(f"{os.path.basename(binary)} --raw {ms:.2f} ms")
        print("  ".join(row), flush=True)
    remove_output()


if __name__ == "__main__":
    main()
