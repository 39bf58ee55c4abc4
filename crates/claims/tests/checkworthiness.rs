//! Check-worthiness: scored tests on public sets and the hand-checked seed article, one unit
//! test per feature on a real news sentence, and an any-input property.
//!
//! The public sets are read in place from `../shared/eval/checkworthiness/` (see its
//! SOURCE.md); a test prints SKIPPED and passes when its file is missing (fails under CLAIMKIT_REQUIRE_EVAL=1). Quantities and
//! times come from `claimkit-measure`, as in the pipeline; a debate's date (from its file
//! name) stands for the publication date.
//!
//! `cargo test --release -p claimkit-claims --test checkworthiness -- --ignored fit_weights
//! --nocapture` refits the weight table on CLEF 2020 task 5 and prints it with the scores of
//! the fitted and the current table on every set. `CW_WARM=1` starts from the current table
//! instead of [`HAND_SET`], `CW_STEPS=0.25,0.1` sets the coordinate steps, `CW_DUMP=path`
//! writes every sentence's features and score as TSV.

use claimkit_claims::checkworthy::{self, assess, features, ClaimFacts, Feature};
use claimkit_core::{Date, Reason, Sentence, Span};
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
            claimkit_core::evaldata::skip(format!("cannot read ../shared/{rel}: {e}"));
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
        quantities: claimkit_measure::quantities(text).len(),
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
    let facts: Vec<ClaimFacts> = rows
        .iter()
        .map(|r| facts_of(&r.text, r.published))
        .collect();
    let clock = std::time::Instant::now();
    let scores: Vec<f64> = rows
        .iter()
        .zip(&facts)
        .map(|(r, f)| assess(&r.text, f).score)
        .collect();
    let elapsed = clock.elapsed().as_secs_f64();
    let map = mean_average_precision(&rows, &scores);
    println!(
        "{rel}: MAP {map:.4} over {} sentences ({:.0} sentences/s scored)",
        rows.len(),
        rows.len() as f64 / elapsed.max(1e-9)
    );
    assert!(map >= floor, "MAP {map:.4} below {floor}");
}

#[test]
fn clef2019_task1_map() {
    clef_map("eval/checkworthiness/clef2019_task1_test.jsonl", 0.10);
}

#[test]
fn clef2020_task5_map() {
    clef_map("eval/checkworthiness/clef2020_task5_test.jsonl", 0.09);
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

type Vector = [f64; features::N_FEATURES];

/// Feature vectors of a set's rows.
fn vectors(rows: &[Labelled]) -> Vec<Vector> {
    rows.iter()
        .map(|r| features::extract(&r.text, &facts_of(&r.text, r.published)).0)
        .collect()
}

fn linear_score(w: &Vector, b: f64, x: &Vector) -> f64 {
    let z = b + w.iter().zip(x).map(|(a, b)| a * b).sum::<f64>();
    1.0 / (1.0 + (-z).exp())
}

/// F1 of the positive class at `threshold`.
fn f1_at(rows: &[Labelled], scores: &[f64], threshold: f64) -> f64 {
    let (mut tp, mut fp, mut fn_) = (0.0f64, 0.0f64, 0.0f64);
    for (r, &s) in rows.iter().zip(scores) {
        match (s >= threshold, r.label) {
            (true, true) => tp += 1.0,
            (true, false) => fp += 1.0,
            (false, true) => fn_ += 1.0,
            _ => {}
        }
    }
    2.0 * tp / (2.0 * tp + fp + fn_).max(1.0)
}

/// The hand-set weights the fit starts from, in [`Feature::ALL`] order.
const HAND_SET: [(Feature, f64); features::N_FEATURES] = [
    (Feature::Quantity, 1.5),
    (Feature::Time, 0.8),
    (Feature::Attributed, 0.5),
    (Feature::ReportingCue, 0.3),
    (Feature::NamedEntity, 1.0),
    (Feature::EventVerb, 1.0),
    (Feature::Statistic, 1.0),
    (Feature::PublicRecord, 1.0),
    (Feature::Length, 1.0),
    (Feature::ModalVerb, -1.5),
    (Feature::Hedge, -1.5),
    (Feature::Opinion, -1.0),
    (Feature::Prediction, -1.5),
    (Feature::Question, -1.5),
    (Feature::Personal, -0.5),
    (Feature::ChitChat, -1.0),
    (Feature::DirectQuote, -0.3),
    (Feature::NothingVerifiable, -1.0),
    (Feature::Short, -1.0),
];

/// The side a feature stands on (1 for check-worthiness, -1 against) and the least weight
/// it keeps there: the features the issue names as evidence keep at least 0.5, and modality,
/// prediction and questions at least 1, so that a fit on debates cannot switch off what news
/// text needs (a modal verb, a resolved time).
fn direction(feature: Feature) -> (f64, f64) {
    match feature {
        Feature::Quantity
        | Feature::Time
        | Feature::Attributed
        | Feature::NamedEntity
        | Feature::EventVerb => (1.0, 0.5),
        Feature::ModalVerb | Feature::Hedge | Feature::Prediction | Feature::Question => {
            (-1.0, 1.0)
        }
        Feature::ReportingCue | Feature::Statistic | Feature::PublicRecord | Feature::Length => {
            (1.0, 0.0)
        }
        Feature::Opinion | Feature::Personal | Feature::NothingVerifiable => (-1.0, 0.5),
        Feature::ChitChat | Feature::DirectQuote | Feature::Short => (-1.0, 0.0),
    }
}

/// Coordinate ascent on the MAP of `rows` from `start`, each weight kept on its feature's
/// side with its least weight ([`direction`]); then the bias that maximises balanced accuracy
/// at the threshold 0.5. `Attributed` and `DirectQuote` never fire in debates and keep their
/// start values.
fn fit_map(xs: &[Vector], rows: &[Labelled], start: Vector) -> (Vector, f64) {
    let map_of = |w: &Vector| {
        let scores: Vec<f64> = xs
            .iter()
            .map(|x| w.iter().zip(x).map(|(a, b)| a * b).sum())
            .collect();
        mean_average_precision(rows, &scores)
    };
    let mut w = start;
    let mut best = map_of(&w);
    let steps: Vec<f64> = std::env::var("CW_STEPS")
        .ok()
        .map(|s| s.split(',').filter_map(|v| v.parse().ok()).collect())
        .unwrap_or_else(|| vec![0.5, 0.25, 0.1]);
    for step in steps {
        loop {
            let mut improved = false;
            for i in 0..features::N_FEATURES {
                for delta in [step, -step] {
                    let mut trial = w;
                    trial[i] += delta;
                    let (side, least) = direction(Feature::ALL[i]);
                    if side * trial[i] < least - 1e-9 {
                        continue;
                    }
                    let m = map_of(&trial);
                    if m > best + 1e-6 {
                        (w, best) = (trial, m);
                        improved = true;
                    }
                }
            }
            if !improved {
                break;
            }
        }
    }
    (w, balanced_bias(xs, rows, &w))
}

/// The bias that maximises balanced accuracy at the threshold 0.5.
fn balanced_bias(xs: &[Vector], rows: &[Labelled], w: &Vector) -> f64 {
    let positives = rows.iter().filter(|r| r.label).count().max(1) as f64;
    let negatives = (rows.len() as f64 - positives).max(1.0);
    let balanced = |b: f64| {
        let (mut tp, mut tn) = (0.0, 0.0);
        for (x, r) in xs.iter().zip(rows) {
            let yes = linear_score(w, b, x) >= 0.5;
            if yes && r.label {
                tp += 1.0;
            } else if !yes && !r.label {
                tn += 1.0;
            }
        }
        tp / positives + tn / negatives
    };
    (-60..=20)
        .map(|i| f64::from(i) / 10.0)
        .fold((0.0, f64::MIN), |acc, b| {
            let v = balanced(b);
            if v > acc.1 {
                (b, v)
            } else {
                acc
            }
        })
        .0
}

/// Refits the weight table on CLEF 2020 task 5 from [`HAND_SET`] ([`fit_map`]), prints it in
/// the form of `weights.rs`, and reports the fitted and the current table on every set.
/// With `CW_DUMP=path`, writes every sentence's features and current score as TSV.
#[test]
#[ignore]
fn fit_weights() {
    let (Some(train), Some(clef19), Some(cb)) = (
        load_clef("eval/checkworthiness/clef2020_task5_test.jsonl"),
        load_clef("eval/checkworthiness/clef2019_task1_test.jsonl"),
        load_claimbuster(),
    ) else {
        return;
    };
    let (x_train, x19, xcb) = (vectors(&train), vectors(&clef19), vectors(&cb));
    let current: Vector = std::array::from_fn(|i| {
        checkworthy::weights::WEIGHTS
            .iter()
            .find(|(f, _)| *f as usize == i)
            .map_or(0.0, |(_, w)| *w)
    });
    let start = if std::env::var_os("CW_WARM").is_some() {
        current
    } else {
        std::array::from_fn(|i| HAND_SET[i].1)
    };
    let (w, b) = fit_map(&x_train, &train, start);
    println!("pub const BIAS: f64 = {b:.2};");
    for f in Feature::ALL {
        println!("    (Feature::{f:?}, {:.2}),", w[f as usize]);
    }
    if let Ok(path) = std::env::var("CW_DUMP") {
        let mut out = String::new();
        for (set, rows, xs) in [
            ("clef2020", &train, &x_train),
            ("clef2019", &clef19, &x19),
            ("cb", &cb, &xcb),
        ] {
            for (r, x) in rows.iter().zip(xs.iter()) {
                let feats: Vec<String> = x.iter().map(|v| format!("{v:.2}")).collect();
                out.push_str(&format!(
                    "{set}\t{}\t{}\t{:.4}\t{}\t{}\n",
                    r.group,
                    u8::from(r.label),
                    linear_score(&current, checkworthy::weights::BIAS, x),
                    feats.join(","),
                    r.text.replace(['\t', '\n'], " ")
                ));
            }
        }
        std::fs::write(path, out).expect("dump written");
    }
    for (name, w, b) in [
        ("fitted", w, b),
        ("table", current, checkworthy::weights::BIAS),
    ] {
        let s = |xs: &[Vector]| {
            xs.iter()
                .map(|x| linear_score(&w, b, x))
                .collect::<Vec<_>>()
        };
        let (s20, s19, scb) = (s(&x_train), s(&x19), s(&xcb));
        let best = (1..20)
            .map(|t| (t as f64 / 20.0, f1_at(&cb, &scb, t as f64 / 20.0)))
            .fold((0.0, 0.0), |a, b| if b.1 > a.1 { b } else { a });
        println!(
            "{name}: CLEF2020 MAP {:.4}  CLEF2019 MAP {:.4}  ClaimBuster F1@0.5 {:.4} (best {:.4} at {:.2})",
            mean_average_precision(&train, &s20),
            mean_average_precision(&clef19, &s19),
            f1_at(&cb, &scb, 0.5),
            best.1,
            best.0
        );
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
    let quantities = claimkit_measure::quantities(text);
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
    let mut closest = (f64::INFINITY, String::new());
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
            let margin = (v.score - checkworthy::weights::THRESHOLD).abs();
            if margin < closest.0 {
                closest = (margin, format!("{:.3} {claim}", v.score));
            }
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
    println!("  closest to the threshold: {}", closest.1);
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
            Reason::PublicRecord,
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
fn public_record_nouns() {
    let text = "Senator Sanders voted against the bill, and millions of workers lost their jobs.";
    assert!(fires(text, NO_FACTS, Feature::PublicRecord));
    assert!(!fires(
        "The involvement of Arab allies complicates regional diplomacy.",
        NO_FACTS,
        Feature::PublicRecord
    ));
}

#[test]
fn ed_after_a_determiner_is_an_adjective() {
    let text = "Mr. Putin is the indispensable man for a combined global effort.";
    assert!(!fires(text, NO_FACTS, Feature::EventVerb));
    assert!(fires(
        "The allies combined their efforts.",
        NO_FACTS,
        Feature::EventVerb
    ));
}

#[test]
fn appearance_verb_with_like_hedges() {
    let text = "Mr. Putin now is looking less like a global pariah.";
    assert!(fires(text, NO_FACTS, Feature::Hedge));
    assert!(!fires(
        "Mr. Putin is looking for allies.",
        NO_FACTS,
        Feature::Hedge
    ));
}

#[test]
fn modality_in_a_coordinated_clause_counts_half() {
    let facts = ClaimFacts {
        resolved_times: 1,
        ..NO_FACTS
    };
    let mixed =
        "In Germany, a threatened terrorist attack forced the cancellation of a soccer game \
                 Tuesday, and likely will add to a national discussion over that country’s role.";
    let hedged =
        "In Germany, a threatened terrorist attack likely will force the cancellation of a \
                  soccer game Tuesday.";
    let values = features::extract(mixed, &facts);
    assert_eq!(values.get(Feature::Prediction), 0.5);
    assert_eq!(
        features::extract(hedged, &facts).get(Feature::Prediction),
        1.0
    );
    assert!(assess(mixed, &facts).checkworthy);
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
