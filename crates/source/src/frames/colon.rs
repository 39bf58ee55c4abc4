//! Quotations introduced by a colon after a verb that is no cue word ("She
//! continued: “…”").

use super::content::trim_content;
use super::nominal::{is_pronoun, nominal};
use super::pick_source::subject;
use super::Frame;
use crate::doc::Doc;
use crate::lexicon;
use crate::tokens::Kind;

/// Verbs with which a document quotes itself ("The statement read: “…”").
const READS: &[&str] = &["read", "reads"];

/// Past forms without "-ed" that frame a quotation after a colon and an adjunct ("She
/// spoke on Monday: “…”").
const SPOKE: &[&str] = &["spoke", "wrote", "told", "said"];

/// How many words an adjunct between the verb and the colon may have ("spoke on
/// Monday", "appeared on state television").
const ADJUNCT_REACH: usize = 6;

/// "She continued: “…”": a subject and one verb before a colon that opens a
/// quotation frame the quotation even when the verb is no cue word.
pub(super) fn colon_frame(doc: &Doc, i: usize) -> Option<Frame> {
    if doc.kind(i + 1) != Some(Kind::Colon) {
        return None;
    }
    colon_frame_at(doc, i, i + 1)
}

/// "Ann Lee spoke on Monday: “…”", "Ann Lee, the finance minister, appeared on state
/// television: “…”": the colon frames of the document whose verb and colon an adjunct
/// that opens with a preposition stands between (read from the quotations after a
/// colon, which are few, rather than at every word), leaving out verbs `frames` already
/// holds as cues.
pub(super) fn after_adjuncts(doc: &Doc, frames: &[Frame]) -> Vec<Frame> {
    let mut found = Vec::new();
    for q in &doc.quotes {
        let t = doc.toks.partition_point(|t| t.span.start < q.open);
        if t < 3 || doc.kind(t) != Some(Kind::Open) || doc.kind(t - 1) != Some(Kind::Colon) {
            continue;
        }
        let c = t - 1;
        // the preposition that opens the adjunct, with free words up to the colon
        let opening = (c.saturating_sub(ADJUNCT_REACH + 1)..c - 1)
            .rev()
            .take_while(|&k| doc.free_word(k + 1))
            .find(|&v| doc.is(v + 1, &lexicon::PREPOSITION) && doc.free_word(v));
        let Some(v) = opening else {
            continue;
        };
        let w = doc.word(v);
        let verb = w.ends_with("ed") || SPOKE.contains(&w);
        // (`frames` are in text order of their cues: found by a binary search)
        let n = frames.partition_point(|f| f.cue.0 < v);
        if !verb || frames.get(n).is_some_and(|f| f.cue.0 == v) {
            continue;
        }
        found.extend(colon_frame_at(doc, v, c));
    }
    found
}

/// The colon frame of the verb at `i` whose quotation opens after the colon at `c`.
fn colon_frame_at(doc: &Doc, i: usize, c: usize) -> Option<Frame> {
    if doc.kind(c + 1) != Some(Kind::Open) {
        return None;
    }
    let w = doc.word(i);
    // "The statement read: “…”": what a document says, in its own words
    let reads = READS.contains(&w) && c == i + 1;
    let verb = w.ends_with("ed") || (c > i + 1 && SPOKE.contains(&w));
    if !(verb || reads) || doc.is(i, &lexicon::NOT_A_SOURCE) {
        return None;
    }
    let (lo, hi) = doc.sentence_range(i);
    let (s, e) = subject(doc, lo, hi)?;
    let speaker = if reads {
        doc.is(e - 1, &lexicon::DOCUMENT)
    } else {
        doc.is_cap(e - 1) || is_pronoun(doc, e - 1)
    };
    // "Ann Lee, the finance minister, spoke …": a role set off by commas between the
    // subject and its verb
    let role = (e < i && doc.kind(e) == Some(Kind::Comma) && doc.kind(i - 1) == Some(Kind::Comma))
        .then_some((e + 1, i - 1))
        .filter(|&(rs, re)| rs < re && re - rs <= ROLE_REACH && (rs..re).all(|k| doc.free_word(k)));
    if (e != i && role.is_none()) || !speaker || !nominal(doc, s, e) {
        return None;
    }
    let q = doc.quote_opening_at(c + 1)?;
    let content = trim_content(doc.text, doc.quotes[q].inner);
    let mut frame = Frame::after_cue(i, (s, e), content, (lo, hi));
    frame.role = role;
    (!content.is_empty()).then_some(frame)
}

/// How many words a role set off by commas between the subject and the verb may have.
const ROLE_REACH: usize = 8;

#[cfg(test)]
mod tests {
    use super::super::testing::frames_in;

    #[test]
    fn she_continued_colon_frames_the_quotation() {
        // BBC, 2005
        let body = "She continued: \"Labour has a common-sense plan to fast-track cases.\"";
        let all = frames_in(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(
            all[0],
            (
                "She".to_string(),
                "continued".to_string(),
                "Labour has a common-sense plan to fast-track cases.".to_string()
            )
        );
    }

    #[test]
    fn a_document_that_reads_a_quotation_frames_it() {
        let body = "The family's statement read: \"We are grateful for the support.\" \
                    The sign read: \"Closed.\" She read: \"Chapter one.\"";
        let all = frames_in(body);
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!(all[0].0, "The family's statement");
        assert_eq!(all[1].0, "The sign");
    }

    #[test]
    fn an_adjunct_or_a_role_may_stand_around_the_verb() {
        let body = "Ann Lee, the finance minister, spoke on Monday: \"Taxes will rise.\" \
                    Bo Ray appeared on state television: \"We will act.\"";
        let all = frames_in(body);
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!(all[0].0, "Ann Lee");
        assert_eq!(all[0].2, "Taxes will rise.");
        assert_eq!(all[1].0, "Bo Ray");
        // an adjunct that opens with no preposition, or a common noun, speaks no quotation
        let body = "Ann Lee spoke yesterday: \"Hi.\" The firm spoke about its plans: \"We grow.\"";
        assert!(frames_in(body).is_empty(), "{:?}", frames_in(body));
    }

    #[test]
    fn a_verb_before_a_colon_without_a_quotation_is_no_frame() {
        let body = "Ministers decided: the plan will go ahead.";
        assert!(frames_in(body).is_empty(), "{:?}", frames_in(body));
    }

    #[test]
    fn a_common_noun_before_the_verb_is_no_speaker() {
        // "continued" is no cue word: only a name or a pronoun speaks through it.
        let body = "The government continued: \"We will act.\" Johnson continued: \"No.\"";
        let all = frames_in(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].0, "Johnson");
    }
}
