//! The seed article's gold attributions, matched as `shared/gold/score.py`
//! matches them (type `attribution`; publication lines belong to the claims
//! stage, optional lines do not count).

use claimkit_core::evaldata::gold;
use claimkit_core::{read::parse_article, Attribution, CharOffsets, Span};
use serde_json::Value;
use std::path::Path;

const GOLD: &str = "../../../shared/gold/anti-isis-alliance-2015-11-17.jsonl";
const SEED: &str = "../../../shared/seeds/anti-isis-alliance-2015-11-17.txt";

fn norm(text: &str) -> String {
    gold::normalized(text).to_lowercase()
}

/// Code point spans of every occurrence of `needle` in `text`.
fn occurrences(text: &str, needle: &str) -> Vec<(usize, usize)> {
    let offsets = CharOffsets::new(text);
    gold::occurrences(text, needle)
        .into_iter()
        .map(|(start, end)| offsets.span(Span::new(start, end)))
        .collect()
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

fn contains(hay: &str, needle: &str) -> bool {
    norm(hay).contains(&norm(needle))
}

#[test]
fn seed_gold_attributions() {
    let (Ok(gold), Ok(seed)) = (std::fs::read_to_string(GOLD), std::fs::read_to_string(SEED))
    else {
        claimkit_core::evaldata::skip("gold or seed not found next to the workspace");
        return;
    };
    let doc = parse_article("anti-isis-alliance-2015-11-17", SEED, &seed)
        .unwrap()
        .document;
    let sentences = claimkit_segment::split_sentences(&doc.text, &doc.paragraphs);
    let found = claimkit_source::attributions(&doc.text, &sentences);
    let offsets = CharOffsets::new(&doc.text);
    let text = &doc.text;
    let s = |span: Option<Span>| span.map_or("", |s| s.text(text));
    print_attributions(text, &found);
    let (mut matched, mut total) = (0, 0);
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let g: Value = serde_json::from_str(line).unwrap();
        let field = |k: &str| g.get(k).and_then(Value::as_str);
        if field("type") != Some("attribution") || field("source_type") == Some("publication") {
            continue;
        }
        if g.get("optional").and_then(Value::as_bool) == Some(true) {
            continue;
        }
        total += 1;
        let occ = occurrences(text, field("content").unwrap_or(""));
        let mut detail = String::from("no attribution covering the content");
        let ok = found.iter().any(|a| {
            let cs = offsets.span(a.content);
            if !occ.iter().any(|&o| overlap(cs, o) * 10 >= 8 * (o.1 - o.0)) {
                return false;
            }
            let source = s(a.source);
            let resolved = a.resolved.as_deref().unwrap_or("");
            let g_source = field("source").unwrap_or("");
            let src_ok = contains(source, g_source)
                || (!resolved.is_empty()
                    && (norm(resolved) == norm(field("resolved").unwrap_or("")) || norm(resolved) == norm(g_source)));
            let mut bad = Vec::new();
            if !src_ok {
                bad.push("source");
            }
            if field("resolved").is_some_and(|r| !contains(resolved, r)) {
                bad.push("resolved");
            }
            if field("source_type").is_some_and(|t| t != a.source_type.as_str()) {
                bad.push("source_type");
            }
            if field("quote").is_some_and(|q| q != a.quote.as_str()) {
                bad.push("quote");
            }
            if field("via").is_some_and(|v| !contains(a.via.as_deref().unwrap_or(""), v)) {
                bad.push("via");
            }
            if bad.is_empty() {
                return true;
            }
            detail = format!("differs in {bad:?}: source={source:?} resolved={resolved:?} type={} quote={} via={:?}", a.source_type, a.quote, a.via);
            false
        });
        if ok {
            matched += 1;
        } else {
            println!("miss: {:?}: {detail}", field("content").unwrap_or(""));
        }
    }
    println!("seed attributions: {matched}/{total}");
    assert!(Path::new(SEED).exists());
    assert!(
        matched >= 25,
        "seed gold attributions {matched}/{total} below 25"
    );
}

/// Print every attribution found, one field after the other.
fn print_attributions(text: &str, found: &[Attribution]) {
    let s = |span: Option<Span>| span.map_or("", |s| s.text(text));
    for a in found {
        println!(
            "{:>3} {:?} [{}] resolved={:?} {} {} via={:?} role={:?} aff={:?}\n      {:?}",
            a.sentence,
            s(a.cue),
            s(a.source),
            a.resolved,
            a.source_type,
            a.quote,
            a.via,
            a.role,
            a.affiliation,
            a.content.text(text)
        );
    }
}
