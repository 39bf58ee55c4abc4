//! Rules for attributions in news found in the twelfth audit round (stories
//! outside every annotated set), each checked on a sentence written for the test.

mod common;

use claimkit_core::SourceType;
use common::{attributions, with_content};

#[test]
fn a_time_phrase_opening_the_sentence_is_no_part_of_the_source() {
    for (body, source) in [
        (
            "Last week Lady Marsh said the bill was unfair.",
            "Lady Marsh",
        ),
        (
            "On Monday Harbour City Council reported that 900 homes had no power.",
            "Harbour City Council",
        ),
        ("In March the union said it would strike.", "the union"),
    ] {
        let (said_by, a) = common::only_source(body);
        assert_eq!(said_by, source, "{a:?}");
    }
    // a programme or a name that opens with such words stays whole
    let (said_by, _) = common::only_source("Last Week Tonight said the deal was a sham.");
    assert_eq!(said_by, "Last Week Tonight");
}

#[test]
fn a_past_form_after_a_possessive_or_a_gerund_is_an_adjective() {
    for body in [
        "The union's alleged links to the rebels were denied by its leader.",
        "The mayor toured the city highlighting claimed savings in the budget.",
        "Critics attacked the firm's reported losses in Asia.",
    ] {
        let (text, found) = attributions(body);
        assert!(
            found.iter().all(|a| !["alleged", "claimed", "reported"]
                .contains(&a.cue.map_or("", |c| c.text(&text)))),
            "{body}: {found:?}"
        );
    }
    // a contraction of "has" keeps the verb
    let (said_by, _) = common::only_source("She's claimed that the count was wrong.");
    assert!(said_by.contains("She"), "{said_by}");
}

#[test]
fn joking_and_quipping_report_what_was_said() {
    let (text, found) = attributions(
        "Ms Lang was asked about the delay. \"We will need a bigger boat,\" she joked. \"At \
         least it floats,\" quipped the captain.",
    );
    let a = with_content(&text, &found, "We will need");
    assert_eq!(a.source.map(|s| s.text(&text)), Some("she"));
    let a = with_content(&text, &found, "At least");
    assert_eq!(a.source.map(|s| s.text(&text)), Some("the captain"));
    // the noun stays a noun
    let (_, found) = attributions("The jokes fell flat at the dinner.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_court_or_panel_that_decided_reports_its_decision() {
    let (said_by, a) = common::only_source("The Court of Appeal decided that the levy was lawful.");
    assert_eq!(said_by, "The Court of Appeal");
    assert_ne!(a.source_type, SourceType::NamedPerson, "{a:?}");
    // a person's decision is an act, not a report
    for body in [
        "The owner decided that he would sell the farm.",
        "The court decided the case in May.",
    ] {
        let (_, found) = attributions(body);
        assert!(found.is_empty(), "{body}: {found:?}");
    }
}

#[test]
fn a_cue_inside_an_indirect_question_reports_nothing() {
    for body in [
        "Mr Dale was asked if he would say yes to the merger.",
        "The governor was asked whether she thought the levee would hold.",
    ] {
        let (_, found) = attributions(body);
        assert!(found.is_empty(), "{body}: {found:?}");
    }
    // the question itself is reported as asked; a report after it still counts
    let (text, found) =
        attributions("Mr Dale was asked if he would resign, and said the board would decide.");
    let a = with_content(&text, &found, "the board would decide");
    assert_eq!(
        a.source.map(|s| s.text(&text)),
        Some("Mr Dale"),
        "{found:?}"
    );
}

#[test]
fn agreeing_with_or_to_a_noun_phrase_reports_nothing() {
    let (text, found) = attributions(
        "\"We have done our best,\" Ms Crane said. The councillor said he agreed with Ms \
         Crane's view. The hospital had agreed to the suspension.",
    );
    let a = with_content(&text, &found, "We have done");
    assert_eq!(
        a.source.map(|s| s.text(&text)),
        Some("Ms Crane"),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .all(|a| a.cue.map_or("", |c| c.text(&text)) != "agreed"),
        "{found:?}"
    );
    // with a clause it reports
    let (said_by, a) =
        common::only_source("The hospital agreed with the union that the plan had failed.");
    assert_eq!(said_by, "The hospital");
    assert_eq!(
        a.content
            .text("The hospital agreed with the union that the plan had failed."),
        "the plan had failed."
    );
}

#[test]
fn a_lone_name_whose_report_has_it_doing_a_bodys_act_is_a_body() {
    for body in [
        "Norvex said it would bid for the rail contract.",
        "Germany's Kaltwerk said it had won an order for 40 engines.",
        "Separately, Tamsoft announced on Monday that it is quitting the chip market.",
    ] {
        let (_, a) = common::only_source(body);
        assert_eq!(a.source_type, SourceType::Organization, "{body}: {a:?}");
    }
    // "it" as the subject of a state, or a passive, says nothing of the speaker
    for body in [
        "Ms Orla Hegarty met the mayor. Hegarty said it was closed on Sunday.",
        "Hegarty said it was wrong to wait.",
    ] {
        let (text, found) = attributions(body);
        let a = with_content(&text, &found, "it was");
        assert_eq!(a.source_type, SourceType::NamedPerson, "{body}: {a:?}");
    }
}

#[test]
fn a_participle_after_without_reports_nothing() {
    for body in [
        "The bank settled the case without admitting or denying any wrongdoing.",
        "The minister left without saying a word.",
    ] {
        let (_, found) = attributions(body);
        assert!(found.is_empty(), "{body}: {found:?}");
    }
}
