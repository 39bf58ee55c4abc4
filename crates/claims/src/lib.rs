//! Claim units: the checkable statements cut out of sentences, each with a
//! standalone text and a check-worthiness verdict. The stage after
//! segmentation, quantities, times and attributions, whose output it reads.
//!
//! [`claims`] turns the sentences of a document into claim units using the
//! attributions, quantities and times the other stages found ([`Facets`]):
//! attributed content becomes the claim (its source kept), sentences split
//! conservatively at [`clauses`] boundaries, every claim gets a `standalone`
//! text that reads on its own (relative dates resolved, the attribution
//! appended) and a [`checkworthy`] score with the reasons behind it.
//!
//! ```
//! use claimkit_core::{Sentence, Span};
//! use claimkit_claims::{claims, Facets};
//! let text = "France launched a third round of airstrikes Tuesday night, \
//!             while waves of Russian warplanes struck the same area in the daytime.";
//! let sentences = [Sentence { span: Span::new(0, text.len()), paragraph: 0, truncated: false }];
//! let facets = Facets { attributions: &[], quantities: &[], times: &[] };
//! let units = claims(text, &sentences, &facets);
//! assert_eq!(units.len(), 2);
//! assert_eq!(units[1].span.text(text), "waves of Russian warplanes struck the same area in the daytime.");
//! ```
//!
//! | module | what |
//! |---|---|
//! | `claims` | claim units: attributed content, splits, trimming |
//! | [`clauses`] | where a sentence may split into independent claims |
//! | [`verbs`] | finite verbs, for deciding whether a clause stands alone |
//! | `standalone` | the claim text made readable on its own |
//! | [`checkworthy`] | features, lexicons and the weight table of the score |
#![deny(missing_docs)]

pub mod checkworthy;
mod claims;
pub mod clauses;
mod standalone;
pub mod verbs;

pub use claims::{claims, Facets};
