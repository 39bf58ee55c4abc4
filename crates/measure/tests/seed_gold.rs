//! The hand-checked seed article: every `quantity`, `not_quantity` and `time`
//! line of its gold file must match, and no quantity may be extracted that
//! the (exhaustive) gold does not list. Matching follows
//! `shared/gold/FORMAT.md`: spans overlap, the given fields agree.

use claimkit_core::{read::parse_article, Document, Quantity, Sentence, TimeExpr};
use serde_json::Value;
use std::path::PathBuf;

const DOC: &str = "anti-isis-alliance-2015-11-17";

fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

use claimkit_core::evaldata::gold::occurrences;

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0.max(b.0) < a.1.min(b.1)
}

fn same_num(gold: &Value, got: Option<f64>) -> bool {
    match gold.as_f64() {
        None => got.is_none(),
        Some(g) => got.is_some_and(|v| (g - v).abs() <= 1e-9 * g.abs().max(1.0)),
    }
}

fn same_unit(gold: &Value, got: Option<&str>) -> bool {
    match gold.as_str() {
        None => got.is_none_or(str::is_empty),
        Some(g) => {
            let (a, b) = (g.to_lowercase(), got.unwrap_or("").to_lowercase());
            a == b || a.trim_end_matches('s') == b.trim_end_matches('s')
        }
    }
}

/// The seed article and its gold lines, or `None` (said so) when they are missing.
fn seed() -> Option<(Document, Vec<Value>)> {
    let dir = shared();
    let (Ok(article), Ok(gold)) = (
        std::fs::read_to_string(dir.join(format!("seeds/{DOC}.txt"))),
        std::fs::read_to_string(dir.join(format!("gold/{DOC}.jsonl"))),
    ) else {
        claimkit_core::evaldata::skip(format!(
            "the seed article or its gold file is missing under {}",
            dir.display()
        ));
        return None;
    };
    let doc = parse_article(DOC, "seed.txt", &article)
        .expect("the seed parses")
        .document;
    let lines = gold
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    Some((doc, lines))
}

/// A `quantity` gold line `g` is matched: a quantity over one of its occurrences
/// `occ` agrees with every field the line gives.
fn quantity_matches(g: &Value, occ: &[(usize, usize)], quantities: &[Quantity]) -> bool {
    quantities.iter().any(|q| {
        occ.iter().any(|&o| overlaps((q.span.start, q.span.end), o))
            && g.get("low").is_none_or(|v| same_num(v, q.low))
            && g.get("high").is_none_or(|v| same_num(v, q.high))
            && g.get("approx")
                .is_none_or(|v| v.as_str() == Some(q.approx.as_str()))
            && g.get("unit")
                .is_none_or(|v| same_unit(v, q.unit.as_deref()))
            && g.get("kind")
                .is_none_or(|v| v.as_str() == Some(q.kind.as_str()))
    })
}

/// A `time` gold line `g` is matched: a time over one of its occurrences `occ`
/// starts on its `start` (or one of its accepted `values`) and ends on its `end`.
fn time_matches(g: &Value, occ: &[(usize, usize)], times: &[TimeExpr]) -> bool {
    let accepted: Vec<&str> = g["values"]
        .as_array()
        .map(|v| v.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    times.iter().any(|t| {
        let start = t.start.map(|d| d.to_string());
        let end = t.end.map(|d| d.to_string());
        occ.iter().any(|&o| overlaps((t.span.start, t.span.end), o))
            && g.get("start").is_none_or(|s| {
                start.as_deref() == s.as_str() || accepted.contains(&start.as_deref().unwrap_or(""))
            })
            && g.get("end").is_none_or(|e| end.as_deref() == e.as_str())
    })
}

#[test]
fn seed_gold_quantities_and_times() {
    let Some((doc, lines)) = seed() else {
        return;
    };
    let text = &doc.text;
    let sentences: Vec<Sentence> = doc
        .paragraphs
        .iter()
        .enumerate()
        .map(|(k, p)| Sentence {
            span: *p,
            paragraph: k,
            truncated: false,
        })
        .collect();
    let quantities = claimkit_measure::quantities(text);
    let times = claimkit_measure::times(text, &sentences, doc.published);

    let (mut required, mut matched) = (0, 0);
    let mut failures = Vec::new();
    let mut gold_quantity_spans = Vec::new();
    for g in &lines {
        let kind = g["type"].as_str().unwrap_or("");
        if !matches!(kind, "quantity" | "not_quantity" | "time") {
            continue;
        }
        let occ = occurrences(text, g["text"].as_str().unwrap_or(""));
        if kind == "quantity" {
            gold_quantity_spans.extend(occ.iter().copied());
        }
        let ok = match kind {
            "quantity" => quantity_matches(g, &occ, &quantities),
            "not_quantity" => !quantities
                .iter()
                .any(|q| occ.iter().any(|&o| overlaps((q.span.start, q.span.end), o))),
            _ => time_matches(g, &occ, &times),
        };
        let optional = g["optional"].as_bool().unwrap_or(false);
        if !optional {
            required += 1;
            matched += usize::from(ok);
            if !ok {
                failures.push(format!("{kind} {:?}", g["text"]));
            }
        }
    }
    let false_positives: Vec<&str> = quantities
        .iter()
        .filter(|q| {
            !gold_quantity_spans
                .iter()
                .any(|&o| overlaps((q.span.start, q.span.end), o))
        })
        .map(|q| q.span.text(text))
        .collect();
    let precision =
        (quantities.len() - false_positives.len()) as f64 / quantities.len().max(1) as f64;
    println!(
        "seed gold: {matched}/{required} required lines matched; quantity precision {:.0}% ({} extracted)",
        100.0 * precision,
        quantities.len()
    );
    assert!(failures.is_empty(), "unmatched gold lines: {failures:#?}");
    assert!(
        false_positives.is_empty(),
        "quantities the exhaustive gold does not list: {false_positives:?}"
    );
}
