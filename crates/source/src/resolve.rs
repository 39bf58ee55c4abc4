//! Speaker resolution: "Mr. Obama" → the earlier full mention "Barack Obama";
//! "he"/"she" → the most recent named person who was a source or the subject
//! of a sentence and whose title or given name does not tell the other gender
//! ("Ms. Sanders", "Jill Sutherland" are never "he"); "they" → the most recent
//! plural source; "it" and "the company" → the most recent organisation named
//! as a source or a sentence subject ("Nintendo said …; it added …").

use crate::acronyms::Acronyms;
use crate::doc::Doc;
use crate::frames::subject;
use crate::lexicon::{self, Gender};
use crate::mentions::{classify, name_run, unpossessive};
use crate::registry::{surname, Contents, FullNames, Organisations, Persons, Titled, Unnamed};
use crate::short_forms::ShortForms;
use claimkit_core::SourceType;
use std::collections::{HashMap, HashSet};

mod evidence;

pub use evidence::{
    ampersand_firm, from_somewhere, gender_of, gender_of_pronoun, is_group_noun,
    is_organisation_name, person_descriptor, qualifier_word, title_description,
};
use evidence::{
    company_run, name_after_body, named_after_company_noun, named_in_full_after_company_noun,
    org_evidence_at, qualifiers_agree, split_office,
};

/// People and groups seen so far in a document.
#[derive(Default)]
pub struct People {
    /// Full names (two words or more) with the byte offset of their mention.
    full: FullNames,
    /// Named people who were sentence subjects or sources, by offset, with the
    /// gender their mention tells.
    persons: Persons,
    /// Groups that were sources ("U.S. and European officials"), by offset.
    groups: Vec<(usize, String, SourceType)>,
    /// Last words of capitalised runs met mid-sentence that may be names.
    surnames: HashSet<String>,
    /// Capitalised words the article writes as a body's name somewhere
    /// ([`People::org_evidence_at`]): "the firm Turkcell", "Yukos shares",
    /// "Turkcell says it".
    org_words: HashSet<String>,
    /// Capitalised words written right after a company noun ("oil giant
    /// Yukos", "the insurer Aviva"): the company's name, "Yukos filed …", and the
    /// noun it was first written after ("giant", "insurer"), in lower case.
    kind_named: HashMap<String, String>,
    /// First tokens of document sources ("The report said"), in text order.
    documents: Vec<usize>,
    /// People named after a title, by offset: the title in lower case ("prime
    /// minister") and the full name ("David Cameron").
    titled: Titled,
    /// Organisations named as sources or sentence subjects ("Nintendo"), by offset,
    /// and whether the name is a place's (a country speaking for its government).
    organisations: Organisations,
    /// Acronyms and the names the article spells them out with ("GM" →
    /// "General Motors").
    acronyms: Acronyms,
    /// The leading words of bodies named in full ("Harlow" of "Harlow Freight Corp").
    short_forms: ShortForms,
    /// What the frames attribute: "Ionic will grow, it said" names no body "it"
    /// can stand for while one was named before.
    contents: Contents,
    /// Speakers who are one person left unnamed ("a dealer said"): "he" after
    /// one is that person, not someone named before.
    unnamed: Unnamed,
    /// Organisations that are subjects of what a frame attributes ("Degussa AG is
    /// combining its units, the company said"): what "it" or "the company" stands
    /// for only when no other organisation was named before.
    attributed: Organisations,
}

/// A word that can be part of a person's name no list knows: capitalised and
/// not a place, body, outlet, nationality, month, title or a conjunction that
/// opens the sentence ("But Ms Short said": the name is "Ms Short").
fn plain_name_word(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    !(!unlisted_word(w)
        || (doc.opens_sentence[k] && lexicon::OPENER.has(w))
        || lexicon::TITLE.has(w)
        || lexicon::REGION.has(w)
        || crate::acronyms::is_acronym(w)
        || lexicon::function_words::PRONOUNS
            .iter()
            .any(|(p, _)| w.eq_ignore_ascii_case(p)))
}

/// A word no list names as a place, body, outlet, nationality or month.
fn unlisted_word(w: &str) -> bool {
    !(lexicon::PLACE.has(w)
        || lexicon::ORG_HEAD.has(w)
        || lexicon::ORG_NAME.has(w)
        || lexicon::MEDIA_NAME.has(w)
        || lexicon::NATIONALITY.has(w)
        || lexicon::CALENDAR.has(w))
}

/// True when `name` names a place or a government rather than a company ("China",
/// "the Indian government"): "the company" and "the bank" cannot stand for it.
fn is_place_or_government(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    lexicon::PLACE.has(name)
        || lexicon::REGION.has(name)
        || words
            .iter()
            .any(|w| w.eq_ignore_ascii_case("government") || w.eq_ignore_ascii_case("ministry"))
        || words
            .iter()
            .all(|w| lexicon::PLACE.has(w) || lexicon::NATIONALITY.has(w) || lexicon::REGION.has(w))
}

/// The name of an organisation mention, without a leading "the": `None` for a
/// description ("the company", "the firm").
pub fn organisation_name(text: &str) -> Option<&str> {
    let name = ["the ", "The "]
        .iter()
        .find_map(|d| text.strip_prefix(d))
        .unwrap_or(text)
        .trim();
    let first = name.split_whitespace().next().unwrap_or("");
    let starts_like_a_name = name.chars().next().is_some_and(char::is_uppercase)
        && !lexicon::PREPOSITION.has(first)
        && !first.eq_ignore_ascii_case("according");
    // "South Korea's top car maker" describes a body; "Hyundai Motor" names it
    // Each word's byte offset in `name`.
    let mut starts = Vec::new();
    let mut after_space = true;
    for (i, c) in name.char_indices() {
        if after_space && !c.is_whitespace() {
            starts.push(i);
        }
        after_space = c.is_whitespace();
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let capital = |w: &str| w.chars().next().is_some_and(|c| !c.is_lowercase());
    let last = words.last().copied().unwrap_or("");
    if !(capital(last) || CORPORATE_SUFFIXES.contains(&last)) {
        return None;
    }
    // "Scandal-hit jet fuel supplier China Aviation Oil": the name that ends it
    let mut k = words.len();
    while k > 0
        && (capital(words[k - 1])
            || CORPORATE_SUFFIXES.contains(&words[k - 1])
            || (k < words.len() && NAME_JOINERS.contains(&words[k - 1])))
    {
        k -= 1;
    }
    // "oil giant Yukos", "the firm Turkcell": a company noun before the name
    let after_kind = k > 0 && k < words.len() && lexicon::COMPANY_HEAD.has(words[k - 1]);
    if !starts_like_a_name && !after_kind {
        return None;
    }
    // "South Korea's Hyundai Motor": a place's possessive opens no name
    if let Some(j) = (k..words.len().saturating_sub(1)).rev().find(|&j| {
        let bare = words[j].trim_end_matches("'s").trim_end_matches("’s");
        bare.len() < words[j].len() && (lexicon::PLACE.has(bare) || lexicon::REGION.has(bare))
    }) {
        k = j + 1;
    }
    if k == 0 {
        return Some(name);
    }
    starts.get(k).and_then(|&at| name.get(at..))
}

/// Lowercase words that end a company's name ("Royal Dutch Shell plc").
const CORPORATE_SUFFIXES: &[&str] = &[
    "plc", "inc", "inc.", "ltd", "ltd.", "co", "co.", "corp", "corp.", "llc", "ag", "sa", "nv",
];

/// Lowercase words inside a body's name ("Bank of England", "Standard & Poor's").
const NAME_JOINERS: &[&str] = &["of", "and", "&", "for", "de", "du", "des", "del"];

/// The body a group of people belongs to, when the group is named by it:
/// "Rosneft officials", "Yukos lawyers" (one capitalised word before a
/// plural person noun that no list names as a place, nationality, body kind
/// or given name). "U.S. officials" and "Kremlin aides" name no company.
fn body_of_people(m: &crate::mentions::Mention) -> Option<&str> {
    if m.source_type != SourceType::UnnamedPerson || !m.plural || m.pronoun.is_some() {
        return None;
    }
    let body = m.affiliation.as_deref()?;
    let one_word = !body.contains(char::is_whitespace)
        && body.chars().next().is_some_and(char::is_uppercase)
        && body.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    (one_word
        && unlisted_word(body)
        && !lexicon::REGION.has(body)
        && !lexicon::is_given_name(body)
        && !lexicon::ORG_NAME.has(body))
    .then_some(body)
}

/// The `bodies` (offset, name) whose name the article also writes
/// capitalised where no sentence opens: a name, not a word capitalised only
/// by its place ("Migrant workers said"). One pass over the tokens, made
/// only when there is a body to check.
fn written_mid_sentence(doc: &Doc, bodies: Vec<(usize, String)>) -> Vec<(usize, String)> {
    if bodies.is_empty() {
        return bodies;
    }
    let wanted: HashSet<&str> = bodies.iter().map(|(_, b)| b.as_str()).collect();
    let mut seen: HashSet<&str> = HashSet::new();
    for t in 0..doc.toks.len() {
        if doc.is_cap(t) && !doc.opens_sentence[t] && doc.free_word(t) {
            if let Some(&b) = wanted.get(unpossessive(doc.word(t))) {
                seen.insert(b);
            }
        }
    }
    let seen: HashSet<String> = seen.into_iter().map(str::to_string).collect();
    bodies
        .into_iter()
        .filter(|(_, b)| seen.contains(b.as_str()))
        .collect()
}

/// Title words that make another office: "the president" is not the vice
/// president, "the minister" not the prime minister.
const NOT_THE_SAME_OFFICE: &[&str] = &[
    "prime",
    "vice",
    "deputy",
    "former",
    "acting",
    "assistant",
    "under",
    "crown",
    "chief",
];

impl People {
    /// Collect full names after titles ("Russian President Vladimir Putin") and
    /// the named subjects of every sentence; `contents` are the byte ranges of
    /// what the frames of the document attribute, whose subjects speak for no one.
    pub fn new(doc: &Doc, contents: impl IntoIterator<Item = (usize, usize)>) -> People {
        let mut people = People::default();
        people.contents = Contents::new(contents);
        let n = doc.toks.len();
        let mut t = 0;
        while t < n {
            t = if doc.free_word(t) {
                people.names_at(doc, t)
            } else {
                t + 1
            };
        }
        for t in 0..n {
            if !(doc.is_cap(t) && doc.free_word(t)) {
                continue;
            }
            if org_evidence_at(doc, t) {
                people
                    .org_words
                    .insert(unpossessive(doc.word(t)).to_string());
            }
            let alone = named_after_company_noun(doc, t);
            if alone || named_in_full_after_company_noun(doc, t) {
                let word = unpossessive(doc.word(t));
                let kind = doc.word(t - 1).to_lowercase();
                let name = company_run(doc, t);
                people
                    .organisations
                    .add_kind(doc.toks[t].span.start, name, &kind);
                if alone && !people.kind_named.contains_key(word) {
                    people.kind_named.insert(word.to_string(), kind);
                }
            }
        }
        people.bodies_named_in_full(doc);
        people.short_forms = ShortForms::new(doc);
        people.subjects(doc);
        people.full.start_second_pass();
        people
    }

    /// Record the name that token `t` opens, if any; the token to look at next.
    fn names_at(&mut self, doc: &Doc, t: usize) -> usize {
        let n = doc.toks.len();
        let w = doc.word(t);
        if lexicon::TITLE.has(w) || lexicon::HONORIFIC.has(w) {
            self.titled_name(doc, t);
        } else if t + 1 < n && doc.is_cap(t) && doc.is_cap(t + 1) && lexicon::is_given_name(w) {
            // A capitalised run opened by a given name is a full name too
            // ("Hollywood star Kevin Spacey"), unless it names a place or a body.
            let e = name_run(doc, t, doc.paragraph_of(t).1);
            let names_place_or_body = (t..e).any(|k| {
                let w = doc.word(k);
                lexicon::PLACE.has(w) || lexicon::ORG_HEAD.has(w) || lexicon::ORG_NAME.has(w)
            });
            if e >= t + 2 && !names_place_or_body {
                // "journalist Robert Peston's new book": "Mr Peston" later
                let name = unpossessive(doc.span(t, e).text(doc.text));
                self.full.add(doc.toks[t].span.start, name);
            }
            return e.max(t + 1);
        } else if t + 1 < n && doc.is_cap(t) && doc.is_cap(t + 1) {
            if let Some(e) = self.evidenced_name(doc, t) {
                return e;
            }
            if !doc.opens_sentence[t] {
                self.maybe_surname(doc, t);
            }
        }
        t + 1
    }

    /// "Amitai Etzioni, a key influence on …", "Seizaburo Sato, professor of
    /// politics", "Kim Yungmin said", "…, said Ulrich Schulte-Strathaus": a run
    /// of two or three capitalised words that
    /// no list knows is a person's full name when the article treats it as one:
    /// an apposition follows it, or it is next to a speech verb. Returns the
    /// token after the name when it records one.
    fn evidenced_name(&mut self, doc: &Doc, t: usize) -> Option<usize> {
        // "to GATT Michael Samuels said": an acronym before the run names a body
        let mid_run = t > 0
            && !doc.opens_sentence[t]
            && doc.is_cap(t - 1)
            && crate::mentions::after_acronym(doc, t - 1, t + 1) == t - 1;
        if crate::mentions::after_acronym(doc, t, t + 2) > t {
            return None;
        }
        // "The Redstone offer": a determiner opens no person's name
        if mid_run || (t > 0 && doc.is_word(t - 1, "the")) || doc.is_word(t, "the") {
            return None;
        }
        let e = name_run(doc, t, doc.paragraph_of(t).1.min(t + 4));
        if !(t + 2..=t + 3).contains(&e) {
            return None;
        }
        let speech = |k: usize| {
            doc.free_word(k)
                && lexicon::cues::cue_kind(doc.word(k)).is_some()
                && !lexicon::cues::INFINITIVE_ONLY.contains(&doc.word(k))
        };
        // ", a key influence on …", ", professor of politics at …", ", who …"
        let role = |k: usize| {
            doc.free_word(k)
                && !doc.is_cap(k)
                && (doc.is(k, &lexicon::PERSON_ONE) || doc.is(k, &lexicon::TITLE))
        };
        let apposition = doc.kind(e) == Some(crate::tokens::Kind::Comma)
            && (["a", "an", "the", "who"]
                .iter()
                .any(|d| doc.is_word(e + 1, d))
                || role(e + 1));
        let speaks = speech(e) || (doc.is(e, &lexicon::AUXILIARY) && speech(e + 1));
        let spoken_of =
            t > 0 && speech(t - 1) && doc.kind(t - 1) == Some(crate::tokens::Kind::Word);
        if !(apposition || speaks || spoken_of) || !(t..e).all(|k| plain_name_word(doc, k)) {
            return None;
        }
        let name = doc.span(t, e).text(doc.text);
        self.full.add(doc.toks[t].span.start, name);
        Some(e)
    }

    /// "Prime Minister David Cameron": the name after the title or honorific at
    /// token `t`, with the title words before it.
    fn titled_name(&mut self, doc: &Doc, t: usize) {
        let e = name_run(doc, t + 1, doc.paragraph_of(t).1);
        let n = if e < t + 3 {
            match name_after_body(doc, t) {
                Some(n) => n,
                None => return,
            }
        } else {
            t + 1
        };
        let e = name_run(doc, n, doc.paragraph_of(t).1);
        let name = doc.span(n, e).text(doc.text).to_string();
        self.full.add(doc.toks[n].span.start, &name);
        if lexicon::TITLE.has(doc.word(t)) {
            let mut r = t;
            while r > 0 && doc.free_word(r - 1) && lexicon::TITLE.has(doc.word(r - 1)) {
                r -= 1;
            }
            // "U.S. Ambassador John Negroponte": where the holder is from, kept with the
            // title, so that "the British ambassador" is someone else
            // "Labour MP Stephen Pound", "Treasury Secretary James Baker": which office,
            // kept with the title, so that "the Labour MP" is that person
            while r > 0
                && doc.free_word(r - 1)
                && (from_somewhere(doc, r - 1) || qualifier_word(doc, r - 1))
                && t + 1 - r < 6
            {
                r -= 1;
            }
            let title = doc.span(r, t + 1).text(doc.text).to_lowercase();
            self.titled.add(doc.toks[n].span.start, title, name);
        }
    }

    /// "… met Hamdullah Mohib on Monday": a mid-sentence run of two or three
    /// capitalised words at token `t` may be a name whose given name no list holds;
    /// its last word, met alone later ("Mohib said"), stays a person.
    fn maybe_surname(&mut self, doc: &Doc, t: usize) {
        // Runs of four words or more do not count, so the run is read no further
        // (one word more, so that a particle at the end reads as it would).
        let e = name_run(doc, t, doc.paragraph_of(t).1.min(t + 5));
        if !(t + 2..=t + 3).contains(&e) {
            return;
        }
        let plain_words = (t..e).all(|k| unlisted_word(doc.word(k)));
        // "the Labour Party", "the Leicester Tigers": after "the" a body
        let after_the = t > 0 && doc.is_word(t - 1, "the");
        if plain_words && !after_the {
            self.surnames.insert(doc.word(e - 1).to_string());
        }
    }

    /// Record the named people and organisations that are sentence subjects.
    fn subjects(&mut self, doc: &Doc) {
        let mut persons = Vec::new();
        let mut organisations = Vec::new();
        let mut attributed = Vec::new();
        let mut bodies = Vec::new();
        for &(p0, p1) in &doc.para_toks {
            let mut k = p0;
            while k < p1 {
                let (lo, hi) = doc.sentence_range(k);
                if let Some((s, e)) = subject(doc, lo, hi) {
                    let mut m = classify(doc, s, e);
                    let at = doc.toks[s].span.start;
                    // "Yukos filed for bankruptcy" after "oil giant Yukos": the company
                    if self.company_named_alone(doc, &m, (s, e)) {
                        m.source_type = SourceType::Organization;
                        m.name = None;
                    }
                    // "Harlow cut jobs" after "Harlow Freight Corp": the body named in full
                    let short = self
                        .body_short_form(doc, &m, doc.span(s, e))
                        .map(str::to_string);
                    if let Some(entry) = self.subject_body(doc, &m, (s, e), short.as_deref()) {
                        if self.contents.holds(entry.0) {
                            attributed.push(entry);
                        } else {
                            organisations.push(entry);
                        }
                    }
                    if short.is_some() {
                        m.source_type = SourceType::Organization;
                        m.name = None;
                    }
                    // "Rosneft officials were unavailable. But the company said …"
                    if let Some(body) = body_of_people(&m) {
                        bodies.push((at, body.to_string()));
                    }
                    if let (SourceType::NamedPerson, Some(name)) = (m.source_type, m.name) {
                        if let Some((full, gender)) = self.named_subject(doc, s, e, name) {
                            persons.push((at, full, gender));
                        }
                    }
                    // "The cardinal will ask …": the person last named with the title
                    if m.source_type == SourceType::UnnamedPerson && !m.plural {
                        if let Some(title) = title_description(doc, s, e) {
                            if let Some(name) = self.titled_before(at, &title) {
                                let gender = gender_of([title.as_str()], name);
                                persons.push((at, name.to_string(), gender));
                            }
                        }
                    }
                }
                k = hi.max(k + 1);
            }
        }
        organisations.extend(
            written_mid_sentence(doc, bodies)
                .into_iter()
                .map(|(at, body)| (at, body, false)),
        );
        // In the order of a list sorted whole, as sources are then inserted into.
        persons.sort();
        organisations.sort();
        for (at, full, gender) in persons {
            self.persons.add(at, &full, gender);
        }
        attributed.sort();
        for (at, name, place) in attributed {
            self.attributed.add(at, &name, place);
        }
        for (at, name, place) in organisations {
            self.organisations.add(at, &name, place);
        }
    }

    /// The organisation the subject `m` at tokens `s..e` names, as recorded for
    /// "it" and "the company" (its name, and whether it is a place's or a
    /// government's): `short` is the body it is the short form of.
    fn subject_body(
        &self,
        doc: &Doc,
        m: &crate::mentions::Mention,
        (s, e): (usize, usize),
        short: Option<&str>,
    ) -> Option<(usize, String, bool)> {
        let at = doc.toks[s].span.start;
        if let Some(full) = short {
            return Some((at, full.to_string(), false));
        }
        if m.source_type != SourceType::Organization || m.pronoun.is_some() {
            return None;
        }
        let name = organisation_name(doc.span(s, e).text(doc.text))?;
        let name = self.acronyms.expand(doc, name, at).unwrap_or(name);
        Some((at, name.to_string(), is_place_or_government(name)))
    }

    /// The full name and gender of the named subject `name` at tokens `s..e`, when a
    /// title, honorific or person noun stands right before it ("Mr Baume",
    /// "spokeswoman Jill Sutherland", not "BT and DEC's") or a full name has its surname.
    fn named_subject(
        &self,
        doc: &Doc,
        s: usize,
        e: usize,
        name: claimkit_core::Span,
    ) -> Option<(String, Option<Gender>)> {
        let first = (s..e).find(|&k| doc.toks[k].span.start == name.start);
        let titled = first.is_some_and(|k| {
            k > s && {
                let w = doc.word(k - 1);
                lexicon::TITLE.has(w) || lexicon::HONORIFIC.has(w) || lexicon::PERSON_ONE.has(w)
            }
        });
        let text = name.text(doc.text);
        // "Mr Brown's trip": the person is "Mr Brown"
        let text = text
            .strip_suffix("’s")
            .or_else(|| text.strip_suffix("'s"))
            .unwrap_or(text);
        let one_letter = text.chars().filter(|c| c.is_alphabetic()).count() < 2;
        if one_letter || !(titled || self.known(text)) {
            return None;
        }
        let full = self.full_name(text, name.start);
        let words = (s..e).map(|k| doc.word(k));
        let gender = gender_of(words, &full);
        Some((full, gender))
    }

    /// A one-word name subject that the article writes after a company noun
    /// elsewhere ("Russian oil giant Yukos …. Yukos filed for bankruptcy").
    fn company_named_alone(
        &self,
        doc: &Doc,
        m: &crate::mentions::Mention,
        (s, e): (usize, usize),
    ) -> bool {
        let (SourceType::NamedPerson, None, Some(name)) = (m.source_type, m.pronoun, m.name) else {
            return false;
        };
        e == s + 1
            && name == doc.span(s, e)
            && self.kind_named.contains_key(unpossessive(doc.word(s)))
    }

    /// The body named in full before it that a mention read as a person's name
    /// (`m`, written as `named`) is the short form of ("Harlow" after "Harlow
    /// Freight Corp"), unless a person with that surname was named before the body,
    /// or since it and the article never writes the name as a body's.
    pub fn body_short_form(
        &self,
        doc: &Doc,
        m: &crate::mentions::Mention,
        named: claimkit_core::Span,
    ) -> Option<&str> {
        if m.source_type != SourceType::NamedPerson || m.pronoun.is_some() {
            return None;
        }
        let text = named.text(doc.text);
        let (body_at, full) = self.short_forms.body_of(text, named.start)?;
        // "board chairman John Tower": a given name or title right before is a person's
        let k = doc.toks.partition_point(|t| t.span.start < named.start);
        let w = |k: usize| doc.word(k);
        let named_person = k > 0
            && doc.free_word(k - 1)
            && ((doc.is_cap(k - 1) && lexicon::is_given_name(w(k - 1)))
                || lexicon::TITLE.has(w(k - 1))
                || lexicon::HONORIFIC.has(w(k - 1)));
        // "IEL said" after "Industrial Equity Ltd (IEL)": the acronym's own name
        if named_person || self.acronyms.expand(doc, text, named.start).is_some() {
            return None;
        }
        // a person with the surname named before the body is that person; one named
        // since, unless the article writes the name as a body's ("Emery said its …")
        let person_at = self
            .full
            .first_at(surname(text))
            .filter(|&p| p < named.start);
        let body = match person_at {
            None => true,
            Some(p) => p > body_at && self.org_words.contains(unpossessive(text)),
        };
        body.then_some(full)
    }

    /// True when an earlier or later full name has this surname.
    pub fn known(&self, name: &str) -> bool {
        self.full.has_surname(surname(name))
    }

    /// [`People::known`], or the last word of a capitalised run met mid-sentence
    /// that may be a name ("met Hamdullah Mohib"): enough to keep "Mohib said" a
    /// person, not to resolve it.
    pub fn maybe_known(&self, name: &str) -> bool {
        self.known(name) || self.surnames.contains(surname(name))
    }

    /// The full form of `name` mentioned at byte `at`: itself when it has two
    /// words or more, else the nearest earlier full name with that surname.
    pub fn full_name(&self, name: &str, at: usize) -> String {
        let words = name
            .split_whitespace()
            .filter(|w| !lexicon::NAME_SUFFIX.has(w))
            .count();
        if words >= 2 {
            return name.to_string();
        }
        self.full
            .nearest(surname(name), at)
            .unwrap_or(name)
            .to_string()
    }

    /// Record a named person source.
    pub fn saw_person(&mut self, at: usize, full: &str, gender: Option<Gender>) {
        // a country is never the person a later "he" stands for
        if lexicon::PLACE.has(full) {
            return;
        }
        if full.split_whitespace().count() >= 2 {
            self.full.add(at, full);
        }
        self.persons.add(at, full, gender);
    }

    /// "Coleco Industries Inc said …; Coleco said": the first word of a
    /// capitalised run that ends with a body word (`Inc`, `Group`, `Bank`) names
    /// that body when it stands alone.
    fn bodies_named_in_full(&mut self, doc: &Doc) {
        let n = doc.toks.len();
        let mut t = 0;
        while t < n {
            if !(doc.is_cap(t) && doc.free_word(t)) {
                t += 1;
                continue;
            }
            let mut e = t + 1;
            while e < n && e < t + 6 && doc.is_cap(e) && doc.free_word(e) {
                e += 1;
            }
            if e > t + 1 && doc.is(e - 1, &lexicon::ORG_HEAD) {
                self.org_words.insert(unpossessive(doc.word(t)).to_string());
            }
            t = e;
        }
    }

    /// Record a document source ("the report") opening at token `s`.
    pub fn saw_document(&mut self, s: usize) {
        let k = self.documents.partition_point(|&d| d <= s);
        self.documents.insert(k, s);
    }

    /// "The report said …. It also called on …": "it" opening the sentence at
    /// token `s` stands for a document that was a source in the sentence
    /// before (or earlier in its own) and no body was named since.
    pub fn document_before(&self, doc: &Doc, s: usize) -> bool {
        let (lo, _) = doc.sentence_range(s);
        if lo != s || lo == 0 {
            return false;
        }
        let (before, _) = doc.sentence_range(lo - 1);
        let k = self.documents.partition_point(|&d| d < s);
        let Some(&d) = k.checked_sub(1).and_then(|k| self.documents.get(k)) else {
            return false;
        };
        let named = self
            .organisations
            .last_offset_before(doc.toks[s].span.start);
        d >= before && named.is_none_or(|o| o < doc.toks[d].span.start)
    }

    /// Record a group source.
    pub fn saw_group(&mut self, at: usize, text: &str, source_type: SourceType) {
        let k = self.groups.partition_point(|p| p.0 <= at);
        self.groups.insert(k, (at, text.to_string(), source_type));
    }

    /// The person a pronoun at byte `at` refers to: the most recent one whose
    /// gender is not known to differ from `gender` (the pronoun's, if it has one),
    /// unless an unnamed speaker who can be that person spoke since ("“…,” a
    /// dealer said. He said …": "he" is the dealer, whom no name stands for). A
    /// pronoun inside what a frame attributes ("a spokesman said Mr Galloway had
    /// friends who he described as …") is someone the words are about.
    pub fn person_before(
        &self,
        at: usize,
        gender: Option<Gender>,
    ) -> Option<(&str, Option<Gender>)> {
        self.person_named_before(at, at, gender)
    }

    /// [`People::person_before`] for a pronoun at byte `at` whose antecedent stands
    /// before byte `named_before` ("Tony Blair would lead it, he said": before the
    /// words the frame reports).
    pub fn person_named_before(
        &self,
        named_before: usize,
        at: usize,
        gender: Option<Gender>,
    ) -> Option<(&str, Option<Gender>)> {
        let (named_at, name, known) = self.persons.before_at(named_before, gender)?;
        let unnamed = self
            .unnamed
            .last_before(at, gender)
            .filter(|_| !self.contents.holds(at));
        (unnamed.is_none_or(|u| u < named_at)).then_some((name, known))
    }

    /// Record a speaker who is one person left unnamed, at byte `at`.
    pub fn saw_unnamed(&mut self, at: usize, gender: Option<Gender>) {
        self.unnamed.add(at, gender);
    }

    /// The gender already known for the person named `full`, if any.
    pub fn gender_known(&self, full: &str) -> Option<Gender> {
        self.persons.gender_of(full)
    }

    /// Record that the title description `title` (lower case) at byte `at`
    /// stands for `name` ("The prime minister said" after "Tony Blair has
    /// said"), so that the same description later is that person.
    pub fn saw_titled(&mut self, at: usize, title: &str, name: &str) {
        self.titled.add(at, title.to_string(), name.to_string());
    }

    /// The person "the prime minister" or "the minister" at byte `at` stands for:
    /// the last one named after a title that ends with `title` (lower case).
    pub fn titled_before(&mut self, at: usize, title: &str) -> Option<&str> {
        self.titled.before(at, title, |named| {
            named == title
                || named.strip_suffix(title).is_some_and(|extra| {
                    // "foreign minister" is a minister; a prime minister or a vice
                    // president is not "the minister" or "the president"
                    extra.ends_with(' ')
                        && !extra
                            .split_whitespace()
                            .any(|w| NOT_THE_SAME_OFFICE.contains(&w))
                })
                // "the South African archbishop" after "Archbishop Desmond Tutu": where
                // the holder is from, when the title was written without it
                || title.strip_suffix(named).is_some_and(|origin| {
                    origin.ends_with(' ') && origin.split_whitespace().all(evidence::origin_word)
                })
        })
    }

    /// The person "the Labour MP" or "the Ealing North MP" at byte `at` stands for when
    /// no one was named with that very description: the last one named with the same
    /// office whose qualifier agrees ([`qualifiers_agree`]: "Labour MP Stephen Pound").
    pub fn qualified_titled_before(&mut self, at: usize, title: &str) -> Option<&str> {
        let (qualifier, office) = split_office(title);
        if qualifier.is_empty() || office.is_empty() {
            return None;
        }
        // a key of its own: the entries fit otherwise than for `titled_before`
        let key = format!("{office}\u{0}{qualifier}");
        self.titled.before(at, &key, |named| {
            let (named_qualifier, named_office) = split_office(named);
            named_office == office && qualifiers_agree(&qualifier, &named_qualifier)
        })
    }

    /// The title description `title` ([`title_description`]) says where its holder
    /// is from ("the British ambassador"): it names someone in particular, never
    /// merely the last person named.
    pub fn title_has_origin(title: &str) -> bool {
        title
            .split_whitespace()
            .next()
            .is_some_and(evidence::origin_word)
    }

    /// The title description `title` names a party ("the Tory leader"): the party
    /// of a person named without a title is not known, so it is never merely the
    /// last person named.
    pub fn title_has_party(title: &str) -> bool {
        let (qualifier, _) = split_office(title);
        qualifier
            .split_whitespace()
            .any(|w| lexicon::PARTY_WORD.has(w))
    }

    /// The person a title alone ("the foreign secretary") at byte `at` stands
    /// for when no one was named with that title: the last person named before
    /// it, if no title was ever written with that person's name ("Jack Straw
    /// said … The foreign secretary told MPs …").
    pub fn untitled_person_before(&self, at: usize) -> Option<&str> {
        let (name, _) = self.persons.before(at, None)?;
        (!self.titled.has_title(name) && name.split_whitespace().nth(1).is_some()).then_some(name)
    }

    /// Record an organisation source named as `name`.
    pub fn saw_organisation(&mut self, doc: &Doc, at: usize, name: &str) {
        let name = self.acronyms.expand(doc, name, at).unwrap_or(name);
        // "Hyundai" after "Hyundai Motor": the short form is the body named in full
        let full = self.organisations.longer_form(name);
        let name = full.as_deref().unwrap_or(name);
        self.organisations
            .add(at, name, is_place_or_government(name));
    }

    /// The organisation named before byte `at` that `text` writes with its last
    /// word cut short ("Downing St" after "Downing Street").
    pub fn abbreviated_body(&self, text: &str, at: usize) -> Option<&str> {
        self.organisations.abbreviated(text, at)
    }

    /// The name an acronym mention ("GM", "the CBO") at byte `at` stands for,
    /// when the article spelled it out before.
    pub fn expand_acronym(&self, doc: &Doc, text: &str, at: usize) -> Option<&str> {
        self.acronyms.expand(doc, text, at)
    }

    /// The organisation "it" (`company` false) or "the company" (`company` true)
    /// at byte `at` refers to: the last one named, not a place for a company; one
    /// named only in what a frame attributes when no other was.
    pub fn organisation_before(&self, at: usize, company: bool) -> Option<&str> {
        self.organisations
            .before(at, company)
            .or_else(|| self.attributed.before(at, company))
    }

    /// The company "the group" (`kind` "group") at byte `at` stands for when the last
    /// company named, `last`, was written after another company noun: the last one
    /// written after that noun ("publishing group X buys a stake in newspaper company
    /// Y. … the group said" → X). `None` when `last` was written after the same noun,
    /// or after none: then it is `last`.
    pub fn organisation_of_kind(&self, at: usize, kind: &str, last: Option<&str>) -> Option<&str> {
        let first = last?.split_whitespace().next()?;
        let last_kind = self.kind_named.get(first)?;
        if last_kind == kind {
            return None;
        }
        self.organisations.before_of_kind(at, kind)
    }

    /// The group "they" at byte `at` refers to.
    pub fn group_before(&self, at: usize) -> Option<(&str, SourceType)> {
        let k = self.groups.partition_point(|p| p.0 < at);
        k.checked_sub(1)
            .map(|k| (self.groups[k].1.as_str(), self.groups[k].2))
    }
}

#[cfg(test)]
mod tests {
    use super::evidence::ampersand_name;
    use super::organisation_name;

    #[test]
    fn names_joined_by_an_ampersand_are_a_firm() {
        assert!(ampersand_name("Standard & Poor's"));
        assert!(ampersand_name("analysts at Procter & Gamble"));
        assert!(!ampersand_name("research & development"));
        assert!(!ampersand_name("Smith"));
    }

    #[test]
    fn an_organisation_name_is_the_name_ending_the_mention() {
        // BBC, 2005
        assert_eq!(
            organisation_name("Scandal-hit jet fuel supplier China Aviation Oil"),
            Some("China Aviation Oil")
        );
        assert_eq!(
            organisation_name("the Bank of Mexico"),
            Some("Bank of Mexico")
        );
        assert_eq!(
            organisation_name("Royal Dutch Shell plc"),
            Some("Royal Dutch Shell plc")
        );
        // a place's possessive is no part of the name
        assert_eq!(
            organisation_name("Japan's Toyota Motor"),
            Some("Toyota Motor")
        );
        assert_eq!(
            organisation_name("Standard & Poor's"),
            Some("Standard & Poor's")
        );
        // a description names no one
        assert_eq!(organisation_name("South Korea's top car maker"), None);
        assert_eq!(organisation_name("the company"), None);
    }
}
