//! The data card: `README.md` of a built dataset, with Hugging Face `datasets`
//! YAML configs (one per table) and every column described.

use crate::manifest::Manifest;
use crate::schema::Table;
use crate::update::{split_file, SPLITS, SPLIT_TABLES};
use crate::writer::Format;
use serde_json::Value;
use std::fmt::Write;

/// The data card for a dataset written in `format`.
pub fn data_card(manifest: &Manifest, format: Format) -> String {
    let ext = match format {
        Format::Csv => "csv",
        Format::Parquet | Format::Both => "parquet",
    };
    let mut s = String::new();
    s.push_str("---\npretty_name: claimkit checkable claims\nlanguage:\n- en\ntask_categories:\n- text-classification\n- token-classification\nconfigs:\n");
    for table in tables(manifest) {
        let _ = writeln!(s, "- config_name: {}", table.name());
        if manifest.split.is_some() && SPLIT_TABLES.contains(&table) {
            s.push_str("  data_files:\n");
            for split in SPLITS {
                let _ = writeln!(
                    s,
                    "  - split: {split}\n    path: {}",
                    split_file(table, split, ext)
                );
            }
        } else {
            let _ = writeln!(s, "  data_files: {}.{ext}", table.name());
        }
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
    s.push_str(&near_duplicates(manifest));
    s.push_str(&splits(manifest));
    s.push_str(&labels(manifest));
    s.push_str("## Tables\n");
    for table in tables(manifest) {
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
    on the CheckThat! 2024 English train and dev debates, whose margin is weighed with rule features \
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

/// The dataset's tables: the seven of a build, and `labels` once imported.
fn tables(manifest: &Manifest) -> Vec<Table> {
    let mut all = Table::ALL.to_vec();
    if manifest.rows.contains_key(Table::Labels.name()) {
        all.push(Table::Labels);
    }
    all
}

/// How near-duplicate clusters are made, with the settings the build
/// recorded in the manifest.
fn near_duplicates(manifest: &Manifest) -> String {
    let Some(t) = &manifest.clusters else {
        return "## Near-duplicates\n\nEvery `cluster_id` is the claim's own id: this dataset was not clustered.\n\n".to_string();
    };
    format!(
        "## Near-duplicates\n\n\
         Wire copies, corrections and updates repeat a claim in several articles. `cluster_id` \
         groups such claims: MinHash ({} hash functions, {} bands) over each claim's word \
         3-shingles proposes pairs, and a pair is kept when the exact Jaccard similarity of the \
         shingle sets is at least {}; claims of fewer than {} words never join a cluster, and a \
         text found in more than {} documents is boilerplate. The two documents must also tell \
         the same story: published at most {} days apart, with alike titles (Jaccard of their \
         word pairs at least {}), or, for a claim of {} words or more, sharing at least {} \
         near-duplicate texts. `claimkit split` never puts two claims of one cluster in \
         different splits.\n\n",
        t["permutations"],
        t["bands"],
        t["threshold"],
        t["min_words"],
        t["max_documents"],
        t["max_days"],
        t["title_similarity"],
        t["long_words"],
        t["min_support"]
    )
}

/// The splits section, once `claimkit split` has run.
fn splits(manifest: &Manifest) -> String {
    let Some(split) = &manifest.split else {
        return "## Splits\n\nNot split yet: `claimkit split --dataset DIR` writes the `split` column and one file per split.\n\n".to_string();
    };
    let mut s = String::from("## Splits\n\n");
    let _ = writeln!(
        s,
        "Made with `claimkit split --by {} --ratios {} --seed {}`. {} \
         No document and no near-duplicate cluster is in two splits. \
         `load_dataset(path, \"checkable_claims\")` gives the three splits; the full tables keep the `split` column.\n",
        split["by"].as_str().unwrap_or("document"),
        split["ratios"].as_array().map(|r| r.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(",")).unwrap_or_default(),
        split["seed"],
        match split["by"].as_str() {
            Some("time") => "Splits follow publication months in order (train the earliest), so no month is in two splits.",
            Some("source") => "Each source (the article's web site, else its input file) is in one split only.",
            _ => "Whole documents are assigned to splits.",
        }
    );
    s.push_str("| table | train | validation | test |\n|---|---|---|---|\n");
    for table in SPLIT_TABLES {
        let rows = &split["rows"][table.name()];
        let _ = writeln!(
            s,
            "| `{}` | {} | {} | {} |",
            table.name(),
            rows["train"],
            rows["validation"],
            rows["test"]
        );
    }
    s.push('\n');
    s
}

/// The labels section, once verdicts have been imported.
fn labels(manifest: &Manifest) -> String {
    let Some(labels) = &manifest.labels else {
        return String::new();
    };
    let n = |v: &Value| v.as_u64().unwrap_or(0);
    let mut s = String::from("## Labels\n\n");
    let _ = writeln!(
        s,
        "Imported with `claimkit import-labelstudio` from a Label Studio export of {} tasks: \
         {} annotations by {} annotators, {} verdict rows ({} on regions the annotators added), \
         {} skipped or cancelled annotations (counted, no rows), {} tasks without annotation.\n",
        n(&labels["tasks"]),
        n(&labels["annotations"]),
        n(&labels["annotators"]),
        n(&labels["rows"]),
        n(&labels["added"]),
        n(&labels["cancelled"]),
        n(&labels["unannotated_tasks"])
    );
    if let Some(agreement) = labels["agreement"].as_object() {
        let _ = writeln!(
            s,
            "Agreement on the verdict, over claims labelled by at least two annotators ({}; 1 = perfect, 0 = chance):\n",
            labels["agreement_measure"].as_str().unwrap_or("")
        );
        s.push_str("| verdict | agreement | claims |\n|---|---|---|\n");
        for (verdict, a) in agreement {
            let value = a["value"]
                .as_f64()
                .map_or("n/a".to_string(), |v| format!("{v:.3}"));
            let _ = writeln!(s, "| {verdict} | {value} | {} |", n(&a["claims"]));
        }
        s.push('\n');
    }
    s
}
