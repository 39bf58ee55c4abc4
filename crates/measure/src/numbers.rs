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

mod digits;

use digits::*;

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
