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
    /// `{"doc_id":"ID","sentence_id":"ID:s` and the number of the last row written (`0`
    /// before the first): every row starts so, with its own number, counted on in place.
    head: Vec<u8>,
    /// Bytes of `head` before the number.
    number_at: usize,
    /// `","paragraph":N,"start":` for the paragraph of the last row (most rows share it
    /// with the row before), and which paragraph that is.
    paragraph: (Vec<u8>, Option<usize>),
    /// Rows written so far.
    rows: usize,
}

/// Count the decimal number at the end of `digits` (from byte `at` on) up by one.
fn count_up(digits: &mut Vec<u8>, at: usize) {
    for d in digits[at..].iter_mut().rev() {
        if *d == b'9' {
            *d = b'0';
        } else {
            *d += 1;
            return;
        }
    }
    digits.insert(at, b'1'); // 9… became 0…: one digit more
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
        let number_at = head.len();
        head.push(b'0');
        SentenceLines {
            head,
            number_at,
            paragraph: (Vec::new(), None),
            rows: 0,
        }
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
    pub fn after_rows(mut self, rows: usize) -> SentenceLines {
        self.head.truncate(self.number_at);
        self.head
            .extend_from_slice(itoa::Buffer::new().format(rows).as_bytes());
        SentenceLines { rows, ..self }
    }

    /// Append the next row of the document to `out`.
    pub fn write(&mut self, out: &mut Vec<u8>, row: &SentenceRow<'_>) {
        self.rows += 1;
        // Room for the whole row at once (escapes aside), so that the pieces below are
        // copied without growing the buffer.
        out.reserve(self.head.len() + row.text.len() + ROW_BYTES);
        let mut n = itoa::Buffer::new();
        count_up(&mut self.head, self.number_at);
        out.extend_from_slice(&self.head);
        let (paragraph, of) = &mut self.paragraph;
        if *of != Some(row.paragraph) {
            paragraph.clear();
            paragraph.extend_from_slice(KEYS[0]);
            paragraph.extend_from_slice(n.format(row.paragraph).as_bytes());
            paragraph.extend_from_slice(KEYS[1]);
            *of = Some(row.paragraph);
        }
        out.extend_from_slice(paragraph);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A row as serde_json writes it, for sentence `number`.
    fn expected(doc: &str, number: usize, row: &SentenceRow<'_>) -> String {
        let value = serde_json::json!({
            "doc_id": doc,
            "sentence_id": format!("{doc}:s{number}"),
            "paragraph": row.paragraph,
            "start": row.start,
            "end": row.end,
            "text": row.text,
            "truncated": row.truncated,
        });
        format!("{value}\n")
    }

    #[test]
    fn sentence_numbers_count_on_past_each_power_of_ten() {
        for first in [0, 8, 9, 98, 99, 998, 1_000_000 - 2] {
            let mut lines = SentenceLines::new("d\"é").after_rows(first);
            for k in 1..=4 {
                let row = SentenceRow {
                    paragraph: (first + k) / 3,
                    start: k,
                    end: k + 1,
                    text: "Prices rose.",
                    truncated: false,
                };
                let mut out = Vec::new();
                lines.write(&mut out, &row);
                assert_eq!(
                    String::from_utf8(out).unwrap(),
                    expected("d\"é", first + k, &row)
                );
            }
            assert_eq!(lines.rows(), first + 4);
        }
    }

    proptest::proptest! {
        #[test]
        fn rows_are_written_as_serde_json_writes_them(
            first in 0usize..2_000,
            rows in proptest::collection::vec((0usize..3, 0usize..10_000, "\\PC{0,12}", proptest::bool::ANY), 0..40),
        ) {
            let mut lines = SentenceLines::new("doc").after_rows(first);
            let (mut out, mut want, mut paragraph) = (Vec::new(), String::new(), 0);
            for (k, (step, start, text, truncated)) in rows.iter().enumerate() {
                paragraph += step;
                let row = SentenceRow { paragraph, start: *start, end: start + text.len(), text, truncated: *truncated };
                lines.write(&mut out, &row);
                want.push_str(&expected("doc", first + k + 1, &row));
            }
            proptest::prop_assert_eq!(String::from_utf8(out).unwrap(), want);
        }
    }
}
