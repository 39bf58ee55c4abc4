//! `claimkit-peers-stage SLICE.jsonl [PAGES_DIR]`: best-of-5 wall time of each claimkit stage
//! over the slice's documents, already parsed and in memory (as the Python peers get their
//! texts). Prints one JSON object: {"bytes": N, "sentences": s, "quantities": s,
//! "attributions": s}. Each stage includes sentence splitting, as the CLI's inspection
//! commands do. With PAGES_DIR (`*.html.gz` pages), also "page_bytes" (their HTML, undone)
//! and "pages": best-of-3 time of reading every page as `claimkit build` does (body,
//! title, date, url, normalisation) from its HTML already in memory.

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
            .map(|d| {
                stage(
                    d,
                    &claimkit_segment::split_sentences(&d.text, &d.paragraphs),
                )
            })
            .sum()
    })
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: claimkit-peers-stage SLICE.jsonl");
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
    let attributions = time_stage(&docs, |d, s| {
        claimkit_source::attributions(&d.text, s).len()
    });
    let pages = std::env::args()
        .nth(2)
        .map(|dir| time_pages(&dir))
        .map_or(String::new(), |(b, s)| {
            format!(", \"page_bytes\": {b}, \"pages\": {s}")
        });
    println!(
        "{{\"bytes\": {text_bytes}, \"sentences\": {sentences}, \"quantities\": {quantities}, \"attributions\": {attributions}{pages}}}"
    );
}

/// HTML bytes of the pages in `dir` and the best of three times of reading them all.
fn time_pages(dir: &str) -> (usize, f64) {
    use std::io::Read;
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("cannot read the pages folder")
        .map(|e| e.expect("page entry").path())
        .collect();
    paths.sort();
    let pages: Vec<Vec<u8>> = paths
        .iter()
        .map(|p| {
            let gz = std::fs::read(p).expect("page");
            let mut html = Vec::new();
            flate2::read::MultiGzDecoder::new(&gz[..])
                .read_to_end(&mut html)
                .expect("gzip page");
            html
        })
        .collect();
    let bytes = pages.iter().map(Vec::len).sum();
    let mut best = f64::INFINITY;
    for _ in 0..3 {
        let t = Instant::now();
        let read: usize = pages
            .iter()
            .filter_map(|html| claimkit_core::read::parse_page("p", "p.html", html, None).ok())
            .map(|l| l.document.text.len())
            .sum();
        black_box(read);
        best = best.min(t.elapsed().as_secs_f64());
    }
    (bytes, best)
}
