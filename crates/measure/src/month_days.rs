//! Days of the month without a month name: "the 27th", "on the 21st",
//! "Friday the 15th", "the 20th of next month", and the nth weekday of a
//! month: "the first Friday of July", "the second Monday of next month",
//! "third Tuesday" (of the current month).
//!
//! A bare "the 27th" is the most recent 27th on or before publication, or
//! the coming one after a future cue. Word ordinals ("the second") are days
//! only where nothing follows them in the clause, since "the second" is
//! usually an ordinal of something else.

use crate::calendar::{add_days, date, Resolved};
use crate::numbers::number_at;
use crate::temporal::{Context, Found};
use crate::tokens::Token;
use crate::weekdays::weekday_any_case;
use crate::{dates, relative};
use claimkit_core::{Date, Granularity};

/// Prepositions before "the 27th" that make it a day.
const DAY_LEADS: &[&str] = &[
    "on", "for", "by", "until", "till", "since", "from", "before", "after",
];

/// A day number at `k`: "27", "27th", "twenty second", "thirty". Returns
/// the day, the index past it, and whether it was written in digits.
fn day_number(toks: &[Token], k: usize) -> Option<(i64, usize, bool)> {
    let t = toks.get(k)?;
    if t.is_number() && t.text.len() <= 2 && t.text.bytes().all(|b| b.is_ascii_digit()) {
        let d: i64 = t.text.parse().ok()?;
        let mut end = k + 1;
        if toks
            .get(end)
            .is_some_and(|s| !s.space_before && ["st", "nd", "rd", "th"].iter().any(|o| s.is(o)))
        {
            end += 1;
        }
        return (1..=31).contains(&d).then_some((d, end, true));
    }
    if !t.is_word()
        || crate::numbers::cardinal(Some(t)).is_none() && crate::numbers::ordinal(Some(t)).is_none()
    {
        return None;
    }
    let n = number_at(toks, k, false)?;
    let d = n.low;
    if n.fraction || n.vague || d.fract() != 0.0 || !(1.0..=31.0).contains(&d) {
        return None;
    }
    Some((d as i64, n.last + 1, false))
}

/// The day `day` of the month around publication: past, or future after a cue.
fn in_context(cx: &Context, i: usize, day: i64) -> Option<Resolved> {
    let p = cx.published?;
    let (y, m) = (i64::from(p.year()), i64::from(p.month()));
    let this = date(y, m, day);
    let d = if cx.future(i) {
        match this.filter(|d| *d >= p) {
            Some(d) => d,
            None => {
                let next = add_months_first(p, 1)?;
                date(i64::from(next.year()), i64::from(next.month()), day)?
            }
        }
    } else {
        match this.filter(|d| *d <= p) {
            Some(d) => d,
            None => {
                let prev = add_months_first(p, -1)?;
                date(i64::from(prev.year()), i64::from(prev.month()), day)?
            }
        }
    };
    Some(Resolved::day(d))
}

fn add_months_first(p: Date, n: i64) -> Option<Date> {
    crate::calendar::add_months(date(i64::from(p.year()), i64::from(p.month()), 1)?, n)
}

/// A month named after "of" or "in": "of July", "of next month", "in this month".
fn month_after(cx: &Context, k: usize) -> Option<(Option<Resolved>, usize)> {
    let toks = &cx.toks;
    if !toks.get(k).is_some_and(|t| t.is("of") || t.is("in")) {
        return None;
    }
    let f = relative::at(cx, k + 1).or_else(|| dates::at(cx, k + 1))?;
    if f.resolved
        .is_some_and(|r| r.granularity != Granularity::Month)
    {
        return None;
    }
    Some((f.resolved, f.end))
}

pub(crate) fn at(cx: &Context, i: usize) -> Option<Found> {
    nth_weekday(cx, i).or_else(|| bare_day(cx, i))
}

/// "the 27th", "on the 21st", "the twenty second", "Friday the 15th", "20th of next month".
fn bare_day(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    let mut k = i;
    if weekday_any_case(toks.get(k)).is_some() {
        k += 1;
        if !toks.get(k).is_some_and(|t| t.is("the")) {
            return None;
        }
    }
    let the = toks.get(k).is_some_and(|t| t.is("the"));
    if the {
        k += 1;
    }
    let (day, end, digits) = day_number(toks, k)?;
    let suffixed = digits && end == k + 2;
    if let Some((month, end)) = month_after(cx, end) {
        let resolved = month.and_then(|m| {
            date(i64::from(m.start.year()), i64::from(m.start.month()), day).map(Resolved::day)
        });
        return Found::new(end, resolved);
    }
    if !the {
        return None;
    }
    let led = i > 0 && DAY_LEADS.iter().any(|w| toks[i - 1].is(w)) || k >= 2 && i != k - 1;
    let next = toks.get(end);
    let clause_ends = next.is_none_or(|t| !t.is_word() && !t.is_number() && !t.is_dash());
    let ok = if digits {
        clause_ends
            || (suffixed
                && !next.is_some_and(|t| {
                    t.is_lowercase_word()
                        && !["to", "until", "till", "through", "and"]
                            .iter()
                            .any(|j| t.is(j))
                }))
    } else {
        led && clause_ends
    };
    if !ok || !(led || suffixed || clause_ends && digits) {
        return None;
    }
    Found::new(end, in_context(cx, i, day))
}

/// "the first Friday of July", "second Sunday", "the third Wednesday of previous month".
fn nth_weekday(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    let k = i + usize::from(toks[i].is("the"));
    // cheap test first: a weekday right after the ordinal
    if !(1..=2).any(|d| weekday_any_case(toks.get(k + d)).is_some()) {
        return None;
    }
    let n = number_at(toks, k, false).filter(|n| n.ordinal && (1.0..=5.0).contains(&n.low))?;
    let wd = weekday_any_case(toks.get(n.last + 1))?;
    // a lower-case weekday only in the full "of <month>" form
    let capital = toks[n.last + 1].is_capitalized();
    let (month, end) = match month_after(cx, n.last + 2) {
        Some((m, end)) => (m, end),
        None if capital => (
            cx.published
                .and_then(|p| crate::calendar::month_of(i64::from(p.year()), i64::from(p.month()))),
            n.last + 2,
        ),
        None => return None,
    };
    let resolved = month.and_then(|m| {
        let first = m.start;
        let to_first =
            (i64::from(wd) - i64::from(first.weekday().to_monday_zero_offset())).rem_euclid(7);
        let d = add_days(first, to_first + 7 * (n.low as i64 - 1))?;
        (d.month() == first.month()).then(|| Resolved::day(d))
    });
    Found::new(end, resolved)
}
