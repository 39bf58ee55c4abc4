//! A lead that names its speaker only by a description: "…, says a top
//! academic." or "…, the first minister has told MSPs." News opens with the
//! description and names the person at the start of the next paragraph
//! ("Amitai Etzioni, a key influence on …", "during a statement by Jack
//! McConnell"), so such a source resolves to the first full name of that
//! paragraph's first sentence. Descriptions that keep a source anonymous by
//! design ("a spokesman", "an official", "sources") never do.
//!
//! A description that holds a title ("China's ambassador to Britain accused …")
//! resolves, wherever it stands, to the name the article writes right after the
//! same words further on ("China's ambassador to Britain Liu Xiaming has said"),
//! within [`LATER_REACH`] tokens.

use crate::doc::Doc;
use crate::frames::Frame;
use crate::lexicon;
use crate::mentions::{head, name_run, Mention};
use claimkit_core::SourceType;

/// The person a described source of the article's first paragraph is named
/// as in the next one, if the frame's content comes before its source.
pub fn lead_speaker(doc: &Doc, f: &Frame, mention: &Mention) -> Option<String> {
    let (s, e) = f.source;
    let described = mention.source_type == SourceType::UnnamedPerson
        && !mention.plural
        && mention.pronoun.is_none()
        && !f.content_after
        && !doc.word_in(head(doc, s, e), &lexicon::ANONYMOUS);
    let first_paragraph = doc.para_toks.first()?;
    if !described || s >= first_paragraph.1 {
        return None;
    }
    let &(p0, p1) = doc.para_toks.get(1)?;
    let (_, sentence_end) = doc.sentence_range(p0);
    let end = sentence_end.min(p1);
    (p0..end).find_map(|t| {
        let opens_name = doc.is_cap(t)
            && (doc.given_name(t)
                || (t > p0
                    && (doc.word_in(t - 1, &lexicon::TITLE)
                        || doc.word_in(t - 1, &lexicon::HONORIFIC))));
        let after_title = doc.word_in(t, &lexicon::TITLE) || doc.word_in(t, &lexicon::HONORIFIC);
        if !opens_name || after_title {
            return None;
        }
        let n = name_run(doc, t, end);
        (n >= t + 2).then(|| doc.span(t, n).text(doc.text).to_string())
    })
}

/// How many tokens after a described source its name may follow the same words.
pub const LATER_REACH: usize = 600;

/// The name written right after the same words as the described source at tokens
/// `s..e` further on ("China's ambassador to Britain accused …" … "China's
/// ambassador to Britain Liu Xiaming has said"), if the description holds a title.
pub fn named_after_same_words(
    doc: &Doc,
    (s, e): (usize, usize),
    mention: &Mention,
) -> Option<String> {
    let described = mention.source_type == SourceType::UnnamedPerson
        && !mention.plural
        && mention.pronoun.is_none()
        && !doc.word_in(head(doc, s, e), &lexicon::ANONYMOUS);
    // a definite description only ("a police officer" is someone new); the determiner is
    // no part of the words the name follows ("the foreign minister")
    let the = doc.is_word(s, "the");
    let definite = the || crate::mentions::is_possessive(doc.word(s));
    let s = s + usize::from(the);
    if !described || !definite || e < s + 2 || !(s..e).any(|k| doc.word_in(k, &lexicon::TITLE)) {
        return None;
    }
    let words = e - s;
    let limit = doc.toks.len().min(e + LATER_REACH);
    (e..limit.saturating_sub(words)).find_map(|t| {
        let same = (0..words).all(|i| doc.word(t + i).eq_ignore_ascii_case(doc.word(s + i)));
        // "Russia's foreign minister Sergei Lavrov" is another description
        let owned = the
            && doc.free_word(t - 1)
            && (doc.is_cap(t - 1) || crate::mentions::is_possessive(doc.word(t - 1)))
            && !doc.is_word(t - 1, "the");
        if !same || owned {
            return None;
        }
        // "China's ambassador to Britain, Liu Xiaming, said" as well; a person's name
        // ("the foreign minister BBC News reported" names no one)
        let k = t + words + usize::from(doc.kind(t + words) == Some(crate::tokens::Kind::Comma));
        let n = name_run(doc, k, limit);
        let person =
            || lexicon::is_given_name(doc.word(k)) || doc.word_in(k, &lexicon::FAMILY_FIRST);
        (n >= k + 2 && person()).then(|| doc.span(k, n).text(doc.text).to_string())
    })
}
