//! Files claimkit writes that a folder of articles may come to hold. An HTML report
//! written into the folder it was made from (`claimkit report news --out
//! news/report.html`, or `--out news/report.txt`) has the name of an article file, and
//! so do Label Studio tasks saved there (`claimkit export-labelstudio news --out
//! news/tasks.jsonl`), but they are claimkit's output, not articles: a directory walk
//! passes over them with a note, as over a dataset built into the folder, and naming
//! one as an input is refused ([`super::InputErrorKind::OwnReport`],
//! [`super::InputErrorKind::OwnTasks`]). Each is recognised by its first bytes, not its
//! name: a report by its generator marker, tasks by their first task opening with
//! claimkit's prediction (`export-labelstudio` writes each task's `predictions` before
//! its `data`, so the model version, `"claimkit …"`, comes within the first bytes).

use super::check_regular;
use std::io::Read;
use std::path::Path;

/// The marker every HTML report claimkit writes carries in its `<head>`.
pub const REPORT_GENERATOR: &str = "<meta name=\"generator\" content=\"claimkit\">";

/// How the model version of claimkit's Label Studio predictions starts (`claimkit 0.1.0`).
pub const TASKS_MODEL: &str = "claimkit";

/// How far into a file its marker starts at the latest.
const MARKER_WITHIN: usize = 4096;

/// An output of claimkit that can sit among articles under an article's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OwnOutput {
    /// An HTML report (`claimkit report`).
    Report,
    /// Label Studio tasks (`claimkit export-labelstudio`).
    LabelStudioTasks,
}

impl OwnOutput {
    /// What the file is, for messages.
    pub fn describe(self) -> &'static str {
        match self {
            OwnOutput::Report => "an HTML report claimkit wrote",
            OwnOutput::LabelStudioTasks => "Label Studio tasks claimkit wrote",
        }
    }

    /// Why a file of this kind named as an input is refused.
    pub fn refusal(self) -> super::InputErrorKind {
        match self {
            OwnOutput::Report => super::InputErrorKind::OwnReport,
            OwnOutput::LabelStudioTasks => super::InputErrorKind::OwnTasks,
        }
    }

    /// The output the bytes (or the first bytes) of a file are, if any.
    pub fn of(bytes: &[u8]) -> Option<OwnOutput> {
        if is_report(bytes) {
            Some(OwnOutput::Report)
        } else if is_tasks(bytes) {
            Some(OwnOutput::LabelStudioTasks)
        } else {
            None
        }
    }

    /// The output `path` holds, when it is a regular file claimkit wrote. Only its
    /// first few kilobytes are read; a FIFO or device is never opened, and a file that
    /// cannot be read is none.
    pub fn of_file(path: &Path) -> Option<OwnOutput> {
        check_regular(path).ok()?;
        let mut head = Vec::new();
        let limit = (MARKER_WITHIN + REPORT_GENERATOR.len()) as u64;
        std::fs::File::open(path)
            .and_then(|f| f.take(limit).read_to_end(&mut head))
            .ok()?;
        OwnOutput::of(&head)
    }
}

/// True for the bytes (or the first bytes) of an HTML report claimkit wrote.
///
/// ```
/// use claimkit_core::read::{is_report, REPORT_GENERATOR};
/// let page = format!("<!DOCTYPE html>\n<html><head>{REPORT_GENERATOR}<title>t</title>");
/// assert!(is_report(page.as_bytes()));
/// assert!(!is_report(b"<!DOCTYPE html>\n<html><head><title>News</title>"));
/// ```
pub fn is_report(bytes: &[u8]) -> bool {
    bytes.starts_with(b"<!DOCTYPE html>")
        && bytes
            .windows(REPORT_GENERATOR.len())
            .take(MARKER_WITHIN)
            .any(|w| w == REPORT_GENERATOR.as_bytes())
}

/// True for the bytes (or the first bytes) of Label Studio tasks claimkit wrote: a JSON
/// list whose first task opens with a prediction of claimkit's model, in any layout of
/// white space.
///
/// ```
/// use claimkit_core::read::is_tasks;
/// assert!(is_tasks(br#"[{"predictions": [{"model_version": "claimkit 0.1.0", "result": []"#));
/// assert!(is_tasks(b"[\n  {\n    \"predictions\": [\n      {\n        \"model_version\": \"claimkit"));
/// assert!(!is_tasks(br#"[{"data": {"text": "An article"}, "predictions": []}]"#));
/// assert!(!is_tasks(br#"[{"predictions": [{"model_version": "another model"}]}]"#));
/// ```
pub fn is_tasks(bytes: &[u8]) -> bool {
    let model = format!("\"{TASKS_MODEL}");
    let tokens = [
        "[",
        "{",
        "\"predictions\"",
        ":",
        "[",
        "{",
        "\"model_version\"",
        ":",
        model.as_str(),
    ];
    let mut rest = &bytes[..bytes.len().min(MARKER_WITHIN)];
    for token in tokens {
        let start = rest
            .iter()
            .position(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
            .unwrap_or(rest.len());
        match rest[start..].strip_prefix(token.as_bytes()) {
            Some(after) => rest = after,
            None => return false,
        }
    }
    true
}
