//! From a built dataset to a released benchmark, attacked as a hostile user
//! would: `claimkit split` and `claimkit import-labelstudio` against
//! non-Latin text, huge and malformed exports, exports of another project,
//! missing or half-written datasets, repeated runs and files nested inside
//! the dataset. Each refusal checks that the dataset is left as it was.

#[allow(dead_code)]
#[path = "integration/harness.rs"]
mod harness;

use harness::{claimkit, files};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::path::Path;

/// Articles with accents, emoji (one outside the BMP, one ZWJ sequence) and CJK text.
const ARTICLES: &str = r#"{"id": "zürich", "title": "Zürich café prices", "published": "2024-03-05", "text": "Prices at Zürich cafés rose 4.5 per cent in February, the city's statistics office said. Crème brûlée now costs 12 francs on average, according to the survey."}
{"id": "launch-🚀", "title": "Launch delayed", "published": "2024-04-06", "text": "The launch 🚀 was delayed by 3 days, officials said on Tuesday. More than 2,000 people 👩‍🚀 had gathered at the site."}
{"id": "東京", "title": "東京 exports", "published": "2024-05-07", "text": "Exports from 東京 (Tokyo) rose 7 per cent in 2023, the ministry said. The port of 横浜 handled 30 million tonnes of cargo last year."}
"#;

/// Build the bundled articles (or `jsonl`) into `dir/claims`.
fn built(dir: &Path, jsonl: Option<&str>) -> std::path::PathBuf {
    let out = dir.join("claims");
    let input = match jsonl {
        Some(text) => {
            let p = dir.join("articles.jsonl");
            std::fs::write(&p, text).expect("write articles");
            p
        }
        None => "datasets/articles".into(),
    };
    harness::build(&input, &out).success();
    out
}

/// `claimkit import-labelstudio EXPORT --dataset OUT`, ready for assertions.
fn import(export: &Path, out: &Path) -> assert_cmd::assert::Assert {
    claimkit()
        .arg("import-labelstudio")
        .arg(export)
        .arg("--dataset")
        .arg(out)
        .assert()
}

fn export_tasks(dir: &Path, articles: &Path) -> Vec<Value> {
    let tasks = dir.join("tasks.json");
    claimkit()
        .args(["export-labelstudio"])
        .arg(articles)
        .arg("--out")
        .arg(&tasks)
        .assert()
        .success();
    serde_json::from_str(&std::fs::read_to_string(&tasks).expect("tasks")).expect("json")
}

/// An export as Label Studio writes it: each prediction region becomes an
/// annotation region of `annotator` with a verdict and evidence.
fn annotate(tasks: &[Value], annotators: &[i64]) -> Value {
    let exported: Vec<Value> = tasks
        .iter()
        .enumerate()
        .map(|(t, task)| {
            let annotations: Vec<Value> = annotators
                .iter()
                .map(|&who| {
                    let result: Vec<Value> = task["predictions"][0]["result"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .enumerate()
                        .flat_map(|(k, r)| {
                            let id = format!("r{who}-{k}");
                            let v = &r["value"];
                            let verdict = if (k + who as usize).is_multiple_of(3) { "false" } else { "true" };
                            [
                                json!({"id": id, "from_name": "claim", "to_name": "text", "type": "labels", "value": v}),
                                json!({"id": id, "from_name": "verdict", "to_name": "text", "type": "choices",
                                       "value": {"start": v["start"], "end": v["end"], "choices": [verdict]}}),
                                json!({"id": id, "from_name": "evidence", "to_name": "text", "type": "textarea",
                                       "value": {"start": v["start"], "end": v["end"], "text": ["見た ✓"]}}),
                            ]
                        })
                        .collect();
                    json!({"id": t * 10 + who as usize, "completed_by": who, "result": result, "was_cancelled": false,
                           "created_at": "2026-01-01T00:00:00Z", "lead_time": 3.5})
                })
                .collect();
            json!({"id": t + 1, "data": task["data"], "annotations": annotations})
        })
        .collect();
    Value::Array(exported)
}

#[test]
fn split_keeps_documents_and_clusters_together_and_is_deterministic() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = built(dir.path(), None);
    let split = |seed: &str| {
        claimkit()
            .args(["split", "--seed", seed, "--dataset"])
            .arg(&out)
            .assert()
            .success();
        files(&out)
    };
    let first = split("7");
    let again = split("7");
    assert_eq!(
        first, again,
        "the same seed gives the same files, and splitting twice is harmless"
    );
    for table in ["claims", "checkable_claims"] {
        let rows = harness::table(&out, table);
        let mut doc_split: HashMap<&str, &str> = HashMap::new();
        let mut cluster_split: HashMap<&str, &str> = HashMap::new();
        for r in &rows {
            let s = r["split"].as_str();
            assert!(["train", "validation", "test"].contains(&s), "{s:?}");
            assert_eq!(
                *doc_split.entry(&r["doc_id"]).or_insert(s),
                s,
                "document in two splits"
            );
            assert_eq!(
                *cluster_split.entry(&r["cluster_id"]).or_insert(s),
                s,
                "cluster in two splits"
            );
        }
    }
    // Ratios within one document of the request (on the check-worthy claims).
    let rows = harness::table(&out, "checkable_claims");
    let mut per_doc: HashMap<&str, usize> = HashMap::new();
    for r in &rows {
        *per_doc.entry(&r["doc_id"]).or_default() += 1;
    }
    let largest = per_doc.values().copied().max().unwrap_or(0) as f64;
    for (split, ratio) in [("train", 0.8), ("validation", 0.1), ("test", 0.1)] {
        let got = rows.iter().filter(|r| r["split"] == split).count() as f64;
        assert!(
            (got - ratio * rows.len() as f64).abs() <= largest,
            "{split}: {got} of {}",
            rows.len()
        );
    }
    let other = split("8");
    assert_ne!(first, other, "another seed gives other splits");
    let card = std::fs::read_to_string(out.join("README.md")).expect("card");
    assert!(
        card.contains("path: checkable_claims-test.parquet"),
        "{card}"
    );
    // A later build replaces the split dataset: every file is listed in its manifest.
    harness::build("datasets/articles", &out).success();
    assert!(!out.join("claims-train.parquet").exists());
}

#[test]
fn split_by_time_keeps_months_apart_in_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = built(dir.path(), Some(ARTICLES));
    claimkit()
        .args([
            "split",
            "--by",
            "time",
            "--ratios",
            "0.34,0.33,0.33",
            "--dataset",
        ])
        .arg(&out)
        .assert()
        .success();
    let rows = harness::table(&out, "claims");
    let split_of = |doc: &str| {
        rows.iter()
            .find(|r| r["doc_id"] == doc)
            .map(|r| r["split"].clone())
    };
    assert_eq!(split_of("zürich").as_deref(), Some("train"));
    assert_eq!(split_of("東京").as_deref(), Some("test"));
}

#[test]
fn split_and_import_refuse_what_is_no_complete_dataset() {
    let dir = tempfile::tempdir().expect("tempdir");
    for args in [vec!["split"], vec!["import-labelstudio", "x.json"]] {
        claimkit()
            .args(&args)
            .arg("--dataset")
            .arg(dir.path().join("missing"))
            .assert()
            .code(1)
            .stderr(predicates::str::contains(
                "not a claimkit dataset: no such directory",
            ));
    }
    // Found by hostile review: a FIFO or a file was "no such directory", and a name with a
    // terminal escape was printed raw. It is called what it is, its name escaped.
    let fifo = dir.path().join("pipe\u{1b}[31m");
    let status = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(status.is_ok_and(|s| s.success()), "mkfifo");
    for args in [vec!["split"], vec!["import-labelstudio", "x.json"]] {
        claimkit()
            .args(&args)
            .arg("--dataset")
            .arg(&fifo)
            .assert()
            .code(1)
            .stderr(predicates::str::contains(
                "pipe\\u{1b}[31m: not a claimkit dataset: not a directory",
            ));
    }
    let file = dir.path().join("file\u{1b}]0;x");
    std::fs::write(&file, "mine").expect("write");
    harness::build("datasets/articles", &file)
        .code(1)
        .stderr(predicates::str::contains(
            "file\\u{1b}]0;x: output path exists and is not a directory",
        ));
    // The articles folder is no dataset: refused, untouched.
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).expect("mkdir");
    std::fs::write(articles.join("a.txt"), harness::GOOD).expect("write");
    let before = files(&articles);
    claimkit()
        .args(["split", "--dataset"])
        .arg(&articles)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("holds no manifest.json"));
    assert_eq!(files(&articles), before);
    // A half-written dataset (a table missing) is refused and left as it is.
    let out = built(dir.path(), None);
    std::fs::remove_file(out.join("claims.parquet")).expect("remove");
    let before = files(&out);
    claimkit()
        .args(["split", "--dataset"])
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "incomplete (missing: claims.parquet)",
        ));
    assert_eq!(files(&out), before);
    claimkit()
        .args(["split", "--ratios", "0.8,0.3,0.1", "--dataset"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("add up to"));
}

#[test]
fn labels_round_trip_through_utf16_offsets_on_non_latin_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = built(dir.path(), Some(ARTICLES));
    let tasks = export_tasks(dir.path(), &dir.path().join("articles.jsonl"));
    let mut export = annotate(&tasks, &[1, 2]);
    // Annotator 1 adds a region on the emoji-laden text; a cancelled annotation is counted.
    let text = export[1]["data"]["text"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let units = |s: &str| s.encode_utf16().count();
    let from = text.find("More").unwrap_or(0);
    let to = text.find(" had").unwrap_or(0);
    export[1]["annotations"][0]["result"]
        .as_array_mut()
        .expect("result")
        .push(json!({
        "id": "added", "from_name": "claim", "to_name": "text", "type": "labels",
        "value": {"start": units(&text[..from]), "end": units(&text[..to]), "labels": ["claim"]}}));
    export[0]["annotations"]
        .as_array_mut()
        .expect("annotations")
        .push(json!({"id": 99, "completed_by": 1, "result": [], "was_cancelled": true}));
    let path = dir.path().join("export.json");
    std::fs::write(&path, serde_json::to_string(&export).expect("json")).expect("write");
    import(&path, &out)
        .success()
        .stderr(predicates::str::contains("(1 skipped or cancelled"));
    let docs: HashMap<String, String> = harness::table(&out, "documents")
        .into_iter()
        .map(|r| (r["doc_id"].clone(), r["text"].clone()))
        .collect();
    let labels = harness::table(&out, "labels");
    let claims = harness::table(&out, "claims");
    assert_eq!(labels.len(), 2 * claims.len() + 1);
    for r in &labels {
        let text: String = docs[&r["doc_id"]]
            .chars()
            .skip(r["start"].parse().unwrap_or(0))
            .take(r["end"].parse::<usize>().unwrap_or(0) - r["start"].parse::<usize>().unwrap_or(0))
            .collect();
        assert_eq!(text, r["text"], "{r:?}");
    }
    let added: Vec<_> = labels.iter().filter(|r| r["added"] == "true").collect();
    assert_eq!(added.len(), 1);
    assert_eq!(added[0]["text"], "More than 2,000 people 👩‍🚀");
    assert_eq!(added[0]["claim_id"], "launch-🚀:x1");
    let card = std::fs::read_to_string(out.join("README.md")).expect("card");
    assert!(
        card.contains("## Labels") && card.contains("Cohen's kappa"),
        "{card}"
    );
    assert!(card.contains("config_name: labels"));
    // Importing again replaces the labels; nothing else changes.
    import(&path, &out).success();
    assert_eq!(harness::table(&out, "labels").len(), labels.len());
    // A rebuild would drop the labels: refused, the dataset left as it is.
    let before = files(&out);
    harness::build(dir.path().join("articles.jsonl"), &out)
        .code(1)
        .stderr(predicates::str::contains("holds annotators' labels"));
    assert_eq!(files(&out), before);
}

#[test]
fn bad_exports_are_refused_naming_the_file_and_the_place() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = built(dir.path(), Some(ARTICLES));
    let before = files(&out);
    let run = |name: &str, content: &str, fragments: &[&str]| {
        let path = dir.path().join(name);
        std::fs::write(&path, content).expect("write");
        let assert = import(&path, &out).code(1);
        let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
        for f in fragments {
            assert!(stderr.contains(f), "{name}: {stderr}");
        }
        assert_eq!(files(&out), before, "{name}: the dataset changed");
    };
    run(
        "broken.json",
        "[\n  {\"id\": 1,\n   \"data\": }\n]",
        &["broken.json: line 3, column 12: not valid JSON: expected value"],
    );
    run(
        "object.json",
        "{\"tasks\": []}",
        &["object.json: not a Label Studio JSON export"],
    );
    run(
        "other.json",
        r#"[{"id": 5, "data": {"doc_id": "elsewhere", "text": "x"}, "annotations": []}]"#,
        &[
            "other.json: task 1 (id 5)",
            "\"elsewhere\" is not in the dataset",
        ],
    );
    run(
        "changed.json",
        r#"[{"id": 5, "data": {"doc_id": "東京", "text": "another text"}, "annotations": []}]"#,
        &["changed.json: task 1 (id 5)", "differs from the dataset"],
    );
    run(
        "outside.json",
        r#"[{"id": 5, "data": {"doc_id": "東京"}, "annotations": [{"id": 1, "completed_by": 1,
        "result": [{"id": "r", "type": "labels", "value": {"start": 0, "end": 100000}}]}]}]"#,
        &["outside.json: task 1 (id 5)", "lies outside document"],
    );
    // Found by hostile review: a region ending before it starts became a label with
    // start past end and no text.
    run(
        "reversed.json",
        r#"[{"id": 5, "data": {"doc_id": "東京"}, "annotations": [{"id": 1, "completed_by": 1,
        "result": [{"id": "r", "type": "labels", "value": {"start": 9, "end": 4}}]}]}]"#,
        &[
            "reversed.json: task 1 (id 5)",
            "region 9..4 (UTF-16) ends before it starts",
        ],
    );
    // Found by hostile review: an empty list replaced annotators' labels with none.
    run(
        "empty.json",
        "[]",
        &["empty.json: a list of no tasks: not a Label Studio export of claimkit tasks"],
    );
    run(
        "nodoc.json",
        r#"[{"id": 5, "data": {"text": "x"}}]"#,
        &["no data.doc_id"],
    );
}

#[test]
fn an_export_saved_inside_the_dataset_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = built(dir.path(), Some(ARTICLES));
    let tasks = export_tasks(dir.path(), &dir.path().join("articles.jsonl"));
    let path = out.join("export.json");
    std::fs::write(
        &path,
        serde_json::to_string(&annotate(&tasks, &[1])).expect("json"),
    )
    .expect("write");
    let before = files(&out);
    import(&path, &out)
        .code(1)
        .stderr(predicates::str::contains("export.json"));
    assert_eq!(files(&out), before);
}

#[test]
fn a_huge_export_is_read_in_seconds() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = built(dir.path(), Some(ARTICLES));
    let tasks = export_tasks(dir.path(), &dir.path().join("articles.jsonl"));
    let one = annotate(&tasks, &[1, 2, 3]);
    // 3,000 tasks (each document a thousand times), three annotators each.
    let many: Vec<Value> = (0..1000)
        .flat_map(|_| one.as_array().cloned().unwrap_or_default())
        .collect();
    let path = dir.path().join("huge.json");
    std::fs::write(&path, serde_json::to_string(&many).expect("json")).expect("write");
    let started = std::time::Instant::now();
    claimkit()
        .arg("import-labelstudio")
        .arg(&path)
        .arg("--dataset")
        .arg(&out)
        .timeout(std::time::Duration::from_secs(120))
        .assert()
        .success();
    let claims = harness::table(&out, "claims").len();
    assert_eq!(harness::table(&out, "labels").len(), 1000 * 3 * claims);
    println!(
        "huge export: {} labels in {:.1} s",
        3000 * claims,
        started.elapsed().as_secs_f64()
    );
    let card = std::fs::read_to_string(out.join("README.md")).expect("card");
    assert!(card.contains("Krippendorff's alpha"), "{card}");
}

#[test]
fn csv_only_and_parquet_only_datasets_split_and_take_labels() {
    for format in ["csv", "parquet"] {
        let dir = tempfile::tempdir().expect("tempdir");
        let input = dir.path().join("articles.jsonl");
        std::fs::write(&input, ARTICLES).expect("write articles");
        let out = dir.path().join("claims");
        claimkit()
            .arg("build")
            .arg(&input)
            .args(["--format", format, "--out"])
            .arg(&out)
            .assert()
            .success();
        claimkit()
            .args(["split", "--dataset"])
            .arg(&out)
            .assert()
            .success();
        let tasks = export_tasks(dir.path(), &input);
        let path = dir.path().join("export.json");
        std::fs::write(
            &path,
            serde_json::to_string(&annotate(&tasks, &[1, 2])).expect("json"),
        )
        .expect("write");
        import(&path, &out).success();
        let names: Vec<String> = files(&out).into_iter().map(|(n, _)| n).collect();
        assert!(
            names.contains(&format!("labels.{format}")),
            "{format}: {names:?}"
        );
        assert!(
            names.contains(&format!("checkable_claims-test.{format}")),
            "{format}: {names:?}"
        );
        assert!(!names.iter().any(|n| n.ends_with(if format == "csv" {
            ".parquet"
        } else {
            ".csv"
        })));
        if format == "csv" {
            let claims = harness::table(&out, "claims");
            assert!(claims.iter().all(|r| !r["split"].is_empty()));
            // The ids and text of the CSV survive the rewrite (read back with the schema's types).
            assert!(claims.iter().any(|r| r["doc_id"] == "東京"));
        }
    }
}

/// Found by a hostile review: an export that never ends (`/dev/zero` behind a `.json`
/// name) was read until the kernel killed claimkit. It is refused, naming the file.
#[cfg(unix)]
#[test]
fn an_export_that_is_a_device_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out = built(dir.path(), None);
    let zero = dir.path().join("zz.json");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    import(&zero, &out)
        .code(1)
        .stderr(predicates::str::contains(
            "zz.json: not a regular file (a character device): give the JSON file Label Studio exported",
        ));
}

/// Found by hostile review: an import killed while writing left `.claims.tmp-…` beside
/// the dataset, and no later split or import removed it. The next one now does, as the
/// next build does for a killed build.
#[test]
fn a_killed_update_leaves_nothing_the_next_one_keeps() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = built(dir.path(), Some(ARTICLES));
    let stale = dir.path().join(".claims.tmp-killed");
    std::fs::create_dir_all(stale.join("dataset")).expect("mkdir");
    for name in ["labels.csv", "labels.parquet", "claims.csv"] {
        std::fs::write(stale.join("dataset").join(name), "half").expect("write");
    }
    claimkit()
        .args(["split", "--dataset"])
        .arg(&out)
        .assert()
        .success();
    assert_eq!(harness::leftovers(&out), Vec::<String>::new());
    assert!(!dir.path().join(".claims.kept-1").exists());
}

/// Found by hostile review: an export whose evidence text holds a lone UTF-16
/// surrogate escape (`\ud83d`, half an emoji, as a JavaScript front end cuts a
/// string) was refused whole ("unexpected end of hex escape"), as JSON Lines
/// input once was. It is read with U+FFFD in its place, with a warning.
#[test]
fn an_export_with_a_lone_surrogate_is_read_with_a_replacement_character() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = built(dir.path(), Some(ARTICLES));
    let tasks = export_tasks(dir.path(), &dir.path().join("articles.jsonl"));
    let text = serde_json::to_string(&annotate(&tasks, &[1, 2])).expect("json");
    let path = dir.path().join("export.json");
    let cut = text.replacen("見た ✓", r"見た \ud83d", 1);
    assert_ne!(cut, text);
    std::fs::write(&path, cut).expect("write");
    import(&path, &out)
        .success()
        .stderr(predicates::str::contains(
            "1 lone UTF-16 surrogate escape (half a character, as JavaScript cuts strings) read as U+FFFD",
        ));
    let evidence: Vec<String> = harness::table(&out, "labels")
        .into_iter()
        .map(|r| r["evidence"].clone())
        .collect();
    assert!(
        evidence.contains(&"見た \u{fffd}".to_string()),
        "{evidence:?}"
    );
}
