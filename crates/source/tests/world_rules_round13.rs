//! Rules for attributions in news found in the thirteenth audit round (stories
//! outside every annotated set), each checked on a sentence written for the test.

mod common;

use claimkit_core::SourceType;
use common::{attributions, with_content};

/// The name the source of the attribution whose content opens with `opening` resolves to.
fn resolved_of(body: &str, opening: &str) -> Option<String> {
    let (text, found) = attributions(body);
    with_content(&text, &found, opening).resolved.clone()
}

/// Each (content opening, name) of `expected`: what the source of that content in
/// `body` resolves to.
fn assert_resolved(body: &str, expected: &[(&str, &str)]) {
    for &(opening, name) in expected {
        assert_eq!(
            resolved_of(body, opening).as_deref(),
            Some(name),
            "{opening}"
        );
    }
}

#[test]
fn he_after_a_time_phrase_and_a_comma_is_the_subject_of_the_sentence_before() {
    let body = "But Mr Pike said he was not convinced. \"It is a poor deal,\" he said. On \
                Tuesday, Mr Ward angered the council by calling its plan \"a sham\" at a \
                meeting. \"The council has lost its way,\" he said.";
    assert_eq!(
        resolved_of(body, "The council has lost").as_deref(),
        Some("Ward")
    );
    assert_eq!(resolved_of(body, "It is a poor").as_deref(), Some("Pike"));
}

#[test]
fn he_after_a_passive_is_its_agent_named_at_the_end() {
    let body = "Mr Pike said the plan would fail. The survey was welcomed by shadow health \
                secretary Tom Ardley. \"Patients must be heard,\" he said.";
    assert_eq!(
        resolved_of(body, "Patients must be heard").as_deref(),
        Some("Tom Ardley")
    );
    // a person subject stays the antecedent; the agent of its passive is not recorded
    let body = "Mr Pike said the plan would fail. Tom Ardley was praised by Mr Pike. \
                \"Patients must be heard,\" he said.";
    assert_eq!(
        resolved_of(body, "Patients must be heard").as_deref(),
        Some("Tom Ardley")
    );
}

#[test]
fn he_is_the_speaker_not_a_person_named_in_what_the_speaker_reported() {
    let body = "Mr Lowe said Lord Barton had told MPs the plan was legal. \"The judge may \
                never have read it,\" he said.";
    assert_eq!(
        resolved_of(body, "The judge may never").as_deref(),
        Some("Lowe")
    );
    // the speaker gives way where it cannot be the pronoun's: a body, or a woman for "he"
    for speaker in ["The company", "Ms Lowe"] {
        let body = format!(
            "{speaker} said Mr Rees had told staff the unit would close. \"I am sorry,\" he said."
        );
        assert_eq!(resolved_of(&body, "I am sorry").as_deref(), Some("Rees"));
    }
}

#[test]
fn a_given_name_both_sexes_bear_in_world_news_tells_no_gender() {
    let body = "Lord Barton said in a statement: \"I was fully involved.\" Former minister \
                Robin Hale said Lord Barton's answer had misled Parliament. \"The answer \
                was never a summary,\" he said.";
    assert_eq!(
        resolved_of(body, "The answer was never").as_deref(),
        Some("Robin Hale")
    );
    // a name that tells a gender still keeps "he" from a woman
    let body = "Mr Lowe said the bill was fair. Ms Jane Roy said it was not. \"It is \
                wrong,\" he said.";
    assert_eq!(resolved_of(body, "It is wrong").as_deref(), Some("Lowe"));
}

#[test]
fn a_places_possessive_is_no_body_a_description_stands_for() {
    let body = "Norway's central bank is to cut rates. Oslo Mutual, Norway's second-biggest \
                lender, is already seeking a partner, the firm told Reuters. Growth slowed, \
                and the central bank said it expected a rebound.";
    for opening in ["Oslo Mutual, Norway", "it expected a rebound"] {
        let resolved = resolved_of(body, opening);
        assert_ne!(resolved.as_deref(), Some("Norway's"), "{opening}");
    }
}

#[test]
fn an_office_held_in_a_place_names_no_one() {
    let offices = [
        "Later Chile's High Commissioner to Britain said the visit had gone well.",
        "The Swiss ambassador to France said the talks would resume.",
    ];
    let read: Vec<_> = offices.iter().map(|b| common::only_source(b)).collect();
    assert!(
        read.iter().all(|(said_by, a)| said_by.contains("to ")
            && a.resolved.is_none()
            && a.source_type == SourceType::UnnamedPerson),
        "{read:?}"
    );
    // an acronym after "to" with a name after it stays a named person
    let (_, a) = common::only_source("Ambassador to GATT Michael Samuels said talks resumed.");
    assert_eq!(a.resolved.as_deref(), Some("Michael Samuels"));
}

#[test]
fn a_portfolio_before_a_name_is_no_part_of_it() {
    let body = "Minister for Roads, Rail and Ports Helen Marsh said the plan was fair. \
                Ms Marsh said it would work.";
    assert_resolved(
        body,
        &[
            ("the plan was fair", "Helen Marsh"),
            ("it would work", "Helen Marsh"),
        ],
    );
}

#[test]
fn a_rank_written_short_without_a_full_stop_is_no_part_of_the_name() {
    let body = "President Okafor of Ruritania has said the plan is backward. Gen Okafor told \
                reporters: \"It is wrong.\" Lt Col Tim Reade said the troops were ready.";
    assert_resolved(
        body,
        &[
            ("It is wrong", "Okafor"),
            ("the plan is backward", "Okafor"),
            ("the troops were ready", "Tim Reade"),
        ],
    );
}

#[test]
fn an_outlets_programme_after_told_is_the_addressee_and_the_speaker_is_the_subject() {
    for (body, speaker, outlet) in [
        (
            "Dr Ian Fox told BBC One's Sunday with Marr programme there was no case to answer.",
            "Dr Ian Fox",
            "BBC One",
        ),
        (
            "Mr Reade told BBC Radio Four's the World at One his first concern was safety.",
            "Mr Reade",
            "BBC Radio Four",
        ),
    ] {
        let (text, found) = attributions(body);
        assert_eq!(found.len(), 1, "{found:?}");
        let a = &found[0];
        assert_eq!(a.source.map(|s| s.text(&text)), Some(speaker));
        assert_eq!(a.source_type, SourceType::NamedPerson, "{a:?}");
        assert!(
            a.via.as_deref().is_some_and(|v| v.contains(outlet)),
            "{a:?}"
        );
        let content = a.content.text(&text);
        assert!(
            content.starts_with("there") || content.starts_with("his"),
            "{content}"
        );
    }
    // an outlet's name alone stays the outlet
    let (_, a) = common::only_source("Fox News said the plan was fair.");
    assert_eq!(a.source_type, SourceType::Media);
}

/// Each (body, source as written, source type) of `cases`: the one attribution of
/// the body has that source and type.
fn assert_sources(cases: &[(&str, &str, SourceType)]) {
    let read: Vec<_> = cases
        .iter()
        .map(|(body, _, _)| common::only_source(body))
        .collect();
    for ((said_by, a), (_, source, kind)) in read.iter().zip(cases) {
        assert_eq!((said_by.as_str(), a.source_type), (*source, *kind), "{a:?}");
    }
}

#[test]
fn a_person_before_an_apposition_missing_its_closing_comma_speaks() {
    use SourceType::{NamedPerson, Organization};
    assert_sources(&[
        (
            "Ann Cole, head of research at the housing charity the Shelter Fund said rents \
             would rise.",
            "Ann Cole",
            NamedPerson,
        ),
        (
            "Tom Reade, president of Acme Tools, Inc said the plant would close.",
            "Tom Reade",
            NamedPerson,
        ),
        // a body's legal form after a comma is part of its name; a frame set off by
        // commas keeps its own source
        (
            "Acme Tools, Inc said the plant would close.",
            "Acme Tools, Inc",
            Organization,
        ),
        (
            "Ann Lee, the firm said, will retire.",
            "the firm",
            Organization,
        ),
    ]);
}

#[test]
fn the_lib_dems_are_a_party_and_an_adverb_of_time_before_a_cue_keeps_it() {
    use SourceType::{Organization, UnnamedPerson};
    assert_sources(&[
        (
            "The Lib Dems warned that the levy would fail.",
            "The Lib Dems",
            Organization,
        ),
        ("Dems said the levy would fail.", "Dems", UnnamedPerson),
        (
            "Harbour City Hospital had earlier said that patients would wait longer.",
            "Harbour City Hospital",
            Organization,
        ),
        (
            "The minister earlier told MPs that the levy would fail.",
            "The minister",
            UnnamedPerson,
        ),
    ]);
    // after a determiner or a possessive the word opens a noun phrase
    let read: Vec<_> = [
        "The earlier reported figures were wrong.",
        "Acme Ltd's earlier announced issue of notes will be made in May.",
    ]
    .iter()
    .map(|body| attributions(body).1)
    .collect();
    assert!(read.iter().all(Vec::is_empty), "{read:?}");
}
