//! "The Israelis described the meeting as important", "denounced the war in
//! Iraq as a “terrible” waste of money", "Ms Hassan, who he described as a
//! prominent activist": an active verb of judgement with an object and "as"
//! attributes the judgement to its subject. The phrase after "as" must open
//! with a quotation or a word of judgement (`lexicon/evaluative.rs`), so
//! that "described the device as a pump" stays the writer's.

use super::content::trim_content;
use super::nominal::nominal;
use super::object::object_then;
use super::verb::verb_frame;
use super::Frame;
use crate::doc::Doc;
use crate::lexicon::{self, cues::CueKind};
use crate::mentions;
use crate::tokens::Kind;
use claimkit_core::{SourceType, Span};

/// How many words (a determiner, adverbs, adjectives) may come after "as"
/// before the word of judgement ("as a deeply worrying step").
const JUDGEMENT_REACH: usize = 4;

/// Words that end the judged phrase: the next clause begins.
const ENDS_PHRASE: &[&str] = &[
    "but", "and", "while", "whereas", "because", "although", "though", "which", "who", "after",
    "before", "when", "saying", "adding",
];

/// The frame of the judgement cue at token `i`, if an object, "as" and a
/// judgement follow it. The content is the object with its judgement ("the
/// meeting as important"), or the judgement alone when the object is a
/// relative pronoun before the source; such a frame sits inside another's
/// content and does not end it.
pub(super) fn judged_as(
    doc: &Doc,
    i: usize,
    frames: &[Frame],
    last_saying: Option<usize>,
) -> Option<Frame> {
    if doc.is_word(i + 1, "as") {
        let after_noun = i > 0 && doc.is(i - 1, &lexicon::NOT_BEFORE_CUE);
        return (!after_noun).then(|| after_relative(doc, i)).flatten();
    }
    // the "as" comes within the object's reach or there is no judgement: no frame
    // is read for "praised the workers" or "condemned the attack"
    let (_, hi) = doc.sentence_range(i);
    if !(i + 2..hi.min(i + AS_REACH)).any(|k| doc.is_word(k, "as")) {
        return None;
    }
    let mut f = judging_frame(doc, i, frames, last_saying)?;
    let hi = f.sentence.1;
    let first = doc.first_token(f.content);
    let as_at = object_then(doc, first, hi, "as")?;
    f.content = judged_phrase(doc, first, as_at, hi)?;
    Some(f)
}

/// How far after an "as" judgement's cue its "as" may come (an adjunct and the
/// object: "described on Monday the talks with Iran as constructive").
const AS_REACH: usize = 20;

/// The frame of the cue at token `i` read as an active verb of judgement: its content
/// follows it, and its subject is a speaker ([`speaker`]) written as a noun phrase.
pub(super) fn judging_frame(
    doc: &Doc,
    i: usize,
    frames: &[Frame],
    last_saying: Option<usize>,
) -> Option<Frame> {
    if i > 0 && doc.is(i - 1, &lexicon::NOT_BEFORE_CUE) && !super::after_go_on(doc, i) {
        return None;
    }
    let f = verb_frame(doc, i, CueKind::Speech, frames, last_saying)?;
    let (s, e) = f.source;
    (f.content_after && nominal(doc, s, e) && speaker(doc, s, e)).then_some(f)
}

/// The mention at tokens `s..e` is a speaker: a person named or a pronoun for
/// one, a body, people by a person noun, a title ("the mayor") or a nation
/// ("the Israelis"), or a document by its head noun ("media reports"); not an
/// outlet or a thing ("the film describes him as a hero").
pub(super) fn speaker(doc: &Doc, s: usize, e: usize) -> bool {
    let m = mentions::classify(doc, s, e);
    match m.source_type {
        SourceType::NamedPerson | SourceType::Organization => true,
        // "Media reports describe the deal as a major step": a document that states
        SourceType::Document => doc.is(mentions::head(doc, s, e), &lexicon::DOCUMENT),
        SourceType::UnnamedPerson => {
            let head = mentions::head(doc, s, e);
            doc.is(head, &lexicon::PERSON_ONE)
                || doc.is(head, &lexicon::PERSON_MANY)
                || doc.is(head, &lexicon::TITLE)
                || (m.plural && m.affiliation.is_some())
        }
        _ => false,
    }
}

/// How many words the subject of a relative clause may have ("who the
/// former minister described as …").
const RELATIVE_SUBJECT_REACH: usize = 4;

/// "Ms Hassan, who he described as a prominent anti-war activist": the
/// relative pronoun is the object, the words between it and the cue are the
/// source, and the content is the judgement alone. The frame sits inside
/// another's content and does not end it (`clause_start` 0).
fn after_relative(doc: &Doc, i: usize) -> Option<Frame> {
    let (lo, hi) = doc.sentence_range(i);
    let r = (i.saturating_sub(RELATIVE_SUBJECT_REACH + 1).max(lo)..i)
        .rev()
        .find(|&k| !doc.free_word(k) || doc.is(k, &lexicon::RELATIVE))?;
    if !doc.is(r, &lexicon::RELATIVE)
        || r + 1 >= i
        || !nominal(doc, r + 1, i)
        || !speaker(doc, r + 1, i)
    {
        return None;
    }
    let content = judged_phrase(doc, i + 2, i + 1, hi)?;
    Some(Frame {
        clause_start: 0,
        ..Frame::after_cue(i, (r + 1, i), content, (lo, hi))
    })
}

/// The content from token `start` to the end of the judgement after the "as"
/// at `as_at`, when a judgement follows it.
fn judged_phrase(doc: &Doc, start: usize, as_at: usize, hi: usize) -> Option<Span> {
    if !judgement_at(doc, as_at + 1, hi) {
        return None;
    }
    let end = phrase_end(doc, as_at + 1, hi);
    if end <= start {
        return None;
    }
    let span = Span::new(doc.toks[start].span.start, doc.toks[end - 1].span.end);
    Some(trim_content(doc.text, span))
}

/// How many words after "as" a verb shows a clause rather than a judgement.
const CLAUSE_VERB_REACH: usize = 5;

/// The phrase at token `k` opens with a quotation or holds a word of
/// judgement among its first words ("important", "a “terrible” waste", "a
/// prominent anti-war activist").
fn judgement_at(doc: &Doc, k: usize, hi: usize) -> bool {
    // "dismissed the manager as results were a disaster", "praised the public as
    // officers hunted the killer": "as" opens a clause of time or reason; "dismissed two
    // officers as part of a plan": a phrase of purpose
    let verb = |m: usize| {
        doc.is(m, &lexicon::BE)
            || doc.is(m, &lexicon::AUXILIARY)
            || doc.is(m, &lexicon::IRREGULAR_PAST)
            || (doc.word(m).ends_with("ed") && !doc.is(m, &lexicon::EVALUATIVE))
    };
    // (a verb before any word of judgement, and before a coordinator: "as unfair but
    // said talks would go on" is a judgement)
    let clause = (k..hi.min(k + CLAUSE_VERB_REACH))
        .take_while(|&m| {
            doc.free_word(m)
                && !doc.is(m, &lexicon::EVALUATIVE)
                && !super::content::COORDINATORS.contains(&doc.word(m))
        })
        .any(verb);
    if doc.is_word(k, "part") || clause {
        return false;
    }
    for m in k..hi.min(k + JUDGEMENT_REACH) {
        if doc.kind(m) == Some(Kind::Open) {
            return true;
        }
        if !doc.free_word(m) {
            return false;
        }
        if doc.is(m, &lexicon::EVALUATIVE) {
            return true;
        }
    }
    false
}

/// Where the judged phrase that starts at `k` ends: at punctuation outside a
/// quotation, or at a word that opens the next clause.
fn phrase_end(doc: &Doc, k: usize, hi: usize) -> usize {
    let mut m = k;
    while m < hi {
        let t = doc.toks[m];
        let clause_mark = matches!(
            t.kind,
            Kind::Comma | Kind::Stop | Kind::Semicolon | Kind::Colon | Kind::Dash
        );
        if t.quote.is_none() && (clause_mark || doc.is_dash(m)) {
            break;
        }
        if doc.free_word(m) && ENDS_PHRASE.iter().any(|w| doc.is_word(m, w)) {
            break;
        }
        m += 1;
    }
    m
}

#[cfg(test)]
mod tests {
    use super::super::testing::with_cue;

    #[test]
    fn an_active_judgement_with_as_is_the_subject_s() {
        let body = "The union described the pay offer as a first step.";
        assert!(
            with_cue(body, "described").is_none(),
            "no word of judgement"
        );
        let body = "The union described the pay offer as unfair but said talks would go on.";
        let f = with_cue(body, "described").expect("a frame");
        assert_eq!(
            (f.0.as_str(), f.2.as_str()),
            ("The union", "the pay offer as unfair")
        );
        let body = "The mayor denounced the closure as a \"shameful\" betrayal of the town.";
        let f = with_cue(body, "denounced").expect("a frame");
        assert_eq!(f.2, "the closure as a \"shameful\" betrayal of the town");
    }

    #[test]
    fn a_plain_description_or_a_passive_is_no_judgement_of_the_subject() {
        let body = "The engineer described the device as a pump for cooling water.";
        assert!(with_cue(body, "described").is_none());
        let body = "The talks were described as constructive.";
        assert!(with_cue(body, "described").is_none());
    }

    #[test]
    fn a_relative_object_leaves_the_judgement_alone() {
        let body = "She met Ana Ruiz, who she described as a leading critic of the dam.";
        let f = with_cue(body, "described").expect("a frame");
        assert_eq!(
            (f.0.as_str(), f.2.as_str()),
            ("she", "a leading critic of the dam")
        );
    }
}
