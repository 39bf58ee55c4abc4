//! Insta snapshots of whole outputs for the seed article: review every change.

use claimkit::analyze;
use claimkit_core::read::read_file;
use claimkit_export::{Table, Tables};
use std::path::Path;

fn seed_tables() -> Tables {
    let loaded = read_file(Path::new(crate::harness::SEED)).remove(0).expect("seed reads");
    let mut tables = Tables::default();
    tables.push(&loaded.document, &analyze(&loaded.document));
    tables
}

fn json_lines(tables: &Tables, table: Table) -> String {
    tables.get(table).to_json().iter().map(|row| format!("{row}\n")).collect()
}

#[test]
fn seed_documents_row() {
    insta::assert_snapshot!(json_lines(&seed_tables(), Table::Documents));
}

#[test]
fn seed_sentences() {
    insta::assert_snapshot!(json_lines(&seed_tables(), Table::Sentences));
}
