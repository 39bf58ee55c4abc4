//! Property tests: `claimkit sentences` in one pass (`claimkit::sentence_stream`) writes
//! exactly the rows of the table path (normalised document, library segmenter, `Tables`,
//! `write_json_lines`): same sentences, same paragraphs, same code point offsets, same
//! bytes, for any text.

use claimkit::sentence_stream::{
    document_sentences, raw_sentences, raw_sentences_chunked, raw_sentences_pipelined,
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

/// [`raw_sentences_chunked`] with a chunk at almost every blank line.
fn in_tiny_chunks(doc_id: &str, body: &str, out: &mut Vec<u8>) -> std::io::Result<usize> {
    raw_sentences_chunked(doc_id, body, 1, out)
}

/// [`raw_sentences_chunked`] with chunks of a few lines.
fn in_small_chunks(doc_id: &str, body: &str, out: &mut Vec<u8>) -> std::io::Result<usize> {
    raw_sentences_chunked(doc_id, body, 100, out)
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
        in_tiny_chunks,
        in_small_chunks,
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
        // a classic Mac OS body, and one whose first chunk alone would read as one
        "The minister said the deficit\rhad narrowed.\r\rPrices rose.\rWages fell.",
        "The minister said the deficit\rhad narrowed to 2\rper cent.\n\nPrices rose.",
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

/// Wrapped news lines in several scripts: combining marks (Devanagari, Vietnamese in NFD,
/// Hebrew niqqud, Arabic harakat), emoji sequences joined by ZWJ, CJK stops, bidi marks.
const SCRIPT_LINES: &[&str] = &[
    "Oil prices rose 5 pct on Monday, Mr. Smith said. The U.S. dollar fell",
    "against the yen as traders in Tokyo sold. “We expect more,” she said.",
    "قال الرئيس إن الأسعار ارتفعت. وأضاف أن الوضع مُسْتَقِرّ.",
    "प्रधानमंत्री ने कहा। कीमतें बढ़ीं। Prices rose.",
    "東京で株価が上昇した。市場は好調だ。 Shares rose 3%.",
    "Emoji 😀 and 👨\u{200d}👩\u{200d}👧 family. Next one 🇺🇸 flag.",
    "Cafe\u{301} owners said. Nguye\u{302}\u{303}n said prices rose.",
    "אָמַר דָּוִד.\u{200f} RTL mark.\u{200e} LTR mark. Done.\u{200b} Next.",
    "Acme Inc. said on Tuesday. Widget Corp. rose. The U.S. Army left.",
    "    Shr 33 cts vs 29 cts",
    "- airstrikes on Raqqa",
    "HEADING IN CAPITALS",
    "a very long line of wrapped newswire text that runs on and on past the usual width.",
];

/// Paragraphs of [`SCRIPT_LINES`] separated by `separator`, at least `bytes` long; `seed`
/// picks where in the lines each half begins.
fn script_paragraphs(bytes: usize, separator: &str, seed: usize) -> String {
    let mut text = String::new();
    let mut k = seed;
    while text.len() < bytes {
        if !text.is_empty() {
            text.push_str(separator);
        }
        let lines = 1 + k % 4;
        let paragraph: Vec<&str> = (0..lines)
            .map(|j| SCRIPT_LINES[(k * 7 + j * 3) % SCRIPT_LINES.len()])
            .collect();
        text.push_str(&paragraph.join("\n"));
        k += 1;
    }
    text
}

/// What stands at the middle of a large body, where a chunk may be cut: line ends of every
/// kind around the blank line, marks and markup that might reach across the cut.
const JUNCTIONS: &[&str] = &[
    "\n\n",
    "\r\n\n",
    "\r\n\r\n",
    "\n\r\n",
    "\n\n\n",
    "\n \n",
    "\n\r\n\n",
    "\n\n\r",
    "\u{200f}\n\n\u{200f}",
    "\u{200b}\n\n\u{200b}",
    "\n\n\u{feff}",
    "\n\n\u{301}",
    "\u{64b}\n\n\u{64b}",
    "😀\n\n😀",
    "<!-- an ad\n\nspanning -->",
    "</p>\n\n<p>",
    "&lt;p&gt;\n\n&lt;/p&gt;",
    "&#60;p&#62;\n\n",
    "x&#10;\n\n&#13;y",
    "&#x0A;\n\n&#x0D;",
    "\n=========\n\n---------\n",
    "\nWorld News.......5\n\nMarkets.......6\nSport......7\n",
    "\nWorld News.......5\nMarkets.......6\n\nSport......7\nArts.....8\n",
    "AT&amp;T\n\nR&amp;D",
    "<AMX>\n\n<Union Faith Ltd>",
    "<DIV\n\nCLASS=x>",
    "said. \\r\\n\n\n\\r\\n The",
    "word........\n\n........word",
    "\n    Net 5\n\n    Shr 3",
    "he said.”\n\n“Yes",
    "Mr.\n\nSmith",
    "Acme Inc.\n\nThe firm",
    "wrapped line \nnext\n\nshort \nline",
];

#[test]
fn large_bodies_cut_at_their_middle_give_the_table_rows() {
    // Each half is over 32 KiB, so that the whole is large enough for the chunked path,
    // with the junction as its middle blank line or as its only one (`agree` also cuts
    // the body at almost every blank line).
    for (k, junction) in JUNCTIONS.iter().enumerate() {
        for separator in ["\n\n", "\n"] {
            let first = script_paragraphs(33_000, separator, k);
            let second = script_paragraphs(33_000, separator, k + 5);
            let body = format!("{first}{junction}{second}");
            assert!(body.len() >= 1 << 16);
            agree(&body).unwrap_or_else(|e| panic!("junction {junction:?}: {e}"));
        }
    }
}

#[test]
fn large_bodies_of_blank_lines_repeats_and_one_paragraph_give_the_table_rows() {
    let lines = script_paragraphs(70_000, "\n", 3);
    for body in [
        "\n".repeat(100_000),
        "\r\n".repeat(50_000),
        "\n\n".repeat(100_000),
        "a.\n\n".repeat(20_000),
        "Mr. ".repeat(20_000),
        "Mr. Li said.\n\nIt rose.\r\n\n".repeat(3_000),
        "World News.......5\n\nMarkets.......6\n".repeat(3_000),
        format!("\u{feff}{lines}"),
        format!("\u{feff}\n\n{lines}"),
        format!("\n\n{lines}\n\n"),
        format!(
            "{}\n\n{}",
            &lines[..lines.len() / 2],
            &lines[lines.len() / 2..]
        ),
        lines.replace('\n', " "),
    ] {
        agree(&body).unwrap_or_else(|e| panic!("body of {} bytes: {e}", body.len()));
    }
}

#[test]
fn rows_of_a_large_body_number_on_and_point_into_its_text() {
    let body = format!(
        "{}\n\n{}",
        script_paragraphs(40_000, "\n\n", 1),
        script_paragraphs(40_000, "\n\n", 2)
    );
    let doc = Document::from_body("d", &body);
    let chars: Vec<char> = doc.text.chars().collect();
    let mut out = Vec::new();
    raw_sentences_chunked("d", &body, 1 << 12, &mut out).expect("writing to a Vec");
    let text = String::from_utf8(out).expect("UTF-8 rows");
    let mut last = (0, 0);
    for (k, line) in text.lines().enumerate() {
        let row: serde_json::Value = serde_json::from_str(line).expect("a JSON row");
        let at = |key: &str| row[key].as_u64().expect("a number") as usize;
        assert_eq!(row["sentence_id"], format!("d:s{}", k + 1));
        let (start, end, paragraph) = (at("start"), at("end"), at("paragraph"));
        let span: String = chars[start..end].iter().collect();
        assert_eq!(row["text"], span.as_str(), "row {line}");
        assert!(start >= last.0 && paragraph >= last.1, "row {line}");
        let para = &doc.paragraphs[paragraph];
        let para_start = doc.text[..para.start].chars().count();
        let para_end = doc.text[..para.end].chars().count();
        assert!(para_start <= start && end <= para_end, "row {line}");
        last = (end, paragraph);
    }
    assert!(last.1 > 10);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4))]

    /// News-like pieces at the middle of a body large enough to be cut into chunks: the
    /// blank line nearest the middle, and the markup and line ends around it, are theirs.
    #[test]
    fn large_bodies_with_anything_at_their_middle_give_the_table_rows(
        middle in newsy(),
        seed in 0usize..SCRIPT_LINES.len(),
        separator in prop::sample::select(vec!["\n\n", "\n", "\r\n\r\n"]),
    ) {
        let first = script_paragraphs(33_000, separator, seed);
        let second = script_paragraphs(33_000, separator, seed + 1);
        agree(&format!("{first}{middle}{second}"))?;
    }
}

/// Paragraphs in several scripts, each followed by one of the line ends and separators
/// a chunk may be cut next to.
fn mixed_body(bytes: usize) -> String {
    const PIECES: &[&str] = &[
        "Kiev said the talks in Vienna would go on next week.",
        "Президент заявил, что переговоры продолжатся.",
        "国务院今天宣布经济增长百分之五。",
        "\u{200f}قال الرئيس إن المحادثات ستستمر.\u{200f}",
        "Cafe\u{301} owners 👍 said 🇺🇦 prices rose 5 pct.",
        "The fund, he said,  \nrose by a third ",
    ];
    const ENDS: &[&str] = &[
        "\n\n",
        "\r\n\n",
        "\r\n\r\n",
        "\r\r",
        "\u{2028}\n\n",
        "\u{2029}",
        "\x0b\n\n",
        "\x0c\n\n",
        "\n\n\n",
        "  \n\n",
    ];
    let mut text = String::with_capacity(bytes + 64);
    for k in 0.. {
        let (piece, end) = (PIECES[k % PIECES.len()], ENDS[k % ENDS.len()]);
        if text.len() + piece.len() + end.len() > bytes {
            break;
        }
        text.push_str(piece);
        text.push_str(end);
    }
    let pad = bytes - text.len();
    text.push_str(&"x".repeat(pad));
    text
}

/// `sentences --raw FILE` reads a file of 256 KiB or more into a mapping and cuts a body
/// of 64 KiB or more into chunks for two threads: its rows are those of the same text as
/// a JSON Lines record, at sizes on either side of both thresholds.
#[test]
fn raw_files_on_either_side_of_the_thresholds_read_like_a_record() {
    let dir = tempfile::tempdir().expect("tempdir");
    for bytes in [
        (1 << 16) - 1,
        1 << 16,
        (1 << 18) - 1,
        1 << 18,
        (1 << 18) + 1,
    ] {
        let body = mixed_body(bytes);
        let raw = dir.path().join("story.txt");
        std::fs::write(&raw, &body).expect("write body");
        let record = dir.path().join("story.jsonl");
        let line = serde_json::json!({"id": "story", "text": body}).to_string();
        std::fs::write(&record, line + "\n").expect("write record");
        let rows = |args: &[&std::ffi::OsStr]| {
            let out = crate::harness::claimkit()
                .arg("sentences")
                .args(args)
                .assert()
                .success();
            out.get_output().stdout.clone()
        };
        let from_raw = rows(&["--raw".as_ref(), raw.as_os_str()]);
        let from_record = rows(&[record.as_os_str()]);
        assert!(from_raw.len() > bytes, "{bytes}: rows missing");
        assert!(from_raw == from_record, "{bytes}: rows differ");
    }
}
