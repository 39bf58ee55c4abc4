//! Organisations speaking as such ("the Obama administration", "NATO",
//! "the Kremlin"). A source whose head noun is in `HEADS`, or that is one of the
//! `NAMES`, is an organization.

/// Head nouns of organisation names (compared ignoring case).
pub const HEADS: &[&str] = &[
    "administration", "government", "ministry", "department", "agency", "company", "firm",
    "corporation", "group", "council", "committee", "commission", "court", "party", "union", "bank",
    "university", "office", "organization", "organisation", "institute", "foundation",
    "association", "federation", "authority", "army", "military", "navy", "force", "forces",
    "police", "parliament", "congress", "senate", "cabinet", "board", "team", "club", "league",
    "alliance", "coalition", "campaign", "regime", "embassy", "consulate", "city", "state",
    "county", "school", "college", "hospital", "center", "centre", "service", "services", "bureau",
    "secretariat", "command", "movement", "network", "society", "church", "station", "inc.",
    "corp.", "co.", "ltd.", "corp", "inc", "ltd", "llc", "plc", "ag", "sa", "industries", "airlines", "motors",
    "holdings", "partners", "fund", "exchange", "assembly", "tribunal", "panel", "operator",
    "producer", "manufacturer", "maker", "regulator", "watchdog", "insurer", "lender", "carrier",
    "retailer", "utility", "prosecutor’s", "firm’s", "orchestra", "project", "collective",
    "ensemble", "choir", "band", "trust", "charity", "consortium", "opposition", "unit",
    "giant", "conglomerate", "airline", "supplier", "chain",
    "carmaker", "automaker", "steelmaker", "drugmaker", "chipmaker", "planemaker", "brewer",
    "refiner", "shipbuilder", "distiller", "co", "cos", "assurance", "bancorp", "think-tank",
    "thinktank", "tank", "chamber", "house",
    // legal forms of companies abroad ("Fried. Krupp GmbH", "Fiat S.p.A.", "Nokia Oyj"), in
    // spellings no name or word shares ("spa", "asa", "kk", "pty" are left out: "Maria Spa")
    "gmbh", "s.p.a.", "n.v.", "b.v.", "s.a.", "oyj", "k.k.", "incorporated",
];

/// Plural heads of bodies speaking together ("both countries", "campaign
/// groups", "the world's richest nations"): an organization source that
/// "they" can refer back to.
pub const MANY: &[&str] = &[
    "countries", "nations", "governments", "states", "companies", "firms", "banks", "lenders",
    "insurers", "carriers", "producers", "manufacturers", "groups", "organisations",
    "organizations", "agencies", "unions", "charities", "parties", "ministries", "regulators",
    "authorities", "creditors", "think-tanks", "thinktanks", "tanks", "houses",
];

/// Heads of bodies that judge or inquire and whose findings are reported as a
/// document's are ("The court in Denver found that …", "the select committee
/// found that …"): with a form of "find" and "that" they are sources (compared
/// ignoring case).
pub const FINDING_BODIES: &[&str] = &[
    "court", "courts", "committee", "committees", "panel", "panels", "tribunal", "tribunals",
    "inquiry", "jury", "juries", "judge", "judges", "commission", "investigators", "inspectors",
    "inspectorate", "auditor", "auditors", "regulator", "regulators", "watchdog", "ombudsman",
    "coroner", "lords",
];

/// Organisations usually named without a head noun.
pub const NAMES: &[&str] = &[
    "NATO", "UN", "U.N.", "EU", "E.U.", "IMF", "WHO", "OPEC", "OECD", "ASEAN", "FBI", "CIA", "NSA",
    "NASA", "Pentagon", "Kremlin", "Interpol", "Hamas", "Hezbollah", "Taliban", "ISIS", "ISIL",
    "Google", "Apple", "Microsoft", "Amazon", "Facebook", "Twitter", "Boeing", "Airbus", "Toyota",
    "Exxon", "Shell", "BP", "Gazprom", "Greenpeace", "Amnesty", "Vatican", "FIFA", "Fed",
    "Treasury", "Congress", "Parliament", "Duma", "Knesset", "Bundestag", "Commons",
    "Labour", "Tories", "Conservatives", "Democrats", "Dems", "Republicans", "GOP", "SNP", "UKIP",
    "Likud",
    "Fatah", "ANC", "BJP", "CDU", "SPD", "Kuomintang",
];

/// Multi-word organisation names.
pub const PHRASES: &[&str] = &[
    "White House", "State Department", "Defense Department", "Justice Department",
    "Foreign Ministry", "European Union", "United Nations", "Security Council",
    "European Commission", "World Bank", "Federal Reserve", "Red Cross", "Islamic State",
    "Human Rights Watch", "Amnesty International", "Downing Street", "Élysée Palace",
    "School District", "Law Lords", "Wall Street",
    "House of Lords", "House of Commons", "House of Representatives",
];

/// True when `text` holds one of [`PHRASES`] or [`super::companies::PHRASES`]. Each has two words or more: a text
/// without a space (most mentions) holds none and is not searched.
pub fn holds_phrase(text: &str) -> bool {
    if !text.contains(' ') {
        return false;
    }
    // only the phrases that open with a word of the text are compared
    let by_first = &*PHRASES_BY_FIRST_WORD;
    let mut at = 0;
    for word in text.split(' ') {
        if let Some(phrases) = by_first.get(word) {
            if phrases.iter().any(|p| text[at..].starts_with(p)) {
                return true;
            }
        }
        at += word.len() + 1;
    }
    false
}

/// [`PHRASES`] and [`super::companies::PHRASES`] by their first word.
static PHRASES_BY_FIRST_WORD: std::sync::LazyLock<
    std::collections::HashMap<&'static str, Vec<&'static str>>,
> = std::sync::LazyLock::new(|| {
    let mut by_first: std::collections::HashMap<&str, Vec<&str>> = Default::default();
    for &p in PHRASES.iter().chain(super::companies::PHRASES) {
        let first = p.split(' ').next().unwrap_or(p);
        by_first.entry(first).or_default().push(p);
    }
    by_first
});

/// Heads of a description that stands for a company named before it ("the
/// company", "the firm", "the carrier"): such a source resolves to the last
/// organisation named. A city, a ministry or a party is not one.
pub const COMPANY_HEADS: &[&str] = &[
    "company", "firm", "group", "bank", "corporation", "carrier", "airline", "retailer", "maker",
    "manufacturer", "insurer", "lender", "operator", "producer", "developer", "publisher",
    "broadcaster", "studio", "chain", "conglomerate", "giant", "supplier", "utility", "watchdog",
    "regulator", "carmaker", "automaker", "steelmaker", "drugmaker", "chipmaker", "planemaker",
    "brewer", "miner", "refiner", "shipbuilder", "distiller", "telecoms", "exporter", "importer",
];

/// Heads of a description that stands for a body of any kind named before it ("the
/// organisation", "the agency", "the ministry"): such a source resolves to the last
/// organisation whose name holds the same noun ("Amnesty International … the
/// organisation" aside, "the International Energy Agency … the agency"), else, for
/// the nouns in [`ANY_BODY_HEADS`], to the last organisation named that is no place.
pub const BODY_HEADS: &[&str] = &[
    "organization", "organisation", "agency", "ministry", "department", "charity", "body",
    "institute", "foundation", "association", "federation", "commission", "council",
    "committee", "authority", "office", "bureau", "union", "trust", "party", "university",
    "society", "alliance", "coalition", "network", "movement", "campaign", "centre", "center",
    "chamber", "exchange",
];

/// Of [`BODY_HEADS`], the nouns for a body in general: "the organisation" stands for
/// the last body named even when its name does not hold the noun ("Amnesty
/// International").
pub const ANY_BODY_HEADS: &[&str] = &["organization", "organisation", "charity", "body"];

/// Words that end companies' names without being a body word of their own
/// ("Arden Capital", "Kestrel Resources", "Norvik Securities"): a capitalised run
/// ending with one names a company, and its leading words written alone later
/// are that company (compared ignoring case).
pub const COMPANY_NAME_ENDINGS: &[&str] = &[
    "capital", "investments", "securities", "resources", "energy", "technologies",
    "technology", "systems", "pharmaceuticals", "electronics", "communications",
    "entertainment", "ventures", "logistics", "solutions", "networks", "petroleum", "mining",
    "airways", "shipping", "brands", "foods", "chemicals", "enterprises",
    // "Carnival Cruise Lines", "Delta Air Lines", "Abbott Laboratories"
    "lines", "products", "laboratories", "properties",
    // "Standard Life", "Commercial Union Assurance", "Hyundai Motors", "Japan Airlines"
    "life", "insurance", "assurance", "motors", "airlines", "telecom", "software",
    // "Big Machine Records", "Dick Clark Productions", "Warner Bros Pictures"
    "records", "recordings", "productions", "pictures", "studios",
];

/// Lower-case nouns that, right after a capitalised word (or its possessive),
/// show the word names a company or a body, not a person ("Turkcell's stake",
/// "Yukos shares", "Ferrari's shareholders", "Nissan's overheads"), or the reflexive
/// only a thing takes ("Yukos itself claims"): a lone name so written speaks for an
/// organisation.
pub const OWNED_BY_BODY: &[&str] = &[
    "shares", "stake", "stakes", "shareholders", "stockholders", "subsidiary", "subsidiaries",
    "headquarters", "profit", "profits", "revenue", "revenues", "earnings", "turnover", "assets",
    "takeover", "stock", "bonds", "creditors", "auditors", "subscribers", "plant", "plants",
    "factories", "outlets", "stores", "branches", "operations", "overheads", "workforce",
    "itself",
];

/// Legal forms that agency copy writes before a company's name ("NV Philips
/// Gloeilampenfabrieken", "AG Siemens", "SA Peugeot"): a name they open is the
/// company's, not a person's. Compared exactly (capitals), so that a word such as
/// "Sa" in a name is not one.
pub const CORPORATE_PREFIXES: &[&str] = &["NV", "N.V.", "AG", "SA", "S.A.", "PLC", "Plc"];

/// Words that end a company's legal name ("Independent Holdings Plc", "Times Mirror Co."):
/// a name that ends with one is the company's, whatever words of an outlet it holds.
pub const CORPORATE_ENDINGS: &[&str] = &[
    "plc", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "co.", "co", "ag", "sa", "nv", "n.v.",
    "holdings", "group", "gmbh", "s.p.a.", "b.v.", "s.a.", "oyj", "k.k.", "incorporated",
];

/// Verbs of what a body does, in every form: after "it" in what a lone name
/// reports ("Lockheed said it would bid for …", "Fujitsu announced that it is
/// quitting …") they show the name is a body's; "she said it was wrong" is none,
/// and after a form of "be" only the "-ing" forms count ("it was closed" is passive).
pub const BODY_ACTS: &[&str] = &[
    "bid", "bids", "bidding", "buy", "buys", "buying", "bought", "sell", "sells", "selling",
    "sold", "acquire", "acquires", "acquired", "acquiring", "merge", "merges", "merged",
    "merging", "quit", "quits", "quitting", "invest", "invests", "invested", "investing",
    "hire", "hires", "hired", "hiring", "lay", "laid", "close", "closes", "closed", "closing",
    "shut", "shuts", "shutting", "launch", "launches", "launched", "launching", "won", "win",
    "wins", "winning", "build", "builds", "built", "building", "expand", "expands", "expanded",
    "expanding", "export", "exports", "exported", "exporting", "import", "imports", "imported",
    "importing", "repay", "repays", "repaid", "repaying", "raise", "raises", "raised", "raising",
    "manufacture", "manufactures", "manufactured", "manufacturing", "supply", "supplies",
    "supplied", "supplying", "plans", "intends", "employs",
];

/// Endings of a capitalised word that make it a modifier before a body's name, not a
/// word of it ("Hamburg-based Westbank AG", "Tokyo-listed Sony Corp").
pub const PLACE_MODIFIERS: &[&str] = &["-based", "-listed", "-owned", "-controlled", "-backed"];

/// `word` ends with one of [`PLACE_MODIFIERS`].
pub fn is_place_modifier(word: &str) -> bool {
    PLACE_MODIFIERS.iter().any(|m| word.ends_with(m))
}

/// Head nouns that a body's own name may stand right before ("the Palestinian Hamas
/// movement", "Angola's U.S.-backed UNITA rebel group", "the ruling ANC party"): the
/// name is the one the source stands for. Not "administration" or "government", which
/// a leader's or a country's name stands before ("the Bush administration").
pub const NAMED_BEFORE_HEADS: &[&str] = &[
    "group", "movement", "party", "faction", "militia", "organisation", "organization",
    "network", "company", "firm", "bank", "agency", "union", "federation", "coalition",
    "alliance",
];
