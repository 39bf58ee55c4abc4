//! A crawl gives the same documents as the pages it holds: the 121 pages of the
//! Zyte article-extraction benchmark (`../shared/eval/article_extraction_zyte`)
//! are written into one `.warc.gz` with real HTTP headers (one gzip member per
//! record, request records between the responses, some bodies chunked, some
//! sent gzipped), read back as a crawl and compared with each page read alone.

use claimkit_core::evaldata;
use claimkit_core::read::{documents_of, parse_page, ArticleFile, FileFormat};
use std::io::Write;

const FOLDER: &str = "eval/article_extraction_zyte";

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

/// One WARC record, gzipped on its own as crawlers write them.
fn record(warc_type: &str, id: usize, block: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {warc_type}\r\nWARC-Date: 2024-05-06T07:08:09Z\r\n\
         WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{id:012}>\r\n\
         WARC-Target-URI: https://news.example/story/{id}\r\n\
         Content-Type: application/http; msgtype={warc_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    gzip(&out)
}

/// The HTTP response that served `page` (gzipped bytes as saved), sent in one of
/// three ways.
fn response(k: usize, gzipped: &[u8], page: &[u8]) -> Vec<u8> {
    let common = "Date: Mon, 06 May 2024 07:08:09 GMT\r\nServer: nginx\r\n\
                  Content-Type: text/html\r\nCache-Control: max-age=60\r\n";
    let (headers, body) = match k % 3 {
        0 => (format!("Content-Length: {}\r\n", page.len()), page.to_vec()),
        1 => (
            format!(
                "Content-Encoding: gzip\r\nContent-Length: {}\r\n",
                gzipped.len()
            ),
            gzipped.to_vec(),
        ),
        _ => {
            let mut body = Vec::new();
            for chunk in page.chunks(4096) {
                body.extend(format!("{:x}\r\n", chunk.len()).into_bytes());
                body.extend_from_slice(chunk);
                body.extend_from_slice(b"\r\n");
            }
            body.extend_from_slice(b"0\r\n\r\n");
            ("Transfer-Encoding: chunked\r\n".to_string(), body)
        }
    };
    let mut out = format!("HTTP/1.1 200 OK\r\n{common}{headers}\r\n").into_bytes();
    out.extend(body);
    out
}

#[test]
fn a_crawl_of_the_zyte_pages_gives_the_pages_documents() {
    let Some(dir) = evaldata::path(FOLDER) else {
        return;
    };
    let mut paths: Vec<_> = std::fs::read_dir(dir.join("html"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    let work = tempfile::tempdir().unwrap();
    let crawl = work.path().join("crawl.warc.gz");
    let mut warc = Vec::new();
    let mut expected = Vec::new();
    for (k, path) in paths.iter().enumerate() {
        let gzipped = std::fs::read(path).unwrap();
        let alone = parse_page("p", "p.html.gz", &gzipped, None)
            .ok()
            .map(|l| l.document);
        let mut page = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&gzipped[..]), &mut page)
            .unwrap();
        warc.extend(record(
            "request",
            1000 + k,
            b"GET /story HTTP/1.1\r\nHost: news.example\r\n\r\n",
        ));
        warc.extend(record("response", k, &response(k, &gzipped, &page)));
        expected.push(alone);
    }
    std::fs::write(&crawl, &warc).unwrap();

    let file = ArticleFile::single(&crawl);
    assert_eq!(FileFormat::of(&crawl), FileFormat::Warc);
    let reader = std::io::BufReader::new(std::fs::File::open(&crawl).unwrap());
    let mut documents = documents_of(&file, FileFormat::Warc, reader);
    let read: Vec<_> = documents.by_ref().collect();
    let passed = documents.passed_over().unwrap();
    assert_eq!(
        passed.not_response,
        paths.len(),
        "every request record passed over"
    );
    assert_eq!(read.len(), paths.len());
    let mut same = 0;
    for (k, (got, want)) in read.iter().zip(&expected).enumerate() {
        match (got, want) {
            (Ok(got), Some(want)) => {
                let got = &got.document;
                assert_eq!(got.id, format!("00000000-0000-0000-0000-{k:012}"));
                assert_eq!(
                    got.url.as_deref(),
                    Some(format!("https://news.example/story/{k}").as_str())
                );
                assert_eq!(got.text, want.text, "page {k}: {}", paths[k].display());
                assert_eq!(got.title, want.title, "page {k}");
                match want.published {
                    Some(date) => assert_eq!(got.published, Some(date), "page {k}"),
                    None => assert_eq!(got.published.unwrap().to_string(), "2024-05-06"),
                }
                same += 1;
            }
            (Err(_), None) => same += 1, // no article in the page, nor in its record
            (got, want) => panic!(
                "page {k}: crawl gave {:?}, page gave {:?}",
                got.is_ok(),
                want.is_some()
            ),
        }
    }
    eprintln!(
        "{same} of {} pages read the same from the crawl",
        paths.len()
    );
    assert_eq!(same, paths.len());
}
