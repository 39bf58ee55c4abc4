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
