//! Word lists the labeller reads. Each file holds one lexicon as a `const`
//! table; add a word by adding a line. Lookups are case-insensitive unless a
//! table says otherwise.

#[rustfmt::skip]
pub mod companies;
#[rustfmt::skip]
pub mod cues;
#[rustfmt::skip]
pub mod documents;
#[rustfmt::skip]
pub mod evaluative;
#[rustfmt::skip]
pub mod family_first;
#[rustfmt::skip]
pub mod function_words;
#[rustfmt::skip]
pub mod given_names;
#[rustfmt::skip]
pub mod media;
#[rustfmt::skip]
pub mod nationalities;
#[rustfmt::skip]
pub mod organizations;
#[rustfmt::skip]
pub mod people;
#[rustfmt::skip]
pub mod places;
#[rustfmt::skip]
pub mod portfolios;
#[rustfmt::skip]
pub mod regions;
pub mod subdivisions;
#[rustfmt::skip]
pub mod relaying;
#[rustfmt::skip]
pub mod titles;

use claimkit_core::calendar;
use claimkit_core::lexicon::{Case, WordMap, WordSet};
use std::sync::LazyLock;

/// A word list compiled for look-ups without allocating: the one lexicon
/// engine of every stage ([`claimkit_core::lexicon`]). A list named below also owns
/// one bit of the [`TokenTable`], so a token's lists are read once per document
/// ([`crate::doc::Doc::is`]) instead of once per rule that asks.
pub struct Lexicon {
    set: WordSet,
    /// Its bit in the [`TokenTable`], or 0 for a list outside it.
    bit: u128,
}

impl Lexicon {
    /// Compile `list` (entries compared ignoring ASCII case).
    pub fn new(list: &[&str]) -> Lexicon {
        Lexicon {
            set: WordSet::new(list),
            bit: 0,
        }
    }

    /// Compile `list` for case-sensitive lookups (proper names: "US" is not "us").
    pub fn exact(list: &[&str]) -> Lexicon {
        Lexicon {
            set: WordSet::exact(list),
            bit: 0,
        }
    }

    /// True when `word` is in the list.
    #[inline]
    pub fn has(&self, word: &str) -> bool {
        self.set.contains(word)
    }

    /// True when the word whose [`TokenTable::lists_of`] is `lists` is in the list
    /// (`word` is read only for a list outside the table).
    #[inline(always)]
    pub fn has_token(&self, lists: u128, word: &str) -> bool {
        if self.bit == 0 {
            self.has(word)
        } else {
            lists & self.bit != 0
        }
    }
}

macro_rules! compiled {
    ($($(#[$meta:meta])* $name:ident = $list:expr;)+) => {
        /// The folded lists of the token table, by bit.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        enum Folded { $($name,)+ END }

        $($(#[$meta])* pub static $name: LazyLock<Lexicon> = LazyLock::new(|| Lexicon {
            set: WordSet::new($list),
            bit: bits::$name,
        });)+

        /// The bit of each folded list in the [`TokenTable`], for tests of several
        /// lists at once.
        pub mod bits {
            $(#[doc = concat!("The bit of [`", stringify!($name), "`](super::", stringify!($name), ").")]
            pub const $name: u128 = 1 << (super::EXACT_LISTS + super::Folded::$name as u32);)+
        }

        /// Every folded list of the token table, in bit order.
        fn folded_lists() -> Vec<Vec<&'static str>> {
            vec![$($list.to_vec(),)+]
        }

        /// Every folded lexicon of the token table, in bit order.
        #[cfg(test)]
        fn folded_lexicons() -> Vec<&'static Lexicon> {
            vec![$(&*$name,)+]
        }
    };
}

compiled! {
    /// Titles and honorifics before a name.
    TITLE = titles::TITLES;
    /// Party names that qualify an office ("Labour MP").
    PARTY_WORD = people::PARTY_WORDS;
    /// Departments of an office ("home", "trade").
    PORTFOLIO = portfolios::WORDS;
    /// Singular person nouns.
    PERSON_ONE = people::SINGULAR;
    /// Plural person nouns.
    PERSON_MANY = people::PLURAL;
    /// Collective nouns before "of" and people ("a group of residents").
    COLLECTIVE = people::COLLECTIVES;
    /// Nouns for a person of a country or people ("Briton", "Swede").
    NATIONAL = people::NATIONALS;
    /// Quantifiers that open a noun phrase ("most economists").
    QUANTIFIER = function_words::QUANTIFIERS;
    /// Nouns that describe a person named before ("the striker").
    DESCRIPTOR = people::DESCRIPTORS;
    /// Person nouns that keep a source anonymous.
    ANONYMOUS = people::ANONYMOUS;
    /// Organisation head nouns.
    ORG_HEAD = organizations::HEADS;
    /// Plural heads of bodies speaking together.
    ORG_MANY = organizations::MANY;
    /// Heads of bodies that judge or inquire.
    FINDING_BODY = organizations::FINDING_BODIES;
    /// Words that end a company's legal name.
    CORPORATE_ENDING = organizations::CORPORATE_ENDINGS;
    /// Media head nouns.
    MEDIA_HEAD = media::HEADS;
    /// Media nouns that make the name after them an outlet's.
    MEDIA_BEFORE_NAME = media::HEADS_BEFORE_NAME;
    /// Media markers.
    MEDIA_MARKER = media::MARKERS;
    /// Broadcast programmes.
    PROGRAMME = media::PROGRAMMES;
    /// Document head nouns.
    DOCUMENT = documents::HEADS;
    /// Words between a source and its cue.
    BETWEEN = function_words::BETWEEN_SOURCE_AND_CUE;
    /// Words that open an adjunct after a cue.
    ADJUNCT = function_words::ADJUNCT_START;
    /// Clause openers.
    OPENER = function_words::CLAUSE_OPENERS;
    /// Connective adverbs set off by commas after a subject.
    CONNECTIVE = function_words::CONNECTIVE_ADVERBS;
    /// Relative pronouns.
    RELATIVE = function_words::RELATIVES;
    /// Subordinators that cut the words before a cue.
    CUTTER = function_words::CLAUSE_CUTTERS;
    /// Forms of "be".
    BE = function_words::BE;
    /// Words that open a time phrase at the start of a clause.
    TIME_OPENER = function_words::TIME_OPENERS;
    /// Nouns of time that end such a phrase.
    TIME_NOUN = function_words::TIME_NOUNS;
    /// Words a noun phrase cannot end with.
    NOT_LAST = function_words::NOT_LAST_IN_NOUN_PHRASE;
    /// Noun phrase fillers.
    FILLER = function_words::NOUN_PHRASE_FILLERS;
    /// Words that show a cue form is a noun.
    NOT_BEFORE_CUE = cues::NOT_BEFORE_CUE;
    /// Cue forms that are also nouns or adjectives.
    NOUN_LIKE_CUE = cues::NOUN_LIKE;
    /// Prepositions.
    PREPOSITION = function_words::PREPOSITIONS;
    /// Modal and auxiliary verbs.
    AUXILIARY = function_words::AUXILIARIES;
    /// Words that can never head a source.
    NOT_A_SOURCE = function_words::NOT_A_SOURCE;
    /// Nouns after a capitalised word that show it names a body.
    OWNED_BY_BODY = organizations::OWNED_BY_BODY;
    /// Heads of a description standing for a named company.
    COMPANY_HEAD = organizations::COMPANY_HEADS;
    /// Words that end companies' names without being body words.
    COMPANY_ENDING = organizations::COMPANY_NAME_ENDINGS;
    /// Heads of a description standing for a named body of any kind.
    BODY_HEAD = organizations::BODY_HEADS;
    /// Heads of a description standing for whatever body was named last.
    ANY_BODY_HEAD = organizations::ANY_BODY_HEADS;
    /// Every given name, for the one look-up most words need.
    GIVEN_NAME = &[
        given_names::MALE,
        given_names::WORLD_MALE,
        given_names::FEMALE,
        given_names::WORLD_FEMALE,
        given_names::UNISEX,
    ]
    .concat();
    /// Cue forms that take an object, "with" and a gerund.
    WITH_GERUND_CUE = cues::WITH_GERUND;
    /// Cue forms read in the passive with an agent at the end of the sentence.
    PASSIVE_AGENT_CUE = cues::PASSIVE_WITH_AGENT;
    /// Every form of the lists above, of [`cues::CALL_ON`], [`cues::AS_JUDGEMENT`] and
    /// [`cues::QUOTED_JUDGEMENT`], for the one
    /// look-up most words need.
    OBJECT_CUE = &[
        cues::WITH_GERUND,
        cues::PASSIVE_WITH_AGENT,
        cues::CALL_ON,
        cues::DEMAND_FOR,
        cues::AS_JUDGEMENT,
        cues::QUOTED_JUDGEMENT,
    ]
    .concat();
    /// Cue forms that with a noun-phrase object report an act, not a content.
    ACT_OR_REPORT_CUE = cues::ACT_OR_REPORT;
    /// Words that open a noun-phrase object.
    OBJECT_OPENER = cues::OBJECT_OPENERS;
    /// Past forms without "-ed".
    IRREGULAR_PAST = cues::IRREGULAR_PASTS;
    /// Words that open a post-modifier after a document's head noun.
    DOCUMENT_POST_MODIFIER = documents::POST_MODIFIER_OPENERS;
    /// Words that open an adverb of time after a document's head.
    DOCUMENT_TIME_AFTER = documents::TIME_AFTER_HEAD;
    /// Forms of "call" that are cues with "on" and an infinitive.
    CALL_ON_CUE = cues::CALL_ON;
    /// Verb forms that demand with "for", a noun phrase and an infinitive.
    DEMAND_FOR_CUE = cues::DEMAND_FOR;
    /// Cue forms that judge an object with a quotation ("branded him “arrogant”").
    QUOTED_JUDGEMENT_CUE = cues::QUOTED_JUDGEMENT;
    /// Nouns for what someone said, owned by a name ("Smith's pledge was to …").
    POSSESSED_CUE = cues::POSSESSED;
    /// Cue forms that judge an object "as" something ("described it as …").
    AS_JUDGEMENT_CUE = cues::AS_JUDGEMENT;
    /// Words of judgement after "as".
    EVALUATIVE = evaluative::WORDS;
    /// Titles and honorifics that tell a woman.
    WOMAN_TITLE = titles::WOMEN;
    /// Titles and honorifics that tell a man.
    MAN_TITLE = titles::MEN;
    /// Every cue form of [`cues::cue_kind`], for the one look-up most words need.
    CUE_FORM = &[cues::TELL, cues::SPEECH, cues::THAT_OR_QUOTE, cues::FINDING].concat();
}

// Read only from words that are no token (the given name of a mention), so these lists
// stay out of the token table, whose building they would double.

/// Men's given names ([`given_names::MALE`] and [`given_names::WORLD_MALE`]).
pub static MALE_NAME: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(&[given_names::MALE, given_names::WORLD_MALE].concat()));
/// Women's given names.
pub static FEMALE_NAME: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(&[given_names::FEMALE, given_names::WORLD_FEMALE].concat()));
/// Given names that tell no gender in international news ([`given_names::WORLD_UNISEX`]).
pub static WORLD_UNISEX_NAME: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(given_names::WORLD_UNISEX));

/// Whom a person mention can be: a man, a woman, or either when nothing in it tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Gender {
    /// "Mr.", "spokesman", "John".
    Man,
    /// "Ms.", "spokeswoman", "Mary".
    Woman,
}

/// True when `word` is a given name on any list, also written with accents ("José") or
/// as two given names joined by a hyphen ("Jean-Pierre").
pub fn is_given_name(word: &str) -> bool {
    if GIVEN_NAME.has(word) {
        return true;
    }
    if word.is_ascii() && !word.contains('-') {
        return false;
    }
    // "José", "Zoë": the name without its accents; "Jean-Pierre": each of its parts
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    let bare: String = word.nfd().filter(|&c| !is_combining_mark(c)).collect();
    (bare != word && GIVEN_NAME.has(&bare))
        || (bare.contains('-') && bare.split('-').all(|p| !p.is_empty() && GIVEN_NAME.has(p)))
}

/// The gender a given name mostly goes with, if it tells one.
pub fn gender_of_name(word: &str) -> Option<Gender> {
    if WORLD_UNISEX_NAME.has(word) {
        return None;
    }
    gender_in(word, &FEMALE_NAME, &MALE_NAME)
}

/// The gender a title or honorific tells, if any.
pub fn gender_of_title(word: &str) -> Option<Gender> {
    gender_in(word, &WOMAN_TITLE, &MAN_TITLE)
}

/// [`Gender::Woman`] when `word` is in `women`, [`Gender::Man`] when in `men`.
fn gender_in(word: &str, women: &Lexicon, men: &Lexicon) -> Option<Gender> {
    if women.has(word) {
        Some(Gender::Woman)
    } else if men.has(word) {
        Some(Gender::Man)
    } else {
        None
    }
}

macro_rules! compiled_exact {
    ($($(#[$meta:meta])* $name:ident = $list:expr;)+) => {
        /// The exact lists of the token table, by bit.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        enum Exact { $($name,)+ END }

        /// How many bits the exact lists take, below those of the folded ones.
        const EXACT_LISTS: u32 = Exact::END as u32;

        $($(#[$meta])* pub static $name: LazyLock<Lexicon> = LazyLock::new(|| Lexicon {
            set: WordSet::exact($list),
            bit: exact_bits::$name,
        });)+

        /// The bit of each exact list in the [`TokenTable`].
        pub mod exact_bits {
            $(#[doc = concat!("The bit of [`", stringify!($name), "`](super::", stringify!($name), ").")]
            pub const $name: u128 = 1 << (super::Exact::$name as u32);)+
        }

        /// Every exact list of the token table, in bit order.
        fn exact_lists() -> Vec<Vec<&'static str>> {
            vec![$($list.to_vec(),)+]
        }

        /// Every exact lexicon of the token table, in bit order.
        #[cfg(test)]
        fn exact_lexicons() -> Vec<&'static Lexicon> {
            vec![$(&*$name,)+]
        }
    };
}

compiled_exact! {
    /// Honorifics ("Mr.").
    HONORIFIC = titles::HONORIFICS;
    /// Name suffixes ("II", "Jr.").
    NAME_SUFFIX = titles::NAME_SUFFIXES;
    /// Organisation names, and companies' ([`companies::NAMES`]).
    ORG_NAME = &[organizations::NAMES, companies::NAMES].concat();
    /// Multi-word organisation names.
    ORG_PHRASE = organizations::PHRASES;
    /// Media outlet names.
    MEDIA_NAME = media::NAMES;
    /// Masthead words that end a newspaper's name after "the".
    MASTHEAD = media::MASTHEADS;
    /// Party members in the singular ("the Texas Democrat").
    PARTY_MEMBER = people::PARTY_MEMBERS;
    /// Party names in the plural that can name members of a side.
    PARTY_SIDE = people::PARTY_SIDES;
    /// Family names written first ("Xi Jinping").
    FAMILY_FIRST = family_first::NAMES;
    /// Countries and capitals.
    PLACE = places::NAMES;
    /// Regions ("Mideast", "Latin America").
    REGION = regions::NAMES;
    /// States and provinces written after a city and a comma.
    SUBDIVISION = subdivisions::NAMES;
    /// Nationality and regional adjectives ("Russian", "European").
    NATIONALITY = nationalities::ADJECTIVES;
}

/// For every word, the lists above that hold it, as one bit each: the exact lists
/// from bit 0, the folded ones after them. A document reads it once per token
/// ([`crate::doc::Doc::is`]); a word outside every list maps to 0.
pub struct TokenTable {
    folded: WordMap<u128>,
    exact: WordMap<u128>,
    /// First bytes of the keys of each map (folded ones OR-ed with 0x20), so most
    /// words skip a map that holds no word starting as they do.
    folded_first: [bool; 256],
    exact_first: [bool; 256],
}

// every list keeps its bit
const _: () = assert!(EXACT_LISTS + Folded::END as u32 <= 128);

/// The one table of every list of the labeller that owns a bit.
pub static TOKEN_TABLE: LazyLock<TokenTable> = LazyLock::new(TokenTable::new);

impl TokenTable {
    fn new() -> TokenTable {
        let merge = |lists: Vec<Vec<&str>>, first_bit: u32, case: Case| {
            let mut rows: Vec<(String, u128)> = Vec::new();
            for (n, list) in lists.iter().enumerate() {
                rows.extend(list.iter().map(|word| {
                    let key = match case {
                        Case::Folded if word.is_ascii() => word.to_ascii_lowercase(),
                        Case::Folded => word.to_lowercase(),
                        Case::Exact => word.to_string(),
                    };
                    (key, 1 << (first_bit + n as u32))
                }));
            }
            rows.sort_unstable_by(|a, b| a.0.cmp(&b.0));
            // one row per word, with the bits of every list that holds it
            rows.dedup_by(|later, kept| {
                let same = later.0 == kept.0;
                if same {
                    kept.1 |= later.1;
                }
                same
            });
            let mut first = [false; 256];
            for (key, _) in &rows {
                if let Some(&b) = key.as_bytes().first() {
                    let b = if case == Case::Folded { b | 0x20 } else { b };
                    first[usize::from(b)] = true;
                }
            }
            (WordMap::from_rows_with(rows, case), first)
        };
        let (folded, folded_first) = merge(folded_lists(), EXACT_LISTS, Case::Folded);
        let (exact, exact_first) = merge(exact_lists(), 0, Case::Exact);
        TokenTable {
            folded,
            exact,
            folded_first,
            exact_first,
        }
    }

    /// The bits of the lists that hold `word`.
    pub fn lists_of(&self, word: &str) -> u128 {
        let Some(&b) = word.as_bytes().first() else {
            return 0;
        };
        let mut lists = 0;
        if self.folded_first[usize::from(b | 0x20)] {
            lists |= self.folded.get(word).unwrap_or(0);
        }
        if self.exact_first[usize::from(b)] {
            lists |= self.exact.get(word).unwrap_or(0);
        }
        lists
    }
}

/// Months and days, capitalised, but never a source ("in November reported"), compared
/// exactly: the month names and abbreviations with their full stop ("Sept.") of
/// [`claimkit_core::calendar`], and [`function_words::DAYS`].
pub static CALENDAR: LazyLock<Lexicon> = LazyLock::new(|| {
    let words = calendar_words();
    Lexicon::exact(&words.iter().map(String::as_str).collect::<Vec<_>>())
});

/// The words of [`CALENDAR`].
fn calendar_words() -> Vec<String> {
    let names = calendar::NAMES.iter().map(|n| n.to_string());
    let abbreviations = calendar::ABBREVIATIONS.iter().map(|a| format!("{a}."));
    let days = function_words::DAYS.iter().map(|d| d.to_string());
    names.chain(abbreviations).chain(days).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_holds_the_words_listed_before_the_month_table() {
        #[rustfmt::skip]
        let mut listed = vec![
            "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.",
            "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "Today", "Yesterday",
        ];
        let mut words = calendar_words();
        words.sort();
        listed.sort_unstable();
        assert_eq!(words, listed);
        // Reuters, 1987: "in March reported"; exact case: "may" is no month here
        assert!(CALENDAR.has("March") && CALENDAR.has("Sept.") && CALENDAR.has("Today"));
        assert!(!CALENDAR.has("may") && !CALENDAR.has("Sept"));
    }

    /// Every word of every list, as listed, in capitals, capitalised, and with
    /// accents or a letter too many, reads the same from the token table as from its
    /// own list: the table is an index of the lists, never a list of its own.
    #[test]
    fn the_token_table_reads_every_list_as_the_list_itself() {
        let lexicons: Vec<_> = exact_lexicons()
            .into_iter()
            .chain(folded_lexicons())
            .collect();
        let lists: Vec<_> = exact_lists().into_iter().chain(folded_lists()).collect();
        assert_eq!(lexicons.len(), lists.len());
        assert!(lexicons.iter().all(|l| l.bit != 0));
        let mut words: Vec<String> = Vec::new();
        for word in lists.iter().flatten() {
            let mut capitalised = word.chars();
            let first = capitalised.next().map(|c| c.to_uppercase().to_string());
            words.extend([
                word.to_string(),
                word.to_uppercase(),
                first.unwrap_or_default() + capitalised.as_str(),
                format!("{word}s"),
                word.replace('e', "é"),
            ]);
        }
        words.extend(["", "Mr.", "'s", "\u{feff}", "日本", "—"].map(String::from));
        let table = &*TOKEN_TABLE;
        for word in &words {
            let lists = table.lists_of(word);
            for lexicon in &lexicons {
                assert_eq!(
                    lexicon.has_token(lists, word),
                    lexicon.has(word),
                    "{word:?}"
                );
            }
        }
    }

    #[test]
    fn organisation_phrases_have_two_words_so_a_word_alone_is_not_searched() {
        assert!(organizations::PHRASES.iter().all(|p| p.contains(' ')));
        assert!(organizations::holds_phrase("the Red Cross said"));
        assert!(!organizations::holds_phrase("Reuters"));
    }
}
