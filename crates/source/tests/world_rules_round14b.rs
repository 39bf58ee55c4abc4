//! Rules for attributions in news found in the second audit round of the
//! fourteenth session (organisations, bodies and documents; speech across
//! sentences), each checked on a sentence written for the test.

mod common;

use claimkit_core::{QuoteKind, SourceType};
use common::{attributions, with_content};

#[test]
fn a_view_in_the_first_person_inside_a_carried_on_quotation_is_the_speakers() {
    for view in ["We believe demand is strong.", "I think demand is strong."] {
        let body = format!("\"Prices will rise,\" said Tom Marsh, an analyst. \"{view}\"");
        let (text, found) = attributions(&body);
        let carried = found
            .iter()
            .find(|a| a.cue.is_none() && a.content.text(&text) == view)
            .unwrap_or_else(|| panic!("{view} is not carried on: {found:?}"));
        assert_eq!(carried.quote, QuoteKind::Direct);
        assert_eq!(
            carried.source.map(|s| s.text(&text)),
            Some("Tom Marsh"),
            "{view}"
        );
        // the view itself is the speaker's
        let own = with_content(&text, &found, "demand is strong");
        assert_eq!(own.resolved.as_deref(), Some("Tom Marsh"), "{view}");
        assert_eq!(own.source_type, SourceType::NamedPerson);
    }
    // the speech carried on is the speaker's, not the view quoted inside it
    let body = "\"I know we can win,\" Ann Lee told the board. \"They doubted us for years.\"";
    let (text, found) = attributions(body);
    let carried = with_content(&text, &found, "They doubted");
    assert_eq!(carried.source.map(|s| s.text(&text)), Some("Ann Lee"));
}

#[test]
fn a_person_quoted_with_an_apposition_as_saying_is_the_source_and_he_after() {
    let body = "The Daily Star quoted Ruth Okoro, vice-chair of the farmers' union, as saying \
                yields had fallen. She said costs had doubled since 2010.";
    let (text, found) = attributions(body);
    let quoted = with_content(&text, &found, "yields had fallen");
    assert_eq!(quoted.source.map(|s| s.text(&text)), Some("Ruth Okoro"));
    assert_eq!(quoted.source_type, SourceType::NamedPerson);
    assert!(quoted
        .via
        .as_deref()
        .is_some_and(|v| v.ends_with("Daily Star")));
    let after = with_content(&text, &found, "costs had doubled");
    assert_eq!(after.resolved.as_deref(), Some("Ruth Okoro"));
}
