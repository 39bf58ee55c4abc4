//! Bugs found by trying to break the fixes of this issue, each fixed since.

use super::*;

/// A file put into the dataset folder while a build runs (a notebook saved
/// there) is deleted when the build swaps its new dataset in: the folder is
/// checked for foreign files only when the build starts.
#[test]
fn file_put_into_the_dataset_during_a_build_is_not_deleted() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("many.jsonl");
    synthetic_corpus(&input, 3_000);
    let out = dir.path().join("claims");
    earlier_dataset(&out);
    // Wait until the build is writing rows into its temporary directory.
    let mut running = build_in_background(&input, &out, |tmp| {
        std::fs::metadata(tmp.join("dataset/sentences.csv")).is_ok_and(|m| m.len() > 4096)
    });
    let notebook = b"{\"cells\": [\"a day of work\"]}";
    std::fs::write(out.join("notes.ipynb"), notebook).expect("write");
    assert!(
        running.is_running(),
        "the build ended before the notebook was saved"
    );
    let ran = running.finish();
    assert_eq!(
        std::fs::read(out.join("notes.ipynb")).ok().as_deref(),
        Some(&notebook[..]),
        "the notebook saved into the dataset during the build is gone (build exit {}: {})",
        ran.code,
        ran.stderr.trim()
    );
}

/// A directory whose name the manifest lists as a file (`README.md/`) is
/// deleted with everything in it: only names are compared, not file types.
#[test]
fn a_folder_named_like_a_dataset_file_is_not_deleted() {
    let dir = corpus(&[("good.txt", GOOD)]);
    let out = dir.path().join("claims");
    earlier_dataset(&out);
    std::fs::remove_file(out.join("README.md")).expect("rm");
    std::fs::create_dir(out.join("README.md")).expect("mkdir");
    std::fs::write(out.join("README.md/thesis.txt"), b"years of work").expect("write");
    let ran = build(&dir.path().join("good.txt"), &[], &out);
    assert!(
        out.join("README.md/thesis.txt").is_file(),
        "README.md/thesis.txt was deleted (build exit {}: {})",
        ran.code,
        ran.stderr.trim()
    );
}

/// `report --out` (and `export-labelstudio --out`) print a path that cannot
/// be written with its terminal escapes raw: `write_atomically` in
/// src/main.rs uses `Path::display`, not `display_path`.
#[test]
fn unwritable_report_path_with_terminal_escapes_is_printed_escaped() {
    let dir = corpus(&[("good.txt", GOOD)]);
    for command in ["report", "export-labelstudio"] {
        let ran = ck([command, "good.txt", "--out", "no\x1b[31mdir/r.json"])
            .cwd(dir.path())
            .run();
        ran.expect(1, &["no\\u{1b}[31mdir/r.json"]);
        assert!(
            !ran.stderr_bytes.contains(&0x1b),
            "raw ESC: {:?}",
            ran.stderr
        );
    }
}

/// JSON Lines on stdin that starts with a byte-order mark is not sniffed as
/// JSON Lines (`build` reads the same bytes from a `.jsonl` file fine): it is
/// read as an article and fails with "title but no body".
#[test]
fn stdin_jsonl_with_a_bom_is_sniffed() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(jsonl(&[
        serde_json::json!({"id": "r1", "text": "Russia struck twice."}),
    ]));
    let dir = corpus(&[("bom.jsonl", &bytes)]);
    let ran = ck(["sentences"]).stdin(&dir.path().join("bom.jsonl")).run();
    ran.expect(0, &[]);
    assert!(ran.stdout.contains("\"doc_id\":\"r1\""), "{}", ran.stdout);
}

/// 16,000 repeated cues must give output linear in the input (issue 16):
/// each attribution's content ran to the end of the sentence, so doubling
/// the cues quadrupled attributions.csv.
#[test]
fn repeated_cues_give_attributions_linear_in_the_input() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut sizes = Vec::new();
    for n in [250, 500] {
        let input = dir.path().join(format!("cues{n}.jsonl"));
        let record = serde_json::json!({"id": "big", "text": "the army said twelve soldiers died ".repeat(n)});
        std::fs::write(&input, jsonl(&[record])).expect("write");
        let out = dir.path().join(format!("o{n}"));
        build(&input, &["--format", "csv"], &out).expect(0, &[]);
        sizes.push(
            std::fs::metadata(out.join("attributions.csv"))
                .expect("csv")
                .len(),
        );
    }
    let ratio = sizes[1] as f64 / sizes[0] as f64;
    assert!(
        ratio < 2.5,
        "attributions.csv grew {ratio:.2}x for 2x the cues ({} -> {} bytes)",
        sizes[0],
        sizes[1]
    );
}

/// An old-Mac article (every line end a lone CR) is read with every hard
/// wrap kept as a line end (normalize.rs rule 1: "a lone carriage return is
/// a line end"), so its sentences break mid-sentence at every wrap:
/// "U.S. officials said Russia conducted" / "between 12 and 20 strikes
/// Tuesday." The same article with LF line ends is one sentence.
#[test]
fn cr_only_article_reads_like_the_same_article_with_lf() {
    let cr: Vec<u8> = GOOD
        .iter()
        .map(|&b| if b == b'\n' { b'\r' } else { b })
        .collect();
    let dir = corpus(&[("mac.txt", &cr), ("unix.txt", GOOD)]);
    let (mac, unix) = (dir.path().join("mac"), dir.path().join("unix"));
    build(&dir.path().join("mac.txt"), &[], &mac).expect(0, &[]);
    build(&dir.path().join("unix.txt"), &[], &unix).expect(0, &[]);
    let (doc_cr, doc_lf) = (table(&mac, "documents"), table(&unix, "documents"));
    for col in [
        "title",
        "published",
        "dateline",
        "text",
        "n_sentences",
        "n_claims",
    ] {
        assert_eq!(
            doc_cr[0][col], doc_lf[0][col],
            "{col} differs between CR and LF"
        );
    }
}

/// `claims.rs`/`clauses.rs`: `split_points` re-scans the whole growing left
/// part (`has_words`, `has_finite_verb`) at every semicolon that does not
/// split, so a sentence of bare "; " is quadratic: in a release build 25,000
/// of them (50 KB) took 3.2 s and 100,000 (200 KB) took 56 s (`ck claims`
/// and `ck build` alike). 40,000 (80 KB) must build in seconds.
#[test]
fn many_semicolons_in_one_sentence_build_in_linear_time() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("semi.txt");
    std::fs::write(&input, format!("Semicolons\n\n{}\n", "; ".repeat(40_000))).expect("write");
    let out = dir.path().join("claims");
    let ran = ck([
        OsStr::new("build"),
        input.as_os_str(),
        "--format".as_ref(),
        "csv".as_ref(),
        "--out".as_ref(),
        out.as_os_str(),
    ])
    .timeout(Duration::from_secs(8))
    .run();
    ran.expect(0, &["built 1 documents"]);
    assert!(ran.elapsed < Duration::from_secs(5), "{:?}", ran.elapsed);
    let ran = ck([OsStr::new("claims"), input.as_os_str()])
        .timeout(Duration::from_secs(8))
        .run();
    ran.expect(0, &[]);
    assert!(ran.elapsed < Duration::from_secs(5), "{:?}", ran.elapsed);
}

/// `build` and `report` refuse a FIFO ("not a regular file (a FIFO)"), but the
/// inspection commands open it: `ck sentences in/pipe.txt` (any of
/// sentences, claims, quantities, times, attributions) blocks forever waiting
/// for a writer (killed by `timeout 60`). It must end within seconds, as
/// `/dev/zero` does.
#[test]
fn inspection_of_a_fifo_without_writer_ends() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pipe = dir.path().join("pipe.txt");
    mkfifo(&pipe);
    for command in ["sentences", "claims"] {
        let ran = ck([OsStr::new(command), pipe.as_os_str()])
            .timeout(Duration::from_secs(5))
            .run();
        // named as what it is, not as an empty file
        ran.expect(1, &["pipe.txt: a FIFO with nothing written to it"]);
    }
}

/// Two builds into two outputs of one folder (`runs/a`, `runs/b`) refused
/// each other: the lock was on the shared parent folder. Now each run holds
/// only its own output, so the second build goes on while the first runs,
/// and a third build into the first one's output is still refused.
#[test]
fn builds_into_two_outputs_of_one_folder_run_side_by_side() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("many.jsonl");
    synthetic_corpus(&input, 3_000);
    let small = dir.path().join("small.txt");
    std::fs::write(&small, GOOD).expect("write");
    std::fs::create_dir(dir.path().join("runs")).expect("mkdir");
    let (a, b) = (dir.path().join("runs/a"), dir.path().join("runs/b"));
    let mut running = build_in_background(&input, &a, |_| true);
    build(&small, &[], &b).expect(0, &["built 1 documents"]);
    build(&small, &[], &a).expect(1, &["is writing this dataset; wait for it to finish"]);
    assert!(running.is_running(), "make the corpus bigger");
    running.finish().expect(0, &["built 3000 documents"]);
    assert_eq!(manifest(&a)["documents"], 3000);
    assert_eq!(manifest(&b)["documents"], 1);
    assert_eq!(leftovers(&a), Vec::<String>::new());
    assert_eq!(leftovers(&b), Vec::<String>::new());
}

/// Start `claimkit build INPUT --jobs 1 --out OUT` and wait (up to 60 s) until
/// one of its temporary folders beside `out` satisfies `ready`.
fn build_in_background(input: &Path, out: &Path, ready: impl Fn(&Path) -> bool) -> Running {
    let mut running = ck([
        OsStr::new("build"),
        input.as_os_str(),
        "--jobs".as_ref(),
        "1".as_ref(),
    ])
    .args(["--out".as_ref(), out.as_os_str()])
    .timeout(Duration::from_secs(300))
    .spawn();
    let parent = out.parent().expect("parent");
    let deadline = Instant::now() + Duration::from_secs(60);
    while !leftovers(out).iter().any(|tmp| ready(&parent.join(tmp))) {
        assert!(
            running.is_running(),
            "the build ended too soon: make the corpus bigger"
        );
        assert!(Instant::now() < deadline, "not ready within 60 s");
        std::thread::sleep(Duration::from_millis(20));
    }
    running
}

/// A dataset built into `.claims.tmp-abc` (a name like a temporary folder of
/// runs into `claims`) was taken by the next build into `claims` for the
/// folder of a killed run and deleted, manifest, tables and all.
#[test]
fn a_dataset_named_like_a_temporary_folder_survives_a_build_beside_it() {
    let dir = corpus(&[("good.txt", GOOD)]);
    let input = dir.path().join("good.txt");
    let lookalike = dir.path().join(".claims.tmp-abc");
    build(&input, &[], &lookalike).expect(0, &["built 1 documents"]);
    let before = listing(&lookalike);
    build(&input, &[], &dir.path().join("claims")).expect(0, &["built 1 documents"]);
    assert!(
        lookalike.join("manifest.json").is_file(),
        "the dataset at .claims.tmp-abc is gone"
    );
    assert_eq!(listing(&lookalike), before);
}

/// The inspection commands named the file of a warning but not its line, which `build`
/// names: with many records, the one a warning is about could not be found.
#[test]
fn inspection_warnings_name_the_record_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("cut.jsonl");
    std::fs::write(
        &input,
        "{\"id\":\"a\",\"text\":\"Fine.\"}\n{\"id\":\"b\",\"text\":\"Cut \\ud83d here.\"}\n",
    )
    .expect("write");
    ck([OsStr::new("sentences"), input.as_os_str()])
        .run()
        .expect(0, &["cut.jsonl:2: 1 lone UTF-16 surrogate escape"]);
}

/// A gzipped text read as text (`sentences --raw notes.txt.gz`, or a `.txt` that is
/// gzip inside) was refused as "not UTF-8: invalid byte at offset 1", which does not say
/// what is wrong with the file.
#[test]
fn a_gzipped_text_is_named_gzip_compressed() {
    let dir = tempfile::tempdir().expect("tempdir");
    // "It rose.\n", gzipped (`printf 'It rose.\n' | gzip -n`)
    let gz: &[u8] = &[
        0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xf3, 0x2c, 0x51, 0x28, 0xca,
        0x2f, 0x4e, 0xd5, 0xe3, 0x02, 0x00, 0xd9, 0xad, 0x53, 0xf2, 0x09, 0x00, 0x00, 0x00,
    ];
    for name in ["notes.txt.gz", "notes.txt"] {
        let input = dir.path().join(name);
        std::fs::write(&input, gz).expect("write");
        ck([
            OsStr::new("sentences"),
            OsStr::new("--raw"),
            input.as_os_str(),
        ])
        .run()
        .expect(1, &[name, "gzip-compressed"]);
    }
}

/// Sixteen MiB of blank lines were refused as an "empty file", which it is not: the
/// message now says what the file holds.
#[test]
fn a_file_of_blank_lines_is_named_for_what_it_holds() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("blank.txt");
    std::fs::write(&input, "\n \n\t\n".repeat(1000)).expect("write");
    ck([OsStr::new("sentences"), input.as_os_str()])
        .run()
        .expect(1, &["blank.txt: empty file (nothing but white space)"]);
    ck([
        OsStr::new("sentences"),
        OsStr::new("--raw"),
        input.as_os_str(),
    ])
    .run()
    .expect(
        1,
        &["blank.txt: empty file (no text once white space and markup are dropped)"],
    );
}

/// A symbolic link to a folder below an input folder is not followed (a link loop
/// or a link to `/` cannot make the walk run away), but it was passed over
/// silently: the articles in it were missing with no word said. Now the build
/// names it; named as an input itself, it is read.
#[test]
fn a_symlinked_folder_is_named_not_silently_skipped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("in");
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir_all(input.join("real")).expect("mkdir");
    std::fs::create_dir_all(&elsewhere).expect("mkdir");
    std::fs::write(input.join("real/good.txt"), GOOD).expect("write");
    std::fs::write(elsewhere.join("linked.txt"), GOOD).expect("write");
    std::os::unix::fs::symlink(&elsewhere, input.join("linked")).expect("symlink");
    let out = dir.path().join("claims");
    build(&input, &[], &out).expect(
        0,
        &[
            "linked: a symbolic link to a folder, not followed",
            "built 1 documents",
        ],
    );
    build(&input.join("linked"), &[], &out).expect(0, &["built 1 documents"]);
}
