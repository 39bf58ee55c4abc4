"""datasketch MinHashLSH on the claims of a TSV (doc, title, days, text per line): the peer of
claimkit's near-duplicate clusters in bench/dedup/run.sh.

    python datasketch_lsh.py CLAIMS.tsv LIMIT

MinHash with 128 permutations over word 3-shingles (the words claimkit compares: split at
white space, outer punctuation removed, lower case), MinHashLSH with threshold 0.8; every claim
is inserted, then queried, and the pairs found are counted. Prints one JSON line:
{"claims": N, "seconds": S, "candidate_pairs": P}.
"""

import json
import sys
import time

from datasketch import MinHash, MinHashLSH


def words(text):
    out = []
    for w in text.split():
        w = w.strip("".join(c for c in set(w) if not c.isalnum()))
        if w:
            out.append(w.lower())
    return out


def shingles(text):
    w = words(text)
    if len(w) < 3:
        return {" ".join(w)} if w else set()
    return {" ".join(w[i:i + 3]) for i in range(len(w) - 2)}


def main():
    path, limit = sys.argv[1], int(sys.argv[2])
    texts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            texts.append(line.rstrip("\n").split("\t", 3)[3])
            if len(texts) == limit:
                break
    started = time.perf_counter()
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    hashes = []
    for i, text in enumerate(texts):
        m = MinHash(num_perm=128)
        for s in shingles(text):
            m.update(s.encode("utf-8"))
        lsh.insert(i, m)
        hashes.append(m)
    pairs = 0
    for i, m in enumerate(hashes):
        pairs += sum(1 for j in lsh.query(m) if j > i)
    seconds = time.perf_counter() - started
    print(json.dumps({"claims": len(texts), "seconds": seconds, "candidate_pairs": pairs}))


if __name__ == "__main__":
    main()
