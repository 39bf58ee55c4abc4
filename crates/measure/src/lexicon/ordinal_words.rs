//! Words around an ordinal that decide whether it states a position: "finished
//! second", "the 11th most generous donor", "the third day running"; or names a
//! kind of thing ("the Third World", "first mortgage bonds").

/// Ordinals followed by these are times or adjectives, not counted things:
/// "21st century", "third quarter", "second half".
pub(crate) const NOT_COUNTED: &[&str] = &["century", "centuries", "quarter", "half"];

/// An ordinal and the word after it that together name a kind of thing, not a
/// position: "the Third World", "first mortgage bonds", "a second-tier market",
/// "third generation (3G) phones", "third countries". Not when "of" follows the
/// noun ("the third generation of the family" is a position).
pub(crate) const NAMES: &[(&str, &str)] = &[
    ("first", "aid"),
    ("first", "class"),
    ("first", "degree"),
    ("first", "hand"),
    ("first", "lady"),
    ("first", "minister"),
    ("first", "mortgage"),
    ("first", "rate"),
    ("first", "world"),
    ("second", "class"),
    ("second", "degree"),
    ("second", "hand"),
    ("second", "home"),
    ("second", "homes"),
    ("second", "nature"),
    ("second", "rate"),
    ("second", "tier"),
    ("second", "world"),
    ("third", "countries"),
    ("third", "country"),
    ("third", "degree"),
    ("third", "generation"),
    ("third", "parties"),
    ("third", "party"),
    ("third", "rate"),
    ("third", "way"),
    ("third", "world"),
    ("fourth", "estate"),
];

/// Verbs after which a bare "first" or "second" is a placing: "finished second",
/// "came first", "ranked second".
pub(crate) const PLACING_VERBS: &[&str] = &[
    "finished",
    "finish",
    "finishes",
    "finishing",
    "came",
    "come",
    "comes",
    "placed",
    "ranked",
    "ranks",
    "rank",
    "ranking",
    "rated",
    "seeded",
    "qualified",
];

/// Words before a bare "first" or "second" that make it a position of something
/// named after it ("the first Australian to", "a second Iranian rig", "their first
/// upwards move").
pub(crate) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "s",
];

/// Words after a period that make an ordinal before it a count in a row: "the third
/// day running".
pub(crate) const IN_A_ROW: &[&str] = &["running", "straight"];
