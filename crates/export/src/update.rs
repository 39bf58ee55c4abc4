//! Changing a finished dataset in place: `claimkit split` rewrites two
//! tables, `claimkit import-labelstudio` adds one. Nothing is half-written:
//! the new version is assembled in a temporary directory beside the dataset
//! (unchanged files hard-linked, or copied where links fail), then swapped
//! in as a build's output is ([`crate::place`]).

use crate::builder::TableBuilder;
use crate::manifest::Manifest;
use crate::schema::Table;
use crate::writer::{io_err, polars_err};
use crate::{card, place, ExportError, Format};
use polars::prelude::{
    BooleanChunked, CsvReadOptions, CsvWriter, DataFrame, IntoColumn, NamedFrom,
    ParquetCompression, ParquetReader, ParquetWriter, SerReader, SerWriter, Series,
};
use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The splits `claimkit split` writes, in order.
pub const SPLITS: [&str; 3] = ["train", "validation", "test"];

/// The tables that carry a `split` column.
pub const SPLIT_TABLES: [Table; 2] = [Table::Claims, Table::CheckableClaims];

/// The format a dataset was written in, from its manifest.
fn format_of(manifest: &Manifest) -> Format {
    match manifest.format.as_str() {
        "csv" => Format::Csv,
        "parquet" => Format::Parquet,
        _ => Format::Both,
    }
}

/// The file a split of `table` goes to: `NAME-SPLIT.EXT`.
pub fn split_file(table: Table, split: &str, ext: &str) -> String {
    format!("{}-{split}.{ext}", table.name())
}

/// An open dataset being changed.
pub struct DatasetUpdate {
    given: PathBuf,
    out: PathBuf,
    manifest: Manifest,
    frames: BTreeMap<Table, DataFrame>,
    changed: Vec<Table>,
    /// This run's temporary directory beside the dataset, held while it lives, so that no
    /// other build, split or import writes the dataset meanwhile.
    claim: place::Claim,
}

impl DatasetUpdate {
    /// Open the dataset at `dir`: it must be a complete claimkit dataset
    /// (its `manifest.json` names claimkit and every file it lists is there).
    pub fn open(dir: &Path) -> Result<DatasetUpdate, ExportError> {
        let path = || claimkit_core::read::display_path(dir);
        if !dir.is_dir() {
            let reason = if dir.exists() {
                "not a directory (a dataset is the folder `claimkit build --out DIR` writes)"
            } else {
                "no such directory (build one with `claimkit build --out DIR`)"
            };
            return Err(ExportError::NoDataset {
                path: path(),
                reason: reason.into(),
            });
        }
        let out = place::resolve_out(dir)?;
        let claim = place::claim(&out)?;
        let text = std::fs::read_to_string(out.join("manifest.json")).map_err(|_| {
            ExportError::NoDataset {
                path: path(),
                reason: "it holds no manifest.json".into(),
            }
        })?;
        let manifest = Manifest::from_json(&text).ok_or_else(|| ExportError::NoDataset {
            path: path(),
            reason: "its manifest.json is not one claimkit wrote".into(),
        })?;
        let missing: Vec<String> = manifest
            .files
            .iter()
            .filter(|f| !out.join(f).is_file())
            .cloned()
            .collect();
        if manifest.files.is_empty() || !missing.is_empty() {
            return Err(ExportError::NoDataset {
                path: path(),
                reason: format!(
                    "it is incomplete (missing: {}); build it again",
                    if missing.is_empty() {
                        "the file list".to_string()
                    } else {
                        missing.join(", ")
                    }
                ),
            });
        }
        // Anything else in the folder would stop the swap at the end: refuse now.
        place::check_replaceable(&out)?;
        Ok(DatasetUpdate {
            given: dir.to_path_buf(),
            out,
            manifest,
            frames: BTreeMap::new(),
            changed: Vec::new(),
            claim,
        })
    }

    /// The dataset's manifest (changes are written on [`DatasetUpdate::commit`]).
    pub fn manifest_mut(&mut self) -> &mut Manifest {
        &mut self.manifest
    }

    /// Where the dataset is.
    pub fn path(&self) -> &Path {
        &self.out
    }

    fn frame(&mut self, table: Table) -> Result<&mut DataFrame, ExportError> {
        if !self.frames.contains_key(&table) {
            let frame = self.read(table)?;
            self.frames.insert(table, frame);
        }
        self.frames.get_mut(&table).ok_or(ExportError::NoTable {
            table: table.name(),
        })
    }

    /// Read a table: its Parquet file if the dataset has one, else its CSV
    /// with the schema's types.
    fn read(&self, table: Table) -> Result<DataFrame, ExportError> {
        let parquet = self.out.join(format!("{}.parquet", table.name()));
        let csv = self.out.join(format!("{}.csv", table.name()));
        if self
            .manifest
            .files
            .iter()
            .any(|f| *f == format!("{}.parquet", table.name()))
        {
            let file = File::open(&parquet).map_err(io_err(&parquet))?;
            return ParquetReader::new(file).finish().map_err(polars_err(table));
        }
        if !self
            .manifest
            .files
            .iter()
            .any(|f| *f == format!("{}.csv", table.name()))
        {
            return Err(ExportError::NoTable {
                table: table.name(),
            });
        }
        let schema = TableBuilder::new(table)
            .to_frame()
            .map_err(polars_err(table))?
            .schema()
            .as_ref()
            .clone();
        CsvReadOptions::default()
            .with_has_header(true)
            .with_schema(Some(Arc::new(schema)))
            .try_into_reader_with_file_path(Some(csv))
            .and_then(|r| r.finish())
            .map_err(polars_err(table))
    }

    /// The cells of a column of a table, as text (dates as `YYYY-MM-DD`).
    pub fn texts(
        &mut self,
        table: Table,
        column: &str,
    ) -> Result<Vec<Option<String>>, ExportError> {
        let frame = self.frame(table)?;
        let col = frame
            .column(column)
            .and_then(|c| c.cast(&polars::prelude::DataType::String))
            .map_err(polars_err(table))?;
        let strings = col.str().map_err(polars_err(table))?;
        Ok((0..strings.len())
            .map(|i| strings.get(i).map(str::to_string))
            .collect())
    }

    /// Replace a text column of a table (one cell per row).
    pub fn set_texts(
        &mut self,
        table: Table,
        column: &str,
        cells: Vec<Option<String>>,
    ) -> Result<(), ExportError> {
        let frame = self.frame(table)?;
        frame
            .with_column(Series::new(column.into(), cells).into_column())
            .map_err(polars_err(table))?;
        if !self.changed.contains(&table) {
            self.changed.push(table);
        }
        Ok(())
    }

    /// Put a whole table (a new one, such as `labels`) into the dataset.
    pub fn put(&mut self, builder: &TableBuilder) -> Result<(), ExportError> {
        let table = builder.table();
        let frame = builder.to_frame().map_err(polars_err(table))?;
        self.manifest
            .rows
            .insert(table.name().to_string(), builder.len());
        self.frames.insert(table, frame);
        if !self.changed.contains(&table) {
            self.changed.push(table);
        }
        Ok(())
    }

    /// Write the changed tables, the split files, the manifest and the data
    /// card into a new version of the dataset and swap it in.
    pub fn commit(mut self) -> Result<PathBuf, ExportError> {
        let format = format_of(&self.manifest);
        let tmp = self.claim.dir();
        let mut written: Vec<String> = Vec::new();
        for table in self.changed.clone() {
            let mut frame = self.frame(table)?.clone();
            for ext in exts(format) {
                let name = format!("{}.{ext}", table.name());
                write_frame(&mut frame, table, &tmp.join(&name), ext)?;
                written.push(name);
            }
        }
        let mut files = self.base_files(format);
        if self.manifest.split.is_some() {
            let ext = exts(format)[0];
            for table in SPLIT_TABLES {
                let frame = self.frame(table)?.clone();
                for split in SPLITS {
                    let cells = frame
                        .column("split")
                        .and_then(|c| c.str().cloned())
                        .map_err(polars_err(table))?;
                    let mask: BooleanChunked = (0..cells.len())
                        .map(|i| Some(cells.get(i) == Some(split)))
                        .collect();
                    let mut part = frame.filter(&mask).map_err(polars_err(table))?;
                    let name = split_file(table, split, ext);
                    write_frame(&mut part, table, &tmp.join(&name), ext)?;
                    files.push(name.clone());
                    written.push(name);
                }
            }
        }
        files.sort();
        files.dedup();
        self.manifest.files = files;
        for name in &self.manifest.files {
            if written.contains(name) || name == "manifest.json" || name == "README.md" {
                continue;
            }
            let (from, to) = (self.out.join(name), tmp.join(name));
            if std::fs::hard_link(&from, &to).is_err() {
                std::fs::copy(&from, &to).map_err(io_err(&to))?;
            }
        }
        let manifest_path = tmp.join("manifest.json");
        std::fs::write(&manifest_path, self.manifest.to_json()).map_err(io_err(&manifest_path))?;
        let card_path = tmp.join("README.md");
        std::fs::write(&card_path, card::data_card(&self.manifest, format))
            .map_err(io_err(&card_path))?;
        self.claim.swap_in(&self.out)?;
        Ok(self.given)
    }

    /// The dataset's files without the split files: the seven tables, the
    /// labels if there are any, manifest and card.
    fn base_files(&self, format: Format) -> Vec<String> {
        let mut files = vec!["README.md".to_string(), "manifest.json".to_string()];
        let labels = self.manifest.rows.contains_key(Table::Labels.name());
        for table in Table::ALL.iter().chain(labels.then_some(&Table::Labels)) {
            for ext in exts(format) {
                files.push(format!("{}.{ext}", table.name()));
            }
        }
        files
    }
}

/// The file extensions of a format, the one the Hugging Face configs read first.
fn exts(format: Format) -> &'static [&'static str] {
    match format {
        Format::Csv => &["csv"],
        Format::Parquet => &["parquet"],
        Format::Both => &["parquet", "csv"],
    }
}

fn write_frame(
    frame: &mut DataFrame,
    table: Table,
    path: &Path,
    ext: &str,
) -> Result<(), ExportError> {
    let file = File::create(path).map_err(io_err(path))?;
    let mut out = std::io::BufWriter::new(file);
    if ext == "csv" {
        CsvWriter::new(&mut out)
            .include_header(true)
            .finish(frame)
            .map_err(polars_err(table))?;
    } else {
        ParquetWriter::new(&mut out)
            .with_compression(ParquetCompression::Snappy)
            .finish(frame)
            .map_err(polars_err(table))?;
    }
    use std::io::Write;
    out.flush().map_err(io_err(path))
}
