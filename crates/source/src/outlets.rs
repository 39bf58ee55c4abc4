//! The role written with a source and the outlet that relays it: an outlet's name as
//! written, or as the article named it before ("the paper" → "the Financial Times").

use super::*;

/// The role written with the source: the frame's appositive ("Kathryn
/// Waters, a curator of the show") or the title in the mention ("Prime
/// Minister").
pub(crate) fn role_of(doc: &Doc, f: &Frame, mention: &Mention) -> Option<String> {
    f.role
        .map(|(a, b)| doc.span(a, b).text(doc.text).trim().to_string())
        .or_else(|| mention.role.map(|r| r.text(doc.text).trim().to_string()))
        .filter(|r| !r.is_empty())
}

/// The outlet that relays a frame: its name alone when the mention is a
/// media mention ("the Russian news agency Interfax" → "Interfax").
pub(crate) fn outlet(doc: &Doc, (a, b): (usize, usize)) -> String {
    // "BBC Radio 4's Thought for the Day slot": the outlet that owns the programme
    let media = |w: usize| lexicon::MEDIA_NAME.has(mentions::unpossessive(doc.word(w)));
    let owner = (a..b)
        .find(|&k| mentions::is_possessive(doc.word(k)))
        .filter(|&k| (a..=k).any(media));
    if let Some(k) = owner {
        return owner_name(doc, a, k);
    }
    let m = mentions::classify(doc, a, b);
    let span = doc.span(a, b);
    let name_start = (a..b).rev().take_while(|&k| doc.is_cap(k)).last();
    // "the paper quoted …", "told Sunday's programme": the outlet named last before it
    let day_s = lexicon::CALENDAR.has(mentions::unpossessive(doc.word(a)))
        && mentions::is_possessive(doc.word(a));
    let description = name_start.is_none()
        && b > a + 1
        && (doc.is_word(a, "the") || day_s)
        && (doc.word_in(b - 1, &lexicon::MEDIA_HEAD) || doc.word_in(b - 1, &lexicon::PROGRAMME));
    // "Monday's Financial Times": the day is no part of the outlet's name
    let name_start = name_start.map(|k| {
        if k == a && day_s && b > a + 1 {
            a + 1
        } else {
            k
        }
    });
    match (m.source_type, name_start) {
        (SourceType::Media, Some(k)) => doc.span(k, b).text(doc.text).to_string(),
        // "Sunday's programme" is a broadcaster's, named as its owner before ("the BBC's
        // Breakfast show"); another outlet named before is not it
        _ if description && doc.word_in(b - 1, &lexicon::PROGRAMME) => {
            media_named_before(doc, a, Mark::OutletOwner)
                .unwrap_or_else(|| span.text(doc.text).to_string())
        }
        _ if description => media_named_before(doc, a, Mark::OutletName)
            .unwrap_or_else(|| span.text(doc.text).to_string()),
        _ => span.text(doc.text).to_string(),
    }
}

/// "the paper", "the industry newspaper", "the magazine" at tokens `s..e`: "the",
/// lowercase words and a media noun that stands before outlet names
/// (`lexicon/media.rs`) describe the outlet named last before them, if any.
pub(crate) fn outlet_described(doc: &Doc, (s, e): (usize, usize)) -> Option<String> {
    let described = e > s + 1
        && doc.word(s).eq_ignore_ascii_case("the")
        && (s + 1..e).all(|k| doc.free_word(k) && !doc.is_cap(k))
        && doc.word_in(e - 1, &lexicon::MEDIA_BEFORE_NAME);
    described
        .then(|| media_named_before(doc, s, Mark::OutletName))
        .flatten()
}

/// The words from token `a` to the possessive at token `k`, without its ending: the
/// outlet that owns what follows ("BBC Radio 4's Thought for the Day slot" → "BBC Radio 4").
pub(crate) fn owner_name(doc: &Doc, a: usize, k: usize) -> String {
    let bare = mentions::unpossessive(doc.word(k));
    let end = doc.toks[k].span.start + bare.len();
    doc.text[doc.toks[a].span.start..end].to_string()
}

/// The capitalised outlet name ("the Financial Times", "The Daily Star") nearest
/// before token `a`.
pub(crate) fn media_named_before(doc: &Doc, a: usize, mark: Mark) -> Option<String> {
    let masthead = |k: usize| {
        lexicon::MASTHEAD.has(mentions::unpossessive(doc.word(k)))
            && (k.saturating_sub(3)..k).any(|t| mentions::is_masthead(doc, t, k + 1))
    };
    let owner_only = mark == Mark::OutletOwner;
    let k = doc.last_mark_before(mark, a, |k| {
        doc.free_word(k)
            && doc.is_cap(k)
            && (lexicon::MEDIA_NAME.has(mentions::unpossessive(doc.word(k))) || masthead(k))
            && (!owner_only || mentions::is_possessive(doc.word(k)))
    })?;
    let mut s = k;
    while s > 0 && doc.free_word(s - 1) && doc.is_cap(s - 1) {
        s -= 1;
    }
    // "the BBC's Breakfast show": the owner, not the programme's name after it
    if mentions::is_possessive(doc.word(k)) {
        return Some(owner_name(doc, s, k));
    }
    let mut e = k + 1;
    while e < doc.toks.len() && doc.free_word(e) && doc.is_cap(e) {
        e += 1;
    }
    Some(doc.span(s, e).text(doc.text).to_string())
}
