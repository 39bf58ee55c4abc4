"""The claimkit wheel: analyze, analyze_batch against `claimkit build`, errors, GIL."""

import threading
import time

import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import claimkit
from conftest import TABLES, build, reuters_records, write_jsonl

SEED = "U.S. officials said Russia conducted between 12 and 20 strikes Tuesday."


def assert_spans_exact(tables):
    """text[start:end] == row text for every span of every table (code points)."""
    texts = {r["doc_id"]: r["text"] for r in tables["documents"].to_pylist()}
    for name in ["sentences", "quantities", "times", "claims"]:
        for row in tables[name].to_pylist():
            assert texts[row["doc_id"]][row["start"] : row["end"]] == row["text"], (name, row)
    for row in tables["attributions"].to_pylist():
        text = texts[row["doc_id"]]
        assert text[row["content_start"] : row["content_end"]] == row["content"]
        if row["source_start"] is not None:
            assert text[row["source_start"] : row["source_end"]] == row["source_text"]


def test_analyze_one_article():
    tables = claimkit.analyze(SEED, published="2015-11-17", title="Alliance", id="seed")
    assert list(tables) == TABLES
    assert all(isinstance(t, pa.Table) for t in tables.values())
    q = tables["quantities"].to_pylist()
    assert [(r["quantity_id"], r["text"], r["low"], r["high"], r["approx"], r["unit"]) for r in q] == [
        ("seed:q1", "between 12 and 20 strikes", 12.0, 20.0, "range", "strikes")
    ]
    assert str(tables["times"].column("start_date")[0]) == "2015-11-17"
    doc = tables["documents"].to_pylist()[0]
    assert (doc["doc_id"], doc["title"], doc["dateline"], str(doc["published"])) == (
        "seed", "Alliance", "2015-11-17", "2015-11-17")
    assert tables["claims"].column("source_text").to_pylist() == ["U.S. officials"]
    assert_spans_exact(tables)


def test_analyze_defaults_and_unicode_offsets():
    text = "Café owners said “prices rose 5%” in Zürich last week.\n\nNo more."
    tables = claimkit.analyze(text)
    assert tables["documents"].column("doc_id").to_pylist() == ["doc"]
    assert tables["documents"].column("published").to_pylist() == [None]
    assert_spans_exact(tables)


def test_batch_equals_claimkit_build(tmp_path):
    """analyze_batch gives exactly the tables (columns, types, rows) that build writes."""
    records = reuters_records(300)
    shard = write_jsonl(tmp_path / "reuters-head.jsonl", records)
    built = build([shard], tmp_path / "built")
    batch = claimkit.analyze_batch(pa.Table.from_pylist(records), source_file=str(shard))
    for name in TABLES:
        assert batch[name].schema.equals(built[name].schema), name
        assert batch[name].equals(built[name]), name
    assert_spans_exact(batch)


@pytest.mark.parametrize("kind", ["polars", "pandas", "list", "record_batch", "capsule_only"])
def test_batch_accepts_dataframes(tmp_path, kind):
    records = [{k: r.get(k) for k in ("id", "title", "date", "dateline", "text")} for r in reuters_records(40)]
    expected = claimkit.analyze_batch(pa.Table.from_pylist(records))
    table = pa.Table.from_pylist(records)
    articles = {
        "polars": pl.DataFrame(records),
        "pandas": pd.DataFrame(records),
        "list": records,
        "record_batch": table.to_batches()[0] if table.num_rows else table,
        "capsule_only": type("Stream", (), {"__arrow_c_stream__": lambda self, requested_schema=None: table.__arrow_c_stream__(requested_schema)})(),
    }[kind]
    got = claimkit.analyze_batch(articles, jobs=1)
    for name in TABLES:
        assert got[name].equals(expected[name]), name
    # and back out to polars / pandas
    assert pl.from_arrow(got["claims"]).height == expected["claims"].num_rows
    assert len(got["claims"].to_pandas()) == expected["claims"].num_rows


def test_batch_typed_columns_read_like_jsonl():
    """Integer ids and date columns read as their JSONL spelling."""
    typed = pa.table({
        "id": pa.array([7, 8], pa.int64()),
        "published": pa.array([pd.Timestamp("2015-11-17").date(), None], pa.date32()),
        "text": ["Russia conducted 20 strikes last week.", "Shares rose 5 pct."],
        "ignored": [[1], [2]],
    })
    plain = pa.table({"id": ["7", "8"], "published": ["2015-11-17", None],
                      "text": typed.column("text").to_pylist()})
    a, b = claimkit.analyze_batch(typed), claimkit.analyze_batch(plain)
    for name in TABLES:
        assert a[name].equals(b[name]), name
    assert a["documents"].column("doc_id").to_pylist() == ["7", "8"]


def test_missing_ids_follow_the_jsonl_rule():
    got = claimkit.analyze_batch([{"text": "One."}, {"text": "Two."}], source_file="news/wire.jsonl")
    assert got["documents"].column("doc_id").to_pylist() == ["wire-1", "wire-2"]
    assert got["documents"].column("source_file").to_pylist() == ["news/wire.jsonl"] * 2


def test_empty_text_is_an_exception_naming_the_document():
    with pytest.raises(claimkit.DocumentError) as err:
        claimkit.analyze_batch([{"id": "ok", "text": "Fine."}, {"id": "r2", "text": "  \n "}])
    assert str(err.value) == 'row 1 (id "r2"): empty "text": no body'
    assert (err.value.row, err.value.doc_id, err.value.field) == (1, "r2", "text")
    assert isinstance(err.value, ValueError)


def test_null_text_duplicate_id_and_bad_types():
    with pytest.raises(claimkit.DocumentError, match=r'row 0 \(id "a"\): no "text" or "html" value'):
        claimkit.analyze_batch(pa.table({"id": ["a"], "text": pa.array([None], pa.string())}))
    with pytest.raises(claimkit.DocumentError, match=r'row 2 \(id "a"\): duplicate document id "a" \(first in row 0\)') as err:
        claimkit.analyze_batch([{"id": "a", "text": "One."}, {"id": "b", "text": "Two."}, {"id": "a", "text": "Three."}])
    assert err.value.field == "id"
    with pytest.raises(TypeError, match="column 'text' must hold strings, found int64"):
        claimkit.analyze_batch(pa.table({"text": [1, 2]}))
    with pytest.raises(TypeError, match='no "text" or "html" column'):
        claimkit.analyze_batch(pa.table({"body": ["x"]}))
    with pytest.raises(claimkit.DocumentError, match="empty"):
        claimkit.analyze("")


PAGE = """<!DOCTYPE html><html><head><meta charset="windows-1252"><title>Dam | News</title>
<meta property="og:title" content="Dam opens in São Paulo">
<meta property="article:published_time" content="2021-03-04T08:00:00Z">
<link rel="canonical" href="https://news.example/dam"></head>
<body><nav>Home | World | Business</nav><article><p>The dam opened on Thursday after six years
of work, officials in São Paulo said. It holds enough water for 2 million people.</p></article>
<footer>Copyright News</footer></body></html>"""


def test_html_rows_are_read_as_saved_pages():
    got = claimkit.analyze_batch(
        pa.table({"id": ["p", "t"], "html": [PAGE, None], "text": [None, "Cocoa rose 5 pct."]})
    )
    docs = got["documents"].to_pylist()
    assert [d["title"] for d in docs] == ["Dam opens in São Paulo", None]
    assert str(docs[0]["published"]) == "2021-03-04"
    assert docs[0]["url"] == "https://news.example/dam"
    # the text is the article body, decoded as given (not by the page's charset label)
    assert docs[0]["text"].startswith("The dam opened on Thursday") and "São Paulo" in docs[0]["text"]
    assert "Copyright" not in docs[0]["text"] and "Home" not in docs[0]["text"]
    quantities = got["quantities"].column("text").to_pylist()
    assert "2 million people" in quantities and "5 pct" in quantities
    with pytest.raises(claimkit.DocumentError, match=r'row 0 \(id "h"\): no article text found in the page') as err:
        claimkit.analyze_batch([{"id": "h", "html": "<html><body><nav>Home</nav></body></html>"}])
    assert err.value.field == "html"


def test_unreadable_published_date_warns():
    with pytest.warns(UserWarning, match=r'row 0 \(id "doc"\): unreadable published date "someday"'):
        tables = claimkit.analyze("Shares rose 5 pct.", published="someday")
    assert tables["documents"].column("published").to_pylist() == [None]
    assert tables["documents"].column("dateline").to_pylist() == ["someday"]


def test_empty_batch_gives_empty_tables_with_the_schema():
    got = claimkit.analyze_batch(pa.table({"text": pa.array([], pa.string())}))
    one = claimkit.analyze(SEED)
    for name in TABLES:
        assert got[name].num_rows == 0
        assert got[name].schema.equals(one[name].schema)


def test_gil_is_released_while_rust_runs():
    records = [{"id": str(i), "text": SEED * 40} for i in range(400)]
    ticks = []
    stop = threading.Event()

    def tick():
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.001)

    thread = threading.Thread(target=tick)
    thread.start()
    started = time.perf_counter()
    claimkit.analyze_batch(records, jobs=1)
    ended = time.perf_counter()
    stop.set()
    thread.join()
    during = [t for t in ticks if started < t < ended]
    assert ended - started > 0.05
    assert len(during) > 5, "another Python thread made no progress while analyze_batch ran"


def test_help_reads_well():
    doc = claimkit.analyze.__doc__
    assert "Example:" in doc and "published" in doc and "DocumentError" in doc
    assert "__arrow_c_stream__" in claimkit.analyze_batch.__doc__


def test_docstring_examples():
    import doctest

    result = doctest.testmod(claimkit, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0 and result.attempted >= 10
