//! A worked example, not a rule: copy this to add an attribution cue or a source-type word.
//!
//! `frames/mod.rs` `find_frames` walks the tokens and asks `lexicon::cues::cue_kind` whether a
//! word is a cue ("said", "told", "shows"); around each cue it looks for a source and the
//! content. `mentions.rs` `classify` then reads the source's head noun against the lexicons
//! (`lexicon::PERSON_ONE`, `ORG_HEAD`, `MEDIA_HEAD`, `DOCUMENT`, `TITLE`, …) to give it a
//! `SourceType`. Nothing here is wired in: the local tables below stand for the real ones.

// 1. A cue verb: add EVERY inflected form to `SPEECH` ("X said"), `TELL` ("X told Y") or
//    `FINDING` ("figures show") in `lexicon/cues.rs`; lookups ignore case.
// 2. If a form is also a noun or adjective ("a quip", "the report"), add it to `NOUN_LIKE`
//    too: there it is a cue only where `frames/noun_reading.rs` `reads_as_noun` says it is a verb.
// 3. A source-type word: head nouns go in `lexicon/people.rs` (`SINGULAR`/`PLURAL`: both
//    forms, so "they" can resolve), `organizations.rs`, `media.rs` or `documents.rs`;
//    titles in `lexicon/titles.rs`. A new list is a file in `lexicon/` with a
//    `#[rustfmt::skip] pub mod` line and a `compiled!` entry in `lexicon/mod.rs`.
// 4. A new frame shape ("X said", "according to X", …) is a file in `frames/` called from
//    `frames/mod.rs` `frame_at`; pin each false frame it fixes with a test beside the rule,
//    and each false source type or resolution in `lib.rs` `mod tests`.
// 5. Run `cargo test -p claimkit-source`, then `just build-dataset` and read
//    `git diff datasets/claims`.

use crate::doc::Doc;
use crate::lexicon::cues::{cue_kind, CueKind};
use crate::lexicon::Lexicon;
use crate::mentions;
use claimkit_core::SourceType;
use std::sync::LazyLock;

/// Step 1: the forms of a new speech verb, as they would sit in `SPEECH`.
const EXAMPLE_SPEECH: &[&str] = &["quip", "quips", "quipped", "quipping"];

/// Step 3: a new document head noun, as it would sit in `documents::HEADS`.
const EXAMPLE_DOCUMENTS: &[&str] = &["dossier", "dossiers"];

/// Compiled once, like the `compiled!` statics in `lexicon/mod.rs`.
static EXAMPLE_SPEECH_SET: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(EXAMPLE_SPEECH));
static EXAMPLE_DOCUMENT_SET: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(EXAMPLE_DOCUMENTS));

/// `cue_kind` once the example forms are in `SPEECH`.
#[allow(dead_code)]
fn example_cue_kind(word: &str) -> Option<CueKind> {
    if EXAMPLE_SPEECH_SET.has(word) {
        return Some(CueKind::Speech);
    }
    cue_kind(word)
}

/// The source type of the mention at tokens `s..e` once the example nouns are in
/// `documents.rs` (what `mentions::classify` does with `lexicon::DOCUMENT`).
#[allow(dead_code)]
fn example_source_type(doc: &Doc, s: usize, e: usize) -> SourceType {
    let head = mentions::head(doc, s, e);
    if !doc.is_cap(head) && doc.word_in(head, &EXAMPLE_DOCUMENT_SET) {
        return SourceType::Document;
    }
    mentions::classify(doc, s, e).source_type
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimkit_core::Document;

    const NEWS: &str = "U.S. officials said Russia had stepped up its airstrikes in Syria. \
                        “We will not back down,” Mr. Carney told reporters on Tuesday.";

    #[test]
    fn attributions_of_a_news_paragraph() {
        let doc = Document::from_body("example", NEWS);
        let sentences = claimkit_segment::split_sentences(&doc.text, &doc.paragraphs);
        let found = crate::attributions(&doc.text, &sentences);
        let text = |s: Option<claimkit_core::Span>| s.map(|s| s.text(&doc.text));
        let rows: Vec<_> = found
            .iter()
            .map(|a| {
                (
                    text(a.source),
                    text(a.cue),
                    a.content.text(&doc.text),
                    a.source_type,
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                (
                    Some("U.S. officials"),
                    Some("said"),
                    "Russia had stepped up its airstrikes in Syria.",
                    SourceType::UnnamedPerson,
                ),
                (
                    Some("Mr. Carney"),
                    Some("told"),
                    "We will not back down",
                    SourceType::NamedPerson,
                ),
            ]
        );
    }

    #[test]
    fn example_rows_extend_the_lexicons() {
        assert_eq!(example_cue_kind("Quipped"), Some(CueKind::Speech));
        assert_eq!(example_cue_kind("told"), Some(CueKind::Tell));
        let text = "A leaked dossier shows the ministry knew of the risks.";
        let article = Document::from_body("example", text);
        let sentences = claimkit_segment::split_sentences(&article.text, &article.paragraphs);
        let doc = Doc::new(&article.text, &sentences);
        // tokens 0..3 are the source "A leaked dossier", its head noun "dossier"
        assert_eq!(doc.word(2), "dossier");
        assert_eq!(example_source_type(&doc, 0, 3), SourceType::Document);
        // words already in the lexicons are classified as before: "the ministry"
        assert_eq!(doc.word(5), "ministry");
        assert_eq!(example_source_type(&doc, 4, 6), SourceType::Organization);
    }
}
