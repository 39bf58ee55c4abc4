//! `claimkit-peers-stage SLICE.jsonl`: best-of-5 wall time of each claimkit stage over the
//! slice's documents, already parsed and in memory (as the Python peers get their texts).
//! Prints one JSON object: {"bytes": N, "sentences": s, "quantities": s, "attributions": s}.
//! Each stage includes sentence splitting, as the CLI's inspection commands do.

use claimkit_core::{Document, Sentence};
use std::hint::black_box;
use std::time::Instant;

fn best_of<F: FnMut() -> usize>(mut f: F) -> f64 {
    (0..5)
        .map(|_| {
            let t = Instant::now();
            black_box(f());
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

/// Best time of splitting every document into sentences and running `stage` on them.
fn time_stage(docs: &[Document], stage: impl Fn(&Document, &[Sentence]) -> usize) -> f64 {
    best_of(|| {
        docs.iter()
            .map(|d| stage(d, &claimkit_segment::split_sentences(&d.text, &d.paragraphs)))
            .sum()
    })
}

fn main() {
    let path = std::env::args().nth(1).expect("usage: claimkit-peers-stage SLICE.jsonl");
    let bytes = std::fs::read(&path).expect("cannot read the slice");
    let docs: Vec<Document> = claimkit_core::read::parse_jsonl(&path, &bytes)
        .into_iter()
        .map(|r| r.expect("slice record").document)
        .collect();
    let text_bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let sentences = time_stage(&docs, |_, s| s.len());
    let quantities = time_stage(&docs, |d, _| {
        // Quantities only: quantulum3, the peer, extracts no dates.
        claimkit_measure::quantities(&d.text).len()
    });
    let attributions = time_stage(&docs, |d, s| claimkit_source::attributions(&d.text, s).len());
    println!(
        "{{\"bytes\": {text_bytes}, \"sentences\": {sentences}, \"quantities\": {quantities}, \"attributions\": {attributions}}}"
    );
}
