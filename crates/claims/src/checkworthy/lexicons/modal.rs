//! Modal verbs and hedges: the writer or speaker does not assert the fact, only its
//! possibility ("The effort could yet dissolve", "Iran is another potential wild card").
//!
//! Two lists, because a modal verb changes the whole clause while a hedge word is often
//! one qualifier in an otherwise factual sentence ("to plot a possible resolution").

/// Modal auxiliaries (lower case; `’` is read as `'`).
pub const MODAL_VERBS: &[&str] = &[
    "can",
    "cannot",
    "can't",
    "shall",
    "could",
    "couldn't",
    "may",
    "might",
    "mightn't",
    "must",
    "mustn't",
    "ought",
    "should",
    "shouldn't",
    "would",
    "wouldn't",
    "'d",
];

/// Hedges: verbs of appearance, adverbs and adjectives of likelihood.
pub const HEDGES: &[&str] = &[
    "allegedly",
    "apparent",
    "apparently",
    "appear",
    "appeared",
    "appears",
    "arguably",
    "assume",
    "conceivably",
    "doubt",
    "doubtful",
    "guess",
    "hopefully",
    "if",
    "likely",
    "maybe",
    "perhaps",
    "plausible",
    "possibility",
    "possible",
    "possibly",
    "potential",
    "potentially",
    "presumably",
    "probable",
    "probably",
    "purportedly",
    "reportedly",
    "rumor",
    "rumored",
    "rumors",
    "seem",
    "seemed",
    "seemingly",
    "seems",
    "speculate",
    "speculation",
    "suggest",
    "suggests",
    "suppose",
    "supposedly",
    "suspect",
    "uncertain",
    "unclear",
    "unlikely",
    "whether",
];

/// Verbs of appearance: followed by "like" within three words they hedge like "seems"
/// ("Mr. Putin now is looking less like a global pariah", "it sounds like a deal").
pub const APPEARANCE_VERBS: &[&str] = &[
    "look", "looked", "looking", "looks", "sound", "sounded", "sounding", "sounds",
];

/// Conjunctions that open a coordinated clause after a comma: a modal in one clause does not
/// hedge the other ("forced the cancellation of a game Tuesday, and likely will add to …").
pub const COORDINATORS: &[&str] = &["and", "but", "while", "whereas", "yet"];

/// Two-word modals of necessity and obligation: the first word followed by "to" ("we have to
/// make the Russians understand", "we've got to provide help").
pub const MODAL_PAIRS: &[(&str, &str)] = &[
    ("have", "to"),
    ("has", "to"),
    ("got", "to"),
    ("need", "to"),
    ("needs", "to"),
    ("ought", "to"),
    ("able", "to"),
];
