//! Which year a day or month without one falls in: the nearest to the
//! publication date, or the next or last one as the clause's tense says.

use super::*;

/// A day and month without a year: after a future cue or a present-tense verb
/// ("the offer expires April 11") the next such day (unless it passed in the
/// last month: "is to run from January 23" is under way), in a past-tense clause or
/// after "since" the last one ("took effect on Jan. 1"), and otherwise the one
/// nearest the publication date (the past on a tie). News names a coming day
/// without its year ("payable April 1") as often as a recent one, and gives the
/// year when the day is further away.
pub(super) fn day_in_context(cx: &Context, i: usize, month: i64, day: i64) -> Option<Resolved> {
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
pub(super) const UNDER_WAY_DAYS: i64 = 31;

/// Whole days from `a` to `b`.
pub(super) fn days_between(a: claimkit_core::Date, b: claimkit_core::Date) -> i64 {
    i64::from((b - a).get_days())
}

/// A month without a year: the most recent such month, or the coming one
/// after a future cue or a present-tense verb ("the election is in December").
pub(super) fn month_in_context(cx: &Context, i: usize, month: i64) -> Option<Resolved> {
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
