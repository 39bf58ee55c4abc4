//! Numbers that are not quantities: parts of names ("TU-22", "Boeing 737",
//! "World War Two"), dates ("Sept. 30", "2015", "the 1930s"), clock times
//! ("11:27", "3 p.m."), and codes ("+1-222-2222", "5/17/2018").

use crate::lexicon::month_number;
use crate::lexicon::not_quantity::{
    ADVERBS_BEFORE_NUMBERS, ANCHORS_AFTER, ANCHORS_BEFORE, CLOCK_WORDS, DESIGNATORS, GRADES_AFTER,
    NOT_COUNTED, PERIOD_UNITS, SCORE_WORDS_AFTER, SCORE_WORDS_BEFORE, SINCE_CUES, STREET_WORDS,
};
use crate::numbers::{Form, Number};
use crate::tokens::{lower, word_in, Kind, Token};

/// Words before a bare four-digit number that make it a year.
const YEAR_LEADS: &[&str] = &[
    "in", "since", "by", "until", "till", "during", "from", "of", "before", "after", "year",
    "fiscal", "mid", "early", "late", "through", "spring", "summer", "autumn", "fall", "winter",
    "season", "the", "and", "to", "between", "for",
];

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
    /// A percent follows: "rose by 1500 percent", "to 1000%" are rates, never years
    /// (unlike "in 2010 dollars", a year's money).
    pub percent: bool,
}

/// A period anchored to the story's date, which the times table reads: "over the
/// next five years", "18 months ago", "12 months later", "in 18 months' time",
/// "within 90 days" (the cue "within" opens the mention). `first..end` are the
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
        || toks[first].is("within")
        || word_in(toks.get(end), ANCHORS_AFTER)
        || first >= 1 && toks[first - 1].is("in") && in_since_or_hence(toks, first - 1, end)
}

/// "in 18 months' time" (hence), "the first rise in 20 years", "hasn't been seen in
/// 50 years" (since): `at` is the "in" before the period ending at `end`.
fn in_since_or_hence(toks: &[Token], at: usize, end: usize) -> bool {
    let hence = toks
        .get(end)
        .is_some_and(|t| t.is_punct('\'') || t.is_punct('’'))
        && toks.get(end + 1).is_some_and(|t| t.is("time"));
    if hence {
        return true;
    }
    // back through the clause, at most twelve tokens
    let from = at.saturating_sub(12);
    toks[from..at]
        .iter()
        .rev()
        .take_while(|t| !matches!(t.text, "." | ";" | ","))
        .any(|t| word_in(Some(t), SINCE_CUES))
}

/// How many days a list after a month holds at most: a month's. The walk back to the
/// month stops there, so a list of numbers ("1, 1, 1, …" a hundred thousand times) costs
/// each number a bounded look back rather than one to the start of the list.
const MAX_LISTED_DAYS: usize = 31;

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
    // walk back over "1, 2" to the month, over no more days than a month has
    let mut k = i - 2;
    let stop = i.saturating_sub(2 * MAX_LISTED_DAYS);
    while k >= 1
        && k > stop
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

/// "Radio 1 said", "Halo 2 [for Xbox]", "DST 1, in the": a bare number of one to
/// three digits right after a capitalised word, with nothing counted after it, is
/// part of a name. Not after a word that opens a sentence as a cue or adverb ("Only
/// 3", "Perhaps 20"), nor in a comparison ("Rockhampton TV 40 to 11.50"), nor in a
/// line of capitals ("OFF 238" in a price table).
fn after_name(toks: &[Token], n: &Number, has_unit: bool) -> bool {
    let t = &toks[n.first];
    if has_unit || n.first != n.last || n.first == 0 || t.text.len() > 3 {
        return false;
    }
    if !t.text.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let prev = &toks[n.first - 1];
    let mut buf = [0u8; 32];
    let w = lower(prev.text, &mut buf);
    let name_word = prev.is_word()
        && prev.is_capitalized()
        && prev.text.len() >= 2
        && !is_month(Some(prev))
        && !NOT_COUNTED.contains(&w)
        && !ADVERBS_BEFORE_NUMBERS.contains(&w)
        && !w.ends_with("ly")
        && !crate::lexicon::approx_cues::opens_cue(w);
    if !name_word {
        return false;
    }
    let capitals = |x: &Token| x.is_word() && x.text.bytes().all(|b| b.is_ascii_uppercase());
    let table_line = capitals(prev)
        && (n.first >= 2 && capitals(&toks[n.first - 2])
            || toks.get(n.last + 1).is_some_and(capitals));
    let compared = toks
        .get(n.last + 1)
        .is_some_and(|x| ["to", "from", "at", "against"].iter().any(|w| x.is(w)))
        && toks.get(n.last + 2).is_some_and(|x| x.is_number());
    !table_line && !compared
}

/// A clock time in a pair: "a curfew between 2200 and 0700", "from 2300 to 0600".
/// Four digits that read as a time of day, joined to four that start with a zero.
fn clock_pair(toks: &[Token], n: &Number) -> bool {
    let hhmm = |t: Option<&Token>| {
        t.filter(|t| t.is_number() && t.text.len() == 4)
            .and_then(|t| t.text.parse::<u32>().ok())
            .is_some_and(|v| v / 100 < 24 && v % 100 < 60)
    };
    let zero = |t: Option<&Token>| hhmm(t) && t.is_some_and(|t| t.text.starts_with('0'));
    let joiner = |t: Option<&Token>| {
        t.is_some_and(|t| t.is("and") || t.is("to") || t.is("until") || t.is_dash())
    };
    let i = n.first;
    hhmm(toks.get(i))
        && (joiner(toks.get(i + 1)) && zero(toks.get(i + 2))
            || i >= 2 && joiner(toks.get(i - 1)) && zero(toks.get(i - 2)))
}

/// "goes 0-30 down", "lost 1-3", "a 2-0 defeat": a hyphenated pair of whole numbers
/// with no unit is a score when it starts from nil or a score word stands by it.
pub(crate) fn score(toks: &[Token], low: &Number, high: &Number) -> bool {
    let whole = |n: &Number| n.form == Form::Digits && n.first == n.last && n.low.fract() == 0.0;
    let hyphen = high.first == low.last + 2 && toks[low.last + 1].is_dash();
    if !(whole(low) && whole(high) && hyphen) {
        return false;
    }
    let before = low.first >= 1 && word_in(toks.get(low.first - 1), SCORE_WORDS_BEFORE);
    low.low == 0.0 || before || word_in(toks.get(high.last + 1), SCORE_WORDS_AFTER)
}

/// True when the number at `n` must not be reported as a quantity.
pub(crate) fn not_a_quantity(toks: &[Token], n: &Number, around: Surroundings) -> bool {
    if n.form == Form::Digits {
        digits_not_a_quantity(toks, n, around)
    } else {
        let t = &toks[n.first];
        (t.is_capitalized() && n.first >= 1 && number_word_in_a_name(toks, n, around.has_unit))
            || date_context(toks, n)
    }
}

/// A number written in digits that is a code, a year, a clock time, an address,
/// a grade or part of a name rather than a quantity.
fn digits_not_a_quantity(toks: &[Token], n: &Number, around: Surroundings) -> bool {
    let Surroundings {
        has_unit,
        money,
        unit_glued,
        range_low,
        range_high,
        not_years,
        percent,
    } = around;
    if !money && !range_high && glued_left(toks, n) {
        return true;
    }
    // "a curfew between 2200 and 0700", "agent 007": a leading zero makes a code
    let t = &toks[n.first];
    if n.first == n.last && t.text.len() >= 2 && t.text.starts_with('0') && !t.text.contains('.') {
        return true;
    }
    if (!range_low && glued_right(toks, n, unit_glued))
        || clock_after(toks, n)
        || clock_pair(toks, n)
        || word_in(toks.get(n.last + 1), GRADES_AFTER)
        || (!money && !range_low && !range_high && after_name(toks, n, has_unit))
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
            || (prev >= 1 && toks[prev].is_punct('.') && word_in(toks.get(prev - 1), DESIGNATORS));
        if designator && !money {
            return true;
        }
    }
    if !money && !not_years && !percent && looks_like_year(toks, n) {
        let lead = n.first >= 1 && word_in(toks.get(n.first - 1), YEAR_LEADS);
        if lead || !has_unit {
            return true;
        }
    }
    false
}

/// A capitalised number word (`toks[n.first]`, not the first token) inside a
/// name: "World War Two", "the Group of Seven", "the Six Nations".
fn number_word_in_a_name(toks: &[Token], n: &Number, has_unit: bool) -> bool {
    let prev = &toks[n.first - 1];
    // "the Group of Seven", "the Gang of Four"
    let of_a_name = prev.is("of")
        && n.first >= 2
        && toks[n.first - 2].is_word()
        && toks[n.first - 2].is_capitalized();
    // "World War Two", "Apollo Eleven"
    if of_a_name || (prev.is_word() && prev.is_capitalized()) {
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
    // "a day with Five and": a capitalised number mid-sentence that counts
    // nothing is a name
    !opens_sentence && !has_unit && n.first == n.last && !n.ordinal
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

    /// The quantities of `text`, as written.
    fn kept(text: &str) -> Vec<&str> {
        crate::mentions::find(text)
            .into_iter()
            .map(|q| q.span.text(text))
            .collect()
    }

    #[test]
    fn a_list_of_days_reaches_back_a_month_of_days_at_most() {
        // Found by hostile review: "1," a hundred thousand times took 107 s to build, each
        // number walking back over the whole list for a month. A month's 31 days are
        // still read back to it; a number further down a list is no listed day.
        let days: Vec<String> = (1..=31).map(|d| d.to_string()).collect();
        let month = format!("Sales on April {} were 7 cars.", days.join(", "));
        assert_eq!(kept(&month), ["7 cars"]);
        let longer = format!("Sales on April {}, 30 cars.", days.join(", "));
        assert_eq!(kept(&longer), ["30 cars"]);
        let list = "1, ".repeat(10_000);
        let toks = tokenize(&list);
        let last = number_at(&toks, toks.len() - 2, false).expect("a number");
        assert!(!listed_day(&toks, &last));
    }

    #[test]
    fn periods_anchored_by_within_or_in_are_times() {
        assert!(kept("The loan is due within 60 days.").is_empty());
        assert!(kept("Prices may fall in 18 months' time.").is_empty());
        assert!(kept("It was the biggest strike in 20 years.").is_empty());
        assert!(kept("We haven't seen such losses in 30 years.").is_empty());
        // a span of time, not a time since or hence
        assert_eq!(
            kept("She hopes to earn $9,000 in 3 years."),
            ["$9,000", "3 years"]
        );
    }

    #[test]
    fn a_small_number_after_a_capitalised_word_is_a_name() {
        for text in [
            "Radio 5 said the show would end.",
            "Fans queued for Halo 3 [on Xbox] all night.",
            "Well DST 2, in the north, flowed gas.",
        ] {
            assert!(kept(text).is_empty(), "{text}: {:?}", kept(text));
        }
        // a cue or adverb opening the sentence, a comparison, a line of capitals
        assert_eq!(kept("Only 3 were hurt."), ["3"]);
        assert_eq!(kept("Perhaps 20 survived."), ["20"]);
        assert_eq!(kept("Brisbane TV 40 to 11.50."), ["40", "11.50"]);
        assert_eq!(kept("MAY7 4676 OFF 238"), ["4676", "238"]);
    }

    #[test]
    fn a_capitalised_number_word_mid_sentence_is_a_name() {
        assert!(kept("He gave an interview to Five on Monday.").is_empty());
        assert_eq!(kept("He gave five interviews."), ["five interviews"]);
    }

    #[test]
    fn a_four_digit_percent_after_a_year_word_is_a_rate() {
        assert_eq!(kept("Sales rose by 1500 percent."), ["1500 percent"]);
        assert_eq!(kept("Prices jumped to 2000% in May."), ["2000%"]);
        // a year's money stays a year
        assert_eq!(kept("It cost 1000 euros in 2010 dollars."), ["1000 euros"]);
    }

    #[test]
    fn clock_pairs_scores_and_grades_are_not_quantities() {
        assert!(kept("A curfew runs between 2300 and 0600 daily.").is_empty());
        assert!(kept("Federer went 15-40 down on his serve.").is_empty());
        assert!(kept("Serena was 0-30 behind.").is_empty());
        assert!(kept("Leaded petrol of 98 octane costs more.").is_empty());
        assert_eq!(kept("It hired 200-250 staff."), ["200-250 staff"]);
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
