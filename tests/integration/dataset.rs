//! The committed dataset is reproducible, and output never depends on `--jobs`.

use crate::harness::{claimkit, files};
use std::path::Path;

/// Rebuilding `datasets/claims/` from `datasets/articles/` gives the same bytes,
/// so every behaviour change shows up as a reviewed dataset diff.
#[test]
fn committed_dataset_is_reproducible() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("claims");
    claimkit()
        .args(["build", "datasets/articles", "--out"])
        .arg(&out)
        .assert()
        .success();
    let committed = files(Path::new("datasets/claims"));
    let rebuilt = files(&out);
    let names = |v: &[(String, Vec<u8>)]| v.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(
        names(&committed),
        names(&rebuilt),
        "datasets/claims has different files"
    );
    let differing: Vec<&str> = committed
        .iter()
        .zip(&rebuilt)
        .filter(|(a, b)| a.1 != b.1)
        .map(|(a, _)| a.0.as_str())
        .collect();
    assert!(
        differing.is_empty(),
        "datasets/claims differs from a rebuild in {differing:?}: run `just build-dataset` and review the diff"
    );
}

/// `--jobs 1` and `--jobs 2` write byte-identical files, and so do two runs.
#[test]
fn output_is_identical_for_any_jobs() {
    let tmp = tempfile::tempdir().unwrap();
    let mut results = Vec::new();
    for (i, jobs) in ["1", "2", "2"].iter().enumerate() {
        let out = tmp.path().join(format!("claims{i}"));
        claimkit()
            .args(["build", "datasets/articles", "--jobs", jobs, "--out"])
            .arg(&out)
            .assert()
            .success();
        results.push(files(&out));
    }
    assert!(results[0] == results[1], "--jobs 1 and --jobs 2 differ");
    assert!(results[1] == results[2], "two runs differ");
}
