//! Reliability (issue 9): the bad-input cases that `tests/integration/cli.rs`
//! does not already cover, crash safety under SIGKILL, determinism on a
//! Reuters slice, any-input properties of every stage, and the inputs the
//! fuzzers found (`tests/regressions/`, one file per bug).
//!
//! Every bad input must exit with code 1, name the file (and JSONL line) and
//! the problem, and leave an earlier dataset at `--out` byte-identical.

#[allow(dead_code)]
#[path = "integration/harness.rs"]
mod harness;

use claimkit_core::read::{parse_jsonl, read_documents, JsonlRecords, MAX_DOCUMENT_BYTES};
use claimkit_core::{Date, Document, Span};
use claimkit_export::{Table, Tables};
use harness::{claimkit, corpus, files, leftovers, manifest, shared, synthetic_corpus, GOOD};
use predicates::str::contains;
use proptest::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The limit as the error message states it.
const LIMIT_MESSAGE: &str = "document larger than the 16 MiB limit (MAX_DOCUMENT_BYTES)";

/// `claimkit build INPUT ARGS... --out OUT`.
fn build(input: &Path, args: &[&str], out: &Path) -> assert_cmd::assert::Assert {
    claimkit()
        .arg("build")
        .arg(input)
        .args(args)
        .arg("--out")
        .arg(out)
        .assert()
}

/// Build `GOOD` into `out`, returning the files written (the "earlier dataset").
fn earlier_dataset(out: &Path) -> Vec<(String, Vec<u8>)> {
    let good = corpus(&[("good.txt", GOOD)]);
    build(good.path(), &[], out).success();
    files(out)
}

/// `claimkit build INPUT --out OUT` must fail with exit 1 and `message` on
/// stderr, leaving the earlier dataset at `out` byte-identical.
fn refused(input: &Path, out: &Path, message: &str) {
    let before = earlier_dataset(out);
    build(input, &[], out).code(1).stderr(contains(message));
    assert!(
        files(out) == before,
        "earlier dataset changed after a refused build ({message})"
    );
}

/// Refuse a corpus of `files_in` with `message`.
fn refused_corpus(files_in: &[(&str, &[u8])], message: &str) {
    let dir = corpus(files_in);
    let out = tempfile::tempdir().expect("tempdir");
    refused(dir.path(), &out.path().join("claims"), message);
}

// ---------------------------------------------------------------- bad input

#[test]
fn nul_byte_in_article_is_refused_with_its_offset() {
    refused_corpus(
        &[("nul.txt", b"A Title\n\nSome text\0 with a NUL.\n")],
        "nul.txt: NUL byte at offset 18: not a text file",
    );
}

#[test]
fn nul_byte_in_jsonl_line_names_the_line() {
    refused_corpus(
        &[(
            "nul.jsonl",
            b"{\"id\":\"a\",\"text\":\"Fine.\"}\n{\"id\":\"b\",\"text\":\"x\0y\"}\n",
        )],
        "nul.jsonl:2: NUL byte at offset",
    );
}

#[test]
fn bom_and_crlf_read_like_plain_lf() {
    let crlf = b"\xEF\xBB\xBFRussia Strikes Syria\r\nUpdated Nov. 17, 2015 11:27 p.m. ET\r\n\r\nU.S. officials said Russia conducted\r\nbetween 12 and 20 strikes Tuesday.\r\n";
    let jsonl_crlf = b"\xEF\xBB\xBF{\"id\":\"j\",\"published\":\"2015-11-17\",\"text\":\"Iran said so on Tuesday.\"}\r\n";
    let jsonl_lf =
        b"{\"id\":\"j\",\"published\":\"2015-11-17\",\"text\":\"Iran said so on Tuesday.\"}\n";
    let windows = corpus(&[("a.txt", crlf), ("b.jsonl", jsonl_crlf)]);
    let unix = corpus(&[("a.txt", GOOD), ("b.jsonl", jsonl_lf)]);
    let outs = tempfile::tempdir().expect("tempdir");
    let mut built = Vec::new();
    for (dir, name) in [(&windows, "windows"), (&unix, "unix")] {
        let out = outs.path().join(name);
        build(dir.path(), &[], &out)
            .success()
            .stderr(contains("built 2 documents"));
        built.push(out);
    }
    // Identical tables, once the corpus directory in `source_file` is set aside.
    let documents = |out: &Path, dir: &Path| {
        let csv = std::fs::read_to_string(out.join("documents.csv")).expect("documents");
        csv.replace(&dir.display().to_string(), "CORPUS")
    };
    let docs = documents(&built[0], windows.path());
    assert!(
        docs.contains("\na,Russia Strikes Syria,2015-11-17,\"Updated Nov. 17, 2015 11:27 p.m. ET\",CORPUS/a.txt,"),
        "{docs}"
    );
    assert!(!docs.contains('\r') && !docs.contains('\u{feff}'));
    assert_eq!(docs, documents(&built[1], unix.path()));
    for table in Table::ALL.iter().filter(|t| **t != Table::Documents) {
        for ext in ["csv", "parquet"] {
            let name = format!("{}.{ext}", table.name());
            assert!(
                std::fs::read(built[0].join(&name)).ok()
                    == std::fs::read(built[1].join(&name)).ok(),
                "{name} differs between CRLF+BOM and LF input"
            );
        }
    }
}

/// Write `head`, then `size` bytes of `fill`, then `tail` to `path` without
/// holding them in memory.
fn write_big(path: &Path, head: &[u8], fill: u8, size: usize, tail: &[u8]) {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).expect("create"));
    f.write_all(head).expect("write");
    let chunk = vec![fill; 1 << 20];
    let mut left = size;
    while left > 0 {
        let n = left.min(chunk.len());
        f.write_all(&chunk[..n]).expect("write");
        left -= n;
    }
    f.write_all(tail).expect("write");
    f.flush().expect("flush");
}

/// Run `claimkit build INPUT --out OUT` and return (exit code, stderr, peak RSS
/// in KiB, wall time): the child is reaped with `wait4`, which reports its own
/// peak RSS (not that of other tests' children).
fn build_measured(input: &Path, out: &Path) -> (i32, String, i64, Duration) {
    let err_dir = tempfile::tempdir().expect("tempdir");
    let err_path = err_dir.path().join("stderr");
    let err_file = std::fs::File::create(&err_path).expect("stderr file");
    let started = Instant::now();
    // Reaped below with wait4, not Child::wait, to read its rusage.
    #[allow(clippy::zombie_processes)]
    let child = Command::new(env!("CARGO_BIN_EXE_claimkit"))
        .arg("build")
        .arg(input)
        .arg("--out")
        .arg(out)
        .stdout(Stdio::null())
        .stderr(err_file)
        .spawn()
        .expect("spawn claimkit");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: plain FFI call with valid pointers; the child has not been waited for.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(reaped, pid, "wait4 failed");
    let elapsed = started.elapsed();
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -1
    };
    let stderr = std::fs::read_to_string(&err_path).unwrap_or_default();
    (code, stderr, usage.ru_maxrss, elapsed)
}

/// A 100 MB single line is refused after reading at most the limit: quickly,
/// and without memory growing with the line.
fn assert_refused_quickly(name: &str, head: &[u8], tail: &[u8], message: &str) {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join(name);
    write_big(&input, head, b'a', 100_000_000, tail);
    let out = dir.path().join("claims");
    let before = earlier_dataset(&out);
    let (code, stderr, rss_kib, elapsed) = build_measured(&input, &out);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains(message), "{stderr}");
    assert!(
        rss_kib < 80 * 1024,
        "peak RSS {rss_kib} KiB for a refused 100 MB line"
    );
    assert!(elapsed < Duration::from_secs(20), "took {elapsed:?}");
    assert!(files(&out) == before, "earlier dataset changed");
    eprintln!(
        "{name}: refused in {elapsed:?}, peak RSS {} MiB",
        rss_kib / 1024
    );
}

#[test]
fn hundred_megabyte_jsonl_line_is_refused_at_the_limit() {
    assert_refused_quickly(
        "big.jsonl",
        b"{\"id\":\"big\",\"text\":\"",
        b"\"}\n",
        &format!("big.jsonl:1: {LIMIT_MESSAGE}"),
    );
}

#[test]
fn hundred_megabyte_article_is_refused_at_the_limit() {
    assert_refused_quickly(
        "big.txt",
        b"A Title\n\n",
        b"\n",
        &format!("big.txt: {LIMIT_MESSAGE}"),
    );
}

#[test]
fn deeply_nested_json_is_refused_clearly() {
    let line = format!(
        "{{\"id\":\"d\",\"text\":\"Fine.\",\"meta\":{}{}}}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    refused_corpus(
        &[("deep.jsonl", line.as_bytes())],
        "deep.jsonl:1: JSON nested more than 128 levels deep",
    );
}

#[test]
fn huge_json_line_over_the_limit_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("huge.jsonl");
    let head = b"{\"id\":\"ok\",\"text\":\"Fine.\"}\n{\"id\":\"huge\",\"text\":\"";
    write_big(&input, head, b'w', MAX_DOCUMENT_BYTES, b"\"}\n");
    refused(
        &input,
        &dir.path().join("claims"),
        &format!("huge.jsonl:2: {LIMIT_MESSAGE}"),
    );
}

#[test]
fn huge_json_under_the_limit_is_read() {
    // Six megabytes of extra fields (a million-element array) beside a short text.
    let numbers: Vec<String> = (0..1_000_000).map(|i| (i % 1000).to_string()).collect();
    let line = format!(
        "{{\"id\":\"big\",\"text\":\"Russia conducted 12 strikes on Tuesday.\",\"scores\":[{}]}}\n",
        numbers.join(",")
    );
    let dir = corpus(&[("big.jsonl", line.as_bytes())]);
    let out = dir.path().join("claims");
    build(dir.path(), &[], &out)
        .success()
        .stderr(contains("built 1 documents"));
}

#[test]
fn jsonl_title_that_is_a_number_is_refused() {
    refused_corpus(
        &[(
            "w.jsonl",
            b"{\"id\":\"w\",\"title\":42,\"text\":\"Fine.\"}\n",
        )],
        "w.jsonl:1: field \"title\" must be a string, found a number",
    );
}

#[test]
fn jsonl_published_that_is_an_array_is_refused() {
    refused_corpus(
        &[(
            "w.jsonl",
            b"{\"id\":\"w\",\"text\":\"Fine.\"}\n\n{\"id\":\"v\",\"published\":[2015,11,17],\"text\":\"Fine.\"}\n",
        )],
        "w.jsonl:3: field \"published\" must be a string, found an array",
    );
}

#[test]
fn jsonl_id_that_is_an_object_is_refused() {
    refused_corpus(
        &[("w.jsonl", b"{\"id\":{\"n\":1},\"text\":\"Fine.\"}\n")],
        "w.jsonl:1: field \"id\" must be a string or a number, found an object",
    );
}

#[test]
fn jsonl_blank_id_is_refused_as_blank() {
    refused_corpus(
        &[("w.jsonl", "{\"id\":\" \u{3000}\",\"text\":\"Fine.\"}\n".as_bytes())],
        "w.jsonl:1: field \"id\" is blank (nothing visible in it): give the record an id, or leave the field out (or null) to number it",
    );
}

/// Hostile review: an id of invisible characters only (a zero-width space, a
/// right-to-left mark, a byte-order mark) was accepted, a row nobody can read.
#[test]
fn jsonl_id_of_invisible_characters_is_refused_as_blank() {
    for id in ["\u{200B}", "\u{200F}", "\u{FEFF}", " \u{2060}\u{00AD} "] {
        let record = format!("{{\"id\":\"{id}\",\"text\":\"Fine.\"}}\n");
        refused_corpus(
            &[("w.jsonl", record.as_bytes())],
            "w.jsonl:1: field \"id\" is blank (nothing visible in it)",
        );
    }
}

/// Hostile review: ids of other characters that show as nothing were accepted: the
/// Arabic letter mark, a variation selector, a Hangul filler, a tag, the blank Braille
/// pattern, a combining grapheme joiner.
#[test]
fn jsonl_id_of_other_invisible_characters_is_refused_as_blank() {
    for id in [
        "\u{061C}",
        "\u{FE0F}",
        "\u{115F}",
        "\u{3164}",
        "\u{E0001}",
        "\u{2800}",
        "\u{034F}",
        " \u{180B}\u{FFA0} ",
        "\u{FE0F}\u{FE0F}",
    ] {
        let record = format!("{{\"id\":\"{id}\",\"text\":\"Fine.\"}}\n");
        refused_corpus(
            &[("w.jsonl", record.as_bytes())],
            "w.jsonl:1: field \"id\" is blank (nothing visible in it)",
        );
    }
}

/// An emoji id keeps the variation selector that ends it, with no warning.
#[test]
fn jsonl_id_ending_in_a_variation_selector_is_kept_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("e.jsonl");
    std::fs::write(&input, "{\"id\":\"\u{2764}\u{FE0F}\",\"text\":\"Fine.\"}\n").unwrap();
    let out = claimkit().arg("sentences").arg(&input).output().unwrap();
    assert!(out.status.success());
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows = String::from_utf8(out.stdout).unwrap();
    assert!(rows.contains("\"doc_id\":\"\u{2764}\u{FE0F}\""), "{rows}");
}

#[test]
fn jsonl_line_that_is_not_json_names_the_line() {
    refused_corpus(
        &[(
            "w.jsonl",
            b"{\"id\":\"a\",\"text\":\"Fine.\"}\n{\"id\":\"b\",\"text\":\n",
        )],
        "w.jsonl:2: invalid JSON: EOF while parsing",
    );
}

#[test]
fn skip_bad_keeps_every_good_document_and_lists_every_bad_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("in");
    std::fs::create_dir(&input).expect("mkdir");
    std::fs::write(input.join("a.txt"), GOOD).expect("write");
    std::fs::write(input.join("b-nul.txt"), b"Title\n\nBody\0.\n").expect("write");
    std::fs::write(
        input.join("c-bom.txt"),
        b"\xEF\xBB\xBFTitle\r\n\r\nIran said so.\r\n",
    )
    .expect("write");
    std::fs::write(input.join("d-title-only.txt"), b"Only A Title\n").expect("write");
    // A corpus with good records around an over-long line and other bad ones.
    let mut head = Vec::new();
    head.extend_from_slice(b"{\"id\":\"e1\",\"text\":\"Russia struck 20 targets.\"}\n");
    head.extend_from_slice(b"{\"id\":\"e2\",\"title\":7,\"text\":\"Wrong title.\"}\n");
    head.extend_from_slice(format!("{{\"x\":{}}}\n", "[".repeat(1000)).as_bytes());
    head.extend_from_slice(b"{\"id\":\"a\",\"text\":\"Duplicate of a.txt.\"}\n");
    head.extend_from_slice(b"{\"id\":\"e5\",\"text\":\"");
    let tail = b"\"}\n{\"id\":\"e6\",\"text\":\"Officials said 12 died.\"}\n\n{\"id\":\"e8\",\"text\":\"Last one.\"}";
    let corpus_path = input.join("e.jsonl");
    write_big(&corpus_path, &head, b'z', MAX_DOCUMENT_BYTES + 5, tail);

    let out = dir.path().join("claims");
    build(&input, &["--skip-bad"], &out)
        .success()
        .stderr(contains("6 skipped"));
    let m = manifest(&out);
    assert_eq!(m["documents"], 5, "{m}");
    let skipped: Vec<(String, Option<u64>, String)> = m["skipped"]
        .as_array()
        .expect("skipped")
        .iter()
        .map(|s| {
            let file = s["file"].as_str().unwrap_or_default();
            let file = Path::new(file).file_name().unwrap().to_string_lossy();
            let reason = s["reason"].as_str().unwrap_or_default().to_string();
            (file.into_owned(), s["line"].as_u64(), reason)
        })
        .collect();
    let expected = [
        ("b-nul.txt", None, "NUL byte at offset 11"),
        ("d-title-only.txt", None, "title but no body"),
        ("e.jsonl", Some(2), "field \"title\" must be a string"),
        ("e.jsonl", Some(3), "JSON nested more than 128 levels deep"),
        ("e.jsonl", Some(4), "duplicate document id \"a\""),
        ("e.jsonl", Some(5), LIMIT_MESSAGE),
    ];
    assert_eq!(skipped.len(), expected.len(), "{skipped:?}");
    for ((file, line, reason), (want_file, want_line, want_reason)) in skipped.iter().zip(expected)
    {
        assert_eq!((file.as_str(), *line), (want_file, want_line), "{reason}");
        assert!(reason.contains(want_reason), "{reason}");
    }
    let docs = std::fs::read_to_string(out.join("documents.csv")).expect("documents");
    let ids: Vec<&str> = docs
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .filter(|id| ["a", "c-bom", "e1", "e6", "e8"].contains(id))
        .collect();
    assert_eq!(ids, ["a", "c-bom", "e1", "e6", "e8"]);
    // The manifest digests the whole file, over-long line included.
    let inputs = m["inputs"].as_array().expect("inputs");
    let e = inputs
        .iter()
        .find(|i| i["path"].as_str().is_some_and(|p| p.ends_with("e.jsonl")))
        .expect("e.jsonl in inputs");
    let bytes = std::fs::read(&corpus_path).expect("read");
    assert_eq!(e["bytes"], bytes.len() as u64);
    assert_eq!(e["documents"], 3);
    use sha2::Digest;
    let digest: String = sha2::Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(e["sha256"], digest.as_str());
}

// ------------------------------------------------------------ crash safety

#[test]
fn build_killed_part_way_leaves_the_previous_dataset_intact() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("many.jsonl");
    synthetic_corpus(&input, 3_000);
    let out = dir.path().join("claims");
    let before = earlier_dataset(&out);

    let mut child = Command::new(env!("CARGO_BIN_EXE_claimkit"))
        .arg("build")
        .arg(&input)
        .args(["--jobs", "1", "--out"])
        .arg(&out)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn claimkit");
    // Wait until the build has written some rows into its temporary directory.
    let deadline = Instant::now() + Duration::from_secs(60);
    let tmp = loop {
        assert!(
            child.try_wait().expect("try_wait").is_none(),
            "the build finished before it could be killed: make the corpus bigger"
        );
        let written = leftovers(&out).into_iter().find(|name| {
            let csv = dir.path().join(name).join("sentences.csv");
            std::fs::metadata(csv).is_ok_and(|m| m.len() > 4096)
        });
        if let Some(name) = written {
            break name;
        }
        assert!(Instant::now() < deadline, "no rows written within 60 s");
        std::thread::sleep(Duration::from_millis(20));
    };
    child.kill().expect("SIGKILL");
    let status = child.wait().expect("wait");
    assert!(!status.success(), "the build was not killed: {status:?}");
    assert!(
        files(&out) == before,
        "the previous dataset changed after a killed build"
    );
    assert!(leftovers(&out).contains(&tmp), "the kill left no trace");

    // The next build removes the stale temporary directory.
    let good = corpus(&[("good.txt", GOOD)]);
    build(good.path(), &[], &out).success();
    assert_eq!(leftovers(&out), Vec::<String>::new());
    assert!(out.join("manifest.json").is_file());
}

// ------------------------------------------------------------- determinism

#[test]
fn reuters_slice_is_byte_identical_for_any_jobs_and_across_runs() {
    let Some(reuters) = shared("eval/news_reuters21578/reuters21578.jsonl") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let slice = dir.path().join("reuters-2000.jsonl");
    let text = std::fs::read_to_string(&reuters).expect("read reuters");
    let lines: Vec<&str> = text.lines().take(2_000).collect();
    std::fs::write(&slice, lines.join("\n") + "\n").expect("write slice");
    let build_slice = |jobs: &str, name: &str| -> PathBuf {
        let out = dir.path().join(name);
        build(&slice, &["--skip-bad", "--jobs", jobs], &out).success();
        out
    };
    let one = files(&build_slice("1", "jobs1"));
    let two = files(&build_slice("2", "jobs2"));
    let again = files(&build_slice("2", "jobs2-again"));
    assert!(one.len() >= 16, "{} files", one.len());
    let names = |fs: &[(String, Vec<u8>)]| fs.iter().map(|f| f.0.clone()).collect::<Vec<_>>();
    assert_eq!(names(&one), names(&two));
    assert_eq!(names(&two), names(&again));
    for ((name, a), ((_, b), (_, c))) in one.iter().zip(two.iter().zip(&again)) {
        assert!(a == b, "{name} differs between --jobs 1 and --jobs 2");
        assert!(b == c, "{name} differs between two runs");
    }
}

// ------------------------------------------------------------- regressions

/// Read `bytes` as an article and as JSON Lines, then run every stage on what
/// was read and on the bytes as raw body text, checking the invariants; used
/// for every file in `tests/regressions/`.
fn survives(name: &str, bytes: &[u8]) {
    let mut docs: Vec<Document> = ["regression.txt", "regression.jsonl"]
        .iter()
        .flat_map(|as_file| read_documents(Path::new(as_file), bytes))
        .filter_map(Result::ok)
        .map(|l| l.document)
        .collect();
    docs.push(Document::from_body(name, &String::from_utf8_lossy(bytes)));
    for doc in &docs {
        check_invariants(doc);
    }
}

#[test]
fn fuzz_regressions_stay_fixed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut n = 0;
    for entry in entries.filter_map(|e| e.ok()) {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "md") {
            continue;
        }
        let bytes = std::fs::read(&path).expect("read regression input");
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        survives(&name, &bytes);
        n += 1;
    }
    eprintln!("{n} regression inputs");
}

// ------------------------------------------------------ any-input properties

fn assert_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} out of bounds"
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} not on char boundaries"
    );
}

/// Every stage on `doc`: spans in bounds and on char boundaries; sentences
/// sorted and non-overlapping; quantities and times sorted; rows pushed.
fn check_invariants(doc: &Document) {
    let text = doc.text.as_str();
    let analysis = claimkit::analyze(doc);
    let mut last_end = 0;
    for s in &analysis.sentences {
        assert_span(text, s.span, "sentence");
        assert!(
            s.span.start >= last_end,
            "sentences overlap at {:?}",
            s.span
        );
        last_end = s.span.end;
    }
    for (what, spans) in [
        (
            "quantity",
            analysis
                .quantities
                .iter()
                .map(|q| q.span)
                .collect::<Vec<_>>(),
        ),
        ("time", analysis.times.iter().map(|t| t.span).collect()),
        ("claim", analysis.claims.iter().map(|c| c.span).collect()),
    ] {
        for pair in spans.windows(2) {
            assert!(
                pair[0].start <= pair[1].start,
                "{what}s not sorted: {pair:?}"
            );
        }
        for span in spans {
            assert_span(text, span, what);
        }
    }
    for a in &analysis.attributions {
        assert!(a.sentence < analysis.sentences.len());
        assert_span(text, a.content, "attribution content");
        a.source
            .into_iter()
            .for_each(|s| assert_span(text, s, "source"));
        a.cue.into_iter().for_each(|s| assert_span(text, s, "cue"));
    }
    let mut tables = Tables::default();
    tables.push(doc, &analysis);
}

/// Text made of news pieces, odd white space and odd characters.
fn mixed_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "U.S.",
        "said",
        "12",
        "20",
        "between",
        "and",
        "strikes",
        "Tuesday",
        "last month",
        "Mr.",
        "he",
        "“",
        "”",
        "\"",
        "'",
        "—",
        "-",
        "(",
        ")",
        ".",
        "?!",
        "...",
        "\n",
        "\n\n",
        "\r\n",
        "\t",
        "\u{a0}",
        "\u{2028}",
        "\u{feff}",
        "1,200",
        "3.5%",
        "$1.5 billion",
        "Nov. 17, 2015",
        "2015-11-17",
        "1980s",
        "a third",
        "according to",
        "é",
        "€",
        "𝄞",
        "e\u{301}",
        "١٢",
        "%",
        "$",
        "½",
        "",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

/// One line of an article: news English, non-Latin scripts, emoji and
/// combining marks at its start, middle and end, datelines and bylines.
fn article_line() -> impl Strategy<Value = String> {
    let starts = prop::sample::select(vec![
        "",
        "By ",
        "Бy ",
        "Привет",
        "Γεια",
        "مرحبا",
        "שלום",
        "😀😀",
        "北京",
        "e\u{301}",
        "\u{feff}",
        "Updated ",
        "Nov. 17, 2015",
        "Feb. 30, 2015",
        "31/02/2015",
        "0000-01-01",
        "- ",
        "1. ",
        "“",
        "\t",
        " ",
    ]);
    (
        starts,
        mixed_text(),
        prop::sample::select(vec!["", ".", "😀", "ж", "”", ":"]),
    )
        .prop_map(|(a, b, c)| format!("{a}{b}{c}"))
}

/// A multi-line article whose lines (title, byline, dateline, body) may each
/// be non-ASCII in any position, with any line ends.
fn multiline_article() -> impl Strategy<Value = String> {
    let ends = prop::sample::select(vec!["\n", "\r\n", "\r", "\n\n", "\n \n"]);
    prop::collection::vec((article_line(), ends), 1..12).prop_map(|lines| {
        lines
            .into_iter()
            .map(|(line, end)| line + end)
            .collect::<String>()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Issue 16: a second line opening with two 2-byte characters panicked
    /// the reader; every stage must hold on such articles.
    #[test]
    fn multiline_articles_with_non_ascii_lines_anywhere_keep_every_invariant(
        article in multiline_article(),
    ) {
        for as_file in ["p.txt", "p.jsonl"] {
            for loaded in read_documents(Path::new(as_file), article.as_bytes()).flatten() {
                check_invariants(&loaded.document);
            }
        }
        let record = serde_json::json!({"id": "p", "title": article, "text": article});
        for loaded in parse_jsonl("p.jsonl", record.to_string().as_bytes()).into_iter().flatten() {
            check_invariants(&loaded.document);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn streaming_reader_matches_in_memory_on_any_bytes(
        b in prop::collection::vec(any::<u8>(), 0..600),
        capacity in 1usize..16,
    ) {
        // A tiny buffer makes every line cross buffer boundaries.
        let reader = std::io::BufReader::with_capacity(capacity, &b[..]);
        let streamed: Vec<String> = JsonlRecords::new("p.jsonl", reader)
            .map(|r| r.map(|l| l.document.text).unwrap_or_else(|e| e.to_string()))
            .collect();
        let whole: Vec<String> = parse_jsonl("p.jsonl", &b)
            .into_iter()
            .map(|r| r.map(|l| l.document.text).unwrap_or_else(|e| e.to_string()))
            .collect();
        prop_assert_eq!(streamed, whole);
        let _ = read_documents(Path::new("p.txt"), &b[..]).count();
    }

    #[test]
    fn readers_never_panic_on_jsonl_shaped_bytes(
        s in mixed_text(),
        title in prop::option::of(any::<i64>()),
        junk in prop::collection::vec(any::<u8>(), 0..20),
    ) {
        let mut record = serde_json::json!({"id": "p", "text": s});
        if let Some(t) = title {
            record["title"] = serde_json::json!(t);
        }
        let mut bytes = record.to_string().into_bytes();
        bytes.push(b'\n');
        bytes.extend_from_slice(&junk);
        for result in parse_jsonl("p.jsonl", &bytes) {
            if let Err(e) = result {
                prop_assert!(e.to_string().starts_with("p.jsonl"));
            }
        }
    }

    #[test]
    fn every_stage_keeps_its_invariants_on_mixed_text(s in mixed_text()) {
        check_invariants(&Document::from_body("p", &s));
        let mut doc = Document::from_body("p", &s);
        doc.published = Date::new(2015, 11, 17).ok();
        check_invariants(&doc);
    }

    #[test]
    fn every_stage_keeps_its_invariants_on_any_text(s in any::<String>()) {
        check_invariants(&Document::from_body("p", &s));
    }
}
