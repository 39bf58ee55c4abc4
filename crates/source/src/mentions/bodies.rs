//! Mentions of bodies and places: offices of a place, places alone, companies named
//! after a kind ("oil giant Yukos"), organisations by head noun or name, and capitalised
//! runs that hold a place or body word.

use super::*;

/// "Pakistan's High Commissioner", "Japan's Finance Minister to Britain": a place's
/// possessive and a capitalised office with no name after it are a person left
/// unnamed, never a body or the place.
pub(super) fn office_of_place(doc: &Doc, m: &Words) -> Option<Mention> {
    if m.head == m.s || !doc.is_cap(m.head) || !is_possessive(doc.word(m.s)) {
        return None;
    }
    let owner = unpossessive(doc.word(m.s));
    let office = (lexicon::PLACE.has(owner) || lexicon::REGION.has(owner))
        && lexicon::TITLE.has(m.head_word)
        && (m.s + 1..=m.head).all(|k| doc.free_word(k) && doc.is_cap(k));
    office.then(|| Mention {
        role: Some(doc.span(m.s + 1, m.head + 1)),
        affiliation: Some(owner.to_string()),
        ..Mention::of(SourceType::UnnamedPerson)
    })
}

/// Places, regions and nationality adjectives alone name no person:
/// "according to U.S. and Mideast [officials]" has lost its head noun.
/// Countries alone speak for their governments ("Malaysia and Indonesia").
pub(super) fn places_alone(doc: &Doc, m: &Words) -> Option<Mention> {
    let (s, e) = (m.s, m.e);
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
    if k != e || places == 0 {
        return None;
    }
    Some(if countries < places {
        Mention {
            plural: true,
            affiliation: Some(m.text.to_string()),
            ..Mention::of(SourceType::UnnamedPerson)
        }
    } else {
        Mention {
            plural: places > 1,
            ..Mention::of(SourceType::Organization)
        }
    })
}

/// A capitalised name right after a lower-case company noun names that
/// company ("Russian oil and gas company Yukos", "state oil firm Rosneft",
/// "the insurer Aviva", "investment firm Grant Samuel"), unless a given name alone,
/// an honorific or a title shows a person or the words name a place ("construction
/// company New York").
pub(super) fn named_after_kind(doc: &Doc, m: &Words) -> Option<Mention> {
    let (s, head) = (m.s, m.head);
    if !doc.is_cap(head) {
        return None;
    }
    let mut a = head;
    while a > s && doc.is_cap(a - 1) {
        a -= 1;
    }
    let kind = a > s && !doc.is_cap(a - 1) && doc.word_in(a - 1, &lexicon::COMPANY_HEAD);
    if !kind {
        return None;
    }
    // a given name shows a person only in a name of one word: "investment firm Grant
    // Samuel" and "the bank Morgan Stanley" are named after their founders
    let given = |w: &str| head == a && lexicon::is_given_name(w);
    let person_or_place = (a..=head).any(|k| {
        let w = unpossessive(doc.word(k));
        given(w)
            || lexicon::HONORIFIC.has(w)
            || lexicon::TITLE.has(w)
            || lexicon::PLACE.has(w)
            || lexicon::REGION.has(w)
    }) || lexicon::PLACE.has(doc.span(a, head + 1).text(doc.text));
    (!person_or_place).then(|| Mention::of(SourceType::Organization))
}

/// An organisation word ("the company", "Nintendo" on the list), a country
/// or a known multi-word body.
pub(super) fn organisation(doc: &Doc, m: &Words) -> Option<Mention> {
    let org_word = (m.s..m.e).any(|k| {
        (!doc.is_cap(k) && doc.word_in(k, &lexicon::ORG_HEAD))
            || lexicon::ORG_NAME.has(unpossessive(doc.word(k)))
    });
    // "both countries", "campaign groups": bodies speaking together
    if !doc.is_cap(m.head) && lexicon::ORG_MANY.has(m.head_word) {
        return Some(Mention {
            plural: true,
            ..Mention::of(SourceType::Organization)
        });
    }
    let organisation = org_word
        || lexicon::ORG_HEAD.has(m.head_word)
        || lexicon::PLACE.has(m.bare)
        || crate::lexicon::organizations::holds_phrase(m.text);
    organisation.then(|| Mention::of(SourceType::Organization))
}

/// Capitalised words ending a mention that hold a place, nationality, body
/// or outlet word and no given name name a body, not a person ("China
/// Aviation Oil", "South Korea's Hyundai Motor", "British Nuclear Fuels").
pub(super) fn capitalised_body(doc: &Doc, m: &Words) -> Option<Mention> {
    let (s, head) = (m.s, m.head);
    if !doc.is_cap(head) {
        return None;
    }
    let mut a = head;
    while a > s && doc.is_cap(a - 1) && !doc.word_in(a - 1, &lexicon::TITLE) {
        a -= 1;
    }
    if head == a {
        return None;
    }
    let words = || (a..=head).map(|k| unpossessive(doc.word(k)));
    let marked = words().any(|w| {
        lexicon::PLACE.has(w)
            || lexicon::NATIONALITY.has(w)
            || lexicon::REGION.has(w)
            || lexicon::ORG_NAME.has(w)
            || lexicon::MEDIA_NAME.has(w)
    });
    let person = || {
        words().any(lexicon::is_given_name)
            || (a..=head).any(|k| doc.word_in(k, &lexicon::HONORIFIC))
    };
    (marked && !person()).then(|| Mention::of(SourceType::Organization))
}
