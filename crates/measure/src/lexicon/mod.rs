//! The word lists the rules read, one file per lexicon. They are plain `const`
//! tables: to teach the extractor a new unit, cue or number word, add a row.

pub(crate) mod approx_cues;
pub(crate) mod change_words;
pub(crate) mod currencies;
pub(crate) mod magnitudes;
pub(crate) mod not_quantity;
pub(crate) mod number_words;
pub(crate) mod ordinal_words;
pub(crate) mod premodifiers;
pub(crate) mod time_words;
pub(crate) mod units;

/// A table keyed by words compared ignoring ASCII case, looked up without
/// allocating: the one lexicon engine of every stage
/// ([`claimkit_core::lexicon`]).
pub(crate) type WordIndex<V> = claimkit_core::lexicon::WordMap<V>;

/// The month a word names ("Sept", "september", "SEPT."), 1 = January, without
/// allocating: the month table of [`claimkit_core::calendar`].
pub(crate) use claimkit_core::calendar::month_number;
