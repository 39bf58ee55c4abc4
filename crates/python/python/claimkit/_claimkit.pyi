"""Type hints for the native module claimkit._claimkit (Rust, PyO3)."""

from typing import Any, Dict, List, Optional

TABLES: List[str]
COLUMNS: List[str]

class DocumentError(ValueError):
    """An article claimkit cannot read; the message names the row, document id and field."""

    row: int
    doc_id: Optional[str]
    field: Optional[str]

class ArrowTable:
    """One result table; export it with pyarrow.table(t) or polars.DataFrame(t) (no copy)."""

    @property
    def name(self) -> str: ...
    @property
    def num_rows(self) -> int: ...
    def __len__(self) -> int: ...
    def __arrow_c_stream__(self, requested_schema: Optional[object] = None) -> object: ...

def analyze_stream(
    articles: Any, source_file: str = "batch", jobs: Optional[int] = None
) -> Dict[str, ArrowTable]: ...
def analyze_text(
    text: str,
    published: Optional[str] = None,
    title: Optional[str] = None,
    id: Optional[str] = None,
    dateline: Optional[str] = None,
    source_file: str = "text",
) -> Dict[str, ArrowTable]: ...
