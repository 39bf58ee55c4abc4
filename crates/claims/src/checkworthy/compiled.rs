//! The bundled model as the build script laid it out (`crates/claims/build.rs`): the key
//! table and each term's idf and weight as little-endian arrays, read without parsing the
//! model file. Only the file's head (notes, calibration, rule weights: some seventy lines) is
//! parsed; the terms' text is read from the file only when asked for
//! ([`Model::terms`](super::Model::terms)), which scoring never does.

use super::lookup::KeyIndex;
use super::model::{Model, ModelError, Term};

const KEYS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/checkworthy-keys.bin"));
const SLOTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/checkworthy-slots.bin"));
const VALUES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/checkworthy-values.bin"));

fn words<const N: usize>(bytes: &[u8]) -> impl Iterator<Item = [u8; N]> + '_ {
    bytes
        .chunks_exact(N)
        .map(|c| c.first_chunk::<N>().copied().unwrap_or([0; N]))
}

/// The model of `file` (the bundled model file, from which the tables were built): its head
/// parsed, its terms from the compiled tables.
pub(crate) fn model(file: &'static str) -> Result<Model, ModelError> {
    let head = ["\nword\t", "\nchar\t"]
        .iter()
        .filter_map(|row| file.find(row))
        .min()
        .map_or(file.len(), |i| i + 1);
    let keys: Vec<u64> = words(KEYS).map(u64::from_le_bytes).collect();
    let slots: Vec<u32> = words(SLOTS).map(u32::from_le_bytes).collect();
    let values: Vec<[f64; 2]> = words::<16>(VALUES)
        .map(|v| {
            let (idf, weight) = v.split_at(8);
            let read =
                |b: &[u8]| f64::from_le_bytes(b.first_chunk::<8>().copied().unwrap_or([0; 8]));
            [read(idf), read(weight)]
        })
        .collect();
    let index = KeyIndex::from_parts(keys, slots, values.len());
    Ok(Model::parse(&file[..head])?.with_tables(index, values))
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
        let bits = |m: &Model| -> Vec<u64> {
            m.terms()
                .iter()
                .flat_map(|t| [t.idf.to_bits(), t.weight.to_bits()])
                .collect()
        };
        assert_eq!(bits(&compiled), bits(&parsed));
        assert_eq!(compiled.value_bits(), parsed.value_bits());
        assert_eq!(compiled.to_text(), super::super::MODEL_FILE);
    }
}
