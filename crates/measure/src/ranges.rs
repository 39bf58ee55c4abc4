//! Number ranges: "between 12 and 20", "from 12 to 20", "12 to 20", "12-20",
//! with the magnitude carried across ("10 to 20 billion" → 1e10..2e10).
//! Lists are not ranges: "5 and 6 kg" without "between" is two numbers.

use crate::lexicon::approx_cues::RANGE_JOINERS;
use crate::numbers::{number_at, Number};
use crate::tokens::Token;
use crate::units::currency_at;

/// The upper end of a range whose lower end is `low`, joined at token `at`.
/// `closer` is the word an opener asks for ("and" after "between").
/// Returns the upper end, with `low` rescaled when the magnitude is written
/// only once.
pub(crate) fn upper_end(
    toks: &[Token],
    low: &mut Number,
    at: usize,
    closer: Option<&str>,
    money: bool,
) -> Option<Number> {
    // "150,000-to-180,000": "to" between two hyphens joins like a hyphen
    let hyphen = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.text == "-" && !t.space_before)
    };
    let at = if closer.is_none()
        && hyphen(at)
        && toks.get(at + 1).is_some_and(|t| t.is("to"))
        && hyphen(at + 2)
    {
        at + 2
    } else {
        at
    };
    let joiner = toks.get(at)?;
    let joined = match closer {
        Some(word) => joiner.is(word),
        None => RANGE_JOINERS
            .iter()
            .any(|j| joiner.text.eq_ignore_ascii_case(j)),
    };
    if !joined {
        return None;
    }
    let mut start = currency_at(toks, at + 1).map_or(at + 1, |c| c.0);
    // "between the tenth and the fifteenth"
    if low.ordinal && toks.get(start).is_some_and(|t| t.is("the")) {
        start += 1;
    }
    // "-" right before digits would read as a minus sign: "10 - 20" and "10-20"
    // both mean a range here, so the upper end is read without it.
    let high = number_at(toks, start, money)?;
    if high.vague || low.vague || high.ordinal != low.ordinal || high.low < 0.0 {
        return None;
    }
    let mut rescaled = *low;
    if high.magnitude > 1.0 && low.magnitude == 1.0 && low.low * high.magnitude <= high.low {
        rescaled.scale(high.magnitude);
    }
    if rescaled.low >= high.low {
        return None;
    }
    *low = rescaled;
    Some(high)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn range(s: &str, closer: Option<&str>) -> Option<(f64, f64)> {
        let toks = tokenize(s);
        let mut low = number_at(&toks, 0, false)?;
        let at = low.last + 1;
        let high = upper_end(&toks, &mut low, at, closer, false)?;
        Some((low.low, high.high))
    }

    #[test]
    fn ranges_carry_magnitudes() {
        assert_eq!(range("10 to 20 billion", None), Some((1e10, 2e10)));
        assert_eq!(range("12-20", None), Some((12.0, 20.0)));
        assert_eq!(range("12 and 20", Some("and")), Some((12.0, 20.0)));
        assert_eq!(range("900 to 1 million", None), Some((900.0, 1e6)));
        assert_eq!(range("5 and 6", None), None);
        assert_eq!(range("3-1", None), None);
    }
}
