//! One news-style sentence per form of issue 20 (units against the number, world
//! currencies, magnitudes, vague bands, changes, fractions and ratios, ranges, and
//! numbers that are no quantities), read whole.

use claimkit_core::Change;

/// What a test reads of one quantity: text, low, high, unit, canonical unit, change.
type Read = (
    String,
    Option<f64>,
    Option<f64>,
    Option<String>,
    Option<&'static str>,
    Option<Change>,
);

/// Each quantity of `text`, as [`Read`].
fn read(text: &str) -> Vec<Read> {
    claimkit_measure::quantities(text)
        .into_iter()
        .map(|q| {
            (
                q.span.text(text).to_string(),
                q.low,
                q.high,
                q.unit,
                q.unit_normalized,
                q.change,
            )
        })
        .collect()
}

/// The first quantity of `text`.
fn first(text: &str) -> Read {
    read(text).into_iter().next().expect("a quantity")
}

#[test]
fn units_against_the_number() {
    // not 4G (a name), not 10am (a clock time)
    assert!(read("Sprint ordered an upgrade to its 4G LTE network at 10am.").is_empty());
    let q = first("The phone has 64GB of storage.");
    assert_eq!((q.1, q.4), (Some(64.0), Some("GB")));
    let q = first("The car reached 120mph.");
    assert_eq!((q.1, q.4), (Some(120.0), Some("mph")));
    let q = first("The 75MW plant opened.");
    assert_eq!((q.1, q.4), (Some(75.0), Some("MW")));
}

#[test]
fn world_currencies_carry_their_iso_code() {
    for (text, value, iso) in [
        ("Shares closed at RM4.15.", 4.15, "MYR"),
        ("It paid S$2.5m.", 2.5e6, "SGD"),
        ("It raised HK$3bn.", 3e9, "HKD"),
        ("The budget is Rs 500 crore.", 5e9, "INR"),
        ("Toyota earned Y500 billion.", 5e11, "JPY"),
        ("It raised EUR 5 million.", 5e6, "EUR"),
        ("Prices start at CHF 12.", 12.0, "CHF"),
        ("A ticket costs 40p.", 40.0, "GBX"),
    ] {
        let q = first(text);
        assert_eq!((q.1, q.4), (Some(value), Some(iso)), "{text}");
    }
    // a form several currencies share has no code
    assert_eq!(first("It costs 500 kr.").4, None);
}

#[test]
fn magnitudes_and_vague_bands() {
    let q = first("Profit was $7.9 B last year.");
    assert_eq!((q.0.as_str(), q.1), ("$7.9 B", Some(7.9e9)));
    assert_eq!(first("It paid $5 B shares.").1, Some(5.0));
    assert_eq!(first("He earned 2.4mil.").1, Some(2.4e6));
    assert_eq!(first("It is worth $1.2tn.").1, Some(1.2e12));
    let q = first("Tens of thousands of protesters marched.");
    assert_eq!((q.1, q.2), (Some(1e4), Some(1e5)));
    let q = first("Millions of users were affected.");
    assert_eq!((q.1, q.2), (Some(1e6), Some(1e7)));
}

#[test]
fn changes_fractions_ratios_and_ranges() {
    let qs = read("Shares rose 9 sen to RM4.10.");
    assert_eq!((qs[0].5, qs[1].5), (Some(Change::Up), None));
    assert_eq!(first("The FTSE was +1.4% at noon.").5, Some(Change::Up));
    assert_eq!(first("It grew 1\u{2044}4.").1, Some(0.25));
    assert_eq!(first("One in five adults smoke.").1, Some(0.2));
    let q = first("They won by a 3:1 margin.");
    assert_eq!((q.1, q.4), (Some(3.0), Some("ratio")));
    assert_eq!(first("It passed by a 2-to-1 vote.").1, Some(2.0));
    let qs = read("Tickets cost $12/$15.");
    assert_eq!(qs.len(), 2);
    let q = first("Prices rose between 4 and 6 times.");
    assert_eq!((q.1, q.2), (Some(4.0), Some(6.0)));
    let q = first("Organisers expected 150,000-to-180,000 people.");
    assert_eq!((q.1, q.2), (Some(150_000.0), Some(180_000.0)));
    assert_eq!(q.3.as_deref(), Some("people"));
    let q = first("The limit goes from 40 miles to 65 miles an hour.");
    assert_eq!(q.0, "from 40 miles to 65 miles");
    assert_eq!((q.1, q.2), (Some(40.0), Some(65.0)));
    let q = first("The lake is between 4 km and 6 km wide.");
    assert_eq!((q.1, q.2, q.4), (Some(4.0), Some(6.0), Some("km")));
    // two different units are two quantities
    assert_eq!(read("It rose from 40 miles to 65 km.").len(), 2);
}

#[test]
fn index_and_product_names_are_no_quantities() {
    assert!(read("The FTSE 100 and Nikkei 225 fell.").is_empty());
    assert!(read("The Galaxy S24 runs Windows 11 at Formula 1 and the G7.").is_empty());
}
