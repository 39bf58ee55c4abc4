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
