//! Article readers: plain-text articles, JSON Lines corpora and directories.
//!
//! * `*.txt`: the first non-empty line is the title, a dateline line may follow,
//!   the rest is the hard-wrapped body (see [`crate::normalize`]). The id is the
//!   file name without extension.
//! * `*.jsonl`: one object per line with `id`, `text` and optional `title` and
//!   `published` (`date` is read as an alias); other fields are kept in
//!   [`Document::extra`].
//! * a directory: every `*.txt` and `*.jsonl` below it, in sorted path order.
//!
//! Files are read as streams ([`read_documents`], [`JsonlRecords`]): a JSONL
//! corpus is parsed record by record from a [`BufRead`], so memory does not
//! grow with the corpus. One document (a plain-text article or a JSONL line)
//! may hold at most [`MAX_DOCUMENT_BYTES`]; a larger one is refused after
//! reading no more than that.
//!
//! ```
//! use claimkit_core::read::parse_article;
//! let loaded = parse_article("seed", "seed.txt",
//!     "Alliance Emerges\n\nUpdated Nov. 17, 2015 11:27 p.m. ET\n\nFrance, Russia and the U.S. moved\nbeyond talk.\n").unwrap();
//! assert_eq!(loaded.document.title.as_deref(), Some("Alliance Emerges"));
//! assert_eq!(loaded.document.published.unwrap().to_string(), "2015-11-17");
//! assert_eq!(loaded.document.text, "France, Russia and the U.S. moved beyond talk.");
//! ```

use crate::dateline::{looks_like_dateline, parse_dateline, parse_published};
use crate::normalize::unwrap_paragraphs;
use crate::Document;
use serde_json::Value;
use std::fmt;
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

/// The largest document claimkit reads: a plain-text article, or one JSONL
/// line, of at most 16 MiB. Anything larger is refused as bad input (news
/// articles are kilobytes; a bigger "document" is a dump or a broken file),
/// so a build never holds more than this much of one input in memory.
pub const MAX_DOCUMENT_BYTES: usize = 16 * 1024 * 1024;

/// How deep JSON may nest: serde_json's recursion limit, stated in the error.
pub const MAX_JSON_DEPTH: usize = 128;

/// A document read from input, with anything worth a warning.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// 1-based line of a JSONL record; `None` for a plain-text article.
    pub line: Option<usize>,
    /// The document.
    pub document: Document,
    /// Problems that did not stop the document from being read (an unreadable dateline).
    pub warnings: Vec<String>,
}

/// Bad input: which file, which line (for JSONL) and what is wrong.
#[derive(Debug, thiserror::Error)]
pub struct InputError {
    /// The file (or directory) as given or found.
    pub path: String,
    /// 1-based line number for JSONL records.
    pub line: Option<usize>,
    /// What is wrong (part of the message, so not a separate `source`: a
    /// printed error chain would repeat it).
    pub kind: InputErrorKind,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path, line, self.kind),
            None => write!(f, "{}: {}", self.path, self.kind),
        }
    }
}

/// The problems an input can have.
#[derive(Debug, thiserror::Error)]
pub enum InputErrorKind {
    /// The file cannot be opened or read.
    #[error("cannot read: {0}")]
    Io(std::io::Error),
    /// The bytes are not UTF-8.
    #[error("not UTF-8: invalid byte at offset {offset}")]
    NotUtf8 {
        /// Byte offset of the first invalid byte in the file.
        offset: usize,
    },
    /// The text holds a NUL byte, so it is binary, not an article.
    #[error("NUL byte at offset {offset}: not a text file")]
    NulByte {
        /// Byte offset of the NUL in the file.
        offset: usize,
    },
    /// Nothing but white space.
    #[error("empty file")]
    Empty,
    /// A title (and maybe a dateline) but no body text.
    #[error("title but no body")]
    NoBody,
    /// A JSONL line that does not parse as JSON.
    #[error("invalid JSON: {0}")]
    Json(String),
    /// A JSONL line nested deeper than [`MAX_JSON_DEPTH`].
    #[error("JSON nested more than {MAX_JSON_DEPTH} levels deep (at column {column}): not an article record")]
    TooDeep {
        /// 1-based column where the limit was reached.
        column: usize,
    },
    /// A document (plain-text article or JSONL line) over [`MAX_DOCUMENT_BYTES`].
    #[error("document larger than the {} MiB limit (MAX_DOCUMENT_BYTES); split it into smaller articles", MAX_DOCUMENT_BYTES >> 20)]
    TooLarge,
    /// A JSONL line that is JSON but not an object.
    #[error("expected a JSON object, found {found}")]
    NotObject {
        /// The JSON type found instead.
        found: &'static str,
    },
    /// A JSONL record without `text`.
    #[error("no \"text\" field")]
    MissingText,
    /// A JSONL field of the wrong type.
    #[error("field {field:?} must be {expected}, found {found}")]
    WrongType {
        /// The field name.
        field: &'static str,
        /// The JSON type required.
        expected: &'static str,
        /// The JSON type found.
        found: &'static str,
    },
    /// A JSONL record whose text is empty.
    #[error("empty \"text\": no body")]
    EmptyText,
    /// The same document id twice in the input.
    #[error("duplicate document id {id:?} (first in {first})")]
    DuplicateId {
        /// The id.
        id: String,
        /// Where it was first seen (`file` or `file:line`).
        first: String,
    },
    /// A directory with no `*.txt` or `*.jsonl` files below it.
    #[error("no *.txt or *.jsonl articles in this directory")]
    NoArticles,
}

impl From<std::io::Error> for InputErrorKind {
    fn from(e: std::io::Error) -> InputErrorKind {
        InputErrorKind::Io(e)
    }
}

impl InputError {
    /// An error for `path` (and `line`, for JSONL).
    pub fn new(path: impl Into<String>, line: Option<usize>, kind: InputErrorKind) -> InputError {
        InputError {
            path: path.into(),
            line,
            kind,
        }
    }
}

/// Expand inputs into article files: files as given, directories walked for
/// `*.txt` and `*.jsonl` in sorted path order.
pub fn collect_files(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, InputError> {
    let mut files = Vec::new();
    for input in inputs {
        let meta = std::fs::metadata(input)
            .map_err(|e| InputError::new(input.display().to_string(), None, e.into()))?;
        if meta.is_dir() {
            let before = files.len();
            walk(input, &mut files)?;
            if files.len() == before {
                let kind = InputErrorKind::NoArticles;
                return Err(InputError::new(input.display().to_string(), None, kind));
            }
            files[before..].sort();
        } else {
            files.push(input.clone());
        }
    }
    Ok(files)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), InputError> {
    let io = |e: std::io::Error| InputError::new(dir.display().to_string(), None, e.into());
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let entry = entry.map_err(io)?;
        let path = entry.path();
        // The entry's own type: a symlink to a directory is not followed, so a
        // link loop (or a link to `/`) cannot make the walk run away.
        let is_dir = entry.file_type().map_err(io)?.is_dir();
        if is_dir {
            walk(&path, out)?;
        } else if matches!(extension(&path), Some("txt" | "jsonl")) {
            out.push(path);
        }
    }
    Ok(())
}

fn extension(path: &Path) -> Option<&str> {
    path.extension().and_then(|e| e.to_str())
}

/// Read every document of one file (`*.jsonl` as JSON Lines, anything else as a
/// plain-text article). Errors are per document, so one bad JSONL line does not
/// hide the good ones. Collects the whole file; [`read_documents`] streams it.
pub fn read_file(path: &Path) -> Vec<Result<Loaded, InputError>> {
    match std::fs::File::open(path) {
        Ok(file) => read_documents(path, std::io::BufReader::new(file)).collect(),
        Err(e) => vec![Err(InputError::new(
            path.display().to_string(),
            None,
            e.into(),
        ))],
    }
}

/// Parse the bytes of one file as [`read_file`] would read it from `path`.
pub fn parse_file(path: &Path, bytes: &[u8]) -> Vec<Result<Loaded, InputError>> {
    read_documents(path, bytes).collect()
}

/// Stream the documents of one file from `reader`: a `*.jsonl` file record by
/// record, anything else as one plain-text article. Reads no more than
/// [`MAX_DOCUMENT_BYTES`] (plus one byte) per document before refusing it.
/// [`Documents::into_inner`] gives the reader back, e.g. to read the rest of
/// a file that stopped early.
pub fn read_documents<R: BufRead>(path: &Path, reader: R) -> Documents<R> {
    let name = path.display().to_string();
    if extension(path) == Some("jsonl") {
        return Documents::Jsonl(JsonlRecords::new(&name, reader));
    }
    let id = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("article")
        .to_string();
    Documents::Article {
        reader,
        name,
        id,
        done: false,
    }
}

/// The documents of one file, read as they are asked for (see [`read_documents`]).
pub enum Documents<R> {
    /// A plain-text article: one document.
    Article {
        /// The file.
        reader: R,
        /// The file name, as errors and `source_file` give it.
        name: String,
        /// The document id (the file stem).
        id: String,
        /// Whether the article was read.
        done: bool,
    },
    /// A JSON Lines corpus: one document per non-blank line.
    Jsonl(JsonlRecords<R>),
}

impl<R: BufRead> Documents<R> {
    /// The reader, positioned after what was read so far.
    pub fn into_inner(self) -> R {
        match self {
            Documents::Article { reader, .. } => reader,
            Documents::Jsonl(records) => records.into_inner(),
        }
    }
}

impl<R: BufRead> Iterator for Documents<R> {
    type Item = Result<Loaded, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            Documents::Jsonl(records) => records.next(),
            Documents::Article {
                reader,
                name,
                id,
                done,
            } => {
                if *done {
                    return None;
                }
                *done = true;
                let result = read_limited(reader).and_then(|bytes| {
                    check_text(&bytes).and_then(|text| parse_article(id, name, text))
                });
                Some(result.map_err(|kind| InputError::new(name.clone(), None, kind)))
            }
        }
    }
}

/// All of `reader`, refused once it passes [`MAX_DOCUMENT_BYTES`].
fn read_limited(reader: &mut impl Read) -> Result<Vec<u8>, InputErrorKind> {
    let mut bytes = Vec::new();
    let limit = MAX_DOCUMENT_BYTES as u64 + 1;
    reader.take(limit).read_to_end(&mut bytes)?;
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(InputErrorKind::TooLarge);
    }
    Ok(bytes)
}

/// Bytes to text: UTF-8 without NUL bytes (a leading BOM is allowed).
pub fn check_text(bytes: &[u8]) -> Result<&str, InputErrorKind> {
    let text = std::str::from_utf8(bytes).map_err(|e| InputErrorKind::NotUtf8 {
        offset: e.valid_up_to(),
    })?;
    if let Some(offset) = text.find('\0') {
        return Err(InputErrorKind::NulByte { offset });
    }
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// Parse a plain-text article: title line, optional dateline line, body.
pub fn parse_article(id: &str, source_file: &str, content: &str) -> Result<Loaded, InputErrorKind> {
    let content = content.strip_prefix('\u{feff}').unwrap_or(content);
    if content.trim().is_empty() {
        return Err(InputErrorKind::Empty);
    }
    let mut warnings = Vec::new();
    let mut rest = content;
    let title = next_line(&mut rest).map(|l| l.trim().to_string());
    let mut dateline = None;
    let mut published = None;
    let mut extra = serde_json::Map::new();
    // A byline may stand between title and dateline: "By Jane Doe".
    let mut probe = rest;
    let byline = next_line(&mut probe);
    let mut peek = probe;
    if let (Some(byline), Some(next)) = (byline, next_line(&mut peek)) {
        if is_byline(byline) && parse_dateline(next).is_some() {
            extra.insert("byline".into(), byline.trim().into());
            rest = probe;
        }
    }
    let after_title = rest;
    if let Some(line) = next_line(&mut rest) {
        if let Some(date) = parse_dateline(line) {
            dateline = Some(line.trim().to_string());
            published = Some(date);
        } else if looks_like_dateline(line) {
            warnings.push(format!(
                "unreadable dateline {:?}: published left empty",
                line.trim()
            ));
            dateline = Some(line.trim().to_string());
        } else {
            rest = after_title;
        }
    }
    if dateline.is_none() {
        warnings.push("no dateline: published left empty".to_string());
    }
    let (text, paragraphs) = unwrap_paragraphs(rest);
    if text.is_empty() {
        return Err(InputErrorKind::NoBody);
    }
    let document = Document {
        id: id.to_string(),
        title,
        published,
        dateline,
        source_file: source_file.to_string(),
        text,
        paragraphs,
        extra,
    };
    Ok(Loaded {
        line: None,
        document,
        warnings,
    })
}

/// A short "By …" line naming the author(s).
fn is_byline(line: &str) -> bool {
    let line = line.trim();
    line.len() > 3
        && line[..3].eq_ignore_ascii_case("by ")
        && line.split_whitespace().count() <= 10
        && !line.ends_with(['.', '?', '!'])
}

/// The next non-blank line, advancing `rest` past it.
fn next_line<'a>(rest: &mut &'a str) -> Option<&'a str> {
    loop {
        if rest.is_empty() {
            return None;
        }
        let (line, tail) = match rest.find('\n') {
            Some(i) => (&rest[..i], &rest[i + 1..]),
            None => (*rest, ""),
        };
        *rest = tail;
        if !line.trim().is_empty() {
            return Some(line);
        }
    }
}

/// Parse a JSON Lines corpus: one result per non-blank line.
pub fn parse_jsonl(source_file: &str, bytes: &[u8]) -> Vec<Result<Loaded, InputError>> {
    JsonlRecords::new(source_file, bytes).collect()
}

/// The records of a JSON Lines corpus, parsed one line at a time from a
/// [`BufRead`]: one result per non-blank line, and an [`InputErrorKind::Empty`]
/// error for a file without any. A line longer than [`MAX_DOCUMENT_BYTES`] is
/// refused after reading that much of it; the rest of it is skipped (not kept)
/// only if the next record is asked for.
pub struct JsonlRecords<R> {
    reader: R,
    source_file: String,
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
    /// Records of `reader`; `source_file` names the file in errors and documents.
    pub fn new(source_file: &str, reader: R) -> JsonlRecords<R> {
        JsonlRecords {
            reader,
            source_file: source_file.to_string(),
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
                .and_then(|text| parse_record(&self.source_file, n, text))
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
        Some(Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(InputErrorKind::WrongType {
            field,
            expected: "a string",
            found: json_type(&other),
        }),
    }
}

fn parse_record(source_file: &str, line: usize, text: &str) -> Result<Loaded, InputErrorKind> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        // serde_json stops at its recursion limit with a terse message; say what it means.
        if e.to_string().starts_with("recursion limit exceeded") {
            InputErrorKind::TooDeep { column: e.column() }
        } else {
            InputErrorKind::Json(e.to_string())
        }
    })?;
    let mut obj = match value {
        Value::Object(obj) => obj,
        other => {
            return Err(InputErrorKind::NotObject {
                found: json_type(&other),
            })
        }
    };
    let body = match obj.remove("text") {
        None => return Err(InputErrorKind::MissingText),
        // A NUL written as the escape \u0000 is as binary as a raw one.
        Some(Value::String(s)) if s.contains('\0') => {
            let offset = s.find('\0').unwrap_or(0);
            return Err(InputErrorKind::NulByte { offset });
        }
        Some(Value::String(s)) => s,
        Some(other) => {
            let found = json_type(&other);
            return Err(InputErrorKind::WrongType {
                field: "text",
                expected: "a string",
                found,
            });
        }
    };
    let id = match obj.remove("id") {
        None | Some(Value::Null) => format!("{}-{}", file_stem(source_file), line),
        Some(Value::String(s)) if !s.trim().is_empty() => s,
        Some(Value::Number(n)) => n.to_string(),
        Some(other) => {
            let found = json_type(&other);
            let expected = "a non-empty string or a number";
            return Err(InputErrorKind::WrongType {
                field: "id",
                expected,
                found,
            });
        }
    };
    let title = opt_string(&mut obj, "title")?;
    let published_raw = match opt_string(&mut obj, "published")? {
        Some(p) => Some(p),
        None => opt_string(&mut obj, "date")?,
    };
    let dateline_field = opt_string(&mut obj, "dateline")?;
    let mut warnings = Vec::new();
    let published = published_raw.as_deref().and_then(|raw| {
        let date = parse_published(raw);
        if date.is_none() {
            warnings.push(format!(
                "unreadable published date {raw:?}: published left empty"
            ));
        }
        date
    });
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

fn file_stem(path: &str) -> &str {
    Path::new(path)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("doc")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byline_before_the_dateline_is_kept_apart() {
        let loaded = parse_article(
            "a",
            "a.txt",
            "Title\nBy Jane Doe\nNov. 17, 2015\n\nRussia struck.\n",
        )
        .unwrap();
        let doc = loaded.document;
        assert_eq!(
            doc.published.map(|d| d.to_string()).as_deref(),
            Some("2015-11-17")
        );
        assert_eq!(doc.extra["byline"], "By Jane Doe");
        assert_eq!(doc.text, "Russia struck.");
        // A body sentence that starts with "By" is no byline.
        let loaded =
            parse_article("b", "b.txt", "Title\nBy noon the strikes had stopped.\n").unwrap();
        assert_eq!(loaded.document.text, "By noon the strikes had stopped.");
    }

    #[test]
    fn title_without_body_is_an_error() {
        let err = parse_article("a", "a.txt", "Just a title\n\nNov. 17, 2015\n").unwrap_err();
        assert!(matches!(err, InputErrorKind::NoBody));
    }

    #[test]
    fn unreadable_dateline_warns_and_keeps_raw_line() {
        let loaded =
            parse_article("a", "a.txt", "Title\nUpdated sometime ET\nBody text.\n").unwrap();
        assert_eq!(loaded.document.published, None);
        assert_eq!(
            loaded.document.dateline.as_deref(),
            Some("Updated sometime ET")
        );
        assert_eq!(loaded.document.text, "Body text.");
        assert_eq!(loaded.warnings.len(), 1);
    }

    #[test]
    fn jsonl_errors_name_the_line() {
        let input =
            b"{\"id\":\"a\",\"text\":\"One.\"}\n[1,2]\n{\"id\":\"c\"}\n{\"id\":\"d\",\"text\":5}\n";
        let results = parse_jsonl("c.jsonl", input);
        assert!(results[0].is_ok());
        let msgs: Vec<String> = results[1..]
            .iter()
            .map(|r| r.as_ref().unwrap_err().to_string())
            .collect();
        assert_eq!(msgs[0], "c.jsonl:2: expected a JSON object, found an array");
        assert_eq!(msgs[1], "c.jsonl:3: no \"text\" field");
        assert_eq!(
            msgs[2],
            "c.jsonl:4: field \"text\" must be a string, found a number"
        );
    }

    #[test]
    fn jsonl_keeps_extra_fields_and_reads_date_alias() {
        let input = br#"{"id":"r1","date":"1987-02-26T15:01:01","url":"u","text":"Cocoa rose.\n    Then fell."}"#;
        let loaded = parse_jsonl("r.jsonl", input).remove(0).unwrap();
        assert_eq!(loaded.document.published.unwrap().to_string(), "1987-02-26");
        assert_eq!(loaded.document.extra["url"], "u");
        assert_eq!(loaded.document.paragraphs.len(), 2);
    }

    #[test]
    fn not_utf8_reports_the_offset() {
        assert!(matches!(
            check_text(b"ab\xffc"),
            Err(InputErrorKind::NotUtf8 { offset: 2 })
        ));
    }

    #[test]
    fn jsonl_over_the_limit_is_refused_and_the_next_line_read() {
        let mut input = b"{\"id\":\"a\",\"text\":\"".to_vec();
        input.resize(MAX_DOCUMENT_BYTES + 10, b'x');
        input.extend_from_slice(b"\"}\n{\"id\":\"b\",\"text\":\"Fine.\"}\n");
        let results = parse_jsonl("big.jsonl", &input);
        assert_eq!(results.len(), 2);
        let msg = results[0].as_ref().unwrap_err().to_string();
        assert_eq!(
            msg,
            "big.jsonl:1: document larger than the 16 MiB limit (MAX_DOCUMENT_BYTES); split it into smaller articles"
        );
        assert_eq!(results[1].as_ref().unwrap().line, Some(2));
    }

    #[test]
    fn article_over_the_limit_reads_no_more_than_the_limit() {
        let mut body = b"Title\n\n".to_vec();
        body.resize(MAX_DOCUMENT_BYTES * 2, b'y');
        let mut reader = &body[..];
        let results: Vec<_> = read_documents(Path::new("big.txt"), &mut reader).collect();
        assert!(matches!(
            results[0].as_ref().unwrap_err().kind,
            InputErrorKind::TooLarge
        ));
        assert_eq!(reader.len(), MAX_DOCUMENT_BYTES - 1);
    }

    #[test]
    fn deeply_nested_json_says_so() {
        let line = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        let msg = parse_jsonl("deep.jsonl", line.as_bytes())[0]
            .as_ref()
            .unwrap_err()
            .to_string();
        assert!(
            msg.starts_with("deep.jsonl:1: JSON nested more than 128 levels deep"),
            "{msg}"
        );
    }

    #[test]
    fn jsonl_with_bom_and_crlf_reads_like_plain() {
        let input = b"\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"One.\"}\r\n\r\n{\"id\":\"b\",\"text\":\"Two.\"}\r\n";
        let results = parse_jsonl("c.jsonl", input);
        let lines: Vec<_> = results.iter().map(|r| r.as_ref().unwrap().line).collect();
        assert_eq!(lines, [Some(1), Some(3)]);
    }

    #[test]
    fn blank_jsonl_is_empty() {
        let results = parse_jsonl("e.jsonl", b"\n  \n");
        assert_eq!(results.len(), 1);
        assert!(matches!(
            results[0].as_ref().unwrap_err().kind,
            InputErrorKind::Empty
        ));
    }
}
