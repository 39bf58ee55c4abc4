//! The one table that decides: a weight per feature, the bias and the threshold.
//!
//! The score is `1 / (1 + exp(-(BIAS + Σ weight × value)))`, every value in 0..1.
//!
//! **Fitted on CLEF CheckThat! 2020 task 5** (21,514 debate sentences, 136 check-worthy) by
//! the ignored test `fit_weights` in `tests/checkworthiness.rs`: starting from hand-set
//! weights (or, with `CW_WARM=1`, from this table after a lexicon change), coordinate ascent on that set's MAP with every weight kept on the side its feature
//! stands for (a hedge can only count against), then the bias that maximises balanced accuracy
//! at the threshold 0.5. `Attributed` and `DirectQuote` never fire in debates and keep their
//! hand-set weights. ClaimBuster, CLEF 2019 task 1 and the seed gold are held out (scores in
//! the tests and the crate's report). Weights rounded to 0.05.

use super::features::Feature;

/// Added before the features.
pub const BIAS: f64 = -1.50;

/// A claim is check-worthy when its score reaches this.
pub const THRESHOLD: f64 = 0.5;

/// The weight of every feature: positive counts for check-worthiness, negative against.
pub const WEIGHTS: &[(Feature, f64)] = &[
    (Feature::Quantity, 2.10),
    (Feature::Time, 0.55),
    (Feature::Attributed, 0.50),
    (Feature::ReportingCue, 0.30),
    (Feature::NamedEntity, 0.90),
    (Feature::EventVerb, 1.00),
    (Feature::Statistic, 2.00),
    (Feature::PublicRecord, 2.50),
    (Feature::Length, 1.85),
    (Feature::ModalVerb, -1.15),
    (Feature::Hedge, -1.00),
    (Feature::Opinion, -1.25),
    (Feature::Prediction, -2.40),
    (Feature::Question, -1.25),
    (Feature::Personal, -0.50),
    (Feature::ChitChat, 0.00),
    (Feature::DirectQuote, -0.30),
    (Feature::NothingVerifiable, -0.50),
    (Feature::Short, -1.00),
];
