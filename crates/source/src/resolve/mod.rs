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

mod antecedents;
mod evidence;
mod names;
mod organisation;
mod subjects;

use names::unlisted_word;
use organisation::is_place_or_government;
pub use organisation::organisation_name;

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

impl People {
    /// Collect full names after titles ("Russian President Vladimir Putin") and
    /// the named subjects of every sentence; `contents` are the byte ranges of
    /// what the frames of the document attribute, whose subjects speak for no one,
    /// each with the byte where its frame's source starts.
    pub fn new(doc: &Doc, contents: impl IntoIterator<Item = (usize, usize, usize)>) -> People {
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

    /// The full name that an honorific and a given name ("Sir Digby") mentioned at
    /// byte `at` stand for: the nearest earlier full name introduced with them.
    pub fn full_name_of_given(&self, honorific: &str, given: &str, at: usize) -> Option<&str> {
        self.full.nearest(&format!("{honorific} {given}"), at)
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
}

/// The people a document `body` names, read as [`People::new`] reads them with no
/// frame contents, handed to `check` with the document.
#[cfg(test)]
fn read_people(body: &str, check: impl FnOnce(&Doc, &mut People)) {
    let document = claimkit_core::Document::from_body("test", body);
    let sentences = claimkit_segment::split_sentences(&document.text, &document.paragraphs);
    let doc = Doc::new(&document.text, &sentences);
    let mut people = People::new(&doc, []);
    check(&doc, &mut people);
}
