//! Scaling: one document of 1, 2, 4 and 8 MB of news text through the whole analysis
//! (sentences, quantities, times, attributions, claims), with the time of each stage and
//! the ratio of 8 MB to 4 MB. Linear work gives a ratio near 2; the target is at most
//! [`TARGET_RATIO`], and the bench fails above it. The same is measured on the texts of
//! [`HOSTILE`], each repeated into one document of every size.
//!
//! `cargo bench -p claimkit-claims --bench scaling` (also run by `just bench`). The text
//! is Reuters-21578 from `../shared/eval` (read in place), its stories joined into one
//! record; without it, the bundled Wikinews articles of `datasets/articles`, repeated.

use claimkit_core::{Date, Document};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Document sizes, in MB (10^6 bytes).
const SIZES_MB: [usize; 4] = [1, 2, 4, 8];
/// Runs per size; the fastest counts.
const RUNS: usize = 3;
/// Most the 8 MB document may take, as a multiple of the 4 MB one.
const TARGET_RATIO: f64 = 2.5;
/// Stage names, in pipeline order.
const STAGES: [&str; 5] = ["sentences", "quantities", "times", "attributions", "claims"];

/// Texts that once made a stage superlinear, each repeated into one document of every
/// size: a hostile user's input, measured like news.
const HOSTILE: &[(&str, &str)] = &[
    (
        "a quotation and its cue, repeated in one sentence without end",
        "\u{201c}We lost,\u{201d} he told a meeting of ",
    ),
    (
        "a programme told a quotation, with no outlet named before it",
        "Mr Lee told Sunday's programme: \"We won.\" ",
    ),
    (
        "a body that speaks, then \"the ministry\", which no body named holds",
        "Acme Corp said sales rose. The ministry said prices fell. ",
    ),
    (
        "a demand coordinated with the next one in one sentence without end",
        "The union called for the minister to resign and ",
    ),
    (
        "sentences inside one partly quoted statement, split at each",
        "Ann said that Bob \"was wrong. He lied. He lied. He lied.\" ",
    ),
];

fn main() {
    let Some((name, texts, published)) = corpus() else {
        println!("scaling: skipped, no news text found");
        return;
    };
    let mut ok = series(name, published, |bytes| joined(&texts, bytes));
    for (what, pattern) in HOSTILE {
        ok &= series(what, published, |bytes| {
            pattern.repeat(bytes / pattern.len() + 1)
        });
    }
    if !ok {
        std::process::exit(1);
    }
}

/// Time one document of each of [`SIZES_MB`] made by `body`; whether 8 MB took at most
/// [`TARGET_RATIO`] times as long as 4 MB.
fn series(name: &str, published: Date, body: impl Fn(usize) -> String) -> bool {
    println!("scaling: one document of {name}, fastest of {RUNS} runs");
    println!(
        "{:>5} {:>10} {:>9} {:>9}  {}",
        "MB",
        "bytes",
        "total s",
        "MB/s",
        STAGES.map(|s| format!("{s:>13}")).join("")
    );
    let mut totals = Vec::new();
    for mb in SIZES_MB {
        let mut doc = Document::from_body("scaling", &body(mb * 1_000_000));
        doc.published = Some(published);
        let stages = fastest(&doc);
        let total: Duration = stages.iter().sum();
        let secs = total.as_secs_f64();
        println!(
            "{mb:>5} {:>10} {secs:>9.3} {:>9.2}  {}",
            doc.text.len(),
            doc.text.len() as f64 / 1e6 / secs,
            stages
                .map(|d| format!("{:>13.3}", d.as_secs_f64()))
                .join("")
        );
        totals.push(secs);
    }
    let ratio = totals[3] / totals[2];
    let verdict = if ratio <= TARGET_RATIO {
        "ok"
    } else {
        "ABOVE TARGET"
    };
    println!("scaling: 8 MB / 4 MB = {ratio:.2} (target <= {TARGET_RATIO}): {verdict}");
    ratio <= TARGET_RATIO
}

/// The time of each stage on `doc`, each the fastest of [`RUNS`].
fn fastest(doc: &Document) -> [Duration; 5] {
    let mut best = [Duration::MAX; 5];
    for _ in 0..RUNS {
        for (b, d) in best.iter_mut().zip(analyze(doc)) {
            *b = (*b).min(d);
        }
    }
    best
}

/// Run every stage once, as the `claimkit` binary does, timing each.
fn analyze(doc: &Document) -> [Duration; 5] {
    let text = doc.text.as_str();
    let clock = Instant::now();
    let sentences = claimkit_segment::split_sentences(text, &doc.paragraphs);
    let t0 = clock.elapsed();
    let quantities = claimkit_measure::quantities(text);
    let t1 = clock.elapsed();
    let times = claimkit_measure::times(text, &sentences, doc.published);
    let t2 = clock.elapsed();
    let attributions = claimkit_source::attributions(text, &sentences);
    let t3 = clock.elapsed();
    let facets = claimkit_claims::Facets {
        attributions: &attributions,
        quantities: &quantities,
        times: &times,
    };
    let claims = claimkit_claims::claims(text, &sentences, &facets);
    let t4 = clock.elapsed();
    std::hint::black_box(claims);
    [t0, t1 - t0, t2 - t1, t3 - t2, t4 - t3]
}

/// Stories joined by blank lines, repeated if need be, until `bytes` are reached.
fn joined(texts: &[String], bytes: usize) -> String {
    let mut body = String::with_capacity(bytes + 64 * 1024);
    for text in texts.iter().cycle() {
        if body.len() >= bytes {
            break;
        }
        body.push_str(text.trim());
        body.push_str("\n\n");
    }
    body
}

/// The texts of Reuters-21578 if present, else of the bundled articles, with a name
/// and a publication date to resolve relative times against.
fn corpus() -> Option<(&'static str, Vec<String>, Date)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let reuters = root.join("../shared/eval/news_reuters21578/reuters21578.jsonl");
    if let Some(texts) = jsonl_texts(&reuters) {
        return Some(("Reuters-21578 stories", texts, Date::constant(1987, 3, 1)));
    }
    println!(
        "scaling: {} is missing; using datasets/articles",
        reuters.display()
    );
    let bundled: PathBuf = root.join("datasets/articles/gum_news_wikinews.jsonl");
    let texts = jsonl_texts(&bundled)?;
    Some(("Wikinews articles", texts, Date::constant(2015, 11, 17)))
}

/// The non-empty `text` fields of a JSON Lines file, or `None` if it cannot be read.
fn jsonl_texts(path: &Path) -> Option<Vec<String>> {
    let content = std::fs::read_to_string(path).ok()?;
    let texts: Vec<String> = content
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|record| record.get("text")?.as_str().map(str::to_string))
        .filter(|text| !text.trim().is_empty())
        .collect();
    (!texts.is_empty()).then_some(texts)
}
