//! Closed-class words the frame rules step over or stop at.

/// Words that may stand between a source and its cue ("has", "also", "now").
pub const BETWEEN_SOURCE_AND_CUE: &[&str] = &[
    "has", "have", "had", "is", "was", "were", "are", "be", "been", "will", "would", "could",
    "should", "may", "might", "can", "did", "does", "do", "also", "now", "then", "later", "earlier",
    "again", "further", "previously", "recently", "reportedly", "publicly", "privately",
    "repeatedly", "separately", "once", "often", "still", "already", "had", "never", "not",
    "always", "yet", "too", "had", "however", "first", "last", "has", "himself", "herself",
    "themselves", "itself", "flatly", "openly", "explicitly", "simply", "initially", "subsequently",
    "ultimately", "finally", "just", "only", "so", "far", "here", "meanwhile", "meantime",
    // adverbs of force before a verb of saying ("strongly stressed that", "firmly
    // denied that")
    "strongly", "firmly", "categorically", "emphatically", "vehemently", "strenuously",
    "flat-out", "outright",
];

/// Words that start an adjunct after a cue ("said Tuesday in Brussels",
/// "said in an interview with Euronews").
pub const ADJUNCT_START: &[&str] = &[
    "on", "in", "at", "during", "while", "after", "before", "from", "to", "with", "via", "through",
    "last", "this", "earlier", "later", "yesterday", "today", "tonight", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "recently", "also", "again",
    "previously", "afterward", "afterwards", "then", "repeatedly", "publicly", "privately",
    "separately", "late", "early", "shortly", "when", "over", "by", "overnight", "here", "there",
    "once", "too", "as", "under", "outside", "inside", "near", "told",
];

/// Subordinators and conjunctions that start a clause before a source
/// ("…, but X said", "when X said").
pub const CLAUSE_OPENERS: &[&str] = &[
    "but", "and", "or", "so", "yet", "when", "while", "because", "although", "though", "since",
    "if", "after", "before", "where", "whereas", "as", "meanwhile", "however", "still", "instead",
    "then", "now", "also", "moreover", "furthermore", "indeed", "later", "earlier", "separately",
    "unless", "until", "once", "whether", "that",
    // a focus adverb before the subject: "Even his own party has said …"
    "even",
    // a day adverb before the subject, no comma: "Yesterday Rep. Dana Holt said …"
    "yesterday", "today", "tonight",
];

/// Connective adverbs that a writer sets off by commas after a subject, and that name
/// no role of it ("Prime Minister Jane Ode, however, said …"; "The board, meanwhile,
/// said …").
pub const CONNECTIVE_ADVERBS: &[&str] = &[
    "however", "meanwhile", "though", "too", "also", "instead", "moreover", "furthermore",
    "nonetheless", "nevertheless", "likewise", "similarly", "meantime", "separately", "again",
    "later", "earlier", "now", "then", "still", "yet", "indeed", "therefore", "thus",
];

/// Articles: before a name they say nothing of the one named ("the SEC said"), so they
/// are no role.
pub const ARTICLES: &[&str] = &["the", "a", "an"];

/// Words that join two names, not clauses (those are `frames::content::COORDINATORS`):
/// words before a name that end with one join it to another name ("S and P said",
/// "Naylor and Beesley said"), so they are no role.
pub const NAME_JOINERS: &[&str] = &["and", "or", "&"];

/// `text` without a leading "the " or "The " ("the Fed" → "Fed").
pub fn without_the(text: &str) -> &str {
    text.strip_prefix("the ")
        .or_else(|| text.strip_prefix("The "))
        .unwrap_or(text)
}

/// Determiners other than articles and possessives: capitalised at the start of a
/// sentence they are no name ("This party said …").
pub const OTHER_DETERMINERS: &[&str] = &["this", "that", "these", "those", "another", "each", "every"];

/// Possessive determiners: capitalised at the start of a sentence they open no
/// name ("Its European market share rose" names no body "Its European").
pub const POSSESSIVE_DETERMINERS: &[&str] = &["its", "their", "his", "her", "our", "my", "your"];

/// Relative pronouns that end a source mention ("a diplomat who attended …").
pub const RELATIVES: &[&str] = &["who", "whom", "whose", "which", "that"];

/// Words that may stand inside a noun phrase naming a source.
pub const NOUN_PHRASE_FILLERS: &[&str] = &[
    "the", "a", "an", "and", "of", "for", "former", "current", "senior", "top", "some", "many",
    "several", "other", "two", "three", "four", "five", "both", "all", "its", "his", "her", "their",
    "one", "deputy", "chief", "acting", "local", "foreign", "military", "political", "western",
    "european", "american", "new", "state", "federal", "national", "regional", "high-ranking",
    "ranking", "retired", "longtime", "veteran", "anonymous", "unnamed", "administration",
    "government", "intelligence", "security", "defense", "defence", "health", "police", "party",
    "news", "media", "affairs", "to", "de", "al", "van", "von", "der", "du", "la", "le", "bin",
    "ibn", "el",
];

/// Personal pronouns that can be sources, with whether they are plural.
pub const PRONOUNS: &[(&str, bool)] = &[
    ("he", false),
    ("she", false),
    ("i", false),
    ("they", true),
    ("we", true),
    ("it", false),
];

/// Subordinators that start a new clause inside the words before a cue: the
/// source comes after the last one ("the deal failed because Mr. Smith said").
pub const CLAUSE_CUTTERS: &[&str] = &[
    "when", "while", "because", "although", "though", "since", "if", "after", "before", "where",
    "whereas", "but", "so", "yet", "as", "unless", "until", "whether", "that", "than", "how", "why",
];

/// Subordinators that open a sentence with a clause of their own before its main
/// clause ("Although the minister said the plan was sound, critics …"); a clause
/// without "that" after a forecast cue stops at them too.
pub const OPENING_SUBORDINATORS: &[&str] = &[
    "although", "though", "while", "whilst", "whereas", "because", "since", "when", "once",
    "after", "before", "unless", "if",
];

/// Forms of "be" that make a following participle passive ("was told to").
pub const BE: &[&str] = &[
    "was", "were", "is", "are", "been", "being", "be", "am", "'s", "’s",
];

/// Words a noun phrase cannot end with ("the", "and", "of").
pub const NOT_LAST_IN_NOUN_PHRASE: &[&str] = &[
    "the", "a", "an", "and", "or", "of", "for", "to", "its", "his", "her", "their", "de", "al",
    "van", "von", "der", "du", "la", "le", "bin", "ibn", "el",
];

/// Prepositions: a noun phrase right after one is not a clause subject
/// ("despite a US government report", "of government notes").
pub const PREPOSITIONS: &[&str] = &[
    "of", "in", "on", "for", "with", "by", "from", "into", "onto", "to", "at", "about", "against",
    "despite", "over", "under", "after", "before", "during", "without", "within", "through",
    "across", "among", "amid", "between", "behind", "beyond", "like", "unlike", "toward",
    "towards", "upon", "via", "per", "than", "according",
];

/// Modal and auxiliary verbs: "will report profits" is no report yet, and
/// "the report is expected" makes "report" a noun.
pub const AUXILIARIES: &[&str] = &[
    "will", "would", "could", "can", "may", "might", "should", "must", "shall", "is", "was",
    "are", "were", "has", "have", "had", "be", "been", "being", "do", "does", "did", "’s", "'s",
];

/// Coordinators and subordinators that can never head a source.
pub const NOT_A_SOURCE: &[&str] = &[
    "and", "or", "but", "nor", "so", "yet", "if", "as", "than", "then", "there", "here", "not",
    "also", "which", "what", "whose", "whom", "that", "this", "these", "those", "to", "the", "a",
    "an", "of", "in", "on", "for", "with", "by", "from", "at", "while", "when", "because",
    "although", "though", "since", "after", "before", "according", "despite", "reportedly",
];

/// Weekdays and days named from today: capitalised, but never a source ("on Monday
/// reported"). With the months of the month table they make
/// [`CALENDAR`](super::CALENDAR).
pub const DAYS: &[&str] = &[
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today",
    "Yesterday",
];

/// Quantifiers that open a noun phrase of people ("most economists", "few
/// analysts", "half the members").
pub const QUANTIFIERS: &[&str] = &[
    "most", "many", "some", "few", "several", "half", "all", "both", "more", "fewer",
];

/// Words that open a time phrase at the start of a clause ("In December", "Last
/// week", "On Tuesday"): written without a comma before the subject, such a phrase
/// is no part of it ("In December the House of Lords, the UK's highest court,
/// ruled …"). Compared ignoring case.
pub const TIME_OPENERS: &[&str] = &["in", "on", "during", "last", "this", "next", "early", "late"];

/// Nouns of time that, after a [`TIME_OPENERS`] word, end such a phrase ("Last
/// week", "This year"); months and days are in [`CALENDAR`](super::CALENDAR).
pub const TIME_NOUNS: &[&str] = &[
    "week", "month", "year", "weekend", "night", "morning", "afternoon", "evening", "summer",
    "winter", "spring", "autumn",
];

/// Words that "'s" after them makes "is" or "has", not a possessive ("he's
/// claimed", "it's alleged that …"). Compared ignoring case.
pub const CONTRACTED_SUBJECTS: &[&str] = &[
    "he", "she", "it", "that", "there", "who", "what", "here", "where", "one", "everyone",
    "nobody", "somebody", "someone",
];
