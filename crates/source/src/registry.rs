//! The tables behind speaker resolution ([`crate::resolve::People`]): people,
//! organisations, full names and titles met in a document, each found by a hash
//! or a binary search, so that a look-up costs the same however many names a
//! document holds and the attributions of a long document take linear time.

use crate::lexicon::{Gender, FAMILY_FIRST, NAME_SUFFIX};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// Position of an entry: its byte offset, then the order it was recorded in. A
/// new entry goes after every entry at its offset or before it, as an insertion
/// into a list sorted by offset would.
type Key = (usize, usize);

/// The last entry of `map` before byte `at`.
fn last_before<V>(map: &BTreeMap<Key, V>, at: usize) -> Option<(&Key, &V)> {
    map.range(..(at, 0)).next_back()
}

/// The last word of a name that is not a name suffix ("Jr.").
pub fn surname(name: &str) -> &str {
    name.split_whitespace()
        .rev()
        .find(|w| !NAME_SUFFIX.has(w))
        .unwrap_or(name)
}

/// Named people who were sentence subjects or sources, by offset.
#[derive(Default)]
pub struct Persons {
    /// Entries whose mention tells no gender, men and women.
    by_gender: [BTreeMap<Key, (String, Option<Gender>)>; 3],
    /// For each name, the gender of its first entry (in offset order) that tells one.
    first_gender: HashMap<String, (Key, Gender)>,
    next: usize,
}

fn slot(gender: Option<Gender>) -> usize {
    match gender {
        None => 0,
        Some(Gender::Man) => 1,
        Some(Gender::Woman) => 2,
    }
}

impl Persons {
    /// Record `name` at byte `at`.
    pub fn add(&mut self, at: usize, name: &str, gender: Option<Gender>) {
        let key = (at, self.next);
        self.next += 1;
        if let Some(g) = gender {
            let first = self
                .first_gender
                .entry(name.to_string())
                .or_insert((key, g));
            if key < first.0 {
                *first = (key, g);
            }
        }
        self.by_gender[slot(gender)].insert(key, (name.to_string(), gender));
    }

    /// The last person before byte `at` whose gender is not known to differ from `gender`.
    pub fn before(&self, at: usize, gender: Option<Gender>) -> Option<(&str, Option<Gender>)> {
        self.before_at(at, gender)
            .map(|(_, name, gender)| (name, gender))
    }

    /// [`Persons::before`] with the byte offset where that person was recorded.
    pub fn before_at(
        &self,
        at: usize,
        gender: Option<Gender>,
    ) -> Option<(usize, &str, Option<Gender>)> {
        let slots: &[usize] = match gender {
            None => &[0, 1, 2],
            Some(g) => &[0, slot(Some(g))],
        };
        slots
            .iter()
            .filter_map(|&s| last_before(&self.by_gender[s], at))
            .max_by_key(|(key, _)| **key)
            .map(|(key, (name, gender))| (key.0, name.as_str(), *gender))
    }

    /// The gender of the first entry for `name` that tells one.
    pub fn gender_of(&self, name: &str) -> Option<Gender> {
        self.first_gender.get(name).map(|first| first.1)
    }
}

/// Speakers who are one person left unnamed ("a dealer", "the spokeswoman"), by
/// offset, with the gender their words tell.
#[derive(Default)]
pub struct Unnamed {
    by_gender: [BTreeSet<usize>; 3],
}

impl Unnamed {
    /// Record an unnamed speaker at byte `at`.
    pub fn add(&mut self, at: usize, gender: Option<Gender>) {
        self.by_gender[slot(gender)].insert(at);
    }

    /// The offset of the last unnamed speaker before byte `at` whose gender is not
    /// known to differ from `gender`.
    pub fn last_before(&self, at: usize, gender: Option<Gender>) -> Option<usize> {
        let slots: &[usize] = match gender {
            None => &[0, 1, 2],
            Some(g) => &[0, slot(Some(g))],
        };
        slots
            .iter()
            .filter_map(|&s| self.by_gender[s].range(..at).next_back().copied())
            .max()
    }
}

/// How many of the organisations recorded last "the ministry" or "the agency" is
/// compared with ([`Organisations::before_described`]): more than an article names, and
/// a bound, so a document naming thousands of bodies is not read back to its start at
/// every such description.
const DESCRIBED_REACH: usize = 64;

/// Organisations named as sources or sentence subjects, by offset.
#[derive(Default)]
pub struct Organisations {
    all: BTreeMap<Key, String>,
    /// Those whose name is no place's or government's (what "the company" can be).
    companies: BTreeMap<Key, String>,
    /// For the first word of each name of two words or more, the first such name by
    /// position ("Hyundai" → "Hyundai Motor"), so that a short form is looked up by
    /// hash, not by reading every name recorded before.
    by_first_word: HashMap<String, (Key, String)>,
    /// Companies written right after a company noun ("publishing group X"), wherever
    /// they stand, by that noun in lower case.
    by_kind: HashMap<String, BTreeMap<Key, String>>,
    next: usize,
}

impl Organisations {
    /// Record organisation `name` at byte `at`; `place` when it names a place or government.
    pub fn add(&mut self, at: usize, name: &str, place: bool) {
        let key = (at, self.next);
        self.next += 1;
        self.all.insert(key, name.to_string());
        if let Some((first, _)) = name.split_once(' ') {
            let entry = self
                .by_first_word
                .entry(first.to_string())
                .or_insert_with(|| (key, name.to_string()));
            if key < entry.0 {
                *entry = (key, name.to_string());
            }
        }
        if !place {
            self.companies.insert(key, name.to_string());
        }
    }

    /// An organisation recorded before whose name opens with the one word
    /// `name` ("Hyundai Motor" for "Hyundai").
    pub fn longer_form(&self, name: &str) -> Option<String> {
        if name.contains(' ') {
            return None;
        }
        self.by_first_word.get(name).map(|(_, full)| full.clone())
    }

    /// An organisation recorded before byte `at` that the name `text` writes with
    /// its last word cut short ("Downing St" for "Downing Street", "Acme Intl"
    /// for "Acme International"): the same words, the last one a capitalised
    /// abbreviation of four letters or fewer whose letters the full word holds in
    /// order, from its first.
    pub fn abbreviated(&self, text: &str, at: usize) -> Option<&str> {
        let words: Vec<&str> = text.split_whitespace().collect();
        let (&last, first) = (words.last()?, words.first()?);
        let short = last.trim_end_matches('.');
        let abbreviation = words.len() >= 2
            && (1..=4).contains(&short.len())
            && short.starts_with(|c: char| c.is_ascii_uppercase())
            && short.chars().all(|c| c.is_ascii_alphabetic());
        if !abbreviation {
            return None;
        }
        let (key, full) = self.by_first_word.get(*first)?;
        let full_words: Vec<&str> = full.split_whitespace().collect();
        let same = key.0 < at
            && full_words.len() == words.len()
            && full_words[..words.len() - 1] == words[..words.len() - 1];
        let long = full_words.last()?.to_ascii_lowercase();
        let mut letters = long.chars();
        let holds = short
            .to_ascii_lowercase()
            .chars()
            .all(|c| letters.any(|l| l == c));
        let cut = same
            && long.len() > short.len()
            && long.starts_with(&short[..1].to_ascii_lowercase())
            && holds;
        cut.then_some(full.as_str())
    }

    /// Record that the company `name` is written right after the company noun `kind`
    /// at byte `at` ("publishing group X"); it is then no candidate for "it" or "the
    /// company" unless [`Organisations::add`] records it too.
    pub fn add_kind(&mut self, at: usize, name: &str, kind: &str) {
        let key = (at, self.next);
        self.next += 1;
        let named = self.by_kind.entry(kind.to_string()).or_default();
        named.insert(key, name.to_string());
    }

    /// The last company written after the company noun `kind` before byte `at`.
    pub fn before_of_kind(&self, at: usize, kind: &str) -> Option<&str> {
        last_before(self.by_kind.get(kind)?, at).map(|(_, name)| name.as_str())
    }

    /// The last organisation before byte `at`, among the [`DESCRIBED_REACH`] last,
    /// whose name holds the word `noun` (compared ignoring case), or, when `any`, the
    /// last that is no place's.
    pub fn before_described(&self, at: usize, noun: &str, any: bool) -> Option<&str> {
        let holds = |name: &str| {
            name.split_whitespace()
                .any(|w| w.eq_ignore_ascii_case(noun))
        };
        let named = self
            .all
            .range(..(at, 0))
            .rev()
            .take(DESCRIBED_REACH)
            .find(|(_, name)| holds(name));
        named
            .map(|(_, name)| name.as_str())
            .or_else(|| any.then(|| self.before(at, true)).flatten())
    }

    /// The byte offset of the last organisation recorded before byte `at`.
    pub fn last_offset_before(&self, at: usize) -> Option<usize> {
        last_before(&self.all, at).map(|(key, _)| key.0)
    }

    /// The last organisation before byte `at`; not a place's when `company`.
    pub fn before(&self, at: usize, company: bool) -> Option<&str> {
        let map = if company { &self.companies } else { &self.all };
        last_before(map, at).map(|(_, name)| name.as_str())
    }
}

/// Full names by surname, in the order they were recorded: those of the first pass
/// over the document, then those of the sources, each list searched by offset.
#[derive(Default)]
pub struct FullNames {
    /// Surnames of every name recorded.
    surnames: HashSet<String>,
    /// Names of two words or more by surname, each with their offsets.
    by_surname: HashMap<String, [Recorded; 2]>,
    /// Names now go to the second list.
    second_pass: bool,
    /// The offset of the first name of two words or more by surname.
    first_at: HashMap<String, usize>,
}

/// Names with their offsets in the order recorded, and whether that order is by offset.
#[derive(Default)]
struct Recorded {
    names: Vec<(usize, String)>,
    unordered: bool,
}

impl Recorded {
    fn push(&mut self, at: usize, name: &str) {
        self.unordered |= self.names.last().is_some_and(|last| last.0 > at);
        self.names.push((at, name.to_string()));
    }

    /// The last recorded name before byte `at`.
    fn last_before(&self, at: usize) -> Option<&str> {
        let found = if self.unordered {
            self.names.iter().rfind(|n| n.0 < at)
        } else {
            let k = self.names.partition_point(|n| n.0 < at);
            k.checked_sub(1).map(|k| &self.names[k])
        };
        found.map(|n| n.1.as_str())
    }
}

impl FullNames {
    /// Record `name` at byte `at`.
    pub fn add(&mut self, at: usize, name: &str) {
        let last = surname(name);
        self.index(at, last, name);
        // "Adel al-Jubeir … Al-Jubeir added": a particle joined by a hyphen is written
        // capitalised at a sentence start
        if let Some(other) = particle_case_swapped(last) {
            self.index(at, &other, name);
        }
        // "Kim Yungmin", "Moon Jae-in": also known by the family name written first
        let words: Vec<&str> = name
            .split_whitespace()
            .filter(|w| !NAME_SUFFIX.has(w))
            .collect();
        if let [family, _] = words[..] {
            if FAMILY_FIRST.has(family) {
                self.index(at, family, name);
            }
        }
    }

    /// Record `name` at byte `at` under another form than its surname ("Sir
    /// Digby" for "Digby Jones" named with the honorific).
    pub fn add_form(&mut self, at: usize, form: &str, name: &str) {
        self.index(at, form, name);
    }

    fn index(&mut self, at: usize, key: &str, name: &str) {
        self.surnames.insert(key.to_string());
        if name.split_whitespace().count() >= 2 {
            let lists = self.by_surname.entry(key.to_string()).or_default();
            lists[usize::from(self.second_pass)].push(at, name);
            let first = self.first_at.entry(key.to_string()).or_insert(at);
            *first = (*first).min(at);
        }
    }

    /// From now on, names are sources met while attributions are built.
    pub fn start_second_pass(&mut self) {
        self.second_pass = true;
    }

    /// The byte offset of the first name of two words or more with surname `last`.
    pub fn first_at(&self, last: &str) -> Option<usize> {
        self.first_at.get(last).copied()
    }

    /// True when a name with this surname was recorded.
    pub fn has_surname(&self, last: &str) -> bool {
        self.surnames.contains(last)
    }

    /// The name of two words or more with surname `last` recorded last (sources
    /// first) before byte `at`, else the first recorded.
    pub fn nearest(&self, last: &str, at: usize) -> Option<&str> {
        let [first, second] = self.by_surname.get(last)?;
        second
            .last_before(at)
            .or_else(|| first.last_before(at))
            .or_else(|| {
                first
                    .names
                    .first()
                    .or(second.names.first())
                    .map(|n| n.1.as_str())
            })
    }
}

/// How many letters a particle joined to a surname by a hyphen may have ("al-",
/// "el-", "ash-", "abu-").
const PARTICLE_LETTERS: usize = 3;

/// "al-Jubeir" for "Al-Jubeir" and the other way round: a surname that opens with a
/// short particle joined by a hyphen, its first letter's case swapped; `None` for any
/// other surname.
fn particle_case_swapped(last: &str) -> Option<String> {
    let (particle, rest) = last.split_once('-')?;
    let letters = particle.chars().count();
    if !(2..=PARTICLE_LETTERS).contains(&letters)
        || !particle.chars().skip(1).all(char::is_lowercase)
        || !rest.chars().next().is_some_and(char::is_uppercase)
    {
        return None;
    }
    let mut chars = particle.chars();
    let first = chars.next()?;
    let swapped: String = if first.is_lowercase() {
        first.to_uppercase().collect()
    } else {
        first.to_lowercase().collect()
    };
    Some(format!("{swapped}{}-{rest}", chars.as_str()))
}

/// The contents of the frames of a document, sorted by start, with the running
/// maximum of their ends: whether a byte lies inside one, by binary search.
#[derive(Default)]
pub struct Contents {
    starts: Vec<usize>,
    max_ends: Vec<usize>,
    /// The end of each content and the byte where its frame's source starts, in the
    /// order of `starts`.
    ends_and_speakers: Vec<(usize, usize)>,
}

impl Contents {
    /// The table of the contents `spans` (byte ranges, with the byte where the
    /// source of each starts, in any order).
    pub fn new(spans: impl IntoIterator<Item = (usize, usize, usize)>) -> Contents {
        let mut spans: Vec<(usize, usize, usize)> = spans.into_iter().collect();
        spans.sort_unstable();
        let starts = spans.iter().map(|s| s.0).collect();
        let max_ends = spans
            .iter()
            .scan(0, |max, s| {
                *max = s.1.max(*max);
                Some(*max)
            })
            .collect();
        let ends_and_speakers = spans.iter().map(|s| (s.1, s.2)).collect();
        Contents {
            starts,
            max_ends,
            ends_and_speakers,
        }
    }

    /// True when byte `at` lies inside a content.
    pub fn holds(&self, at: usize) -> bool {
        let k = self.starts.partition_point(|&s| s <= at);
        k > 0 && self.max_ends[k - 1] > at
    }

    /// The bytes where the sources start of the contents that hold byte `named`
    /// but not byte `at`, when the source comes before the content ("Mr Cook said
    /// Lord Goldsmith's answer …": the speaker of what names Lord Goldsmith).
    pub fn speakers_around(&self, named: usize, at: usize) -> impl Iterator<Item = usize> + '_ {
        let k = self.starts.partition_point(|&s| s <= named);
        (0..k)
            .rev()
            .take_while(move |&j| self.max_ends[j] > named)
            .filter_map(move |j| {
                let (end, speaker) = self.ends_and_speakers[j];
                let start = self.starts[j];
                let holds_named = end > named;
                let holds_at = start <= at && at < end;
                (holds_named && !holds_at && speaker < start).then_some(speaker)
            })
    }
}

/// How many of the last titled entries before a description [`Titled::before`] and
/// [`Titled::names_before`] read: more than an article names, and a bound, so that a
/// document repeating a title or a role is not read back to its start at every one.
const RECENT_TITLED: usize = 256;

/// People named after a title ("Prime Minister David Cameron") or with a role set off by
/// commas, in text order.
#[derive(Default)]
pub struct Titled {
    /// (offset, order recorded) → the title in lower case and the name.
    entries: BTreeMap<(usize, usize), (String, String)>,
    /// How many entries were recorded.
    next: usize,
    /// Every name written after a title.
    named: HashSet<String>,
}

impl Titled {
    /// Record `name` at byte `at`, named after `title`.
    pub fn add(&mut self, at: usize, title: String, name: String) {
        self.named.insert(name.clone());
        // in text order, after the entries at the same offset
        self.entries.insert((at, self.next), (title, name));
        self.next += 1;
    }

    /// True when `name` was written after a title somewhere in the document.
    pub fn has_title(&self, name: &str) -> bool {
        self.named.contains(name)
    }

    /// The last [`RECENT_TITLED`] entries before byte `at`, the last first.
    fn recent(&self, at: usize) -> impl Iterator<Item = &(String, String)> {
        self.entries
            .range(..(at, 0))
            .rev()
            .take(RECENT_TITLED)
            .map(|(_, entry)| entry)
    }

    /// The name of the last entry before byte `at` (among the last [`RECENT_TITLED`])
    /// whose title `fits`.
    pub fn before(&self, at: usize, fits: impl Fn(&str) -> bool) -> Option<&str> {
        self.recent(at)
            .find(|(title, _)| fits(title))
            .map(|(_, name)| name.as_str())
    }

    /// The distinct names of the last [`RECENT_TITLED`] entries before byte `at` whose
    /// title `fits`, the last first.
    pub fn names_before(&self, at: usize, fits: impl Fn(&str) -> bool) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for (t, name) in self.recent(at) {
            if fits(t) && !names.contains(name) {
                names.push(name.clone());
            }
        }
        names
    }
}

#[cfg(test)]
mod tests {
    //! Each table answers as a plain list scanned from the end would, the way
    //! speaker resolution first read them.

    use super::*;
    use proptest::prelude::*;

    const NAMES: [&str; 5] = [
        "Jill Ann Smith",
        "John Smith",
        "Smith",
        "Mary Jones",
        "Bo Jones",
    ];

    fn gender(k: u8) -> Option<Gender> {
        [None, Some(Gender::Man), Some(Gender::Woman)][usize::from(k % 3)]
    }

    /// An offset, a name (of [`NAMES`]) and a gender or place flag.
    type Entry = (usize, u8, u8);

    /// Entries recorded in a first pass (sorted whole) and then inserted one by one.
    fn entries() -> impl Strategy<Value = (Vec<Entry>, Vec<Entry>)> {
        let entry = (0usize..60, 0u8..5, 0u8..3);
        (
            prop::collection::vec(entry.clone(), 0..20),
            prop::collection::vec(entry, 0..20),
        )
    }

    proptest! {
        #[test]
        fn persons_answer_as_the_sorted_list((first, later) in entries(), at in 0usize..70, want in 0u8..3) {
            let mut list: Vec<(usize, String, Option<Gender>)> = first
                .iter()
                .map(|&(o, n, g)| (o, NAMES[usize::from(n)].to_string(), gender(g)))
                .collect();
            list.sort();
            let mut persons = Persons::default();
            for (o, n, g) in &list {
                persons.add(*o, n, *g);
            }
            for &(o, n, g) in &later {
                let k = list.partition_point(|p| p.0 <= o);
                list.insert(k, (o, NAMES[usize::from(n)].to_string(), gender(g)));
                persons.add(o, NAMES[usize::from(n)], gender(g));
            }
            let want = gender(want);
            let k = list.partition_point(|p| p.0 < at);
            let expected = list[..k]
                .iter()
                .rev()
                .find(|p| want.is_none() || p.2.is_none() || p.2 == want)
                .map(|p| (p.1.as_str(), p.2));
            prop_assert_eq!(persons.before(at, want), expected);
            for name in NAMES {
                let expected = list.iter().filter(|p| p.1 == name).find_map(|p| p.2);
                prop_assert_eq!(persons.gender_of(name), expected);
            }
        }

        #[test]
        fn organisations_answer_as_the_sorted_list((first, later) in entries(), at in 0usize..70) {
            let mut list: Vec<(usize, String, bool)> = first
                .iter()
                .map(|&(o, n, p)| (o, NAMES[usize::from(n)].to_string(), p == 0))
                .collect();
            list.sort();
            let mut organisations = Organisations::default();
            for (o, n, p) in &list {
                organisations.add(*o, n, *p);
            }
            for &(o, n, p) in &later {
                let k = list.partition_point(|e| e.0 <= o);
                list.insert(k, (o, NAMES[usize::from(n)].to_string(), p == 0));
                organisations.add(o, NAMES[usize::from(n)], p == 0);
            }
            for company in [false, true] {
                let k = list.partition_point(|e| e.0 < at);
                let expected = list[..k].iter().rev().find(|e| !(company && e.2)).map(|e| e.1.as_str());
                prop_assert_eq!(organisations.before(at, company), expected);
            }
            for short in ["Jill", "John", "Mary", "Bo", "Smith", "Jo"] {
                let expected = list
                    .iter()
                    .find(|e| e.1.strip_prefix(short).is_some_and(|rest| rest.starts_with(' ')))
                    .map(|e| e.1.clone());
                prop_assert_eq!(organisations.longer_form(short), expected);
            }
        }

        #[test]
        fn full_names_answer_as_the_list_in_recording_order((first, later) in entries(), at in 0usize..70) {
            let mut list: Vec<(usize, &str)> = Vec::new();
            let mut names = FullNames::default();
            for &(o, n, _) in &first {
                list.push((o, NAMES[usize::from(n)]));
                names.add(o, NAMES[usize::from(n)]);
            }
            names.start_second_pass();
            for &(o, n, _) in &later {
                list.push((o, NAMES[usize::from(n)]));
                names.add(o, NAMES[usize::from(n)]);
            }
            for last in ["Smith", "Jones", "Brown"] {
                prop_assert_eq!(names.has_surname(last), list.iter().any(|f| surname(f.1) == last));
                let same = |f: &&(usize, &str)| surname(f.1) == last && f.1.split_whitespace().count() >= 2;
                let expected = list
                    .iter()
                    .filter(same)
                    .rfind(|f| f.0 < at)
                    .or_else(|| list.iter().find(same))
                    .map(|f| f.1);
                prop_assert_eq!(names.nearest(last, at), expected);
            }
        }
    }

    #[test]
    fn a_one_word_name_is_the_body_named_in_full_before() {
        let mut orgs = Organisations::default();
        orgs.add(0, "Toyota Motor", false);
        assert_eq!(orgs.longer_form("Toyota").as_deref(), Some("Toyota Motor"));
        assert_eq!(orgs.longer_form("Toy"), None);
        assert_eq!(orgs.longer_form("Toyota Motor"), None);
    }

    #[test]
    fn titles_answer_as_the_list_scanned_back() {
        let mut titled = Titled::default();
        let entries = [
            (5, "prime minister", "David Cameron"),
            (9, "foreign minister", "Sergei Lavrov"),
            (14, "vice president", "Joe Biden"),
            (20, "minister", "Ann Smith"),
        ];
        for (at, title, name) in entries {
            titled.add(at, title.to_string(), name.to_string());
        }
        let fits = |title: &'static str| {
            move |named: &str| {
                named == title || named.strip_suffix(title).is_some_and(|e| e == "foreign ")
            }
        };
        assert_eq!(titled.before(12, fits("minister")), Some("Sergei Lavrov"));
        assert_eq!(titled.before(25, fits("minister")), Some("Ann Smith"));
        assert_eq!(titled.before(9, fits("minister")), None);
        assert_eq!(titled.before(30, fits("president")), None);
    }
}
