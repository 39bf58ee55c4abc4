//! GUM news (Wikinews) attribution relations: does a system source overlap the
//! gold source, does a system content overlap the gold content EDU, and how
//! many system sources overlap some gold source (precision).
//! Gold offsets are code point offsets into each document's `text`.

use claimkit_core::{CharOffsets, Document};
use serde_json::Value;
use std::collections::HashMap;

const DIR: &str = "../../../shared/eval/attribution_gum_news";

fn span(v: &Value) -> (usize, usize) {
    let n = |k: &str| v.get(k).and_then(Value::as_u64).unwrap_or(0) as usize;
    (n("start"), n("end"))
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// System attributions with a source, per document: source span, content span (code
/// points) and source text.
type Found = Vec<((usize, usize), (usize, usize), String)>;

#[test]
fn gum_news_attributions() {
    let (Ok(docs), Ok(gold)) = (
        std::fs::read_to_string(format!("{DIR}/gum_news_docs.jsonl")),
        std::fs::read_to_string(format!("{DIR}/gum_news_attributions.jsonl")),
    ) else {
        claimkit_core::evaldata::skip(format!("{DIR} not found"));
        return;
    };
    let verbose = std::env::var_os("GUM_VERBOSE").is_some();
    let system = system_attributions(&docs);
    let (recall_hits, gold_sources) = recall(&gold, &system, verbose);
    let (sys_hits, sys_total) = precision(&system, &gold_sources, verbose);
    let Hits {
        total,
        source: source_hits,
        content: content_hits,
    } = recall_hits;
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    let recall = pct(source_hits, total);
    let content = pct(content_hits, total);
    let precision = pct(sys_hits, sys_total);
    println!("GUM news: {total} relations; source recall {source_hits}/{total} = {recall:.1}%, content overlap {content_hits}/{total} = {content:.1}%, precision {sys_hits}/{sys_total} = {precision:.1}%");
    // Measured 86.6 %, 83.0 %, 94.6 % on 2026-12-07 (95.4 % precision after the eighth
    // round of attribution rules, before "called X \"…\"" judgements; 86.2 %, 82.2 %,
    // 95.0 % before the seventh round); the targets are 90 %, 85 %, 95 %. A test set:
    // reported, never tuned on. 86.2 %, 82.6 %, 94.2 % since "According to the team's
    // coach, NAME, …" names NAME as the source with the description as the role, as a
    // verb frame always did ("The team's coach, NAME, said"); GUM marks the description,
    // so one relation is missed and one row unmatched. 94.3 % precision after the
    // seventeenth round (2026-12-07); 93.9 % (231/246) since the lexicon additions written
    // against the fourth outlets draw (images and videos as documents, outlets, company
    // name endings, "flat-out"): one row more, unmatched; which one was not looked up, as
    // GUM is a test set.
    assert!(recall >= 86.0, "source recall {recall:.1}% below 86.0%");
    assert!(content >= 82.5, "content overlap {content:.1}% below 82.5%");
    assert!(precision >= 93.5, "precision {precision:.1}% below 93.5%");
}

/// The attributions claimkit finds in every document of `docs` (JSON Lines), with the
/// document text (`GUM_DOC=id` prints those of one document).
fn system_attributions(docs: &str) -> HashMap<String, (String, Found)> {
    let mut system = HashMap::new();
    for line in docs.lines().filter(|l| !l.trim().is_empty()) {
        let d: Value = serde_json::from_str(line).expect("docs line is JSON");
        let id = d["doc"].as_str().unwrap_or_default().to_string();
        let text = d["text"].as_str().unwrap_or_default();
        let doc = Document::from_body(&id, text);
        assert_eq!(
            doc.text, text,
            "{id}: from_body changed the text, offsets would not line up"
        );
        let sentences = claimkit_segment::split_sentences(&doc.text, &doc.paragraphs);
        let offsets = CharOffsets::new(&doc.text);
        let all = claimkit_source::attributions(&doc.text, &sentences);
        if std::env::var("GUM_DOC").is_ok_and(|d| d == id) {
            for a in &all {
                let src = a.source.map_or("", |s| s.text(&doc.text));
                println!(
                    "[{src}] {} {} => {:?}",
                    a.source_type,
                    a.quote,
                    a.content.text(&doc.text)
                );
            }
        }
        let found = all
            .into_iter()
            .filter_map(|a| {
                let src = a.source?;
                Some((
                    offsets.span(src),
                    offsets.span(a.content),
                    src.text(&doc.text).to_string(),
                ))
            })
            .collect();
        system.insert(id, (doc.text.clone(), found));
    }
    system
}

/// Gold relations found: in all, with their source, and with their source and content.
#[derive(Default)]
struct Hits {
    total: usize,
    source: usize,
    content: usize,
}

/// How many gold relations the system finds, and the gold source spans of each document.
fn recall(
    gold: &str,
    system: &HashMap<String, (String, Found)>,
    verbose: bool,
) -> (Hits, HashMap<String, Vec<(usize, usize)>>) {
    let mut hits = Hits::default();
    let mut gold_sources: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let g: Value = serde_json::from_str(line).expect("gold line is JSON");
        let doc = g["doc"].as_str().unwrap_or_default();
        let sources: Vec<(usize, usize)> = g["sources"]
            .as_array()
            .map_or(Vec::new(), |s| s.iter().map(span).collect());
        gold_sources
            .entry(doc.to_string())
            .or_default()
            .extend(&sources);
        let content = span(&g["content_edu"]);
        let Some((_, found)) = system.get(doc) else {
            continue;
        };
        hits.total += 1;
        let src_ok = found
            .iter()
            .any(|(s, _, _)| sources.iter().any(|&g| overlaps(*s, g)));
        let content_ok = found
            .iter()
            .any(|(s, c, _)| overlaps(*c, content) && sources.iter().any(|&g| overlaps(*s, g)));
        hits.source += src_ok as usize;
        hits.content += content_ok as usize;
        if verbose && !(src_ok && content_ok) {
            println!(
                "miss{}{} {}: {:?} || {:?}",
                if src_ok { "" } else { " source" },
                if content_ok { "" } else { " content" },
                g["id"].as_str().unwrap_or_default(),
                g["attribution_edu"]["text"].as_str().unwrap_or_default(),
                g["content_edu"]["text"].as_str().unwrap_or_default()
            );
        }
    }
    (hits, gold_sources)
}

/// How many system sources overlap some gold source, of how many.
fn precision(
    system: &HashMap<String, (String, Found)>,
    gold_sources: &HashMap<String, Vec<(usize, usize)>>,
    verbose: bool,
) -> (usize, usize) {
    let (mut sys_total, mut sys_hits) = (0, 0);
    for (doc, (_, found)) in system {
        let gs = gold_sources.get(doc).cloned().unwrap_or_default();
        for (s, _, text) in found {
            sys_total += 1;
            if gs.iter().any(|&g| overlaps(*s, g)) {
                sys_hits += 1;
            } else if verbose {
                println!("extra {doc}: {text:?}");
            }
        }
    }
    (sys_hits, sys_total)
}
