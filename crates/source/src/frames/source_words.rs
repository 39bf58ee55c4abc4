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
/// the free words before the cue, narrowed step by step. `None` when the words
/// before the cue cannot hold a source at all.
pub(super) fn source_words(
    doc: &Doc,
    cue: &CueAt,
    embedded: Option<usize>,
) -> Option<(usize, usize)> {
    if let Some(words) = before_restrictive_who(doc, cue) {
        return Some(words);
    }
    let mut i = cue.i;
    let mut a = embedded.map_or(cue.j, |k| k + 1);
    // "Aid groups including Oxfam, Save the Children and Christian Aid said":
    // the group before the listed examples
    if let Some(k) = embedded
        .is_none()
        .then(|| examples_before(doc, cue))
        .flatten()
    {
        (a, i) = (doc.free_run_start(k, cue.lo), k);
    }
    while a < i && doc.is(a, &lexicon::OPENER) {
        a += 1;
    }
    // "Last week Lord Goldsmith said": a time phrase with no comma after it
    a = super::pick_source::past_opening_time(doc, (a, i));
    a = a.max(i.saturating_sub(SOURCE_REACH));
    let mut words = without_words_before_cue(doc, (a, i));
    words = without_relative_clause(doc, words);
    words = without_examples(doc, words);
    words = after_subordinate_clause(doc, words);
    words = after_opening_preposition(doc, words);
    words = from_last_determiner(doc, words);
    let (mut a, mut b) = words;
    // "…, who said": the noun phrase before the comma; "Who said that?" asks, no one speaks
    if a + 1 == b && ["who", "Who", "which", "Which"].contains(&doc.word(a)) {
        (a, b) = antecedent(doc, cue)?;
    }
    // "… contenders and asked …": a coordinated cue takes the clause subject.
    if a < b && doc.is(b - 1, &lexicon::NOT_A_SOURCE) {
        a = b;
    }
    // (from no further back than the source may start: a run-on sentence is not read
    // again at every cue)
    let a = after_clause_and(doc, (a, b), cue.j.max(cue.i.saturating_sub(SOURCE_REACH)));
    let a = from_pronoun(doc, (a, b))?;
    headed_by_noun(doc, last_noun_phrase(doc, (a, b)))
        .map(|(a, b)| (with_ampersand(doc, a, cue.lo), b))
}

/// "Procter & Gamble said": a name joined by " & " to the capitalised words before it
/// starts with them (the "&" is no word, so the words before the cue stop at it).
fn with_ampersand(doc: &Doc, mut a: usize, lo: usize) -> usize {
    while a >= lo + 2
        && doc.word(a - 1) == "&"
        && doc.is_cap(a)
        && doc.free_word(a - 2)
        && doc.is_cap(a - 2)
    {
        a -= 2;
        // "Ludwig van Beethoven & Sons": a particle inside the name goes with it
        while a > lo
            && doc.free_word(a - 1)
            && (doc.is_cap(a - 1)
                || (a >= lo + 2 && crate::mentions::is_particle(doc, a - 1) && doc.is_cap(a - 2)))
        {
            a -= 1;
        }
    }
    a
}

/// "officials have said", "Mr. Smith also said": auxiliaries and adverbs
/// right before the cue are no part of the source; but a name may end on one
/// ("Prime Minister Theresa May told").
fn without_words_before_cue(doc: &Doc, (a, mut b): (usize, usize)) -> (usize, usize) {
    // "the minister went on to promise", "the cardinal used a message to denounce"
    if let Some(n) = super::verb_before_infinitive(doc, b).filter(|&n| b >= a + n) {
        b -= n;
    }
    while b > a
        && doc.is(b - 1, &lexicon::BETWEEN)
        && !(b - 1 > a && doc.is_cap(b - 1) && doc.is_cap(b - 2))
    {
        b -= 1;
    }
    without_time_before_cue(doc, (a, b))
}

/// "Bob Geldof in July said", "The ministry on Tuesday said", "Ann Lee last week
/// said": a phrase of time (`lexicon::TIME_OPENER`, then a month, a day, a year or
/// `lexicon::TIME_NOUN`) at the end of the words before the cue is no part of the
/// source, which keeps at least one word.
fn without_time_before_cue(doc: &Doc, (a, b): (usize, usize)) -> (usize, usize) {
    let year = |k: usize| super::pick_source::is_year(doc, k);
    let time = |k: usize| {
        doc.free_word(k)
            && (doc.is(k, &lexicon::CALENDAR) || doc.is(k, &lexicon::TIME_NOUN) || year(k))
    };
    if b < a + 3 || !time(b - 1) {
        return (a, b);
    }
    let mut k = b - 1;
    // "in July 2004"
    if year(k) && doc.is(k - 1, &lexicon::CALENDAR) {
        k -= 1;
    }
    if k <= a + 1 || !doc.free_word(k - 1) || !doc.is(k - 1, &lexicon::TIME_OPENER) {
        return (a, b);
    }
    let mut e = k - 1;
    // "earlier this week"
    if e > a + 1 && (doc.is_word(e - 1, "earlier") || doc.is_word(e - 1, "later")) {
        e -= 1;
    }
    // "a survey released on Friday said": the time of a participle's post-modifier
    let participle =
        doc.word(e - 1).ends_with("ed") || doc.is(e - 1, &lexicon::DOCUMENT_POST_MODIFIER);
    if participle && !doc.is_cap(e - 1) {
        return (a, b);
    }
    (a, e)
}

/// "a diplomat who attended … said": the relative clause belongs to the
/// source and ends its words; "a suggestion that he had once told": "that"
/// opens a clause with its own subject, which stays.
fn without_relative_clause(doc: &Doc, (a, b): (usize, usize)) -> (usize, usize) {
    // "The World Health Organisation (WHO) recommends": an acronym is no "who"
    let relative =
        |k: usize| doc.is(k, &lexicon::RELATIVE) && !doc.word(k).starts_with(char::is_uppercase);
    if let Some(k) = (a + 1..b).find(|&k| relative(k)) {
        let own_subject =
            doc.is_word(k, "that") && (k + 1..b).any(|m| is_pronoun(doc, m) || doc.is_cap(m));
        if !own_subject {
            return (a, k);
        }
    }
    (a, b)
}

/// "Aid agencies including Oxfam and Christian Aid said": the examples after
/// "including" or "such as" belong to the source, which is the plural noun
/// phrase before them.
fn without_examples(doc: &Doc, (a, b): (usize, usize)) -> (usize, usize) {
    let examples = (a + 1..b).find(|&k| {
        doc.is_word(k, "including") || (doc.is_word(k, "such") && doc.is_word(k + 1, "as"))
    });
    match examples {
        Some(k) if plural_head(doc, k - 1) => (a, k),
        _ => (a, b),
    }
}

/// How many tokens back from a cue a list of examples may reach to its
/// "including".
const LIST_REACH: usize = 24;

/// "Aid groups including Oxfam, Save the Children and Christian Aid said": when
/// the words before the cue end a list whose items are split by commas, the
/// token of the "including" (or "such") that opens it after a plural noun.
fn examples_before(doc: &Doc, cue: &CueAt) -> Option<usize> {
    let b = cue.boundary.filter(|&b| doc.kind(b) == Some(Kind::Comma))?;
    // the last item follows "and" or "or" ("… and Christian Aid said")
    let from = cue.j.max(cue.i.saturating_sub(SOURCE_REACH));
    if !(from..cue.i).any(|k| doc.is_word(k, "and") || doc.is_word(k, "or")) {
        return None;
    }
    let stop = b.saturating_sub(LIST_REACH).max(cue.lo);
    let mut k = b;
    while k > stop {
        k -= 1;
        if doc.is_word(k, "including") || (doc.is_word(k, "such") && doc.is_word(k + 1, "as")) {
            return (k > cue.lo && plural_head(doc, k - 1)).then_some(k);
        }
        // items are names and noun phrases, never a clause ("companies such as
        // Yukos had been badly handled, he said")
        if !(doc.np_word(k) || doc.kind(k) == Some(Kind::Comma)) {
            return None;
        }
    }
    None
}

/// The word at `k` is a plural noun that can head a group source ("agencies",
/// "groups", "analysts").
fn plural_head(doc: &Doc, k: usize) -> bool {
    doc.free_word(k)
        && !doc.is_cap(k)
        && (doc.is(k, &lexicon::PERSON_MANY) || doc.is(k, &lexicon::ORG_MANY))
}

/// "the deal failed because Mr. Smith said": the source follows the last
/// subordinator.
fn after_subordinate_clause(doc: &Doc, (a, b): (usize, usize)) -> (usize, usize) {
    match (a..b).rev().find(|&k| doc.is(k, &lexicon::CUTTER)) {
        Some(k) => (k + 1, b),
        None => (a, b),
    }
}

/// "In the 62nd minute Kim Min-Woo conceded", "with Boswell saying": a
/// prepositional phrase opening the words is no part of the source, which
/// starts at the first capitalised word after it.
fn after_opening_preposition(doc: &Doc, (a, b): (usize, usize)) -> (usize, usize) {
    if a < b && doc.is(a, &lexicon::PREPOSITION) {
        if let Some(k) = (a + 1..b).find(|&k| doc.is_cap(k)) {
            return (k, b);
        }
    }
    (a, b)
}

/// "told reporters the report disclosed …": a determiner after a noun starts
/// the subject noun phrase.
fn from_last_determiner(doc: &Doc, (a, b): (usize, usize)) -> (usize, usize) {
    let determiner = (a + 1..b).rev().find(|&k| {
        ["the", "a", "an"].iter().any(|d| doc.is_word(k, d))
            && !doc.is(k - 1, &lexicon::PREPOSITION)
            && !doc.is(k - 1, &lexicon::FILLER)
    });
    (determiner.unwrap_or(a), b)
}

/// "vocal critics who say …", "analysts who have warned …": "who" right before
/// the cue (adverbs and auxiliaries aside), with no comma before it, stands for
/// the person noun or name right before it, which is the source.
fn before_restrictive_who(doc: &Doc, cue: &CueAt) -> Option<(usize, usize)> {
    let mut b = cue.i;
    while b > cue.lo && doc.is(b - 1, &lexicon::BETWEEN) {
        b -= 1;
    }
    let w = b
        .checked_sub(1)
        .filter(|&w| w > cue.lo && doc.is_word(w, "who"))?;
    let head = w - 1;
    let person = doc.is(head, &lexicon::PERSON_MANY)
        || doc.is(head, &lexicon::PERSON_ONE)
        || (doc.free_word(head) && doc.is_cap(head));
    if !person || doc.word(w).starts_with(char::is_uppercase) {
        return None;
    }
    let mut s = head;
    while s > cue.lo && doc.np_word(s - 1) {
        s -= 1;
    }
    while s < head && doc.is(s, &lexicon::NOT_LAST) {
        s += 1;
    }
    Some((s, w))
}

/// "Mr Fitzpatrick, who added that …": the relative pronoun stands for the
/// noun phrase before the comma before it.
fn antecedent(doc: &Doc, cue: &CueAt) -> Option<(usize, usize)> {
    let mut comma = cue.boundary.filter(|&c| doc.kind(c) == Some(Kind::Comma))?;
    // "General Motors Acceptance Corp (GMAC), which has said": the name before its
    // acronym in brackets
    if comma >= 4
        && doc.word(comma - 1) == ")"
        && doc.word(comma - 3) == "("
        && crate::acronyms::is_acronym(doc.word(comma - 2))
    {
        comma -= 3;
    }
    let mut s = comma;
    while s > cue.lo && doc.np_word(s - 1) {
        s -= 1;
    }
    while s < comma && doc.is(s, &lexicon::NOT_LAST) {
        s += 1;
    }
    (s < comma).then_some((s, comma))
}

/// "Elections were criticised as flawed and the opposition claimed": a form of
/// "be" before "and" shows a clause of its own, so the source starts after
/// "and" ("Britain and France said" has none and stays whole).
/// `from` is where the free words before the cue start.
fn after_clause_and(doc: &Doc, (a, b): (usize, usize), from: usize) -> usize {
    match (a..b).rev().find(|&k| doc.is_word(k, "and")) {
        Some(k) if k + 1 < b && (from.min(a)..k).any(|m| doc.is(m, &lexicon::BE)) => k + 1,
        _ => a,
    }
}

/// The start of the source from the last pronoun in the words on, or `None`
/// when words follow the pronoun ("the things he told us": no source).
fn from_pronoun(doc: &Doc, (a, b): (usize, usize)) -> Option<usize> {
    match (a..b).rev().find(|&k| is_pronoun(doc, k)) {
        Some(k) if k + 1 < b => None,
        Some(k) => Some(k),
        None => Some(a),
    }
}

/// How many words a document with its post-modifier may have before its cue ("A US
/// report issued on Tuesday on behalf of a Congressionally-mandated panel said").
const DOCUMENT_REACH: usize = 16;

/// Of more than ten words, only the noun phrase that ends them, unless they open
/// with a document whose post-modifier runs up to the cue (within
/// [`DOCUMENT_REACH`]).
fn last_noun_phrase(doc: &Doc, (a, b): (usize, usize)) -> (usize, usize) {
    let len = b.saturating_sub(a);
    if len <= 10 {
        return (a, b);
    }
    let head = crate::mentions::head(doc, a, b);
    let document = len <= DOCUMENT_REACH
        && head + 1 < b
        && head < a + 4
        && doc.is(head, &lexicon::DOCUMENT)
        && doc.is(head + 1, &lexicon::DOCUMENT_POST_MODIFIER);
    if document {
        return (a, b);
    }
    let mut k = b;
    while k > a && doc.np_word(k - 1) {
        k -= 1;
    }
    (k, b)
}

/// The word before the cue heads the source: a noun, a name or a pronoun,
/// not an adverb or a number ("officials privately said" was stripped before);
/// "daily" and "weekly" after other words are outlets ("The state-run daily said").
fn headed_by_noun(doc: &Doc, (a, b): (usize, usize)) -> Option<(usize, usize)> {
    let outlet = b > a + 1 && doc.is(b - 1, &lexicon::MEDIA_HEAD);
    let adverb_or_number = a < b
        && ((doc.word(b - 1).ends_with("ly") && !outlet)
            || doc.word(b - 1).bytes().all(|c| c.is_ascii_digit()));
    (!adverb_or_number).then_some((a, b))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{frames_in, with_cue};

    /// The source of the frame whose cue is `cue` in `body`.
    fn source(body: &str, cue: &str) -> Option<String> {
        with_cue(body, cue).map(|f| f.0)
    }

    #[test]
    fn an_acronym_spelt_like_a_relative_pronoun_stays_in_the_source() {
        let body = "The World Health Organization (WHO) recommends that salt be iodised.";
        assert_eq!(
            source(body, "recommends").as_deref(),
            Some("The World Health Organization (WHO)")
        );
    }

    #[test]
    fn a_clause_before_and_is_no_part_of_the_source() {
        let body = "The vote was condemned as rigged and the opposition claimed fraud was rife.";
        assert_eq!(source(body, "claimed").as_deref(), Some("the opposition"));
        let body = "Britain and France said the talks would resume.";
        assert_eq!(source(body, "said").as_deref(), Some("Britain and France"));
    }

    #[test]
    fn daily_after_other_words_is_an_outlet_not_an_adverb() {
        let body = "The state-run daily said export earnings were needed.";
        assert_eq!(source(body, "said").as_deref(), Some("The state-run daily"));
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
    fn examples_after_including_are_no_part_of_the_source() {
        let body = "Aid groups including Oxfam, Save the Children and Christian Aid said the \
                    funding was too small.";
        assert_eq!(source(body, "said").as_deref(), Some("Aid groups"));
        let body = "Big lenders such as Barclays and HSBC have warned that rates will rise.";
        assert_eq!(source(body, "warned").as_deref(), Some("Big lenders"));
        // a clause about examples is no list of sources
        let body = "The sale of firms such as Yukos had been badly handled, he said.";
        assert_eq!(source(body, "said").as_deref(), Some("he"));
    }

    #[test]
    fn a_subordinate_clause_before_the_source_is_cut() {
        let body = "The deal failed because Mr. Smith said the price was too high.";
        assert_eq!(source(body, "said").as_deref(), Some("Mr. Smith"));
    }

    #[test]
    fn a_restrictive_who_before_the_cue_stands_for_the_person_noun() {
        let body = "The plan has vocal critics who say it would favour large firms.";
        assert_eq!(source(body, "say").as_deref(), Some("critics"));
        let body = "There are many economists who have warned that rates will rise.";
        assert_eq!(source(body, "warned").as_deref(), Some("many economists"));
        // "which" and things are no speakers
        let body = "It is a law which says that shops must close.";
        assert_ne!(source(body, "says").as_deref(), Some("law"));
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

    #[test]
    fn a_determiner_after_a_noun_starts_the_subject() {
        // Reuters, 1987
        let body = "Senate Republican leader Robert Dole told reporters the report disclosed \
                    \"colossal blunders\".";
        assert_eq!(source(body, "disclosed").as_deref(), Some("the report"));
    }
}
