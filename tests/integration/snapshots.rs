//! Insta snapshots of whole outputs for the seed article: review every change.

use claimkit::analyze;
use claimkit_core::read::read_file;
use claimkit_export::{Table, Tables};
use std::path::Path;

fn seed_tables() -> Tables {
    let loaded = read_file(Path::new(crate::harness::SEED))
        .remove(0)
        .expect("seed reads");
    let mut tables = Tables::default();
    tables.push(&loaded.document, &analyze(&loaded.document));
    tables
}

fn json_lines(tables: &Tables, table: Table) -> String {
    tables
        .get(table)
        .to_json()
        .iter()
        .map(|row| format!("{row}\n"))
        .collect()
}

#[test]
fn seed_documents_row() {
    insta::assert_snapshot!(json_lines(&seed_tables(), Table::Documents));
}

#[test]
fn seed_sentences() {
    insta::assert_snapshot!(json_lines(&seed_tables(), Table::Sentences));
}

#[test]
fn seed_attributions() {
    insta::assert_snapshot!(json_lines(&seed_tables(), Table::Attributions));
}

#[test]
fn seed_quantities_and_times() {
    let tables = seed_tables();
    let both = json_lines(&tables, Table::Quantities) + &json_lines(&tables, Table::Times);
    insta::assert_snapshot!(both);
}

/// The benchmark view a fact-checker reads: one block per check-worthy claim.
#[test]
fn seed_checkable_claims() {
    let tables = seed_tables();
    let mut out = String::new();
    for row in tables.get(Table::CheckableClaims).to_json() {
        let field = |k: &str| match &row[k] {
            serde_json::Value::Null => String::new(),
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        out.push_str(&format!(
            "{} [{}] score {}\n  claim: {}\n  standalone: {}\n  source: {} ({}, {}{})\n  quantity: {} {}..{} {} {}\n  time: {} {}..{}\n\n",
            field("claim_id"),
            field("published"),
            field("checkworthiness"),
            field("text"),
            field("standalone"),
            field("source_text"),
            field("source_type"),
            field("quote"),
            if field("resolved").is_empty() { String::new() } else { format!(", resolved {}", field("resolved")) },
            field("quantity_text"),
            field("low"),
            field("high"),
            field("approx"),
            field("unit"),
            field("time_text"),
            field("start_date"),
            field("end_date"),
        ));
    }
    insta::assert_snapshot!(out);
}
