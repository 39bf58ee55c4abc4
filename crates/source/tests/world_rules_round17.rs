//! Rules for attributions in news found in the seventeenth round (false attributions
//! in the development stories, counted since this round), each checked on a sentence
//! written for the test.

mod common;

use claimkit_core::SourceType;
use common::{attributions, with_content};

#[test]
fn a_think_tank_is_a_body_not_a_cue() {
    // "think" before "tank" is no verb of belief: no frame, and the whole name speaks
    let (_, found) =
        attributions("In a report for the Harbour Policy Unit think tank, rents rose.");
    assert!(found.is_empty(), "{found:?}");
    let (text, found) =
        attributions("The Lowland Policy Institute think tank said rents were too high.");
    let a = with_content(&text, &found, "rents were too high");
    assert_eq!(
        a.source.map(|s| s.text(&text)),
        Some("The Lowland Policy Institute think tank")
    );
    assert_eq!(a.source_type, SourceType::Organization);
    // a think tank described, in either spelling, speaks as a body
    let (text, found) = attributions("The think-tank said rents were too high.");
    let a = with_content(&text, &found, "rents were too high");
    assert_eq!(a.source_type, SourceType::Organization);
}

/// The resolved name of the attribution whose content holds `content`.
fn resolved_of<'a>(
    text: &str,
    found: &'a [claimkit_core::Attribution],
    content: &str,
) -> Option<&'a str> {
    with_content(text, found, content).resolved.as_deref()
}

#[test]
fn an_abbreviated_title_names_the_holder_of_the_office() {
    let body = "Republican Gov. Ann Corliss signed the budget on Monday. \
                The governor said teachers would get a raise.";
    let (text, found) = attributions(body);
    assert_eq!(
        resolved_of(&text, &found, "teachers would get a raise"),
        Some("Ann Corliss")
    );
    let body = "Gen. Tomas Ribeiro visited the base. The general said the troops would stay.";
    let (text, found) = attributions(body);
    assert_eq!(
        resolved_of(&text, &found, "the troops would stay"),
        Some("Tomas Ribeiro")
    );
    // a lieutenant governor is not "the governor"
    let body = "Lt. Gov. Dana Welk signed the bill. The governor said taxes would fall.";
    let (text, found) = attributions(body);
    assert_eq!(resolved_of(&text, &found, "taxes would fall"), None);
}

#[test]
fn of_two_holders_of_a_title_the_one_written_last_is_meant() {
    let body = "Republican Gov. Ann Corliss signed the budget. Neighbouring Gov. Raymond Dutt \
                lost his race for a second term. Teachers did not see Corliss at the Statehouse \
                on Tuesday. The governor said she was waiting for a pay commission.";
    let (text, found) = attributions(body);
    assert_eq!(
        resolved_of(&text, &found, "she was waiting for a pay commission"),
        Some("Ann Corliss")
    );
    // with no later mention, the holder named last
    let body = "Republican Gov. Ann Corliss signed the budget. Neighbouring Gov. Raymond Dutt \
                lost his race for a second term. The governor said he would appeal.";
    let (text, found) = attributions(body);
    assert_eq!(
        resolved_of(&text, &found, "he would appeal"),
        Some("Raymond Dutt")
    );
}
