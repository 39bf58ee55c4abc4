//! Rules for attributions in news found in the tenth audit round (stories
//! outside every annotated set), each checked on a sentence written for the test.

mod common;

use common::{attributions, with_content};

#[test]
fn an_unnamed_mention_that_is_no_person_is_never_he() {
    let body = "Mayor Alan Price is to make a pitch for the student vote urging young people \
                to register. He will say the city needs them.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the city needs");
    assert_eq!(a.resolved.as_deref(), Some("Alan Price"), "{found:?}");
    // a person left unnamed still is
    let body = "Mayor Alan Price opened the hall. A local dealer said trade was slow. He said \
                rents had doubled.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "rents had");
    assert_eq!(a.resolved, None, "{found:?}");
}

#[test]
fn he_is_the_person_named_as_the_subject_of_the_sentence_before() {
    let body = "Labour MP Lembit Opik said the rules were unclear. Hill farmer Giles Bradshaw \
                was put in touch with the Rural Alliance, of which Mr Opik is a director. He had \
                asked whether his dogs would be banned.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "whether his dogs");
    assert_eq!(a.resolved.as_deref(), Some("Giles Bradshaw"), "{found:?}");
    // a body after a company noun is no person
    let body = "Labour MP Lembit Opik said the rules were unclear. The carrier Aer Lindum cut \
                its fares. He said the cuts were welcome.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "the cuts");
    assert_eq!(a.resolved.as_deref(), Some("Lembit Opik"), "{found:?}");
}

#[test]
fn a_name_after_the_verb_of_a_subject_is_no_subject() {
    let body = "Party leader Ian Frost attacked the plan. \"Come join us,\" he said. Party \
                chairman Simon Greer criticised Mr Frost. \"The evidence does not support his \
                claims,\" he said.";
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, "The evidence");
    assert_eq!(a.resolved.as_deref(), Some("Simon Greer"), "{found:?}");
}

#[test]
fn a_subject_that_ends_the_text_is_read_without_a_role_after_it() {
    let (_, found) = attributions("Officials said trade rose. Hill farmers");
    assert_eq!(found.len(), 1, "{found:?}");
}
