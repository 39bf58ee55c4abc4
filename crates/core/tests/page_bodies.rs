//! Scored: the article bodies claimkit extracts from the 121 pages of the Zyte
//! article-extraction benchmark (`../shared/eval/article_extraction_zyte`),
//! scored by the benchmark's own `evaluate.py` (standard-library Python) on
//! `documents.text` as the reader gives it. Floor: F1 0.965, ahead of
//! trafilatura (0.957) on the same pages.

use claimkit_core::evaldata;
use claimkit_core::read::parse_page;
use std::path::Path;
use std::process::Command;

const FOLDER: &str = "eval/article_extraction_zyte";
const F1_FLOOR: f64 = 0.965;

#[test]
fn zyte_page_bodies_score_above_the_floor() {
    let Some(dir) = evaldata::path(FOLDER) else {
        return;
    };
    if Command::new("python3").arg("--version").output().is_err() {
        evaldata::skip("python3 not found for evaluate.py");
        return;
    }
    let mut output = serde_json::Map::new();
    let mut names: Vec<_> = std::fs::read_dir(dir.join("html"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    let mut bytes_read = 0;
    let started = std::time::Instant::now();
    for path in &names {
        let key = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".html.gz"))
            .unwrap()
            .to_string();
        let bytes = std::fs::read(path).unwrap();
        bytes_read += bytes.len();
        // A page without an article scores as an empty prediction.
        let body = parse_page(&key, "page.html.gz", &bytes, None)
            .map(|l| l.document.text)
            .unwrap_or_default();
        output.insert(key, serde_json::json!({ "articleBody": body }));
    }
    eprintln!(
        "{} pages ({:.1} MB gzipped) in {:.2?}",
        names.len(),
        bytes_read as f64 / 1e6,
        started.elapsed()
    );
    let f1 = score(&dir, output);
    eprintln!("Zyte article bodies: F1 {f1:.3} (floor {F1_FLOOR})");
    assert!(f1 >= F1_FLOOR, "F1 {f1:.3} below {F1_FLOOR}");
}

/// Run `evaluate.py` in a scratch folder that holds the ground truth and
/// `output/claimkit.json`; the F1 it reports.
fn score(dir: &Path, output: serde_json::Map<String, serde_json::Value>) -> f64 {
    let work = tempfile::tempdir().unwrap();
    std::fs::create_dir(work.path().join("output")).unwrap();
    std::fs::write(
        work.path().join("output/claimkit.json"),
        serde_json::Value::Object(output).to_string(),
    )
    .unwrap();
    std::fs::copy(
        dir.join("ground-truth.json"),
        work.path().join("ground-truth.json"),
    )
    .unwrap();
    let run = Command::new("python3")
        .arg(dir.join("evaluate.py"))
        .args(["--n-bootstrap", "20", "--output", "metrics.json"])
        .current_dir(work.path())
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "evaluate.py failed: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    eprint!("{}", String::from_utf8_lossy(&run.stdout));
    let metrics: serde_json::Value =
        serde_json::from_slice(&std::fs::read(work.path().join("metrics.json")).unwrap()).unwrap();
    metrics["claimkit"]["f1"].as_f64().unwrap()
}
