#!/usr/bin/env bash
# Near-duplicate clusters on Reuters-21578 (../shared/eval, read in place), in one run:
# precision of the clusters of `claimkit build` on the hand-checked sample of 100 pairs, and the
# clustering's speed beside datasketch's MinHashLSH (128 permutations, threshold 0.8, word
# 3-shingles) on the same first LIMIT claims. Writes bench/dedup.md.
#
#     bash bench/dedup/run.sh [LIMIT]        (default 30000; `just bench-dedup`)
set -euo pipefail
cd "$(dirname "$0")/../.."
limit=${1:-30000}
target=${CARGO_TARGET_DIR:-target}
reuters=../shared/eval/news_reuters21578/reuters21578.jsonl
[ -f "$reuters" ] || { echo "SKIPPED: $reuters is missing"; exit 0; }
work=$target/bench-dedup
mkdir -p "$work"
cargo build --release --quiet
cargo build --release --quiet -p claimkit-dedup --example cluster_tsv
py=$(python3 tests/python/venv.py --requirements bench/dedup/requirements.txt --venv "$target/dedup-venv" | tail -n 1)
rm -rf "$work/reuters"
"$target/release/claimkit" build "$reuters" --skip-bad --format csv --out "$work/reuters" 2>"$work/build.log"
built=$(tail -n 1 "$work/build.log")
python3 bench/dedup/claims_tsv.py "$work/reuters" "$work/claims.tsv"
head -n "$limit" "$work/claims.tsv" > "$work/first.tsv"
ours_first=$("$target/release/examples/cluster_tsv" "$work/first.tsv")
ours_all=$("$target/release/examples/cluster_tsv" "$work/claims.tsv")
peer=$("$py" bench/dedup/datasketch_lsh.py "$work/claims.tsv" "$limit")
precision=$(python3 bench/dedup/precision.py "$work/reuters")
datasketch_version=$("$py" -c "import importlib.metadata as m; print(m.version('datasketch'))")
python3 - "$ours_first" "$ours_all" "$peer" "$precision" "$built" "$datasketch_version" "$(nproc)" > bench/dedup.md <<'PY'
import json, re, sys
ours_first, ours_all, peer, precision, built, version, cores = sys.argv[1:]
def parse(line):
    n, s = re.match(r"(\d+) claims in ([\d.]+) s", line).groups()
    return int(n), float(s)
n1, s1 = parse(ours_first)
n2, s2 = parse(ours_all)
p = json.loads(peer)
print("# Near-duplicate clusters: precision and speed on Reuters-21578\n")
print("Written by `just bench-dedup` (bench/dedup/run.sh) in one run on one machine "
      f"({cores} cores, shared). Claims: `claimkit build` of Reuters-21578 (`../shared/eval`), "
      "in build order; both tools cluster the same claim texts.\n")
print("| tool | claims | seconds | claims/s | speed-up |\n|---|---|---|---|---|")
print(f"| datasketch {version} MinHashLSH (128 perm., threshold 0.8, word 3-shingles; insert + query) | {p['claims']} | {p['seconds']:.2f} | {p['claims'] / p['seconds']:,.0f} | 1× |")
print(f"| claimkit-dedup `clusters` (same claims) | {n1} | {s1:.3f} | {n1 / s1:,.0f} | {p['seconds'] / s1:,.0f}× |")
print(f"| claimkit-dedup `clusters` (all claims) | {n2} | {s2:.3f} | {n2 / s2:,.0f} | |")
print(f"\nclaimkit: one thread, shingles + MinHash + LSH + the same-story checks. datasketch found "
      f"{p['candidate_pairs']:,} candidate pairs among its {p['claims']:,} claims (before any check).\n")
print(f"Whole build, clusters included: `{built}`\n")
print(f"Precision (bench/dedup/precision.py, labels in bench/dedup/precision_sample.tsv): {precision}\n")
PY
cat bench/dedup.md
