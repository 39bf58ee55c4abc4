"""Query a claimkit dataset's Parquet files with DuckDB and check the counts.

    python tests/python/check_duckdb.py [DATASET_DIR]   (default: datasets/claims)

The expected numbers come from manifest.json and from the CSV files read with Python's own
csv module, so DuckDB's answers over the Parquet files are checked against an independent
reader, not against themselves.
"""

import csv
import json
import sys
from collections import Counter
from pathlib import Path

import duckdb


def read_csv(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def main() -> None:
    dataset = Path(sys.argv[1] if len(sys.argv) > 1 else "datasets/claims")
    rows = json.loads((dataset / "manifest.json").read_text(encoding="utf-8"))["rows"]
    db = duckdb.connect()
    glob = f"{dataset.as_posix()}/*.parquet"

    # Every table at once, through a glob: rows per file.
    per_file = dict(db.sql(f"""
        SELECT parse_filename(filename, true) AS table_name, count(*)
        FROM read_parquet('{glob}', filename = true, union_by_name = true)
        GROUP BY table_name
    """).fetchall())
    assert per_file == rows, f"rows per Parquet file {per_file} != manifest {rows}"
    print(f"'{glob}': {sum(per_file.values())} rows in {len(per_file)} tables, as in manifest.json")

    # Claims per source type.
    claims = dataset / "claims.parquet"
    by_type = dict(db.sql(f"""
        SELECT source_type, count(*) AS claims
        FROM '{claims.as_posix()}'
        GROUP BY source_type ORDER BY claims DESC
    """).fetchall())
    claims_csv = read_csv(dataset / "claims.csv")
    expected = Counter(row["source_type"] for row in claims_csv)
    assert by_type == dict(expected), f"claims per source_type: duckdb {by_type}, csv {dict(expected)}"
    assert sum(by_type.values()) == rows["claims"]
    print("claims per source_type:", ", ".join(f"{k} {v}" for k, v in by_type.items()))

    # The benchmark view joined to its articles: every checkable claim finds its document and
    # carries its publication date; it holds exactly the check-worthy claims.
    [(checkable, docs, agree)] = db.sql(f"""
        SELECT count(*),
               count(DISTINCT d.doc_id),
               count(*) FILTER (WHERE c.published IS NOT DISTINCT FROM d.published)
        FROM '{(dataset / "checkable_claims.parquet").as_posix()}' AS c
        JOIN '{(dataset / "documents.parquet").as_posix()}' AS d USING (doc_id)
    """).fetchall()
    assert checkable == rows["checkable_claims"], f"join gives {checkable} checkable claims, manifest {rows['checkable_claims']}"
    assert agree == checkable, f"{checkable - agree} checkable claims disagree with their document's date"
    checkworthy = sum(row["checkworthy"] == "true" for row in claims_csv)
    assert checkable == checkworthy, f"{checkable} checkable claims but {checkworthy} check-worthy claims"
    with_checkable = {row["doc_id"] for row in read_csv(dataset / "checkable_claims.csv")}
    assert docs == len(with_checkable), f"{docs} documents in the join, {len(with_checkable)} in the CSV"
    print(f"checkable_claims JOIN documents: {checkable} rows over {docs} documents, dates agree")

    # Each document's n_claims is the number of its claims.
    mismatched = db.sql(f"""
        SELECT d.doc_id, d.n_claims, count(c.claim_id) AS claims
        FROM '{(dataset / "documents.parquet").as_posix()}' AS d
        LEFT JOIN '{claims.as_posix()}' AS c USING (doc_id)
        GROUP BY d.doc_id, d.n_claims
        HAVING d.n_claims <> count(c.claim_id)
    """).fetchall()
    assert not mismatched, f"documents whose n_claims is not their number of claims: {mismatched}"
    print("ok: DuckDB over the Parquet files agrees with manifest.json and the CSV files")


if __name__ == "__main__":
    main()
