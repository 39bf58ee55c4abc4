//! Smaller defects: spreadsheet formulas, escapes in file names, unreadable files,
//! ids of odd file names, line ends, impossible dates, sniffed standard input.

use super::*;

/// Issue 16: CSV cells starting with `= + - @` were written as-is and
/// spreadsheets ran them. CSV stays exact by default; `--excel-safe`
/// prefixes such cells with `'` in CSV only.
#[test]
fn excel_safe_prefixes_formula_cells_and_default_stays_exact() {
    let title = "=HYPERLINK(\"http://x\",\"y\")";
    let text = "-5% growth was reported. Officials said 12 soldiers died on Tuesday.";
    let record =
        serde_json::json!({"id": "f", "title": title, "published": "2015-11-17", "text": text});
    let dir = corpus(&[("f.jsonl", &jsonl(&[record]))]);
    let (exact, safe) = (dir.path().join("exact"), dir.path().join("safe"));
    build(&dir.path().join("f.jsonl"), &[], &exact).expect(0, &[]);
    build(&dir.path().join("f.jsonl"), &["--excel-safe"], &safe).expect(0, &[]);

    assert_eq!(column(&exact, "documents", "title"), [title]);
    assert_eq!(column(&exact, "documents", "text"), [text]);
    assert_eq!(
        column(&exact, "sentences", "text")[0],
        "-5% growth was reported."
    );
    assert_eq!(column(&safe, "documents", "title"), [format!("'{title}")]);
    assert_eq!(column(&safe, "documents", "text"), [format!("'{text}")]);
    assert_eq!(
        column(&safe, "sentences", "text")[0],
        "'-5% growth was reported."
    );
    assert_eq!(
        column(&safe, "sentences", "text")[1],
        "Officials said 12 soldiers died on Tuesday."
    );
    assert_eq!(manifest(&exact)["options"]["excel_safe"], false);
    assert_eq!(manifest(&safe)["options"]["excel_safe"], true);
    let parquet: Vec<_> = files(&exact)
        .into_iter()
        .filter(|(n, _)| n.ends_with(".parquet"))
        .collect();
    assert_eq!(parquet.len(), 7);
    for (name, bytes) in parquet {
        assert!(
            std::fs::read(safe.join(&name)).expect("parquet") == bytes,
            "{name} differs with --excel-safe"
        );
    }
    let card = std::fs::read_to_string(exact.join("README.md")).expect("card");
    assert!(
        card.contains("--excel-safe"),
        "the data card does not mention --excel-safe"
    );
}

/// Issue 16: NUL was refused in `text` but accepted in JSONL `title` and `id`.
#[test]
fn nul_in_jsonl_title_and_id_is_refused() {
    for (field, line) in [
        (
            "title",
            "{\"id\":\"a\",\"title\":\"x\\u0000y\",\"text\":\"Fine.\"}",
        ),
        ("id", "{\"id\":\"a\\u0000b\",\"text\":\"Fine.\"}"),
        (
            "published",
            "{\"id\":\"a\",\"published\":\"2015\\u0000\",\"text\":\"Fine.\"}",
        ),
        (
            "dateline",
            "{\"id\":\"a\",\"dateline\":\"x\\u0000\",\"text\":\"Fine.\"}",
        ),
    ] {
        let body = format!("{{\"id\":\"ok\",\"text\":\"Fine.\"}}\n{line}\n");
        let dir = corpus(&[("n.jsonl", body.as_bytes())]);
        let out = dir.path().join("claims");
        refused(
            &dir.path().join("n.jsonl"),
            &[],
            &out,
            &[&format!("n.jsonl:2: NUL character in field \"{field}\"")],
        );
    }
}

/// Issue 16: file names with terminal escapes were printed raw.
#[test]
fn file_names_with_terminal_escapes_are_printed_escaped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("in");
    std::fs::create_dir(&input).expect("mkdir");
    std::fs::write(input.join("a\x1b[31mred.txt"), b"").expect("write");
    std::fs::write(input.join("b\x1b]0;owned\x07.txt"), b"Title\n\nBody\0\n").expect("write");
    let out = dir.path().join("claims");
    let ran = build(&input, &[], &out);
    ran.expect(1, &["a\\u{1b}[31mred.txt: empty file"]);
    assert!(
        !ran.stderr_bytes.contains(&0x1b),
        "raw ESC on stderr: {:?}",
        ran.stderr
    );
    let ran = build(&input, &["--skip-bad"], &out);
    ran.expect(1, &["a\\u{1b}[31mred.txt", "b\\u{1b}]0;owned\\u{7}.txt"]);
    assert!(
        !ran.stderr_bytes.iter().any(|b| *b == 0x1b || *b == 0x07),
        "{:?}",
        ran.stderr
    );
    // The inspection commands and the report name it the same way.
    let file = input.join("a\x1b[31mred.txt");
    let ran = ck([OsStr::new("sentences"), file.as_os_str()]).run();
    ran.expect(1, &["a\\u{1b}[31mred.txt"]);
    assert!(!ran.stderr_bytes.contains(&0x1b));
    let ran = ck([OsStr::new("report"), input.as_os_str()])
        .args(["--out".as_ref(), dir.path().join("r.html").as_os_str()])
        .run();
    ran.expect(1, &["a\\u{1b}[31mred.txt"]);
    assert!(!ran.stderr_bytes.contains(&0x1b));
}

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}

/// Issue 16: unreadable files and symlink loops stopped `build --skip-bad`
/// (they should be skipped and listed, as `report --skip-bad` does).
#[test]
fn unreadable_files_and_symlink_loops_are_skipped_with_skip_bad() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("in");
    std::fs::create_dir(&input).expect("mkdir");
    std::fs::write(input.join("good.txt"), GOOD).expect("write");
    std::os::unix::fs::symlink("loop.txt", input.join("loop.txt")).expect("symlink");
    std::os::unix::fs::symlink("nowhere.txt", input.join("dangling.txt")).expect("symlink");
    let locked = input.join("locked.txt");
    std::fs::write(&locked, GOOD).expect("write");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    let locked_dir = input.join("locked-dir");
    std::fs::create_dir(&locked_dir).expect("mkdir");
    std::fs::write(locked_dir.join("x.txt"), GOOD).expect("write");
    std::fs::set_permissions(&locked_dir, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    // Root reads mode 000 anyway: only the links are bad then.
    let unreadable = !is_root();
    if !unreadable {
        eprintln!("running as root: mode 000 files are readable, that part is not checked");
    }

    let out = dir.path().join("claims");
    let ran = build(&input, &[], &out);
    ran.expect(1, &["cannot read"]);
    assert!(
        ran.stderr.contains("dangling.txt: cannot read")
            || ran.stderr.contains("locked-dir: cannot read"),
        "{}",
        ran.stderr
    );
    let ran = build(&input, &["--skip-bad"], &out);
    ran.expect(0, &["loop.txt: cannot read", "dangling.txt: cannot read"]);
    let names: Vec<String> = skipped(&out).into_iter().map(|s| s.0).collect();
    assert!(names.contains(&"loop.txt".to_string()), "{names:?}");
    assert!(names.contains(&"dangling.txt".to_string()), "{names:?}");
    if unreadable {
        assert!(names.contains(&"locked.txt".to_string()), "{names:?}");
        assert!(names.contains(&"locked-dir".to_string()), "{names:?}");
        assert_eq!(manifest(&out)["documents"], 1);
    } else {
        assert_eq!(manifest(&out)["documents"], 3);
    }
    // The loop given directly.
    build(&input.join("loop.txt"), &[], &dir.path().join("o2")).expect(1, &["loop.txt"]);
    std::fs::set_permissions(&locked_dir, std::fs::Permissions::from_mode(0o755)).expect("chmod");
}

/// Issue 16: records without ids in `2015/news.jsonl` and `2016/news.jsonl`
/// both became `news-1…` (a duplicate id).
#[test]
fn same_file_name_in_two_folders_gets_two_ids() {
    let record = b"{\"title\":\"T\",\"text\":\"Officials said 12 soldiers died on Tuesday.\"}\n";
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("corpus");
    for year in ["2015", "2016"] {
        std::fs::create_dir_all(input.join(year)).expect("mkdir");
        std::fs::write(input.join(year).join("news.jsonl"), record).expect("write");
    }
    std::fs::write(input.join("2016/seed.txt"), GOOD).expect("write");
    let out = dir.path().join("claims");
    build(&input, &[], &out).expect(0, &["built 3 documents"]);
    assert_eq!(
        column(&out, "documents", "doc_id"),
        ["2015/news-1", "2016/news-1", "2016/seed"]
    );
    assert_eq!(
        column(&out, "sentences", "sentence_id")[0],
        "2015/news-1:s1"
    );
    // Ids are stable: the same files under a new root give the same ids.
    let moved = dir.path().join("moved");
    std::fs::rename(&input, &moved).expect("rename");
    let out2 = dir.path().join("claims2");
    build(&moved, &[], &out2).expect(0, &[]);
    assert_eq!(
        column(&out2, "documents", "doc_id"),
        column(&out, "documents", "doc_id")
    );
    // A flat folder keeps plain stems; a file given directly, its own name.
    let flat = corpus(&[("a.txt", GOOD), ("b.jsonl", record)]);
    build(flat.path(), &[], &out).expect(0, &[]);
    assert_eq!(column(&out, "documents", "doc_id"), ["a", "b-1"]);
    build(&moved.join("2015/news.jsonl"), &[], &out).expect(0, &[]);
    assert_eq!(column(&out, "documents", "doc_id"), ["news-1"]);
}

/// Issue 16: every non-UTF-8 file name became the id `article`.
#[test]
fn non_utf8_file_names_get_distinct_ids() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("in");
    std::fs::create_dir(&input).expect("mkdir");
    for name in [&b"caf\xe9.txt"[..], b"caf\xe8.txt"] {
        std::fs::write(input.join(OsStr::from_bytes(name)), GOOD).expect("write");
    }
    let out = dir.path().join("claims");
    build(&input, &[], &out).expect(0, &["built 2 documents"]);
    let ids = column(&out, "documents", "doc_id");
    assert_eq!(ids, ["caf\\xE8", "caf\\xE9"]);
    assert!(ids.iter().all(|id| id != "article"));
}

/// Issue 16: numeric ids above 2^53 collided and `1.10` became `1.1`.
#[test]
fn numeric_ids_keep_their_digits() {
    let body = "{\"id\":9007199254740993,\"text\":\"Officials said 12 died.\"}\n\
                {\"id\":9007199254740992,\"text\":\"Officials said 13 died.\"}\n\
                {\"id\":1.10,\"text\":\"Officials said 14 died.\"}\n\
                {\"id\":1.1,\"text\":\"Officials said 15 died.\"}\n\
                {\"id\":1e3,\"text\":\"Officials said 16 died.\"}\n\
                {\"id\":-0,\"text\":\"Officials said 17 died.\"}\n\
                {\"id\":0,\"text\":\"Officials said 18 died.\"}\n";
    let dir = corpus(&[("n.jsonl", body.as_bytes())]);
    let out = dir.path().join("claims");
    build(&dir.path().join("n.jsonl"), &[], &out).expect(0, &["built 7 documents"]);
    assert_eq!(
        column(&out, "documents", "doc_id"),
        [
            "9007199254740993",
            "9007199254740992",
            "1.10",
            "1.1",
            "1e3",
            "-0",
            "0"
        ]
    );
    // The same id twice, as written, is still a duplicate.
    let dup = corpus(&[(
        "d.jsonl",
        b"{\"id\":1.10,\"text\":\"A.\"}\n{\"id\":\"1.10\",\"text\":\"B.\"}\n",
    )]);
    build(&dup.path().join("d.jsonl"), &[], &dup.path().join("o"))
        .expect(1, &["d.jsonl:2: duplicate document id \"1.10\""]);
}

/// Hostile review: `" x "` and `"x"` were two documents whose ids look the same.
/// An id is read without white space or invisible characters around it, with a
/// warning, so the two are one id twice.
#[test]
fn ids_are_read_without_white_space_around_them() {
    let dup = corpus(&[(
        "d.jsonl",
        "{\"id\":\" x \",\"text\":\"A.\"}\n{\"id\":\"x\u{200B}\",\"text\":\"B.\"}\n".as_bytes(),
    )]);
    build(&dup.path().join("d.jsonl"), &[], &dup.path().join("o")).expect(
        1,
        &[
            "d.jsonl:1: id \" x \" has white space or invisible characters around it: read as \"x\"",
            "d.jsonl:2: duplicate document id \"x\"",
        ],
    );
}

/// Issue 16: CR-only line ends read as "title but no body".
#[test]
fn cr_only_line_ends_read_as_lines() {
    let dir = corpus(&[(
        "mac.txt",
        b"Title\rNov. 17, 2015\r\rRussia struck on Tuesday.\r",
    )]);
    let out = dir.path().join("claims");
    build(&dir.path().join("mac.txt"), &[], &out).expect(0, &["built 1 documents"]);
    let doc = table(&out, "documents").remove(0);
    assert_eq!(doc["title"], "Title");
    assert_eq!(doc["published"], "2015-11-17");
    assert_eq!(doc["dateline"], "Nov. 17, 2015");
    assert_eq!(doc["text"], "Russia struck on Tuesday.");
    let ran = ck(["sentences", "-"])
        .stdin(&dir.path().join("mac.txt"))
        .run();
    ran.expect(0, &[]);
    assert!(
        ran.stdout
            .contains("\"text\":\"Russia struck on Tuesday.\""),
        "{}",
        ran.stdout
    );
}

/// Issue 16: `Feb. 30, 2015` became body text with only "no dateline";
/// `31/02/2015` became February; `published` `0000-01-01` gave dates in
/// year −9999.
#[test]
fn impossible_dates_are_refused_with_a_reason() {
    let dir = corpus(&[
        ("a.txt", b"Title\nFeb. 30, 2015\n\nRussia struck on Tuesday.\n"),
        ("b.txt", b"Title\n31/02/2015\n\nRussia struck on Tuesday.\n"),
        (
            "c.jsonl",
            b"{\"id\":\"j\",\"published\":\"0000-01-01\",\"text\":\"Russia struck on Tuesday, officials said.\"}\n",
        ),
    ]);
    let out = dir.path().join("claims");
    build(dir.path(), &[], &out).expect(
        0,
        &[
            "a.txt: dateline \"Feb. 30, 2015\" is no date (2015-02 has no day 30)",
            "b.txt: dateline \"31/02/2015\" is no date (2015-02 has no day 31)",
            "c.jsonl:1: published date \"0000-01-01\" is no date (year 0 is outside",
        ],
    );
    let docs = table(&out, "documents");
    for (doc, dateline) in docs.iter().zip(["Feb. 30, 2015", "31/02/2015"]) {
        assert_eq!(doc["published"], "", "{doc:?}");
        assert_eq!(doc["dateline"], dateline);
        assert_eq!(doc["text"], "Russia struck on Tuesday.");
    }
    assert_eq!(docs[2]["published"], "");
    // No date was resolved against a publication date that does not exist.
    for row in table(&out, "times") {
        for col in ["start_date", "end_date"] {
            let v = row.get(col).cloned().unwrap_or_default();
            assert!(v.is_empty() || v.starts_with("20"), "{col} {v} in {row:?}");
        }
    }
    let warnings = manifest(&out)["warnings"].to_string();
    assert!(warnings.contains("has no day 30"), "{warnings}");
    assert!(warnings.contains("year 0 is outside"), "{warnings}");

    let a = dir.path().join("a.txt");
    for bad in ["0000-01-01", "2015-02-30", "2015-13-01"] {
        ck([
            OsStr::new("times"),
            "--published".as_ref(),
            bad.as_ref(),
            a.as_os_str(),
        ])
        .run()
        .expect(2, &["is no publication date"]);
    }
    let ran = ck([OsStr::new("times"), a.as_os_str()]).run();
    ran.expect(0, &["has no day 30"]);
}

/// Issue 16: stdin was always read as `.txt`.
#[test]
fn stdin_jsonl_is_sniffed() {
    let records = jsonl(&[
        serde_json::json!({"id": "r1", "text": "Officials said 12 soldiers died on Tuesday."}),
        serde_json::json!({"id": "r2", "text": "Russia struck twice."}),
    ]);
    let dir = corpus(&[("x.jsonl", &records), ("x.txt", &records)]);
    let doc_ids = |ran: &Ran| -> Vec<String> {
        ran.stdout
            .lines()
            .map(|l| {
                let v: Value = serde_json::from_str(l).expect("JSON line");
                v["doc_id"].as_str().unwrap_or_default().to_string()
            })
            .collect()
    };
    let jsonl_in = dir.path().join("x.jsonl");
    let ran = ck(["sentences"]).stdin(&jsonl_in).run();
    ran.expect(0, &[]);
    assert_eq!(doc_ids(&ran), ["r1", "r2"]);
    let ran = ck(["claims", "--format", "jsonl"]).stdin(&jsonl_in).run();
    ran.expect(0, &[]);
    assert_eq!(doc_ids(&ran), ["r1", "r2"]);
    // Forced as an article: the first line is the title.
    let ran = ck(["sentences", "--format", "txt"]).stdin(&jsonl_in).run();
    ran.expect(0, &[]);
    assert_eq!(doc_ids(&ran), ["stdin"]);
    assert!(ran.stdout.contains("Russia struck twice."));
    // A file named .txt holding JSON Lines, forced as JSONL.
    let ran = ck([
        OsStr::new("sentences"),
        "--format".as_ref(),
        "jsonl".as_ref(),
    ])
    .args([dir.path().join("x.txt")])
    .run();
    ran.expect(0, &[]);
    assert_eq!(doc_ids(&ran), ["r1", "r2"]);
    // Plain text on stdin is still an article.
    let ran = ck(["sentences"]).stdin(Path::new(harness::SEED)).run();
    ran.expect(0, &[]);
    assert!(doc_ids(&ran).iter().all(|id| id == "stdin"));
}
