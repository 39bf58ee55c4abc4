//! Where the tests and benchmarks find the shared evaluation data: public
//! suites, corpora and the seed gold that live beside the checkout in
//! `../shared` (they are research data and never copied into the repository).
//!
//! [`path`] gives a file under that folder, or `None` with a `SKIPPED` line on
//! stderr when it is missing, so that a checkout without it still runs every
//! other test. With `CLAIMKIT_REQUIRE_EVAL=1` (set by `.ci/run`) a missing
//! file panics instead: a CI run without the data fails rather than passing
//! with nothing measured. `CLAIMKIT_SHARED` points at another folder.
//!
//! ```
//! // A file nobody has: skipped (unless CLAIMKIT_REQUIRE_EVAL=1).
//! if std::env::var("CLAIMKIT_REQUIRE_EVAL").as_deref() != Ok("1") {
//!     assert!(claimkit_core::evaldata::path("no/such/file").is_none());
//! }
//! ```

use std::path::PathBuf;

/// The environment variable that turns a missing file into a failure.
pub const REQUIRE_VAR: &str = "CLAIMKIT_REQUIRE_EVAL";

/// The environment variable that names the shared folder.
pub const SHARED_VAR: &str = "CLAIMKIT_SHARED";

/// The shared folder: `$CLAIMKIT_SHARED`, else `shared/` beside the checkout.
pub fn root() -> PathBuf {
    match std::env::var_os(SHARED_VAR) {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")),
    }
}

/// True when missing evaluation data must fail the run.
pub fn required() -> bool {
    std::env::var(REQUIRE_VAR).as_deref() == Ok("1")
}

/// Say that a scored test did not run because `what` is missing: a
/// `SKIPPED` line, or a panic under `CLAIMKIT_REQUIRE_EVAL=1`.
pub fn skip(what: impl std::fmt::Display) {
    if required() {
        panic!("{what}, and {REQUIRE_VAR}=1 requires it");
    }
    eprintln!("SKIPPED: {what}");
}

/// `rel` under the shared folder if it exists. Otherwise `None` and a
/// `SKIPPED` line, or a panic under `CLAIMKIT_REQUIRE_EVAL=1`.
pub fn path(rel: &str) -> Option<PathBuf> {
    let path = root().join(rel);
    if path.exists() {
        return Some(path);
    }
    let message = format!(
        "{} not found (the shared evaluation folder is not beside the checkout)",
        path.display()
    );
    skip(message);
    None
}

/// Text matching as the seed gold's `FORMAT.md` and `score.py` define it, for the scored
/// tests of every stage: quotes straightened, white space folded to one space, no space
/// before `. , ; : ! ?`.
///
/// ```
/// use claimkit_core::evaldata::gold;
/// let text = "He said : “12  strikes” .";
/// assert_eq!(gold::normalized(text), "He said: \"12 strikes\".");
/// let (start, end) = gold::occurrences(text, "“12 strikes”")[0];
/// assert_eq!(&text[start..end], "“12  strikes”");
/// ```
pub mod gold {
    /// The normalised characters of `text`, each with the byte offset it came from.
    fn norm_map(text: &str) -> (Vec<char>, Vec<usize>) {
        let (mut out, mut idx): (Vec<char>, Vec<usize>) = (Vec::new(), Vec::new());
        for (i, c) in text.char_indices() {
            let c = match c {
                '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' => '\'',
                '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' => '"',
                c => c,
            };
            if c.is_whitespace() {
                if out.last().is_some_and(|&l| l != ' ') {
                    out.push(' ');
                    idx.push(i);
                }
                continue;
            }
            if ".,;:!?".contains(c) && out.last() == Some(&' ') {
                out.pop();
                idx.pop();
            }
            out.push(c);
            idx.push(i);
        }
        while out.last() == Some(&' ') {
            out.pop();
            idx.pop();
        }
        (out, idx)
    }

    /// `text` normalised.
    pub fn normalized(text: &str) -> String {
        norm_map(text).0.into_iter().collect()
    }

    /// Byte spans in `text` of every occurrence of `needle`, both normalised.
    pub fn occurrences(text: &str, needle: &str) -> Vec<(usize, usize)> {
        let (hay, idx) = norm_map(text);
        let (pin, _) = norm_map(needle);
        if pin.is_empty() || pin.len() > hay.len() {
            return Vec::new();
        }
        (0..=hay.len() - pin.len())
            .filter(|&p| hay[p..p + pin.len()] == pin[..])
            .map(|p| {
                let last = idx[p + pin.len() - 1];
                let width = text[last..].chars().next().map_or(1, char::len_utf8);
                (idx[p], last + width)
            })
            .collect()
    }
}
