//! Crashes and hangs: panics on odd text, `/dev/zero`, FIFOs, out-of-range options.

use super::*;

/// Issue 16: `is_byline` sliced `line[..3]` inside a two-byte letter, so any
/// `.txt` whose second line opened with Cyrillic (Greek, Arabic, Hebrew, an
/// emoji) panicked in every command.
#[test]
fn cyrillic_second_line_does_not_panic() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (lang, second) in [
        ("ru", "Привет мир"),
        ("el", "Γεια σου κόσμε"),
        ("ar", "مرحبا بالعالم"),
        ("he", "שלום עולם"),
        ("emoji", "😀😀 hi"),
        ("by", "Бy Иван"),
    ] {
        let file = dir.path().join(format!("{lang}.txt"));
        std::fs::write(&file, format!("Заголовок\n{second}\nТекст статьи.\n")).expect("write");
        let out = dir.path().join(format!("{lang}-claims"));
        build(&file, &[], &out).expect(0, &["built 1 documents"]);
        assert_eq!(column(&out, "documents", "doc_id"), [lang]);
        build(&file, &["--skip-bad"], &out).expect(0, &["built 1 documents"]);
        for command in ["sentences", "claims", "quantities", "times", "attributions"] {
            let ran = ck([OsStr::new(command), file.as_os_str()]).run();
            ran.expect(0, &[]);
            if command == "sentences" {
                assert!(
                    ran.stdout.contains("Текст статьи."),
                    "{lang}: {}",
                    ran.stdout
                );
            }
            ck([command]).stdin(&file).run().expect(0, &[]);
        }
        let report = dir.path().join(format!("{lang}.html"));
        ck([OsStr::new("report"), file.as_os_str()])
            .args(["--out".as_ref(), report.as_os_str()])
            .run()
            .expect(0, &["report of 1 documents"]);
    }
}

/// Issue 16: `build /dev/zero --skip-bad` (or a `*.jsonl` symlink to it in a
/// folder) skipped the device and then hashed it forever.
#[test]
fn dev_zero_with_skip_bad_ends() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("claims");
    let ran = build(Path::new("/dev/zero"), &["--skip-bad"], &out);
    ran.expect(
        1,
        &[
            "/dev/zero: not a regular file (a character device)",
            "no good documents",
        ],
    );
    assert!(ran.elapsed < Duration::from_secs(10), "{:?}", ran.elapsed);
    assert!(!out.exists());

    let input = dir.path().join("in");
    std::fs::create_dir(&input).expect("mkdir");
    std::fs::write(input.join("good.txt"), GOOD).expect("write");
    std::os::unix::fs::symlink("/dev/zero", input.join("zero.jsonl")).expect("symlink");
    build(&input, &[], &out).expect(1, &["zero.jsonl: not a regular file"]);
    let ran = build(&input, &["--skip-bad"], &out);
    ran.expect(0, &["built 1 documents", "1 skipped"]);
    assert!(ran.elapsed < Duration::from_secs(10), "{:?}", ran.elapsed);
    let skipped = skipped(&out);
    assert_eq!(skipped.len(), 1, "{skipped:?}");
    assert_eq!(skipped[0].0, "zero.jsonl");
    assert!(skipped[0].1.contains("not a regular file"), "{skipped:?}");
}

/// Issue 16: a FIFO named `pipe.txt` in an input folder was opened, and the
/// build blocked forever waiting for a writer.
#[test]
fn fifo_in_input_folder_is_skipped_not_opened() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("in");
    std::fs::create_dir(&input).expect("mkdir");
    std::fs::write(input.join("good.txt"), GOOD).expect("write");
    mkfifo(&input.join("pipe.txt"));
    let out = dir.path().join("claims");
    refused(
        &input,
        &[],
        &out,
        &["pipe.txt: not a regular file (a FIFO)"],
    );
    build(&input, &["--skip-bad"], &out).expect(0, &["built 1 documents", "1 skipped"]);
    assert_eq!(skipped(&out)[0].0, "pipe.txt");
    // The FIFO given directly, and the report, are refused the same way.
    build(&input.join("pipe.txt"), &[], &dir.path().join("other"))
        .expect(1, &["not a regular file (a FIFO)"]);
    ck([
        OsStr::new("report"),
        input.as_os_str(),
        "--skip-bad".as_ref(),
    ])
    .args(["--out".as_ref(), dir.path().join("r.html").as_os_str()])
    .run()
    .expect(0, &["pipe.txt: not a regular file (a FIFO)"]);
}

/// Issue 16: `--jobs 18446744073709551615` was accepted (20,000 never ended).
#[test]
fn jobs_out_of_range_is_a_usage_error() {
    let dir = corpus(&[("good.txt", GOOD)]);
    let out = dir.path().join("claims");
    for jobs in ["18446744073709551615", "0", "257", "-1"] {
        let ran = build(dir.path(), &[&format!("--jobs={jobs}")], &out);
        ran.expect(2, &["--jobs"]);
        assert!(!out.exists(), "--jobs {jobs} wrote a dataset");
    }
    build(dir.path(), &["--jobs", "256"], &out).expect(0, &["built 1 documents"]);
}

/// Issue 16: inspection commands read without a limit (`sentences /dev/zero`
/// reached 15.7 GB), stdin read 200 MB before refusing, `--raw` bypassed it.
#[test]
fn inspection_reads_at_most_the_document_limit() {
    let ran = ck(["sentences", "/dev/zero"]).run();
    ran.expect(1, &["/dev/zero: document larger than the", LIMIT]);
    assert!(ran.elapsed < Duration::from_secs(10), "{:?}", ran.elapsed);

    let dir = tempfile::tempdir().expect("tempdir");
    let big = dir.path().join("big.txt");
    write_big(&big, b"", b'a', 17 << 20, b"");
    for args in [
        &["sentences"][..],
        &["claims", "--raw"],
        &["sentences", "-"],
    ] {
        let ran = ck(args).stdin(&big).run();
        ran.expect(1, &["stdin: document larger than the", LIMIT]);
        assert!(ran.elapsed < Duration::from_secs(10), "{:?}", ran.elapsed);
    }
    for command in ["sentences", "claims"] {
        ck([OsStr::new(command), "--raw".as_ref(), big.as_os_str()])
            .run()
            .expect(1, &["big.txt: document larger than the", LIMIT]);
    }
}
