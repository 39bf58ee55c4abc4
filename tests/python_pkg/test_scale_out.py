"""Scale-out: Reuters-21578 in 8 JSONL shards on a Dask LocalCluster equals `claimkit build`.

By default the first 2,000 records with a non-empty text (about 10 % of the corpus) keep the
test under a minute on two cores; CLAIMKIT_SCALE_OUT_DOCS=all runs the whole corpus (19,779
records). Records with an empty text are bad input for `claimkit build`; both sides leave
them out because the shards never hold them.
"""

import os
import time

import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from conftest import TABLES, build, reuters_records, write_jsonl
from scale_out import run

SHARDS = 8


def keys(table, columns):
    return sorted(zip(*(table.column(c).to_pylist() for c in columns)))


def test_dask_local_cluster_equals_claimkit_build(tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    limit = os.environ.get("CLAIMKIT_SCALE_OUT_DOCS", "2000")
    records = reuters_records(None if limit == "all" else int(limit))
    shard_dir = tmp_path / "shards"
    shard_dir.mkdir()
    size = -(-len(records) // SHARDS)
    shards = [
        write_jsonl(shard_dir / f"reuters-{i:02d}.jsonl", records[i * size : (i + 1) * size])
        for i in range(SHARDS)
    ]
    assert all(s.stat().st_size > 0 for s in shards)

    started = time.perf_counter()
    built = build([shard_dir], tmp_path / "built")
    build_seconds = time.perf_counter() - started

    out = tmp_path / "parquet"
    started = time.perf_counter()
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None,
                                  silence_logs=40) as cluster, distributed.Client(cluster) as client:
        written = run(shards, out, client)
    dask_seconds = time.perf_counter() - started
    print(f"\nscale-out: {len(records)} docs in {SHARDS} shards: claimkit build {build_seconds:.1f} s, "
          f"Dask LocalCluster(2 workers) {dask_seconds:.1f} s")

    assert sorted(set(written.part)) == list(range(SHARDS))
    for name in TABLES:
        parts = sorted((out / name).glob("part-*.parquet"))
        assert len(parts) == SHARDS, name
        union = pq.read_table(out / name)
        expected = built[name]
        assert union.num_rows == expected.num_rows, name
        # ids and spans identical, whatever order the parts come back in ...
        id_column = union.column_names[0]
        span = [c for c in ("start", "end") if c in union.column_names]
        assert keys(union, [id_column, *span]) == keys(expected, [id_column, *span]), name
        assert set(union.column("doc_id").to_pylist()) == set(expected.column("doc_id").to_pylist())
        # ... and, read in part order, every value of every column equal to the build, except
        # cluster_id: each worker clusters the claims of its own shard, the build all of them.
        assert union.schema.equals(expected.schema), name
        if "cluster_id" in union.column_names:
            at = union.column_names.index("cluster_id")
            clustered = [c != i for c, i in zip(union.column("cluster_id").to_pylist(), union.column(0).to_pylist())]
            union, expected = union.remove_column(at), expected.remove_column(at)
            # a claim a shard clusters is one the build clusters too
            built_clustered = [c != i for c, i in zip(built[name].column("cluster_id").to_pylist(), built[name].column(0).to_pylist())]
            assert sum(clustered) <= sum(built_clustered), name
        assert union.equals(expected), name
    assert built["documents"].num_rows == len(records)
    assert pc.sum(built["claims"].column("checkworthy").cast("int64")).as_py() > 0
