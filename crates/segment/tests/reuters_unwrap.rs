//! Measurement, not a regression test: how the reader's unwrapping changes the sentences of
//! hard-wrapped newswire (a slice of Reuters-21578 from `../shared/eval`).
//!
//! Run it once on a baseline commit to record the sentences, then again on a change to
//! count the documents and sentences that differ and print a few samples:
//!
//! ```text
//! REUTERS_SENTENCES=/tmp/reuters.tsv cargo test -p claimkit-segment --test reuters_unwrap -- --ignored --nocapture
//! ```
//!
//! The first run writes the file; later runs compare against it.

use claimkit_core::Document;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

/// Documents in the slice (the first ones with a body, in file order).
const SLICE: usize = 3000;
/// Samples printed.
const SAMPLES: usize = 25;

fn sentences_by_doc(path: &Path) -> BTreeMap<String, Vec<String>> {
    let content = std::fs::read_to_string(path).expect("Reuters JSONL is readable");
    let mut out = BTreeMap::new();
    for line in content.lines() {
        let Ok(record) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let (Some(id), Some(text)) = (record["id"].as_str(), record["text"].as_str()) else {
            continue;
        };
        if text.trim().is_empty() {
            continue;
        }
        let doc = Document::from_body(id, text);
        let sentences = claimkit_segment::split_sentences(&doc.text, &doc.paragraphs)
            .iter()
            .map(|s| s.span.text(&doc.text).replace(['\n', '\t'], " "))
            .collect();
        out.insert(id.to_string(), sentences);
        if out.len() == SLICE {
            break;
        }
    }
    out
}

#[test]
#[ignore = "measurement: needs REUTERS_SENTENCES and the shared eval folder"]
fn reuters_sentences_before_and_after() {
    let jsonl = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/eval/news_reuters21578/reuters21578.jsonl");
    let Ok(record) = std::env::var("REUTERS_SENTENCES") else {
        eprintln!("SKIP: set REUTERS_SENTENCES to a file path");
        return;
    };
    let now = sentences_by_doc(&jsonl);
    let record = Path::new(&record);
    let Ok(before) = std::fs::read_to_string(record) else {
        let lines: Vec<String> = now
            .iter()
            .flat_map(|(id, ss)| ss.iter().map(move |s| format!("{id}\t{s}")))
            .collect();
        std::fs::write(record, lines.join("\n") + "\n").expect("record is writable");
        println!("recorded {} documents to {}", now.len(), record.display());
        return;
    };
    let mut then: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in before.lines() {
        if let Some((id, s)) = line.split_once('\t') {
            then.entry(id.to_string()).or_default().push(s.to_string());
        }
    }
    let (mut docs, mut removed, mut added, mut total) = (0, 0, 0, 0);
    let mut samples = Vec::new();
    for (id, ss) in &now {
        total += ss.len();
        let old = then.get(id).cloned().unwrap_or_default();
        let gone: Vec<&String> = old.iter().filter(|s| !ss.contains(s)).collect();
        let new: Vec<&String> = ss.iter().filter(|s| !old.contains(s)).collect();
        if gone.is_empty() && new.is_empty() {
            continue;
        }
        docs += 1;
        removed += gone.len();
        added += new.len();
        if samples.len() < SAMPLES {
            samples.push(format!("{id}\n  before {gone:?}\n  after  {new:?}"));
        }
    }
    println!(
        "{docs}/{} documents changed; {removed} sentences before gave way to {added} after ({total} sentences now)",
        now.len()
    );
    for s in samples {
        println!("{s}");
    }
}
