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

/// Present-tense verbs that schedule what a mention names: "the rally is on
/// Saturday", "the offer expires April 11".
const PRESENT_VERBS: &[&str] = &[
    "is", "are", "am", "begins", "opens", "closes", "expires", "runs", "takes", "comes", "falls",
    "lasts", "remains", "meets", "resumes",
];

/// Verbs that report speech: a past form after one may be backshifted ("said the
/// dividend was payable April 15" looks ahead).
const REPORTING_VERBS: &[&str] = &[
    "said",
    "told",
    "added",
    "announced",
    "reported",
    "stated",
    "noted",
    "explained",
    "wrote",
];

/// Past forms that tell a clause looks back ("took effect Jan. 1", "the year
/// ended July 31"). Only finite forms that are rarely participles of a passive
/// future ("will be closed on April 10", "has been extended to March 19" look
/// ahead), so most `-ed` words are not here; nor are reporting verbs, whose
/// clause may look ahead ("said the offer expires April 11"), unlike
/// [`PAST_MARKERS`], which only stop a future cue further back.
const PAST_VERBS: &[&str] = &[
    "was", "were", "had", "did", "took", "began", "came", "went", "fell", "rose", "lost", "became",
    "ran", "struck", "met", "won", "broke", "flew", "grew", "stood", "ended", "started", "expired",
    "died", "occurred", "happened", "arrived",
];

/// The tense of the clause a mention stands in, as its nearest verb before the
/// mention tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ClauseTense {
    /// "took effect on Jan. 1", "since Friday".
    Past,
    /// "the rally is on Saturday".
    Present,
    /// No verb before the mention in its clause.
    Unknown,
}

/// The tense of the clause of the mention at token `i`: the nearest past or
/// present verb before it in its sentence, within [`REACH`] tokens; "since"
/// right before the mention looks back. Another verb in `-ed` nearer the mention
/// governs it instead and tells nothing ("schedules announced by Bell January 1
/// is similar"); a past form after a reporting verb is backshifted speech.
///
/// `reporting` is [`reporting_before`] of `toks`.
pub(crate) fn clause_tense_at(
    toks: &[Token],
    i: usize,
    sentences: &[Sentence],
    reporting: &[usize],
) -> ClauseTense {
    if i > 0 && toks[i - 1].is("since") {
        return ClauseTense::Past;
    }
    let sentence_start =
        sentence_at(sentences, toks[i].start).map_or(0, |s| sentences[s].span.start);
    let mut buf = [0u8; 32];
    for (k, t) in clause_before(toks, i, sentences) {
        if !t.is_word() || t.is_capitalized() {
            continue;
        }
        let w = lower(t.text, &mut buf);
        if PRESENT_VERBS.contains(&w) {
            return ClauseTense::Present;
        }
        if PAST_VERBS.contains(&w) {
            let first = sentence_start_token(toks, k, sentence_start);
            let reported = reporting
                .get(k)
                .is_some_and(|&r| r != usize::MAX && r >= first);
            return if reported {
                ClauseTense::Unknown
            } else {
                ClauseTense::Past
            };
        }
        if w.len() > 4 && w.ends_with("ed") {
            return ClauseTense::Unknown;
        }
    }
    ClauseTense::Unknown
}

/// For every token, the index of the last reporting verb before it (`usize::MAX`
/// when there is none), so that a clause's tense is read in constant time however
/// long its sentence is.
pub(crate) fn reporting_before(toks: &[Token]) -> Vec<usize> {
    let mut last = usize::MAX;
    let mut buf = [0u8; 32];
    let mut before = Vec::with_capacity(toks.len());
    for (k, t) in toks.iter().enumerate() {
        before.push(last);
        if t.is_word() && REPORTING_VERBS.contains(&lower(t.text, &mut buf)) {
            last = k;
        }
    }
    before
}

/// The first token at or after byte `start` before token `k`.
fn sentence_start_token(toks: &[Token], k: usize, start: usize) -> usize {
    toks[..k].partition_point(|t| t.start < start)
}

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

/// The tokens of the clause before token `i`, nearest first: back to the start of
/// its sentence or a `.`/`;`/`?`/`!`, at most [`REACH`] tokens, with their indexes.
fn clause_before<'a>(
    toks: &'a [Token<'a>],
    i: usize,
    sentences: &[Sentence],
) -> impl Iterator<Item = (usize, &'a Token<'a>)> {
    let sentence_start =
        sentence_at(sentences, toks[i].start).map_or(0, |s| sentences[s].span.start);
    (i.saturating_sub(REACH)..i)
        .rev()
        .map(move |k| (k, &toks[k]))
        .take_while(move |(_, t)| {
            !(t.start < sentence_start
                || t.is_punct('.')
                || t.is_punct(';')
                || t.is_punct('?')
                || t.is_punct('!'))
        })
}

fn future_before(toks: &[Token], i: usize, sentences: &[Sentence]) -> bool {
    let mut buf = [0u8; 32];
    for (k, t) in clause_before(toks, i, sentences) {
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

    /// (sentence, first day it names), published on Tuesday 2015-11-17.
    fn check(cases: &[(&str, &str)]) {
        for (text, want) in cases {
            assert_eq!(start(text).as_deref(), Some(*want), "{text}");
        }
    }

    #[test]
    fn a_future_auxiliary_after_the_mention_looks_forward() {
        check(&[
            ("He said the meeting on Thursday will decide.", "2015-11-19"),
            ("The meeting on Thursday decided it.", "2015-11-12"),
        ]);
    }

    #[test]
    fn a_present_tense_schedule_looks_forward() {
        check(&[
            ("The rally is on Saturday.", "2015-11-21"),
            ("The offer expires Dec. 3.", "2015-12-03"),
            ("The rally was on Saturday.", "2015-11-14"),
        ]);
    }

    #[test]
    fn a_past_tense_clause_looks_back() {
        check(&[
            ("The law took effect on Jan. 1.", "2015-01-01"),
            ("Talks began Dec. 3 in Paris.", "2014-12-03"),
            // backshifted speech: the payment is still to come
            ("It said the dividend was payable Dec. 3.", "2015-12-03"),
            // a nearer participle governs the date and tells nothing
            ("The offer was extended to Dec. 3.", "2015-12-03"),
        ]);
    }

    #[test]
    fn a_future_auxiliary_in_a_new_clause_does_not_count() {
        // Reuters, 1987-03-02: the statement came out on the past Sunday
        check(&[(
            "It said in the statement on Sunday that it will not comment.",
            "2015-11-15",
        )]);
    }

    #[test]
    fn a_reporting_verb_anywhere_before_backshifts_the_clause() {
        // Reporting verbs far back in the same sentence count, those of an earlier
        // sentence do not.
        let published = Some(Date::constant(2015, 11, 17));
        let sentence = |text: &str| claimkit_core::Sentence {
            span: claimkit_core::Span::new(0, text.len()),
            paragraph: 0,
            truncated: false,
        };
        let far = format!(
            "It said {}the dividend was payable Dec. 3.",
            "and so on ".repeat(50)
        );
        let found = times(&far, &[sentence(&far)], published);
        assert_eq!(
            found[0].start.map(|d| d.to_string()).as_deref(),
            Some("2015-12-03")
        );
        let before = "It said so. The dividend was payable Dec. 3.";
        let sentences = [
            sentence(&before[..11]),
            claimkit_core::Sentence {
                span: claimkit_core::Span::new(12, before.len()),
                paragraph: 0,
                truncated: false,
            },
        ];
        let found = times(before, &sentences, published);
        assert_eq!(
            found[0].start.map(|d| d.to_string()).as_deref(),
            Some("2014-12-03")
        );
    }

    #[test]
    fn the_reporting_table_matches_a_scan() {
        let text = "He said prices rose, told them, and Reported noted that it fell. said";
        let toks = crate::tokens::tokenize(text);
        let before = super::reporting_before(&toks);
        for (k, &found) in before.iter().enumerate() {
            let mut buf = [0u8; 32];
            let scan = (0..k).rev().find(|&r| {
                toks[r].is_word()
                    && super::REPORTING_VERBS
                        .contains(&crate::tokens::lower(toks[r].text, &mut buf))
            });
            assert_eq!(found, scan.unwrap_or(usize::MAX), "token {k}");
        }
    }
}
