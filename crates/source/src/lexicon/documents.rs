//! Documents and findings that carry content ("the report", "a statement",
//! "figures", "the study"): a source whose head is one of them is a document.

/// Head nouns of documents (compared ignoring case).
pub const HEADS: &[&str] = &[
    "report", "reports", "study", "studies", "statement", "statements", "findings", "finding",
    "figures", "data", "results", "survey", "surveys", "poll", "polls", "analysis", "document",
    "documents", "letter", "memo", "paper", "ruling", "judgment", "judgement", "verdict", "release",
    "communique", "communiqué", "filing", "complaint", "indictment", "lawsuit", "assessment",
    "estimate", "estimates", "research", "review", "audit", "investigation", "census", "records",
    "record", "bill", "law", "decree", "resolution", "agreement", "treaty", "plan", "proposal",
    "transcript", "testimony", "tweet", "post", "blog", "website", "sign", "notice", "order",
    "guidelines", "statistics", "numbers", "evidence", "model", "forecast", "projections",
    "projection", "budget", "article", "editorial", "book", "footage", "video", "e-mail", "email",
    "message", "forecasts", "minutes", "filings", "letters", "memos", "accounts", "calculations",
    "probe", "inquiry", "dossier", "images", "photos", "photographs", "pictures", "videos",
    "recordings", "recording",
];

/// Participles that, with "by" and an outlet after a document's head, name the
/// outlet that relays the document ("Documents seen by Reuters showed …", "a letter
/// obtained by the Financial Times said …"): the outlet is the frame's `via`.
pub const SEEN_BY_OUTLET: &[&str] = &["seen", "obtained"];

/// Words that open a post-modifier after a document's head noun ("a survey by
/// two firms", "a report from the World Bank", "figures compiled by the
/// ministry", "a filing with regulators", "a letter to shareholders", "an inquiry into
/// the crash"): the head of the source is the word before them.
pub const POST_MODIFIER_OPENERS: &[&str] = &[
    "by", "from", "of", "for", "on", "with", "to", "into", "before", "about", "conducted", "commissioned", "published", "released",
    "compiled", "carried", "issued", "obtained", "prepared", "produced", "presented", "unveiled",
    "leaked", "sent", "filed", "reported", "seen", "received", "gathered", "collected",
    "provided", "submitted", "posted", "shared", "cited", "verified", "corroborated",
];

/// Words that open an adverb of time right after a document's head ("Oxfam's
/// report this week said", "a report earlier this week from the council", "a
/// poll last month found"): the head is the word before them, as before a
/// post-modifier.
pub const TIME_AFTER_HEAD: &[&str] = &[
    "this", "last", "earlier", "next", "yesterday", "today", "recently",
];

/// Words that describe a document rather than say whose it is, capitalised when
/// they open the sentence ("Official figures", "New data", "The latest poll"): no
/// part of the document's owner.
pub const NOT_OWNERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
    "new", "official", "latest", "recent", "earlier", "later", "preliminary", "final",
    "provisional", "initial", "fresh", "separate", "previous", "internal", "confidential",
    "leaked", "annual", "monthly", "weekly", "quarterly", "independent", "government", "private",
    "public", "secret", "draft", "other", "some", "many", "several", "both", "two", "three",
];
