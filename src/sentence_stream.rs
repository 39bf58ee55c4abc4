//! `claimkit sentences` in one pass: each paragraph is normalised, cut into sentences and
//! written as JSON Lines rows while the next is read, with no document text, sentence
//! vector or table in between.
//!
//! The rows are byte for byte those of the table path (`Document::from_body`,
//! [`claimkit_segment::split_sentences`], `Tables`, `write_json_lines`): the paragraphs
//! come from [`normalize::for_each_paragraph`], the streaming form of the normaliser, the
//! sentences from [`claimkit_segment::paragraph_sentences`], the one the library calls for
//! each paragraph, and the code point offsets are counted as they grow.
//!
//! ```
//! let mut out = Vec::new();
//! let paragraphs = claimkit::sentence_stream::raw_sentences("d", "It rose. Mr. Li said so", &mut out).unwrap();
//! assert_eq!(paragraphs, 1);
//! assert!(String::from_utf8(out).unwrap().ends_with("\"start\":9,\"end\":23,\"text\":\"Mr. Li said so\",\"truncated\":true}\n"));
//! ```

use claimkit_core::normalize::parts::{layouts, Part, Stripped};
use claimkit_core::{normalize, CharCursor, Document};
use claimkit_export::{SentenceLines, SentenceRow};
use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Bytes of rows gathered before they are written out.
const FLUSH_BYTES: usize = 1 << 16;

/// Paragraphs are joined by a blank line in the normalised text (`"\n\n"`, two code points).
const PARAGRAPH_BREAK_CHARS: usize = 2;

/// Write the `sentences` rows of `body`, read as raw body text (no title or dateline), to
/// `out`. Returns how many paragraphs the normalised text has (0: it is empty, and
/// nothing was written). A large body on a machine with two cores or more is cut into
/// chunks at blank lines, which two threads unwrap, segment and format in turn
/// ([`raw_sentences_chunked`]); a body without a blank line is normalised on a second
/// thread while this one segments and writes ([`raw_sentences_pipelined`]). The rows are
/// the same every way.
pub fn raw_sentences(doc_id: &str, body: &str, out: &mut impl Write) -> std::io::Result<usize> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if cores < 2 || body.len() < PIPELINE_BYTES {
        return raw_sentences_serial(doc_id, body, out);
    }
    match chunks::write(doc_id, body, chunks::CHUNK_BYTES, out) {
        Some(rows) => rows,
        None => pipelined(doc_id, &Stripped::new(body), out, Help::WhenBehind),
    }
}

/// [`raw_sentences`] in chunks of about `chunk_bytes`, cut at blank lines, that two
/// threads take in turn, each unwrapping, segmenting and formatting one chunk while the
/// other does the next and this thread writes the rows in order (on this thread alone
/// when the body has no blank line to cut at).
pub fn raw_sentences_chunked(
    doc_id: &str,
    body: &str,
    chunk_bytes: usize,
    out: &mut impl Write,
) -> std::io::Result<usize> {
    match chunks::write(doc_id, body, chunk_bytes, out) {
        Some(rows) => rows,
        None => raw_sentences_serial(doc_id, body, out),
    }
}

/// Hand each paragraph of a stripped body to `paragraph`, on this thread.
fn whole_paragraphs(stripped: &Stripped<'_>, paragraph: impl FnMut(&str)) {
    let part = Part::new(stripped.text());
    let [layout] = layouts([&part]);
    part.for_each_paragraph(&layout, paragraph);
}

mod chunks;

/// Bodies from this size up are worth a second thread (starting one costs about as much
/// as normalising a few kilobytes).
const PIPELINE_BYTES: usize = 1 << 16;

/// Normalised text handed from the normalising thread to the writing one at a time: each
/// hand-over may switch threads, so batches are large (with a busy second core the two
/// threads share one, and 16 KiB batches cost 190 context switches on the bench-peers
/// slice and 2 ms of CPU more than 64 KiB ones).
const BATCH_BYTES: usize = 1 << 16;

/// Batches on their way between the two threads at most.
const BATCHES_IN_FLIGHT: usize = 8;

/// [`raw_sentences`] on one thread: each paragraph is segmented and written as soon as
/// the normaliser hands it over.
pub fn raw_sentences_serial(
    doc_id: &str,
    body: &str,
    out: &mut impl Write,
) -> std::io::Result<usize> {
    let mut rows = Rows::new(doc_id, out);
    normalize::for_each_paragraph(body, |paragraph| {
        if rows.error.is_none() {
            rows.next_paragraph(paragraph);
        }
    });
    rows.finish()
}

/// [`raw_sentences`] on two threads: a second thread normalises the body and hands the
/// paragraphs over in batches, while this one segments them and writes the rows. When
/// this thread falls behind (a batch is already waiting for it), the second thread also
/// cuts the next batch into sentences before handing it over, so the segmenting is
/// shared between the two; the rows are the same whichever thread cut a paragraph.
pub fn raw_sentences_pipelined(
    doc_id: &str,
    body: &str,
    out: &mut impl Write,
) -> std::io::Result<usize> {
    pipelined(doc_id, &Stripped::new(body), out, Help::WhenBehind)
}

/// [`raw_sentences_pipelined`] with every batch cut into sentences on the normalising
/// thread: the path a busy writer takes, for tests that compare it with the others.
#[doc(hidden)]
pub fn raw_sentences_pipelined_helped(
    doc_id: &str,
    body: &str,
    out: &mut impl Write,
) -> std::io::Result<usize> {
    pipelined(doc_id, &Stripped::new(body), out, Help::Always)
}

/// When the normalising thread also segments a batch.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Help {
    /// When the writing thread has a batch waiting already.
    WhenBehind,
    /// Always.
    Always,
}

fn pipelined(
    doc_id: &str,
    stripped: &Stripped<'_>,
    out: &mut impl Write,
    help: Help,
) -> std::io::Result<usize> {
    let (send, receive) = std::sync::mpsc::sync_channel::<Batch>(BATCHES_IN_FLIGHT);
    // Batches sent and not yet taken by the writing thread.
    let waiting = AtomicUsize::new(0);
    let waiting = &waiting;
    std::thread::scope(|scope| {
        scope.spawn(move || {
            let mut batch = Batch::default();
            let mut open = true; // false once the writer has stopped
            let mut limit = FIRST_BATCH_BYTES;
            let hand_over = |mut batch: Batch| {
                if help == Help::Always || waiting.load(Ordering::Relaxed) > 0 {
                    batch.segment();
                }
                waiting.fetch_add(1, Ordering::Relaxed);
                send.send(batch).is_ok()
            };
            whole_paragraphs(stripped, |paragraph| {
                if open {
                    batch.push(paragraph);
                    if batch.text.len() >= limit {
                        open = hand_over(std::mem::take(&mut batch));
                        limit = BATCH_BYTES;
                    }
                }
            });
            if open && !batch.ends.is_empty() {
                hand_over(batch);
            }
        });
        let mut rows = Rows::new(doc_id, out);
        for batch in receive {
            waiting.fetch_sub(1, Ordering::Relaxed);
            batch.write(&mut rows);
            if rows.error.is_some() {
                break; // the receiver goes, and the normalising thread stops sending
            }
        }
        rows.finish()
    })
}

/// The first batch is handed over sooner, so that the writing thread starts early.
const FIRST_BATCH_BYTES: usize = 1 << 12;

/// Paragraphs of normalised text, one after the other, and their sentences once cut.
#[derive(Default)]
struct Batch {
    text: String,
    /// Where each paragraph ends in `text`.
    ends: Vec<usize>,
    /// The sentences of every paragraph, in order, when the batch has been segmented.
    cuts: Vec<Cut>,
    /// How many of `cuts` belong to the paragraphs up to each one (filled when segmented).
    cut_ends: Vec<usize>,
}

/// One sentence of a paragraph: byte offsets into it, and whether the paragraph breaks off.
#[derive(Clone, Copy)]
struct Cut {
    start: usize,
    end: usize,
    truncated: bool,
}

impl Batch {
    fn push(&mut self, paragraph: &str) {
        if self.text.capacity() == 0 {
            self.text.reserve(BATCH_BYTES + paragraph.len());
        }
        self.text.push_str(paragraph);
        self.ends.push(self.text.len());
    }

    fn paragraphs(&self) -> impl Iterator<Item = &str> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(&self.ends)
            .map(|(from, &to)| &self.text[from..to])
    }

    /// Empty the batch, keeping its buffers for the next.
    fn clear(&mut self) {
        self.text.clear();
        self.ends.clear();
        self.cuts.clear();
        self.cut_ends.clear();
    }

    /// Cut every paragraph into sentences, to be written later.
    fn segment(&mut self) {
        let (mut cuts, mut cut_ends) = (
            std::mem::take(&mut self.cuts),
            std::mem::take(&mut self.cut_ends),
        );
        cuts.clear();
        cut_ends.clear();
        cuts.reserve(self.text.len() / 64);
        cut_ends.reserve(self.ends.len());
        for paragraph in self.paragraphs() {
            claimkit_segment::paragraph_sentences(paragraph, |start, end, truncated| {
                cuts.push(Cut {
                    start,
                    end,
                    truncated,
                });
            });
            cut_ends.push(cuts.len());
        }
        (self.cuts, self.cut_ends) = (cuts, cut_ends);
    }

    /// Write the rows of every paragraph, cutting them into sentences unless that is done.
    /// (It stops at the first write error, or once `rows` is told to stop: nothing more
    /// would be written.)
    fn write<W: Write>(&self, rows: &mut Rows<'_, W>) {
        if self.cut_ends.len() != self.ends.len() {
            for paragraph in self.paragraphs() {
                if rows.stopped() {
                    return;
                }
                rows.next_paragraph(paragraph);
            }
            return;
        }
        let cut_starts = std::iter::once(0).chain(self.cut_ends.iter().copied());
        for (paragraph, (from, &to)) in self.paragraphs().zip(cut_starts.zip(&self.cut_ends)) {
            if rows.stopped() {
                return;
            }
            rows.next_paragraph_cut(paragraph, &self.cuts[from..to]);
        }
    }
}

/// Write the `sentences` rows of a document already read to `out`.
pub fn document_sentences(doc: &Document, out: &mut impl Write) -> std::io::Result<()> {
    let mut rows = Rows::new(&doc.id, out);
    let mut offsets = CharCursor::default();
    for (index, span) in doc.paragraphs.iter().enumerate() {
        let Some(paragraph) = doc.text.get(span.start..span.end) else {
            continue; // as `split_sentences` does
        };
        let start = offsets.char_offset(&doc.text, span.start);
        rows.paragraph(index, paragraph, start);
        if rows.error.is_some() {
            break;
        }
    }
    rows.finish().map(|_| ())
}

/// The rows of one document on their way out.
struct Rows<'w, W: Write> {
    lines: SentenceLines,
    buf: Vec<u8>,
    out: &'w mut W,
    /// Paragraphs seen so far (the index of the next one).
    paragraphs: usize,
    /// The first write error; nothing more is written after it.
    error: Option<std::io::Error>,
    /// Code points of normalised text written up to the end of the last paragraph.
    chars: usize,
    /// `buf` is written out once it holds this many bytes.
    flush_at: usize,
    /// Set by another thread when the rows are no longer wanted (its own write failed).
    stop: Option<&'w AtomicBool>,
}

impl<'w, W: Write> Rows<'w, W> {
    fn new(doc_id: &str, out: &'w mut W) -> Self {
        Rows::with_buf(
            doc_id,
            out,
            Vec::with_capacity(FLUSH_BYTES + FLUSH_BYTES / 4),
        )
    }

    /// [`Rows::new`] gathering rows in `buf` (emptied first).
    fn with_buf(doc_id: &str, out: &'w mut W, mut buf: Vec<u8>) -> Self {
        buf.clear();
        Rows {
            lines: SentenceLines::new(doc_id),
            buf,
            flush_at: FLUSH_BYTES,
            stop: None,
            out,
            paragraphs: 0,
            error: None,
            chars: 0,
        }
    }

    /// Write the sentences of the paragraph after the last one of normalised text, where
    /// paragraphs are joined by a blank line.
    fn next_paragraph(&mut self, paragraph: &str) {
        self.next_paragraph_with(paragraph, |emit| {
            claimkit_segment::paragraph_sentences(paragraph, emit);
        });
    }

    /// [`Rows::next_paragraph`] for a paragraph already cut into sentences.
    fn next_paragraph_cut(&mut self, paragraph: &str, cuts: &[Cut]) {
        self.next_paragraph_with(paragraph, |emit| {
            for cut in cuts {
                emit(cut.start, cut.end, cut.truncated);
            }
        });
    }

    fn next_paragraph_with(
        &mut self,
        paragraph: &str,
        sentences: impl FnOnce(&mut dyn FnMut(usize, usize, bool)),
    ) {
        if self.paragraphs > 0 {
            self.chars += PARAGRAPH_BREAK_CHARS;
        }
        self.chars += self.paragraph_with(self.paragraphs, paragraph, self.chars, sentences);
    }

    /// Write the sentences of paragraph `index`, which starts at code point `start` of
    /// the document text; returns its length in code points.
    fn paragraph(&mut self, index: usize, paragraph: &str, start: usize) -> usize {
        self.paragraph_with(index, paragraph, start, |emit| {
            claimkit_segment::paragraph_sentences(paragraph, emit);
        })
    }

    /// [`Rows::paragraph`] with the sentences that `sentences` hands to its argument as
    /// `(start, end, truncated)`, in order.
    fn paragraph_with(
        &mut self,
        index: usize,
        paragraph: &str,
        start: usize,
        sentences: impl FnOnce(&mut dyn FnMut(usize, usize, bool)),
    ) -> usize {
        let ascii = paragraph.is_ascii();
        let mut offsets = CharCursor::default();
        let mut at = |byte: usize| {
            start
                + if ascii {
                    byte
                } else {
                    offsets.char_offset(paragraph, byte)
                }
        };
        let (lines, buf) = (&mut self.lines, &mut self.buf);
        sentences(&mut |from, to, truncated| {
            let row = SentenceRow {
                paragraph: index,
                start: at(from),
                end: at(to),
                text: &paragraph[from..to],
                truncated,
            };
            lines.write(buf, &row);
        });
        let len = at(paragraph.len()) - start;
        self.paragraphs = index + 1;
        if self.buf.len() >= self.flush_at {
            self.flush();
        }
        len
    }

    /// No more rows are wanted: a write failed, or another thread said stop.
    fn stopped(&self) -> bool {
        self.error.is_some() || self.stop.is_some_and(|stop| stop.load(Ordering::Relaxed))
    }

    fn flush(&mut self) {
        if self.error.is_none() {
            if let Err(e) = self.out.write_all(&self.buf) {
                self.error = Some(e);
            }
        }
        self.buf.clear();
    }

    /// Write what is left; the paragraph count, or the first write error.
    fn finish(mut self) -> std::io::Result<usize> {
        self.flush();
        match self.error {
            Some(e) => Err(e),
            None => Ok(self.paragraphs),
        }
    }
}
