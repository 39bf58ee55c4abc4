//! Nationality and regional adjectives ("Russian", "Mideast", "European"):
//! they tell a source's affiliation, never its name. Case-sensitive.

/// Nationality and regional adjectives.
pub const ADJECTIVES: &[&str] = &[
    "American", "Russian", "Chinese", "Iranian", "Israeli", "Syrian", "Turkish", "French",
    "German", "British", "English", "Scottish", "Welsh", "Irish", "Japanese", "Indian",
    "Pakistani", "Ukrainian", "Iraqi", "Egyptian", "Jordanian", "Qatari", "Lebanese",
    "Canadian", "Mexican", "Brazilian", "Argentine", "Argentinian", "Chilean", "Colombian",
    "Peruvian", "Venezuelan", "Cuban", "Italian", "Spanish", "Portuguese", "Polish", "Greek",
    "Afghan", "Saudi", "Emirati", "Yemeni", "Libyan", "Tunisian", "Algerian", "Moroccan",
    "Australian", "Indonesian", "Malaysian", "Thai", "Vietnamese", "Filipino", "Philippine",
    "Korean", "Taiwanese", "Nigerian", "Kenyan", "Ethiopian", "Somali", "Sudanese",
    "South African", "Swedish", "Norwegian", "Danish", "Finnish", "Dutch", "Belgian",
    "Austrian", "Swiss", "Hungarian", "Czech", "Slovak", "Romanian", "Bulgarian", "Serbian",
    "Croatian", "Bosnian", "Albanian", "Georgian", "Armenian", "Azerbaijani", "Kazakh",
    "Uzbek", "Belarusian", "Lithuanian", "Latvian", "Estonian", "Icelandic", "Kurdish",
    "Palestinian", "Arab", "Persian", "Bangladeshi", "Sri Lankan", "Nepalese", "Burmese",
    "Singaporean", "New Zealand", "Zimbabwean", "Ugandan", "Ghanaian", "Rwandan", "Congolese",
    "European", "Asian", "African", "Western", "Eastern", "Northern", "Southern", "Mideast",
    "Middle Eastern", "Gulf", "Latin American", "Scandinavian", "Baltic", "Balkan",
    "Caribbean", "Pacific", "Atlantic", "Mediterranean", "Nordic", "Arabian", "Islamic",
    "Muslim", "Christian", "Jewish", "Sunni", "Shiite", "Shia", "Catholic",
    "Anglo-American", "Sino-American", "Soviet",
];
