//! The word lists the rules read, one file per lexicon. They are plain `const`
//! tables: to teach the extractor a new unit, cue or number word, add a row.

pub(crate) mod approx_cues;
pub(crate) mod magnitudes;
pub(crate) mod not_quantity;
pub(crate) mod number_words;
pub(crate) mod time_words;
pub(crate) mod units;

use std::collections::HashMap;

/// Builds a lookup from a table keyed by lower-case words.
pub(crate) fn index<V: Copy>(table: &[(&'static str, V)]) -> HashMap<&'static str, V> {
    table.iter().copied().collect()
}
