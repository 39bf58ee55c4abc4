//! Sentence segmentation on any text: sentences in bounds, on char boundaries,
//! sorted and non-overlapping.
#![no_main]

use claimkit_core::Document;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let doc = Document::from_body("fuzz", text);
    let text = doc.text.as_str();
    let sentences = claimkit_segment::split_sentences(text, &doc.paragraphs);
    let mut last_end = 0;
    for s in &sentences {
        let span = s.span;
        assert!(span.start <= span.end && span.end <= text.len(), "{span:?}");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        assert!(
            span.start >= last_end,
            "overlap or out of order at {span:?}"
        );
        last_end = span.end;
    }
});
