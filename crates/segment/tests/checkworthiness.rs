//! Check-worthiness: scored tests on public sets and the hand-checked seed article, one unit
//! test per feature on a real news sentence, and an any-input property.
//!
//! The public sets are read in place from `../shared/eval/checkworthiness/` (see its
//! SOURCE.md); a test prints SKIPPED and passes when its file is missing. Quantities and
//! times come from `claimkit-measure`, as in the pipeline; a debate's date (from its file
//! name) stands for the publication date.
//!
//! `cargo test -p claimkit-segment --test checkworthiness -- --ignored fit_weights --nocapture`
//! refits the weight table on CLEF 2020 task 5 and prints it.

use claimkit_core::{Date, Reason, Sentence, Span};
use claimkit_segment::checkworthy::{self, assess, features, ClaimFacts, Feature};
use proptest::prelude::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn shared(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared")
        .join(rel)
}

fn read_shared(rel: &str) -> Option<String> {
    match std::fs::read_to_string(shared(rel)) {
        Ok(text) => Some(text),
        Err(e) => {
            println!("SKIPPED: cannot read ../shared/{rel}: {e}");
            None
        }
    }
}

/// Facts for a text standing alone: its quantities and resolved times.
fn facts_of(text: &str, published: Option<Date>) -> ClaimFacts {
    let sentences = [Sentence {
        span: Span::new(0, text.len()),
        paragraph: 0,
        truncated: false,
    }];
    ClaimFacts {
        quantities: claimkit_measure::quantities(text, &sentences).len(),
        resolved_times: claimkit_measure::times(text, &sentences, published)
            .iter()
            .filter(|t| t.start.is_some())
            .count(),
        ..ClaimFacts::default()
    }
}

/// One labelled sentence of a public set.
struct Labelled {
    group: String,
    text: String,
    label: bool,
    published: Option<Date>,
}

/// A debate file name's leading `YYYYMMDD` as a date.
fn date_of(file: &str) -> Option<Date> {
    let d = file.get(..8)?;
    format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..8])
        .parse()
        .ok()
}

fn load_clef(rel: &str) -> Option<Vec<Labelled>> {
    let text = read_shared(rel)?;
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let Ok(v) = serde_json::from_str::<Value>(line) else {
            panic!("{rel}:{}: not JSON", i + 1);
        };
        let (Some(file), Some(sentence), Some(label)) =
            (v["file"].as_str(), v["text"].as_str(), v["label"].as_i64())
        else {
            panic!("{rel}:{}: missing file, text or label", i + 1);
        };
        rows.push(Labelled {
            group: file.to_string(),
            text: sentence.to_string(),
            label: label == 1,
            published: date_of(file),
        });
    }
    Some(rows)
}

fn load_claimbuster() -> Option<Vec<Labelled>> {
    let rel = "eval/checkworthiness/claimbuster/two_class_test.json";
    let text = read_shared(rel)?;
    let Ok(Value::Array(items)) = serde_json::from_str::<Value>(&text) else {
        panic!("{rel}: not a JSON array");
    };
    Some(
        items
            .iter()
            .filter_map(|v| {
                Some(Labelled {
                    group: String::new(),
                    text: v["text"].as_str()?.to_string(),
                    label: v["label"].as_i64()? == 1,
                    published: None,
                })
            })
            .collect(),
    )
}

/// Mean over groups of the average precision of the ranking by score (ties keep line order).
fn mean_average_precision(rows: &[Labelled], scores: &[f64]) -> f64 {
    let mut groups: BTreeMap<&str, Vec<(f64, bool)>> = BTreeMap::new();
    for (row, &score) in rows.iter().zip(scores) {
        groups
            .entry(row.group.as_str())
            .or_default()
            .push((score, row.label));
    }
    let mut sum = 0.0;
    let mut n = 0;
    for ranked in groups.values_mut() {
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
        let (mut hits, mut precision_sum) = (0usize, 0.0);
        for (rank, (_, label)) in ranked.iter().enumerate() {
            if *label {
                hits += 1;
                precision_sum += hits as f64 / (rank + 1) as f64;
            }
        }
        if hits > 0 {
            sum += precision_sum / hits as f64;
            n += 1;
        }
    }
    sum / n.max(1) as f64
}

fn clef_map(rel: &str, floor: f64) {
    let Some(rows) = load_clef(rel) else { return };
    let scores: Vec<f64> = rows
        .iter()
        .map(|r| assess(&r.text, &facts_of(&r.text, r.published)).score)
        .collect();
    let map = mean_average_precision(&rows, &scores);
    println!("{rel}: MAP {map:.4} over {} sentences", rows.len());
    assert!(map >= floor, "MAP {map:.4} below {floor}");
}

#[test]
fn clef2019_task1_map() {
    clef_map("eval/checkworthiness/clef2019_task1_test.jsonl", 0.09);
}

#[test]
fn clef2020_task5_map() {
    clef_map("eval/checkworthiness/clef2020_task5_test.jsonl", 0.0);
}

#[test]
fn claimbuster_f1() {
    let Some(rows) = load_claimbuster() else {
        return;
    };
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for r in &rows {
        let v = assess(&r.text, &facts_of(&r.text, r.published));
        match (v.checkworthy, r.label) {
            (true, true) => tp += 1,
            (true, false) => fp += 1,
            (false, true) => fn_ += 1,
            (false, false) => {}
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    let f1 = 2.0 * precision * recall / (precision + recall).max(f64::MIN_POSITIVE);
    println!(
        "ClaimBuster two-class test: F1 {f1:.4} (P {precision:.3}, R {recall:.3}) over {} sentences",
        rows.len()
    );
    assert!(f1 >= 0.75, "F1 {f1:.4} below 0.75");
}

/// Logistic regression with balanced class weights and L2, on CLEF 2020 task 5. Prints the
/// weight table; `Attributed` and `DirectQuote` never fire in debates and keep their
/// hand-set weights.
#[test]
#[ignore]
fn fit_weights() {
    let Some(rows) = load_clef("eval/checkworthiness/clef2020_task5_test.jsonl") else {
        return;
    };
    let xs: Vec<[f64; features::N_FEATURES]> = rows
        .iter()
        .map(|r| features::extract(&r.text, &facts_of(&r.text, r.published)).0)
        .collect();
    let positives = rows.iter().filter(|r| r.label).count() as f64;
    let negatives = rows.len() as f64 - positives;
    let (wp, wn) = (0.5 / positives, 0.5 / negatives);
    let lambda = 0.001;
    let mut w = [0.0; features::N_FEATURES];
    let mut b = 0.0;
    let mut m = [0.0; features::N_FEATURES + 1];
    let mut v = [0.0; features::N_FEATURES + 1];
    for step in 1..=3000 {
        let mut g = [0.0; features::N_FEATURES + 1];
        for (x, r) in xs.iter().zip(&rows) {
            let z = b + w.iter().zip(x).map(|(a, b)| a * b).sum::<f64>();
            let p = 1.0 / (1.0 + (-z).exp());
            let (y, c) = if r.label { (1.0, wp) } else { (0.0, wn) };
            let e = c * (p - y);
            for (gi, xi) in g.iter_mut().zip(x) {
                *gi += e * xi;
            }
            g[features::N_FEATURES] += e;
        }
        for i in 0..features::N_FEATURES {
            g[i] += lambda * w[i];
        }
        for i in 0..=features::N_FEATURES {
            m[i] = 0.9 * m[i] + 0.1 * g[i];
            v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
            let mh = m[i] / (1.0 - 0.9f64.powi(step));
            let vh = v[i] / (1.0 - 0.999f64.powi(step));
            let d = 0.05 * mh / (vh.sqrt() + 1e-8);
            if i < features::N_FEATURES {
                w[i] -= d;
            } else {
                b -= d;
            }
        }
    }
    println!("pub const BIAS: f64 = {b:.2};");
    for f in Feature::ALL {
        println!("    (Feature::{f:?}, {:.2}),", w[f as usize]);
    }
}

// ---- the seed article ----

/// Every `checkworthy` line of the seed gold, as the fragment and as its whole sentence.
#[test]
fn seed_gold_checkworthy() {
    let Some(gold) = read_shared("gold/anti-isis-alliance-2015-11-17.jsonl") else {
        return;
    };
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../datasets/articles/anti-isis-alliance-2015-11-17.txt");
    let Ok(content) = std::fs::read_to_string(&path) else {
        println!("SKIPPED: no seed article at {}", path.display());
        return;
    };
    let loaded = claimkit_core::read::parse_article(
        "anti-isis-alliance-2015-11-17",
        "anti-isis-alliance-2015-11-17.txt",
        &content,
    )
    .expect("seed article parses");
    let doc = loaded.document;
    let text = doc.text.as_str();
    let sentences = claimkit_segment::split_sentences(text, &doc.paragraphs);
    let quantities = claimkit_measure::quantities(text, &sentences);
    let times = claimkit_measure::times(text, &sentences, doc.published);
    let facts_in = |span: Span, attributed: bool| ClaimFacts {
        quantities: quantities
            .iter()
            .filter(|q| q.span.start >= span.start && q.span.end <= span.end)
            .count(),
        resolved_times: times
            .iter()
            .filter(|t| t.start.is_some() && t.span.start >= span.start && t.span.end <= span.end)
            .count(),
        attributed,
        direct_quote: false,
    };

    let fold = |s: &str| s.replace('’', "'");
    let (mut right, mut total) = (0, 0);
    let mut wrong = Vec::new();
    for line in gold.lines() {
        let Ok(v) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        if v["type"] != "checkworthy" {
            continue;
        }
        let (Some(want_text), Some(label)) = (v["text"].as_str(), v["label"].as_bool()) else {
            continue;
        };
        let folded = fold(text);
        let Some(start) = folded.find(&fold(want_text)) else {
            panic!("gold text not in the seed article: {want_text:?}");
        };
        // `’` and `'` differ in length: map the folded offset back to the original text.
        let start = text
            .char_indices()
            .nth(folded[..start].chars().count())
            .map_or(start, |(i, _)| i);
        let end = start
            + text[start..]
                .char_indices()
                .nth(want_text.chars().count())
                .map_or(text.len() - start, |(i, _)| i);
        let fragment = Span::new(start, end);
        let sentence = sentences
            .iter()
            .find(|s| s.span.start <= start && start < s.span.end)
            .map_or(fragment, |s| s.span);
        let attributed = fragment.text(text).contains("officials said");
        for (what, span) in [("fragment", fragment), ("sentence", sentence)] {
            let claim = span.text(text);
            let v = assess(claim, &facts_in(span, attributed));
            total += 1;
            if v.checkworthy == label {
                right += 1;
            } else {
                wrong.push(format!(
                    "{what} want {label}, score {:.3} {:?}: {claim}",
                    v.score, v.reasons
                ));
            }
        }
    }
    println!("seed gold checkworthy: {right}/{total} (fragments and whole sentences)");
    for w in &wrong {
        println!("  wrong: {w}");
    }
    assert!(total > 0, "no checkworthy lines in the seed gold");
    assert!(wrong.is_empty(), "{} wrong", wrong.len());
}

// ---- one test per feature, on real news sentences ----

fn fires(text: &str, facts: ClaimFacts, feature: Feature) -> bool {
    features::extract(text, &facts).get(feature) > 0.0
}

const NO_FACTS: ClaimFacts = ClaimFacts {
    quantities: 0,
    resolved_times: 0,
    attributed: false,
    direct_quote: false,
};

#[test]
fn quantity_time_and_attribution_come_from_the_facts() {
    let text = "Russia conducted between 12 and 20 strikes Tuesday";
    let facts = ClaimFacts {
        quantities: 1,
        resolved_times: 1,
        attributed: true,
        direct_quote: false,
    };
    let v = assess(text, &facts);
    assert!(v.checkworthy);
    assert_eq!(
        v.reasons,
        [
            Reason::Quantity,
            Reason::Time,
            Reason::Attributed,
            Reason::NamedEntity,
            Reason::EventVerb
        ]
    );
    assert!(assess(text, &facts).score > assess(text, &NO_FACTS).score);
}

#[test]
fn reporting_cue() {
    let text =
        "Russia has been a constructive partner, according to the Russian news agency Interfax.";
    assert!(fires(text, NO_FACTS, Feature::ReportingCue));
    assert!(fires(
        "U.S. officials said Russia conducted strikes",
        NO_FACTS,
        Feature::ReportingCue
    ));
    assert!(!fires(
        "Russia conducted strikes",
        NO_FACTS,
        Feature::ReportingCue
    ));
}

#[test]
fn named_entities_and_acronyms() {
    let text = "NATO Secretary-General Jens Stoltenberg on Tuesday sounded notes of caution.";
    let values = features::extract(text, &NO_FACTS);
    assert!(values.get(Feature::NamedEntity) > 0.0);
    // A sentence-initial capital alone is not a name.
    assert!(!fires(
        "Cooperation was nearly unthinkable.",
        NO_FACTS,
        Feature::NamedEntity
    ));
    assert!(fires(
        "Washington's allies have split over the U.S.",
        NO_FACTS,
        Feature::NamedEntity
    ));
}

#[test]
fn past_event_verbs() {
    assert!(fires(
        "France launched a third round of airstrikes Tuesday night.",
        NO_FACTS,
        Feature::EventVerb
    ));
    assert!(fires(
        "Waves of Russian warplanes struck the same area.",
        NO_FACTS,
        Feature::EventVerb
    ));
    assert!(!fires(
        "Some leaders remain uneasy and concerned.",
        NO_FACTS,
        Feature::EventVerb
    ));
}

#[test]
fn statistics_words() {
    assert!(fires(
        "Unemployment is at its highest level since the Depression.",
        NO_FACTS,
        Feature::Statistic
    ));
}

#[test]
fn modal_and_hedge() {
    assert!(fires(
        "The effort could yet dissolve.",
        NO_FACTS,
        Feature::ModalVerb
    ));
    let text = "The position seems to signal an emerging fissure in the Iranian-Russian alliance.";
    assert!(fires(text, NO_FACTS, Feature::Hedge));
    assert!(assess(text, &NO_FACTS).reasons.contains(&Reason::Modal));
    // "appearance" is a noun, not the hedge "appears".
    assert!(!fires(
        "It accentuated the appearance of common cause.",
        NO_FACTS,
        Feature::Hedge
    ));
}

#[test]
fn opinion() {
    let text = "A short time ago, cooperation was nearly unthinkable.";
    assert!(fires(text, NO_FACTS, Feature::Opinion));
    assert!(!assess(text, &NO_FACTS).checkworthy);
}

#[test]
fn prediction() {
    assert!(fires(
        "The attack likely will add to a national discussion over the country's role.",
        NO_FACTS,
        Feature::Prediction
    ));
    assert!(fires(
        "We're going to cut taxes.",
        NO_FACTS,
        Feature::Prediction
    ));
    assert!(fires(
        "We’ll want to make sure this is coupled with cooperation.",
        NO_FACTS,
        Feature::Prediction
    ));
}

#[test]
fn question() {
    let text = "What is the U.S. going to do about Syria?";
    assert!(fires(text, NO_FACTS, Feature::Question));
    assert!(assess(text, &NO_FACTS).reasons.contains(&Reason::Question));
    assert!(!assess(text, &NO_FACTS).checkworthy);
}

#[test]
fn chit_chat_and_personal() {
    let text = "Thank you all for being here tonight.";
    assert!(fires(text, NO_FACTS, Feature::ChitChat));
    assert!(!assess(text, &NO_FACTS).checkworthy);
    assert!(fires("I think you know that.", NO_FACTS, Feature::Personal));
}

#[test]
fn nothing_verifiable_and_short() {
    let text = "That is something that we very much want to see.";
    assert!(fires(text, NO_FACTS, Feature::NothingVerifiable));
    assert!(fires("Not at all.", NO_FACTS, Feature::Short));
    let v = assess(text, &NO_FACTS);
    assert!(!v.checkworthy);
    assert!(v.reasons.contains(&Reason::NothingVerifiable));
}

#[test]
fn weight_table_covers_every_feature_once() {
    for f in Feature::ALL {
        let n = checkworthy::weights::WEIGHTS
            .iter()
            .filter(|(g, _)| *g == f)
            .count();
        assert_eq!(n, 1, "{f:?} must have exactly one weight");
    }
    assert!((0.0..=1.0).contains(&checkworthy::weights::THRESHOLD));
}

proptest! {
    #[test]
    fn any_text_scores_in_unit_range_and_deterministically(
        text in "\\PC{0,200}",
        quantities in 0usize..5,
        resolved_times in 0usize..5,
        attributed: bool,
        direct_quote: bool,
    ) {
        let facts = ClaimFacts { quantities, resolved_times, attributed, direct_quote };
        let a = assess(&text, &facts);
        prop_assert!((0.0..=1.0).contains(&a.score));
        prop_assert_eq!(a.checkworthy, a.score >= checkworthy::weights::THRESHOLD);
        prop_assert!(a.reasons.windows(2).all(|w| w[0] < w[1]));
        prop_assert_eq!(a, assess(&text, &facts));
    }
}
