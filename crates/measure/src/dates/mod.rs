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

mod forms;
mod nearest;
mod parts;
mod ranges;

use forms::*;
use nearest::*;
use parts::*;
use ranges::*;

pub(crate) use parts::year_of_period;
pub(crate) use ranges::range_at;

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
