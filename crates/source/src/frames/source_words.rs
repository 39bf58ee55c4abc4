//! The words before a cue that can name its source: the free words back to
//! the clause boundary, narrowed step by step (openers, adverbs, relative
//! clauses, subordinate clauses, prepositional phrases, pronouns).

use super::nominal::is_pronoun;
use super::verb::CueAt;
use crate::doc::Doc;
use crate::lexicon;
use crate::tokens::Kind;

/// How many tokens before its cue a source and the words that qualify it (a
/// relative clause: "a diplomat who attended the talks in Vienna said") may
/// start. Longer stretches without a clause boundary are run-ons, and reading no
/// further keeps the work per cue bounded.
const SOURCE_REACH: usize = 40;

/// The words before the cue that name its source, `a..b` (empty when none):
/// the free words before the cue, narrowed step by step.
pub(super) fn source_words(
    doc: &Doc,
    cue: &CueAt,
    embedded: Option<usize>,
) -> Option<(usize, usize)> {
    let (i, lo) = (cue.i, cue.lo);
    let (mut a, mut b) = (cue.j, i);
    if let Some(k) = embedded {
        a = k + 1;
    }
    while a < b && doc.is(a, &lexicon::OPENER) {
        a += 1;
    }
    a = a.max(i.saturating_sub(SOURCE_REACH));
    // "officials have said", "Mr. Smith also said"; not the end of a name
    // ("Prime Minister Theresa May told")
    while b > a
        && doc.is(b - 1, &lexicon::BETWEEN)
        && !(b - 1 > a && doc.is_cap(b - 1) && doc.is_cap(b - 2))
    {
        b -= 1;
    }
    // "a diplomat who attended … said": the relative clause belongs to the
    // source; "a suggestion that he had once told": "that" opens a clause
    // with its own subject.
    if let Some(k) = (a + 1..b).find(|&k| doc.is(k, &lexicon::RELATIVE)) {
        let own_subject =
            doc.is_word(k, "that") && (k + 1..b).any(|m| is_pronoun(doc, m) || doc.is_cap(m));
        if !own_subject {
            b = k;
        }
    }
    if let Some(k) = (a..b).rev().find(|&k| doc.is(k, &lexicon::CUTTER)) {
        a = k + 1;
    }
    // "In the 62nd minute Kim Min-Woo conceded", "with Boswell saying": a
    // prepositional phrase opening the words is no part of the source, which
    // starts at the first capitalised word after it.
    if a < b && doc.is(a, &lexicon::PREPOSITION) {
        if let Some(k) = (a + 1..b).find(|&k| doc.is_cap(k)) {
            a = k;
        }
    }
    // "told reporters the report disclosed …": a determiner after a noun
    // starts the subject noun phrase.
    if let Some(k) = (a + 1..b).rev().find(|&k| {
        ["the", "a", "an"].iter().any(|d| doc.is_word(k, d))
            && !doc.is(k - 1, &lexicon::PREPOSITION)
            && !doc.is(k - 1, &lexicon::FILLER)
    }) {
        a = k;
    }
    // "Mr Fitzpatrick, who added that …": the relative pronoun stands for the
    // noun phrase before the comma.
    if a + 1 == b && (doc.word(a) == "who" || doc.word(a) == "which") {
        let comma = cue.boundary.filter(|&c| doc.kind(c) == Some(Kind::Comma))?;
        let mut s = comma;
        while s > lo && doc.np_word(s - 1) {
            s -= 1;
        }
        while s < comma && doc.is(s, &lexicon::NOT_LAST) {
            s += 1;
        }
        if s == comma {
            return None;
        }
        a = s;
        b = comma;
    }
    // "… contenders and asked …": a coordinated cue takes the clause subject.
    if a < b && doc.is(b - 1, &lexicon::NOT_A_SOURCE) {
        a = b;
    }
    if let Some(k) = (a..b).rev().find(|&k| is_pronoun(doc, k)) {
        a = k;
        if k + 1 < b {
            return None; // "the things he told us": not a source
        }
    }
    if b.saturating_sub(a) > 10 {
        let mut k = b;
        while k > a && doc.np_word(k - 1) {
            k -= 1;
        }
        a = k;
    }
    // The word before the cue heads the source: a noun, a name or a pronoun,
    // not an adverb or a number ("officials privately said" was stripped above).
    if a < b
        && (doc.word(b - 1).ends_with("ly") || doc.word(b - 1).bytes().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    Some((a, b))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{frames_in, with_cue};

    /// The source of the frame whose cue is `cue` in `body`.
    fn source(body: &str, cue: &str) -> Option<String> {
        with_cue(body, cue).map(|f| f.0)
    }

    #[test]
    fn auxiliaries_and_adverbs_before_the_cue_are_no_source() {
        let body = "U.S. officials have privately said the strikes would continue.";
        assert_eq!(source(body, "said").as_deref(), Some("U.S. officials"));
    }

    #[test]
    fn a_modal_word_ending_a_name_stays_in_it() {
        // Reuters, 2017
        let body = "Prime Minister Theresa May told Reuters the deal was done.";
        assert_eq!(
            source(body, "told").as_deref(),
            Some("Prime Minister Theresa May")
        );
    }

    #[test]
    fn a_subordinate_clause_before_the_source_is_cut() {
        let body = "The deal failed because Mr. Smith said the price was too high.";
        assert_eq!(source(body, "said").as_deref(), Some("Mr. Smith"));
    }

    #[test]
    fn relative_who_stands_for_the_noun_phrase_before_it() {
        // Reuters, 1987
        let body = "\"They have shown a complete disregard for the consultative rights of our \
                    members,\" said Mr Fitzpatrick, who added that the company now planned to \
                    observe the consultation procedures.";
        assert_eq!(source(body, "added").as_deref(), Some("Mr Fitzpatrick"));
    }

    #[test]
    fn and_is_never_a_source() {
        // Reuters, 1987
        let body = "The strategist, who works for one of his party's top 1988 presidential \
                    contenders and asked not to be identified, said the report was like \"an \
                    anvil falling on us.\"";
        let all = frames_in(body);
        assert!(all.iter().all(|f| f.0 != "and"), "{all:?}");
        assert_eq!(source(body, "said").as_deref(), Some("The strategist"));
    }

    #[test]
    fn a_pronoun_followed_by_more_words_is_no_source() {
        // "he knew" is a clause of its own inside the words before "said".
        let body = "A man he knew said the plan would fail.";
        assert_eq!(source(body, "said"), None);
        let body = "A man who knew him said the plan would fail.";
        assert_eq!(source(body, "said").as_deref(), Some("A man"));
    }

    #[test]
    fn an_opening_prepositional_phrase_is_no_part_of_the_source() {
        let body = "In the 62nd minute Kim Min-Woo said the match was over.";
        assert_eq!(source(body, "said").as_deref(), Some("Kim Min-Woo"));
    }
}
