//! The `sentences` table as JSON Lines, each row written as soon as its sentence is found:
//! no table is filled first. `claimkit sentences` streams its output through this writer;
//! every byte is what [`crate::TableBuilder::write_json_lines`] writes for the same rows.

use crate::builder::write_json_text;
use crate::schema::Table;

// The row below writes these columns in this order, with these kinds.
const _: () = assert!(
    Table::Sentences.has_columns(&[
        ("doc_id", "text"),
        ("sentence_id", "text"),
        ("paragraph", "int"),
        ("start", "int"),
        ("end", "int"),
        ("text", "text"),
        ("truncated", "bool"),
    ]),
    "SentenceLines does not match the sentences schema"
);

/// One sentence row: where it is and what it says.
#[derive(Clone, Copy, Debug)]
pub struct SentenceRow<'a> {
    /// Index of the paragraph in the document.
    pub paragraph: usize,
    /// Code point offset of the first character in the document text.
    pub start: usize,
    /// Code point offset one past the last character.
    pub end: usize,
    /// The sentence.
    pub text: &'a str,
    /// The paragraph ends without terminal punctuation after this sentence.
    pub truncated: bool,
}

/// Writes the `sentences` rows of one document as JSON Lines into a byte buffer.
///
/// ```
/// use claimkit_export::{SentenceLines, SentenceRow};
/// let mut out = Vec::new();
/// let mut rows = SentenceLines::new("d");
/// rows.write(&mut out, &SentenceRow { paragraph: 0, start: 0, end: 3, text: "Yes", truncated: true });
/// assert_eq!(
///     String::from_utf8(out).unwrap(),
///     "{\"doc_id\":\"d\",\"sentence_id\":\"d:s1\",\"paragraph\":0,\"start\":0,\"end\":3,\"text\":\"Yes\",\"truncated\":true}\n"
/// );
/// ```
#[derive(Clone, Debug)]
pub struct SentenceLines {
    /// `{"doc_id":"ID","sentence_id":"ID:s`: every row starts so.
    head: Vec<u8>,
    /// Rows written so far.
    rows: usize,
}

/// `,"name":` of the columns after the sentence id, in schema order (the assertion above
/// checks the names), with the sentence id's closing quote before the first.
const KEYS: [&[u8]; 5] = [
    b"\",\"paragraph\":",
    b",\"start\":",
    b",\"end\":",
    b",\"text\":",
    b",\"truncated\":",
];

/// Bytes of a row besides its head and text, at most: keys, four numbers, `false}\n`.
const ROW_BYTES: usize = 64 + 4 * 20 + 8;

impl SentenceLines {
    /// The writer for the document `doc_id`.
    pub fn new(doc_id: &str) -> SentenceLines {
        let columns = Table::Sentences.columns();
        let key = |k: usize| {
            let mut key = if k == 0 { b"{".to_vec() } else { b",".to_vec() };
            write_json_text(&mut key, Some(columns[k].name)).expect("a Vec takes every write");
            key.push(b':');
            key
        };
        let mut id = Vec::with_capacity(doc_id.len() + 2);
        write_json_text(&mut id, Some(doc_id)).expect("a Vec takes every write");
        let mut head = key(0);
        head.extend_from_slice(&id);
        head.extend_from_slice(&key(1));
        // The id `{doc_id}:s{n}` as JSON: escaping works character by character, so it is
        // the escaped doc id without its closing quote, then `:s` and the number.
        head.extend_from_slice(&id[..id.len() - 1]);
        head.extend_from_slice(b":s");
        SentenceLines { head, rows: 0 }
    }

    /// This writer with its first `rows` rows counted as written elsewhere: the next row
    /// is sentence `rows + 1` (the rows of a document written in two parts, the second
    /// part formatted while the first is).
    ///
    /// ```
    /// use claimkit_export::{SentenceLines, SentenceRow};
    /// let mut out = Vec::new();
    /// let mut rows = SentenceLines::new("d").after_rows(41);
    /// rows.write(&mut out, &SentenceRow { paragraph: 3, start: 90, end: 93, text: "Yes", truncated: true });
    /// assert!(String::from_utf8(out).unwrap().contains("\"sentence_id\":\"d:s42\""));
    /// ```
    pub fn after_rows(self, rows: usize) -> SentenceLines {
        SentenceLines { rows, ..self }
    }

    /// Append the next row of the document to `out`.
    pub fn write(&mut self, out: &mut Vec<u8>, row: &SentenceRow<'_>) {
        self.rows += 1;
        // Room for the whole row at once (escapes aside), so that the pieces below are
        // copied without growing the buffer.
        out.reserve(self.head.len() + row.text.len() + ROW_BYTES);
        let mut n = itoa::Buffer::new();
        out.extend_from_slice(&self.head);
        out.extend_from_slice(n.format(self.rows).as_bytes());
        out.extend_from_slice(KEYS[0]);
        out.extend_from_slice(n.format(row.paragraph).as_bytes());
        out.extend_from_slice(KEYS[1]);
        out.extend_from_slice(n.format(row.start).as_bytes());
        out.extend_from_slice(KEYS[2]);
        out.extend_from_slice(n.format(row.end).as_bytes());
        out.extend_from_slice(KEYS[3]);
        write_json_text(out, Some(row.text)).expect("a Vec takes every write");
        out.extend_from_slice(KEYS[4]);
        out.extend_from_slice(if row.truncated {
            b"true}\n"
        } else {
            b"false}\n"
        });
    }

    /// Rows written so far.
    pub fn rows(&self) -> usize {
        self.rows
    }
}
