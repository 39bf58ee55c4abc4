//! A fixed workload for instruction-count profiling (callgrind is repeatable
//! on a loaded machine, wall-clock benchmarks are not):
//!
//! ```text
//! cargo build --release --example profile -p claimkit-measure
//! valgrind --tool=callgrind target/release/examples/profile times 2
//! ```
//!
//! Runs `quantities` or `times` (or `both`) over the first MB megabytes of
//! Reuters-21578 (`shared/eval/news_reuters21578`) and prints the mentions found.

use claimkit_core::{read::parse_jsonl, Sentence, Span};
use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let what = args.next().unwrap_or_else(|| "both".to_string());
    let mb: f64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(2.0);
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/eval/news_reuters21578/reuters21578.jsonl");
    let bytes = std::fs::read(&path).expect("the Reuters corpus in shared/eval");
    let limit = (mb * 1e6) as usize;
    let mut docs = Vec::new();
    let mut total = 0;
    for line in parse_jsonl("reuters21578.jsonl", &bytes)
        .into_iter()
        .flatten()
    {
        if total >= limit {
            break;
        }
        total += line.document.text.len();
        docs.push((line.document.text, line.document.published));
    }
    let (mut quantities, mut times) = (0, 0);
    for (text, published) in &docs {
        let sentences = [Sentence {
            span: Span::new(0, text.len()),
            paragraph: 0,
            truncated: false,
        }];
        if what != "times" {
            quantities += claimkit_measure::quantities(text).len();
        }
        if what != "quantities" {
            times += claimkit_measure::times(text, &sentences, *published).len();
        }
    }
    println!("{total} bytes, {quantities} quantities, {times} times");
}
