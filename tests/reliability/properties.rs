//! Any-input properties: every stage keeps its spans inside the text and on
//! character boundaries, whatever the text (proptest).

use super::*;

fn assert_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} out of bounds"
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} not on char boundaries"
    );
}

/// Every stage on `doc`: spans in bounds and on char boundaries; sentences
/// sorted and non-overlapping; quantities and times sorted; rows pushed.
pub(super) fn check_invariants(doc: &Document) {
    let text = doc.text.as_str();
    let analysis = claimkit::analyze(doc);
    let mut last_end = 0;
    for s in &analysis.sentences {
        assert_span(text, s.span, "sentence");
        assert!(
            s.span.start >= last_end,
            "sentences overlap at {:?}",
            s.span
        );
        last_end = s.span.end;
    }
    for (what, spans) in [
        (
            "quantity",
            analysis
                .quantities
                .iter()
                .map(|q| q.span)
                .collect::<Vec<_>>(),
        ),
        ("time", analysis.times.iter().map(|t| t.span).collect()),
        ("claim", analysis.claims.iter().map(|c| c.span).collect()),
    ] {
        for pair in spans.windows(2) {
            assert!(
                pair[0].start <= pair[1].start,
                "{what}s not sorted: {pair:?}"
            );
        }
        for span in spans {
            assert_span(text, span, what);
        }
    }
    for a in &analysis.attributions {
        assert!(a.sentence < analysis.sentences.len());
        assert_span(text, a.content, "attribution content");
        a.source
            .into_iter()
            .for_each(|s| assert_span(text, s, "source"));
        a.cue.into_iter().for_each(|s| assert_span(text, s, "cue"));
    }
    let mut tables = Tables::default();
    tables.push(doc, &analysis);
}

/// Text made of news pieces, odd white space and odd characters.
fn mixed_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "U.S.",
        "said",
        "12",
        "20",
        "between",
        "and",
        "strikes",
        "Tuesday",
        "last month",
        "Mr.",
        "he",
        "“",
        "”",
        "\"",
        "'",
        "—",
        "-",
        "(",
        ")",
        ".",
        "?!",
        "...",
        "\n",
        "\n\n",
        "\r\n",
        "\t",
        "\u{a0}",
        "\u{2028}",
        "\u{feff}",
        "1,200",
        "3.5%",
        "$1.5 billion",
        "Nov. 17, 2015",
        "2015-11-17",
        "1980s",
        "a third",
        "according to",
        "é",
        "€",
        "𝄞",
        "e\u{301}",
        "١٢",
        "%",
        "$",
        "½",
        "",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

/// One line of an article: news English, non-Latin scripts, emoji and
/// combining marks at its start, middle and end, datelines and bylines.
fn article_line() -> impl Strategy<Value = String> {
    let starts = prop::sample::select(vec![
        "",
        "By ",
        "Бy ",
        "Привет",
        "Γεια",
        "مرحبا",
        "שלום",
        "😀😀",
        "北京",
        "e\u{301}",
        "\u{feff}",
        "Updated ",
        "Nov. 17, 2015",
        "Feb. 30, 2015",
        "31/02/2015",
        "0000-01-01",
        "- ",
        "1. ",
        "“",
        "\t",
        " ",
    ]);
    (
        starts,
        mixed_text(),
        prop::sample::select(vec!["", ".", "😀", "ж", "”", ":"]),
    )
        .prop_map(|(a, b, c)| format!("{a}{b}{c}"))
}

/// A multi-line article whose lines (title, byline, dateline, body) may each
/// be non-ASCII in any position, with any line ends.
fn multiline_article() -> impl Strategy<Value = String> {
    let ends = prop::sample::select(vec!["\n", "\r\n", "\r", "\n\n", "\n \n"]);
    prop::collection::vec((article_line(), ends), 1..12).prop_map(|lines| {
        lines
            .into_iter()
            .map(|(line, end)| line + end)
            .collect::<String>()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Issue 16: a second line opening with two 2-byte characters panicked
    /// the reader; every stage must hold on such articles.
    #[test]
    fn multiline_articles_with_non_ascii_lines_anywhere_keep_every_invariant(
        article in multiline_article(),
    ) {
        for as_file in ["p.txt", "p.jsonl"] {
            for loaded in read_documents(Path::new(as_file), article.as_bytes()).flatten() {
                check_invariants(&loaded.document);
            }
        }
        let record = serde_json::json!({"id": "p", "title": article, "text": article});
        for loaded in parse_jsonl("p.jsonl", record.to_string().as_bytes()).into_iter().flatten() {
            check_invariants(&loaded.document);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn streaming_reader_matches_in_memory_on_any_bytes(
        b in prop::collection::vec(any::<u8>(), 0..600),
        capacity in 1usize..16,
    ) {
        // A tiny buffer makes every line cross buffer boundaries.
        let reader = std::io::BufReader::with_capacity(capacity, &b[..]);
        let streamed: Vec<String> = JsonlRecords::new("p.jsonl", reader)
            .map(|r| r.map(|l| l.document.text).unwrap_or_else(|e| e.to_string()))
            .collect();
        let whole: Vec<String> = parse_jsonl("p.jsonl", &b)
            .into_iter()
            .map(|r| r.map(|l| l.document.text).unwrap_or_else(|e| e.to_string()))
            .collect();
        prop_assert_eq!(streamed, whole);
        let _ = read_documents(Path::new("p.txt"), &b[..]).count();
    }

    #[test]
    fn readers_never_panic_on_jsonl_shaped_bytes(
        s in mixed_text(),
        title in prop::option::of(any::<i64>()),
        junk in prop::collection::vec(any::<u8>(), 0..20),
    ) {
        let mut record = serde_json::json!({"id": "p", "text": s});
        if let Some(t) = title {
            record["title"] = serde_json::json!(t);
        }
        let mut bytes = record.to_string().into_bytes();
        bytes.push(b'\n');
        bytes.extend_from_slice(&junk);
        for result in parse_jsonl("p.jsonl", &bytes) {
            if let Err(e) = result {
                prop_assert!(e.to_string().starts_with("p.jsonl"));
            }
        }
    }

    #[test]
    fn every_stage_keeps_its_invariants_on_mixed_text(s in mixed_text()) {
        check_invariants(&Document::from_body("p", &s));
        let mut doc = Document::from_body("p", &s);
        doc.published = Date::new(2015, 11, 17).ok();
        check_invariants(&doc);
    }

    #[test]
    fn every_stage_keeps_its_invariants_on_any_text(s in any::<String>()) {
        check_invariants(&Document::from_body("p", &s));
    }
}
