//! Verbs by which an outlet relays what someone said: "the paper quoted Mr X
//! as saying", "Reuters reported the regulator as saying", "the agency cited
//! her as saying".

/// Forms of the relaying verb that open the frame.
pub const QUOTE_FORMS: &[&str] = &[
    "quoted", "quotes", "quoting", "reported", "reports", "reporting", "cited", "cites", "citing",
];

/// Participles after "as" that end the frame's cue.
pub const AS_SAYING: &[&str] = &["saying", "telling", "warning", "adding"];
