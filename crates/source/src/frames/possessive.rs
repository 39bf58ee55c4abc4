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
    // most words fail the first, cheap test: a form of "be" after them
    let links = doc.free_word(i + 1) && LINKS.contains(&doc.word(i + 1));
    if !links || doc.is_cap(i) || !doc.is(i, &lexicon::POSSESSED_CUE) {
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
    let mut s = owner;
    while s > lo && owner - s < NAME_REACH && doc.free_word(s - 1) && doc.is_cap(s - 1) {
        s -= 1;
    }
    let source = (s, owner + 1);
    if !nominal(doc, source.0, source.1) {
        return None;
    }
    let content = content_after(doc, k, hi)?;
    Some(Frame::after_cue(i, source, content, (lo, hi)))
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
