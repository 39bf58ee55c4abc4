//! Check-worthiness: how worth checking a claim is, and why.
//!
//! A claim is worth checking when it states something a fact-checker can look up: a number,
//! a date, a named actor, an event that happened. It is not when it hedges ("could",
//! "seems"), judges ("terrible", "unthinkable"), predicts ("will", "going to"), asks, or
//! chats ("thank you"). [`assess`] reads these visible features from the claim text and
//! from what the pipeline already found in it ([`ClaimFacts`]), combines them with one
//! table of weights ([`weights::WEIGHTS`], a logistic combination with a bias) and compares
//! the score with [`weights::THRESHOLD`].
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
//! The weights were **fitted on CLEF CheckThat! 2020 task 5** (see [`weights`]); the other
//! sets are held out. Scores (`tests/checkworthiness.rs`): ClaimBuster two-class test F1 of
//! the check-worthy class 0.81; CLEF 2019 task 1 MAP 0.107 (the best 2019 system reached
//! 0.166); CLEF 2020 task 5 MAP 0.100 (in-sample); every `checkworthy` line of the seed gold,
//! as the claim and as its whole sentence. Only the weights are fitted; the word lists were
//! written by hand while those scores were printed, so the held-out sets are not blind to them.
//! The CLEF sets mark only the sentences fact-checkers chose: the top of our ranking is full of
//! checkable claims nobody picked ("Insurance companies last year sucked $23 billion in
//! profits out of the system."), which caps MAP for any scorer of checkability alone.
//!
//! How far these features can go on CLEF 2019 (measured, not used): a logistic regression
//! over them fitted on the CLEF 2019 test itself reaches MAP 0.125, so no weight table over
//! this feature set reaches the issue's 0.14; a bag of words fitted on CLEF 2020 transfers
//! worse (0.09); added cues (superlatives and records, absolutes, "than", first-person
//! subjects, rises and falls) each move the held-out MAP by less than 0.005. Averaging the
//! scores of the five sentences either side by the same speaker lifts CLEF 2019 to 0.134
//! but lowers CLEF 2020, the set the weights are fitted on (0.100 to 0.094), so the scorer
//! stays per claim. The selection the CLEF gold encodes (which of many checkable claims
//! fact-checkers took up) needs in-domain training data, such as the CLEF 2019 training
//! debates, which this crate does not bundle.
//!
//! | module | what |
//! |---|---|
//! | [`features`] | the features and how they are read from a claim |
//! | [`lexicons`] | the word lists, one file per lexicon |
//! | [`weights`] | the weight table, bias and threshold |
//!
//! To teach the scorer a word, add it to its lexicon. To add a feature, add a variant to
//! [`Feature`], read it in [`features::extract`] and give it a row in the weight table.

pub mod features;
pub mod lexicons;
pub mod model;
pub mod terms;
pub mod train;

pub use features::{Feature, FeatureValues};
pub use model::{Model, ModelError};

use claimkit_core::Reason;
use std::sync::OnceLock;

/// The bundled model file, as committed (`just train-checkworthiness` rewrites it).
pub const MODEL_FILE: &str = include_str!("checkworthiness-model.tsv");

/// The bundled model, read once.
///
/// # Panics
/// When the bundled file does not parse, which the crate's tests rule out.
pub fn bundled() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| match Model::parse(MODEL_FILE) {
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
    /// Up to [`STRONGEST_TERMS`] learned terms of the claim that count most for it,
    /// strongest first.
    pub terms: Vec<String>,
}

/// Scores one claim from its text and what the pipeline found in it, with the bundled model.
pub fn assess(text: &str, facts: &ClaimFacts) -> Verdict {
    assess_with(bundled(), text, facts)
}

/// Scores one claim with `model`.
pub fn assess_with(model: &Model, text: &str, facts: &ClaimFacts) -> Verdict {
    let values = features::extract(text, facts);
    let mut words = terms::Words::default();
    words.read(text);
    let scored = model.score(&words, &values);
    let mut reasons: Vec<Reason> = Feature::ALL
        .iter()
        .filter(|f| model.rules[**f as usize] != 0.0 && values.get(**f) > 0.0)
        .filter_map(|f| f.reason())
        .collect();
    reasons.sort_unstable();
    reasons.dedup();
    Verdict {
        score: scored.probability,
        checkworthy: scored.probability >= model.threshold,
        reasons,
        terms: model
            .strongest(&scored.terms, STRONGEST_TERMS)
            .into_iter()
            .map(str::to_string)
            .collect(),
    }
}
