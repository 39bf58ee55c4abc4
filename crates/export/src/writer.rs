//! Writing the tables: batched CSV and Parquet writers into a temporary
//! directory beside the output, moved into place only when complete.

use crate::builder::TableBuilder;
use crate::manifest::Manifest;
use crate::rows::Tables;
use crate::schema::Table;
use crate::{card, place, ExportError};
use polars::prelude::{CsvWriter, ParquetCompression, ParquetWriter, Schema, SerWriter};
use std::fs::File;
use std::io::{BufReader, BufWriter, Seek, SeekFrom};
use std::path::{Path, PathBuf};

/// Unbuffered: polars hands the file whole serialised batches, and its CSV writer
/// never flushes, so a buffer's last bytes would be written only when it is dropped,
/// where an error (a full disk) is lost and a truncated table swapped in.
type CsvOut = polars::io::csv::write::BatchedWriter<File>;
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

/// The tables whose rows are held back until the end of a build, so that
/// columns computed across documents can be filled in
/// ([`DatasetWriter::finish_filled`]). Their batches wait in temporary files,
/// not in memory, so a build's memory does not grow with its input.
pub const HELD: [Table; 2] = [Table::Claims, Table::CheckableClaims];

/// Writes a dataset batch by batch; nothing appears at the output path until
/// [`DatasetWriter::finish`] succeeds. Dropping the writer removes the
/// temporary directory, leaving an earlier dataset untouched. How the output
/// is checked, locked and replaced: [`crate::place`].
pub struct DatasetWriter {
    /// The output as given (what [`DatasetWriter::finish`] returns).
    given: PathBuf,
    /// The output resolved ([`place::resolve_out`]).
    out: PathBuf,
    /// This run's temporary directory beside the output, held while it lives.
    claim: place::Claim,
    format: Format,
    excel_safe: bool,
    csv: Vec<(Table, CsvOut)>,
    parquet: Vec<(Table, ParquetOut)>,
    rows: [usize; Table::ALL.len()],
    /// Batches of the tables in [`HELD`], spilled to an unnamed temporary
    /// file each (with their count) until [`DatasetWriter::finish_filled`]
    /// (their `cluster_id` needs every claim of the dataset).
    held: Vec<(Table, BufWriter<File>, usize)>,
}

/// An I/O error on `path`, as the export crate reports it.
pub(crate) fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> ExportError + '_ {
    move |error| ExportError::Io {
        path: claimkit_core::read::display_path(path),
        error,
    }
}

/// A table that polars could not write or read.
pub(crate) fn polars_err(table: Table) -> impl FnOnce(polars::error::PolarsError) -> ExportError {
    move |error| ExportError::Polars {
        table: table.name(),
        error,
    }
}

/// A table file that could not be written (a full disk, a quota), named by where it
/// goes in the output.
fn table_err(
    out: &Path,
    table: Table,
    ext: &str,
) -> impl FnOnce(polars::error::PolarsError) -> ExportError {
    let path = claimkit_core::read::display_path(&out.join(format!("{}.{ext}", table.name())));
    move |error| ExportError::WriteTable {
        path,
        table: table.name(),
        error,
    }
}

impl DatasetWriter {
    /// Prepare to write a dataset to `out` (a directory, created or replaced on finish).
    pub fn create(given: &Path, format: Format) -> Result<DatasetWriter, ExportError> {
        let out = place::resolve_out(given)?;
        let claim = place::claim(&out)?;
        place::check_replaceable(&out)?;
        let parent = out.parent().unwrap_or(Path::new("."));
        let mut held = Vec::new();
        for table in HELD {
            let file = tempfile::tempfile_in(parent).map_err(io_err(parent))?;
            held.push((table, BufWriter::new(file), 0));
        }

        let mut writer = DatasetWriter {
            given: given.to_path_buf(),
            out,
            claim,
            format,
            excel_safe: false,
            csv: Vec::new(),
            parquet: Vec::new(),
            rows: [0; Table::ALL.len()],
            held,
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
                let w = ParquetWriter::new(BufWriter::new(writer.create_file(table, "parquet")?))
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

    /// Prefix CSV cells that a spreadsheet would run as a formula (`=`, `+`,
    /// `-`, `@`, tab, carriage return) with `'`. Such cells then differ from
    /// the text their offsets point at; Parquet is never changed.
    pub fn excel_safe(mut self, on: bool) -> DatasetWriter {
        self.excel_safe = on;
        self
    }

    fn create_file(&self, table: Table, ext: &str) -> Result<File, ExportError> {
        let path = self.claim.dir().join(format!("{}.{ext}", table.name()));
        File::create(&path).map_err(io_err(&path))
    }

    /// Append a batch of rows to every table.
    pub fn write(&mut self, tables: &Tables) -> Result<(), ExportError> {
        tables
            .iter()
            .try_for_each(|builder| self.write_table(builder))
    }

    /// Append a batch of rows to one table (written at once, or spilled until
    /// [`DatasetWriter::finish_filled`] for the tables in [`HELD`]).
    pub fn write_table(&mut self, builder: &TableBuilder) -> Result<(), ExportError> {
        if builder.is_empty() {
            return Ok(());
        }
        let table = builder.table();
        self.rows[table as usize] += builder.len();
        if let Some((_, file, batches)) = self.held.iter_mut().find(|h| h.0 == table) {
            let dir = self.out.parent().unwrap_or(Path::new("."));
            builder.spill(file).map_err(io_err(dir))?;
            *batches += 1;
            return Ok(());
        }
        self.write_batch(builder)
    }

    /// Read back the spilled batches of the tables in [`HELD`], in order,
    /// fill each with `fill` and write it.
    fn write_held(&mut self, fill: &mut dyn FnMut(&mut TableBuilder)) -> Result<(), ExportError> {
        let dir = self.out.parent().unwrap_or(Path::new(".")).to_path_buf();
        for (table, file, batches) in std::mem::take(&mut self.held) {
            let mut file = file
                .into_inner()
                .map_err(|e| io_err(&dir)(e.into_error()))?;
            file.seek(SeekFrom::Start(0)).map_err(io_err(&dir))?;
            let mut input = BufReader::new(file);
            for _ in 0..batches {
                let mut builder = TableBuilder::unspill(table, &mut input).map_err(io_err(&dir))?;
                fill(&mut builder);
                self.write_batch(&builder)?;
            }
        }
        Ok(())
    }

    /// Append one batch of one table to its files.
    fn write_batch(&mut self, builder: &TableBuilder) -> Result<(), ExportError> {
        let table = builder.table();
        let frame = builder.to_frame().map_err(polars_err(table))?;
        let safe;
        let csv_frame = if self.excel_safe && self.format.csv() {
            safe = builder.to_excel_safe_frame().map_err(polars_err(table))?;
            &safe
        } else {
            &frame
        };
        for (t, w) in self.csv.iter_mut().filter(|(t, _)| *t == table) {
            w.write_batch(csv_frame)
                .map_err(table_err(&self.out, *t, "csv"))?;
        }
        for (t, w) in self.parquet.iter_mut().filter(|(t, _)| *t == table) {
            w.write_batch(&frame)
                .map_err(table_err(&self.out, *t, "parquet"))?;
        }
        Ok(())
    }

    /// Rows written so far, per table.
    pub fn rows(&self, table: Table) -> usize {
        self.rows[table as usize]
    }

    /// Close the tables, write `manifest.json` and the data card, and move the
    /// dataset into place (replacing an earlier one only now).
    pub fn finish(self, manifest: &mut Manifest) -> Result<PathBuf, ExportError> {
        self.finish_filled(manifest, &mut |_| {})
    }

    /// [`DatasetWriter::finish`], calling `fill` on each batch of the tables
    /// in [`HELD`] before it is written (to fill in columns that need the
    /// whole dataset).
    pub fn finish_filled(
        self,
        manifest: &mut Manifest,
        fill: &mut dyn FnMut(&mut TableBuilder),
    ) -> Result<PathBuf, ExportError> {
        self.complete(manifest, fill)?.swap_in()
    }

    /// Everything [`DatasetWriter::finish_filled`] does but the swap: the tables
    /// closed, the manifest and the data card written into the temporary directory.
    /// The output is replaced only by [`Completed::swap_in`]; a [`Completed`] dropped
    /// instead (a run stopped at the last moment) removes the new dataset and leaves
    /// the earlier one as it was.
    pub fn complete(
        mut self,
        manifest: &mut Manifest,
        fill: &mut dyn FnMut(&mut TableBuilder),
    ) -> Result<Completed, ExportError> {
        self.write_held(fill)?;
        for (table, mut w) in self.csv.drain(..) {
            w.finish().map_err(table_err(&self.out, table, "csv"))?;
        }
        for (table, w) in self.parquet.drain(..) {
            w.finish().map_err(table_err(&self.out, table, "parquet"))?;
        }
        manifest.format = self.format.as_str().to_string();
        manifest.excel_safe = self.excel_safe;
        manifest.files = self.files();
        manifest.rows = Table::ALL
            .iter()
            .map(|&t| (t.name().to_string(), self.rows(t)))
            .collect();
        let dir = self.claim.dir();
        let manifest_path = dir.join("manifest.json");
        std::fs::write(&manifest_path, manifest.to_json()).map_err(io_err(&manifest_path))?;
        let card_path = dir.join("README.md");
        std::fs::write(&card_path, card::data_card(manifest, self.format))
            .map_err(io_err(&card_path))?;

        Ok(Completed {
            given: self.given,
            out: self.out,
            claim: self.claim,
        })
    }

    /// The files of the finished dataset, sorted (what its manifest lists).
    fn files(&self) -> Vec<String> {
        let mut files = vec!["README.md".to_string(), "manifest.json".to_string()];
        for table in Table::ALL {
            if self.format.csv() {
                files.push(format!("{}.csv", table.name()));
            }
            if self.format.parquet() {
                files.push(format!("{}.parquet", table.name()));
            }
        }
        files.sort();
        files
    }
}

/// A finished dataset in its temporary directory beside the output, not yet swapped
/// in ([`DatasetWriter::complete`]).
pub struct Completed {
    given: PathBuf,
    out: PathBuf,
    claim: place::Claim,
}

impl Completed {
    /// Put the dataset in place of the output (replacing an earlier one only now) and
    /// return the output as given.
    pub fn swap_in(self) -> Result<PathBuf, ExportError> {
        // The TempDir guard stays armed until the new dataset is in place, so a
        // failed rename still removes the temporary directory.
        self.claim.swap_in(&self.out)?;
        Ok(self.given)
    }
}
