//! Weeks named inside a longer period or by a day they hold: "the third
//! week of July", "the last week of 2015", "the first week of next month",
//! "the third week next year", "the week of the 18th", "the week starting
//! February 4", "w/c Feb 4", "week 10", "week 31 of 2018".
//!
//! Weeks are ISO weeks, Monday to Sunday. A week belongs to the month or
//! year that holds its Thursday, as ISO week numbers count: the first week
//! of October 2016 (the 1st is a Saturday) starts on Monday the 3rd.

use crate::calendar::{add_days, date, week_of, Resolved};
use crate::numbers::{number_at, ordinal};
use crate::temporal::{Context, Found};
use crate::{dates, month_days, relative, weekdays};
use claimkit_core::{Date, Granularity};

pub(crate) fn at(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    let k = i + usize::from(toks[i].is("the"));
    let t = toks.get(k)?;
    if t.is("week") {
        return week_of_day(cx, k).or_else(|| numbered(cx, k));
    }
    if t.is("w") {
        return week_of_day(cx, k);
    }
    nth_week(cx, k)
}

/// The Monday of the week whose Thursday is the first in `start..=end`.
fn first_week(start: Date, end: Date) -> Option<Date> {
    let monday = week_of(start)?.start;
    let monday = if add_days(monday, 3)? < start {
        add_days(monday, 7)?
    } else {
        monday
    };
    (add_days(monday, 3)? <= end).then_some(monday)
}

/// The Monday of the week whose Thursday is the last in `start..=end`.
fn last_week(start: Date, end: Date) -> Option<Date> {
    let monday = week_of(end)?.start;
    let monday = if add_days(monday, 3)? > end {
        add_days(monday, -7)?
    } else {
        monday
    };
    (add_days(monday, 3)? >= start).then_some(monday)
}

fn week_from(monday: Date) -> Option<Resolved> {
    Some(Resolved {
        start: monday,
        end: add_days(monday, 6)?,
        granularity: Granularity::Week,
    })
}

/// "the third week of July", "last week of 2015", "first week of this
/// year", "the third week next year".
fn nth_week(cx: &Context, k: usize) -> Option<Found> {
    let toks = &cx.toks;
    let t = toks.get(k)?;
    let (n, w) = if t.is("last") || t.is("final") {
        (0, k + 1)
    } else {
        // cheap test first: an ordinal word or "3rd"
        if ordinal(Some(t)).is_none() && !t.is_number() {
            return None;
        }
        let n = number_at(toks, k, false).filter(|n| n.ordinal && (1.0..=5.0).contains(&n.low))?;
        (n.low as i64, n.last + 1)
    };
    if !toks.get(w).is_some_and(|t| t.is("week")) {
        return None;
    }
    let p = w + 1 + usize::from(toks.get(w + 1).is_some_and(|t| t.is("of") || t.is("in")));
    let period = relative::at(cx, p)
        .or_else(|| dates::at(cx, p))
        .filter(|f| {
            f.resolved.is_none_or(|r| {
                matches!(r.granularity, Granularity::Month | Granularity::Year)
                    && (r.end - r.start).get_days() >= 27
            })
        })?;
    let resolved = period.resolved.and_then(|r| {
        let monday = if n == 0 {
            last_week(r.start, r.end)?
        } else {
            add_days(first_week(r.start, r.end)?, 7 * (n - 1))?
        };
        (add_days(monday, 3)? <= r.end).then_some(())?;
        week_from(monday)
    });
    Found::new(period.end, resolved)
}

/// "the week of the 18th", "week of September 16th", "the week starting
/// (on) February 4", "the week commencing Feb 4", "w/c Feb 4".
fn week_of_day(cx: &Context, k: usize) -> Option<Found> {
    let toks = &cx.toks;
    let d = if toks[k].is("w") {
        toks.get(k + 1)
            .filter(|s| s.is_punct('/') && !s.space_before)?;
        toks.get(k + 2).filter(|c| c.is("c") && !c.space_before)?;
        k + 3
    } else {
        let cue = toks.get(k + 1).filter(|c| {
            c.is("of") || c.is("commencing") || c.is("starting") || c.is("beginning")
        })?;
        k + 2 + usize::from(!cue.is("of") && toks.get(k + 2).is_some_and(|t| t.is("on")))
    };
    let day = [dates::at, month_days::at, weekdays::at]
        .iter()
        .filter_map(|rule| rule(cx, d))
        .filter(|f| f.resolved.is_none_or(|r| r.granularity == Granularity::Day))
        .max_by_key(|f| f.end)?;
    Found::new(day.end, day.resolved.and_then(|r| week_of(r.start)))
}

/// "week 10", "Week 31 of 2018": an ISO week by number, of the year named
/// or of the publication year; not "week 3 of the strike".
fn numbered(cx: &Context, k: usize) -> Option<Found> {
    let toks = &cx.toks;
    let n = toks.get(k + 1).filter(|n| {
        n.is_number() && n.text.len() <= 2 && n.text.bytes().all(|b| b.is_ascii_digit())
    })?;
    let week: i64 = n.text.parse().ok()?;
    if !(1..=53).contains(&week) {
        return None;
    }
    let (year, end) = if toks.get(k + 2).is_some_and(|t| t.is("of")) {
        let (y, end) = dates::year_of_period(cx, k + 2)?;
        (y, end)
    } else {
        (cx.published.map(|p| i64::from(p.year())), k + 2)
    };
    let resolved = year.and_then(|y| {
        let monday = week_of(date(y, 1, 4)?)?.start;
        let monday = add_days(monday, 7 * (week - 1))?;
        // week 53 only in years that have one
        (week_of(date(y, 12, 28)?)?.start >= monday).then_some(())?;
        week_from(monday)
    });
    Found::new(end, resolved)
}

#[cfg(test)]
mod tests {
    use crate::temporal::find;
    use claimkit_core::Date;

    fn span(text: &str, published: &str) -> Vec<(String, String, String)> {
        let p: Date = published.parse().expect("a date");
        find(text, &[], Some(p))
            .iter()
            .map(|t| {
                let d = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
                (t.span.text(text).to_string(), d(t.start), d(t.end))
            })
            .collect()
    }

    #[test]
    fn weeks_belong_to_the_period_holding_their_thursday() {
        let s = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
        assert_eq!(
            span("talks in the first week of October.", "2016-11-07"),
            [s("the first week of October", "2016-10-03", "2016-10-09")]
        );
        assert_eq!(
            span("sales in the last week of 2015 fell", "2017-11-20"),
            [s("the last week of 2015", "2015-12-28", "2016-01-03")]
        );
        assert_eq!(
            span("for the week of the 18th.", "2018-08-28"),
            [s("the week of the 18th", "2018-08-13", "2018-08-19")]
        );
    }
}
