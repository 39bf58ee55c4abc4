//! Sentence segmentation for news text: the first stage of the pipeline.
//!
//! [`split_sentences`] cuts each paragraph of a document into sentences with a rule-based
//! English segmenter built for news.
//!
//! ```
//! use claimkit_core::Document;
//! let doc = Document::from_body(
//!     "d",
//!     "France, Russia and the U.S. moved beyond talk. At 5 a.m. Mr. Obama said the U.S. \
//!      would welcome cooperation, U.S. officials said. “That is something we want,” \
//!      Mr. Obama said.\n\nStarting in September, Mr. Putin has played an aggressive hand",
//! );
//! let sentences = claimkit_segment::split_sentences(&doc.text, &doc.paragraphs);
//! let texts: Vec<&str> = sentences.iter().map(|s| s.span.text(&doc.text)).collect();
//! assert_eq!(texts, [
//!     "France, Russia and the U.S. moved beyond talk.",
//!     "At 5 a.m. Mr. Obama said the U.S. would welcome cooperation, U.S. officials said.",
//!     "“That is something we want,” Mr. Obama said.",
//!     "Starting in September, Mr. Putin has played an aggressive hand",
//! ]);
//! assert!(sentences[3].truncated); // the paragraph is cut off mid-sentence
//! ```
//!
//! # How the segmenter works
//!
//! Paragraphs are hard boundaries, and so are the line ends the reader keeps (a heading, a
//! list line, a line that could have held the next word: `claimkit_core::normalize`).
//! Inside a paragraph, a single pass over the bytes stops at terminal punctuation, bullets
//! and ellipses, and decides from the word before and the word after: a full stop after an
//! ordinary word ends a sentence before a capitalised word, a number or a list item, and
//! even before a lower-case word when the word before it is longer than any lower-case
//! abbreviation ("…and staff. for the year…"). Each rule family has its own module, its
//! data in `const` tables beside it:
//!
//! | module | rules |
//! |---|---|
//! | [`abbreviations`] | titles, months, initialisms, companies, states, a.m./p.m. … |
//! | [`starters`] | words that open a sentence after an abbreviation; fronted adverbials |
//! | `terminal` | `?!` runs, ellipses of three and four dots |
//! | `quotes` | closing quotes and brackets after the end, opening ones before the next word |
//! | `lists` | bullets, numbered and lettered items |
//! | `boundary` | the scanner and the rule table that combines them |
//!
//! To add an abbreviation or a sentence starter, add a line to the table of its kind (see
//! the module docs of [`abbreviations`] and [`starters`]); to add a rule, see `boundary`.
//!
//! The last sentence of a paragraph that ends without terminal punctuation (and is not a
//! list item) is flagged `truncated`: the source cut it off mid-sentence.
//!
//! [`paragraph_sentences`] is the same segmenter one paragraph at a time, for a caller that
//! writes each sentence as it is found (`claimkit sentences` streams its rows so, with the
//! paragraphs of `claimkit_core::normalize::for_each_paragraph`); [`split_sentences`] calls
//! it for every paragraph, so the two agree by construction.
//!
//! Claim units, their standalone text and check-worthiness are the next stage, in
//! `claimkit-claims`, which reads these sentences with the other stages' facets.
#![deny(missing_docs)]

pub mod abbreviations;
mod boundary;
mod example;
mod lists;
mod quotes;
pub mod starters;
mod terminal;
mod words_seen;

use claimkit_core::{Sentence, Span};

/// Split every paragraph of `text` into sentences (paragraphs are hard boundaries).
///
/// Spans are byte offsets into `text`, trimmed of white space, in order, inside their
/// paragraph. A paragraph span that does not lie on char boundaries of `text` is skipped.
pub fn split_sentences(text: &str, paragraphs: &[Span]) -> Vec<Sentence> {
    let mut sentences = Vec::with_capacity(paragraphs.len() + text.len() / 128);
    for (index, paragraph) in paragraphs.iter().enumerate() {
        let Some(body) = text.get(paragraph.start..paragraph.end) else {
            continue;
        };
        paragraph_sentences(body, |start, end, truncated| {
            sentences.push(Sentence {
                span: Span::new(start, end).shift(paragraph.start),
                paragraph: index,
                truncated,
            });
        });
    }
    sentences
}

/// Split one paragraph into sentences as [`split_sentences`] does, calling
/// `emit(start, end, truncated)` for each in order, with byte offsets into `paragraph`:
/// the streaming form, for a caller that writes each sentence as it is found.
///
/// ```
/// let mut found = Vec::new();
/// claimkit_segment::paragraph_sentences("It rose. Mr. Li said so", |start, end, truncated| {
///     found.push((start, end, truncated));
/// });
/// assert_eq!(found, [(0, 8, false), (9, 23, true)]);
/// ```
pub fn paragraph_sentences(paragraph: &str, mut emit: impl FnMut(usize, usize, bool)) {
    boundary::segment_paragraph(paragraph, &mut emit);
}
