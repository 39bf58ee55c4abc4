//! Rules for attributions in news found in the sixteenth round (directives with "call
//! for", judgements with "as" beyond "describe", cues in an infinitive after "use" an
//! occasion, quoted infinitives), each checked on a sentence written for the test.

mod common;

use claimkit_core::Attribution;
use claimkit_core::{QuoteKind, SourceType};
use common::{attributions, with_content};

/// The source of `a` as written in `text`.
fn source_of(text: &str, a: &Attribution) -> Option<String> {
    a.source.map(|s| s.text(text).to_string())
}

/// The content of `a` as written in `text`.
fn content_of(text: &str, a: &Attribution) -> String {
    a.content.text(text).to_string()
}

#[test]
fn call_for_someone_to_act_is_a_demand_that_keeps_its_agent() {
    let body = "The teachers' union has called for the minister to resign over the exam results.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the minister to resign");
    assert_eq!(source_of(&text, a).as_deref(), Some("The teachers' union"));
    assert!(content_of(&text, a).starts_with("the minister to resign"));
    // a thing asked for is no content to check
    let (_, found) = attributions("The union called for calm. Residents called for an inquiry.");
    assert!(found.is_empty(), "{found:?}");
    // "calls for" as a noun has no subject
    let (_, found) = attributions("Calls for him to resign grew louder on Monday.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_quoted_infinitive_after_call_on_is_still_a_demand() {
    let body = "Ewan Tregarth, director of a tenants' group, has called on the council to \
                \"practise what it preaches\" and repair the flats.";
    let (text, found) = attributions(body);
    let a = with_content(
        &text,
        &found,
        "the council to \"practise what it preaches\"",
    );
    assert_eq!(source_of(&text, a).as_deref(), Some("Ewan Tregarth"));
    assert_eq!(a.quote, QuoteKind::Mixed);
}

#[test]
fn dismissed_and_hailed_as_judge_their_object() {
    let body = "Opposition leaders dismissed the budget as a \"stunt\". The minister \
                hailed the deal as a breakthrough for the region.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the budget as a \"stunt\"");
    assert_eq!(source_of(&text, a).as_deref(), Some("Opposition leaders"));
    let b = with_content(&text, &found, "the deal as a breakthrough");
    assert_eq!(source_of(&text, b).as_deref(), Some("The minister"));
    // an act with no judgement after "as" stays the writer's
    let (_, found) = attributions("The firm dismissed 300 workers as part of the cuts.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_report_that_describes_is_a_document_source() {
    let body = "Media reports in both countries describe the deal as a major step towards peace.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the deal as a major step");
    assert!(source_of(&text, a).is_some_and(|s| s.starts_with("Media reports")));
    assert_eq!(a.source_type, SourceType::Document);
    // a thing is no speaker
    let (_, found) = attributions("The film describes him as a hero.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_cue_after_use_an_occasion_to_keeps_the_subject() {
    let body = "The cardinal used a Christmas message to denounce the war as a \"terrible\" \
                waste of money.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the war as a \"terrible\" waste");
    assert_eq!(source_of(&text, a).as_deref(), Some("The cardinal"));
    let body = "The governor took the opportunity to say that the bridge would reopen in May.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "that the bridge would reopen");
    assert_eq!(source_of(&text, a).as_deref(), Some("The governor"));
    // "used the money to" is no occasion of speech
    let (_, found) = attributions("He used the money to say thanks to the nurses.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_quotation_closed_on_a_full_stop_is_no_content_of_the_next_sentence() {
    let body = "\"We need a team that delivers,\" Ann Lee said. \"I have full confidence in \
                the new managers.\" The firm also announced a number of other appointments.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "I have full confidence");
    assert_eq!(source_of(&text, a).as_deref(), Some("Ann Lee"));
    // a comma keeps the quotation with the frame after it
    let (text, found) = attributions("\"Chips are a commodity,\" he told an industry forum.");
    let a = with_content(&text, &found, "Chips are a commodity");
    assert_eq!(source_of(&text, a).as_deref(), Some("he"));
}

#[test]
fn a_number_opens_an_object_of_an_act() {
    let (_, found) = attributions("Tregarth Ferries announced two new routes on Monday.");
    assert!(found.is_empty(), "{found:?}");
    let (text, found) = attributions("Tregarth Ferries announced 300 jobs would go.");
    let a = with_content(&text, &found, "300 jobs would go");
    assert_eq!(source_of(&text, a).as_deref(), Some("Tregarth Ferries"));
}
