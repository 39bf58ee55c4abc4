//! A body in chunks on two threads ([`super::raw_sentences_chunked`]): the stripped body
//! is cut at blank lines into chunks of about [`CHUNK_BYTES`], two threads take every
//! other chunk and unwrap, segment and format it, and this thread writes the chunks' rows
//! in order.
//!
//! Why chunks: each thread reuses one paragraph buffer and one row buffer for all its
//! chunks, so the work stays in memory already touched (and in the processor's cache). A
//! page of memory touched for the first time costs the kernel a fault; on the bench-peers
//! slice, two halves each held whole cost 2,200 of them, about a third of the run.
//!
//! The rows of a chunk number their sentences and paragraphs and count their code points
//! on from the chunks before it. A thread that has segmented its chunk waits for the
//! totals up to the chunk before (known as soon as that one is segmented, not formatted),
//! adds its own for the next chunk, and then formats.

use super::{Batch, Rows, PARAGRAPH_BREAK_CHARS};
use claimkit_core::normalize::parts::{chunks_raw, layouts_of, Part, PartLayout, Stripped};
use claimkit_export::SentenceLines;
use std::collections::BTreeMap;
use std::io::Write;
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Condvar, Mutex, PoisonError};

/// Bytes of stripped text per chunk, about: a chunk's text, sentences and rows (about 2.5
/// bytes per byte of newswire) then fit in the processor's second-level cache.
pub(super) const CHUNK_BYTES: usize = 1 << 16;

/// Threads that unwrap, segment and format chunks (chunk `k` goes to thread `k % WORKERS`).
const WORKERS: usize = 2;

/// Room the row buffer of each thread starts with: the rows of a chunk of newswire take
/// about 2.6 bytes per byte of its text. One buffer a thread is enough: a thread needs it
/// back only once it has unwrapped and segmented its next chunk, and the rows of the last
/// one are written out well before that. (Two cost 108 more page faults on the
/// bench-peers slice, each buffer about 160 KiB of memory touched for the first time, and
/// gained no time.)
const ROW_BUFFER_BYTES: usize = CHUNK_BYTES * 3;

/// Where the rows of a chunk go on from: the totals of the text before it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Totals {
    /// Paragraphs.
    paragraphs: usize,
    /// Sentences.
    sentences: usize,
    /// Code points of normalised text up to the end of the last paragraph, the breaks
    /// between paragraphs included.
    chars: usize,
}

impl Totals {
    /// The totals of a segmented batch on its own.
    fn of(batch: &Batch) -> Totals {
        let paragraphs = batch.ends.len();
        let text_chars = if batch.text.is_ascii() {
            batch.text.len()
        } else {
            batch.text.chars().count()
        };
        Totals {
            paragraphs,
            sentences: batch.cuts.len(),
            chars: text_chars + PARAGRAPH_BREAK_CHARS * paragraphs.saturating_sub(1),
        }
    }

    /// The totals of the text so far followed by a chunk whose own totals are `next`.
    fn then(self, next: Totals) -> Totals {
        if next.paragraphs == 0 {
            return self;
        }
        let gap = if self.paragraphs > 0 {
            PARAGRAPH_BREAK_CHARS
        } else {
            0
        };
        Totals {
            paragraphs: self.paragraphs + next.paragraphs,
            sentences: self.sentences + next.sentences,
            chars: self.chars + gap + next.chars,
        }
    }
}

/// The totals up to the end of each chunk, as the threads learn them.
struct Progress {
    state: Mutex<ProgressState>,
    changed: Condvar,
}

struct ProgressState {
    /// Totals up to the end of each chunk, once it is segmented.
    totals: Vec<Option<Totals>>,
    /// No more rows are wanted (a write failed, or a thread panicked).
    stopped: bool,
}

impl Progress {
    fn new(chunks: usize) -> Progress {
        Progress {
            state: Mutex::new(ProgressState {
                totals: vec![None; chunks],
                stopped: false,
            }),
            changed: Condvar::new(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, ProgressState> {
        // The state is only ever set whole, so a thread that panicked left it sound.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The totals of the text before `chunk`, once known; `None` when stopped.
    fn before(&self, chunk: usize) -> Option<Totals> {
        let Some(previous) = chunk.checked_sub(1) else {
            return Some(Totals::default());
        };
        let mut state = self.lock();
        loop {
            if state.stopped {
                return None;
            }
            if let Some(totals) = state.totals[previous] {
                return Some(totals);
            }
            state = self
                .changed
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }

    fn publish(&self, chunk: usize, totals: Totals) {
        self.lock().totals[chunk] = Some(totals);
        self.changed.notify_all();
    }

    fn stop(&self) {
        self.lock().stopped = true;
        self.changed.notify_all();
    }

    /// The totals of the whole text, once every chunk is segmented.
    fn last(&self) -> Option<Totals> {
        self.lock().totals.last().copied().flatten()
    }
}

/// Stops the other threads when the thread holding it panics: they would otherwise wait
/// for totals that never come.
struct StopOnPanic<'a>(&'a Progress);

impl Drop for StopOnPanic<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.stop();
        }
    }
}

/// Write the rows of `body`, cut into chunks of about `bytes`, to `out`; the paragraph
/// count. The raw body is cut when no markup can span a cut, and each chunk is stripped
/// on its own ([`chunks_raw`]); else the body is stripped whole first. `None` (and nothing
/// written) when it has no blank line to cut at.
pub(super) fn write(
    doc_id: &str,
    body: &str,
    bytes: usize,
    out: &mut impl Write,
) -> Option<std::io::Result<usize>> {
    // Where the stripped text lives, the chunks' lines borrow from it.
    let (stripped_chunks, stripped_whole);
    let texts: Vec<&str> = match chunks_raw(body, bytes) {
        Some(raw) if raw.len() < 2 => return None,
        Some(raw) => {
            stripped_chunks = on_two_threads(&raw, |t| Stripped::new(t));
            stripped_chunks.iter().map(Stripped::text).collect()
        }
        None => {
            stripped_whole = Stripped::new(body);
            stripped_whole.chunks(bytes)
        }
    };
    if texts.len() < 2 {
        return None;
    }
    let parts = on_two_threads(&texts, |t| Part::new(t));
    let layouts = layouts_of(&parts);
    let progress = Progress::new(parts.len());
    let written = std::thread::scope(|scope| {
        let (done_out, done_in) = channel();
        let mut free = Vec::with_capacity(WORKERS);
        let mut workers = Vec::with_capacity(WORKERS);
        for first in 0..WORKERS {
            let (free_out, free_in) = channel();
            free.push(free_out);
            let chunks = Chunks {
                doc_id,
                parts: &parts,
                layouts: &layouts,
                progress: &progress,
            };
            let done_out = done_out.clone();
            workers.push(scope.spawn(move || chunks.work(first, &done_out, &free_in)));
        }
        drop(done_out);
        let written = write_in_order(&done_in, &free, out, parts.len());
        if written.is_err() {
            progress.stop();
        }
        // The threads stop once they find no buffer coming back and nobody receiving.
        drop((free, done_in));
        for worker in workers {
            if let Err(panic) = worker.join() {
                std::panic::resume_unwind(panic);
            }
        }
        written
    });
    Some(written.map(|()| progress.last().map_or(0, |t| t.paragraphs)))
}

/// `f` of every item, in order, the first half on this thread and the second on another.
fn on_two_threads<'a, T: Sync, U: Send>(items: &'a [T], f: impl Fn(&'a T) -> U + Sync) -> Vec<U> {
    let (first, second) = items.split_at(items.len() / 2);
    let f = &f;
    std::thread::scope(|scope| {
        let rest = scope.spawn(move || second.iter().map(f).collect::<Vec<U>>());
        let mut all: Vec<U> = first.iter().map(f).collect();
        match rest.join() {
            Ok(rest) => all.extend(rest),
            Err(panic) => std::panic::resume_unwind(panic),
        }
        all
    })
}

/// What the threads share: the chunks, their layouts and the totals learnt so far.
#[derive(Clone, Copy)]
struct Chunks<'a, 'p> {
    doc_id: &'a str,
    parts: &'a [Part<'p>],
    layouts: &'a [PartLayout],
    progress: &'a Progress,
}

impl Chunks<'_, '_> {
    /// Unwrap, segment and format chunks `first`, `first + WORKERS`, … in turn, sending
    /// each chunk's rows to `done` in a buffer that comes back through `free` once written.
    fn work(self, first: usize, done: &Sender<(usize, Vec<u8>)>, free: &Receiver<Vec<u8>>) {
        let _stop = StopOnPanic(self.progress);
        let mut batch = Batch::default();
        let mut spare = Some(Vec::with_capacity(ROW_BUFFER_BYTES));
        for chunk in (first..self.parts.len()).step_by(WORKERS) {
            batch.clear();
            self.parts[chunk].for_each_paragraph(&self.layouts[chunk], |p| batch.push(p));
            batch.segment();
            let Some(before) = self.progress.before(chunk) else {
                return;
            };
            self.progress
                .publish(chunk, before.then(Totals::of(&batch)));
            let Some(buf) = spare.take().or_else(|| free.recv().ok()) else {
                return;
            };
            if done.send((chunk, self.rows(&batch, before, buf))).is_err() {
                return;
            }
        }
    }

    /// The rows of a segmented chunk, after the text whose totals are `before`, in `buf`.
    fn rows(&self, batch: &Batch, before: Totals, buf: Vec<u8>) -> Vec<u8> {
        let mut sink = std::io::sink();
        let mut rows = Rows::with_buf(self.doc_id, &mut sink, buf);
        rows.flush_at = usize::MAX; // never flushed: the buffer is taken whole
        rows.lines = SentenceLines::new(self.doc_id).after_rows(before.sentences);
        (rows.paragraphs, rows.chars) = (before.paragraphs, before.chars);
        batch.write(&mut rows);
        rows.buf
    }
}

/// Write the rows of `chunks` chunks to `out` in order as they come from `done`, handing
/// each buffer back to its thread through `free`.
fn write_in_order(
    done: &Receiver<(usize, Vec<u8>)>,
    free: &[Sender<Vec<u8>>],
    out: &mut impl Write,
    chunks: usize,
) -> std::io::Result<()> {
    let mut waiting = BTreeMap::new();
    let mut next = 0;
    while next < chunks {
        let Ok((chunk, buf)) = done.recv() else {
            // Every thread is gone before its last chunk: one panicked (`join` says why).
            return Err(std::io::Error::other(
                "a thread segmenting the text stopped",
            ));
        };
        waiting.insert(chunk, buf);
        while let Some(buf) = waiting.remove(&next) {
            out.write_all(&buf)?;
            // A thread that has finished no longer takes its buffers back.
            let _ = free[next % WORKERS].send(buf);
            next += 1;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_go_on_over_chunks_without_paragraphs() {
        let a = Totals {
            paragraphs: 2,
            sentences: 3,
            chars: 20,
        };
        let empty = Totals::default();
        assert_eq!(empty.then(a), a);
        assert_eq!(a.then(empty), a);
        let b = Totals {
            paragraphs: 1,
            sentences: 1,
            chars: 5,
        };
        // a blank line (two code points) between the last paragraph of a and b's
        assert_eq!(
            a.then(b),
            Totals {
                paragraphs: 3,
                sentences: 4,
                chars: 27
            }
        );
    }
}
