//! Numbers that are not quantities: parts of names ("TU-22", "Boeing 737",
//! "World War Two"), dates ("Sept. 30", "2015", "the 1930s"), clock times
//! ("11:27", "3 p.m."), and codes ("+1-222-2222", "5/17/2018").

use crate::lexicon::month_number;
use crate::lexicon::not_quantity::{
    ANCHORS_AFTER, ANCHORS_BEFORE, CLOCK_WORDS, DESIGNATORS, NOT_COUNTED, PERIOD_UNITS,
    STREET_WORDS,
};
use crate::numbers::{Form, Number};
use crate::tokens::{lower, Kind, Token};

/// Words before a bare four-digit number that make it a year.
const YEAR_LEADS: &[&str] = &[
    "in", "since", "by", "until", "till", "during", "from", "of", "before", "after", "year",
    "fiscal", "mid", "early", "late", "through", "spring", "summer", "autumn", "fall", "winter",
    "season", "the", "and", "to", "between", "for",
];

fn word_in(t: Option<&Token>, list: &[&str]) -> bool {
    let Some(t) = t.filter(|t| t.is_word()) else {
        return false;
    };
    let mut buf = [0u8; 32];
    list.contains(&lower(t.text, &mut buf))
}

/// A capitalised month name (news capitalises months; "may" and "march" in
/// lower case are other words).
pub(crate) fn is_month(t: Option<&Token>) -> bool {
    t.is_some_and(|t| t.is_word() && t.is_capitalized() && month_number(t.text).is_some())
}

/// The number is glued to a name or code on its left: "TU-22", "F-16", "G20",
/// "+1", "2015-11-17", "11:27".
fn glued_left(toks: &[Token], n: &Number) -> bool {
    let i = n.first;
    let t = &toks[i];
    if i == 0 || t.space_before {
        return false;
    }
    let prev = &toks[i - 1];
    match prev.kind {
        Kind::Word => true,
        Kind::Number => true,
        Kind::Punct => {
            let joiner = matches!(
                prev.text,
                "-" | "–" | "/" | ":" | "." | "+" | "#" | "'" | "’"
            );
            joiner
                && (prev.text == "+"
                    || prev.text == "#"
                    || (i >= 2 && !prev.space_before && toks[i - 2].kind != Kind::Punct))
        }
    }
}

/// Something glued on the right makes the number a code, a time or a date:
/// "11:27", "5/17", "4G", "1930s", "2015-11".
fn glued_right(toks: &[Token], n: &Number, unit_glued: bool) -> bool {
    let Some(next) = toks.get(n.last + 1).filter(|t| !t.space_before) else {
        return false;
    };
    // "4G", "3D": one capital letter glued to the digits is a code, not a unit
    let code_letter = next.text.len() == 1 && next.text.bytes().all(|b| b.is_ascii_uppercase());
    match next.kind {
        Kind::Word => !unit_glued || code_letter,
        Kind::Number => true,
        Kind::Punct => {
            matches!(next.text, ":" | "/" | "'" | "’")
                && toks
                    .get(n.last + 2)
                    .is_some_and(|t| !t.space_before && t.kind != Kind::Punct)
                || (matches!(next.text, "-" | "–")
                    && toks
                        .get(n.last + 2)
                        .is_some_and(|t| t.is_number() && !t.space_before))
        }
    }
}

/// A clock time: "3 p.m.", "10 am", "0800 GMT".
fn clock_after(toks: &[Token], n: &Number) -> bool {
    let k = n.last + 1;
    if !word_in(toks.get(k), CLOCK_WORDS) {
        return false;
    }
    let t = &toks[k];
    if t.is("a") || t.is("p") || t.is("o") {
        // "a.m.", "p.m.", "o'clock"
        return toks.get(k + 1).is_some_and(|d| {
            (d.is_punct('.') || d.is_punct('\'') || d.is_punct('’')) && !d.space_before
        }) && toks.get(k + 2).is_some_and(|m| m.is("m") || m.is("clock"));
    }
    true
}

/// A month name right before ("Sept. 30", "Nov 17") or after ("30 September",
/// "30th of September").
fn date_context(toks: &[Token], n: &Number) -> bool {
    let i = n.first;
    let before = (i >= 1 && is_month(toks.get(i - 1)))
        || (i >= 2
            && is_month(toks.get(i - 2))
            && toks[i - 1].kind == Kind::Punct
            && matches!(toks[i - 1].text, "." | "-" | "/"));
    let k = n.last + 1;
    let after = is_month(toks.get(k))
        || (toks.get(k).is_some_and(|t| t.is("of")) && is_month(toks.get(k + 1)));
    before || after
}

/// A bare four-digit integer that reads as a year.
pub(crate) fn looks_like_year(toks: &[Token], n: &Number) -> bool {
    if n.form != Form::Digits || n.first != n.last || n.low.fract() != 0.0 {
        return false;
    }
    let t = &toks[n.first];
    t.text.len() == 4 && (1000.0..=2100.0).contains(&n.low)
}

/// What surrounds a number in its mention.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Surroundings {
    /// A unit or counted noun follows.
    pub has_unit: bool,
    /// A currency sign precedes.
    pub money: bool,
    /// The token glued on the right is the unit ("20km").
    pub unit_glued: bool,
    /// The number is the lower end of a range: the joiner on its right is expected.
    pub range_low: bool,
    /// The number is the upper end of a range: the joiner on its left is expected.
    pub range_high: bool,
    /// The other end of a range is not a year, so neither is this one ("1000-5000").
    pub not_years: bool,
}

/// A period anchored to the story's date, which the times table reads: "over the
/// next five years", "18 months ago", "12 months later". `first..end` are the
/// mention's tokens, `unit` its canonical unit.
pub(crate) fn anchored_period(
    toks: &[Token],
    first: usize,
    end: usize,
    unit: Option<&str>,
) -> bool {
    if !unit.is_some_and(|u| PERIOD_UNITS.contains(&u)) {
        return false;
    }
    (first >= 1 && word_in(toks.get(first - 1), ANCHORS_BEFORE))
        || word_in(toks.get(end), ANCHORS_AFTER)
}

/// A number in a list of days after a month: "April 1, 2 and 3", "February 21 to
/// 28", "March 1 through 20". `n` is the number after the joiner.
pub(crate) fn listed_day(toks: &[Token], n: &Number) -> bool {
    let i = n.first;
    if n.form != Form::Digits || n.low.fract() != 0.0 || !(1.0..=31.0).contains(&n.low) || i < 3 {
        return false;
    }
    let joiner = &toks[i - 1];
    let joined = joiner.is_punct(',')
        || ["and", "to", "through", "or"].iter().any(|w| joiner.is(w))
        || joiner.is_dash();
    if !joined {
        return false;
    }
    // walk back over "1, 2" to the month
    let mut k = i - 2;
    while k >= 1
        && toks[k].is_number()
        && (1.0..=31.0).contains(&toks[k].text.parse::<f64>().unwrap_or(0.0))
    {
        if is_month(toks.get(k - 1)) {
            return true;
        }
        if k < 2 || !(toks[k - 1].is_punct(',') || toks[k - 1].is("and")) {
            return false;
        }
        k -= 2;
    }
    false
}

/// A house number: digits before one to three capitalised words that end in a street
/// word, the address then ending ("221 Baker Street, London", "10 Downing St. in"), not
/// naming what is counted ("200 Wall Street bankers" counts bankers).
fn street_address(toks: &[Token], n: &Number) -> bool {
    let t = &toks[n.first];
    if n.first != n.last || t.text.len() > 5 || !t.text.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut k = n.last + 1;
    for names in 0..=3 {
        let Some(w) = toks.get(k).filter(|w| w.is_word() && w.is_capitalized()) else {
            return false;
        };
        if names > 0 && word_in(Some(w), STREET_WORDS) {
            let next = toks
                .get(k + 1)
                .filter(|x| x.is_word() && !x.is_capitalized());
            return next.is_none_or(|x| word_in(Some(x), NOT_COUNTED));
        }
        k += 1;
    }
    false
}

/// A postal code: the inward part of a British postcode ("SW1A 2AA", "EC1 4BB": a
/// digit glued to two capitals after an outward code) or a US ZIP code after a state
/// code ("Washington, DC 20500").
fn postcode(toks: &[Token], n: &Number) -> bool {
    let t = &toks[n.first];
    let Some(prev) = n.first.checked_sub(1).map(|k| &toks[k]) else {
        return false;
    };
    let upper_code = |s: &str| {
        s.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    };
    let inward = t.text.len() == 1
        && toks.get(n.last + 1).is_some_and(|u| {
            !u.space_before && u.text.len() == 2 && u.text.bytes().all(|b| b.is_ascii_uppercase())
        });
    let outward = (2..=4).contains(&prev.text.len())
        && upper_code(prev.text)
        && prev.text.bytes().any(|b| b.is_ascii_digit())
        && prev.text.as_bytes()[0].is_ascii_uppercase();
    let zip = t.text.len() == 5
        && t.text.bytes().all(|b| b.is_ascii_digit())
        && prev.text.len() == 2
        && prev.text.bytes().all(|b| b.is_ascii_uppercase());
    (inward && outward) || zip
}

/// True when the number at `n` must not be reported as a quantity.
pub(crate) fn not_a_quantity(toks: &[Token], n: &Number, around: Surroundings) -> bool {
    let Surroundings {
        has_unit,
        money,
        unit_glued,
        range_low,
        range_high,
        not_years,
    } = around;
    if n.form == Form::Digits {
        if !money && !range_high && glued_left(toks, n) {
            return true;
        }
        // "a curfew between 2200 and 0700", "agent 007": a leading zero makes a code
        let t = &toks[n.first];
        if n.first == n.last
            && t.text.len() >= 2
            && t.text.starts_with('0')
            && !t.text.contains('.')
        {
            return true;
        }
        if (!range_low && glued_right(toks, n, unit_glued))
            || clock_after(toks, n)
            || date_context(toks, n)
            || street_address(toks, n)
            || postcode(toks, n)
        {
            return true;
        }
        if n.first >= 1 {
            let prev = n.first - 1;
            // "No. 2", "Boeing 737"
            let designator = word_in(toks.get(prev), DESIGNATORS)
                || (prev >= 1
                    && toks[prev].is_punct('.')
                    && word_in(toks.get(prev - 1), DESIGNATORS));
            if designator && !money {
                return true;
            }
        }
        if !money && !not_years && looks_like_year(toks, n) {
            let lead = n.first >= 1 && word_in(toks.get(n.first - 1), YEAR_LEADS);
            if lead || !has_unit {
                return true;
            }
        }
    } else {
        let t = &toks[n.first];
        // "World War Two", "Apollo Eleven": a capitalised number word inside a name
        if t.is_capitalized() && n.first >= 1 {
            let prev = &toks[n.first - 1];
            // "the Group of Seven", "the Gang of Four"
            let of_a_name = prev.is("of")
                && n.first >= 2
                && toks[n.first - 2].is_word()
                && toks[n.first - 2].is_capitalized();
            if of_a_name {
                return true;
            }
            if prev.is_word() && prev.is_capitalized() {
                return true;
            }
            // "the Six Nations", "the Big Four": capitalised mid-sentence before a name
            let opens_sentence = matches!(prev.text, "." | "!" | "?" | "\"" | "“" | ":");
            let name_after = toks
                .get(n.last + 1)
                .is_some_and(|x| x.is_word() && x.is_capitalized());
            if !opens_sentence && name_after {
                return true;
            }
        }
        if date_context(toks, n) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numbers::number_at;
    use crate::tokens::tokenize;

    fn excluded(s: &str, at: usize) -> bool {
        let toks = tokenize(s);
        let n = number_at(&toks, at, false).expect("a number");
        not_a_quantity(&toks, &n, Surroundings::default())
    }

    #[test]
    fn names_dates_and_times_are_not_quantities() {
        assert!(excluded("TU-22 bombers", 2));
        assert!(excluded("Boeing 737", 1));
        assert!(excluded("Sept. 30", 2));
        assert!(excluded("Sept. 11-style", 2));
        assert!(excluded("in 2015", 1));
        assert!(excluded("the 1930s", 1));
        assert!(excluded("at 11:27", 1));
        assert!(excluded("at 3 p.m.", 1));
        assert!(excluded("World War Two", 2));
        assert!(excluded("call +1-222-2222", 2));
        assert!(!excluded("killed 129 people", 1));
    }

    #[test]
    fn addresses_postcodes_and_seats_are_not_quantities() {
        assert!(excluded("lives at 221 Baker Street, London", 2));
        assert!(excluded("met at 10 Downing Street on Monday", 2));
        assert!(excluded("at 1600 Pennsylvania Avenue.", 1));
        assert!(!excluded("hired 200 Wall Street bankers", 1));
        assert!(excluded("London SW1A 2AA, police said", 2));
        assert!(excluded("Washington, DC 20500.", 3));
        assert!(excluded("in seat 14, row 3", 2));
        assert!(!excluded("sold 14 seats", 1));
    }
}
