//! Files claimkit writes that a folder of articles may come to hold. An HTML report
//! written into the folder it was made from (`claimkit report news --out
//! news/report.html`, or `--out news/report.txt`) has the name of an article file, but
//! it is claimkit's output, not an article: a directory walk passes over it, as over a
//! dataset built into the folder, and naming it as an input is refused
//! ([`super::InputErrorKind::OwnReport`]). It is recognised by its first bytes, not its
//! name.

use super::check_regular;
use std::io::Read;
use std::path::Path;

/// The marker every HTML report claimkit writes carries in its `<head>`.
pub const REPORT_GENERATOR: &str = "<meta name=\"generator\" content=\"claimkit\">";

/// How far into a report the marker starts at the latest.
const MARKER_WITHIN: usize = 4096;

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

/// True when `path` is a regular file that holds an HTML report claimkit wrote. Only
/// its first few kilobytes are read; a FIFO or device is never opened, and a file that
/// cannot be read is no report.
pub fn is_report_file(path: &Path) -> bool {
    if check_regular(path).is_err() {
        return false;
    }
    let mut head = Vec::new();
    let limit = (MARKER_WITHIN + REPORT_GENERATOR.len()) as u64;
    std::fs::File::open(path)
        .and_then(|f| f.take(limit).read_to_end(&mut head))
        .is_ok()
        && is_report(&head)
}
