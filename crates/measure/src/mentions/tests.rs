//! Unit tests of `mentions.rs`.

use super::*;

fn one(
    s: &str,
) -> (
    String,
    Option<f64>,
    Option<f64>,
    Approx,
    Option<String>,
    QuantityKind,
) {
    let qs = find(s);
    assert_eq!(qs.len(), 1, "{s}: {qs:?}");
    let q = &qs[0];
    (
        q.span.text(s).to_string(),
        q.low,
        q.high,
        q.approx,
        q.unit.clone(),
        q.kind,
    )
}

#[test]
fn an_opening_cue_may_stand_before_the_and_an_ordinal() {
    let toks = crate::tokens::tokenize("higher than the tenth floor");
    assert_eq!(opening(&toks, 0), (Some(Approx::MoreThan), None, 3));
    let toks = crate::tokens::tokenize("between 12 and 20 strikes");
    assert_eq!(opening(&toks, 0), (None, Some("and"), 1));
}

#[test]
fn a_cue_after_the_number_unless_than_follows_it() {
    let toks = crate::tokens::tokenize("500 or more people");
    assert_eq!(cue_after(&toks, None, false, 1), (Some(Approx::AtLeast), 3));
    let toks = crate::tokens::tokenize("5000 or less than 6000");
    assert_eq!(cue_after(&toks, None, false, 1), (None, 1));
    // a range takes no cue after it: "10 to 20 or more"
    let toks = crate::tokens::tokenize("10 to 20 or more");
    assert_eq!(cue_after(&toks, None, true, 3), (None, 3));
}

#[test]
fn names_and_codes_with_numbers_are_no_quantities() {
    // BBC News, 2005
    for text in [
        "said Chris Furness, senior market strategist at 4Cast.",
        "Sprint ordered an upgrade to its 4G network.",
        "Wales will face Ireland in the Six Nations on Saturday.",
        "He faces a curfew until 0700 each day.",
    ] {
        assert!(find(text).is_empty(), "{text}: {:?}", find(text));
    }
}

#[test]
fn a_change_in_percent_to_a_price_is_no_range() {
    let qs = find("Shares rose 3.5% to $42.10.");
    let texts: Vec<&str> = qs
        .iter()
        .map(|q| &"Shares rose 3.5% to $42.10."[q.span.start..q.span.end])
        .collect();
    assert_eq!(texts, ["3.5%", "$42.10"]);
    let q = one("The yield rose 5 basis points.");
    assert_eq!(
        (q.4.as_deref(), q.5),
        (Some("basis points"), QuantityKind::Percent)
    );
}

#[test]
fn a_glued_m_before_a_plural_is_million_and_a_verb_is_no_unit() {
    // BBC style: "1m people"; "100m hurdles" stays metres
    let q = one("Over 1m people signed.");
    assert_eq!((q.1, q.4.as_deref()), (Some(1e6), Some("people")));
    let q = one("He won the 100m hurdles.");
    assert_eq!((q.1, q.4.as_deref()), (Some(100.0), Some("m")));
    let q = one("Fewer than 10 remain.");
    assert_eq!(q.4, None);
}

#[test]
fn a_fraction_of_something_counts_it() {
    let q = one("Two-thirds of voters agreed.");
    assert_eq!(q.4.as_deref(), Some("voters"));
    let q = one("A quarter of the budget went to defence.");
    assert_eq!(q.4.as_deref(), Some("budget"));
}

#[test]
fn money_takes_no_counted_noun_and_other_is_passed() {
    let q = one("It cost $100M last year.");
    assert_eq!((q.0.as_str(), q.4.as_deref()), ("$100M", Some("$")));
    let q = one("Two other big parties agreed.");
    assert_eq!(q.4.as_deref(), Some("parties"));
}

#[test]
fn a_year_before_a_noun_is_no_count() {
    // BBC News, 2005: "the 2005 campaign"; Reuters, 1987: "1987 results"
    assert!(find("Labour's 2005 campaign began.").is_empty());
    assert!(find("It expects 1987 results to improve.").is_empty());
    let q = one("The firm hired 2,000 workers.");
    assert_eq!((q.1, q.4.as_deref()), (Some(2000.0), Some("workers")));
    let q = one("About 2000 people marched.");
    assert_eq!(q.1, Some(2000.0));
}

#[test]
fn seed_sentences() {
    let q = one("U.S. officials said Russia conducted between 12 and 20 strikes Tuesday.");
    assert_eq!(
        q,
        (
            "between 12 and 20 strikes".into(),
            Some(12.0),
            Some(20.0),
            Approx::Range,
            Some("strikes".into()),
            QuantityKind::Count
        )
    );
    let q = one("Leaders of more than a dozen countries have been meeting in Vienna.");
    assert_eq!(
        q,
        (
            "more than a dozen countries".into(),
            Some(12.0),
            None,
            Approx::MoreThan,
            Some("countries".into()),
            QuantityKind::Count
        )
    );
    let q = one("France launched a third round of airstrikes Tuesday night.");
    assert_eq!(
        (q.1, q.4.as_deref(), q.5),
        (Some(3.0), Some("round"), QuantityKind::Ordinal)
    );
    let q = one("although the two leaders still disagree");
    assert_eq!((q.0.as_str(), q.1), ("two leaders", Some(2.0)));
}

#[test]
fn money_percent_and_measures() {
    let q = one("The deal is worth $1.5 billion, officials said.");
    assert_eq!(
        (q.1, q.5, q.4.as_deref()),
        (Some(1.5e9), QuantityKind::Money, Some("$"))
    );
    let q = one("Profit rose 12.5 pct in the quarter.");
    assert_eq!((q.1, q.5), (Some(12.5), QuantityKind::Percent));
    let q = one("Output fell to 1.2 mln barrels per day.");
    assert_eq!(
        (q.1, q.5, q.4.as_deref()),
        (Some(1.2e6), QuantityKind::Measure, Some("barrels per day"))
    );
    let q = one("It costs 10 to 20 billion dollars.");
    assert_eq!(
        (q.1, q.2, q.5),
        (Some(1e10), Some(2e10), QuantityKind::Money)
    );
    let q = one("Yields of 5% to 10% on Monday.");
    assert_eq!(
        (q.1, q.2, q.5),
        (Some(5.0), Some(10.0), QuantityKind::Percent)
    );
}

#[test]
fn approximations() {
    assert_eq!(one("up to 700 contract workers").3, Approx::AtMost);
    assert_eq!(one("fewer than 1,000 pandas").2, Some(1000.0));
    assert_eq!(one("about 40 people").3, Approx::About);
    assert_eq!(one("at least 129 people were killed").3, Approx::AtLeast);
    let q = one("dozens of people were hurt");
    assert_eq!(
        (q.1, q.2, q.3, q.4.as_deref()),
        (Some(24.0), Some(144.0), Approx::About, Some("people"))
    );
    assert_eq!(one("500 or more").3, Approx::AtLeast);
}

#[test]
fn an_elided_unit_passes_along_a_comparison() {
    let units = |s: &str| -> Vec<Option<String>> { find(s).into_iter().map(|q| q.unit).collect() };
    // after a preposition that opened no range, and along a chain of levels
    assert_eq!(
        units("The estimate was cut to 300 mln stg from 350 mln."),
        [Some("stg".into()), Some("stg".into())]
    );
    assert_eq!(
        units("The rig count rose 12 to 90, compared to 71 working rigs."),
        [
            Some("rigs".into()),
            Some("rigs".into()),
            Some("rigs".into())
        ]
    );
    // up to five words that end in the joiner
    assert_eq!(
        units("Sales fell to 1,204 cars in April compared to 1,350."),
        [Some("cars".into()), Some("cars".into())]
    );
    // a change in percent lends no unit to a level
    assert_eq!(
        units("Sales dropped 40 pct to 610 from 1,020 cars."),
        [Some("pct".into()), Some("cars".into()), Some("cars".into())]
    );
}

#[test]
fn one_of_a_measure_is_a_quantity() {
    let q = one("The coin holds one ounce of fine gold.");
    assert_eq!((q.0.as_str(), q.5), ("one ounce", QuantityKind::Measure));
    assert!(find("One day he left.").is_empty());
}

#[test]
fn lists_are_not_ranges() {
    let qs = find("bags of 5 and 6 kg");
    assert_eq!(qs.len(), 2);
}

#[test]
fn not_quantities() {
    for s in [
        "some strikes by TU-22 backfire bombers",
        "Jordan's King Abdullah II said",
        "the campaign started Sept. 30.",
        "with their Sept. 11-style resonance",
        "in the 1930s",
        "a Boeing 737 crashed",
        "at 3 p.m. on Monday",
        "in 2015 the campaign",
        "one of the allies",
        "World War Two",
    ] {
        assert_eq!(find(s), vec![], "{s}");
    }
}
