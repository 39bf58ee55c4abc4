//! The one driver every command runs: read the inputs → check ids → analyse
//! in batches → hand each batch on, in input order.
//!
//! `claimkit build` hands batches to the table writer, `report` and
//! `export-labelstudio` collect them, the Python package checks ids with
//! [`IdCheck`] and analyses with [`analyze_batch`]. What was read (files with
//! their SHA-256, documents left out, warnings) comes back as a [`ReadLog`]
//! for the manifest.
//!
//! Memory does not grow with the corpus: each file is streamed document by
//! document ([`documents_with`]; a JSONL corpus one line at a time, each
//! document at most [`claimkit_core::read::MAX_DOCUMENT_BYTES`]), at most
//! [`BATCH_DOCUMENTS`] documents are held at once, and each file's SHA-256
//! is computed from the same stream.

use crate::build::{BuildError, Report};
use crate::{analyze_for, Stage};
use claimkit_core::read::{
    collect_inputs, documents_with, open, ArticleFile, FieldMap, FileFormat, InputError,
    InputErrorKind, Loaded,
};
use claimkit_core::{Analysis, Document};
use claimkit_export::{InputFile, Note};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::{BufReader, Read};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// Documents analysed per batch. Fixed, so batches (and Parquet row groups)
/// are the same whatever `--jobs` is.
pub const BATCH_DOCUMENTS: usize = 256;

/// Read buffer per input file.
const READ_BUFFER: usize = 64 * 1024;

/// How to read and analyse.
#[derive(Clone, Debug)]
pub struct DriveOptions {
    /// Files and directories to read.
    pub inputs: Vec<PathBuf>,
    /// Leave bad documents out instead of stopping.
    pub skip_bad: bool,
    /// Worker threads.
    pub jobs: usize,
    /// How far to run the pipeline.
    pub stage: Stage,
    /// Which JSON fields hold the text, title, date and id.
    pub fields: FieldMap,
}

/// What was read: the manifest's inputs, skipped documents and warnings.
#[derive(Clone, Debug, Default)]
pub struct ReadLog {
    /// Every file read, with its SHA-256, size and documents kept.
    pub inputs: Vec<InputFile>,
    /// Documents and files left out, and why.
    pub skipped: Vec<Note>,
    /// Warnings about documents kept.
    pub warnings: Vec<Note>,
    /// Documents analysed.
    pub documents: usize,
    /// Input bytes read.
    pub bytes: u64,
}

/// Ids seen so far: a second document with the same id is bad input.
#[derive(Debug, Default)]
pub struct IdCheck {
    seen: HashMap<String, String>,
}

impl IdCheck {
    /// `loaded`, unless its id was seen before; `here` says where it was
    /// read (`file`, `file:line`, `row 3`) for the message of a later duplicate.
    pub fn check(&mut self, loaded: Loaded, here: String) -> Result<Loaded, InputError> {
        let doc = &loaded.document;
        if let Some(first) = self.seen.get(&doc.id) {
            let kind = InputErrorKind::DuplicateId {
                id: doc.id.clone(),
                first: first.clone(),
            };
            return Err(InputError::new(doc.source_file.clone(), loaded.line, kind));
        }
        self.seen.insert(doc.id.clone(), here);
        Ok(loaded)
    }

    /// [`IdCheck::check`] of a document read from a file (`file:line` for JSONL).
    fn check_read(&mut self, loaded: Loaded) -> Result<Loaded, InputError> {
        let doc = &loaded.document;
        let here = match loaded.line {
            Some(line) => format!("{}:{}", doc.source_file, line),
            None => doc.source_file.clone(),
        };
        self.check(loaded, here)
    }
}

/// Analyse `docs` up to `stage` on the current rayon pool, in order.
pub fn analyze_batch(docs: &[Document], stage: Stage) -> Vec<Analysis> {
    docs.par_iter().map(|d| analyze_for(d, stage)).collect()
}

/// The rayon pool that analyses documents (`--jobs` workers).
pub fn worker_pool(jobs: usize) -> Result<rayon::ThreadPool, BuildError> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.max(1))
        .build()
        .map_err(|e| BuildError::Threads {
            jobs,
            message: e.to_string(),
        })
}

/// Read every input, analyse it in batches of [`BATCH_DOCUMENTS`] and give
/// each batch to `sink` in input order. Bad input stops the run unless
/// `skip_bad`; with nothing good left, the run fails with
/// [`BuildError::NoDocuments`].
pub fn drive(
    options: &DriveOptions,
    report: &dyn Report,
    sink: impl FnMut(Vec<Document>, Vec<Analysis>) -> Result<(), BuildError>,
) -> Result<ReadLog, BuildError> {
    let found = collect_inputs(&options.inputs)?;
    for (name, own) in &found.own_outputs {
        report.note(&format!("note: {name}: {}, passed over", own.describe()));
    }
    for name in &found.linked_dirs {
        report.note(&format!(
            "note: {name}: a symbolic link to a folder, not followed (name it as an input to read it)"
        ));
    }
    let files = found.files;
    let total: u64 = files
        .iter()
        .flatten()
        .filter_map(|f| std::fs::metadata(&f.path).ok())
        .map(|m| m.len())
        .sum();
    let mut run = Run {
        options,
        report,
        sink,
        pool: worker_pool(options.jobs)?,
        bar: progress_bar(total),
        read: Arc::new(AtomicU64::new(0)),
        log: ReadLog::default(),
        ids: IdCheck::default(),
        docs: Vec::new(),
    };
    for entry in files {
        match entry.and_then(|file| open(&file).map(|f| (file, f))) {
            Ok((file, handle)) => run.read_file(&file, handle)?,
            Err(err) => run.skip(err)?,
        }
    }
    run.flush()?;
    run.bar.finish_and_clear();
    if run.log.documents == 0 {
        return Err(BuildError::NoDocuments {
            passed_over: run
                .log
                .inputs
                .iter()
                .flat_map(|i| i.passed_over.iter().map(|&(_, n)| n))
                .sum(),
            skipped: run.log.skipped.len(),
        });
    }
    Ok(run.log)
}

/// One run of [`drive`]: the batch being filled and what was read so far.
struct Run<'a, S> {
    options: &'a DriveOptions,
    report: &'a dyn Report,
    sink: S,
    pool: rayon::ThreadPool,
    bar: ProgressBar,
    /// Input bytes read so far (the progress bar's position).
    read: Arc<AtomicU64>,
    log: ReadLog,
    ids: IdCheck,
    docs: Vec<Document>,
}

impl<S> Run<'_, S>
where
    S: FnMut(Vec<Document>, Vec<Analysis>) -> Result<(), BuildError>,
{
    /// Stream the documents of one file into batches, digesting it.
    fn read_file(&mut self, file: &ArticleFile, handle: std::fs::File) -> Result<(), BuildError> {
        let name = file.name.clone();
        let reader =
            BufReader::with_capacity(READ_BUFFER, Digesting::new(handle, self.read.clone()));
        let format = FileFormat::of(&file.path);
        let mut documents = documents_with(file, format, &self.options.fields, reader);
        let mut kept = 0;
        for result in &mut documents {
            self.stop_if_asked()?;
            match result.and_then(|loaded| self.ids.check_read(loaded)) {
                Ok(loaded) => {
                    self.warn(&name, &loaded);
                    kept += 1;
                    self.docs.push(loaded.document);
                    if self.docs.len() >= BATCH_DOCUMENTS {
                        self.flush()?;
                    }
                }
                Err(err) => self.skip(err)?,
            }
        }
        let passed_over = documents
            .passed_over()
            .map(|p| p.counts())
            .unwrap_or_default();
        // Whatever the reader left (the rest of a document refused as too large
        // under --skip-bad) still counts for the file's digest and size; only
        // regular files are read, so the rest is finite.
        let mut reader = documents.into_inner();
        std::io::copy(&mut reader, &mut std::io::sink())
            .map_err(|e| InputError::new(&name, None, e.into()))?;
        let (sha256, bytes) = reader.into_inner().finish();
        self.log.inputs.push(InputFile {
            path: name,
            sha256,
            bytes,
            documents: kept,
            passed_over,
        });
        self.log.bytes += bytes;
        self.bar.set_position(self.read.load(Ordering::Relaxed));
        Ok(())
    }

    /// Report and log the warnings of a document kept.
    fn warn(&mut self, name: &str, loaded: &Loaded) {
        for w in &loaded.warnings {
            let note = Note {
                file: name.to_string(),
                line: loaded.line,
                reason: w.clone(),
            };
            let line = format!("warning: {}: {w}", location(&note));
            self.bar.suspend(|| self.report.note(&line));
            self.log.warnings.push(note);
        }
    }

    /// Stop on bad input, or (with `--skip-bad`) report and log it.
    fn skip(&mut self, err: InputError) -> Result<(), BuildError> {
        if !self.options.skip_bad {
            self.bar.finish_and_clear();
            return Err(err.into());
        }
        self.bar
            .suspend(|| self.report.note(&format!("skipped: {err}")));
        self.log.skipped.push(Note {
            file: err.path,
            line: err.line,
            reason: err.kind.to_string(),
        });
        Ok(())
    }

    /// [`stop_if_asked`], clearing the progress bar first.
    fn stop_if_asked(&self) -> Result<(), BuildError> {
        stop_if_asked().inspect_err(|_| self.bar.finish_and_clear())
    }

    /// Analyse the batch and hand it to the sink.
    fn flush(&mut self) -> Result<(), BuildError> {
        if self.docs.is_empty() {
            return Ok(());
        }
        self.stop_if_asked()?;
        let batch = std::mem::take(&mut self.docs);
        let stage = self.options.stage;
        let analyses = self.pool.install(|| analyze_batch(&batch, stage));
        self.log.documents += batch.len();
        (self.sink)(batch, analyses)?;
        self.bar.set_position(self.read.load(Ordering::Relaxed));
        self.bar.set_message(format!("{} docs", self.log.documents));
        Ok(())
    }
}

/// Stop with [`BuildError::Interrupted`] when a signal asked the run to end
/// ([`crate::interrupt`]); the caller's output guards then clean up as they unwind.
pub fn stop_if_asked() -> Result<(), BuildError> {
    match crate::interrupt::requested() {
        Some(signal) => Err(BuildError::Interrupted { signal }),
        None => Ok(()),
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

fn location(note: &Note) -> String {
    match note.line {
        Some(line) => format!("{}:{}", note.file, line),
        None => note.file.clone(),
    }
}

/// A reader that computes the SHA-256 and size of everything read through it.
/// It also adds every byte to `progress`, the run's total of input bytes
/// read, which drives the progress bar.
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
