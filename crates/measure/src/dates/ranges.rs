//! Date ranges: "from Nov. 3 to Nov. 5", "Nov. 3-5", "2014-2018", "between
//! now and November 15th", read as one period from the first day of one end
//! to the last day of the other.

use super::*;
use claimkit_core::Date;

/// Words joining the two ends of a date range.
pub(super) const JOINERS: &[&str] = &["to", "through", "until", "till", "and", "-", "–", "—"];

/// One end of a range: a date, month, year or quarter, a relative day
/// ("today", "next Friday") or "now".
pub(super) fn range_end(cx: &Context, k: usize) -> Option<Found> {
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
    let opener = opens_range(cx, i)?;
    let a_at = if opener { i + 1 } else { i };
    // the first end: a date or period, or a bare day whose month the second end gives
    let (a, joiner) = match range_end(cx, a_at) {
        Some(a) => (Some(a), a.end),
        None => (None, day_at(&cx.toks, a_at)?.1),
    };
    let j = cx.toks.get(joiner).filter(|t| is_joiner(t))?;
    if j.is("and") && !cx.toks[i].is("between") {
        return None;
    }
    let ends = Ends {
        a,
        a_at,
        b_at: joiner + 1,
        b: range_end(cx, joiner + 1),
        bare_day: day_at(&cx.toks, joiner + 1),
    };
    if !opener && !ends.stand_alone() {
        return None;
    }
    let (start, end, last) = ends.bounds(cx)?;
    let end = second_end_after_first(cx, &ends, start, end, last)?;
    Found::new(
        last,
        Some(Resolved {
            start,
            end,
            granularity: granularity_of((end - start).get_days()),
        }),
    )
}

/// Whether a range can open at `i` (`Some(true)` after "from" or
/// "between"): a cheap test first, since a joiner must follow within a few
/// tokens.
fn opens_range(cx: &Context, i: usize) -> Option<bool> {
    let toks = &cx.toks;
    let opener = toks[i].is("from") || toks[i].is("between");
    if !opener && !toks[i].is_number() && month_at(toks, i).is_none() {
        return None;
    }
    let reach = toks.len().min(i + 12);
    toks[i + 1..reach].iter().any(is_joiner).then_some(opener)
}

fn is_joiner(t: &Token) -> bool {
    JOINERS.iter().any(|w| t.text.eq_ignore_ascii_case(w))
}

/// The two ends of a range as read.
struct Ends {
    /// The first end, unless it is a bare day ("4 to 22 January").
    a: Option<Found>,
    a_at: usize,
    b_at: usize,
    /// The second end as a date or period.
    b: Option<Found>,
    /// The second end as a bare day number, and the index past it.
    bare_day: Option<(i64, usize)>,
}

fn has_granularity(f: Option<Found>, g: Granularity) -> bool {
    f.is_some_and(|f| f.resolved.is_some_and(|r| r.granularity == g))
}

impl Ends {
    /// Without "from" or "between", only days ("Nov. 3-5") and years
    /// ("2014-2018", both ends years) make ranges.
    fn stand_alone(&self) -> bool {
        let a_is_day = has_granularity(self.a, Granularity::Day);
        let a_is_year = has_granularity(self.a, Granularity::Year);
        if self.a.is_some() && !a_is_day && !a_is_year {
            return false;
        }
        !a_is_year || has_granularity(self.b, Granularity::Year)
    }

    /// The first day, the last day and the index past the range.
    fn bounds(&self, cx: &Context) -> Option<(Date, Date, usize)> {
        let toks = &cx.toks;
        let a_is_day = has_granularity(self.a, Granularity::Day);
        match (self.a, self.b) {
            (Some(a), Some(b)) if !(a_is_day && self.bare_day.is_some_and(|(_, e)| e >= b.end)) => {
                Some((a.resolved?.start, b.resolved?.end, b.end))
            }
            (None, Some(b)) => {
                // "4 to 22 January": the second end names the month; not "11 - 2016"
                let (day, _) = day_at(toks, self.a_at)?;
                let e = b
                    .resolved
                    .filter(|r| matches!(r.granularity, Granularity::Day | Granularity::Month))?
                    .end;
                Some((
                    date(i64::from(e.year()), i64::from(e.month()), day)?,
                    e,
                    b.end,
                ))
            }
            (None, None) => self.days_of_a_relative_month(cx),
            (Some(a), _) if a_is_day => {
                // "Nov. 3-5": the second end is a day of the same month
                let (day, end) = self.bare_day?;
                let s = a.resolved?.start;
                Some((
                    s,
                    date(i64::from(s.year()), i64::from(s.month()), day)?,
                    end,
                ))
            }
            _ => None,
        }
    }

    /// "from 4 to 22 this month", "4 till 23 of this month", "from 4-23 in next month".
    fn days_of_a_relative_month(&self, cx: &Context) -> Option<(Date, Date, usize)> {
        let toks = &cx.toks;
        let (day_a, _) = day_at(toks, self.a_at)?;
        let (day_b, after) = self.bare_day?;
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
        Some((date(y, mo, day_a)?, date(y, mo, day_b)?, m.end))
    }
}

/// The second end moved after the first where it reads before it: "from
/// Friday the 11th until Tuesday the 15th" (a second end without a month is
/// a day of the first end's month, or of a later one), and "Oct. 2 to
/// October 22" read in the future (a year on).
fn second_end_after_first(
    cx: &Context,
    ends: &Ends,
    start: Date,
    mut end: Date,
    last: usize,
) -> Option<Date> {
    let b_names_month = (ends.b_at..last).any(|k| month_at(&cx.toks, k).is_some());
    if end < start && !b_names_month && end.day() >= start.day() {
        end = date(
            i64::from(start.year()),
            i64::from(start.month()),
            i64::from(end.day()),
        )
        .filter(|e| *e >= start)
        .unwrap_or(end);
    }
    if end < start {
        end = crate::calendar::add_years(end, 1).filter(|e| *e >= start)?;
    }
    Some(end)
}

/// The granularity of a range of `days` days after its first.
fn granularity_of(days: i32) -> Granularity {
    match days {
        0 => Granularity::Day,
        1..=7 => Granularity::Week,
        8..=92 => Granularity::Month,
        _ => Granularity::Year,
    }
}
