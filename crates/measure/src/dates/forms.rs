//! The written forms of dates and periods, one function each: "Sept. 30,
//! 2015", "30 September", "the 1930s", "the 21st century", "Q3 2015",
//! "2015", "2015-11-17", "11/17/2015".

use super::*;

/// "Sept. 30", "Sept. 30, 2015", "January 12th, 2016", "Oct-2", "September",
/// "September 2015", "November , 2016", "June of 1999", "June next year",
/// "Jan first", "May twenty-one".
pub(super) fn month_first(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    let (month, k) = month_at(toks, i)?;
    let k2 = if toks
        .get(k)
        .is_some_and(|t| (t.is_punct('-') || t.is_punct('/')) && !t.space_before)
    {
        k + 1
    } else {
        k
    };
    // "September the twenty-first"
    let k3 = if toks.get(k2).is_some_and(|t| t.is("the")) {
        k2 + 1
    } else {
        k2
    };
    let day = day_at(toks, k3).filter(|_| year_at(toks, k3).is_none());
    // a day in words anchors a month only as an ordinal or at a clause end: not "May one day"
    let day_anchors = day.is_some_and(|(_, end)| {
        toks[k3].is_number()
            || crate::numbers::ordinal(toks.get(end - 1)).is_some()
            || !toks.get(end).is_some_and(|t| t.is_word())
    });
    let later_year = year_of_period(cx, k);
    if !real_month(toks, i, k, day_anchors || later_year.is_some()) {
        return None;
    }
    if let Some((day, end)) = day {
        if let Some((year, end)) = year_after(toks, end) {
            return Found::new(end, date(year, month, day).map(Resolved::day));
        }
        return Found::new(end, day_in_context(cx, i, month, day));
    }
    if let Some((year, end)) = year_after(toks, k) {
        return Found::new(end, month_of(year, month));
    }
    if let Some((year, end)) = later_year {
        return Found::new(end, year.and_then(|y| month_of(y, month)));
    }
    Found::new(k.max(i + 1), month_in_context(cx, i, month))
}

/// "30 September 2015", "1st Jan", "the 20th of September", "16. Nov. 2016".
pub(super) fn day_first(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    let (day, mut k) = day_at(toks, i)?;
    if toks.get(k).is_some_and(|t| t.is("of") || t.is_punct('.')) {
        k += 1;
    }
    let (month, end) = month_at(toks, k)?;
    if !toks[k].is_capitalized() && !toks[k].is_word() {
        return None;
    }
    if let Some((year, end)) = year_after(toks, end) {
        return Found::new(end, date(year, month, day).map(Resolved::day));
    }
    Found::new(end, day_in_context(cx, i, month, day))
}

/// "the 1930s", "1990's", "the '90s".
pub(super) fn decade(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    let (digits_at, short) = match toks.get(i) {
        Some(t) if t.is_punct('\'') || t.is_punct('’') => (i + 1, true),
        _ => (i, false),
    };
    let t = toks
        .get(digits_at)
        .filter(|t| t.is_number() && (!short || !t.space_before))?;
    let mut k = digits_at + 1;
    if toks
        .get(k)
        .is_some_and(|a| (a.is_punct('\'') || a.is_punct('’')) && !a.space_before)
    {
        k += 1;
    }
    if !toks
        .get(k)
        .is_some_and(|s| s.text == "s" && !s.space_before)
    {
        return None;
    }
    let n: i64 = t.text.parse().ok()?;
    // "the 1800s" is the century; "the 2000s" the decade, as news uses both
    if t.text.len() == 4 && n % 100 == 0 && n < 2000 {
        return Found::new(k + 1, century_of(n / 100 + 1));
    }
    let first = match t.text.len() {
        4 if n % 10 == 0 => n,
        2 if n % 10 == 0 => {
            let this_century = cx
                .published
                .map_or(1900, |p| i64::from(p.year()) / 100 * 100);
            if this_century + n <= cx.published.map_or(0, |p| i64::from(p.year())) {
                this_century + n
            } else {
                this_century - 100 + n
            }
        }
        _ => return None,
    };
    Found::new(k + 1, decade_of(first))
}

/// "the 21st century", "15th century", "the nineteenth century".
pub(super) fn century(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    // cheap test first: digits or an ordinal word
    let t = toks.get(i)?;
    if !t.is_number() && crate::numbers::ordinal(Some(t)).is_none() {
        return None;
    }
    let n = number_at(toks, i, false).filter(|n| n.ordinal)?;
    let k = n.last + 1;
    if !toks.get(k).is_some_and(|t| t.is("century")) {
        return None;
    }
    Found::new(k + 1, century_of(n.low as i64))
}

/// "the third quarter", "fourth-quarter", "Q3", "the first quarter of 2015",
/// "Q3 this year", "the first half of 2016", "H2 2016".
pub(super) fn quarter(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    if let Some((h, k)) = half_word(toks, i) {
        let (year, end) = year_of_period(cx, k)?;
        return Found::new(end, year.and_then(|y| half_of(y, h)));
    }
    let (q, k) = quarter_word(toks, i)?;
    // "of 2015", "2015", "of last year", "this year"
    if let Some((year, end)) = year_of_period(cx, k) {
        return Found::new(end, year.and_then(|y| quarter_of(y, q)));
    }
    let resolved = cx.published.and_then(|p| {
        let y = i64::from(p.year());
        let current = (i64::from(p.month()) - 1) / 3 + 1;
        let year = if cx.future(i) {
            if q < current {
                y + 1
            } else {
                y
            }
        } else if q > current {
            y - 1
        } else {
            y
        };
        quarter_of(year, q)
    });
    Found::new(k, resolved)
}

/// A year before the period it holds: "2016 June", "2016, nov", "2016 Q3",
/// "2016 the third quarter", "2016H2", "2019-sep-1", "2016 - 11".
pub(super) fn year_first(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    let (y, k) = year_at(toks, i)?;
    let next = toks.get(k)?;
    // "2019-sep-1", "2019/sep/01"
    if (next.is_punct('-') || next.is_punct('/')) && !next.space_before {
        if let Some((m, e)) = month_at(toks, k + 1).filter(|_| !toks[k + 1].space_before) {
            let sep_again = toks
                .get(e)
                .is_some_and(|s| s.text == next.text && !s.space_before);
            if let Some((d, end)) = day_at(toks, e + 1).filter(|_| sep_again) {
                return Found::new(end, date(y, m, d).map(Resolved::day));
            }
            return Found::new(e, month_of(y, m));
        }
    }
    // "2016 - 11", "2016 /11": a month in digits, spaced, at the end of its clause
    if next.is_dash() || next.is_punct('/') {
        let mt = toks.get(k + 1).filter(|t| {
            t.is_number() && t.text.len() <= 2 && t.text.bytes().all(|b| b.is_ascii_digit())
        })?;
        let m: i64 = mt.text.parse().ok()?;
        let after = toks.get(k + 2);
        let clause_ends =
            !after.is_some_and(|a| a.is_word() || a.is_number() || a.is_dash() || a.is_punct('/'));
        if (1..=12).contains(&m) && (next.space_before || mt.space_before) && clause_ends {
            return Found::new(k + 2, month_of(y, m));
        }
        return None;
    }
    // "2016 June", "2016, nov"; not "in 2016 May became prime minister"
    let mk = k + usize::from(next.is_punct(','));
    if let Some((m, e)) = month_at(toks, mk) {
        let word = &toks[mk];
        let ambiguous = AMBIGUOUS_MONTHS.iter().any(|a| word.is(a));
        let joiner_or_end = toks
            .get(e)
            .is_none_or(|a| !a.is_lowercase_word() || JOINERS.iter().any(|j| a.is(j)));
        if !ambiguous || word.is_capitalized() && joiner_or_end {
            return Found::new(e, month_of(y, m));
        }
    }
    // "2016 Q3", "2016 the third quarter", "2016 H2"
    let qk = k + usize::from(next.is("the"));
    if let Some((q, end)) = quarter_word(toks, qk) {
        return Found::new(end, quarter_of(y, q));
    }
    let (h, end) = half_word(toks, qk)?;
    Found::new(end, half_of(y, h))
}

/// "11 - 2016", "11 / 2016": a month and year in digits with spaces
/// around the separator.
pub(super) fn spaced_month_year(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    let t = &toks[i];
    if t.text.len() > 2 || !t.text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let sep = toks.get(i + 1).filter(|s| s.is_dash() || s.is_punct('/'))?;
    let (y, end) = year_at(toks, i + 2)?;
    let m: i64 = t.text.parse().ok()?;
    let spaced = sep.space_before || toks[i + 2].space_before;
    let glued_on = toks
        .get(end)
        .is_some_and(|a| !a.space_before && (a.is_dash() || a.is_punct('/') || a.is_word()));
    if !(1..=12).contains(&m) || !spaced || glued_on {
        return None;
    }
    Found::new(end, month_of(y, m))
}

/// "the seventies", "the nineteen seventies", "the noughties".
pub(super) fn decade_in_words(cx: &Context, i: usize) -> Option<Found> {
    let now = cx.published.map(|p| i64::from(p.year()));
    let (first, end) = decade_words_at(&cx.toks, i, now)?;
    Found::new(end, decade_of(first))
}

/// A year in words where a date is expected ("in nineteen twenty-eight",
/// "from two thousand until two thousand and fourteen"), and "year 247".
pub(super) fn year_in_words(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    if toks[i].is("year") {
        let k = i + 1;
        let (y, end) = match toks.get(k) {
            Some(n)
                if n.is_number()
                    && n.text.len() <= 4
                    && n.text.bytes().all(|b| b.is_ascii_digit()) =>
            {
                (n.text.parse().ok()?, k + 1)
            }
            _ => year_words_at(toks, k, 100)?,
        };
        return (y >= 100).then(|| Found::new(end, year_of(y)))?;
    }
    let (y, end) = year_words_at(toks, i, 1000)?;
    let lead = i > 0
        && [
            "in", "since", "until", "till", "from", "by", "to", "of", "during", "before", "after",
        ]
        .iter()
        .any(|w| toks[i - 1].is(w));
    if !lead {
        return None;
    }
    Found::new(end, year_of(y))
}

/// A year on its own: "in 2015", "the 2016 election". Not "2,000 people".
pub(super) fn year(cx: &Context, i: usize) -> Option<Found> {
    let toks = &cx.toks;
    let (y, end) = year_at(toks, i)?;
    let prev = i.checked_sub(1).map(|p| &toks[p]);
    // "$2015", "No. 2015", "TU-2015"
    if prev.is_some_and(|p| {
        !toks[i].space_before && p.kind != Kind::Punct || p.is_punct('$') || p.is_punct('#')
    }) {
        return None;
    }
    let next = toks.get(end);
    if next.is_some_and(|n| {
        !n.space_before && (n.is_word() || n.is_punct('%') || n.is_punct(':')) || n.is_punct('%')
    }) {
        return None;
    }
    // "2000 people", "1500 tonnes": a plural noun after a bare number counts it
    if next.is_some_and(|n| {
        n.is_lowercase_word()
            && n.text.len() > 3
            && n.text.ends_with('s')
            && !n.text.ends_with("ss")
    }) {
        return None;
    }
    if !(1800..=2100).contains(&y) {
        let lead = prev.is_some_and(|p| {
            ["in", "since", "year", "by", "until"]
                .iter()
                .any(|w| p.is(w))
        });
        if !lead {
            return None;
        }
    }
    Found::new(end, year_of(y))
}

/// Dates in digits: "2015-11-17", "2015/08/12", "11/17/2015", "21/04/2016",
/// "9-18-15", "2016-11" (a month).
/// Words after which "3/16" is a fraction of them, not March 16.
pub(super) const FRACTION_OF: &[&str] =
    &["pct", "percent", "point", "points", "cent", "cents", "of"];

/// "6-11/16 pct", "6 3/16", "5/16 point": a slash number glued to a whole number
/// before it, or followed by a unit of quotation, is a fraction.
pub(super) fn reads_as_fraction(toks: &[Token], i: usize, end: usize) -> bool {
    let after_whole = i >= 1
        && (toks[i - 1].is_number()
            || (toks[i - 1].is_punct('-')
                && !toks[i].space_before
                && i >= 2
                && toks[i - 2].is_number()));
    let unit_after = toks
        .get(end)
        .is_some_and(|t| FRACTION_OF.iter().any(|w| t.is(w)));
    after_whole || unit_after
}

pub(super) fn numeric(_cx: &Context, i: usize) -> Option<Found> {
    let toks = &_cx.toks;
    let mut parts: Vec<(&str, usize)> = vec![(toks[i].text, i)];
    let mut sep = None;
    let mut k = i + 1;
    while parts.len() < 3 {
        let (Some(s), Some(n)) = (toks.get(k), toks.get(k + 1)) else {
            break;
        };
        if s.space_before
            || n.space_before
            || !n.is_number()
            || !(s.is_punct('-') || s.is_punct('/') || s.is_punct('.'))
        {
            break;
        }
        if sep.is_some_and(|x: &str| x != s.text) {
            break;
        }
        sep = Some(s.text);
        parts.push((n.text, k + 1));
        k += 2;
    }
    let nums: Vec<i64> = parts
        .iter()
        .map(|(t, _)| t.parse().ok())
        .collect::<Option<_>>()?;
    let end = parts.last()?.1 + 1;
    let resolved = match (parts.len(), parts[0].0.len()) {
        (3, 4) => date(nums[0], nums[1], nums[2]).map(Resolved::day),
        (3, _) if sep != Some(".") || parts[2].0.len() == 4 => {
            let year = match parts[2].0.len() {
                4 => nums[2],
                2 => {
                    if nums[2] < 50 {
                        2000 + nums[2]
                    } else {
                        1900 + nums[2]
                    }
                }
                _ => return None,
            };
            // month first as in U.S. news, day first when the first part cannot be a month
            let (m, d) = if nums[0] > 12 {
                (nums[1], nums[0])
            } else {
                (nums[0], nums[1])
            };
            date(year, m, d).map(Resolved::day)
        }
        // "2016-11", "2015/3"
        (2, 4) if sep != Some(".") && parts[1].0.len() <= 2 && (1..=12).contains(&nums[1]) => {
            month_of(nums[0], nums[1])
        }
        // "11/2016", "3-2015"
        (2, 1..=2) if sep != Some(".") && parts[1].0.len() == 4 && (1..=12).contains(&nums[0]) => {
            month_of(nums[1], nums[0])
        }
        // "4/22", "22/04": month and day, when no fraction reading is possible
        (2, 1..=2)
            if sep == Some("/")
                && parts[1].0.len() <= 2
                && (nums[0] > 12 || nums[1] > 12)
                && !reads_as_fraction(toks, i, end) =>
        {
            let (m, d) = if nums[0] > 12 {
                (nums[1], nums[0])
            } else {
                (nums[0], nums[1])
            };
            return Found::new(end, day_in_context(_cx, i, m, d));
        }
        _ => return None,
    };
    Found::new(end, Some(resolved?))
}
