//! Phrases of time around a source ("On Monday, …", "in 2019") that are no part of it.

use super::*;

/// A year written in four digits ("2004").
pub(crate) fn is_year(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
}

/// A phrase of time opening at `s` with a word after it before `e`
/// (`lexicon::TIME_OPENER`, then a month, a day or `lexicon::TIME_NOUN` in lower
/// case, and perhaps a year): the token after it.
pub(crate) fn time_phrase_end(doc: &Doc, s: usize, e: usize) -> Option<usize> {
    // "Last week", not the programme "Last Week Tonight"
    let time = |k: usize| {
        doc.is(k, &lexicon::CALENDAR) || (doc.is(k, &lexicon::TIME_NOUN) && !doc.is_cap(k))
    };
    if s + 2 >= e || !doc.is(s, &lexicon::TIME_OPENER) || !time(s + 1) {
        return None;
    }
    Some(if is_year(doc, s + 2) { s + 3 } else { s + 2 })
}

/// "In December the House of Lords, the UK's highest court, ruled": a time phrase
/// ([`time_phrase_end`]) that opens the words `s..e` with no comma after it is no
/// part of the name; the first token after it, or `s`.
pub(crate) fn past_opening_time(doc: &Doc, (s, e): (usize, usize)) -> usize {
    match time_phrase_end(doc, s, e) {
        Some(k) if k < e && (doc.is_cap(k) || doc.is_word(k, "the")) => k,
        _ => s,
    }
}

/// The token after a phrase of time at `k` ([`time_phrase_end`]) and the comma that
/// closes it ("On Wednesday, …", "In March 2004, …"), or `k`.
pub(super) fn past_time_and_comma(doc: &Doc, k: usize, hi: usize) -> usize {
    match time_phrase_end(doc, k, hi) {
        Some(t) if t < hi && doc.kind(t) == Some(Kind::Comma) => t + 1,
        _ => k,
    }
}
