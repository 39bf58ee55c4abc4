//! "According to X, …" and "…, according to X": the source follows the cue,
//! and the content is the clause on the other side of it.

use super::content::{content_after, content_before};
use super::Frame;
use crate::doc::Doc;
use crate::lexicon;
use crate::tokens::Kind;
use claimkit_core::Span;

/// "According to X, …" and "…, according to X." A relay of an earlier frame in
/// the same sentence ("…, Mr. Pushkov said, according to Interfax") becomes its `via`.
pub(super) fn according(doc: &Doc, i: usize, frames: &mut Vec<Frame>) {
    according_with(doc, i, 2, frames);
}

/// "Per ESPN, the team will trade its pick", "…, per the Associated Press.": "per" and
/// a name (capitalised, or "the" and a capitalised word) opening the sentence or after a
/// comma reads as "according to"; "per cent", "per share", "$5 per day" do not.
pub(super) fn per(doc: &Doc, i: usize, frames: &mut Vec<Frame>) {
    let (lo, _) = doc.sentence_range(i);
    let placed = i == lo || doc.kind(i - 1) == Some(Kind::Comma);
    let named = doc.is_cap(i + 1) || (doc.is_word(i + 1, "the") && doc.is_cap(i + 2));
    if placed && named && doc.free_word(i + 1) {
        according_with(doc, i, 1, frames);
    }
}

/// [`according`] with a cue of `width` tokens at `i`.
fn according_with(doc: &Doc, i: usize, width: usize, frames: &mut Vec<Frame>) {
    let (lo, hi) = doc.sentence_range(i);
    // "according to according to X": a repeated cue names no source of its
    // own; the first of the run takes the source after the last
    let repeated = |e: usize| doc.is_word(e, "according") && doc.is_word(e + 1, "to");
    if i >= lo + 2 && repeated(i - 2) {
        return;
    }
    let mut s = i + width;
    while repeated(s) {
        s += 2;
    }
    let mut e = s;
    // "Standard & Poor's": an ampersand between capitalised words joins one name
    let joins = |e: usize| e > s && doc.word(e) == "&" && e + 1 < hi && doc.is_cap(e + 1);
    while e < hi
        && (doc.free_word(e) || joins(e))
        && e - s < 16
        && !doc.is(e, &lexicon::RELATIVE)
        && !repeated(e)
    {
        let new_clause = e > s
            && doc.is_cap(e - 1)
            && !doc.is_cap(e)
            && ["the", "a", "an", "there", "it", "he", "she", "they", "this"]
                .contains(&doc.word(e));
        if new_clause {
            break;
        }
        e += 1;
    }
    if e == s {
        return;
    }
    let opening = (lo..i).all(|k| doc.is(k, &lexicon::OPENER) || doc.kind(k) == Some(Kind::Comma))
        || (i > lo && doc.is_word(i - 1, "that"));
    if opening && doc.kind(e) != Some(Kind::Comma) {
        e = unmarked_clause_start(doc, s, e).unwrap_or(e);
    }
    if let Some(prev) = frames.last_mut() {
        // "…, Mr. Pushkov said, according to Interfax": an outlet relays the
        // frame; a person or a body after it is a source of its own
        if prev.sentence.0 == lo
            && prev.cue.0 < i
            && prev.via.is_none()
            && super::relay::is_media(doc, s, e)
        {
            prev.via = Some((s, e));
            return;
        }
    }
    // "According to X, …", also after "that" ("has learned that according to X, …")
    let frame = |content: Span, after: bool| Frame {
        cue: (i, i + width),
        source: (s, e),
        role: None,
        content,
        content_after: after,
        via: None,
        clause_start: i,
        sentence: (lo, hi),
        credit: false,
    };
    let found = if opening {
        let mut c = past_bracket(doc, e, hi).unwrap_or(e);
        while c < hi && doc.kind(c) == Some(Kind::Comma) {
            c += 1;
        }
        // "According to the team's coach, Alireza Mehraban, …": the name apposed to a
        // description of one person is the source, the description its role
        if let Some(end) = apposed_name(doc, (s, e), c, hi) {
            frames.extend(content_after(doc, end + 1, hi).map(|span| Frame {
                source: (c, end),
                role: Some((s, e)),
                ..frame(span, true)
            }));
            return;
        }
        // "According to the study, published in May, …": the apposition is no content
        if let Some(comma) = apposition_end(doc, c, hi) {
            c = comma + 1;
        }
        content_after(doc, c, hi).map(|span| frame(span, true))
    } else if interrupts(doc, e, hi) {
        // "Among the laggards, according to the report, are Greece and Italy":
        // the frame sits inside the content, which is the whole sentence.
        content_after(doc, lo, hi).map(|span| frame(span, false))
    } else {
        content_before(doc, i, lo).map(|span| frame(span, false))
    };
    frames.extend(found);
}

/// "According to the team's coach, Alireza Mehraban, …": after a source `s..e` that
/// describes one person left unnamed, a name of two or three capitalised words (or one,
/// after a person noun or a title: "the coach, O'Neil,") at
/// token `c` closed by a comma before the sentence ending at `hi` goes on: the comma.
fn apposed_name(doc: &Doc, (s, e): (usize, usize), c: usize, hi: usize) -> Option<usize> {
    if c <= e || doc.kind(c - 1) != Some(Kind::Comma) {
        return None;
    }
    // "According to the team's coach, O'Neil, …": one capitalised word names a person
    // after a person noun or a title, not a place or a day
    let head = crate::mentions::head(doc, s, e);
    let surname_alone = doc.free_word(c)
        && doc.is_cap(c)
        && doc.kind(c + 1) == Some(Kind::Comma)
        && (doc.is(head, &lexicon::PERSON_ONE) || doc.is(head, &lexicon::TITLE))
        && !lexicon::PLACE.has(doc.word(c))
        && !doc.is(c, &lexicon::CALENDAR)
        && !doc.is(c, &lexicon::CONNECTIVE);
    let end = crate::mentions::name_between_commas(doc, c, hi)
        .or_else(|| surname_alone.then_some(c + 1))?;
    let named =
        end + 2 < hi && (c..end).all(|k| doc.free_word(k) && !doc.is(k, &lexicon::ORG_HEAD));
    if !named {
        return None;
    }
    let m = crate::mentions::classify(doc, s, e);
    let one_person = m.source_type == claimkit_core::SourceType::UnnamedPerson
        && !m.plural
        && m.pronoun.is_none();
    one_person.then_some(end)
}

/// How many tokens an apposition after an opening according-to source may hold.
const APPOSITION_REACH: usize = 10;

/// "According to the Centre for Disease Control (CDC) in the US, …": a bracket at
/// token `e`, where the source stopped, closes within the sentence ending at `hi` and
/// plain words after it reach a comma: that comma, which ends the source phrase.
fn past_bracket(doc: &Doc, e: usize, hi: usize) -> Option<usize> {
    if doc.kind(e) != Some(Kind::Bracket) {
        return None;
    }
    let close = (e + 1..hi.min(e + 5)).find(|&k| doc.kind(k) == Some(Kind::Bracket))?;
    let comma = (close + 1..hi.min(close + 6)).find(|&k| !doc.free_word(k))?;
    (doc.kind(comma) == Some(Kind::Comma)).then_some(comma)
}

/// "According to the study, published in May, …", "According to Ann Lee, who runs
/// the museum, …", "According to Ann Lee, a curator at the museum, …": an
/// apposition opening at token `c` (a participle with a preposition after it, a
/// relative pronoun, or "a"/"an" and a noun for a person or a body with no verb)
/// that a comma ends within [`APPOSITION_REACH`] tokens: that comma.
fn apposition_end(doc: &Doc, c: usize, hi: usize) -> Option<usize> {
    let comma = (c + 1..hi.min(c + APPOSITION_REACH))
        .find(|&k| !doc.free_word(k))
        .filter(|&k| doc.kind(k) == Some(Kind::Comma) && k + 2 < hi)?;
    let lower = |k: usize| doc.free_word(k) && !doc.is_cap(k);
    let participle = lower(c)
        && lexicon::cues::is_past_participle(doc.word(c))
        && (doc.is(c + 1, &lexicon::PREPOSITION) || doc.is_word(c + 1, "out"));
    let relative = doc.is_word(c, "who") || doc.is_word(c, "which");
    let verb = |k: usize| doc.is(k, &lexicon::BE) || doc.is(k, &lexicon::AUXILIARY);
    let described = (doc.is_word(c, "a") || doc.is_word(c, "an")) && !(c + 1..comma).any(verb) && {
        let head = (c + 1..comma)
            .find(|&k| doc.is(k, &lexicon::PREPOSITION))
            .unwrap_or(comma)
            - 1;
        let w = doc.word(head).to_lowercase();
        head > c
            && (doc.is(head, &lexicon::PERSON_ONE)
                || doc.is(head, &lexicon::COMPANY_HEAD)
                || lexicon::people::PERSON_ENDINGS
                    .iter()
                    .any(|end| w.ends_with(end)))
    };
    (participle || relative || described).then_some(comma)
}

/// "According to the commission's report 12 million people are not saving": where
/// no comma ends the source (the words `s..e` after the cue), the clause starts at a
/// number or a gerund right after a noun, when a form of "be" or an auxiliary follows
/// it ("according to the firm's lawyers chasing animals away was not hunting").
fn unmarked_clause_start(doc: &Doc, s: usize, e: usize) -> Option<usize> {
    let opens_clause = |k: usize| {
        let w = doc.word(k);
        let after_noun = doc.free_word(k - 1)
            && !doc.is(k - 1, &lexicon::NOT_LAST)
            && !doc.is(k - 1, &lexicon::PREPOSITION)
            && !doc.word(k - 1).starts_with(|c: char| c.is_ascii_digit());
        let number = w.starts_with(|c: char| c.is_ascii_digit());
        let gerund = w.len() > 5 && w.ends_with("ing") && !doc.is_cap(k);
        after_noun && (number || gerund)
    };
    let k = (s + 1..e).find(|&k| opens_clause(k))?;
    (k + 1..e)
        .any(|v| doc.is(v, &lexicon::BE) || doc.is(v, &lexicon::AUXILIARY))
        .then_some(k)
}

/// The according-to phrase that ends at `e` (where a comma follows it) sits
/// inside its clause, which goes on after it with its verb ("…, according to the report, are Greece and
/// Italy", "…, according to the IMF, will grow"); an apposition after the
/// source ("…, according to Ann Lee, a curator") ends the clause instead.
fn interrupts(doc: &Doc, e: usize, hi: usize) -> bool {
    // "It is set, according to analysts, to change the market": an infinitive goes on too
    let infinitive = doc.is_word(e + 1, "to")
        && doc.free_word(e + 2)
        && doc
            .word(e + 2)
            .starts_with(|c: char| c.is_ascii_lowercase())
        && !doc.is(e + 2, &lexicon::NOT_LAST)
        && !doc.is(e + 2, &lexicon::FILLER);
    doc.kind(e) == Some(Kind::Comma)
        && (doc.is(e + 1, &lexicon::BE) || doc.is(e + 1, &lexicon::AUXILIARY) || infinitive)
        && e + 2 < hi
}

#[cfg(test)]
mod tests {
    #[test]
    fn according_to_inside_a_clause_takes_the_whole_sentence() {
        let body = "Among the slowest reformers, according to the study, are Malta and Cyprus.";
        let all = super::super::testing::frames_in(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].2, body);
        let body = "The plant is due, according to the firm, to open in May.";
        assert_eq!(super::super::testing::frames_in(body)[0].2, body);
        let body = "Sales rose, according to the firm, to a record in May.";
        assert_eq!(super::super::testing::frames_in(body)[0].2, "Sales rose");
        let body = "The photos were donated by the trust, according to Ann Lee, a curator.";
        let all = super::super::testing::frames_in(body);
        assert_eq!(all[0].2, "The photos were donated by the trust");
    }

    #[test]
    fn with_no_comma_after_the_source_a_number_or_a_gerund_opens_the_clause() {
        let body = "According to the agency's survey 3 million households are in arrears.";
        let all = super::super::testing::frames_in(body);
        assert_eq!(all[0].0, "the agency's survey", "{all:?}");
        assert_eq!(all[0].2, "3 million households are in arrears.");
        let body = "She was told that according to the council's lawyers keeping hens was legal.";
        let all = super::super::testing::frames_in(body);
        assert_eq!(all[0].0, "the council's lawyers", "{all:?}");
        // a gerund before the comma is part of the source
        let body = "According to people living nearby, the plant was closed.";
        assert_eq!(
            super::super::testing::frames_in(body)[0].0,
            "people living nearby"
        );
    }

    #[test]
    fn a_repeated_according_to_is_no_source() {
        let body = "Prices rose in March, according to according to according to the central bank.";
        let all = super::super::testing::frames_in(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].0, "the central bank");
        assert!(!all[0].0.contains("according"), "{all:?}");
    }

    #[test]
    fn an_ampersand_inside_a_name_keeps_the_name_whole() {
        // BBC, 2005
        let body = "According to Standard & Poor's, which upgraded the debt, the rise helps.";
        let all = super::super::testing::frames_in(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].0, "Standard & Poor's");
    }

    use super::super::testing::{each_frame, frames_in, words};

    #[test]
    fn according_to_at_the_end_takes_the_clause_before() {
        let body = "According to the World Health Organization, 1,200 people have died.";
        let all = frames_in(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].0, "the World Health Organization");
        assert_eq!(all[0].1, "According to");
        assert_eq!(all[0].2, "1,200 people have died.");
    }

    #[test]
    fn according_to_after_a_clause_takes_that_clause() {
        // Wall Street Journal, 2015
        let body = "Countries most supportive of the rebels still want an exit date set for \
                    Mr. Assad, according to U.S. and Mideast";
        let all = frames_in(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].0, "U.S. and Mideast");
        assert!(all[0].2.ends_with("set for Mr. Assad"), "{all:?}");
    }

    #[test]
    fn according_to_after_a_cue_is_its_relay() {
        // New York Times, 2015
        let body = "The talks will go on, Mr. Pushkov said, according to Interfax.";
        let relays = each_frame(body, |doc, f| f.via.map(|via| words(doc, via)));
        assert_eq!(relays, [Some("Interfax".to_string())]);
    }

    #[test]
    fn according_to_after_that_opens_the_clause_after_it() {
        let body = "The paper has learned that according to a leaked memo, the plant will close.";
        let all = frames_in(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].2, "the plant will close.");
    }

    #[test]
    fn according_to_a_person_after_a_cue_is_a_source_of_its_own() {
        let body = "The exchange expects to open the market in May, according to a spokeswoman.";
        let all = frames_in(body);
        assert!(all.iter().any(|f| f.0 == "a spokeswoman"), "{all:?}");
    }

    #[test]
    fn the_source_stops_where_a_new_clause_starts() {
        let body = "According to Reuters the talks failed.";
        let all = frames_in(body);
        assert!(all.iter().all(|f| f.0 == "Reuters"), "{all:?}");
    }
}
