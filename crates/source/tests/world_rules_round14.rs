//! Rules for attributions in news found in the fourteenth audit round (web articles
//! of many outlets and newswire stories outside every annotated set), each checked
//! on a sentence written for the test.

mod common;

use claimkit_core::SourceType;
use common::{attributions, with_content};

/// The name the source of the attribution whose content opens with `opening` resolves
/// to, and its source type.
fn resolved_of(body: &str, opening: &str) -> (Option<String>, SourceType) {
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, opening);
    (a.resolved.clone(), a.source_type)
}

#[test]
fn a_surname_alone_is_the_full_name_a_noun_for_a_person_introduced() {
    // a given name no list holds, after a noun for what the person does
    let body = "Veteran goalkeeper Ewan Tregarth will retire in May. Tregarth said he \
                might coach.";
    assert_eq!(
        resolved_of(body, "he might coach"),
        (Some("Ewan Tregarth".to_string()), SourceType::NamedPerson)
    );
}

#[test]
fn a_name_apposed_to_a_description_is_what_the_description_stands_for() {
    let body = "The defendant, Ewan Tregarth, was jailed on Friday. The defendant said he \
                would appeal.";
    assert_eq!(
        resolved_of(body, "he would appeal"),
        (Some("Ewan Tregarth".to_string()), SourceType::NamedPerson)
    );
    let body = "\"We will appeal,\" the veteran lock said. The veteran lock, Ewan \
                Tregarth, was dropped. \"I am tired,\" he said.";
    assert_eq!(
        resolved_of(body, "I am tired").0.as_deref(),
        Some("Ewan Tregarth")
    );
    // a body's name after a body noun: "the group" later is that body, not the firm
    let body = "Dorvale Logistics will cut 500 jobs. The group, Dorvale Drivers United, \
                wrote to managers. The group said the offer was unfair.";
    assert_eq!(
        resolved_of(body, "the offer was unfair"),
        (
            Some("Dorvale Drivers United".to_string()),
            SourceType::Organization
        )
    );
}

#[test]
fn a_given_name_alone_as_a_subject_is_the_person_a_later_he_stands_for() {
    let body = "Critics had expected a long answer from the mayor's office. Thomas \
                does not remember the meeting, but he remembers the dinner. \"It was a \
                long night,\" he said.";
    assert_eq!(
        resolved_of(body, "It was a long night"),
        (Some("Thomas".to_string()), SourceType::NamedPerson)
    );
}

#[test]
fn a_word_before_an_office_and_a_name_is_the_body_the_office_is_in() {
    // nothing else marks "Zentrix" as a body; the office of its president does
    for office in ["President", "chief executive"] {
        let body = format!(
            "Car sales fell 5 percent in May, according to Zentrix. Zentrix {office} \
             Dan Lowe said buyers were cautious."
        );
        assert_eq!(
            resolved_of(&body, "Car sales fell").1,
            SourceType::Organization,
            "{office}"
        );
    }
    // an adjective that is also a rank ("major") is no office
    let body = "One major Wall Street firm cut its rating. One said the bid would fail.";
    assert_ne!(
        resolved_of(body, "the bid would fail").1,
        SourceType::Organization
    );
    // an office alone after the word, or a title before it, leaves a person
    let body = "Car sales fell 5 percent in May, according to Lowe. Former President Dan \
                Lowe said buyers were cautious.";
    assert_eq!(
        resolved_of(body, "Car sales fell").1,
        SourceType::NamedPerson
    );
}

/// The content of the one attribution of `body`.
fn content_of(body: &str) -> String {
    let (text, found) = attributions(body);
    assert_eq!(found.len(), 1, "{body}: {found:?}");
    found[0].content.text(&text).to_string()
}

#[test]
fn an_apposition_after_an_opening_according_to_source_is_no_content() {
    for body in [
        "According to the survey, carried out in June, most tenants back the plan.",
        "According to Ann Vale, who runs the clinic, most tenants back the plan.",
        "According to Ann Vale, a lecturer at the college, most tenants back the plan.",
        "According to the Tenants Council (TC) in Leeds, most tenants back the plan.",
    ] {
        assert_eq!(
            content_of(body).trim_end_matches('.'),
            "most tenants back the plan",
            "{body}"
        );
    }
    // a clause after the comma is the content, whatever its first word
    let body = "According to Ann Vale, a recovery is likely, but slow.";
    assert!(content_of(body).starts_with("a recovery is likely"));
}

#[test]
fn a_frame_inside_a_clause_opened_in_the_writers_words_attributes_the_whole_clause() {
    // the quotation closes a clause the writer opened, which goes on after the frame
    let body = "While some tenants pay late, and \"we forgive them for that,\" Mr Vale \
                said, most pay on time.";
    let content = content_of(body);
    assert!(content.starts_with("While some tenants"), "{content}");
    assert!(content.ends_with("most pay on time."), "{content}");
    // a fully quoted part before the frame stays the content alone
    let body = "\"We forgive them for that,\" Mr Vale said, before leaving the hall.";
    assert_eq!(content_of(body), "We forgive them for that");
    // "as X said" set off by commas inside the clause
    let body = "Rents, as Mr Vale explained, are rising fast.";
    let content = content_of(body);
    assert!(content.starts_with("Rents"), "{content}");
    assert!(content.ends_with("are rising fast."), "{content}");
    let body = "As Mr Vale explained, rents are rising fast.";
    assert_eq!(content_of(body), "rents are rising fast.");
}

#[test]
fn results_that_end_the_object_of_reported_are_no_report() {
    let reported = [
        "Dorvale has reported its best quarterly earnings, helped by strong demand.",
        "Dorvale reported record profits.",
    ];
    let found: Vec<_> = reported.iter().map(|body| attributions(body).1).collect();
    assert!(found.iter().all(Vec::is_empty), "{found:?}");
    // a clause after the result noun is a report
    let (text, found) = attributions("Dorvale reported profits rose 5%.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].content.text(&text).starts_with("profits rose"));
}

#[test]
fn a_company_noun_after_the_is_the_company_named_before() {
    for noun in ["giant", "global sports giant", "airline", "supplier"] {
        let body =
            format!("Dorvale Bank reported profits on Monday. The {noun} said sales rose 4%.");
        assert_eq!(
            resolved_of(&body, "sales rose"),
            (Some("Dorvale Bank".to_string()), SourceType::Organization),
            "{noun}"
        );
        let (_, found) = attributions(&body);
        assert_eq!(found.len(), 1, "{found:?}");
    }
}

#[test]
fn a_headline_line_a_web_page_carries_names_no_one_a_pronoun_stands_for() {
    let body = "Mr Owen Vale was fined on Monday.\n\n\
                Man Rescued From River Thanks Firefighters\n\n\
                \"I will pay the fine,\" he said.";
    assert_eq!(
        resolved_of(body, "I will pay the fine").0.as_deref(),
        Some("Owen Vale")
    );
}

#[test]
fn a_collective_noun_of_people_is_those_people_not_a_body() {
    for source in [
        "A group of tenants",
        "A team of nurses",
        "A group of 40 MPs",
    ] {
        let body = format!("Dorvale Bank cut 500 jobs. {source} said the plan was unfair.");
        assert_eq!(
            resolved_of(&body, "the plan was unfair"),
            (None, SourceType::UnnamedPerson),
            "{source}"
        );
    }
    // bodies after "of" stay bodies
    let body = "A coalition of charities said the plan was unfair.";
    assert_eq!(
        resolved_of(body, "the plan was unfair").1,
        SourceType::Organization
    );
}

#[test]
fn a_phrase_of_time_after_the_cue_leaves_the_clause_after_it_the_content() {
    for time in [
        "last week",
        "this month",
        "earlier this year",
        "last week that",
    ] {
        let body = format!("Dorvale Bank said {time} it would close ten branches.");
        assert_eq!(
            content_of(&body).trim_end_matches('.'),
            "it would close ten branches",
            "{time}"
        );
    }
    let body = "Finance minister Ann Vale said last month the levy could still go.";
    assert_eq!(
        content_of(body).trim_end_matches('.'),
        "the levy could still go"
    );
}

#[test]
fn a_quantifier_alone_is_unnamed_people_of_the_group() {
    for q in ["One", "Another", "Most", "Both"] {
        let body = format!("Traders were gloomy on Friday. {q} said prices would fall.");
        assert_eq!(
            resolved_of(&body, "prices would fall"),
            (None, SourceType::UnnamedPerson),
            "{q}"
        );
    }
}

#[test]
fn two_people_named_in_full_sharing_one_cue_are_left_out() {
    for body in [
        "\"We will tour again,\" singer Ann Lee and drummer Tom Ward said.",
        "Ann Lee and Tom Ward said the band would tour again.",
    ] {
        assert!(attributions(body).1.is_empty(), "{body}");
    }
    // a firm's name, or one person with two offices, is one source
    for body in [
        "Dorvale and Co assistant manager Ann Lee said yields would fall.",
        "Former Nevada Sen. and party adviser Tom Ward said yields would fall.",
    ] {
        assert_eq!(attributions(body).1.len(), 1, "{body}");
    }
}

#[test]
fn the_and_a_body_noun_is_the_body_named_before_with_that_head() {
    let body = "The Northern Energy Agency cut its forecast on Monday. Oil fell 2%. The \
                agency said demand would fall.";
    assert_eq!(
        resolved_of(body, "demand would fall"),
        (
            Some("Northern Energy Agency".to_string()),
            SourceType::Organization
        )
    );
    // a body of another head noun is not the one meant
    let body = "The Northern Energy Agency cut its forecast. The commission said demand \
                would fall.";
    assert_eq!(resolved_of(body, "demand would fall").0, None);
}

#[test]
fn after_told_a_determiner_opens_the_clause_and_to_a_directive() {
    let cases = [
        (
            "Dr Ann Vale told reporters the ward would close.",
            "the ward would close",
        ),
        (
            "Dr Ann Vale told Reuters her ward would close.",
            "her ward would close",
        ),
        (
            "Dr Ann Vale told the board the ward would close.",
            "the ward would close",
        ),
        // a directive keeps its addressee, as "urged the board to …" does
        (
            "Dr Ann Vale told the patient to stay at home.",
            "the patient to stay at home",
        ),
    ];
    for (body, content) in cases {
        assert_eq!(content_of(body).trim_end_matches('.'), content, "{body}");
    }
    let (_, found) = attributions("Dr Ann Vale told Reuters her ward would close.");
    assert_eq!(found[0].via.as_deref(), Some("Reuters"));
}

#[test]
fn a_coordinator_right_after_a_cue_opens_no_content() {
    let (_, found) = attributions("Police found and rescued the girl from a hotel room.");
    assert!(found.is_empty(), "{found:?}");
    // the clause before the frame stays the content
    let body = "Because sales fell, prices were cut, he said but did not elaborate.";
    let content = content_of(body);
    assert!(content.starts_with("Because sales fell"), "{content}");
}

/// Wikinews (GUM "afghan"): "According to the Afghan team's coach, Alireza Mehraban, in
/// their first matchup, …" took the name as content and the coach for the last person
/// named before.
#[test]
fn a_name_apposed_to_an_according_to_description_is_the_source() {
    let (source, a) = common::only_source(
        "Ann Lee spoke first. According to the team's coach, Alireza Mehraban, the robot scored well.",
    );
    assert_eq!(source, "Alireza Mehraban");
    assert_eq!(a.source_type, SourceType::NamedPerson);
    assert_eq!(a.role.as_deref(), Some("the team's coach"));
    // a body, or a description followed by a clause, keeps its own reading
    let (source, _) =
        common::only_source("According to the company, Acme Holdings Ltd, the robot scored well.");
    assert_eq!(source, "the company");
    let (source, _) =
        common::only_source("According to the coach, Ann Lee scored well in the first round.");
    assert_eq!(source, "the coach");
}

/// Wikinews (GUM "afghan"): "Afghan Ambassador to the United States Hamdullah Mohib"
/// resolved to "United States Hamdullah Mohib".
#[test]
fn a_place_the_role_governs_is_no_part_of_the_name() {
    let (text, found) = attributions(
        "According to Afghan Ambassador to the United States Hamdullah Mohib, the team did well.",
    );
    let a = with_content(&text, &found, "the team");
    assert_eq!(a.resolved.as_deref(), Some("Hamdullah Mohib"));
    assert_eq!(
        a.role.as_deref(),
        Some("Afghan Ambassador to the United States")
    );
    // a place that opens the name with no preposition before it is left as it was
    let (text, found) = attributions("South Korea Hyundai Motor said the plant would close.");
    let a = with_content(&text, &found, "the plant");
    assert_eq!(a.source_type, SourceType::Organization);
}

/// Wikinews (GUM "clock"): "Facebook co-founder Mark Zuckerberg tweeted to Mohamed and
/// said …" made "Facebook" the speaker: "co-founder" ended the noun phrase.
#[test]
fn a_hyphenated_person_noun_stays_in_the_source() {
    for body in [
        "Facebook co-founder Mark Zuckerberg tweeted to Mohamed and said the boy was welcome.",
        "Acme vice-chairman Ann Lee spoke to reporters and said the plant would close.",
    ] {
        let (text, found) = attributions(body);
        let a = found.last().expect("an attribution");
        assert_eq!(a.source_type, SourceType::NamedPerson, "{body}: {found:?}");
        assert!(
            a.source.is_some_and(|s| s.text(&text).contains('-')),
            "{body}: {found:?}"
        );
    }
}

/// Wikinews (GUM "homeopathic"): "Gloria …. Thomas' sister pleaded with him …, but he
/// replied" resolved "he" to Gloria: a given name known alone had no gender.
#[test]
fn a_given_name_known_alone_keeps_its_gender() {
    let (text, found) = attributions(
        "Gloria improved for a while. Her father was told to see a doctor, but he replied \"I am not able to do that\".",
    );
    let a = with_content(&text, &found, "I am not able");
    assert_ne!(a.resolved.as_deref(), Some("Gloria"), "{found:?}");
}
