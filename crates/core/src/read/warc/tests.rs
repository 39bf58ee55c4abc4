//! Unit tests of `warc.rs`.

use super::*;
use std::io::Write;

const PAGE: &str = "<html><head><title>Port reopens</title>\
    <meta property=\"article:published_time\" content=\"2021-03-04T08:00:00Z\"></head>\
    <body><nav>Home | World</nav><article><p>The port reopened on Thursday after a \
    two-week closure, the harbour authority said. About 40 ships had waited offshore, \
    and 1,200 containers were unloaded on the first day.</p></article></body></html>";

/// A WARC record of `warc_type` with `block`.
fn record(warc_type: &str, id: &str, block: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.1\r\nWARC-Type: {warc_type}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\n\
         WARC-Target-URI: https://news.example/{id}\r\nWARC-Date: 2021-03-05T01:02:03Z\r\n\
         Content-Type: application/http; msgtype={warc_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn http(status: &str, headers: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status}\r\n{headers}\r\n").into_bytes();
    out.extend_from_slice(body);
    out
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

fn read_all(bytes: &[u8]) -> (Vec<Result<Loaded, InputError>>, PassedOver) {
    let mut records = WarcRecords::new("crawl.warc", bytes);
    let docs: Vec<_> = records.by_ref().collect();
    (docs, records.passed_over())
}

#[test]
fn html_responses_become_documents_and_the_rest_is_counted() {
    let html = "Content-Type: text/html; charset=UTF-8\r\n";
    let mut warc = Vec::new();
    warc.extend(record("warcinfo", "info", b"software: crawler"));
    warc.extend(record("request", "req", b"GET / HTTP/1.1\r\n\r\n"));
    warc.extend(record(
        "response",
        "a",
        &http("200 OK", html, PAGE.as_bytes()),
    ));
    warc.extend(record(
        "response",
        "gone",
        &http("404 Not Found", html, b""),
    ));
    warc.extend(record(
        "response",
        "img",
        &http("200 OK", "Content-Type: image/png\r\n", b"\x89PNG"),
    ));
    warc.extend(record(
        "response",
        "br",
        &http("200 OK", &format!("{html}Content-Encoding: br\r\n"), b"xx"),
    ));
    warc.extend(record("response", "empty", &http("200 OK", html, b"  ")));
    let (docs, passed) = read_all(&warc);
    assert_eq!(docs.len(), 1);
    let doc = &docs[0].as_ref().unwrap().document;
    assert_eq!(doc.id, "a");
    assert_eq!(doc.url.as_deref(), Some("https://news.example/a"));
    assert_eq!(doc.title.as_deref(), Some("Port reopens"));
    // the page's own date wins over the crawl date
    assert_eq!(doc.published.unwrap().to_string(), "2021-03-04");
    assert!(doc.text.starts_with("The port reopened on Thursday"));
    assert_eq!(
        passed.counts(),
        vec![
            ("not_response", 2),
            ("not_ok", 1),
            ("not_html", 1),
            ("unknown_encoding", 1),
            ("no_body", 1)
        ]
    );
}

#[test]
fn chunked_and_gzipped_bodies_are_undone() {
    let zipped = gzip(PAGE.as_bytes());
    let (a, b) = zipped.split_at(zipped.len() / 2);
    let mut chunked = format!("{:x}\r\n", a.len()).into_bytes();
    chunked.extend_from_slice(a);
    chunked.extend(format!("\r\n{:x};ext=1\r\n", b.len()).into_bytes());
    chunked.extend_from_slice(b);
    chunked.extend_from_slice(b"\r\n0\r\n\r\n");
    let headers =
        "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n";
    let warc = record("response", "z", &http("200 OK", headers, &chunked));
    let (docs, _) = read_all(&warc);
    let doc = &docs[0].as_ref().unwrap().document;
    assert!(doc.text.contains("1,200 containers"), "{}", doc.text);
}

#[test]
fn a_gzipped_warc_with_one_member_per_record_is_read_whole() {
    let html = "Content-Type: text/html\r\n";
    let mut warc = gzip(&record("warcinfo", "info", b"x"));
    warc.extend(gzip(&record(
        "response",
        "a",
        &http("200 OK", html, PAGE.as_bytes()),
    )));
    warc.extend(gzip(&record(
        "response",
        "b",
        &http("200 OK", html, PAGE.as_bytes()),
    )));
    let (docs, passed) = read_all(&warc);
    let ids: Vec<_> = docs
        .iter()
        .map(|d| d.as_ref().unwrap().document.id.clone())
        .collect();
    assert_eq!(ids, ["a", "b"]);
    assert_eq!(passed.not_response, 1);
}

#[test]
fn the_crawl_date_stands_in_for_a_page_without_one() {
    let page = PAGE.replace("article:published_time", "x");
    let warc = record(
        "response",
        "a",
        &http("200 OK", "Content-Type: text/html\r\n", page.as_bytes()),
    );
    let (docs, _) = read_all(&warc);
    let doc = &docs[0].as_ref().unwrap().document;
    assert_eq!(doc.published.unwrap().to_string(), "2021-03-05");
}

#[test]
fn a_truncated_gzipped_warc_stops_with_the_record_named() {
    let html = "Content-Type: text/html\r\n";
    let mut warc = gzip(&record(
        "response",
        "a",
        &http("200 OK", html, PAGE.as_bytes()),
    ));
    let second = gzip(&record(
        "response",
        "b",
        &http("200 OK", html, PAGE.as_bytes()),
    ));
    warc.extend_from_slice(&second[..second.len() / 2]);
    let (docs, _) = read_all(&warc);
    assert_eq!(docs.len(), 2);
    assert!(docs[0].is_ok());
    let err = docs[1].as_ref().unwrap_err().to_string();
    assert!(err.starts_with("crawl.warc: WARC record 2: "), "{err}");
}

#[test]
fn a_file_that_is_no_warc_is_refused_at_its_first_record() {
    let (docs, _) = read_all(b"\x00\x01binary data\n");
    assert_eq!(docs.len(), 1);
    let err = docs[0].as_ref().unwrap_err().to_string();
    assert_eq!(
        err,
        "crawl.warc: WARC record 1: expected a WARC/1.0 or WARC/1.1 version line"
    );
}

#[test]
fn a_record_without_a_length_or_cut_short_stops_the_file() {
    let (docs, _) = read_all(b"WARC/1.0\r\nWARC-Type: response\r\n\r\nbody");
    assert!(docs[0]
        .as_ref()
        .unwrap_err()
        .to_string()
        .contains("no Content-Length"));
    let mut cut = record(
        "response",
        "a",
        &http("200 OK", "Content-Type: text/html\r\n", PAGE.as_bytes()),
    );
    cut.truncate(cut.len() - 100);
    let (docs, _) = read_all(&cut);
    let err = docs[0].as_ref().unwrap_err().to_string();
    assert!(err.contains("record 1: the file is cut short"), "{err}");
}

#[test]
fn a_page_without_an_article_is_an_error_for_its_record_only() {
    let html = "Content-Type: text/html\r\n";
    let mut warc = record(
        "response",
        "home",
        &http("200 OK", html, b"<html><body><nav>Home</nav></body></html>"),
    );
    warc.extend(record(
        "response",
        "a",
        &http("200 OK", html, PAGE.as_bytes()),
    ));
    let (docs, _) = read_all(&warc);
    let err = docs[0].as_ref().unwrap_err().to_string();
    assert_eq!(
        err,
        "crawl.warc: WARC record 1 (home): no article text found in the page"
    );
    assert_eq!(docs[1].as_ref().unwrap().document.id, "a");
}

#[test]
fn broken_chunk_sizes_are_an_error_for_the_record() {
    let headers = "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n";
    let warc = record("response", "a", &http("200 OK", headers, b"zz\r\nabc"));
    let (docs, _) = read_all(&warc);
    let err = docs[0].as_ref().unwrap_err().to_string();
    assert!(err.contains("broken chunked HTTP body"), "{err}");
}
