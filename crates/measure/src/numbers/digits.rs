//! Numbers written in digits: grouping, decimal points and commas ("3,5%"), fractions
//! and vulgar fractions, suffixes glued or spaced ("5bn", "5 mln"), powers of ten, and the
//! magnitude words after them.

use super::*;

/// "½", "⅔": a fraction written as one character.
pub(super) fn vulgar_at(toks: &[Token], i: usize) -> Option<Number> {
    let t = toks.get(i)?;
    let &(_, v) = VULGAR_FRACTIONS.iter().find(|(c, _)| *c == t.text)?;
    let mut n = Number::new(i, i, v, Form::Digits);
    n.fraction = true;
    Some(n)
}

pub(super) fn parse_digits(text: &str) -> Option<f64> {
    if !text.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        let plain: String = text
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        plain.parse().ok()
    } else {
        text.parse().ok()
    }
}

/// Glued to the previous token: no space between.
pub(super) fn glued(toks: &[Token], i: usize) -> bool {
    toks.get(i).is_some_and(|t| !t.space_before)
}

pub(super) fn digits_at(toks: &[Token], i: usize, money: bool) -> Option<Number> {
    let t = toks.get(i).filter(|t| t.is_number())?;
    if let Some(n) = decimal_comma(toks, i, money) {
        return Some(n);
    }
    // "3,5-3,5%": the "5" after a decimal comma is that number's decimals, never a
    // number of its own (a range that reads as none leaves it behind)
    if i >= 2 && decimal_comma(toks, i - 2, money).is_some() {
        return None;
    }
    let value = parse_digits(t.text)?;
    let integer = !t.text.contains('.');
    let mut n = Number::new(i, i, value, Form::Digits);
    if let Some(mixed) = fraction_digits(toks, i, integer, n) {
        return Some(mixed);
    }
    if glued(toks, i + 1) {
        if let Some(done) = glued_suffix(toks, i, integer, money, &mut n) {
            return Some(done);
        }
    }
    if n.last == i {
        if let Some(mut whole) = cardinal_words(toks, i).filter(|w| w.last > i) {
            fraction_tail(toks, &mut whole);
            return Some(whole);
        }
        magnitudes_after(toks, &mut n);
        if money && n.last == i {
            spaced_suffix(toks, &mut n);
        }
        power(toks, &mut n);
        if let Some(v) = vulgar_at(toks, i + 1).filter(|_| glued(toks, i + 1) && integer) {
            n.low += v.low;
            n.high = n.low;
            n.last = i + 1;
            n.fraction = true;
        }
    }
    Some(n)
}

/// A decimal comma, as much of the world writes it: "3,5%", "1,4 mln", "2,50 euros",
/// "€2,50". Read only where the comma cannot group thousands (one or two digits after
/// it) and an amount follows: a unit (percent, currency, measure), a magnitude, money
/// before it, or the other end of a range written the same way ("2,5 to 3,5%",
/// "1,2-1,5 million"). "3,5 and 7" stays two numbers.
pub(super) fn decimal_comma(toks: &[Token], i: usize, money: bool) -> Option<Number> {
    let value = decimal_comma_value(toks, i)?;
    let amount = |k: usize| {
        crate::units::unit_at(toks, k, false).is_some()
            || toks.get(k).is_some_and(|t| {
                (!t.space_before && SUFFIXES.iter().any(|(w, _)| *w == t.text))
                    || magnitude(Some(t)).is_some()
            })
    };
    // the other end of a range: "2,5 to 3,5%", "1,2-1,5 million", "2,5-3%"
    let joiner = toks.get(i + 3);
    let plain_end = toks
        .get(i + 4)
        .is_some_and(|t| t.is_number() && !t.text.contains(','));
    let range_end = joiner.is_some_and(|t| t.is_dash() || t.is("to") || t.is("and"))
        && decimal_comma_value(toks, i + 4).is_some()
        && amount(i + 7)
        || joiner.is_some_and(|t| t.is_dash() || t.is("to")) && plain_end && amount(i + 5);
    if !(money || amount(i + 3) || range_end) {
        return None;
    }
    let mut n = Number::new(i, i + 2, value, Form::Digits);
    if glued(toks, i + 3) {
        if let Some(done) = glued_suffix(toks, i + 2, false, money, &mut n) {
            return Some(done);
        }
    }
    if n.last == i + 2 {
        magnitudes_after(toks, &mut n);
        if money && n.last == i + 2 {
            spaced_suffix(toks, &mut n);
        }
    }
    Some(n)
}

/// The value of digits, a comma and one or two digits at `i` ("3,5" → 3.5), when they are
/// not part of a longer list of numbers ("1,2,3").
pub(super) fn decimal_comma_value(toks: &[Token], i: usize) -> Option<f64> {
    let digits = |t: &&Token| t.is_number() && t.text.bytes().all(|b| b.is_ascii_digit());
    let whole = toks.get(i).filter(digits).filter(|t| t.text.len() <= 3)?;
    toks.get(i + 1)
        .filter(|c| c.is_punct(',') && !c.space_before)?;
    let decimals = toks
        .get(i + 2)
        .filter(digits)
        .filter(|d| !d.space_before && d.text.len() <= 2)?;
    let glued_comma = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.is_punct(',') && !t.space_before)
    };
    if i > 0 && !whole.space_before && glued_comma(i - 1) || glued_comma(i + 3) {
        return None;
    }
    format!("{}.{}", whole.text, decimals.text).parse().ok()
}

/// The digits at `i` as a fraction or a mixed number: "3/8", wire copy's "16-3/8",
/// "2 1/4".
pub(super) fn fraction_digits(
    toks: &[Token],
    i: usize,
    integer: bool,
    mut n: Number,
) -> Option<Number> {
    let mixed = |mut n: Number, frac: f64, last: usize| {
        n.low += frac;
        n.high = n.low;
        n.last = last;
        n.fraction = true;
        n
    };
    if let Some(frac) = digit_fraction(toks, i) {
        n.low = 0.0;
        return Some(mixed(n, frac, i + 2));
    }
    // "16-3/8 pct": wire copy writes a mixed number with a hyphen
    if integer
        && toks.get(i + 1).is_some_and(|d| d.is_dash())
        && glued(toks, i + 1)
        && glued(toks, i + 2)
    {
        if let Some(frac) = digit_fraction(toks, i + 2).filter(|&f| f < 1.0) {
            return Some(mixed(n, frac, i + 4));
        }
    }
    // "2 1/4"
    if integer && !glued(toks, i + 1) {
        if let Some(frac) = digit_fraction(toks, i + 1).filter(|&f| f < 1.0) {
            return Some(mixed(n, frac, i + 3));
        }
    }
    None
}

/// A word glued to the digits at `i`: an ordinal suffix or an exponent (the number
/// is complete: returned), or a magnitude suffix ("10k", "1.2bn", "£1m"; applied to `n`).
pub(super) fn glued_suffix(
    toks: &[Token],
    i: usize,
    integer: bool,
    money: bool,
    n: &mut Number,
) -> Option<Number> {
    let suffix = toks.get(i + 1).filter(|s| s.is_word())?.text;
    if integer
        && ["st", "nd", "rd", "th"]
            .iter()
            .any(|o| suffix.eq_ignore_ascii_case(o))
    {
        n.last = i + 1;
        n.ordinal = true;
        return Some(*n);
    }
    if let Some((exp, end)) = exponent(toks, i + 1) {
        n.low *= 10f64.powi(exp);
        n.high = n.low;
        n.last = end;
        return Some(*n);
    }
    if let Some(&(_, f)) = SUFFIXES.iter().find(|(w, _)| *w == suffix) {
        n.scale(f);
        n.last = i + 1;
    } else if suffix == "m"
        && (money || millions_counted(toks, i + 2) || currency_word(toks, i + 2))
    {
        // "£1m", "1m people", "5m tonnes"; "100m sprint" stays metres
        n.scale(1e6);
        n.last = i + 1;
    }
    None
}

/// Events measured in metres whose names are plural ("100m hurdles").
pub(super) const METRE_EVENTS: &[&str] = &[
    "hurdles",
    "relay",
    "freestyle",
    "butterfly",
    "breaststroke",
    "backstroke",
    "medley",
    "steeplechase",
    "runners",
    "sprinters",
    "swimmers",
    "races",
];

/// A currency word at token `k` after "550m": "550m euros" is money, not metres.
pub(super) fn currency_word(toks: &[Token], k: usize) -> bool {
    crate::units::unit_at(toks, k, false).is_some_and(|u| u.kind == QuantityKind::Money)
}

/// A plural counted noun at token `k` after "1m": the "m" means million ("1m people").
pub(super) fn millions_counted(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        t.space_before
            && crate::units::is_counted_noun(t)
            && crate::units::is_plural(t)
            && !METRE_EVENTS.iter().any(|e| t.is(e))
    })
}

/// "1.1^23", "2.5^-1", "1.3x10^6": a power written with a caret.
pub(super) fn power(toks: &[Token], n: &mut Number) {
    let mut k = n.last + 1;
    let mut times_ten = false;
    // "1.3x10^6"
    if toks
        .get(k)
        .is_some_and(|t| (t.is("x") || t.text == "×") && !t.space_before)
        && toks
            .get(k + 1)
            .is_some_and(|t| t.text == "10" && !t.space_before)
    {
        times_ten = true;
        k += 2;
    }
    if !toks
        .get(k)
        .is_some_and(|t| t.is_punct('^') && !t.space_before)
    {
        return;
    }
    let mut j = k + 1;
    let mut sign = 1.0;
    while let Some(s) = toks
        .get(j)
        .filter(|t| !t.space_before && (t.is_punct('+') || t.is_dash()))
    {
        if s.is_dash() {
            sign = -sign;
        }
        j += 1;
    }
    let Some(e) = toks
        .get(j)
        .filter(|t| t.is_number() && !t.space_before)
        .and_then(|t| t.text.parse::<f64>().ok())
    else {
        return;
    };
    let exp = sign * e;
    let v = if times_ten {
        n.low * 10f64.powf(exp)
    } else {
        n.low.signum() * n.low.abs().powf(exp)
    };
    n.low = v;
    n.high = v;
    n.last = j;
}

/// "e10", "e+14", "E-1" glued after digits: a power of ten.
pub(super) fn exponent(toks: &[Token], k: usize) -> Option<(i32, usize)> {
    let e = toks.get(k).filter(|t| t.text == "e" || t.text == "E")?;
    let _ = e;
    let mut j = k + 1;
    let mut sign = 1;
    if let Some(s) = toks
        .get(j)
        .filter(|t| !t.space_before && (t.is_punct('+') || t.is_dash()))
    {
        sign = if s.is_punct('+') { 1 } else { -1 };
        j += 1;
    }
    let d = toks
        .get(j)
        .filter(|t| t.is_number() && !t.space_before && t.text.len() <= 3)?;
    let v: i32 = d.text.parse().ok()?;
    Some((sign * v, j))
}

/// "3/4" at `i`, glued, with a small denominator (so "9/11" stays a name and
/// "5/17/2018" a date).
pub(super) fn digit_fraction(toks: &[Token], i: usize) -> Option<f64> {
    let (a, slash, b) = (toks.get(i)?, toks.get(i + 1)?, toks.get(i + 2)?);
    if !(a.is_number()
        && (slash.is_punct('/') || slash.is_punct('\u{2044}'))
        && b.is_number()
        && glued(toks, i + 1)
        && glued(toks, i + 2))
    {
        return None;
    }
    if toks
        .get(i + 3)
        .is_some_and(|t| t.is_punct('/') && !t.space_before)
        || i > 0 && toks[i - 1].is_punct('/') && !a.space_before
    {
        return None;
    }
    let (num, den): (u32, u32) = (a.text.parse().ok()?, b.text.parse().ok()?);
    (num < den && matches!(den, 2..=10 | 12 | 16 | 32 | 64 | 100)).then(|| num as f64 / den as f64)
}

/// After an amount of money, a capital magnitude letter set off by a space ("$7.9 B",
/// "€40 M"): the suffix of [`SUFFIXES`], when no word follows that it could be the
/// initial of ("$5 B shares" stays five dollars).
pub(super) fn spaced_suffix(toks: &[Token], n: &mut Number) {
    let Some(t) = toks
        .get(n.last + 1)
        .filter(|t| t.space_before && t.is_word())
    else {
        return;
    };
    if !matches!(t.text, "B" | "M" | "K" | "MM" | "BN" | "TN") {
        return;
    }
    let after = toks.get(n.last + 2);
    if after.is_some_and(|a| a.is_word() && !a.space_before)
        || after.is_some_and(|a| a.is("shares"))
    {
        return;
    }
    let Some(&(_, f)) = SUFFIXES
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(t.text))
    else {
        return;
    };
    n.scale(f);
    n.last += 1;
}

/// Applies magnitude words after `n`: "2 million", "three hundred thousand".
pub(super) fn magnitudes_after(toks: &[Token], n: &mut Number) {
    while let Some(f) = magnitude(toks.get(n.last + 1)) {
        // "dozens" after a number multiplies ("3 dozens"); alone it is vague.
        n.scale(f);
        n.last += 1;
    }
}
