//! The one table that decides: a weight per feature, the bias and the threshold.
//!
//! The score is `1 / (1 + exp(-(BIAS + Σ weight × value)))`, every value in 0..1.

use super::features::Feature;

/// Added before the features.
pub const BIAS: f64 = -1.0;

/// A claim is check-worthy when its score reaches this.
pub const THRESHOLD: f64 = 0.5;

/// The weight of every feature: positive counts for check-worthiness, negative against.
pub const WEIGHTS: &[(Feature, f64)] = &[
    (Feature::Quantity, 1.5),
    (Feature::Time, 0.8),
    (Feature::Attributed, 0.5),
    (Feature::ReportingCue, 0.3),
    (Feature::NamedEntity, 1.0),
    (Feature::EventVerb, 1.0),
    (Feature::Statistic, 1.0),
    (Feature::Length, 1.0),
    (Feature::ModalVerb, -1.0),
    (Feature::Hedge, -1.0),
    (Feature::Opinion, -1.0),
    (Feature::Prediction, -1.0),
    (Feature::Question, -1.5),
    (Feature::Personal, -0.5),
    (Feature::ChitChat, -1.0),
    (Feature::DirectQuote, -0.3),
    (Feature::NothingVerifiable, -1.0),
    (Feature::Short, -1.0),
];
