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
/// A symbolic link is followed, dangling or not, and the file it points to is
/// written, as a shell's `>` would: the link stays a link.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let name = display_path(path);
    let failed = |e: std::io::Error| anyhow::anyhow!("{name}: cannot write: {}", plain(e));
    // read_link's errors carry no path, and the loop's is our own: no `plain` needed.
    let target = follow_links(path).map_err(|e| anyhow::anyhow!("{name}: cannot write: {e}"))?;
    let path = target.as_path();
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // A run stopped by Ctrl-C (`claimkit::interrupt`) writes nothing: before the file is
    // begun, and again before it replaces the old one (its temporary file is removed).
    claimkit::drive::stop_if_asked()?;
    let mut prefix = std::ffi::OsString::from(".");
    prefix.push(path.file_name().unwrap_or_default());
    prefix.push(".tmp-");
    let mut tmp = tempfile::Builder::new()
        .prefix(&prefix)
        .tempfile_in(dir)
        .map_err(failed)?;
    tmp.write_all(bytes).map_err(failed)?;
    // A file written over keeps its permissions (a report kept private stays so); a new
    // one is readable by all, as a file the shell creates.
    let permissions = std::fs::metadata(path).map(|m| m.permissions());
    #[cfg(unix)]
    let permissions = permissions.or_else(|_| {
        use std::os::unix::fs::PermissionsExt;
        Ok::<_, std::io::Error>(std::fs::Permissions::from_mode(0o644))
    });
    if let Ok(permissions) = permissions {
        let _ = tmp.as_file().set_permissions(permissions);
    }
    claimkit::drive::stop_if_asked()?;
    tmp.persist(path).map_err(|e| failed(e.error))?;
    Ok(())
}

/// Where `path` leads through symbolic links, the last of which may dangle.
fn follow_links(path: &Path) -> std::io::Result<PathBuf> {
    /// Links followed at most, as Linux's own limit.
    const MAX_LINKS: usize = 40;
    let mut path = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let to = std::fs::read_link(&path)?;
                path = match path.parent() {
                    Some(dir) if to.is_relative() => dir.join(to),
                    _ => to,
                };
            }
            _ => return Ok(path),
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

/// An I/O error without the raw path some errors carry (tempfile adds it),
/// which could hold terminal escapes.
fn plain(e: std::io::Error) -> std::io::Error {
    match e.raw_os_error() {
        Some(code) => std::io::Error::from_raw_os_error(code),
        None => std::io::Error::from(e.kind()),
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::write_atomically;
    use std::os::unix::fs::symlink;

    /// `report --out r.html` where r.html is a symbolic link (to a report served from
    /// elsewhere, or not written yet) replaced the link with a file of its own and left
    /// the target as it was. Now the target is written and the link stays.
    #[test]
    fn a_link_is_followed_and_stays_a_link() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(dir.path().join("site")).expect("mkdir");
        for (link, target) in [
            ("dangling.html", "site/new.html"),
            ("old.html", "site/old.html"),
        ] {
            if link == "old.html" {
                std::fs::write(dir.path().join(target), "old").expect("write");
            }
            let link = dir.path().join(link);
            symlink(target, &link).expect("symlink");
            write_atomically(&link, b"report").expect("written");
            assert!(link
                .symlink_metadata()
                .expect("link")
                .file_type()
                .is_symlink());
            assert_eq!(
                std::fs::read(dir.path().join(target)).expect("target"),
                b"report"
            );
        }
    }

    /// Found by hostile review: a report written over a file kept private (0600) came
    /// back readable by all (0644).
    #[test]
    fn a_file_written_over_keeps_its_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let (private, new) = (dir.path().join("private.html"), dir.path().join("new.html"));
        std::fs::write(&private, "old").expect("write");
        std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        write_atomically(&private, b"report").expect("written");
        write_atomically(&new, b"report").expect("written");
        let mode = |p: &std::path::Path| std::fs::metadata(p).expect("meta").permissions().mode();
        assert_eq!(mode(&private) & 0o777, 0o600);
        assert_eq!(mode(&new) & 0o777, 0o644);
    }

    #[test]
    fn a_loop_of_links_is_an_error() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        symlink(&b, &a).expect("symlink");
        symlink(&a, &b).expect("symlink");
        let err = write_atomically(&a, b"x").unwrap_err().to_string();
        assert!(err.contains("too many levels of symbolic links"), "{err}");
    }
}
