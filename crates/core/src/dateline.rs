//! Datelines: the publication date line near the top of an article.
//!
//! Forms read (a leading `Updated`/`Published`/`Posted` word, a weekday and a
//! trailing clock time or zone are allowed around each):
//!
//! | form | example |
//! |---|---|
//! | month day, year | `Nov. 17, 2015`, `November 17, 2015`, `Sept. 30, 2015` |
//! | day month year | `17 November 2015`, `17 Nov 2015` |
//! | ISO date or RFC 3339 | `2015-11-17`, `2015-11-17T23:27:00-05:00` |
//! | newswire | `26-FEB-1987 15:01:01.79` |
//!
//! ```
//! use claimkit_core::dateline::parse_dateline;
//! let d = parse_dateline("Updated Nov. 17, 2015 11:27 p.m. ET").unwrap();
//! assert_eq!(d.to_string(), "2015-11-17");
//! ```

use crate::calendar::month_number;
use jiff::civil::Date;
use std::ops::RangeInclusive;

/// Years a publication date may fall in. A date outside them is a typo or a
/// placeholder (`0000-01-01`), and relative dates resolved against it would
/// run off the calendar, so it is refused with a warning.
pub const PUBLISHED_YEARS: RangeInclusive<i16> = 1000..=2999;

/// Why a line or value written as a date gives no publication date.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BadDate {
    /// The month has no such day (`Feb. 30, 2015`, `31/02/2015`).
    #[error("{year}-{month:02} has no day {day}")]
    NoSuchDay {
        /// The year as written.
        year: i16,
        /// The month number.
        month: i8,
        /// The day as written.
        day: i8,
    },
    /// No month 13 or 0 (`2015-13-01`).
    #[error("there is no month {month}")]
    NoSuchMonth {
        /// The month as written.
        month: i8,
    },
    /// A year outside [`PUBLISHED_YEARS`].
    #[error("year {year} is outside {}..={}", PUBLISHED_YEARS.start(), PUBLISHED_YEARS.end())]
    YearOutOfRange {
        /// The year as written.
        year: i16,
    },
}

/// A publication date from its parts, or what is wrong with them.
pub fn make_date(year: i16, month: i8, day: i8) -> Result<Date, BadDate> {
    if !PUBLISHED_YEARS.contains(&year) {
        return Err(BadDate::YearOutOfRange { year });
    }
    if !(1..=12).contains(&month) {
        return Err(BadDate::NoSuchMonth { month });
    }
    Date::new(year, month, day).map_err(|_| BadDate::NoSuchDay { year, month, day })
}

/// Words that may open a dateline before the date itself.
const LEAD_WORDS: &[&str] = &[
    "updated",
    "published",
    "posted",
    "last",
    "modified",
    "created",
    "date",
    "on",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thurs",
    "fri",
    "sat",
    "sun",
];

/// Read a publication date from a dateline line, or `None` if it holds none.
///
/// Everything after the date must be a clock time, a zone, a separator or
/// more date words (`11:27 p.m. ET`, `| Updated Nov. 18, 2015`): a body line
/// that merely opens with a date ("Nov. 17, 2015, Russia conducted …") is no
/// dateline.
pub fn parse_dateline(line: &str) -> Option<Date> {
    read_dateline(line)?.ok()
}

/// Like [`parse_dateline`], but a line shaped as a dateline whose date does
/// not exist (`Feb. 30, 2015`, `0000-01-01`) gives `Some(Err(why))`.
///
/// ```
/// use claimkit_core::dateline::{read_dateline, BadDate};
/// assert_eq!(
///     read_dateline("Feb. 30, 2015"),
///     Some(Err(BadDate::NoSuchDay { year: 2015, month: 2, day: 30 }))
/// );
/// assert_eq!(read_dateline("Russia struck on Tuesday."), None);
/// ```
pub fn read_dateline(line: &str) -> Option<Result<Date, BadDate>> {
    let line = line.trim();
    // "By Jane Doe | November 17, 2015": a byline and a date in one line
    if line.contains('|') {
        if let Some(date) = line.split('|').rev().find_map(parse_dateline_part) {
            return Some(date);
        }
    }
    parse_dateline_part(line)
}

/// [`read_dateline`] of one `|`-separated part of the line.
fn parse_dateline_part(line: &str) -> Option<Result<Date, BadDate>> {
    let tokens: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
        .collect();
    // lead words, a clock time and a zone may come before the date:
    // "Published 10:45 AM EST, Tue November 17, 2015"
    let mut i = 0;
    while i < tokens.len() && (is_lead_word(tokens[i]) || is_clock_or_zone(tokens[i])) {
        i += 1;
    }
    let rest = &tokens[i..];
    let first = *rest.first()?;
    let (date, used) = if let Some(d) = parse_iso(first)
        .or_else(|| parse_newswire(first))
        .or_else(|| parse_slashed(first))
    {
        (d, 1)
    } else if let (Some(m), Some(day), Some(year)) = (
        month_number(first),
        rest.get(1).and_then(|t| number(t)),
        rest.get(2).and_then(|t| year(t)),
    ) {
        (make_date(year, m, day), 3) // month day year
    } else if let (Some(day), Some(m), Some(year)) = (
        number(first),
        rest.get(1).and_then(|t| month_number(t)),
        rest.get(2).and_then(|t| year(t)),
    ) {
        (make_date(year, m, day), 3) // day month year
    } else {
        return None;
    };
    rest[used..]
        .iter()
        .all(|t| is_dateline_tail(t))
        .then_some(date)
}

/// Time zones written after a dateline's clock time.
const ZONES: &[&str] = &[
    "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "utc",
    "bst", "cet", "cest", "ist", "jst", "aest", "aedt", "z",
];

/// Words that may follow the date on a dateline line.
const TAIL_WORDS: &[&str] = &[
    "a.m.", "p.m.", "a.m", "p.m", "am", "pm", "at", "|", "-", "–", "—", "/",
];

/// A clock time ("11:27", "11.27"), a zone or `a.m.`/`p.m.`.
fn is_clock_or_zone(token: &str) -> bool {
    let t = token.to_ascii_lowercase();
    let digits_around = |sep: char| {
        t.split_once(sep).is_some_and(|(h, m)| {
            (1..=2).contains(&h.len())
                && m.len() >= 2
                && h.bytes().all(|b| b.is_ascii_digit())
                && m.bytes()
                    .all(|b| b.is_ascii_digit() || b == b':' || b == b'.')
        })
    };
    digits_around(':')
        || digits_around('.')
        || ZONES.contains(&t.trim_matches(|c| c == '(' || c == ')'))
        || ["a.m.", "p.m.", "a.m", "p.m", "am", "pm"].contains(&t.as_str())
}

/// A token that can follow the date on a dateline: a clock time, a zone, a
/// separator, or another date word.
fn is_dateline_tail(token: &str) -> bool {
    let t = token.to_ascii_lowercase();
    is_clock_or_zone(token)
        || TAIL_WORDS.contains(&t.as_str())
        || is_lead_word(token)
        || month_number(token).is_some()
        || number(token).is_some()
        || year(token).is_some()
}

/// `17/11/2015` or `11/17/2015` when only one reading is a date: the part
/// above 12 is the day. `11/10/2015` could be either and is not read;
/// `31/02/2015` is day 31 of February, which does not exist.
fn parse_slashed(s: &str) -> Option<Result<Date, BadDate>> {
    let mut parts = s.split('/');
    let (a, b, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 {
        return None;
    }
    let (a, b, year): (i8, i8, i16) = (a.parse().ok()?, b.parse().ok()?, y.parse().ok()?);
    let (month, day) = match (a > 12, b > 12) {
        (true, false) => (b, a),
        (false, true) => (a, b),
        _ => return None,
    };
    Some(make_date(year, month, day))
}

/// True when a line is meant as a dateline even if it cannot be read: it
/// opens with a dateline word ("Updated …", "Published: …"). Anything else
/// stays in the body, so no sentence is ever dropped as a bad dateline.
pub fn looks_like_dateline(line: &str) -> bool {
    let first = line
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(':');
    ["updated", "published", "posted", "dateline"].contains(&first.to_ascii_lowercase().as_str())
}

fn is_lead_word(token: &str) -> bool {
    let t = token.trim_end_matches([':', '.']).to_ascii_lowercase();
    LEAD_WORDS.contains(&t.as_str())
}

fn number(token: &str) -> Option<i8> {
    let t = token.trim_end_matches(['.', ',']);
    let t = t.trim_end_matches(|c: char| c.is_ascii_alphabetic()); // 17th
    t.parse::<i8>().ok().filter(|d| (1..=31).contains(d))
}

fn year(token: &str) -> Option<i16> {
    let t = token.trim_end_matches(['.', ',']);
    (t.len() == 4).then(|| t.parse::<i16>().ok()).flatten()
}

/// `2015-11-17`, optionally followed by `T…` or a space and a time.
fn parse_iso(s: &str) -> Option<Result<Date, BadDate>> {
    let head = s.get(..10)?;
    let tail = &s[10..];
    if !(tail.is_empty() || tail.starts_with(['T', 't', ' '])) {
        return None;
    }
    let b = head.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if !(digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10)) {
        return None;
    }
    let (year, month, day) = (
        head[..4].parse().ok()?,
        head[5..7].parse().ok()?,
        head[8..].parse().ok()?,
    );
    Some(make_date(year, month, day))
}

/// `26-FEB-1987` (Reuters).
fn parse_newswire(s: &str) -> Option<Result<Date, BadDate>> {
    let mut parts = s.split('-');
    let day = number(parts.next()?)?;
    let month = month_number(parts.next()?)?;
    let year = year(parts.next()?)?;
    if parts.next().is_some() {
        return None;
    }
    Some(make_date(year, month, day))
}

/// Read a JSONL `published` value: `2015-11-17` or an RFC 3339 timestamp
/// (its date as written is kept), or any dateline form.
pub fn parse_published(value: &str) -> Option<Date> {
    read_published(value)?.ok()
}

/// Like [`parse_published`], but a value written as a date that does not
/// exist or lies outside [`PUBLISHED_YEARS`] gives `Some(Err(why))`.
pub fn read_published(value: &str) -> Option<Result<Date, BadDate>> {
    let v = value.trim();
    if v.len() > 10 && v.is_char_boundary(10) {
        // A full timestamp must be valid as a whole, not just its date part.
        let valid =
            v.parse::<jiff::Timestamp>().is_ok() || v.parse::<jiff::civil::DateTime>().is_ok();
        if valid {
            return parse_iso(v);
        }
        if v.as_bytes()[10] == b'T' {
            // A timestamp whose date part does not exist says so.
            return parse_iso(v).filter(Result::is_err);
        }
    }
    read_dateline(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<String> {
        parse_dateline(s).map(|d| d.to_string())
    }

    #[test]
    fn every_design_form_parses() {
        let want = Some("2015-11-17".to_string());
        for line in [
            "Updated Nov. 17, 2015 11:27 p.m. ET",
            "Nov. 17, 2015",
            "November 17, 2015",
            "17 November 2015",
            "2015-11-17",
            "Tuesday, November 17, 2015",
            "Published: 17 Nov 2015",
        ] {
            assert_eq!(d(line), want, "{line}");
        }
        assert_eq!(d("Published Feb. 26, 1987").as_deref(), Some("1987-02-26"));
        assert_eq!(d("26-FEB-1987 15:01:01.79").as_deref(), Some("1987-02-26"));
    }

    #[test]
    fn web_and_wire_forms_parse() {
        let want = Some("2015-11-17".to_string());
        for line in [
            "Published 10:45 AM EST, Tue November 17, 2015",
            "Posted on November 17, 2015",
            "By Jane Doe | November 17, 2015",
            "Tue 17 Nov 2015 11.27 GMT",
            "17/11/2015",
            "11/17/2015",
        ] {
            assert_eq!(d(line), want, "{line}");
        }
        // day and month could swap: not read
        assert_eq!(d("11/10/2015"), None);
    }

    #[test]
    fn prose_is_not_a_dateline() {
        assert_eq!(d("France, Russia and the U.S. moved beyond talk"), None);
        // A body line that opens with a date stays in the body.
        assert_eq!(d("On Nov. 17, 2015, Russia conducted 20 strikes"), None);
        assert_eq!(d("November 17, 2015 was the day Russia struck"), None);
        assert_eq!(d("2015-11-17 Russia struck"), None);
        assert!(!looks_like_dateline("In March 2015, Russia"));
        assert_eq!(d("Feb. 30, 2015"), None);
    }

    #[test]
    fn dates_that_do_not_exist_say_why() {
        let no_day = |year, month, day| Some(Err(BadDate::NoSuchDay { year, month, day }));
        assert_eq!(read_dateline("Feb. 30, 2015"), no_day(2015, 2, 30));
        assert_eq!(read_dateline("31/02/2015"), no_day(2015, 2, 31));
        assert_eq!(read_dateline("2015-02-29"), no_day(2015, 2, 29));
        assert_eq!(
            read_dateline("2016-02-29").map(|d| d.map(|d| d.to_string())),
            Some(Ok("2016-02-29".into()))
        );
        assert_eq!(
            read_published("0000-01-01"),
            Some(Err(BadDate::YearOutOfRange { year: 0 }))
        );
        assert_eq!(
            read_published("2015-13-01"),
            Some(Err(BadDate::NoSuchMonth { month: 13 }))
        );
        assert_eq!(read_published("2015-02-30T10:00:00Z"), no_day(2015, 2, 30));
        assert_eq!(
            BadDate::YearOutOfRange { year: 0 }.to_string(),
            "year 0 is outside 1000..=2999"
        );
    }

    #[test]
    fn published_field_accepts_rfc3339() {
        let p = parse_published("2015-11-17T23:27:00-05:00").map(|d| d.to_string());
        assert_eq!(p.as_deref(), Some("2015-11-17"));
        assert_eq!(parse_published("2015-11-17Tgarbage"), None);
    }
}
