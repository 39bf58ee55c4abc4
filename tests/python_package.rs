//! The Python package `claimkit` (crates/python): the steps of `just python-test`, so that
//! `cargo test --workspace` (and `just test`) build the wheel and run its tests too.
//!
//! A test binary of its own (`cargo test --test python_package`): it builds (or reuses) the
//! throwaway venv `target/py-pkg-venv` from `tests/python_pkg/requirements.txt` with
//! `tests/python/venv.py`, builds a debug wheel with maturin into the same `target/` (the
//! crate is a workspace of its own, see crates/python/README.md; Cargo has released the
//! build lock by the time tests run), installs it and runs pytest over `tests/python_pkg/`:
//! the package tests and the Dask `LocalCluster` scale-out test over Reuters-21578.
//!
//! Without `python3`, or with `CLAIMKIT_SKIP_PYTHON=1` (machines without PyPI), it prints
//! `SKIPPED` and passes. The first run on a machine compiles PyO3 and, because PyO3's macros
//! change the features of `syn` and `once_cell`, polars once more (about three minutes on two
//! cores); later runs take under a minute.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

fn say(message: &str) {
    let _ = writeln!(std::io::stderr(), "{message}");
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs a command from the package root; its stdout, or a panic with all its output.
fn run(what: &str, command: &mut Command) -> String {
    let began = Instant::now();
    let out = command
        .current_dir(root())
        .output()
        .unwrap_or_else(|e| panic!("cannot start {what}: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "{what} failed ({}):\n--- stdout\n{stdout}\n--- stderr\n{stderr}",
        out.status
    );
    say(&format!(
        "python package: {what} in {:.1} s",
        began.elapsed().as_secs_f64()
    ));
    stdout
}

#[test]
fn wheel_builds_and_its_tests_pass() {
    if std::env::var("CLAIMKIT_SKIP_PYTHON").as_deref() == Ok("1") {
        say("SKIPPED: CLAIMKIT_SKIP_PYTHON=1: the Python package was not built or tested");
        return;
    }
    if !Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        say("SKIPPED: python3 not found: the Python package was not built or tested");
        return;
    }
    let target: PathBuf = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("target dir")
        .to_path_buf();
    let venv = target.join("py-pkg-venv");
    let stdout = run(
        "venv",
        Command::new("python3")
            .arg("tests/python/venv.py")
            .args(["--requirements", "tests/python_pkg/requirements.txt"])
            .arg("--venv")
            .arg(&venv),
    );
    let python = PathBuf::from(stdout.lines().last().unwrap_or_default().trim());
    let bin = python.parent().expect("venv bin");
    let wheels = target.join("claimkit-wheel-test");
    let _ = std::fs::remove_dir_all(&wheels);
    run(
        "maturin build (debug wheel)",
        Command::new(bin.join("maturin"))
            .args([
                "build",
                "--quiet",
                "--manifest-path",
                "crates/python/Cargo.toml",
            ])
            .arg("--out")
            .arg(&wheels)
            .env("CARGO_TARGET_DIR", &target),
    );
    let wheel = std::fs::read_dir(&wheels)
        .expect("wheel dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "whl"))
        .expect("maturin wrote no wheel");
    run(
        "pip install",
        Command::new(&python)
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--force-reinstall",
                "--no-deps",
            ])
            .arg(&wheel),
    );
    let out = run(
        "pytest tests/python_pkg",
        Command::new(&python)
            .args(["-m", "pytest", "-p", "no:cacheprovider", "-q", "-s"])
            .arg("tests/python_pkg")
            .env("CLAIMKIT_BIN", env!("CARGO_BIN_EXE_claimkit")),
    );
    for line in out
        .lines()
        .filter(|l| l.contains("scale-out") || l.contains("passed"))
    {
        say(&format!("python package: {line}"));
    }
}
