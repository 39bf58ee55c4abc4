//! quantulum3's `quantities.json`: how often a quantity it expects is found
//! with the same value (ranges as midpoint ± half-width), and how often the
//! unit agrees. quantulum3 names units in its own words ("metre", "pound
//! sterling"); a unit agrees when ours, as written, is one of its forms.

use crate::harness::{close, load};

/// quantulum3 unit names and the forms news writes them in.
const UNIT_FORMS: &[(&str, &[&str])] = &[
    ("metre", &["m", "meter", "meters", "metre", "metres"]),
    (
        "kilometre",
        &["km", "kilometer", "kilometers", "kilometre", "kilometres"],
    ),
    ("mile", &["mile", "miles", "mi"]),
    ("inch", &["inch", "inches", "in"]),
    ("foot", &["foot", "feet", "ft"]),
    ("kilogram", &["kg", "kilogram", "kilograms"]),
    ("gram", &["g", "gram", "grams"]),
    ("pound sterling", &["£", "pounds sterling", "sterling"]),
    ("dollar", &["$", "dollars", "dollar", "dlrs", "us$"]),
    ("euro", &["€", "euro", "euros"]),
    ("percentage", &["%", "percent", "per cent", "pct"]),
    ("week", &["week", "weeks"]),
    ("day", &["day", "days"]),
    ("year", &["year", "years"]),
    ("hour", &["hour", "hours"]),
    ("minute", &["minute", "minutes"]),
    ("tonne", &["tonne", "tonnes", "ton", "tons"]),
    ("litre", &["litre", "litres", "liter", "liters"]),
    ("gallon", &["gallon", "gallons"]),
    ("acre", &["acre", "acres"]),
    ("hectare", &["hectare", "hectares"]),
];

/// Expected quantities (surface, text it occurs in) that contradict the table
/// contract, with the reason: numbers inside names are not quantities
/// (docs/ARCHITECTURE.md, issue 20's "not quantities").
const CONFLICTS: &[(&str, &str, &str)] = &[
    ("2", "passage of Voyager 2", "a spacecraft's name"),
    ("101", "\"English 101\"", "a course's name"),
    ("32", "South 32 Ltd", "a company's name"),
];

fn unit_agrees(theirs: &str, ours: Option<&str>) -> bool {
    let ours = ours.unwrap_or("").to_lowercase();
    if theirs == "dimensionless" {
        return ours.is_empty()
            || !UNIT_FORMS
                .iter()
                .any(|(_, forms)| forms.contains(&ours.as_str()));
    }
    UNIT_FORMS
        .iter()
        .any(|(name, forms)| *name == theirs && forms.contains(&ours.as_str()))
        || ours == theirs
        || ours.trim_end_matches('s') == theirs
}

#[test]
fn quantulum3_quantities() {
    let Some(cases) = load("quantulum3_en/quantities.json") else {
        return;
    };
    let (mut expected, mut value_ok, mut unit_ok) = (0usize, 0usize, 0usize);
    let mut skipped = Vec::new();
    for case in cases.as_array().into_iter().flatten() {
        let text = case["req"].as_str().unwrap_or("");
        let got = claimkit_measure::quantities(text);
        for r in case["res"].as_array().into_iter().flatten() {
            let surface = r["surface"].as_str().unwrap_or("");
            let conflict = CONFLICTS
                .iter()
                .find(|(s, within, _)| *s == surface && text.contains(within));
            if let Some((_, within, why)) = conflict {
                skipped.push(format!("{surface:?} in {within:?}: {why}"));
                continue;
            }
            expected += 1;
            let (Some(value), Some(surface)) = (r["value"].as_f64(), r["surface"].as_str()) else {
                continue;
            };
            let spread = r["uncertainty"].as_f64().unwrap_or(0.0);
            let Some(at) = text.find(surface) else {
                continue;
            };
            let found = got.iter().find(|q| {
                q.span.start < at + surface.len() && at < q.span.end && {
                    let (lo, hi) = (
                        q.low.or(q.high).unwrap_or(f64::NAN),
                        q.high.or(q.low).unwrap_or(f64::NAN),
                    );
                    close((lo + hi) / 2.0, value) && close((hi - lo) / 2.0, spread)
                }
            });
            if found.is_none() && std::env::var("EVAL_MISSES").is_ok() {
                println!("  miss: {surface:?} = {value} in {text:?}");
            }
            if let Some(q) = found {
                value_ok += 1;
                unit_ok += usize::from(unit_agrees(
                    r["unit"].as_str().unwrap_or(""),
                    q.unit.as_deref(),
                ));
            }
        }
    }
    let pct = |n: usize| 100.0 * n as f64 / expected.max(1) as f64;
    println!(
        "quantulum3 quantities.json: {expected} expected quantities; value agrees {value_ok} ({:.1}%), value and unit agree {unit_ok} ({:.1}%)",
        pct(value_ok),
        pct(unit_ok)
    );
    println!("  skipped {} (contract): {skipped:?}", skipped.len());
    assert!(pct(value_ok) >= 76.0, "value agreement fell below 76%");
}
