//! Words of temporal expressions: weekdays, parts of the day, relative days,
//! period units and the cues that put an event in the future.

/// Weekday names and the abbreviations that cannot be mistaken for other
/// words, Monday = 0.
pub(crate) const WEEKDAYS: &[(&str, i8)] = &[
    ("monday", 0),
    ("tuesday", 1),
    ("tues", 1),
    ("tue", 1),
    ("wednesday", 2),
    ("thursday", 3),
    ("thurs", 3),
    ("thur", 3),
    ("thu", 3),
    ("friday", 4),
    ("saturday", 5),
    ("sunday", 6),
];

/// Parts of the day that may follow a day: "Tuesday night".
pub(crate) const PARTS_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night", "overnight"];

/// Single words naming a day relative to publication, with the offset in days.
pub(crate) const RELATIVE_DAYS: &[(&str, i64)] = &[
    ("today", 0),
    ("tonight", 0),
    ("yesterday", -1),
    ("tomorrow", 1),
    ("tmrw", 1),
];

/// Phrases naming a day relative to publication, with the offset in days.
pub(crate) const RELATIVE_DAY_PHRASES: &[(&str, i64)] = &[
    ("the day before yesterday", -2),
    ("the day after tomorrow", 2),
    ("day before yesterday", -2),
    ("day after tomorrow", 2),
    ("this morning", 0),
    ("this afternoon", 0),
    ("this evening", 0),
    ("last night", -1),
    ("last evening", -1),
];

/// Calendar periods that "last", "next", "this" and "ago" count in.
pub(crate) const PERIODS: &[(&str, Period)] = &[
    ("day", Period::Day),
    ("days", Period::Day),
    ("week", Period::Week),
    ("weeks", Period::Week),
    ("weekend", Period::Weekend),
    ("month", Period::Month),
    ("months", Period::Month),
    ("quarter", Period::Quarter),
    ("quarters", Period::Quarter),
    ("year", Period::Year),
    ("years", Period::Year),
    ("decade", Period::Decade),
    ("decades", Period::Decade),
    ("century", Period::Century),
    ("centuries", Period::Century),
];

/// A calendar period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Period {
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// Words before a period that say which one: "last week", "next month".
pub(crate) const DEIXIS: &[(&str, i64)] = &[
    ("last", -1),
    ("past", -1),
    ("previous", -1),
    ("next", 1),
    ("coming", 1),
    ("upcoming", 1),
    ("following", 1),
    ("this", 0),
    ("current", 0),
];

/// Words before a count of periods that say which way it runs from
/// publication: "the past five years" (-1), "the next 10 days", "within the
/// coming 3 years" (1).
pub(crate) const COUNT_DIRECTIONS: &[(&str, i64)] = &[
    ("past", -1),
    ("last", -1),
    ("previous", -1),
    ("next", 1),
    ("coming", 1),
    ("upcoming", 1),
];

/// Words after a count of periods that count it back (-1) or on (1) from
/// publication: "two years ago", "three days later".
pub(crate) const COUNT_ENDINGS: &[(&str, i64)] = &[
    ("ago", -1),
    ("earlier", -1),
    ("before", -1),
    ("later", 1),
    ("hence", 1),
];

/// Words between a count of periods and the day it counts from, back (-1) or
/// on (1): "two days from tomorrow", "two days before yesterday".
pub(crate) const ANCHOR_LINKS: &[(&str, i64)] = &[("from", 1), ("after", 1), ("before", -1)];

/// Days a count of periods can be counted from, with their offset from
/// publication in days: "two days after today".
pub(crate) const ANCHOR_DAYS: &[(&str, i64)] =
    &[("today", 0), ("now", 0), ("tomorrow", 1), ("yesterday", -1)];

/// Words that put what follows in the future: "will meet Tuesday".
pub(crate) const FUTURE_CUES: &[&str] = &[
    "will",
    "ll",
    "shall",
    "won",
    "going",
    "plans",
    "plan",
    "planned",
    "scheduled",
    "expected",
    "due",
    "set",
    "upcoming",
    "intends",
    "aims",
    "tomorrow",
    "next",
    "coming",
];

/// Unresolvable temporal phrases kept with empty dates.
pub(crate) const VAGUE_TIMES: &[&str] = &[
    "in recent days",
    "in recent weeks",
    "in recent months",
    "in recent years",
    "in the coming days",
    "in the coming weeks",
    "in the coming months",
    "in the coming years",
    "recently",
];

/// Seasons with the first month of their meteorological three months
/// (northern hemisphere): winter runs from December into the next year.
pub(crate) const SEASONS: &[(&str, i8)] = &[
    ("spring", 3),
    ("summer", 6),
    ("autumn", 9),
    ("fall", 9),
    ("winter", 12),
];

/// Decades named in words, with the year within the century they start at:
/// "the seventies" → 70. The noughties are the 2000s.
pub(crate) const DECADE_WORDS: &[(&str, i64)] = &[
    ("tens", 10),
    ("twenties", 20),
    ("thirties", 30),
    ("forties", 40),
    ("fifties", 50),
    ("sixties", 60),
    ("seventies", 70),
    ("eighties", 80),
    ("nineties", 90),
    ("noughties", 0),
    ("aughts", 0),
];
