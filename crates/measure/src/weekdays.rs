//! Weekdays: "Tuesday", "Tuesday night", "last Friday", "next Tuesday".
//! A bare weekday in a news report is the most recent such day on or before
//! publication; after a future cue ("will meet Tuesday") the coming one.

use crate::calendar::{add_days, week_of, Resolved};
use crate::lexicon::time_words::{PARTS_OF_DAY, WEEKDAYS};
use crate::temporal::{Context, Found};
use crate::tense::ClauseTense;
use crate::tokens::{lower, Token};
use claimkit_core::Date;

/// The weekday named by a token, Monday = 0.
pub(crate) fn weekday(t: Option<&Token>) -> Option<i8> {
    weekday_any_case(t.filter(|t| t.is_capitalized()))
}

/// The weekday named by a token in any case ("friday" in "the first friday
/// of July"), for patterns that leave no doubt.
pub(crate) fn weekday_any_case(t: Option<&Token>) -> Option<i8> {
    let t = t.filter(|t| t.is_word())?;
    let mut buf = [0u8; 32];
    let w = lower(t.text, &mut buf);
    WEEKDAYS
        .iter()
        .find(|(name, _)| *name == w)
        .map(|&(_, d)| d)
}

/// "next week", "last week", "this week" at `k`: the week offset and the
/// index past it.
fn week_at(toks: &[Token], k: usize) -> Option<(i64, usize)> {
    let offset = match toks.get(k) {
        Some(t) if t.is("next") || t.is("coming") => 1,
        Some(t) if t.is("last") || t.is("previous") || t.is("past") => -1,
        Some(t) if t.is("this") || t.is("current") => 0,
        _ => return None,
    };
    toks.get(k + 1).filter(|t| t.is("week"))?;
    Some((offset, k + 2))
}

/// Which occurrence a weekday mention means.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Which {
    /// The most recent on or before publication.
    Recent,
    /// Strictly before publication ("last Friday").
    Last,
    /// On or after publication.
    Coming,
    /// In the ISO week after publication's ("next Sunday").
    NextWeek,
    /// In publication's ISO week ("this Friday").
    ThisWeek,
}

pub(crate) fn at(cx: &Context, i: usize) -> Option<Found> {
    in_named_week(cx, i).or_else(|| plain(cx, i))
}

/// "next week Sunday", "next week on Friday", "Friday next week", "Sunday of
/// next week": a weekday of the week named.
fn in_named_week(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    if let Some(found) = days_of_named_week(cx, i) {
        return Some(found);
    }
    let (offset, day, end) = if let Some((offset, k)) = week_at(toks, i) {
        let k = k + usize::from(toks.get(k).is_some_and(|t| t.is("on")));
        (offset, weekday(toks.get(k))?, k + 1)
    } else {
        let k = i + usize::from(toks[i].is("on"));
        let day = weekday(toks.get(k))?;
        let w = k + 1 + usize::from(toks.get(k + 1).is_some_and(|t| t.is("of")));
        let (offset, end) = week_at(toks, w)?;
        (offset, day, end)
    };
    let resolved = cx.published.and_then(|p| {
        let monday = week_of(add_days(p, 7 * offset)?)?.start;
        add_days(monday, i64::from(day)).map(Resolved::day)
    });
    Found::new(end, resolved)
}

/// "next week between Wednesday and Friday", "this week from Tue to Thu":
/// days of the week named.
fn days_of_named_week(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    let (offset, k) = week_at(toks, i)?;
    let from = toks.get(k).filter(|t| t.is("between") || t.is("from"))?;
    let a = weekday_any_case(toks.get(k + 1))?;
    let joined = toks.get(k + 2).is_some_and(|j| {
        if from.is("between") {
            j.is("and")
        } else {
            j.is("to") || j.is("through") || j.is("until") || j.is_dash()
        }
    });
    let b = weekday_any_case(toks.get(k + 3)).filter(|b| joined && *b >= a)?;
    let resolved = cx.published.and_then(|p| {
        let monday = week_of(add_days(p, 7 * offset)?)?.start;
        Some(Resolved {
            start: add_days(monday, i64::from(a))?,
            end: add_days(monday, i64::from(b))?,
            granularity: claimkit_core::Granularity::Day,
        })
    });
    Found::new(k + 4, resolved)
}

fn plain(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    let (which, day_at) = match toks.get(i) {
        Some(t) if t.is("last") || t.is("past") => (Which::Last, i + 1),
        Some(t) if t.is("next") => (Which::NextWeek, i + 1),
        Some(t) if t.is("this") || t.is("coming") => (Which::ThisWeek, i + 1),
        _ => (Which::Recent, i),
    };
    // "next friday": after a deictic word a weekday in any case
    let day = if which == Which::Recent {
        weekday(toks.get(day_at))?
    } else {
        weekday_any_case(toks.get(day_at))?
    };
    let mut end = day_at + 1;
    // "Tues." abbreviation
    if toks[day_at].text.len() <= 5 && toks.get(end).is_some_and(|t| t.is_punct('.')) {
        end += 1;
    }
    if toks
        .get(end)
        .is_some_and(|t| PARTS_OF_DAY.iter().any(|p| t.is(p)))
    {
        end += 1;
    }
    // "will meet Tuesday", "the rally is on Saturday": the coming one
    let looks_forward = cx.future(i) || cx.clause_tense(i) == ClauseTense::Present;
    let which = if which == Which::Recent && looks_forward {
        Which::Coming
    } else {
        which
    };
    let resolved = cx
        .published
        .and_then(|p| resolve(p, day, which))
        .map(Resolved::day);
    Found::new(end, resolved)
}

fn resolve(published: Date, day: i8, which: Which) -> Option<Date> {
    let today = published.weekday().to_monday_zero_offset();
    let back = i64::from((today - day).rem_euclid(7));
    match which {
        Which::Recent => add_days(published, -back),
        Which::Last => add_days(published, if back == 0 { -7 } else { -back }),
        Which::Coming => add_days(published, i64::from((day - today).rem_euclid(7))),
        Which::ThisWeek => add_days(week_of(published)?.start, i64::from(day)),
        Which::NextWeek => add_days(week_of(published)?.start, 7 + i64::from(day)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().expect("a date")
    }

    #[test]
    fn weekdays_around_a_tuesday() {
        let p = d("2015-11-17"); // a Tuesday
        assert_eq!(resolve(p, 1, Which::Recent), Some(d("2015-11-17")));
        assert_eq!(resolve(p, 4, Which::Recent), Some(d("2015-11-13")));
        assert_eq!(resolve(p, 2, Which::Recent), Some(d("2015-11-11")));
        assert_eq!(resolve(p, 2, Which::Coming), Some(d("2015-11-18")));
        assert_eq!(resolve(p, 1, Which::Last), Some(d("2015-11-10")));
        assert_eq!(
            resolve(d("2016-11-07"), 6, Which::NextWeek),
            Some(d("2016-11-20"))
        );
    }
}
