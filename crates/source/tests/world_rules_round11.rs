//! Rules for attributions in news found in the eleventh audit round (stories
//! outside every annotated set), each checked on a sentence written for the test.

mod common;

use claimkit_core::SourceType;
use common::{attributions, with_content};

#[test]
fn bodies_that_judge_or_inquire_find_and_rule() {
    for (body, source) in [
        (
            "The court in Denver found that the contract could not be enforced.",
            "The court in Denver",
        ),
        (
            "The audit committee found that the officers had been careless.",
            "The audit committee",
        ),
        (
            "A federal panel sided with the growers, finding that the claim came too late.",
            "A federal panel",
        ),
        (
            "In May the Supreme Court, the country's highest court, ruled that the levy was \
             unlawful.",
            "the Supreme Court",
        ),
        (
            "The water tariffs broke trade rules, the appeal judges have ruled.",
            "the appeal judges",
        ),
        (
            "Regional regulators ruled on Monday that the lenders must raise more capital.",
            "Regional regulators",
        ),
    ] {
        let (said_by, a) = common::only_source(body);
        assert_eq!(said_by, source, "{a:?}");
        assert_ne!(a.source_type, SourceType::NamedPerson, "{a:?}");
    }
    // "found" with an object, or a person's finding, reports nothing
    for body in [
        "The committee found time to visit the site.",
        "The court found him a seat.",
        "The owner of the shop found that the door was open.",
        "He ruled out a cut in rates.",
    ] {
        let (_, found) = attributions(body);
        assert!(found.is_empty(), "{body}: {found:?}");
    }
    let (text, found) = attributions("The appeal judges have ruled, the clerk said.");
    let a = with_content(&text, &found, "The appeal judges");
    assert_eq!(a.source.map(|s| s.text(&text)), Some("the clerk"));
}

#[test]
fn a_knight_named_by_the_given_name_is_the_knight_named_before() {
    let body = "Sir Alan Maxwell, head of the chamber, said rates were too high. Sir Alan \
                Hunt, the bank's chairman, disagreed. Sir Alan added: \"We need a cut.\" Dame \
                Joan Ruddock said the cut would come. Dame Joan added that it was overdue.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "We need a cut");
    assert_eq!(a.resolved.as_deref(), Some("Alan Hunt"), "{found:?}");
    let a = with_content(&text, &found, "that it was overdue");
    assert_eq!(a.resolved.as_deref(), Some("Joan Ruddock"), "{found:?}");
    // with no full name before it, the given name is all there is
    let (_, a) = common::only_source("Sir Alan said rates were too high.");
    assert_ne!(a.resolved.as_deref(), Some("Alan Maxwell"), "{a:?}");
}

#[test]
fn a_title_before_an_honorific_and_a_surname_is_the_full_name_met_before() {
    let body = "Ms Lee met Tom Varga and Ana Horvat. On Monday, deputy prime minister Mr Varga \
                told state radio: \"We are united.\" Mr Varga said the talks were frank. The prime \
                minister told Ms Lee the vote would wait.";
    let (text, found) = attributions(body);
    for opening in ["We are united", "the talks were"] {
        let a = with_content(&text, &found, opening);
        assert_eq!(a.resolved.as_deref(), Some("Tom Varga"), "{found:?}");
    }
    // a deputy prime minister is not the prime minister
    let a = with_content(&text, &found, "the vote would");
    assert_ne!(a.resolved.as_deref(), Some("Tom Varga"), "{found:?}");
}

#[test]
fn a_document_before_a_time_adverb_a_participle_or_after_an_outlet_is_a_document() {
    for body in [
        "The charity's report this week said 4 million children were at risk.",
        "Prices have fallen, according to a report earlier this week from the Retail Council.",
        "Voters would back the plan, according to a poll asking the question the council will \
         put.",
        "The Daily Herald poll suggests that 45% of people would vote against it.",
    ] {
        let (_, a) = common::only_source(body);
        assert_eq!(a.source_type, SourceType::Document, "{body}: {a:?}");
    }
    // an outlet alone stays an outlet
    let (_, a) = common::only_source("The Daily Herald reported that the mayor would resign.");
    assert_eq!(a.source_type, SourceType::Media, "{a:?}");
}

#[test]
fn an_addressee_no_list_knows_stays_out_of_the_content() {
    let body = "Dr Ann Wells told the advisory panel that \"there is no need\" for the pills. The \
                mayor told councillors and residents: \"We will rebuild.\"";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "that \"there is no need");
    assert_eq!(a.quote, claimkit_core::QuoteKind::Mixed, "{found:?}");
    let a = with_content(&text, &found, "We will rebuild");
    assert_eq!(a.quote, claimkit_core::QuoteKind::Direct, "{found:?}");
    // a clause right after the addressee keeps its subject
    let (text, found) = attributions("He told reporters the deal that was signed was void.");
    assert!(
        with_content(&text, &found, "the deal").via.is_none(),
        "{found:?}"
    );
}

#[test]
fn a_speaker_after_but_opens_a_report_of_its_own() {
    let body = "Ms Obi conceded the timing was \"awkward\" but she said the tax had to rise.";
    let (text, found) = attributions(body);
    assert_eq!(found.len(), 2, "{found:?}");
    let a = with_content(&text, &found, "the timing");
    assert_eq!(
        a.content.text(&text),
        "the timing was \"awkward\"",
        "{found:?}"
    );
    assert_eq!(a.quote, claimkit_core::QuoteKind::Mixed, "{found:?}");
    // a clause without a speaker of its own stays in the content
    let (text, found) = attributions("Ms Obi said prices rose and wages fell.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].content.text(&text).ends_with("wages fell."));
}

#[test]
fn a_body_named_after_its_noun_or_after_the_stays_a_body() {
    let body = "Rights group Liberty said the checks were biased. Liberty said the rules broke \
                the law.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the rules broke");
    assert_eq!(a.source_type, SourceType::Organization, "{found:?}");
    let (_, a) = common::only_source("The jobless total rose, the Landesbank said.");
    assert_eq!(a.source_type, SourceType::Organization, "{a:?}");
    // a person described after "the", or a given name met as a person's, stays a person
    for body in [
        "The total rose, the Swede said.",
        "The total rose, the Texan said.",
        "Liberty Wells said it was wrong. Liberty said the checks were biased.",
    ] {
        let (_, found) = attributions(body);
        assert!(
            found
                .iter()
                .all(|a| a.source_type == SourceType::NamedPerson),
            "{body}: {found:?}"
        );
    }
}

#[test]
fn a_clause_after_an_outlet_read_whole_keeps_its_subject() {
    let body = "Enver Moss told Sky News the process \"must be well thought out\": \"Moves are \
                welcome.\"";
    let (text, found) = attributions(body);
    assert!(
        found[0].content.text(&text).starts_with("the process"),
        "{found:?}"
    );
    assert_eq!(found[0].via.as_deref(), Some("Sky News"), "{found:?}");
}

#[test]
fn according_to_an_outlet_after_a_frame_is_no_part_of_the_content() {
    let (text, found) =
        attributions("Output fell 3 pct in May, the ministry said, according to TASS.");
    let a = with_content(&text, &found, "Output fell");
    assert_eq!(
        a.content.text(&text),
        "Output fell 3 pct in May",
        "{found:?}"
    );
    assert_eq!(a.via.as_deref(), Some("TASS"), "{found:?}");
    // a clause that goes on after the frame is still the content
    let (text, found) =
        attributions("Output fell 3 pct in May, the ministry said, and may fall again.");
    assert!(
        found[0].content.text(&text).starts_with("Output fell"),
        "{found:?}"
    );
}

#[test]
fn an_adverb_of_force_stands_between_the_source_and_its_cue() {
    for body in [
        "The minister strongly stressed that no deal was near.",
        "The firm firmly denied that it had paid bribes.",
    ] {
        let (_, a) = common::only_source(body);
        assert_ne!(a.source_type, SourceType::NamedPerson, "{a:?}");
    }
    let (_, found) = attributions("Severely stressed cattle were sold.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn show_after_a_document_obtained_by_an_outlet_is_the_verb() {
    let (text, found) =
        attributions("Documents obtained by the Herald show the ministry paid the fee twice.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source_type, SourceType::Document, "{found:?}");
    assert_eq!(found[0].via.as_deref(), Some("Herald"), "{found:?}");
    assert!(found[0].content.text(&text).starts_with("the ministry"));
    // a programme is no verb
    let (_, found) = attributions("He watched the BBC show about farming.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_firm_written_with_and_for_its_ampersand_is_a_firm() {
    for body in [
        "S and P said it would cut the rating.",
        "Moody and Poor's said it would cut the rating.",
        "Baker and Baker said sales rose.",
    ] {
        let (_, a) = common::only_source(body);
        assert_eq!(a.source_type, SourceType::Organization, "{body}: {a:?}");
    }
    let (_, found) = attributions("Ernst and Young's Sanjay Mehta said sales rose.");
    assert_eq!(
        found[0].resolved.as_deref(),
        Some("Sanjay Mehta"),
        "{found:?}"
    );
}

#[test]
fn a_name_after_the_role_of_an_inverted_cue_is_the_speaker() {
    let (said_by, a) =
        common::only_source("\"Orders will slow,\" said bank chief economist, Ruth Okafor.");
    assert_eq!(said_by, "Ruth Okafor", "{a:?}");
    assert_eq!(a.source_type, SourceType::NamedPerson, "{a:?}");
    // a place after the role is no name
    let (said_by, _) = common::only_source("\"Orders will slow,\" said the minister, New York.");
    assert_eq!(said_by, "the minister");
}

#[test]
fn a_phrase_of_time_before_the_cue_is_no_part_of_the_source() {
    for (body, source) in [
        (
            "Singer Tom Abel in July said he was tired of hearing excuses.",
            "Singer Tom Abel",
        ),
        ("Ann Lee last week said the plant would close.", "Ann Lee"),
        (
            "The ministry earlier this week said output fell.",
            "The ministry",
        ),
        (
            "Figures released earlier this year showed exports rose.",
            "Figures released earlier this year",
        ),
    ] {
        let (said_by, a) = common::only_source(body);
        assert_eq!(said_by, source, "{a:?}");
    }
}

#[test]
fn rules_at_the_end_of_a_sentence_is_a_noun() {
    let body = "The plants had refused to take part in drills, required under existing NRC rules.";
    let (_, found) = attributions(body);
    assert!(found.is_empty(), "{found:?}");
}
