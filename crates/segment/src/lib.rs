//! Sentence segmentation and claim units for news text.
//!
//! [`split_sentences`] cuts each paragraph of a document into sentences;
//! [`claims`] turns sentences into claim units.
//!
//! ```
//! use claimkit_core::Document;
//! let doc = Document::from_body("d", "Russia conducted strikes Tuesday.\n\nIt was the first time");
//! let sentences = claimkit_segment::split_sentences(&doc.text, &doc.paragraphs);
//! assert_eq!(sentences.len(), 2);
//! assert!(sentences[1].truncated);
//! ```

use claimkit_core::{Claim, Sentence, Span};

/// Characters that end a sentence when they close a paragraph.
const TERMINAL: &[char] = &['.', '!', '?', '"', '”', '’', '\'', ')'];

/// Split every paragraph of `text` into sentences (paragraphs are hard boundaries).
///
/// Until the rule-based segmenter lands, each paragraph is one sentence; a
/// paragraph that ends without terminal punctuation is flagged `truncated`.
pub fn split_sentences(text: &str, paragraphs: &[Span]) -> Vec<Sentence> {
    paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let span = p.trim(text);
            Sentence {
                span,
                paragraph: i,
                truncated: !span.text(text).ends_with(TERMINAL),
            }
        })
        .filter(|s| !s.span.is_empty())
        .collect()
}

/// Claim units: one claim per sentence, asserted by the publication, not yet scored.
pub fn claims(text: &str, sentences: &[Sentence]) -> Vec<Claim> {
    sentences
        .iter()
        .enumerate()
        .map(|(i, s)| Claim {
            span: s.span,
            sentence: i,
            attribution: None,
            standalone: s.span.text(text).to_string(),
            checkworthiness: None,
            checkworthy: false,
            reasons: Vec::new(),
            truncated: s.truncated,
        })
        .collect()
}
