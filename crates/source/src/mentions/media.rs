//! Mentions of the media: an outlet's staff ("BBC political correspondent Mark
//! Mardell"), outlets by name or head noun ("state media", "Euronews") and mastheads.

use super::*;

/// A full name after a person noun, in a mention that names an outlet before it, is
/// the person's: a journalist or a guest who speaks in their own voice ("BBC political
/// correspondent Mark Mardell", "Economist Colen Garrow", where the job is written like
/// the magazine), not the outlet. The outlet is the affiliation in the role. A person
/// noun after an outlet without a name is a journalist left unnamed ("BBC reporter").
pub(super) fn outlet_staff(doc: &Doc, m: &Words) -> Option<Mention> {
    let (s, e) = (m.s, m.e);
    let outlet_before = |k: usize| (s..=k).any(|t| doc.word_in(t, &lexicon::MEDIA_NAME));
    // "BBC reporter", "a Reuters correspondent": a journalist left unnamed
    let head = e - 1;
    if head > s
        && !doc.is_cap(head)
        && doc.is(head, &lexicon::PERSON_ONE)
        && outlet_before(head - 1)
    {
        return Some(Mention::of(SourceType::UnnamedPerson));
    }
    if let Some(found) = possessive_outlets_person(doc, s, e) {
        return Some(found);
    }
    let k = (s..e.saturating_sub(1))
        .rev()
        .find(|&k| doc.word_in(k, &lexicon::PERSON_ONE))?;
    let first = k + 1;
    // a surname alone only right after the noun that opens the mention ("Economist Smith")
    let words = if k == s { 1 } else { 2 };
    let full_name = name_run(doc, first, e) == e && e - first >= words;
    let names_body = names_a_body(doc, first, e);
    (outlet_before(k) && full_name && !names_body).then(|| Mention {
        name: Some(doc.span(first, e)),
        role: Some(doc.span(s, first)),
        ..Mention::of(SourceType::NamedPerson)
    })
}

/// "Sky News’s Hoda Ahmed", "Al Jazeera's Hoda Abdel-Hamid": an outlet's possessive and
/// a full name of two words or more ending the mention name a journalist, not the outlet.
fn possessive_outlets_person(doc: &Doc, s: usize, e: usize) -> Option<Mention> {
    let p = (s..e.saturating_sub(2)).find(|&p| {
        let bare = unpossessive(doc.word(p));
        bare.len() < doc.word(p).len()
            && (lexicon::MEDIA_NAME.has(bare)
                || (p > s && lexicon::MEDIA_NAME.has(&format!("{} {bare}", doc.word(p - 1))))
                || (s..p).any(|t| doc.word_in(t, &lexicon::MEDIA_NAME)))
    })?;
    let first = p + 1;
    let full_name = name_run(doc, first, e) == e && e - first >= 2;
    let names_body = names_a_body(doc, first, e);
    (full_name && !names_body).then(|| Mention {
        name: Some(doc.span(first, e)),
        affiliation: Some(unpossessive(doc.span(s, first).text(doc.text)).to_string()),
        ..Mention::of(SourceType::NamedPerson)
    })
}

/// The words `s..e` after an outlet hold a body's head, an outlet's name or a place: a
/// body's name, not a journalist's.
fn names_a_body(doc: &Doc, s: usize, e: usize) -> bool {
    (s..e).any(|t| {
        let w = doc.word(t);
        lexicon::ORG_HEAD.has(w) || lexicon::MEDIA_NAME.has(w) || lexicon::PLACE.has(w)
    })
}

/// An outlet's name of two words that the list of names holds as one ("Le Monde")
/// among the tokens `s..e`.
pub(super) fn two_word_outlet(doc: &Doc, s: usize, e: usize) -> bool {
    (s..e.saturating_sub(1)).any(|k| {
        doc.is_cap(k) && doc.is_cap(k + 1) && {
            let pair = format!("{} {}", doc.word(k), doc.word(k + 1));
            lexicon::MEDIA_NAME.has(&pair)
        }
    })
}

/// A media name ("Euronews"), or a media head with a media marker ("state media").
pub(super) fn media(doc: &Doc, m: &Words) -> Option<Mention> {
    // "Independent News & Media Plc": a company's legal name, not an outlet's;
    // "Irving Independent School District": a body's word ends the name
    let body_word = |k: usize| {
        let w = doc.word(k);
        doc.is_cap(k) && lexicon::ORG_HEAD.has(w) && !lexicon::MEDIA_HEAD.has(w)
    };
    let body_after_outlet = (m.s..m.head)
        .any(|k| doc.word_in(k, &lexicon::MEDIA_NAME) && (k + 1..=m.head).any(body_word));
    // "The Daily Herald poll", "a Financial Times survey": the outlet's document
    let outlets_document = !doc.is_cap(m.head) && lexicon::DOCUMENT.has(m.head_word);
    if doc.is_cap(m.head) && lexicon::CORPORATE_ENDING.has(m.head_word)
        || body_after_outlet
        || outlets_document
    {
        return None;
    }
    let h_end = m.head + 1;
    // "the weekly magazine Cronaca": a media noun before the outlet's name
    let named_outlet = (m.s..h_end.saturating_sub(1)).any(|k| {
        !doc.is_cap(k)
            && doc.word_in(k, &lexicon::MEDIA_BEFORE_NAME)
            && doc.is_cap(k + 1)
            && name_run(doc, k + 1, m.e) == m.e
    });
    let media = named_outlet
        || is_masthead(doc, m.s, m.e)
        || (m.s..h_end).any(|k| doc.word_in(k, &lexicon::MEDIA_NAME))
        || two_word_outlet(doc, m.s, h_end)
        || (lexicon::media::PLURAL_HEADS.contains(&m.head_word)
            && (m.s..m.head)
                .any(|k| doc.word_in(k, &lexicon::NATIONALITY) || doc.word_in(k, &lexicon::PLACE)))
        || (lexicon::MEDIA_HEAD.has(m.head_word)
            && (m.s..h_end).any(|k| doc.word_in(k, &lexicon::MEDIA_MARKER)));
    // "Dr Liam Fox", "Defence Secretary Liam Fox": an honorific or a title before a
    // capitalised run ending in an outlet's word makes the run a person's name
    let persons_name = || {
        doc.is_cap(m.head)
            && lexicon::MEDIA_NAME.has(unpossessive(m.head_word))
            && (m.s..m.head).any(|t| {
                let w = doc.word(t);
                doc.is_cap(t)
                    && (lexicon::HONORIFIC.has(w) || lexicon::TITLE.has(w))
                    && (t + 1..m.head).all(|n| doc.is_cap(n))
            })
    };
    (media && !persons_name()).then(|| Mention::of(SourceType::Media))
}

/// "The Daily Star", "the Hollywood Reporter": "the", capitalised words and a
/// masthead word at tokens `s..e` name a newspaper.
pub(crate) fn is_masthead(doc: &Doc, s: usize, e: usize) -> bool {
    e > s + 2
        && doc.word(s).eq_ignore_ascii_case("the")
        && (s + 1..e).all(|k| doc.free_word(k) && doc.is_cap(k))
        && lexicon::MASTHEAD.has(unpossessive(doc.word(e - 1)))
}
