//! Seasons: "this summer", "next spring", "last winter", "in the summer",
//! "summer 2016", "the spring of 1978", "fall of nineteen seventy-eight".
//!
//! A season is its three meteorological months (northern hemisphere: spring
//! from March, summer from June, autumn from September, winter from
//! December into the next year), with granularity `month`, since its bounds
//! are whole months but it is no calendar quarter. "Fall" and "spring" are
//! also common words, so a season needs a year, a deictic word ("this",
//! "next", "last") or, for the unambiguous ones, "the" or a preposition.

use crate::calendar::{add_months, date, season_of, Resolved};
use crate::dates::year_of_period;
use crate::lexicon::time_words::SEASONS;
use crate::temporal::{Context, Found};
use crate::tokens::Token;
use claimkit_core::Date;

/// Words before a season that make it one: "in summer", "the summer".
const SEASON_LEADS: &[&str] = &[
    "the", "in", "during", "over", "since", "until", "till", "by", "through", "before", "after",
];

/// Which season a deictic word picks.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Which {
    /// The season holding publication, or this year's ("this summer").
    This,
    /// The first one starting after publication ("next spring").
    Next,
    /// The last one ended before publication ("last winter").
    Last,
    /// The most recent one begun by publication, or the coming one after a
    /// future cue ("in the summer").
    Context,
}

fn season(t: Option<&Token>) -> Option<(i8, bool)> {
    let t = t.filter(|t| t.is_word())?;
    SEASONS
        .iter()
        .find(|(w, _)| t.text.eq_ignore_ascii_case(w))
        .map(|&(w, m)| (m, w == "fall" || w == "spring"))
}

pub(crate) fn at(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    let t = &toks[i];
    let (which, k) = if t.is("this") || t.is("current") {
        (Which::This, i + 1)
    } else if t.is("next") || t.is("coming") {
        (Which::Next, i + 1)
    } else if t.is("last") || t.is("past") || t.is("previous") {
        (Which::Last, i + 1)
    } else if t.is("the") {
        (Which::Context, i + 1)
    } else {
        (Which::Context, i)
    };
    let (month, common_word) = season(toks.get(k))?;
    // "summer 2016", "the spring of 1978", "summer of nineteen seventy-eight"
    if let Some((year, end)) = year_of_period(cx, k + 1) {
        let resolved = year.and_then(|y| season_of(y, i64::from(month)));
        return Found::new(end, resolved);
    }
    let lead = k == i + 1 || i > 0 && SEASON_LEADS.iter().any(|w| toks[i - 1].is(w));
    if which == Which::Context && (common_word || !lead) {
        return None;
    }
    let which = if which == Which::Context && cx.future(i) {
        Which::Next
    } else {
        which
    };
    let resolved = cx
        .published
        .and_then(|p| resolve(p, i64::from(month), which));
    Found::new(k + 1, resolved)
}

fn resolve(p: Date, month: i64, which: Which) -> Option<Resolved> {
    let y = i64::from(p.year());
    // the season of this kind that began last on or before publication
    let begun = |y: i64| date(y, month, 1).filter(|s| *s <= p);
    let recent = begun(y).map_or(y - 1, |_| y);
    let year = match which {
        Which::This => {
            // "this winter" in January is the one begun in December
            if month == 12 && p.month() <= 2 {
                y - 1
            } else {
                y
            }
        }
        Which::Next => recent + 1,
        Which::Last => {
            let current = season_of(recent, month)?;
            if add_months(current.start, 3)? <= p {
                recent
            } else {
                recent - 1
            }
        }
        Which::Context => recent,
    };
    season_of(year, month)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().expect("a date")
    }

    #[test]
    fn seasons_around_publication() {
        let p = d("2016-11-07");
        let start = |w| resolve(p, 6, w).map(|r| r.start.to_string());
        assert_eq!(start(Which::This).as_deref(), Some("2016-06-01"));
        assert_eq!(start(Which::Next).as_deref(), Some("2017-06-01"));
        assert_eq!(start(Which::Last).as_deref(), Some("2016-06-01"));
        let winter = resolve(d("2016-01-15"), 12, Which::This).unwrap();
        assert_eq!(
            (winter.start.to_string(), winter.end.to_string()),
            ("2015-12-01".to_string(), "2016-02-29".to_string())
        );
        assert_eq!(
            resolve(d("2016-01-15"), 12, Which::Last)
                .map(|r| r.start.to_string())
                .as_deref(),
            Some("2014-12-01")
        );
    }
}
