//! Rules for attributions in news found by auditing stories outside every
//! annotated set, each checked on a sentence written for the test.

mod common;

use claimkit_core::SourceType;
use common::{attributions, only_source, with_content};

#[test]
fn a_title_with_its_department_or_party_is_the_person_so_titled() {
    let body = "Energy Secretary Maria Olsen said prices would fall. The energy secretary added \
                that supplies were safe. Labour MP Tom Reid said the plan was unfair. \"It will \
                hurt families,\" said the Leeds West MP.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "that supplies");
    assert_eq!(a.resolved.as_deref(), Some("Maria Olsen"), "{found:?}");
    let a = with_content(&text, &found, "It will hurt");
    assert_eq!(a.resolved.as_deref(), Some("Tom Reid"), "{found:?}");
    assert_eq!(a.source_type, SourceType::NamedPerson, "{found:?}");
    // another party's MP, or a party leader never named as such, is no one named here
    let body = "Green MP Tom Reid said the plan was unfair. \"It will hurt families,\" said the \
                Labour MP. \"We will vote against it,\" said the Liberal leader.";
    let (_, found) = attributions(body);
    assert!(found[1..].iter().all(|a| a.resolved.is_none()), "{found:?}");
}

#[test]
fn a_name_in_what_the_frame_reports_is_not_its_pronoun_speaker() {
    let body = "Campaign chief Kwame Mensah set out the plan on Monday. Party leader Omar \
                Diallo would tour every region, he said. \"He will be everywhere,\" he added.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "Party leader");
    assert_eq!(a.resolved.as_deref(), Some("Kwame Mensah"), "{found:?}");
    let a = with_content(&text, &found, "He will be");
    assert_eq!(a.resolved.as_deref(), Some("Kwame Mensah"), "{found:?}");
}

#[test]
fn a_name_before_an_unclosed_role_is_the_speaker() {
    let (source, a) = only_source(
        "\"The harvest will be late,\" Anna Weber, director of the growers' union said.",
    );
    assert_eq!(source, "Anna Weber", "{a:?}");
    let (source, a) = only_source("Anna Weber, Growers Union said: \"The harvest will be late.\"");
    assert_eq!(source, "Anna Weber", "{a:?}");
    assert_eq!(a.source_type, SourceType::NamedPerson, "{a:?}");
    // a frame inside the clause keeps its own source
    let (source, _) = only_source("Anna Weber, the union said, will retire in May.");
    assert_eq!(source, "the union");
}

#[test]
fn a_quotation_before_a_frame_with_its_own_content_carries_on_the_speech_before() {
    let body = "Ms Osei said: \"The rules are unclear. \"Who is supposed to know?\" Her colleague \
                Dan Price said that the law was \"badly drafted\".\n\n\"Nobody can defend it.\" \
                Jo Marsh, of the League, said: \"There is no confusion.\"";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "Who is supposed");
    assert_eq!(
        a.source.map(|s| s.text(&text)),
        Some("Ms Osei"),
        "{found:?}"
    );
    let a = with_content(&text, &found, "Nobody can defend");
    assert_eq!(a.resolved.as_deref(), Some("Dan Price"), "{found:?}");
}

#[test]
fn a_stock_ticker_between_the_company_and_its_cue_is_skipped() {
    let (source, a) = only_source("Brightco Holdings Ltd <BRCO.L> said profits rose 5% in May.");
    assert_eq!(source, "Brightco Holdings Ltd", "{a:?}");
    assert_eq!(a.source_type, SourceType::Organization, "{a:?}");
}

#[test]
fn an_owner_and_a_role_before_a_name_after_said_are_the_speaker() {
    let (source, a) =
        only_source("\"Demand is strong,\" said Brightco's senior analyst Ravi Nair.");
    assert_eq!(source, "Brightco's senior analyst Ravi Nair", "{a:?}");
    assert_eq!(a.source_type, SourceType::NamedPerson, "{a:?}");
    let (_, a) = only_source("\"Demand is strong,\" added Smith and Jones's Ravi Nair.");
    assert_eq!(
        a.resolved.as_deref().unwrap_or("Ravi Nair"),
        "Ravi Nair",
        "{a:?}"
    );
}

#[test]
fn a_participle_after_the_object_of_a_preposition_is_no_cue() {
    let body = "The harvest may reach 40 mln tonnes, rather than the 45 mln announced, \
                traders said.";
    let (text, found) = attributions(body);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].source.map(|s| s.text(&text)), Some("traders"));
}

#[test]
fn a_company_written_with_co_is_a_company_and_its_short_form_too() {
    let body = "J.K. Harlow and Co said profits fell. The company said sales rose. Harlow said \
                costs were stable. Brightco Assurance said claims rose.";
    let (text, found) = attributions(body);
    assert!(
        found
            .iter()
            .all(|a| a.source_type == SourceType::Organization),
        "{found:?}"
    );
    let a = with_content(&text, &found, "sales rose");
    assert_eq!(
        a.resolved.as_deref(),
        Some("J.K. Harlow and Co"),
        "{found:?}"
    );
}

#[test]
fn a_cue_after_and_shares_the_subject_of_the_verb_of_saying_before_it() {
    let body = "Ms Adeyemi said exports would rise and added that the port was ready. She also \
                said prices were stable, and pointed out the harvest was late.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "exports would rise");
    assert_eq!(a.content.text(&text), "exports would rise", "{found:?}");
    let a = with_content(&text, &found, "that the port");
    assert_eq!(
        a.source.map(|s| s.text(&text)),
        Some("Ms Adeyemi"),
        "{found:?}"
    );
    let a = with_content(&text, &found, "the harvest was late");
    assert_eq!(a.source.map(|s| s.text(&text)), Some("She"), "{found:?}");
    // a particle verb with a noun phrase, or a relative clause, reports nothing
    let (_, found) = attributions("He pointed out the features that were new.");
    assert!(found.is_empty(), "{found:?}");
}
