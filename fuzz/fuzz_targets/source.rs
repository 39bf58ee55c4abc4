//! Source labelling on any text: every span in bounds and on char boundaries,
//! every attribution pointing at a sentence that exists.
#![no_main]

use claimkit_core::{Document, Span};
use libfuzzer_sys::fuzz_target;

fn check(text: &str, span: Span) {
    assert!(span.start <= span.end && span.end <= text.len(), "{span:?}");
    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
}

fuzz_target!(|text: &str| {
    let doc = Document::from_body("fuzz", text);
    let text = doc.text.as_str();
    let sentences = claimkit_segment::split_sentences(text, &doc.paragraphs);
    for a in claimkit_source::attributions(text, &sentences) {
        assert!(a.sentence < sentences.len());
        a.source.into_iter().for_each(|s| check(text, s));
        a.cue.into_iter().for_each(|s| check(text, s));
        check(text, a.content);
    }
});
