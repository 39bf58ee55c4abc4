"""claimkit: turn news articles into benchmark datasets of checkable claims.

The claimkit pipeline (Rust) with Arrow tables in and out. Two functions:

* :func:`analyze` -- one article given as a string;
* :func:`analyze_batch` -- a table of articles (pyarrow, polars, pandas, or anything
  with ``__arrow_c_stream__``), e.g. one partition of a Dask, Ray or Spark job.

Both return a dict of the seven tables of ``claimkit build`` -- ``documents``,
``sentences``, ``quantities``, ``times``, ``attributions``, ``claims`` and
``checkable_claims`` -- as :class:`pyarrow.Table`, with the same columns, types and rows
that ``claimkit build`` writes to ``NAME.parquet`` for the same articles. Every
``start``/``end`` is a code point offset into ``documents.text``, so
``text[start:end] == row["text"]`` in Python.

>>> import claimkit
>>> tables = claimkit.analyze(
...     "U.S. officials said Russia conducted between 12 and 20 strikes Tuesday.",
...     published="2015-11-17", id="seed")
>>> q = tables["quantities"].to_pylist()[0]
>>> q["text"], q["low"], q["high"], q["approx"], q["unit"]
('between 12 and 20 strikes', 12.0, 20.0, 'range', 'strikes')
>>> str(tables["times"].to_pylist()[0]["start_date"])
'2015-11-17'
>>> tables["claims"].to_pylist()[0]["source_text"]
'U.S. officials'

The Rust pipeline runs with the GIL released and, for a batch, on all cores (rayon);
tables leave Rust through the Arrow C stream interface without a copy.
"""

from __future__ import annotations

from typing import Any, Dict, Optional

import pyarrow as pa
import pyarrow.compute as pc

from . import _claimkit
from ._claimkit import ArrowTable, DocumentError

__all__ = [
    "analyze",
    "analyze_batch",
    "ArrowTable",
    "DocumentError",
    "TABLES",
    "INPUT_COLUMNS",
    "__version__",
]

__version__ = "0.1.0"

#: The seven output tables, in the order ``claimkit build`` writes them.
TABLES: tuple = tuple(_claimkit.TABLES)

#: The input columns read from an article table (others are ignored), as in JSONL:
#: ``id``, ``title``, ``published`` (or its alias ``date``), ``dateline``, ``text``.
INPUT_COLUMNS: tuple = tuple(_claimkit.COLUMNS)

_STRINGS = (pa.types.is_string, pa.types.is_large_string, pa.types.is_string_view)


def _to_pyarrow(raw: Dict[str, Any]) -> Dict[str, pa.Table]:
    # pa.table() imports the ArrowTable through __arrow_c_stream__: no copy.
    return {name: pa.table(raw[name]) for name in TABLES}


def analyze(
    text: str,
    published: Optional[str] = None,
    title: Optional[str] = None,
    id: Optional[str] = None,
    *,
    dateline: Optional[str] = None,
) -> Dict[str, pa.Table]:
    """Analyse one article and return its seven tables as pyarrow Tables.

    Args:
        text: the article body. Hard-wrapped lines are unwrapped into paragraphs (a blank
            line separates paragraphs), exactly as ``claimkit build`` reads a JSONL ``text``.
        published: publication date, ``YYYY-MM-DD`` or RFC 3339; relative dates ("last
            month", "Tuesday") are resolved against it. Unreadable: a warning, left empty.
        title: the headline (``documents.title``).
        id: the document id used in every row id (``ID:c1``, ``ID:q1`` ...); default ``doc``.
        dateline: the dateline as written (``documents.dateline``; default: ``published``).

    Returns:
        ``{"documents": Table, "sentences": Table, "quantities": Table, "times": Table,
        "attributions": Table, "claims": Table, "checkable_claims": Table}``.

    Raises:
        DocumentError: the article cannot be read (e.g. empty text); the message names the
            document and the field.

    Example:
        >>> import claimkit
        >>> t = claimkit.analyze("Leaders of more than a dozen countries met in Vienna last month.",
        ...                      published="2015-11-17", id="a1")
        >>> t["quantities"].select(["quantity_id", "text", "low", "approx"]).to_pylist()
        [{'quantity_id': 'a1:q1', 'text': 'more than a dozen countries', 'low': 12.0, 'approx': 'more_than'}]
        >>> [str(d) for d in t["times"].select(["start_date", "end_date"]).to_pylist()[0].values()]
        ['2015-10-01', '2015-10-31']
    """
    raw = _claimkit.analyze_text(
        text,
        published=published,
        title=title,
        id="doc" if id is None else str(id),
        dateline=dateline,
    )
    return _to_pyarrow(raw)


def _string_column(name: str, column: Any) -> Any:
    """Cast one input column to strings the way a JSONL record would hold it."""
    kind = column.type
    if pa.types.is_dictionary(kind):
        column = column.cast(kind.value_type)
        kind = column.type
    if any(test(kind) for test in _STRINGS) or pa.types.is_null(kind):
        return column
    if name == "id" and pa.types.is_integer(kind):
        return column.cast(pa.string())  # JSONL reads a numeric id as its digits
    if name in ("published", "date"):
        if pa.types.is_date(kind):
            return column.cast(pa.string())  # YYYY-MM-DD
        if pa.types.is_timestamp(kind):
            return pc.strftime(column, format="%Y-%m-%dT%H:%M:%S")
    raise TypeError(f"column {name!r} must hold strings, found {kind}")


def _article_table(articles: Any) -> pa.Table:
    """Any table-like input as a pyarrow Table of the input columns, all strings."""
    if isinstance(articles, pa.Table):
        table = articles
    elif isinstance(articles, pa.RecordBatch):
        table = pa.Table.from_batches([articles])
    elif isinstance(articles, list):
        table = pa.Table.from_pylist(articles)
    elif type(articles).__module__.split(".")[0] == "pandas":
        # Only the input columns: other object columns (lists, dicts) need not convert.
        keep = [c for c in articles.columns if c in INPUT_COLUMNS]
        table = pa.Table.from_pandas(articles[keep], preserve_index=False)
    else:
        # polars, DuckDB, arro3, nanoarrow ...: anything with __arrow_c_stream__.
        table = pa.table(articles)
    names = [n for n in table.column_names if n in INPUT_COLUMNS]
    if "text" not in names and "html" not in names:
        raise TypeError(f'the articles have no "text" or "html" column (columns: {", ".join(table.column_names)})')
    columns = [_string_column(n, table.column(n)) for n in names]
    return pa.table(columns, names=names)


def analyze_batch(
    articles: Any,
    *,
    source_file: str = "batch",
    jobs: Optional[int] = None,
) -> Dict[str, pa.Table]:
    """Analyse a table of articles; return the seven tables of ``claimkit build`` for them.

    Args:
        articles: a ``pyarrow.Table`` or ``RecordBatch``, a polars or pandas DataFrame,
            a list of dicts, or any object with ``__arrow_c_stream__``. Columns read, as
            in a JSONL record: ``text``, ``id``, ``title``, ``published`` (or ``date``),
            ``dateline``; strings (``id`` may be an integer, ``published`` a date or
            timestamp); other columns are ignored. A row with no ``text`` may instead hold
            a saved web page in ``html``: it is read as ``claimkit build`` reads a
            ``*.html`` file (body without boilerplate, title, date and canonical ``url``
            from the page; a ``title`` in the row wins). One of the two columns is required.
        source_file: the ``documents.source_file`` value, and the stem of the ids given to
            rows without one (``STEM-N`` for row N, 1-based, as the JSONL reader names
            line N of a file).
        jobs: threads for the Rust pipeline; default all cores (rayon). Use ``1`` inside
            engines that already run one task per core (Dask, Ray, Spark).

    Returns:
        ``{table name: pyarrow.Table}`` for the seven tables, with the columns, types and
        rows that ``claimkit build`` writes to ``NAME.parquet`` for the same articles
        (string columns are Arrow ``string_view``, as ``pyarrow.parquet`` reads them).

    Raises:
        DocumentError: a row cannot be read (empty ``text``, duplicate ``id`` ...); the
            message names the row, the document id and the field, and so do its
            attributes ``row``, ``doc_id`` and ``field``.
        TypeError: a column is not of a usable type.

    Example:
        >>> import claimkit, polars as pl
        >>> articles = pl.DataFrame({
        ...     "id": ["a1", "a2"],
        ...     "published": ["2015-11-17", "1987-02-26"],
        ...     "text": ["U.S. officials said Russia conducted 20 strikes.",
        ...              "Cocoa rose 5 pct last week, traders said."]})
        >>> tables = claimkit.analyze_batch(articles)
        >>> pl.from_arrow(tables["claims"]).select("claim_id", "source_text").rows()
        [('a1:c1', 'U.S. officials'), ('a2:c1', 'traders')]
    """
    table = _article_table(articles)
    raw = _claimkit.analyze_stream(table, source_file=source_file, jobs=jobs)
    return _to_pyarrow(raw)
