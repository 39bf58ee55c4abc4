//! What is read as an article and what is not: claimkit's own outputs saved into
//! the folder of articles they were made from, and paths that are no files.

use crate::harness::{build, claimkit, corpus, files, manifest, GOOD};
use predicates::str::contains;

/// `claimkit COMMAND INPUT --out OUT`.
fn write(
    command: &str,
    input: &std::path::Path,
    out: &std::path::Path,
) -> assert_cmd::assert::Assert {
    claimkit()
        .arg(command)
        .arg(input)
        .arg("--out")
        .arg(out)
        .assert()
}

/// `claimkit report INPUT --out OUT`.
fn report(input: &std::path::Path, out: &std::path::Path) -> assert_cmd::assert::Assert {
    write("report", input, out)
}

/// Found by hostile review: a report written into its input folder was read as an
/// article by the next build of that folder (and the next report there refused to
/// replace it as "one of the inputs"). A walk now passes over claimkit's report, as it
/// passes over a dataset built into the folder, whatever the report's name.
#[test]
fn a_report_saved_among_its_articles_is_not_read_as_one() {
    let dir = corpus(&[("news/story.txt", GOOD)]);
    let news = dir.path().join("news");
    for name in ["report.html", "report.txt"] {
        report(&news, &news.join(name))
            .success()
            .stderr(contains("report of 1 documents"));
    }
    // Run again: the earlier reports are replaced, not read.
    for name in ["report.html", "report.txt"] {
        report(&news, &news.join(name))
            .success()
            .stderr(contains("report of 1 documents"));
    }
    let out = dir.path().join("claims");
    build(&news, &out)
        .success()
        .stderr(contains("built 1 documents"));
    let inputs = manifest(&out)["inputs"].to_string();
    assert!(inputs.contains("story.txt"), "{inputs}");
    assert!(!inputs.contains("report"), "{inputs}");
}

/// A report named as an input on its own is refused, naming it; nothing is written.
#[test]
fn a_report_given_as_the_input_is_refused() {
    let dir = corpus(&[("story.txt", GOOD)]);
    let html = dir.path().join("report.html");
    report(&dir.path().join("story.txt"), &html).success();
    let before = files(dir.path());
    build(&html, dir.path().join("claims"))
        .code(1)
        .stderr(contains(
            "report.html: an HTML report claimkit wrote, not an article",
        ));
    assert_eq!(files(dir.path()), before);
}

/// Found by hostile review: a directory named `x.jsonl` given to an inspection command
/// failed with "x.jsonl:0: cannot read" (a line 0), a `x.warc` one with "WARC record 1".
/// Every input kind's name now gives the path and "is a directory"; `build` walks such a
/// directory like any other.
#[test]
fn a_directory_named_like_an_article_file_is_called_a_directory() {
    let names = [
        "x.jsonl",
        "x.txt",
        "x.html",
        "x.htm",
        "x.html.gz",
        "x.warc",
        "x.warc.gz",
    ];
    let dir = corpus(&[("x.jsonl/a.txt", GOOD)]);
    for name in &names[1..] {
        std::fs::create_dir(dir.path().join(name)).expect("mkdir");
    }
    for name in names {
        for command in ["sentences", "quantities", "times", "attributions", "claims"] {
            let out = claimkit()
                .arg(command)
                .arg(name)
                .current_dir(dir.path())
                .assert()
                .code(1)
                .get_output()
                .stderr
                .clone();
            let stderr = String::from_utf8_lossy(&out);
            assert!(
                stderr.starts_with(&format!("error: {name}: is a directory: ")),
                "{command} {name}: {stderr}"
            );
        }
    }
    build(dir.path().join("x.txt"), dir.path().join("claims"))
        .code(1)
        .stderr(contains("x.txt: no articles in this directory"));
    build(dir.path().join("x.jsonl"), dir.path().join("claims"))
        .success()
        .stderr(contains("built 1 documents"));
}

/// Found by hostile review: Label Studio tasks saved into the folder they were made
/// from under an article's name broke the next build of the folder (`tasks.jsonl`: "EOF
/// while parsing a list"), or were read as an article without a word (`tasks.txt`, the
/// tasks' JSON as a body; `tasks.html`, as a web page), and the next export there refused
/// to replace them as "one of the inputs". A walk now passes over claimkit's tasks with a
/// note, as over its report: they open with claimkit's prediction, whatever their name.
#[test]
fn tasks_saved_among_their_articles_are_not_read_as_articles() {
    let dir = corpus(&[("news/story.txt", GOOD)]);
    let news = dir.path().join("news");
    let names = ["tasks.jsonl", "tasks.txt", "tasks.html", "tasks.json"];
    for _ in 0..2 {
        // The second round replaces the tasks of the first, never reading them.
        for name in names {
            write("export-labelstudio", &news, &news.join(name))
                .success()
                .stderr(contains("1 Label Studio tasks"));
        }
    }
    let out = dir.path().join("claims");
    let assert = build(&news, &out).success();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    for name in &names[..3] {
        assert!(
            stderr.contains(&format!(
                "note: {}: Label Studio tasks claimkit wrote, passed over",
                news.join(name).display()
            )),
            "{stderr}"
        );
    }
    assert!(stderr.contains("built 1 documents"), "{stderr}");
    let inputs = manifest(&out)["inputs"].to_string();
    assert!(!inputs.contains("tasks"), "{inputs}");
    report(&news, &dir.path().join("report.html"))
        .success()
        .stderr(contains("report of 1 documents"));
    // Named as an input, tasks are refused, naming the file; nothing is written.
    let before = files(dir.path());
    build(news.join("tasks.jsonl"), dir.path().join("other"))
        .code(1)
        .stderr(contains(
            "tasks.jsonl: Label Studio tasks claimkit wrote, not articles",
        ));
    assert_eq!(files(dir.path()), before);
    // So do the inspection commands, for tasks and reports alike.
    report(&news, &news.join("report.html")).success();
    for (name, what) in [
        (
            "tasks.jsonl",
            "Label Studio tasks claimkit wrote, not articles",
        ),
        (
            "tasks.txt",
            "Label Studio tasks claimkit wrote, not articles",
        ),
        (
            "report.html",
            "an HTML report claimkit wrote, not an article",
        ),
    ] {
        for command in ["sentences", "claims"] {
            claimkit()
                .arg(command)
                .arg(news.join(name))
                .assert()
                .code(1)
                .stderr(contains(format!("{name}: {what}")));
        }
    }
}

/// Found by hostile review: an article named `\u{301}.txt` (a combining mark alone) got
/// the document id "\u{301}", which shows as nothing, while a JSONL record with that id
/// is refused. A file name gives ids by the rule of JSONL ids: one that shows nothing is
/// refused, naming the file (left out under `--skip-bad`), and white space or invisible
/// characters around one are dropped with a warning, so `\u{200B}seed.txt` beside
/// `seed.txt` is the same id twice.
#[test]
fn a_file_name_that_shows_nothing_gives_no_id() {
    let dir = corpus(&[
        ("news/\u{301}.txt", GOOD),
        ("news/story.txt", GOOD),
        ("twice/seed.txt", GOOD),
        ("twice/\u{200B}seed.txt", GOOD),
    ]);
    let out = dir.path().join("claims");
    build(dir.path().join("news"), &out)
        .code(1)
        .stderr(contains(
            "news/\u{301}.txt: the file name gives a blank document id (\"\\u{301}\" shows nothing",
        ));
    assert!(!out.exists());
    claimkit()
        .arg("build")
        .arg(dir.path().join("news"))
        .arg("--out")
        .arg(&out)
        .arg("--skip-bad")
        .assert()
        .success()
        .stderr(contains("built 1 documents"));
    build(dir.path().join("twice"), dir.path().join("twice-claims"))
        .code(1)
        .stderr(contains("duplicate document id \"seed\""));
}
