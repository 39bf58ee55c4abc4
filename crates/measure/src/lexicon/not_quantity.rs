//! Contexts in which a number is a name, a date or a time, not a quantity.

/// Words before a number that make the number part of a name: "Boeing 737",
/// "Section 230", "Resolution 2254", "Flight 9268", "No. 2".
pub(crate) const DESIGNATORS: &[&str] = &[
    "boeing",
    "airbus",
    "embraer",
    "tupolev",
    "sukhoi",
    "mig",
    "apollo",
    "soyuz",
    "windows",
    "iphone",
    "ipad",
    "galaxy",
    "pixel",
    "model",
    "version",
    "release",
    "section",
    "article",
    "chapter",
    "clause",
    "paragraph",
    "amendment",
    "resolution",
    "title",
    "rule",
    "bill",
    "act",
    "proposition",
    "prop",
    "flight",
    "route",
    "highway",
    "interstate",
    "road",
    "street",
    "avenue",
    "room",
    "suite",
    "floor",
    "gate",
    "terminal",
    "platform",
    "track",
    "pier",
    "precinct",
    "district",
    "ward",
    "channel",
    "page",
    "pages",
    "vol",
    "volume",
    "issue",
    "no",
    "nos",
    "number",
    "nr",
    "nrs",
    "exercise",
    "exercises",
    "phase",
    "level",
    "category",
    "class",
    "type",
    "mark",
    "mk",
    "series",
    "season",
    "episode",
    "week",
    "day",
    "game",
    "stage",
    "round",
    "tier",
    "grade",
    "form",
    "unit",
    "battalion",
    "brigade",
    "division",
    "corps",
    "regiment",
    "fleet",
    "army",
    "squadron",
    "group",
    "formula",
    "covid",
    "fortune",
    "seat",
    "row",
    "aisle",
    "berth",
    "cabin",
    "lane",
    "box",
    "ftse",
    "dax",
    "nikkei",
    "cac",
    "ibex",
    "s&p",
];

/// Words that end a street name after a house number: "221 Baker Street",
/// "1600 Pennsylvania Avenue", "10 Downing St".
pub(crate) const STREET_WORDS: &[&str] = &[
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "lane",
    "ln",
    "boulevard",
    "blvd",
    "drive",
    "dr",
    "place",
    "pl",
    "square",
    "sq",
    "way",
    "terrace",
    "crescent",
    "court",
    "ct",
    "parkway",
    "pkwy",
    "highway",
    "hwy",
    "close",
    "gardens",
    "row",
    "strasse",
    "straße",
    "rue",
    "via",
];

/// Words after a number that make it a clock time: "3 p.m.", "11:27 ET".
pub(crate) const CLOCK_WORDS: &[&str] = &[
    "am", "pm", "a", "p", "gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt",
    "bst", "cet", "cest", "hrs", "oclock", "o",
];

/// Words that are never the counted noun after a number.
pub(crate) const NOT_COUNTED: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "but", "nor", "to", "in", "on", "at", "for", "with", "by",
    "from", "into", "onto", "over", "under", "than", "as", "per", "each", "is", "are", "was",
    "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will",
    "would", "shall", "should", "can", "could", "may", "might", "must", "that", "which", "who",
    "whom", "whose", "this", "these", "those", "it", "its", "they", "them", "their", "he", "she",
    "his", "her", "we", "our", "you", "your", "i", "me", "my", "so", "if", "then", "also", "not",
    "no", "more", "less", "fewer", "most", "least", "about", "around", "after", "before", "since",
    "until", "while", "when", "where", "up", "down", "out", "off", "again", "apiece", "each",
    "all", "both", "either", "neither", "other", "others", "another", "such", "only", "just",
    "even", "still", "yet", "very", "too", "said", "says", "say", "told", "added", "versus", "vs",
    "v", "plus", "minus", "percent", "pct", "ago", "later", "earlier", "through", "against",
    "among", "between", "within", "without", "during", "via", "like", "there", "here", "what",
    "how", "why", "st", "nd", "rd", "th", "s", "one", "ones", "remain", "survive", "say",
    "believe", "think", "want", "agree", "disagree", "support", "oppose", "work", "die", "need",
    "face", "come", "go", "stay", "hold", "own", "lack",
];

/// Ordinals followed by these are times or adjectives, not counted things:
/// "21st century", "third quarter", "second half".
pub(crate) const ORDINAL_NOT_COUNTED: &[&str] = &[
    "century",
    "centuries",
    "quarter",
    "half",
    "largest",
    "biggest",
];

/// Verbs in the past tense that follow a count of people or things without
/// being what is counted ("12 died", "5 left", "Nearly half voted"). Regular
/// `-ed` forms are recognised by their ending (see [`NOUNS_IN_ED`]); irregular
/// ones are listed here.
pub(crate) const PAST_VERBS: &[&str] = &[
    "became", "began", "broke", "came", "fell", "fled", "flew", "fought", "froze", "gave", "got",
    "grew", "held", "hid", "knew", "led", "left", "lost", "made", "met", "ran", "rose", "said",
    "sank", "saw", "sold", "spoke", "stood", "stole", "struck", "swam", "took", "told", "went",
    "won", "wrote",
];

/// Nouns that end in "-ed" and can be counted ("three beds", "two seeds").
pub(crate) const NOUNS_IN_ED: &[&str] = &[
    "bed", "beds", "breed", "breeds", "creed", "creeds", "deed", "deeds", "feed", "feeds", "need",
    "needs", "reed", "reeds", "seed", "seeds", "shed", "sheds", "sled", "sleds", "speed", "speeds",
    "steed", "steeds", "weed", "weeds", "hundred", "hundreds",
];

/// Canonical units of a period of time ([`MEASURES`](super::units::MEASURES)): a
/// period anchored to the story's date is a time, not a quantity.
pub(crate) const PERIOD_UNITS: &[&str] = &["year", "month", "week", "day", "decade", "fortnight"];

/// Words before a period that anchor it to the story's date: "over the next five
/// years", "the past two months", "within the last 15 days".
pub(crate) const ANCHORS_BEFORE: &[&str] = &[
    "next",
    "past",
    "last",
    "coming",
    "previous",
    "following",
    "recent",
];

/// Words after a period that anchor it: "18 months ago", "12 months later", "the six
/// months ending 31 December".
pub(crate) const ANCHORS_AFTER: &[&str] = &["ago", "later", "earlier", "ending", "ended", "hence"];
