//! Reliability (issue 9): the bad-input cases that `tests/integration/cli.rs`
//! does not already cover, crash safety under SIGKILL, determinism on a
//! Reuters slice, any-input properties of every stage, and the inputs the
//! fuzzers found (`tests/regressions/`, one file per bug).
//!
//! Every bad input must exit with code 1, name the file (and JSONL line) and
//! the problem, and leave an earlier dataset at `--out` byte-identical.

#[allow(dead_code)]
#[path = "../integration/harness.rs"]
mod harness;

mod bad_input;
mod crash_safety;
mod determinism;
mod properties;
mod regressions;

use claimkit_core::read::{parse_jsonl, read_documents, JsonlRecords, MAX_DOCUMENT_BYTES};
use claimkit_core::{Date, Document, Span};
use claimkit_export::{Table, Tables};
use harness::{
    claimkit, corpus, files, leftovers, manifest, shared, synthetic_corpus, write_big, GOOD,
};
use predicates::str::contains;
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The limit as the error message states it.
const LIMIT_MESSAGE: &str = "document larger than the 16 MiB limit (MAX_DOCUMENT_BYTES)";

/// `claimkit build INPUT ARGS... --out OUT`.
fn build(input: &Path, args: &[&str], out: &Path) -> assert_cmd::assert::Assert {
    claimkit()
        .arg("build")
        .arg(input)
        .args(args)
        .arg("--out")
        .arg(out)
        .assert()
}

/// Build `GOOD` into `out`, returning the files written (the "earlier dataset").
fn earlier_dataset(out: &Path) -> Vec<(String, Vec<u8>)> {
    let good = corpus(&[("good.txt", GOOD)]);
    build(good.path(), &[], out).success();
    files(out)
}

/// `claimkit build INPUT --out OUT` must fail with exit 1 and `message` on
/// stderr, leaving the earlier dataset at `out` byte-identical.
fn refused(input: &Path, out: &Path, message: &str) {
    let before = earlier_dataset(out);
    build(input, &[], out).code(1).stderr(contains(message));
    assert!(
        files(out) == before,
        "earlier dataset changed after a refused build ({message})"
    );
}

/// Refuse a corpus of `files_in` with `message`.
fn refused_corpus(files_in: &[(&str, &[u8])], message: &str) {
    let dir = corpus(files_in);
    let out = tempfile::tempdir().expect("tempdir");
    refused(dir.path(), &out.path().join("claims"), message);
}
