"""claimkit on a Dask distributed cluster: JSONL shards in, partitioned Parquet out.

    python scale_out.py SHARD_DIR OUT_DIR [--workers N] [--scheduler ADDRESS]

One Dask partition per JSONL shard (`dd.read_json(..., blocksize=None)`); `map_partitions`
runs `claimkit.analyze_batch` on each and writes its seven tables to
`OUT_DIR/TABLE/part-NNNNN.parquet`, so `pyarrow.parquet.read_table(OUT_DIR / TABLE)` (or
polars, DuckDB, Spark) reads each table as one dataset. Without --scheduler it starts a
`LocalCluster` of N worker processes, one thread each; with it, it runs on that cluster.
The tests import `run` from here; the README shows the same recipe.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

import claimkit


def analyze_partition(articles: pd.DataFrame, shards: list, out: str, partition_info=None) -> pd.DataFrame:
    """One shard: analyse its articles and write every table as one Parquet part."""
    number = partition_info["number"] if partition_info else 0
    if articles.empty:  # Dask probes the function with an empty frame to check `meta`
        return pd.DataFrame({"part": pd.Series([], dtype="int64"), "table": pd.Series([], dtype="object"),
                             "rows": pd.Series([], dtype="int64")})
    # `source_file` names the shard as `claimkit build SHARD_DIR` would; jobs=1 because
    # Dask already runs one task per worker thread.
    tables = claimkit.analyze_batch(articles, source_file=shards[number], jobs=1)
    rows = []
    for name, table in tables.items():
        folder = Path(out) / name
        folder.mkdir(parents=True, exist_ok=True)
        pq.write_table(table, folder / f"part-{number:05d}.parquet", compression="zstd")
        rows.append({"part": number, "table": name, "rows": table.num_rows})
    return pd.DataFrame(rows)


def run(shards: list, out: Path, client) -> pd.DataFrame:
    """Analyse every shard on the cluster behind `client`; returns rows written per part."""
    import dask.dataframe as dd

    # Strings stay strings: no dtype guessing, no date parsing (pandas would turn the
    # `date` column into timestamps and digit-only ids into integers).
    articles = dd.read_json(
        [str(s) for s in shards], lines=True, blocksize=None,
        dtype=False, convert_dates=False, keep_default_dates=False,
    )
    meta = pd.DataFrame({"part": pd.Series([], dtype="int64"), "table": pd.Series([], dtype="object"),
                         "rows": pd.Series([], dtype="int64")})
    written = articles.map_partitions(analyze_partition, [str(s) for s in shards], str(out), meta=meta)
    return client.compute(written).result()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shard_dir", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scheduler")
    args = parser.parse_args()
    from dask.distributed import Client, LocalCluster

    shards = sorted(args.shard_dir.glob("*.jsonl"))
    started = time.perf_counter()
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None)
        client = Client(cluster)
    with client:
        written = run(shards, args.out, client)
    seconds = time.perf_counter() - started
    docs = int(written[written.table == "documents"].rows.sum())
    print(f"{len(shards)} shards, {docs} documents in {seconds:.1f} s ({docs / seconds:.0f} docs/s)")


if __name__ == "__main__":
    main()
