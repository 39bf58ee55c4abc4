//! Crash safety: a build killed part way leaves the previous dataset intact.

use super::*;

/// Start `claimkit build INPUT --jobs 1 --out OUT` (stderr piped) and wait until
/// it has written rows into its temporary directory beside `out`; the child and
/// that directory's name.
fn build_until_writing(input: &Path, out: &Path) -> (std::process::Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimkit"))
        .arg("build")
        .arg(input)
        .args(["--jobs", "1", "--out"])
        .arg(out)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn claimkit");
    let parent = out.parent().expect("parent");
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        assert!(
            child.try_wait().expect("try_wait").is_none(),
            "the build finished before it could be stopped: make the corpus bigger"
        );
        let written = leftovers(out).into_iter().find(|name| {
            let csv = parent.join(name).join("dataset/sentences.csv");
            std::fs::metadata(csv).is_ok_and(|m| m.len() > 4096)
        });
        if let Some(name) = written {
            return (child, name);
        }
        assert!(Instant::now() < deadline, "no rows written within 60 s");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn build_killed_part_way_leaves_the_previous_dataset_intact() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("many.jsonl");
    synthetic_corpus(&input, 3_000);
    let out = dir.path().join("claims");
    let before = earlier_dataset(&out);

    let (mut child, tmp) = build_until_writing(&input, &out);
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

/// Start `claimkit build` on a corpus big enough to take seconds, wait until it
/// has written rows into its temporary directory, and send it `signal`.
#[cfg(unix)]
fn build_signalled(signal: i32, twice: bool) -> (std::process::Output, Vec<String>, bool) {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("many.jsonl");
    synthetic_corpus(&input, 3_000);
    let out = dir.path().join("claims");
    let before = earlier_dataset(&out);
    let (child, _) = build_until_writing(&input, &out);
    let pid = i32::try_from(child.id()).expect("pid");
    // SAFETY: kill(2) on our own child's pid with a plain signal number.
    assert_eq!(unsafe { libc::kill(pid, signal) }, 0, "kill failed");
    if twice {
        // SAFETY: as above.
        assert_eq!(unsafe { libc::kill(pid, signal) }, 0, "kill failed");
    }
    let output = child.wait_with_output().expect("wait");
    let unchanged = files(&out) == before;
    (output, leftovers(&out), unchanged)
}

/// `build_signalled(signal)` must exit with `status`, name the signal on stderr,
/// leave no temporary files and the earlier dataset byte-identical.
#[cfg(unix)]
fn stopped_cleanly(signal: i32, status: i32, name: &str) {
    let (output, left, unchanged) = build_signalled(signal, false);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(status), "stderr: {stderr}");
    assert!(
        stderr.contains(&format!("interrupted by {name}")),
        "stderr: {stderr}"
    );
    assert_eq!(left, Vec::<String>::new(), "temporary files left behind");
    assert!(unchanged, "the earlier dataset changed");
}

/// Ctrl-C during a build: the build stops at the next document with the shell's
/// status for SIGINT (130), says so, removes its temporary directory and leaves
/// the earlier dataset byte-identical (before, the temporary directory stayed
/// until the next run into the same output).
#[cfg(unix)]
#[test]
fn ctrl_c_stops_a_build_cleanly() {
    stopped_cleanly(libc::SIGINT, 130, "SIGINT");
}

/// SIGTERM (a job scheduler's time limit, `kill`) is handled as Ctrl-C is, with
/// status 143.
#[cfg(unix)]
#[test]
fn sigterm_stops_a_build_cleanly() {
    stopped_cleanly(libc::SIGTERM, 143, "SIGTERM");
}

/// A second Ctrl-C ends the process at once (same status); the earlier dataset
/// is still intact, and whatever the run left the next build clears.
#[cfg(unix)]
#[test]
fn a_second_ctrl_c_ends_the_build_at_once() {
    let (output, _left, unchanged) = build_signalled(libc::SIGINT, true);
    assert_eq!(output.status.code(), Some(130));
    assert!(unchanged, "the earlier dataset changed");
}
