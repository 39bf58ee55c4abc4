//! A worked example, not a rule: copy this to add a unit, an approximation cue or a time rule.
//!
//! Quantities: `mentions.rs` `mention_at` reads a cue (`lexicon/approx_cues.rs`), a number
//! (`numbers.rs`) and a unit (`units.rs` over `lexicon/units.rs`). Times: `temporal.rs` tries
//! every function in `RULES` at each token that may open a mention, and keeps the longest
//! match. Nothing here is wired in: the local tables below stand for the real ones.

// 1. A unit or cue the rules already understand is one row in `lexicon/`: a measure in
//    `MEASURES` (`units.rs`, longer phrases first where they share a word), a cue before the
//    number in `BEFORE` (`approx_cues.rs`), after it ("or more") in `AFTER`. The quantity
//    gate (`OPENING_WORDS` in `mentions.rs`) is built from `BEFORE`, so a cue opens itself.
// 2. A time word of a known kind (weekday, relative day, season, period) is a row in
//    `lexicon/time_words.rs`. A new pattern is a `fn(&Context, usize) -> Option<Found>` in the
//    module of its family (`dates.rs`, `weekdays.rs`, `relative.rs`, `seasons.rs`, …, or a new
//    `mod` in `lib.rs`), listed in `RULES` in `temporal.rs`; order there breaks ties.
// 3. THE GATE: `find` in `temporal.rs` calls the rules only at a number, an apostrophe or a
//    word some rule declares in its `opens` (the `TimeRule` rows of `RULES`: lexicon tables
//    or words listed beside the rule). Declare the new rule's first words in its own row:
//    `holiday_at` below would be `TimeRule { at: holiday_at, opens: &[Opens::Words(&[
//    "christmas", "independence"])] }`.
// 4. Resolve dates with `calendar.rs` (`date`, `Resolved::day`, `month_of`, …); read the tense
//    through `cx.future(i)` / `cx.clause_tense(i)` as `weekdays.rs` does.
// 5. Add a unit test beside the rule, a case in `crates/measure/tests/` if one applies, then
//    `just build-dataset` and read `git diff datasets/claims`.

use crate::calendar::{date, Resolved};
use crate::phrase::{longest, PhraseIndex};
use crate::temporal::{Context, Found};
use crate::tokens::Token;
use claimkit_core::Approx;
use std::sync::LazyLock;

/// Step 1: rows as they would sit in `MEASURES` ("2.1 million troy ounces of gold").
const EXAMPLE_MEASURES: &[&str] = &["troy ounces", "troy ounce"];

/// Step 1: rows as they would sit in `BEFORE` ("north of $1 billion").
const EXAMPLE_BEFORE: &[(&str, Approx)] = &[("north of", Approx::MoreThan)];

/// Step 2: a small lexicon for the new time rule: phrase, month, day.
const HOLIDAYS: &[(&str, (i64, i64))] = &[
    ("christmas day", (12, 25)),
    ("christmas eve", (12, 24)),
    ("independence day", (7, 4)),
];

static MEASURE_INDEX: LazyLock<PhraseIndex> = LazyLock::new(|| PhraseIndex::new(EXAMPLE_MEASURES));

/// The unit starting at token `i` (what `units::unit_at` does with `MEASURES`).
#[allow(dead_code)]
fn example_unit_at(toks: &[Token], i: usize) -> Option<usize> {
    MEASURE_INDEX.longest(toks, i)
}

/// The cue starting at token `i` (what `mention_at` does with `BEFORE`).
#[allow(dead_code)]
fn example_cue_at(toks: &[Token], i: usize) -> Option<(usize, Approx)> {
    longest(toks, i, EXAMPLE_BEFORE)
}

/// Step 2: a time rule, "Christmas Day" → that day of the publication year. (A real rule
/// would look back or ahead by tense, as `weekdays::at` does.)
#[allow(dead_code)]
fn holiday_at(cx: &Context, i: usize) -> Option<Found> {
    let (end, (month, day)) = longest(&cx.toks, i, HOLIDAYS)?;
    let year = cx.published.map(|p| i64::from(p.year()));
    Found::new(
        end,
        year.and_then(|y| date(y, month, day)).map(Resolved::day),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;
    use claimkit_core::{Date, QuantityKind};

    const NEWS: &str = "The miner said output rose to more than 2.1 million ounces last \
                        month, and its shares jumped 12 percent on Tuesday.";

    #[test]
    fn quantities_and_times_of_a_news_sentence() {
        let q = crate::quantities(NEWS);
        let texts: Vec<&str> = q.iter().map(|q| q.span.text(NEWS)).collect();
        assert_eq!(texts, ["more than 2.1 million ounces", "12 percent"]);
        assert_eq!(
            (q[0].low, q[0].approx),
            (Some(2_100_000.0), Approx::MoreThan)
        );
        assert_eq!(q[1].kind, QuantityKind::Percent);

        let published: Date = "2015-11-17".parse().unwrap();
        let t = crate::times(NEWS, &[], Some(published));
        let texts: Vec<&str> = t.iter().map(|t| t.span.text(NEWS)).collect();
        assert_eq!(texts, ["last month", "Tuesday"]);
        assert_eq!(t[1].start.unwrap().to_string(), "2015-11-17");
    }

    #[test]
    fn example_rows_match_tokens() {
        let toks = tokenize("north of 2 million troy ounces");
        assert_eq!(example_cue_at(&toks, 0), Some((2, Approx::MoreThan)));
        assert_eq!(example_unit_at(&toks, 4), Some(6));
    }

    #[test]
    fn example_time_rule_resolves_against_the_dateline() {
        let text = "Stores will close on Christmas Day, the company said.";
        let toks = tokenize(text);
        let cx = Context::new(&toks, Some("2015-11-17".parse().unwrap()), &[]);
        let i = cx.toks.iter().position(|t| t.is("christmas")).unwrap();
        let found = holiday_at(&cx, i).unwrap();
        assert_eq!(found.end, i + 2);
        assert_eq!(found.resolved.unwrap().start.to_string(), "2015-12-25");
    }
}
