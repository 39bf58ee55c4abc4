//! A worked example, not a rule: copy this to add an abbreviation or a sentence starter.
//!
//! The segmenter decides at each full stop from the word before it and the word after it.
//! `is_boundary` in `boundary.rs` asks [`crate::abbreviations::classify`] what the word
//! before is (`None` = an ordinary word, which ends a sentence before a capitalised word)
//! and, after an abbreviation that may end one, asks [`crate::starters::opens_sentence`]
//! whether the next word opens a sentence. Both read `const` tables, so most changes are one
//! line. Nothing here is wired in: the local tables below stand for the real ones.

// 1. An abbreviation: write it WITHOUT its final full stop, in the table of its kind in
//    `abbreviations.rs` (`TITLES`, `CORPORATE`, `STATES`, `MISC`, …), keeping the table
//    alphabetical (`every_lexicon_is_alphabetical_and_without_full_stops` checks). A month
//    abbreviation goes in the month table, `claimkit_core::calendar::MONTHS`, instead.
//    Case matters: "Dept" matches "Dept." and "DEPT." only; a lower-case entry matches any case.
// 2. Its kind decides what happens after it (see `Abbreviation`): a title (`Prefix`) never
//    ends a sentence; a `MayEnd` one ends it only before a sentence starter. A new kind
//    needs its own table and a row in `LEXICONS` (in `abbreviations.rs`).
// 3. A word that opens a sentence after such an abbreviation ("…in the U.S. Separately, …")
//    goes in `SENTENCE_STARTERS` in `starters.rs`, capitalised and alphabetical. Closed-class
//    words only: a noun there would split "the U.S. Government".
// 4. A new combination of the two sides is an arm in `is_boundary` (`boundary.rs`), with a
//    unit test named after the rule in that file's `mod tests`.
// 5. Run `cargo test -p claimkit-segment`, then `just build-dataset` and read
//    `git diff datasets/claims`.

use crate::abbreviations::{classify, in_table, Abbreviation};
use crate::starters::{never_opens, opens_sentence};

/// Step 1: the new rows, as they would sit in `abbreviations.rs` (here: government bodies).
const EXAMPLE_ABBREVIATIONS: &[&str] = &["Dept", "Govt"];

/// Step 3: the new row, as it would sit in `SENTENCE_STARTERS`.
const EXAMPLE_STARTERS: &[&str] = &["Separately"];

/// `classify` with the example rows first: what `LEXICONS` does once they are added.
#[allow(dead_code)]
fn classify_with_example(word: &str) -> Option<Abbreviation> {
    if in_table(EXAMPLE_ABBREVIATIONS, word) {
        return Some(Abbreviation::MayEnd { attributive: false });
    }
    classify(word)
}

/// `opens_sentence` with the example starter added.
#[allow(dead_code)]
fn opens_sentence_with_example(next: &str, titles_open: bool) -> bool {
    in_table(EXAMPLE_STARTERS, next) || opens_sentence(next, titles_open)
}

/// The gist of `is_boundary` for "<before>. <Next>" (a capitalised next word, no quotes,
/// brackets or fronted adverbial): does the full stop end the sentence?
#[allow(dead_code)]
fn ends_before_capitalised(before: &str, next: &str) -> bool {
    match classify_with_example(before) {
        None => !never_opens(next),
        Some(Abbreviation::Prefix) => false,
        Some(Abbreviation::NumberPrefix) => !never_opens(next),
        Some(Abbreviation::TimeOfDay) => !crate::starters::continues_time(next),
        Some(Abbreviation::MayEnd { attributive }) => {
            opens_sentence_with_example(next, !attributive)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimkit_core::Document;

    /// The sentences of `body`, as the pipeline cuts them.
    fn sentences(body: &str) -> Vec<String> {
        let doc = Document::from_body("example", body);
        let found = crate::split_sentences(&doc.text, &doc.paragraphs);
        found
            .iter()
            .map(|s| s.span.text(&doc.text).to_string())
            .collect()
    }

    #[test]
    fn news_paragraph_splits_only_where_the_tables_say() {
        // "Inc." before "said" and "Gen." before a name go on; "U.S." before "The" ends.
        let body = "Apple Inc. said on Tuesday its sales rose 5 percent. It sold 10 million \
                    phones in the U.S. The company's shares rose after Gen. Dunford spoke.";
        assert_eq!(
            sentences(body),
            [
                "Apple Inc. said on Tuesday its sales rose 5 percent.",
                "It sold 10 million phones in the U.S.",
                "The company's shares rose after Gen. Dunford spoke.",
            ]
        );
    }

    #[test]
    fn example_rows_follow_the_rules_of_their_kind() {
        // "…the Commerce Dept. Separately, …" ends; "the Dept. Secretary" goes on.
        assert!(ends_before_capitalised("Dept", "Separately"));
        assert!(ends_before_capitalised("Dept", "The"));
        assert!(!ends_before_capitalised("Dept", "Secretary"));
        // Entries already in the tables behave as in `boundary.rs`.
        assert!(!ends_before_capitalised("Mr", "The"));
        assert!(!ends_before_capitalised("U.S", "Sen"));
        assert!(ends_before_capitalised("talks", "Russia"));
    }

    #[test]
    fn example_tables_keep_the_table_conventions() {
        for table in [EXAMPLE_ABBREVIATIONS, EXAMPLE_STARTERS] {
            assert!(table
                .windows(2)
                .all(|p| p[0].to_lowercase() < p[1].to_lowercase()));
            assert!(table.iter().all(|e| !e.ends_with('.')));
        }
    }
}
