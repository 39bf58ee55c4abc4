//! Check-worthiness: how worth checking a claim is, and why.
//!
//! A claim is worth checking when it states something a fact-checker can look up: a number,
//! a date, a named actor, an event that happened. It is not when it hedges ("could",
//! "seems"), judges ("terrible"), predicts ("will"), asks, or chats ("thank you").
//! [`assess`] scores a claim with the bundled **learned model** ([`model`]): a logistic
//! regression over TF-IDF word 1–2-grams and character 2–5-grams of the claim ([`terms`]),
//! whose margin is weighed with the rule features read from its text and from what the
//! pipeline found in it ([`features`], [`ClaimFacts`]) into the **news score**:
//! `checkworthiness` is that probability in 0..1 and `checkworthy` is it reaching the news
//! threshold. [`debate_score`] is the text alone, calibrated on debates: what the public
//! debate benchmarks measure. `reasons` are the rule features that fired;
//! [`strongest_terms`] names the learned terms that count most for a claim.
//!
//! ```
//! use claimkit_claims::checkworthy::{assess, ClaimFacts};
//! use claimkit_core::Reason;
//!
//! let facts = ClaimFacts { quantities: 1, resolved_times: 1, attributed: true, ..Default::default() };
//! let v = assess("Russia conducted between 12 and 20 strikes Tuesday", &facts);
//! assert!(v.checkworthy);
//! assert_eq!(&v.reasons[..3], &[Reason::Quantity, Reason::Time, Reason::Attributed]);
//!
//! let v = assess("The effort could yet dissolve.", &ClaimFacts::default());
//! assert!(!v.checkworthy);
//! assert!(v.reasons.contains(&Reason::Modal));
//! ```
//!
//! ## The model
//!
//! `checkworthiness-model.tsv` (about 1.4 MB of text) holds the training files with their
//! SHA-256, the options, the scores, then the bias, the debate calibration and threshold, the
//! news weights and threshold, one weight per rule feature and one row per term with its idf
//! and weight, sorted: `grep -P '^word' … | sort -t$'\t' -k4 -g` prints the strongest word
//! terms either way. It is trained by [`train`] (deterministic L-BFGS, 5–7 s) and written by
//! `just train-checkworthiness`, which runs the ignored test
//! `retraining_reproduces_the_committed_model`: the same files give the same bytes.
//!
//! The file is the one reviewed source of the model. The build script (`build.rs`) lays its
//! terms out at compile time as the scorer's look-up table and an array of idf and weight
//! (`compiled.rs`), with the very functions the scorer uses (`layout.rs`), so a run does not
//! parse 46,000 term rows at start-up (about 55 M instructions); a unit test checks that
//! the compiled tables are the file's terms, bit for bit.
//!
//! - **Training data** (`../shared/eval/checkworthiness_train/`, CLEF CheckThat! lab data,
//!   "free for general research use"): CheckThat! 2024 English train and dev (US
//!   presidential debates) alone, sentences that occur twice kept once. Every training sentence that is also in an evaluation set (CLEF 2019
//!   and 2020 tests, ClaimBuster test, CheckThat! 2024 dev-test) or in a dev set is left out
//!   (lower case, punctuation removed). Mixing in the CLEF debates (2 % check-worthy against
//!   24 %) cost F1 and MAP on dev (`bench/checkworthiness/README.md`).
//! - **Chosen on dev**: the configuration on the CheckThat! 2024 dev set and six CLEF 2019
//!   training debates left out of training; the debate calibration and threshold (best F1)
//!   on the pooled out-of-fold margins of a 5-fold cross-validation over CheckThat! 2024
//!   train and dev (sentence *i* in fold *i* mod 5), which a nested check on the same data
//!   and the CLEF dev debates preferred to the dev set alone; the news weights on the first draw
//!   of the news dev set (`tests/data/news_dev`; the second draw is held out), pulled towards the hand-set priors of the former rule table
//!   with their strength chosen by cross-validation there, attribution held at its prior.
//!   The test sets were read to report, not to fit.
//!
//! ## Scores
//!
//! `cargo test --release -p claimkit-claims --test checkworthiness -- --nocapture` prints them.
//!
//! | set | measure | learned model | rules before (weights fitted on CLEF 2020 test) |
//! |---|---|---|---|
//! | CheckThat! 2024 train + dev, out of fold (calibration set) | F1 of `Yes` | 0.686 | |
//! | six CLEF 2019 training debates (dev, held out) | MAP | 0.196 | |
//! | CheckThat! 2024 dev-test | F1 of `Yes` | 0.782 (target 0.86, TF-IDF baseline 0.83) | |
//! | CLEF 2019 task 1 test | MAP | 0.141 (target 0.17, best 2019 system 0.166) | 0.107 |
//! | CLEF 2020 task 5 test | MAP | 0.061 | 0.100 (in-sample) |
//! | ClaimBuster two-class test (held out: overlap removed from training) | F1 | 0.831 | 0.807 |
//! | news dev set, first draw, pipeline claims (`score_binaries.py`; news weights fitted here) | accuracy | 0.813 | 0.673 |
//! | news dev set, second draw (held out), pipeline claims (`score_binaries.py`) | accuracy | 0.773 | |
//! | seed gold `checkworthy` lines, fragment and sentence | correct | 27/28 (one fragment the pipeline does not cut) | 28/28 |
//!
//! The CheckThat! and CLEF targets are not reached: the CheckThat! 2024 train and dev sets
//! do not predict its dev-test (another year, a third check-worthy), and CLEF marks the few claims
//! fact-checkers took up among many checkable ones.
//!
//! | module | what |
//! |---|---|
//! | [`features`] | the rule features and how they are read from a claim |
//! | [`lexicons`] | the word lists, one file per lexicon |
//! | [`terms`] | the words and word pairs the learned model reads |
//! | [`model`] | the model file, its reader and the score |
//! | `compiled`, `layout` (private) | the bundled model's terms as the build script lays them out |
//! | [`train`] | the trainer: vocabulary, L-BFGS fit, calibration |
//!
//! To teach the rules a word, add it to its lexicon. To add a rule feature, add a variant to
//! [`Feature`], read it in [`features::extract`], then retrain (`just train-checkworthiness`).

mod compiled;
pub mod features;
mod layout;
pub mod lexicons;
mod lookup;
pub mod model;
pub mod terms;
pub mod train;

pub use features::{Feature, FeatureValues};
pub use model::{Model, ModelError};

use claimkit_core::Reason;
use std::sync::OnceLock;

/// The bundled model file, as committed (`just train-checkworthiness` rewrites it).
pub const MODEL_FILE: &str = include_str!("checkworthiness-model.tsv");

/// The bundled model, read once: its head parsed from [`MODEL_FILE`], its terms from tables
/// the build script lays out from the same file (`build.rs`), so start-up parses no term row.
///
/// # Panics
/// When the bundled file does not parse, which the crate's tests rule out.
pub fn bundled() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| match compiled::model(MODEL_FILE) {
        Ok(model) => model,
        Err(e) => panic!("the bundled {e}"),
    })
}

/// How many learned terms a verdict names.
pub const STRONGEST_TERMS: usize = 3;

/// What the pipeline knows about a claim besides its text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ClaimFacts {
    /// Quantity mentions inside the claim.
    pub quantities: usize,
    /// Time expressions inside the claim resolved to calendar days.
    pub resolved_times: usize,
    /// The claim is attributed to a source (not asserted by the publication).
    pub attributed: bool,
    /// The claim is a direct quote.
    pub direct_quote: bool,
}

/// The check-worthiness of one claim.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    /// Calibrated score in 0..1.
    pub score: f64,
    /// The score reaches the model's threshold.
    pub checkworthy: bool,
    /// The rule features that fired with a non-zero weight, as reasons, in [`Reason`]
    /// order without repeats.
    pub reasons: Vec<Reason>,
}

/// Scores one claim from its text and what the pipeline found in it, with the bundled model.
pub fn assess(text: &str, facts: &ClaimFacts) -> Verdict {
    assess_with(bundled(), text, facts)
}

thread_local! {
    static SCRATCH: std::cell::RefCell<model::Scratch> = std::cell::RefCell::new(Default::default());
}

/// Scores one news claim with `model`: the news score of its text and rule features.
pub fn assess_with(model: &Model, text: &str, facts: &ClaimFacts) -> Verdict {
    let values = features::extract(text, facts);
    let z = SCRATCH.with(|s| model.text_margin(text, &mut s.borrow_mut()));
    let score = model.news_probability(model.news_margin(z, &values));
    let mut reasons: Vec<Reason> = Feature::ALL
        .iter()
        .filter(|f| model.rules[**f as usize] != 0.0 && values.get(**f) > 0.0)
        .filter_map(|f| f.reason())
        .collect();
    reasons.sort_unstable();
    reasons.dedup();
    Verdict {
        score,
        checkworthy: score >= model.news_threshold,
        reasons,
    }
}

/// The debate score of a sentence with `model` (text alone, calibrated on the CheckThat!
/// 2024 dev set): what the public debate benchmarks measure.
pub fn debate_score(model: &Model, text: &str) -> f64 {
    let z = SCRATCH.with(|s| model.text_margin(text, &mut s.borrow_mut()));
    model.debate_probability(z)
}

/// Up to [`STRONGEST_TERMS`] learned terms of `text` that count most *for* its
/// check-worthiness in the bundled model, strongest first, with their contribution to the
/// margin. Word terms come as they are, character n-grams in brackets (`[ tax]`).
///
/// ```
/// let terms = claimkit_claims::checkworthy::strongest_terms("Unemployment rose to 7 percent.");
/// assert!(!terms.is_empty() && terms.iter().all(|(_, w)| *w > 0.0));
/// ```
pub fn strongest_terms(text: &str) -> Vec<(String, f64)> {
    let model = bundled();
    let mut found: Vec<(u32, f64)> = Vec::new();
    SCRATCH.with(|s| {
        model.weighted_terms(text, &mut s.borrow_mut(), |i, x| {
            let c = x * model.term(i).map_or(0.0, |t| t.weight);
            if c > 0.0 {
                found.push((i, c));
            }
        })
    });
    found.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    found
        .into_iter()
        .take(STRONGEST_TERMS)
        .filter_map(|(i, c)| {
            let t = model.term(i)?;
            Some(match t.kind {
                terms::Kind::Word => (t.text.to_string(), c),
                terms::Kind::Char => (format!("[{}]", t.text), c),
            })
        })
        .collect()
}
