//! News outlets ("Interfax", "the Russian news agency Interfax", "state
//! media"): a source or relay that is one of them is media.

/// Outlet names (compared ignoring case).
pub const NAMES: &[&str] = &[
    "Reuters", "AP", "AFP", "Agence France-Presse", "France-Presse", "Interfax", "TASS", "ITAR-TASS", "Xinhua", "BBC", "CNN", "Euronews",
    "Bloomberg", "RIA", "Novosti", "Yonhap", "Kyodo", "Anadolu", "IRNA", "Fars", "Tasnim",
    "Al-Jazeera", "Jazeera", "Al-Arabiya", "Arabiya", "NPR", "PBS", "ABC", "NBC", "CBS", "Fox",
    "MSNBC", "Sky", "ITV", "RT", "Sputnik", "Politico", "Axios", "Wikinews", "Guardian",
    "Telegraph", "Times", "Post", "Journal", "Herald", "Tribune", "Gazette", "Independent",
    "Economist", "Spiegel", "Le Monde", "Figaro", "Haaretz", "Kommersant", "Izvestia", "Pravda",
    "Asahi", "Nikkei", "Mainichi", "Yomiuri", "Dawn", "Hindu", "Ha’aretz", "Newsweek", "Forbes",
    "Fortune", "Vox", "Slate", "BuzzFeed", "HuffPost", "Wired", "Variety", "Ekho", "KCNA", "ANSA",
    "EFE", "DPA", "PTI", "IANS", "CCTV", "NHK", "KBS", "ARD", "ZDF", "RAI", "FT",
    // modern and online outlets
    "CNBC", "ESPN", "CTV", "TechCrunch", "Engadget", "Gizmodo", "Mashable",
    "Recode", "TMZ", "Mediaite", "Breitbart", "Newsmax", "Bild", "Corriere",
    "Repubblica", "Caixin", "Antara", "Bernama", "Ukrinform", "Deadline", "TheWrap",
    "The Wrap", "Billboard", "Vulture", "Deadspin", "Semafor",
    "Newsday", "Kotaku", "Polygon", "IGN", "Pitchfork", "USA Today", "E!",
];

/// Common nouns that make a mention an outlet ("news agency", "newspaper").
pub const HEADS: &[&str] = &[
    "agency", "newspaper", "paper", "daily", "weekly", "magazine", "television", "tv", "channel",
    "broadcaster", "radio", "media", "outlet", "website", "site", "blog", "wire", "network",
    "tabloid", "press", "station", "news", "newspapers", "papers", "dailies", "magazines",
    "tabloids", "broadcasters", "publication",
];

/// Media nouns that, after "the" and an outlet's name, refer back to it: "an insider told
/// the outlet", "claimed to the publication" relay through the outlet named before.
pub const DESCRIBING: &[&str] = &[
    "outlet", "publication", "paper", "newspaper", "magazine", "tabloid", "broadcaster",
    "channel", "website",
];

/// Plural media heads that, after a nationality or a place, are that country's
/// outlets ("Russian papers said", "Japanese dailies reported"), not people.
pub const PLURAL_HEADS: &[&str] = &["papers", "newspapers", "dailies", "magazines", "tabloids"];

/// Words that, with a media head, mark a news outlet ("news agency", "state media").
pub const MARKERS: &[&str] = &[
    "news", "newspaper", "media", "television", "tv", "radio", "broadcaster", "magazine", "daily",
    "tabloid", "wire", "press", "newspapers", "magazines", "tabloids", "broadcasters", "dailies",
];

/// Media nouns that, right before a name, make the name an outlet's ("the
/// weekly magazine Cronaca", "the newspaper Le Soir"); "agency" and "network"
/// are not among them, as they also head bodies ("the agency Frontex").
pub const HEADS_BEFORE_NAME: &[&str] = &[
    "newspaper", "paper", "daily", "weekly", "magazine", "tabloid", "channel", "broadcaster",
    "website", "blog",
];

/// Broadcast programmes: "told Sunday's programme", "the programme": an outlet's,
/// the one named last before it when no name is written.
pub const PROGRAMMES: &[&str] = &["programme", "programmes", "program", "programs", "bulletin"];

/// Masthead words that end a newspaper's name after "the" and capitalised words
/// ("The Daily Star", "the Hollywood Reporter", "the Boston Globe"); compared
/// exactly, and only in that shape ("Royal Mail", "American Express" are no outlets).
pub const MASTHEADS: &[&str] = &[
    "Star", "Reporter", "Mail", "Express", "Mirror", "Chronicle", "Observer", "Globe", "Examiner",
    "Inquirer", "Courier", "Sun", "Standard", "Times", "Post", "Journal", "Herald", "Tribune",
    "Gazette", "Telegraph", "Guardian", "Independent", "Monitor",
];
