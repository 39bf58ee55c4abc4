//! Scored tests against public sentence-boundary suites and the hand-checked seed article.
//!
//! Each suite case's input becomes a document the way the pipeline reads raw text
//! ([`Document::from_body`]). The reader removes markup residue (tags, entities, rulers, dot
//! leaders, a literal `\r\n`; see `claimkit_core::markup`) and tells a hard wrap from a
//! line the writer ended (a heading, a list line, a line that could have held the next
//! word; see `claimkit_core::normalize`); a kept line end is a sentence boundary. The
//! floors below are the scores over **all** cases, guarding against regressions; the
//! report also prints the cases a span segmenter can reach, for information:
//!
//! * *rewritten*: an expected sentence is not in the input text (letters joined across
//!   lines, `W\nA\nRN\nI\nNG` → `WARNING`; backquotes replaced): a segmenter that returns
//!   spans cannot produce it;
//! * *deleted*: every expected sentence is in the input, but together they leave out some of
//!   its text (a lone page number);
//! * *line-dependent*: a sentence other than the last has no terminal punctuation and the
//!   input has line breaks, so only the line break ends it.
//!
//! The cases left failing on purpose are news conventions or other suites' rules:
//!
//! * a quotation with a statement in it is split at each sentence end, as news gold splits it
//!   (GUM/Wikinews: `"It's Warhol. He is a legend."` is two sentences); the suites keep
//!   whole quotations of Alice in Wonderland (`"… at tea-time. Dinah, my dear, …!"`,
//!   ps-en-094..097, pysbd-clean-091..093 and 116) and a quoted herbal (`‘… dragon’s blood.
//!   It grows …’`, ps-en-120, pysbd-clean-107) as one sentence;
//! * pySBD keeps `vertex in X. If X = …` together, against Golden Rule 45 (`you and I. Did`),
//!   and `information.As` together, against Golden Rule 52 (`world.Today`);
//! * pySBD's character-span cases on French text split stray dots (`reste .`, `.`, `..`;
//!   punctuation alone is no sentence here) and end a spaced `...` before
//!   `Logiquement`; a spaced three-dot ellipsis is an omission here ("the thing is . . . I
//!   didn’t mean it", Golden Rule 50), and in newswire about half of the ` ... Capital` cases
//!   go on mid-sentence (Reuters-21578: `"It is ... Doubtful that…"`, `by the ... Agreement`);
//! * letters are never joined or rewritten (`W A RN I NG`, backquotes), and a lone number
//!   on a line (`3`, a page number to pragmatic_segmenter) is kept: it may be a figure.
//!
//! Reached: Golden Rules 52/52, pragmatic_segmenter extra 120/129 (93.0 %), pySBD extra
//! 134/148 (90.5 %).

use claimkit_core::Document;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn shared(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared")
        .join(rel)
}

/// Runs of white space folded to one space, ends trimmed.
fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn segment(text: &str) -> Vec<String> {
    let doc = Document::from_body("case", text);
    claimkit_segment::split_sentences(&doc.text, &doc.paragraphs)
        .iter()
        .map(|s| fold(s.span.text(&doc.text)))
        .collect()
}

/// True when `sentence` ends with terminal punctuation, before closing quotes and brackets.
fn ends_with_terminal(sentence: &str) -> bool {
    sentence
        .trim_end_matches(['"', '\'', ')', ']', '’', '”'])
        .ends_with(['.', '?', '!', '…', '．', '。'])
}

/// Why a case is out of reach of a span segmenter behind the pipeline's unwrapping.
fn out_of_reach(text: &str, want: &[String]) -> Option<&'static str> {
    let folded = fold(text);
    if want.iter().any(|s| !folded.contains(s.as_str())) {
        return Some("rewritten");
    }
    let non_space = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    if non_space(text) != want.iter().map(|s| non_space(s)).collect::<String>() {
        return Some("deleted");
    }
    let unterminated = want[..want.len().saturating_sub(1)]
        .iter()
        .any(|s| !ends_with_terminal(s));
    (unterminated && text.trim().contains('\n')).then_some("line-dependent")
}

/// A suite's score: all cases, and the cases within reach.
struct Score {
    passed: usize,
    total: usize,
    passed_in_reach: usize,
    in_reach: usize,
}

/// Score one JSONL suite, printing each failure.
fn score(file: &str) -> Option<Score> {
    let path = shared("eval/sentence_golden_rules").join(file);
    let Ok(content) = std::fs::read_to_string(&path) else {
        claimkit_core::evaldata::skip(format!(
            "{} not found (the shared eval folder is missing)",
            path.display()
        ));
        return None;
    };
    let mut score = Score {
        passed: 0,
        total: 0,
        passed_in_reach: 0,
        in_reach: 0,
    };
    for line in content.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).expect("suite line is JSON");
        let text = case["text"].as_str().expect("case has text");
        let want: Vec<String> = case["sentences"]
            .as_array()
            .expect("case has sentences")
            .iter()
            .filter_map(Value::as_str)
            .map(fold)
            .filter(|s| !s.is_empty())
            .collect();
        let got = segment(text);
        let reach = out_of_reach(text, &want);
        let ok = got == want;
        score.total += 1;
        score.passed += usize::from(ok);
        if reach.is_none() {
            score.in_reach += 1;
            score.passed_in_reach += usize::from(ok);
        }
        if !ok {
            let why = reach.map_or(String::new(), |r| format!(" ({r})"));
            println!("FAIL {}{why}:\n  got  {got:?}\n  want {want:?}", case["id"]);
        }
    }
    Some(score)
}

fn percent(part: usize, whole: usize) -> f64 {
    100.0 * part as f64 / whole.max(1) as f64
}

fn report(name: &str, file: &str) -> Option<Score> {
    let s = score(file)?;
    println!(
        "{name}: {}/{} ({:.1} %) of all cases; {}/{} ({:.1} %) of the cases within reach",
        s.passed,
        s.total,
        percent(s.passed, s.total),
        s.passed_in_reach,
        s.in_reach,
        percent(s.passed_in_reach, s.in_reach)
    );
    Some(s)
}

/// The extra suites: the goal is 90 % of all cases; the floors are the scores reached over
/// all cases (the cases within reach are reported, not asserted).
fn assert_extra(s: &Score, floor_all: f64) {
    assert!(
        percent(s.passed, s.total) >= floor_all,
        "{}/{}",
        s.passed,
        s.total
    );
}

#[test]
fn golden_rules_all_52() {
    let Some(s) = report("Golden Rules", "golden_rules_en.jsonl") else {
        return;
    };
    assert_eq!(s.total, 52);
    assert_eq!(s.passed, 52, "Golden Rules {}/52", s.passed);
}

#[test]
fn pragmatic_segmenter_extra_at_least_90_percent() {
    let Some(s) = report(
        "pragmatic_segmenter extra",
        "pragmatic_segmenter_english_spec_extra.jsonl",
    ) else {
        return;
    };
    assert_extra(&s, 93.0);
}

#[test]
fn pysbd_extra_at_least_90_percent() {
    let Some(s) = report("pySBD extra", "pysbd_english_extra.jsonl") else {
        return;
    };
    assert_extra(&s, 90.5);
}

#[test]
fn seed_article_has_48_sentences_and_every_gold_sentence() {
    let seed = shared("seeds/anti-isis-alliance-2015-11-17.txt");
    let gold = shared("gold/anti-isis-alliance-2015-11-17.jsonl");
    let (Ok(content), Ok(gold)) = (
        std::fs::read_to_string(&seed),
        std::fs::read_to_string(&gold),
    ) else {
        claimkit_core::evaldata::skip("seed article or gold file not found under ../shared");
        return;
    };
    let doc = claimkit_core::read::parse_article("anti-isis-alliance-2015-11-17", "seed", &content)
        .expect("seed parses")
        .document;
    let sentences = claimkit_segment::split_sentences(&doc.text, &doc.paragraphs);
    let texts: Vec<String> = sentences
        .iter()
        .map(|s| fold(s.span.text(&doc.text)))
        .collect();
    for (s, t) in sentences.iter().zip(&texts) {
        println!("{}{t}", if s.truncated { "[truncated] " } else { "" });
    }
    let mut missing = Vec::new();
    let mut checked = 0;
    for line in gold.lines().filter(|l| l.contains("\"sentence\"")) {
        let item: Value = serde_json::from_str(line).expect("gold line is JSON");
        if item["type"] != "sentence" {
            continue;
        }
        checked += 1;
        let want = fold(item["text"].as_str().expect("sentence has text"));
        if !texts.contains(&want) {
            missing.push(want);
        }
    }
    println!(
        "seed: {} sentences; gold sentences matched {}/{checked}",
        texts.len(),
        checked - missing.len()
    );
    assert!(missing.is_empty(), "gold sentences not found: {missing:#?}");
    assert_eq!(texts.len(), 48);
    assert_eq!(sentences.iter().filter(|s| s.truncated).count(), 5);
}

#[test]
fn hard_wrapped_list_items_are_sentences_after_unwrapping() {
    let doc = Document::from_body(
        "list",
        "The allies agreed on three points:\n- airstrikes on\n  Raqqa\n- talks in Vienna\n\nCountries supportive of the rebels\n- Turkey and Qatar - want an exit date.",
    );
    let sentences: Vec<String> = claimkit_segment::split_sentences(&doc.text, &doc.paragraphs)
        .iter()
        .map(|s| s.span.text(&doc.text).to_string())
        .collect();
    assert_eq!(
        sentences,
        [
            "The allies agreed on three points:",
            "- airstrikes on Raqqa",
            "- talks in Vienna",
            "Countries supportive of the rebels - Turkey and Qatar - want an exit date."
        ]
    );
}
