//! Rules for attributions in news found in the fifteenth audit round (web articles
//! of many outlets and newswire stories outside every annotated set), each checked
//! on a sentence written for the test.

mod common;

use claimkit_core::Attribution;
use claimkit_core::SourceType;
use common::{attributions, with_content};

/// The source of `a` as written in `text`.
fn source_of(text: &str, a: &Attribution) -> Option<String> {
    a.source.map(|s| s.text(text).to_string())
}

#[test]
fn a_connective_adverb_between_commas_is_no_role() {
    let body = "Harbour master Ewan Tregarth, however, said the pier would reopen in May.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the pier would reopen");
    assert_eq!(
        source_of(&text, a).as_deref(),
        Some("Harbour master Ewan Tregarth")
    );
    assert_ne!(a.role.as_deref(), Some("however"));
    let body = "The port authority, meanwhile, said ferries would run as planned.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "ferries would run");
    assert_eq!(a.role, None);
}

#[test]
fn an_article_before_a_name_is_no_role() {
    let body = "The Securities and Exchange Commission sued the lender. Investors were \
                misled for years, the SEC said.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "Investors were misled");
    assert_eq!(source_of(&text, a).as_deref(), Some("the SEC"));
    assert_eq!(a.role, None);
}

#[test]
fn a_name_ending_in_lines_or_products_is_a_company() {
    let body = "Tregarth Ferry Lines said it would add two routes. It said fares would rise.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "it would add two routes");
    assert_eq!(a.source_type, SourceType::Organization);
    let b = with_content(&text, &found, "fares would rise");
    assert_eq!(b.resolved.as_deref(), Some("Tregarth Ferry Lines"));
    let body = "Ewan Garden Products said sales fell.";
    let (text, found) = attributions(body);
    assert_eq!(
        with_content(&text, &found, "sales fell").source_type,
        SourceType::Organization
    );
}

#[test]
fn a_noun_modifying_a_person_noun_stays_in_the_subject_of_a_participle() {
    let body = "Health care workers have protested the ward closures, warning that \
                patients will wait longer.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "that patients will wait");
    assert_eq!(source_of(&text, a).as_deref(), Some("Health care workers"));
    assert_eq!(a.source_type, SourceType::UnnamedPerson);
}

#[test]
fn a_participle_with_its_agent_after_a_time_phrase_is_passive() {
    let body = "Farmers welcomed the budget, while unions attacked the cuts announced \
                last week by the finance minister.";
    let (_, found) = attributions(body);
    assert!(found.is_empty(), "{found:?}");
    let body = "Shipping firms criticised the levy announced Tuesday by the port authority.";
    let (_, found) = attributions(body);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn even_before_a_subject_is_no_part_of_the_source() {
    let sources = |body: &str| {
        let (text, found) = attributions(body);
        found
            .iter()
            .map(|a| source_of(&text, a))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        sources("Even the harbour board has said the fees are too high."),
        [Some("the harbour board".to_string())]
    );
    assert_eq!(
        sources("Even Ewan Tregarth, the ferry line's owner, admitted that fares would rise."),
        [Some("Ewan Tregarth".to_string())]
    );
}

#[test]
fn a_cue_form_after_a_nationality_is_a_noun() {
    let body = "Turkey held the valleys, seen as vital parts of any future Kurdish state, \
                for a decade.";
    let (_, found) = attributions(body);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_relative_pronoun_opening_the_subject_is_no_part_of_the_source() {
    let body = "Harbour Minister Ewan Tregarth spoke on Monday. Work on the new pier, which \
                Tregarth said would be the longest in the country, starts in May.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "would be the longest");
    assert_eq!(source_of(&text, a).as_deref(), Some("Tregarth"));
    assert_eq!(a.role, None);
    assert_eq!(a.resolved.as_deref(), Some("Ewan Tregarth"));
}

#[test]
fn words_ending_with_a_coordinator_before_a_name_are_no_role() {
    let body = "Shares of the ferry line were cut to junk, S and P said.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "Shares of the ferry line");
    assert_eq!(source_of(&text, a).as_deref(), Some("S and P"));
    assert_eq!(a.role, None);
}
