//! The grammar of whole numbers written in words, alone or mixed with digits:
//! "one hundred and sixty-one", "twenty-one trillion three hundred",
//! "4 thousand 3 hundred and 21", "three lakh crore", "a hundred thousand",
//! "three dozen", and the ordinals built the same way ("twenty-fifth",
//! "one hundred twenty fifth", "a hundred trillionth").
//!
//! A [`Reader`] walks the tokens one word at a time. Each kind of word (a
//! number, "a", "hundred", "dozen", a scale word, an ordinal, "and", a dash)
//! has its own method, which updates the running value and says with a
//! [`Step`] whether the number goes on; [`Reader::finish`] turns what was read
//! into a [`Number`].

use crate::lexicon::magnitudes::DOZENS;
use crate::lexicon::number_words::ARTICLES_FOR_ONE;
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

    /// Below a hundred and still open: "twenty", "three", "3".
    fn after_small(&self) -> bool {
        matches!(self.slot, Slot::Units | Slot::Teens | Slot::Tens)
    }
}

/// What one word does to the number being read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    /// The word belongs to the number: read the next one.
    Next,
    /// The number ends before this word.
    Stop,
    /// The word is the number's last ("three dozen", "twenty-fifth").
    Last,
    /// No number starts here: "a" before neither "hundred" nor a scale word.
    NoNumber,
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
    let mut reader = Reader::new(toks, i);
    while let Some(t) = toks.get(reader.j) {
        match reader.word(t) {
            Step::Next => reader.j += 1,
            Step::Stop | Step::Last => break,
            Step::NoNumber => return None,
        }
    }
    reader.finish()
}

/// A number in words being read from token `first`, one word at a time.
struct Reader<'a, 't> {
    toks: &'a [Token<'t>],
    first: usize,
    /// The token being read.
    j: usize,
    st: State,
    /// The state before an "and", restored if what follows it belongs elsewhere.
    before_and: Option<State>,
    /// The number ended at an ordinal word.
    ordinal: bool,
}

impl<'a, 't> Reader<'a, 't> {
    fn new(toks: &'a [Token<'t>], first: usize) -> Self {
        Reader {
            toks,
            first,
            j: first,
            st: State {
                total: 0.0,
                hundreds: 0.0,
                small: 0.0,
                slot: Slot::Start,
                last: None,
                largest_scale: f64::INFINITY,
                scale_just_read: false,
            },
            before_and: None,
            ordinal: false,
        }
    }

    /// Reads token `self.j`, `t`, by its kind of word.
    fn word(&mut self, t: &Token) -> Step {
        let scale_was_last = std::mem::take(&mut self.st.scale_just_read);
        let word_value = cardinal(Some(t));
        // digits only where the grammar starts a group: "4 thousand 3 hundred and 21"
        let digit_value = digit_chunk(t).filter(|_| {
            self.j == self.first || self.st.slot == Slot::Scale || self.before_and.is_some()
        });
        if let Some(v) = word_value.or(digit_value) {
            self.number(v, word_value.is_none())
        } else if self.j == self.first && ARTICLES_FOR_ONE.iter().any(|a| t.is(a)) {
            self.article()
        } else if t.is("hundred") {
            self.hundred()
        } else if DOZENS.iter().any(|d| t.is(d)) {
            self.dozen()
        } else if let Some(s) = magnitude(Some(t)).filter(|&s| s >= 1e3) {
            self.scale(s, scale_was_last)
        } else if let Some(v) = ordinal(Some(t)) {
            self.ordinal(v)
        } else if t.is("and") && matches!(self.st.slot, Slot::Hundred | Slot::Scale) {
            self.and()
        } else if t.is_dash() {
            self.dash()
        } else {
            Step::Stop
        }
    }

    /// A number word ("twenty", "three", "zero") or a group of up to three
    /// digits (`digits`), worth `v`.
    fn number(&mut self, v: f64, digits: bool) -> Step {
        let st = &mut self.st;
        let fits = match st.slot {
            Slot::Start | Slot::Scale => true,
            Slot::Hundred => v < 100.0,
            Slot::Tens => !digits && v < 10.0 && v > 0.0,
            Slot::Units | Slot::Teens => false,
        };
        if !fits || (digits && self.j != self.first && v == 0.0) {
            return Step::Stop;
        }
        st.small += v;
        st.slot = if digits {
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
        st.last = Some(self.j);
        Step::Next
    }

    /// "a" or "an" as the first word: one, if "hundred" or a scale word
    /// follows ("a hundred", "a thousand").
    fn article(&mut self) -> Step {
        let next = self.toks.get(self.first + 1);
        if !next.is_some_and(|n| n.is("hundred") || magnitude(Some(n)).is_some()) {
            return Step::NoNumber;
        }
        self.st.small = 1.0;
        self.st.slot = Slot::Units;
        self.st.last = Some(self.j);
        Step::Next
    }

    /// "hundred" after a number below a hundred, once per group.
    fn hundred(&mut self) -> Step {
        let st = &mut self.st;
        if !st.after_small() || st.hundreds > 0.0 {
            return Step::Stop;
        }
        st.hundreds = st.small * 100.0;
        st.small = 0.0;
        st.slot = Slot::Hundred;
        st.last = Some(self.j);
        Step::Next
    }

    /// "dozen" after a number below a hundred ends it: "three dozen".
    fn dozen(&mut self) -> Step {
        let st = &mut self.st;
        if !st.after_small() {
            return Step::Stop;
        }
        st.small *= 12.0;
        st.last = Some(self.j);
        Step::Last
    }

    /// A scale word from a thousand up, `s`: closes a group ("two thousand
    /// three hundred"), or multiplies the scale right before it.
    fn scale(&mut self, s: f64, scale_was_last: bool) -> Step {
        let st = &mut self.st;
        if st.slot == Slot::Start {
            return Step::Stop;
        }
        if scale_was_last && s > st.largest_scale {
            // "three lakh crore", "a thousand million": scales multiply
            st.total *= s;
            st.largest_scale = s;
        } else if st.slot == Slot::Scale || s >= st.largest_scale {
            return Step::Stop;
        } else {
            st.total += st.group() * s;
            st.largest_scale = s;
        }
        st.hundreds = 0.0;
        st.small = 0.0;
        st.slot = Slot::Scale;
        st.scale_just_read = true;
        st.last = Some(self.j);
        Step::Next
    }

    /// An ordinal word worth `v` ends the number: "twenty-fifth", "a
    /// hundred trillionth".
    fn ordinal(&mut self, v: f64) -> Step {
        let st = &mut self.st;
        let fits = match st.slot {
            Slot::Start | Slot::Hundred | Slot::Scale => true,
            Slot::Tens => !(10.0..100.0).contains(&v),
            Slot::Units | Slot::Teens => v >= 100.0,
        };
        if !fits {
            return Step::Stop;
        }
        if v >= 100.0 {
            let group = st.group().max(1.0) * v;
            st.hundreds = 0.0;
            st.small = group;
        } else {
            st.small += v;
        }
        self.ordinal = true;
        st.last = Some(self.j);
        Step::Last
    }

    /// "and" after "hundred" or a scale word: "one hundred and six", only if
    /// a number follows.
    fn and(&mut self) -> Step {
        let next = self.toks.get(self.j + 1);
        let number_follows = cardinal(next).is_some_and(|v| v > 0.0)
            || ordinal(next).is_some()
            || next
                .and_then(digit_chunk)
                .is_some_and(|v| v > 0.0 && v < 100.0);
        if !number_follows {
            return Step::Stop;
        }
        self.before_and = Some(self.st);
        Step::Next
    }

    /// A dash between tens and units: "twenty-one", "fifty - two", "twenty-fifth".
    fn dash(&mut self) -> Step {
        let next = self.toks.get(self.j + 1);
        let units_follow = cardinal(next).is_some_and(|v| v > 0.0 && v < 10.0)
            || ordinal(next).is_some_and(|v| v < 10.0);
        if self.st.slot != Slot::Tens || !units_follow {
            return Step::Stop;
        }
        Step::Next
    }

    /// The number read, with decimals after it ("two point five"), once the
    /// reader stopped at token `self.j`.
    fn finish(mut self) -> Option<Number> {
        self.undo_joining_and();
        let toks = self.toks;
        let mut last = self.st.last?;
        let mut value = self.st.value();
        if !self.ordinal {
            if let Some((frac, end)) = point_decimals(toks, last + 1) {
                value += frac;
                last = end;
            }
        }
        let form = if toks[self.first].is_number() {
            Form::Digits
        } else {
            Form::Words
        };
        let mut n = Number::new(self.first, last, value, form);
        n.ordinal = self.ordinal;
        if self.st.largest_scale.is_finite() {
            n.magnitude = self.st.largest_scale;
        }
        Some(n)
    }

    /// "3 hundred and 2 hundred": the "and" joined two numbers, not one, or
    /// "and three quarters" is the fractional part of a mixed number; the
    /// number ends before the "and".
    fn undo_joining_and(&mut self) {
        let Some(saved) = self.before_and else {
            return;
        };
        let stopped_on_scale = self.toks.get(self.j).is_some_and(|t| {
            t.is("hundred")
                || magnitude(Some(t)).is_some_and(|s| s >= 1e3)
                || t.is_word() && crate::fractions::denominator_word(Some(t)).is_some()
        });
        if stopped_on_scale && !self.ordinal {
            self.st = saved;
        }
    }
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

    #[test]
    fn number_words_follow_the_grammar() {
        assert_eq!(
            read("twenty-one trillion three hundred").unwrap().0,
            21e12 + 300.0
        );
        assert_eq!(read("one hundred and sixty-one").unwrap().0, 161.0);
        // "two three" and "twenty thirty" are two numbers
        assert_eq!(read("two three").unwrap(), (2.0, "two".into()));
        assert_eq!(read("twenty thirty").unwrap(), (20.0, "twenty".into()));
    }

    #[test]
    fn an_article_counts_one_only_before_hundred_or_a_scale() {
        assert_eq!(read("a hundred thousand").unwrap().0, 1e5);
        assert_eq!(read("a thousand million").unwrap().0, 1e9);
        assert_eq!(read("a man"), None);
    }

    #[test]
    fn dozen_and_ordinals_end_the_number() {
        assert_eq!(
            read("three dozen eggs").unwrap(),
            (36.0, "three dozen".into())
        );
        let toks = tokenize("twenty-fifth anniversary");
        let n = cardinal_words(&toks, 0).unwrap();
        assert_eq!((n.low, n.ordinal, n.last), (25.0, true, 2));
    }

    #[test]
    fn and_or_dash_without_a_number_after_them_is_left_out() {
        assert_eq!(
            read("one hundred and counting").unwrap(),
            (100.0, "one hundred".into())
        );
        assert_eq!(read("twenty - two").unwrap().0, 22.0);
        assert_eq!(read("twenty-year").unwrap(), (20.0, "twenty".into()));
    }
}
