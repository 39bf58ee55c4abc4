//! The dataset writer: claimkit's seven tables as CSV and Parquet (through
//! polars), `manifest.json` and a data card with Hugging Face configs.
//!
//! [`Tables`] turns analysed documents into rows; [`DatasetWriter`] appends
//! batches of rows to every table inside a temporary directory and moves the
//! finished dataset into place, so a failed or killed build never leaves a
//! half-written dataset behind.
//!
//! ```
//! use claimkit_core::{Analysis, Document, Sentence, Span};
//! use claimkit_export::{DatasetWriter, Format, Manifest, Table, Tables};
//!
//! let doc = Document::from_body("seed", "U.S. officials said Russia conducted between 12 and 20 strikes.");
//! let analysis = Analysis {
//!     sentences: vec![Sentence { span: Span::new(0, doc.text.len()), paragraph: 0, truncated: false }],
//!     ..Analysis::default()
//! };
//! let mut tables = Tables::default();
//! tables.push(&doc, &analysis);
//! assert_eq!(tables.get(Table::Sentences).len(), 1);
//!
//! let dir = tempfile::tempdir().unwrap();
//! let out = dir.path().join("claims");
//! let mut writer = DatasetWriter::create(&out, Format::Csv).unwrap();
//! writer.write(&tables).unwrap();
//! writer.finish(&mut Manifest::default()).unwrap();
//! let csv = std::fs::read_to_string(out.join("sentences.csv")).unwrap();
//! assert!(csv.starts_with("doc_id,sentence_id,paragraph,start,end,text,truncated\n"));
//! ```
#![deny(missing_docs)]

mod builder;
mod card;
pub mod html;
pub mod labelstudio;
mod manifest;
mod place;
mod rows;
mod schema;
mod sentence_lines;
pub mod update;
mod writer;

pub use builder::{excel_safe, CellText, Row, TableBuilder, FORMULA_STARTS};
pub use card::data_card;
pub use manifest::{InputFile, Manifest, Note, SCHEMA_VERSION};
pub use place::resolve_out;
pub use rows::{pass_tables, passes, Batch, Tables};
pub use schema::{Column, ColumnKind, Table};
pub use sentence_lines::{SentenceLines, SentenceRow};
pub use writer::{Completed, DatasetWriter, Format, HELD};

/// Why a dataset could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The output path exists and is not a directory (a file, a device such as `/dev/null`).
    #[error("{path}: output path exists and is not a directory")]
    OutputIsFile {
        /// The output path.
        path: String,
    },
    /// The output directory holds files that are not a claimkit dataset.
    #[error("{path}: output directory is not empty and holds no claimkit dataset (manifest.json); refusing to replace it")]
    NotADataset {
        /// The output path.
        path: String,
    },
    /// The output directory holds files that no earlier build listed.
    #[error("{path}: output directory holds files no earlier build wrote ({}); move them out or choose another --out", files.join(", "))]
    ForeignFiles {
        /// The output path.
        path: String,
        /// The files its manifest does not list.
        files: Vec<String>,
    },
    /// Another run (build, split or import) is writing the same output.
    #[error("{path}: another claimkit run (build, split or import) is writing this dataset; wait for it to finish")]
    Busy {
        /// The output, which one run at a time may write.
        path: String,
    },
    /// A file or directory could not be created, written or moved.
    #[error("{path}: cannot write: {error}")]
    Io {
        /// The path involved.
        path: String,
        /// The I/O error.
        error: std::io::Error,
    },
    /// `--dataset` is not a complete claimkit dataset.
    #[error("{path}: not a claimkit dataset: {reason}")]
    NoDataset {
        /// The dataset path.
        path: String,
        /// What is wrong.
        reason: String,
    },
    /// The dataset has no such table.
    #[error("the dataset has no table {table}")]
    NoTable {
        /// The table.
        table: &'static str,
    },
    /// A table file could not be written (a full disk, a quota).
    #[error("{path}: cannot write table {table}: {error}")]
    WriteTable {
        /// Where the file goes in the output.
        path: String,
        /// The table.
        table: &'static str,
        /// The polars error (its I/O error).
        error: polars::error::PolarsError,
    },
    /// polars failed to encode a table.
    #[error("cannot write table {table}: {error}")]
    Polars {
        /// The table.
        table: &'static str,
        /// The polars error.
        error: polars::error::PolarsError,
    },
}
