//! `claimkit build`: the driver ([`crate::drive`]) reads and analyses the
//! inputs in batches, and a writer thread streams their rows into the
//! dataset ([`DatasetWriter`]).
//!
//! Output order never depends on `--jobs`: documents are read in input order,
//! analysed in fixed-size batches and written back in that order.

use crate::clusters::{ClaimTexts, Stories};
use crate::drive::{drive, DriveOptions};
use crate::Stage;
use claimkit_core::read::{display_path, FieldMap, InputError};
use claimkit_core::{Analysis, Document};
use claimkit_export::{
    pass_tables, passes, Batch, DatasetWriter, ExportError, Format, Manifest, Table, Tables,
};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{sync_channel, SyncSender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

pub use crate::drive::BATCH_DOCUMENTS;

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
    /// Which JSON fields hold the text, title, date and id.
    pub fields: FieldMap,
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
    #[error("no good documents ({skipped} left out as bad{}; see the messages above): nothing was written, and an existing output is left as it was", if *passed_over > 0 { format!(", {passed_over} crawl records passed over as no HTML page") } else { String::new() })]
    NoDocuments {
        /// Crawl records that held no HTML page (requests, images, errors …).
        passed_over: usize,
        /// Documents and files left out.
        skipped: usize,
    },
    /// The output holds labels imported from Label Studio, which a build
    /// would drop.
    #[error("{out}: the dataset holds annotators' labels (labels.csv / labels.parquet), which a new build would delete; build into another --out and import the Label Studio export there again, or move the dataset away first")]
    HoldsLabels {
        /// The output directory.
        out: String,
    },
    /// The user pressed Ctrl-C, or the system asked the process to end
    /// ([`crate::interrupt`]): the run stopped before replacing its output.
    #[error("interrupted by {signal}: stopped before anything was written; the output is as it was and the run's temporary files are removed")]
    Interrupted {
        /// The signal that asked the run to stop.
        signal: crate::interrupt::Signal,
    },
    /// The output directory is, or holds, one of the inputs: replacing it
    /// would delete the articles.
    #[error(
        "{out}: the output directory {} the input {input}; choose an --out outside the input",
        if out == input { "is" } else { "holds" }
    )]
    OutputHoldsInput {
        /// The output directory.
        out: String,
        /// The input: the output itself, or inside it.
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
        crate::say!("{line}");
    }
}

/// What the writer thread hands back: the writer, and what the
/// near-duplicate clusters need of each document and claim.
type Written = (DatasetWriter, Stories, ClaimTexts);

/// The writing half of a build: rows are built and written on a thread of
/// their own, so the next batch is analysed while the last one is written.
/// Batches arrive in order over a channel that holds one, so memory stays
/// bounded and the output is the same whatever `--jobs` is.
struct Sink {
    tx: Option<SyncSender<(Vec<Document>, Vec<Analysis>)>>,
    handle: Option<JoinHandle<Result<Written, ExportError>>>,
}

impl Sink {
    fn spawn(mut writer: DatasetWriter) -> Result<Sink, BuildError> {
        let (tx, rx) = sync_channel::<(Vec<Document>, Vec<Analysis>)>(1);
        let handle = std::thread::Builder::new()
            .name("claimkit-writer".into())
            .spawn(move || {
                let mut tables = Tables::default();
                let mut stories = Stories::default();
                let mut claims = ClaimTexts::default();
                for (docs, analyses) in rx {
                    docs.iter().for_each(|doc| stories.push(doc));
                    // Pass by pass, each written and cleared before the next: one table's
                    // rows in memory at a time.
                    let batch = Batch::new(&docs, &analyses);
                    for pass in passes() {
                        tables.push_batch(pass, &batch);
                        for &table in pass_tables(pass) {
                            claims.push(tables.get(table), &stories);
                            writer.write_table(tables.get(table))?;
                        }
                        tables.clear();
                    }
                }
                Ok((writer, stories, claims))
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

    /// Wait for every batch to be written and take the writer back, with
    /// what the near-duplicate clusters need of each document.
    fn finish(&mut self) -> Result<Written, BuildError> {
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

/// Build a dataset. Nothing is written to `options.out` unless the whole build succeeds.
pub fn build(options: &BuildOptions, report: &dyn Report) -> Result<BuildSummary, BuildError> {
    let started = Instant::now();
    check_out_outside_inputs(&options.out, &options.inputs)?;
    check_no_labels(&options.out)?;
    let writer =
        DatasetWriter::create(&options.out, options.format)?.excel_safe(options.excel_safe);
    let mut sink = Sink::spawn(writer)?;
    let mut summary = BuildSummary::default();
    let drive_options = DriveOptions {
        inputs: options.inputs.clone(),
        skip_bad: options.skip_bad,
        jobs: options.jobs,
        stage: Stage::Claims,
        fields: options.fields.clone(),
    };
    let log = drive(&drive_options, report, |docs, analyses| {
        for analysis in &analyses {
            summary.sentences += analysis.sentences.len();
            summary.claims += analysis.claims.len();
            summary.checkworthy += analysis.claims.iter().filter(|c| c.checkworthy).count();
        }
        sink.send(docs, analyses)
    })?;
    let (writer, stories, claims) = sink.finish()?;
    crate::drive::stop_if_asked()?;
    let cluster_of = claims.cluster_ids(&stories);
    drop(claims);
    debug_assert_eq!(writer.rows(Table::Documents), log.documents);
    let mut manifest = Manifest {
        tool_version: env!("CARGO_PKG_VERSION").to_string(),
        skip_bad: options.skip_bad,
        inputs: log.inputs,
        skipped: log.skipped,
        warnings: log.warnings,
        clusters: Some(crate::clusters::settings()),
        ..Manifest::default()
    };
    summary.documents = log.documents;
    summary.bytes = log.bytes;
    summary.skipped = manifest.skipped.len();
    let completed = writer.complete(&mut manifest, &mut |batch| {
        crate::clusters::fill(batch, &cluster_of)
    })?;
    // The last moment a signal can stop the run: after this the output is replaced.
    crate::drive::stop_if_asked()?;
    summary.out = completed.swap_in()?;
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// Refuse to replace a dataset that holds annotators' labels: a build writes
/// a new dataset without them, and they are people's work.
fn check_no_labels(out: &Path) -> Result<(), BuildError> {
    let manifest = std::fs::read_to_string(out.join("manifest.json"))
        .ok()
        .and_then(|text| Manifest::from_json(&text));
    match manifest {
        Some(m) if m.labels.is_some() => Err(BuildError::HoldsLabels {
            out: display_path(out),
        }),
        _ => Ok(()),
    }
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

/// Read and analyse every document of `inputs` into memory (for the HTML
/// report and the Label Studio export, which need all of them at once).
/// Bad documents stop the read unless `skip_bad`; then they are reported.
pub fn analyze_all(
    inputs: &[PathBuf],
    skip_bad: bool,
    jobs: usize,
    fields: &FieldMap,
    report: &dyn Report,
) -> Result<Vec<(Document, Analysis)>, BuildError> {
    let options = DriveOptions {
        inputs: inputs.to_vec(),
        skip_bad,
        jobs,
        stage: Stage::Claims,
        fields: fields.clone(),
    };
    let mut all = Vec::new();
    drive(&options, report, |docs, analyses| {
        all.extend(docs.into_iter().zip(analyses));
        Ok(())
    })?;
    Ok(all)
}
