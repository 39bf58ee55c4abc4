//! Quantities, number ranges and units; temporal expressions resolved against
//! the publication date.
//!
//! The extractors are not written yet: both entry points find nothing.

use claimkit_core::{Date, Quantity, Sentence, TimeExpr};

/// Quantity mentions in `text`, in text order.
pub fn quantities(_text: &str, _sentences: &[Sentence]) -> Vec<Quantity> {
    Vec::new()
}

/// Temporal expressions in `text`, resolved against `published` where given.
pub fn times(_text: &str, _sentences: &[Sentence], _published: Option<Date>) -> Vec<TimeExpr> {
    Vec::new()
}
