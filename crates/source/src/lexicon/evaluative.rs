//! Words of judgement that make "X described Y as …" an attribution: the
//! speaker's verdict ("described the talks as constructive", "denounced the
//! war as a waste of money"), not a plain account of what something is
//! ("described the device as a pump"). An adjective or a noun of the list
//! (or a quotation) must open the phrase after "as". Compared ignoring case.

/// Adjectives and nouns of praise, blame and weight.
pub const WORDS: &[&str] = &[
    // adjectives
    "absurd", "alarming", "amicable", "appalling", "baseless", "bizarre", "brave", "catastrophic",
    "constructive", "cordial", "courageous", "critical", "crucial", "damaging", "dangerous",
    "deplorable", "disappointing", "disastrous", "disgraceful", "disgusting", "dishonest",
    "encouraging", "essential", "excellent", "excessive", "extraordinary", "fair", "false",
    "flawed", "frank", "fruitful", "good", "grave", "great", "groundless", "helpful", "historic",
    "honest", "hostile", "illegal", "immoral", "important", "inaccurate", "inadequate",
    "inappropriate", "incompetent", "insufficient", "irresponsible", "key", "landmark", "leading",
    "major", "misguided", "misleading", "outrageous", "pathetic", "pointless", "positive",
    "premature", "productive", "prominent", "reckless", "regrettable", "remarkable", "ridiculous",
    "serious", "shameful", "shocking", "significant", "successful", "terrible", "tragic",
    "unacceptable", "unfair", "unhelpful", "unjust", "unprecedented", "unrealistic", "useful",
    "valuable", "vital", "welcome", "worrying", "worst", "best", "worthless", "wrong",
    // nouns
    "betrayal", "blow", "breakthrough", "catastrophe", "disaster", "disgrace", "failure", "farce",
    "hero", "insult", "mistake", "nonsense", "outrage", "scandal", "shambles", "success", "threat",
    "tragedy", "travesty", "triumph", "victory", "waste", "propaganda", "rubbish", "fantasy",
    "smear", "stunt", "gimmick", "hoax", "sham", "fabrication", "lie", "lies", "heroes",
    "cowardly", "barbaric", "heinous", "senseless", "brutal", "despicable", "abhorrent", "cynical",
    "hypocritical", "satire", "lighthearted", "light-hearted", "harmless", "fake", "fraud",
    "racist", "sexist", "offensive", "misinformation", "disinformation",
];
