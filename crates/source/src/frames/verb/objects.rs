//! What a cue verb takes as its object when that object is no report: a noun phrase
//! ("announced its results"), an act, results, or a bare verb after the cue.

use super::*;

/// "reported a pre-tax loss of $4m", "agreed to a buyout", "told an industry
/// forum", "said nothing": a content that opens with one of [`NOUN_PHRASE_OPENERS`]
/// and holds no verb (no auxiliary,
/// no form of "be", no word ending in "ed") is a noun phrase, not a clause ("said
/// a pickup in exports is needed", "said a deal collapsed" are clauses).
pub(crate) fn noun_phrase_object(doc: &Doc, content: claimkit_core::Span) -> bool {
    let (first, last) = doc.tokens_of(content);
    // "said nothing", "said little about the case", as "reported a loss"
    if !NOUN_PHRASE_OPENERS.iter().any(|w| doc.is_word(first, w)) {
        return false;
    }
    // "said nothing, but aides said …": the object ends at a comma before a coordinator
    let last = (first + 1..last)
        .find(|&k| {
            doc.kind(k) == Some(crate::tokens::Kind::Comma)
                && crate::frames::content::COORDINATORS.contains(&doc.word(k + 1))
        })
        .unwrap_or(last);
    let verb = |k: usize| {
        doc.free_word(k)
            && !doc.is_cap(k)
            && (doc.is(k, &lexicon::AUXILIARY)
                || doc.is(k, &lexicon::BE)
                || doc.word(k).ends_with("ed"))
    };
    // a long content is looked up in marks found once per document
    if last.saturating_sub(first) <= crate::doc::SHORT_RUN {
        return !(first + 1..last).any(verb);
    }
    doc.first_mark(Mark::Verb, first + 1, verb) >= last
}

/// Words that open a noun-phrase object when no verb follows them in the content.
const NOUN_PHRASE_OPENERS: &[&str] = &[
    "a",
    "an",
    "nothing",
    "little",
    "much",
    "something",
    "anything",
];

/// The content holds an auxiliary or a form of "be" outside quotations ("5 people,
/// including a child, were hurt").
pub(super) fn aux_or_be_in(doc: &Doc, content: claimkit_core::Span) -> bool {
    let (first, last) = doc.tokens_of(content);
    let end = (first..last).find(|&k| subordinate(doc, k)).unwrap_or(last);
    (first..end).any(|k| doc.is_aux_or_be(k))
}

/// Lower-case words that open a clause, never a bare noun object ("announces where the
/// orbiters will be displayed", "announced that …").
const CLAUSE_OPENING_WORDS: &[&str] = &[
    "that", "there", "where", "when", "what", "who", "whom", "whose", "which", "why", "how",
    "whether", "if", "this", "these", "those",
];

/// How many tokens of an object are read for a verb when no comma ends it sooner.
pub(super) const ACT_OBJECT_REACH: usize = 12;

/// "announced the next game, with a new team", "declared a dividend of two
/// cents", "announced plans to cut 200 jobs": a content that opens with a determiner, a
/// possessive, a number or a bare lower-case noun and holds no finite
/// verb before its first comma (or within [`ACT_OBJECT_REACH`] tokens) is a
/// noun-phrase object. A verb is an auxiliary, a form of "be", "that", a word
/// ending in "-ed", a past form of `IRREGULAR_PASTS`, or a lowercase word
/// ending in "-s" between two lowercase words ("the team faces relegation").
pub(super) fn act_object(doc: &Doc, content: claimkit_core::Span) -> bool {
    let (first, last) = doc.tokens_of(content);
    // "announced two appointments", "declared 12 winners", "announcing at least one
    // other candidate"
    let first = if doc.is_word(first, "at")
        && (doc.is_word(first + 1, "least") || doc.is_word(first + 1, "most"))
    {
        first + 2
    } else {
        first
    };
    let lower = |k: usize| doc.free_word(k) && !doc.is_cap(k);
    // "announced plans to cut 200 jobs", "declared victory": a bare noun opens one too
    let bare_noun = lower(first)
        && !crate::frames::nominal::is_pronoun(doc, first)
        && !CLAUSE_OPENING_WORDS.iter().any(|w| doc.is_word(first, w));
    if !doc.is(first, &lexicon::OBJECT_OPENER) && !doc.is_count(first) && !bare_noun {
        return false;
    }
    let end = last.min(first + ACT_OBJECT_REACH);
    let end = (first..end)
        .find(|&k| doc.kind(k) == Some(crate::tokens::Kind::Comma) || subordinate(doc, k))
        .unwrap_or(end);
    let verb = |k: usize| {
        let w = doc.word(k);
        // "plans to cut 200 jobs": a bare verb after "to" is no finite one
        if doc.is_word(k - 1, "to") {
            return false;
        }
        // "500 jobs last year": a plural after a number is no verb; "200 job cuts as
        // sales fell": nor is one right before the subordinate clause that ends the object
        let present = w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !doc.is_count(k - 1)
            && lower(k - 1)
            && !doc.is(k - 1, &lexicon::NOT_LAST)
            && k + 1 < end
            && lower(k + 1)
            && !doc.is(k + 1, &lexicon::PREPOSITION)
            && !doc.is_word(k + 1, "and");
        lower(k)
            && (doc.is(k, &lexicon::AUXILIARY)
                || doc.is(k, &lexicon::BE)
                || doc.is(k, &lexicon::IRREGULAR_PAST)
                || w == "that"
                || w.ends_with("ed")
                || present)
    };
    !(first + 1..end).any(verb)
}

/// Token `k` opens a subordinate clause after an object ("added 12 points as investors
/// cheered"); "that" is left to the object's own reading.
fn subordinate(doc: &Doc, k: usize) -> bool {
    doc.is(k, &lexicon::CUTTER) && !doc.is_word(k, "that")
}

/// How many words a results noun may come after the start of a content
/// ("third quarter net income of …").
pub(super) const RESULT_REACH: usize = 5;

/// "third quarter income of 40.3 mln dlrs", "a loss of 2 mln", "earnings for the
/// year of …": a content whose first words are a noun phrase ending in a results
/// noun ([`cues::RESULT_NOUNS`]) that a preposition follows, with no verb, "that"
/// or comma before it. "profits fell" is a clause.
pub(super) fn results_object(doc: &Doc, content: claimkit_core::Span) -> bool {
    let (first, last) = doc.tokens_of(content);
    let plain = |k: usize| {
        let w = doc.word(k);
        doc.free_word(k)
            && doc.kind(k) != Some(crate::tokens::Kind::Comma)
            && !doc.is(k, &lexicon::AUXILIARY)
            && !doc.is(k, &lexicon::BE)
            && w != "that"
            && !w.ends_with("ed")
    };
    (first..last.min(first + RESULT_REACH))
        .take_while(|&k| plain(k))
        .any(|k| {
            // "reported income of …", and a result noun that ends the object:
            // "reported its best earnings.", "reported record profits, helped by …"
            let ends = k + 1 >= last
                || matches!(
                    doc.kind(k + 1),
                    Some(crate::tokens::Kind::Comma | crate::tokens::Kind::Stop)
                );
            cues::RESULT_NOUNS
                .iter()
                .any(|n| doc.word(k).eq_ignore_ascii_case(n))
                && (ends
                    || (k + 1 < last
                        && doc.free_word(k + 1)
                        && cues::AFTER_RESULT_NOUN.contains(&doc.word(k + 1))))
        })
}

/// How many words a subject may have before the bare verb of a clause
/// without "that" ("all government departments make …").
pub(super) const BARE_VERB_REACH: usize = 6;

/// The content opens with a subject and a bare verb, with no "that"
/// ("all government departments make similar savings", "he resign"): a
/// subject of free words (a pronoun, a name or a plural noun last), then a
/// lower-case word with no ending of a noun, a past or a participle ("make",
/// "be", "resign"); a preposition or a comma before it shows an object
/// ("answers from the board").
pub(crate) fn bare_verb_clause(doc: &Doc, content: claimkit_core::Span) -> bool {
    let (first, last) = doc.tokens_of(content);
    let subject_end = |k: usize| {
        let w = doc.word(k);
        (doc.is_cap(k) && !doc.is(k, &lexicon::FILLER))
            || crate::frames::nominal::is_pronoun(doc, k)
            || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"))
    };
    let bare = |k: usize| {
        let w = doc.word(k);
        doc.free_word(k)
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && !["s", "ed", "ing", "ly"].iter().any(|end| w.ends_with(end))
            && !doc.is(k, &lexicon::NOT_LAST)
            && !doc.is(k, &lexicon::PREPOSITION)
            && !doc.is(k, &lexicon::AUXILIARY)
    };
    for k in first + 1..last.min(first + BARE_VERB_REACH + 1) {
        if !doc.free_word(k - 1) || doc.is(k - 1, &lexicon::PREPOSITION) {
            return false;
        }
        if subject_end(k - 1) && bare(k) {
            return true;
        }
    }
    false
}
