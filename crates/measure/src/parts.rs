//! Parts of a period: "early next year", "late last month", "mid next week",
//! "the end of March", "the beginning of 2000", "the rest of the week", and
//! weekends ("the weekend", "the weekend after next").
//!
//! A week's early part is Monday to Wednesday, its middle Tuesday to Friday,
//! its late part Thursday to Sunday; a month splits at the 16th (its middle
//! is the 10th to the 20th); a year splits into halves for "early" and
//! "late" and into thirds for "beginning", "middle" and "end"; a decade or a
//! century into its first four tenths, next three and last three ("the early
//! 1990s" 1990–1993, "the mid-1990s" 1994–1996, "the late 1990s" 1997–1999).

use crate::calendar::{add_days, date, period_around, Resolved};
use crate::lexicon::time_words::Period;
use crate::temporal::{Context, Found};
use crate::{dates, relative};
use claimkit_core::Granularity;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Early,
    Mid,
    Late,
    Beginning,
    Middle,
    End,
    Rest,
}

pub(crate) fn at(cx: &Context, i: usize) -> Option<Found> {
    weekend(cx, i).or_else(|| part(cx, i))
}

/// The part word at `i` and the index of the period after it.
fn part_word(cx: &Context, i: usize) -> Option<(Part, usize)> {
    let toks = &cx.toks;
    let mut k = i;
    // "at the end of", "the beginning of"
    if toks[k].is("the") {
        k += 1;
    }
    let t = toks.get(k)?;
    let (p, of_needed) = if t.is("early") {
        (Part::Early, false)
    } else if t.is("late") {
        (Part::Late, false)
    } else if t.is("mid") {
        (Part::Mid, false)
    } else if t.is("beginning") || t.is("start") {
        (Part::Beginning, true)
    } else if t.is("middle") {
        (Part::Middle, true)
    } else if t.is("end") {
        (Part::End, true)
    } else if t.is("rest") {
        (Part::Rest, false)
    } else {
        return None;
    };
    if k > i && matches!(p, Part::Early | Part::Late | Part::Mid | Part::Rest) && p != Part::Rest {
        return None;
    }
    k += 1;
    if toks.get(k).is_some_and(|d| d.is_dash() && !d.space_before) {
        k += 1;
    }
    if toks.get(k).is_some_and(|t| t.is("of")) {
        k += 1;
    } else if of_needed {
        return None;
    }
    Some((p, k))
}

/// "late this month", "the end of March", "the rest of the week".
fn part(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    let (p, k) = part_word(cx, i)?;
    // "the week", "my week", "this week" after "rest of": the current one
    let current = |k: usize| -> Option<(usize, Period)> {
        let lead = toks
            .get(k)
            .filter(|t| t.is("the") || t.is("my") || t.is("this") || t.is("current"));
        let at = k + usize::from(lead.is_some());
        let period = match toks.get(at) {
            Some(t) if t.is("week") => Period::Week,
            Some(t) if t.is("month") => Period::Month,
            Some(t) if t.is("year") => Period::Year,
            _ => return None,
        };
        Some((at + 1, period))
    };
    let (end, whole) = if let Some((end, period)) = current(k) {
        (end, cx.published.and_then(|d| period_around(d, period, 0)))
    } else {
        let found = relative::at(cx, k).or_else(|| dates::at(cx, k))?;
        (found.end, found.resolved)
    };
    let resolved = whole.and_then(|w| cut(cx, w, p));
    if whole.is_some_and(|w| w.granularity == Granularity::Day) {
        return None;
    }
    Found::new(end, resolved)
}

fn cut(cx: &Context, w: Resolved, p: Part) -> Option<Resolved> {
    let (s, e) = (w.start, w.end);
    let days = |a: i64, b: i64| Some((add_days(s, a)?, add_days(s, b)?));
    let (start, end) = match (w.granularity, p) {
        (_, Part::Rest) => (cx.published?.max(s), e),
        (Granularity::Week, Part::Early | Part::Beginning) => days(0, 2)?,
        (Granularity::Week, Part::Mid | Part::Middle) => days(1, 4)?,
        (Granularity::Week, Part::Late | Part::End) => (add_days(s, 3)?, e),
        (Granularity::Month, Part::Early | Part::Beginning) => days(0, 14)?,
        (Granularity::Month, Part::Mid | Part::Middle) => days(9, 19)?,
        (Granularity::Month, Part::Late | Part::End) => (add_days(s, 15)?, e),
        (Granularity::Year, part) => {
            let y = i64::from(s.year());
            let (a, b) = match part {
                Part::Early => (1, 6),
                Part::Late => (7, 12),
                Part::Mid => (4, 9),
                Part::Beginning => (1, 4),
                Part::Middle => (5, 8),
                _ => (9, 12),
            };
            (date(y, a, 1)?, date(y, b, 1)?.last_of_month())
        }
        (Granularity::Decade | Granularity::Century, part) => {
            // "the early 1990s" 1990–1993, "the mid-1990s" 1994–1996, "the late
            // 1990s" 1997–1999; a century in thirds the same way
            let (first, span) = (i64::from(s.year()), i64::from(e.year() - s.year()) + 1);
            let (four_tenths, seven_tenths) = (span * 4 / 10, span * 7 / 10);
            let (a, b) = match part {
                Part::Early | Part::Beginning => (first, first + four_tenths - 1),
                Part::Mid | Part::Middle => (first + four_tenths, first + seven_tenths - 1),
                _ => (first + seven_tenths, first + span - 1),
            };
            (date(a, 1, 1)?, date(b, 12, 31)?)
        }
        _ => return None,
    };
    (start <= end).then_some(Resolved {
        start,
        end,
        granularity: w.granularity,
    })
}

/// "the weekend", "this weekend", "on weekend", "that weekend", "the weekend
/// after next": Saturday and Sunday of the week meant.
fn weekend(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    let t = &toks[i];
    let k = if t.is("the")
        || t.is("this")
        || t.is("that")
        || t.is("my")
        || t.is("on")
        || t.is("over")
    {
        i + 1
    } else {
        i
    };
    if !toks.get(k).is_some_and(|w| w.is("weekend")) {
        return None;
    }
    let mut end = k + 1;
    let mut offset = 0;
    // "the weekend after next", "the weekend after the next"
    if t.is("the") && toks.get(end).is_some_and(|a| a.is("after")) {
        let n = end + 1 + usize::from(toks.get(end + 1).is_some_and(|x| x.is("the")));
        if toks.get(n).is_some_and(|x| x.is("next")) {
            offset = 2;
            end = n + 1;
        }
    }
    let first = if t.is("on") || t.is("over") { i + 1 } else { i };
    let _ = first;
    Found::new(
        end,
        cx.published
            .and_then(|d| period_around(d, Period::Weekend, offset)),
    )
}

#[cfg(test)]
mod tests {
    use claimkit_core::Date;

    /// (mention, first day, last day) of every time in `text`, published 2005-01-15.
    fn periods(text: &str) -> Vec<(String, String, String)> {
        let published = Some(Date::constant(2005, 1, 15));
        crate::times(text, &[], published)
            .iter()
            .map(|t| {
                let day = |d: Option<Date>| d.map_or(String::new(), |d| d.to_string());
                (t.span.text(text).to_string(), day(t.start), day(t.end))
            })
            .collect()
    }

    #[test]
    fn parts_of_decades_and_centuries() {
        // BBC News, 2005: "the early 1990s", "the mid-1990s", "the late 40s"
        let found = periods("In the early 1990s, the mid-1990s and the late 40s it grew.");
        let days: Vec<(&str, &str)> = found.iter().map(|t| (&t.1[..], &t.2[..])).collect();
        assert_eq!(
            days,
            [
                ("1990-01-01", "1993-12-31"),
                ("1994-01-01", "1996-12-31"),
                ("1947-01-01", "1949-12-31")
            ]
        );
        let found = periods("The late 1800s saw growth.");
        assert_eq!(
            (&found[0].1[..], &found[0].2[..]),
            ("1870-01-01", "1899-12-31")
        );
    }
}
