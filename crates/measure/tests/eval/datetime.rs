//! Recognizers-Text DateTime specs for dates and date periods (DateParser,
//! DatePeriodParser), resolved against each case's ReferenceDateTime.
//!
//! Comparison rules:
//! * Each case is resolved against its `Context.ReferenceDateTime` as the
//!   publication date; cases without one hold only absolute dates and are
//!   resolved without a publication date.
//! * A case passes when every expected entity is overlapped by an extracted
//!   time that agrees with the spec's past or future resolution (the spec
//!   gives both where the text does not say which; claimkit picks one from
//!   tense). Extra mentions are not counted against a case: these parser
//!   specs list only the entity under test. A case with no expected entity
//!   passes when no extracted time carries a date.
//! * A `date` agrees when the time is that single day (start = end = date).
//! * A period agrees when its first day is the spec's `startDate` and its
//!   last day is the spec's `endDate` or the day before it (the spec's end is
//!   exclusive for whole periods, the day itself for day ranges). A range
//!   ("from 2014 to 2018", "between 2015 and Feb 2018") ends in the spec at
//!   the *first* day of its second end; claimkit ends it at the last day that
//!   end names, so for a range timex `(…)` whose `endDate` is the 1st of a
//!   month the last day of that month (or, on January 1, of that year) is
//!   accepted too.
//! * The date 0001-01-01 is the spec's "no such day" ("Feb 30", "fifth
//!   Sunday" of a month with four): it agrees when no overlapping time
//!   carries a date.
//! * Seasons have no dates in the spec, only a timex ("2016-SU", "SP"): a
//!   time agrees when it covers that season's three meteorological months
//!   (spring from March, summer from June, fall from September, winter from
//!   December) of the timex year, any year when the timex has none.

use crate::harness::{byte_offsets, load, overlaps, unsupported_everywhere, Score};
use claimkit_core::{Date, Sentence, Span, TimeExpr};
use serde_json::Value;

fn day(v: &Value) -> Option<Date> {
    v.as_str()?.get(..10)?.parse().ok()
}

fn no_such_day(d: Date) -> bool {
    d.year() == 1 && d.month() == 1 && d.day() == 1
}

/// A season timex ("2016-SU", "SU") as (year, first month).
fn season(timex: &str) -> Option<(Option<i16>, i8)> {
    let (year, code) = match timex.split_once('-') {
        Some((y, c)) => (Some(y.parse().ok()?), c),
        None => (None, timex),
    };
    let month = match code {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        "WI" => 12,
        _ => return None,
    };
    Some((year, month))
}

/// Whether `t` agrees with one of the resolutions of `result`.
fn agrees(t: &TimeExpr, result: &Value) -> bool {
    let timex = result["Value"]["Timex"].as_str().unwrap_or("");
    if let Some((year, month)) = season(timex) {
        return t.start.zip(t.end).is_some_and(|(s, e)| {
            s.month() == month
                && s.day() == 1
                && year.is_none_or(|y| s.year() == y)
                && (e - s).get_days() >= 88
                && (e - s).get_days() <= 92
        });
    }
    ["PastResolution", "FutureResolution"].iter().any(|which| {
        let r = &result["Value"][which];
        if let Some(d) = day(&r["date"]) {
            return t.start == Some(d) && t.end == Some(d);
        }
        let start_ok = match day(&r["startDate"]) {
            Some(s) => t.start == Some(s),
            None => true,
        };
        let end_ok = match day(&r["endDate"]) {
            Some(e) => t.end.is_some_and(|end| {
                let range_end = timex.starts_with('(')
                    && e.day() == 1
                    && (end == e.last_of_month() || e.month() == 1 && end == e.last_of_year());
                end == e || end.tomorrow().ok() == Some(e) || range_end
            }),
            None => true,
        };
        start_ok && end_ok && (r.get("startDate").is_some() || r.get("endDate").is_some())
    })
}

/// The spec says the entity names no real day (0001-01-01).
fn names_no_day(result: &Value) -> bool {
    ["PastResolution", "FutureResolution"]
        .iter()
        .any(|w| day(&result["Value"][w]["date"]).is_some_and(no_such_day))
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
        if unsupported_everywhere(case) {
            s.skip("NotSupported on every platform");
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
                let overlapping = || {
                    got.iter()
                        .filter(|t| overlaps((t.span.start, t.span.end), at))
                };
                if names_no_day(r) {
                    return overlapping().all(|t| t.start.is_none());
                }
                overlapping().any(|t| agrees(t, r))
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
        s.report("DateTime DateParser", 83.2);
    }
}

#[test]
fn date_period_parser() {
    if let Some(s) = score("DatePeriodParser.json") {
        s.report("DateTime DatePeriodParser", 86.5);
    }
}
