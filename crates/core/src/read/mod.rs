//! Article readers: plain-text articles, JSON Lines corpora and directories.
//!
//! * `*.txt`: the first non-empty line is the title, a dateline line may follow,
//!   the rest is the hard-wrapped body (see [`crate::normalize`]). The id is the
//!   file name without extension.
//! * `*.jsonl`: one object per line with `id`, `text` and optional `title`,
//!   `published` (`date` is read as an alias) and `url`; the fields
//!   news-please, trafilatura and newspaper4k write are read as they are, and
//!   a [`FieldMap`] names any other schema's ([`fields`]). Other fields are
//!   kept in [`Document::extra`].
//! * `*.html`, `*.htm`, `*.html.gz`: a saved web page; the article body
//!   without boilerplate, title, date and canonical address from the page's
//!   metadata ([`html`]). The id is the file name without its extensions.
//! * `*.warc`, `*.warc.gz`: a web crawl; every HTTP response record with an
//!   HTML body is a page, read as above ([`warc`]), its id the record's id.
//! * a directory: every file of these kinds below it, in sorted path order;
//!   ids derive from each file's path below the directory (`2015/news-3`). An HTML
//!   report or Label Studio tasks claimkit wrote are passed over, and refused when
//!   named ([`OwnOutput`]).
//!
//! Only regular files are read ([`collect_files`], [`open`]): a FIFO or a
//! device is refused, never opened.
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

mod article;
mod error;
pub mod fields;
mod files;
pub mod html;
mod jsonl;
pub mod nesting;
mod own;
pub mod surrogates;
pub mod warc;

pub use article::parse_article;
pub use error::{InputError, InputErrorKind};
pub use fields::FieldMap;
pub use files::{
    check_regular, collect_files, collect_inputs, display_path, open, ArticleFile, Inputs,
    StemCheck,
};
pub use html::parse_page;
pub use jsonl::JsonlRecords;
pub use own::{is_report, is_tasks, OwnOutput, REPORT_GENERATOR, TASKS_MODEL};
pub use warc::{PassedOver, WarcRecords};

use crate::Document;
use std::io::{BufRead, Read};
use std::path::Path;

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

/// How a file's documents are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileFormat {
    /// A plain-text article (`*.txt`, or anything not `*.jsonl`).
    Article,
    /// JSON Lines, one record per line (`*.jsonl`).
    Jsonl,
    /// A saved web page (`*.html`, `*.htm`, `*.html.gz`, `*.htm.gz`).
    Html,
    /// A web crawl (`*.warc`, `*.warc.gz`).
    Warc,
}

impl FileFormat {
    /// The format a path's extension names.
    pub fn of(path: &Path) -> FileFormat {
        match extension(path) {
            Some("jsonl") => FileFormat::Jsonl,
            Some("html" | "htm") => FileFormat::Html,
            Some("gz") if is_page(&path.with_extension("")) => FileFormat::Html,
            Some("warc") => FileFormat::Warc,
            Some("gz") if extension(&path.with_extension("")) == Some("warc") => FileFormat::Warc,
            _ => FileFormat::Article,
        }
    }

    /// True for a file a directory walk reads.
    pub fn is_input(path: &Path) -> bool {
        matches!(
            extension(path),
            Some("txt" | "jsonl" | "html" | "htm" | "warc")
        ) || (extension(path) == Some("gz")
            && (is_page(&path.with_extension(""))
                || extension(&path.with_extension("")) == Some("warc")))
    }
}

fn is_page(path: &Path) -> bool {
    matches!(extension(path), Some("html" | "htm"))
}

/// A page's id: its stem without the `.html`/`.htm` left by `.html.gz`.
fn page_id(stem: &str) -> String {
    for ext in [".html", ".htm"] {
        if let Some(id) = stem.strip_suffix(ext).filter(|id| !id.is_empty()) {
            return id.to_string();
        }
    }
    stem.to_string()
}

fn extension(path: &Path) -> Option<&str> {
    path.extension().and_then(|e| e.to_str())
}

/// Read every document of one file (`*.jsonl` as JSON Lines, anything else as a
/// plain-text article). Errors are per document, so one bad JSONL line does not
/// hide the good ones. Collects the whole file; [`read_documents`] streams it.
/// Anything but a regular file is refused ([`open`]).
pub fn read_file(path: &Path) -> Vec<Result<Loaded, InputError>> {
    read_article_file(&ArticleFile::single(path))
}

/// [`read_file`] of a file found by [`collect_files`] (ids from its `stem`).
pub fn read_article_file(file: &ArticleFile) -> Vec<Result<Loaded, InputError>> {
    match open(file) {
        Ok(f) => {
            documents_of(file, FileFormat::of(&file.path), std::io::BufReader::new(f)).collect()
        }
        Err(e) => vec![Err(e)],
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
    documents_of(&ArticleFile::single(path), FileFormat::of(path), reader)
}

/// [`read_documents`] of `file` read as `format`, whatever its name.
pub fn documents_of<R: BufRead>(file: &ArticleFile, format: FileFormat, reader: R) -> Documents<R> {
    documents_with(file, format, &FieldMap::default(), reader)
}

/// [`documents_of`] with JSON fields named by `fields` (`--text-field` …).
pub fn documents_with<R: BufRead>(
    file: &ArticleFile,
    format: FileFormat,
    fields: &FieldMap,
    reader: R,
) -> Documents<R> {
    match format {
        FileFormat::Jsonl => Documents::Jsonl(
            JsonlRecords::with_id_stem(&file.name, &file.stem, reader)
                .with_stem_check(file.check.clone())
                .with_fields(fields.clone()),
        ),
        FileFormat::Article => Documents::Article {
            reader,
            name: file.name.clone(),
            id: file.stem.clone(),
            check: file.check.clone(),
            done: false,
            page: false,
        },
        FileFormat::Html => Documents::Article {
            reader,
            name: file.name.clone(),
            id: page_id(&file.stem),
            check: file.check.clone(),
            done: false,
            page: true,
        },
        FileFormat::Warc => Documents::Warc(WarcRecords::new(&file.name, reader)),
    }
}

/// The documents of one file, read as they are asked for (see [`read_documents`]).
pub enum Documents<R> {
    /// A plain-text article or a web page: one document.
    Article {
        /// The file.
        reader: R,
        /// The file name, as errors and `source_file` give it.
        name: String,
        /// The document id (the file stem).
        id: String,
        /// What the rule of ids made of the file stem.
        check: StemCheck,
        /// Whether the article was read.
        done: bool,
        /// A web page rather than plain text.
        page: bool,
    },
    /// A JSON Lines corpus: one document per non-blank line.
    Jsonl(JsonlRecords<R>),
    /// A web crawl: one document per HTML response record.
    Warc(WarcRecords<R>),
}

impl<R: BufRead> Documents<R> {
    /// The reader, positioned after what was read so far.
    pub fn into_inner(self) -> R {
        match self {
            Documents::Article { reader, .. } => reader,
            Documents::Jsonl(records) => records.into_inner(),
            Documents::Warc(records) => records.into_inner(),
        }
    }

    /// Records of a crawl passed over so far (not HTML, not status 200 …); `None`
    /// for other files.
    pub fn passed_over(&self) -> Option<PassedOver> {
        match self {
            Documents::Warc(records) => Some(records.passed_over()),
            _ => None,
        }
    }
}

impl<R: BufRead> Iterator for Documents<R> {
    type Item = Result<Loaded, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            Documents::Jsonl(records) => records.next(),
            Documents::Warc(records) => records.next(),
            Documents::Article {
                reader,
                name,
                id,
                check,
                done,
                page,
            } => {
                if *done {
                    return None;
                }
                *done = true;
                let result = check.warning(id).and_then(|warning| {
                    let mut loaded = read_limited(reader).and_then(|bytes| {
                        if *page {
                            parse_page(id, name, &bytes, None)
                        } else {
                            check_text(&bytes).and_then(|text| parse_article(id, name, text))
                        }
                    })?;
                    loaded.warnings.extend(warning);
                    Ok(loaded)
                });
                Some(result.map_err(|kind| InputError::new(name.clone(), None, kind)))
            }
        }
    }
}

/// All of `reader`, refused once it passes [`MAX_DOCUMENT_BYTES`] (having
/// read no more than one byte past it).
pub fn read_limited(reader: &mut impl Read) -> Result<Vec<u8>, InputErrorKind> {
    read_limited_sized(reader, 0)
}

/// [`read_limited`] into a buffer made for `expected` bytes at once (a regular file's
/// length), so that a large input is not copied each time the buffer grows.
pub fn read_limited_sized(
    reader: &mut impl Read,
    expected: u64,
) -> Result<Vec<u8>, InputErrorKind> {
    let expected = usize::try_from(expected)
        .unwrap_or(0)
        .min(MAX_DOCUMENT_BYTES);
    // One byte more: `read_to_end` sees the end without growing the buffer.
    let mut bytes = Vec::with_capacity(expected.saturating_add(1));
    let limit = MAX_DOCUMENT_BYTES as u64 + 1;
    reader.take(limit).read_to_end(&mut bytes)?;
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(InputErrorKind::TooLarge);
    }
    Ok(bytes)
}

/// Bytes to text: UTF-8 without NUL bytes (a leading BOM is allowed).
pub fn check_text(bytes: &[u8]) -> Result<&str, InputErrorKind> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        // gzip's magic number: never UTF-8 (0x8b cannot follow 0x1f)
        if bytes.starts_with(&[0x1f, 0x8b]) {
            InputErrorKind::Gzip
        } else {
            InputErrorKind::NotUtf8 {
                offset: e.valid_up_to(),
            }
        }
    })?;
    // A vectorised byte search: `str::find` reads a 16 MiB body far more slowly.
    if let Some(offset) = memchr::memchr(0, bytes) {
        return Err(InputErrorKind::NulByte { offset });
    }
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// Parse a JSON Lines corpus: one result per non-blank line.
pub fn parse_jsonl(source_file: &str, bytes: &[u8]) -> Vec<Result<Loaded, InputError>> {
    JsonlRecords::new(source_file, bytes).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gzip_read_as_text_is_named_as_such() {
        let gz = [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03];
        assert!(matches!(check_text(&gz), Err(InputErrorKind::Gzip)));
        // other bytes that are not UTF-8 keep their offset
        assert!(matches!(
            check_text(b"ab\x8bc"),
            Err(InputErrorKind::NotUtf8 { offset: 2 })
        ));
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
        assert_eq!(
            msgs[1],
            "c.jsonl:3: no article text: no field \"text\" or \"maintext\" (fields found: \"id\"); name the body's field with --text-field"
        );
        assert_eq!(
            msgs[2],
            "c.jsonl:4: field \"text\" must be a string, found a number"
        );
    }

    #[test]
    fn jsonl_keeps_extra_fields_and_reads_url_and_date_alias() {
        let input = br#"{"id":"r1","date":"1987-02-26T15:01:01","url":"u","desk":"d","text":"Cocoa rose.\n    Then fell."}"#;
        let loaded = parse_jsonl("r.jsonl", input).remove(0).unwrap();
        assert_eq!(loaded.document.published.unwrap().to_string(), "1987-02-26");
        assert_eq!(loaded.document.url.as_deref(), Some("u"));
        assert_eq!(loaded.document.extra["desk"], "d");
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
