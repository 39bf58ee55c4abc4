//! Attributions of very long documents and sentences (issue 16): output that stays
//! linear in the input, on inputs sized so that the old per-cue walks over the
//! sentence and scans over every person named would take minutes in a debug build.
//! Nothing here is timed.

use claimkit_core::{Attribution, Document, SourceType};

fn attributions(body: &str) -> (String, Vec<Attribution>) {
    let doc = Document::from_body("linear", body);
    let sentences = claimkit_segment::split_sentences(&doc.text, &doc.paragraphs);
    let found = claimkit_source::attributions(&doc.text, &sentences);
    (doc.text, found)
}

fn content_bytes(found: &[Attribution]) -> usize {
    found.iter().map(|a| a.content.len()).sum()
}

#[test]
fn sixteen_thousand_cues_in_one_sentence_give_linear_output() {
    let n = 16_000;
    let (text, found) = attributions(&"the army said twelve soldiers died ".repeat(n));
    assert_eq!(found.len(), n);
    assert!(content_bytes(&found) <= text.len());
}

#[test]
fn repeated_noun_like_cues_in_one_sentence_stay_linear() {
    // "reports" is no verb of saying on its own: the source search once read back
    // to the sentence start for every cue.
    let n = 8_000;
    let (text, found) = attributions(&"the army reports twelve soldiers died ".repeat(n));
    assert_eq!(found.len(), n);
    assert!(content_bytes(&found) <= text.len());
}

#[test]
fn coordinated_cues_in_one_sentence_share_their_source() {
    let n = 8_000;
    let (text, found) = attributions(&"officials said prices rose, said ".repeat(n));
    assert_eq!(found.len(), n);
    assert!(found
        .iter()
        .all(|a| a.source.map(|s| s.text(&text)) == Some("officials")));
    assert!(content_bytes(&found) <= text.len());
}

#[test]
fn thirty_thousand_according_to_cues_give_linear_output() {
    let (text, found) = attributions(&"according to officials, ".repeat(30_000));
    assert!(content_bytes(&found) <= text.len());
}

#[test]
fn many_people_named_in_one_document_resolve_to_the_last_one() {
    // 4,000 paragraphs, each naming a man and a woman, then "she" and "he": every
    // pronoun resolves to the person of its own paragraph.
    let n = 4_000;
    let body: String = (0..n)
        .map(|k| {
            format!(
                "Mr. John Smith{k} said prices rose. Ms. Mary Jones{k} said they fell. \
                 She said it was late. He said it was early.\n\n"
            )
        })
        .collect();
    let (_, found) = attributions(&body);
    assert_eq!(found.len(), 4 * n);
    for (k, four) in found.chunks(4).enumerate() {
        assert_eq!(
            four[2].resolved.as_deref(),
            Some(&*format!("Mary Jones{k}"))
        );
        assert_eq!(
            four[3].resolved.as_deref(),
            Some(&*format!("John Smith{k}"))
        );
        assert_eq!(four[3].source_type, SourceType::NamedPerson);
    }
}

/// Attributions of `phrase` written `n` times in one sentence, with the time they took.
fn repeated(phrase: &str, n: usize) -> (String, Vec<Attribution>, std::time::Duration) {
    let started = std::time::Instant::now();
    let (text, found) = attributions(&phrase.repeat(n));
    (text, found, started.elapsed())
}

/// A generous bound for a case that once took time quadratic in its length: 20,000
/// repetitions took 3 to 20 s in a release build, many minutes in a debug build.
const QUADRATIC_ONCE: std::time::Duration = std::time::Duration::from_secs(60);

#[test]
fn a_company_named_in_full_again_and_again_is_looked_up_by_hash() {
    // "Yukos" after "oil group Yukos": the short form was matched against every
    // organisation named before it
    let (text, found, took) = repeated("oil group Yukos said ", 20_000);
    assert!(took < QUADRATIC_ONCE, "{took:?}");
    assert!(content_bytes(&found) <= text.len());
}

#[test]
fn a_sentence_of_addressees_without_a_comma_is_read_once() {
    // the comma after "As Heald told The Huffington Post" was looked for to the end
    // of the sentence at every cue
    for phrase in ["told the FT ", "As Heald told The Huffington Post "] {
        let (text, found, took) = repeated(phrase, 20_000);
        assert!(took < QUADRATIC_ONCE, "{phrase:?}: {took:?}");
        assert!(content_bytes(&found) <= text.len());
    }
}

#[test]
fn clauses_and_outlets_are_looked_for_once_per_document() {
    // "called on": the clause test read the content to the sentence end at every cue;
    // "quoted X as saying": the outlet test read back to the start of the run of words
    for phrase in ["called on the minister to resign ", "quoted X as saying "] {
        let (_, _, took) = repeated(phrase, 20_000);
        assert!(took < QUADRATIC_ONCE, "{phrase:?}: {took:?}");
    }
}

#[test]
fn an_outlet_that_quotes_is_no_longer_than_its_last_words() {
    // every "the paper" before "quoted" once made an outlet of the whole run of words
    // before it: 56 KB of text wrote 58 MB of attributions
    let n = 4_000;
    let (text, found, _) = repeated("the paper quoted X as saying ", n);
    let via_bytes: usize = found
        .iter()
        .filter_map(|a| a.via.as_ref())
        .map(String::len)
        .sum();
    assert!(via_bytes <= 2 * text.len(), "{via_bytes} bytes of outlets");
    assert!(found.iter().any(|a| a.via.as_deref() == Some("the paper")));
}

#[test]
fn short_forms_of_bodies_and_people_named_again_and_again_stay_linear() {
    // each "Harlow" is looked up among the leading words of the bodies named before it
    // and the people with that surname, by hash
    let phrase = "John Harlow spoke. Harlow Freight Corp said it. Harlow said its offer ended. ";
    let (text, found, took) = repeated(phrase, 20_000);
    assert!(took < QUADRATIC_ONCE, "{took:?}");
    assert!(content_bytes(&found) <= text.len());
    assert!(found
        .iter()
        .any(|a| a.source_type == SourceType::Organization));
}

#[test]
fn pronouns_after_unnamed_speakers_again_and_again_stay_linear() {
    // each "He" looks up the last named person and the last unnamed speaker by offset
    let phrase = "Tom Cole said prices rose. A dealer said sales fell. He said stocks were low. ";
    let (text, found, took) = repeated(phrase, 20_000);
    assert!(took < QUADRATIC_ONCE, "{took:?}");
    assert!(content_bytes(&found) <= text.len());
}

#[test]
fn quoted_paragraphs_after_reports_again_and_again_stay_linear() {
    // each quoted paragraph looks up the speech before it by offset and reads its own
    // tokens once for a cue of its own
    let body = "Tom Reed insists the squad is ready.\n\n\"We trained, said Al. We won.\"\n\n"
        .repeat(20_000);
    let started = std::time::Instant::now();
    let (text, found) = attributions(&body);
    assert!(started.elapsed() < QUADRATIC_ONCE);
    assert!(content_bytes(&found) <= text.len());
}
