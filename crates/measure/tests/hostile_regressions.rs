//! Regressions found by a hostile test of decimal commas in quantities (2026-12-07):
//! each input once gave a wrong value.

/// Text, low and high of each quantity of `text`.
fn read(text: &str) -> Vec<(String, Option<f64>, Option<f64>)> {
    claimkit_measure::quantities(text)
        .into_iter()
        .map(|q| (q.span.text(text).to_string(), q.low, q.high))
        .collect()
}

/// A decimal-comma range whose ends are equal, or whose second end repeats the first
/// ("3,5-3,5%", "3,5-3,50%", "2,50-2,50 euros"), gives the digits after the last comma
/// as the quantity: "5%" = 5, "50%" = 50, "50 euros" = 50. "2,5-3,5%" is read right.
#[test]
fn a_decimal_comma_range_with_equal_ends_is_not_its_last_digits() {
    for (text, value) in [
        ("It grew 3,5-3,5%.", 3.5),
        ("It grew 3,5-3,50%.", 3.5),
        ("It grew 1,5-1,5 percent.", 1.5),
        ("It cost 2,50-2,50 euros.", 2.5),
    ] {
        let found = read(text);
        assert!(
            found
                .iter()
                .all(|(_, low, high)| *low == Some(value) || *high == Some(value)),
            "{text:?}: {found:?}"
        );
    }
}
