//! A frame around a cue verb ("said", "told", "cautioning"): is the cue
//! active, which words before it can name the source ([`source_words`]), which
//! source it takes ([`pick_source`]), and what it attributes ([`content_of`]).

use super::content::content_of;
use super::nominal::known_source;
use super::pick_source::pick_source;
use super::source_words::source_words;
use super::Frame;
use crate::doc::Doc;
use crate::lexicon::{self, cues, cues::CueKind};

/// A frame around the cue verb at token `i`.
///
/// `last_saying` is the last verb of saying before the cue (`nominal::is_verb_of_saying`).
pub(super) fn verb_frame(
    doc: &Doc,
    i: usize,
    kind: CueKind,
    frames: &[Frame],
    last_saying: Option<usize>,
) -> Option<Frame> {
    let (lo, hi) = doc.sentence_range(i);
    let participle = cues::is_participle(doc.word(i));
    if !active_cue(doc, i, participle) {
        return None;
    }
    // The free words between the clause boundary and the cue.
    let j = doc.free_run_start(i, lo);
    let cue = CueAt {
        i,
        kind,
        participle,
        lo,
        hi,
        j,
        boundary: (j > lo).then(|| j - 1),
    };
    // "X said (that) Y believe …": the source of an embedded cue comes after
    // the cue verb that embeds it.
    let embedded = last_saying.filter(|&k| j <= k && k < i);
    let words = source_words(doc, &cue, embedded)?;
    let picked = pick_source(doc, &cue, words, frames)?;
    if embedded.is_some() && !known_source(doc, picked.source.0, picked.source.1) {
        return None;
    }
    let particle = cues::WITH_PARTICLE.iter().find(|(w, _)| *w == doc.word(i));
    if particle.is_some_and(|&(_, p)| !doc.is_word(i + 1, p)) {
        return None;
    }
    let (mut content, content_after, via) = content_of(doc, &cue, &picked)?;
    if let Some(&(_, p)) = particle {
        // "pointed out that …": the particle belongs to the cue
        let rest = content.text(doc.text);
        let after = rest.strip_prefix(p).unwrap_or(rest).trim_start();
        if !content_after || !after.starts_with("that ") {
            return None;
        }
        content = claimkit_core::Span::new(content.end - after.len(), content.end);
    }
    if cues::NEEDS_CLAUSE.contains(&doc.word(i)) && !(content_after && holds_clause(doc, content)) {
        return None;
    }
    let after_quote_only = cues::AFTER_QUOTE_ONLY.contains(&doc.word(i));
    // "“…,” he continued." ends its sentence; "… and continued as a passion" is no cue
    let ends_clause = doc.kind(i + 1) != Some(crate::tokens::Kind::Word);
    if after_quote_only && (content_after || !ends_clause || !doc.in_quote(content)) {
        return None;
    }
    Some(Frame {
        cue: (i, i + 1),
        source: picked.source,
        role: picked.role,
        content,
        content_after,
        via,
        clause_start: picked.clause_start,
        sentence: (lo, hi),
        credit: false,
    })
}

/// The content opens with "that" or a clause, or holds an infinitive ("the
/// economy to grow"): "to" before a word that opens no noun phrase.
fn holds_clause(doc: &Doc, content: claimkit_core::Span) -> bool {
    let first = doc.toks.partition_point(|t| t.span.start < content.start);
    let last = doc.toks.partition_point(|t| t.span.end <= content.end);
    if doc.is_word(first, "that") || doc.is_word(first, "there") {
        return true;
    }
    (first..last).any(|k| {
        doc.is_word(k, "to")
            && k + 1 < last
            && doc.free_word(k + 1)
            && !doc.is(k + 1, &lexicon::NOT_LAST)
            && !doc.is(k + 1, &lexicon::NOT_BEFORE_CUE)
            && !doc
                .word(k + 1)
                .starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase())
    })
}

/// A cue verb and where it stands in its sentence.
pub(super) struct CueAt {
    /// The cue token.
    pub(super) i: usize,
    pub(super) kind: CueKind,
    /// "cautioning that …".
    pub(super) participle: bool,
    /// The sentence's token range.
    pub(super) lo: usize,
    pub(super) hi: usize,
    /// Where the free words before the cue start.
    pub(super) j: usize,
    /// The clause boundary before those words, if any.
    pub(super) boundary: Option<usize>,
}

/// The source a frame settled on.
pub(super) struct Picked {
    pub(super) source: (usize, usize),
    pub(super) role: Option<(usize, usize)>,
    pub(super) clause_start: usize,
    /// "…, said X": the content comes before the cue.
    pub(super) inverted: bool,
}

/// False for a cue used in the passive ("was told to", "is said to be", "was
/// hauled in and told that"), with an agent ("told by") or before an
/// infinitive ("said to be").
fn active_cue(doc: &Doc, i: usize, participle: bool) -> bool {
    let mut before = i;
    while before > 0 && doc.free_word(before - 1) && doc.word(before - 1).ends_with("ly") {
        before -= 1;
    }
    if before > 0 && doc.is(before - 1, &lexicon::BE) && !participle {
        return false; // passive: "was told to", "is said to be"
    }
    // "I was basically hauled in and told that …": coordinated with a passive.
    if before > 0 && doc.is_word(before - 1, "and") {
        let lo = before.saturating_sub(5);
        if (lo..before - 1).any(|k| doc.is(k, &lexicon::BE))
            && (lo..before - 1).all(|k| doc.free_word(k))
        {
            return false;
        }
    }
    let to_verb = doc.is_word(i + 1, "to")
        && doc.free_word(i + 2)
        && !doc.is_cap(i + 2)
        && !doc.is(i + 2, &lexicon::FILLER);
    !(doc.is_word(i + 1, "by") || to_verb)
}

#[cfg(test)]
mod tests {
    #[test]
    fn pointed_is_a_cue_only_with_out() {
        use super::super::testing::frames_in;
        let all = frames_in("But officials pointed out that industrial growth had slowed.");
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].2, "that industrial growth had slowed.");
        let all = frames_in("He pointed to plans to invest $10bn in schools.");
        assert!(all.is_empty(), "{all:?}");
        let all = frames_in("In her remarks, Waters pointed out those features to guests.");
        assert!(all.is_empty(), "{all:?}");
    }

    #[test]
    fn expect_and_urge_take_a_clause_not_an_object() {
        use super::super::testing::frames_in;
        let all = frames_in("INSEE expects the economy to grow by 2.4% this year.");
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].2, "the economy to grow by 2.4% this year.");
        let all = frames_in("The city expects about 6 million visitors according to the website.");
        assert!(all.iter().all(|f| f.1 != "expects"), "{all:?}");
        let all = frames_in("Britain urged other donors to contribute.");
        assert_eq!(all.len(), 1, "{all:?}");
    }

    use super::super::testing::{cues_in, frames_in, prepared, token};
    use super::active_cue;
    use crate::doc::Doc;

    /// Whether the cue `word` in `body` is active.
    fn active(body: &str, word: &str) -> bool {
        let (text, sentences) = prepared(body);
        let doc = Doc::new(&text, &sentences);
        let i = token(&doc, word);
        active_cue(&doc, i, crate::lexicon::cues::is_participle(word))
    }

    #[test]
    fn a_cue_after_a_form_of_be_is_passive() {
        assert!(!active("He was told to leave the building.", "told"));
        assert!(!active("The deal is said to be worth $2 billion.", "said"));
        assert!(active("He told reporters the deal was done.", "told"));
    }

    #[test]
    fn a_cue_with_an_agent_or_before_an_infinitive_is_passive() {
        assert!(!active(
            "Staff informed by letter on Friday have left.",
            "informed"
        ));
        assert!(!active("Officials said to expect delays.", "said"));
        assert!(active(
            "Officials said to the press that delays were likely.",
            "said"
        ));
    }

    #[test]
    fn told_after_a_passive_and_is_passive() {
        // BBC, 2005
        let body = "I was basically hauled in and told that my mum had attacked the church.";
        assert!(frames_in(body).is_empty(), "{:?}", frames_in(body));
    }

    #[test]
    fn embedded_cue_takes_its_own_subject() {
        // Reuters, 1987
        let body = "Several analysts said that while they believe the Brazilian debt problem \
                    will continue to hang over the banking industry through the quarter, the \
                    initial shock reaction is likely to ease over the coming weeks.";
        let all = frames_in(body);
        let believe = all.iter().find(|f| f.1 == "believe").expect("believe");
        assert_eq!(believe.0, "they");
    }

    #[test]
    fn an_embedded_cue_needs_a_known_source() {
        // "recent tests" is no person, organisation or document.
        let body = "The company said recent tests indicated the drug was safe.";
        assert_eq!(cues_in(body), ["said"]);
    }
}
