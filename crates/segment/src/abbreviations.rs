//! Abbreviation lexicons, one `const` table per kind, and the classifier that reads them.
//!
//! A full stop after a word is a sentence end unless the word is an abbreviation; what an
//! abbreviation does depends on its kind (see [`Abbreviation`]):
//!
//! * titles (`Mr.`, `Gen.`) and Latin connectives (`e.g.`, `vs.`) always lead into what
//!   follows, so they never end a sentence;
//! * number prefixes (`No. 1`, `p. 55`) never end a sentence before a number;
//! * times of day (`a.m.`, `p.m.`) end one before a capitalised word unless it continues
//!   the time (`6 p.m. Tuesday`, `6 p.m. ET`);
//! * everything else (`U.S.`, `Inc.`, `Nov.`, `Jr.`, `Calif.`, initials such as `J.`)
//!   can end one: it does when a word that typically opens a sentence follows
//!   ("…sanctions on the U.S. The next day…"), see [`crate::starters`].
//!
//! Initialisms with inner dots that are in no table (`N.H.`, `Ph.D.`) are recognised by their
//! shape and treated like the ambiguous kinds.
//!
//! # Adding an entry
//!
//! Write the abbreviation **without its final full stop** into the table of its kind, keeping
//! the table alphabetical. Case decides how it matches:
//!
//! * an entry with a capital letter matches as written or in capitals only: `Ill` (Illinois)
//!   matches `Ill.` and `ILL.` but not the adjective in "fell ill.";
//! * an entry in lower case matches in any case: `inc` matches `Inc.`, `INC.` and `inc.`.
//!
//! Newswire unit words (`mln`, `bln`, `dlrs`, `pct`, `cts`, `shrs`) are deliberately in no
//! table: Reuters writes them without a full stop, so "rose 5 pct." ends its sentence.
//! Add a unit only if it is written with a full stop *and* rarely ends sentences.

use claimkit_core::lexicon::WordMap;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// Titles and other prepositive name parts: always followed by a name, never sentence-final.
pub const TITLES: &[&str] = &[
    "Adm", "Amb", "Brig", "Capt", "Cmdr", "Col", "Cpl", "Det", "Dr", "Fr", "Ft", "Gen", "Gens",
    "Gov", "Hon", "Lt", "Maj", "Messrs", "Mme", "Mr", "Mrs", "Ms", "Msgr", "Mt", "Pres", "Prof",
    "Pvt", "Rep", "Reps", "Rev", "Sen", "Sens", "Sgt", "St", "Ste", "Supt",
];

/// Given names cut short, as company names keep their founder's ("Fried. Krupp GmbH",
/// "Wm. Wrigley Jr. Co", "Geo. Wimpey"): like initials they end a sentence only before a
/// word that opens one ("…told Geo. He said…", Geo being a channel).
pub const GIVEN_NAMES: &[&str] = &["Chas", "Fried", "Geo", "Jas", "Thos", "Wm"];

/// Latin and other connectives that always introduce what follows.
pub const CONNECTIVES: &[&str] = &["cf", "e.g", "i.e", "v", "viz", "vs"];

/// Prefixes of a number, currency abbreviations included: never sentence-final before a
/// number ("No. 1", "p. 55", "Rs. 1000"); before a word they end a sentence like any word.
pub const NUMBER_PREFIXES: &[&str] = &[
    "Art", "fig", "figs", "no", "nos", "Nr", "N°", "p", "para", "pp", "rs", "Sec", "vol", "vols",
];

/// Month abbreviations ("Sept"; May has none): the month table of
/// [`claimkit_core::calendar`], where a new one is added.
pub const MONTHS: &[&str] = &claimkit_core::calendar::ABBREVIATIONS;

/// Country and organisation initialisms. They are also used attributively ("U.S. Sen. John
/// McCain"), so a title after them does not open a new sentence.
pub const COUNTRY_ORG_INITIALISMS: &[&str] = &[
    "D.C", "E.U", "N.Y", "U.A.E", "U.K", "U.N", "U.S", "U.S.A", "U.S.S.R",
];

/// Company suffixes; like [`NAME_SUFFIXES`] they never open a sentence ("Yahoo! Inc. said").
pub const CORPORATE: &[&str] = &[
    "assn", "bros", "co", "corp", "cos", "inc", "llc", "ltd", "n.v", "plc", "s.a",
];

/// Suffixes after a personal name.
pub const NAME_SUFFIXES: &[&str] = &["Esq", "Jr", "Ph.D", "Sr"];

/// U.S. state abbreviations in AP style (dotted ones such as `N.J.` are caught by shape).
pub const STATES: &[&str] = &[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans",
    "Ky", "La", "Mass", "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore",
    "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
];

/// Times of day: they end a sentence before any capitalised word that does not continue the
/// time ("at 6 P.M. Travelers…" ends, "6 p.m. Tuesday" and "6 p.m. ET" go on), see
/// [`crate::starters::TIME_CONTINUATIONS`].
pub const TIMES_OF_DAY: &[&str] = &["a.m", "p.m"];

/// Street types in addresses.
pub const STREETS: &[&str] = &["Ave", "Blvd", "Hwy", "Rd"];

/// Other abbreviations that often end a sentence ("…and others, et al.").
pub const MISC: &[&str] = &["al", "approx", "est", "etc"];

/// Names spelt with an exclamation mark ("Yahoo! Research", "Jeopardy! champion", the
/// channel "E! News", the magazine "OK!"): their
/// `!` ends a sentence only the way an abbreviation does, before a word that opens one
/// ("…was built at Yahoo! It said…").
pub const NAMES_WITH_EXCLAMATION: &[&str] = &["E", "Jeopardy", "OK", "Yahoo"];

/// True when `word` is spelt with the `!` after it ([`NAMES_WITH_EXCLAMATION`]).
pub fn is_name_with_exclamation(word: &str) -> bool {
    in_table(NAMES_WITH_EXCLAMATION, word)
}

/// [`TITLES`], indexed.
pub(crate) static TITLES_INDEX: LazyLock<Indexed> = LazyLock::new(|| Indexed::new(TITLES));
/// [`MONTHS`], indexed.
pub(crate) static MONTHS_INDEX: LazyLock<Indexed> = LazyLock::new(|| Indexed::new(MONTHS));
/// [`CORPORATE`], indexed.
pub(crate) static CORPORATE_INDEX: LazyLock<Indexed> = LazyLock::new(|| Indexed::new(CORPORATE));
/// [`NAME_SUFFIXES`], indexed.
pub(crate) static NAME_SUFFIXES_INDEX: LazyLock<Indexed> =
    LazyLock::new(|| Indexed::new(NAME_SUFFIXES));

/// How an abbreviation behaves before the next word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Abbreviation {
    /// Leads into what follows: never ends a sentence (titles, connectives).
    Prefix,
    /// Leads into a number ("No. 1"); before a capitalised word it ends the sentence.
    NumberPrefix,
    /// `a.m.`/`p.m.`: ends the sentence before a capitalised word that does not continue it.
    TimeOfDay,
    /// May end a sentence; `attributive` ones (country initialisms) also modify titles.
    MayEnd {
        /// Used as a modifier before titles and names ("U.S. Sen. …").
        attributive: bool,
    },
}

/// Every lexicon with the behaviour of its entries, in lookup order.
const LEXICONS: &[(&[&str], Abbreviation)] = &[
    (TITLES, Abbreviation::Prefix),
    (CONNECTIVES, Abbreviation::Prefix),
    (NUMBER_PREFIXES, Abbreviation::NumberPrefix),
    (MONTHS, MAY_END),
    (
        COUNTRY_ORG_INITIALISMS,
        Abbreviation::MayEnd { attributive: true },
    ),
    (CORPORATE, MAY_END),
    (NAME_SUFFIXES, MAY_END),
    (GIVEN_NAMES, MAY_END),
    (STATES, MAY_END),
    (TIMES_OF_DAY, Abbreviation::TimeOfDay),
    (STREETS, MAY_END),
    (MISC, MAY_END),
];

const MAY_END: Abbreviation = Abbreviation::MayEnd { attributive: false };

// The lexicons that hold a word fit in the bits of a u16.
const _: () = assert!(LEXICONS.len() <= 16);

/// Every word of [`LEXICONS`] without case, with the lexicons that hold it as bits in
/// `LEXICONS` order.
static HOLDERS: LazyLock<WordMap<u16>> = LazyLock::new(|| {
    let mut holders: BTreeMap<String, u16> = BTreeMap::new();
    for (k, (table, _)) in LEXICONS.iter().enumerate() {
        for word in *table {
            *holders.entry(word.to_ascii_lowercase()).or_default() |= 1 << k;
        }
    }
    WordMap::from_rows(holders)
});

/// True when `token` is written as `entry` under the case rule in the module docs.
pub fn matches(token: &str, entry: &str) -> bool {
    if token.len() != entry.len() {
        return false;
    }
    if entry.bytes().any(|b| b.is_ascii_uppercase()) {
        token == entry
            || token
                .bytes()
                .zip(entry.bytes())
                .all(|(t, e)| t == e.to_ascii_uppercase())
    } else {
        token.eq_ignore_ascii_case(entry)
    }
}

/// A word table with a hashed index: the entry equal to a word without case is found by
/// one look-up in the core lexicon layer ([`WordMap`]), then the case rule of [`matches`]
/// decides, as [`in_table`] does with a binary search. For the tables read at every
/// candidate sentence end.
pub struct Indexed {
    entries: &'static [&'static str],
    /// Each entry without case, with its index in `entries`.
    index: WordMap<u16>,
}

impl Indexed {
    /// Index `entries` (each word once without case, as every table holds them).
    pub fn new(entries: &'static [&'static str]) -> Indexed {
        let rows: Vec<(&str, u16)> = entries
            .iter()
            .zip(0u16..)
            .map(|(&word, k)| (word, k))
            .collect();
        Indexed {
            entries,
            index: WordMap::new(&rows),
        }
    }

    /// True when `token` is an entry, under the case rule of [`matches`].
    pub fn has(&self, token: &str) -> bool {
        self.index
            .get(token)
            .is_some_and(|k| matches(token, self.entries[usize::from(k)]))
    }
}

/// True when `token` is an entry of `table`. Every table is sorted without case and holds
/// each word once (a test checks them all), so this is a binary search: the one entry
/// equal to `token` without case, then the case rule of [`matches`].
pub fn in_table(table: &[&str], token: &str) -> bool {
    table
        .binary_search_by(|entry| cmp_folded(entry, token))
        .is_ok_and(|k| matches(token, table[k]))
}

/// Order of two words with ASCII letters folded to lower case.
pub fn cmp_folded(a: &str, b: &str) -> std::cmp::Ordering {
    let (a, b) = (a.bytes(), b.bytes());
    a.map(|c| c.to_ascii_lowercase())
        .cmp(b.map(|c| c.to_ascii_lowercase()))
}

/// The kind of abbreviation `token` (the word before a full stop, without it) is, if any.
///
/// ```
/// use claimkit_segment::abbreviations::{classify, Abbreviation};
/// assert_eq!(classify("Mr"), Some(Abbreviation::Prefix));
/// assert_eq!(classify("U.S"), Some(Abbreviation::MayEnd { attributive: true }));
/// assert_eq!(classify("pct"), None);
/// ```
pub fn classify(token: &str) -> Option<Abbreviation> {
    if token.is_empty() || !token.bytes().any(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    // One hashed look-up says which lexicons hold the word at all (nearly always none);
    // only those are searched, in lookup order, under the case rule.
    let holders = HOLDERS.get(token).unwrap_or(0);
    let mut held = LEXICONS
        .iter()
        .enumerate()
        .filter(|&(k, _)| holders >> k & 1 == 1);
    if let Some((_, &(_, kind))) = held.find(|(_, (table, _))| in_table(table, token)) {
        return Some(kind);
    }
    let single_letter = token.len() == 1;
    (single_letter || is_dotted_initialism(token)).then_some(MAY_END)
}

/// Shape of an unlisted initialism: short letter groups joined by dots (`N.H`, `Ph.D`).
fn is_dotted_initialism(token: &str) -> bool {
    token.contains('.')
        && token.split('.').all(|part| {
            (1..=3).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphabetic())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_indexed_table_answers_as_its_binary_search() {
        use crate::starters::TABLES;
        let tables = LEXICONS
            .iter()
            .map(|(t, _)| *t)
            .chain(TABLES.iter().copied());
        for table in tables {
            let indexed = Indexed::new(table);
            for entry in table.iter() {
                let lower = entry.to_ascii_lowercase();
                let upper = entry.to_ascii_uppercase();
                let title = format!("{}{}", &upper[..1], &lower[1..]);
                for word in [*entry, &lower, &upper, &title, "zzz", ""] {
                    assert_eq!(
                        indexed.has(word),
                        in_table(table, word),
                        "{word:?} in {table:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_table_read_by_in_table_is_sorted_without_case() {
        use crate::starters::TABLES;
        let tables = LEXICONS
            .iter()
            .map(|(table, _)| *table)
            .chain(TABLES.iter().copied())
            .chain([NAMES_WITH_EXCLAMATION]);
        for table in tables {
            for pair in table.windows(2) {
                assert!(
                    cmp_folded(pair[0], pair[1]).is_lt(),
                    "{pair:?} out of order"
                );
            }
        }
    }

    #[test]
    fn lookups_keep_the_case_rule() {
        assert!(in_table(TITLES, "Mr") && in_table(TITLES, "MR") && !in_table(TITLES, "mr"));
        assert!(in_table(MONTHS, "Sept") && in_table(MONTHS, "SEPT") && !in_table(MONTHS, "sept"));
        assert!(!in_table(MONTHS, "Septé") && !in_table(MONTHS, ""));
    }

    #[test]
    fn every_lexicon_is_alphabetical_and_without_full_stops() {
        for (table, _) in LEXICONS {
            for pair in table.windows(2) {
                assert!(
                    pair[0].to_lowercase() < pair[1].to_lowercase(),
                    "{pair:?} out of order"
                );
            }
            assert!(table.iter().all(|e| !e.ends_with('.')));
        }
    }

    #[test]
    fn months_are_the_abbreviations_listed_before_the_month_table() {
        let mut months = MONTHS.to_vec();
        months.sort_unstable();
        assert_eq!(
            months,
            ["Apr", "Aug", "Dec", "Feb", "Jan", "Jul", "Jun", "Mar", "Nov", "Oct", "Sep", "Sept"]
        );
        // "Sept. 30" goes on; "in Sept. The next day" ends
        assert_eq!(classify("Sept"), Some(MAY_END));
        assert_eq!(classify("sept"), None);
    }

    #[test]
    fn names_with_exclamation_are_alphabetical_and_capitalised() {
        for pair in NAMES_WITH_EXCLAMATION.windows(2) {
            assert!(pair[0] < pair[1], "{pair:?} out of order");
        }
        assert!(is_name_with_exclamation("Yahoo"));
        assert!(!is_name_with_exclamation("yahoo"));
    }

    #[test]
    fn capitalised_entries_do_not_match_ordinary_words() {
        // "He fell ill." must not read as Illinois.
        assert_eq!(classify("ill"), None);
        assert_eq!(classify("Ill"), Some(MAY_END));
        assert_eq!(classify("ILL"), Some(MAY_END));
    }

    #[test]
    fn lower_case_entries_match_any_case() {
        assert_eq!(classify("Inc"), Some(MAY_END));
        assert_eq!(classify("co"), Some(MAY_END));
        assert_eq!(classify("P.M"), Some(Abbreviation::TimeOfDay));
    }

    #[test]
    fn dotted_initialisms_are_recognised_by_shape() {
        assert_eq!(classify("N.H"), Some(MAY_END));
        assert_eq!(classify("example.com"), None);
        assert_eq!(classify("1026.253"), None);
    }
}
