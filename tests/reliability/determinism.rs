//! Determinism: the same bytes for any `--jobs` and across runs.

use super::*;

#[test]
fn reuters_slice_is_byte_identical_for_any_jobs_and_across_runs() {
    let Some(reuters) = shared("eval/news_reuters21578/reuters21578.jsonl") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let slice = dir.path().join("reuters-2000.jsonl");
    let text = std::fs::read_to_string(&reuters).expect("read reuters");
    let lines: Vec<&str> = text.lines().take(2_000).collect();
    std::fs::write(&slice, lines.join("\n") + "\n").expect("write slice");
    let build_slice = |jobs: &str, name: &str| -> PathBuf {
        let out = dir.path().join(name);
        build(&slice, &["--skip-bad", "--jobs", jobs], &out).success();
        out
    };
    let one = files(&build_slice("1", "jobs1"));
    let two = files(&build_slice("2", "jobs2"));
    let again = files(&build_slice("2", "jobs2-again"));
    assert!(one.len() >= 16, "{} files", one.len());
    let names = |fs: &[(String, Vec<u8>)]| fs.iter().map(|f| f.0.clone()).collect::<Vec<_>>();
    assert_eq!(names(&one), names(&two));
    assert_eq!(names(&two), names(&again));
    for ((name, a), ((_, b), (_, c))) in one.iter().zip(two.iter().zip(&again)) {
        assert!(a == b, "{name} differs between --jobs 1 and --jobs 2");
        assert!(b == c, "{name} differs between two runs");
    }
}
