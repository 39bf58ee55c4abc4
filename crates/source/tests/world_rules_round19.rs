//! Rules for attributions in news found in the nineteenth round (the leftovers of the
//! eighteenth round's hostile passes), each checked on a sentence written for the test.

mod common;

use claimkit_core::SourceType;
use common::{assert_no_attribution, attributions, source_of, with_content};

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

/// The resolved name of each attribution of `body`, in order.
fn resolved_all(body: &str) -> Vec<Option<String>> {
    attributions(body)
        .1
        .into_iter()
        .map(|a| a.resolved)
        .collect()
}

#[test]
fn a_chamber_or_an_exchange_is_a_body_that_its_head_noun_stands_for() {
    let body = "Mines could face a stoppage, the Chamber of Mines said. It said the union \
                had called off talks. The union refused a request, the Chamber said.";
    let (text, found) = attributions(body);
    let first = with_content(&text, &found, "Mines could face");
    assert_eq!(first.source_type, SourceType::Organization);
    let chamber = Some("Chamber of Mines".to_string());
    assert_eq!(resolved_all(body), [None, chamber.clone(), chamber]);
    let body = "The Chicago Board Options Exchange will list new options, the CBOE said. \
                Prices will be set daily, the exchange said.";
    let exchange = Some("Chicago Board Options Exchange".to_string());
    assert_eq!(resolved_all(body), [exchange.clone(), exchange]);
}

#[test]
fn a_company_written_with_a_news_agencys_letters_is_the_company() {
    let body = "AFP Imaging Corp said it expects revenues to rise. AFP said its products \
                gained market share.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "its products gained");
    assert_eq!(a.source_type, SourceType::Organization);
    assert_eq!(a.resolved.as_deref(), Some("AFP Imaging Corp"));
    // the agency itself stays an outlet
    let (text, found) = attributions("AFP said the talks had failed.");
    let a = with_content(&text, &found, "the talks had failed");
    assert_eq!(a.source_type, SourceType::Media);
}

#[test]
fn a_hyphenated_modifier_after_an_abbreviation_stays_in_the_source() {
    let (source, kind) = source_of(
        "The U.S.-led coalition said it had struck 20 targets.",
        "it had struck 20 targets",
    );
    assert_eq!(
        (source.as_str(), kind),
        ("The U.S.-led coalition", SourceType::Organization)
    );
}

#[test]
fn a_body_named_before_its_descriptions_head_noun_is_what_the_source_stands_for() {
    for (body, name) in [
        (
            "Angola's U.S.-backed UNITA rebel group has offered to reopen the railroad.",
            Some("UNITA"),
        ),
        (
            "The Palestinian Hamas movement said it would fight.",
            Some("Hamas"),
        ),
        ("The ruling ANC party said it would win.", Some("ANC")),
        // a leader's or a country's name before the head is no name of the body
        ("The Bush administration said it would act.", None),
        ("The U.S. government said it would act.", None),
        ("The Carlyle Group said it would buy the firm.", None),
    ] {
        let (_, found) = attributions(body);
        assert_eq!(found.len(), 1, "{body}: {found:?}");
        assert_eq!(found[0].resolved.as_deref(), name, "{body}");
    }
}

#[test]
fn a_request_with_an_addressee_and_an_infinitive_is_attributed() {
    let (text, found) = attributions(
        "Local brokers have requested the head of the syndicate to increase their share.",
    );
    with_content(&text, &found, "the head of the syndicate to increase");
    // a plain object, a purpose clause and the noun are no report
    assert_no_attribution(&[
        "The union requested a meeting.",
        "Lee requested donations on his blog, in order to help with his defense.",
        "Creditors fear the move would trigger redemption requests that could ruin the firm.",
    ]);
}

#[test]
fn securities_houses_are_firms() {
    let (_, kind) = source_of(
        "Japanese securities houses have asked the ministry to act.",
        "the ministry to act",
    );
    assert_eq!(kind, SourceType::Organization);
}

#[test]
fn people_polled_by_an_outlet_speak_through_it() {
    let (text, found) = attributions(
        "The deficit is expected to narrow, market economists polled by Reuters said.",
    );
    let a = with_content(&text, &found, "The deficit is expected");
    assert_eq!(a.via.as_deref(), Some("Reuters"));
}

#[test]
fn saying_nothing_or_little_is_no_report() {
    assert_no_attribution(&[
        "Officials said nothing.",
        "The police said little about the case.",
    ]);
    let (text, found) = attributions("He said nothing would change.");
    with_content(&text, &found, "nothing would change");
}

#[test]
fn advice_challenges_and_recommendations_with_a_clause_are_attributed() {
    for (body, content) in [
        (
            "The Wheat Board has advised the government to cut initial prices.",
            "the government to cut initial prices",
        ),
        (
            "Savimbi challenged the government, which controls the port, to match his offer.",
            "the government, which controls the port, to match",
        ),
        (
            "The panel recommended that the plant close.",
            "that the plant close",
        ),
    ] {
        let (text, found) = attributions(body);
        with_content(&text, &found, content);
    }
    // their noun-phrase objects and their nouns are no report
    assert_no_attribution(&[
        "Goldman advised Sony on the deal.",
        "The firm challenged the ruling in court.",
        "The board will recommend cuts of around 20 pct.",
        "The challenge was accepted.",
    ]);
}

#[test]
fn an_adverb_of_time_after_the_cue_leads_to_the_clause() {
    for body in [
        "The Department of Trade and Industry said earlier it had signed a memorandum.",
        "He said later the plan would fail.",
    ] {
        let (_, found) = attributions(body);
        assert_eq!(found.len(), 1, "{body}: {found:?}");
    }
    let (source, _) = source_of(
        "The commissioner meanwhile told reporters the talks had failed.",
        "the talks had failed",
    );
    assert_eq!(source, "The commissioner");
}

/// Found by the hostile pass of 2026-12-08.
#[test]
fn an_occasion_told_ends_the_addressee_and_relays_nothing() {
    for body in [
        "Holt told a news conference the plan would fail.",
        "Holt told a press briefing that the plan would fail.",
        "Holt told the rally the plan would fail.",
        "Holt told a meeting of party leaders the plan would fail.",
    ] {
        let (text, found) = attributions(body);
        assert_eq!(found.len(), 1, "{body}: {found:?}");
        let content = found[0].content.text(&text).trim_end_matches('.');
        assert!(
            content.ends_with("the plan would fail"),
            "{body}: {content}"
        );
        assert!(!content.contains("conference") && !content.contains("rally"));
        assert_eq!(found[0].via, None, "{body}");
    }
}

/// Found by the hostile pass of 2026-12-08.
#[test]
fn hostile_pass_precision_on_the_days_cues() {
    assert_no_attribution(&[
        "Holt challenged the claim that the plan would fail.",
        "Holt said much.",
    ]);
    let (_, found) = attributions("Holt said nothing, but aides said the plan would fail.");
    assert_eq!(found.len(), 1, "{found:?}");
    let (text, found) = attributions("Economists polled by Reuters on average said prices rose.");
    let a = with_content(&text, &found, "prices rose");
    assert_eq!(a.via.as_deref(), Some("Reuters"));
    let (_, kind) = source_of(
        "Agence France-Presse said the talks failed.",
        "the talks failed",
    );
    assert_eq!(kind, SourceType::Media);
}

#[test]
fn announcing_plans_or_declaring_victory_is_an_act_not_a_report() {
    assert_no_attribution(&[
        "The company announced plans to cut 200 jobs.",
        "The company announced plans.",
        "The ministry declared victory.",
        "He wrote letters to the board.",
    ]);
    // a finite clause, "that" or an embedded question still reports
    for (body, content) in [
        ("The company announced sales rose 5%.", "sales rose"),
        (
            "The company announced profits would double.",
            "profits would double",
        ),
        (
            "She wrote investors were nervous.",
            "investors were nervous",
        ),
        (
            "NASA announced where the orbiters will be displayed.",
            "where the orbiters",
        ),
    ] {
        let (text, found) = attributions(body);
        with_content(&text, &found, content);
    }
}
