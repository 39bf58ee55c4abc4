//! "…, the paper quoted Mr Smith as saying", "The agency quoted her as saying
//! (that) …" and "…, Reuters reported the regulator as saying": the person or
//! body after the verb is the source, the outlet before it relays the words
//! (`via`).

use super::content::{content_after, content_before};
use super::nominal::is_pronoun;
use super::relay::is_media;
use super::Frame;
use crate::doc::Doc;
use crate::lexicon;
use crate::tokens::Kind;

use lexicon::relaying::{AS_SAYING, QUOTE_FORMS};

/// The most words of an outlet that quotes ("the state-run Islamic Republic News Agency").
const OUTLET_WORDS: usize = 10;

/// The most words of a post-modifier between the person quoted and "as saying"
/// ("a source close to the minister").
const POST_MODIFIER_WORDS: usize = 6;

/// "“…,” Mr Lee is reported as saying", "The minister was quoted as saying
/// (that) …": in the passive the subject before the form of "be" (at `i - 1`)
/// is the source, and the content is what follows "as saying", else the
/// quotation or clause before the subject.
fn passive_frame(doc: &Doc, i: usize, lo: usize, hi: usize) -> Option<Frame> {
    passive_frame_to(doc, i, i + 1, None, (lo, hi))
}

/// [`passive_frame`] whose "as saying" is at token `as_at`, after an adjunct
/// relayed by the outlet at `via`, if any.
fn passive_frame_to(
    doc: &Doc,
    i: usize,
    as_at: usize,
    via: Option<(usize, usize)>,
    (lo, hi): (usize, usize),
) -> Option<Frame> {
    let be = i - 1;
    let mut j = doc.free_run_start(be, lo);
    // "But Prawiro was quoted …": the conjunction is no part of the source
    while j < be && doc.is(j, &lexicon::OPENER) {
        j += 1;
    }
    if j >= be || !super::nominal::nominal(doc, j, be) {
        return None;
    }
    as_saying_frame(doc, (be, as_at + 2), (j, be), via, j, (lo, hi))
}

/// The most words between "was quoted" and "as saying".
const PASSIVE_ADJUNCT_WORDS: usize = 10;

/// "X was quoted by the Financial Times as saying", "was quoted on television over
/// the weekend as saying": a phrase opened by a preposition between the passive
/// cue at `i` and "as saying"; the token of "as", and the outlet named after the
/// preposition, which relays the words.
fn passive_adjunct(
    doc: &Doc,
    i: usize,
    hi: usize,
    as_saying: impl Fn(usize) -> bool,
) -> Option<(usize, Option<(usize, usize)>)> {
    let first = i + 1;
    if !doc.is(first, &lexicon::PREPOSITION) {
        return None;
    }
    let as_at = (first + 1..hi.min(first + PASSIVE_ADJUNCT_WORDS))
        .take_while(|&k| doc.free_word(k) && !doc.is(k, &lexicon::RELATIVE))
        .find(|&k| as_saying(k))?;
    let e = doc.np_forward(first + 1, as_at);
    let named = (first + 1..e).any(|k| doc.is_cap(k) && !doc.word_in(k, &lexicon::NATIONALITY));
    let via = (e > first + 1 && named && is_media(doc, first + 1, e)).then_some((first + 1, e));
    Some((as_at, via))
}

/// The frame of the cue at `cue` that ends with "as saying": its content is what
/// follows (after "that"), else the quotation or clause before token `j`, where
/// the frame opens.
fn as_saying_frame(
    doc: &Doc,
    cue: (usize, usize),
    source: (usize, usize),
    via: Option<(usize, usize)>,
    j: usize,
    (lo, hi): (usize, usize),
) -> Option<Frame> {
    let mut c = cue.1;
    // "as telling President Suharto that …": the addressee is no part of the content
    if doc.is_word(c - 1, "telling") && doc.is_cap(c) {
        let e = doc.np_forward(c, hi);
        if doc.is_word(e, "that") {
            c = e;
        }
    }
    if doc.is_word(c, "that") {
        c += 1;
    }
    let goes_on = matches!(doc.kind(c), Some(Kind::Word | Kind::Open));
    let (content, after) = match goes_on.then(|| content_after(doc, c, hi)).flatten() {
        Some(span) => (span, true),
        None => (content_before(doc, j, lo)?, false),
    };
    Some(Frame {
        cue,
        source,
        role: None,
        content,
        content_after: after,
        via,
        clause_start: j,
        sentence: (lo, hi),
        credit: false,
    })
}

/// The frame whose cue opens with "quoted" at token `i`, if any.
pub(super) fn quoted_frame(doc: &Doc, i: usize) -> Option<Frame> {
    // one byte compare rules out almost every word
    let w = doc.word(i);
    if !matches!(w.as_bytes().first(), Some(b'q' | b'r' | b'c')) || !QUOTE_FORMS.contains(&w) {
        return None;
    }
    let (lo, hi) = doc.sentence_range(i);
    let as_saying =
        |k: usize| doc.is_word(k, "as") && AS_SAYING.iter().any(|w| doc.is_word(k + 1, w));
    if i > lo && doc.is(i - 1, &lexicon::BE) {
        if as_saying(i + 1) {
            return passive_frame(doc, i, lo, hi);
        }
        if let Some((as_at, via)) = passive_adjunct(doc, i, hi, as_saying) {
            return passive_frame_to(doc, i, as_at, via, (lo, hi));
        }
    }
    let object_pronoun = ["him", "her", "them"].iter().any(|p| doc.is_word(i + 1, p));
    let (e, as_at) = if object_pronoun || is_pronoun(doc, i + 1) {
        (i + 2, i + 2)
    } else {
        // "quoted a source close to the minister as saying": a post-modifier
        // runs on to "as"
        let np = doc.np_forward(i + 1, hi);
        let e = (np..hi.min(np + POST_MODIFIER_WORDS))
            .take_while(|&k| doc.free_word(k) && !doc.is(k, &lexicon::RELATIVE))
            .find(|&k| as_saying(k))
            .filter(|_| np > i + 1)
            .unwrap_or(np);
        // "quoted Ann Lee, head of the union, as saying": the name is the source
        let apposed = (np > i + 1 && !as_saying(e))
            .then(|| apposition_end(doc, np, hi))
            .flatten()
            .filter(|&c| as_saying(c + 1));
        apposed.map_or((e, e), |c| (np, c + 1))
    };
    if e <= i + 1 || !as_saying(as_at) {
        return None;
    }
    let j = doc.free_run_start(i, lo);
    // "the newspaper", "Reuters": the outlet that quotes, in the last words before the
    // cue only ("the paper quoted X as saying the paper quoted Y as saying" names no
    // outlet of all its words)
    let o = j.max(i.saturating_sub(OUTLET_WORDS));
    let outlet = o < i && (is_media(doc, o, i) || doc.is(i - 1, &lexicon::MEDIA_HEAD));
    let via = outlet.then_some((o, i));
    as_saying_frame(doc, (i, as_at + 2), (i + 1, e), via, j, (lo, hi))
}

/// The most words of an apposition between the person quoted and "as saying".
const APPOSITION_WORDS: usize = 10;

/// The closing comma of an apposition opened by the comma at token `comma`
/// ("…, vice-governor of the province,"): words only up to it, before `hi`.
fn apposition_end(doc: &Doc, comma: usize, hi: usize) -> Option<usize> {
    if doc.kind(comma) != Some(Kind::Comma) {
        return None;
    }
    let last = hi.min(comma + 2 + APPOSITION_WORDS);
    let k = (comma + 1..last).find(|&k| !doc.free_word(k))?;
    (k > comma + 1 && doc.kind(k) == Some(Kind::Comma)).then_some(k)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{each_frame, words};

    /// (source, via, content) of every frame of `body`.
    fn found(body: &str) -> Vec<(String, Option<String>, String)> {
        each_frame(body, |doc, f| {
            (
                words(doc, f.source),
                f.via.map(|v| words(doc, v)),
                f.content.text(doc.text).to_string(),
            )
        })
    }

    #[test]
    fn the_person_quoted_is_the_source_and_the_outlet_relays() {
        let body = "Exports will recover next year, the newspaper quoted Ms Tan as saying.";
        assert_eq!(
            found(body),
            [(
                "Ms Tan".to_string(),
                Some("the newspaper".to_string()),
                "Exports will recover next year".to_string()
            )]
        );
        let body = "Reuters quoted him as saying that the mine would reopen.";
        let all = found(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].0, "him");
        assert_eq!(all[0].2, "the mine would reopen.");
    }

    #[test]
    fn an_outlet_reporting_a_body_as_saying_relays_it() {
        let cases = [
            (
                "Sales will fall, the Tribune reported the ministry as saying.",
                "the ministry",
                Some("the Tribune"),
            ),
            (
                "The agency cited Mr Ortiz as saying the port would reopen.",
                "Mr Ortiz",
                Some("The agency"),
            ),
        ];
        for (body, source, via) in cases {
            let sources: Vec<(String, Option<String>)> =
                found(body).into_iter().map(|f| (f.0, f.1)).collect();
            assert_eq!(
                sources,
                [(source.to_string(), via.map(str::to_string))],
                "{body}"
            );
        }
    }

    #[test]
    fn reported_without_as_saying_is_no_relay() {
        let body = "The Tribune reported the ministry had cut its forecast.";
        assert!(
            found(body).iter().all(|f| f.1.is_none()),
            "{:?}",
            found(body)
        );
    }

    #[test]
    fn a_person_quoted_in_the_passive_or_with_a_post_modifier_is_the_source() {
        let body = "\"Prices will fall,\" Mr Ortiz is reported as saying.";
        let all = found(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(
            (all[0].0.as_str(), all[0].2.as_str()),
            ("Mr Ortiz", "Prices will fall")
        );
        let body = "The union leader was quoted as saying that the strike would end.";
        let all = found(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].0, "The union leader");
        assert_eq!(all[0].2, "the strike would end.");
        let body = "The agency quoted a source close to the minister as saying talks would resume.";
        let all = found(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].0, "a source close to the minister");
        assert_eq!(all[0].1.as_deref(), Some("The agency"));
    }

    #[test]
    fn a_phrase_between_quoted_and_as_saying_keeps_the_frame() {
        let body = "Ms Tan was quoted by the Daily Herald as saying that exports would recover.";
        let all = found(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].0, "Ms Tan");
        assert_eq!(all[0].1.as_deref(), Some("the Daily Herald"));
        assert_eq!(all[0].2, "exports would recover.");
        let body = "But Ms Tan was quoted on local radio on Monday as telling Governor Ray Oduya \
                    that aid was coming.";
        let all = found(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!((all[0].0.as_str(), all[0].1.as_deref()), ("Ms Tan", None));
        assert_eq!(all[0].2, "aid was coming.");
    }

    #[test]
    fn quoted_without_as_saying_is_no_frame() {
        let body = "The company quoted a price of $40 a barrel.";
        assert!(found(body).is_empty(), "{:?}", found(body));
    }
}
