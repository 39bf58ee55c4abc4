"""Shared fixtures for the claimkit wheel's tests (run by `just python-test`)."""

import json
import os
import subprocess
from pathlib import Path

import pyarrow.parquet as pq
import pytest

ROOT = Path(__file__).resolve().parents[2]
REUTERS = ROOT.parent / "shared" / "eval" / "news_reuters21578" / "reuters21578.jsonl"
TABLES = ["documents", "sentences", "quantities", "times", "attributions", "claims", "checkable_claims"]


def claimkit_bin() -> str:
    """The `claimkit` binary the recipe built (CLAIMKIT_BIN), else target/debug/claimkit."""
    target = Path(os.environ.get("CARGO_TARGET_DIR") or ROOT / "target")
    return os.environ.get("CLAIMKIT_BIN") or str(target / "debug" / "claimkit")


def build(inputs, out: Path) -> dict:
    """Run `claimkit build --format parquet` and read back every table with pyarrow."""
    cmd = [claimkit_bin(), "build", *map(str, inputs), "--out", str(out), "--format", "parquet"]
    subprocess.run(cmd, check=True, capture_output=True)
    return {t: pq.read_table(out / f"{t}.parquet") for t in TABLES}


def reuters_records(n):
    """The first `n` Reuters-21578 records with a non-empty text (read in place; empty
    texts are bad input for `claimkit build`, so both sides leave them out)."""
    if not REUTERS.exists():
        pytest.skip(f"SKIPPED: {REUTERS} not found")
    records = []
    with REUTERS.open(encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if str(record.get("text") or "").strip():
                records.append(record)
                if n is not None and len(records) >= n:
                    break
    return records


def write_jsonl(path: Path, records) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path
