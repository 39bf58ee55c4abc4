//! Where a dataset goes: the output directory resolved, locked, checked and
//! replaced in one step.
//!
//! * The output path is made absolute with its parent canonicalised, so
//!   `claims/../claims` and `claims` are the same directory.
//! * A run (build, split, import) claims its output with its own temporary
//!   directory beside it (`.NAME.tmp-XXXXXX`), locked (`flock`) for as long
//!   as the run lives, so no lock file is ever left behind. A second run into
//!   the same output finds that live, locked directory and stops with
//!   [`ExportError::Busy`], touching nothing; runs into other outputs under
//!   the same parent go on side by side. The new dataset is written into a
//!   `dataset` folder inside it, so a temporary directory holds nothing else:
//!   one that does (a dataset a user built into `.claims.tmp-abc`) is no
//!   run's and is left alone, while one nobody holds locked that holds only
//!   that folder was left by a killed run and is cleared. The parent directory is
//!   locked only for the moments a run claims its output and swaps its
//!   result in, which keeps those steps one at a time.
//! * An existing output directory is replaced only when it is empty or holds
//!   exactly what an earlier build wrote: its `manifest.json` names claimkit
//!   and lists every entry, each a regular file. A folder with anything else
//!   in it (the input articles, a notebook, a folder named `README.md`) is
//!   refused, never deleted. The check runs again just before the swap, and
//!   the old dataset is then removed file by file, only what its manifest
//!   lists: a file saved into it during the build survives (the folder is
//!   kept as `.NAME.kept-N` beside the output).
//! * The new dataset is built in the run's temporary directory beside the output
//!   (`.NAME.tmp-…/dataset`) and swapped in with one atomic `renameat2(EXCHANGE)` on
//!   Linux; elsewhere the old dataset is moved aside to `.NAME.previous`
//!   first, and a build that finds only `.NAME.previous` (the previous one was
//!   killed between the two renames) moves it back before anything else.

use crate::schema::Table;
use crate::ExportError;
use std::ffi::{OsStr, OsString};
use std::fs::File;
use std::path::{Path, PathBuf};

/// What `split` and `import-labelstudio` write into a temporary folder before its manifest
/// (the labels table, one file per split), so that the folder of a killed run is cleared.
fn update_files() -> Vec<String> {
    let mut files = Vec::new();
    for ext in ["csv", "parquet"] {
        files.push(format!("{}.{ext}", Table::Labels.name()));
        for table in crate::update::SPLIT_TABLES {
            for split in crate::update::SPLITS {
                files.push(crate::update::split_file(table, split, ext));
            }
        }
    }
    files
}

/// The files a dataset of schema 1 holds when its manifest does not list them.
fn standard_files() -> Vec<String> {
    let mut files = vec!["manifest.json".to_string(), "README.md".to_string()];
    for table in Table::ALL {
        files.push(format!("{}.csv", table.name()));
        files.push(format!("{}.parquet", table.name()));
    }
    files
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> ExportError + '_ {
    move |error| ExportError::Io {
        path: claimkit_core::read::display_path(path),
        error,
    }
}

/// `out` as an absolute path whose parent is canonical (symlinks and `..`
/// resolved), creating the parent if needed. The last component is kept as
/// written unless `out` exists, so a symlinked dataset is replaced, not its
/// link.
pub fn resolve_out(out: &Path) -> Result<PathBuf, ExportError> {
    if out.is_dir() {
        return out.canonicalize().map_err(io_err(out));
    }
    let name = match out.file_name() {
        Some(name) => name.to_os_string(),
        None => {
            // `..`, `/` or an empty path: only a directory can be meant.
            return Err(ExportError::Io {
                path: claimkit_core::read::display_path(out),
                error: std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    "not a directory name",
                ),
            });
        }
    };
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if let Some(file) = parent
        .ancestors()
        .find(|a| a.exists())
        .filter(|a| !a.is_dir())
    {
        // create_dir_all would only say "File exists".
        return Err(ExportError::Io {
            path: claimkit_core::read::display_path(file),
            error: std::io::Error::new(
                std::io::ErrorKind::NotADirectory,
                "not a directory, so it cannot hold the dataset",
            ),
        });
    }
    std::fs::create_dir_all(&parent).map_err(io_err(&parent))?;
    let parent = parent.canonicalize().map_err(io_err(&parent))?;
    Ok(parent.join(name))
}

/// A hidden sibling of `out`: `.NAME{suffix}`.
/// The name is kept as its bytes: as lossy text, two outputs whose names are
/// not UTF-8 could share their siblings.
pub(crate) fn sibling(out: &Path, suffix: &str) -> PathBuf {
    let mut name = OsString::from(".");
    name.push(out.file_name().unwrap_or(OsStr::new("dataset")));
    name.push(suffix);
    out.with_file_name(name)
}

/// The prefix of the temporary directories of builds into `out`.
fn tmp_prefix(out: &Path) -> OsString {
    sibling(out, ".tmp-")
        .file_name()
        .map(OsStr::to_os_string)
        .unwrap_or_default()
}

/// The folder inside a run's temporary directory that holds the new dataset.
const DATASET: &str = "dataset";

/// A run's hold on its output: its own temporary directory beside the output,
/// locked while the value lives. The run writes the new dataset into
/// [`Claim::dir`], inside it.
pub(crate) struct Claim {
    /// The temporary directory (removed on drop unless swapped in).
    pub(crate) tmp: tempfile::TempDir,
    /// The lock on `tmp`, which tells other runs that this one is alive.
    _lock: File,
}

impl Claim {
    /// Where the run writes the new dataset.
    pub(crate) fn dir(&self) -> PathBuf {
        self.tmp.path().join(DATASET)
    }

    /// Swap the finished dataset in for `out` ([`swap_in`]); the temporary
    /// directory goes with it.
    pub(crate) fn swap_in(self, out: &Path) -> Result<(), ExportError> {
        swap_in(self.tmp.path(), out)?;
        // Removed under the parent's lock: there is nothing left for the guard to remove.
        let _ = self.tmp.keep();
        Ok(())
    }
}

/// Claim `out` for one run: under a short lock on the parent, refuse with
/// [`ExportError::Busy`] when a live run holds a temporary directory of `out`,
/// clear those that killed runs left, bring back a dataset a killed swap left
/// aside, and create and lock this run's own temporary directory.
pub(crate) fn claim(out: &Path) -> Result<Claim, ExportError> {
    let parent = out.parent().unwrap_or(Path::new("."));
    let _parent = lock_parent(parent)?;
    let mut stale = Vec::new();
    for dir in tmp_dirs(out) {
        let held = File::open(&dir).map_err(io_err(&dir))?;
        match held.try_lock() {
            Ok(()) if holds_only_a_dataset(&dir) => stale.push(dir),
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(ExportError::Busy {
                    path: claimkit_core::read::display_path(out),
                })
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(io_err(&dir)(e)),
        }
    }
    for dir in stale {
        remove_dataset_with(&dir.join(DATASET), out, update_files());
        let _ = std::fs::remove_dir(&dir);
    }
    recover_previous(out)?;
    let tmp = tempfile::Builder::new()
        .prefix(&tmp_prefix(out))
        .tempdir_in(parent)
        .map_err(io_err(parent))?;
    let lock = File::open(tmp.path()).map_err(io_err(tmp.path()))?;
    lock.lock().map_err(io_err(tmp.path()))?;
    let claim = Claim { tmp, _lock: lock };
    std::fs::create_dir(claim.dir()).map_err(io_err(&claim.dir()))?;
    Ok(claim)
}

/// True when `dir` holds nothing but a run's `dataset` folder (or nothing):
/// what a run's temporary directory holds, and a dataset never does.
fn holds_only_a_dataset(dir: &Path) -> bool {
    entries(dir).is_ok_and(|present| {
        present
            .iter()
            .all(|(name, is_file)| name == DATASET && !is_file)
    })
}

/// Lock `parent` (waiting for another run's claim or swap, which are short)
/// until the returned handle is dropped.
fn lock_parent(parent: &Path) -> Result<File, ExportError> {
    let file = File::open(parent).map_err(io_err(parent))?;
    file.lock().map_err(io_err(parent))?;
    Ok(file)
}

/// The temporary directories of runs into `out`: `.NAME.tmp-` and the
/// random letters and digits the temporary-file crate adds, nothing else
/// (`.NAME.tmp-1.tmp-XXXXXX` belongs to the output `NAME.tmp-1`).
fn tmp_dirs(out: &Path) -> Vec<PathBuf> {
    let (Some(parent), prefix) = (out.parent(), tmp_prefix(out)) else {
        return Vec::new();
    };
    let Ok(entries) = std::fs::read_dir(parent) else {
        return Vec::new();
    };
    let mut dirs = Vec::new();
    for entry in entries.flatten() {
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        let name = entry.file_name();
        let ours = name
            .as_encoded_bytes()
            .strip_prefix(prefix.as_encoded_bytes())
            .is_some_and(|rest| !rest.is_empty() && rest.iter().all(u8::is_ascii_alphanumeric));
        if is_dir && ours {
            dirs.push(entry.path());
        }
    }
    dirs
}

/// A dataset moved aside by a build killed between its two renames comes back.
fn recover_previous(out: &Path) -> Result<(), ExportError> {
    let previous = sibling(out, ".previous");
    if !out.exists() && previous.is_dir() {
        std::fs::rename(&previous, out).map_err(io_err(out))?;
    }
    Ok(())
}

/// Check that `out` may be replaced: it is missing, empty, or holds only
/// what an earlier build listed in its manifest.
pub(crate) fn check_replaceable(out: &Path) -> Result<(), ExportError> {
    let path = || claimkit_core::read::display_path(out);
    let meta = match std::fs::symlink_metadata(out) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(io_err(out)(e)),
    };
    if !meta.is_dir() {
        return Err(ExportError::OutputIsFile { path: path() });
    }
    let present = entries(out)?;
    if present.is_empty() {
        return Ok(());
    }
    let Some(listed) = manifest_files(out) else {
        return Err(ExportError::NotADataset { path: path() });
    };
    let mut foreign: Vec<String> = present
        .into_iter()
        .filter(|(name, is_file)| !(*is_file && listed.contains(name)))
        .map(|(name, _)| name)
        .collect();
    if foreign.is_empty() {
        return Ok(());
    }
    foreign.sort();
    Err(ExportError::ForeignFiles {
        path: path(),
        files: foreign,
    })
}

/// The entries of a directory: name, and whether it is a regular file (a
/// symlink is not).
fn entries(dir: &Path) -> Result<Vec<(String, bool)>, ExportError> {
    let mut present = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io_err(dir))? {
        let entry = entry.map_err(io_err(dir))?;
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        present.push((entry.file_name().to_string_lossy().into_owned(), is_file));
    }
    Ok(present)
}

/// Remove a dataset directory that claimkit wrote: only the regular files
/// its manifest lists (or that a dataset holds, for a temporary directory
/// without one), then the directory if that left it empty. Anything else in
/// it stays, and so does the directory, renamed to `.NAME.kept-N` beside
/// `out` when it sits at a name a later build would clean up.
fn remove_dataset(dir: &Path, out: &Path) {
    remove_dataset_with(dir, out, Vec::new());
}

/// [`remove_dataset`], also removing `extra`.
fn remove_dataset_with(dir: &Path, out: &Path, extra: Vec<String>) {
    let mut ours = standard_files();
    ours.extend(extra);
    ours.extend(manifest_files(dir).unwrap_or_default());
    if let Ok(present) = entries(dir) {
        for (name, is_file) in present {
            if is_file && ours.contains(&name) {
                let _ = std::fs::remove_file(dir.join(name));
            }
        }
    }
    if std::fs::remove_dir(dir).is_ok() || !dir.exists() {
        return;
    }
    for n in 1.. {
        let kept = sibling(out, &format!(".kept-{n}"));
        if !kept.exists() {
            let _ = std::fs::rename(dir, kept);
            return;
        }
    }
}

/// The files an earlier build's manifest lists, or `None` when the
/// directory holds no claimkit manifest.
fn manifest_files(out: &Path) -> Option<Vec<String>> {
    let text = std::fs::read_to_string(out.join("manifest.json")).ok()?;
    let manifest: serde_json::Value = serde_json::from_str(&text).ok()?;
    if manifest["tool"] != "claimkit" {
        return None;
    }
    match manifest["files"].as_array() {
        Some(files) => Some(
            files
                .iter()
                .filter_map(|f| f.as_str())
                // A listed name is a plain file name, never a path out of the folder.
                .filter(|f| !f.contains(['/', '\\']) && *f != ".." && *f != ".")
                .map(str::to_string)
                .collect(),
        ),
        None => Some(standard_files()),
    }
}

/// Put the finished dataset in `run/dataset` in place of `out`, checking once
/// more that `out` holds only what an earlier build wrote, and remove the
/// run's directory `run`, all under the parent's lock (so no other run finds
/// it still there and locked).
fn swap_in(run: &Path, out: &Path) -> Result<(), ExportError> {
    let _parent = lock_parent(out.parent().unwrap_or(Path::new(".")))?;
    replace(&run.join(DATASET), out)?;
    let _ = std::fs::remove_dir(run);
    Ok(())
}

/// Put the finished dataset at `tmp` in place of `out` (see [`swap_in`]).
fn replace(tmp: &Path, out: &Path) -> Result<(), ExportError> {
    if !out.exists() {
        return std::fs::rename(tmp, out).map_err(io_err(out));
    }
    check_replaceable(out)?;
    if exchange(tmp, out).is_ok() {
        // `tmp` now holds the old dataset.
        remove_dataset(tmp, out);
        return Ok(());
    }
    let previous = sibling(out, ".previous");
    if previous.exists() {
        remove_dataset(&previous, out);
    }
    std::fs::rename(out, &previous).map_err(io_err(out))?;
    if let Err(e) = std::fs::rename(tmp, out) {
        let _ = std::fs::rename(&previous, out);
        return Err(io_err(out)(e));
    }
    remove_dataset(&previous, out);
    Ok(())
}

/// Swap two directories atomically (Linux `renameat2` with `RENAME_EXCHANGE`).
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let cstr = |p: &Path| {
        CString::new(p.as_os_str().as_bytes())
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))
    };
    let (a, b) = (cstr(a)?, cstr(b)?);
    // SAFETY: both paths are valid NUL-terminated strings that outlive the call.
    let rc = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if rc == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> std::io::Result<()> {
    Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
}

#[cfg(test)]
mod tests {
    /// Two runs into two outputs under one parent go on side by side (they
    /// used to share one lock on the parent, and the second was refused).
    #[test]
    fn outputs_under_one_parent_are_claimed_side_by_side() {
        let dir = tempfile::tempdir().expect("temp dir");
        let _a = super::claim(&dir.path().join("a")).expect("claim a");
        let _b = super::claim(&dir.path().join("b")).expect("claim b");
    }

    use super::*;

    /// `--out some-file/ds`: the file is named as what stands in the way,
    /// instead of create_dir_all's bare "File exists".
    #[test]
    fn an_output_below_a_file_names_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("notes.txt");
        std::fs::write(&file, "x").unwrap();
        let err = resolve_out(&file.join("deeper/claims")).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "{}: cannot write: not a directory, so it cannot hold the dataset",
                file.display()
            )
        );
    }

    #[test]
    fn dot_dot_in_the_output_path_names_the_same_directory() {
        let dir = tempfile::tempdir().unwrap();
        let claims = dir.path().join("claims");
        std::fs::create_dir(&claims).unwrap();
        let roundabout = dir.path().join("claims/../claims");
        assert_eq!(
            resolve_out(&roundabout).unwrap(),
            resolve_out(&claims).unwrap()
        );
    }

    #[test]
    fn a_folder_with_files_the_manifest_does_not_list_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        std::fs::write(
            out.join("manifest.json"),
            r#"{"tool":"claimkit","files":["manifest.json","claims.csv"]}"#,
        )
        .unwrap();
        std::fs::write(out.join("claims.csv"), "x").unwrap();
        assert!(check_replaceable(out).is_ok());
        std::fs::write(out.join("notes.ipynb"), "{}").unwrap();
        std::fs::create_dir(out.join("articles")).unwrap();
        let err = check_replaceable(out).unwrap_err().to_string();
        assert!(err.contains("articles, notes.ipynb"), "{err}");
    }

    #[test]
    fn a_second_claim_on_the_same_output_is_refused_with_the_output() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("claims");
        let held = claim(&out).unwrap();
        match claim(&out) {
            Err(ExportError::Busy { path }) => assert_eq!(path, out.display().to_string()),
            other => panic!("expected Busy, got {:?}", other.map(|_| ())),
        }
        drop(held);
        assert!(claim(&out).is_ok(), "free again once the first run ends");
    }

    /// A temporary directory nobody holds (a killed run's) is cleared by the
    /// next claim; one of another output whose name starts the same way, even
    /// live, is neither cleared nor taken for a run into this output.
    #[test]
    fn a_killed_runs_tmp_is_cleared_and_a_neighbours_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("claims");
        let killed = sibling(&out, ".tmp-AbC123");
        std::fs::create_dir_all(killed.join(DATASET)).unwrap();
        std::fs::write(killed.join(DATASET).join("claims.csv"), "x").unwrap();
        let neighbour = claim(&dir.path().join("claims.tmp-1")).unwrap();
        let mine = claim(&out).unwrap();
        assert!(!killed.exists());
        assert!(neighbour.tmp.path().is_dir());
        assert!(mine.tmp.path().is_dir());
    }

    /// Found by hostile review: a dataset built into `.claims.tmp-abc` was
    /// taken for the temporary folder of a killed run into `claims` and
    /// deleted by the next claim of `claims`; so was a table in a folder of
    /// that name. A run's folder holds only its `dataset` folder.
    #[test]
    fn a_folder_named_like_a_temporary_folder_is_no_runs() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("claims");
        let lookalike = sibling(&out, ".tmp-abc");
        std::fs::create_dir(&lookalike).unwrap();
        std::fs::write(lookalike.join("manifest.json"), r#"{"tool":"claimkit"}"#).unwrap();
        std::fs::write(lookalike.join("claims.csv"), "x").unwrap();
        drop(claim(&out).unwrap());
        assert!(lookalike.join("manifest.json").is_file());
        assert!(lookalike.join("claims.csv").is_file());
        assert!(!sibling(&out, ".kept-1").exists());
    }

    /// Found by hostile review: names were compared as lossy text, so a run
    /// into an output named by the byte 0xFE took the live temporary folder of
    /// a run into 0xFF (both `.\u{fffd}.tmp-…`) for its own and was refused.
    #[cfg(unix)]
    #[test]
    fn outputs_whose_names_are_not_utf8_are_told_apart() {
        use std::os::unix::ffi::OsStrExt;
        let dir = tempfile::tempdir().unwrap();
        let name = |b: u8| dir.path().join(std::ffi::OsStr::from_bytes(&[b]));
        let _ff = claim(&name(0xff)).unwrap();
        assert!(claim(&name(0xfe)).is_ok(), "refused as busy");
        assert!(matches!(claim(&name(0xff)), Err(ExportError::Busy { .. })));
    }

    #[test]
    fn a_swap_leaves_no_temporary_folder() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("claims");
        for _ in 0..2 {
            let run = claim(&out).unwrap();
            std::fs::write(run.dir().join("manifest.json"), r#"{"tool":"claimkit"}"#).unwrap();
            run.swap_in(&out).unwrap();
        }
        assert!(tmp_dirs(&out).is_empty());
        assert!(out.join("manifest.json").is_file());
    }

    #[test]
    fn a_dataset_left_aside_by_a_killed_swap_comes_back() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("claims");
        std::fs::create_dir(sibling(&out, ".previous")).unwrap();
        recover_previous(&out).unwrap();
        assert!(out.is_dir());
    }

    #[test]
    fn a_file_the_manifest_does_not_list_survives_the_removal() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("claims");
        let old = dir.path().join("old");
        std::fs::create_dir(&old).unwrap();
        std::fs::write(old.join("manifest.json"), r#"{"tool":"claimkit"}"#).unwrap();
        std::fs::write(old.join("claims.csv"), "x").unwrap();
        std::fs::write(old.join("notes.ipynb"), "{}").unwrap();
        remove_dataset(&old, &out);
        assert!(!old.exists());
        let kept = sibling(&out, ".kept-1");
        assert!(kept.join("notes.ipynb").is_file());
        assert!(!kept.join("claims.csv").exists());
    }

    #[test]
    fn the_temporary_folder_of_a_killed_update_is_cleared() {
        // Found by hostile review: `import-labelstudio` killed mid-write left
        // `.claims.tmp-…` with the new labels (and hard links of the tables) beside the
        // dataset; no later split or import removed it, and a build moved it to
        // `.claims.kept-1` since the labels were no file it knew.
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("claims");
        let stale = sibling(&out, ".tmp-abc");
        std::fs::create_dir_all(stale.join(DATASET)).unwrap();
        for name in [
            "labels.csv",
            "labels.parquet",
            "claims.csv",
            "claims-test.parquet",
        ] {
            std::fs::write(stale.join(DATASET).join(name), "x").unwrap();
        }
        drop(claim(&out).unwrap());
        assert!(!stale.exists());
        assert!(!sibling(&out, ".kept-1").exists());
    }

    #[test]
    fn a_folder_named_like_a_table_is_foreign() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("manifest.json"), r#"{"tool":"claimkit"}"#).unwrap();
        std::fs::create_dir(dir.path().join("README.md")).unwrap();
        assert!(matches!(
            check_replaceable(dir.path()),
            Err(ExportError::ForeignFiles { .. })
        ));
    }

    #[test]
    fn exchange_swaps_two_directories() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        std::fs::create_dir(&a).unwrap();
        std::fs::create_dir(&b).unwrap();
        std::fs::write(a.join("new"), "").unwrap();
        replace(&a, &b).unwrap();
        assert!(b.join("new").exists());
        assert!(!a.exists());
    }
}
