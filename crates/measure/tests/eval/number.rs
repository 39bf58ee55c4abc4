//! Recognizers-Text Number specs: NumberModel, NumberRangeModel, OrdinalModel,
//! PercentModel.
//!
//! Comparison rules:
//! * A case passes when every expected entity is overlapped by an extracted
//!   quantity with the same value (for ranges, the same bounds; open or closed
//!   ends are not compared, a missing end must be missing) and no other
//!   quantity *of the kind the model reports* is extracted.
//! * Each model reports one kind, so only our quantities of that kind are
//!   compared: NumberModel every quantity but ordinals (the spec reports
//!   ordinals in OrdinalModel: "a first class seat" has no number);
//!   OrdinalModel only ordinals ("a trillionth" is a fraction there);
//!   PercentModel only percentages; NumberRangeModel only ranges and
//!   comparisons (a plain "two" in "are two ranges" is not a range), plus any
//!   quantity overlapping an expected entity.
//! * A single-number entity matches a quantity whose low (or, for "less
//!   than", high) bound is the value.
//! * Skipped: cases marked NotSupported on every platform; entities without a
//!   numeric value (relative ordinals such as "next", a bare "percent"),
//!   outside claimkit's contract; and the cases in [`CONFLICTS`], where the
//!   spec contradicts claimkit's table contract (docs/ARCHITECTURE.md). Each skip is counted and
//!   printed with its reason.

use crate::harness::{byte_offsets, close, load, overlaps, unsupported_everywhere, Score};
use claimkit_core::{Approx, Quantity, QuantityKind};
use serde_json::Value;

/// Spec cases that contradict the table contract, with the reason. Only cases where
/// the spec's expected output is wrong for claimkit's contract belong here.
const CONFLICTS: &[(&str, &str)] = &[
    ("192.168.1.2", "an IP address is a code, not quantities"),
    (
        "My phone number is +1-222-2222/2222",
        "a phone number is not a quantity",
    ),
    ("Any time to meet on 5/17/2018?", "a date is not a quantity"),
    (
        "SCP-173",
        "a designation glued to a name (like F-16) is not a quantity",
    ),
    (
        "Exercises nrs. 22,24,26,31.",
        "section/exercise numbers are not quantities",
    ),
    (
        "Exercise nr. 22,240,260,310.",
        "section/exercise numbers are not quantities",
    ),
    (
        "the 180.25ml liquid",
        "a number with a glued unit is a measure (\"20km\")",
    ),
    (
        "the 180ml liquid",
        "a number with a glued unit is a measure (\"20km\")",
    ),
    (
        " 29km Road ",
        "a number with a glued unit is a measure (\"20km\")",
    ),
    (
        "the .25ml liquid",
        "a number with a glued unit is a measure (\"20km\")",
    ),
    (
        "1m isn't a number.",
        "a number with a glued unit is a measure (\"20km\")",
    ),
    (
        "The measurement has a value of forty two and a third",
        "\"and a third\" after a number is a fraction, not an ordinal",
    ),
    (
        "The measurement has a value of two hundred thirty two and a thirtieth",
        "\"and a thirtieth\" after a number is a fraction, not an ordinal",
    ),
    (
        "percents of twenty",
        "the number after \"percent of\" is the base, not a rate",
    ),
    (
        "percent of 10",
        "the number after \"percent of\" is the base, not a rate",
    ),
    (
        "per cent of twenty-two",
        "the number after \"percent of\" is the base, not a rate",
    ),
    (
        "per cent of 210",
        "the number after \"percent of\" is the base, not a rate",
    ),
    (
        "The number is from 200 to 300 in 2008",
        "\"from 200 to 300\" is a range (the spec lists nothing)",
    ),
];

/// Which quantities a model reports.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Model {
    Number,
    Range,
    Ordinal,
    Percent,
}

impl Model {
    fn reports(self, q: &Quantity) -> bool {
        match self {
            Model::Number => q.kind != QuantityKind::Ordinal,
            Model::Range => !matches!(q.approx, Approx::Exact | Approx::About),
            Model::Ordinal => q.kind == QuantityKind::Ordinal,
            Model::Percent => q.kind == QuantityKind::Percent,
        }
    }
}

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

fn score(file: &str, model: Model) -> Option<Score> {
    let range = model == Model::Range;
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
        if let Some((_, why)) = CONFLICTS.iter().find(|(i, _)| *i == input) {
            s.skip(&format!("{input:?}: {why}"));
            continue;
        }
        if unsupported_everywhere(case) {
            s.skip("NotSupported on every platform");
            continue;
        }
        let Some(wanted) = wanted else {
            s.skip("an entity without a numeric value");
            continue;
        };
        let got: Vec<Quantity> = claimkit_measure::quantities(input)
            .into_iter()
            .filter(|q| {
                model.reports(q)
                    || range
                        && wanted
                            .iter()
                            .any(|&(_, at)| overlaps((q.span.start, q.span.end), at))
            })
            .collect();
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
    if let Some(s) = score("NumberModel.json", Model::Number) {
        s.report("NumberModel", 94.0);
    }
}

#[test]
fn number_range_model() {
    if let Some(s) = score("NumberRangeModel.json", Model::Range) {
        s.report("NumberRangeModel", 93.0);
    }
}

#[test]
fn ordinal_model() {
    if let Some(s) = score("OrdinalModel.json", Model::Ordinal) {
        s.report("OrdinalModel", 90.0);
    }
}

#[test]
fn percent_model() {
    if let Some(s) = score("PercentModel.json", Model::Percent) {
        s.report("PercentModel", 100.0);
    }
}
