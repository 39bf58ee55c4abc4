//! Departments and fields of an office, written before its title in lower case as
//! well as capitalised ("the home secretary", "Trade Minister Kamal Nath", "the
//! treasury secretary"): they say which office a title description holds.

/// Portfolio words (compared ignoring case).
pub const WORDS: &[&str] = &[
    "home", "trade", "treasury", "commerce", "energy", "culture", "transport", "environment",
    "agriculture", "communications", "industry", "economy", "economic", "labour", "labor",
    "justice", "oil", "petroleum", "information", "tourism", "housing", "employment", "work",
    "pensions", "science", "technology", "development", "security", "immigration", "planning",
    "budget", "fisheries", "sport", "sports", "media", "constitutional", "cabinet", "welfare",
    "social", "affairs", "europe", "aid", "schools", "universities", "children", "culture",
    "mining", "mines", "water", "power", "railways", "aviation", "shipping", "telecoms",
    "telecommunications", "privatisation", "privatization", "reform", "competition",
];
