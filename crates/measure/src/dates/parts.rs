//! Reading the parts of a date at a token: a month name, a day, a year
//! (written, deictic or in words), a quarter or half.

use super::*;

/// Month names that are also common words: only months next to a day, a
/// year or a preposition.
pub(super) const AMBIGUOUS_MONTHS: &[&str] = &["may", "march", "mar", "jan", "sun", "aug", "dec"];

/// Prepositions and modifiers that mark a bare month name as a month.
pub(super) const MONTH_LEADS: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "during",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "of",
    "through",
    "from",
    "to",
    "before",
    "after",
    "between",
    "and",
    "or",
    "starting",
    "beginning",
    "end",
];

/// The month named at token `i`, and the index past it (and its period).
pub(super) fn month_at(toks: &[Token], i: usize) -> Option<(i64, usize)> {
    let t = toks.get(i).filter(|t| t.is_word())?;
    let m = month_number(t.text)?;
    let mut end = i + 1;
    if toks
        .get(end)
        .is_some_and(|d| d.is_punct('.') && !d.space_before)
        && t.text.len() <= 4
    {
        end += 1;
    }
    Some((i64::from(m), end))
}

/// A month name written as one: capitalised, and if it is also a common
/// word ("May"), next to a number or after a preposition; in lower case
/// ("in june") after a preposition, or `anchored` by a day or year after it.
pub(super) fn real_month(toks: &[Token], i: usize, end: usize, anchored: bool) -> bool {
    let t = &toks[i];
    let next_is_number = toks
        .get(end)
        .is_some_and(|n| n.is_number() || n.is_punct('-') || n.is_punct('/'));
    if next_is_number || anchored {
        return true;
    }
    let deictic = i > 0 && ["last", "next", "this"].iter().any(|w| toks[i - 1].is(w));
    let lead = i > 0 && MONTH_LEADS.iter().any(|l| toks[i - 1].is(l));
    let ambiguous = AMBIGUOUS_MONTHS.iter().any(|a| t.is(a));
    if t.is_capitalized() {
        !ambiguous || lead
    } else {
        deictic || lead && !ambiguous
    }
}

/// A day of the month at token `i`: "30", "30th", "twenty-first". Returns the
/// day and the index past it.
pub(super) fn day_at(toks: &[Token], i: usize) -> Option<(i64, usize)> {
    let t = toks.get(i)?;
    if t.is_number() {
        if t.text.len() > 2 || t.text.contains(['.', ',']) {
            return None;
        }
        let d: i64 = t.text.parse().ok()?;
        let mut end = i + 1;
        if toks
            .get(end)
            .is_some_and(|s| !s.space_before && ["st", "nd", "rd", "th"].iter().any(|o| s.is(o)))
        {
            end += 1;
        }
        // "11:27" is a clock time; "5/17/2018" a numeric date read elsewhere
        let glued = |k: usize| toks.get(k).filter(|x| !x.space_before);
        if glued(end).is_some_and(|s| s.is_punct(':'))
            || (glued(end).is_some_and(|s| s.is_punct('/') || s.is_punct('-'))
                && glued(end + 1).is_some_and(|x| x.is_number())
                && glued(end + 2).is_some_and(|s| s.is_punct('/') || s.is_punct('-')))
        {
            return None;
        }
        return (1..=31).contains(&d).then_some((d, end));
    }
    // cheap test first: a number word
    if t.is_word()
        && (crate::numbers::cardinal(Some(t)).is_some()
            || crate::numbers::ordinal(Some(t)).is_some())
    {
        let n = number_at(toks, i, false)?;
        let d = n.low;
        if n.fraction || n.vague || d.fract() != 0.0 || !(1.0..=31.0).contains(&d) {
            return None;
        }
        return Some((d as i64, n.last + 1));
    }
    None
}

/// A four-digit year at token `i`: 1000..=2100.
pub(super) fn year_at(toks: &[Token], i: usize) -> Option<(i64, usize)> {
    let t = toks.get(i).filter(|t| t.is_number() && t.text.len() == 4)?;
    let y: i64 = t.text.parse().ok()?;
    (1000..=2100).contains(&y).then_some((y, i + 1))
}

/// A year in digits or words at `k`: "2015", "nineteen seventy-eight".
pub(super) fn any_year_at(toks: &[Token], k: usize) -> Option<(i64, usize)> {
    year_at(toks, k).or_else(|| year_words_at(toks, k, 1000))
}

/// ", 2015" or " 2015" after a day or month, in digits or words.
pub(super) fn year_after(toks: &[Token], k: usize) -> Option<(i64, usize)> {
    if toks.get(k).is_some_and(|t| t.is_punct(',')) {
        if let Some(found) = any_year_at(toks, k + 1) {
            return Some(found);
        }
    }
    any_year_at(toks, k)
}

/// "next year", "last year", "this year" at `k`: the year meant and the
/// index past it.
pub(super) fn deictic_year(cx: &Context, k: usize) -> Option<(Option<i64>, usize)> {
    let toks = &cx.toks;
    let offset = match toks.get(k) {
        Some(t) if t.is("next") || t.is("coming") || t.is("following") => 1,
        Some(t) if t.is("last") || t.is("previous") || t.is("past") => -1,
        Some(t) if t.is("this") || t.is("current") => 0,
        _ => return None,
    };
    toks.get(k + 1).filter(|t| t.is("year"))?;
    Some((cx.published.map(|p| i64::from(p.year()) + offset), k + 2))
}

/// The year a period names after it: "2015", "of 2015", "of nineteen
/// ninety-nine", "next year", "of last year". `None` when none follows;
/// `Some(None)` for a relative year without a publication date.
pub(crate) fn year_of_period(cx: &Context, k: usize) -> Option<(Option<i64>, usize)> {
    let of = cx.toks.get(k).is_some_and(|t| t.is("of"));
    let at = k + usize::from(of);
    if let Some((y, end)) = any_year_at(&cx.toks, at) {
        return Some((Some(y), end));
    }
    deictic_year(cx, at)
}

/// "Q3", "third quarter", "third-quarter" at `i`: the quarter and the index past it.
pub(super) fn quarter_word(toks: &[Token], i: usize) -> Option<(i64, usize)> {
    let t = toks.get(i)?;
    if let Some(q) = letter_number(toks, i, "Q") {
        return (1..=4).contains(&q).then_some((q, i + 2));
    }
    // cheap test first: an ordinal
    if !t.is_number() && crate::numbers::ordinal(Some(t)).is_none() {
        return None;
    }
    let n = number_at(toks, i, false).filter(|n| n.ordinal)?;
    let mut k = n.last + 1;
    if toks.get(k).is_some_and(|d| d.is_dash() && !d.space_before) {
        k += 1;
    }
    if !toks.get(k).is_some_and(|w| w.is("quarter")) {
        return None;
    }
    let q = n.low as i64;
    (1..=4).contains(&q).then_some((q, k + 1))
}

/// "H1", "first half", "second-half" at `i`: the half and the index past it.
pub(super) fn half_word(toks: &[Token], i: usize) -> Option<(i64, usize)> {
    if let Some(h) = letter_number(toks, i, "H") {
        return (1..=2).contains(&h).then_some((h, i + 2));
    }
    let h = crate::numbers::ordinal(toks.get(i)).filter(|h| (1.0..=2.0).contains(h))?;
    let k = i
        + 1
        + usize::from(
            toks.get(i + 1)
                .is_some_and(|d| d.is_dash() && !d.space_before),
        );
    toks.get(k).filter(|w| w.is("half"))?;
    Some((h as i64, k + 1))
}

/// "Q3", "H1": a capital letter glued to a one-digit number.
pub(super) fn letter_number(toks: &[Token], i: usize, letter: &str) -> Option<i64> {
    let t = toks.get(i)?;
    if !t.is_word() || !t.text.eq_ignore_ascii_case(letter) {
        return None;
    }
    let n = toks
        .get(i + 1)
        .filter(|n| n.is_number() && !n.space_before && n.text.len() == 1)?;
    n.text.parse().ok()
}
