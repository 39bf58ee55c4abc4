//! Rules for attributions in news found in the tenth audit round (stories
//! outside every annotated set), each checked on a sentence written for the test.

mod common;

use common::{attributions, with_content};

#[test]
fn an_unnamed_mention_that_is_no_person_is_never_he() {
    let body = "Mayor Alan Price is to make a pitch for the student vote urging young people \
                to register. He will say the city needs them.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the city needs");
    assert_eq!(a.resolved.as_deref(), Some("Alan Price"), "{found:?}");
    // a person left unnamed still is
    let body = "Mayor Alan Price opened the hall. A local dealer said trade was slow. He said \
                rents had doubled.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "rents had");
    assert_eq!(a.resolved, None, "{found:?}");
}

#[test]
fn he_is_the_person_named_as_the_subject_of_the_sentence_before() {
    let body = "Labour MP Lembit Opik said the rules were unclear. Hill farmer Giles Bradshaw \
                was put in touch with the Rural Alliance, of which Mr Opik is a director. He had \
                asked whether his dogs would be banned.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "whether his dogs");
    assert_eq!(a.resolved.as_deref(), Some("Giles Bradshaw"), "{found:?}");
    // a body after a company noun is no person
    let body = "Labour MP Lembit Opik said the rules were unclear. The carrier Aer Lindum cut \
                its fares. He said the cuts were welcome.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the cuts");
    assert_eq!(a.resolved.as_deref(), Some("Lembit Opik"), "{found:?}");
}

#[test]
fn a_name_after_the_verb_of_a_subject_is_no_subject() {
    let body = "Party leader Ian Frost attacked the plan. \"Come join us,\" he said. Party \
                chairman Simon Greer criticised Mr Frost. \"The evidence does not support his \
                claims,\" he said.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "The evidence");
    assert_eq!(a.resolved.as_deref(), Some("Simon Greer"), "{found:?}");
}

#[test]
fn a_subject_that_ends_the_text_is_read_without_a_role_after_it() {
    let (_, found) = attributions("Officials said trade rose. Hill farmers");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn beliefs_of_groups_results_and_adjectives_are_no_attributions() {
    let (_, found) = attributions("Traders expect that the bonds will sell quickly.");
    assert!(found.is_empty(), "{found:?}");
    let (_, found) = attributions(
        "The bank reported second quarter income of 12.5 mln dlrs, up from 9.1 mln dlrs.",
    );
    assert!(found.is_empty(), "{found:?}");
    let (_, found) = attributions(
        "Heavy frost severely stressed young vines and growers are \
                                   counting the losses.",
    );
    assert!(found.is_empty(), "{found:?}");
    // a clause after the cue, or a named source, stays an attribution
    let (_, found) = attributions("The bank reported profits fell 5 pct in the quarter.");
    assert_eq!(found.len(), 1, "{found:?}");
    let (_, found) = attributions("Bank chief Tom Stone expects that the bonds will sell quickly.");
    assert_eq!(found.len(), 1, "{found:?}");
    let (_, found) = attributions("The minister stressed that no deal was near.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_legal_form_before_a_name_makes_it_a_company() {
    let (source, a) = common::only_source("NV Dijkstra Lampenfabriek said it would cut 400 jobs.");
    assert_eq!(source, "NV Dijkstra Lampenfabriek");
    assert_eq!(
        a.source_type,
        claimkit_core::SourceType::Organization,
        "{a:?}"
    );
}

#[test]
fn branded_with_a_quotation_judges_its_object() {
    let body = "Union leader Jane Oduya branded the minister \"arrogant and out of touch\" for \
                closing the mines.";
    let (text, found) = attributions(body);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0]
            .content
            .text(&text)
            .starts_with("the minister \"arrogant"),
        "{found:?}"
    );
    // no quotation, no judgement
    let (_, found) = attributions("The shop branded the boxes with its logo.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_document_with_a_long_post_modifier_or_reported_in_speaks() {
    let body = "A state report issued on Monday on behalf of a federally appointed commission \
                said 40,000 homes were at risk.";
    let (text, found) = attributions(body);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].source.map(|s| s.text(&text)),
        Some("A state report issued on Monday on behalf of a federally appointed commission")
    );
    let body = "Other figures reported in the trade accounts showed there was a small deficit \
                in services.";
    let (text, found) = attributions(body);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].source_type,
        claimkit_core::SourceType::Document,
        "{found:?}"
    );
    assert!(
        found[0].content.text(&text).starts_with("there was"),
        "{found:?}"
    );
}

#[test]
fn outlets_named_in_two_words_or_in_the_plural_and_bodies_named_like_papers() {
    use claimkit_core::SourceType;
    let (_, a) = common::only_source("Prices will rise in May, according to Le Monde.");
    assert_eq!(a.source_type, SourceType::Media, "{a:?}");
    let (_, a) = common::only_source("Italian papers said the talks had failed.");
    assert_eq!(a.source_type, SourceType::Media, "{a:?}");
    let (_, a) = common::only_source(
        "Dallas Independent School District said classes would resume on Monday.",
    );
    assert_eq!(a.source_type, SourceType::Organization, "{a:?}");
}

#[test]
fn a_document_seen_by_an_outlet_speaks_with_the_outlet_as_via() {
    let (text, found) =
        attributions("Minutes seen by Reuters showed the ministry paid the fee twice.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].source_type,
        claimkit_core::SourceType::Document,
        "{found:?}"
    );
    assert_eq!(found[0].via.as_deref(), Some("Reuters"), "{found:?}");
    assert!(
        found[0].content.text(&text).starts_with("the ministry"),
        "{found:?}"
    );
}

#[test]
fn words_in_another_script_before_an_inverted_cue_are_no_speaker() {
    let (text, found) = attributions("Экономика растёт said the minister.");
    assert!(
        found
            .iter()
            .all(|a| a.source.map(|s| s.text(&text)) != Some("Экономика растёт")),
        "{found:?}"
    );
    // a name in another script before a clause still speaks
    let (_, found) = attributions("\"Prices will rise,\" Путин said.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_name_opening_the_text_has_no_role_before_it() {
    let (_, found) = attributions("Giles Bradshaw was told the rules were clear.");
    assert!(found.len() <= 1, "{found:?}");
}
