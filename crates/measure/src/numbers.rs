//! Reading one number at a token: digits ("1,200", "3.5", "1.2bn", "3/4",
//! "21st"), words ("twenty-one", "a dozen", "two thirds", "third"), vague
//! amounts ("dozens", "hundreds of thousands") and the magnitudes after them
//! ("2 million", "10 bln").

use crate::cardinals::cardinal_words;
use crate::fractions::{fraction_tail, ratio_after, word_fraction};
use crate::lexicon::magnitudes::{MAGNITUDES, SUFFIXES};
use crate::lexicon::number_words::{
    CARDINALS, FRACTIONS, NEGATIVE_WORDS, ORDINALS, VAGUE, VAGUE_PHRASES, VULGAR_FRACTIONS,
};
use crate::lexicon::WordIndex;
use crate::phrase::PhraseTable;
use crate::tokens::{lower, Token};
use claimkit_core::QuantityKind;
use std::sync::LazyLock;

static CARDINAL: LazyLock<WordIndex<f64>> = LazyLock::new(|| WordIndex::new(CARDINALS));
pub(crate) static ORDINAL_INDEX: LazyLock<WordIndex<f64>> =
    LazyLock::new(|| WordIndex::new(ORDINALS));
static FRACTION: LazyLock<WordIndex<f64>> = LazyLock::new(|| WordIndex::new(FRACTIONS));
static MAGNITUDE: LazyLock<WordIndex<f64>> = LazyLock::new(|| WordIndex::new(MAGNITUDES));

/// How a number was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    /// In digits: "12", "1.2bn".
    Digits,
    /// In words: "twelve", "a dozen".
    Words,
}

/// A number read from the tokens `first..=last`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Number {
    pub first: usize,
    pub last: usize,
    pub low: f64,
    /// Equal to `low` except for vague amounts ("dozens" → 24..144).
    pub high: f64,
    pub form: Form,
    pub vague: bool,
    pub ordinal: bool,
    pub fraction: bool,
    /// A ratio of two numbers: "3:1", "2-to-1".
    pub ratio: bool,
    /// The factor a magnitude word or suffix applied (1 when none).
    pub magnitude: f64,
}

impl Number {
    pub(crate) fn new(first: usize, last: usize, value: f64, form: Form) -> Number {
        Number {
            first,
            last,
            low: value,
            high: value,
            form,
            vague: false,
            ordinal: false,
            fraction: false,
            ratio: false,
            magnitude: 1.0,
        }
    }

    /// Multiplies the value, as a magnitude word does.
    pub fn scale(&mut self, factor: f64) {
        self.low *= factor;
        self.high *= factor;
        self.magnitude *= factor;
    }
}

/// Lower-case lookup of a word token in a table.
pub(crate) fn lookup(map: &WordIndex<f64>, token: Option<&Token>) -> Option<f64> {
    let t = token.filter(|t| t.is_word())?;
    map.get(t.text)
}

pub(crate) fn cardinal(t: Option<&Token>) -> Option<f64> {
    lookup(&CARDINAL, t)
}

pub(crate) fn ordinal(t: Option<&Token>) -> Option<f64> {
    lookup(&ORDINAL_INDEX, t)
}

/// A calendar period word: "week", "months", "quarter".
pub(crate) fn period_word(t: Option<&Token>) -> bool {
    t.is_some_and(|t| {
        t.is_word()
            && crate::lexicon::time_words::PERIODS
                .iter()
                .any(|(w, _)| t.is(w))
    })
}

pub(crate) fn fraction(t: Option<&Token>) -> Option<f64> {
    lookup(&FRACTION, t)
}

pub(crate) fn magnitude(t: Option<&Token>) -> Option<f64> {
    lookup(&MAGNITUDE, t)
}

/// Reads the number starting at token `i`. `money` says a currency sign came
/// first, so that "1.2m" reads as 1.2 million rather than 1.2 metres.
pub(crate) fn number_at(toks: &[Token], i: usize, money: bool) -> Option<Number> {
    let n = signed_number_at(toks, i, money)?;
    Some(ratio_after(toks, &n, money).unwrap_or(n))
}

/// A number without a ratio after it: the second half of "1 over 3".
pub(crate) fn plain_number_at(toks: &[Token], i: usize) -> Option<Number> {
    signed_number_at(toks, i, false)
}

fn signed_number_at(toks: &[Token], i: usize, money: bool) -> Option<Number> {
    let t = toks.get(i)?;
    if t.is_dash() && !toks.get(i + 1).is_some_and(|n| n.space_before) {
        // "-1.5": a minus sign glued to the digits.
        let mut n = digits_at(toks, i + 1, money)?;
        n.first = i;
        n.low = -n.low;
        n.high = -n.high;
        return Some(n);
    }
    if t.is_punct('+') && toks.get(i + 1).is_some_and(|n| !n.space_before) {
        // "+1.4%": a plus sign glued to the digits (a stated rise).
        let mut n = digits_at(toks, i + 1, money)?;
        n.first = i;
        return Some(n);
    }
    if t.is_word() && NEGATIVE_WORDS.iter().any(|w| t.is(w)) {
        let mut n = signed_number_at(toks, i + 1, money)?;
        if n.ordinal || n.vague {
            return None;
        }
        n.first = i;
        n.low = -n.low;
        n.high = -n.high;
        return Some(n);
    }
    if t.is_number() {
        return digits_at(toks, i, money);
    }
    if t.is_word() {
        return vague_at(toks, i).or_else(|| words_at(toks, i));
    }
    vulgar_at(toks, i)
}

/// "½", "⅔": a fraction written as one character.
fn vulgar_at(toks: &[Token], i: usize) -> Option<Number> {
    let t = toks.get(i)?;
    let &(_, v) = VULGAR_FRACTIONS.iter().find(|(c, _)| *c == t.text)?;
    let mut n = Number::new(i, i, v, Form::Digits);
    n.fraction = true;
    Some(n)
}

fn parse_digits(text: &str) -> Option<f64> {
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
fn glued(toks: &[Token], i: usize) -> bool {
    toks.get(i).is_some_and(|t| !t.space_before)
}

fn digits_at(toks: &[Token], i: usize, money: bool) -> Option<Number> {
    let t = toks.get(i).filter(|t| t.is_number())?;
    if let Some(n) = decimal_comma(toks, i, money) {
        return Some(n);
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
fn decimal_comma(toks: &[Token], i: usize, money: bool) -> Option<Number> {
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
fn decimal_comma_value(toks: &[Token], i: usize) -> Option<f64> {
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
fn fraction_digits(toks: &[Token], i: usize, integer: bool, mut n: Number) -> Option<Number> {
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
fn glued_suffix(
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
const METRE_EVENTS: &[&str] = &[
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
fn currency_word(toks: &[Token], k: usize) -> bool {
    crate::units::unit_at(toks, k, false).is_some_and(|u| u.kind == QuantityKind::Money)
}

/// A plural counted noun at token `k` after "1m": the "m" means million ("1m people").
fn millions_counted(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        t.space_before
            && crate::units::is_counted_noun(t)
            && crate::units::is_plural(t)
            && !METRE_EVENTS.iter().any(|e| t.is(e))
    })
}

/// "1.1^23", "2.5^-1", "1.3x10^6": a power written with a caret.
fn power(toks: &[Token], n: &mut Number) {
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
fn exponent(toks: &[Token], k: usize) -> Option<(i32, usize)> {
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
fn digit_fraction(toks: &[Token], i: usize) -> Option<f64> {
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
fn spaced_suffix(toks: &[Token], n: &mut Number) {
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
fn magnitudes_after(toks: &[Token], n: &mut Number) {
    while let Some(f) = magnitude(toks.get(n.last + 1)) {
        // "dozens" after a number multiplies ("3 dozens"); alone it is vague.
        n.scale(f);
        n.last += 1;
    }
}

/// Vague amounts: "dozens", "several", "hundreds of thousands", "a couple of".
fn vague_at(toks: &[Token], i: usize) -> Option<Number> {
    static PHRASES: LazyLock<PhraseTable<(f64, f64)>> = LazyLock::new(|| {
        let rows: Vec<(&'static str, (f64, f64))> =
            VAGUE_PHRASES.iter().map(|&(p, l, h)| (p, (l, h))).collect();
        PhraseTable::new(rows.leak())
    });
    if let Some((end, (low, high))) = PHRASES.first(toks, i) {
        {
            let mut n = Number::new(i, end - 1, low, Form::Words);
            n.high = high;
            n.vague = true;
            return Some(n);
        }
    }
    let t = &toks[i];
    let mut buf = [0u8; 32];
    let w = lower(t.text, &mut buf);
    // "several hundred thousand bpd": two to nine times the magnitude
    if w == "several" || w == "few" && i >= 1 && toks[i - 1].is("a") {
        let mut n = Number::new(i, i, 1.0, Form::Words);
        magnitudes_after(toks, &mut n);
        if n.last > i {
            let m = n.magnitude;
            (n.low, n.high, n.vague) = (2.0 * m, 9.0 * m, true);
            return Some(n);
        }
    }
    let &(_, low, high) = VAGUE.iter().find(|(v, _, _)| *v == w)?;
    let mut n = Number::new(i, i, low, Form::Words);
    n.high = high;
    n.vague = true;
    // "hundreds of thousands", "tens of millions"
    if toks.get(i + 1).is_some_and(|t| t.is("of")) {
        if let Some(&(_, l2, _)) = toks
            .get(i + 2)
            .and_then(|t| VAGUE.iter().find(|(v, _, _)| t.is(v) && *v != "several"))
        {
            // the lower end of the band names its magnitude: "thousands" 1,000..
            let f = l2;
            n.low *= f;
            n.high *= f;
            n.last = i + 2;
        }
    }
    if w == "tens" && n.last == i {
        return None;
    }
    Some(n)
}

/// Numbers in words: "twenty-one", "one hundred and six", "a dozen",
/// "two thirds", "a third", "third", "half a million", "five and a half
/// million", "two thirds of a million".
fn words_at(toks: &[Token], i: usize) -> Option<Number> {
    let t = &toks[i];
    if t.is("a") || t.is("an") {
        if toks.get(i + 1).is_some_and(|n| n.is("dozens")) {
            return None;
        }
        if let Some(f) = word_fraction(toks, i) {
            return Some(of_a_magnitude(toks, f));
        }
        let mut n = cardinal_words(toks, i)?;
        fraction_tail(toks, &mut n);
        return Some(n);
    }
    if t.is("half") || t.is("quarter") {
        // "half a million", "half a dozen", "half million", "quarter million"
        let share = if t.is("half") { 0.5 } else { 0.25 };
        let k = if toks.get(i + 1).is_some_and(|t| t.is("a")) {
            i + 2
        } else {
            i + 1
        };
        if let Some(f) = magnitude(toks.get(k)).filter(|&f| t.is("half") || f >= 1e3) {
            let mut n = Number::new(i, k, share * f, Form::Words);
            n.magnitude = f;
            return Some(n);
        }
        if t.is("quarter") {
            return None;
        }
        let mut n = Number::new(i, i, 0.5, Form::Words);
        n.fraction = true;
        return Some(n);
    }
    if let Some(f) = word_fraction(toks, i) {
        return Some(of_a_magnitude(toks, f));
    }
    let mut n = cardinal_words(toks, i)?;
    if !n.ordinal {
        fraction_tail(toks, &mut n);
        // "five and a half million"
        if n.fraction && n.magnitude == 1.0 {
            magnitudes_after(toks, &mut n);
        }
    }
    Some(n)
}

/// "two thirds of a million": a fraction of a magnitude.
fn of_a_magnitude(toks: &[Token], mut n: Number) -> Number {
    let k = n.last + 1;
    if toks.get(k).is_some_and(|t| t.is("of")) && toks.get(k + 1).is_some_and(|t| t.is("a")) {
        if let Some(m) = magnitude(toks.get(k + 2)).filter(|&m| m >= 1e3) {
            n.scale(m);
            n.last = k + 2;
        }
    }
    n
}

/// After a singular fraction word: "a third of", "one eighth.", end of text,
/// or a magnitude ("a quarter million").
pub(crate) fn fraction_context(toks: &[Token], k: usize) -> bool {
    match toks.get(k) {
        None => true,
        Some(t) => t.is("of") || (t.kind == crate::tokens::Kind::Punct && !t.is_dash()),
    }
}

/// "point zero three", "point seventy-one": the decimals after "point".
pub(crate) fn point_decimals(toks: &[Token], k: usize) -> Option<(f64, usize)> {
    if !toks.get(k).is_some_and(|t| t.is("point")) {
        return None;
    }
    // digit by digit ("point zero three") ...
    let mut digits = String::new();
    let mut j = k + 1;
    while let Some(v) = cardinal(toks.get(j)).filter(|v| *v < 10.0) {
        digits.push(char::from(b'0' + v as u8));
        j += 1;
    }
    if digits.len() > 1 || (digits.len() == 1 && cardinal(toks.get(j)).is_none()) {
        let frac: f64 = format!("0.{digits}").parse().ok()?;
        return Some((frac, j - 1));
    }
    // ... or as one number ("point seventy-one", "point eleven")
    let n = cardinal_words(toks, k + 1).filter(|n| !n.ordinal && n.low < 1000.0)?;
    let width = format!("{}", n.low as u64).len() as i32;
    Some((n.low / 10f64.powi(width), n.last))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn read(s: &str) -> Option<(f64, f64, bool, String)> {
        let toks = tokenize(s);
        let n = number_at(&toks, 0, false)?;
        let text = s[toks[n.first].start..toks[n.last].end].to_string();
        Some((n.low, n.high, n.ordinal, text))
    }

    #[test]
    fn digits_with_grouping_and_magnitudes() {
        assert_eq!(read("1,200 troops").unwrap().0, 1200.0);
        assert_eq!(read("1.2bn").unwrap().0, 1.2e9);
        assert_eq!(read("2 million barrels").unwrap().0, 2e6);
        assert_eq!(read("10 bln dlrs").unwrap().0, 1e10);
        assert_eq!(read("-9.5").unwrap().0, -9.5);
        assert_eq!(read("3/4").unwrap().0, 0.75);
        assert_eq!(read("2 1/4").unwrap().0, 2.25);
        assert!(read("9/11").is_some_and(|n| n.0 == 9.0));
    }

    #[test]
    fn a_decimal_comma_before_an_amount() {
        let value = |s: &str| read(s).map(|n| (n.0, n.3));
        assert_eq!(value("3,5% a year"), Some((3.5, "3,5".into())));
        assert_eq!(value("0,75 per cent"), Some((0.75, "0,75".into())));
        assert_eq!(value("1,4 mln families"), Some((1.4e6, "1,4 mln".into())));
        assert_eq!(value("2,5bn euros"), Some((2.5e9, "2,5bn".into())));
        // thousands, a list, or no amount after it: no decimal comma
        assert_eq!(value("3,500 cars"), Some((3500.0, "3,500".into())));
        assert_eq!(value("3,5 and 7"), Some((3.0, "3".into())));
        assert_eq!(value("1,2,3%"), Some((1.0, "1".into())));
        // a unit after it, or the other end of a range
        assert_eq!(value("2,50 euros"), Some((2.5, "2,50".into())));
        assert_eq!(value("3,5 km"), Some((3.5, "3,5".into())));
        assert_eq!(value("2,5 to 3,5 percent"), Some((2.5, "2,5".into())));
        assert_eq!(value("1,2-1,5 million"), Some((1.2, "1,2".into())));
        assert_eq!(value("2,5-3%"), Some((2.5, "2,5".into())));
    }

    #[test]
    fn words() {
        assert_eq!(
            read("twenty-one trillion three hundred").unwrap().0,
            21_000_000_000_300.0
        );
        assert_eq!(read("one hundred and sixty-one").unwrap().0, 161.0);
        assert_eq!(read("two hundred and two thousand").unwrap().0, 202_000.0);
        assert_eq!(read("a dozen countries").unwrap().0, 12.0);
        assert_eq!(read("three dozen eggs").unwrap().0, 36.0);
        assert_eq!(read("two thirds").unwrap().0, 2.0 / 3.0);
        assert_eq!(read("a third of").unwrap().0, 1.0 / 3.0);
        assert_eq!(read("one and a half").unwrap().0, 1.5);
        assert_eq!(read("half a million").unwrap().0, 5e5);
        assert_eq!(
            read("twenty-fifth").unwrap(),
            (25.0, 25.0, true, "twenty-fifth".into())
        );
        assert!(read("third round").unwrap().2);
        assert!(read("a third round").is_none());
    }

    #[test]
    fn vague_amounts_are_ranges() {
        assert_eq!(read("dozens of people").unwrap().0, 24.0);
        let (low, high, _, text) = read("hundreds of thousands of people").unwrap();
        assert_eq!(
            (low, high, text.as_str()),
            (1e5, 1e6, "hundreds of thousands")
        );
    }
}
