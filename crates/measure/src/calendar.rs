//! Calendar arithmetic on [`jiff`] dates: ISO weeks, months, quarters, years,
//! decades, and moving by whole periods.

use crate::lexicon::time_words::Period;
use claimkit_core::{Date, Granularity};

/// A resolved period: first and last day, and its size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Resolved {
    pub start: Date,
    pub end: Date,
    pub granularity: Granularity,
}

impl Resolved {
    pub fn day(d: Date) -> Resolved {
        Resolved {
            start: d,
            end: d,
            granularity: Granularity::Day,
        }
    }
}

pub(crate) fn date(year: i64, month: i64, day: i64) -> Option<Date> {
    Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()
}

pub(crate) fn add_days(d: Date, days: i64) -> Option<Date> {
    d.checked_add(jiff::Span::new().try_days(days).ok()?).ok()
}

pub(crate) fn add_months(d: Date, months: i64) -> Option<Date> {
    d.checked_add(jiff::Span::new().try_months(months).ok()?)
        .ok()
}

pub(crate) fn add_years(d: Date, years: i64) -> Option<Date> {
    d.checked_add(jiff::Span::new().try_years(years).ok()?).ok()
}

/// The ISO week (Monday to Sunday) holding `d`.
pub(crate) fn week_of(d: Date) -> Option<Resolved> {
    let monday = add_days(d, -i64::from(d.weekday().to_monday_zero_offset()))?;
    Some(Resolved {
        start: monday,
        end: add_days(monday, 6)?,
        granularity: Granularity::Week,
    })
}

pub(crate) fn month_of(year: i64, month: i64) -> Option<Resolved> {
    let first = date(year, month, 1)?;
    Some(Resolved {
        start: first,
        end: first.last_of_month(),
        granularity: Granularity::Month,
    })
}

pub(crate) fn quarter_of(year: i64, quarter: i64) -> Option<Resolved> {
    if !(1..=4).contains(&quarter) {
        return None;
    }
    let start = date(year, 3 * quarter - 2, 1)?;
    let end = date(year, 3 * quarter, 1)?.last_of_month();
    Some(Resolved {
        start,
        end,
        granularity: Granularity::Quarter,
    })
}

/// The first or second half of a year. Its granularity is
/// [`Granularity::Quarter`]: a half is two whole quarters.
pub(crate) fn half_of(year: i64, half: i64) -> Option<Resolved> {
    if !(1..=2).contains(&half) {
        return None;
    }
    Some(Resolved {
        start: date(year, 6 * half - 5, 1)?,
        end: date(year, 6 * half, 1)?.last_of_month(),
        granularity: Granularity::Quarter,
    })
}

/// The season starting in `month` of `year` ("summer 2016" → 2016-06-01 ..
/// 2016-08-31; winter runs into the next year). Its granularity is
/// [`Granularity::Month`]: a season is three whole months, not a quarter.
pub(crate) fn season_of(year: i64, month: i64) -> Option<Resolved> {
    let start = date(year, month, 1)?;
    let end = add_days(add_months(start, 3)?, -1)?;
    Some(Resolved {
        start,
        end,
        granularity: Granularity::Month,
    })
}

pub(crate) fn year_of(year: i64) -> Option<Resolved> {
    Some(Resolved {
        start: date(year, 1, 1)?,
        end: date(year, 12, 31)?,
        granularity: Granularity::Year,
    })
}

/// The decade starting at `first_year` ("the 1930s" → 1930..1939).
pub(crate) fn decade_of(first_year: i64) -> Option<Resolved> {
    Some(Resolved {
        start: date(first_year, 1, 1)?,
        end: date(first_year + 9, 12, 31)?,
        granularity: Granularity::Decade,
    })
}

/// The `n`th century ("21st century" → 2001..2100, as calendars count; the
/// common reading 2000..2099 is used, as news means it).
pub(crate) fn century_of(n: i64) -> Option<Resolved> {
    let first = (n - 1) * 100;
    Some(Resolved {
        start: date(first.max(1), 1, 1)?,
        end: date(first + 99, 12, 31)?,
        granularity: Granularity::Century,
    })
}

/// The period of kind `p` that holds `d`, shifted by `offset` periods
/// ("last month" = offset -1).
pub(crate) fn period_around(d: Date, p: Period, offset: i64) -> Option<Resolved> {
    let (y, m) = (i64::from(d.year()), i64::from(d.month()));
    match p {
        Period::Day => Some(Resolved::day(add_days(d, offset)?)),
        Period::Week => week_of(add_days(d, 7 * offset)?),
        Period::Weekend => {
            let week = week_of(add_days(d, 7 * offset)?)?;
            Some(Resolved {
                start: add_days(week.start, 5)?,
                end: week.end,
                granularity: Granularity::Day,
            })
        }
        Period::Month => {
            let shifted = add_months(date(y, m, 1)?, offset)?;
            month_of(i64::from(shifted.year()), i64::from(shifted.month()))
        }
        Period::Quarter => {
            let q = (m - 1) / 3 + offset;
            let (y, q) = (y + q.div_euclid(4), q.rem_euclid(4) + 1);
            quarter_of(y, q)
        }
        Period::Year => year_of(y + offset),
        Period::Decade => decade_of(y - y.rem_euclid(10) + 10 * offset),
        Period::Century => {
            let c = y / 100 + offset;
            Some(Resolved {
                start: date((c * 100).max(1), 1, 1)?,
                end: date(c * 100 + 99, 12, 31)?,
                granularity: Granularity::Century,
            })
        }
    }
}

/// `d` moved by `n` periods of kind `p` ("two years ago" = -2 years).
pub(crate) fn shift(d: Date, p: Period, n: i64) -> Option<Date> {
    match p {
        Period::Day => add_days(d, n),
        Period::Week | Period::Weekend => add_days(d, 7 * n),
        Period::Month => add_months(d, n),
        Period::Quarter => add_months(d, 3 * n),
        Period::Year => add_years(d, n),
        Period::Decade => add_years(d, 10 * n),
        Period::Century => add_years(d, 100 * n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().expect("a date")
    }

    #[test]
    fn periods_around_the_seed_dateline() {
        let p = d("2015-11-17");
        let last_week = period_around(p, Period::Week, -1).unwrap();
        assert_eq!(
            (last_week.start, last_week.end),
            (d("2015-11-09"), d("2015-11-15"))
        );
        let last_month = period_around(p, Period::Month, -1).unwrap();
        assert_eq!(
            (last_month.start, last_month.end),
            (d("2015-10-01"), d("2015-10-31"))
        );
        let last_quarter = period_around(d("2015-02-01"), Period::Quarter, -1).unwrap();
        assert_eq!(
            (last_quarter.start, last_quarter.end),
            (d("2014-10-01"), d("2014-12-31"))
        );
        assert_eq!(shift(p, Period::Year, -2), Some(d("2013-11-17")));
    }
}
