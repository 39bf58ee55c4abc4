//! Years and decades written in words: "nineteen seventy-eight", "nineteen
//! oh one", "twenty sixteen", "two thousand and eighteen", "one thousand
//! seven hundred and eighty-nine"; "the seventies", "the nineteen
//! seventies", "the twenty-tens", "the two thousand and tens", "the two
//! thousands", "the noughties".
//!
//! A year read in pairs ("nineteen seventy-eight") is a year wherever a
//! date may stand; a plain cardinal ("two thousand") only when no noun
//! follows it, since "two thousand people" counts people.

use crate::lexicon::time_words::DECADE_WORDS;
use crate::numbers::{cardinal, number_at, Form};
use crate::tokens::Token;

/// Words that may follow a year in words without making it a count.
const AFTER_YEAR: &[&str] = &[
    "to", "until", "till", "through", "and", "or", "when", "before", "after", "in", "on",
];

/// "seventy-eight", "seventy eight", "twelve", "oh one": the second pair of
/// a year. Returns its value and the index past it.
fn second_pair(toks: &[Token], k: usize) -> Option<(i64, usize)> {
    let t = toks.get(k).filter(|t| t.is_word())?;
    if t.is("oh") || t.is("o") || t.is("zero") {
        let u = cardinal(toks.get(k + 1)).filter(|u| (1.0..=9.0).contains(u))?;
        return Some((u as i64, k + 2));
    }
    let v = cardinal(Some(t))? as i64;
    if (10..=19).contains(&v) {
        return Some((v, k + 1));
    }
    if v < 20 || v % 10 != 0 {
        return None;
    }
    let j = k
        + 1
        + usize::from(
            toks.get(k + 1)
                .is_some_and(|d| d.is_dash() && !d.space_before),
        );
    match cardinal(toks.get(j)).filter(|u| (1.0..=9.0).contains(u)) {
        Some(u) => Some((v + u as i64, j + 1)),
        None => Some((v, k + 1)),
    }
}

/// A year read in two pairs: "nineteen seventy-eight", "twenty sixteen".
fn paired_year(toks: &[Token], i: usize) -> Option<(i64, usize)> {
    let century = cardinal(toks.get(i)).filter(|c| (10.0..=20.0).contains(c))? as i64;
    let (rest, end) = second_pair(toks, i + 1)?;
    Some((century * 100 + rest, end))
}

/// A year in words at token `i`, from `min` on, and the index past it.
pub(crate) fn year_words_at(toks: &[Token], i: usize, min: i64) -> Option<(i64, usize)> {
    // cheap test first: a number word
    cardinal(toks.get(i))?;
    if let Some(found) = paired_year(toks, i) {
        return Some(found);
    }
    let n = number_at(toks, i, false)?;
    if n.form != Form::Words || n.vague || n.ordinal || n.fraction || n.low.fract() != 0.0 {
        return None;
    }
    let y = n.low as i64;
    let end = n.last + 1;
    let noun_follows = toks
        .get(end)
        .is_some_and(|t| t.is_word() && !AFTER_YEAR.iter().any(|w| t.is(w)));
    ((min..=2100).contains(&y) && !noun_follows).then_some((y, end))
}

/// A decade word at `k`: its year within the century.
fn decade_word(toks: &[Token], k: usize) -> Option<i64> {
    let t = toks.get(k).filter(|t| t.is_word())?;
    DECADE_WORDS
        .iter()
        .find(|(w, _)| t.text.eq_ignore_ascii_case(w))
        .map(|&(_, d)| d)
}

/// A decade in words at `i` (after "the"): its first year and the index
/// past it. Without a century ("the seventies") the most recent such decade
/// that began by `now`.
pub(crate) fn decade_words_at(toks: &[Token], i: usize, now: Option<i64>) -> Option<(i64, usize)> {
    let t = toks.get(i).filter(|t| t.is_word())?;
    if let Some(d) = decade_word(toks, i) {
        if d == 0 {
            return Some((2000, i + 1));
        }
        if d == 10 {
            return None;
        }
        let year = now.unwrap_or(1999);
        let mut first = year / 100 * 100 + d;
        if first > year {
            first -= 100;
        }
        return Some((first, i + 1));
    }
    let c = cardinal(Some(t))?;
    // "two thousands", "two thousand and tens"
    if c == 2.0 {
        let k = i + 1;
        if toks.get(k).is_some_and(|t| t.is("thousands")) {
            return Some((2000, k + 1));
        }
        if !toks.get(k).is_some_and(|t| t.is("thousand")) {
            return None;
        }
        let k = k + 1 + usize::from(toks.get(k + 1).is_some_and(|t| t.is("and")));
        let d = decade_word(toks, k).filter(|d| *d > 0)?;
        return Some((2000 + d, k + 1));
    }
    // "nineteen seventies", "twenty-tens"
    if !(10.0..=20.0).contains(&c) {
        return None;
    }
    let k = i
        + 1
        + usize::from(
            toks.get(i + 1)
                .is_some_and(|d| d.is_dash() && !d.space_before),
        );
    let d = decade_word(toks, k).filter(|d| *d > 0)?;
    Some((c as i64 * 100 + d, k + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn year(text: &str) -> Option<i64> {
        year_words_at(&tokenize(text), 0, 1000).map(|(y, _)| y)
    }

    #[test]
    fn years_in_words() {
        assert_eq!(year("nineteen seventy-eight"), Some(1978));
        assert_eq!(year("nineteen oh one"), Some(1901));
        assert_eq!(year("twenty sixteen"), Some(2016));
        assert_eq!(year("two thousand and eighteen"), Some(2018));
        assert_eq!(
            year("one thousand seven hundred and eighty nine"),
            Some(1789)
        );
        assert_eq!(year("two thousand people"), None);
        assert_eq!(year("twenty one"), None);
    }

    #[test]
    fn decades_in_words() {
        let d = |s: &str| decade_words_at(&tokenize(s), 0, Some(2016)).map(|(y, _)| y);
        assert_eq!(d("seventies"), Some(1970));
        assert_eq!(d("nineteen seventies"), Some(1970));
        assert_eq!(d("twenty-tens"), Some(2010));
        assert_eq!(d("two thousand and tens"), Some(2010));
        assert_eq!(d("two thousands"), Some(2000));
        assert_eq!(d("noughties"), Some(2000));
    }
}
