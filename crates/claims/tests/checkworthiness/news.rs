//! News: the news dev set and the hand-checked seed article.

use crate::{news_facts_of, read_shared, Labelled, NEWS_DEV_FLOORS};
use claimkit_claims::checkworthy::{self, assess, ClaimFacts};
use claimkit_core::Span;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

/// The news dev set (`tests/data/news_dev`, both draws): accuracy of `checkworthy` on whole
/// sentences, with the quantities, times and attributions the pipeline finds (the pipeline's
/// own measure, claim by claim, is `score_binaries.py` on the built binary).
#[test]
fn news_dev_accuracy() {
    let Some(rows) = load_news_dev() else { return };
    let right = |draw: Option<&str>| {
        let rows: Vec<&Labelled> = rows
            .iter()
            .filter(|r| draw.is_none_or(|d| r.group == d))
            .collect();
        let right = rows
            .iter()
            .filter(|r| assess(&r.text, &news_facts_of(&r.text)).checkworthy == r.label)
            .count();
        (right, rows.len())
    };
    for ((draw, _), floor) in NEWS_DEV_DRAWS.iter().zip(NEWS_DEV_FLOORS) {
        let (r, n) = right(Some(draw));
        let accuracy = r as f64 / n as f64;
        println!("news dev, {draw}: accuracy {accuracy:.4} ({r}/{n})");
        assert!(
            accuracy >= floor,
            "{draw}: accuracy {accuracy:.4} below {floor}"
        );
    }
    let (r, n) = right(None);
    println!(
        "news dev, both draws: accuracy {:.4} ({r}/{n})",
        r as f64 / n as f64
    );
}

/// The draws of the news dev set: name and file (`tests/data/news_dev`), in training order.
pub(crate) const NEWS_DEV_DRAWS: [(&str, &str); 2] = [
    ("news_dev", include_str!("../data/news_dev/news_dev.tsv")),
    (
        "news_dev_2",
        include_str!("../data/news_dev/news_dev_2.tsv"),
    ),
];

/// The news dev set, both draws in order: sentences of `../shared/eval/news_bbc2225` stories
/// by code point offsets, with their adjudicated labels; `group` is the draw's name.
pub(crate) fn load_news_dev() -> Option<Vec<Labelled>> {
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
    let rows = NEWS_DEV_DRAWS
        .iter()
        .flat_map(|(draw, tsv)| tsv.lines().skip(1).map(move |line| (*draw, line)))
        .map(|(draw, line)| {
            let cells: Vec<&str> = line.split('\t').collect();
            let (start, end): (usize, usize) = (
                cells[2].parse().expect("start"),
                cells[3].parse().expect("end"),
            );
            let story = &stories[cells[0]];
            Labelled {
                group: draw.into(),
                text: story[start..end].iter().collect(),
                label: cells[4] == "1",
                published: None,
            }
        })
        .collect();
    Some(rows)
}

/// Every `checkworthy` line of the seed gold, as the fragment and as its whole sentence.
#[test]
fn seed_gold_checkworthy() {
    let Some(gold) = read_shared("gold/anti-isis-alliance-2015-11-17.jsonl") else {
        return;
    };
    let Some(seed) = Seed::load() else { return };
    let mut tally = Tally::default();
    for (want_text, label) in gold_lines(&gold) {
        let fragment = seed.find(&want_text);
        let sentence = seed.sentence_of(fragment);
        let attributed = fragment.text(&seed.text).contains("officials said");
        for (what, span) in [("fragment", fragment), ("sentence", sentence)] {
            let claim = span.text(&seed.text);
            tally.add(what, claim, &seed.facts_in(span, attributed), label);
        }
    }
    println!(
        "seed gold checkworthy: {}/{} (fragments and whole sentences)",
        tally.right, tally.total
    );
    println!("  closest to the threshold: {}", tally.closest.1);
    for w in &tally.wrong {
        println!("  wrong: {w}");
    }
    assert!(tally.total > 0, "no checkworthy lines in the seed gold");
    let missed: Vec<&str> = tally.wrong.iter().map(|w| w.key.as_str()).collect();
    assert!(
        missed == KNOWN_MISSES,
        "wrong {missed:?}, known misses {KNOWN_MISSES:?}"
    );
}

/// Seed gold lines the bundled model gets wrong, as `what: claim`, each explained in
/// `bench/checkworthiness/README.md` ("Retraining after the quantity rules of main"). The
/// test fails on any other wrong line and when a listed one turns right, so the list is
/// always exactly the model's misses. None now: the Hollande fragment, a miss since the
/// quantity rules, scores 0.506 with the weights retrained after the tenth attribution round.
const KNOWN_MISSES: &[&str] = &[];

/// The text and label of every `checkworthy` line of the seed gold.
fn gold_lines(gold: &str) -> Vec<(String, bool)> {
    gold.lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter(|v| v["type"] == "checkworthy")
        .filter_map(|v| Some((v["text"].as_str()?.to_string(), v["label"].as_bool()?)))
        .collect()
}

/// The seed article as the pipeline reads it: its text, sentences, and the spans of its
/// quantities and resolved times.
struct Seed {
    text: String,
    sentences: Vec<Span>,
    quantities: Vec<Span>,
    resolved_times: Vec<Span>,
}

impl Seed {
    /// Reads and measures `datasets/articles/anti-isis-alliance-2015-11-17.txt`; prints
    /// SKIPPED when it is missing.
    fn load() -> Option<Seed> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../datasets/articles/anti-isis-alliance-2015-11-17.txt");
        let Ok(content) = std::fs::read_to_string(&path) else {
            println!("SKIPPED: no seed article at {}", path.display());
            return None;
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
        Some(Seed {
            text: doc.text.clone(),
            sentences: sentences.iter().map(|s| s.span).collect(),
            quantities: quantities.iter().map(|q| q.span).collect(),
            resolved_times: times
                .iter()
                .filter(|t| t.start.is_some())
                .map(|t| t.span)
                .collect(),
        })
    }

    /// The facts inside `span`: the quantities and resolved times wholly in it.
    fn facts_in(&self, span: Span, attributed: bool) -> ClaimFacts {
        let inside = |s: &&Span| s.start >= span.start && s.end <= span.end;
        ClaimFacts {
            quantities: self.quantities.iter().filter(inside).count(),
            resolved_times: self.resolved_times.iter().filter(inside).count(),
            attributed,
            direct_quote: false,
        }
    }

    /// The span of `want` in the text, `’` and `'` alike; a gold text not in the article is
    /// an error of the gold.
    fn find(&self, want: &str) -> Span {
        let fold = |s: &str| s.replace('’', "'");
        let text = self.text.as_str();
        let folded = fold(text);
        let Some(start) = folded.find(&fold(want)) else {
            panic!("gold text not in the seed article: {want:?}");
        };
        // `’` and `'` differ in length: map the folded offset back to the original text.
        let start = text
            .char_indices()
            .nth(folded[..start].chars().count())
            .map_or(start, |(i, _)| i);
        let end = start
            + text[start..]
                .char_indices()
                .nth(want.chars().count())
                .map_or(text.len() - start, |(i, _)| i);
        Span::new(start, end)
    }

    /// The sentence `fragment` starts in (the fragment itself when none does).
    fn sentence_of(&self, fragment: Span) -> Span {
        self.sentences
            .iter()
            .copied()
            .find(|s| s.start <= fragment.start && fragment.start < s.end)
            .unwrap_or(fragment)
    }
}

/// The verdicts on the seed gold: how many are right, the wrong ones, and the claim whose
/// score is closest to the news threshold.
struct Tally {
    right: usize,
    total: usize,
    wrong: Vec<Miss>,
    closest: (f64, String),
}

/// A seed gold line the model gets wrong.
struct Miss {
    /// `what: claim`, as [`KNOWN_MISSES`] lists it.
    key: String,
    /// The label wanted, the score and the reasons.
    detail: String,
}

impl std::fmt::Display for Miss {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.key, self.detail)
    }
}

impl Default for Tally {
    fn default() -> Self {
        Tally {
            right: 0,
            total: 0,
            wrong: Vec::new(),
            closest: (f64::INFINITY, String::new()),
        }
    }
}

impl Tally {
    /// Assesses `claim` with `facts` against the gold `label`.
    fn add(&mut self, what: &str, claim: &str, facts: &ClaimFacts, label: bool) {
        let v = assess(claim, facts);
        let margin = (v.score - checkworthy::bundled().news_threshold).abs();
        if margin < self.closest.0 {
            self.closest = (margin, format!("{:.3} {claim}", v.score));
        }
        self.total += 1;
        if v.checkworthy == label {
            self.right += 1;
        } else {
            self.wrong.push(Miss {
                key: format!("{what}: {claim}"),
                detail: format!("want {label}, score {:.3} {:?}", v.score, v.reasons),
            });
        }
    }
}
