//! Fractions in words and ratios: "two thirds", "one hundred thirty fifths"
//! (100/35), "a twenty-first", "five and a half", "two million and three
//! fifths", "1 over 3", "one out of three", "1 in 5".
//!
//! A spoken fraction is a numerator followed by an ordinal denominator, and
//! the same words can often be split two ways. The reading kept is the one
//! with the longest denominator whose two halves are both well formed, where
//! a denominator of a hundred or more must start with "one" or "a" ("one
//! hundred fifth"), as speakers say it. A part after "and" that is smaller
//! than the denominator is the fractional part of a mixed number
//! ("one hundred and three quarters" = 100.75), not a numerator.

use crate::cardinals::cardinal_words;
use crate::exclusions::looks_like_year;
use crate::numbers::{cardinal, fraction, fraction_context, magnitude, ordinal, Form, Number};
use crate::tokens::Token;
use crate::units::unit_at;
use claimkit_core::QuantityKind;

/// How far a spoken fraction may reach, in tokens.
const REACH: usize = 14;

/// The denominator a word names: "fifths" → 5, "quarter" → 4, "twentieth" → 20.
pub(crate) fn denominator_word(t: Option<&Token>) -> Option<f64> {
    fraction(t).or_else(|| {
        let t = t?;
        let singular = t.text.strip_suffix('s').unwrap_or(t.text);
        crate::numbers::ORDINAL_INDEX.get(singular)
    })
}

fn is_plural(t: &Token) -> bool {
    t.text.ends_with('s') || t.text.ends_with('S')
}

/// "a fifth", "one twenty-fifth", "three twenty firsts", "one hundred thirty
/// fifths", "ninety - five hundred-fifths", "a hundred trillionths".
pub(crate) fn word_fraction(toks: &[Token], i: usize) -> Option<Number> {
    // the first denominator word of the run of number words
    let mut e = None;
    for (k, t) in toks.iter().enumerate().skip(i + 1).take(REACH) {
        let numberish = t.is_word()
            && (cardinal(Some(t)).is_some()
                || ordinal(Some(t)).is_some()
                || magnitude(Some(t)).is_some()
                || t.is("hundred")
                || t.is("and"))
            || t.is_dash();
        if denominator_word(Some(t)).is_some() && t.is_word() {
            e = Some(k);
            break;
        }
        if !numberish {
            return None;
        }
    }
    let e = e?;
    for s in i + 1..=e {
        let Some(den) = denominator(toks, s, e) else {
            continue;
        };
        let num_end = if toks[s - 1].is_dash() { s - 1 } else { s };
        if num_end == i {
            continue;
        }
        let num = if num_end == i + 1 && (toks[i].is("a") || toks[i].is("an")) {
            1.0
        } else {
            let Some(n) = cardinal_words(&toks[..num_end], i)
                .filter(|n| !n.ordinal && n.last + 1 == num_end && n.form == Form::Words)
            else {
                continue;
            };
            // "one hundred and three quarters" is a mixed number
            if let Some(and) = (i..num_end).rev().find(|&k| toks[k].is("and")) {
                let part = cardinal_words(&toks[..num_end], and + 1).map_or(0.0, |p| p.low);
                if part < den {
                    return None;
                }
            }
            n.low
        };
        if num != 1.0 && !is_plural(&toks[e]) {
            continue;
        }
        // "a third round" is an ordinal; "a third of", "one eighth." are fractions
        if num == 1.0 && !is_plural(&toks[e]) && !fraction_context(toks, e + 1) {
            return None;
        }
        let mut n = Number::new(i, e, num / den, Form::Words);
        n.fraction = true;
        return Some(n);
    }
    None
}

/// The denominator spelled by tokens `s..=e`, if they spell one.
fn denominator(toks: &[Token], s: usize, e: usize) -> Option<f64> {
    if s == e {
        return denominator_word(toks.get(e));
    }
    let first = &toks[s];
    if !first.is_word() || first.is("and") {
        return None;
    }
    // "twenty fifths", "twenty-first", "one hundred fifth", "one thousand fifths"
    let singular_end = denominator_word(toks.get(e))?;
    let _ = singular_end;
    let n = cardinal_words_to_ordinal(toks, s, e)?;
    if n >= 100.0 && !(first.is("one") || first.is("a") || first.is("an")) {
        return None;
    }
    Some(n)
}

/// The ordinal value of tokens `s..=e` read as one compound ordinal, with a
/// plural last word read as its singular.
fn cardinal_words_to_ordinal(toks: &[Token], s: usize, e: usize) -> Option<f64> {
    let n = cardinal_words(&toks[..=e], s)?;
    if n.ordinal && n.last == e {
        return Some(n.low);
    }
    // a plural ordinal ("fifths") is not in the ordinal table: read the words
    // before it and add the ordinal's value
    if n.ordinal || n.last + 1 > e {
        return None;
    }
    let mut k = n.last + 1;
    if toks[k].is_dash() {
        k += 1;
    }
    if k != e {
        return None;
    }
    let unit = denominator_word(toks.get(e))?;
    let before = n.low;
    let tens_then_unit = (20.0..100.0).contains(&before) && before % 10.0 == 0.0 && unit < 10.0;
    let group_then_unit = before >= 100.0 && (before % 100.0 == 0.0) && unit < 100.0;
    let scale_then_unit = before >= 1000.0 && unit < 1000.0;
    if tens_then_unit || group_then_unit || scale_then_unit {
        Some(before + unit)
    } else if unit >= 100.0 && before < 100.0 && fraction(toks.get(e)).is_none() {
        Some(before * unit)
    } else {
        None
    }
}

/// "and a half", "and three quarters", "and fifty-four hundredths" after a
/// whole number; after a scale of a million or more the fraction is of that
/// scale ("two million and a half"), and a scale after the fraction applies
/// to it ("one billion and a quarter million").
pub(crate) fn fraction_tail(toks: &[Token], n: &mut Number) {
    let and = n.last + 1;
    if !toks.get(and).is_some_and(|t| t.is("and")) {
        return;
    }
    let (count, den_at) = if toks.get(and + 1).is_some_and(|t| t.is("a") || t.is("an")) {
        (1.0, and + 2)
    } else if let Some(c) =
        cardinal_words(toks, and + 1).filter(|c| !c.ordinal && c.form == Form::Words)
    {
        (c.low, c.last + 1)
    } else {
        return;
    };
    let Some(den) = denominator_word(toks.get(den_at)) else {
        return;
    };
    if !toks[den_at].is_word() || is_plural(&toks[den_at]) != (count > 1.0) || count >= den {
        return;
    }
    let mut frac = count / den;
    let mut last = den_at;
    let scaled = magnitude(toks.get(n.last)).filter(|&m| m >= 1e6);
    if let Some(m) = magnitude(toks.get(den_at + 1)).filter(|&m| m >= 1e3 && scaled.is_some()) {
        frac *= m;
        last = den_at + 1;
    } else if let Some(m) = scaled {
        frac *= m;
    }
    n.low += frac;
    n.high = n.low;
    n.last = last;
    n.fraction = true;
}

/// A ratio after the whole number `n`: "1 over 3", "one out of three",
/// "1 in 5". "over" needs a bare number after it ("$2000 over 3 years" is a
/// period); "out of" and "in" need a part smaller than the whole ("12 in six
/// boxes" is two numbers) and no year after "in".
pub(crate) fn ratio_after(toks: &[Token], n: &Number, money: bool) -> Option<Number> {
    if money || n.ordinal || n.vague || n.fraction {
        return None;
    }
    if let Some(r) = written_ratio(toks, n) {
        return Some(r);
    }
    let k = n.last + 1;
    let (word, at) = match toks.get(k) {
        Some(t) if t.is("over") => ("over", k + 1),
        Some(t) if t.is("in") => ("in", k + 1),
        Some(t) if t.is("out") && toks.get(k + 1).is_some_and(|o| o.is("of")) => ("out", k + 2),
        _ => return None,
    };
    let m = crate::numbers::plain_number_at(toks, at)?;
    if m.ordinal || m.vague || m.fraction || m.low <= 0.0 {
        return None;
    }
    let unit = unit_at(toks, m.last + 1, true);
    match word {
        "over" if unit.is_some() => return None,
        "in" if looks_like_year(toks, &m)
            || unit.is_some_and(|u| u.kind != QuantityKind::Count)
            || n.low >= m.low
            || n.low.fract() != 0.0 =>
        {
            return None
        }
        "out" if n.low >= m.low => return None,
        _ => {}
    }
    let mut r = Number::new(n.first, m.last, n.low / m.low, n.form);
    r.fraction = true;
    Some(r)
}

/// Nouns after "N-M" that make it a ratio ("a 70-30 split", "a 50-50 chance")
/// rather than a score ("won 2-1") or a range ("200-250 troops").
const RATIO_NOUNS: &[&str] = &[
    "chance",
    "chances",
    "split",
    "ratio",
    "odds",
    "basis",
    "majority",
    "margin",
    "stake",
    "partnership",
    "venture",
    "mix",
];

/// A ratio written with signs: "3:1" (a one-digit second term, so that "3:15" stays a
/// clock time), "2-to-1", and "70-30" before a noun of [`RATIO_NOUNS`].
fn written_ratio(toks: &[Token], n: &Number) -> Option<Number> {
    if n.form != Form::Digits || n.first != n.last {
        return None;
    }
    let k = n.last + 1;
    let glued = |j: usize| toks.get(j).is_some_and(|t| !t.space_before);
    let term = |j: usize| {
        toks.get(j)
            .filter(|t| t.is_number() && glued(j) && t.text.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|t| t.text.parse::<f64>().ok())
            .filter(|&v| v > 0.0)
    };
    let sep = toks.get(k).filter(|_| glued(k))?;
    let (m, last) = if sep.is_punct(':') {
        let m = term(k + 1).filter(|_| toks[k + 1].text.len() == 1)?;
        (m, k + 1)
    } else if sep.is_dash() && toks.get(k + 1).is_some_and(|t| t.is("to")) && glued(k + 1) {
        // "2-to-1"
        let dash = toks.get(k + 2).filter(|t| t.is_dash() && glued(k + 2));
        (term(k + 3).filter(|_| dash.is_some())?, k + 3)
    } else if sep.is_dash() {
        let m = term(k + 1).filter(|&m| m <= n.low)?;
        let noun = toks
            .get(k + 2)
            .is_some_and(|t| RATIO_NOUNS.iter().any(|w| t.is(w)));
        if !noun {
            return None;
        }
        (m, k + 1)
    } else {
        return None;
    };
    // "3:1:2" and "2-1-0" are codes or scores
    if toks
        .get(last + 1)
        .is_some_and(|t| !t.space_before && (t.is_punct(':') || t.is_dash()))
    {
        return None;
    }
    let mut r = Number::new(n.first, last, n.low / m, Form::Digits);
    r.ratio = true;
    Some(r)
}
