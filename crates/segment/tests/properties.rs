//! Properties that hold for any input: no panic, well-formed spans, paragraph independence.

use claimkit_core::{Document, Span};
use claimkit_segment::split_sentences;
use proptest::prelude::*;

/// Text mixing news punctuation, abbreviations, quotes, bullets and multi-byte characters.
fn newsy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Mr. ".to_string()),
        Just("U.S. ".to_string()),
        Just("a.m. ".to_string()),
        Just("The ".to_string()),
        Just("said. ".to_string()),
        Just("“Yes,” ".to_string()),
        Just("?” she asked. ".to_string()),
        Just(". . . ".to_string()),
        Just("…".to_string()),
        Just("1.) ".to_string()),
        Just("(ii) ".to_string()),
        Just("• ".to_string()),
        Just("\n- ".to_string()),
        Just("\n\n".to_string()),
        Just("$1.5 ".to_string()),
        Just("world.Today ".to_string()),
        Just("．".to_string()),
        Just("[1] ".to_string()),
        Just(" -- ".to_string()),
        "[a-zA-Z0-9 .!?'\"()\\n]{0,12}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|parts| parts.concat())
}

fn check_spans(text: &str, paragraphs: &[Span]) {
    let sentences = split_sentences(text, paragraphs);
    let mut last_end = 0;
    for s in &sentences {
        let span = s.span;
        assert!(span.start < span.end, "empty sentence {span:?}");
        assert!(
            span.start >= last_end,
            "out of order or overlapping at {span:?}"
        );
        assert!(span.end <= text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        assert!(
            paragraphs[s.paragraph].contains(span),
            "{span:?} outside its paragraph"
        );
        let body = span.text(text);
        assert_eq!(body, body.trim(), "sentence not trimmed: {body:?}");
        last_end = span.end;
    }
}

proptest! {
    #[test]
    fn spans_are_well_formed_for_any_body(body in newsy_text()) {
        let doc = Document::from_body("p", &body);
        check_spans(&doc.text, &doc.paragraphs);
    }

    #[test]
    fn spans_are_well_formed_for_raw_paragraphs(text in newsy_text()) {
        // The whole text as one paragraph, line breaks and all.
        check_spans(&text, &[Span::new(0, text.len())]);
    }

    #[test]
    fn a_paragraph_alone_or_in_a_document_gives_the_same_spans(
        before in newsy_text(), para in newsy_text(), after in newsy_text()
    ) {
        let text = format!("{before}\n\n{para}\n\n{after}");
        let start = before.len() + 2;
        let inside = Span::new(start, start + para.len());
        let doc_spans: Vec<Span> = split_sentences(&text, &[Span::new(0, before.len()), inside])
            .into_iter()
            .filter(|s| s.paragraph == 1)
            .map(|s| s.span)
            .collect();
        let alone: Vec<Span> = split_sentences(&para, &[Span::new(0, para.len())])
            .into_iter()
            .map(|s| s.span.shift(start))
            .collect();
        prop_assert_eq!(doc_spans, alone);
    }
}

#[test]
fn paragraph_spans_off_char_boundaries_are_skipped_not_panicked_on() {
    let text = "Russia’s jets";
    assert!(split_sentences(text, &[Span::new(0, 7)]).is_empty());
    assert!(split_sentences(text, &[Span::new(0, 99)]).is_empty());
}
