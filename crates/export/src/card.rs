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
    s.push_str("import pandas as pd  # ids and text as written, integers as integers:\n");
    let _ = writeln!(s, "{}", pandas_loader(Table::Claims, "claims"));
    let _ = writeln!(s, "{}\n", pandas_loader(Table::Documents, "documents"));
    s.push_str("from datasets import load_dataset\nclaims = load_dataset(\"path/to/this/folder\", \"claims\")\n\n");
    s.push_str("import duckdb\nduckdb.sql(\"SELECT * FROM 'checkable_claims.parquet'\")\n```\n\n");
    s.push_str(
        "With pandas, pass the string columns and the missing-value rule as above: by default \
         pandas reads ids such as `007` or `1e3` as numbers, the title `NaN` or the id `NA` as \
         missing, and integer columns with missing values as floats. Each table's string columns \
         are those of type `string` below. Parquet keeps every type as written.\n\n",
    );
    s.push_str(CSV_EXACTNESS);
    s.push_str(CHECKWORTHINESS);
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

/// Where `checkworthy` and `checkworthiness` come from.
const CHECKWORTHINESS: &str = "## Check-worthiness\n\n\
    `checkworthiness` is the probability from claimkit's check-worthiness model \
    (`claimkit-checkworthiness 2`, `crates/claims/src/checkworthy/checkworthiness-model.tsv`): a \
    logistic regression over TF-IDF word 1-2-grams and character 2-5-grams of the claim, trained \
    on the CheckThat! 2024 English training debates, whose margin is weighed with rule features \
    (quantity, date, name, event verb, attribution; modal, opinion, prediction, question \
    against) on a news dev set of 150 labelled BBC sentences; `checkworthy` is that probability \
    reaching 0.5. The training data is released by the CLEF CheckThat! lab as \"free for general \
    research use\".\n\n";

/// What the CSV files promise about their cells.
const CSV_EXACTNESS: &str = "CSV cells hold the text exactly as the offsets point at it, \
    including cells that start with `=`, `+`, `-` or `@`, which a spreadsheet may run as a \
    formula: open the CSV files in a spreadsheet only if you trust the articles, or build with \
    `--excel-safe`, which prefixes such cells with `'` in the CSV files (those cells then no \
    longer equal `text[start:end]`; Parquet is never changed; `manifest.json` records the \
    option).\n\n";

/// The pandas statement that reads `table`'s CSV with its ids and text as
/// written (after `import pandas as pd`).
fn pandas_loader(table: Table, var: &str) -> String {
    let strings: Vec<String> = table
        .columns()
        .iter()
        .filter(|c| c.kind == crate::schema::ColumnKind::Text)
        .map(|c| format!("\"{}\": \"string\"", c.name))
        .collect();
    format!(
        "{var} = pd.read_csv(\"{}.csv\", dtype_backend=\"numpy_nullable\", keep_default_na=False, na_values=[\"\"],\n    dtype={{{}}})",
        table.name(),
        strings.join(", ")
    )
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
