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

use claimkit_claims::checkworthy::{self, assess, features, train, ClaimFacts, Feature, Model};
use claimkit_core::{Date, Reason, Sentence, Span};
use proptest::prelude::*;
use serde_json::Value;
use std::collections::{BTreeMap, HashSet};
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

/// Facts for a news sentence standing alone, as the pipeline finds them: its quantities,
/// resolved times and attribution (no publication date).
fn news_facts_of(text: &str) -> ClaimFacts {
    let sentences = [Sentence {
        span: Span::new(0, text.len()),
        paragraph: 0,
        truncated: false,
    }];
    let attributions = claimkit_source::attributions(text, &sentences);
    ClaimFacts {
        attributed: !attributions.is_empty(),
        direct_quote: attributions
            .iter()
            .any(|a| a.quote == claimkit_core::QuoteKind::Direct),
        ..facts_of(text, None)
    }
}

/// One labelled sentence of a public set.
#[derive(Clone)]
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
    let model = checkworthy::bundled();
    let clock = std::time::Instant::now();
    let scores: Vec<f64> = rows
        .iter()
        .map(|r| checkworthy::debate_score(model, &r.text))
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
    clef_map(
        "eval/checkworthiness/clef2019_task1_test.jsonl",
        CLEF2019_FLOOR,
    );
}

#[test]
fn clef2020_task5_map() {
    clef_map(
        "eval/checkworthiness/clef2020_task5_test.jsonl",
        CLEF2020_FLOOR,
    );
}

#[test]
fn claimbuster_f1() {
    let Some(rows) = load_claimbuster() else {
        return;
    };
    let model = checkworthy::bundled();
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for r in &rows {
        let yes = checkworthy::debate_score(model, &r.text) >= model.threshold;
        match (yes, r.label) {
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
    assert!(
        f1 >= CLAIMBUSTER_FLOOR,
        "F1 {f1:.4} below {CLAIMBUSTER_FLOOR}"
    );
}

/// CheckThat! 2024 English dev-test (the CheckThat! 2023 task 1B test): F1 of the `Yes`
/// class at the model's threshold. The target is 0.86; a TF-IDF baseline reaches 0.83.
#[test]
fn ct24_dev_test_f1() {
    let Some((rows, _)) = load_ct24("dev-test") else {
        return;
    };
    let model = checkworthy::bundled();
    let line = report(model, &rows);
    println!("CheckThat! 2024 dev-test: {line}");
    let scores: Vec<(f64, bool)> = rows
        .iter()
        .map(|r| (checkworthy::debate_score(model, &r.text), r.label))
        .collect();
    let f1 = train::f1_at(&scores, model.threshold);
    assert!(f1 >= CT24_FLOOR, "F1 {f1:.4} below {CT24_FLOOR}");
}

/// The news dev set (`tests/data/news_dev`): accuracy of `checkworthy` on whole sentences,
/// with the quantities, times and attributions the pipeline finds (the pipeline's own measure,
/// claim by claim, is `score_binaries.py` on the built binary).
#[test]
fn news_dev_accuracy() {
    let Some(rows) = load_news_dev() else { return };
    let right = rows
        .iter()
        .filter(|r| assess(&r.text, &news_facts_of(&r.text)).checkworthy == r.label)
        .count();
    let accuracy = right as f64 / rows.len() as f64;
    println!("news dev: accuracy {accuracy:.4} ({right}/{})", rows.len());
    assert!(
        accuracy >= NEWS_DEV_FLOOR,
        "accuracy {accuracy:.4} below {NEWS_DEV_FLOOR}"
    );
}

/// Floors: what the bundled model reaches (the model file's header has the same scores).
/// The targets of the project are higher: CheckThat! 2024 dev-test F1 0.86, CLEF 2019 MAP
/// 0.17.
const CT24_FLOOR: f64 = 0.78;
const CLEF2019_FLOOR: f64 = 0.14;
const CLEF2020_FLOOR: f64 = 0.060;
/// Held out: most ClaimBuster test sentences are CheckThat! 2024 train sentences, and
/// training leaves them out.
const CLAIMBUSTER_FLOOR: f64 = 0.83;
/// The news dev set is where the news weights are fitted: an in-sample measure (its
/// cross-validated accuracy is in `bench/checkworthiness/README.md`).
const NEWS_DEV_FLOOR: f64 = 0.77;

// ---- the learned model: training data, training, scores ----

/// The news dev set: sentences of `../shared/eval/news_bbc2225` stories by code point
/// offsets, with their adjudicated labels.
fn load_news_dev() -> Option<Vec<Labelled>> {
    let corpus = read_shared("eval/news_bbc2225/bbc_news_2225.jsonl")?;
    let mut stories: BTreeMap<String, Vec<char>> = BTreeMap::new();
    for line in corpus.lines() {
        let Ok(v) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        if let (Some(id), Some(text)) = (v["id"].as_str(), v["text"].as_str()) {
            stories.insert(id.to_string(), text.chars().collect());
        }
    }
    let tsv = include_str!("data/news_dev/news_dev.tsv");
    let rows = tsv
        .lines()
        .skip(1)
        .map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            let (start, end): (usize, usize) = (
                cells[2].parse().expect("start"),
                cells[3].parse().expect("end"),
            );
            let story = &stories[cells[0]];
            Labelled {
                group: "news_dev".into(),
                text: story[start..end].iter().collect(),
                label: cells[4] == "1",
                published: None,
            }
        })
        .collect();
    Some(rows)
}

/// Lower case, every run of characters that are not letters or digits as one space: the
/// form in which training sentences are compared with evaluation sentences.
fn dedup_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.trim().to_string()
}

/// Rows of a tab-separated file read like Python's `csv` module with a tab delimiter: a cell
/// that opens with `"` runs to the closing quote (`""` is a quote, tabs and line ends
/// inside are text).
fn quoted_tsv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let (mut quoted, mut at_start) = (false, true);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    cell.push('"');
                } else {
                    quoted = false;
                }
            } else {
                cell.push(c);
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
            }
            '\t' => {
                row.push(std::mem::take(&mut cell));
                at_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
                at_start = true;
            }
            _ => {
                cell.push(c);
                at_start = false;
            }
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows
}

/// A CheckThat! 2024 English file (`train`, `dev`, `dev-test`); rows whose label is not
/// `Yes` or `No` are bad input and left out.
fn load_ct24(part: &str) -> Option<(Vec<Labelled>, PathBuf)> {
    let rel =
        format!("eval/checkworthiness_train/ct24_english/CT24_checkworthy_english_{part}.tsv");
    let path = claimkit_core::evaldata::path(&rel)?;
    let text = std::fs::read_to_string(&path).expect("CT24 file reads as UTF-8");
    let rows = quoted_tsv(&text)
        .into_iter()
        .skip(1)
        .filter_map(|row| match row.as_slice() {
            [_, sentence, label] if label == "Yes" || label == "No" => Some(Labelled {
                group: format!("ct24_english/{part}"),
                text: sentence.clone(),
                label: label == "Yes",
                published: None,
            }),
            _ => None,
        })
        .collect();
    Some((rows, path))
}

/// The CLEF training debates of one folder, in file-name order, without the files in
/// `leave_out`; a cell wholly in quotes with doubled inner quotes is unquoted.
fn load_clef_train(folder: &str, leave_out: &[&str]) -> Option<Vec<(PathBuf, Vec<Labelled>)>> {
    let dir = claimkit_core::evaldata::path(&format!("eval/checkworthiness_train/{folder}"))?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("training folder lists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        if leave_out.contains(&name.as_str()) {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("CLEF file reads as UTF-8");
        let mut rows = Vec::new();
        for line in text.lines() {
            let cells: Vec<&str> = line.split('\t').collect();
            let [_, _, sentence, label, ..] = cells[..] else {
                continue;
            };
            let inner = sentence
                .strip_prefix('"')
                .and_then(|s| s.strip_suffix('"'))
                .filter(|s| !s.replace("\"\"", "").contains('"'));
            rows.push(Labelled {
                group: format!("{folder}/{name}"),
                text: inner.map_or_else(|| sentence.to_string(), |s| s.replace("\"\"", "\"")),
                label: label.trim() == "1",
                published: date_of(&name),
            });
        }
        out.push((path, rows));
    }
    Some(out)
}

/// The CLEF 2019 training debates held out to measure MAP on debates during development.
const CLEF_DEV_DEBATES: [&str; 6] = [
    "20160209_msnbc_dem.tsv",
    "20160226_10_gop.tsv",
    "20160722_trump_acceptance.tsv",
    "20170928_trump_tax.tsv",
    "20180926_un_press.tsv",
    "20190108_oval_office.tsv",
];

fn sha256_of(path: &Path) -> String {
    use sha2::{Digest, Sha256};
    let bytes = std::fs::read(path).expect("training file reads");
    Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn samples(rows: &[Labelled]) -> Vec<train::Sample> {
    rows.iter()
        .map(|r| train::Sample {
            text: r.text.clone(),
            values: features::extract(&r.text, &facts_of(&r.text, r.published)),
            label: r.label,
        })
        .collect()
}

/// Every evaluation set, by name.
fn evaluation_sets() -> Option<Vec<(&'static str, Vec<Labelled>)>> {
    Some(vec![
        (
            "clef2019",
            load_clef("eval/checkworthiness/clef2019_task1_test.jsonl")?,
        ),
        (
            "clef2020",
            load_clef("eval/checkworthiness/clef2020_task5_test.jsonl")?,
        ),
        ("claimbuster", load_claimbuster()?),
        ("ct24-dev-test", load_ct24("dev-test")?.0),
    ])
}

/// `path` as its last two components (`folder/file`).
fn short_path(path: &Path) -> String {
    let parts: Vec<String> = path
        .components()
        .rev()
        .take(2)
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    format!("{}/{}", parts[1], parts[0])
}

/// The data the model is trained and checked on.
struct TrainingData {
    /// Every evaluation set, by name.
    evaluation: Vec<(&'static str, Vec<Labelled>)>,
    /// CheckThat! 2024 English train then dev, without the sentences of an evaluation set or
    /// of the CLEF dev debates, the first of duplicate sentences kept; `true` for dev rows.
    union: Vec<(Labelled, bool)>,
    /// The CT24 train and dev files with their sentence counts as read.
    ct24_files: [(PathBuf, usize); 2],
    /// The CLEF dev debates (left out of training, scored during development).
    clef_dev_files: Vec<(PathBuf, Vec<Labelled>)>,
    /// The news dev set.
    news_dev: Vec<Labelled>,
}

/// The folds of the cross-validation that calibrates the debate score.
const FOLDS: usize = 5;

fn training_data() -> Option<TrainingData> {
    let evaluation = evaluation_sets()?;
    let (ct_train, ct_train_path) = load_ct24("train")?;
    let (ct_dev, ct_dev_path) = load_ct24("dev")?;
    let clef_dev_files = load_clef_train("clef2019_task1_train", &[])?
        .into_iter()
        .filter(|(p, _)| CLEF_DEV_DEBATES.iter().any(|d| p.ends_with(d)))
        .collect::<Vec<_>>();
    let news_dev = load_news_dev()?;
    let mut seen: HashSet<String> = evaluation
        .iter()
        .flat_map(|(_, rows)| rows.iter().map(|r| dedup_key(&r.text)))
        .chain(
            clef_dev_files
                .iter()
                .flat_map(|(_, rows)| rows.iter().map(|r| dedup_key(&r.text))),
        )
        .collect();
    let ct24_files = [(ct_train_path, ct_train.len()), (ct_dev_path, ct_dev.len())];
    let union = ct_train
        .into_iter()
        .map(|r| (r, false))
        .chain(ct_dev.into_iter().map(|r| (r, true)))
        .filter(|(r, _)| seen.insert(dedup_key(&r.text)))
        .collect();
    Some(TrainingData {
        evaluation,
        union,
        ct24_files,
        clef_dev_files,
        news_dev,
    })
}

/// News sentences as training samples, with the rule features the pipeline finds.
fn news_samples(rows: &[Labelled]) -> Vec<train::Sample> {
    rows.iter()
        .map(|r| train::Sample {
            text: r.text.clone(),
            values: features::extract(&r.text, &news_facts_of(&r.text)),
            label: r.label,
        })
        .collect()
}

/// Writes the text margin, news margin, label and rule values of every news dev sentence
/// to `path` (the input of `bench/checkworthiness/news_dev_cv.py`).
fn dump_news(model: &Model, news: &[train::Sample], path: &str) {
    let lines: String = news
        .iter()
        .map(|s| {
            let z = model.text_margin(&s.text, &mut Default::default());
            let values: Vec<String> = s.values.0.iter().map(|v| format!("{v:.3}")).collect();
            format!(
                "{z:.4}\t{:.4}\t{}\t{}\n",
                model.news_margin(z, &s.values),
                u8::from(s.label),
                values.join("\t")
            )
        })
        .collect();
    std::fs::write(path, lines).expect("dump written");
}

/// Trains the model from `../shared/eval/checkworthiness_train/` and returns its file text:
/// CheckThat! 2024 English train and dev ([`training_data`]) fitted by [`train::fit`], the
/// debate score calibrated (Platt, best-F1 threshold) on their 5-fold out-of-fold margins,
/// the news score on the news dev set.
fn train_model() -> Option<String> {
    let data = training_data()?;
    let rows: Vec<Labelled> = data.union.iter().map(|(r, _)| r.clone()).collect();
    let options = train::Options::default();
    let train_samples = samples(&rows);
    let oof = train::out_of_fold_margins(&train_samples, FOLDS, &options);
    let oof: Vec<(f64, bool)> = oof.into_iter().zip(rows.iter().map(|r| r.label)).collect();
    let mut model = train::fit(&train_samples, &options);
    (model.platt, model.threshold) = train::debate_calibration(&oof);
    let news = news_samples(&data.news_dev);
    train::calibrate_news(&mut model, &news, &options);
    if let Ok(path) = std::env::var("CW_DUMP") {
        dump_news(&model, &news, &path);
    }
    model.notes = model_notes(&model, &data, &oof, &news, &options);
    Some(model.to_text())
}

/// The header of the model file: what it is, its training files, options and scores.
fn model_notes(
    model: &Model,
    data: &TrainingData,
    oof: &[(f64, bool)],
    news: &[train::Sample],
    options: &train::Options,
) -> Vec<String> {
    let count = |rows: &mut dyn Iterator<Item = &Labelled>| {
        rows.fold((0, 0), |(n, y), r| (n + 1, y + usize::from(r.label)))
    };
    let mut notes = vec![
        "claimkit check-worthiness model: logistic regression over TF-IDF word 1-2-grams and character".to_string(),
        "2-5-grams of the claim (crates/claims/src/checkworthy/terms.rs, model.rs) fitted on CheckThat! 2024".to_string(),
        format!("English train + dev; debate score Platt-calibrated on their {FOLDS}-fold out-of-fold margins; news score ="),
        "text margin + rule features (features.rs), calibrated on the news dev set (crates/claims/tests/data/news_dev),".to_string(),
        "where the news threshold is chosen.".to_string(),
        "Written by `just train-checkworthiness`; the same training files give the same bytes.".to_string(),
        "Training data: CLEF CheckThat! lab data, \"free for general research use\" (../shared/eval/checkworthiness_train/SOURCE.md).".to_string(),
        "Training sentences also in an evaluation set or a dev set, or twice in train + dev, are left out (lower case, punctuation removed).".to_string(),
        "files (role, path under ../shared/eval/checkworthiness_train, sha256, sentences kept / read, check-worthy kept):".to_string(),
    ];
    for (dev, (path, read)) in [false, true].into_iter().zip(&data.ct24_files) {
        let (kept, yes) = count(&mut data.union.iter().filter(|(_, d)| *d == dev).map(|(r, _)| r));
        notes.push(format!(
            "  train {} {} {kept}/{read} {yes}",
            short_path(path),
            sha256_of(path)
        ));
    }
    for (path, rows) in &data.clef_dev_files {
        let (n, yes) = count(&mut rows.iter());
        notes.push(format!(
            "  dev {} {} {n}/{n} {yes}",
            short_path(path),
            sha256_of(path)
        ));
    }
    if let Some(corpus) = claimkit_core::evaldata::path("eval/news_bbc2225/bbc_news_2225.jsonl") {
        let (n, yes) = count(&mut data.news_dev.iter());
        notes.push(format!(
            "  news dev crates/claims/tests/data/news_dev/news_dev.tsv over ../shared/eval/news_bbc2225/bbc_news_2225.jsonl {} {n}/{n} {yes}",
            sha256_of(&corpus)
        ));
    }
    notes.push(format!(
        "options: min_df {} C {} L-BFGS iterations {}; classes balanced; news weights fitted on the news dev set towards hand-set priors (strength {}, held: {:?}) {:?}",
        options.min_df, options.c, options.iterations, options.news_prior_strength, options.news_fixed, options.news_rules
    ));
    notes.push(format!(
        "{} terms; debate threshold {:.2} (best F1 on the out-of-fold margins of train + dev, sentence i in fold i mod {FOLDS}); news threshold {:.2} (the news regression's own)",
        model.terms().len(),
        model.threshold,
        model.news_threshold
    ));
    notes.push(
        "scores (cargo test --release -p claimkit-claims --test checkworthiness -- --nocapture):"
            .into(),
    );
    let calibrated: Vec<(f64, bool)> = oof
        .iter()
        .map(|&(z, l)| (model.debate_probability(z), l))
        .collect();
    notes.push(format!(
        "  ct24 train + dev out of fold (calibration set): F1 {:.4} over {} sentences",
        train::f1_at(&calibrated, model.threshold),
        oof.len()
    ));
    let clef_dev: Vec<Labelled> = data
        .clef_dev_files
        .iter()
        .flat_map(|(_, rows)| rows.iter().cloned())
        .collect();
    notes.push(format!(
        "  clef2019 dev ({} training debates left out of training): {}",
        CLEF_DEV_DEBATES.len(),
        report(model, &clef_dev)
    ));
    let right = news
        .iter()
        .filter(|s| {
            let z = model.text_margin(&s.text, &mut Default::default());
            (model.news_probability(model.news_margin(z, &s.values)) >= model.news_threshold)
                == s.label
        })
        .count();
    notes.push(format!(
        "  news dev (calibration set, whole sentences): accuracy {:.4} ({right}/{})",
        right as f64 / news.len() as f64,
        news.len()
    ));
    for (name, rows) in &data.evaluation {
        notes.push(format!("  {name}: {}", report(model, rows)));
    }
    notes
}

/// The debate scores of `model` on a set: MAP over groups (debates) and F1 of the
/// check-worthy class at the debate threshold.
fn report(model: &Model, rows: &[Labelled]) -> String {
    let scores: Vec<f64> = rows
        .iter()
        .map(|r| checkworthy::debate_score(model, &r.text))
        .collect();
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (s, r) in scores.iter().zip(rows) {
        match (*s >= model.threshold, r.label) {
            (true, true) => tp += 1,
            (true, false) => fp += 1,
            (false, true) => fn_ += 1,
            _ => {}
        }
    }
    let f1 = 2.0 * tp as f64 / (2 * tp + fp + fn_).max(1) as f64;
    format!(
        "MAP {:.4}, F1 {f1:.4} (P {:.3}, R {:.3}) over {} sentences",
        mean_average_precision(rows, &scores),
        tp as f64 / (tp + fp).max(1) as f64,
        tp as f64 / (tp + fn_).max(1) as f64,
        rows.len()
    )
}

/// Retrains the model and checks it is the committed file byte for byte; with
/// `CW_WRITE=1`, writes the file instead (`just train-checkworthiness`).
#[test]
#[ignore]
fn retraining_reproduces_the_committed_model() {
    let Some(text) = train_model() else { return };
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src/checkworthy/checkworthiness-model.tsv");
    if std::env::var("CW_WRITE").as_deref() == Ok("1") {
        std::fs::write(&path, &text).expect("model file written");
        println!("wrote {} ({} bytes)", path.display(), text.len());
        return;
    }
    for line in text.lines().filter(|l| l.starts_with('#')) {
        println!("{line}");
    }
    assert!(
        text == checkworthy::MODEL_FILE,
        "retraining gives another model than the committed one: run `just train-checkworthiness`"
    );
}

#[test]
fn quoted_tsv_reads_like_python_csv() {
    let rows = quoted_tsv(
        "id\tText\tlabel\r\n1\t\"He said, \"\"no\"\".\"\tYes\n2\tplain \"mid\" quote\tNo\n",
    );
    assert_eq!(rows[1], ["1", "He said, \"no\".", "Yes"]);
    assert_eq!(rows[2], ["2", "plain \"mid\" quote", "No"]);
    assert_eq!(dedup_key("He said, \"No!\"  Twice."), "he said no twice");
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
            let margin = (v.score - checkworthy::bundled().news_threshold).abs();
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
    assert!(assess(mixed, &facts).score > assess(hedged, &facts).score);
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
fn bundled_model_parses_and_round_trips() {
    let model = checkworthy::bundled();
    assert_eq!(model.to_text(), checkworthy::MODEL_FILE);
    assert!((0.0..=1.0).contains(&model.threshold));
    assert!(model.platt.0 > 0.0, "calibration keeps the ranking");
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
        prop_assert_eq!(a.checkworthy, a.score >= checkworthy::bundled().news_threshold);
        prop_assert!(a.reasons.windows(2).all(|w| w[0] < w[1]));
        prop_assert_eq!(a, assess(&text, &facts));
    }
}

/// The check of `bench/checkworthiness/README.md` on selection data only (no test set is
/// scored): CLEF dev MAP of the model trained on CT24 train alone (calibrated on dev, as
/// before) and of the one trained on train + dev; a nested check of the two threshold rules
/// over the out-of-fold margins of train + dev; with `CW_DUMP_A`, `CW_DUMP_B`, the news dev
/// dumps of both for `news_dev_cv.py`.
#[test]
#[ignore]
fn cross_validated_calibration_on_selection_data() {
    let Some(data) = training_data() else { return };
    let options = train::Options::default();
    let rows: Vec<Labelled> = data.union.iter().map(|(r, _)| r.clone()).collect();
    let union_samples = samples(&rows);
    let oof = train::out_of_fold_margins(&union_samples, FOLDS, &options);
    let (mut pooled_a, mut pooled_b) = (Vec::new(), Vec::new());
    for k in 0..FOLDS {
        let in_fold = |i: usize| train::fold_of(i, FOLDS) == k;
        for (dev_only, pooled) in [(true, &mut pooled_a), (false, &mut pooled_b)] {
            let margins: Vec<(f64, bool)> = (0..rows.len())
                .filter(|&i| !in_fold(i) && (data.union[i].1 || !dev_only))
                .map(|i| (oof[i], rows[i].label))
                .collect();
            let ((a, b), t) = train::debate_calibration(&margins);
            for i in (0..rows.len()).filter(|&i| in_fold(i)) {
                let p = 1.0 / (1.0 + (-(a * oof[i] + b)).exp());
                pooled.push((f64::from(u8::from(p >= t)), rows[i].label));
            }
            println!("fold {k}, dev only {dev_only}: platt ({a}, {b}), threshold {t:.2}");
        }
    }
    for (pooled, rule) in [
        (&pooled_a, "(a) dev of the other folds"),
        (&pooled_b, "(b) all other folds"),
    ] {
        println!(
            "nested F1, calibration on {rule}: {:.4}",
            train::f1_at(pooled, 0.5)
        );
    }
    let news = news_samples(&data.news_dev);
    let train_only: Vec<&Labelled> = data
        .union
        .iter()
        .filter(|(_, d)| !d)
        .map(|(r, _)| r)
        .collect();
    let dev: Vec<Labelled> = data
        .union
        .iter()
        .filter(|(_, d)| *d)
        .map(|(r, _)| r.clone())
        .collect();
    let mut model_a = train::fit(
        &samples(&train_only.into_iter().cloned().collect::<Vec<_>>()),
        &options,
    );
    train::calibrate_debates(&mut model_a, &samples(&dev));
    let mut model_b = train::fit(&union_samples, &options);
    let oof: Vec<(f64, bool)> = oof.into_iter().zip(rows.iter().map(|r| r.label)).collect();
    (model_b.platt, model_b.threshold) = train::debate_calibration(&oof);
    let clef_dev: Vec<Labelled> = data
        .clef_dev_files
        .iter()
        .flat_map(|(_, r)| r.iter().cloned())
        .collect();
    for (name, mut model, dump) in [("A", model_a, "CW_DUMP_A"), ("B", model_b, "CW_DUMP_B")] {
        let scores: Vec<f64> = clef_dev
            .iter()
            .map(|r| checkworthy::debate_score(&model, &r.text))
            .collect();
        println!(
            "{name}: platt {:?}, threshold {:.2}, {} terms, CLEF dev MAP {:.4}",
            model.platt,
            model.threshold,
            model.terms().len(),
            mean_average_precision(&clef_dev, &scores)
        );
        train::calibrate_news(&mut model, &news, &options);
        if let Ok(path) = std::env::var(dump) {
            dump_news(&model, &news, &path);
        }
    }
}
