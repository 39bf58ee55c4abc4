//! Data loss: no command deletes or overwrites a file that is not its own output.

use super::*;

/// Issue 16: `build data/articles --out data`, where `data/` held an earlier
/// dataset, deleted `data/articles/` and a notebook beside it.
#[test]
fn output_holding_the_input_is_refused_and_nothing_deleted() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let articles = data.join("articles");
    std::fs::create_dir_all(&articles).expect("mkdir");
    std::fs::write(articles.join("good.txt"), GOOD).expect("write");
    build(&articles, &[], &data.join("ds")).expect(0, &[]);
    std::fs::write(data.join("notes.ipynb"), b"{\"cells\": []}").expect("write");
    std::os::unix::fs::symlink(&data, dir.path().join("link")).expect("symlink");

    let snapshot = || {
        (
            listing(&data),
            files(&data),
            files(&articles),
            files(&data.join("ds")),
        )
    };
    let before = snapshot();
    for out in [
        data.clone(),
        articles.clone(),
        articles.join(".."),
        data.join("ds/.."),
        dir.path().join("link"),
    ] {
        build(&articles, &[], &out).expect(1, &["the input", "choose an --out outside"]);
        // An article named directly is refused the same way.
        build(&articles.join("good.txt"), &[], &out).expect(1, &["holds the input"]);
        assert!(
            snapshot() == before,
            "--out {} changed data/",
            out.display()
        );
    }
    assert!(articles.join("good.txt").is_file());
    assert!(data.join("notes.ipynb").is_file());
    // The output named as the input itself is said so.
    build(&articles, &[], &articles).expect(1, &["output directory is the input"]);
    build(&articles.join("good.txt"), &[], &articles.join("good.txt"))
        .expect(1, &["output directory is the input"]);
    assert!(articles.join("good.txt").is_file());
}

/// Issue 16: an earlier dataset folder with a file the build did not write
/// (a notebook) was replaced, deleting the file.
#[test]
fn dataset_with_a_foreign_file_is_not_replaced() {
    let dir = corpus(&[("good.txt", GOOD)]);
    let out = dir.path().join("claims");
    earlier_dataset(&out);
    std::fs::write(out.join("notes.ipynb"), b"{\"cells\": []}").expect("write");
    std::fs::create_dir(out.join("figures")).expect("mkdir");
    std::fs::write(out.join("figures/plot.png"), b"\x89PNG").expect("write");
    let before = files(&out);
    build(dir.path(), &[], &out).expect(
        1,
        &[
            "output directory holds files no earlier build wrote (figures, notes.ipynb)",
            "move them out or choose another --out",
        ],
    );
    assert!(files(&out) == before, "the dataset changed");
    assert!(out.join("figures/plot.png").is_file());
    assert_eq!(leftovers(&out), Vec::<String>::new());
    // Moved out, the dataset is replaced again.
    std::fs::remove_file(out.join("notes.ipynb")).expect("rm");
    std::fs::remove_dir_all(out.join("figures")).expect("rm");
    build(dir.path(), &[], &out).expect(0, &[]);
}

/// Issue 16: `--out claims/../claims` over an existing dataset exited 1 and
/// left `claims/` gone, the data in `.claims.previous` and a temp folder.
#[test]
fn dot_dot_output_replaces_the_dataset_in_place() {
    let dir = corpus(&[("good.txt", GOOD)]);
    let out = dir.path().join("claims");
    earlier_dataset(&out);
    for roundabout in ["claims/../claims", "claims/.", "./claims/"] {
        let ran = ck([OsStr::new("build"), dir.path().join("good.txt").as_os_str()])
            .args(["--out", roundabout])
            .cwd(dir.path())
            .run();
        ran.expect(0, &["built 1 documents"]);
        assert!(out.join("manifest.json").is_file(), "{roundabout}");
        assert_eq!(manifest(&out)["documents"], 1);
        assert_eq!(leftovers(&out), Vec::<String>::new(), "{roundabout}");
    }
    // Nothing appeared inside the dataset (e.g. a `.claims.tmp-` under `claims/`).
    let names: Vec<String> = listing(&out)
        .into_iter()
        .filter(|n| n.starts_with('.'))
        .collect();
    assert_eq!(names, Vec::<String>::new());
}

/// Issue 16: a build killed between its two renames left only
/// `.claims.previous`; the next build must put it back, even one that fails.
#[test]
fn killed_swap_leaves_previous_which_the_next_build_restores() {
    let dir = corpus(&[
        ("bad.txt", b"A Title\n\nBody\0 text.\n"),
        ("good.txt", GOOD),
    ]);
    let out = dir.path().join("claims");
    let before = earlier_dataset(&out);
    let previous = dir.path().join(".claims.previous");
    std::fs::rename(&out, &previous).expect("rename");
    build(&dir.path().join("bad.txt"), &[], &out).expect(1, &["bad.txt: NUL byte"]);
    assert!(out.is_dir(), "claims/ was not restored");
    assert!(files(&out) == before, "the restored dataset differs");
    assert!(!previous.exists());
    assert_eq!(leftovers(&out), Vec::<String>::new());
    // And a good build replaces it as usual.
    std::fs::rename(&out, &previous).expect("rename");
    build(&dir.path().join("good.txt"), &[], &out).expect(0, &["built 1 documents"]);
    assert!(out.join("manifest.json").is_file());
    assert_eq!(leftovers(&out), Vec::<String>::new());
}

/// Issue 16: `report --out story.txt` overwrote the article with HTML; a
/// report overwrote any file the user had.
#[test]
fn report_does_not_overwrite_an_article() {
    let dir = corpus(&[("story.txt", GOOD), ("other.txt", b"my own notes\n")]);
    let story = dir.path().join("story.txt");
    let report = |out: &str, force: bool| {
        let mut run = ck([OsStr::new("report"), story.as_os_str()])
            .args(["--out", out])
            .cwd(dir.path());
        if force {
            run = run.args(["--force"]);
        }
        run.run()
    };
    std::os::unix::fs::symlink(&story, dir.path().join("link.html")).expect("symlink");
    let before = files(dir.path());
    for force in [false, true] {
        report("story.txt", force).expect(1, &["story.txt: is one of the inputs"]);
    }
    // A link to the input, and an article below an input folder, too.
    report("link.html", true).expect(1, &["link.html: is one of the inputs"]);
    ck([OsStr::new("report"), dir.path().as_os_str()])
        .args(["--out", "story.txt", "--force"])
        .cwd(dir.path())
        .run()
        .expect(1, &["story.txt: is one of the inputs"]);
    report("other.txt", false).expect(
        1,
        &["other.txt: exists and was not written", "pass --force"],
    );
    assert!(
        files(dir.path()) == before,
        "a refused report changed a file"
    );

    report("other.txt", true).expect(0, &["report of 1 documents -> other.txt"]);
    let html = std::fs::read(dir.path().join("other.txt")).expect("report");
    assert!(html.starts_with(b"<!DOCTYPE html>"));
    // An earlier report is claimkit's own: replaced without --force.
    report("other.txt", false).expect(0, &["report of 1 documents"]);
    report("new.html", false).expect(0, &[]);
    report("new.html", false).expect(0, &[]);
    assert_eq!(std::fs::read(&story).expect("story"), GOOD);
}

/// Issue 16: `export-labelstudio --out tasks.xml` wrote the tasks, then the
/// config over them; `--out foo.json` overwrote an unrelated `foo.xml`.
#[test]
fn labelstudio_config_never_overwrites_the_tasks() {
    let dir = corpus(&[("a.txt", GOOD), ("foo.xml", b"<View>mine</View>\n")]);
    let export = |out: &str, force: bool| {
        let mut run = ck(["export-labelstudio", "a.txt", "--out", out]).cwd(dir.path());
        if force {
            run = run.args(["--force"]);
        }
        run.run()
    };
    let before = (listing(dir.path()), files(dir.path()));
    export("tasks.xml", false).expect(1, &["tasks.xml: the labeling config is written beside"]);
    export("tasks.xml", true).expect(1, &["give the tasks another extension"]);
    export("foo.json", false).expect(1, &["foo.xml: exists and was not written", "--force"]);
    assert!(
        (listing(dir.path()), files(dir.path())) == before,
        "a refused export wrote or changed a file"
    );
    assert!(!dir.path().join("foo.json").exists());

    // Its own earlier output is replaced.
    export("t.json", false).expect(
        0,
        &["1 Label Studio tasks -> t.json (labeling config t.xml)"],
    );
    export("t.json", false).expect(0, &[]);
    let tasks: Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("t.json")).expect("t.json"))
            .expect("tasks are JSON");
    assert!(tasks.as_array().is_some_and(|t| t.len() == 1));

    // A Label Studio export holds annotators' work: never overwritten without --force.
    let mut annotated = tasks.clone();
    annotated[0]["annotations"] = serde_json::json!([{"result": [], "completed_by": 1}]);
    let annotated = serde_json::to_vec_pretty(&annotated).expect("json");
    std::fs::write(dir.path().join("t.json"), &annotated).expect("write");
    export("t.json", false).expect(1, &["t.json: exists and was not written", "--force"]);
    assert_eq!(
        std::fs::read(dir.path().join("t.json")).expect("t"),
        annotated
    );
    export("t.json", true).expect(0, &[]);
    // The config beside an input is an input: never overwritten, even with --force.
    std::fs::copy(dir.path().join("a.txt"), dir.path().join("b.xml")).expect("copy");
    ck([
        "export-labelstudio",
        "a.txt",
        "b.xml",
        "--out",
        "b.json",
        "--force",
    ])
    .cwd(dir.path())
    .run()
    .expect(1, &["b.xml: is one of the inputs"]);
    assert_eq!(std::fs::read(dir.path().join("b.xml")).expect("b"), GOOD);
}

/// Issue 16: `--skip-bad` with every record bad exited 0 and replaced the
/// earlier dataset with an empty one.
#[test]
fn skip_bad_with_every_record_bad_keeps_the_old_dataset() {
    let dir = corpus(&[
        ("bad.txt", b"A Title\n\nBody\0.\n"),
        ("title-only.txt", b"Only A Title\n"),
        (
            "bad.jsonl",
            b"{\"id\":\"a\",\"title\":7,\"text\":\"x\"}\nnot json\n{\"id\":\"c\",\"text\":\"\"}\n",
        ),
    ]);
    let out = tempfile::tempdir().expect("tempdir");
    let out = out.path().join("claims");
    refused(
        dir.path(),
        &["--skip-bad"],
        &out,
        &[
            "skipped: ",
            "no good documents (5 left out as bad",
            "nothing was written, and an existing output is left as it was",
        ],
    );
    // The report and the export say the same and write nothing.
    let html = out.with_file_name("r.html");
    ck([
        OsStr::new("report"),
        dir.path().as_os_str(),
        "--skip-bad".as_ref(),
    ])
    .args(["--out".as_ref(), html.as_os_str()])
    .run()
    .expect(1, &["no good documents"]);
    assert!(!html.exists());
}

/// Issue 16: two builds into one `--out` deleted each other's temp folder
/// (one of the two failed in 30 of 30 pairs). Now one waits its turn or
/// stops cleanly, and the output is always a whole dataset.
#[test]
fn two_builds_into_one_output_do_not_break_each_other() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("many.jsonl");
    synthetic_corpus(&input, 3_000);
    let out = dir.path().join("claims");
    let mut both_succeeded = 0;
    for pair in 0..5 {
        let start = || {
            ck([
                OsStr::new("build"),
                input.as_os_str(),
                "--out".as_ref(),
                out.as_os_str(),
            ])
            .timeout(Duration::from_secs(300))
            .spawn()
        };
        let (a, b) = (start(), start());
        let (a, b) = (a.finish(), b.finish());
        let ok = [&a, &b].iter().filter(|r| r.code == 0).count();
        assert!(
            ok >= 1,
            "pair {pair}: both failed:\n{}\n{}",
            a.stderr,
            b.stderr
        );
        both_succeeded += usize::from(ok == 2);
        for r in [&a, &b] {
            if r.code != 0 {
                r.expect(1, &["is writing this dataset; wait for it to finish"]);
            } else {
                r.expect(0, &["built 3000 documents"]);
            }
        }
        let m = manifest(&out);
        assert_eq!(m["documents"], 3000, "pair {pair}");
        let sentences = m["rows"]["sentences"].as_u64().expect("rows");
        assert_eq!(
            column(&out, "sentences", "sentence_id").len() as u64,
            sentences
        );
        assert_eq!(column(&out, "documents", "doc_id").len(), 3000);
        assert_eq!(leftovers(&out), Vec::<String>::new(), "pair {pair}");
    }
    eprintln!("{both_succeeded} of 5 pairs both succeeded (one after the other)");
}

/// Run `claimkit build INPUT --format csv --out OUT` with files limited to
/// `limit` bytes (`RLIMIT_FSIZE`; a write past it fails with EFBIG, as on a
/// full disk or quota).
fn build_with_file_limit(input: &Path, out: &Path, limit: u64) -> std::process::Output {
    use std::os::unix::process::CommandExt;
    let mut command = Command::new(env!("CARGO_BIN_EXE_claimkit"));
    command
        .arg("build")
        .arg(input)
        .args(["--format", "csv", "--jobs", "1", "--out"])
        .arg(out);
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        command.pre_exec(move || {
            let rlimit = libc::rlimit {
                rlim_cur: limit,
                rlim_max: limit,
            };
            // A write past the limit then fails with EFBIG instead of killing the child.
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            if libc::setrlimit(libc::RLIMIT_FSIZE, &rlimit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    command.output().expect("run claimkit")
}

/// Found by reading the writer after a hostile pass on a full disk: the CSV
/// tables went through a buffer that polars never flushes, so a table's last
/// small write (here the documents of a build's second batch, one row) reached
/// the file only when the buffer was dropped, where its error is lost: the build
/// succeeded with `documents.csv` cut short. Now a failed write stops the build,
/// the message names the table's file, and an earlier dataset stays.
#[test]
fn a_failed_last_write_of_a_csv_table_stops_the_build() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("titles.jsonl");
    // One batch and one document more; long titles make documents.csv the largest file.
    let lines: String = (0..=claimkit::build::BATCH_DOCUMENTS)
        .map(|i| {
            let record = serde_json::json!({
                "id": format!("t{i}"),
                "title": format!("{i} {}", "Title word ".repeat(200)),
                "text": "Hello.",
            });
            format!("{record}\n")
        })
        .collect();
    std::fs::write(&input, lines).expect("write");
    let out = dir.path().join("claims");
    build(&input, &["--format", "csv"], &out).expect(0, &[]);
    let before = files(&out);
    let documents = std::fs::metadata(out.join("documents.csv"))
        .expect("documents.csv")
        .len();
    // Room for everything but the last row of documents.csv.
    let output = build_with_file_limit(&input, &out, documents - 50);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "stderr: {stderr}");
    assert!(
        stderr.contains("documents.csv: cannot write table documents"),
        "stderr: {stderr}"
    );
    assert!(files(&out) == before, "the earlier dataset changed");
    assert_eq!(leftovers(&out), Vec::<String>::new());
}
