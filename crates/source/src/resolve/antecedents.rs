//! Antecedents: the sources seen so far (people, groups, documents, titled
//! people, unnamed speakers) and the person, group or document a pronoun or a
//! title alone stands for.

use super::*;

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
    "lieutenant",
];

/// A person named with the title `named` (lower case) may be the one a description
/// with the title `title` stands for: the same title, one with more words before it
/// ("foreign minister" is a minister; a prime minister or a vice president is not "the
/// minister" or "the president"), or one without the words of where the holder is from
/// ("the South African archbishop" after "Archbishop Desmond Tutu").
fn title_fits(title: &str, named: &str) -> bool {
    named == title
        || named.strip_suffix(title).is_some_and(|extra| {
            extra.ends_with(' ')
                && !extra
                    .split_whitespace()
                    .any(|w| NOT_THE_SAME_OFFICE.contains(&w))
        })
        || title.strip_suffix(named).is_some_and(|origin| {
            origin.ends_with(' ') && origin.split_whitespace().all(evidence::origin_word)
        })
}

/// How far back before a title description the surnames of its candidates are looked
/// for (bytes): a few paragraphs.
const SALIENCE_REACH: usize = 4_000;

/// The byte offset of the last occurrence of the word `word` (whole, its possessive
/// too) in `text` before byte `at`, within [`SALIENCE_REACH`] bytes of it.
fn last_word_at(text: &str, at: usize, word: &str) -> Option<usize> {
    let mut from = at.saturating_sub(SALIENCE_REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(..at)?;
    let mut end = before.len();
    while let Some(k) = before[from.min(end)..end]
        .rfind(word)
        .map(|k| k + from.min(end))
    {
        let starts = before[..k]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let ends = before[k + word.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if starts && ends {
            return Some(k);
        }
        end = k;
    }
    None
}

impl People {
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
    /// friends who he described as …") is someone the words are about. A person
    /// named inside what a speaker before reported, outside the pronoun's own
    /// report, gives way to that speaker when the speaker can be the pronoun's.
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
        let (mut named_at, mut name, mut known) = self.persons.before_at(named_before, gender)?;
        // "Mr Cook said Lord Goldsmith's answer misled MPs. … he said": a person named
        // only inside what someone reports is weaker than the one who reported it
        let speaker = self
            .contents
            .speakers_around(named_at, at)
            .find_map(|sp| self.persons.before_at(sp + 1, gender).filter(|p| p.0 == sp));
        if let Some(speaker) = speaker {
            (named_at, name, known) = speaker;
        }
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
        self.titled.before(at, |named| title_fits(title, named))
    }

    /// [`People::titled_before`], but when several people were named with the title,
    /// the one whose surname `text` wrote last before byte `at`: "Gov. Eric Holcomb
    /// … Kentucky Gov. Matt Bevin … Teachers didn't see Holcomb … The governor said" is
    /// Holcomb.
    pub fn titled_salient(&mut self, text: &str, at: usize, title: &str) -> Option<String> {
        let last = self.titled_before(at, title)?.to_string();
        let names = self
            .titled
            .names_before(at, |named| title_fits(title, named));
        if names.len() < 2 {
            return Some(last);
        }
        let seen = |name: &str| {
            name.split_whitespace()
                .last()
                .and_then(|s| last_word_at(text, at, s))
        };
        let best = names
            .iter()
            .filter_map(|n| seen(n).map(|k| (k, n)))
            .max_by_key(|&(k, _)| k)
            .map(|(_, n)| n.clone());
        Some(best.unwrap_or(last))
    }

    /// The person "the Labour MP" or "the Ealing North MP" at byte `at` stands for when
    /// no one was named with that very description: the last one named with the same
    /// office whose qualifier agrees ([`qualifiers_agree`]: "Labour MP Stephen Pound").
    pub fn qualified_titled_before(&mut self, at: usize, title: &str) -> Option<&str> {
        let (qualifier, office) = split_office(title);
        if qualifier.is_empty() || office.is_empty() {
            return None;
        }
        self.titled.before(at, |named| {
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

    /// The group "they" at byte `at` refers to.
    pub fn group_before(&self, at: usize) -> Option<(&str, SourceType)> {
        let k = self.groups.partition_point(|p| p.0 < at);
        k.checked_sub(1)
            .map(|k| (self.groups[k].1.as_str(), self.groups[k].2))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_title_alone_is_the_person_last_named_with_it_not_another_office() {
        let body = "Prime Minister Rosa Lind met Finance Minister Karl Moe on Monday.";
        super::super::read_people(body, |doc, people| {
            let end = doc.text.len();
            assert_eq!(
                people.titled_before(end, "finance minister"),
                Some("Karl Moe")
            );
            assert_eq!(people.titled_before(end, "minister"), Some("Karl Moe"));
            assert_eq!(
                people.titled_before(end, "prime minister"),
                Some("Rosa Lind")
            );
        });
    }
}
