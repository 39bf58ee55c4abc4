//! A body in two halves on two threads ([`super::raw_sentences_halves`]): each thread
//! unwraps, segments and formats the rows of one half, so neither waits for the other
//! to read the whole body first.
//!
//! The rows of the second half number their sentences and paragraphs and count their
//! code points on from where the first half ends, so the first thread hands over its
//! totals as soon as its half is segmented; both then format at once, and the second
//! half's rows wait in memory until the first half's are written.

use super::{Batch, Rows, PARAGRAPH_BREAK_CHARS};
use claimkit_core::normalize::parts::{layouts, Part, PartLayout, Stripped};
use claimkit_export::SentenceLines;
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::sync_channel;
use std::sync::OnceLock;

/// Bodies up to this size are cut in halves. The second half's rows wait in memory (about
/// 2.5 bytes of rows per byte of newswire, up to 30 for a text of two-letter sentences),
/// which doubles the peak memory of the streaming path; a larger body is streamed instead
/// ([`super::raw_sentences_pipelined`]), so that a 16 MiB body of tiny sentences peaks
/// at about 420 MB rather than 870 MB.
pub(super) const MAX_BYTES: usize = 1 << 22;

/// Bytes of rows per byte of text, about (2.5 on newswire), so that the second half's
/// rows are gathered without growing their buffer.
const ROW_BYTES_PER_TEXT_BYTE: usize = 3;

/// Where the rows of the second half go on from: the first half's totals.
#[derive(Clone, Copy, Debug, Default)]
struct Totals {
    /// Paragraphs of the first half.
    paragraphs: usize,
    /// Sentences of the first half.
    sentences: usize,
    /// Code points of the first half's normalised text, paragraph breaks included.
    chars: usize,
}

impl Totals {
    /// The totals of a segmented batch.
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
}

/// The two halves of a body, cut at a blank line.
#[derive(Clone, Copy, Debug)]
pub(super) enum Halves<'a> {
    /// Halves of the raw body ([`claimkit_core::normalize::parts::cut_raw`]): each thread
    /// strips its own.
    Raw(&'a str, &'a str),
    /// Halves of the body stripped whole ([`Stripped::halves`]).
    Stripped(&'a str, &'a str),
}

/// The text of one half ready for its lines: stripped into `slot` when it is raw.
fn ready<'s>(raw: bool, half: &'s str, slot: &'s OnceLock<Stripped<'s>>) -> &'s str {
    if raw {
        slot.get_or_init(|| Stripped::new(half)).text()
    } else {
        half
    }
}

/// Write the rows of the `halves` of a body to `out`; the paragraph count of the whole.
pub(super) fn write(
    doc_id: &str,
    halves: Halves<'_>,
    out: &mut impl Write,
) -> std::io::Result<usize> {
    let (raw, a, b) = match halves {
        Halves::Raw(a, b) => (true, a, b),
        Halves::Stripped(a, b) => (false, a, b),
    };
    // Where a raw half is kept once stripped: the lines borrow from it.
    let (slot_a, slot_b) = (OnceLock::new(), OnceLock::new());
    let (lines_out, lines_in) = sync_channel::<Part<'_>>(1);
    let (layout_out, layout_in) = sync_channel::<(Part<'_>, PartLayout)>(1);
    let (totals_out, totals_in) = sync_channel::<Totals>(1);
    // Set when writing the first half fails: the second half's rows are then not wanted.
    let failed = AtomicBool::new(false);
    std::thread::scope(|scope| {
        // Owned by this closure, so that they are dropped if this thread panics before
        // sending: the second thread then stops waiting, and the scope can join it and
        // pass the panic on (held outside, they would outlive the scope, which waits for
        // the second thread for ever).
        let (layout_out, totals_out) = (layout_out, totals_out);
        let (slot_b, failed) = (&slot_b, &failed);
        let second = scope.spawn(move || -> Option<(Vec<u8>, usize)> {
            let text = ready(raw, b, slot_b);
            lines_out.send(Part::new(text)).ok()?;
            let (part, layout) = layout_in.recv().ok()?;
            let batch = segmented(&part, &layout, text.len());
            let totals = totals_in.recv().ok()?;
            // The rows stay in the writer's own buffer, never flushed, and are taken whole.
            let mut sink = std::io::sink();
            let mut rows = Rows::new(doc_id, &mut sink);
            rows.flush_at = usize::MAX;
            rows.stop = Some(failed);
            rows.buf.reserve(text.len() * ROW_BYTES_PER_TEXT_BYTE);
            rows.lines = SentenceLines::new(doc_id).after_rows(totals.sentences);
            (rows.paragraphs, rows.chars) = (totals.paragraphs, totals.chars);
            batch.write(&mut rows);
            let (buf, paragraphs) = (rows.buf, rows.paragraphs);
            Some((buf, paragraphs))
        });
        let text = ready(raw, a, &slot_a);
        let first = Part::new(text);
        // The second thread sends its lines unless it panicked: then `join` says why.
        let Ok(second_lines) = lines_in.recv() else {
            return joined(second).map(|(_, n)| n);
        };
        let [layout, second_layout] = layouts([&first, &second_lines]);
        // A failed send means the second thread is gone; `join` below says why.
        let _ = layout_out.send((second_lines, second_layout));
        let batch = segmented(&first, &layout, text.len());
        let _ = totals_out.send(Totals::of(&batch));
        let mut rows = Rows::new(doc_id, out);
        batch.write(&mut rows);
        if let Err(err) = rows.finish() {
            failed.store(true, Ordering::Relaxed);
            return Err(err);
        }
        let (rest, paragraphs) = joined(second)?;
        out.write_all(&rest)?;
        Ok(paragraphs)
    })
}

/// The paragraphs of `part`, each cut into sentences.
fn segmented(part: &Part<'_>, layout: &PartLayout, bytes: usize) -> Batch {
    let mut batch = Batch::with_capacity(bytes);
    part.for_each_paragraph(layout, |paragraph| batch.push(paragraph));
    batch.segment();
    batch
}

/// What the second thread returned; its panic goes on here, and `None` (it could not
/// write to memory, or lost the first thread) is an error.
fn joined(
    second: std::thread::ScopedJoinHandle<'_, Option<(Vec<u8>, usize)>>,
) -> std::io::Result<(Vec<u8>, usize)> {
    match second.join() {
        Ok(Some(done)) => Ok(done),
        Ok(None) => Err(std::io::Error::other(
            "the thread segmenting the second half of the text stopped",
        )),
        Err(panic) => std::panic::resume_unwind(panic),
    }
}
