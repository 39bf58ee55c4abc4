#!/usr/bin/env bash
# Driver for `just bench-peers [MB] [SLOW_KB]`: venv with the peers, release claimkit, one run.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
mb=${1:-1.5}
slow_kb=${2:-200}
target=${CARGO_TARGET_DIR:-$root/target}
venv=$target/peers-venv
req=bench/peers/requirements.txt
# Every transitive package pinned to the set the last bench ran with (tests/python/lock.py).
pins=bench/peers/constraints.txt
status=$venv/install-status.tsv
log=$venv/install.log
stamp=$venv/.installed-$(cat "$req" "$pins" | sha256sum | cut -c1-16)

# 1. The venv, reused while requirements.txt is unchanged and every peer installed.
if [ ! -f "$stamp" ]; then
    echo "bench-peers: installing the Python peers into $venv (log: $log)"
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --upgrade pip >"$log" 2>&1 || true
    : >"$status"
    if "$venv/bin/pip" install -r "$req" -c "$pins" >>"$log" 2>&1; then
        grep -Ev '^\s*(#|$)' "$req" | sed 's/$/\tok\t/' >>"$status"
    else
        # Install one by one so that a peer that fails only blanks its own rows.
        grep -Ev '^\s*(#|$)' "$req" | while read -r spec; do
            if "$venv/bin/pip" install "$spec" -c "$pins" >"$log.one" 2>&1; then
                printf '%s\tok\t\n' "$spec" >>"$status"
            else
                why=$(grep -E 'ERROR|error' "$log.one" | tail -1 | cut -c1-200)
                printf '%s\tfailed\t%s\n' "$spec" "${why:-see $log}" >>"$status"
            fi
            cat "$log.one" >>"$log"
        done
        rm -f "$log.one"
    fi
    # quantulum3 ships its unit classifier pickled by an older scikit-learn, which the
    # pinned one cannot load; retrain it from the training data quantulum3 ships (~10 s).
    if [ -x "$venv/bin/quantulum3-training" ]; then
        "$venv/bin/quantulum3-training" --store >>"$log" 2>&1 ||
            printf 'quantulum3 classifier\tfailed\tquantulum3-training failed (see %s)\n' "$log" >>"$status"
    fi
    if ! grep -qv $'\tok\t' "$status"; then touch "$stamp"; fi
fi

# 2. claimkit in release (waits on the shared target dir's lock if another build holds it),
#    and the in-process stage timer, with the workspace's dependency versions.
cargo build --release --bin claimkit
stage=()
cp Cargo.lock bench/peers/stage/Cargo.lock
if CARGO_TARGET_DIR=$target cargo build --release --manifest-path bench/peers/stage/Cargo.toml; then
    stage=(--stage "$target/release/claimkit-peers-stage")
else
    echo "bench-peers: the stage timer did not build; in-process rows are left out" >&2
fi

# The web-page row reads the Zyte benchmark's 121 pages when ../shared holds them.
pages=()
zyte=../shared/eval/article_extraction_zyte/html
[ -d "$zyte" ] && pages=(--pages "$zyte")

# 3. One measured run; writes bench/peers.md.
"$venv/bin/python" bench/peers/peers.py \
    --claimkit "$target/release/claimkit" \
    --corpus ../shared/eval/news_reuters21578/reuters21578.jsonl \
    --golden ../shared/eval/sentence_golden_rules/golden_rules_en.jsonl \
    --mb "$mb" --slow-kb "$slow_kb" \
    --work "$target/peers-work" \
    --install-status "$status" "${stage[@]}" "${pages[@]}" \
    --out bench/peers.md
