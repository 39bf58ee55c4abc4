//! Times relative to publication: "today", "yesterday", "last week", "next
//! month", "this year", "earlier this week", "two years ago", "in three
//! weeks", "the past five years", and vague ones kept unresolved ("in recent
//! days").

use crate::calendar::{add_days, period_around, shift, year_of, Resolved};
use crate::lexicon::time_words::{
    Period, ANCHOR_DAYS, ANCHOR_LINKS, COUNT_DIRECTIONS, COUNT_ENDINGS, DEIXIS, PERIODS,
    RELATIVE_DAYS, RELATIVE_DAY_PHRASES, VAGUE_TIMES,
};
use crate::numbers::number_at;
use crate::phrase::PhraseTable;
use crate::temporal::{Context, Found};
use crate::tokens::Token;
use claimkit_core::{sentence_at, Date, Granularity};
use std::sync::LazyLock;

static DAY_PHRASES: LazyLock<PhraseTable<i64>> =
    LazyLock::new(|| PhraseTable::new(RELATIVE_DAY_PHRASES));
static VAGUE: LazyLock<PhraseTable<()>> = LazyLock::new(|| {
    let rows: Vec<(&'static str, ())> = VAGUE_TIMES.iter().map(|&v| (v, ())).collect();
    PhraseTable::new(rows.leak())
});

fn period(t: Option<&Token>) -> Option<Period> {
    let t = t.filter(|t| t.is_word())?;
    PERIODS
        .iter()
        .find(|(w, _)| t.text.eq_ignore_ascii_case(w))
        .map(|&(_, p)| p)
}

pub(crate) fn at(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    let t = toks.get(i).filter(|t| t.is_word() || t.is_number())?;
    if let Some((end, offset)) = DAY_PHRASES.longest(toks, i) {
        return Found::new(
            end,
            cx.published
                .and_then(|p| add_days(p, offset))
                .map(Resolved::day),
        );
    }
    if let Some(&(_, offset)) = RELATIVE_DAYS.iter().find(|(w, _)| t.is(w)) {
        return Found::new(
            i + 1,
            cx.published
                .and_then(|p| add_days(p, offset))
                .map(Resolved::day),
        );
    }
    if let Some((end, ())) = VAGUE.first(toks, i) {
        return Found::new(end, None);
    }
    earlier_later(cx, i)
        .or_else(|| deixis(cx, i))
        .or_else(|| counted(cx, i))
}

/// "earlier this week", "later this month", "earlier in the year".
fn earlier_later(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    let earlier = toks[i].is("earlier");
    if !earlier && !toks[i].is("later") {
        return None;
    }
    let k = if toks.get(i + 1).is_some_and(|t| t.is("this")) {
        i + 2
    } else if toks.get(i + 1).is_some_and(|t| t.is("in"))
        && toks.get(i + 2).is_some_and(|t| t.is("the"))
    {
        i + 3
    } else {
        return None;
    };
    let p =
        period(toks.get(k)).filter(|p| matches!(p, Period::Week | Period::Month | Period::Year))?;
    let resolved = cx.published.and_then(|d| {
        let whole = period_around(d, p, 0)?;
        let (start, end) = if earlier {
            (
                whole.start,
                add_days(d, -1).filter(|y| *y >= whole.start).unwrap_or(d),
            )
        } else {
            (d, whole.end)
        };
        Some(Resolved {
            start,
            end,
            granularity: whole.granularity,
        })
    });
    Found::new(k + 1, resolved)
}

/// "last week", "next month", "this year", "the past week", "last weekend".
fn deixis(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    let lead = usize::from(
        toks[i].is("the")
            && toks.get(i + 1).is_some_and(|t| {
                t.is("past")
                    || t.is("previous")
                    || t.is("following")
                    || t.is("coming")
                    || t.is("same")
            }),
    );
    let w = toks.get(i + lead)?;
    if toks[i].is("the") && lead == 0 {
        return after_next(cx, i);
    }
    let &(_, offset) = DEIXIS.iter().find(|(d, _)| w.is(d))?;
    // "the coming/following week" in a future sentence, "the past week" before publication
    let p = period(toks.get(i + lead + 1))?;
    if matches!(p, Period::Day) {
        return None;
    }
    let end = i + lead + 2;
    Found::new(end, cx.published.and_then(|d| period_around(d, p, offset)))
}

/// "the week after next", "the month after the next": two periods on.
fn after_next(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    let p = period(toks.get(i + 1)).filter(|p| !matches!(p, Period::Day))?;
    toks.get(i + 2).filter(|t| t.is("after"))?;
    let n = i + 3 + usize::from(toks.get(i + 3).is_some_and(|t| t.is("the")));
    toks.get(n).filter(|t| t.is("next"))?;
    Found::new(n + 1, cx.published.and_then(|d| period_around(d, p, 2)))
}

/// A count of periods: "3 days", "a month", "a few days", "1 month 21 days",
/// "2 years, 1 month and 21 days". Returns the parts and the index past them.
fn duration(cx: &Context, i: usize) -> Option<(Vec<(Period, i64)>, usize)> {
    let toks = &cx.toks;
    let mut parts = Vec::new();
    let mut k = i;
    loop {
        let (count, after) = if toks.get(k).is_some_and(|t| t.is("a") || t.is("an"))
            && toks.get(k + 1).is_some_and(|t| t.is("few"))
        {
            (3, k + 2)
        } else if toks.get(k).is_some_and(|t| t.is("few")) {
            (3, k + 1)
        } else if toks.get(k).is_some_and(|t| t.is("a") || t.is("an")) {
            (1, k + 1)
        } else {
            let t = toks.get(k)?;
            if !t.is_number() && crate::numbers::cardinal(Some(t)).is_none() {
                return None;
            }
            let n = number_at(toks, k, false)
                .filter(|n| !n.ordinal && !n.vague && n.low >= 1.0 && n.low.fract() == 0.0)?;
            (n.low as i64, n.last + 1)
        };
        let Some(p) = period(toks.get(after)) else {
            if parts.is_empty() {
                return None;
            }
            break;
        };
        parts.push((p, count));
        k = after + 1;
        // "1 month 21 days", "1 month and 21 days", "1 month, 21 days"
        let sep = toks.get(k).is_some_and(|t| t.is("and") || t.is_punct(','));
        let next = k + usize::from(sep);
        let more = toks
            .get(next)
            .is_some_and(|t| t.is_number() || crate::numbers::cardinal(Some(t)).is_some());
        if !more || parts.len() >= 4 {
            break;
        }
        if duration_part(cx, next).is_none() {
            break;
        }
        k = next;
    }
    Some((parts, k))
}

/// One "number period" pair starts at `k`.
fn duration_part(cx: &Context, k: usize) -> Option<()> {
    let n = number_at(&cx.toks, k, false).filter(|n| !n.ordinal && !n.vague)?;
    period(cx.toks.get(n.last + 1)).map(|_| ())
}

fn shift_all(d: Date, parts: &[(Period, i64)], dir: i64) -> Option<Date> {
    parts.iter().try_fold(d, |d, &(p, n)| shift(d, p, dir * n))
}

/// The day an anchor word names: "today", "now", "tomorrow", "yesterday".
fn anchor(cx: &Context, k: usize) -> Option<Option<Date>> {
    let offset = word_value(ANCHOR_DAYS, cx.toks.get(k))?;
    Some(cx.published.and_then(|p| add_days(p, offset)))
}

/// The value of token `t` in a `(word, value)` table, any case.
fn word_value(table: &[(&str, i64)], t: Option<&Token>) -> Option<i64> {
    let t = t?;
    table.iter().find(|(w, _)| t.is(w)).map(|&(_, v)| v)
}

/// "two years ago", "three days later", "in three weeks", "the past five
/// years", "the next two months", "1 month 21 days ago", "two days from
/// tomorrow", "within 5 years 1 month 12 days".
fn counted(cx: &Context, i: usize) -> Option<Found> {
    let t = &cx.toks[i];
    if t.is("the") || word_value(COUNT_DIRECTIONS, Some(t)).is_some() {
        return periods_around(cx, i);
    }
    if t.is("in") || t.is("within") {
        return periods_ahead(cx, i);
    }
    counted_from(cx, i)
}

/// "the past five years", "the last two decades", "the next 10 days": the
/// periods before publication day, or after it.
fn periods_around(cx: &Context, i: usize) -> Option<Found> {
    let k = if cx.toks[i].is("the") { i + 1 } else { i };
    let dir = word_value(COUNT_DIRECTIONS, cx.toks.get(k))?;
    let (parts, end) = duration(cx, k + 1)?;
    let resolved = cx.published.and_then(|d| {
        let other = shift_all(d, &parts, dir)?;
        let (start, end) = if dir < 0 {
            (other, add_days(d, -1)?)
        } else {
            (add_days(d, 1)?, other)
        };
        Some(Resolved {
            start,
            end,
            granularity: granularity(parts[0].0),
        })
    });
    Found::new(end, resolved)
}

/// "in three weeks" (the day the periods end), "within 5 years", "within
/// the next 3 years" (publication day up to it).
fn periods_ahead(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    let within = toks[i].is("within");
    let mut k = i + 1;
    if within
        && toks.get(k).is_some_and(|t| t.is("the"))
        && word_value(COUNT_DIRECTIONS, toks.get(k + 1)) == Some(1)
    {
        k += 2;
    }
    let (parts, end) = duration(cx, k)?;
    let resolved = cx.published.and_then(|d| {
        let at = shift_all(d, &parts, 1)?;
        Some(if within {
            Resolved {
                start: d,
                end: at,
                granularity: Granularity::Day,
            }
        } else {
            Resolved::day(at)
        })
    });
    Found::new(end, resolved)
}

/// "two years ago", "three days later", "two days from tomorrow": periods
/// counted from publication, from a day an anchor word names, or from the
/// year the sentence names before.
fn counted_from(cx: &Context, i: usize) -> Option<Found> {
    let (parts, after) = duration(cx, i)?;
    let next = cx.toks.get(after)?;
    // "two days from tomorrow", "two days after today", "two days before yesterday"
    if let Some(dir) = word_value(ANCHOR_LINKS, Some(next)) {
        if let Some(base) = anchor(cx, after + 1) {
            let resolved = base
                .and_then(|b| shift_all(b, &parts, dir))
                .map(Resolved::day);
            return Found::new(after + 2, resolved);
        }
    }
    let dir = word_value(COUNT_ENDINGS, Some(next))?;
    // "passed in 2013 and came into force two years later": counted from the year
    // the sentence names before, not from the publication date
    let narrative = next.is("later") || next.is("earlier");
    if let (true, [(Period::Year, n)]) = (narrative, parts.as_slice()) {
        if let Some(year) = year_before(cx, i) {
            return Found::new(after + 1, year_of(year + dir * n));
        }
    }
    let resolved = cx
        .published
        .and_then(|d| shift_all(d, &parts, dir))
        .map(Resolved::day);
    Found::new(after + 1, resolved)
}

/// The last four-digit year written in the sentence before token `i`.
fn year_before(cx: &Context, i: usize) -> Option<i64> {
    let toks = &cx.toks;
    let start = sentence_at(cx.sentences, toks[i].start).map_or(0, |s| cx.sentences[s].span.start);
    toks[..i]
        .iter()
        .rev()
        .take_while(|t| t.start >= start)
        .find(|t| {
            t.is_number()
                && t.text.len() == 4
                && t.text.bytes().all(|b| b.is_ascii_digit())
                && (1800..=2100).contains(&t.text.parse::<i64>().unwrap_or(0))
        })
        .and_then(|t| t.text.parse().ok())
}

fn granularity(p: Period) -> Granularity {
    match p {
        Period::Day | Period::Weekend => Granularity::Day,
        Period::Week => Granularity::Week,
        Period::Month => Granularity::Month,
        Period::Quarter => Granularity::Quarter,
        Period::Year => Granularity::Year,
        Period::Decade => Granularity::Decade,
        Period::Century => Granularity::Century,
    }
}

#[cfg(test)]
mod tests {
    use crate::temporal::find;
    use claimkit_core::Date;

    fn dates(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let p: Date = "2015-11-17".parse().expect("a date");
        find(text, &[], Some(p))
            .iter()
            .map(|t| {
                (
                    t.span.text(text).to_string(),
                    t.start.map(|d| d.to_string()),
                    t.end.map(|d| d.to_string()),
                )
            })
            .collect()
    }

    /// A time found in the text, from `start` to `end`.
    fn s(text: &str, start: &str, end: &str) -> (String, Option<String>, Option<String>) {
        (
            text.to_string(),
            Some(start.to_string()),
            Some(end.to_string()),
        )
    }

    /// Each text finds one time, `(text, found, start, end)`.
    fn finds_one(cases: &[(&str, &str, &str, &str)]) {
        for &(text, found, start, end) in cases {
            assert_eq!(dates(text), [s(found, start, end)], "{text}");
        }
    }

    #[test]
    #[rustfmt::skip]
    fn relative_to_the_seed_dateline() {
        finds_one(&[
            ("a jetliner last month over Egypt", "last month", "2015-10-01", "2015-10-31"),
            ("move last year to annex", "last year", "2014-01-01", "2014-12-31"),
            ("interview last week.", "last week", "2015-11-09", "2015-11-15"),
            ("to visit next week", "next week", "2015-11-23", "2015-11-29"),
            ("in Turkey earlier this week.", "earlier this week", "2015-11-16", "2015-11-16"),
            ("two years ago", "two years ago", "2013-11-17", "2013-11-17"),
            ("yesterday", "yesterday", "2015-11-16", "2015-11-16"),
        ]);
    }

    #[test]
    #[rustfmt::skip]
    fn counted_periods_around_ahead_and_from_a_day() {
        finds_one(&[
            ("prices rose over the past five years", "the past five years", "2010-11-17", "2015-11-16"),
            ("troops will leave within the next 3 years", "within the next 3 years", "2015-11-17", "2018-11-17"),
            ("the vote is in three weeks", "in three weeks", "2015-12-08", "2015-12-08"),
            ("talks resume two days from tomorrow", "two days from tomorrow", "2015-11-20", "2015-11-20"),
            ("he left 1 month 21 days ago", "1 month 21 days ago", "2015-09-26", "2015-09-26"),
        ]);
    }

    #[test]
    fn vague_times_stay_unresolved() {
        let d = dates("have said in recent days that");
        assert_eq!(d, [("in recent days".to_string(), None, None)]);
    }

    #[test]
    fn years_later_count_from_the_year_the_sentence_names() {
        let found = dates("The law was passed in 2013 and came into force two years later.");
        assert_eq!(found[1], s("two years later", "2015-01-01", "2015-12-31"));
        // without a year before it, from the publication date
        let found = dates("It will be finished three days later.");
        assert_eq!(found[0].1.as_deref(), Some("2015-11-20"));
    }
}
