//! The grammar of whole numbers written in words, alone or mixed with digits:
//! "one hundred and sixty-one", "twenty-one trillion three hundred",
//! "4 thousand 3 hundred and 21", "three lakh crore", "a hundred thousand",
//! "three dozen", and the ordinals built the same way ("twenty-fifth",
//! "one hundred twenty fifth", "a hundred trillionth").

use crate::numbers::{cardinal, magnitude, ordinal, point_decimals, Form, Number};
use crate::tokens::Token;

/// Position in the grammar, to refuse "two three" or "twenty thirty".
#[derive(Clone, Copy, PartialEq, Eq)]
enum Slot {
    Start,
    Units,
    Teens,
    Tens,
    Hundred,
    Scale,
}

/// The running value: finished scale groups, the hundreds of the group being
/// read, and the part below a hundred.
#[derive(Clone, Copy)]
struct State {
    total: f64,
    hundreds: f64,
    small: f64,
    slot: Slot,
    last: Option<usize>,
    largest_scale: f64,
    scale_just_read: bool,
}

impl State {
    fn value(&self) -> f64 {
        self.total + self.hundreds + self.small
    }

    fn group(&self) -> f64 {
        self.hundreds + self.small
    }
}

/// A whole number of digits that can stand where a number word stands:
/// "3" in "3 hundred and 21". Returns its value.
fn digit_chunk(t: &Token) -> Option<f64> {
    if !t.is_number() || t.text.len() > 3 || !t.text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.text.parse().ok()
}

/// Reads a cardinal (or an ordinal, ending at its ordinal word) at token `i`.
pub(crate) fn cardinal_words(toks: &[Token], i: usize) -> Option<Number> {
    let mut st = State {
        total: 0.0,
        hundreds: 0.0,
        small: 0.0,
        slot: Slot::Start,
        last: None,
        largest_scale: f64::INFINITY,
        scale_just_read: false,
    };
    // the state before an "and", restored if what follows it belongs elsewhere
    let mut before_and: Option<State> = None;
    let mut ordinal_value = false;
    let mut j = i;
    while let Some(t) = toks.get(j) {
        let scale_was_last = std::mem::take(&mut st.scale_just_read);
        let word_value = cardinal(Some(t));
        let digit_value = digit_chunk(t).filter(|_| {
            // digits only where the grammar starts a group: "4 thousand 3 hundred and 21"
            j == i || matches!(st.slot, Slot::Scale) || before_and.is_some()
        });
        if let Some(v) = word_value.or(digit_value) {
            let fits = match st.slot {
                Slot::Start | Slot::Scale => true,
                Slot::Hundred => v < 100.0,
                Slot::Tens => word_value.is_some() && v < 10.0 && v > 0.0,
                Slot::Units | Slot::Teens => false,
            };
            if !fits || (digit_value.is_some() && word_value.is_none() && j != i && v == 0.0) {
                break;
            }
            st.small += v;
            st.slot = if digit_value.is_some() && word_value.is_none() {
                if v >= 100.0 {
                    Slot::Tens
                } else {
                    Slot::Teens
                }
            } else if v >= 20.0 {
                Slot::Tens
            } else if v >= 10.0 || v == 0.0 {
                Slot::Teens
            } else {
                Slot::Units
            };
            st.last = Some(j);
        } else if (t.is("a") || t.is("an")) && j == i {
            let next = toks.get(i + 1);
            if !next.is_some_and(|n| n.is("hundred") || magnitude(Some(n)).is_some()) {
                return None;
            }
            st.small = 1.0;
            st.slot = Slot::Units;
            st.last = Some(j);
        } else if t.is("hundred") {
            if !matches!(st.slot, Slot::Units | Slot::Teens | Slot::Tens) || st.hundreds > 0.0 {
                break;
            }
            st.hundreds = st.small * 100.0;
            st.small = 0.0;
            st.slot = Slot::Hundred;
            st.last = Some(j);
        } else if t.is("dozen")
            || t.is("dozens")
            || t.is("doz")
            || t.is("dozs")
            || t.is("dz")
            || t.is("dzs")
        {
            if !matches!(st.slot, Slot::Units | Slot::Teens | Slot::Tens) {
                break;
            }
            st.small *= 12.0;
            st.last = Some(j);
            break;
        } else if let Some(s) = magnitude(Some(t)).filter(|&s| s >= 1e3) {
            if st.slot == Slot::Start {
                break;
            }
            if scale_was_last && s > st.largest_scale {
                // "three lakh crore", "a thousand million": scales multiply
                st.total *= s;
                st.largest_scale = s;
            } else if st.slot == Slot::Scale || s >= st.largest_scale {
                break;
            } else {
                st.total += st.group() * s;
                st.largest_scale = s;
            }
            st.hundreds = 0.0;
            st.small = 0.0;
            st.slot = Slot::Scale;
            st.scale_just_read = true;
            st.last = Some(j);
        } else if let Some(v) = ordinal(Some(t)) {
            let fits = match st.slot {
                Slot::Start | Slot::Hundred | Slot::Scale => true,
                Slot::Tens => !(10.0..100.0).contains(&v),
                Slot::Units | Slot::Teens => v >= 100.0,
            };
            if !fits {
                break;
            }
            if v >= 100.0 {
                let group = st.group().max(1.0) * v;
                st.hundreds = 0.0;
                st.small = group;
            } else {
                st.small += v;
            }
            ordinal_value = true;
            st.last = Some(j);
            break;
        } else if t.is("and") && matches!(st.slot, Slot::Hundred | Slot::Scale) {
            // "one hundred and six": only if a number follows
            let next = toks.get(j + 1);
            let number_follows = cardinal(next).is_some_and(|v| v > 0.0)
                || ordinal(next).is_some()
                || next
                    .and_then(digit_chunk)
                    .is_some_and(|v| v > 0.0 && v < 100.0);
            if !number_follows {
                break;
            }
            before_and = Some(st);
        } else if t.is_dash() {
            // "twenty-one", "fifty - two"
            if st.slot != Slot::Tens
                || !(cardinal(toks.get(j + 1)).is_some_and(|v| v > 0.0 && v < 10.0)
                    || ordinal(toks.get(j + 1)).is_some_and(|v| v < 10.0))
            {
                break;
            }
        } else {
            break;
        }
        j += 1;
    }
    // "3 hundred and 2 hundred": the "and" joined two numbers, not one
    if let Some(saved) = before_and {
        // ... or "and three quarters" is the fractional part of a mixed number
        let stopped_on_scale = toks.get(j).is_some_and(|t| {
            t.is("hundred")
                || magnitude(Some(t)).is_some_and(|s| s >= 1e3)
                || t.is_word() && crate::fractions::denominator_word(Some(t)).is_some()
        });
        if stopped_on_scale && !ordinal_value {
            st = saved;
        }
    }
    let mut last = st.last?;
    let mut value = st.value();
    if !ordinal_value {
        if let Some((frac, end)) = point_decimals(toks, last + 1) {
            value += frac;
            last = end;
        }
    }
    let form = if toks[i].is_number() {
        Form::Digits
    } else {
        Form::Words
    };
    let mut n = Number::new(i, last, value, form);
    n.ordinal = ordinal_value;
    if st.largest_scale.is_finite() {
        n.magnitude = st.largest_scale;
    }
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn read(s: &str) -> Option<(f64, String)> {
        let toks = tokenize(s);
        let n = cardinal_words(&toks, 0)?;
        Some((n.low, s[toks[n.first].start..toks[n.last].end].to_string()))
    }

    #[test]
    fn digits_and_words_mix() {
        assert_eq!(read("3 hundred and 21 yuan").unwrap().0, 321.0);
        assert_eq!(read("4 thousand 3 hundred and 21").unwrap().0, 4321.0);
        assert_eq!(
            read("3 hundred and 2 hundred").unwrap(),
            (300.0, "3 hundred".into())
        );
        assert_eq!(read("6 crore and two hundred").unwrap().0, 60_000_200.0);
        assert_eq!(read("three lakh crore").unwrap().0, 3e12);
        assert_eq!(read("three hundred and two dozens").unwrap().0, 324.0);
        assert_eq!(read("a hundred trillionth").unwrap().0, 1e14);
    }
}
