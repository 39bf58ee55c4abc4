//! The data card: `README.md` of a built dataset, with Hugging Face `datasets`
//! YAML configs (one per table) and every column described.

use crate::manifest::Manifest;
use crate::schema::Table;
use crate::writer::Format;
use std::fmt::Write;

/// The data card for a dataset written in `format`.
pub fn data_card(manifest: &Manifest, format: Format) -> String {
    let ext = match format {
        Format::Csv => "csv",
        Format::Parquet | Format::Both => "parquet",
    };
    let mut s = String::new();
    s.push_str("---\npretty_name: claimkit checkable claims\nlanguage:\n- en\ntask_categories:\n- text-classification\n- token-classification\nconfigs:\n");
    for table in Table::ALL {
        let _ = writeln!(
            s,
            "- config_name: {}\n  data_files: {}.{ext}",
            table.name(),
            table.name()
        );
        if table == Table::Claims {
            s.push_str("  default: true\n");
        }
    }
    s.push_str("---\n\n# claimkit checkable claims\n\n");
    let _ = writeln!(
        s,
        "Built by claimkit {} (schema {}) from {} documents in {} input files. \
         Every claim is an exact span of its article, with the quantities and dates that make it \
         checkable and the source it is attributed to. `manifest.json` lists the inputs with their \
         SHA-256, the options, the row counts and any documents left out.\n",
        manifest.tool_version,
        crate::manifest::SCHEMA_VERSION,
        manifest.documents(),
        manifest.inputs.len()
    );
    s.push_str("## Loading\n\n```python\nimport polars as pl\nclaims = pl.read_parquet(\"claims.parquet\")\n\n");
    s.push_str("import pandas as pd  # keep nullable integer columns as integers:\nclaims = pd.read_csv(\"claims.csv\", dtype_backend=\"numpy_nullable\")\n\n");
    s.push_str("from datasets import load_dataset\nclaims = load_dataset(\"path/to/this/folder\", \"claims\")\n\n");
    s.push_str("import duckdb\nduckdb.sql(\"SELECT * FROM 'checkable_claims.parquet'\")\n```\n\n");
    s.push_str(
        "pandas turns integer columns with missing values into floats unless you pass \
                `dtype_backend=\"numpy_nullable\"` (or `\"pyarrow\"`).\n\n",
    );
    s.push_str("## Conventions\n\n\
        - `start`/`end` (and `source_start`, `content_start`, …) are Unicode code point offsets into \
          `documents.text`, end exclusive: in Python `doc_text[start:end] == row.text`.\n\
        - Rows are in input order of documents (sorted path order, then JSONL line order), then by \
          `start` (`content_start` for attributions).\n\
        - Ids are `{doc_id}:s{n}` (sentences), `:c{n}` (claims), `:q{n}`, `:t{n}`, `:a{n}`, counting from 1.\n\
        - Booleans are `true`/`false`; a missing value is an empty CSV field and null in Parquet.\n\
        - Dates are `YYYY-MM-DD`; a time's `start_date`..`end_date` are the first and last calendar day \
          it denotes, resolved against the publication date (weeks are ISO weeks, Monday to Sunday).\n\n");
    s.push_str("## Tables\n");
    for table in Table::ALL {
        let rows = manifest.rows.get(table.name()).copied().unwrap_or(0);
        let _ = writeln!(
            s,
            "\n### `{}` ({} rows)\n\n{}.\n\n| column | type | meaning |\n|---|---|---|",
            table.name(),
            rows,
            capitalise(table.doc())
        );
        for c in table.columns() {
            let _ = writeln!(s, "| `{}` | {} | {} |", c.name, c.kind.name(), c.doc);
        }
    }
    s
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
