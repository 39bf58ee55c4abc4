//! The command line end to end: a temporary corpus, the build, the inspection
//! commands, and every kind of bad input of the workspace issue.

use crate::harness::{build, build_skip_bad, claimkit, corpus, files, GOOD, SEED};
use predicates::str::contains;
use std::path::Path;

#[test]
fn build_writes_all_tables_csv_and_parquet() {
    let dir = corpus(&[
        ("a.txt", GOOD),
        ("b.jsonl", b"{\"id\":\"b1\",\"published\":\"2015-11-17\",\"url\":\"http://x\",\"text\":\"Iran said so.\"}\n"),
    ]);
    let out = dir.path().join("out");
    build(dir.path(), &out)
        .success()
        .stderr(contains("built 2 documents"));
    let names: Vec<String> = files(&out).into_iter().map(|(n, _)| n).collect();
    for table in [
        "documents",
        "sentences",
        "quantities",
        "times",
        "attributions",
        "claims",
        "checkable_claims",
    ] {
        assert!(
            names.contains(&format!("{table}.csv")),
            "{table}.csv missing"
        );
        assert!(
            names.contains(&format!("{table}.parquet")),
            "{table}.parquet missing"
        );
    }
    assert!(names.contains(&"manifest.json".to_string()));
    assert!(names.contains(&"README.md".to_string()));
    let docs = std::fs::read_to_string(out.join("documents.csv")).unwrap();
    assert!(docs.starts_with(
        "doc_id,title,published,dateline,source_file,url,n_sentences,n_claims,text\n"
    ));
    assert!(docs.contains("a,Russia Strikes Syria,2015-11-17,"));
    let claims = std::fs::read_to_string(out.join("claims.csv")).unwrap();
    assert!(claims.starts_with("claim_id,doc_id,sentence_id,start,end,text,standalone,attribution_id,source_text,resolved,source_type,quote,checkworthy,checkworthiness,reasons,n_quantities,n_times,truncated,cluster_id,split\n"));
    // No temporary directory is left beside the output.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with(".out.tmp-"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn format_csv_writes_no_parquet() {
    let dir = corpus(&[("a.txt", GOOD)]);
    let out = dir.path().join("out");
    claimkit()
        .arg("build")
        .arg(dir.path().join("a.txt"))
        .args(["--format", "csv", "--out"])
        .arg(&out)
        .assert()
        .success();
    assert!(out.join("claims.csv").exists());
    assert!(!out.join("claims.parquet").exists());
    let card = std::fs::read_to_string(out.join("README.md")).unwrap();
    assert!(card.contains("data_files: claims.csv"));
}

#[test]
fn sentences_command_prints_json_lines() {
    let out = claimkit().args(["sentences", SEED]).assert().success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let first: serde_json::Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
    for field in ["start", "end", "text", "paragraph", "truncated"] {
        assert!(first.get(field).is_some(), "field {field} missing");
    }
}

#[test]
fn raw_reads_stdin_as_body() {
    claimkit()
        .args(["sentences", "--raw"])
        .write_stdin("Title-like line\nstays in the body.")
        .assert()
        .success()
        .stdout(contains("\"text\":\"Title-like line stays in the body.\""));
}

#[test]
fn usage_error_exits_2() {
    claimkit()
        .args(["build", "--format", "xml"])
        .assert()
        .code(2);
}

/// Run a build of `files` into `out` that must fail with exit code 1 and a message
/// containing `message`, leaving an earlier dataset at `out` untouched.
fn assert_bad(files_in: &[(&str, &[u8])], message: &str) {
    let dir = corpus(files_in);
    let out = dir.path().join("out");
    let good = corpus(&[("good.txt", GOOD)]);
    build(good.path(), &out).success();
    let before = files(&out);
    build(dir.path(), &out).code(1).stderr(contains(message));
    assert!(
        files(&out) == before,
        "earlier dataset changed after a failed build ({message})"
    );
}

#[test]
fn not_utf8_names_file_and_offset() {
    assert_bad(
        &[("bad.txt", b"Title\n\nSome \xff text.")],
        "bad.txt: not UTF-8: invalid byte at offset 12",
    );
}

#[test]
fn empty_file_is_bad_input() {
    assert_bad(&[("empty.txt", b"  \n\n")], "empty.txt: empty file");
}

#[test]
fn title_without_body_is_bad_input() {
    assert_bad(
        &[("title.txt", b"Only A Title\n")],
        "title.txt: title but no body",
    );
}

#[test]
fn jsonl_line_not_an_object_names_the_line() {
    assert_bad(
        &[(
            "c.jsonl",
            b"{\"id\":\"x\",\"text\":\"Fine.\"}\n\"just a string\"\n",
        )],
        "c.jsonl:2: expected a JSON object",
    );
}

#[test]
fn news_please_output_builds_as_it_is() {
    let dir = corpus(&[(
        "news.jsonl",
        "{\"title\": \"Verkäufe fallen\", \"maintext\": \"Die Verkäufe fielen um 10 Prozent, sagte der Verband.\", \"date_publish\": \"2019-11-20 04:00:00\", \"url\": \"https://example.de/a\"}\n".as_bytes(),
    )]);
    let out = dir.path().join("out");
    build(dir.path(), &out).success();
    let docs = std::fs::read_to_string(out.join("documents.csv")).unwrap();
    assert!(
        docs.contains("news-1,Verkäufe fallen,2019-11-20,2019-11-20 04:00:00,"),
        "{docs}"
    );
    assert!(docs.contains(",https://example.de/a,"), "{docs}");
}

#[test]
fn text_field_names_another_schema_for_build_and_inspection() {
    let dir = corpus(&[(
        "feed.jsonl",
        b"{\"guid\": \"g1\", \"headline\": \"Rates\", \"body\": \"The bank raised rates by 0.25 points.\"}\n",
    )]);
    let out = dir.path().join("out");
    let fields = [
        "--text-field",
        "body",
        "--title-field",
        "headline",
        "--id-field",
        "guid",
    ];
    claimkit()
        .arg("build")
        .arg(dir.path())
        .args(fields)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let docs = std::fs::read_to_string(out.join("documents.csv")).unwrap();
    assert!(docs.contains("\ng1,Rates,"), "{docs}");
    claimkit()
        .arg("quantities")
        .arg(dir.path().join("feed.jsonl"))
        .args(fields)
        .assert()
        .success()
        .stdout(contains("\"doc_id\":\"g1\""));
    // Without the names the same file is refused, with the fields it holds.
    claimkit()
        .arg("sentences")
        .arg(dir.path().join("feed.jsonl"))
        .assert()
        .code(1)
        .stderr(contains("(fields found: \"body\", \"guid\", \"headline\")"));
}

const PAGE: &[u8] = br#"<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Strikes | Example News</title>
<meta property="og:title" content="Russia Strikes Syria">
<meta property="article:published_time" content="2015-11-17T23:27:00-05:00">
<link rel="canonical" href="https://news.example.com/world/strikes"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<article><h1>Russia Strikes Syria</h1><p class="byline">By Jane Doe</p>
<p>U.S. officials said Russia conducted between 12 and 20 strikes Tuesday, the first time it had given Washington advance notice of its airstrikes.</p>
<figure><img src="jet.jpg"><figcaption>A Russian jet. Photo: AP</figcaption></figure>
<p>Moscow's determination on Tuesday that a bomb had destroyed a Russian jetliner last month over Egypt accentuated the appearance of common cause.</p>
</article><footer>Copyright 2015 Example News</footer></body></html>"#;

#[test]
fn a_folder_of_pages_builds_with_title_date_and_url() {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(PAGE).unwrap();
    let dir = corpus(&[
        ("web/strikes.html", PAGE),
        ("web/2015/strikes-copy.html.gz", &gz.finish().unwrap()),
    ]);
    let out = dir.path().join("out");
    build(dir.path().join("web"), &out)
        .success()
        .stderr(contains("built 2 documents"));
    let docs = std::fs::read_to_string(out.join("documents.csv")).unwrap();
    for id in ["2015/strikes-copy", "strikes"] {
        assert!(
            docs.contains(&format!("\n{id},Russia Strikes Syria,2015-11-17,")),
            "{docs}"
        );
    }
    assert!(
        docs.contains(",https://news.example.com/world/strikes,"),
        "{docs}"
    );
    assert!(
        !docs.contains("Photo: AP") && !docs.contains("Copyright"),
        "{docs}"
    );
    claimkit()
        .arg("quantities")
        .arg(dir.path().join("web/strikes.html"))
        .assert()
        .success()
        .stdout(contains("\"text\":\"between 12 and 20 strikes\""));
}

/// `page` as a gzipped WARC response record (with a request record before it).
fn warc_records(id: &str, page: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n".to_vec();
    http.extend_from_slice(page);
    let mut out = Vec::new();
    for (kind, block) in [
        ("request", &b"GET / HTTP/1.1\r\n\r\n"[..]),
        ("response", &http[..]),
    ] {
        let mut rec = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}-{kind}>\r\n\
             WARC-Target-URI: https://news.example.com/{id}\r\nWARC-Date: 2015-11-18T00:00:00Z\r\n\
             Content-Type: application/http; msgtype={kind}\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        rec.extend_from_slice(block);
        rec.extend_from_slice(b"\r\n\r\n");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&rec).unwrap();
        out.extend(gz.finish().unwrap());
    }
    out
}

#[test]
fn a_crawl_builds_and_counts_what_it_passed_over() {
    let mut crawl = warc_records("a", PAGE);
    crawl.extend(warc_records("b", PAGE));
    let dir = corpus(&[("crawl/cc-news.warc.gz", &crawl)]);
    let out = dir.path().join("out");
    build(dir.path().join("crawl"), &out)
        .success()
        .stderr(contains("built 2 documents"));
    let docs = std::fs::read_to_string(out.join("documents.csv")).unwrap();
    for id in ["a", "b"] {
        assert!(
            docs.contains(&format!("\n{id}-response,Russia Strikes Syria,2015-11-17,")),
            "{docs}"
        );
        assert!(
            docs.contains(&format!(",https://news.example.com/{id},")),
            "{docs}"
        );
    }
    let manifest = crate::harness::manifest(&out);
    assert_eq!(
        manifest["inputs"][0]["passed_over"]["not_response"], 2,
        "{manifest}"
    );
    claimkit()
        .arg("quantities")
        .arg(dir.path().join("crawl/cc-news.warc.gz"))
        .assert()
        .success()
        .stdout(contains("\"doc_id\":\"b-response\""));
}

#[test]
fn a_crawl_without_pages_says_what_it_passed_over() {
    let info = b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 1\r\n\r\nx\r\n\r\n";
    let dir = corpus(&[("info.warc", &info.repeat(3))]);
    build(dir.path(), dir.path().join("out"))
        .code(1)
        .stderr(contains("3 crawl records passed over as no HTML page"));
}

#[test]
fn a_truncated_crawl_names_the_record() {
    let crawl = warc_records("a", PAGE);
    assert_bad(
        &[("cut.warc.gz", &crawl[..crawl.len() - 40])],
        "cut.warc.gz: WARC record 2: ",
    );
}

#[test]
fn binary_file_named_html_is_bad_input() {
    assert_bad(
        &[("logo.html", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")],
        "logo.html: not an HTML page: binary data (NUL byte at offset 8)",
    );
}

#[test]
fn page_without_an_article_is_bad_input_or_skipped() {
    let home =
        b"<html><head><title>Home</title></head><body><nav><a href=/a>A</a></nav></body></html>";
    assert_bad(
        &[("home.html", home)],
        "home.html: no article text found in the page",
    );
    let dir = corpus(&[("home.html", home), ("a.html", PAGE)]);
    let out = dir.path().join("out");
    build_skip_bad(dir.path(), &out)
        .success()
        .stderr(contains("no article text found in the page"));
    let manifest = std::fs::read_to_string(out.join("manifest.json")).unwrap();
    assert!(
        manifest.contains("no article text found in the page"),
        "{manifest}"
    );
}

#[test]
fn jsonl_line_without_text_names_the_line() {
    assert_bad(
        &[("c.jsonl", b"{\"id\":\"x\",\"title\":\"No text\"}\n")],
        "c.jsonl:1: no article text: no field \"text\" or \"maintext\" (fields found: \"id\", \"title\"); name the body's field with --text-field",
    );
}

#[test]
fn duplicate_id_is_bad_input() {
    assert_bad(
        &[
            ("a.txt", GOOD),
            ("b.jsonl", b"{\"id\":\"a\",\"text\":\"Again.\"}\n"),
        ],
        "b.jsonl:1: duplicate document id \"a\"",
    );
}

#[test]
fn directory_without_articles_is_bad_input() {
    assert_bad(
        &[("notes.md", b"# not an article")],
        "no articles in this directory (*.txt, *.jsonl, *.html, *.htm, *.html.gz, *.warc, *.warc.gz)",
    );
}

#[test]
fn unreadable_dateline_warns_and_leaves_published_empty() {
    let dir = corpus(&[(
        "a.txt",
        b"A Title\nUpdated sometime in the night ET\n\nRussia struck Tuesday.\n",
    )]);
    let out = dir.path().join("out");
    build(dir.path(), &out)
        .success()
        .stderr(contains("unreadable dateline"));
    let docs = std::fs::read_to_string(out.join("documents.csv")).unwrap();
    assert!(
        docs.contains("a,A Title,,Updated sometime in the night ET,"),
        "{docs}"
    );
    let manifest = std::fs::read_to_string(out.join("manifest.json")).unwrap();
    assert!(manifest.contains("unreadable dateline"));
}

#[test]
fn output_path_that_is_a_file_is_an_error() {
    let dir = corpus(&[("a.txt", GOOD), ("out", b"a file")]);
    claimkit()
        .arg("build")
        .arg(dir.path().join("a.txt"))
        .arg("--out")
        .arg(dir.path().join("out"))
        .assert()
        .code(1)
        .stderr(contains("output path exists and is not a directory"));
}

#[test]
fn unwritable_output_directory_is_an_error() {
    // A path below a regular file can never be created, even by root.
    let dir = corpus(&[("a.txt", GOOD), ("blocker", b"x")]);
    claimkit()
        .arg("build")
        .arg(dir.path().join("a.txt"))
        .arg("--out")
        .arg(dir.path().join("blocker").join("claims"))
        .assert()
        .code(1)
        .stderr(contains("cannot write"));
}

#[test]
fn skip_bad_keeps_good_documents_and_lists_bad_ones() {
    let dir = corpus(&[
        ("a.txt", GOOD),
        ("bad.txt", b"\xff\xfe"),
        (
            "c.jsonl",
            b"{\"id\":\"c1\",\"text\":\"Fine.\"}\n[]\n{\"id\":\"c3\",\"text\":\"Also fine.\"}\n",
        ),
    ]);
    let out = dir.path().join("out");
    build_skip_bad(dir.path(), &out)
        .success()
        .stderr(contains("2 skipped"));
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["documents"], 3);
    let skipped = manifest["skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), 2);
    assert!(skipped[0]["file"].as_str().unwrap().ends_with("bad.txt"));
    assert_eq!(skipped[1]["line"], 2);
    assert!(Path::new(&out.join("claims.parquet")).exists());
}

#[test]
fn labelstudio_tasks_carry_claims_with_utf16_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("tasks.json");
    claimkit()
        .args(["export-labelstudio", SEED, "--out"])
        .arg(&out)
        .assert()
        .success();
    let tasks: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let task = &tasks[0];
    let text = task["data"]["text"].as_str().unwrap();
    let units: Vec<u16> = text.encode_utf16().collect();
    let results = task["predictions"][0]["result"].as_array().unwrap();
    assert!(results.len() > 40);
    for r in results {
        let (s, e) = (
            r["value"]["start"].as_u64().unwrap() as usize,
            r["value"]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            String::from_utf16(&units[s..e]).unwrap(),
            r["value"]["text"].as_str().unwrap()
        );
    }
    let config = std::fs::read_to_string(out.with_extension("xml")).unwrap();
    assert!(config.contains("<Labels name=\"claim\" toName=\"text\">"));
}

/// Regression: `--out` pointing at a folder of the user's files (or the input
/// folder) used to delete it when the build replaced the "previous dataset".
#[test]
fn out_directory_that_is_no_dataset_is_never_replaced() {
    let dir = corpus(&[("a.txt", GOOD)]);
    let precious = dir.path().join("precious");
    std::fs::create_dir(&precious).unwrap();
    std::fs::write(precious.join("thesis.docx"), b"years of work").unwrap();
    claimkit()
        .arg("build")
        .arg(dir.path().join("a.txt"))
        .arg("--out")
        .arg(&precious)
        .assert()
        .code(1)
        .stderr(contains("holds no claimkit dataset"));
    assert!(precious.join("thesis.docx").exists());
    // The input folder itself is refused the same way.
    build(dir.path(), dir.path()).code(1);
    assert!(dir.path().join("a.txt").exists());
}

#[test]
fn jobs_zero_is_a_usage_error() {
    claimkit()
        .args(["build", SEED, "--jobs", "0"])
        .assert()
        .code(2);
}

/// Regression: errors were printed with their cause repeated ("empty file: empty file").
#[test]
fn error_messages_say_it_once() {
    let dir = corpus(&[("empty.txt", b"")]);
    let out = claimkit()
        .arg("build")
        .arg(dir.path().join("empty.txt"))
        .arg("--out")
        .arg(dir.path().join("o"))
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert_eq!(stderr.matches("empty file").count(), 1, "{stderr}");
}
