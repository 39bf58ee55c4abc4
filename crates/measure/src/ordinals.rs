//! Whether an ordinal is worth a quantity row: the position of something counted
//! ("a third round of airstrikes"), a placing ("finished second"), a rank ("the
//! 11th most generous donor", "Finland's second largest"), a count in a row ("the
//! third day running"); not a period ("the third quarter"), an adverb ("was first
//! asked"), a day of the month ("on the 11th") or part of a name ("the Third
//! World", "first mortgage bonds"). The words are in
//! [`lexicon::ordinal_words`](crate::lexicon).

use crate::lexicon::ordinal_words::{DETERMINERS, IN_A_ROW, NAMES, NOT_COUNTED, PLACING_VERBS};
use crate::numbers::{Form, Number};
use crate::tokens::{lower, word_in, Token};
use crate::units::Unit;
use claimkit_core::QuantityKind;

/// The token after the ordinal, past a hyphen glued to it ("second-largest").
fn after(toks: &[Token], n: &Number) -> usize {
    let k = n.last + 1;
    let glued_dash = |k: usize| toks.get(k).is_some_and(|d| d.is_dash() && !d.space_before);
    if glued_dash(k) && toks.get(k + 1).is_some_and(|w| !w.space_before) {
        k + 1
    } else {
        k
    }
}

/// True when the ordinal `n`, with its `unit` (the counted noun or a measure), is a
/// quantity; `range` says it ends a range ("between the tenth and the fifteenth").
pub(crate) fn worth_reporting(
    toks: &[Token],
    n: &Number,
    unit: Option<&Unit>,
    range: bool,
) -> bool {
    let k = after(toks, n);
    if named(toks, n, k) {
        return false;
    }
    if ranked(toks.get(k)) {
        return true;
    }
    match unit {
        // "third quarter results" and "the 21st century" count nothing
        Some(u) if u.kind == QuantityKind::Count => {
            !word_in(toks.get(k), NOT_COUNTED) && !word_in(toks.get(u.first), NOT_COUNTED)
        }
        // "the third day running", "a fourth week in a row"; "the first week" is a period
        Some(u) => {
            word_in(toks.get(u.end), IN_A_ROW)
                || (toks.get(u.end).is_some_and(|t| t.is("in"))
                    && toks.get(u.end + 1).is_some_and(|t| t.is("a"))
                    && toks.get(u.end + 2).is_some_and(|t| t.is("row")))
        }
        None => !range && bare(toks, n),
    }
}

/// "the Third World", "first mortgage bonds", "a second-tier market": the ordinal
/// and the word at `k` name a kind of thing, unless "of" follows ("the third
/// generation of the family").
fn named(toks: &[Token], n: &Number, k: usize) -> bool {
    if n.form != Form::Words || n.first != n.last {
        return false;
    }
    let (Some(o), Some(w)) = (toks.get(n.first), toks.get(k).filter(|w| w.is_word())) else {
        return false;
    };
    let of_after = toks.get(k + 1).is_some_and(|t| t.is("of"));
    !of_after && NAMES.iter().any(|&(a, b)| o.is(a) && w.is(b))
}

/// A superlative after the ordinal makes it a rank: "the 4th richest country",
/// "the 11th most generous donor", "Finland's second largest", "sixth-highest".
fn ranked(t: Option<&Token>) -> bool {
    let Some(t) = t.filter(|t| t.is_lowercase_word()) else {
        return false;
    };
    let mut buf = [0u8; 32];
    let w = lower(t.text, &mut buf);
    matches!(w, "most" | "least" | "best" | "worst") || (w.len() > 4 && w.ends_with("est"))
}

/// An ordinal with no counted noun: "finished third", "the 25th", "the first
/// Australian to". "first" and "second" alone are mostly adverbs or a unit of time,
/// so they count only as a placing ("finished second") or after a determiner and
/// before a word ("a second Iranian rig"); digits after "the" are a day of the
/// month ("on the 11th"); a hyphenated adjective ("second-largest") is read with
/// its unit.
fn bare(toks: &[Token], n: &Number) -> bool {
    let next = toks.get(n.last + 1);
    if next.is_some_and(|d| d.is_dash() && !d.space_before) {
        return false;
    }
    let prev = n.first.checked_sub(1).map(|k| &toks[k]);
    if n.form == Form::Digits {
        return !prev.is_some_and(|p| p.is("the"));
    }
    let t = &toks[n.first];
    if n.first == n.last && (t.is("first") || t.is("second")) {
        let placing = word_in(prev, PLACING_VERBS);
        let determined = word_in(prev, DETERMINERS)
            && next.is_some_and(|w| w.is_word() && !word_in(Some(w), TIME_AFTER));
        return placing || determined;
    }
    true
}

/// Words after "a second" that make it a unit of time: "a second later".
const TIME_AFTER: &[&str] = &["later", "ago", "earlier"];

#[cfg(test)]
mod tests {
    use crate::mentions::find;
    use claimkit_core::QuantityKind;

    /// The ordinals of `text`, as written.
    fn ordinals(text: &str) -> Vec<&str> {
        find(text)
            .into_iter()
            .filter(|q| q.kind == QuantityKind::Ordinal)
            .map(|q| q.span.text(text))
            .collect::<Vec<_>>()
    }

    #[test]
    fn a_placing_and_a_determined_first_or_second_are_ordinals() {
        assert_eq!(
            ordinals("The Kenyan finished second in Boston."),
            ["second"]
        );
        assert_eq!(
            ordinals("She is the first Briton to win the title."),
            ["first"]
        );
        assert_eq!(
            ordinals("Rebels seized a second Libyan oil port."),
            ["second"]
        );
        assert!(ordinals("The plan was first proposed in May.").is_empty());
        assert!(ordinals("At first, nobody noticed.").is_empty());
        assert!(ordinals("A second later the lights went out.").is_empty());
    }

    #[test]
    fn a_superlative_after_an_ordinal_makes_a_rank() {
        assert_eq!(ordinals("Norway is the 3rd most generous donor."), ["3rd"]);
        assert_eq!(
            ordinals("It is Spain's second largest, after Iberia."),
            ["second"]
        );
        // a day of the month stays a date
        assert!(ordinals("The vote is on the 11th.").is_empty());
    }

    #[test]
    fn an_ordinal_of_a_period_counts_only_in_a_row() {
        assert_eq!(
            ordinals("Dockers struck for the third day running."),
            ["third day"]
        );
        assert!(ordinals("Sales rose in the first week.").is_empty());
        assert!(ordinals("Profit fell in the third quarter.").is_empty());
    }

    #[test]
    fn ordinals_that_name_a_kind_are_no_positions() {
        for text in [
            "Aid to the Third World fell.",
            "It sold first mortgage bonds.",
            "Trade with third countries grew.",
            "The second-tier market opened.",
            "Third generation phones sell well.",
        ] {
            assert!(ordinals(text).is_empty(), "{text}: {:?}", ordinals(text));
        }
        assert_eq!(
            ordinals("He is the third generation of the family to run it."),
            ["third generation"]
        );
    }
}
