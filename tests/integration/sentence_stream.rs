//! Property tests: `claimkit sentences` in one pass (`claimkit::sentence_stream`) writes
//! exactly the rows of the table path (normalised document, library segmenter, `Tables`,
//! `write_json_lines`): same sentences, same paragraphs, same code point offsets, same
//! bytes, for any text.

use claimkit::sentence_stream::{
    document_sentences, raw_sentences, raw_sentences_halves, raw_sentences_pipelined,
    raw_sentences_pipelined_helped, raw_sentences_serial,
};
use claimkit::{analyze_for, Stage};
use claimkit_core::Document;
use claimkit_export::{Table, Tables};
use proptest::prelude::*;

/// The rows the table path writes for `doc`.
fn table_rows(doc: &Document) -> Vec<u8> {
    let mut tables = Tables::default();
    tables.push(doc, &analyze_for(doc, Stage::Sentences));
    let mut out = Vec::new();
    tables
        .get(Table::Sentences)
        .write_json_lines(&mut out)
        .expect("writing to a Vec");
    out
}

/// Every streaming path agrees with the table path on `body`.
fn agree(body: &str) -> Result<(), TestCaseError> {
    let doc = Document::from_body("doc \"1\"", body);
    let expected = table_rows(&doc);
    for raw_sentences in [
        raw_sentences,
        raw_sentences_serial,
        raw_sentences_pipelined,
        raw_sentences_pipelined_helped,
        raw_sentences_halves,
    ] {
        let mut raw = Vec::new();
        let paragraphs = raw_sentences("doc \"1\"", body, &mut raw).expect("writing to a Vec");
        prop_assert_eq!(paragraphs, doc.paragraphs.len());
        prop_assert_eq!(
            String::from_utf8_lossy(&raw),
            String::from_utf8_lossy(&expected)
        );
    }
    let mut read = Vec::new();
    document_sentences(&doc, &mut read).expect("writing to a Vec");
    prop_assert_eq!(
        String::from_utf8_lossy(&read),
        String::from_utf8_lossy(&expected)
    );
    Ok(())
}

/// News-like pieces: abbreviations, quotes, list markers, wraps of every kind (CRLF, a
/// lone CR, indents, blank lines), markup residue and characters of two to four bytes.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(vec![
            "Mr. ",
            "U.S. ",
            "said. ",
            "The ",
            "rose 5 pct",
            "“Yes,” ",
            "?” she asked. ",
            "\n",
            "\n\n",
            "\r\n",
            "\r",
            "\r\n\r\n",
            "\n    ",
            "\t",
            "  ",
            "\n- ",
            "\n1) ",
            "• ",
            "é",
            "€",
            "𝄞",
            "東京",
            "…",
            "...",
            ".......",
            "<AMX>",
            "<p>",
            "&amp;",
            "-----",
            "Reuter\n",
            "vs ",
            "of\n",
            "Oil\nprices",
            "x\u{a0}y",
            "\u{feff}",
        ])
        .prop_map(str::to_string),
        "[a-zA-Z0-9 .,!?'\"()\\n\\r\\t-]{0,16}".prop_map(|s| s),
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|parts| parts.concat())
}

proptest! {
    #[test]
    fn streamed_rows_are_the_table_rows(body in newsy()) {
        agree(&body)?;
    }

    #[test]
    fn streamed_rows_are_the_table_rows_for_any_text(body in any::<String>()) {
        agree(&body)?;
    }
}

#[test]
fn streamed_rows_are_the_table_rows_for_edge_cases() {
    for body in [
        "",
        "\n\n \r\n",
        "No stop at all",
        "One.\r\nTwo.\r\n\r\nThree.",
        "Dépêche: l’été.\n\nMr. Li — 東京 — said 5%.\n    Next 𝄞 paragraph.",
    ] {
        agree(body).expect(body);
    }
}

#[test]
fn streamed_rows_are_the_table_rows_over_many_batches() {
    // Enough paragraphs for the pipelined path to hand over many batches.
    let mut body = String::new();
    for k in 0..3000 {
        body.push_str(&format!(
            "Paragraph {k} of the “test” said\nMr. Li: prices rose {k} pct.\n    Net é {k} vs 11 mln\n\n"
        ));
    }
    agree(&body).expect("agree");
}

#[test]
fn streamed_rows_match_the_bundled_articles() {
    for entry in std::fs::read_dir("datasets/articles").expect("datasets/articles") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let body = std::fs::read_to_string(&path).expect("article");
            agree(&body).expect("agree");
        }
    }
}
