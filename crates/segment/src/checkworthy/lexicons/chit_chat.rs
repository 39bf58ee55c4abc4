//! First- and second-person talk, greetings and stage directions: what a speaker says to
//! the room rather than about the world ("Thank you all for being here", "I'm Megyn Kelly").

/// First- and second-person singular pronouns and contractions (lower case). "We" and
/// "our" are left out: "we lost 70,000 factories" is a claim about a country.
pub const PERSONAL: &[&str] = &[
    "i",
    "i'd",
    "i'll",
    "i'm",
    "i've",
    "me",
    "mine",
    "my",
    "myself",
    "you",
    "you'd",
    "you'll",
    "you're",
    "you've",
    "your",
    "yours",
    "yourself",
    "yourselves",
];

/// Greetings, thanks, assent and transcript stage directions (lower case).
pub const CHIT_CHAT: &[&str] = &[
    "applause",
    "bye",
    "cheers",
    "congratulations",
    "crosstalk",
    "evening",
    "folks",
    "goodbye",
    "goodnight",
    "hello",
    "hey",
    "hi",
    "inaudible",
    "laughter",
    "let",
    "answer",
    "respond",
    "morning",
    "oh",
    "okay",
    "ok",
    "please",
    "sorry",
    "thank",
    "thanks",
    "welcome",
    "wow",
    "yeah",
    "yes",
];
