//! Names read as the text is scanned: full names after a title or opened by a
//! given name, runs of capitalised words the text treats as a name (an
//! apposition or a speech verb next to them), surnames met mid-sentence, and
//! the first words of bodies named in full.

use super::*;
use crate::lexicon::{bits, exact_bits};

/// A word that can be part of a person's name no list knows: capitalised and
/// not a place, body, outlet, nationality, month, title or a conjunction that
/// opens the sentence ("But Ms Short said": the name is "Ms Short").
pub(super) fn plain_name_word(doc: &Doc, k: usize) -> bool {
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

/// The title that ends at token `t`, in lower case, with the title words before it
/// and the words that say where its holder is from or which office it is ("U.S.
/// Ambassador", "Labour MP", "Treasury Secretary").
fn title_before(doc: &Doc, t: usize) -> String {
    let mut r = t;
    while r > 0 && doc.free_word(r - 1) && doc.word_in(r - 1, &lexicon::TITLE) {
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
    // "Gov. Eric Holcomb" is "the governor" later
    let title = doc.span(r, t + 1).text(doc.text).to_lowercase();
    let words: Vec<&str> = title
        .split(' ')
        .map(|w| {
            lexicon::titles::ABBREVIATIONS
                .iter()
                .find(|(short, _)| *short == w)
                .map_or(w, |(_, full)| full)
        })
        .collect();
    words.join(" ")
}

/// A word no list names as a place, body, outlet, nationality or month.
pub(super) fn unlisted_word(w: &str) -> bool {
    !(lexicon::PLACE.has(w)
        || lexicon::ORG_HEAD.has(w)
        || lexicon::ORG_NAME.has(w)
        || lexicon::MEDIA_NAME.has(w)
        || lexicon::NATIONALITY.has(w)
        || lexicon::CALENDAR.has(w))
}

impl People {
    /// Record the name that token `t` opens, if any; the token to look at next.
    pub(super) fn names_at(&mut self, doc: &Doc, t: usize) -> usize {
        let n = doc.toks.len();
        if doc.lists(t) & (bits::TITLE | exact_bits::HONORIFIC) != 0 {
            self.titled_name(doc, t);
        } else if t + 1 < n && doc.is_cap(t) && doc.is_cap(t + 1) && doc.given_name(t) {
            // A capitalised run opened by a given name is a full name too
            // ("Hollywood star Kevin Spacey"), unless it names a place or a body.
            let e = name_run(doc, t, doc.paragraph_of(t).1);
            let names_place_or_body = (t..e).any(|k| {
                doc.lists(k) & (exact_bits::PLACE | bits::ORG_HEAD | exact_bits::ORG_NAME) != 0
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
        // a title ending the text names no one
        if t + 1 >= doc.toks.len() {
            return;
        }
        let (n, name) = if doc.word_in(t + 1, &lexicon::HONORIFIC) {
            // "deputy prime minister Mr Prescott": no full name of its own; the title
            // is that of the full name met before, if any ("John Prescott")
            let e = name_run(doc, t + 2, doc.paragraph_of(t).1);
            if e != t + 3 {
                return;
            }
            let written = doc.span(t + 1, e).text(doc.text);
            let at = doc.toks[t + 1].span.start;
            let full = self.full.nearest(unpossessive(doc.word(t + 2)), at);
            (t + 1, full.unwrap_or(written).to_string())
        } else {
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
            // "Sir Digby Jones": later "Sir Digby" alone
            let honorific = doc.word(t);
            if n == t + 1 && e >= n + 2 && lexicon::titles::BEFORE_GIVEN_NAME.contains(&honorific) {
                let form = format!("{honorific} {}", doc.word(n));
                self.full.add_form(doc.toks[n].span.start, &form, &name);
            }
            (n, name)
        };
        if doc.word_in(t, &lexicon::TITLE) {
            let title = title_before(doc, t);
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

    /// "Coleco Industries Inc said …; Coleco said": the first word of a
    /// capitalised run that ends with a body word (`Inc`, `Group`, `Bank`) names
    /// that body when it stands alone.
    pub(super) fn bodies_named_in_full(&mut self, doc: &Doc) {
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
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_surname_is_the_full_name_after_a_title_or_next_to_a_speech_verb() {
        let body = "Transport Minister Ellen Marsh opened the line. Tomas Berglund said fares \
                    would fall. Ms Marsh agreed with Berglund.";
        super::super::read_people(body, |doc, people| {
            let end = doc.text.len();
            assert_eq!(people.full_name("Marsh", end), "Ellen Marsh");
            assert_eq!(people.full_name("Berglund", end), "Tomas Berglund");
            assert!(people.known("Ms Marsh"));
            assert!(!people.known("Lindqvist"));
        });
    }
}
