//! "“I think the death toll would have been higher,” he said": a speaker's own
//! cue inside a quotation ("I think", "we believe") frames what follows it.

use super::content::trim_content;
use super::Frame;
use crate::doc::Doc;
use crate::tokens::Kind;

/// Cues a speaker uses about their own words inside a quotation.
const FIRST_PERSON_CUES: &[&str] = &[
    "think",
    "thought",
    "believe",
    "believed",
    "suspect",
    "suspected",
    "guess",
    "feel",
    "felt",
    "say",
    "said",
    "know",
    "knew",
];

/// "“I think the death toll would have been higher,” he said": a nested
/// attribution whose source ("I", "we") is the quotation's speaker.
pub(super) fn first_person_in_quote(doc: &Doc, i: usize) -> Option<Frame> {
    let t = doc.toks[i];
    if t.kind != Kind::Word
        || t.quote.is_none()
        || i == 0
        || !FIRST_PERSON_CUES.contains(&doc.word(i))
    {
        return None;
    }
    let prev = doc.toks[i - 1];
    let pronoun = doc.word(i - 1);
    if prev.quote != t.quote || !(pronoun == "I" || pronoun.eq_ignore_ascii_case("we")) {
        return None;
    }
    let mut s = i + 1;
    if s < doc.toks.len() && doc.word(s).eq_ignore_ascii_case("that") {
        s += 1;
    }
    let e = doc.stop_in_quote(s, t.quote);
    if e <= s || doc.kind(s) != Some(Kind::Word) {
        return None;
    }
    let content = trim_content(doc.text, doc.span(s, e));
    (!content.is_empty()).then(|| Frame {
        cue: (i, i + 1),
        source: (i - 1, i),
        role: None,
        content,
        content_after: true,
        via: None,
        clause_start: i - 1,
        sentence: (i - 1, e),
        credit: false,
    })
}

#[cfg(test)]
mod tests {
    use super::super::testing::frames_in;

    #[test]
    fn i_think_inside_a_quotation_frames_the_rest_of_it() {
        // Reuters, 2015
        let body = "“I think the death toll would have been higher,” he said.";
        let all = frames_in(body);
        assert!(
            all.iter().any(|f| f.0 == "I"
                && f.1 == "think"
                && f.2 == "the death toll would have been higher"),
            "{all:?}"
        );
    }

    #[test]
    fn we_believe_that_skips_that() {
        let body = "“We believe that the plan will work,” the minister said.";
        let all = frames_in(body);
        assert!(
            all.iter()
                .any(|f| f.0 == "We" && f.2 == "the plan will work"),
            "{all:?}"
        );
    }

    #[test]
    fn a_third_person_cue_inside_a_quotation_is_no_frame() {
        let body = "“They think the death toll would have been higher,” he said.";
        let all = frames_in(body);
        assert!(all.iter().all(|f| f.1 != "think"), "{all:?}");
    }
}
