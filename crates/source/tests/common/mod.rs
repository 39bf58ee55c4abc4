//! Helpers shared by the world-news rule tests: the attributions of a text
//! written for a test, and the one whose content opens with given words.
#![allow(dead_code)]

use claimkit_core::{Attribution, Document};

/// The attributions of `body` and the normalised text they point into.
pub fn attributions(body: &str) -> (String, Vec<Attribution>) {
    let doc = Document::from_body("test", body);
    let sentences = claimkit_segment::split_sentences(&doc.text, &doc.paragraphs);
    let found = claimkit_source::attributions(&doc.text, &sentences);
    (doc.text, found)
}

/// The source text of the one attribution of `body`, and that attribution.
pub fn only_source(body: &str) -> (String, Attribution) {
    let (text, found) = attributions(body);
    assert_eq!(found.len(), 1, "{body}: {found:?}");
    let a = found[0].clone();
    (
        a.source
            .map_or(String::new(), |s| s.text(&text).to_string()),
        a,
    )
}

/// The attribution whose content starts with `opening`.
pub fn with_content<'a>(text: &str, found: &'a [Attribution], opening: &str) -> &'a Attribution {
    found
        .iter()
        .find(|a| {
            a.content
                .text(text)
                .trim_start_matches('"')
                .starts_with(opening)
        })
        .unwrap_or_else(|| panic!("no attribution opens with {opening:?} in {found:?}"))
}

/// The source text and type of the attribution of `body` whose content starts with
/// `opening`, for tests that read many sentences in a loop.
pub fn source_of(body: &str, opening: &str) -> (String, claimkit_core::SourceType) {
    let (text, found) = attributions(body);
    let a = with_content(&text, &found, opening);
    let source = a
        .source
        .map_or(String::new(), |s| s.text(&text).to_string());
    (source, a.source_type)
}

/// Every one of `bodies` has no attribution.
pub fn assert_no_attribution(bodies: &[&str]) {
    for body in bodies {
        let (_, found) = attributions(body);
        assert!(found.is_empty(), "{body}: {found:?}");
    }
}
