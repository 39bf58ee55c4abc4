//! Quantities, number ranges and units; temporal expressions resolved against
//! the publication date.
//!
//! What makes a news claim checkable is mostly a number or a date. This crate
//! finds both over the tokens of the core token layer
//! ([`claimkit_core::tokens`]): [`quantities_in`] and [`times_in`] read tokens
//! the caller made once for the whole document (the pipeline does), while
//! [`quantities`] and [`times`] tokenise the text themselves.
//!
//! * [`quantities`]: "between 12 and 20 strikes" → 12..20 strikes, "more than
//!   a dozen countries" → more than 12 countries, "$1.5 billion", "12.5 pct";
//!   the counted thing is the noun past its modifiers ("six largest economies"
//!   → economies, "40 software developers" → developers, "300 UK troops" →
//!   troops); "IBM fell 31 to 104" is a change and a level, "gain 50 to 100 basis
//!   points" one range; a number without a unit takes its partner's ("to 400 mln
//!   stg from 450 mln"); ordinals are placings, ranks and positions ("finished
//!   second", "the 11th most generous donor", "a third round"); model and
//!   programme names ("Boeing 737", "Radio 1"), regnal numbers, dates, clock
//!   times, scores, grades ("97 octane"), periods anchored to the story ("within
//!   90 days") and years before a noun ("1987 results") are left out.
//! * [`times`]: "Tuesday", "Sept. 30", "last month", "the 1930s" → calendar
//!   days, resolved against the dateline. A weekday or a day without a year
//!   reads its clause: "took effect on Jan. 1" looks back, "will meet Tuesday"
//!   and "the rally is on Saturday" look ahead, and otherwise a weekday is the
//!   last one and a day the one nearest the dateline ("payable April 1"). Time
//!   words inside names are none ("USA Today", "the Sunday Times").
//!
//! ```
//! use claimkit_core::{Approx, Date, Granularity, QuantityKind, Sentence, Span};
//!
//! let text = "U.S. officials said Russia conducted between 12 and 20 strikes \
//!             Tuesday, after a jetliner was destroyed last month.";
//! let sentences = [Sentence { span: Span::new(0, text.len()), paragraph: 0, truncated: false }];
//!
//! let q = &claimkit_measure::quantities(text)[0];
//! assert_eq!(q.span.text(text), "between 12 and 20 strikes");
//! assert_eq!((q.low, q.high, q.approx), (Some(12.0), Some(20.0), Approx::Range));
//! assert_eq!((q.unit.as_deref(), q.kind), (Some("strikes"), QuantityKind::Count));
//!
//! let published: Date = "2015-11-17".parse().unwrap();
//! let times = claimkit_measure::times(text, &sentences, Some(published));
//! let last_month = times.iter().find(|t| t.span.text(text) == "last month").unwrap();
//! assert_eq!(last_month.start.unwrap().to_string(), "2015-10-01");
//! assert_eq!(last_month.end.unwrap().to_string(), "2015-10-31");
//! assert_eq!(last_month.granularity, Granularity::Month);
//! ```
//!
//! The word lists live in [`lexicon`](crate) modules as `const` tables (units,
//! number words, magnitudes, approximation cues, not-quantity contexts,
//! weekdays and relative-time words); each rule family has its own module.
#![deny(missing_docs)]

mod cardinals;
mod changes;
mod elided;
mod example;
mod exclusions;
mod fractions;
mod lexicon;
mod mentions;
mod numbers;
mod ordinals;
mod phrase;
mod ranges;
mod tokens;
mod units;

mod calendar;
mod dates;
mod in_names;
mod month_days;
mod parts;
mod relative;
mod seasons;
mod temporal;
mod tense;
mod weekdays;
mod weeks;
mod word_years;

use claimkit_core::tokens::{tokenize, Token};
use claimkit_core::{Date, Quantity, Sentence, TimeExpr};

/// Quantity mentions in `text`, in text order, non-overlapping. A quantity
/// never spans a line break, which is all the structure it needs: unlike
/// [`times`], it reads no sentences.
pub fn quantities(text: &str) -> Vec<Quantity> {
    quantities_in(&tokenize(text))
}

/// [`quantities`] read from the tokens of the whole text
/// ([`claimkit_core::tokens::tokenize`]), so that a caller who also wants [`times_in`]
/// tokenises once.
pub fn quantities_in(toks: &[Token<'_>]) -> Vec<Quantity> {
    // A quantity never spans a line break: normalised text keeps each paragraph
    // (and each list item) on one line, so "2015\n\npilgrims" is no mention.
    let mut out = Vec::new();
    let mut from = 0;
    for k in 1..=toks.len() {
        if k == toks.len() || toks[k].line_start {
            out.extend(mentions::find_in(&toks[from..k]));
            from = k;
        }
    }
    out
}

/// Temporal expressions in `text`, in text order, resolved against
/// `published` where given. Without it, relative expressions ("last month")
/// come back with empty dates, absolute ones ("Sept. 30, 2015") resolved.
pub fn times(text: &str, sentences: &[Sentence], published: Option<Date>) -> Vec<TimeExpr> {
    times_in(&tokenize(text), sentences, published)
}

/// [`times`] read from the tokens of the whole text ([`claimkit_core::tokens::tokenize`]).
pub fn times_in(
    toks: &[Token<'_>],
    sentences: &[Sentence],
    published: Option<Date>,
) -> Vec<TimeExpr> {
    temporal::find_in(toks, sentences, published)
}

#[cfg(test)]
mod line_tests {
    #[test]
    fn a_quantity_never_spans_a_paragraph_break() {
        let text = "Saturday, September 12, 2015\n\npilgrims at the mosque.";
        let qs = super::quantities(text);
        assert!(
            qs.iter().all(|q| !q.span.text(text).contains('\n')),
            "{qs:?}"
        );
    }
}
