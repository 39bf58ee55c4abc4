//! Lays the bundled check-worthiness model's terms out at compile time, so the scorer reads
//! them without parsing the 1.4 MB model file at start-up. The model file stays the one
//! reviewed source: the tables are rebuilt from it on every change, with the functions the
//! scorer itself uses (`src/checkworthy/layout.rs`), and a unit test checks that they equal
//! what `Model::parse` reads from the file.

use std::path::Path;

#[allow(dead_code)]
#[path = "src/checkworthy/layout.rs"]
mod layout;

const MODEL: &str = "src/checkworthy/checkworthiness-model.tsv";

fn main() {
    println!("cargo:rerun-if-changed={MODEL}");
    println!("cargo:rerun-if-changed=src/checkworthy/layout.rs");
    let text = std::fs::read_to_string(MODEL).unwrap_or_else(|e| panic!("{MODEL}: {e}"));
    let mut last: Option<(u8, &str)> = None;
    let mut values: Vec<u8> = Vec::new();
    let mut keys_of = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if !(line.starts_with("word\t") || line.starts_with("char\t")) {
            continue;
        }
        let Some((kind, term, idf, weight)) = layout::term_row(line) else {
            panic!("{MODEL}, line {}: not a term row", i + 1);
        };
        // word terms sort before character terms, as `Kind` orders them
        let order = (u8::from(kind == "char"), term);
        if last.is_some_and(|l| l >= order) {
            panic!(
                "{MODEL}, line {}: term {term:?} out of order or repeated",
                i + 1
            );
        }
        last = Some(order);
        keys_of.push(layout::key_of(kind, term));
        values.extend_from_slice(&idf.to_le_bytes());
        values.extend_from_slice(&weight.to_le_bytes());
    }
    let size = layout::table_size(keys_of.len());
    let (mut keys, mut slots) = (vec![0u64; size], vec![0u32; size]);
    for (i, &k) in keys_of.iter().enumerate() {
        let index = u32::try_from(i).expect("fewer than 2^32 terms");
        assert!(
            layout::insert(&mut keys, &mut slots, k, index),
            "{MODEL}: two terms share the key {k:#x}"
        );
    }
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let write = |name: &str, bytes: Vec<u8>| {
        let path = Path::new(&out).join(name);
        std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    };
    write(
        "checkworthy-keys.bin",
        keys.iter().flat_map(|k| k.to_le_bytes()).collect(),
    );
    write(
        "checkworthy-slots.bin",
        slots.iter().flat_map(|s| s.to_le_bytes()).collect(),
    );
    write("checkworthy-values.bin", values);
    let sizes = format!(
        "/// Slots of the key table.\npub(crate) const SLOTS: usize = {size};\n\
         /// Terms of the model.\npub(crate) const TERMS: usize = {};\n",
        keys_of.len()
    );
    write("checkworthy-sizes.rs", sizes.into_bytes());
}
