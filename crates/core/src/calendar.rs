//! The month table: for each month its number, full name, AP-style form and
//! the abbreviations news writes, and the few views of it the stages read.
//!
//! It is the one place month words are written. Datelines
//! ([`crate::dateline`]) and time expressions read [`month_number`]; the
//! sentence splitter knows the abbreviations ([`ABBREVIATIONS`]: "Sept." may
//! end a sentence) and the names ([`NAMES`]: "6 p.m. Tuesday" or "6 p.m.
//! March" goes on); standalone claims write dates with [`Month::ap`] and
//! [`Month::name`]; the attribution stage never takes a month for a source.
//!
//! To teach every stage a new spelling of a month, add it to that month's
//! `abbreviations` in [`MONTHS`], without its final full stop.
//!
//! ```
//! use claimkit_core::calendar::{month, month_number};
//! assert_eq!(month_number("Sept."), Some(9));
//! assert_eq!(month_number("NOVEMBER"), Some(11));
//! assert_eq!(month_number("Mayday"), None);
//! let september = month(9).unwrap();
//! assert_eq!((september.name, september.ap), ("September", "Sept."));
//! ```

use crate::lexicon::WordMap;
use std::sync::LazyLock;

/// One month of the year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Month {
    /// Its number, 1 = January.
    pub number: i8,
    /// The full name, capitalised: "September".
    pub name: &'static str,
    /// The form AP style writes in a date: "Sept." (abbreviated), "March" (in full).
    pub ap: &'static str,
    /// The abbreviations news writes, capitalised and without their full stop:
    /// "Sept", "Sep". May has none.
    pub abbreviations: &'static [&'static str],
}

/// The twelve months, January first.
pub const MONTHS: [Month; 12] = [
    month_row(1, "January", "Jan.", &["Jan"]),
    month_row(2, "February", "Feb.", &["Feb"]),
    month_row(3, "March", "March", &["Mar"]),
    month_row(4, "April", "April", &["Apr"]),
    month_row(5, "May", "May", &[]),
    month_row(6, "June", "June", &["Jun"]),
    month_row(7, "July", "July", &["Jul"]),
    month_row(8, "August", "Aug.", &["Aug"]),
    month_row(9, "September", "Sept.", &["Sept", "Sep"]),
    month_row(10, "October", "Oct.", &["Oct"]),
    month_row(11, "November", "Nov.", &["Nov"]),
    month_row(12, "December", "Dec.", &["Dec"]),
];

const fn month_row(
    number: i8,
    name: &'static str,
    ap: &'static str,
    abbreviations: &'static [&'static str],
) -> Month {
    Month {
        number,
        name,
        ap,
        abbreviations,
    }
}

/// The full names, January first: "January", …, "December".
pub const NAMES: [&str; 12] = {
    let mut names = [""; 12];
    let mut m = 0;
    while m < 12 {
        names[m] = MONTHS[m].name;
        m += 1;
    }
    names
};

/// How many abbreviations [`MONTHS`] holds.
const ABBREVIATION_COUNT: usize = {
    let mut n = 0;
    let mut m = 0;
    while m < 12 {
        n += MONTHS[m].abbreviations.len();
        m += 1;
    }
    n
};

/// Every abbreviation, capitalised and without its full stop, in alphabetical
/// order (ignoring case), so that it can be binary-searched: "Apr", "Aug",
/// "Dec", …, "Sep", "Sept".
pub const ABBREVIATIONS: [&str; ABBREVIATION_COUNT] = sorted_folded(ABBREVIATIONS_BY_MONTH);

/// The abbreviations in month order: "Jan", "Feb", "Mar", …, "Sept", "Sep", "Oct", "Nov", "Dec".
const ABBREVIATIONS_BY_MONTH: [&str; ABBREVIATION_COUNT] = {
    let mut all = [""; ABBREVIATION_COUNT];
    let (mut n, mut m) = (0, 0);
    while m < 12 {
        let mut a = 0;
        while a < MONTHS[m].abbreviations.len() {
            all[n] = MONTHS[m].abbreviations[a];
            n += 1;
            a += 1;
        }
        m += 1;
    }
    all
};

/// True when `a` sorts before `b` with ASCII letters compared in lower case.
const fn before_folded(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut i = 0;
    while i < a.len() && i < b.len() {
        let (x, y) = (a[i].to_ascii_lowercase(), b[i].to_ascii_lowercase());
        if x != y {
            return x < y;
        }
        i += 1;
    }
    a.len() < b.len()
}

/// `words` sorted by [`before_folded`] (an insertion sort, run by the compiler).
const fn sorted_folded<const N: usize>(mut words: [&'static str; N]) -> [&'static str; N] {
    let mut i = 1;
    while i < N {
        let mut j = i;
        while j > 0 && before_folded(words[j], words[j - 1]) {
            let w = words[j];
            words[j] = words[j - 1];
            words[j - 1] = w;
            j -= 1;
        }
        i += 1;
    }
    words
}

/// The month numbered `number`, 1 = January.
pub fn month(number: i8) -> Option<&'static Month> {
    let index = usize::try_from(number).ok()?.checked_sub(1)?;
    MONTHS.get(index)
}

/// Every word that names a month, full names and abbreviations, with the
/// month number: ("January", 1), ("Jan", 1), ("February", 2), …
pub fn words() -> impl Iterator<Item = (&'static str, i8)> {
    MONTHS.iter().flat_map(|m| {
        std::iter::once(m.name)
            .chain(m.abbreviations.iter().copied())
            .map(move |w| (w, m.number))
    })
}

/// The number of the month a name or abbreviation names, any case, with or
/// without its full stop ("Sept." → 9, "SEPTEMBER" → 9), without allocating.
pub fn month_number(word: &str) -> Option<i8> {
    static INDEX: LazyLock<WordMap<i8>> =
        LazyLock::new(|| WordMap::from_rows(words().map(|(w, n)| (w.to_string(), n))));
    INDEX.get(word.trim_end_matches('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The month words of datelines and times as they were listed before this table,
    /// in lower case with their numbers.
    #[rustfmt::skip]
    const DATELINE_MONTHS: &[(&str, i8)] = &[
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3),
        ("april", 4), ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7),
        ("august", 8), ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9), ("october", 10),
        ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
    ];

    #[test]
    fn words_are_the_dateline_months_word_for_word() {
        let derived: Vec<(String, i8)> = words().map(|(w, n)| (w.to_lowercase(), n)).collect();
        let listed: Vec<(String, i8)> = DATELINE_MONTHS
            .iter()
            .map(|&(w, n)| (w.to_string(), n))
            .collect();
        assert_eq!(derived, listed);
    }

    #[test]
    fn month_number_reads_every_word_in_any_case_with_or_without_its_stop() {
        for &(w, n) in DATELINE_MONTHS {
            assert_eq!(month_number(w), Some(n), "{w}");
            assert_eq!(
                month_number(&format!("{}.", w.to_uppercase())),
                Some(n),
                "{w}"
            );
        }
        // Reuters, 1987: "26-FEB-1987"; AP: "Sept. 30, 2015"
        assert_eq!(month_number("FEB"), Some(2));
        assert_eq!(month_number("Sept."), Some(9));
        for not_a_month in ["", ".", "Ma", "Septe", "Mayor", "Junior", "Decade"] {
            assert_eq!(month_number(not_a_month), None, "{not_a_month}");
        }
    }

    #[test]
    fn the_table_is_in_month_order_and_each_view_follows_it() {
        for (i, m) in MONTHS.iter().enumerate() {
            assert_eq!(usize::try_from(m.number).ok(), Some(i + 1));
            assert_eq!(month(m.number), Some(m));
            assert_eq!(NAMES[i], m.name);
        }
        assert_eq!((month(0), month(13), month(-1)), (None, None, None));
        assert_eq!(ABBREVIATIONS.len(), 12);
        assert_eq!(ABBREVIATIONS_BY_MONTH[7..9], ["Sept", "Sep"]);
        assert_eq!(
            ABBREVIATIONS,
            ["Apr", "Aug", "Dec", "Feb", "Jan", "Jul", "Jun", "Mar", "Nov", "Oct", "Sep", "Sept"]
        );
    }
}
