# claimkit tasks. `just --list` shows them all.

set shell := ["bash", "-euo", "pipefail", "-c"]

eval_dir := justfile_directory() / ".." / "shared" / "eval"

# Build datasets/claims/ from datasets/articles/ (all tables, CSV and Parquet).
build-dataset *ARGS:
    cargo run --quiet -- build {{ARGS}}

# Run every test (unit, property, snapshot, scored, end-to-end) and print one summary line.
test:
    #!/usr/bin/env bash
    set -uo pipefail
    log=$(mktemp)
    cargo test --workspace --no-fail-fast 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    awk '/^test result:/ {p+=$4; f+=$6; i+=$8} END {printf "\nclaimkit test summary: %d passed, %d failed, %d ignored\n", p, f, i}' "$log"
    rm -f "$log"
    exit $status

# Throughput benchmarks (MB/s) over the Reuters-21578 corpus in ../shared/eval, then the
# scaling benchmark: one document of 1, 2, 4 and 8 MB through the whole analysis, which
# fails when 8 MB takes more than 2.5 times as long as 4 MB (crates/claims/benches/scaling.rs).
bench:
    cargo bench --workspace --exclude claimkit-claims
    cargo bench -p claimkit-claims

# claimkit vs its Python peers on one Reuters slice of MB megabytes; writes bench/peers.md.
bench-peers MB="1.5" SLOW_KB="200":
    bash bench/peers/run.sh {{MB}} {{SLOW_KB}}

# Retrain the check-worthiness model from ../shared/eval/checkworthiness_train/ into
# crates/claims/src/checkworthy/checkworthiness-model.tsv, then check that training again
# gives the same bytes (the ignored test retraining_reproduces_the_committed_model).
train-checkworthiness:
    CW_WRITE=1 cargo test --release -p claimkit-claims --test checkworthiness -- --ignored retraining_reproduces_the_committed_model --nocapture
    cargo test --release -p claimkit-claims --test checkworthiness -- --ignored retraining_reproduces_the_committed_model

# Near-duplicate clusters on Reuters-21578: precision on the hand-checked sample and speed beside
# datasketch MinHashLSH on the same LIMIT claims, in one run; writes bench/dedup.md.
bench-dedup LIMIT="30000":
    bash bench/dedup/run.sh {{LIMIT}}

# Score the committed dataset against the seed gold (needs python3).
eval:
    python3 ../shared/gold/score.py datasets/claims ../shared/gold/*.jsonl --verbose

# One self-contained HTML page with the claims highlighted on each article.
report OUT="report.html":
    cargo run --quiet -- report datasets/articles --out {{OUT}}

# Label Studio tasks with the claims as pre-annotations (+ labeling config beside them).
labelstudio OUT="labelstudio-tasks.json":
    cargo run --quiet -- export-labelstudio datasets/articles --out {{OUT}}

# Review pending insta snapshots.
review:
    cargo insta review

# The Python recipes run in a throwaway venv, target/py-venv, built from notebooks/requirements.txt.

# Execute notebooks/explore.ipynb headless (copy in target/notebooks/) and refresh its figure.
notebook:
    #!/usr/bin/env bash
    set -euo pipefail
    py=$(python3 tests/python/venv.py)
    "$py" tests/python/run_notebook.py notebooks/explore.ipynb "${CARGO_TARGET_DIR:-target}/notebooks/explore.ipynb"

# Load datasets/claims with Hugging Face datasets (offline, every config) and query it with DuckDB;
# then split a copy and load its train/validation/test splits.
python-checks:
    #!/usr/bin/env bash
    set -euo pipefail
    py=$(python3 tests/python/venv.py)
    "$py" tests/python/check_hf_datasets.py datasets/claims
    "$py" tests/python/check_duckdb.py datasets/claims
    # The release path: a split copy loads as train/validation/test.
    split="${CARGO_TARGET_DIR:-target}/python-checks/claims"
    rm -rf "$split" && mkdir -p "$split" && cp datasets/claims/* "$split"/
    cargo run --quiet -- split --dataset "$split" --seed 1
    "$py" tests/python/check_hf_datasets.py "$split"

# cargo fuzz passes nightly-only flags to rustc; RUSTC_BOOTSTRAP=1 lets the stable toolchain
# take them. No sanitizer (safe Rust; faster), debug assertions on (overflow panics).
# Crashes land in fuzz/artifacts/TARGET/; keep each one in tests/regressions/.
# Fuzz every cargo-fuzz target in fuzz/ (or only TARGETS) for FUZZ_SECONDS (default 300) each.
fuzz *TARGETS:
    #!/usr/bin/env bash
    set -euo pipefail
    command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
    cd fuzz
    export RUSTC_BOOTSTRAP=1
    seconds="${FUZZ_SECONDS:-300}"
    targets="{{TARGETS}}"
    [ -n "$targets" ] || targets=$(cargo fuzz list)
    cargo fuzz build -s none -a
    for t in $targets; do
        mkdir -p "corpus/$t" artifacts
        echo "== fuzz $t for ${seconds}s"
        cargo fuzz run -s none -a "$t" "corpus/$t" ../datasets/articles ../tests/regressions -- \
            -max_total_time="$seconds" -max_len=8192 -timeout=10 -dict=articles.dict 2>&1 \
            | tee "artifacts/$t.log" | grep -E '^(Done|==[0-9]+== ERROR|SUMMARY)|panicked' || true
        grep -q '^Done' "artifacts/$t.log" || { echo "fuzz $t: stopped early, see fuzz/artifacts/$t.log"; exit 1; }
    done

# The wheel goes into a throwaway venv (target/py-pkg-venv, from tests/python_pkg/requirements.txt);
# RELEASE=1 builds a release wheel. Needs python3 and PyPI.
# Build the Python wheel (debug), run its pytest tests and the Dask scale-out test.
python-test *PYTEST_ARGS:
    #!/usr/bin/env bash
    set -euo pipefail
    target="${CARGO_TARGET_DIR:-{{justfile_directory()}}/target}"
    py=$(python3 tests/python/venv.py --requirements tests/python_pkg/requirements.txt --venv "$target/py-pkg-venv")
    cargo build --quiet --bin claimkit
    wheels="$target/claimkit-wheel"
    rm -rf "$wheels"
    # Its own workspace (crates/python/Cargo.toml), built into the shared target dir.
    CARGO_TARGET_DIR="$target" "$(dirname "$py")/maturin" build --quiet \
        --manifest-path crates/python/Cargo.toml --out "$wheels" ${RELEASE:+--release}
    "$py" -m pip install --quiet --force-reinstall --no-deps "$wheels"/claimkit-*.whl
    cd tests/python_pkg
    CLAIMKIT_BIN="$target/debug/claimkit" "$py" -m pytest -p no:cacheprovider -q -s {{PYTEST_ARGS}}
