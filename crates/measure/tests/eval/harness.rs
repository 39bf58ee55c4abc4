//! Loading the suites and scoring cases.

use serde_json::Value;
use std::path::PathBuf;

/// `shared/eval/<rel>`, next to the workspace.
pub fn eval_path(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/eval")
        .join(rel)
}

/// The JSON file at `shared/eval/<rel>`, or `None` (with a skip message) if
/// it is missing.
pub fn load(rel: &str) -> Option<Value> {
    let path = eval_path(rel);
    let Ok(text) = std::fs::read_to_string(&path) else {
        claimkit_core::evaldata::skip(format!("{} is missing", path.display()));
        return None;
    };
    serde_json::from_str(text.trim_start_matches('\u{feff}')).ok()
}

/// True when every platform lists the case as not supported.
pub fn unsupported_everywhere(case: &Value) -> bool {
    let ns = case["NotSupported"].as_str().unwrap_or("").to_lowercase();
    ["dotnet", "javascript", "python", "java"]
        .iter()
        .all(|p| ns.split(',').any(|x| x.trim() == *p))
}

/// Byte offset of every char offset of `text` (and of its end).
pub fn byte_offsets(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .collect()
}

pub fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0.max(b.0) < a.1.min(b.1)
}

pub fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

/// A score: passed out of scored, with the cases skipped.
#[derive(Default)]
pub struct Score {
    pub passed: usize,
    pub scored: usize,
    pub skipped: usize,
    pub failures: Vec<String>,
    /// Why cases were skipped, with how many.
    pub skips: Vec<(String, usize)>,
}

impl Score {
    pub fn record(&mut self, ok: bool, input: &str) {
        self.scored += 1;
        if ok {
            self.passed += 1;
        } else {
            self.failures.push(input.to_string());
        }
    }

    /// Counts a skipped case under `why`.
    pub fn skip(&mut self, why: &str) {
        self.skipped += 1;
        match self.skips.iter_mut().find(|(w, _)| w == why) {
            Some((_, n)) => *n += 1,
            None => self.skips.push((why.to_string(), 1)),
        }
    }

    pub fn percent(&self) -> f64 {
        100.0 * self.passed as f64 / self.scored.max(1) as f64
    }

    /// Prints the score and the first failures; asserts the minimum.
    pub fn report(&self, name: &str, minimum: f64) {
        println!(
            "{name}: {}/{} = {:.1}% (minimum {minimum}%), {} skipped",
            self.passed,
            self.scored,
            self.percent(),
            self.skipped
        );
        for (why, n) in &self.skips {
            println!("  skipped {n}: {why}");
        }
        let shown = std::env::var("EVAL_MISSES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(60);
        for f in self.failures.iter().take(shown) {
            println!("  miss: {f}");
        }
        assert!(
            self.percent() >= minimum,
            "{name} scored {:.1}% < {minimum}%",
            self.percent()
        );
    }
}
