//! Sentence segmentation throughput over the Reuters-21578 corpus (MB/s of body text).
//!
//! `cargo bench -p claimkit-segment`; skips with a message when the shared corpus is missing.

use claimkit_core::Document;
use divan::counter::BytesCount;
use std::path::Path;
use std::sync::OnceLock;

fn main() {
    divan::main();
}

/// The corpus documents, read once (unreadable records are skipped).
fn corpus() -> &'static [Document] {
    static DOCS: OnceLock<Vec<Document>> = OnceLock::new();
    DOCS.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/eval/news_reuters21578/reuters21578.jsonl");
        let Ok(bytes) = std::fs::read(&path) else {
            eprintln!("SKIP: {} not found", path.display());
            return Vec::new();
        };
        claimkit_core::read::parse_jsonl("reuters21578.jsonl", &bytes)
            .into_iter()
            .filter_map(|r| r.ok().map(|loaded| loaded.document))
            .collect()
    })
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn reuters21578(bencher: divan::Bencher) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        docs.iter()
            .map(|d| claimkit_segment::split_sentences(&d.text, &d.paragraphs).len())
            .sum::<usize>()
    });
}
