//! Bad input: NUL bytes, BOMs and CR line ends, documents over the size limit, JSON
//! of the wrong shape, ids that show nothing; each refused with its file and line,
//! or read, and `--skip-bad` keeping every good document.

use super::*;

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
