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
