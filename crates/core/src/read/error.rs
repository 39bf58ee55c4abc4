//! What can be wrong with an input, and where.

use super::{MAX_DOCUMENT_BYTES, MAX_JSON_DEPTH};
use std::fmt;

/// Bad input: which file, which line (for JSONL) and what is wrong.
#[derive(Debug, thiserror::Error)]
pub struct InputError {
    /// The file (or directory) as given or found, printable (see [`super::display_path`]).
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

/// The problems an input can have.
#[derive(Debug, thiserror::Error)]
pub enum InputErrorKind {
    /// The file cannot be opened or read.
    #[error("cannot read: {0}")]
    Io(std::io::Error),
    /// A device, FIFO or socket: reading it could block or never end.
    #[error("not a regular file ({0}): claimkit reads article files")]
    NotAFile(&'static str),
    /// The bytes are not UTF-8.
    #[error("not UTF-8: invalid byte at offset {offset}")]
    NotUtf8 {
        /// Byte offset of the first invalid byte in the file.
        offset: usize,
    },
    /// The bytes are gzip-compressed (a `.gz` file read as text).
    #[error("gzip-compressed, not text: decompress it first (only web crawls are read gzipped)")]
    Gzip,
    /// The text holds a NUL byte, so it is binary, not an article.
    #[error("NUL byte at offset {offset}: not a text file")]
    NulByte {
        /// Byte offset of the NUL in the file.
        offset: usize,
    },
    /// A JSONL metadata field (`id`, `title`, …) holds a NUL character.
    #[error("NUL character in field {field:?}: not a text value")]
    NulInField {
        /// The field name.
        field: String,
    },
    /// Nothing but white space.
    #[error("empty file (nothing but white space)")]
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
    /// A JSONL line that opens a JSON list it does not close: a file of one JSON
    /// document over many lines (Label Studio tasks or an export), not JSON Lines.
    #[error("a JSON list over several lines, not JSON Lines (one article object per line); a Label Studio export goes to import-labelstudio")]
    JsonList,
    /// A JSONL line that is JSON but not an object.
    #[error("expected a JSON object, found {found}")]
    NotObject {
        /// The JSON type found instead.
        found: &'static str,
    },
    /// A JSONL record without any field that holds the body.
    #[error("no article text: no field {} (fields found: {}); name the body's field with --text-field", quoted(tried, " or "), if found.is_empty() { "none".to_string() } else { quoted(found, ", ") })]
    MissingText {
        /// The field names looked for, in order.
        tried: Vec<String>,
        /// The record's fields.
        found: Vec<String>,
    },
    /// A JSONL field of the wrong type.
    #[error("field {field:?} must be {expected}, found {found}")]
    WrongType {
        /// The field name.
        field: String,
        /// The JSON type required.
        expected: &'static str,
        /// The JSON type found.
        found: &'static str,
    },
    /// A JSONL id that is an empty string, or one of white space and invisible
    /// characters only.
    #[error("field {field:?} is blank (nothing visible in it): give the record an id, or leave the field out (or null) to number it")]
    BlankId {
        /// The field name.
        field: String,
    },
    /// A file whose name (or a folder's name in its path below the input) shows nothing:
    /// only white space, invisible characters or combining marks, as a blank JSONL id.
    #[error("the file name gives a blank document id ({part:?} shows nothing: white space, invisible characters or combining marks alone); rename the file (or, in JSON Lines, give each record an \"id\")")]
    BlankFileName {
        /// The part of the path, as written.
        part: String,
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
    /// An HTML report claimkit wrote, named as an input: claimkit's output, not an article.
    #[error("an HTML report claimkit wrote, not an article: give the articles it was made from")]
    OwnReport,
    /// Label Studio tasks claimkit wrote, named as an input: claimkit's output, not articles.
    #[error("Label Studio tasks claimkit wrote, not articles: give the articles they were made from (annotators' work comes back with import-labelstudio)")]
    OwnTasks,
    /// A directory with no article files below it.
    #[error("no articles in this directory (*.txt, *.jsonl, *.html, *.htm, *.html.gz, *.warc, *.warc.gz)")]
    NoArticles,
    /// A file named as a web page that holds binary data.
    #[error("not an HTML page: binary data (NUL byte at offset {offset})")]
    NotHtml {
        /// Byte offset of the first NUL (after gzip is undone).
        offset: usize,
    },
    /// A web page in which no article body was found (a home page, an index).
    #[error("no article text found in the page")]
    NoArticle,
    /// A gzipped file that cannot be decompressed (truncated, corrupt).
    #[error("broken gzip data: {0}")]
    BadGzip(String),
    /// A page whose elements nest deeper than any news page ([`super::nesting`]).
    #[error("page nested about {depth} elements deep (limit {}): not read, since reading it would take minutes", super::nesting::MAX_NESTING)]
    TooDeepPage {
        /// The estimated depth.
        depth: usize,
    },
    /// An HTTP body in chunks whose sizes do not add up.
    #[error("broken chunked HTTP body: {0}")]
    BadChunks(String),
    /// A WARC file that breaks its format (no version line, a bad header, cut short).
    /// Reading stops there: what follows cannot be told apart from record data.
    #[error("WARC record {record}: {what}")]
    BadWarc {
        /// 1-based number of the record in the file.
        record: usize,
        /// What is wrong.
        what: String,
    },
    /// A page inside a WARC record that could not be read.
    #[error("WARC record {record} ({id}): {inner}")]
    InRecord {
        /// 1-based number of the record in the file.
        record: usize,
        /// The record's `WARC-Record-ID`.
        id: String,
        /// What was wrong with the page.
        inner: Box<InputErrorKind>,
    },
}

/// `names` quoted and joined: `"text" or "maintext"`. At most twelve are
/// listed, so a record with hundreds of fields gives a readable message.
fn quoted(names: &[String], sep: &str) -> String {
    const SHOWN: usize = 12;
    let mut out: Vec<String> = names.iter().take(SHOWN).map(|n| format!("{n:?}")).collect();
    if names.len() > SHOWN {
        out.push(format!("and {} more", names.len() - SHOWN));
    }
    out.join(sep)
}

impl From<std::io::Error> for InputErrorKind {
    fn from(e: std::io::Error) -> InputErrorKind {
        InputErrorKind::Io(e)
    }
}
