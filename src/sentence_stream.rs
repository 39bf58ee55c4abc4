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

use claimkit_core::{normalize, CharCursor, Document};
use claimkit_export::{SentenceLines, SentenceRow};
use std::io::Write;

/// Bytes of rows gathered before they are written out.
const FLUSH_BYTES: usize = 1 << 16;

/// Paragraphs are joined by a blank line in the normalised text (`"\n\n"`, two code points).
const PARAGRAPH_BREAK_CHARS: usize = 2;

/// Write the `sentences` rows of `body`, read as raw body text (no title or dateline), to
/// `out`. Returns how many paragraphs the normalised text has (0: it is empty, and
/// nothing was written). A large body on a machine with two cores or more is normalised
/// on a second thread while this one segments and writes ([`raw_sentences_pipelined`]);
/// the rows are the same either way.
pub fn raw_sentences(doc_id: &str, body: &str, out: &mut impl Write) -> std::io::Result<usize> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if cores >= 2 && body.len() >= PIPELINE_BYTES {
        raw_sentences_pipelined(doc_id, body, out)
    } else {
        raw_sentences_serial(doc_id, body, out)
    }
}

/// Bodies from this size up are worth a second thread (starting one costs about as much
/// as normalising a few kilobytes).
const PIPELINE_BYTES: usize = 1 << 16;

/// Normalised text handed from the normalising thread to the writing one at a time.
const BATCH_BYTES: usize = 1 << 15;

/// Batches on their way between the two threads at most.
const BATCHES_IN_FLIGHT: usize = 4;

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
/// paragraphs over in batches, while this one segments them and writes the rows.
pub fn raw_sentences_pipelined(
    doc_id: &str,
    body: &str,
    out: &mut impl Write,
) -> std::io::Result<usize> {
    let (send, receive) = std::sync::mpsc::sync_channel::<Batch>(BATCHES_IN_FLIGHT);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            let mut batch = Batch::default();
            let mut open = true; // false once the writer has stopped
            normalize::for_each_paragraph(body, |paragraph| {
                if open {
                    batch.push(paragraph);
                    if batch.text.len() >= BATCH_BYTES {
                        open = send.send(std::mem::take(&mut batch)).is_ok();
                    }
                }
            });
            if open && !batch.ends.is_empty() {
                let _ = send.send(batch);
            }
        });
        let mut rows = Rows::new(doc_id, out);
        for batch in receive {
            for paragraph in batch.paragraphs() {
                rows.next_paragraph(paragraph);
            }
            if rows.error.is_some() {
                break; // the receiver goes, and the normalising thread stops sending
            }
        }
        rows.finish()
    })
}

/// Paragraphs of normalised text, one after the other.
#[derive(Default)]
struct Batch {
    text: String,
    /// Where each paragraph ends in `text`.
    ends: Vec<usize>,
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
}

impl<'w, W: Write> Rows<'w, W> {
    fn new(doc_id: &str, out: &'w mut W) -> Self {
        Rows {
            lines: SentenceLines::new(doc_id),
            buf: Vec::with_capacity(FLUSH_BYTES + FLUSH_BYTES / 4),
            out,
            paragraphs: 0,
            error: None,
            chars: 0,
        }
    }

    /// Write the sentences of the paragraph after the last one of normalised text, where
    /// paragraphs are joined by a blank line.
    fn next_paragraph(&mut self, paragraph: &str) {
        if self.paragraphs > 0 {
            self.chars += PARAGRAPH_BREAK_CHARS;
        }
        self.chars += self.paragraph(self.paragraphs, paragraph, self.chars);
    }

    /// Write the sentences of paragraph `index`, which starts at code point `start` of
    /// the document text; returns its length in code points.
    fn paragraph(&mut self, index: usize, paragraph: &str, start: usize) -> usize {
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
        claimkit_segment::paragraph_sentences(paragraph, |from, to, truncated| {
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
        if self.buf.len() >= FLUSH_BYTES {
            self.flush();
        }
        len
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
