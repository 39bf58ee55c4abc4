//! Files the report and export commands write: never an input, and never a
//! file claimkit did not write unless `--force`.
//!
//! A file counts as claimkit's when its content shows it: an HTML report
//! carries `<meta name="generator" content="claimkit">`, a tasks file is a
//! JSON list of tasks whose predictions claimkit made and that no annotator
//! has touched, a labeling config is the one claimkit writes.

use anyhow::{bail, Result};
use claimkit_core::read::display_path;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// How much of an existing file is read to recognise it.
const SNIFF_BYTES: u64 = 64 * 1024 * 1024;

/// A file a command is about to write.
pub struct Target<'a> {
    path: &'a Path,
    inputs: &'a [PathBuf],
    force: bool,
}

impl<'a> Target<'a> {
    /// `path`, written by a command that reads `inputs`.
    pub fn new(path: &'a Path, inputs: &'a [PathBuf], force: bool) -> Target<'a> {
        Target {
            path,
            inputs,
            force,
        }
    }

    /// Refuse to write over an input, over anything but a regular file, or
    /// (without `--force`) over a file that `ours` does not recognise.
    pub fn check(&self, ours: fn(&[u8]) -> bool) -> Result<()> {
        let name = display_path(self.path);
        let Ok(meta) = std::fs::metadata(self.path) else {
            return Ok(()); // nothing there yet
        };
        if !meta.is_file() {
            bail!("{name}: exists and is not a regular file; choose another --out");
        }
        if self.is_input() {
            bail!("{name}: is one of the inputs; choose another --out");
        }
        if self.force {
            return Ok(());
        }
        let mut head = Vec::new();
        std::fs::File::open(self.path)
            .and_then(|f| f.take(SNIFF_BYTES).read_to_end(&mut head))
            .map_err(|e| anyhow::anyhow!("{name}: cannot read: {e}"))?;
        if !ours(&head) {
            bail!(
                "{name}: exists and was not written by this command; pass --force to overwrite it"
            );
        }
        Ok(())
    }

    /// True when the target is an input file, or an article file below an
    /// input directory (an earlier report or tasks file there is none: the walk passes
    /// over claimkit's own outputs).
    fn is_input(&self) -> bool {
        let Ok(target) = self.path.canonicalize() else {
            return false;
        };
        self.inputs
            .iter()
            .filter_map(|i| i.canonicalize().ok())
            .any(|input| {
                target == input
                    || (input.is_dir()
                        && target.starts_with(&input)
                        && claimkit_core::read::FileFormat::is_input(&target)
                        && claimkit_core::read::OwnOutput::of_file(&target).is_none())
            })
    }
}

/// An HTML report claimkit wrote.
pub use claimkit_core::read::is_report;

/// Label Studio tasks claimkit wrote: a JSON list whose tasks carry only
/// claimkit's predictions, with no annotations (an export from Label Studio
/// holds annotators' work and is never overwritten).
pub fn is_labelstudio_tasks(bytes: &[u8]) -> bool {
    let Ok(serde_json::Value::Array(tasks)) = serde_json::from_slice(bytes) else {
        return false;
    };
    tasks.iter().all(|task| {
        let by_claimkit = task["predictions"].as_array().is_some_and(|p| {
            p.iter().all(|p| {
                p["model_version"]
                    .as_str()
                    .is_some_and(|v| v.starts_with("claimkit"))
            })
        });
        by_claimkit && task.get("annotations").is_none()
    })
}

/// The labeling config claimkit writes.
pub fn is_label_config(bytes: &[u8]) -> bool {
    bytes == claimkit_export::labelstudio::LABEL_CONFIG.as_bytes()
}

/// Write a file through a temporary file beside it, so a failure leaves no
/// half-written file. Errors name the path as [`display_path`] prints it.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let name = display_path(path);
    let failed = |e: std::io::Error| anyhow::anyhow!("{name}: cannot write: {}", plain(e));
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(failed)?;
    tmp.write_all(bytes).map_err(failed)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = tmp
            .as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644));
    }
    tmp.persist(path).map_err(|e| failed(e.error))?;
    Ok(())
}

/// An I/O error without the raw path some errors carry (tempfile adds it),
/// which could hold terminal escapes.
fn plain(e: std::io::Error) -> std::io::Error {
    match e.raw_os_error() {
        Some(code) => std::io::Error::from_raw_os_error(code),
        None => std::io::Error::from(e.kind()),
    }
}
