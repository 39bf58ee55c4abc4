//! The bundled model as the build script laid it out (`crates/claims/build.rs`): the key
//! table and each term's idf and weight, decoded from little-endian bytes into static
//! arrays at compile time, so a run neither parses the model file's 46,000 term rows nor
//! copies a table. Only the file's head (notes, calibration, rule weights: some seventy
//! lines) is parsed; the terms' text is read from the file only when asked for
//! ([`Model::terms`](super::Model::terms)), which scoring never does.

use super::lookup::KeyIndex;
use super::model::{Model, ModelError, Term};
use std::borrow::Cow;

mod sizes {
    include!(concat!(env!("OUT_DIR"), "/checkworthy-sizes.rs"));
}
use sizes::{SLOTS, TERMS};

static KEYS: [u64; SLOTS] = u64s(include_bytes!(concat!(
    env!("OUT_DIR"),
    "/checkworthy-keys.bin"
)));
static SLOT_TERMS: [u32; SLOTS] = u32s(include_bytes!(concat!(
    env!("OUT_DIR"),
    "/checkworthy-slots.bin"
)));
static VALUES: [[f64; 2]; TERMS] = pairs(include_bytes!(concat!(
    env!("OUT_DIR"),
    "/checkworthy-values.bin"
)));

/// Eight little-endian bytes from `at` (a compile error past the end).
const fn eight(b: &[u8], at: usize) -> [u8; 8] {
    [
        b[at],
        b[at + 1],
        b[at + 2],
        b[at + 3],
        b[at + 4],
        b[at + 5],
        b[at + 6],
        b[at + 7],
    ]
}

const fn u64s<const N: usize>(b: &[u8]) -> [u64; N] {
    assert!(b.len() == 8 * N);
    let mut out = [0; N];
    let mut i = 0;
    while i < N {
        out[i] = u64::from_le_bytes(eight(b, 8 * i));
        i += 1;
    }
    out
}

const fn u32s<const N: usize>(b: &[u8]) -> [u32; N] {
    assert!(b.len() == 4 * N);
    let mut out = [0; N];
    let mut i = 0;
    while i < N {
        let j = 4 * i;
        out[i] = u32::from_le_bytes([b[j], b[j + 1], b[j + 2], b[j + 3]]);
        i += 1;
    }
    out
}

const fn pairs<const N: usize>(b: &[u8]) -> [[f64; 2]; N] {
    assert!(b.len() == 16 * N);
    let mut out = [[0.0; 2]; N];
    let mut i = 0;
    while i < N {
        out[i] = [
            f64::from_le_bytes(eight(b, 16 * i)),
            f64::from_le_bytes(eight(b, 16 * i + 8)),
        ];
        i += 1;
    }
    out
}

/// The model of `file` (the bundled model file, from which the tables were built): its head
/// parsed, its terms from the compiled tables.
pub(crate) fn model(file: &'static str) -> Result<Model, ModelError> {
    let head = ["\nword\t", "\nchar\t"]
        .iter()
        .filter_map(|row| file.find(row))
        .min()
        .map_or(file.len(), |i| i + 1);
    let index = KeyIndex::from_parts(Cow::Borrowed(&KEYS), Cow::Borrowed(&SLOT_TERMS), TERMS);
    Ok(Model::parse(&file[..head])?.with_tables(index, &VALUES))
}

/// The terms of the bundled model file, read from its text.
///
/// # Panics
/// When the bundled file does not parse, which the crate's tests rule out.
pub(crate) fn bundled_terms() -> Vec<Term> {
    match Model::parse(super::MODEL_FILE) {
        Ok(m) => m.terms().to_vec(),
        Err(e) => panic!("the bundled {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_tables_are_the_model_file() {
        // the build script laid the tables out from the file: the same keys, slots, terms
        // and bits as reading the file
        let parsed = Model::parse(super::super::MODEL_FILE).expect("bundled model");
        let compiled = model(super::super::MODEL_FILE).expect("bundled model");
        assert_eq!(compiled.terms().len(), parsed.terms().len());
        assert!(compiled == parsed);
        assert_eq!(compiled.value_bits(), parsed.value_bits());
        assert_eq!(compiled.to_text(), super::super::MODEL_FILE);
    }
}
