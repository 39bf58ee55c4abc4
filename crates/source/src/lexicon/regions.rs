//! Regions and other place names that do not speak for one government
//! ("Mideast", "the Gulf", "Latin America"). Alone, they are neither a person
//! nor an organization: "according to U.S. and Mideast [officials]" has lost
//! its head noun. Case-sensitive.

/// Region names.
pub const NAMES: &[&str] = &[
    "Mideast", "Middle East", "Near East", "Far East", "Gulf", "Persian Gulf", "Asia", "Africa",
    "Europe", "Eurasia", "Latin America", "South America", "North America", "Central America",
    "Caribbean", "Balkans", "Baltic", "Baltics", "Scandinavia", "Arctic", "Antarctica", "Pacific",
    "Atlantic", "Mediterranean", "Caucasus", "Levant", "Maghreb", "Sahel", "Horn of Africa",
    "Southeast Asia", "South Asia", "East Asia", "Central Asia", "West", "East", "North", "South",
    "Midwest", "Northeast", "Northwest", "Southeast", "Southwest", "Eurozone", "Oceania",
    "Sub-Saharan Africa", "West Bank", "Gaza", "Kurdistan", "Siberia", "Kashmir", "Tibet",
    "Crimea", "Donbas", "Golan", "Sinai",
];
