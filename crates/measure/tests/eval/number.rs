//! Recognizers-Text Number specs: NumberModel, NumberRangeModel, OrdinalModel,
//! PercentModel. A case passes when every expected entity is overlapped by an
//! extracted quantity with the same value (for ranges, the same bounds) and
//! nothing else is extracted. Entities without a numeric value (relative
//! ordinals such as "next", a bare "percent") are outside claimkit's contract:
//! those cases are counted as skipped and reported.

use crate::harness::{byte_offsets, close, load, overlaps, unsupported_everywhere, Score};
use claimkit_core::{Quantity, Sentence, Span};
use serde_json::Value;

/// Expected bounds of one entity: (low, high), `None` for an open end.
type Bounds = (Option<f64>, Option<f64>);

fn parse_value(v: &str) -> Option<f64> {
    v.trim().trim_end_matches('%').parse().ok()
}

/// "[20,30)" → (20, 30); "(20,)" → (20, None); "(,100]" → (None, 100).
fn parse_interval(v: &str) -> Option<Bounds> {
    let inner = v.trim().get(1..v.len().checked_sub(1)?)?;
    let (a, b) = inner.split_once(',')?;
    let low = if a.trim().is_empty() {
        None
    } else {
        Some(parse_value(a)?)
    };
    let high = if b.trim().is_empty() {
        None
    } else {
        Some(parse_value(b)?)
    };
    Some((low, high))
}

fn expected(result: &Value, range: bool) -> Option<Bounds> {
    let v = result["Resolution"]["value"].as_str()?;
    if range {
        parse_interval(v)
    } else {
        parse_value(v).map(|x| (Some(x), Some(x)))
    }
}

fn matches(q: &Quantity, want: Bounds, range: bool) -> bool {
    let same = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) => close(a, b),
        (None, None) => true,
        _ => false,
    };
    if range {
        same(q.low, want.0) && same(q.high, want.1)
    } else {
        // a single number: the value, whichever bound the cue left
        let v = q.low.or(q.high);
        v.zip(want.0).is_some_and(|(a, b)| close(a, b))
    }
}

fn score(file: &str, range: bool) -> Option<Score> {
    let cases = load(&format!("recognizers_text_en/Number/{file}"))?;
    let mut s = Score::default();
    for case in cases.as_array()? {
        let input = case["Input"].as_str().unwrap_or("");
        let results = case["Results"].as_array().cloned().unwrap_or_default();
        let wanted: Option<Vec<(Bounds, (usize, usize))>> = results
            .iter()
            .map(|r| {
                let offs = byte_offsets(input);
                let start = r["Start"].as_u64()? as usize;
                let end = r["End"].as_u64()? as usize + 1;
                Some((
                    expected(r, range)?,
                    (*offs.get(start)?, *offs.get(end.min(offs.len() - 1))?),
                ))
            })
            .collect();
        let Some(wanted) = wanted.filter(|_| !unsupported_everywhere(case)) else {
            s.skipped += 1;
            continue;
        };
        let sentences = [Sentence {
            span: Span::new(0, input.len()),
            paragraph: 0,
            truncated: false,
        }];
        let got = claimkit_measure::quantities(input, &sentences);
        let ok = got.len() == wanted.len()
            && wanted.iter().all(|&(want, at)| {
                got.iter()
                    .any(|q| overlaps((q.span.start, q.span.end), at) && matches(q, want, range))
            });
        let shown = got
            .iter()
            .map(|q| format!("{:?}..{:?}", q.low, q.high))
            .collect::<Vec<_>>()
            .join(", ");
        s.record(ok, &format!("{input:?} -> [{shown}]"));
    }
    Some(s)
}

#[test]
fn number_model() {
    if let Some(s) = score("NumberModel.json", false) {
        s.report("NumberModel", 58.0);
    }
}

#[test]
fn number_range_model() {
    if let Some(s) = score("NumberRangeModel.json", true) {
        s.report("NumberRangeModel", 72.0);
    }
}

#[test]
fn ordinal_model() {
    if let Some(s) = score("OrdinalModel.json", false) {
        s.report("OrdinalModel", 75.0);
    }
}

#[test]
fn percent_model() {
    if let Some(s) = score("PercentModel.json", false) {
        s.report("PercentModel", 88.0);
    }
}
