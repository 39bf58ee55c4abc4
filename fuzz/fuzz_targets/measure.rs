//! Quantities and times on any text (times resolved against a fixed date):
//! spans in bounds, on char boundaries, sorted by start.
#![no_main]

use claimkit_core::{Date, Document, Span};
use libfuzzer_sys::fuzz_target;

fn check(text: &str, spans: impl Iterator<Item = Span>) {
    let mut last_start = 0;
    for span in spans {
        assert!(span.start <= span.end && span.end <= text.len(), "{span:?}");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        assert!(span.start >= last_start, "not sorted at {span:?}");
        last_start = span.start;
    }
}

fuzz_target!(|text: &str| {
    let doc = Document::from_body("fuzz", text);
    let text = doc.text.as_str();
    let sentences = claimkit_segment::split_sentences(text, &doc.paragraphs);
    let quantities = claimkit_measure::quantities(text);
    check(text, quantities.iter().map(|q| q.span));
    let published = Date::new(2015, 11, 17).ok();
    let times = claimkit_measure::times(text, &sentences, published);
    check(text, times.iter().map(|t| t.span));
});
