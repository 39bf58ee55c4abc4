//! Crash safety: a build killed part way leaves the previous dataset intact.

use super::*;

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
            let csv = dir.path().join(name).join("dataset/sentences.csv");
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
