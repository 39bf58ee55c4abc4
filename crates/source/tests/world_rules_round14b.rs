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

/// The (resolved name, source type) of the attribution whose content opens with `opening`.
fn speaker_of(body: &str, opening: &str) -> (Option<String>, SourceType) {
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, opening);
    (a.resolved.clone(), a.source_type)
}

#[test]
fn the_organisation_or_the_agency_is_the_body_named_before_with_that_noun() {
    let body = "Rights group Oxfam said 10 people had died. The organisation believes the toll \
                is far higher.";
    assert_eq!(
        speaker_of(body, "the toll is far").0.as_deref(),
        Some("Oxfam")
    );
    // a body whose name holds the noun, over a company named since
    let body = "The Global Energy Agency said demand rose. Prices fell, and Nordoil said \
                output was flat. The agency said stocks were low.";
    assert_eq!(
        speaker_of(body, "stocks were low").0.as_deref(),
        Some("Global Energy Agency")
    );
    let body = "France said it would act. The Ministry of Defence said troops were ready. \
                The ministry added that ships would sail.";
    assert_eq!(
        speaker_of(body, "that ships would").0.as_deref(),
        Some("Ministry of Defence")
    );
    // "the ministry" is no country named before
    let body = "France said it would act. The ministry added that ships would sail.";
    assert_eq!(speaker_of(body, "that ships would").0, None);
}

#[test]
fn a_document_with_a_participle_and_a_body_after_it_is_a_document() {
    for participle in ["received by", "gathered by", "collected by", "provided by"] {
        let body = format!("At least 10 people died, according to reports {participle} Oxfam.");
        let (_, type_) = speaker_of(&body, "At least 10");
        assert_eq!(type_, SourceType::Document, "{participle}");
    }
}

#[test]
fn a_plural_noun_for_people_opening_the_sentence_with_a_post_modifier_is_a_group() {
    let body = "Backers of the bypass say that it will cut journey times.";
    assert_eq!(
        speaker_of(body, "that it will cut"),
        (None, SourceType::UnnamedPerson)
    );
    // a name with a place after it stays a person
    let body = "Sanders of Vermont says that the bill is wrong.";
    assert_eq!(speaker_of(body, "that the bill").1, SourceType::NamedPerson);
}

#[test]
fn a_document_by_a_body_has_that_body_as_its_affiliation() {
    let body = "Tea sales fell 4 pct, according to a 1990 study by the Tea Board. A World Bank \
                report said growth slowed. Official figures showed a rise. A survey by two \
                firms found that prices rose. Video footage shows that the dam broke. Later a \
                New York Times article said that costs rose.";
    let (text, found) = attributions(body);
    let owner = |opening: &str| {
        let a = with_content(&text, &found, opening);
        assert_eq!(a.source_type, SourceType::Document, "{opening}");
        a.affiliation.clone()
    };
    assert_eq!(owner("Tea sales fell").as_deref(), Some("Tea Board"));
    assert_eq!(owner("growth slowed").as_deref(), Some("World Bank"));
    // words that describe the document or a group left unnamed name no owner
    assert_eq!(owner("a rise"), None);
    assert_eq!(owner("that prices rose"), None);
    assert_eq!(owner("that the dam broke"), None);
    assert_eq!(owner("that costs rose").as_deref(), Some("New York Times"));
}

#[test]
fn a_name_ending_like_a_companys_is_a_company_and_its_leading_word_later_too() {
    let body = "The private equity firm Arden Capital owns 90 papers. Arden on Tuesday said \
                that it had become the largest shareholder.";
    assert_eq!(
        speaker_of(body, "that it had become").1,
        SourceType::Organization
    );
    let (said_by, a) = common::only_source("General Foods claims 80 pct of buyers came back.");
    assert_eq!(said_by, "General Foods");
    assert_eq!(a.source_type, SourceType::Organization);
    assert_eq!(a.role, None);
    // a person's name stays a person's
    let (_, a) = common::only_source("Arden Hale said the deal was fair.");
    assert_eq!(a.source_type, SourceType::NamedPerson);
}

#[test]
fn wall_street_speaking_is_a_body() {
    let (_, a) = common::only_source("The drop is no threat to growth, according to Wall Street.");
    assert_eq!(a.source_type, SourceType::Organization);
    // people of Wall Street are people (Reuters: "Wall Street arbitrageurs said")
    for people in ["arbitrageurs", "brokers", "speculators"] {
        let (_, a) = common::only_source(&format!("Wall Street {people} said the bid could rise."));
        assert_eq!(a.source_type, SourceType::UnnamedPerson, "{people}");
    }
}

#[test]
fn said_to_reporters_or_to_cheers_is_speech_not_an_infinitive() {
    for hearers in ["reporters", "cheers from the crowd", "applause"] {
        let body = format!("\"The plan is dead,\" Ann Lee said to {hearers}. \"We will fight.\"");
        let (text, found) = attributions(&body);
        let said = with_content(&text, &found, "The plan is dead");
        assert_eq!(
            said.source.map(|s| s.text(&text)),
            Some("Ann Lee"),
            "{hearers}"
        );
        let carried = with_content(&text, &found, "We will fight");
        assert_eq!(carried.source.map(|s| s.text(&text)), Some("Ann Lee"));
        assert_eq!(found.len(), 2, "{hearers}: {found:?}");
    }
    let (_, a) = common::only_source("Ann Lee said to reporters that the plan was dead.");
    assert_eq!(a.source_type, SourceType::NamedPerson);
    // "said to" before a verb is still no speech
    let (_, found) = attributions("Ann Lee is said to favour a deal.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn has_written_after_a_quotation_attributes_it_and_a_written_statement_does_not() {
    let body = "\"The buyer pays the duty,\" Tom Marsh, a fellow at the Trade Institute, has \
                written. \"The seller pays nothing.\"";
    let (text, found) = attributions(body);
    for opening in ["The buyer pays", "The seller pays"] {
        let a = with_content(&text, &found, opening);
        assert_eq!(
            a.source.map(|s| s.text(&text)),
            Some("Tom Marsh"),
            "{opening}"
        );
    }
    let (_, found) = attributions("The fees, set out in a written statement, will rise.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn reiterated_reports_a_clause_not_an_object() {
    let body = "The chairman reiterated that the firm expects a profit. Ann Lee reiterated \
                her support for the plan.";
    let (text, found) = attributions(body);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].content.text(&text).contains("expects a profit"));
}

#[test]
fn an_adjunct_between_the_subject_and_the_cue_is_no_part_of_the_source() {
    for (body, source) in [
        (
            "The chairman today in a statement said that the firm expects a profit.",
            "The chairman",
        ),
        (
            "The ministry in a statement on Monday said that prices rose.",
            "The ministry",
        ),
        (
            "Harbour Bank chairman John Wolf yesterday said that costs rose.",
            "Harbour Bank chairman John Wolf",
        ),
        ("Ann Lee in an interview said that costs rose.", "Ann Lee"),
    ] {
        let (said_by, _) = common::only_source(body);
        assert_eq!(said_by, source);
    }
    // a place or a body after "in" or "at" stays in a role
    let (said_by, a) =
        common::only_source("Ann Lee, head of research at the bank in Leeds, said costs rose.");
    assert_eq!(said_by, "Ann Lee");
    assert_eq!(
        a.role.as_deref(),
        Some("head of research at the bank in Leeds")
    );
}

#[test]
fn a_title_ending_the_text_names_no_one() {
    // the look-up of the word after the title ran past the last token
    for body in ["\"\"MP", "The report was sent to the MP"] {
        let (_, found) = attributions(body);
        assert!(found.is_empty(), "{body}: {found:?}");
    }
}

#[test]
fn it_is_no_body_named_by_a_possessive_determiner_opening_a_sentence() {
    let body = "Ardex AG said sales rose. Its European market share rose to 2 pct. It also did \
                not expect to raise capital, Hahn said.";
    assert_eq!(
        speaker_of(body, "to raise capital").0.as_deref(),
        Some("Ardex AG")
    );
}

#[test]
fn a_state_or_country_after_a_city_in_a_role_is_no_speaker() {
    for (body, role) in [
        (
            "\"Water is rare,\" Tom Marsh, a scientist at the space centre in Greenbelt, \
             Maryland, said.",
            "a scientist at the space centre in Greenbelt, Maryland",
        ),
        (
            "Ann Lee, a lecturer at the college in Leeds, England, said the plan was fair.",
            "a lecturer at the college in Leeds, England",
        ),
    ] {
        let (said_by, a) = common::only_source(body);
        assert_eq!(a.source_type, SourceType::NamedPerson, "{body}");
        assert!(said_by == "Tom Marsh" || said_by == "Ann Lee", "{said_by}");
        assert_eq!(a.role.as_deref(), Some(role));
    }
}

#[test]
fn here_between_a_group_and_its_cue_is_no_part_of_the_source() {
    let body = "Talks will resume in June, bankers and government officials here said.";
    let (said_by, a) = common::only_source(body);
    assert_eq!(said_by, "bankers and government officials");
    assert_eq!(a.source_type, SourceType::UnnamedPerson);
}
