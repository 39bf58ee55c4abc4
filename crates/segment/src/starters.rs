//! What the next word says about an abbreviation before it.
//!
//! After an abbreviation that may end a sentence (`U.S.`, `Inc.`, `a.m.`), a capitalised
//! word alone proves nothing: "the U.S. Government" goes on, "the U.S. The next day" does not.
//! The words that settle it are the closed-class words that open sentences in news text
//! (pronouns, determiners, conjunctions, wh-words, auxiliaries, sentence adverbs) and
//! titles ("…at 6 P.M. Mr. Smith then went…"). Names and nouns are not in the table, so an
//! abbreviation before them stays inside the sentence.
//!
//! One more rule: a sentence cannot be a bare prepositional phrase. "At 5 a.m." cannot end a
//! sentence even though "Mr. Smith" follows, because all the sentence holds so far is a
//! fronted time adverbial ([`FRONTED_PHRASE_OPENERS`]).
//!
//! # Adding an entry
//!
//! Add closed-class words only (a name or a noun here would split "U.S. Government"), written
//! capitalised, keeping the table alphabetical; the case rule of
//! [`crate::abbreviations::matches`] applies.

use crate::abbreviations::{
    in_table, Indexed, CORPORATE_INDEX, MONTHS_INDEX, NAME_SUFFIXES_INDEX, TITLES_INDEX,
};
use std::sync::LazyLock;

/// Capitalised closed-class words that open sentences.
pub const SENTENCE_STARTERS: &[&str] = &[
    "A",
    "According",
    "After",
    "Again",
    "All",
    "Also",
    "Although",
    "Among",
    "An",
    "And",
    "Another",
    "Are",
    "As",
    "At",
    "Because",
    "Before",
    "Both",
    "But",
    "By",
    "Can",
    "Could",
    "Did",
    "Do",
    "Does",
    "Dozens",
    "During",
    "Each",
    "Earlier",
    "Even",
    "Every",
    "Few",
    "For",
    "From",
    "Had",
    "Has",
    "Have",
    "He",
    "Her",
    "Here",
    "His",
    "How",
    "However",
    "Hundreds",
    "I",
    "If",
    "In",
    "Indeed",
    "Instead",
    "Is",
    "It",
    "Its",
    "Last",
    "Later",
    "Let",
    "Many",
    "Meanwhile",
    "Might",
    "Millions",
    "Moreover",
    "Most",
    "Much",
    "Must",
    "My",
    "Neither",
    "No",
    "None",
    "Nor",
    "Not",
    "Now",
    "On",
    "Once",
    "One",
    "Only",
    "Or",
    "Other",
    "Our",
    "Over",
    "Several",
    "She",
    "Should",
    "Since",
    "So",
    "Some",
    "Still",
    "Such",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "Thousands",
    "Thus",
    "To",
    "Today",
    "Two",
    "Under",
    "Unlike",
    "Until",
    "Was",
    "We",
    "Were",
    "What",
    "When",
    "Where",
    "Whether",
    "Which",
    "While",
    "Who",
    "Why",
    "Will",
    "With",
    "Would",
    "Yesterday",
    "Yet",
    "You",
    "Your",
];

/// Words that continue a time of day: weekdays and time zones ("6 p.m. Tuesday"); month
/// names and abbreviations continue one too ([`continues_time`]).
pub const TIME_CONTINUATIONS: &[&str] = &[
    "BST",
    "CDT",
    "Central",
    "CET",
    "CST",
    "Eastern",
    "EDT",
    "EST",
    "ET",
    "Friday",
    "GMT",
    "Monday",
    "Mountain",
    "Pacific",
    "PDT",
    "PST",
    "PT",
    "Saturday",
    "Sunday",
    "Thursday",
    "Tuesday",
    "UTC",
    "Wednesday",
];

/// Words that open a fronted adverbial ("At 5 a.m.", "Shortly after 9 p.m.").
pub const FRONTED_PHRASE_OPENERS: &[&str] = &[
    "About", "After", "Around", "At", "Before", "By", "Early", "From", "In", "Just", "Late", "On",
    "Shortly", "Since", "Until",
];

/// Relative pronouns that open a sentential relative clause: a comment on the whole
/// sentence before it ("…the house!' (Which was very likely true.)"). Such a clause cannot
/// stand alone, so in brackets right after a sentence end it stays in that sentence.
pub const SENTENTIAL_RELATIVES: &[&str] = &["Whereupon", "Which"];

/// Most words a fronted adverbial holds before the abbreviation ("Shortly after 5 a.m.").
const FRONTED_PHRASE_MAX_WORDS: usize = 4;

/// The tables of this module, for the test that every table read by `in_table` is sorted.
#[cfg(test)]
pub(crate) const TABLES: &[&[&str]] = &[
    SENTENCE_STARTERS,
    TIME_CONTINUATIONS,
    FRONTED_PHRASE_OPENERS,
    SENTENTIAL_RELATIVES,
];

/// True when `word` (the letters of the next word) opens a sentence after an abbreviation.
/// Titles count unless the abbreviation is attributive (`U.S. Sen. John McCain`).
pub fn opens_sentence(word: &str, titles_open: bool) -> bool {
    STARTERS_INDEX.has(word) || (titles_open && TITLES_INDEX.has(word))
}

/// True when `word` continues a time of day rather than opening a sentence ("6 p.m. ET").
pub fn continues_time(word: &str) -> bool {
    in_table(TIME_CONTINUATIONS, word)
        || claimkit_core::calendar::NAMES
            .iter()
            .any(|name| crate::abbreviations::matches(word, name))
        || MONTHS_INDEX.has(word)
}

/// True when `word` opens a sentential relative clause ("(Which was very likely true.)").
pub fn is_sentential_relative(word: &str) -> bool {
    in_table(SENTENTIAL_RELATIVES, word)
}

/// True when `word` can never open a sentence (company and name suffixes: "Yahoo! Inc.").
pub fn never_opens(word: &str) -> bool {
    CORPORATE_INDEX.has(word) || NAME_SUFFIXES_INDEX.has(word)
}

/// [`SENTENCE_STARTERS`], indexed: read at every candidate sentence end.
static STARTERS_INDEX: LazyLock<Indexed> = LazyLock::new(|| Indexed::new(SENTENCE_STARTERS));

/// True when the sentence so far (before the abbreviation) is only a fronted adverbial.
pub fn is_fronted_phrase(so_far: &str) -> bool {
    let mut words = so_far.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let first = first.trim_start_matches(|c: char| !c.is_alphanumeric());
    in_table(FRONTED_PHRASE_OPENERS, first) && words.count() < FRONTED_PHRASE_MAX_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_alphabetical() {
        for table in [
            SENTENCE_STARTERS,
            FRONTED_PHRASE_OPENERS,
            TIME_CONTINUATIONS,
            SENTENTIAL_RELATIVES,
        ] {
            for pair in table.windows(2) {
                let (a, b) = (pair[0].to_lowercase(), pair[1].to_lowercase());
                assert!(a < b, "{pair:?} out of order");
            }
        }
    }

    #[test]
    fn time_continuations_and_month_names_are_the_list_before_the_month_table() {
        let mut words = TIME_CONTINUATIONS.to_vec();
        words.extend(claimkit_core::calendar::NAMES);
        words.sort_by_key(|w| w.to_lowercase());
        #[rustfmt::skip]
        let listed = [
            "April", "August", "BST", "CDT", "Central", "CET", "CST", "December", "Eastern", "EDT",
            "EST", "ET", "February", "Friday", "GMT", "January", "July", "June", "March", "May",
            "Monday", "Mountain", "November", "October", "Pacific", "PDT", "PST", "PT", "Saturday",
            "September", "Sunday", "Thursday", "Tuesday", "UTC", "Wednesday",
        ];
        assert_eq!(words, listed);
        // "6 p.m. March 3", "6 p.m. Sept. 3", "6 p.m. ET"
        assert!(continues_time("March") && continues_time("Sept") && continues_time("ET"));
        assert!(!continues_time("march"));
    }

    #[test]
    fn fronted_time_adverbial_is_not_a_sentence() {
        assert!(is_fronted_phrase("At 5 "));
        assert!(is_fronted_phrase("Shortly after 5 "));
        assert!(!is_fronted_phrase("He left the bank at 6 "));
    }

    #[test]
    fn titles_open_sentences_except_after_attributive_initialisms() {
        assert!(opens_sentence("Mr", true));
        assert!(!opens_sentence("Sen", false));
        assert!(!opens_sentence("Government", true));
    }
}
