//! JSON Lines corpora: one article object per line, parsed one line at a time.
//!
//! Fields: `id` (a string, or a number kept exactly as written: `007`, `1.10`
//! and ids above 2^53 stay as they are), `text`, and optional `title`,
//! `published` (`date` is read as an alias) and `dateline`; other fields are
//! kept in [`Document::extra`]. A record without an id is named after its
//! file's path and line (`2015/news-3`). NUL is refused in every field.

use super::{check_text, InputError, InputErrorKind, Loaded, MAX_DOCUMENT_BYTES};
use crate::dateline::read_published;
use crate::normalize::unwrap_paragraphs;
use crate::Document;
use serde_json::Value;
use std::io::{BufRead, Read};
use std::path::Path;

/// The records of a JSON Lines corpus, parsed one line at a time from a
/// [`BufRead`]: one result per non-blank line, and an [`InputErrorKind::Empty`]
/// error for a file without any. A line longer than [`MAX_DOCUMENT_BYTES`] is
/// refused after reading that much of it; the rest of it is skipped (not kept)
/// only if the next record is asked for.
pub struct JsonlRecords<R> {
    reader: R,
    source_file: String,
    /// What ids of records without one start with (`news` → `news-3`).
    id_stem: String,
    /// Lines read so far.
    line: usize,
    /// The current line (reused between records).
    buf: Vec<u8>,
    /// Results given so far.
    given: usize,
    /// The previous line was cut at the limit: skip to its end first.
    in_long_line: bool,
    done: bool,
}

impl<R: BufRead> JsonlRecords<R> {
    /// Records of `reader`; `source_file` names the file in errors and
    /// documents, and its file stem names records without an id.
    pub fn new(source_file: &str, reader: R) -> JsonlRecords<R> {
        JsonlRecords::with_id_stem(source_file, file_stem(source_file), reader)
    }

    /// Records of `reader` whose missing ids are `{id_stem}-{line}`.
    pub fn with_id_stem(source_file: &str, id_stem: &str, reader: R) -> JsonlRecords<R> {
        JsonlRecords {
            reader,
            source_file: source_file.to_string(),
            id_stem: id_stem.to_string(),
            line: 0,
            buf: Vec::new(),
            given: 0,
            in_long_line: false,
            done: false,
        }
    }

    /// The reader, positioned after what was read so far.
    pub fn into_inner(self) -> R {
        self.reader
    }

    fn error(&self, line: Option<usize>, kind: InputErrorKind) -> InputError {
        InputError::new(self.source_file.clone(), line, kind)
    }

    /// Skip the rest of an over-long line without keeping it.
    fn skip_line(&mut self) -> std::io::Result<()> {
        loop {
            let chunk = self.reader.fill_buf()?;
            if chunk.is_empty() {
                return Ok(());
            }
            match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => {
                    self.reader.consume(i + 1);
                    return Ok(());
                }
                None => {
                    let n = chunk.len();
                    self.reader.consume(n);
                }
            }
        }
    }

    /// Read the next line into `buf`; `false` at the end of the input.
    fn read_line(&mut self) -> Result<bool, InputErrorKind> {
        self.buf.clear();
        let limit = MAX_DOCUMENT_BYTES as u64 + 1;
        let n = (&mut self.reader)
            .take(limit)
            .read_until(b'\n', &mut self.buf)?;
        if n == 0 {
            return Ok(false);
        }
        self.line += 1;
        if self.buf.last() == Some(&b'\n') {
            self.buf.pop();
        }
        if self.buf.len() > MAX_DOCUMENT_BYTES {
            self.in_long_line = true;
            self.buf = Vec::new();
            return Err(InputErrorKind::TooLarge);
        }
        if self.line == 1 && self.buf.starts_with(b"\xEF\xBB\xBF") {
            self.buf.drain(..3);
        }
        if self.buf.last() == Some(&b'\r') {
            self.buf.pop();
        }
        Ok(true)
    }
}

impl<R: BufRead> Iterator for JsonlRecords<R> {
    type Item = Result<Loaded, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        if self.in_long_line {
            self.in_long_line = false;
            if let Err(e) = self.skip_line() {
                self.done = true;
                return Some(Err(self.error(Some(self.line), e.into())));
            }
        }
        loop {
            match self.read_line() {
                Ok(true) => {}
                Ok(false) => {
                    self.done = true;
                    if self.given == 0 {
                        self.given += 1;
                        return Some(Err(self.error(None, InputErrorKind::Empty)));
                    }
                    return None;
                }
                Err(kind) => {
                    if !self.in_long_line {
                        // An I/O error: nothing more can be read.
                        self.done = true;
                    }
                    self.given += 1;
                    return Some(Err(self.error(Some(self.line), kind)));
                }
            }
            if self.buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let n = self.line;
            let result = check_text(&self.buf)
                .and_then(|text| parse_record(&self.source_file, &self.id_stem, n, text))
                .map_err(|kind| self.error(Some(n), kind));
            self.given += 1;
            return Some(result);
        }
    }
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// An optional string field: absent and null are `None`, anything but a string is an error.
fn opt_string(
    obj: &mut serde_json::Map<String, Value>,
    field: &'static str,
) -> Result<Option<String>, InputErrorKind> {
    match obj.remove(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => no_nul(field, s).map(Some),
        Some(other) => Err(InputErrorKind::WrongType {
            field,
            expected: "a string",
            found: json_type(&other),
        }),
    }
}

fn parse_record(
    source_file: &str,
    id_stem: &str,
    line: usize,
    text: &str,
) -> Result<Loaded, InputErrorKind> {
    let mut obj = parse_object(text)?;
    let body = body_field(&mut obj)?;
    let id = id_field(&mut obj, text)?.unwrap_or_else(|| format!("{id_stem}-{line}"));
    let title = opt_string(&mut obj, "title")?;
    let published_raw = match opt_string(&mut obj, "published")? {
        Some(p) => Some(p),
        None => opt_string(&mut obj, "date")?,
    };
    let dateline_field = opt_string(&mut obj, "dateline")?;
    let mut warnings = Vec::new();
    let published = published_raw
        .as_deref()
        .and_then(|raw| published(raw, &mut warnings));
    let (text, paragraphs) = unwrap_paragraphs(&body);
    if text.is_empty() {
        return Err(InputErrorKind::EmptyText);
    }
    let document = Document {
        id,
        title,
        published,
        dateline: dateline_field.or(published_raw),
        source_file: source_file.to_string(),
        text,
        paragraphs,
        extra: obj,
    };
    Ok(Loaded {
        line: Some(line),
        document,
        warnings,
    })
}

/// The line as a JSON object.
fn parse_object(text: &str) -> Result<serde_json::Map<String, Value>, InputErrorKind> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        // serde_json stops at its recursion limit with a terse message; say what it means.
        if e.to_string().starts_with("recursion limit exceeded") {
            InputErrorKind::TooDeep { column: e.column() }
        } else {
            InputErrorKind::Json(e.to_string())
        }
    })?;
    match value {
        Value::Object(obj) => Ok(obj),
        other => Err(InputErrorKind::NotObject {
            found: json_type(&other),
        }),
    }
}

/// The `text` field: a string without NUL.
fn body_field(obj: &mut serde_json::Map<String, Value>) -> Result<String, InputErrorKind> {
    match obj.remove("text") {
        None => Err(InputErrorKind::MissingText),
        // A NUL written as the escape \u0000 is as binary as a raw one.
        Some(Value::String(s)) => match s.find('\0') {
            Some(offset) => Err(InputErrorKind::NulByte { offset }),
            None => Ok(s),
        },
        Some(other) => Err(InputErrorKind::WrongType {
            field: "text",
            expected: "a string",
            found: json_type(&other),
        }),
    }
}

/// The `id` field: a non-empty string, or a number kept as written in
/// `record`; `None` when absent or null.
fn id_field(
    obj: &mut serde_json::Map<String, Value>,
    record: &str,
) -> Result<Option<String>, InputErrorKind> {
    match obj.remove("id") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if !s.trim().is_empty() => no_nul("id", s).map(Some),
        Some(Value::Number(n)) => Ok(Some(
            number_as_written(record).unwrap_or_else(|| n.to_string()),
        )),
        Some(other) => Err(InputErrorKind::WrongType {
            field: "id",
            expected: "a non-empty string or a number",
            found: json_type(&other),
        }),
    }
}

/// The publication date of a `published` value, or a warning that says why
/// there is none.
fn published(raw: &str, warnings: &mut Vec<String>) -> Option<crate::Date> {
    match read_published(raw) {
        Some(Ok(date)) => Some(date),
        Some(Err(bad)) => {
            warnings.push(format!(
                "published date {raw:?} is no date ({bad}): published left empty"
            ));
            None
        }
        None => {
            warnings.push(format!(
                "unreadable published date {raw:?}: published left empty"
            ));
            None
        }
    }
}

/// The `id` of a record exactly as written, for numeric ids: serde_json
/// would read `1.10` as 1.1 and ids above 2^53 as rounded floats.
fn number_as_written(record: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Id<'a> {
        #[serde(borrow)]
        id: &'a serde_json::value::RawValue,
    }
    let id: Id<'_> = serde_json::from_str(record).ok()?;
    Some(id.id.get().to_string())
}

/// `value`, unless it holds a NUL character.
fn no_nul(field: &'static str, value: String) -> Result<String, InputErrorKind> {
    if value.contains('\0') {
        return Err(InputErrorKind::NulInField { field });
    }
    Ok(value)
}

fn file_stem(path: &str) -> &str {
    Path::new(path)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("doc")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(input: &str) -> Vec<String> {
        JsonlRecords::with_id_stem("x.jsonl", "2015/news", input.as_bytes())
            .map(|r| r.map(|l| l.document.id).unwrap_or_else(|e| e.to_string()))
            .collect()
    }

    #[test]
    fn numeric_ids_are_kept_as_written() {
        let input = r#"{"id": 9007199254740993, "text": "A."}
{"id":9007199254740992,"text":"B."}
{"id": 1.10, "text": "C."}
{"id": 1e3, "text": "D."}
{"id": 123456789012345678901234567890, "text": "E."}
{"text": "F.", "id": 7}
"#;
        assert_eq!(
            ids(input),
            [
                "9007199254740993",
                "9007199254740992",
                "1.10",
                "1e3",
                "123456789012345678901234567890",
                "7"
            ]
        );
    }

    #[test]
    fn records_without_ids_are_named_after_the_relative_path() {
        assert_eq!(
            ids("{\"text\":\"A.\"}\n\n{\"text\":\"B.\"}\n"),
            ["2015/news-1", "2015/news-3"]
        );
    }

    #[test]
    fn nul_in_title_and_id_is_refused() {
        let got = ids(concat!(
            r#"{"id":"a\u0000b","text":"A."}"#,
            "\n",
            r#"{"id":"c","title":"T\u0000","text":"B."}"#,
            "\n"
        ));
        assert_eq!(
            got,
            [
                "x.jsonl:1: NUL character in field \"id\": not a text value",
                "x.jsonl:2: NUL character in field \"title\": not a text value"
            ]
        );
    }

    #[test]
    fn published_year_zero_is_refused_with_a_reason() {
        let loaded = parse_jsonl(
            "p.jsonl",
            br#"{"id":"a","published":"0000-01-01","text":"A."}"#,
        )
        .remove(0)
        .unwrap();
        assert_eq!(loaded.document.published, None);
        assert_eq!(
            loaded.warnings,
            ["published date \"0000-01-01\" is no date (year 0 is outside 1000..=2999): published left empty"]
        );
    }

    fn parse_jsonl(name: &str, bytes: &[u8]) -> Vec<Result<Loaded, InputError>> {
        JsonlRecords::new(name, bytes).collect()
    }
}
