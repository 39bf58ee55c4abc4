//! Calendar dates and periods named in the text: "Sept. 30", "Sept. 30,
//! 2015", "30 September 2015", "September", "September 2015", "2015",
//! "the 1930s", "the third quarter", "Q3 2015", "the 21st century",
//! "2015-11-17", "11/17/2015".
//!
//! A day without a year is the one nearest the publication date ("payable
//! April 1" in a February story is the coming April 1), the next one after a
//! future cue or a present-tense verb, and the last one in a past-tense clause
//! or after "since"; a month without a year is the most recent such month
//! unless a future cue or a present-tense verb stands before it.

use crate::calendar::{
    century_of, date, decade_of, half_of, month_of, quarter_of, year_of, Resolved,
};
use crate::lexicon::month_number;
use crate::numbers::number_at;
use crate::temporal::{Context, Found};
use crate::tense::ClauseTense;
use crate::tokens::{Kind, Token};
use crate::weekdays::weekday;
use crate::word_years::{decade_words_at, year_words_at};
use claimkit_core::Granularity;

/// Month names that are also common words: only months next to a day, a
/// year or a preposition.
const AMBIGUOUS_MONTHS: &[&str] = &["may", "march", "mar", "jan", "sun", "aug", "dec"];

/// Prepositions and modifiers that mark a bare month name as a month.
const MONTH_LEADS: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "during",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "of",
    "through",
    "from",
    "to",
    "before",
    "after",
    "between",
    "and",
    "or",
    "starting",
    "beginning",
    "end",
];

/// The month named at token `i`, and the index past it (and its period).
fn month_at(toks: &[Token], i: usize) -> Option<(i64, usize)> {
    let t = toks.get(i).filter(|t| t.is_word())?;
    let m = month_number(t.text)?;
    let mut end = i + 1;
    if toks
        .get(end)
        .is_some_and(|d| d.is_punct('.') && !d.space_before)
        && t.text.len() <= 4
    {
        end += 1;
    }
    Some((i64::from(m), end))
}

/// A month name written as one: capitalised, and if it is also a common
/// word ("May"), next to a number or after a preposition; in lower case
/// ("in june") after a preposition, or `anchored` by a day or year after it.
fn real_month(toks: &[Token], i: usize, end: usize, anchored: bool) -> bool {
    let t = &toks[i];
    let next_is_number = toks
        .get(end)
        .is_some_and(|n| n.is_number() || n.is_punct('-') || n.is_punct('/'));
    if next_is_number || anchored {
        return true;
    }
    let deictic = i > 0 && ["last", "next", "this"].iter().any(|w| toks[i - 1].is(w));
    let lead = i > 0 && MONTH_LEADS.iter().any(|l| toks[i - 1].is(l));
    let ambiguous = AMBIGUOUS_MONTHS.iter().any(|a| t.is(a));
    if t.is_capitalized() {
        !ambiguous || lead
    } else {
        deictic || lead && !ambiguous
    }
}

/// A day of the month at token `i`: "30", "30th", "twenty-first". Returns the
/// day and the index past it.
fn day_at(toks: &[Token], i: usize) -> Option<(i64, usize)> {
    let t = toks.get(i)?;
    if t.is_number() {
        if t.text.len() > 2 || t.text.contains(['.', ',']) {
            return None;
        }
        let d: i64 = t.text.parse().ok()?;
        let mut end = i + 1;
        if toks
            .get(end)
            .is_some_and(|s| !s.space_before && ["st", "nd", "rd", "th"].iter().any(|o| s.is(o)))
        {
            end += 1;
        }
        // "11:27" is a clock time; "5/17/2018" a numeric date read elsewhere
        let glued = |k: usize| toks.get(k).filter(|x| !x.space_before);
        if glued(end).is_some_and(|s| s.is_punct(':'))
            || (glued(end).is_some_and(|s| s.is_punct('/') || s.is_punct('-'))
                && glued(end + 1).is_some_and(|x| x.is_number())
                && glued(end + 2).is_some_and(|s| s.is_punct('/') || s.is_punct('-')))
        {
            return None;
        }
        return (1..=31).contains(&d).then_some((d, end));
    }
    // cheap test first: a number word
    if t.is_word()
        && (crate::numbers::cardinal(Some(t)).is_some()
            || crate::numbers::ordinal(Some(t)).is_some())
    {
        let n = number_at(toks, i, false)?;
        let d = n.low;
        if n.fraction || n.vague || d.fract() != 0.0 || !(1.0..=31.0).contains(&d) {
            return None;
        }
        return Some((d as i64, n.last + 1));
    }
    None
}

/// A four-digit year at token `i`: 1000..=2100.
fn year_at(toks: &[Token], i: usize) -> Option<(i64, usize)> {
    let t = toks.get(i).filter(|t| t.is_number() && t.text.len() == 4)?;
    let y: i64 = t.text.parse().ok()?;
    (1000..=2100).contains(&y).then_some((y, i + 1))
}

/// A year in digits or words at `k`: "2015", "nineteen seventy-eight".
fn any_year_at(toks: &[Token], k: usize) -> Option<(i64, usize)> {
    year_at(toks, k).or_else(|| year_words_at(toks, k, 1000))
}

/// ", 2015" or " 2015" after a day or month, in digits or words.
fn year_after(toks: &[Token], k: usize) -> Option<(i64, usize)> {
    if toks.get(k).is_some_and(|t| t.is_punct(',')) {
        if let Some(found) = any_year_at(toks, k + 1) {
            return Some(found);
        }
    }
    any_year_at(toks, k)
}

/// "next year", "last year", "this year" at `k`: the year meant and the
/// index past it.
fn deictic_year(cx: &Context, k: usize) -> Option<(Option<i64>, usize)> {
    let toks = &cx.toks;
    let offset = match toks.get(k) {
        Some(t) if t.is("next") || t.is("coming") || t.is("following") => 1,
        Some(t) if t.is("last") || t.is("previous") || t.is("past") => -1,
        Some(t) if t.is("this") || t.is("current") => 0,
        _ => return None,
    };
    toks.get(k + 1).filter(|t| t.is("year"))?;
    Some((cx.published.map(|p| i64::from(p.year()) + offset), k + 2))
}

/// The year a period names after it: "2015", "of 2015", "of nineteen
/// ninety-nine", "next year", "of last year". `None` when none follows;
/// `Some(None)` for a relative year without a publication date.
pub(crate) fn year_of_period(cx: &Context, k: usize) -> Option<(Option<i64>, usize)> {
    let of = cx.toks.get(k).is_some_and(|t| t.is("of"));
    let at = k + usize::from(of);
    if let Some((y, end)) = any_year_at(&cx.toks, at) {
        return Some((Some(y), end));
    }
    deictic_year(cx, at)
}

/// Words joining the two ends of a date range.
const JOINERS: &[&str] = &["to", "through", "until", "till", "and", "-", "–", "—"];

/// One end of a range: a date, month, year or quarter, a relative day
/// ("today", "next Friday") or "now".
fn range_end(cx: &Context, k: usize) -> Option<Found> {
    let t = cx.toks.get(k)?;
    if t.is("now") {
        return Found::new(k + 1, cx.published.map(Resolved::day));
    }
    [
        at,
        crate::weekdays::at,
        crate::relative::at,
        crate::month_days::at,
    ]
    .iter()
    .filter_map(|rule| rule(cx, k))
    .filter(|f| {
        f.resolved
            .is_some_and(|r| r.granularity != Granularity::Unknown)
    })
    .max_by_key(|f| f.end)
}

/// "from Nov. 3 to Nov. 5", "between 4 and 22 January, 1995", "Nov. 3-5",
/// "4-22 January", "from 2014 to 2018", "2014-2018", "between 2015 and Feb
/// 2018", "from 4 to 22 this month", "between now and November 15th": a
/// period from the first day of one end to the last day of the other.
pub(crate) fn range_at(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    let opener = toks[i].is("from") || toks[i].is("between");
    if !opener && !toks[i].is_number() && month_at(toks, i).is_none() {
        return None;
    }
    // cheap test first: a joiner must follow within a few tokens
    let reach = toks.len().min(i + 12);
    if !toks[i + 1..reach]
        .iter()
        .any(|t| JOINERS.iter().any(|w| t.text.eq_ignore_ascii_case(w)))
    {
        return None;
    }
    let a_at = if opener { i + 1 } else { i };
    // the first end: a date or period, or a bare day whose month the second end gives
    let (a, joiner) = match range_end(cx, a_at) {
        Some(a) => (Some(a), a.end),
        None => (None, day_at(toks, a_at)?.1),
    };
    let j = toks
        .get(joiner)
        .filter(|t| JOINERS.iter().any(|w| t.text.eq_ignore_ascii_case(w)))?;
    if j.is("and") && !toks[i].is("between") {
        return None;
    }
    let a_is_day = a.is_some_and(|a| {
        a.resolved
            .is_some_and(|r| r.granularity == Granularity::Day)
    });
    let a_is_year = a.is_some_and(|a| {
        a.resolved
            .is_some_and(|r| r.granularity == Granularity::Year)
    });
    // without "from" or "between", only days ("Nov. 3-5") and years ("2014-2018") make ranges
    if !opener && a.is_some() && !a_is_day && !a_is_year {
        return None;
    }
    let b_at = joiner + 1;
    let bare_day = day_at(toks, b_at);
    let b = range_end(cx, b_at);
    if !opener
        && a_is_year
        && !b.is_some_and(|b| {
            b.resolved
                .is_some_and(|r| r.granularity == Granularity::Year)
        })
    {
        return None;
    }
    let (start, mut end, last) = match (a, b) {
        (Some(a), Some(b)) if !(a_is_day && bare_day.is_some_and(|(_, e)| e >= b.end)) => {
            (a.resolved?.start, b.resolved?.end, b.end)
        }
        (None, Some(b)) => {
            // "4 to 22 January": the second end names the month; not "11 - 2016"
            let (day, _) = day_at(toks, a_at)?;
            let e = b
                .resolved
                .filter(|r| matches!(r.granularity, Granularity::Day | Granularity::Month))?
                .end;
            (
                date(i64::from(e.year()), i64::from(e.month()), day)?,
                e,
                b.end,
            )
        }
        (None, None) => {
            // "from 4 to 22 this month", "4 till 23 of this month", "from 4-23 in next month"
            let (day_a, _) = day_at(toks, a_at)?;
            let (day_b, after) = bare_day?;
            let k = after + usize::from(toks.get(after).is_some_and(|t| t.is("of") || t.is("in")));
            let m = crate::relative::at(cx, k)?;
            let month = m.resolved?;
            if month.granularity != Granularity::Month {
                return None;
            }
            let (y, mo) = (
                i64::from(month.start.year()),
                i64::from(month.start.month()),
            );
            (date(y, mo, day_a)?, date(y, mo, day_b)?, m.end)
        }
        (Some(a), _) if a_is_day => {
            // "Nov. 3-5": the second end is a day of the same month
            let (day, end) = bare_day?;
            let s = a.resolved?.start;
            (
                s,
                date(i64::from(s.year()), i64::from(s.month()), day)?,
                end,
            )
        }
        _ => return None,
    };
    // "from Friday the 11th until Tuesday the 15th": a second end without a
    // month is a day of the first end's month, or of a later one
    let b_names_month = (b_at..last).any(|k| month_at(toks, k).is_some());
    if end < start && !b_names_month && end.day() >= start.day() {
        end = date(
            i64::from(start.year()),
            i64::from(start.month()),
            i64::from(end.day()),
        )
        .filter(|e| *e >= start)
        .unwrap_or(end);
    }
    // "Oct. 2 to October 22" read in the future: the second end follows the first
    if end < start {
        end = crate::calendar::add_years(end, 1).filter(|e| *e >= start)?;
    }
    let days = (end - start).get_days();
    let granularity = match days {
        0 => Granularity::Day,
        1..=7 => Granularity::Week,
        8..=92 => Granularity::Month,
        _ => Granularity::Year,
    };
    Found::new(
        last,
        Some(Resolved {
            start,
            end,
            granularity,
        }),
    )
}

pub(crate) fn at(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    let t = toks.get(i)?;
    match t.kind {
        Kind::Word => {
            // "Tuesday, Nov. 17": a weekday before a date adds nothing to resolve
            if weekday(Some(t)).is_some() {
                let k = if toks.get(i + 1).is_some_and(|c| c.is_punct(',')) {
                    i + 2
                } else {
                    i + 1
                };
                return month_first(cx, k).or_else(|| day_first(cx, k));
            }
            if t.is("the") {
                return day_first(cx, i + 1)
                    .or_else(|| decade(cx, i + 1))
                    .or_else(|| decade_in_words(cx, i + 1))
                    .or_else(|| century(cx, i + 1))
                    .or_else(|| quarter(cx, i + 1));
            }
            month_first(cx, i)
                .or_else(|| day_first(cx, i))
                .or_else(|| century(cx, i))
                .or_else(|| quarter(cx, i))
                .or_else(|| year_in_words(cx, i))
        }
        Kind::Number => numeric(cx, i)
            .or_else(|| day_first(cx, i))
            .or_else(|| decade(cx, i))
            .or_else(|| century(cx, i))
            .or_else(|| year_first(cx, i))
            .or_else(|| spaced_month_year(cx, i))
            .or_else(|| year(cx, i)),
        Kind::Punct => decade(cx, i),
    }
}

/// A day and month without a year: after a future cue or a present-tense verb
/// ("the offer expires April 11") the next such day (unless it passed in the
/// last month: "is to run from January 23" is under way), in a past-tense clause or
/// after "since" the last one ("took effect on Jan. 1"), and otherwise the one
/// nearest the publication date (the past on a tie). News names a coming day
/// without its year ("payable April 1") as often as a recent one, and gives the
/// year when the day is further away.
fn day_in_context(cx: &Context, i: usize, month: i64, day: i64) -> Option<Resolved> {
    let p = cx.published?;
    let y = i64::from(p.year());
    // A day that does not exist in a year (Feb. 29) is no candidate there.
    let last = date(y - 1, month, day).or_else(|| date(y - 2, month, day));
    let this = date(y, month, day);
    let next = date(y + 1, month, day).or_else(|| date(y + 2, month, day));
    let past = [this, last].into_iter().flatten().find(|d| *d <= p);
    let coming = [this, next].into_iter().flatten().find(|d| *d >= p);
    let tense = cx.clause_tense(i);
    let d = if cx.future(i) {
        coming.or(past)
    } else if tense == ClauseTense::Past {
        past.or(coming)
    } else if tense == ClauseTense::Present {
        // "is to run from January 23" a few days after it began: under way
        match past.filter(|d| days_between(*d, p) <= UNDER_WAY_DAYS) {
            Some(d) => Some(d),
            None => coming.or(past),
        }
    } else {
        match (past, coming) {
            (Some(a), Some(b)) => Some(if days_between(a, p) <= days_between(p, b) {
                a
            } else {
                b
            }),
            (a, b) => a.or(b),
        }
    }?;
    Some(Resolved::day(d))
}

/// In a present-tense clause, a day this recent is under way, not a year off.
const UNDER_WAY_DAYS: i64 = 31;

/// Whole days from `a` to `b`.
fn days_between(a: claimkit_core::Date, b: claimkit_core::Date) -> i64 {
    i64::from((b - a).get_days())
}

/// A month without a year: the most recent such month, or the coming one
/// after a future cue or a present-tense verb ("the election is in December").
fn month_in_context(cx: &Context, i: usize, month: i64) -> Option<Resolved> {
    let p = cx.published?;
    let (y, m) = (i64::from(p.year()), i64::from(p.month()));
    let lead = |w: &str| i > 0 && cx.toks[i - 1].is(w);
    let year = if lead("this") {
        y
    } else if lead("last") {
        if month < m {
            y
        } else {
            y - 1
        }
    } else if lead("next") {
        if month > m {
            y
        } else {
            y + 1
        }
    } else if cx.future(i) {
        // "will meet in March": the coming one
        if month < m {
            y + 1
        } else {
            y
        }
    } else if cx.clause_tense(i) == ClauseTense::Present {
        // "the election is in December": the coming one, unless it is this month or
        // the last ("is to survive during May" in June is under way)
        let just_past = month == m - 1 || (m == 1 && month == 12);
        if month >= m {
            y
        } else if just_past {
            if m == 1 {
                y - 1
            } else {
                y
            }
        } else {
            y + 1
        }
    } else if month > m {
        y - 1
    } else {
        y
    };
    month_of(year, month)
}

/// "Sept. 30", "Sept. 30, 2015", "January 12th, 2016", "Oct-2", "September",
/// "September 2015", "November , 2016", "June of 1999", "June next year",
/// "Jan first", "May twenty-one".
fn month_first(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    let (month, k) = month_at(toks, i)?;
    let k2 = if toks
        .get(k)
        .is_some_and(|t| (t.is_punct('-') || t.is_punct('/')) && !t.space_before)
    {
        k + 1
    } else {
        k
    };
    // "September the twenty-first"
    let k3 = if toks.get(k2).is_some_and(|t| t.is("the")) {
        k2 + 1
    } else {
        k2
    };
    let day = day_at(toks, k3).filter(|_| year_at(toks, k3).is_none());
    // a day in words anchors a month only as an ordinal or at a clause end: not "May one day"
    let day_anchors = day.is_some_and(|(_, end)| {
        toks[k3].is_number()
            || crate::numbers::ordinal(toks.get(end - 1)).is_some()
            || !toks.get(end).is_some_and(|t| t.is_word())
    });
    let later_year = year_of_period(cx, k);
    if !real_month(toks, i, k, day_anchors || later_year.is_some()) {
        return None;
    }
    if let Some((day, end)) = day {
        if let Some((year, end)) = year_after(toks, end) {
            return Found::new(end, date(year, month, day).map(Resolved::day));
        }
        return Found::new(end, day_in_context(cx, i, month, day));
    }
    if let Some((year, end)) = year_after(toks, k) {
        return Found::new(end, month_of(year, month));
    }
    if let Some((year, end)) = later_year {
        return Found::new(end, year.and_then(|y| month_of(y, month)));
    }
    Found::new(k.max(i + 1), month_in_context(cx, i, month))
}

/// "30 September 2015", "1st Jan", "the 20th of September", "16. Nov. 2016".
fn day_first(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    let (day, mut k) = day_at(toks, i)?;
    if toks.get(k).is_some_and(|t| t.is("of") || t.is_punct('.')) {
        k += 1;
    }
    let (month, end) = month_at(toks, k)?;
    if !toks[k].is_capitalized() && !toks[k].is_word() {
        return None;
    }
    if let Some((year, end)) = year_after(toks, end) {
        return Found::new(end, date(year, month, day).map(Resolved::day));
    }
    Found::new(end, day_in_context(cx, i, month, day))
}

/// "the 1930s", "1990's", "the '90s".
fn decade(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    let (digits_at, short) = match toks.get(i) {
        Some(t) if t.is_punct('\'') || t.is_punct('’') => (i + 1, true),
        _ => (i, false),
    };
    let t = toks
        .get(digits_at)
        .filter(|t| t.is_number() && (!short || !t.space_before))?;
    let mut k = digits_at + 1;
    if toks
        .get(k)
        .is_some_and(|a| (a.is_punct('\'') || a.is_punct('’')) && !a.space_before)
    {
        k += 1;
    }
    if !toks
        .get(k)
        .is_some_and(|s| s.text == "s" && !s.space_before)
    {
        return None;
    }
    let n: i64 = t.text.parse().ok()?;
    // "the 1800s" is the century; "the 2000s" the decade, as news uses both
    if t.text.len() == 4 && n % 100 == 0 && n < 2000 {
        return Found::new(k + 1, century_of(n / 100 + 1));
    }
    let first = match t.text.len() {
        4 if n % 10 == 0 => n,
        2 if n % 10 == 0 => {
            let this_century = cx
                .published
                .map_or(1900, |p| i64::from(p.year()) / 100 * 100);
            if this_century + n <= cx.published.map_or(0, |p| i64::from(p.year())) {
                this_century + n
            } else {
                this_century - 100 + n
            }
        }
        _ => return None,
    };
    Found::new(k + 1, decade_of(first))
}

/// "the 21st century", "15th century", "the nineteenth century".
fn century(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    // cheap test first: digits or an ordinal word
    let t = toks.get(i)?;
    if !t.is_number() && crate::numbers::ordinal(Some(t)).is_none() {
        return None;
    }
    let n = number_at(toks, i, false).filter(|n| n.ordinal)?;
    let k = n.last + 1;
    if !toks.get(k).is_some_and(|t| t.is("century")) {
        return None;
    }
    Found::new(k + 1, century_of(n.low as i64))
}

/// "Q3", "third quarter", "third-quarter" at `i`: the quarter and the index past it.
fn quarter_word(toks: &[Token], i: usize) -> Option<(i64, usize)> {
    let t = toks.get(i)?;
    if let Some(q) = letter_number(toks, i, "Q") {
        return (1..=4).contains(&q).then_some((q, i + 2));
    }
    // cheap test first: an ordinal
    if !t.is_number() && crate::numbers::ordinal(Some(t)).is_none() {
        return None;
    }
    let n = number_at(toks, i, false).filter(|n| n.ordinal)?;
    let mut k = n.last + 1;
    if toks.get(k).is_some_and(|d| d.is_dash() && !d.space_before) {
        k += 1;
    }
    if !toks.get(k).is_some_and(|w| w.is("quarter")) {
        return None;
    }
    let q = n.low as i64;
    (1..=4).contains(&q).then_some((q, k + 1))
}

/// "H1", "first half", "second-half" at `i`: the half and the index past it.
fn half_word(toks: &[Token], i: usize) -> Option<(i64, usize)> {
    if let Some(h) = letter_number(toks, i, "H") {
        return (1..=2).contains(&h).then_some((h, i + 2));
    }
    let h = crate::numbers::ordinal(toks.get(i)).filter(|h| (1.0..=2.0).contains(h))?;
    let k = i
        + 1
        + usize::from(
            toks.get(i + 1)
                .is_some_and(|d| d.is_dash() && !d.space_before),
        );
    toks.get(k).filter(|w| w.is("half"))?;
    Some((h as i64, k + 1))
}

/// "Q3", "H1": a capital letter glued to a one-digit number.
fn letter_number(toks: &[Token], i: usize, letter: &str) -> Option<i64> {
    let t = toks.get(i)?;
    if !t.is_word() || !t.text.eq_ignore_ascii_case(letter) {
        return None;
    }
    let n = toks
        .get(i + 1)
        .filter(|n| n.is_number() && !n.space_before && n.text.len() == 1)?;
    n.text.parse().ok()
}

/// "the third quarter", "fourth-quarter", "Q3", "the first quarter of 2015",
/// "Q3 this year", "the first half of 2016", "H2 2016".
fn quarter(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    if let Some((h, k)) = half_word(toks, i) {
        let (year, end) = year_of_period(cx, k)?;
        return Found::new(end, year.and_then(|y| half_of(y, h)));
    }
    let (q, k) = quarter_word(toks, i)?;
    // "of 2015", "2015", "of last year", "this year"
    if let Some((year, end)) = year_of_period(cx, k) {
        return Found::new(end, year.and_then(|y| quarter_of(y, q)));
    }
    let resolved = cx.published.and_then(|p| {
        let y = i64::from(p.year());
        let current = (i64::from(p.month()) - 1) / 3 + 1;
        let year = if cx.future(i) {
            if q < current {
                y + 1
            } else {
                y
            }
        } else if q > current {
            y - 1
        } else {
            y
        };
        quarter_of(year, q)
    });
    Found::new(k, resolved)
}

/// A year before the period it holds: "2016 June", "2016, nov", "2016 Q3",
/// "2016 the third quarter", "2016H2", "2019-sep-1", "2016 - 11".
fn year_first(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    let (y, k) = year_at(toks, i)?;
    let next = toks.get(k)?;
    // "2019-sep-1", "2019/sep/01"
    if (next.is_punct('-') || next.is_punct('/')) && !next.space_before {
        if let Some((m, e)) = month_at(toks, k + 1).filter(|_| !toks[k + 1].space_before) {
            let sep_again = toks
                .get(e)
                .is_some_and(|s| s.text == next.text && !s.space_before);
            if let Some((d, end)) = day_at(toks, e + 1).filter(|_| sep_again) {
                return Found::new(end, date(y, m, d).map(Resolved::day));
            }
            return Found::new(e, month_of(y, m));
        }
    }
    // "2016 - 11", "2016 /11": a month in digits, spaced, at the end of its clause
    if next.is_dash() || next.is_punct('/') {
        let mt = toks.get(k + 1).filter(|t| {
            t.is_number() && t.text.len() <= 2 && t.text.bytes().all(|b| b.is_ascii_digit())
        })?;
        let m: i64 = mt.text.parse().ok()?;
        let after = toks.get(k + 2);
        let clause_ends =
            !after.is_some_and(|a| a.is_word() || a.is_number() || a.is_dash() || a.is_punct('/'));
        if (1..=12).contains(&m) && (next.space_before || mt.space_before) && clause_ends {
            return Found::new(k + 2, month_of(y, m));
        }
        return None;
    }
    // "2016 June", "2016, nov"; not "in 2016 May became prime minister"
    let mk = k + usize::from(next.is_punct(','));
    if let Some((m, e)) = month_at(toks, mk) {
        let word = &toks[mk];
        let ambiguous = AMBIGUOUS_MONTHS.iter().any(|a| word.is(a));
        let joiner_or_end = toks
            .get(e)
            .is_none_or(|a| !a.is_lowercase_word() || JOINERS.iter().any(|j| a.is(j)));
        if !ambiguous || word.is_capitalized() && joiner_or_end {
            return Found::new(e, month_of(y, m));
        }
    }
    // "2016 Q3", "2016 the third quarter", "2016 H2"
    let qk = k + usize::from(next.is("the"));
    if let Some((q, end)) = quarter_word(toks, qk) {
        return Found::new(end, quarter_of(y, q));
    }
    let (h, end) = half_word(toks, qk)?;
    Found::new(end, half_of(y, h))
}

/// "11 - 2016", "11 / 2016": a month and year in digits with spaces
/// around the separator.
fn spaced_month_year(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    let t = &toks[i];
    if t.text.len() > 2 || !t.text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let sep = toks.get(i + 1).filter(|s| s.is_dash() || s.is_punct('/'))?;
    let (y, end) = year_at(toks, i + 2)?;
    let m: i64 = t.text.parse().ok()?;
    let spaced = sep.space_before || toks[i + 2].space_before;
    let glued_on = toks
        .get(end)
        .is_some_and(|a| !a.space_before && (a.is_dash() || a.is_punct('/') || a.is_word()));
    if !(1..=12).contains(&m) || !spaced || glued_on {
        return None;
    }
    Found::new(end, month_of(y, m))
}

/// "the seventies", "the nineteen seventies", "the noughties".
fn decade_in_words(cx: &Context, i: usize) -> Option<Found> {
    let now = cx.published.map(|p| i64::from(p.year()));
    let (first, end) = decade_words_at(&cx.toks, i, now)?;
    Found::new(end, decade_of(first))
}

/// A year in words where a date is expected ("in nineteen twenty-eight",
/// "from two thousand until two thousand and fourteen"), and "year 247".
fn year_in_words(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    if toks[i].is("year") {
        let k = i + 1;
        let (y, end) = match toks.get(k) {
            Some(n)
                if n.is_number()
                    && n.text.len() <= 4
                    && n.text.bytes().all(|b| b.is_ascii_digit()) =>
            {
                (n.text.parse().ok()?, k + 1)
            }
            _ => year_words_at(toks, k, 100)?,
        };
        return (y >= 100).then(|| Found::new(end, year_of(y)))?;
    }
    let (y, end) = year_words_at(toks, i, 1000)?;
    let lead = i > 0
        && [
            "in", "since", "until", "till", "from", "by", "to", "of", "during", "before", "after",
        ]
        .iter()
        .any(|w| toks[i - 1].is(w));
    if !lead {
        return None;
    }
    Found::new(end, year_of(y))
}

/// A year on its own: "in 2015", "the 2016 election". Not "2,000 people".
fn year(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    let (y, end) = year_at(toks, i)?;
    let prev = i.checked_sub(1).map(|p| &toks[p]);
    // "$2015", "No. 2015", "TU-2015"
    if prev.is_some_and(|p| {
        !toks[i].space_before && p.kind != Kind::Punct || p.is_punct('$') || p.is_punct('#')
    }) {
        return None;
    }
    let next = toks.get(end);
    if next.is_some_and(|n| {
        !n.space_before && (n.is_word() || n.is_punct('%') || n.is_punct(':')) || n.is_punct('%')
    }) {
        return None;
    }
    // "2000 people", "1500 tonnes": a plural noun after a bare number counts it
    if next.is_some_and(|n| {
        n.is_lowercase_word()
            && n.text.len() > 3
            && n.text.ends_with('s')
            && !n.text.ends_with("ss")
    }) {
        return None;
    }
    if !(1800..=2100).contains(&y) {
        let lead = prev.is_some_and(|p| {
            ["in", "since", "year", "by", "until"]
                .iter()
                .any(|w| p.is(w))
        });
        if !lead {
            return None;
        }
    }
    Found::new(end, year_of(y))
}

/// Dates in digits: "2015-11-17", "2015/08/12", "11/17/2015", "21/04/2016",
/// "9-18-15", "2016-11" (a month).
/// Words after which "3/16" is a fraction of them, not March 16.
const FRACTION_OF: &[&str] = &["pct", "percent", "point", "points", "cent", "cents", "of"];

/// "6-11/16 pct", "6 3/16", "5/16 point": a slash number glued to a whole number
/// before it, or followed by a unit of quotation, is a fraction.
fn reads_as_fraction(toks: &[Token], i: usize, end: usize) -> bool {
    let after_whole = i >= 1
        && (toks[i - 1].is_number()
            || (toks[i - 1].is_punct('-')
                && !toks[i].space_before
                && i >= 2
                && toks[i - 2].is_number()));
    let unit_after = toks
        .get(end)
        .is_some_and(|t| FRACTION_OF.iter().any(|w| t.is(w)));
    after_whole || unit_after
}

fn numeric(_cx: &Context, i: usize) -> Option<Found> {
    let toks = &_cx.toks;
    let mut parts: Vec<(&str, usize)> = vec![(toks[i].text, i)];
    let mut sep = None;
    let mut k = i + 1;
    while parts.len() < 3 {
        let (Some(s), Some(n)) = (toks.get(k), toks.get(k + 1)) else {
            break;
        };
        if s.space_before
            || n.space_before
            || !n.is_number()
            || !(s.is_punct('-') || s.is_punct('/') || s.is_punct('.'))
        {
            break;
        }
        if sep.is_some_and(|x: &str| x != s.text) {
            break;
        }
        sep = Some(s.text);
        parts.push((n.text, k + 1));
        k += 2;
    }
    let nums: Vec<i64> = parts
        .iter()
        .map(|(t, _)| t.parse().ok())
        .collect::<Option<_>>()?;
    let end = parts.last()?.1 + 1;
    let resolved = match (parts.len(), parts[0].0.len()) {
        (3, 4) => date(nums[0], nums[1], nums[2]).map(Resolved::day),
        (3, _) if sep != Some(".") || parts[2].0.len() == 4 => {
            let year = match parts[2].0.len() {
                4 => nums[2],
                2 => {
                    if nums[2] < 50 {
                        2000 + nums[2]
                    } else {
                        1900 + nums[2]
                    }
                }
                _ => return None,
            };
            // month first as in U.S. news, day first when the first part cannot be a month
            let (m, d) = if nums[0] > 12 {
                (nums[1], nums[0])
            } else {
                (nums[0], nums[1])
            };
            date(year, m, d).map(Resolved::day)
        }
        // "2016-11", "2015/3"
        (2, 4) if sep != Some(".") && parts[1].0.len() <= 2 && (1..=12).contains(&nums[1]) => {
            month_of(nums[0], nums[1])
        }
        // "11/2016", "3-2015"
        (2, 1..=2) if sep != Some(".") && parts[1].0.len() == 4 && (1..=12).contains(&nums[0]) => {
            month_of(nums[1], nums[0])
        }
        // "4/22", "22/04": month and day, when no fraction reading is possible
        (2, 1..=2)
            if sep == Some("/")
                && parts[1].0.len() <= 2
                && (nums[0] > 12 || nums[1] > 12)
                && !reads_as_fraction(toks, i, end) =>
        {
            let (m, d) = if nums[0] > 12 {
                (nums[1], nums[0])
            } else {
                (nums[0], nums[1])
            };
            return Found::new(end, day_in_context(_cx, i, m, d));
        }
        _ => return None,
    };
    Found::new(end, Some(resolved?))
}

#[cfg(test)]
mod tests {
    use crate::calendar::Resolved;
    use crate::temporal::find;
    use claimkit_core::{Date, Granularity};

    fn one(text: &str, published: &str) -> (String, Option<String>, Option<String>, Granularity) {
        let p: Option<Date> = published.parse().ok();
        let ts = find(text, &[], p);
        assert_eq!(ts.len(), 1, "{text}: {ts:?}");
        let t = &ts[0];
        (
            t.span.text(text).to_string(),
            t.start.map(|d| d.to_string()),
            t.end.map(|d| d.to_string()),
            t.granularity,
        )
    }

    #[test]
    fn leap_day_without_a_year_stays_in_its_leap_year() {
        let t = one("The vote is on Feb. 29.", "2016-01-10");
        assert_eq!(t.1.as_deref(), Some("2016-02-29"));
    }

    #[test]
    fn a_month_in_a_present_tense_clause_is_the_coming_one() {
        let t = one("The election is in December.", "2015-11-17");
        assert_eq!(t.1.as_deref(), Some("2015-12-01"));
        let t = one("The election was in December.", "2015-11-17");
        assert_eq!(t.1.as_deref(), Some("2014-12-01"));
    }

    #[test]
    fn quoted_fractions_are_no_dates() {
        // Reuters, 1987: money-market quotes in sixteenths
        let none = |text: &str, published: &str| find(text, &[], published.parse().ok()).is_empty();
        assert!(none("Fed funds were trading at 6-11/16 pct.", "1987-06-01"));
        assert!(none("There is a 3/16 pct management fee.", "1987-04-08"));
        let t = one("The vote is on 4/22 in Ohio.", "2016-03-01");
        assert_eq!(t.1.as_deref(), Some("2016-04-22"));
    }

    #[test]
    fn a_present_tense_period_that_began_last_month_is_under_way() {
        // Wikinews, 2014-01-28
        let t = one(
            "The exhibit is to run from January 23 through March 9.",
            "2014-01-28",
        );
        assert_eq!(
            (t.1.as_deref(), t.2.as_deref()),
            (Some("2014-01-23"), Some("2014-03-09"))
        );
    }

    #[test]
    fn a_day_without_a_year_is_the_nearest_one() {
        // Reuters, 1987-02-26: dividend dates a few weeks ahead
        let t = one("a quarterly cash dividend payable April one", "1987-02-26");
        assert_eq!(t.1.as_deref(), Some("1987-04-01"));
        // across the turn of the year, the recent December
        let t = one("The contract expired December 13.", "1987-01-05");
        assert_eq!(t.1.as_deref(), Some("1986-12-13"));
        // a day just past stays past
        let t = one("The labor contract expired March 1.", "1987-03-05");
        assert_eq!(t.1.as_deref(), Some("1987-03-01"));
    }

    #[test]
    fn since_a_day_looks_back() {
        let t = one("on alert since Dec. 3", "2015-11-17");
        assert_eq!(t.1.as_deref(), Some("2014-12-03"));
    }

    #[test]
    fn dates_from_the_seed() {
        let t = one(
            "since the Russian bombing campaign started Sept. 30.",
            "2015-11-17",
        );
        assert_eq!(
            (t.0.as_str(), t.1.as_deref()),
            ("Sept. 30", Some("2015-09-30"))
        );
        let t = one("Starting in September, Mr. Putin has played", "2015-11-17");
        assert_eq!(
            (t.1.as_deref(), t.2.as_deref(), t.3),
            (Some("2015-09-01"), Some("2015-09-30"), Granularity::Month)
        );
        let t = one("disagreements in the past, in the 1930s, but", "2015-11-17");
        assert_eq!(
            (t.0.as_str(), t.1.as_deref(), t.2.as_deref()),
            ("the 1930s", Some("1930-01-01"), Some("1939-12-31"))
        );
    }

    #[test]
    fn absolute_dates_resolve_without_a_dateline() {
        let t = one("The campaign started Sept. 30, 2015.", "");
        assert_eq!(t.1.as_deref(), Some("2015-09-30"));
        let t = one("on 26 February 1987", "");
        assert_eq!(t.1.as_deref(), Some("1987-02-26"));
        let t = one("Sept. 30", "");
        assert_eq!(t.1, None);
    }

    #[test]
    fn years_quarters_and_numeric_dates() {
        assert_eq!(one("in 2014 the", "2015-11-17").3, Granularity::Year);
        let t = one("fourth-quarter profit rose", "1987-02-26");
        assert_eq!(
            (t.1.as_deref(), t.2.as_deref()),
            (Some("1986-10-01"), Some("1986-12-31"))
        );
        assert_eq!(one("on 2015-11-17 at", "").1.as_deref(), Some("2015-11-17"));
        assert_eq!(one("on 11/17/2015 at", "").1.as_deref(), Some("2015-11-17"));
        let _ = Resolved::day;
    }

    #[test]
    fn day_ranges() {
        let t = one("talks from Nov. 3 to Nov. 5 in Vienna", "2015-11-17");
        assert_eq!(
            (t.1.as_deref(), t.2.as_deref()),
            (Some("2015-11-03"), Some("2015-11-05"))
        );
        let t = one("talks on Nov. 3-5 in Vienna", "2015-11-17");
        assert_eq!(
            (t.1.as_deref(), t.2.as_deref()),
            (Some("2015-11-03"), Some("2015-11-05"))
        );
        let t = one("between 4 and 22 January, 1995", "");
        assert_eq!(
            (t.1.as_deref(), t.2.as_deref()),
            (Some("1995-01-04"), Some("1995-01-22"))
        );
    }

    #[test]
    fn may_the_verb_is_not_a_month() {
        assert!(find("Officials may meet.", &[], None).is_empty());
    }
}
