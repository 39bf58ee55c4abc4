"""Precision of claimkit's near-duplicate clusters on the hand-checked sample.

    python precision.py DATASET_DIR [--draw N SEED]

Reads `cluster_id` from DATASET_DIR/claims.csv (a build of Reuters-21578), lists every pair of
claims from two documents that share a cluster (clusters in order of their first claim, pairs in
row order), and draws the sample with Python's `random.sample` (seed 2026, 100 pairs). The labels
are in precision_sample.tsv beside this script (claim ids only; 1 = same claim). Prints the
precision, or fails when the drawn sample no longer matches the labelled one (the clusters
changed: draw and label a new sample with --draw, which prints the pairs to check).
"""

import csv
import random
import sys
from pathlib import Path

csv.field_size_limit(1 << 30)
HERE = Path(__file__).resolve().parent


def pairs(dataset):
    rows = []
    with open(f"{dataset}/claims.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            rows.append((r["claim_id"], r["doc_id"], r["cluster_id"], r["text"]))
    groups = {}
    for i, (_, _, cluster, _) in enumerate(rows):
        groups.setdefault(cluster, []).append(i)
    out = []
    for members in groups.values():  # insertion order = order of first claim
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if rows[i][1] != rows[j][1]:
                    out.append((i, j))
    return rows, out


def main():
    dataset = sys.argv[1]
    rows, all_pairs = pairs(dataset)
    n, seed = 100, 2026
    if "--draw" in sys.argv:
        k = sys.argv.index("--draw")
        n, seed = int(sys.argv[k + 1]), int(sys.argv[k + 2])
    random.seed(seed)
    sample = random.sample(all_pairs, min(n, len(all_pairs)))
    if "--draw" in sys.argv:
        for i, j in sample:
            print(f"{rows[i][0]}\t{rows[j][0]}\n  A: {rows[i][3]}\n  B: {rows[j][3]}")
        return 0
    labels = []
    for line in open(HERE / "precision_sample.tsv", encoding="utf-8"):
        if line.startswith("#") or line.startswith("claim_a"):
            continue
        a, b, label = line.rstrip("\n").split("\t")[:3]
        labels.append(((a, b), int(label)))
    drawn = [(rows[i][0], rows[j][0]) for i, j in sample]
    if drawn != [p for p, _ in labels]:
        print("the clusters changed since the sample was labelled: draw and label a new one (--draw 100 SEED)")
        return 1
    correct = sum(l for _, l in labels)
    print(f"{len(all_pairs)} cross-document pairs in clusters; precision on the labelled sample: "
          f"{correct}/{len(labels)} = {correct / len(labels):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
