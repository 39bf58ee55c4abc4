//! Cue forms that report nothing where they stand: a cue inside an indirect
//! question ("was asked if he would say …"), "agree" with an object ("agreed
//! with the minister's view") and a participle after "without" ("without
//! admitting or denying …").

use crate::doc::Doc;
use crate::lexicon::cues;
use crate::tokens::Kind;

/// How many words may stand between a verb of asking and the question's opener
/// ("asked the prime minister whether …").
const ASKED_REACH: usize = 4;

/// How many tokens after "agree with" are read for a "that" clause.
const AGREE_REACH: usize = 12;

/// "Dr Fox was asked if he would say yes", "asked whether he thought …": the source
/// starting at token `s` follows [`cues::QUESTION_OPENERS`] after a form of
/// [`cues::ASKING`]; the cue is inside the question.
pub(super) fn in_question(doc: &Doc, s: usize) -> bool {
    if s < 2 || !doc.free_word(s - 1) || !cues::QUESTION_OPENERS.contains(&doc.word(s - 1)) {
        return false;
    }
    (s.saturating_sub(2 + ASKED_REACH)..s - 1)
        .rev()
        .take_while(|&k| doc.free_word(k))
        .any(|k| {
            cues::ASKING
                .iter()
                .any(|a| doc.word(k).eq_ignore_ascii_case(a))
        })
}

/// "agreed with Dr Fox's view", "had agreed to the suspension": a form of
/// [`cues::AGREE`] at `i` before [`cues::AGREE_OBJECT`] with no "that" before the
/// next comma or the end of the sentence ("agreed with him that …" reports).
pub(super) fn agrees_with_object(doc: &Doc, i: usize, hi: usize) -> bool {
    if !cues::AGREE.contains(&doc.word(i))
        || !doc.free_word(i + 1)
        || !cues::AGREE_OBJECT.contains(&doc.word(i + 1))
    {
        return false;
    }
    !(i + 2..hi.min(i + 2 + AGREE_REACH))
        .take_while(|&k| !matches!(doc.kind(k), Some(Kind::Comma | Kind::Stop)))
        .any(|k| doc.is_word(k, "that"))
}

/// "without admitting or denying any violations", "without saying why": a
/// participle at `i` after "without" (or after "without", a participle and "or"/"and")
/// tells what was not done; it reports nothing.
pub(super) fn after_without(doc: &Doc, i: usize) -> bool {
    let without = |k: usize| doc.is_word(k, "without");
    let coordinated = i >= 3
        && (doc.is_word(i - 1, "or") || doc.is_word(i - 1, "and"))
        && cues::is_participle(doc.word(i - 2))
        && without(i - 3);
    cues::is_participle(doc.word(i)) && i >= 1 && (without(i - 1) || coordinated)
}
