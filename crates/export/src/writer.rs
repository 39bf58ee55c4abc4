//! Writing the tables: batched CSV and Parquet writers into a temporary
//! directory beside the output, moved into place only when complete.

use crate::builder::TableBuilder;
use crate::manifest::Manifest;
use crate::rows::Tables;
use crate::schema::Table;
use crate::{card, ExportError};
use polars::prelude::{CsvWriter, ParquetCompression, ParquetWriter, Schema, SerWriter};
use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};

type CsvOut = polars::io::csv::write::BatchedWriter<BufWriter<File>>;
type ParquetOut = polars::io::parquet::write::BatchedWriter<BufWriter<File>>;

/// Which files to write for each table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `NAME.csv` only.
    Csv,
    /// `NAME.parquet` only.
    Parquet,
    /// Both.
    Both,
}

impl Format {
    /// The option value as written on the command line and in the manifest.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Parquet => "parquet",
            Format::Both => "both",
        }
    }

    fn csv(self) -> bool {
        matches!(self, Format::Csv | Format::Both)
    }

    fn parquet(self) -> bool {
        matches!(self, Format::Parquet | Format::Both)
    }
}

/// Writes a dataset batch by batch; nothing appears at the output path until
/// [`DatasetWriter::finish`] succeeds. Dropping the writer removes the
/// temporary directory, leaving an earlier dataset untouched.
pub struct DatasetWriter {
    out: PathBuf,
    tmp: tempfile::TempDir,
    format: Format,
    csv: Vec<(Table, CsvOut)>,
    parquet: Vec<(Table, ParquetOut)>,
    rows: [usize; 7],
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> ExportError + '_ {
    move |error| ExportError::Io {
        path: path.display().to_string(),
        error,
    }
}

fn polars_err(table: Table) -> impl FnOnce(polars::error::PolarsError) -> ExportError {
    move |error| ExportError::Polars {
        table: table.name(),
        error,
    }
}

/// Prefix of the temporary directory beside `out`.
fn tmp_prefix(out: &Path) -> String {
    let name = out
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("dataset");
    format!(".{name}.tmp-")
}

/// True when `dir` may be replaced by a build: it is empty, or it holds a
/// dataset claimkit wrote (a `manifest.json` naming claimkit). Anything else
/// (the input folder, `.`, a folder of the user's files) is never deleted.
fn replaceable(dir: &Path) -> bool {
    let Ok(mut entries) = std::fs::read_dir(dir) else {
        return false;
    };
    if entries.next().is_none() {
        return true;
    }
    std::fs::read_to_string(dir.join("manifest.json"))
        .ok()
        .and_then(|m| serde_json::from_str::<serde_json::Value>(&m).ok())
        .is_some_and(|m| m["tool"] == "claimkit")
}

/// Name of the previous dataset while the new one is moved into place; not
/// matched by [`remove_stale`], so a crash between the two renames keeps it.
fn old_name(out: &Path) -> String {
    let name = out
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("dataset");
    format!(".{name}.previous")
}

/// Remove temporary directories that a killed build left beside `out`.
fn remove_stale(parent: &Path, prefix: &str) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        if name.to_str().is_some_and(|n| n.starts_with(prefix)) && entry.path().is_dir() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

impl DatasetWriter {
    /// Prepare to write a dataset to `out` (a directory, created or replaced on finish).
    pub fn create(out: &Path, format: Format) -> Result<DatasetWriter, ExportError> {
        if out.exists() && !out.is_dir() {
            return Err(ExportError::OutputIsFile {
                path: out.display().to_string(),
            });
        }
        if out.is_dir() && !replaceable(out) {
            return Err(ExportError::NotADataset {
                path: out.display().to_string(),
            });
        }
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent).map_err(io_err(&parent))?;
        let prefix = tmp_prefix(out);
        remove_stale(&parent, &prefix);
        let tmp = tempfile::Builder::new()
            .prefix(&prefix)
            .tempdir_in(&parent)
            .map_err(io_err(&parent))?;

        let mut writer = DatasetWriter {
            out: out.to_path_buf(),
            tmp,
            format,
            csv: Vec::new(),
            parquet: Vec::new(),
            rows: [0; 7],
        };
        for table in Table::ALL {
            let schema: Schema = TableBuilder::new(table)
                .to_frame()
                .map_err(polars_err(table))?
                .schema()
                .as_ref()
                .clone();
            if format.csv() {
                let w = CsvWriter::new(writer.create_file(table, "csv")?)
                    .include_header(true)
                    .batched(&schema)
                    .map_err(polars_err(table))?;
                writer.csv.push((table, w));
            }
            if format.parquet() {
                let w = ParquetWriter::new(writer.create_file(table, "parquet")?)
                    // Snappy: every Parquet reader has it, and zstd cost a fifth of a build.
                    .with_compression(ParquetCompression::Snappy)
                    .set_parallel(false)
                    .batched(&schema)
                    .map_err(polars_err(table))?;
                writer.parquet.push((table, w));
            }
        }
        Ok(writer)
    }

    fn create_file(&self, table: Table, ext: &str) -> Result<BufWriter<File>, ExportError> {
        let path = self.tmp.path().join(format!("{}.{ext}", table.name()));
        Ok(BufWriter::new(File::create(&path).map_err(io_err(&path))?))
    }

    /// Append a batch of rows to every table.
    pub fn write(&mut self, tables: &Tables) -> Result<(), ExportError> {
        for builder in tables.iter() {
            if builder.is_empty() {
                continue;
            }
            let table = builder.table();
            let frame = builder.to_frame().map_err(polars_err(table))?;
            self.rows[table as usize] += builder.len();
            for (t, w) in self.csv.iter_mut().filter(|(t, _)| *t == table) {
                w.write_batch(&frame).map_err(polars_err(*t))?;
            }
            for (t, w) in self.parquet.iter_mut().filter(|(t, _)| *t == table) {
                w.write_batch(&frame).map_err(polars_err(*t))?;
            }
        }
        Ok(())
    }

    /// Rows written so far, per table.
    pub fn rows(&self, table: Table) -> usize {
        self.rows[table as usize]
    }

    /// Close the tables, write `manifest.json` and the data card, and move the
    /// dataset into place (replacing an earlier one only now).
    pub fn finish(mut self, manifest: &mut Manifest) -> Result<PathBuf, ExportError> {
        for (table, mut w) in self.csv.drain(..) {
            w.finish().map_err(polars_err(table))?;
        }
        for (table, w) in self.parquet.drain(..) {
            w.finish().map_err(polars_err(table))?;
        }
        manifest.format = self.format.as_str().to_string();
        manifest.rows = Table::ALL
            .iter()
            .map(|&t| (t.name().to_string(), self.rows(t)))
            .collect();
        let dir = self.tmp.path().to_path_buf();
        let manifest_path = dir.join("manifest.json");
        std::fs::write(&manifest_path, manifest.to_json()).map_err(io_err(&manifest_path))?;
        let card_path = dir.join("README.md");
        std::fs::write(&card_path, card::data_card(manifest, self.format))
            .map_err(io_err(&card_path))?;

        // The TempDir guard stays armed until the new dataset is in place, so a
        // failed rename still removes the temporary directory.
        let tmp = self.tmp.path().to_path_buf();
        let out = self.out.clone();
        if out.exists() {
            let old = out.with_file_name(old_name(&out));
            let _ = std::fs::remove_dir_all(&old);
            std::fs::rename(&out, &old).map_err(io_err(&out))?;
            if let Err(e) = std::fs::rename(&tmp, &out) {
                let _ = std::fs::rename(&old, &out);
                return Err(io_err(&out)(e));
            }
            let _ = std::fs::remove_dir_all(&old);
        } else {
            std::fs::rename(&tmp, &out).map_err(io_err(&out))?;
        }
        // The directory moved: there is nothing left for the guard to remove.
        let _ = self.tmp.keep();
        Ok(out)
    }
}
