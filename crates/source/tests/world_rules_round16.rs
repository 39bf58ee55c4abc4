//! Rules for attributions in news found in the sixteenth round (directives with "call
//! for", judgements with "as" beyond "describe", cues in an infinitive after "use" an
//! occasion, quoted infinitives), each checked on a sentence written for the test.

mod common;

use claimkit_core::Attribution;
use claimkit_core::{QuoteKind, SourceType};
use common::{attributions, with_content};

/// The source of `a` as written in `text`.
fn source_of(text: &str, a: &Attribution) -> Option<String> {
    a.source.map(|s| s.text(text).to_string())
}

/// The content of `a` as written in `text`.
fn content_of(text: &str, a: &Attribution) -> String {
    a.content.text(text).to_string()
}

#[test]
fn call_for_someone_to_act_is_a_demand_that_keeps_its_agent() {
    let body = "The teachers' union has called for the minister to resign over the exam results.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the minister to resign");
    assert_eq!(source_of(&text, a).as_deref(), Some("The teachers' union"));
    assert!(content_of(&text, a).starts_with("the minister to resign"));
    // a thing asked for is no content to check
    let (_, found) = attributions("The union called for calm. Residents called for an inquiry.");
    assert!(found.is_empty(), "{found:?}");
    // "calls for" as a noun has no subject
    let (_, found) = attributions("Calls for him to resign grew louder on Monday.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_quoted_infinitive_after_call_on_is_still_a_demand() {
    let body = "Ewan Tregarth, director of a tenants' group, has called on the council to \
                \"practise what it preaches\" and repair the flats.";
    let (text, found) = attributions(body);
    let a = with_content(
        &text,
        &found,
        "the council to \"practise what it preaches\"",
    );
    assert_eq!(source_of(&text, a).as_deref(), Some("Ewan Tregarth"));
    assert_eq!(a.quote, QuoteKind::Mixed);
}

#[test]
fn dismissed_and_hailed_as_judge_their_object() {
    let body = "Opposition leaders dismissed the budget as a \"stunt\". The minister \
                hailed the deal as a breakthrough for the region.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the budget as a \"stunt\"");
    assert_eq!(source_of(&text, a).as_deref(), Some("Opposition leaders"));
    let b = with_content(&text, &found, "the deal as a breakthrough");
    assert_eq!(source_of(&text, b).as_deref(), Some("The minister"));
    // an act with no judgement after "as" stays the writer's
    let (_, found) = attributions("The firm dismissed 300 workers as part of the cuts.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_report_that_describes_is_a_document_source() {
    let body = "Media reports in both countries describe the deal as a major step towards peace.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the deal as a major step");
    assert!(source_of(&text, a).is_some_and(|s| s.starts_with("Media reports")));
    assert_eq!(a.source_type, SourceType::Document);
    // a thing is no speaker
    let (_, found) = attributions("The film describes him as a hero.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_cue_after_use_an_occasion_to_keeps_the_subject() {
    let body = "The cardinal used a Christmas message to denounce the war as a \"terrible\" \
                waste of money.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the war as a \"terrible\" waste");
    assert_eq!(source_of(&text, a).as_deref(), Some("The cardinal"));
    let body = "The governor took the opportunity to say that the bridge would reopen in May.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "that the bridge would reopen");
    assert_eq!(source_of(&text, a).as_deref(), Some("The governor"));
    // "used the money to" is no occasion of speech
    let (_, found) = attributions("He used the money to say thanks to the nurses.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_quotation_closed_on_a_full_stop_is_no_content_of_the_next_sentence() {
    let body = "\"We need a team that delivers,\" Ann Lee said. \"I have full confidence in \
                the new managers.\" The firm also announced a number of other appointments.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "I have full confidence");
    assert_eq!(source_of(&text, a).as_deref(), Some("Ann Lee"));
    // a comma keeps the quotation with the frame after it
    let (text, found) = attributions("\"Chips are a commodity,\" he told an industry forum.");
    let a = with_content(&text, &found, "Chips are a commodity");
    assert_eq!(source_of(&text, a).as_deref(), Some("he"));
}

#[test]
fn a_number_opens_an_object_of_an_act() {
    let (_, found) = attributions("Tregarth Ferries announced two new routes on Monday.");
    assert!(found.is_empty(), "{found:?}");
    let (text, found) = attributions("Tregarth Ferries announced 300 jobs would go.");
    let a = with_content(&text, &found, "300 jobs would go");
    assert_eq!(source_of(&text, a).as_deref(), Some("Tregarth Ferries"));
}

#[test]
fn a_quantifier_alone_before_a_cue_is_its_subject() {
    let body = "The deportees stepped outside the airport. Some said they felt dejected.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "they felt dejected");
    assert_eq!(source_of(&text, a).as_deref(), Some("Some"));
    assert_eq!(a.source_type, SourceType::UnnamedPerson);
    // a determiner before a noun-like cue form stays a noun phrase
    let (text, found) = attributions("Some reports said the plan was dead.");
    let a = with_content(&text, &found, "the plan was dead");
    assert_eq!(source_of(&text, a).as_deref(), Some("Some reports"));
}

#[test]
fn at_least_after_a_cue_opens_a_clause_with_a_verb() {
    let body = "Port officials said at least 5,000 people entered the building.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "at least 5,000 people entered");
    assert_eq!(source_of(&text, a).as_deref(), Some("Port officials"));
    // no verb after the number: an object
    let (_, found) =
        attributions("Kuwait asked at least four countries, including Oman, for help.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_forecast_takes_a_clause_without_that() {
    let body = "Tregarth Motors expects 16.6 million vehicles will be sold this year.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "16.6 million vehicles will be sold");
    assert_eq!(source_of(&text, a).as_deref(), Some("Tregarth Motors"));
    // an object, or a verb after a coordinator, is no clause
    let (_, found) = attributions("Tregarth Motors expects 6 million visitors.");
    assert!(found.is_empty(), "{found:?}");
    let (_, found) = attributions("He ruled the scrum for a decade and was integral to the side.");
    assert!(found.is_empty(), "{found:?}");
    let (_, found) = attributions("The winger was ruled out of the tour with a broken thumb.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn via_an_outlet_set_off_by_commas_is_the_via() {
    let body = "Richardson, via USA Today, said the league should act.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the league should act");
    assert_eq!(a.via.as_deref(), Some("USA Today"));
    let body = "\"We lost that game,\" Heyward said, via Brian Batko of the Pittsburgh \
                Post-Gazette. \"That's our fault.\"";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "We lost that game");
    assert_eq!(a.via.as_deref(), Some("Pittsburgh Post-Gazette"));
    // the quotation after it carries the same via
    let b = with_content(&text, &found, "That's our fault");
    assert_eq!(b.via.as_deref(), Some("Pittsburgh Post-Gazette"));
    // "via" with a link is no outlet
    let (text, found) = attributions("He said via satellite link that the plan was dead.");
    assert_eq!(with_content(&text, &found, "the plan was dead").via, None);
}

#[test]
fn a_quotation_running_on_over_sentences_splits_at_each_sentence() {
    let body = "Richardson said that Rudolph \"can't start a fight and then claim bullying. \
                You get what's coming to you. He was protecting himself.\"";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "that Rudolph");
    assert_eq!(a.quote, QuoteKind::Mixed);
    assert!(content_of(&text, a).ends_with("claim bullying."));
    for part in [
        "You get what's coming to you.",
        "He was protecting himself.",
    ] {
        let b = with_content(&text, &found, part);
        assert_eq!(b.quote, QuoteKind::Direct);
        assert_eq!(b.cue, None);
        assert_eq!(source_of(&text, b).as_deref(), Some("Richardson"));
    }
}

#[test]
fn a_participle_after_a_noun_inside_what_another_says_is_no_cue() {
    let body = "In a report to the president, Ongpin said revenue would come from tax \
                measures announced last year.";
    let (text, found) = attributions(body);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        source_of(&text, with_content(&text, &found, "revenue would come")).as_deref(),
        Some("Ongpin")
    );
}

#[test]
fn an_inverted_role_and_name_may_carry_an_affiliation() {
    let body = "\"Organics are important for life on Titan,\" said planetary geologist Rosaly \
                Lopes of NASA's Jet Propulsion Laboratory in California.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "Organics are important");
    assert_eq!(a.resolved.as_deref(), Some("Rosaly Lopes"));
    assert_eq!(a.source_type, SourceType::NamedPerson);
    // a pronoun and a verb are no role: the cue's own clause
    let body = "Ann Lee, head of marketing, said he expects Tregarth Vision to grow.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "he expects");
    assert_eq!(source_of(&text, a).as_deref(), Some("Ann Lee"));
}

#[test]
fn a_second_body_after_a_place_belongs_to_the_role() {
    let body = "\"It is hard to find,\" lead author Lucas Paganini, a scientist at the Goddard \
                centre in Greenbelt, Maryland, and American University in Washington, D.C., said.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "It is hard to find");
    assert_eq!(a.resolved.as_deref(), Some("Lucas Paganini"));
}

#[test]
fn a_short_form_of_a_body_resolves_to_its_full_name() {
    let body = "Rates fell in October, according to Edmunds.com, a car data firm. Edmunds \
                expects 16.6 million vehicles will be sold this year.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "16.6 million vehicles");
    assert_eq!(a.source_type, SourceType::Organization);
    assert_eq!(a.resolved.as_deref(), Some("Edmunds.com"));
    let body = "Harlow Freight Corp said it would bid. Harlow said its offer ends in May.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "its offer ends");
    assert_eq!(a.resolved.as_deref(), Some("Harlow Freight Corp"));
}

#[test]
fn those_before_the_phrase_that_says_which_are_unnamed_people() {
    let body = "Those in favour of a ban have said that the fight was started by the visitors.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "that the fight was started");
    assert_eq!(a.source_type, SourceType::UnnamedPerson);
    assert_eq!(a.resolved, None);
}

#[test]
fn a_police_force_is_a_body_and_its_officers_people() {
    let (text, found) = attributions("Indiana State Police said at least 5,000 people entered.");
    let a = with_content(&text, &found, "at least 5,000 people entered");
    assert_eq!(a.source_type, SourceType::Organization);
    let (text, found) = attributions("Police said two men were arrested.");
    let a = with_content(&text, &found, "two men were arrested");
    assert_eq!(a.source_type, SourceType::Organization);
    let (text, found) = attributions("Police officers said the man fled on foot.");
    let a = with_content(&text, &found, "the man fled");
    assert_eq!(a.source_type, SourceType::UnnamedPerson);
}

#[test]
fn hinted_takes_a_clause_and_lobbied_for_a_demand() {
    let (text, found) = attributions("Mayer hinted that the company was pleased with sales.");
    let a = with_content(&text, &found, "that the company was pleased");
    assert_eq!(source_of(&text, a).as_deref(), Some("Mayer"));
    let (text, found) = attributions("A ministry statement hinted Turkey was claiming victory.");
    assert!(found
        .iter()
        .any(|a| content_of(&text, a).starts_with("Turkey was claiming")));
    let (_, found) = attributions("There were hints that the deal was close.");
    assert!(found.is_empty(), "{found:?}");
    let body = "Cam Heyward, who openly lobbied for the league to suspend Garrett, declined to \
                comment.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the league to suspend Garrett");
    assert_eq!(a.resolved.as_deref(), Some("Cam Heyward"));
    let (_, found) = attributions("The union pushed for reform. He appealed for calm.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_programme_of_an_outlet_named_as_owner_relays_the_words() {
    let body = "Mr Blair told the BBC's Breakfast with Frost show the money spent on the \
                tsunami would not invade the money for Africa.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the money spent on the tsunami");
    assert!(
        a.via.as_deref().is_some_and(|v| v.ends_with("BBC")),
        "{:?}",
        a.via
    );
    // "show" alone is no programme
    let (text, found) = attributions("Official figures show the economy grew by 2%.");
    let a = with_content(&text, &found, "the economy grew");
    assert_eq!(a.via, None);
    assert_eq!(a.source_type, SourceType::Document);
}

#[test]
fn an_insurer_or_carrier_named_by_its_trade_is_a_company() {
    for (body, content) in [
        (
            "Standard Life said it would vote against the bid.",
            "it would vote",
        ),
        ("France Telecom said sales rose 5%.", "sales rose"),
    ] {
        let (text, found) = attributions(body);
        assert_eq!(
            with_content(&text, &found, content).source_type,
            SourceType::Organization,
            "{body}"
        );
    }
}

#[test]
fn a_frame_in_an_opening_subordinate_clause_ends_with_it() {
    let body = "Although the minister said the plan was sound, critics remained unconvinced.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the plan was sound");
    assert_eq!(content_of(&text, a), "the plan was sound");
    // a comma inside the reported clause, before its own verb, ends nothing
    let body = "While the regulator said that firms, whether banks or brokers, should be \
                treated alike, the law still differs.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "that firms");
    assert!(
        content_of(&text, a).ends_with("treated alike"),
        "{:?}",
        content_of(&text, a)
    );
}

#[test]
fn a_surname_alone_apposed_to_an_according_to_person_is_the_source() {
    let body = "According to the team's coach, O'Neil, the side is ready.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the side is ready");
    assert_eq!(source_of(&text, a).as_deref(), Some("O'Neil"));
    assert_eq!(a.role.as_deref(), Some("the team's coach"));
    // a place after a person noun is no name
    let body = "According to the minister, France, Germany and Italy agreed.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "France, Germany");
    assert_eq!(source_of(&text, a).as_deref(), Some("the minister"));
}

#[test]
fn per_an_outlet_reads_as_according_to() {
    let (text, found) = attributions("Per ESPN, the team will trade its top pick.");
    let a = with_content(&text, &found, "the team will trade");
    assert_eq!(source_of(&text, a).as_deref(), Some("ESPN"));
    assert_eq!(a.source_type, SourceType::Media);
    let (text, found) = attributions("The team will trade its top pick, per the Associated Press.");
    let a = with_content(&text, &found, "The team will trade");
    assert_eq!(source_of(&text, a).as_deref(), Some("the Associated Press"));
    // a rate is no source
    let (_, found) = attributions("Prices rose 5 per cent. It costs $5 per day.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn modern_outlets_relay_what_they_are_told() {
    let body = "Sources familiar with the matter told CNBC the deal could close this week.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the deal could close");
    assert_eq!(a.via.as_deref(), Some("CNBC"));
}

#[test]
fn the_owner_of_a_vow_or_claim_says_the_clause_after_that() {
    let body = "Ann Lee is under fire. She failed to deliver on her often-repeated vow that \
                taxes would fall by 2020.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "taxes would fall");
    assert_eq!(source_of(&text, a).as_deref(), Some("her"));
    // a relative "that", or a phrase before the noun, is no owner's clause
    let (_, found) = attributions("His claim that was rejected cost him the seat.");
    assert!(found.is_empty(), "{found:?}");
    let body = "Mr Ali added his voice to those warning that aid must be delivered.";
    let (text, found) = attributions(body);
    assert!(
        found
            .iter()
            .all(|a| source_of(&text, a).as_deref() != Some("his")),
        "{found:?}"
    );
}

#[test]
fn a_lower_case_modifier_before_a_body_stays_in_a_participle_s_subject() {
    let body = "The utilities commission is frustrated with the firms, saying they failed to \
                share information.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "they failed to share");
    assert_eq!(
        source_of(&text, a).as_deref(),
        Some("The utilities commission")
    );
}

#[test]
fn an_urge_with_its_addressee_then_a_quotation_attributes_the_quotation() {
    let body = "The crowd laughed when he urged voters, \"Look what I have delivered.\"";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "Look what I have delivered");
    assert_eq!(a.quote, QuoteKind::Direct);
    let (text, found) = attributions("The party described the video as lighthearted satire.");
    assert!(found
        .iter()
        .any(|a| content_of(&text, a).ends_with("lighthearted satire")));
}
