//! The word lists the scorer reads, one file per lexicon, as plain `const` tables of lower-case
//! words (`’` is read as `'`). To teach the scorer a word, add it to the list of its kind; the
//! tables are merged once into one lookup, so a word may sit in several lists.

pub mod chit_chat;
pub mod event_verbs;
pub mod modal;
pub mod opinion;
pub mod prediction;
pub mod public_record;
pub mod reporting;
pub mod statistics;

use claimkit_core::lexicon::WordMap;
use std::sync::OnceLock;

/// The lists a word belongs to, as bits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Classes(u16);

impl Classes {
    /// Modal verbs ([`modal::MODAL_VERBS`]).
    pub const MODAL_VERB: Classes = Classes(1);
    /// Hedges such as `allegedly` ([`modal::HEDGES`]).
    pub const HEDGE: Classes = Classes(1 << 1);
    /// Evaluative and opinion words ([`opinion::OPINION`]).
    pub const OPINION: Classes = Classes(1 << 2);
    /// Words of prediction ([`prediction::PREDICTION`]).
    pub const PREDICTION: Classes = Classes(1 << 3);
    /// First- and second-person singular words ([`chit_chat::PERSONAL`]).
    pub const PERSONAL: Classes = Classes(1 << 4);
    /// Greetings and stage directions ([`chit_chat::CHIT_CHAT`]).
    pub const CHIT_CHAT: Classes = Classes(1 << 5);
    /// Reporting verbs ([`reporting::REPORTING`]).
    pub const REPORTING: Classes = Classes(1 << 6);
    /// Past forms of verbs that report an event ([`event_verbs::EVENT_VERBS`]).
    pub const EVENT_VERB: Classes = Classes(1 << 7);
    /// `-ed` words that are not past-tense events ([`event_verbs::NOT_PAST`]).
    pub const NOT_PAST: Classes = Classes(1 << 8);
    /// Words of statistics ([`statistics::STATISTICS`]).
    pub const STATISTICS: Classes = Classes(1 << 9);
    /// Things public records count ([`public_record::PUBLIC_RECORD`]).
    pub const PUBLIC_RECORD: Classes = Classes(1 << 10);
    /// Determiners ([`event_verbs::DETERMINERS`]).
    pub const DETERMINER: Classes = Classes(1 << 11);
    /// Verbs of appearance such as `look`, `sound` ([`modal::APPEARANCE_VERBS`]).
    pub const APPEARANCE: Classes = Classes(1 << 12);
    /// Coordinators ([`modal::COORDINATORS`]).
    pub const COORDINATOR: Classes = Classes(1 << 13);

    /// The lists of both.
    pub fn union(self, other: Classes) -> Classes {
        Classes(self.0 | other.0)
    }

    /// True when the word is in list `other`.
    pub fn has(self, other: Classes) -> bool {
        self.0 & other.0 != 0
    }
}

/// Every list with its class bit.
pub const LISTS: &[(&[&str], Classes)] = &[
    (modal::MODAL_VERBS, Classes::MODAL_VERB),
    (modal::HEDGES, Classes::HEDGE),
    (modal::APPEARANCE_VERBS, Classes::APPEARANCE),
    (opinion::OPINION, Classes::OPINION),
    (prediction::PREDICTION, Classes::PREDICTION),
    (chit_chat::PERSONAL, Classes::PERSONAL),
    (chit_chat::CHIT_CHAT, Classes::CHIT_CHAT),
    (reporting::REPORTING, Classes::REPORTING),
    (event_verbs::EVENT_VERBS, Classes::EVENT_VERB),
    (event_verbs::NOT_PAST, Classes::NOT_PAST),
    (event_verbs::DETERMINERS, Classes::DETERMINER),
    (modal::COORDINATORS, Classes::COORDINATOR),
    (statistics::STATISTICS, Classes::STATISTICS),
    (public_record::PUBLIC_RECORD, Classes::PUBLIC_RECORD),
];

/// The lists a lower-case word belongs to (empty when none).
pub fn classes(word: &[u8]) -> Classes {
    static INDEX: OnceLock<WordMap<u16>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut merged: std::collections::BTreeMap<&str, u16> = std::collections::BTreeMap::new();
        for (list, class) in LISTS {
            for word in *list {
                *merged.entry(word).or_insert(0) |= class.0;
            }
        }
        WordMap::exact(&merged.into_iter().collect::<Vec<_>>())
    });
    Classes(index.get_bytes(word).unwrap_or(0))
}

/// True when `(first, second)` is one of `pairs`.
pub fn is_pair(pairs: &[(&str, &str)], first: &[u8], second: &[u8]) -> bool {
    pairs
        .iter()
        .any(|(a, b)| a.as_bytes() == first && b.as_bytes() == second)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicons_are_lower_case_ascii() {
        for (list, _) in LISTS {
            for word in *list {
                assert!(
                    word.bytes()
                        .all(|b| b.is_ascii_lowercase() || b == b'\'' || b == b'-'),
                    "{word:?} must be lower-case ASCII"
                );
            }
        }
    }
}
