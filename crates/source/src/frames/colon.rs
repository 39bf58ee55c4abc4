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

/// "She continued: “…”": a subject and one verb before a colon that opens a
/// quotation frame the quotation even when the verb is no cue word.
pub(super) fn colon_frame(doc: &Doc, i: usize) -> Option<Frame> {
    if doc.kind(i + 1) != Some(Kind::Colon) || doc.kind(i + 2) != Some(Kind::Open) {
        return None;
    }
    let w = doc.word(i);
    // "The statement read: “…”": what a document says, in its own words
    let reads = READS.contains(&w);
    if !(w.ends_with("ed") || reads) || doc.is(i, &lexicon::NOT_A_SOURCE) {
        return None;
    }
    let (lo, hi) = doc.sentence_range(i);
    let (s, e) = subject(doc, lo, hi)?;
    let speaker = if reads {
        doc.is(e - 1, &lexicon::DOCUMENT)
    } else {
        doc.is_cap(e - 1) || is_pronoun(doc, e - 1)
    };
    if e != i || !speaker || !nominal(doc, s, e) {
        return None;
    }
    let q = doc.quote_opening_at(i + 2)?;
    let content = trim_content(doc.text, doc.quotes[q].inner);
    (!content.is_empty()).then(|| Frame::after_cue(i, (s, e), content, (lo, hi)))
}

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
