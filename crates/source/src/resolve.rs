//! Speaker resolution: "Mr. Obama" → the earlier full mention "Barack Obama";
//! "he"/"she" → the most recent named person who was a source or the subject
//! of a sentence; "they" → the most recent plural source.

use crate::doc::Doc;
use crate::frames::subject;
use crate::lexicon;
use crate::mentions::{classify, name_run};
use claimkit_core::SourceType;

/// People and groups seen so far in a document.
#[derive(Default)]
pub struct People {
    /// Full names (two words or more) with the byte offset of their mention.
    full: Vec<(usize, String)>,
    /// Named people who were sentence subjects or sources, by offset.
    persons: Vec<(usize, String)>,
    /// Groups that were sources ("U.S. and European officials"), by offset.
    groups: Vec<(usize, String, SourceType)>,
}

/// The name without a name suffix, split into words.
fn surname(name: &str) -> &str {
    name.split_whitespace()
        .rev()
        .find(|w| !lexicon::NAME_SUFFIX.has(w))
        .unwrap_or(name)
}

impl People {
    /// Collect full names after titles ("Russian President Vladimir Putin") and
    /// the named subjects of every sentence.
    pub fn new(doc: &Doc) -> People {
        let mut people = People::default();
        let n = doc.toks.len();
        for t in 0..n {
            let w = doc.word(t);
            if doc.free_word(t) && (lexicon::TITLE.has(w) || lexicon::HONORIFIC.has(w)) {
                let e = name_run(doc, t + 1, n);
                if e >= t + 3 {
                    let name = doc.span(t + 1, e).text(doc.text).to_string();
                    people.full.push((doc.toks[t + 1].span.start, name));
                }
            }
        }
        for &(p0, p1) in &doc.para_toks {
            let mut k = p0;
            while k < p1 {
                let (lo, hi) = doc.sentence_range(k);
                if let Some((s, e)) = subject(doc, lo, hi) {
                    let m = classify(doc, s, e);
                    if let (SourceType::NamedPerson, Some(name)) = (m.source_type, m.name) {
                        let titled = name.start > doc.toks[s].span.start;
                        let text = name.text(doc.text);
                        if titled || people.known(text) {
                            let full = people.full_name(text, name.start);
                            people.persons.push((doc.toks[s].span.start, full));
                        }
                    }
                }
                k = hi.max(k + 1);
            }
        }
        people.persons.sort();
        people
    }

    fn known(&self, name: &str) -> bool {
        let last = surname(name);
        self.full.iter().any(|(_, f)| surname(f) == last)
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
        let last = surname(name);
        let same =
            |f: &&(usize, String)| surname(&f.1) == last && f.1.split_whitespace().count() >= 2;
        self.full
            .iter()
            .filter(same)
            .rfind(|f| f.0 < at)
            .or_else(|| self.full.iter().find(same))
            .map_or_else(|| name.to_string(), |f| f.1.clone())
    }

    /// Record a named person source.
    pub fn saw_person(&mut self, at: usize, full: &str) {
        if full.split_whitespace().count() >= 2 {
            self.full.push((at, full.to_string()));
        }
        let k = self.persons.partition_point(|p| p.0 <= at);
        self.persons.insert(k, (at, full.to_string()));
    }

    /// Record a group source.
    pub fn saw_group(&mut self, at: usize, text: &str, source_type: SourceType) {
        let k = self.groups.partition_point(|p| p.0 <= at);
        self.groups.insert(k, (at, text.to_string(), source_type));
    }

    /// The person "he"/"she" at byte `at` refers to.
    pub fn person_before(&self, at: usize) -> Option<&str> {
        let k = self.persons.partition_point(|p| p.0 < at);
        k.checked_sub(1).map(|k| self.persons[k].1.as_str())
    }

    /// The group "they" at byte `at` refers to.
    pub fn group_before(&self, at: usize) -> Option<(&str, SourceType)> {
        let k = self.groups.partition_point(|p| p.0 < at);
        k.checked_sub(1)
            .map(|k| (self.groups[k].1.as_str(), self.groups[k].2))
    }
}
