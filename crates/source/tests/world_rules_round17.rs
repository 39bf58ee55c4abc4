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

/// (source text, resolved, type) of the attribution whose content holds `content`.
fn speaker_of(body: &str, content: &str) -> (String, Option<String>, SourceType) {
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, content);
    (
        a.source
            .map_or(String::new(), |s| s.text(&text).to_string()),
        a.resolved.clone(),
        a.source_type,
    )
}

#[test]
fn a_quantifier_of_a_group_is_unnamed_people_or_bodies() {
    let body = "Residents were angry. Many of them said they would leave.";
    assert_eq!(
        speaker_of(body, "they would leave"),
        ("Many of them".into(), None, SourceType::UnnamedPerson)
    );
    let body = "Several of the workers said pay was low.";
    assert_eq!(speaker_of(body, "pay was low").2, SourceType::UnnamedPerson);
    let body = "Several of the banks said rates would rise.";
    assert_eq!(
        speaker_of(body, "rates would rise").2,
        SourceType::Organization
    );
    // a group of any other members is people, never a person named "Many"; of reports,
    // documents
    let body = "Many of the 1,200 said the plant was unsafe.";
    assert_eq!(
        speaker_of(body, "the plant was unsafe"),
        ("Many of the 1,200".into(), None, SourceType::UnnamedPerson)
    );
    let body = "Some of the reports said rates rose.";
    assert_eq!(speaker_of(body, "rates rose").2, SourceType::Document);
}

#[test]
fn the_people_asked_are_a_source() {
    for (body, source) in [
        ("Those interviewed said prices rose.", "Those interviewed"),
        (
            "Most of those polled said prices rose.",
            "Most of those polled",
        ),
        ("Voters surveyed said prices rose.", "Voters surveyed"),
    ] {
        assert_eq!(
            speaker_of(body, "prices rose"),
            (source.into(), None, SourceType::UnnamedPerson),
            "{body}"
        );
    }
    // a participle of another verb still ends no source
    let (_, found) = attributions("Workers dismissed said they were angry.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_company_named_bare_is_a_body() {
    for name in [
        "Goldman Sachs",
        "Lufthansa",
        "Barclays",
        "Samsung",
        "Alibaba",
    ] {
        let body = format!("{name} said profits would fall.");
        assert_eq!(
            speaker_of(&body, "profits would fall").2,
            SourceType::Organization,
            "{name}"
        );
    }
    // its staff named with their role stay people
    let body = "Goldman Sachs economist Ana Ruiz said rates would rise.";
    assert_eq!(
        speaker_of(body, "rates would rise").1.as_deref(),
        Some("Ana Ruiz")
    );
    // "the airline" is the airline the story named, not the body quoted before it
    let body = "Moody's said the outlook was stable. Lufthansa cancelled 800 flights on \
                Monday. The airline said strikes would continue.";
    assert_eq!(
        speaker_of(body, "strikes would continue").1.as_deref(),
        Some("Lufthansa")
    );
}

#[test]
fn a_particle_capitalised_at_a_sentence_start_is_the_same_surname() {
    let body = "Foreign Minister Adel al-Jarrah said the kingdom would respond. \
                Al-Jarrah added that talks would continue.";
    assert_eq!(
        speaker_of(body, "that talks would continue").1.as_deref(),
        Some("Adel al-Jarrah")
    );
    let body = "Rebel leader Abdul-Malik Al-Nouri said the war would go on. \
                Talks failed, al-Nouri said.";
    assert_eq!(
        speaker_of(body, "Talks failed").1.as_deref(),
        Some("Abdul-Malik Al-Nouri")
    );
}

#[test]
fn a_title_set_off_by_commas_is_the_persons_title() {
    // "the finance minister" later is her; "the mayor" is no one named
    let body = "Ann Lee, the finance minister, said taxes would rise. The mayor denied \
                that he had lied. The finance minister said the plan was fair.";
    assert_eq!(
        speaker_of(body, "that he had lied"),
        ("The mayor".into(), None, SourceType::UnnamedPerson)
    );
    assert_eq!(
        speaker_of(body, "the plan was fair").1.as_deref(),
        Some("Ann Lee")
    );
    // a person named without a title still stands for a title alone later
    let body = "Jack Tarr said the talks failed. The foreign secretary told MPs the plan \
                would work.";
    assert_eq!(
        speaker_of(body, "the plan would work").1.as_deref(),
        Some("Jack Tarr")
    );
}

#[test]
fn a_document_with_a_phrase_after_its_head_is_a_document() {
    for (body, source) in [
        (
            "A filing with regulators showed losses grew.",
            "A filing with regulators",
        ),
        (
            "A letter to shareholders said losses grew.",
            "A letter to shareholders",
        ),
        (
            "An inquiry into the crash found that losses grew.",
            "An inquiry into the crash",
        ),
    ] {
        let (source_text, _, kind) = speaker_of(
            body,
            if body.contains("found") {
                "that losses grew"
            } else {
                "losses grew"
            },
        );
        assert_eq!(
            (source_text.as_str(), kind),
            (source, SourceType::Document),
            "{body}"
        );
    }
}

#[test]
fn an_age_set_off_by_commas_is_neither_the_source_nor_its_role() {
    let body = "Maria Lopez, 54, a teacher, said the school was closed.";
    assert_eq!(speaker_of(body, "the school was closed").0, "Maria Lopez");
    // a role after the age is a role: "the senator" later is not her
    for body in [
        "Maria Lopez, 54, a teacher, said the school was closed. The senator said the \
         bill would pass.",
        "\"It is a tragedy,\" said Maria Lopez, 54, a teacher. The senator said the bill \
         would pass.",
    ] {
        assert_eq!(
            speaker_of(body, "the bill would pass"),
            ("The senator".into(), None, SourceType::UnnamedPerson),
            "{body}"
        );
    }
}

#[test]
fn a_party_and_state_after_a_name_is_no_name() {
    let body = "Rep. Ilka Moran, D-Minn., said the bill was cruel.";
    let (source, resolved, kind) = speaker_of(body, "the bill was cruel");
    assert_eq!(
        (source.as_str(), resolved.as_deref(), kind),
        (
            "Rep. Ilka Moran",
            Some("Ilka Moran"),
            SourceType::NamedPerson
        )
    );
    let body = "Sen. Rob Tull, R-Ky., said the Senate would vote.";
    assert_eq!(
        speaker_of(body, "the Senate would vote").1.as_deref(),
        Some("Rob Tull")
    );
    // in brackets between the name and the cue
    let body = "Ilka Moran (D-Minn.) said the bill was cruel.";
    assert!(speaker_of(body, "the bill was cruel")
        .0
        .starts_with("Ilka Moran"));
}

#[test]
fn an_outlets_reporter_named_with_its_possessive_is_a_person_and_not_a_cue() {
    let body = "Sky News's Hoda Amer said the mood was tense. \"It is calm now,\" Amer said.";
    let (source, resolved, kind) = speaker_of(body, "the mood was tense");
    assert_eq!(
        (source.as_str(), resolved.as_deref(), kind),
        (
            "Sky News's Hoda Amer",
            Some("Hoda Amer"),
            SourceType::NamedPerson
        )
    );
    assert_eq!(
        speaker_of(body, "It is calm now").1.as_deref(),
        Some("Hoda Amer")
    );
    // "reporting from Moscow" between commas is where she is, not a second report of the
    // quotation before it
    let body = "Morrison said: \"We will act.\" Ann Lee, reporting from Moscow, said the \
                mood was tense.";
    let (_, found) = attributions(body);
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn verbs_that_also_take_an_object_report_only_a_that_clause_or_a_quotation() {
    let body = "She opined that the plan was flawed. He averred that the funds were missing. \
                The mayor lamented that jobs were lost. Analysts speculated that rates would \
                rise. He countered: \"We won.\" \"That is false,\" she retorted.";
    let (text, found) = attributions(body);
    let contents: Vec<&str> = found.iter().map(|a| a.content.text(&text)).collect();
    assert_eq!(
        contents,
        [
            "that the plan was flawed.",
            "that the funds were missing.",
            "that jobs were lost.",
            "that rates would rise.",
            "We won.",
            "That is false"
        ]
    );
    // their noun-phrase objects are no report
    let body = "The mayor lamented the loss of jobs. The city boasts a fine harbour. Officials \
                underscored the risks. The minister mentioned the deal.";
    let (_, found) = attributions(body);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn lexicon_additions_of_the_fourth_outlets_draw() {
    // an adverb between the subject and the cue
    let body = "The company flat-out denied that it had lied.";
    assert_eq!(speaker_of(body, "that it had lied").0, "The company");
    // outlets that no list held
    let body = "Deadline reports that the studio is working on a film.";
    assert_eq!(speaker_of(body, "that the studio").2, SourceType::Media);
    // a company's name ending
    let body = "Big Tree Records said the claim was false.";
    assert_eq!(
        speaker_of(body, "the claim was false").2,
        SourceType::Organization
    );
    // pictures that show something are documents
    let body = "Images of spent cartridges indicate that the police used live rounds.";
    assert_eq!(speaker_of(body, "that the police").2, SourceType::Document);
}

#[test]
fn a_quotation_after_an_addressee_and_a_comma_is_the_content() {
    let body = "The singer told the audience, \"we should go on the road.\" She told the \
                court, \"I am innocent,\" and wept.";
    let (text, found) = attributions(body);
    let got: Vec<(&str, claimkit_core::QuoteKind)> = found
        .iter()
        .map(|a| (a.content.text(&text), a.quote))
        .collect();
    assert_eq!(
        got,
        [
            (
                "we should go on the road.",
                claimkit_core::QuoteKind::Direct
            ),
            ("I am innocent", claimkit_core::QuoteKind::Direct)
        ]
    );
    // a document's head before a speech noun makes that noun its verb
    let body = "The Wrap's report claims that the star will be back.";
    let (source, _, kind) = speaker_of(body, "that the star will be back");
    assert_eq!(
        (source.as_str(), kind),
        ("The Wrap's report", SourceType::Document)
    );
    // two role nouns under one determiner are one person
    let body = "Pat Simmons joined the band in 1970. \"It is good,\" the singer and \
                guitarist told Billboard.";
    assert_eq!(
        speaker_of(body, "It is good").1.as_deref(),
        Some("Pat Simmons")
    );
}

#[test]
fn a_quotation_resumed_after_an_inverted_frame_is_the_same_speakers() {
    for body in [
        "\"We are excited,\" said Jo Tran, \"and we will tour.\"",
        "\"We are excited,\" comments Jo Tran in a statement, \"and we will tour.\"",
    ] {
        let (source, _, _) = speaker_of(body, "and we will tour.");
        assert_eq!(source, "Jo Tran", "{body}");
    }
}

#[test]
fn a_past_form_after_and_and_a_clause_of_its_own_is_its_second_verb() {
    let body = "On Thursday, the minister took to social media and accused the label of \
                blocking the film.";
    let (source, _, _) = speaker_of(body, "the label of blocking the film");
    assert_eq!(source, "the minister");
    // a descriptor subject as well as a title
    let body = "The singer took to social media and accused the label of blocking the film.";
    assert_eq!(
        speaker_of(body, "the label of blocking the film").0,
        "The singer"
    );
    // "the accused" is still a noun
    let (_, found) = attributions("The accused denied the charges and wept.");
    assert!(found.iter().all(|a| a.source.is_some()), "{found:?}");
}
#[test]
fn a_month_alone_is_the_person_whose_surname_it_is() {
    let body = "Prime Minister Theresa May spoke in Brussels. May said the deal was good.";
    assert_eq!(
        speaker_of(body, "the deal was good").1.as_deref(),
        Some("Theresa May")
    );
    // with no one of that name, a month alone is no source
    let (_, found) = attributions("In May, prices rose. May said prices fell.");
    assert!(found.is_empty(), "{found:?}");
}
