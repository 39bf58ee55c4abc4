//! Source mentions: what kind of source a mention names (named person,
//! unnamed person, organization, media, document), and the role, affiliation
//! and name it gives.

use crate::doc::Doc;
use crate::lexicon;
use claimkit_core::{SourceType, Span};

/// A classified source mention.
#[derive(Clone, Debug)]
pub struct Mention {
    /// What kind of source it is.
    pub source_type: SourceType,
    /// The person's name inside the mention ("Barack Obama" in "President Barack Obama").
    pub name: Option<Span>,
    /// The mention names a group ("U.S. officials").
    pub plural: bool,
    /// The mention is a pronoun; `Some(true)` for "they"/"we".
    pub pronoun: Option<bool>,
    /// Title or office written with the name ("Prime Minister").
    pub role: Option<Span>,
    /// Country or organisation written with the mention ("Russian", "NATO").
    pub affiliation: Option<String>,
}

/// Lowercase words after which a mention's head noun has come ("a diplomat
/// familiar with …", "the head of …").
const HEAD_STOPS: &[&str] = &[
    "of", "with", "from", "familiar", "in", "at", "for", "on", "who", "close", "like", "whose",
    "which", "that", "involved", "based", "working", "speaking",
];

/// The head of the mention at tokens `s..e`: the last word before "of",
/// "with", "who" and the like ("a diplomat familiar with …" → "diplomat").
pub fn head(doc: &Doc, s: usize, e: usize) -> usize {
    (s + 1..e)
        .find(|&k| doc.free_word(k) && !doc.is_cap(k) && HEAD_STOPS.contains(&doc.word(k)))
        .unwrap_or(e)
        - 1
}

/// Particles inside names ("Bashar al-Assad", "Ursula von der Leyen").
const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "ibn", "de", "van", "von", "der", "du", "la", "le", "el", "da", "di",
];

fn is_particle(doc: &Doc, k: usize) -> bool {
    doc.free_word(k) && NAME_PARTICLES.contains(&doc.word(k))
}

/// The run of name words starting at `k` ("Jens Stoltenberg", "Abdullah II").
pub fn name_run(doc: &Doc, k: usize, limit: usize) -> usize {
    let mut e = k;
    while e < limit {
        let w = doc.word(e);
        let name_word = doc.is_cap(e) && !lexicon::TITLE.has(w) && !lexicon::ADJUNCT.has(w);
        if name_word
            || (e > k && lexicon::NAME_SUFFIX.has(w))
            || (is_particle(doc, e) && e + 1 < limit && doc.is_cap(e + 1))
        {
            e += 1;
        } else {
            break;
        }
    }
    e
}

/// Strip a possessive ending ("Jordan’s" → "Jordan").
fn unpossessive(w: &str) -> &str {
    w.strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .unwrap_or(w)
}

/// Classify the mention at tokens `s..e`.
pub fn classify(doc: &Doc, s: usize, e: usize) -> Mention {
    let mut m = Mention {
        source_type: SourceType::UnnamedPerson,
        name: None,
        plural: false,
        pronoun: None,
        role: None,
        affiliation: None,
    };
    if e <= s {
        return m;
    }
    if e - s == 1 {
        let w = doc.word(s);
        if let Some(&(_, plural)) = lexicon::function_words::PRONOUNS
            .iter()
            .find(|(p, _)| w.eq_ignore_ascii_case(p))
        {
            m.pronoun = Some(plural);
            m.plural = plural;
            m.source_type = if w.eq_ignore_ascii_case("it") {
                SourceType::Organization
            } else {
                SourceType::NamedPerson
            };
            return m;
        }
    }
    let head = head(doc, s, e);
    let h_end = head + 1;
    // A name after the head's "of"/"for" phrase names the person
    // ("Governor of Washington Chris Gregoire", "Undersecretary for Education
    // Mr. Toccafondi", "CEO of the Refugee Council Enver Solomon"): an
    // honorific and a name, or a given name or the word after a body's name
    // opening a name, that runs to the end of the mention.
    if h_end < e {
        let trailing = (h_end..e - 1).find(|&k| {
            let w = doc.word(k);
            let after_body = k > h_end && lexicon::ORG_HEAD.has(doc.word(k - 1));
            let named_by = if lexicon::HONORIFIC.has(w) {
                k + 1
            } else if doc.is_cap(k)
                && ((lexicon::is_given_name(w) && !lexicon::PLACE.has(w)) || after_body)
            {
                k
            } else {
                return false;
            };
            name_run(doc, named_by, e) == e && e - named_by > usize::from(named_by == k)
        });
        if let Some(k) = trailing {
            let name_start = if lexicon::HONORIFIC.has(doc.word(k)) {
                k + 1
            } else {
                k
            };
            m.name = Some(doc.span(name_start, e));
            m.source_type = SourceType::NamedPerson;
            m.role = Some(doc.span(s, k));
            return m;
        }
    }
    let head_word = doc.word(head);
    let text = doc.span(s, e).text(doc.text);
    let bare = text
        .strip_prefix("the ")
        .or_else(|| text.strip_prefix("The "))
        .unwrap_or(text);

    if (s..h_end).any(|k| lexicon::MEDIA_NAME.has(doc.word(k)))
        || (lexicon::MEDIA_HEAD.has(head_word)
            && (s..h_end).any(|k| lexicon::MEDIA_MARKER.has(doc.word(k))))
    {
        m.source_type = SourceType::Media;
        return m;
    }
    // A title or honorific followed by a name: a named person; not a body whose
    // name holds a title word ("the World Health Organization").
    let names_body = (s..h_end).any(|k| doc.is_cap(k) && lexicon::ORG_HEAD.has(doc.word(k)));
    let titled = (s..h_end).rev().find(|&t| {
        (lexicon::TITLE.has(doc.word(t)) || lexicon::HONORIFIC.has(doc.word(t)))
            && t + 1 < h_end
            && name_run(doc, t + 1, h_end) == h_end
            && !names_body
    });
    if let Some(t) = titled {
        let name_end = name_run(doc, t + 1, h_end);
        m.name = Some(doc.span(t + 1, name_end));
        m.source_type = SourceType::NamedPerson;
        let mut r = t;
        while r > s && (lexicon::TITLE.has(doc.word(r - 1)) || doc.is_word(r - 1, "of")) {
            r -= 1;
        }
        if !lexicon::HONORIFIC.has(doc.word(r)) || r < t {
            let r = if lexicon::HONORIFIC.has(doc.word(r)) {
                r + 1
            } else {
                r
            };
            if r <= t && !lexicon::HONORIFIC.has(doc.word(t)) {
                m.role = Some(doc.span(r, t + 1));
            }
        }
        if r > s {
            let aff: Vec<&str> = (s..r)
                .filter(|&k| doc.is_cap(k) && !doc.is(k, &lexicon::FILLER))
                .map(|k| unpossessive(doc.word(k)))
                .collect();
            if !aff.is_empty() {
                m.affiliation = Some(aff.join(" "));
            }
        }
        return m;
    }
    if !doc.is_cap(head) && lexicon::DOCUMENT.has(head_word) {
        m.source_type = SourceType::Document;
        return m;
    }
    if lexicon::PERSON_ONE.has(head_word) || lexicon::PERSON_MANY.has(head_word) {
        m.plural = lexicon::PERSON_MANY.has(head_word) || (s..head).any(|k| doc.is_word(k, "and"));
        m.source_type = SourceType::UnnamedPerson;
        if let Some(a) =
            (s..head).find(|&k| doc.is_cap(k) && (k > s || !doc.is(k, &lexicon::FILLER)))
        {
            m.affiliation = Some(doc.span(a, head).text(doc.text).to_string());
        }
        return m;
    }
    // Places, regions and nationality adjectives alone name no person:
    // "according to U.S. and Mideast [officials]" has lost its head noun.
    let place_like = |k: usize| {
        let w = unpossessive(doc.word(k));
        lexicon::PLACE.has(w) || lexicon::REGION.has(w) || lexicon::NATIONALITY.has(w)
    };
    let (mut places, mut countries) = (0, 0);
    let mut k = s;
    while k < e {
        let two = (k + 1 < e).then(|| unpossessive(doc.span(k, k + 2).text(doc.text)));
        if two.is_some_and(|t| {
            lexicon::PLACE.has(t) || lexicon::REGION.has(t) || lexicon::NATIONALITY.has(t)
        }) {
            places += 1;
            countries += two.is_some_and(|t| lexicon::PLACE.has(t)) as usize;
            k += 2;
        } else if doc.is_cap(k) && place_like(k) {
            places += 1;
            countries += lexicon::PLACE.has(unpossessive(doc.word(k))) as usize;
            k += 1;
        } else if doc.is(k, &lexicon::NOT_LAST) && !doc.is_cap(k) {
            k += 1;
        } else {
            break;
        }
    }
    if k == e && places > 0 {
        // Countries alone speak for their governments ("Malaysia and Indonesia").
        if countries < places {
            m.source_type = SourceType::UnnamedPerson;
            m.plural = true;
            m.affiliation = Some(text.to_string());
        } else {
            m.source_type = SourceType::Organization;
            m.plural = places > 1;
        }
        return m;
    }
    // Two capitalised words or more ending the head are a person's name
    // ("team member Rodaba Noori"), unless they name an organisation or place.
    let mut run = head + 1;
    while run > s && doc.is_cap(run - 1) && !lexicon::TITLE.has(doc.word(run - 1)) {
        run -= 1;
    }
    // Capitalised words before a given name are not part of the name when they
    // name a body or a place ("NASA Bill Ingalls") or when one word opens the
    // sentence ("Singer Bruce Springsteen", "For Kevin Allton"); other words
    // are ("Hernan Dario Gomez").
    if let Some(g) = (run..head).find(|&k| lexicon::is_given_name(doc.word(k))) {
        let opens_sentence = g == run + 1 && doc.sentence_range(run).0 == run;
        let body_or_place = (run..g).any(|k| {
            let w = unpossessive(doc.word(k));
            lexicon::ORG_NAME.has(w)
                || lexicon::ORG_HEAD.has(w)
                || lexicon::MEDIA_NAME.has(w)
                || lexicon::PLACE.has(w)
                || lexicon::NATIONALITY.has(w)
        });
        if g > run && (opens_sentence || body_or_place) {
            run = g;
        }
    }
    let run_text = if run <= head {
        doc.span(run, head + 1).text(doc.text)
    } else {
        ""
    };
    let names_org = (run..=head).any(|k| {
        lexicon::ORG_NAME.has(unpossessive(doc.word(k)))
            || lexicon::ORG_HEAD.has(doc.word(k))
            || lexicon::MEDIA_NAME.has(doc.word(k))
            || lexicon::PLACE.has(doc.word(k))
            || lexicon::REGION.has(doc.word(k))
            || lexicon::NATIONALITY.has(doc.word(k))
    }) || lexicon::PLACE.has(run_text)
        || lexicon::REGION.has(run_text)
        || crate::lexicon::organizations::PHRASES
            .iter()
            .any(|p| run_text.contains(p));
    if head + 1 - run >= 2
        && !names_org
        && !doc.word(run).ends_with("’s")
        && !doc.word(run).ends_with("'s")
    {
        m.name = Some(doc.span(run, head + 1));
        m.source_type = SourceType::NamedPerson;
        if run > s {
            m.role = Some(doc.span(s, run));
        }
        return m;
    }
    let org_word = (s..e).any(|k| {
        (!doc.is_cap(k) && lexicon::ORG_HEAD.has(doc.word(k)))
            || lexicon::ORG_NAME.has(unpossessive(doc.word(k)))
    });
    if org_word
        || lexicon::ORG_HEAD.has(head_word)
        || lexicon::PLACE.has(bare)
        || crate::lexicon::organizations::PHRASES
            .iter()
            .any(|p| text.contains(p))
    {
        m.source_type = SourceType::Organization;
        return m;
    }
    if doc.is_cap(head) {
        let mut a = head;
        while a > s
            && (doc.is_cap(a - 1) || is_particle(doc, a - 1))
            && !lexicon::TITLE.has(doc.word(a - 1))
        {
            a -= 1;
        }
        while a < head && lexicon::NAME_SUFFIX.has(doc.word(a)) {
            a += 1;
        }
        m.name = Some(doc.span(a, head + 1));
        m.source_type = SourceType::NamedPerson;
        if a > s {
            let before = doc.span(s, a).text(doc.text);
            if !before.trim().is_empty() {
                m.role = Some(doc.span(s, a));
            }
        }
        return m;
    }
    m
}
