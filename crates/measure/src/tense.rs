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

/// How many tokens after the mention a future auxiliary may stand
/// ("the meeting on Thursday will decide").
const REACH_AFTER: usize = 3;

/// Auxiliaries that make the clause after a mention future.
const FUTURE_AFTER: &[&str] = &["will", "shall"];

/// Words that open a new clause after a mention: a future auxiliary beyond them
/// belongs to that clause ("said on Sunday that it will not comment").
const CLAUSE_OPENERS: &[&str] = &[
    "that", "which", "who", "when", "where", "while", "because", "if",
];

/// True when a future cue stands shortly before token `i` in its sentence, or
/// a future auxiliary right after it ("… on Thursday will decide").
pub(crate) fn future_at(toks: &[Token], i: usize, sentences: &[Sentence]) -> bool {
    future_before(toks, i, sentences) || future_after(toks, i)
}

fn future_after(toks: &[Token], i: usize) -> bool {
    let mut buf = [0u8; 32];
    for t in toks.iter().skip(i + 1).take(REACH_AFTER) {
        if t.is_punct('.')
            || t.is_punct(';')
            || t.is_punct(',')
            || t.is_punct('?')
            || t.is_punct('!')
        {
            return false;
        }
        if !t.is_word() {
            continue;
        }
        let w = lower(t.text, &mut buf);
        if CLAUSE_OPENERS.contains(&w) {
            return false;
        }
        if FUTURE_AFTER.contains(&w) {
            return true;
        }
    }
    false
}

fn future_before(toks: &[Token], i: usize, sentences: &[Sentence]) -> bool {
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

#[cfg(test)]
mod tests {
    use crate::times;
    use claimkit_core::Date;

    fn start(text: &str) -> Option<String> {
        let published = Some(Date::constant(2015, 11, 17));
        times(text, &[], published)
            .first()
            .and_then(|t| t.start.map(|d| d.to_string()))
    }

    #[test]
    fn a_future_auxiliary_after_the_mention_looks_forward() {
        assert_eq!(
            start("He said the meeting on Thursday will decide.").as_deref(),
            Some("2015-11-19")
        );
        assert_eq!(
            start("The meeting on Thursday decided it.").as_deref(),
            Some("2015-11-12")
        );
    }

    #[test]
    fn a_future_auxiliary_in_a_new_clause_does_not_count() {
        // Reuters, 1987-03-02: the statement came out on the past Sunday
        assert_eq!(
            start("It said in the statement on Sunday that it will not comment.").as_deref(),
            Some("2015-11-15")
        );
    }
}
