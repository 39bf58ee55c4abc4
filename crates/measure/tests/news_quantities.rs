//! The news quantity development set (`tests/data/news_quantities/`, 300
//! sentences of BBC News and Reuters-21578 annotated as its GUIDELINES.md
//! says): offsets and labels only, the corpora read in place from
//! `shared/eval`. A dev set: rules are tuned on it, so its scores are no
//! measurement of record.
//!
//! Scoring (the set's README): a predicted quantity matches a gold one when
//! their spans overlap; value F1 needs low and high to agree, value+unit F1
//! also the canonical unit (or, where the gold has none, the unit as written,
//! ignoring case), except for ordinals: the set's guidelines leave an ordinal's
//! unit empty while the seed gold keeps its counted noun ("a third round" →
//! `round`), so an ordinal's unit is not compared (the score with it compared is
//! printed beside). The gold writes the bound of an open range in both `low` and
//! `high` ("more than $800m" → 800m..800m, approx `more_than`); the tables leave
//! the open end empty, so for those only the bound given is compared. No-quantity
//! precision is the share of gold `not_quantities`
//! spans that no predicted quantity overlaps. Each sentence is read alone, its
//! hard line breaks (Reuters wraps its lines) read as spaces.

use claimkit_core::{evaldata, Quantity};
use serde_json::Value;
use std::collections::HashMap;

/// Floors just below the scores reached (value F1 0.960, value+unit 0.906 with
/// ordinal units unscored, 0.881 with them scored; no-quantity precision 0.994);
/// the targets are 0.93, 0.87 and 0.97.
const VALUE_F1: f64 = 0.955;
const VALUE_UNIT_F1: f64 = 0.90;
const NO_QUANTITY_PRECISION: f64 = 0.99;
/// The value+unit floor with ordinal units scored as the set's guidelines say.
const VALUE_UNIT_STRICT_F1: f64 = 0.875;

const SET: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/news_quantities/news_quantities.jsonl"
);

/// Corpus texts by document id.
fn corpus(rel: &str) -> Option<HashMap<String, String>> {
    let path = evaldata::path(rel)?;
    let text = std::fs::read_to_string(path).ok()?;
    Some(
        text.lines()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
            .filter_map(|v| {
                Some((
                    v["id"].as_str()?.to_string(),
                    v["text"].as_str()?.to_string(),
                ))
            })
            .collect(),
    )
}

/// A gold quantity: byte span in the sentence, values, units.
struct Gold {
    span: (usize, usize),
    approx: String,
    low: Option<f64>,
    high: Option<f64>,
    unit: String,
    normalized: String,
    /// An ordinal: its unit is scored only by [`unit_ok_strict`].
    ordinal: bool,
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0),
        _ => false,
    }
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0.max(b.0) < a.1.min(b.1)
}

fn value_ok(g: &Gold, q: &Quantity) -> bool {
    match g.approx.as_str() {
        "more_than" | "at_least" => close(g.low, q.low),
        "less_than" | "at_most" => close(g.high, q.high),
        _ => close(g.low, q.low) && close(g.high, q.high),
    }
}

/// The unit as the set's guidelines ask. Their rule 11 leaves the unit of an
/// ordinal empty ("finished third", "the fourth seed"), while the project's
/// contract, the seed gold, keeps the counted noun of an ordinal ("a third round of
/// airstrikes" → `round`); [`unit_ok`] therefore does not score the unit of an ordinal.
fn unit_ok_strict(g: &Gold, q: &Quantity) -> bool {
    if g.normalized.is_empty() {
        g.unit.to_lowercase() == q.unit.as_deref().unwrap_or("").to_lowercase()
    } else {
        q.unit_normalized == Some(g.normalized.as_str())
    }
}

/// The unit as scored: [`unit_ok_strict`], except that an ordinal's unit is not
/// compared.
fn unit_ok(g: &Gold, q: &Quantity) -> bool {
    g.ordinal || unit_ok_strict(g, q)
}

/// Matches of gold to predicted quantities, one to one, greedily in text order.
fn matched(gold: &[Gold], got: &[Quantity], ok: impl Fn(&Gold, &Quantity) -> bool) -> usize {
    let mut used = vec![false; got.len()];
    let mut n = 0;
    for g in gold {
        let hit = got.iter().enumerate().position(|(k, q)| {
            !used[k] && overlaps(g.span, (q.span.start, q.span.end)) && ok(g, q)
        });
        if let Some(k) = hit {
            used[k] = true;
            n += 1;
        }
    }
    n
}

#[derive(Default)]
struct Tally {
    gold: usize,
    predicted: usize,
    value: usize,
    value_unit: usize,
    value_unit_strict: usize,
    not_quantities: usize,
    not_quantities_clear: usize,
}

impl Tally {
    fn f1(&self, hits: usize) -> f64 {
        let p = hits as f64 / self.predicted.max(1) as f64;
        let r = hits as f64 / self.gold.max(1) as f64;
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Byte offset of every code point offset of `text` (and of its end).
fn byte_offsets(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .collect()
}

#[test]
fn news_quantities_dev_set() {
    let (Some(bbc), Some(reuters)) = (
        corpus("eval/news_bbc2225/bbc_news_2225.jsonl"),
        corpus("eval/news_reuters21578/reuters21578.jsonl"),
    ) else {
        return;
    };
    let set = std::fs::read_to_string(SET).expect("the dev set is committed");
    let show = std::env::var("EVAL_MISSES").is_ok();
    let mut t = Tally::default();
    for line in set.lines() {
        let row: Value = serde_json::from_str(line).expect("a JSON line");
        let texts = if row["corpus"] == "bbc" {
            &bbc
        } else {
            &reuters
        };
        let doc = &texts[row["doc"].as_str().expect("doc")];
        let at = byte_offsets(doc);
        let pos = |v: &Value| at[v.as_u64().expect("an offset") as usize];
        let (s, e) = (pos(&row["start"]), pos(&row["end"]));
        let sentence = doc[s..e].replace('\n', " ");
        let got = claimkit_measure::quantities(&sentence);
        let span = |v: &Value| (pos(&v["start"]) - s, pos(&v["end"]) - s);
        let gold = gold_of(&row, span);
        t.gold += gold.len();
        t.predicted += got.len();
        t.value += matched(&gold, &got, value_ok);
        t.value_unit += matched(&gold, &got, |g, q| value_ok(g, q) && unit_ok(g, q));
        t.value_unit_strict += matched(&gold, &got, |g, q| value_ok(g, q) && unit_ok_strict(g, q));
        for nq in row["not_quantities"].as_array().into_iter().flatten() {
            t.not_quantities += 1;
            let clear = !got
                .iter()
                .any(|q| overlaps(span(nq), (q.span.start, q.span.end)));
            t.not_quantities_clear += usize::from(clear);
            if show && !clear {
                println!(
                    "NOT {}: {:?}",
                    row["doc"],
                    &sentence[span(nq).0..span(nq).1]
                );
            }
        }
        if show {
            print_misses(&row["doc"], &sentence, &gold, &got);
        }
    }
    assert_floors(&t);
}

/// The gold quantities of a dev set row, with spans into its sentence.
fn gold_of(row: &Value, span: impl Fn(&Value) -> (usize, usize)) -> Vec<Gold> {
    row["quantities"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|g| Gold {
            span: span(g),
            approx: g["approx"].as_str().unwrap_or("").to_string(),
            low: g["low"].as_f64(),
            high: g["high"].as_f64(),
            unit: g["unit"].as_str().unwrap_or("").to_string(),
            normalized: g["unit_normalized"].as_str().unwrap_or("").to_string(),
            ordinal: g["kind"] == "ordinal",
        })
        .collect()
}

/// Print the gold quantities of a sentence not found with their value and unit (and what
/// was found over them), and the quantities found over no gold one (`EVAL_MISSES=1`).
fn print_misses(doc: &Value, sentence: &str, gold: &[Gold], got: &[Quantity]) {
    for g in gold {
        let hit = got.iter().any(|q| {
            overlaps(g.span, (q.span.start, q.span.end)) && value_ok(g, q) && unit_ok(g, q)
        });
        if !hit {
            let near: Vec<_> = got
                .iter()
                .filter(|q| overlaps(g.span, (q.span.start, q.span.end)))
                .map(|q| {
                    (
                        q.span.text(sentence),
                        q.low,
                        q.high,
                        q.unit.as_deref(),
                        q.unit_normalized,
                    )
                })
                .collect();
            println!(
                "MISS {}: {:?} {:?}..{:?} {:?}/{:?} got {:?}",
                doc,
                &sentence[g.span.0..g.span.1],
                g.low,
                g.high,
                g.unit,
                g.normalized,
                near
            );
        }
    }
    for q in got {
        if !gold
            .iter()
            .any(|g| overlaps(g.span, (q.span.start, q.span.end)))
        {
            println!(
                "EXTRA {}: {:?} in {:?}",
                doc,
                q.span.text(sentence),
                sentence
            );
        }
    }
}

/// Print the scores and hold them to their floors.
fn assert_floors(t: &Tally) {
    let value_f1 = t.f1(t.value);
    let value_unit_f1 = t.f1(t.value_unit);
    let strict_f1 = t.f1(t.value_unit_strict);
    let clear = t.not_quantities_clear as f64 / t.not_quantities.max(1) as f64;
    println!(
        "news quantities dev set: {} gold, {} predicted; value F1 {value_f1:.3}, value+unit F1 {value_unit_f1:.3} ({strict_f1:.3} with ordinal units scored); no-quantity precision {clear:.3} ({}/{})",
        t.gold, t.predicted, t.not_quantities_clear, t.not_quantities
    );
    assert!(value_f1 >= VALUE_F1, "value F1 {value_f1:.3} < {VALUE_F1}");
    assert!(
        value_unit_f1 >= VALUE_UNIT_F1,
        "value+unit F1 {value_unit_f1:.3} < {VALUE_UNIT_F1}"
    );
    assert!(
        strict_f1 >= VALUE_UNIT_STRICT_F1,
        "value+unit F1 with ordinal units scored {strict_f1:.3} < {VALUE_UNIT_STRICT_F1}"
    );
    assert!(
        clear >= NO_QUANTITY_PRECISION,
        "no-quantity precision {clear:.3} < {NO_QUANTITY_PRECISION}"
    );
}
