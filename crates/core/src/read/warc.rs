//! WARC crawls (`*.warc`, `*.warc.gz`): every HTTP response record with an HTML
//! body becomes a document, read as a web page ([`super::parse_page`]).
//!
//! * The id is the record's `WARC-Record-ID` without `<urn:uuid:` and `>`; `url`
//!   is its `WARC-Target-URI`; its `WARC-Date` (the crawl date) stands in for
//!   `published` when the page gives no date.
//! * Records read in turn from a stream, so memory does not grow with the file;
//!   a gzipped WARC (one gzip member per record, or one for all) is undone as it
//!   is read, whatever the file is called.
//! * Records that are no HTTP response, not status 200, not HTML, in a content
//!   encoding claimkit cannot undo, or without a body are passed over and counted
//!   ([`PassedOver`]); the build writes the counts into the manifest.
//! * A record that breaks the format (no `WARC/1.x` line, no `Content-Length`,
//!   cut short) stops the file with an error naming the record: what follows
//!   cannot be told apart from record data. A page that cannot be read (no
//!   article, too large) is an error for that record only.
//!
//! ```
//! use claimkit_core::read::WarcRecords;
//! let page = "<html><head><title>Dam opens</title></head><body><article><p>The dam \
//!     opened on Monday after six years of work, officials said. It holds enough water \
//!     for two million people, according to the water board.</p></article></body></html>";
//! let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{page}");
//! let warc = format!(
//!     "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1234>\r\n\
//!      WARC-Target-URI: https://example.com/dam\r\nWARC-Date: 2016-09-01T10:00:00Z\r\n\
//!      Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n",
//!     http.len()
//! );
//! let mut records = WarcRecords::new("crawl.warc", warc.as_bytes());
//! let doc = records.next().unwrap().unwrap().document;
//! assert_eq!(doc.id, "1234");
//! assert_eq!(doc.url.as_deref(), Some("https://example.com/dam"));
//! assert_eq!(doc.published.unwrap().to_string(), "2016-09-01");
//! assert!(records.next().is_none());
//! ```

use super::{parse_page, InputError, InputErrorKind, Loaded, MAX_DOCUMENT_BYTES};
use std::io::{BufRead, BufReader, Read};

/// Longest header line read (a WARC or HTTP header); longer is a broken file.
const MAX_HEADER_LINE: usize = 64 * 1024;

/// Most header lines in one WARC record.
const MAX_HEADERS: usize = 1024;

/// HTTP status and headers allowed on top of a page of [`MAX_DOCUMENT_BYTES`].
const HTTP_HEADROOM: usize = 64 * 1024;

/// Records of a WARC file passed over, by reason.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PassedOver {
    /// `warcinfo`, `request`, `metadata`, `revisit` … records.
    pub not_response: usize,
    /// HTTP responses with a status other than 200.
    pub not_ok: usize,
    /// Responses that are not HTML (images, scripts, PDFs …).
    pub not_html: usize,
    /// Responses in a content encoding claimkit cannot undo (`br`, `zstd` …).
    pub unknown_encoding: usize,
    /// Responses with an empty body.
    pub no_body: usize,
}

impl PassedOver {
    /// The reasons, as [`PassedOver::counts`] and the manifest name them.
    pub const REASONS: [&'static str; 5] = [
        "not_response",
        "not_ok",
        "not_html",
        "unknown_encoding",
        "no_body",
    ];

    /// Each reason with its count, in a fixed order, leaving out zeros.
    pub fn counts(&self) -> Vec<(&'static str, usize)> {
        let counts = [
            self.not_response,
            self.not_ok,
            self.not_html,
            self.unknown_encoding,
            self.no_body,
        ];
        Self::REASONS
            .into_iter()
            .zip(counts)
            .filter(|&(_, n)| n > 0)
            .collect()
    }
}

/// Where the records are read from: the file as it is, or through gzip.
enum Source<R> {
    /// Not looked at yet.
    Unread(Option<R>),
    Plain(R),
    Gzip(Box<BufReader<flate2::bufread::MultiGzDecoder<R>>>),
}

/// The HTML documents of a WARC stream, read record by record.
pub struct WarcRecords<R> {
    source: Source<R>,
    name: String,
    record: usize,
    stopped: bool,
    passed_over: PassedOver,
}

/// One WARC record's header, the fields claimkit reads.
#[derive(Default)]
struct RecordHeader {
    warc_type: String,
    id: String,
    target_uri: Option<String>,
    date: Option<String>,
    content_type: String,
    content_length: Option<u64>,
}

/// What a record's HTTP response holds, when it is a page to read.
enum Response {
    Page {
        body: Vec<u8>,
        charset: Option<String>,
    },
    PassedOver(fn(&mut PassedOver) -> &mut usize),
}

impl<R: BufRead> WarcRecords<R> {
    /// Read the records of `reader`; `name` is the file name errors and
    /// `source_file` give.
    pub fn new(name: &str, reader: R) -> WarcRecords<R> {
        WarcRecords {
            source: Source::Unread(Some(reader)),
            name: name.to_string(),
            record: 0,
            stopped: false,
            passed_over: PassedOver::default(),
        }
    }

    /// Records passed over so far, by reason.
    pub fn passed_over(&self) -> PassedOver {
        self.passed_over
    }

    /// The reader, positioned after what was read so far (the compressed file
    /// itself for a gzipped WARC).
    pub fn into_inner(self) -> R {
        match self.source {
            Source::Unread(reader) => reader.expect("a reader not yet looked at is kept"),
            Source::Plain(reader) => reader,
            Source::Gzip(reader) => reader.into_inner().into_inner(),
        }
    }

    /// The stream to read records from, deciding on gzip by the first two bytes (a
    /// read error there shows again at the first read of the plain stream).
    fn reader(&mut self) -> &mut dyn BufRead {
        if let Source::Unread(reader) = &mut self.source {
            let mut reader = reader.take().expect("a reader not yet looked at is kept");
            let gzip = reader
                .fill_buf()
                .is_ok_and(|buf| buf.starts_with(&[0x1f, 0x8b]));
            self.source = if gzip {
                let decoder = flate2::bufread::MultiGzDecoder::new(reader);
                Source::Gzip(Box::new(BufReader::with_capacity(1 << 16, decoder)))
            } else {
                Source::Plain(reader)
            };
        }
        match &mut self.source {
            Source::Unread(_) => unreachable!("decided above"),
            Source::Plain(reader) => reader,
            Source::Gzip(reader) => reader.as_mut(),
        }
    }

    /// An error that stops the file.
    fn stop(&mut self, what: impl Into<String>) -> Option<Result<Loaded, InputError>> {
        self.stopped = true;
        let kind = InputErrorKind::BadWarc {
            record: self.record,
            what: what.into(),
        };
        Some(Err(InputError::new(self.name.clone(), None, kind)))
    }

    /// An error for the current record only.
    fn record_error(&self, id: &str, inner: InputErrorKind) -> Option<Result<Loaded, InputError>> {
        Some(Err(self.in_record(id, inner)))
    }

    /// `inner`, as the error of the current record.
    fn in_record(&self, id: &str, inner: InputErrorKind) -> InputError {
        let kind = InputErrorKind::InRecord {
            record: self.record,
            id: id.to_string(),
            inner: Box::new(inner),
        };
        InputError::new(self.name.clone(), None, kind)
    }
}

impl<R: BufRead> Iterator for WarcRecords<R> {
    type Item = Result<Loaded, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.stopped {
                return None;
            }
            let header = match read_header(self.reader()) {
                Ok(None) => return None,
                Ok(Some(header)) => {
                    self.record += 1;
                    header
                }
                Err(what) => {
                    self.record += 1;
                    return self.stop(what);
                }
            };
            let Some(length) = header.content_length else {
                return self.stop("no Content-Length header");
            };
            let is_response = header.warc_type.eq_ignore_ascii_case("response")
                && header
                    .content_type
                    .to_ascii_lowercase()
                    .starts_with("application/http");
            if !is_response || length as usize > MAX_DOCUMENT_BYTES + HTTP_HEADROOM {
                if let Err(what) = skip_block(self.reader(), length) {
                    return self.stop(what);
                }
                if is_response {
                    return self.record_error(&header.id, InputErrorKind::TooLarge);
                }
                self.passed_over.not_response += 1;
                continue;
            }
            let block = match read_block(self.reader(), length) {
                Ok(block) => block,
                Err(what) => return self.stop(what),
            };
            match response(&block) {
                Ok(Response::PassedOver(count)) => *count(&mut self.passed_over) += 1,
                Ok(Response::Page { body, charset }) => {
                    return Some(self.page(&header, &body, charset.as_deref()));
                }
                Err(kind) => return self.record_error(&header.id, kind),
            }
        }
    }
}

impl<R: BufRead> WarcRecords<R> {
    /// The document of a record's page.
    fn page(
        &self,
        header: &RecordHeader,
        body: &[u8],
        charset: Option<&str>,
    ) -> Result<Loaded, InputError> {
        let id = if header.id.is_empty() {
            format!("record-{}", self.record)
        } else {
            header.id.clone()
        };
        let mut loaded = parse_page(&id, &self.name, body, charset)
            .map_err(|inner| self.in_record(&id, inner))?;
        let doc = &mut loaded.document;
        if let Some(uri) = &header.target_uri {
            doc.url = Some(uri.clone());
        }
        if doc.published.is_none() {
            doc.published = header
                .date
                .as_deref()
                .and_then(|d| d.get(..10))
                .and_then(|d| d.parse().ok());
        }
        Ok(loaded)
    }
}

/// One line, at most [`MAX_HEADER_LINE`] bytes; empty at the end of the stream.
fn read_line(reader: &mut dyn BufRead, line: &mut Vec<u8>) -> Result<usize, String> {
    line.clear();
    let n = reader
        .take(MAX_HEADER_LINE as u64)
        .read_until(b'\n', line)
        .map_err(read_error)?;
    if n == MAX_HEADER_LINE && !line.ends_with(b"\n") {
        return Err(format!(
            "header line longer than {} KiB",
            MAX_HEADER_LINE >> 10
        ));
    }
    Ok(n)
}

/// A read that failed: cut short, broken gzip, or the disk.
fn read_error(e: std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::UnexpectedEof => "the file is cut short".to_string(),
        std::io::ErrorKind::InvalidInput | std::io::ErrorKind::InvalidData => {
            format!("broken gzip data: {e}")
        }
        _ => format!("cannot read: {e}"),
    }
}

/// The next record's header, `None` at the end of the stream (blank lines
/// between records are passed over).
fn read_header(reader: &mut dyn BufRead) -> Result<Option<RecordHeader>, String> {
    let mut line = Vec::new();
    loop {
        if read_line(reader, &mut line)? == 0 {
            return Ok(None);
        }
        if !line.trim_ascii().is_empty() {
            break;
        }
    }
    if !line.starts_with(b"WARC/") {
        return Err("expected a WARC/1.0 or WARC/1.1 version line".to_string());
    }
    let mut header = RecordHeader::default();
    for _ in 0..MAX_HEADERS {
        if read_line(reader, &mut line)? == 0 {
            return Err("the file is cut short in a record header".to_string());
        }
        let text = String::from_utf8_lossy(line.trim_ascii());
        if text.is_empty() {
            return Ok(Some(header));
        }
        let Some((name, value)) = text.split_once(':') else {
            continue; // a folded continuation line: nothing claimkit reads
        };
        let value = value.trim().to_string();
        match name.trim().to_ascii_lowercase().as_str() {
            "warc-type" => header.warc_type = value,
            "warc-record-id" => header.id = record_id(&value),
            "warc-target-uri" => {
                header.target_uri = Some(value.trim_matches(['<', '>']).to_string())
            }
            "warc-date" => header.date = Some(value),
            "content-type" => header.content_type = value,
            "content-length" => match value.parse() {
                Ok(n) => header.content_length = Some(n),
                Err(_) => return Err(format!("Content-Length {value:?} is not a number")),
            },
            _ => {}
        }
    }
    Err(format!("more than {MAX_HEADERS} header lines"))
}

/// `<urn:uuid:1234-…>` → `1234-…`; other ids lose only their angle brackets.
fn record_id(value: &str) -> String {
    let id = value.trim_matches(['<', '>']);
    id.strip_prefix("urn:uuid:").unwrap_or(id).to_string()
}

/// Read a record's block of `length` bytes and the blank line after it.
fn read_block(reader: &mut dyn BufRead, length: u64) -> Result<Vec<u8>, String> {
    let mut block = Vec::with_capacity(length.min(1 << 20) as usize);
    let n = reader
        .take(length)
        .read_to_end(&mut block)
        .map_err(read_error)?;
    if (n as u64) < length {
        return Err(format!(
            "the file is cut short: Content-Length says {length} bytes, {n} remain"
        ));
    }
    skip_record_end(reader)?;
    Ok(block)
}

/// Pass over a record's block of `length` bytes and the blank line after it.
fn skip_block(reader: &mut dyn BufRead, length: u64) -> Result<(), String> {
    let n = std::io::copy(&mut reader.take(length), &mut std::io::sink()).map_err(read_error)?;
    if n < length {
        return Err(format!(
            "the file is cut short: Content-Length says {length} bytes, {n} remain"
        ));
    }
    skip_record_end(reader)
}

/// The `\r\n\r\n` after a block (up to four line-end bytes).
fn skip_record_end(reader: &mut dyn BufRead) -> Result<(), String> {
    for _ in 0..4 {
        let buf = reader.fill_buf().map_err(read_error)?;
        match buf.first() {
            Some(b'\r' | b'\n') => reader.consume(1),
            _ => break,
        }
    }
    Ok(())
}

/// The page an HTTP response holds, or why it is passed over.
fn response(block: &[u8]) -> Result<Response, InputErrorKind> {
    let (head, body) = match memchr::memmem::find(block, b"\r\n\r\n") {
        Some(k) => (&block[..k], &block[k + 4..]),
        None => match memchr::memmem::find(block, b"\n\n") {
            Some(k) => (&block[..k], &block[k + 2..]),
            None => (block, &block[block.len()..]),
        },
    };
    let head = String::from_utf8_lossy(head);
    let mut lines = head.lines();
    let status = lines.next().and_then(|l| l.split_whitespace().nth(1));
    if status != Some("200") {
        return Ok(Response::PassedOver(|p| &mut p.not_ok));
    }
    let (mut content_type, mut chunked, mut encoding) = (String::new(), false, String::new());
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().to_ascii_lowercase();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => content_type = value,
            "transfer-encoding" => chunked = value.contains("chunked"),
            "content-encoding" => encoding = value,
            _ => {}
        }
    }
    if !content_type.contains("html") {
        return Ok(Response::PassedOver(|p| &mut p.not_html));
    }
    let dechunked;
    let body = if chunked {
        dechunked = dechunk(body)?;
        &dechunked[..]
    } else {
        body
    };
    let decoded = match encoding.as_str() {
        "" | "identity" => body.to_vec(),
        "gzip" | "x-gzip" => undo(flate2::read::MultiGzDecoder::new(body))?,
        "deflate" => undo(flate2::read::ZlibDecoder::new(body))?,
        _ => return Ok(Response::PassedOver(|p| &mut p.unknown_encoding)),
    };
    if decoded.trim_ascii().is_empty() {
        return Ok(Response::PassedOver(|p| &mut p.no_body));
    }
    let charset = content_type
        .split(';')
        .filter_map(|p| p.trim().strip_prefix("charset="))
        .map(|c| c.trim_matches(['"', '\'']).to_string())
        .next();
    Ok(Response::Page {
        body: decoded,
        charset,
    })
}

/// A compressed body (or page), undone, refused past [`MAX_DOCUMENT_BYTES`].
pub(super) fn undo(decoder: impl Read) -> Result<Vec<u8>, InputErrorKind> {
    let mut out = Vec::new();
    decoder
        .take(MAX_DOCUMENT_BYTES as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|e| InputErrorKind::BadGzip(e.to_string()))?;
    if out.len() > MAX_DOCUMENT_BYTES {
        return Err(InputErrorKind::TooLarge);
    }
    Ok(out)
}

/// An HTTP body sent in chunks (`Transfer-Encoding: chunked`), joined.
fn dechunk(mut body: &[u8]) -> Result<Vec<u8>, InputErrorKind> {
    let bad = |what: &str| InputErrorKind::BadChunks(what.to_string());
    let mut out = Vec::with_capacity(body.len());
    loop {
        let end = memchr::memchr(b'\n', body).ok_or_else(|| bad("a chunk size line has no end"))?;
        let size_line = String::from_utf8_lossy(&body[..end]);
        let size = size_line.split(';').next().unwrap_or("").trim();
        let size =
            usize::from_str_radix(size, 16).map_err(|_| bad("a chunk size is not hexadecimal"))?;
        body = &body[end + 1..];
        if size == 0 {
            return Ok(out);
        }
        let chunk = body
            .get(..size)
            .ok_or_else(|| bad("a chunk is cut short"))?;
        out.extend_from_slice(chunk);
        body = &body[size..];
        body = body.strip_prefix(b"\r").unwrap_or(body);
        body = body.strip_prefix(b"\n").unwrap_or(body);
    }
}

#[cfg(test)]
mod tests;
