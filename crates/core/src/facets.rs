//! The items the pipeline finds in a document: sentences, quantities, times,
//! attributions and claims. All of them carry byte [`Span`]s into
//! [`Document::text`](crate::Document::text).

use crate::labels::{Approx, Change, Granularity, QuantityKind, QuoteKind, Reason, SourceType};
use crate::Span;
use jiff::civil::Date;

/// One sentence of the body.
#[derive(Clone, Debug, PartialEq)]
pub struct Sentence {
    /// Where the sentence lies in the text, without surrounding white space.
    pub span: Span,
    /// Index of the paragraph (0-based) that holds the sentence.
    pub paragraph: usize,
    /// The paragraph ends here without terminal punctuation: the sentence was cut off.
    pub truncated: bool,
}

/// A quantity mention: "between 12 and 20 strikes" → 12..20 strikes.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// The whole mention, unit included.
    pub span: Span,
    /// Lower bound (or the value); `None` when the text gives none.
    pub low: Option<f64>,
    /// Upper bound (or the value); `None` for open ranges such as "more than 12".
    pub high: Option<f64>,
    /// How exact the number is.
    pub approx: Approx,
    /// The counted thing or measure as written ("strikes", "km").
    pub unit: Option<String>,
    /// What sort of quantity it is.
    pub kind: QuantityKind,
    /// The direction of a change the text states ("fell 1.2 per cent" → down);
    /// `None` for a level or a count.
    pub change: Option<Change>,
    /// The unit in canonical form where it is certain: "km" for "kilometres",
    /// "percent" for "pct", an ISO 4217 code for a currency ("RM" → "MYR").
    pub unit_normalized: Option<&'static str>,
}

/// A temporal expression resolved against the publication date.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeExpr {
    /// The mention ("last month").
    pub span: Span,
    /// First calendar day it denotes; `None` when it cannot be resolved.
    pub start: Option<Date>,
    /// Last calendar day it denotes; `None` when it cannot be resolved.
    pub end: Option<Date>,
    /// The size of the period.
    pub granularity: Granularity,
}

/// Who said what: source – cue – content, as in PARC.
#[derive(Clone, Debug, PartialEq)]
pub struct Attribution {
    /// Index of the sentence the content starts in.
    pub sentence: usize,
    /// The source mention ("U.S. officials", "he"); `None` when the text gives none.
    pub source: Option<Span>,
    /// Full name of the source where the mention is a pronoun, title or surname.
    pub resolved: Option<String>,
    /// What kind of source it is.
    pub source_type: SourceType,
    /// Role of the source as written ("former assistant secretary of defense").
    pub role: Option<String>,
    /// Affiliation of the source as written ("Russian").
    pub affiliation: Option<String>,
    /// The cue ("said", "according to").
    pub cue: Option<Span>,
    /// How much of the content is quoted.
    pub quote: QuoteKind,
    /// The outlet or document that relays it ("Interfax").
    pub via: Option<String>,
    /// What is attributed.
    pub content: Span,
}

/// A checkable claim: a span of one sentence with its source and check-worthiness.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// The claim text in the document.
    pub span: Span,
    /// Index of the sentence that holds it.
    pub sentence: usize,
    /// Index into the attributions of the same analysis; `None` = the publication asserts it.
    pub attribution: Option<usize>,
    /// The claim made readable on its own (resolved sources and dates).
    pub standalone: String,
    /// Check-worthiness score in 0..1; `None` until it has been scored.
    pub checkworthiness: Option<f64>,
    /// The score passes the threshold.
    pub checkworthy: bool,
    /// Why the claim was judged checkable or not.
    pub reasons: Vec<Reason>,
    /// The claim lies in a truncated sentence.
    pub truncated: bool,
}

/// Everything the pipeline found in one document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    /// Body sentences in text order.
    pub sentences: Vec<Sentence>,
    /// Quantity mentions in text order.
    pub quantities: Vec<Quantity>,
    /// Temporal expressions in text order.
    pub times: Vec<TimeExpr>,
    /// Attributions in text order of their content.
    pub attributions: Vec<Attribution>,
    /// Claims in text order.
    pub claims: Vec<Claim>,
}

/// Index of the sentence that contains byte offset `at`, if any.
pub fn sentence_at(sentences: &[Sentence], at: usize) -> Option<usize> {
    let k = sentences.partition_point(|s| s.span.end <= at);
    (k < sentences.len() && sentences[k].span.start <= at).then_some(k)
}
