//! "One of President Smith's election pledges was to halve the deficit",
//! "the governor's warning was that the levee could fail": a noun for what
//! someone said (`cues::POSSESSED`), owned by a capitalised name and followed
//! by a form of "be" and "to" or "that", attributes what follows to the owner.

use super::content::content_after;
use super::nominal::nominal;
use super::Frame;
use crate::doc::Doc;
use crate::lexicon;
use crate::mentions::is_possessive;

/// How many words may stand between the owner and the noun ("Smith's
/// election pledges", "Smith's final campaign promise").
const MODIFIER_REACH: usize = 3;

/// The forms of "be" between the noun and what it holds ("was to", "is that").
const LINKS: &[&str] = &["is", "was", "are", "were"];

/// How many words the owner's name may have ("President George W Bush's").
const NAME_REACH: usize = 6;

/// The frame of the owned noun at token `i`, if a name owns it and "be" with
/// "to" or "that" follows it.
pub(super) fn possessive_frame(doc: &Doc, i: usize) -> Option<Frame> {
    // most words fail the first, cheap test: a bit of the word's lists
    if !doc.is(i, &lexicon::POSSESSED_CUE) || doc.is_cap(i) {
        return None;
    }
    if doc.is_word(i + 1, "that") {
        return noun_clause_frame(doc, i);
    }
    let links = doc.free_word(i + 1) && LINKS.contains(&doc.word(i + 1));
    if !links {
        return None;
    }
    let (lo, hi) = doc.sentence_range(i);
    let k = i + 2;
    let opens = doc.is_word(k, "that")
        || (doc.is_word(k, "to")
            && doc.free_word(k + 1)
            && doc
                .word(k + 1)
                .starts_with(|c: char| c.is_ascii_lowercase()));
    if !opens {
        return None;
    }
    let owner = (i.saturating_sub(MODIFIER_REACH + 1).max(lo)..i)
        .rev()
        .take_while(|&p| doc.free_word(p))
        .find(|&p| is_possessive(doc.word(p)))?;
    let lowercase_between = (owner + 1..i).all(|m| !doc.is_cap(m));
    if !doc.is_cap(owner) || !lowercase_between {
        return None;
    }
    let source = (name_start(doc, owner, lo), owner + 1);
    if !nominal(doc, source.0, source.1) {
        return None;
    }
    let content = content_after(doc, k, hi)?;
    Some(Frame::after_cue(i, source, content, (lo, hi)))
}

/// The first token of the capitalised name that ends with the possessive at `owner`
/// ("President George W Bush's"), within [`NAME_REACH`] words and not before `lo`.
fn name_start(doc: &Doc, owner: usize, lo: usize) -> usize {
    let mut s = owner;
    while s > lo && owner - s < NAME_REACH && doc.free_word(s - 1) && doc.is_cap(s - 1) {
        s -= 1;
    }
    s
}

/// Nouns of a speech act that take a "that" clause after their owner ("his often-repeated
/// vow that Britain would leave", "the minister's claim that the plan was sound").
const SPEECH_ACT_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "vow",
    "vows",
    "pledge",
    "pledges",
    "promise",
    "promises",
    "warning",
    "warnings",
    "assertion",
    "assertions",
    "insistence",
    "allegation",
    "allegations",
];

/// Possessive pronouns that own a speech act noun ("his vow that …").
const OWNING_PRONOUNS: &[&str] = &["his", "her", "their"];

/// "He failed to deliver on his vow that Britain would leave the EU", "Smith's claim
/// that the vote was rigged": the owner of a speech act noun (a name with "'s" or a
/// possessive pronoun, up to [`MODIFIER_REACH`] lower-case words before the noun) says
/// the clause after "that", which has a subject of its own ("his claim that was
/// rejected" is a relative clause).
fn noun_clause_frame(doc: &Doc, i: usize) -> Option<Frame> {
    if !SPEECH_ACT_NOUNS.iter().any(|n| doc.is_word(i, n)) {
        return None;
    }
    let (lo, hi) = doc.sentence_range(i);
    let k = i + 2;
    let subject = doc.free_word(k)
        && !doc.is(k, &lexicon::AUXILIARY)
        && !doc.is(k, &lexicon::BE)
        && !doc.word(k).ends_with("ed");
    if !subject {
        return None;
    }
    let owner = (i.saturating_sub(MODIFIER_REACH + 1).max(lo)..i)
        .rev()
        .take_while(|&p| doc.free_word(p))
        .find(|&p| {
            is_possessive(doc.word(p)) || OWNING_PRONOUNS.iter().any(|w| doc.is_word(p, w))
        })?;
    // the words between are the noun's modifiers ("often-repeated"), not a phrase of
    // their own ("his voice to those warning that …")
    // ("The Wrap's report claims that …": a document's head before the noun makes it the
    // verb of that document)
    let modifier = |m: usize| {
        !doc.is_cap(m)
            && !doc.is(m, &lexicon::DOCUMENT)
            && !doc.is(m, &lexicon::PERSON_ONE)
            && !doc.is(m, &lexicon::ORG_HEAD)
            && !doc.is(m, &lexicon::PREPOSITION)
            && !doc.is(m, &lexicon::NOT_LAST)
            && !doc.is(m, &lexicon::NOT_BEFORE_CUE)
            && !doc.is(m, &lexicon::RELATIVE)
    };
    if !(owner + 1..i).all(modifier) {
        return None;
    }
    let source = if doc.is_cap(owner) && is_possessive(doc.word(owner)) {
        let mut s = name_start(doc, owner, lo);
        // "But Guillaume's warning": an opener is no part of the name
        while s < owner && doc.is(s, &lexicon::OPENER) {
            s += 1;
        }
        (s, owner + 1)
    } else if OWNING_PRONOUNS.iter().any(|w| doc.is_word(owner, w)) {
        (owner, owner + 1)
    } else {
        return None;
    };
    let mut content = content_after(doc, k, hi)?;
    // "Smith's claim that the vote was rigged was rejected": the noun opens the
    // sentence, and its clause ends where the sentence's own verb starts
    let subject = (lo..source.0).all(|p| doc.is(p, &lexicon::OPENER));
    if let Some(e) = subject.then(|| own_verb_after_clause(doc, k, hi)).flatten() {
        content = super::content::trim_content(doc.text, doc.span(k, e));
    }
    Some(Frame::after_cue(i, source, content, (lo, hi)))
}

/// Words that open another clause inside a noun's clause: past one of them the next
/// finite verb may be that clause's own.
const CLAUSE_JOINERS: &[&str] = &["that", "and", "or", "but", "which", "who", "whom", "whose"];

/// The sentence's own verb after the clause that opens at `k` ("the vote was rigged
/// *was* rejected"): the next finite auxiliary or form of "be" after the clause's
/// first verb group, with only words between and no word that opens another clause.
fn own_verb_after_clause(doc: &Doc, k: usize, hi: usize) -> Option<usize> {
    let finite = |m: usize| doc.is_aux_or_be(m);
    let joiner = |m: usize| !doc.free_word(m) || CLAUSE_JOINERS.iter().any(|w| doc.is_word(m, w));
    let mut m = (k..hi)
        .find(|&m| finite(m) || joiner(m))
        .filter(|&m| finite(m))?;
    while m < hi && finite(m) {
        m += 1;
    }
    let e = (m..hi)
        .find(|&m| finite(m) || joiner(m))
        .filter(|&m| finite(m))?;
    (e > k + 2).then_some(e)
}

#[cfg(test)]
mod tests {
    use super::super::testing::with_cue;

    #[test]
    fn a_name_s_pledge_was_to_is_the_name_s() {
        let body = "One of Governor Ana Lopes's campaign pledges was to build 10,000 homes.";
        let f = with_cue(body, "pledges").expect("a frame");
        assert_eq!(
            (f.0.as_str(), f.2.as_str()),
            ("Governor Ana Lopes's", "to build 10,000 homes.")
        );
        let body = "The agency's warning was that the river could burst its banks.";
        assert!(
            with_cue(body, "warning").is_none(),
            "a lower-case owner is left alone"
        );
        let body = "Smith's promise was kept.";
        assert!(with_cue(body, "promise").is_none());
    }
}
