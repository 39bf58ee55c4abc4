//! The dataset in the tools users load it with: the notebook, Hugging Face `datasets`, DuckDB.
//!
//! A test binary of its own (`cargo test --test notebook`), apart from the end-to-end tests in
//! `tests/integration/`, because it needs Python: it builds (or reuses) a throwaway venv in
//! `target/py-venv` from the pinned `notebooks/requirements.txt` with `tests/python/venv.py`,
//! then runs the Python in `tests/python/`:
//!
//! - `run_notebook.py` executes `notebooks/explore.ipynb` headless into a temporary copy; any
//!   cell that raises fails the test;
//! - `check_hf_datasets.py` loads every config of the data card with `load_dataset`, offline;
//! - `check_duckdb.py` queries `datasets/claims/*.parquet` with DuckDB.
//!
//! Without `python3` the Python tests say `SKIPPED` and return. With `CLAIMKIT_SKIP_PYTHON=1`
//! they are skipped the same way (for machines without PyPI); otherwise a venv that cannot be
//! built (no network) fails them with pip's message.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::Instant;

const NOTEBOOK: &str = "notebooks/explore.ipynb";
const FIGURE: &str = "notebooks/figures/claims_overview.png";
const DATASET: &str = "datasets/claims";

/// Writes straight to stderr, past the test harness's output capture, so that a skip or a
/// timing shows in the output of a passing test too.
fn say(message: &str) {
    let _ = writeln!(std::io::stderr(), "{message}");
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The venv's python, `None` when the Python checks are skipped (said on stderr), or a panic
/// with pip's output when the venv cannot be built. Built once per test binary run.
fn venv_python() -> Option<&'static Path> {
    static VENV: OnceLock<Result<Option<PathBuf>, String>> = OnceLock::new();
    match VENV.get_or_init(build_venv) {
        Ok(python) => python.as_deref(),
        Err(message) => panic!("{message}"),
    }
}

fn build_venv() -> Result<Option<PathBuf>, String> {
    if std::env::var("CLAIMKIT_SKIP_PYTHON").as_deref() == Ok("1") {
        say("SKIPPED: CLAIMKIT_SKIP_PYTHON=1: the notebook, Hugging Face and DuckDB checks did not run");
        return Ok(None);
    }
    match Command::new("python3").arg("--version").output() {
        Ok(out) if out.status.success() => {}
        _ => {
            say("SKIPPED: python3 not found: the notebook, Hugging Face and DuckDB checks did not run");
            return Ok(None);
        }
    }
    // `target/py-venv`, in whatever target directory this build uses.
    let venv = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("target dir")
        .join("py-venv");
    let began = Instant::now();
    let out = Command::new("python3")
        .arg("tests/python/venv.py")
        .arg("--venv")
        .arg(&venv)
        .current_dir(root())
        .output()
        .map_err(|e| format!("cannot run python3 tests/python/venv.py: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "could not build the Python venv {} from notebooks/requirements.txt \
             (set CLAIMKIT_SKIP_PYTHON=1 to skip the Python checks on a machine without PyPI):\n{}",
            venv.display(),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    let python = PathBuf::from(stdout.lines().last().unwrap_or_default().trim());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let how = if stderr.contains("reusing") {
        "reused"
    } else {
        "created"
    };
    say(&format!(
        "notebook tests: venv {} {how} in {:.1} s",
        venv.display(),
        began.elapsed().as_secs_f64()
    ));
    Ok(Some(python))
}

/// Runs `python script args…` from the package root; its last line of stdout, or a message
/// with all its output when it fails.
fn run_python(
    python: &Path,
    script: &str,
    args: &[&Path],
    envs: &[(&str, &Path)],
) -> Result<String, String> {
    let began = Instant::now();
    let mut command = Command::new(python);
    command.arg(script).args(args).current_dir(root());
    for (key, value) in envs {
        command.env(key, value);
    }
    let out = command
        .output()
        .map_err(|e| format!("cannot run {} {script}: {e}", python.display()))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        return Err(format!(
            "{script} failed ({}):\n--- stdout\n{stdout}\n--- stderr\n{stderr}",
            out.status
        ));
    }
    let last = stdout.lines().last().unwrap_or_default().to_string();
    say(&format!(
        "notebook tests: {script} passed in {:.1} s: {last}",
        began.elapsed().as_secs_f64()
    ));
    Ok(last)
}

#[test]
fn notebook_runs_headless_without_a_failing_cell() {
    let Some(python) = venv_python() else { return };
    let scratch = tempfile::Builder::new()
        .prefix("notebook-")
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
        .expect("tempdir");
    let executed = scratch.path().join("explore.ipynb");
    let figures = scratch.path().join("figures");
    let committed = std::fs::read(root().join(NOTEBOOK)).expect("read notebook");

    let run = run_python(
        python,
        "tests/python/run_notebook.py",
        &[Path::new(NOTEBOOK), &executed],
        &[("CLAIMKIT_FIGURE_DIR", &figures)],
    );
    if let Err(message) = run {
        let kept = scratch.keep(); // the executed copy shows the failing cell and its outputs
        panic!(
            "{message}\nthe executed notebook is kept in {}",
            kept.display()
        );
    }

    assert_eq!(
        std::fs::read(root().join(NOTEBOOK)).expect("read notebook"),
        committed,
        "executing the notebook rewrote the committed {NOTEBOOK}"
    );
    let figure =
        std::fs::read(figures.join("claims_overview.png")).expect("the notebook saves its figure");
    assert!(
        figure.starts_with(b"\x89PNG\r\n\x1a\n"),
        "the figure is not a PNG"
    );
    // The README shows the committed figure; a dataset change makes it stale, which is worth a
    // note but not a failure (refreshing it needs PyPI).
    if std::fs::read(root().join(FIGURE)).ok().as_deref() != Some(&figure[..]) {
        say(&format!(
            "notebook tests: NOTE: {FIGURE} differs from a fresh run; `just notebook` refreshes it"
        ));
    }
}

/// Runs one of the dataset checks in `tests/python/` on `datasets/claims`.
fn check_dataset(script: &str) {
    let Some(python) = venv_python() else { return };
    run_python(python, script, &[Path::new(DATASET)], &[]).unwrap_or_else(|m| panic!("{m}"));
}

#[test]
fn hugging_face_datasets_loads_every_config_of_the_data_card() {
    check_dataset("tests/python/check_hf_datasets.py");
}

/// The release path: a split copy of the dataset (`claimkit split`) loads with
/// `load_dataset(path, "checkable_claims")` as train, validation and test.
#[test]
fn hugging_face_datasets_loads_the_splits_of_a_split_dataset() {
    let Some(python) = venv_python() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let copy = dir.path().join("claims");
    std::fs::create_dir(&copy).expect("mkdir");
    for entry in std::fs::read_dir(root().join(DATASET)).expect("read dataset") {
        let entry = entry.expect("entry");
        std::fs::copy(entry.path(), copy.join(entry.file_name())).expect("copy");
    }
    let split = Command::new(env!("CARGO_BIN_EXE_claimkit"))
        .args(["split", "--seed", "1", "--dataset"])
        .arg(&copy)
        .output()
        .expect("claimkit split runs");
    assert!(
        split.status.success(),
        "{}",
        String::from_utf8_lossy(&split.stderr)
    );
    run_python(
        python,
        "tests/python/check_hf_datasets.py",
        &[copy.as_path()],
        &[],
    )
    .unwrap_or_else(|m| panic!("{m}"));
}

#[test]
fn duckdb_queries_over_the_parquet_files_match_the_manifest() {
    check_dataset("tests/python/check_duckdb.py");
}

/// Outputs would repeat the dataset and go stale with it; the tests execute a copy instead.
#[test]
fn committed_notebook_has_no_outputs() {
    let text = std::fs::read_to_string(root().join(NOTEBOOK)).expect("read notebook");
    let notebook: serde_json::Value = serde_json::from_str(&text).expect("notebook is JSON");
    let cells = notebook["cells"].as_array().expect("cells");
    assert!(!cells.is_empty(), "{NOTEBOOK} has no cells");
    for (i, cell) in cells.iter().enumerate() {
        if cell["cell_type"] == "code" {
            assert_eq!(
                cell["outputs"],
                serde_json::json!([]),
                "cell {i} of {NOTEBOOK} has outputs: clear them"
            );
            assert!(
                cell["execution_count"].is_null(),
                "cell {i} of {NOTEBOOK} has an execution count: clear it"
            );
        }
    }
}
