//! Throughput of `attributions` over Reuters-21578 (MB/s of article text).
//!
//! `cargo bench -p claimkit-source` prints divan's timings and, first, the
//! MB/s of one pass over the whole corpus.

use claimkit_core::{read::parse_jsonl, Sentence};
use std::time::Instant;

const CORPUS: &str = "../../../shared/eval/news_reuters21578/reuters21578.jsonl";

fn corpus() -> Vec<(String, Vec<Sentence>)> {
    let Ok(bytes) = std::fs::read(CORPUS) else {
        return Vec::new();
    };
    parse_jsonl(CORPUS, &bytes)
        .into_iter()
        .flatten()
        .map(|loaded| {
            let doc = loaded.document;
            let sentences = claimkit_segment::split_sentences(&doc.text, &doc.paragraphs);
            (doc.text, sentences)
        })
        .collect()
}

fn main() {
    let docs = corpus();
    if docs.is_empty() {
        println!("skip: {CORPUS} not found");
        return;
    }
    let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    let start = Instant::now();
    let mut n = 0;
    for (text, sentences) in &docs {
        n += claimkit_source::attributions(text, sentences).len();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "attributions: {} docs, {:.1} MB, {n} attributions, {:.1} MB/s",
        docs.len(),
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs
    );
    divan::main();
}

#[divan::bench(sample_count = 5)]
fn reuters_corpus(bencher: divan::Bencher) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    bencher
        .counter(divan::counter::BytesCount::new(bytes))
        .bench(|| {
            docs.iter()
                .map(|(text, sentences)| claimkit_source::attributions(text, sentences).len())
                .sum::<usize>()
        });
}
