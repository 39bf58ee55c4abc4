//! No input makes the labeller panic, and every span it returns lies inside the
//! text, on char boundaries, with non-empty content.

use claimkit_core::Document;
use proptest::prelude::*;

fn check(body: &str) {
    let doc = Document::from_body("any", body);
    let sentences = claimkit_segment::split_sentences(&doc.text, &doc.paragraphs);
    let text = &doc.text;
    for a in claimkit_source::attributions(text, &sentences) {
        for span in [Some(a.content), a.source, a.cue].into_iter().flatten() {
            assert!(
                span.start <= span.end && span.end <= text.len(),
                "{span:?} out of bounds"
            );
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
        assert!(!a.content.is_empty(), "empty content");
        assert!(a.sentence < sentences.len().max(1));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_string(body in any::<String>()) {
        check(&body);
    }

    #[test]
    fn news_like(words in prop::collection::vec(prop::sample::select(vec![
        "said", "told", "according", "to", "“", "”", "\"", ",", ".", "\n\n", "Mr.", "Obama",
        "he", "they", "officials", "U.S.", "that", "Image:", "—", "cautioning", "’s", "I", "think",
        "the", "report", "shows", "é", "'", ":", "according to",
    ]), 0..60)) {
        check(&words.join(" "));
    }
}

#[test]
fn edge_cases() {
    for body in [
        "",
        "\"",
        "“",
        "”",
        "said",
        ", said",
        "“a,” said",
        "According to",
        "Image: X.",
        "\"\"\"",
        "a said\n\n“b",
        // a comma ending the text after an inverted frame: no token after it to read
        "\" ” think Obama ,",
    ] {
        check(body);
    }
}

#[test]
fn according_then_participle_keeps_spans_ordered() {
    check("according to Mr. : cautioning Mr.");
}

#[test]
fn descriptions_and_names_at_the_very_end_of_the_text() {
    for body in [
        "The foreign minister said talks would resume. The foreign minister",
        "The foreign minister said talks would resume. The foreign minister,",
        "Imran Khan told Geo.",
        "Smith's claim that the vote was",
        "The company added 5",
        "Vereins-",
        "E!",
        // the hostile pass of 2026-12-08: a listing modifier with no name after it panicked
        "Troops are U.S.-backed",
        "The U.S.-backed",
        "U.K.-listed",
        // the final hostile pass of 2026-12-08: a company noun and a name ending the text
        "Shares rose at the company Apple",
        "The firm Acme",
        "The company AFP",
        "company 李",
    ] {
        check(body);
    }
}
