//! Titles and honorifics that come before a person's name. A mention that holds
//! one followed by a capitalised name is a named person ("Mr. Obama",
//! "NATO Secretary-General Jens Stoltenberg"); the words themselves are not
//! part of the name.

/// Honorifics: the name after them is usually a surname ("Mr. Putin").
pub const HONORIFICS: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Prof.", "Sir", "Dame", "Lord", "Lady", "Mr", "Mrs", "Ms",
    "Dr", "Messrs.", "Mme.", "Mme", "M.", "Herr", "Frau", "Señor", "Sheikh", "Rev.", "Prof",
    "Rev",
];

/// Honorifics of a knight or a dame, written before the given name alone once the
/// full name is known ("Sir Digby Jones … Sir Digby added"): compared exactly.
pub const BEFORE_GIVEN_NAME: &[&str] = &["Sir", "Dame"];

/// Office and rank titles written before a name (compared ignoring case).
pub const TITLES: &[&str] = &[
    "President", "Vice", "Prime", "Minister", "Premier", "Chancellor", "King", "Queen", "Prince",
    "Princess", "Crown", "Emperor", "Pope", "Cardinal", "Archbishop", "Bishop", "Father",
    "Secretary", "Secretary-General", "Secretary-general", "Undersecretary", "Deputy", "Ambassador",
    "Envoy", "Senator", "Sen.", "Rep.", "Representative", "Congressman", "Congresswoman", "Gov.",
    "Governor", "Mayor", "Judge", "Justice", "Chief", "General", "Gen.", "Admiral", "Adm.", "Col.",
    "Colonel", "Lt.", "Lieutenant", "Capt.", "Captain", "Major", "Maj.", "Sgt.", "Sergeant",
    "Commander", "Marshal", "Professor", "Prof.", "Director", "Chairman", "Chairwoman", "Chair",
    "CEO", "Spokesman", "Spokeswoman", "Spokesperson", "Speaker", "Leader", "Sheikh", "Ayatollah",
    "Imam", "Rabbi", "Coach", "Detective", "Inspector", "Superintendent", "Commissioner",
    "Attorney", "Assemblyman", "Councillor", "Councilman", "Councilwoman", "MP", "MEP", "Foreign",
    "Defense", "Defence", "Interior", "Finance", "Health", "Education", "Former", "former",
    "Acting", "Dr.", "Doctor", "Executive", "Officer", "Head", "Founder", "Curator", "Senior",
    "State", "Sultan", "Emir", "Crown-Prince", "Lord", "Sir", "Dame", "Mr.", "Mrs.", "Ms.",
    "Administrator",
    // ranks as British copy abbreviates them, with no full stop ("Gen Musharraf")
    "Gen", "Lt", "Col", "Capt", "Maj", "Sgt", "Adm", "Brig", "Cpl", "Cdr", "Supt", "Insp", "Cllr",
];

/// Abbreviated titles of [`TITLES`] and the words they stand for, in lower case: a
/// person named "Gov. Eric Holcomb" is the one "the governor" stands for later.
pub const ABBREVIATIONS: &[(&str, &str)] = &[
    ("gov.", "governor"), ("gov", "governor"), ("sen.", "senator"), ("rep.", "representative"),
    ("gen.", "general"), ("gen", "general"), ("adm.", "admiral"), ("adm", "admiral"),
    ("col.", "colonel"), ("col", "colonel"), ("lt.", "lieutenant"), ("lt", "lieutenant"),
    ("capt.", "captain"), ("capt", "captain"), ("maj.", "major"), ("maj", "major"),
    ("sgt.", "sergeant"), ("sgt", "sergeant"), ("prof.", "professor"), ("prof", "professor"),
    ("brig", "brigadier"), ("cpl", "corporal"), ("cdr", "commander"), ("supt", "superintendent"),
    ("insp", "inspector"), ("cllr", "councillor"),
];

/// Words that end a name ("Abdullah II", "Martin Luther King Jr.").
pub const NAME_SUFFIXES: &[&str] = &["Jr.", "Sr.", "II", "III", "IV", "V", "VI", "Jr", "Sr"];

/// Honorifics and titles that tell a woman ("Ms. Sanders", "spokeswoman Jill
/// Sutherland"): "she" can refer to the person they name, "he" cannot.
pub const WOMEN: &[&str] = &[
    "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Dame", "Lady", "Mme.", "Mme", "Frau", "Señora", "Queen",
    "Princess", "Congresswoman", "Chairwoman", "Spokeswoman", "Councilwoman", "Assemblywoman",
    "Businesswoman", "Sister", "Empress", "Duchess", "Baroness", "Countess",
];

/// Honorifics and titles that tell a man ("Mr. Houlihan", "King Abdullah II").
pub const MEN: &[&str] = &[
    "Mr.", "Mr", "Sir", "Lord", "Herr", "Señor", "King", "Prince", "Emperor", "Pope", "Father",
    "Congressman", "Chairman", "Spokesman", "Councilman", "Assemblyman", "Businessman", "Brother",
    "Duke", "Baron", "Count", "Sultan", "Emir", "Sheikh", "Messrs.",
];
