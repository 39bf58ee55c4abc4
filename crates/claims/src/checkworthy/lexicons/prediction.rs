//! Prediction cues: the future cannot be checked yet ("likely will add to a national
//! discussion", "we're going to win"). Two-word cues (`going to`, `plan to`) are pairs.

/// Single words that mark a prediction, plan or promise (lower case).
pub const PREDICTION: &[&str] = &[
    "'ll",
    "anticipate",
    "anticipated",
    "anticipates",
    "eventually",
    "expect",
    "expects",
    "forecast",
    "forecasts",
    "future",
    "gonna",
    "intend",
    "intends",
    "predict",
    "predicted",
    "predicts",
    "promise",
    "propose",
    "proposed",
    "proposes",
    "promises",
    "soon",
    "someday",
    "tomorrow",
    "will",
    "won't",
];

/// Two-word cues: the first word followed by the second.
pub const PREDICTION_PAIRS: &[(&str, &str)] = &[
    ("going", "to"),
    ("plan", "to"),
    ("plans", "to"),
    ("planning", "to"),
    ("expected", "to"),
    ("next", "year"),
    ("next", "week"),
    ("next", "month"),
    ("about", "to"),
    ("set", "to"),
    ("poised", "to"),
];
