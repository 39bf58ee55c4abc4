//! A failed write to stdout other than a closed pipe is an error: output cut
//! short by a full disk must not exit 0 as if it were complete.

use std::path::Path;
use std::process::{Command, Stdio};

/// `claimkit COMMAND [--raw] ARTICLE > /dev/full` (no space left on device)
/// exited 0 with nothing written: every write error was taken for a reader
/// that closed the pipe (`| head`).
#[test]
fn inspection_into_a_full_disk_fails() {
    let full = Path::new("/dev/full");
    if !full.exists() {
        return; // not Linux
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let article = dir.path().join("story.txt");
    let body = "The council said the plan would cost 5 million dollars.\n\n".repeat(2_000);
    std::fs::write(&article, format!("Council plan\n\n{body}")).expect("write article");
    for (command, raw) in [
        ("sentences", false),
        ("sentences", true),
        ("quantities", false),
        ("claims", true),
    ] {
        let sink = std::fs::OpenOptions::new()
            .write(true)
            .open(full)
            .expect("/dev/full");
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_claimkit"));
        cmd.arg(command);
        if raw {
            cmd.arg("--raw");
        }
        let out = cmd
            .arg(&article)
            .stdin(Stdio::null())
            .stdout(sink)
            .output()
            .expect("run claimkit");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{command} raw={raw}: {stderr}");
        assert!(
            stderr.contains("cannot write to stdout"),
            "{command}: {stderr}"
        );
    }
}

/// A reader that stops early (`| head -1`) still ends the command quietly.
#[test]
fn inspection_into_a_closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let article = dir.path().join("story.txt");
    let body = "The council said the plan would cost 5 million dollars.\n\n".repeat(20_000);
    std::fs::write(&article, body).expect("write article");
    for command in ["sentences", "quantities"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_claimkit"))
            .args([command, "--raw"])
            .arg(&article)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn claimkit");
        drop(child.stdout.take()); // the reader goes away before reading
        let out = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{command}: {stderr}");
        assert!(stderr.is_empty(), "{command}: {stderr}");
    }
}
