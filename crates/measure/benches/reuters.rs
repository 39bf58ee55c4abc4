//! Throughput over Reuters-21578 (`shared/eval/news_reuters21578`), in MB/s:
//! `cargo bench -p claimkit-measure`.

use claimkit_core::{read::parse_jsonl, Date, Sentence, Span};
use divan::counter::BytesCount;
use divan::Bencher;
use std::path::PathBuf;
use std::sync::LazyLock;

/// The corpus bodies with their publication dates; empty if the file is missing.
static CORPUS: LazyLock<Vec<(String, Option<Date>)>> = LazyLock::new(|| {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/eval/news_reuters21578/reuters21578.jsonl");
    let Ok(bytes) = std::fs::read(&path) else {
        eprintln!("skipped: {} is missing", path.display());
        return Vec::new();
    };
    parse_jsonl("reuters21578.jsonl", &bytes)
        .into_iter()
        .filter_map(Result::ok)
        .map(|l| (l.document.text, l.document.published))
        .collect()
});

fn total_bytes() -> usize {
    CORPUS.iter().map(|(t, _)| t.len()).sum()
}

fn one_sentence(text: &str) -> [Sentence; 1] {
    [Sentence {
        span: Span::new(0, text.len()),
        paragraph: 0,
        truncated: false,
    }]
}

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn quantities(bencher: Bencher) {
    bencher.counter(BytesCount::new(total_bytes())).bench(|| {
        CORPUS
            .iter()
            .map(|(t, _)| claimkit_measure::quantities(t).len())
            .sum::<usize>()
    });
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn times(bencher: Bencher) {
    bencher.counter(BytesCount::new(total_bytes())).bench(|| {
        CORPUS
            .iter()
            .map(|(t, p)| claimkit_measure::times(t, &one_sentence(t), *p).len())
            .sum::<usize>()
    });
}
