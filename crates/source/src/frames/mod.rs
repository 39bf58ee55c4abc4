//! Attribution frames: source – cue – content, as in PARC and PolNeAR.
//!
//! For every cue outside quotations the rules find where the source is
//! ("X said", "said X", "X, role, said", "According to X", a participle or a
//! coordinated verb that takes the subject of its clause) and on which side
//! the content lies ("X said (that) …", "…, X said", "“…,” X said").
//!
//! [`find_frames`] walks the tokens and hands each one to the frame shapes in
//! turn, one file a shape or a step:
//!
//! - `according.rs`: "According to X, …" and "…, according to X".
//! - `first_person.rs`: "“I think …,” he said", a speaker's own cue inside a quotation.
//! - `colon.rs`: "She continued: “…”", a verb before a colon that opens a quotation.
//! - `quoted.rs`: "…, the paper quoted X as saying", the outlet as `via`.
//! - `verb.rs`: a cue verb ("said", "told", "cautioning"), in three steps:
//!   - `source_words.rs`: the words before the cue that can name its source;
//!   - `pick_source.rs`: the source itself, before or after the cue, an
//!     appositive or the subject of the clause;
//!   - `content.rs`: the content and the side it lies on, with `relay.rs` for
//!     the outlet that relays it ("in an interview with Euronews").
//! - `object.rs`: "credit him with cutting crime", "called on X to act",
//!   "has been branded “a disaster” by the union"; `judgement.rs`: "described
//!   the talks as constructive".
//! - `possessive.rs`: "Smith's pledge was to halve the deficit".
//! - `noun_reading.rs`: a cue form that is also a noun ("notes", "state",
//!   "report") reads as a verb only where the syntax makes it one.
//! - `nominal.rs`: what can be a source (a name, a pronoun, a noun phrase).

mod according;
mod colon;
mod content;
mod first_person;
mod judgement;
mod no_report;
mod nominal;
mod noun_reading;
mod object;
mod pick_source;
mod possessive;
mod quoted;
mod relay;
mod source_words;
mod verb;

use crate::doc::Doc;
use crate::lexicon::{self, cues};
use according::according;
use claimkit_core::Span;
use colon::colon_frame;
use content::cut_at_next_clause;
use first_person::first_person_in_quote;
use nominal::{is_verb_of_saying, nominal};
use noun_reading::reads_as_noun;
use object::object_frame;
use possessive::possessive_frame;
use quoted::quoted_frame;
use verb::verb_frame;

pub use content::trim_content;
pub use pick_source::subject;

/// One attribution frame before its source is classified and resolved.
#[derive(Clone, Debug)]
pub struct Frame {
    /// The cue token range.
    pub cue: (usize, usize),
    /// The source's token range (start, end).
    pub source: (usize, usize),
    /// An appositive role next to the source ("former assistant secretary of defense").
    pub role: Option<(usize, usize)>,
    /// What is attributed.
    pub content: Span,
    /// The content follows the cue.
    pub content_after: bool,
    /// A relaying outlet ("in an interview with Euronews").
    pub via: Option<(usize, usize)>,
    /// First token of the frame's own clause (source, cue and the words between).
    pub clause_start: usize,
    /// The local sentence as a token range.
    pub sentence: (usize, usize),
    /// A credit line ("Image: Nick Moreau."), not speech.
    pub credit: bool,
}

impl Frame {
    /// A frame of the one-token cue at `cue` with no role, no outlet and no
    /// credit, its content after the cue; its clause starts with its source.
    fn after_cue(
        cue: usize,
        source: (usize, usize),
        content: Span,
        sentence: (usize, usize),
    ) -> Frame {
        Frame {
            cue: (cue, cue + 1),
            source,
            role: None,
            content,
            content_after: true,
            via: None,
            clause_start: source.0,
            sentence,
            credit: false,
        }
    }
}

/// All frames of the document in text order of their cues.
pub fn find_frames(doc: &Doc) -> Vec<Frame> {
    let mut frames: Vec<Frame> = Vec::new();
    let mut last_saying = None;
    for i in 0..doc.toks.len() {
        frame_at(doc, i, &mut frames, last_saying);
        if is_verb_of_saying(doc, i) {
            last_saying = Some(i);
        }
    }
    let after_adjuncts = colon::after_adjuncts(doc, &frames);
    if !after_adjuncts.is_empty() {
        frames.extend(after_adjuncts);
        frames.sort_by_key(|f| f.cue.0);
    }
    outlet_opens_a_report(doc, &mut frames);
    cut_at_next_clause(doc, &mut frames);
    frames
}

/// The word at `k` names an outlet or heads a mention of one ("the Financial
/// Times", "the newspaper"); "views polled by Reuter correspondents" is none.
fn media_headed(doc: &Doc, k: usize) -> bool {
    doc.is(k, &lexicon::MEDIA_NAME) || doc.is(k, &lexicon::MEDIA_HEAD)
}

/// "The minister went on to promise that …", "He used his speech to warn that …":
/// the cue at `i` is an infinitive whose subject is the subject of the verb before
/// it, a form of "go" and "on to", or a form of "use" or "take", the short noun
/// phrase of an occasion ([`cues::SPEAKING_OCCASIONS`]) and "to". The number of
/// words between that subject and the cue ("went on to": 3).
pub(super) fn verb_before_infinitive(doc: &Doc, i: usize) -> Option<usize> {
    if i < 3 || !doc.is_word(i - 1, "to") || !doc.free_word(i - 2) {
        return None;
    }
    let is_any =
        |k: usize, forms: &[&str]| forms.iter().any(|g| doc.word(k).eq_ignore_ascii_case(g));
    if doc.is_word(i - 2, "on") && doc.free_word(i - 3) && is_any(i - 3, cues::GO_ON) {
        return Some(3);
    }
    if !is_any(i - 2, cues::SPEAKING_OCCASIONS) {
        return None;
    }
    // "used his speech to", "used a Christmas message to", "took the opportunity to"
    (i.saturating_sub(OCCASION_WORDS + 3)..i - 2)
        .rev()
        .take_while(|&k| doc.free_word(k))
        .find(|&k| is_any(k, cues::USE_OCCASION))
        // a subject before "use", and no negation ("did not use the speech to say")
        .filter(|&k| {
            k > 0
                && doc.free_word(k - 1)
                && !["not", "never", "n't"]
                    .iter()
                    .any(|n| doc.is_word(k - 1, n))
                && !doc.word(k - 1).ends_with("n't")
                && !doc.word(k - 1).ends_with("n’t")
        })
        .map(|k| i - k)
}

/// How many words the object of "use" may have before "to" and a cue ("his
/// annual Christmas message").
const OCCASION_WORDS: usize = 4;

/// [`verb_before_infinitive`] holds at `i`.
pub(super) fn after_go_on(doc: &Doc, i: usize) -> bool {
    verb_before_infinitive(doc, i).is_some()
}

/// "According to the Financial Times, the chief executive said that …": an
/// outlet in an opening according-to frame relays the speech of the frame
/// inside its content; it becomes that frame's `via`, and the outer frame goes.
fn outlet_opens_a_report(doc: &Doc, frames: &mut Vec<Frame>) {
    let mut k = 1;
    while k < frames.len() {
        let (outer, inner) = (&frames[k - 1], &frames[k]);
        let relays = doc.is_word(outer.cue.0, "according")
            && outer.content_after
            && inner.sentence == outer.sentence
            && outer.content.start <= doc.toks[inner.cue.0].span.start
            && doc.toks[inner.cue.0].span.end <= outer.content.end
            && outer.source.1 > outer.source.0
            && media_headed(doc, outer.source.1 - 1);
        if relays {
            frames[k].via = frames[k].via.or(Some(frames[k - 1].source));
            frames.remove(k - 1);
        } else {
            k += 1;
        }
    }
}

/// The frame whose cue is token `i`, if any, pushed onto `frames`.
fn frame_at(doc: &Doc, i: usize, frames: &mut Vec<Frame>, last_saying: Option<usize>) {
    if !doc.free_word(i) {
        frames.extend(first_person_in_quote(doc, i));
        return;
    }
    let w = doc.word(i);
    if w.eq_ignore_ascii_case("according") {
        if doc.is_word(i + 1, "to") {
            according(doc, i, frames);
        }
        return;
    }
    if w.eq_ignore_ascii_case("per") {
        according::per(doc, i, frames);
        return;
    }
    if !w.chars().next().is_some_and(char::is_lowercase) {
        return;
    }
    let lists = doc.lists(i);
    // the list bit first: most words are no owned speech noun, and need no call
    if lists & lexicon::bits::POSSESSED_CUE != 0 {
        if let Some(frame) = possessive_frame(doc, i) {
            frames.push(frame); // "Smith's pledge was to …"
            return;
        }
    }
    let cue = lists & lexicon::bits::CUE_FORM != 0;
    let Some(kind) = cue.then(|| cues::cue_kind(w)).flatten() else {
        if let Some(frame) = object_frame(doc, i, frames, last_saying) {
            frames.push(frame);
            return;
        }
        if let Some(frame) = quoted_frame(doc, i) {
            frames.push(frame);
            return;
        }
        frames.extend(colon_frame(doc, i));
        return;
    };
    if nominal::compound_noun(doc, i) {
        return; // "the Adam Smith Institute think tank"
    }
    if cues::AFTER_QUOTE_ONLY.contains(&w) && doc.kind(i + 1) == Some(crate::tokens::Kind::Colon) {
        // "She continued: “…”" is a colon frame, not a cue verb's
        frames.extend(colon_frame(doc, i));
        return;
    }
    // "Acme, which said profits would double": "which" after a comma is the subject of
    // a relative clause, not a determiner ("which report")
    let relative_subject = i >= 2
        && doc.is_word(i - 1, "which")
        && doc.kind(i - 2) == Some(crate::tokens::Kind::Comma);
    if i > 0
        && doc.is(i - 1, &lexicon::NOT_BEFORE_CUE)
        && !after_go_on(doc, i)
        && !relative_subject
        && !adverb_of_time_before(doc, i)
        && !quantifier_subject(doc, i)
    {
        return;
    }
    if lexicon::NOUN_LIKE_CUE.has(w) && !after_go_on(doc, i) && reads_as_noun(doc, i) {
        return;
    }
    if noun_reading::adjective_past(doc, i) {
        return; // "the party's alleged links", "highlighting claimed gains"
    }
    if cues::AFTER_HAVE_ONLY.contains(&w) && !after_have(doc, i) {
        return; // "a written statement"
    }
    if frames.last().is_some_and(|f| f.cue.1 > i) {
        return; // "quoted him as saying": inside the cue of the frame before
    }
    if let Some(frame) = quoted_frame(doc, i) {
        frames.push(frame); // "Reuters reported the regulator as saying"
        return;
    }
    if let Some(frame) = verb_frame(doc, i, kind, frames, last_saying) {
        let (s, e) = frame.source;
        if nominal(doc, s, e) {
            frames.push(frame);
        }
    }
}

/// "Some said they felt dejected", "…, but many warned that …": a quantifier alone
/// ([`lexicon::people::QUANTIFIERS_ALONE`]) that opens its clause is the subject of a
/// cue form that is no noun ("some reports" stays a noun phrase).
fn quantifier_subject(doc: &Doc, i: usize) -> bool {
    let q = i - 1;
    let opens_clause = q == 0
        || doc.opens_sentence[q]
        || (doc.free_word(q - 1) && content::COORDINATORS.contains(&doc.word(q - 1)));
    opens_clause
        && !lexicon::NOUN_LIKE_CUE.has(doc.word(i))
        && lexicon::people::QUANTIFIERS_ALONE
            .iter()
            .any(|(w, _)| doc.word(q).eq_ignore_ascii_case(w))
}

/// The cue at `i` follows a form of "have", with up to two adverbs between ("has
/// long written").
fn after_have(doc: &Doc, i: usize) -> bool {
    (1..=3).filter(|&d| d <= i).any(|d| {
        let k = i - d;
        doc.free_word(k)
            && cues::HAVE_FORMS
                .iter()
                .any(|h| doc.word(k).eq_ignore_ascii_case(h))
            && (k + 1..i).all(|a| doc.is(a, &lexicon::BETWEEN) || doc.word(a).ends_with("ly"))
    })
}

/// "had earlier said that", "The hospital earlier told MPs": a word that may open a
/// noun phrase ("an earlier report", "the first") but also stands between a source and
/// its cue, after a word that is neither a determiner, a preposition nor a possessive
/// ("Acme Ltd's earlier announced issue"), is an adverb before the cue at `i`.
fn adverb_of_time_before(doc: &Doc, i: usize) -> bool {
    i >= 2
        && doc.is(i - 1, &lexicon::BETWEEN)
        && doc.free_word(i - 2)
        && !doc.is(i - 2, &lexicon::NOT_BEFORE_CUE)
        && !crate::mentions::is_possessive(doc.word(i - 2))
}

#[cfg(test)]
pub(crate) mod testing {
    //! What the frame tests share: a news text prepared as the rules see it,
    //! and frames written out as text.

    use super::{find_frames, Frame};
    use crate::doc::Doc;
    use claimkit_core::{Document, Sentence};

    /// The text of `body` and its sentences from the segmenter.
    pub fn prepared(body: &str) -> (String, Vec<Sentence>) {
        let doc = Document::from_body("test", body);
        let sentences = claimkit_segment::split_sentences(&doc.text, &doc.paragraphs);
        (doc.text, sentences)
    }

    /// A frame as text: source, cue, content.
    pub fn as_text(doc: &Doc, f: &Frame) -> (String, String, String) {
        let text = |(a, b): (usize, usize)| doc.span(a, b).text(doc.text).to_string();
        (
            text(f.source),
            text(f.cue),
            f.content.text(doc.text).to_string(),
        )
    }

    /// `read` of every frame of `body`.
    pub fn each_frame<T>(body: &str, read: impl Fn(&Doc, &Frame) -> T) -> Vec<T> {
        let (text, sentences) = prepared(body);
        let doc = Doc::new(&text, &sentences);
        find_frames(&doc).iter().map(|f| read(&doc, f)).collect()
    }

    /// The words of tokens `a..b` of `doc`.
    pub fn words(doc: &Doc, (a, b): (usize, usize)) -> String {
        doc.span(a, b).text(doc.text).to_string()
    }

    /// Every frame of `body` as (source, cue, content).
    pub fn frames_in(body: &str) -> Vec<(String, String, String)> {
        each_frame(body, as_text)
    }

    /// The first frame of `body` whose cue is `cue`, as (source, cue, content).
    pub fn with_cue(body: &str, cue: &str) -> Option<(String, String, String)> {
        frames_in(body).into_iter().find(|f| f.1 == cue)
    }

    /// The cue of every frame of `body`.
    pub fn cues_in(body: &str) -> Vec<String> {
        frames_in(body).into_iter().map(|f| f.1).collect()
    }

    /// The index of the first token of `doc` that reads `word`.
    pub fn token(doc: &Doc, word: &str) -> usize {
        (0..doc.toks.len())
            .find(|&k| doc.word(k) == word)
            .unwrap_or_else(|| panic!("no token {word:?}"))
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{cues_in, each_frame, frames_in, words};

    #[test]
    fn went_on_to_and_a_cue_keeps_the_subject_of_went() {
        let body = "The governor went on to promise that the state would rebuild the bridge.";
        let all = frames_in(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(
            (all[0].0.as_str(), all[0].1.as_str()),
            ("The governor", "promise")
        );
        let body = "The bank went on to signal that rates would stay on hold.";
        assert_eq!(cues_in(body), ["signal"]);
    }

    #[test]
    fn an_outlet_opening_a_report_relays_the_speech_inside_it() {
        let body = "According to the Financial Times, finance director Anna Berg said that \
                    the bank would cut 500 jobs.";
        let all = each_frame(body, |doc, f| {
            (words(doc, f.source), f.via.map(|v| words(doc, v)))
        });
        assert_eq!(
            all,
            [(
                "finance director Anna Berg".to_string(),
                Some("the Financial Times".to_string())
            )]
        );
    }

    #[test]
    fn frames_come_in_text_order_of_their_cues() {
        // Reuters, 1987
        let body = "The FDIC said it subsidized the merger, and bank officials told reporters \
                    the deal would close in May.";
        assert_eq!(cues_in(body), ["said", "told"]);
    }

    #[test]
    fn a_cue_form_after_a_determiner_is_no_cue() {
        // "alleged" after "the" is an adjective, not "X alleged".
        let body = "Police arrested the alleged killer on Monday in Leeds.";
        assert!(cues_in(body).is_empty(), "{:?}", frames_in(body));
        let body = "Police alleged the killer fled on Monday.";
        assert_eq!(cues_in(body), ["alleged"]);
    }
}
