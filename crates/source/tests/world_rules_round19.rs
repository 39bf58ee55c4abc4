//! Rules for attributions in news found in the nineteenth round (the leftovers of the
//! eighteenth round's hostile passes), each checked on a sentence written for the test.

mod common;

use claimkit_core::SourceType;
use common::{attributions, source_of, with_content};

#[test]
fn a_day_adverb_before_the_subject_is_no_part_of_the_source() {
    for body in [
        "Yesterday Rep. Dana Holt said the bill would pass.",
        "Today Rep. Dana Holt said the bill would pass.",
        "Tonight Rep. Dana Holt said the bill would pass.",
    ] {
        let (source, _) = source_of(body, "the bill would pass");
        assert_eq!(source, "Rep. Dana Holt", "{body}");
    }
}

#[test]
fn a_phrase_of_place_or_occasion_after_the_day_leads_to_the_clause() {
    for (body, content) in [
        (
            "Smith said Wednesday in an interview the plan would cost more.",
            "the plan would cost more",
        ),
        (
            "The minister said last week in Brussels he would resign.",
            "he would resign",
        ),
        (
            "Police said Sunday in a statement two people were hurt.",
            "two people were hurt",
        ),
    ] {
        let (text, found) = attributions(body);
        let a = with_content(&text, &found, content);
        assert_eq!(
            a.content.text(&text).trim_end_matches('.'),
            content,
            "{body}"
        );
    }
    // an adjunct with no clause after it is still nothing
    let (_, found) = attributions("He said Friday in a statement.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_postal_state_code_after_a_town_belongs_to_the_role() {
    for body in [
        "Ann Lee, of Henderson, NV, said the plan would fail.",
        "Ann Lee, a nurse from Austin, TX, said the plan would fail.",
    ] {
        let found = source_of(body, "the plan would fail");
        assert_eq!(found, ("Ann Lee".into(), SourceType::NamedPerson), "{body}");
    }
    // two capitals after a name are a title, not a state: the role is "SC" (Senior
    // Counsel), not the participle before the name
    let (text, found) = attributions(
        "Speaking in the parents' defense, Tom Molomby, SC, said that the law was clear.",
    );
    let a = with_content(&text, &found, "that the law was clear");
    assert_eq!(a.role.as_deref(), Some("SC"));
}

#[test]
fn a_plural_noun_before_a_subordinate_clause_is_no_verb_of_the_object() {
    // "cuts" before "as sales fell" ends a noun phrase: an act, not a report
    let (_, found) = attributions("The company announced 200 job cuts as sales fell.");
    assert!(found.is_empty(), "{found:?}");
    // a present verb inside the object still makes it a clause
    let (text, found) = attributions("The club announced the team faces relegation.");
    with_content(&text, &found, "the team faces relegation");
}

#[test]
fn a_bullet_bracket_or_symbol_before_a_name_leaves_its_apposition_a_role() {
    for lead in ["• ", "(", "🙂 ", "\u{200b}", "- "] {
        let body = format!("{lead}Rep. Dana Holt, D-Minn., 54, said the bill would pass.");
        let (source, _) = source_of(&body, "the bill would pass");
        assert_eq!(source, "Rep. Dana Holt", "{body}");
        let body = format!("{lead}Ann Lee spoke on Monday: “We will not give up,” she said.");
        let (text, found) = attributions(&body);
        assert_eq!(found.len(), 1, "{body}: {found:?}");
        let a = &found[0];
        let named = a.resolved.as_deref().or(a.source.map(|s| s.text(&text)));
        assert_eq!(named, Some("Ann Lee"), "{body}");
    }
}
