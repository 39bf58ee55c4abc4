//! Rules for attributions in world news, each checked on a sentence written
//! for the test in the style of agency and broadcaster copy.

mod common;

use claimkit_core::SourceType;
use common::{attributions, only_source, with_content};

#[test]
fn a_conjunction_opening_the_sentence_is_no_part_of_a_name() {
    let body = "Former health minister Anna Kowalczyk has attacked the plan. But Ms Kowalczyk \
                said it would weaken the service. Ms Kowalczyk resigned over the closures. \
                \"Only the service can do that job,\" she said.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "Only the service");
    assert_eq!(a.resolved.as_deref(), Some("Anna Kowalczyk"), "{found:?}");
}

#[test]
fn a_quotation_closed_on_a_full_stop_is_not_the_next_statement() {
    let body = "Speaking in Leeds on Friday, the mayor, Jo Dale, said: \"I have never done \
                this before. \"But this road is a mistake. \"I will fight it to the end.\" \
                A spokesman later said Ms Dale had met the planners.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "I will fight");
    assert_eq!(
        a.source.map(|s| s.text(&text)),
        Some("Jo Dale"),
        "{found:?}"
    );
    let body = "\"Only the council can stop it,\" she told BBC Radio Leeds. \"It is the only \
                body with the power.\" Ms Dale said the planners had ignored local people.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "It is the only body");
    assert_eq!(a.source.map(|s| s.text(&text)), Some("she"), "{found:?}");
    assert_eq!(a.via.as_deref(), Some("BBC Radio Leeds"), "{found:?}");
    // a quotation with a comma before its frame stays the frame's
    let body = "\"It is the only body with the power,\" Ms Dale said, adding that it had failed.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "It is the only body");
    assert_eq!(
        a.source.map(|s| s.text(&text)),
        Some("Ms Dale"),
        "{found:?}"
    );
}

#[test]
fn a_plural_noun_for_people_opening_a_sentence_is_a_group() {
    let body = "Shares in the port operator fell 4% on Tuesday. Dockworkers said the strike \
                would go on until the weekend. Surveyors warned that the quay was unsafe.";
    let (text, found) = attributions(body);
    for opening in ["the strike", "that the quay"] {
        let a = with_content(&text, &found, opening);
        assert_eq!(a.source_type, SourceType::UnnamedPerson, "{found:?}");
        assert_eq!(a.resolved, None, "{found:?}");
    }
    // a surname the article gave in full stays a person
    let body = "The bank's chief economist, Helen Rogers, expects a cut. Rogers said \
                inflation had peaked.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "inflation");
    assert_eq!(a.source_type, SourceType::NamedPerson, "{found:?}");
}

#[test]
fn the_company_is_the_one_named_after_its_kind() {
    let body = "Dutch brewing group Heiloo faces a court hearing in Amsterdam. The \
                firm has lost half its value this year. Heiloo filed an appeal on Monday. \
                The company says the ruling was unfair.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the ruling");
    assert_eq!(a.resolved.as_deref(), Some("Heiloo"), "{found:?}");
}

#[test]
fn the_company_is_the_body_whose_officials_were_just_named() {
    let body = "The pension fund Veldstar said on Friday it would sue the carmaker \
                Orvato over its emissions. Orvato officials declined to comment. But \
                the company has said it will fight any claim in court.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "it will fight");
    assert_eq!(a.resolved.as_deref(), Some("Orvato"), "{found:?}");
}

#[test]
fn a_plural_possessive_before_a_name_belongs_to_the_source() {
    let body = "The growers' spokesman, Tomas Ferreira, said the harvest would be late. \
                The World Farmers' Organisation said prices had doubled.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the harvest");
    assert_eq!(
        a.source.map(|s| s.text(&text)),
        Some("Tomas Ferreira"),
        "{found:?}"
    );
    let a = with_content(&text, &found, "prices");
    assert_eq!(
        a.source.map(|s| s.text(&text)),
        Some("The World Farmers' Organisation"),
        "{found:?}"
    );
    assert_eq!(a.source_type, SourceType::Organization, "{found:?}");
    // the owner's plural possessive is no part of the speaker's name
    let body = "\"Rates will rise,\" said Global Markets' Petra Lind. Lind said the bank \
                would move in June.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the bank");
    assert_eq!(a.resolved.as_deref(), Some("Petra Lind"), "{found:?}");
}

#[test]
fn demanded_takes_a_clause_with_a_bare_verb_or_that() {
    let body = "The finance minister has demanded all regional councils cut their budgets \
                by a tenth. The unions demanded an end to the pay freeze.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "all regional councils");
    assert_eq!(
        a.source.map(|s| s.text(&text)),
        Some("The finance minister")
    );
    assert!(
        !found
            .iter()
            .any(|a| a.content.text(&text).contains("pay freeze")),
        "{found:?}"
    );
}

#[test]
fn a_participle_glued_to_a_content_speaks_for_the_same_source() {
    let body = "The governor insisted there was no money for a new bridge saying: \"We \
                have to fix the roads we already have.\"";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "there was no money");
    assert_eq!(a.content.text(&text), "there was no money for a new bridge");
    assert_eq!(a.quote, claimkit_core::QuoteKind::Indirect, "{found:?}");
    let a = with_content(&text, &found, "We have to fix");
    assert_eq!(
        a.source.map(|s| s.text(&text)),
        Some("The governor"),
        "{found:?}"
    );
    assert_eq!(a.quote, claimkit_core::QuoteKind::Direct, "{found:?}");
}

#[test]
fn a_speaker_describing_something_as_a_judgement_is_attributed() {
    let body = "The Danes described the summit as historic but said they would not sign \
                the treaty yet. Reporters described the hall as a former sugar warehouse.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the summit as historic");
    assert_eq!(a.content.text(&text), "the summit as historic");
    assert_eq!(
        a.source.map(|s| s.text(&text)),
        Some("The Danes"),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|a| a.content.text(&text).contains("warehouse")),
        "{found:?}"
    );
}

#[test]
fn a_name_s_pledge_was_to_is_attributed_to_the_name() {
    let body = "One of Mayor Ines Duarte's campaign promises was to open a clinic in every \
                district. She said the first would open in May.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "to open a clinic");
    assert_eq!(a.resolved.as_deref(), Some("Ines Duarte"), "{found:?}");
    assert_eq!(a.source_type, SourceType::NamedPerson, "{found:?}");
    let a = with_content(&text, &found, "the first would open");
    assert_eq!(a.resolved.as_deref(), Some("Ines Duarte"), "{found:?}");
}

#[test]
fn a_journalist_named_after_the_outlet_speaks_for_themselves() {
    let body = "BBC political correspondent Jane Morrow said the vote was closer than expected. \
                Economist Lina Ferreira said the budget would help growth.";
    let (text, found) = attributions(body);
    for (opening, name) in [("the vote", "Jane Morrow"), ("the budget", "Lina Ferreira")] {
        let a = with_content(&text, &found, opening);
        assert_eq!(a.source_type, SourceType::NamedPerson, "{found:?}");
        assert!(
            a.source.is_some_and(|s| s.text(&text).ends_with(name)),
            "{found:?}"
        );
    }
    // a surname alone after the noun; a journalist left unnamed; a body named after the noun
    let (text, found) = attributions(
        "Economist Ferreira said growth would slow. A Reuters correspondent said the road \
         was closed. Economist Intelligence Unit said inflation would rise.",
    );
    let a = with_content(&text, &found, "growth would slow");
    assert_eq!(a.source_type, SourceType::NamedPerson, "{found:?}");
    let a = with_content(&text, &found, "the road");
    assert_eq!(a.source_type, SourceType::UnnamedPerson, "{found:?}");
    let a = with_content(&text, &found, "inflation");
    assert_ne!(a.source_type, SourceType::NamedPerson, "{found:?}");
    // the outlet alone is still the outlet
    let (text, found) = attributions("The Economist said the plan would fail.");
    let a = with_content(&text, &found, "the plan");
    assert_eq!(a.source_type, SourceType::Media, "{found:?}");
}

#[test]
fn a_name_written_as_a_body_s_elsewhere_in_the_story_is_an_organisation() {
    // what a body owns, and the reflexive only a thing takes
    let body = "Kaltera has cut its prices. Kaltera's overheads fell by a fifth last year. \
                Kaltera said it would close two plants.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "it would close");
    assert_eq!(a.source_type, SourceType::Organization, "{found:?}");
    let body = "Vantor said the sale would ruin it. Critics and Vantor itself claim the sale \
                was rigged.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the sale would ruin");
    assert_eq!(a.source_type, SourceType::Organization, "{found:?}");
}

#[test]
fn the_group_is_the_company_named_after_that_noun() {
    let body = "Dutch publishing group Veldhoven Media is buying a stake in Polish newspaper \
                company Gazetka. Gazetka prints the country's largest daily. The group said \
                its profits would rise. The company said sales grew.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "its profits");
    assert_eq!(a.resolved.as_deref(), Some("Veldhoven Media"), "{found:?}");
    let a = with_content(&text, &found, "sales grew");
    assert_eq!(a.resolved.as_deref(), Some("Gazetka"), "{found:?}");
}

#[test]
fn it_after_the_group_is_the_group() {
    let body = "Dutch publishing group Veldhoven Media is buying a stake in Polish newspaper \
                company Gazetka. Gazetka prints the country's largest daily. Sales rose by a \
                tenth, the group said. This was helped by new editions, it said.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "This was helped");
    assert_eq!(a.resolved.as_deref(), Some("Veldhoven Media"), "{found:?}");
}

#[test]
fn a_full_name_written_as_a_possessive_resolves_the_surname() {
    let body = "The claims are made in journalist Martin Keswick's new book. The minister \
                then changed his mind, writes Mr Keswick.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "The minister then");
    assert_eq!(a.resolved.as_deref(), Some("Martin Keswick"), "{found:?}");
}

#[test]
fn a_programme_without_a_name_is_the_outlet_named_before() {
    let body = "Mr Hale spoke on the BBC's Morning Hour show. Mr Hale told Sunday's programme: \
                \"We have done all we can.\"";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "We have done");
    assert_eq!(a.via.as_deref(), Some("BBC"), "{found:?}");
}

#[test]
fn a_title_after_a_nationality_is_the_person_so_titled() {
    let body = "Archbishop Paulo Mendes has called for the camp to close. The Brazilian \
                archbishop said the detentions were unacceptable.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the detentions");
    assert_eq!(a.resolved.as_deref(), Some("Paulo Mendes"), "{found:?}");
    assert_eq!(a.source_type, SourceType::NamedPerson, "{found:?}");
}

#[test]
fn calling_something_a_quotation_judges_it_in_the_speaker_s_words() {
    let body = "Finance Minister Lena Ortiz called the fall in exports \"a passing dip\". \
                Officials called the police. He called it a day. The band called the \
                album \"Northern Lights\". The union called off the strike \"for now\". \
                Police called the family \"at about 9 pm\". She called the meeting \"to \
                discuss the crisis\".";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the fall in exports");
    assert_eq!(
        a.resolved.as_deref().or(a.source.map(|s| s.text(&text))),
        Some("Lena Ortiz"),
        "{found:?}"
    );
    assert_eq!(a.quote, claimkit_core::QuoteKind::Mixed, "{found:?}");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn which_after_a_comma_speaks_for_the_body_before_it() {
    let body = "Shares fell at Vantor Motor Corp (VMC), which said profits would halve.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "profits would halve");
    assert_eq!(a.source_type, SourceType::Organization, "{found:?}");
    assert_eq!(a.source.map(|s| s.text(&text)), Some("which"), "{found:?}");
    assert_eq!(
        a.resolved.as_deref(),
        Some("Vantor Motor Corp"),
        "{found:?}"
    );
}

#[test]
fn a_document_with_a_participle_after_it_is_the_document() {
    for body in [
        "Data released on Monday showed that exports rose by a fifth.",
        "A survey published last week found that most firms plan to hire.",
        "Figures compiled by the ministry showed exports at a six-year high.",
    ] {
        let (_, found) = attributions(body);
        assert_eq!(found.len(), 1, "{body}: {found:?}");
        assert_eq!(
            found[0].source_type,
            SourceType::Document,
            "{body}: {found:?}"
        );
    }
}

#[test]
fn a_speaker_after_said_needs_no_list() {
    for (body, source) in [
        ("\"I was terrified,\" said one passenger.", "one passenger"),
        (
            "\"We lost everything,\" said a local farmer, who asked not to be named.",
            "a local farmer",
        ),
    ] {
        let (text, found) = attributions(body);
        assert_eq!(found.len(), 1, "{body}: {found:?}");
        assert_eq!(
            found[0].source.map(|s| s.text(&text)),
            Some(source),
            "{found:?}"
        );
        assert_eq!(found[0].source_type, SourceType::UnnamedPerson, "{found:?}");
    }
    // words of time after "said" are no speaker
    let (_, found) = attributions("\"Prices will rise,\" said a year later.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_question_asks_and_no_one_speaks() {
    let (_, found) = attributions("Who said that? Nobody knows.");
    assert!(found.is_empty(), "{found:?}");
    // an acronym is no "who"
    assert_eq!(only_source("WHO said the outbreak was over.").0, "WHO");
}

#[test]
fn a_title_from_another_country_is_someone_else() {
    let body = "U.S. Ambassador Karl Menzel met officials in Vienna. The British ambassador \
                said the talks had failed.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the talks had failed");
    assert_eq!(a.resolved, None, "{found:?}");
    let body = "French President Luc Aubert arrived on Monday. The U.S. president said the \
                talks were useful. The French president said they had failed.";
    let (text, found) = attributions(body);
    assert_eq!(
        with_content(&text, &found, "the talks were useful").resolved,
        None,
        "{found:?}"
    );
    let a = with_content(&text, &found, "they had failed");
    assert_eq!(a.resolved.as_deref(), Some("Luc Aubert"), "{found:?}");
}

#[test]
fn a_programme_is_no_other_outlet_named_before() {
    let body = "Reuters reported the merger on Friday. Mr Hale told Sunday's programme that \
                he would resign.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "that he would resign");
    assert_ne!(a.via.as_deref(), Some("Reuters"), "{found:?}");
}

#[test]
fn a_gendered_honorific_is_not_a_man_of_that_surname() {
    let body = "Prime Minister Gordon Blake's wife spoke at the launch. Mrs Blake said the \
                charity needed funds. Mr Blake said he agreed.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the charity");
    assert_ne!(a.resolved.as_deref(), Some("Gordon Blake"), "{found:?}");
    let a = with_content(&text, &found, "he agreed");
    assert_eq!(a.resolved.as_deref(), Some("Gordon Blake"), "{found:?}");
}

#[test]
fn a_relative_clause_inside_the_subject_ends_at_its_comma() {
    let (text, found) = attributions("The bank, which said profits rose, cut rates on Monday.");
    let a = with_content(&text, &found, "profits rose");
    assert_eq!(a.content.text(&text), "profits rose", "{found:?}");
}

#[test]
fn a_company_described_by_its_trade_is_the_company_named_before() {
    let body = "Japanese carmaker Tovara Motor Corp said profits rose. The carmaker said it \
                would build a plant in Ohio.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "it would build");
    assert_eq!(a.source_type, SourceType::Organization, "{found:?}");
    assert_eq!(
        a.resolved.as_deref(),
        Some("Tovara Motor Corp"),
        "{found:?}"
    );
}

#[test]
fn a_determiner_after_the_outlet_opens_the_content() {
    let (text, found) = attributions("He told Monday's Financial Times the plan was dead.");
    let a = with_content(&text, &found, "the plan was dead");
    assert_eq!(a.via.as_deref(), Some("Financial Times"), "{found:?}");
}

#[test]
fn a_name_joined_by_an_ampersand_is_one_firm() {
    let (source, found) = only_source("Procter & Gamble said profits rose.");
    assert_eq!(source, "Procter & Gamble");
    // a particle inside the name before the "&" (hostile pass)
    let (source, _) = only_source("Ludwig van Beethoven & Sons said profits rose.");
    assert_eq!(source, "Ludwig van Beethoven & Sons");
    assert_eq!(found.source_type, SourceType::Organization, "{found:?}");
    // a company's legal name holding an outlet's word is the company
    let (_, found) = attributions("Independent News & Media Plc said profits rose.");
    assert_eq!(found[0].source_type, SourceType::Organization, "{found:?}");
}

#[test]
fn given_names_with_accents_or_a_hyphen_open_a_full_name() {
    for (body, full) in [
        (
            "The deal was agreed, José Álvarez's office said. Mr Álvarez said it was fair.",
            "José Álvarez",
        ),
        (
            "The plan is in Jean-Pierre Dupont's new book. Mr Dupont said it was fair.",
            "Jean-Pierre Dupont",
        ),
    ] {
        let (text, found) = attributions(body);
        let a = with_content(&text, &found, "it was fair");
        assert_eq!(a.resolved.as_deref(), Some(full), "{found:?}");
    }
}

#[test]
fn a_quotation_in_low_and_high_marks_is_attributed() {
    // „…“, as German and Central European papers write it (hostile pass)
    let (text, found) = attributions("„We will win“, said Friedrich Hauser.");
    let a = with_content(&text, &found, "We will win");
    assert_eq!(
        a.source.map(|s| s.text(&text)),
        Some("Friedrich Hauser"),
        "{found:?}"
    );
}
