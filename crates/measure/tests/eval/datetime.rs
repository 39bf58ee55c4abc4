//! Recognizers-Text DateTime specs for dates and date periods (DateParser,
//! DatePeriodParser), resolved against each case's ReferenceDateTime.
//!
//! A case passes when every expected entity is overlapped by an extracted
//! time whose first day is the spec's past or future resolution (the spec
//! gives both where the text does not say) and, for periods, whose last day
//! is the day before the spec's exclusive end. Extra mentions are not
//! counted against a case: these parser specs list only the entity under test.

use crate::harness::{byte_offsets, load, overlaps, unsupported_everywhere, Score};
use claimkit_core::{Date, Sentence, Span, TimeExpr};
use serde_json::Value;

fn day(v: &Value) -> Option<Date> {
    v.as_str()?.get(..10)?.parse().ok()
}

/// Whether `t` agrees with one of the resolutions of `result`.
fn agrees(t: &TimeExpr, result: &Value) -> bool {
    ["PastResolution", "FutureResolution"].iter().any(|which| {
        let r = &result["Value"][which];
        if let Some(d) = day(&r["date"]) {
            return t.start == Some(d);
        }
        let start_ok = match day(&r["startDate"]) {
            Some(s) => t.start == Some(s),
            None => true,
        };
        let end_ok = match day(&r["endDate"]) {
            // the spec's end is exclusive for whole periods, the day itself for day ranges
            Some(e) => t.end == Some(e) || t.end.and_then(|d| d.tomorrow().ok()) == Some(e),
            None => true,
        };
        start_ok && end_ok && (r.get("startDate").is_some() || r.get("endDate").is_some())
    })
}

fn score(file: &str) -> Option<Score> {
    let cases = load(&format!("recognizers_text_en/DateTime/{file}"))?;
    let mut s = Score::default();
    for case in cases.as_array()? {
        let input = case["Input"].as_str().unwrap_or("");
        let reference = case["Context"]["ReferenceDateTime"]
            .as_str()
            .and_then(|r| r.get(..10)?.parse::<Date>().ok());
        let results = case["Results"].as_array().cloned().unwrap_or_default();
        if unsupported_everywhere(case) || reference.is_none() {
            s.skipped += 1;
            continue;
        }
        let offs = byte_offsets(input);
        let sentences = [Sentence {
            span: Span::new(0, input.len()),
            paragraph: 0,
            truncated: false,
        }];
        let got = claimkit_measure::times(input, &sentences, reference);
        let ok = if results.is_empty() {
            got.iter().all(|t| t.start.is_none())
        } else {
            results.iter().all(|r| {
                let start = r["Start"].as_u64().unwrap_or(0) as usize;
                let len = r["Length"].as_u64().unwrap_or(0) as usize;
                let at = (
                    offs[start.min(offs.len() - 1)],
                    offs[(start + len).min(offs.len() - 1)],
                );
                got.iter()
                    .any(|t| overlaps((t.span.start, t.span.end), at) && agrees(t, r))
            })
        };
        let shown = got
            .iter()
            .map(|t| format!("{:?} {:?}..{:?}", t.span.text(input), t.start, t.end))
            .collect::<Vec<_>>()
            .join(", ");
        s.record(ok, &format!("{input:?} -> [{shown}]"));
    }
    Some(s)
}

#[test]
fn date_parser() {
    if let Some(s) = score("DateParser.json") {
        s.report("DateTime DateParser", 40.0);
    }
}

#[test]
fn date_period_parser() {
    if let Some(s) = score("DatePeriodParser.json") {
        s.report("DateTime DatePeriodParser", 27.0);
    }
}
