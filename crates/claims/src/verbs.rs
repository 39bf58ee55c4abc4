//! Finite verbs, for deciding whether a clause can stand as its own claim.
//!
//! Add an irregular past form to [`IRREGULAR_PAST`]; regular past tenses
//! (-ed) are recognised by their ending.

use claimkit_core::lexicon::{Case, WordSet};
use std::sync::LazyLock;

/// Auxiliaries and modals: a clause with one of these has a finite verb.
pub const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "will", "would", "can",
    "could", "may", "might", "must", "shall", "should", "isn't", "aren't", "wasn't", "weren't",
    "hasn't", "haven't", "hadn't", "doesn't", "don't", "didn't", "won't", "can't",
];

/// Irregular past-tense forms common in news.
pub const IRREGULAR_PAST: &[&str] = &[
    "began",
    "became",
    "broke",
    "brought",
    "built",
    "bought",
    "came",
    "caught",
    "chose",
    "cut",
    "drew",
    "drove",
    "fell",
    "felt",
    "fled",
    "fought",
    "found",
    "flew",
    "forgot",
    "froze",
    "gave",
    "got",
    "grew",
    "held",
    "hit",
    "hurt",
    "kept",
    "knew",
    "laid",
    "led",
    "left",
    "lent",
    "lost",
    "made",
    "meant",
    "met",
    "paid",
    "put",
    "quit",
    "ran",
    "rang",
    "rose",
    "said",
    "sank",
    "saw",
    "sent",
    "set",
    "shot",
    "shut",
    "slid",
    "sold",
    "spent",
    "split",
    "spoke",
    "spread",
    "stood",
    "stole",
    "struck",
    "swore",
    "took",
    "taught",
    "tore",
    "told",
    "thought",
    "threw",
    "understood",
    "went",
    "won",
    "wore",
    "wrote",
];

/// [`AUXILIARIES`] and [`IRREGULAR_PAST`] in one table, each word with a straight and a
/// curly apostrophe ("isn't", "isn’t").
static FINITE_FORMS: LazyLock<WordSet> = LazyLock::new(|| {
    let words = AUXILIARIES.iter().chain(IRREGULAR_PAST);
    WordSet::from_words(
        words.flat_map(|w| [w.to_string(), w.replace('\'', "’")]),
        Case::Folded,
    )
});

/// True when `word` (a bare word, compared ignoring case) is an auxiliary, a modal or an
/// irregular past form: a finite verb whatever its ending.
pub fn is_auxiliary_or_irregular_past(word: &str) -> bool {
    FINITE_FORMS.contains(word)
}

/// True when one whitespace-separated word is a finite verb form.
pub fn is_finite(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
    if w.is_empty() || w.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    // Regular past: longer than four characters, a curly apostrophe counting as one.
    let len = w.len() - 2 * w.matches('’').count();
    let regular_past = len > 4 && w.as_bytes()[w.len() - 2..].eq_ignore_ascii_case(b"ed");
    regular_past || FINITE_FORMS.contains(w)
}

/// True when `clause` holds a finite verb form (auxiliary, modal, irregular or regular past).
pub fn has_finite_verb(clause: &str) -> bool {
    clause.split_whitespace().any(is_finite)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_are_found_in_any_ascii_case_and_with_either_apostrophe() {
        for w in [
            "Said",
            "SAID",
            "isn't",
            "isn’t",
            "WON’T",
            "announced,",
            "“struck",
        ] {
            assert!(is_finite(w) || w.starts_with(char::is_uppercase), "{w}");
        }
        assert!(is_finite("said") && is_finite("isn’t") && is_finite("didn't"));
        assert!(!is_finite("Said") && !is_finite("bed") && !is_finite("red") && !is_finite("über"));
        assert!(is_finite("o’ered") && !is_finite("o’ed"));
    }

    #[test]
    fn past_and_auxiliaries_are_finite() {
        assert!(has_finite_verb(
            "waves of Russian warplanes struck the same area"
        ));
        assert!(has_finite_verb("the first time it had done so"));
        assert!(has_finite_verb("officials announced new sanctions"));
        assert!(!has_finite_verb("some cruise missiles from Russian ships"));
    }
}
