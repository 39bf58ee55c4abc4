//! `claimkit build`: read every input, analyse documents in parallel batches,
//! and stream the rows into the dataset writer.
//!
//! Output order never depends on `--jobs`: documents are read in input order,
//! analysed in fixed-size batches and written back in that order.
//!
//! Memory does not grow with the corpus: each file is streamed document by
//! document ([`read_documents`]; a JSONL corpus one line at a time, each
//! document at most [`claimkit_core::read::MAX_DOCUMENT_BYTES`]), at most
//! [`BATCH_DOCUMENTS`] documents and their rows are held at once, and each
//! file's SHA-256 for the manifest is computed from the same stream.

use crate::analyze;
use claimkit_core::read::display_path;
use claimkit_core::read::{
    collect_files, documents_of, open, read_article_file, FileFormat, InputError, InputErrorKind,
    Loaded,
};
use claimkit_core::{Analysis, Document};
use claimkit_export::{
    DatasetWriter, ExportError, Format, InputFile, Manifest, Note, Table, Tables,
};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{sync_channel, SyncSender};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Documents analysed per batch. Fixed, so batches (and Parquet row groups)
/// are the same whatever `--jobs` is.
pub const BATCH_DOCUMENTS: usize = 256;

/// Options of one build.
#[derive(Clone, Debug)]
pub struct BuildOptions {
    /// Files and directories to read.
    pub inputs: Vec<PathBuf>,
    /// Output directory.
    pub out: PathBuf,
    /// Which files to write.
    pub format: Format,
    /// Worker threads.
    pub jobs: usize,
    /// Leave bad documents out instead of stopping.
    pub skip_bad: bool,
    /// Prefix CSV cells that spreadsheets would run as formulas with `'`.
    pub excel_safe: bool,
}

/// What a build did.
#[derive(Clone, Debug, Default)]
pub struct BuildSummary {
    /// Documents written.
    pub documents: usize,
    /// Sentences written.
    pub sentences: usize,
    /// Claims written.
    pub claims: usize,
    /// Check-worthy claims written.
    pub checkworthy: usize,
    /// Documents left out with `--skip-bad`.
    pub skipped: usize,
    /// Input bytes read.
    pub bytes: u64,
    /// Wall time.
    pub elapsed: Duration,
    /// Where the dataset is.
    pub out: PathBuf,
}

/// Why a build stopped.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// Bad input (without `--skip-bad`).
    #[error(transparent)]
    Input(#[from] InputError),
    /// The dataset could not be written.
    #[error(transparent)]
    Export(#[from] ExportError),
    /// The worker pool could not start.
    #[error("cannot start {jobs} worker threads: {message}")]
    Threads {
        /// Requested threads.
        jobs: usize,
        /// The error.
        message: String,
    },
    /// The thread that writes the tables could not start or stopped abnormally.
    #[error("the table writer thread {0}")]
    Writer(&'static str),
    /// Every document was bad (with `--skip-bad`): an empty dataset would
    /// replace the earlier one, so nothing is written.
    #[error("no good documents to build from ({skipped} left out as bad; see the messages above); the earlier dataset is kept")]
    NoDocuments {
        /// Documents and files left out.
        skipped: usize,
    },
    /// The output directory is, or holds, one of the inputs: replacing it
    /// would delete the articles.
    #[error(
        "{out}: the output directory holds the input {input}; choose an --out outside the input"
    )]
    OutputHoldsInput {
        /// The output directory.
        out: String,
        /// The input inside it.
        input: String,
    },
}

/// Messages a build reports as it goes (warnings, skipped documents).
pub trait Report {
    /// A line for the user (printed on stderr by the CLI).
    fn note(&self, line: &str);
}

/// A report that prints to stderr.
pub struct Stderr;

impl Report for Stderr {
    fn note(&self, line: &str) {
        eprintln!("{line}");
    }
}

/// The writing half of a build: rows are built and written on a thread of
/// their own, so the next batch is analysed while the last one is written.
/// Batches arrive in order over a channel that holds one, so memory stays
/// bounded and the output is the same whatever `--jobs` is.
struct Sink {
    tx: Option<SyncSender<(Vec<Document>, Vec<Analysis>)>>,
    handle: Option<JoinHandle<Result<DatasetWriter, ExportError>>>,
}

impl Sink {
    fn spawn(mut writer: DatasetWriter) -> Result<Sink, BuildError> {
        let (tx, rx) = sync_channel::<(Vec<Document>, Vec<Analysis>)>(1);
        let handle = std::thread::Builder::new()
            .name("claimkit-writer".into())
            .spawn(move || {
                let mut tables = Tables::default();
                for (docs, analyses) in rx {
                    for (doc, analysis) in docs.iter().zip(&analyses) {
                        tables.push(doc, analysis);
                    }
                    writer.write(&tables)?;
                    tables.clear();
                }
                Ok(writer)
            })
            .map_err(|_| BuildError::Writer("cannot start"))?;
        Ok(Sink {
            tx: Some(tx),
            handle: Some(handle),
        })
    }

    /// Hand a batch to the writer; a writer that stopped reports its error.
    fn send(&mut self, docs: Vec<Document>, analyses: Vec<Analysis>) -> Result<(), BuildError> {
        let sent = self
            .tx
            .as_ref()
            .is_some_and(|tx| tx.send((docs, analyses)).is_ok());
        if sent {
            return Ok(());
        }
        self.finish().map(|_| ())
    }

    /// Wait for every batch to be written and take the writer back.
    fn finish(&mut self) -> Result<DatasetWriter, BuildError> {
        self.tx = None;
        let handle = self
            .handle
            .take()
            .ok_or(BuildError::Writer("already stopped"))?;
        match handle.join() {
            Ok(result) => Ok(result?),
            Err(_) => Err(BuildError::Writer("panicked")),
        }
    }
}

impl Drop for Sink {
    /// A build that stops early still waits for the writer, whose temporary
    /// directory is removed when it is dropped.
    fn drop(&mut self) {
        self.tx = None;
        if let Some(handle) = self.handle.take() {
            let _ = handle.join();
        }
    }
}

struct Batch<'a> {
    docs: Vec<Document>,
    sink: Sink,
    pool: rayon::ThreadPool,
    bar: ProgressBar,
    /// Input bytes read so far (the progress bar's position).
    read: Arc<AtomicU64>,
    summary: &'a mut BuildSummary,
}

impl Batch<'_> {
    fn flush(&mut self) -> Result<(), BuildError> {
        if self.docs.is_empty() {
            return Ok(());
        }
        let docs = std::mem::take(&mut self.docs);
        let analyses: Vec<Analysis> = self.pool.install(|| docs.par_iter().map(analyze).collect());
        for analysis in &analyses {
            self.summary.documents += 1;
            self.summary.sentences += analysis.sentences.len();
            self.summary.claims += analysis.claims.len();
            self.summary.checkworthy += analysis.claims.iter().filter(|c| c.checkworthy).count();
        }
        self.sink.send(docs, analyses)?;
        // Text bytes approximate file bytes; the position is set exactly at each file end.
        self.bar.set_position(self.read.load(Ordering::Relaxed));
        self.bar
            .set_message(format!("{} docs", self.summary.documents));
        Ok(())
    }
}

fn progress_bar(total: u64) -> ProgressBar {
    let bar = ProgressBar::new(total);
    let style = ProgressStyle::with_template(
        "{spinner} {elapsed_precise} [{wide_bar}] {bytes}/{total_bytes} {bytes_per_sec} ETA {eta} {msg}",
    );
    if let Ok(style) = style {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}

/// Build a dataset. Nothing is written to `options.out` unless the whole build succeeds.
pub fn build(options: &BuildOptions, report: &dyn Report) -> Result<BuildSummary, BuildError> {
    let started = Instant::now();
    let files = collect_files(&options.inputs)?;
    check_out_outside_inputs(&options.out, &options.inputs)?;
    let writer =
        DatasetWriter::create(&options.out, options.format)?.excel_safe(options.excel_safe);
    let pool = worker_pool(options.jobs)?;
    let total: u64 = files
        .iter()
        .flatten()
        .filter_map(|f| std::fs::metadata(&f.path).ok())
        .map(|m| m.len())
        .sum();
    let bar = progress_bar(total);
    let read = Arc::new(AtomicU64::new(0));
    let mut manifest = Manifest {
        tool_version: env!("CARGO_PKG_VERSION").to_string(),
        skip_bad: options.skip_bad,
        ..Manifest::default()
    };
    let mut summary = BuildSummary::default();
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut batch = Batch {
        docs: Vec::new(),
        sink: Sink::spawn(writer)?,
        pool,
        bar: bar.clone(),
        read: read.clone(),
        summary: &mut summary,
    };
    let skip = |err: InputError, manifest: &mut Manifest| -> Result<(), BuildError> {
        if !options.skip_bad {
            bar.finish_and_clear();
            return Err(err.into());
        }
        bar.suspend(|| report.note(&format!("skipped: {err}")));
        manifest.skipped.push(Note {
            file: err.path,
            line: err.line,
            reason: err.kind.to_string(),
        });
        Ok(())
    };

    for entry in files {
        let file = match entry.and_then(|file| open(&file).map(|f| (file, f))) {
            Ok(file) => file,
            Err(err) => {
                skip(err, &mut manifest)?;
                continue;
            }
        };
        let (file, handle) = file;
        let name = file.name.clone();
        let io = |e: std::io::Error| InputError::new(&name, None, e.into());
        let reader = BufReader::with_capacity(READ_BUFFER, Digesting::new(handle, read.clone()));
        let mut documents = documents_of(&file, FileFormat::of(&file.path), reader);
        let mut kept = 0;
        for result in &mut documents {
            match result.and_then(|loaded| check_unique(&mut seen, loaded)) {
                Ok(loaded) => {
                    for w in &loaded.warnings {
                        let note = Note {
                            file: name.clone(),
                            line: loaded.line,
                            reason: w.clone(),
                        };
                        bar.suspend(|| {
                            report.note(&format!("warning: {}: {}", location(&note), w))
                        });
                        manifest.warnings.push(note);
                    }
                    kept += 1;
                    batch.docs.push(loaded.document);
                    if batch.docs.len() >= BATCH_DOCUMENTS {
                        batch.flush()?;
                    }
                }
                Err(err) => skip(err, &mut manifest)?,
            }
        }
        // Whatever the reader left (the rest of a document refused as too large
        // under --skip-bad) still counts for the file's digest and size; only
        // regular files are read, so the rest is finite.
        let mut reader = documents.into_inner();
        std::io::copy(&mut reader, &mut std::io::sink()).map_err(io)?;
        let (sha256, bytes) = reader.into_inner().finish();
        manifest.inputs.push(InputFile {
            path: name.clone(),
            sha256,
            bytes,
            documents: kept,
        });
        bar.set_position(read.load(Ordering::Relaxed));
        batch.summary.bytes += bytes;
    }
    batch.flush()?;
    bar.finish_and_clear();
    if batch.summary.documents == 0 {
        return Err(BuildError::NoDocuments {
            skipped: manifest.skipped.len(),
        });
    }
    let writer = batch.sink.finish()?;
    summary.skipped = manifest.skipped.len();
    debug_assert_eq!(writer.rows(Table::Documents), summary.documents);
    summary.out = writer.finish(&mut manifest)?;
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// Refuse an output directory that is, or holds, one of the inputs: a build
/// replaces its output, which would delete them.
fn check_out_outside_inputs(out: &Path, inputs: &[PathBuf]) -> Result<(), BuildError> {
    let out = claimkit_export::resolve_out(out)?;
    for input in inputs {
        let Ok(input) = input.canonicalize() else {
            continue;
        };
        if input.starts_with(&out) {
            return Err(BuildError::OutputHoldsInput {
                out: display_path(&out),
                input: display_path(&input),
            });
        }
    }
    Ok(())
}

/// Read buffer per input file.
const READ_BUFFER: usize = 64 * 1024;

/// A reader that computes the SHA-256 and size of everything read through it.
/// It also adds every byte to `progress`, the build's running total of input
/// bytes read, which drives the progress bar.
struct Digesting<R> {
    inner: R,
    sha256: Sha256,
    bytes: u64,
    progress: Arc<AtomicU64>,
}

impl<R> Digesting<R> {
    fn new(inner: R, progress: Arc<AtomicU64>) -> Digesting<R> {
        Digesting {
            inner,
            sha256: Sha256::new(),
            bytes: 0,
            progress,
        }
    }

    /// The digest (lower-case hex, as in the manifest) and the bytes read.
    fn finish(self) -> (String, u64) {
        let digest = self.sha256.finalize();
        (
            digest.iter().map(|b| format!("{b:02x}")).collect(),
            self.bytes,
        )
    }
}

impl<R: Read> Read for Digesting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.sha256.update(&buf[..n]);
        self.bytes += n as u64;
        self.progress.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

fn location(note: &Note) -> String {
    match note.line {
        Some(line) => format!("{}:{}", note.file, line),
        None => note.file.clone(),
    }
}

/// Reject a document whose id was seen before.
fn check_unique(seen: &mut HashMap<String, String>, loaded: Loaded) -> Result<Loaded, InputError> {
    let doc = &loaded.document;
    let here = match loaded.line {
        Some(line) => format!("{}:{}", doc.source_file, line),
        None => doc.source_file.clone(),
    };
    if let Some(first) = seen.get(&doc.id) {
        let kind = InputErrorKind::DuplicateId {
            id: doc.id.clone(),
            first: first.clone(),
        };
        return Err(InputError::new(doc.source_file.clone(), loaded.line, kind));
    }
    seen.insert(doc.id.clone(), here);
    Ok(loaded)
}

/// The rayon pool that analyses documents (`--jobs` workers).
fn worker_pool(jobs: usize) -> Result<rayon::ThreadPool, BuildError> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.max(1))
        .build()
        .map_err(|e| BuildError::Threads {
            jobs,
            message: e.to_string(),
        })
}

/// Read and analyse every document of `inputs` into memory (for the HTML
/// report and the Label Studio export, which need all of them at once).
/// Bad documents stop the read unless `skip_bad`; then they are reported.
pub fn analyse_all(
    inputs: &[PathBuf],
    skip_bad: bool,
    jobs: usize,
    report: &dyn Report,
) -> Result<Vec<(Document, Analysis)>, BuildError> {
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut docs = Vec::new();
    let mut skipped = 0;
    for entry in collect_files(inputs)? {
        let results = match entry {
            Ok(file) => read_article_file(&file),
            Err(err) => vec![Err(err)],
        };
        for result in results {
            match result.and_then(|loaded| check_unique(&mut seen, loaded)) {
                Ok(loaded) => {
                    let file = &loaded.document.source_file;
                    for w in &loaded.warnings {
                        report.note(&format!("warning: {file}: {w}"));
                    }
                    docs.push(loaded.document);
                }
                Err(err) if skip_bad => {
                    report.note(&format!("skipped: {err}"));
                    skipped += 1;
                }
                Err(err) => return Err(err.into()),
            }
        }
    }
    if docs.is_empty() {
        return Err(BuildError::NoDocuments { skipped });
    }
    let pool = worker_pool(jobs)?;
    let analyses: Vec<Analysis> = pool.install(|| docs.par_iter().map(analyze).collect());
    Ok(docs.into_iter().zip(analyses).collect())
}
