//! The visible features of a claim, read in one pass over its words.
//!
//! Words are maximal runs of letters and digits, joined by an inner apostrophe, dot or hyphen
//! ("don’t", "U.S", "so-called"); each is lower-cased into a small stack buffer and looked up
//! once in the merged lexicons, so scoring allocates nothing per word.

use super::lexicons::{self, Classes};
use super::ClaimFacts;
use claimkit_core::Reason;

/// A visible feature of a claim. Each has a value in 0..1 and a learned weight in the
/// model ([`Model::rules`](super::model::Model::rules)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Feature {
    /// The pipeline found a quantity in the claim.
    Quantity,
    /// The pipeline found a time expression it could resolve to calendar days.
    Time,
    /// The pipeline attributed the claim to a source.
    Attributed,
    /// A reporting verb or phrase in the text ("said", "according to").
    ReportingCue,
    /// Names: capitalised words that do not open a sentence, and acronyms; the value grows
    /// with the number of names (runs of capitalised words count once).
    NamedEntity,
    /// Past-tense or past-participle event verbs ("launched", "struck", "imposed").
    EventVerb,
    /// Comparison, trend and public-statistics words ("highest", "doubled", "deficit").
    Statistic,
    /// Things public records count ("jobs", "taxes", "deaths", "voted").
    PublicRecord,
    /// Words in the claim, up to 30, as a share of 30.
    Length,
    /// A modal auxiliary or a modal of necessity ("could", "may", "would", "have to").
    ModalVerb,
    /// Hedges ("seems", "possibly", "potential").
    Hedge,
    /// Opinion and evaluative words ("believe", "terrible", "unthinkable").
    Opinion,
    /// A prediction, plan or promise ("will", "going to", "expect").
    Prediction,
    /// The claim is a question.
    Question,
    /// First- and second-person singular pronouns ("I", "you").
    Personal,
    /// Greetings, thanks and stage directions ("thank you", "applause").
    ChitChat,
    /// The claim is a direct quote.
    DirectQuote,
    /// No quantity, time, name, event verb, statistic or public-record word.
    NothingVerifiable,
    /// Fewer than six words.
    Short,
}

/// Number of features.
pub const N_FEATURES: usize = Feature::ALL.len();

impl Feature {
    /// Every feature, in table order.
    pub const ALL: [Feature; 19] = [
        Feature::Quantity,
        Feature::Time,
        Feature::Attributed,
        Feature::ReportingCue,
        Feature::NamedEntity,
        Feature::EventVerb,
        Feature::Statistic,
        Feature::PublicRecord,
        Feature::Length,
        Feature::ModalVerb,
        Feature::Hedge,
        Feature::Opinion,
        Feature::Prediction,
        Feature::Question,
        Feature::Personal,
        Feature::ChitChat,
        Feature::DirectQuote,
        Feature::NothingVerifiable,
        Feature::Short,
    ];

    /// The name of the feature in the model file (`Quantity`, `ModalVerb`, …).
    pub fn name(self) -> &'static str {
        match self {
            Feature::Quantity => "Quantity",
            Feature::Time => "Time",
            Feature::Attributed => "Attributed",
            Feature::ReportingCue => "ReportingCue",
            Feature::NamedEntity => "NamedEntity",
            Feature::EventVerb => "EventVerb",
            Feature::Statistic => "Statistic",
            Feature::PublicRecord => "PublicRecord",
            Feature::Length => "Length",
            Feature::ModalVerb => "ModalVerb",
            Feature::Hedge => "Hedge",
            Feature::Opinion => "Opinion",
            Feature::Prediction => "Prediction",
            Feature::Question => "Question",
            Feature::Personal => "Personal",
            Feature::ChitChat => "ChitChat",
            Feature::DirectQuote => "DirectQuote",
            Feature::NothingVerifiable => "NothingVerifiable",
            Feature::Short => "Short",
        }
    }

    /// The reason a firing feature gives in the `reasons` column, if any.
    pub fn reason(self) -> Option<Reason> {
        Some(match self {
            Feature::Quantity => Reason::Quantity,
            Feature::Time => Reason::Time,
            Feature::Attributed | Feature::ReportingCue => Reason::Attributed,
            Feature::NamedEntity => Reason::NamedEntity,
            Feature::EventVerb => Reason::EventVerb,
            Feature::ModalVerb | Feature::Hedge => Reason::Modal,
            Feature::Opinion => Reason::Opinion,
            Feature::Prediction => Reason::Prediction,
            Feature::Question => Reason::Question,
            Feature::NothingVerifiable => Reason::NothingVerifiable,
            Feature::Statistic => Reason::Statistic,
            Feature::PublicRecord => Reason::PublicRecord,
            Feature::Personal => Reason::Personal,
            Feature::Length | Feature::ChitChat | Feature::DirectQuote | Feature::Short => {
                return None
            }
        })
    }
}

/// The value of every feature for one claim, indexed by `Feature as usize`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct FeatureValues(pub [f64; N_FEATURES]);

impl FeatureValues {
    /// The value of `feature`.
    pub fn get(&self, feature: Feature) -> f64 {
        self.0[feature as usize]
    }

    fn set(&mut self, feature: Feature, value: f64) {
        self.0[feature as usize] = value;
    }
}

/// Longest word looked up in the lexicons, in bytes.
const MAX_WORD: usize = 24;

/// One word of the claim.
struct Word<'a> {
    /// As written.
    text: &'a str,
    /// Lower case, `’` read as `'`; empty when the word is longer than [`MAX_WORD`].
    lower: [u8; MAX_WORD],
    lower_len: usize,
    /// The character before the word (space skipped), if any.
    before: Option<char>,
}

impl Word<'_> {
    fn lower(&self) -> &[u8] {
        &self.lower[..self.lower_len]
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '.' | '-')
}

/// Calls `f` on every word of `text`, in order.
fn for_each_word<'a>(text: &'a str, mut f: impl FnMut(&Word<'a>)) {
    let mut chars = text.char_indices().peekable();
    let mut before = None;
    while let Some((start, c)) = chars.next() {
        if !c.is_alphanumeric() {
            if !c.is_whitespace() {
                before = Some(c);
            }
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, d)) = chars.peek() {
            if d.is_alphanumeric() {
                end = i + d.len_utf8();
                chars.next();
            } else if is_joiner(d) {
                let next_is_alnum = text[i + d.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                if !next_is_alnum {
                    break;
                }
                chars.next();
            } else {
                break;
            }
        }
        let word_text = &text[start..end];
        let mut lower = [0u8; MAX_WORD];
        let mut lower_len = 0;
        if word_text.is_ascii() {
            // one byte per character: the same as the loop below, without decoding
            if word_text.len() <= MAX_WORD {
                lower_len = word_text.len();
                lower[..lower_len].copy_from_slice(word_text.as_bytes());
                lower[..lower_len].make_ascii_lowercase();
            }
        } else {
            lower_chars(word_text, &mut lower, &mut lower_len);
        }
        f(&Word {
            text: word_text,
            lower,
            lower_len,
            before,
        });
        before = word_text.chars().last();
    }
}

/// Lower-cases a word with non-ASCII characters into `lower`, `’` read as `'`;
/// length 0 when it does not fit.
fn lower_chars(word_text: &str, lower: &mut [u8; MAX_WORD], lower_len: &mut usize) {
    for ch in word_text.chars() {
        let ch = if ch == '’' { '\'' } else { ch };
        let n = ch.len_utf8();
        if *lower_len + n > MAX_WORD {
            *lower_len = 0;
            break;
        }
        ch.to_ascii_lowercase()
            .encode_utf8(&mut lower[*lower_len..*lower_len + n]);
        *lower_len += n;
    }
}

/// The lists a word is in; a contraction also counts its parts ("we'll" → "we", "'ll").
fn word_classes(lower: &[u8]) -> Classes {
    let whole = lexicons::classes(lower);
    match lower.iter().position(|&b| b == b'\'') {
        Some(i) if i > 0 => Classes::union(
            whole,
            Classes::union(
                lexicons::classes(&lower[..i]),
                lexicons::classes(&lower[i..]),
            ),
        ),
        _ => whole,
    }
}

/// A capitalised word: upper-case first letter.
fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// An acronym: two or more letters, all upper case ("NATO", "U.S", "ISIL").
fn is_acronym(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        } else if c.is_ascii_digit() {
            return false;
        }
    }
    letters >= 2
}

/// A regular past form by rule: lower-case, ends in `-ed`, not a known non-verb, not right
/// after a determiner.
fn is_regular_past(word: &Word<'_>, classes: Classes, previous: Classes) -> bool {
    let lower = word.lower();
    lower.len() >= 5
        && lower.ends_with(b"ed")
        && !is_capitalised(word.text)
        && !classes.has(Classes::NOT_PAST)
        && !classes.has(Classes::OPINION)
        && !classes.has(Classes::HEDGE)
        && !classes.has(Classes::PREDICTION)
        && !previous.has(Classes::DETERMINER)
}

/// What one clause holds so far, for the scope of modality.
#[derive(Default)]
struct Clause {
    /// A modal, hedge or prediction cue has been seen.
    modal: bool,
    /// An event verb came before any such cue: it is asserted, not hedged (modality scopes
    /// forward, over the verb it precedes: "telephoned … to discuss possible plans").
    asserted_event: bool,
}

/// A word that opens a coordinated clause: "and", "but", "while" after a comma, or any word
/// after a semicolon.
fn is_coordination(word: &Word<'_>, classes: Classes) -> bool {
    match word.before {
        Some(';') => true,
        Some(',') => classes.has(Classes::COORDINATOR),
        _ => false,
    }
}

/// Reads the features of `text` with what the pipeline found in it.
pub fn extract(text: &str, facts: &ClaimFacts) -> FeatureValues {
    let mut reading = Reading::default();
    for_each_word(text, |word| reading.read(word));
    reading.values(text, facts)
}

/// What the words of a claim have shown so far, read one word at a time.
#[derive(Default)]
struct Reading {
    words: usize,
    names: usize,
    in_name: bool,
    events: usize,
    statistics: usize,
    records: usize,
    modal: bool,
    hedges: usize,
    opinions: usize,
    prediction: bool,
    personal: usize,
    chit_chat: bool,
    reporting: bool,
    previous: [u8; MAX_WORD],
    previous_len: usize,
    previous_classes: Classes,
    /// Words left in which a "like" makes an appearance verb a hedge.
    appearance_window: u8,
    /// Modality scopes forward over its own clause: an event verb before the cue, or in a
    /// coordinated clause of its own, stays a plain statement of fact.
    clause: Clause,
    plain_fact_clause: bool,
}

impl Reading {
    /// Read one word: a name, an event, a cue.
    fn read(&mut self, word: &Word<'_>) {
        let lower = word.lower();
        let classes = word_classes(lower);
        let sentence_start = self.words == 0
            || matches!(
                word.before,
                Some('.' | '!' | '?' | ':' | '"' | '“' | '‘' | '(' | '[' | '—' | '–')
            );
        self.words += 1;
        if is_coordination(word, classes) {
            self.plain_fact_clause |= self.clause.asserted_event;
            self.clause = Clause::default();
        }
        self.read_name(word, classes, sentence_start);
        if classes.has(Classes::EVENT_VERB) || is_regular_past(word, classes, self.previous_classes)
        {
            self.events += 1;
            self.clause.asserted_event |= !self.clause.modal;
        }
        self.statistics += usize::from(classes.has(Classes::STATISTICS));
        self.records += usize::from(classes.has(Classes::PUBLIC_RECORD));
        self.read_cues(lower, classes);
        self.previous_classes = classes;
        self.previous_len = lower.len();
        self.previous[..self.previous_len].copy_from_slice(lower);
    }

    /// A capitalised word inside the sentence, or an acronym, opens or continues a name.
    fn read_name(&mut self, word: &Word<'_>, classes: Classes, sentence_start: bool) {
        let capital = is_capitalised(word.text);
        let name = is_acronym(word.text)
            || (capital
                && !sentence_start
                && !classes.has(Classes::PERSONAL)
                && !classes.has(Classes::CHIT_CHAT));
        if name && !self.in_name {
            self.names += 1;
        }
        self.in_name = name || (self.in_name && capital);
    }

    /// Modal, hedge, opinion, prediction, personal, chit-chat and reporting cues, some of
    /// them two-word phrases ending at this word.
    fn read_cues(&mut self, lower: &[u8], classes: Classes) {
        let prev = &self.previous[..self.previous_len];
        let is_modal = classes.has(Classes::MODAL_VERB)
            || lexicons::is_pair(lexicons::modal::MODAL_PAIRS, prev, lower);
        let is_hedge =
            classes.has(Classes::HEDGE) || (self.appearance_window > 0 && lower == b"like");
        self.modal |= is_modal;
        self.hedges += usize::from(is_hedge);
        self.appearance_window = if classes.has(Classes::APPEARANCE) {
            3
        } else {
            self.appearance_window.saturating_sub(1)
        };
        self.opinions += usize::from(classes.has(Classes::OPINION));
        let is_prediction = classes.has(Classes::PREDICTION)
            || lexicons::is_pair(lexicons::prediction::PREDICTION_PAIRS, prev, lower);
        self.prediction |= is_prediction;
        self.clause.modal |= is_modal || is_hedge || is_prediction;
        self.personal += usize::from(classes.has(Classes::PERSONAL));
        self.chit_chat |= classes.has(Classes::CHIT_CHAT);
        self.reporting |= classes.has(Classes::REPORTING)
            || lexicons::is_pair(lexicons::reporting::REPORTING_PAIRS, prev, lower);
    }

    /// The feature values of the claim once every word is read.
    fn values(&self, text: &str, facts: &ClaimFacts) -> FeatureValues {
        let plain_fact_clause = self.plain_fact_clause || self.clause.asserted_event;
        // Modality counts half when an event is asserted outside its scope.
        let scope = if plain_fact_clause { 0.5 } else { 1.0 };
        let question = text
            .trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, '"' | '”' | '’' | '\'' | ')')
            })
            .ends_with('?');
        let flag = |b: bool| if b { 1.0 } else { 0.0 };
        let share = |n: usize, of: usize| n.min(of) as f64 / of as f64;
        let nothing_verifiable = facts.quantities == 0
            && facts.resolved_times == 0
            && self.names == 0
            && self.events == 0
            && self.statistics == 0
            && self.records == 0;

        let mut values = FeatureValues::default();
        values.set(Feature::Quantity, flag(facts.quantities > 0));
        values.set(Feature::Time, flag(facts.resolved_times > 0));
        values.set(Feature::Attributed, flag(facts.attributed));
        values.set(Feature::ReportingCue, flag(self.reporting));
        values.set(Feature::NamedEntity, share(self.names, 3));
        values.set(Feature::EventVerb, share(self.events, 2));
        values.set(Feature::Statistic, share(self.statistics, 3));
        values.set(Feature::PublicRecord, share(self.records, 3));
        values.set(Feature::Length, share(self.words, 30));
        values.set(Feature::ModalVerb, scope * flag(self.modal));
        values.set(Feature::Hedge, scope * share(self.hedges, 2));
        values.set(Feature::Opinion, share(self.opinions, 2));
        values.set(Feature::Prediction, scope * flag(self.prediction));
        values.set(Feature::Question, flag(question));
        values.set(Feature::Personal, share(self.personal, 3));
        values.set(Feature::ChitChat, flag(self.chit_chat));
        values.set(Feature::DirectQuote, flag(facts.direct_quote));
        values.set(Feature::NothingVerifiable, flag(nothing_verifiable));
        values.set(Feature::Short, flag(self.words < 6));
        values
    }
}
