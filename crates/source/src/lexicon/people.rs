//! Nouns for people who are not named ("officials", "a Russian diplomat"): a
//! source whose head is one of them is an unnamed person. Singular and plural
//! forms are both listed; plural forms make "they" resolvable.

/// Singular person nouns.
pub const SINGULAR: &[&str] = &[
    "official", "diplomat", "spokesman", "spokeswoman", "spokesperson", "source", "aide", "adviser",
    "advisor", "analyst", "expert", "lawmaker", "legislator", "senator", "minister", "officer",
    "investigator", "prosecutor", "lawyer", "attorney", "witness", "resident", "observer", "critic",
    "commander", "executive", "economist", "scientist", "researcher", "professor", "doctor",
    "member", "leader", "representative", "negotiator", "envoy", "insider", "person", "man",
    "woman", "student", "teacher", "worker", "employee", "activist", "supporter", "opponent",
    "director", "manager", "chairman", "president", "spokesmen", "ambassador", "general", "colonel",
    "soldier", "journalist", "reporter", "correspondent", "banker", "trader", "dealer",
    "strategist", "veteran", "counterpart", "mediator", "monitor", "inspector", "agent",
    "detective", "victim", "survivor", "organizer", "organiser", "author", "owner", "founder",
    "head", "chief", "secretary", "deputy", "candidate", "voter", "citizen", "historian",
    "consultant", "specialist", "official’s", "participant", "delegate", "anybody", "anyone",
    "everybody", "everyone", "somebody", "someone", "nobody", "no-one", "figure", "academic",
    "engineer", "campaigner", "lecturer", "politician", "broker", "stockbroker", "arbitrageur",
    "arbitrager", "speculator",
];

/// Plural person nouns (the source is a group: "they" may refer to it).
pub const PLURAL: &[&str] = &[
    "officials", "diplomats", "sources", "aides", "advisers", "advisors", "analysts", "experts",
    "lawmakers", "legislators", "senators", "ministers", "officers", "investigators", "prosecutors",
    "lawyers", "attorneys", "witnesses", "residents", "observers", "critics", "commanders",
    "executives", "economists", "scientists", "researchers", "doctors", "members", "leaders",
    "representatives", "negotiators", "envoys", "insiders", "people", "men", "women", "students",
    "teachers", "workers", "employees", "activists", "supporters", "opponents", "directors",
    "managers", "spokesmen", "ambassadors", "generals", "soldiers", "journalists", "reporters",
    "bankers", "traders", "dealers", "strategists", "veterans", "counterparts", "mediators",
    "monitors", "inspectors", "agents", "victims", "survivors", "organizers", "organisers",
    "authors", "owners", "founders", "chiefs", "candidates", "voters", "citizens", "historians",
    "consultants", "specialists", "participants", "delegates", "feds", "police",
    "rebels", "militants", "protesters", "protestors", "scholars", "parents", "fans", "users",
    "customers", "farmers", "villagers", "locals", "officials’", "staff", "shareholders",
    "investors", "consumers", "patients", "shoppers", "viewers", "listeners", "readers",
    "academics", "engineers", "campaigners", "lecturers", "politicians", "administrators",
    "commentators", "pundits", "sceptics", "skeptics", "environmentalists", "developers",
    "planners", "auditors", "relatives", "neighbours", "neighbors", "colleagues", "friends",
    "tenants", "pilots", "nurses", "physicians", "miners", "drivers", "passengers", "players",
    "coaches", "judges", "mps", "meps", "clerics", "priests", "bishops", "pupils", "graduates",
    "entrepreneurs", "homeowners", "landlords", "forecasters", "brokers", "stockbrokers",
    "arbitrageurs", "arbitragers", "speculators",
];

/// Quantifiers that stand alone for people of a group the story has named ("Traders
/// were gloomy. One said …", "Some said they felt cheated"), with whether they are
/// plural: an unnamed person, never a name. Compared ignoring case.
pub const QUANTIFIERS_ALONE: &[(&str, bool)] = &[
    ("another", false),
    ("one", false),
    ("some", true),
    ("many", true),
    ("most", true),
    ("several", true),
    ("both", true),
    ("others", true),
    ("none", true),
    ("neither", false),
    ("few", true),
];

/// Nouns for a number of things that, before "of" and a plural noun for people,
/// make the mention those people ("a group of residents", "a team of doctors"), not
/// a body.
pub const COLLECTIVES: &[&str] = &[
    "group", "team", "number", "handful", "crowd", "couple", "pair", "majority", "minority",
    "dozen", "dozens", "hundreds", "thousands", "host", "gang", "band",
];

/// Nouns that, after "the", describe a person the article has named ("the
/// striker", "the actress", "the economist"): such a source is that person.
pub const DESCRIPTORS: &[&str] = &[
    "striker", "midfielder", "defender", "goalkeeper", "winger", "captain", "player", "champion",
    "athlete", "sprinter", "runner", "boxer", "golfer", "cyclist", "swimmer", "actor", "actress",
    "singer", "star", "rapper", "musician", "comedian", "presenter", "broadcaster", "novelist",
    "writer", "author", "artist", "designer", "film-maker", "filmmaker", "entrepreneur", "tycoon",
    "billionaire", "businessman", "businesswoman", "economist", "analyst", "scientist",
    "researcher", "historian", "politician", "lawmaker", "veteran", "campaigner", "activist",
    "cleric", "pilot", "model", "dancer", "composer", "producer", "photographer", "architect",
    "suspect", "defendant", "lock", "forward", "batsman", "bowler", "jockey", "coach",
    "guitarist", "drummer", "bassist", "pianist", "vocalist", "frontman", "frontwoman",
    "songwriter", "singer-songwriter", "rocker", "poet", "playwright", "astronaut", "chef",
];

/// Party members named by their party after "the" and capitalised words ("the
/// Texas Democrat", "the Ohio Republican"): a person described, never a name.
/// Compared exactly.
pub const PARTY_MEMBERS: &[&str] = &[
    "Democrat", "Republican", "Conservative", "Tory", "Socialist", "Liberal", "Nationalist",
];

/// Party names that qualify an office before its title ("Labour MP X", "the Tory
/// leader"): two descriptions naming two parties name two people, while a party and a
/// constituency ("Labour MP X … the Ealing North MP") can name one.
pub const PARTY_WORDS: &[&str] = &[
    "Labour", "Tory", "Conservative", "Liberal", "Lib", "Dem", "Democrat", "Democratic",
    "Republican", "Green", "SNP", "Plaid", "UKIP", "Unionist", "DUP", "SDLP", "Socialist",
    "Nationalist", "Likud", "BJP", "ANC",
];

/// Descriptions that keep a source anonymous by design ("a spokesman", "an
/// official"): a lead that uses one does not name the person later.
pub const ANONYMOUS: &[&str] = &[
    "spokesman", "spokeswoman", "spokesperson", "official", "source", "insider", "aide", "person",
    "witness", "resident", "diplomat", "someone", "somebody", "anyone", "man", "woman",
];

/// Endings of singular nouns for a person by what they do or are ("dealer",
/// "lobbyist", "civilian", "resident", "trustee", "the 45-year-old"): an unnamed
/// source whose head noun has none of them, and that no list of person nouns,
/// titles or descriptors holds ("a pitch", "the move"), is no person a later
/// "he" or "she" can stand for. Compared on the word in lower case.
pub const PERSON_ENDINGS: &[&str] = &["er", "or", "ist", "ian", "ant", "ent", "ee", "old"];

/// Party names in the plural that, alone and without "the", name members of
/// a side rather than the party as a body ("Democrats have accused …",
/// "Conservatives in parliament say …"; "the Tories said" and "the Liberal
/// Democrats" stay the party). Compared exactly.
pub const PARTY_SIDES: &[&str] = &["Democrats", "Dems", "Republicans", "Conservatives", "Tories"];

/// Endings of plural nouns for people by what they do ("Brokers",
/// "Seismologists", "Technicians", "Residents"): a lone capitalised word
/// opening a sentence with one of them, that the article never writes as a
/// name, is a group of people, not a person or a body. Compared on the word
/// in lower case.
pub const GROUP_ENDINGS: &[&str] = &["ers", "ors", "ists", "ians", "ants", "ents", "ees"];

/// Nouns for a person of a country or people that end like no adjective or person
/// noun ("the Briton", "the Swede", "the Czech"): after "the" such a word is a person
/// described, not a body (compared ignoring case).
pub const NATIONALS: &[&str] = &[
    "Briton", "Brit", "Scot", "Dane", "Swede", "Finn", "Pole", "Turk", "Spaniard", "Kiwi",
    "Aussie", "Yank", "Arab", "Kurd", "Serb", "Croat", "Czech", "Slovak", "Thai", "Cypriot",
    "Greek", "Basque", "Uzbek", "Kazakh", "Tajik", "Swiss", "Maori", "Inuit", "Sikh", "Jew",
    "Catholic", "Protestant", "Muslim", "Hindu", "Buddhist",
];
