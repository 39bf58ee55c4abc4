//! Whether a time mention looks forward: "will meet Tuesday", "plans to visit
//! next week". News reports the past, so without such a cue a bare weekday or
//! month is read as the most recent one.

use crate::lexicon::time_words::FUTURE_CUES;
use crate::tokens::{lower, Token};
use claimkit_core::{sentence_at, Sentence};

/// How many tokens before the mention a future cue may stand.
const REACH: usize = 8;

/// Verbs in the past tense that override a future cue further back:
/// "said he will ... and met Tuesday" is rare; "plans were announced" is not.
const PAST_MARKERS: &[&str] = &[
    "said",
    "was",
    "were",
    "had",
    "did",
    "met",
    "announced",
    "told",
    "ago",
];

/// True when a future cue stands shortly before token `i` in its sentence.
pub(crate) fn future_at(toks: &[Token], i: usize, sentences: &[Sentence]) -> bool {
    let sentence_start =
        sentence_at(sentences, toks[i].start).map_or(0, |s| sentences[s].span.start);
    let mut buf = [0u8; 32];
    for k in (i.saturating_sub(REACH)..i).rev() {
        let t = &toks[k];
        if t.start < sentence_start
            || t.is_punct('.')
            || t.is_punct(';')
            || t.is_punct('?')
            || t.is_punct('!')
        {
            break;
        }
        if !t.is_word() {
            continue;
        }
        let w = lower(t.text, &mut buf);
        if PAST_MARKERS.contains(&w) {
            return false;
        }
        if FUTURE_CUES.contains(&w) {
            // "won" is a future cue only as "won't"
            if w == "won"
                && !toks
                    .get(k + 1)
                    .is_some_and(|a| a.is_punct('\'') || a.is_punct('’'))
            {
                continue;
            }
            return true;
        }
    }
    false
}
