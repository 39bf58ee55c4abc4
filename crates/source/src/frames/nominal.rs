//! What can be a source: a nominal mention (a name, a pronoun or a noun
//! phrase) that holds no verb of saying, and, for an embedded cue, one whose
//! head is a known kind of speaker.

use super::cues;
use crate::doc::Doc;
use crate::lexicon;
use crate::tokens::Kind;

/// A verb of saying that cannot be a noun ("said", "told", "says").
pub(super) fn is_verb_of_saying(doc: &Doc, k: usize) -> bool {
    doc.lists(k) & lexicon::bits::CUE_FORM != 0
        && doc.free_word(k)
        && !doc.is_cap(k)
        && !doc.is(k, &lexicon::NOUN_LIKE_CUE)
        && !doc.is(k, &lexicon::DOCUMENT)
        && !asks_anonymity(doc, k)
        && !document_participle(doc, k)
        && !compound_noun(doc, k)
}

/// The cue form at `k` and the word after it make one noun ("think tank",
/// [`crate::lexicon::cues::COMPOUND_NOUNS`]).
pub(super) fn compound_noun(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    crate::lexicon::cues::COMPOUND_NOUNS
        .iter()
        .any(|&(c, n)| c.eq_ignore_ascii_case(w) && doc.is_word(k + 1, n))
}

/// How many tokens after a document's participle a cue of the document may come.
const DOCUMENT_PARTICIPLE_REACH: usize = 12;

/// "Other data reported in the current account showed …": a participle that may
/// be a cue ([`lexicon::DOCUMENT_POST_MODIFIER`]) right after a document's head
/// and before a preposition, with a cue of its own later in the sentence and no
/// "that" or comma between, is the document's post-modifier ("The survey reported
/// in May that …" stays a cue).
fn document_participle(doc: &Doc, k: usize) -> bool {
    if k == 0
        || !doc.is(k - 1, &lexicon::DOCUMENT)
        || !doc.is(k, &lexicon::DOCUMENT_POST_MODIFIER)
        || !doc.is(k + 1, &lexicon::PREPOSITION)
    {
        return false;
    }
    let (_, hi) = doc.sentence_range(k);
    (k + 2..hi.min(k + DOCUMENT_PARTICIPLE_REACH))
        .take_while(|&m| doc.kind(m) != Some(Kind::Comma) && !doc.is_word(m, "that"))
        .any(|m| doc.free_word(m) && !doc.is_cap(m) && cues::cue_kind(doc.word(m)).is_some())
}

/// "who asked not to be named": a cue form before "not to be" asks for
/// anonymity and reports nothing.
pub(super) fn asks_anonymity(doc: &Doc, k: usize) -> bool {
    doc.is_word(k + 1, "not") && doc.is_word(k + 2, "to") && doc.is(k + 3, &lexicon::BE)
}

/// A source is a nominal mention: a name, a pronoun or a noun phrase. It is
/// never empty, holds no verb of saying ("Azzam said Gulf") and does not end
/// on a conjunction, a preposition, an adverb or a verb form ("sounded").
pub(super) fn nominal(doc: &Doc, s: usize, e: usize) -> bool {
    if e <= s || (s..e).any(|k| is_verb_of_saying(doc, k) || finite_auxiliary(doc, k)) {
        return false;
    }
    // "with 94,000 of the 140,000 confirmed deaths", "Following claims that …": a
    // preposition opens no source
    // ("Over 30 firms said", "at least one said": a number's approximation)
    let number = ["over", "about", "around", "under", "at"]
        .iter()
        .any(|p| doc.is_word(s, p))
        && doc.free_word(s + 1)
        && (doc.word(s + 1).starts_with(|c: char| c.is_ascii_digit())
            || doc.is_word(s + 1, "least")
            || doc.is_word(s + 1, "most"));
    let preposition = doc.is(s, &lexicon::PREPOSITION)
        || PARTICIPLE_PREPOSITIONS.iter().any(|p| doc.is_word(s, p));
    if preposition && !number && (!doc.is_cap(s) || doc.opens_sentence[s]) {
        return false;
    }
    let last = e - 1;
    if doc.is_cap(last) {
        // "in November reported": a month alone is no source ("Theresa May" is, and so is
        // "May" after "Theresa May").
        let month_alone =
            doc.word_in(last, &lexicon::CALENDAR) && (s..last).all(|k| !doc.is_cap(k));
        return !month_alone || surname_of_someone_named(doc, last);
    }
    if is_pronoun(doc, last) {
        return true;
    }
    let w = doc.word(last);
    let known = lexicon::PERSON_ONE.has(w)
        || lexicon::PERSON_MANY.has(w)
        || lexicon::ORG_HEAD.has(w)
        || lexicon::MEDIA_HEAD.has(w)
        || lexicon::DOCUMENT.has(w)
        || people_asked(doc, s, last);
    known
        || !(doc.is(last, &lexicon::NOT_A_SOURCE)
            || doc.is(last, &lexicon::PREPOSITION)
            || doc.is(last, &lexicon::AUXILIARY)
            || w.ends_with("ly")
            || w.ends_with("ed")
            || cues::cue_kind(w).is_some())
}

/// "Those interviewed said", "Most of those polled said", "Voters surveyed said": a
/// participle of asking ([`cues::ASKED_PARTICIPLES`]) at `last` right after "those" or
/// a plural noun for people ends a source: the people asked.
fn people_asked(doc: &Doc, s: usize, last: usize) -> bool {
    last > s
        && doc.word(last).ends_with("ed")
        && cues::ASKED_PARTICIPLES.contains(&doc.word(last))
        && (doc.is_word(last - 1, "those") || doc.word_in(last - 1, &lexicon::PERSON_MANY))
}

/// How many tokens before a month alone its bearer's full name is looked for.
const NAMED_REACH: usize = 3_000;

/// The word at `k` (a month: "May") was written before, within [`NAMED_REACH`] tokens,
/// as the surname of a capitalised given name ("Theresa May … May said").
fn surname_of_someone_named(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    (k.saturating_sub(NAMED_REACH).max(1)..k).rev().any(|t| {
        doc.word(t) == w
            && doc.free_word(t - 1)
            && doc.is_cap(t - 1)
            && doc.given_name(t - 1)
            && !doc.is(t - 1, &lexicon::PREPOSITION)
            && !doc.is(t - 1, &lexicon::OPENER)
    })
}

/// Participles used as prepositions ("Following claims that …", "Including
/// fees, …").
const PARTICIPLE_PREPOSITIONS: &[&str] = &[
    "following",
    "including",
    "regarding",
    "concerning",
    "considering",
    "excluding",
    "pending",
];

/// A lower-case auxiliary or form of "be" ("were to renew contacts", "has so
/// far"): a noun phrase holds none ("Theresa May" is a name).
fn finite_auxiliary(doc: &Doc, k: usize) -> bool {
    !doc.is_cap(k) && (doc.is(k, &lexicon::AUXILIARY) || doc.is(k, &lexicon::BE))
}

/// A source whose head is a pronoun, a name or a person, organisation, media
/// or document noun ("market studies indicated", not "recent tests indicated").
pub(super) fn known_source(doc: &Doc, s: usize, e: usize) -> bool {
    let h = crate::mentions::head(doc, s, e);
    let w = doc.word(h);
    if is_pronoun(doc, h) {
        return true;
    }
    if doc.is_cap(h) {
        let alone = (s..h).all(|k| !doc.is_cap(k));
        return !(alone && (lexicon::CALENDAR.has(w) || lexicon::NATIONALITY.has(w)));
    }
    lexicon::PERSON_ONE.has(w)
        || lexicon::PERSON_MANY.has(w)
        || lexicon::ORG_HEAD.has(w)
        || lexicon::MEDIA_HEAD.has(w)
        || lexicon::DOCUMENT.has(w)
}

/// A personal pronoun that can be a source.
pub(super) fn is_pronoun(doc: &Doc, k: usize) -> bool {
    doc.free_word(k) && {
        let w = crate::mentions::without_contraction(doc.word(k));
        crate::lexicon::function_words::PRONOUNS
            .iter()
            .any(|(p, _)| w.eq_ignore_ascii_case(p))
    }
}

/// A document or a group of people can "show" or "find".
pub(super) fn document_like(doc: &Doc, head: usize) -> bool {
    let w = doc.word(head);
    lexicon::DOCUMENT.has(w) || lexicon::PERSON_MANY.has(w) || lexicon::PERSON_ONE.has(w)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{frames_in, prepared, token};
    use super::{is_verb_of_saying, nominal};
    use crate::doc::Doc;

    #[test]
    fn a_verb_of_saying_is_never_inside_a_source() {
        // Reuters, 1987
        let body = "Senate Republican leader Robert Dole, a key Reagan ally, told reporters the \
                    report disclosed \"colossal blunders\" and said people who had not served \
                    the president well should step aside.";
        let all = frames_in(body);
        assert!(all.iter().all(|f| !f.0.contains("told")), "{all:?}");
    }

    #[test]
    fn a_month_alone_is_no_source() {
        let (text, sentences) = prepared("Exports in November reported by the ministry fell.");
        let doc = Doc::new(&text, &sentences);
        let november = token(&doc, "November");
        assert!(!nominal(&doc, november, november + 1));
        let (text, sentences) = prepared("Prime Minister Theresa May said the deal was done.");
        let doc = Doc::new(&text, &sentences);
        let may = token(&doc, "May");
        assert!(nominal(&doc, may - 1, may + 1));
    }

    #[test]
    fn a_source_never_ends_on_an_adverb_or_a_verb_form() {
        let (text, sentences) = prepared("Stoltenberg sounded notes of caution, quietly.");
        let doc = Doc::new(&text, &sentences);
        let sounded = token(&doc, "sounded");
        assert!(!nominal(&doc, sounded - 1, sounded + 1));
        assert!(nominal(&doc, sounded - 1, sounded));
    }

    #[test]
    fn a_source_holds_no_auxiliary() {
        // Reuters, 1987: "were to renew contacts agreed after a meeting"
        let (text, sentences) =
            prepared("The talks were to renew contacts agreed after a meeting in May.");
        let doc = Doc::new(&text, &sentences);
        let agreed = token(&doc, "agreed");
        assert!(!nominal(&doc, token(&doc, "were"), agreed));
        assert!(
            frames_in("The talks were to renew contacts agreed after a meeting in May.").is_empty()
        );
    }

    #[test]
    fn a_preposition_opens_no_source() {
        let body = "Following claims that troops had entered Iran, Mr Blair was asked about it.";
        assert!(frames_in(body).is_empty(), "{:?}", frames_in(body));
        let body = "Indonesia was worst hit, with 94,000 of the 140,000 confirmed deaths so far.";
        assert!(frames_in(body).is_empty(), "{:?}", frames_in(body));
        // an approximate number stays a source
        let all = frames_in("Over 30 software firms said they would support the computer.");
        assert_eq!(all.len(), 1, "{all:?}");
    }

    #[test]
    fn said_is_a_verb_of_saying_and_report_is_not() {
        let (text, sentences) = prepared("The report said prices rose.");
        let doc = Doc::new(&text, &sentences);
        assert!(is_verb_of_saying(&doc, token(&doc, "said")));
        assert!(!is_verb_of_saying(&doc, token(&doc, "report")));
    }
}
