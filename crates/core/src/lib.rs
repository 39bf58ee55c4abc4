//! Types shared by every claimkit crate, the article readers and text normalisation.
//!
//! A [`Document`] is read from a plain-text article, a JSON Lines record or raw
//! text; its `text` is the normalised body and every item the pipeline finds
//! ([`Sentence`], [`Quantity`], [`TimeExpr`], [`Attribution`], [`Claim`])
//! carries a byte [`Span`] into it. Tables export code point offsets through
//! [`CharOffsets`], so that `text[start:end]` works in Python.
//!
//! ```
//! use claimkit_core::read::parse_article;
//!
//! let article = "Global Anti-ISIS Alliance Begins to Emerge\n\n\
//!                Updated Nov. 17, 2015 11:27 p.m. ET\n\n\
//!                U.S. officials said Russia conducted \n  between 12 and 20 strikes Tuesday.\n";
//! let doc = parse_article("seed", "seed.txt", article).unwrap().document;
//! assert_eq!(doc.published.unwrap().to_string(), "2015-11-17");
//! assert_eq!(doc.text, "U.S. officials said Russia conducted between 12 and 20 strikes Tuesday.");
//! ```
#![deny(missing_docs)]

pub mod calendar;
pub mod dateline;
mod document;
pub mod evaldata;
mod facets;
pub mod invisible;
pub mod labels;
pub mod lexicon;
pub mod markup;
pub mod normalize;
pub mod read;
mod span;
pub mod tokens;

pub use document::Document;
pub use facets::{sentence_at, Analysis, Attribution, Claim, Quantity, Sentence, TimeExpr};
pub use labels::{Approx, Change, Granularity, QuantityKind, QuoteKind, Reason, SourceType};
pub use span::{CharCursor, CharOffsets, Span, Utf16Offsets};

/// Re-export of the date type used for `published` and resolved times.
pub use jiff::civil::Date;
