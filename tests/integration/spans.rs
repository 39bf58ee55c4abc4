//! Property tests: readers never panic, and every exported span is exact in
//! code points (`text[start:end] == row.text`, as Python sees it).

use claimkit::analyze;
use claimkit_core::read::{check_text, parse_article, parse_jsonl};
use claimkit_core::Document;
use claimkit_export::{Table, Tables};
use proptest::prelude::*;
use serde_json::Value;

/// News-like text: words, numbers, abbreviations, quotes, dashes, wraps and non-ASCII.
fn newsy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "U.S.",
        "officials",
        "said",
        "Russia",
        "conducted",
        "between",
        "12",
        "and",
        "20",
        "strikes",
        "Tuesday",
        "last month",
        "Mr.",
        "Obama",
        "“",
        "”",
        "\"",
        "’",
        "—",
        ",",
        ".",
        "?",
        "\n",
        "\n\n",
        "  ",
        "1,200",
        "3.5%",
        "$1.5 billion",
        "Sept. 30",
        "a third",
        "he",
        "according to",
        "é",
        "€",
        "𝄞",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.join(" "))
}

fn code_points(text: &str, start: &Value, end: &Value) -> Option<String> {
    let (s, e) = (start.as_u64()? as usize, end.as_u64()? as usize);
    Some(text.chars().skip(s).take(e.saturating_sub(s)).collect())
}

/// Check every span column of every table against the document text.
fn check_spans(doc: &Document) {
    let mut tables = Tables::default();
    tables.push(doc, &analyze(doc));
    let text = &doc.text;
    let n = text.chars().count() as u64;
    for table in [
        Table::Sentences,
        Table::Quantities,
        Table::Times,
        Table::Claims,
    ] {
        for row in tables.get(table).to_json() {
            assert!(row["end"].as_u64().unwrap() <= n);
            assert_eq!(
                code_points(text, &row["start"], &row["end"]).as_deref(),
                row["text"].as_str(),
                "{table:?} {row}"
            );
        }
    }
    for row in tables.get(Table::Attributions).to_json() {
        assert_eq!(
            code_points(text, &row["content_start"], &row["content_end"]).as_deref(),
            row["content"].as_str()
        );
        if !row["source_text"].is_null() {
            assert_eq!(
                code_points(text, &row["source_start"], &row["source_end"]).as_deref(),
                row["source_text"].as_str()
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn readers_never_panic_on_any_string(s in any::<String>()) {
        let _ = parse_article("p", "p.txt", &s);
        let _ = parse_jsonl("p.jsonl", s.as_bytes());
    }

    #[test]
    fn readers_never_panic_on_any_bytes(b in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = check_text(&b);
        let _ = parse_jsonl("p.jsonl", &b);
    }

    #[test]
    fn spans_are_exact_code_points_on_newsy_text(s in newsy()) {
        check_spans(&Document::from_body("p", &s));
    }

    #[test]
    fn spans_are_exact_code_points_on_any_text(s in any::<String>()) {
        check_spans(&Document::from_body("p", &s));
    }
}

#[test]
fn spans_are_exact_on_the_bundled_corpus() {
    for file in claimkit_core::read::collect_files(&["datasets/articles".into()]).unwrap() {
        for loaded in claimkit_core::read::read_article_file(&file.unwrap()) {
            check_spans(&loaded.unwrap().document);
        }
    }
}
