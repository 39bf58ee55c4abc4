//! Reporting verbs and phrases: the sentence relays what a source stated ("U.S. officials
//! said", "according to the Russian news agency Interfax"), which names who to check with.

/// Reporting verbs in the past tense and the present of news style (lower case).
pub const REPORTING: &[&str] = &[
    "acknowledged",
    "added",
    "admitted",
    "announced",
    "confirmed",
    "declared",
    "disclosed",
    "estimated",
    "noted",
    "reported",
    "reports",
    "revealed",
    "said",
    "says",
    "showed",
    "shows",
    "stated",
    "testified",
    "told",
    "tweeted",
    "warned",
    "wrote",
];

/// Two-word reporting cues.
pub const REPORTING_PAIRS: &[(&str, &str)] = &[("according", "to")];
