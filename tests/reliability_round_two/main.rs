//! Reliability, round two (issue 16): one end-to-end regression test per bug
//! of the issue, named after it, run against the `claimkit` binary.
//!
//! Every command runs as a child process with a time limit ([`Run`]): a
//! regression that hangs (a FIFO opened, `/dev/zero` hashed forever) fails
//! the test after [`TIMEOUT`] instead of hanging CI. Every refusal checks the
//! exit code, the message, and that no file was deleted or overwritten
//! (file bytes compared before and after with `harness::files`).
//!
//! One module per kind of bug; `found_by_breaking` holds the bugs found by
//! trying to break the fixes, each fixed since.
//!
//! Unix only: FIFOs, symlinks, file modes and non-UTF-8 file names.

#![cfg(unix)]

#[allow(dead_code)]
#[path = "../integration/harness.rs"]
mod harness;

mod crashes;
mod data_loss;
mod found_by_breaking;
mod pandas;
mod smaller;

use harness::{corpus, files, leftovers, manifest, synthetic_corpus, table, write_big, GOOD};
use serde_json::Value;
use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long any one command may take before the test kills it and fails.
const TIMEOUT: Duration = Duration::from_secs(30);

/// The limit as the error message states it.
const LIMIT: &str = "16 MiB limit";

// ------------------------------------------------------------------ helpers

/// One `claimkit` run: a child process with stdout and stderr in files (so a
/// large output cannot block it), killed after its time limit.
struct Run {
    args: Vec<OsString>,
    stdin: Option<PathBuf>,
    cwd: Option<PathBuf>,
    timeout: Duration,
}

/// What a [`Run`] gave.
#[derive(Debug)]
struct Ran {
    /// The exit code; -1 when a signal ended the process.
    code: i32,
    stdout: String,
    stderr: String,
    stderr_bytes: Vec<u8>,
    elapsed: Duration,
}

impl Ran {
    /// Assert the exit code and that stderr holds every fragment.
    fn expect(&self, code: i32, fragments: &[&str]) -> &Ran {
        assert_eq!(
            self.code, code,
            "exit code {} (want {code}); stderr:\n{}",
            self.code, self.stderr
        );
        for f in fragments {
            assert!(
                self.stderr.contains(f),
                "stderr lacks {f:?}; stderr:\n{}",
                self.stderr
            );
        }
        assert!(
            !self.stderr.contains("panicked"),
            "claimkit panicked:\n{}",
            self.stderr
        );
        self
    }
}

/// `claimkit ARGS…`.
fn ck<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    Run {
        args: args.into_iter().map(|a| a.as_ref().to_owned()).collect(),
        stdin: None,
        cwd: None,
        timeout: TIMEOUT,
    }
}

impl Run {
    fn args<I, S>(mut self, more: I) -> Run
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        self.args
            .extend(more.into_iter().map(|a| a.as_ref().to_owned()));
        self
    }

    fn stdin(mut self, path: &Path) -> Run {
        self.stdin = Some(path.to_path_buf());
        self
    }

    fn cwd(mut self, dir: &Path) -> Run {
        self.cwd = Some(dir.to_path_buf());
        self
    }

    fn timeout(mut self, t: Duration) -> Run {
        self.timeout = t;
        self
    }

    /// Start the process; [`Running::finish`] waits for it.
    fn spawn(self) -> Running {
        let logs = tempfile::tempdir().expect("tempdir");
        let out = std::fs::File::create(logs.path().join("stdout")).expect("stdout file");
        let err = std::fs::File::create(logs.path().join("stderr")).expect("stderr file");
        let mut command = Command::new(env!("CARGO_BIN_EXE_claimkit"));
        command.args(&self.args).stdout(out).stderr(err);
        match &self.stdin {
            Some(path) => command.stdin(std::fs::File::open(path).expect("stdin file")),
            None => command.stdin(Stdio::null()),
        };
        if let Some(dir) = &self.cwd {
            command.current_dir(dir);
        }
        let started = Instant::now();
        let child = command.spawn().expect("spawn claimkit");
        Running {
            child,
            logs,
            started,
            timeout: self.timeout,
            args: self.args,
        }
    }

    fn run(self) -> Ran {
        self.spawn().finish()
    }
}

/// A started [`Run`].
struct Running {
    child: std::process::Child,
    logs: tempfile::TempDir,
    started: Instant,
    timeout: Duration,
    args: Vec<OsString>,
}

impl Running {
    fn is_running(&mut self) -> bool {
        self.child.try_wait().expect("try_wait").is_none()
    }

    /// Wait for the process, killing it (and failing the test) at its time limit.
    fn finish(mut self) -> Ran {
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                break status;
            }
            if self.started.elapsed() > self.timeout {
                let _ = self.child.kill();
                let _ = self.child.wait();
                let stderr =
                    std::fs::read_to_string(self.logs.path().join("stderr")).unwrap_or_default();
                panic!(
                    "claimkit {:?} still running after {:?}: killed (a hang); stderr:\n{stderr}",
                    self.args, self.timeout
                );
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        let elapsed = self.started.elapsed();
        let stdout = std::fs::read(self.logs.path().join("stdout")).expect("stdout");
        let stderr_bytes = std::fs::read(self.logs.path().join("stderr")).expect("stderr");
        Ran {
            code: status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stderr: String::from_utf8_lossy(&stderr_bytes).into_owned(),
            stderr_bytes,
            elapsed,
        }
    }
}

/// `claimkit build INPUT ARGS… --out OUT`.
fn build(input: &Path, args: &[&str], out: &Path) -> Ran {
    let mut all: Vec<OsString> = vec!["build".into(), input.into()];
    all.extend(args.iter().map(OsString::from));
    all.extend(["--out".into(), out.into()]);
    ck(all).run()
}

/// Build `GOOD` into `out`, returning the files written (the "earlier dataset").
fn earlier_dataset(out: &Path) -> Vec<(String, Vec<u8>)> {
    let good = corpus(&[("good.txt", GOOD)]);
    build(good.path(), &[], out).expect(0, &["built 1 documents"]);
    files(out)
}

/// `claimkit build INPUT ARGS… --out OUT` over an earlier dataset must fail
/// with exit 1 and `fragments` on stderr, leaving the dataset byte-identical.
fn refused(input: &Path, args: &[&str], out: &Path, fragments: &[&str]) -> Ran {
    let before = earlier_dataset(out);
    let ran = build(input, args, out);
    ran.expect(1, fragments);
    assert!(
        files(out) == before,
        "earlier dataset changed after a refused build ({fragments:?})"
    );
    assert_eq!(leftovers(out), Vec::<String>::new());
    ran
}

/// The `skipped` entries of a manifest as (file name, reason).
fn skipped(out: &Path) -> Vec<(String, String)> {
    manifest(out)["skipped"]
        .as_array()
        .expect("skipped")
        .iter()
        .map(|s| {
            let file = s["file"].as_str().unwrap_or_default();
            let name = Path::new(file).file_name().unwrap_or_default();
            let reason = s["reason"].as_str().unwrap_or_default().to_string();
            (name.to_string_lossy().into_owned(), reason)
        })
        .collect()
}

/// One column of `table.csv`.
fn column(out: &Path, name: &str, col: &str) -> Vec<String> {
    table(out, name)
        .into_iter()
        .map(|r| r.get(col).cloned().unwrap_or_default())
        .collect()
}

/// Every entry of `dir` (names only, hidden ones too), sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// JSON Lines: one line per record.
fn jsonl(records: &[Value]) -> Vec<u8> {
    records
        .iter()
        .map(|r| format!("{r}\n"))
        .collect::<String>()
        .into_bytes()
}

fn mkfifo(path: &Path) {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(path.as_os_str().as_bytes()).expect("path");
    // SAFETY: a valid NUL-terminated path.
    let rc = unsafe { libc::mkfifo(c.as_ptr(), 0o644) };
    assert_eq!(rc, 0, "mkfifo: {}", std::io::Error::last_os_error());
}
