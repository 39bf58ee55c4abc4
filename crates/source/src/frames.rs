//! Attribution frames: source – cue – content, as in PARC and PolNeAR.
//!
//! For every cue outside quotations the rules find where the source is
//! ("X said", "said X", "X, role, said", "According to X", a participle or a
//! coordinated verb that takes the subject of its clause) and on which side
//! the content lies ("X said (that) …", "…, X said", "“…,” X said").

use crate::doc::Doc;
use crate::lexicon::{self, cues, cues::CueKind};
use crate::tokens::Kind;
use claimkit_core::Span;

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
    cut_at_next_clause(doc, &mut frames);
    frames
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
    if !w.chars().next().is_some_and(char::is_lowercase) {
        return;
    }
    let Some(kind) = cues::cue_kind(w) else {
        frames.extend(colon_frame(doc, i));
        return;
    };
    if i > 0 && doc.is(i - 1, &lexicon::NOT_BEFORE_CUE) {
        return;
    }
    if lexicon::NOUN_LIKE_CUE.has(w) && reads_as_noun(doc, i) {
        return;
    }
    if let Some(frame) = verb_frame(doc, i, kind, frames, last_saying) {
        let (s, e) = frame.source;
        if nominal(doc, s, e) {
            frames.push(frame);
        }
    }
}

/// Cues a speaker uses about their own words inside a quotation.
const FIRST_PERSON_CUES: &[&str] = &[
    "think",
    "thought",
    "believe",
    "believed",
    "suspect",
    "suspected",
    "guess",
    "feel",
    "felt",
    "say",
    "said",
    "know",
    "knew",
];

/// "“I think the death toll would have been higher,” he said": a nested
/// attribution whose source ("I", "we") is the quotation's speaker.
fn first_person_in_quote(doc: &Doc, i: usize) -> Option<Frame> {
    let t = doc.toks[i];
    if t.kind != Kind::Word
        || t.quote.is_none()
        || i == 0
        || !FIRST_PERSON_CUES.contains(&doc.word(i))
    {
        return None;
    }
    let prev = doc.toks[i - 1];
    let pronoun = doc.word(i - 1);
    if prev.quote != t.quote || !(pronoun == "I" || pronoun.eq_ignore_ascii_case("we")) {
        return None;
    }
    let mut s = i + 1;
    if s < doc.toks.len() && doc.word(s).eq_ignore_ascii_case("that") {
        s += 1;
    }
    let e = doc.stop_in_quote(s, t.quote);
    if e <= s || doc.kind(s) != Some(Kind::Word) {
        return None;
    }
    let content = trim_content(doc.text, doc.span(s, e));
    (!content.is_empty()).then(|| Frame {
        cue: (i, i + 1),
        source: (i - 1, i),
        role: None,
        content,
        content_after: true,
        via: None,
        clause_start: i - 1,
        sentence: (i - 1, e),
        credit: false,
    })
}

/// "According to X, …" and "…, according to X." A relay of an earlier frame in
/// the same sentence ("…, Mr. Pushkov said, according to Interfax") becomes its `via`.
fn according(doc: &Doc, i: usize, frames: &mut Vec<Frame>) {
    let (lo, hi) = doc.sentence_range(i);
    let s = i + 2;
    let mut e = s;
    while e < hi && doc.free_word(e) && e - s < 16 && !doc.is(e, &lexicon::RELATIVE) {
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
    if let Some(prev) = frames.last_mut() {
        if prev.sentence.0 == lo && prev.cue.0 < i && prev.via.is_none() {
            prev.via = Some((s, e));
            return;
        }
    }
    let opening = (lo..i).all(|k| doc.is(k, &lexicon::OPENER) || doc.kind(k) == Some(Kind::Comma));
    let frame = |content: Span, after: bool| Frame {
        cue: (i, i + 2),
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
        let mut c = e;
        while c < hi && doc.kind(c) == Some(Kind::Comma) {
            c += 1;
        }
        content_after(doc, c, hi).map(|span| frame(span, true))
    } else {
        content_before(doc, i, lo).map(|span| frame(span, false))
    };
    frames.extend(found);
}

/// How many tokens before its cue a source and the words that qualify it (a
/// relative clause: "a diplomat who attended the talks in Vienna said") may
/// start. Longer stretches without a clause boundary are run-ons, and reading no
/// further keeps the work per cue bounded.
const SOURCE_REACH: usize = 40;

/// A frame around the cue verb at token `i`.
///
/// `last_saying` is the last verb of saying before the cue ([`is_verb_of_saying`]).
fn verb_frame(
    doc: &Doc,
    i: usize,
    kind: CueKind,
    frames: &[Frame],
    last_saying: Option<usize>,
) -> Option<Frame> {
    let (lo, hi) = doc.sentence_range(i);
    let participle = cues::is_participle(doc.word(i));
    if !active_cue(doc, i, participle) {
        return None;
    }
    // The free words between the clause boundary and the cue.
    let j = doc.free_run_start(i, lo);
    let cue = CueAt {
        i,
        kind,
        participle,
        lo,
        hi,
        j,
        boundary: (j > lo).then(|| j - 1),
    };
    // "X said (that) Y believe …": the source of an embedded cue comes after
    // the cue verb that embeds it.
    let embedded = last_saying.filter(|&k| j <= k && k < i);
    let words = source_words(doc, &cue, embedded)?;
    let picked = pick_source(doc, &cue, words, frames)?;
    if embedded.is_some() && !known_source(doc, picked.source.0, picked.source.1) {
        return None;
    }
    let (content, content_after, via) = content_of(doc, &cue, &picked)?;
    Some(Frame {
        cue: (i, i + 1),
        source: picked.source,
        role: picked.role,
        content,
        content_after,
        via,
        clause_start: picked.clause_start,
        sentence: (lo, hi),
        credit: false,
    })
}

/// A cue verb and where it stands in its sentence.
struct CueAt {
    /// The cue token.
    i: usize,
    kind: CueKind,
    /// "cautioning that …".
    participle: bool,
    /// The sentence's token range.
    lo: usize,
    hi: usize,
    /// Where the free words before the cue start.
    j: usize,
    /// The clause boundary before those words, if any.
    boundary: Option<usize>,
}

/// The source a frame settled on.
struct Picked {
    source: (usize, usize),
    role: Option<(usize, usize)>,
    clause_start: usize,
    /// "…, said X": the content comes before the cue.
    inverted: bool,
}

/// False for a cue used in the passive ("was told to", "is said to be", "was
/// hauled in and told that"), with an agent ("told by") or before an
/// infinitive ("said to be").
fn active_cue(doc: &Doc, i: usize, participle: bool) -> bool {
    let mut before = i;
    while before > 0 && doc.free_word(before - 1) && doc.word(before - 1).ends_with("ly") {
        before -= 1;
    }
    if before > 0 && doc.is(before - 1, &lexicon::BE) && !participle {
        return false; // passive: "was told to", "is said to be"
    }
    // "I was basically hauled in and told that …": coordinated with a passive.
    if before > 0 && doc.is_word(before - 1, "and") {
        let lo = before.saturating_sub(5);
        if (lo..before - 1).any(|k| doc.is(k, &lexicon::BE))
            && (lo..before - 1).all(|k| doc.free_word(k))
        {
            return false;
        }
    }
    let to_verb = doc.is_word(i + 1, "to")
        && doc.free_word(i + 2)
        && !doc.is_cap(i + 2)
        && !doc.is(i + 2, &lexicon::FILLER);
    !(doc.is_word(i + 1, "by") || to_verb)
}

/// The words before the cue that name its source, `a..b` (empty when none):
/// the free words before the cue, narrowed step by step.
fn source_words(doc: &Doc, cue: &CueAt, embedded: Option<usize>) -> Option<(usize, usize)> {
    let (i, lo) = (cue.i, cue.lo);
    let (mut a, mut b) = (cue.j, i);
    if let Some(k) = embedded {
        a = k + 1;
    }
    while a < b && doc.is(a, &lexicon::OPENER) {
        a += 1;
    }
    a = a.max(i.saturating_sub(SOURCE_REACH));
    // "officials have said", "Mr. Smith also said"; not the end of a name
    // ("Prime Minister Theresa May told")
    while b > a
        && doc.is(b - 1, &lexicon::BETWEEN)
        && !(b - 1 > a && doc.is_cap(b - 1) && doc.is_cap(b - 2))
    {
        b -= 1;
    }
    // "a diplomat who attended … said": the relative clause belongs to the
    // source; "a suggestion that he had once told": "that" opens a clause
    // with its own subject.
    if let Some(k) = (a + 1..b).find(|&k| doc.is(k, &lexicon::RELATIVE)) {
        let own_subject =
            doc.is_word(k, "that") && (k + 1..b).any(|m| is_pronoun(doc, m) || doc.is_cap(m));
        if !own_subject {
            b = k;
        }
    }
    if let Some(k) = (a..b).rev().find(|&k| doc.is(k, &lexicon::CUTTER)) {
        a = k + 1;
    }
    // "In the 62nd minute Kim Min-Woo conceded", "with Boswell saying": a
    // prepositional phrase opening the words is no part of the source, which
    // starts at the first capitalised word after it.
    if a < b && doc.is(a, &lexicon::PREPOSITION) {
        if let Some(k) = (a + 1..b).find(|&k| doc.is_cap(k)) {
            a = k;
        }
    }
    // "told reporters the report disclosed …": a determiner after a noun
    // starts the subject noun phrase.
    if let Some(k) = (a + 1..b).rev().find(|&k| {
        ["the", "a", "an"].iter().any(|d| doc.is_word(k, d))
            && !doc.is(k - 1, &lexicon::PREPOSITION)
            && !doc.is(k - 1, &lexicon::FILLER)
    }) {
        a = k;
    }
    // "Mr Fitzpatrick, who added that …": the relative pronoun stands for the
    // noun phrase before the comma.
    if a + 1 == b && (doc.word(a) == "who" || doc.word(a) == "which") {
        let comma = cue.boundary.filter(|&c| doc.kind(c) == Some(Kind::Comma))?;
        let mut s = comma;
        while s > lo && doc.np_word(s - 1) {
            s -= 1;
        }
        while s < comma && doc.is(s, &lexicon::NOT_LAST) {
            s += 1;
        }
        if s == comma {
            return None;
        }
        a = s;
        b = comma;
    }
    // "… contenders and asked …": a coordinated cue takes the clause subject.
    if a < b && doc.is(b - 1, &lexicon::NOT_A_SOURCE) {
        a = b;
    }
    if let Some(k) = (a..b).rev().find(|&k| is_pronoun(doc, k)) {
        a = k;
        if k + 1 < b {
            return None; // "the things he told us": not a source
        }
    }
    if b.saturating_sub(a) > 10 {
        let mut k = b;
        while k > a && doc.np_word(k - 1) {
            k -= 1;
        }
        a = k;
    }
    // The word before the cue heads the source: a noun, a name or a pronoun,
    // not an adverb or a number ("officials privately said" was stripped above).
    if a < b
        && (doc.word(b - 1).ends_with("ly") || doc.word(b - 1).bytes().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    Some((a, b))
}

/// The source of the frame: the words before the cue, or after it ("…,
/// said X"), an appositive, or the subject of an earlier frame or of the
/// sentence.
fn pick_source(doc: &Doc, cue: &CueAt, (a, b): (usize, usize), frames: &[Frame]) -> Option<Picked> {
    let (i, kind, participle, lo, hi, j) = (cue.i, cue.kind, cue.participle, cue.lo, cue.hi, cue.j);
    let mut picked = Picked {
        source: (a, b),
        role: None,
        clause_start: j,
        inverted: false,
    };
    if a < b {
        if kind == CueKind::Finding && !document_like(doc, b - 1) {
            return None;
        }
    } else if kind == CueKind::Finding {
        return None;
    } else if let Some(src) = (j == i && !participle && kind != CueKind::Tell)
        .then(|| inverted_source(doc, i, hi, cue.boundary))
        .flatten()
    {
        picked.inverted = true;
        picked.role = src.1;
        picked.source = src.0;
    } else if let Some((name, other, start)) = (j == i && !participle)
        .then(|| appositive(doc, cue.boundary, lo))
        .flatten()
    {
        picked.role = other;
        picked.clause_start = start;
        picked.source = name;
    } else if participle
        || j < i
        || cue
            .boundary
            .is_some_and(|b| doc.kind(b) == Some(Kind::Comma))
    {
        match frames.last().filter(|f| f.sentence.0 == lo) {
            Some(prev) => {
                picked.role = prev.role;
                picked.source = prev.source;
            }
            None => picked.source = subject(doc, lo, hi)?,
        }
    } else {
        return None;
    }
    Some(picked)
}

/// What the frame attributes, whether it follows the cue, and the outlet
/// that relays it (`via`).
#[allow(clippy::type_complexity)]
fn content_of(
    doc: &Doc,
    cue: &CueAt,
    picked: &Picked,
) -> Option<(Span, bool, Option<(usize, usize)>)> {
    let (i, kind, lo, hi, j) = (cue.i, cue.kind, cue.lo, cue.hi, cue.j);
    if picked.inverted {
        return Some((content_before(doc, i, lo)?, false, None));
    }
    let mut via = None;
    let mut k = i + 1;
    if doc.is_word(k, "to") {
        k += 1; // "stated to LA Weekly that …"
    }
    if kind == CueKind::Tell || k > i + 1 {
        let e = doc.np_forward(k, hi);
        if e > k {
            if is_media(doc, k, e) {
                via = Some((k, e));
            }
            k = e;
        }
    }
    match after_cue(doc, k, hi) {
        AfterCue::Content(start, adjunct) => {
            via = via.or_else(|| adjunct.and_then(|(s, e)| relay(doc, s, e)));
            Some((content_after(doc, start, hi)?, true, via))
        }
        AfterCue::Nothing(adjunct) => {
            via = via.or_else(|| adjunct.and_then(|(s, e)| relay(doc, s, e)));
            let as_clause = doc.is_word(j, "as") && j < picked.source.0;
            let comma = (k..hi).find(|&c| doc.kind(c) == Some(Kind::Comma));
            match (as_clause, comma) {
                // "As Heald told The Huffington Post, US surface ozone has dropped."
                (true, Some(c)) => Some((content_after(doc, c + 1, hi)?, true, via)),
                _ => Some((
                    content_before(doc, picked.source.0.min(picked.clause_start), lo)?,
                    false,
                    via,
                )),
            }
        }
    }
}

/// "She continued: “…”": a subject and one verb before a colon that opens a
/// quotation frame the quotation even when the verb is no cue word.
fn colon_frame(doc: &Doc, i: usize) -> Option<Frame> {
    if doc.kind(i + 1) != Some(Kind::Colon) || doc.kind(i + 2) != Some(Kind::Open) {
        return None;
    }
    let w = doc.word(i);
    if !w.ends_with("ed") || doc.is(i, &lexicon::NOT_A_SOURCE) {
        return None;
    }
    let (lo, hi) = doc.sentence_range(i);
    let (s, e) = subject(doc, lo, hi)?;
    if e != i || !(doc.is_cap(e - 1) || is_pronoun(doc, e - 1)) || !nominal(doc, s, e) {
        return None;
    }
    let q = doc.quote_opening_at(i + 2)?;
    let content = trim_content(doc.text, doc.quotes[q].inner);
    (!content.is_empty()).then(|| Frame {
        cue: (i, i + 1),
        source: (s, e),
        role: None,
        content,
        content_after: true,
        via: None,
        clause_start: s,
        sentence: (lo, hi),
        credit: false,
    })
}

/// A verb of saying that cannot be a noun ("said", "told", "says").
fn is_verb_of_saying(doc: &Doc, k: usize) -> bool {
    doc.free_word(k)
        && !doc.is_cap(k)
        && cues::cue_kind(doc.word(k)).is_some()
        && !doc.is(k, &lexicon::NOUN_LIKE_CUE)
        && !doc.is(k, &lexicon::DOCUMENT)
}

/// A source is a nominal mention: a name, a pronoun or a noun phrase. It is
/// never empty, holds no verb of saying ("Azzam said Gulf") and does not end
/// on a conjunction, a preposition, an adverb or a verb form ("sounded").
fn nominal(doc: &Doc, s: usize, e: usize) -> bool {
    if e <= s || (s..e).any(|k| is_verb_of_saying(doc, k)) {
        return false;
    }
    let last = e - 1;
    if doc.is_cap(last) {
        // "in November reported": a month alone is no source ("Theresa May" is).
        return !(lexicon::CALENDAR.has(doc.word(last)) && (s..last).all(|k| !doc.is_cap(k)));
    }
    if is_pronoun(doc, last) {
        return true;
    }
    let w = doc.word(last);
    let known = lexicon::PERSON_ONE.has(w)
        || lexicon::PERSON_MANY.has(w)
        || lexicon::ORG_HEAD.has(w)
        || lexicon::MEDIA_HEAD.has(w)
        || lexicon::DOCUMENT.has(w);
    known
        || !(doc.is(last, &lexicon::NOT_A_SOURCE)
            || doc.is(last, &lexicon::PREPOSITION)
            || doc.is(last, &lexicon::AUXILIARY)
            || w.ends_with("ly")
            || w.ends_with("ed")
            || cues::cue_kind(w).is_some())
}

/// A source whose head is a pronoun, a name or a person, organisation, media
/// or document noun ("market studies indicated", not "recent tests indicated").
fn known_source(doc: &Doc, s: usize, e: usize) -> bool {
    let h = crate::mentions::head(doc, s, e);
    let w = doc.word(h);
    if is_pronoun(doc, h) {
        return true;
    }
    if doc.is_cap(h) {
        let alone = (s..h).all(|k| !doc.is_cap(k));
        return !(alone && (lexicon::CALENDAR.has(w) || lexicon::NATIONALITY.has(w)));
    }
    lexicon::PERSON_ONE.has(w)
        || lexicon::PERSON_MANY.has(w)
        || lexicon::ORG_HEAD.has(w)
        || lexicon::MEDIA_HEAD.has(w)
        || lexicon::DOCUMENT.has(w)
}

/// A cue form that is also a noun or an adjective ("sounded notes of
/// caution", "state media", "the embassy report says") reads as a verb only
/// where the syntax makes it one: after a subject (a pronoun, a name or a
/// person, organisation, media or document noun, not inside a prepositional
/// phrase) that agrees with it, with adverbs, "also" or a weekday between;
/// and not before "of", an auxiliary or another cue. A participle ("…,
/// warning that") follows a clause boundary or opens a "that" clause.
/// "…, notes Smith" is inverted: a name or a determiner must follow.
fn reads_as_noun(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i);
    let next_word = doc.free_word(i + 1);
    if doc.is_word(i + 1, "of")
        || doc.is(i + 1, &lexicon::AUXILIARY)
        || (next_word && cues::cue_kind(doc.word(i + 1)).is_some())
    {
        return true;
    }
    let opens_clause =
        doc.is_word(i + 1, "that") || matches!(doc.kind(i + 1), Some(Kind::Open | Kind::Colon));
    let mut p = i;
    while p > 0 && doc.free_word(p - 1) {
        let v = doc.word(p - 1);
        let weekday = doc.is_cap(p - 1) && doc.is(p - 1, &lexicon::ADJUNCT);
        if weekday && p >= 2 && doc.is_word(p - 2, "on") {
            p -= 2;
        } else if (doc.is(p - 1, &lexicon::BETWEEN) && !doc.is(p - 1, &lexicon::AUXILIARY))
            || v.ends_with("ly")
            || weekday
            || ["today", "yesterday", "tonight"]
                .iter()
                .any(|t| v.eq_ignore_ascii_case(t))
        {
            p -= 1;
        } else {
            break;
        }
    }
    if p == 0 || !doc.free_word(p - 1) {
        if cues::is_participle(w) {
            return false;
        }
        // "…, notes Smith." / "…, states the report."
        let det = ["the", "a", "an", "his", "her", "its", "their"]
            .iter()
            .any(|d| doc.is_word(i + 1, d));
        return !(det || (next_word && doc.is_cap(i + 1)) || opens_clause);
    }
    if cues::is_participle(w) {
        return !opens_clause;
    }
    let head = p - 1;
    let h = doc.word(head);
    if doc.is(head, &lexicon::AUXILIARY) {
        return true; // "will report profits", "has denied claims"
    }
    if h.ends_with("’s") || h.ends_with("'s") {
        return true; // "China's state and collective firms", "the committee's report"
    }
    let third_singular = w.ends_with('s');
    let past = w.eq_ignore_ascii_case("thought");
    if let Some(&(_, plural)) = lexicon::function_words::PRONOUNS
        .iter()
        .find(|(p, _)| h.eq_ignore_ascii_case(p))
    {
        let singular = !plural && !h.eq_ignore_ascii_case("i");
        return !past && third_singular != singular;
    }
    let cap = doc.is_cap(head);
    if cap && (lexicon::NATIONALITY.has(h) || lexicon::REGION.has(h)) {
        return true; // "Gulf states", "Chinese state press"
    }
    let person_or_org = lexicon::PERSON_ONE.has(h)
        || lexicon::PERSON_MANY.has(h)
        || lexicon::ORG_HEAD.has(h)
        || lexicon::MEDIA_HEAD.has(h)
        || lexicon::DOCUMENT.has(h);
    let lower_plural = !cap && h.ends_with('s') && !h.ends_with("ss") && !h.ends_with("us");
    if !(cap || person_or_org || lower_plural) {
        return true; // "sounded notes", "told state media", "health reasons"
    }
    // The subject noun phrase must not follow a preposition ("despite a US
    // government report", "according to Chinese state press reports").
    let mut s = head;
    while s > 0 && doc.np_word(s - 1) {
        s -= 1;
    }
    if doc.is(s, &lexicon::PREPOSITION) || (s > 0 && doc.is(s - 1, &lexicon::PREPOSITION)) {
        return true;
    }
    if past {
        return false;
    }
    let coordinated = (s..head).any(|k| doc.is_word(k, "and"));
    let plural = lexicon::PERSON_MANY.has(h) || lower_plural || coordinated || h.ends_with('s');
    let singular = !lexicon::PERSON_MANY.has(h) && !lower_plural && !coordinated;
    if third_singular {
        !singular
    } else {
        !plural && !h.eq_ignore_ascii_case("media")
    }
}

/// A personal pronoun that can be a source.
fn is_pronoun(doc: &Doc, k: usize) -> bool {
    doc.free_word(k)
        && crate::lexicon::function_words::PRONOUNS
            .iter()
            .any(|(p, _)| doc.word(k).eq_ignore_ascii_case(p))
}

/// A document or a group of people can "show" or "find".
fn document_like(doc: &Doc, head: usize) -> bool {
    let w = doc.word(head);
    lexicon::DOCUMENT.has(w) || lexicon::PERSON_MANY.has(w) || lexicon::PERSON_ONE.has(w)
}

/// A mention naming a news outlet ("state media", "Euronews").
pub fn is_media(doc: &Doc, s: usize, e: usize) -> bool {
    (s..e).any(|k| lexicon::MEDIA_NAME.has(doc.word(k)) || lexicon::MEDIA_MARKER.has(doc.word(k)))
}

/// "…,” said a senior European diplomat who …": the source after the cue.
#[allow(clippy::type_complexity)]
fn inverted_source(
    doc: &Doc,
    i: usize,
    hi: usize,
    boundary: Option<usize>,
) -> Option<((usize, usize), Option<(usize, usize)>)> {
    let b = boundary?;
    if !matches!(
        doc.kind(b),
        Some(Kind::Comma | Kind::Close | Kind::Colon | Kind::Dash)
    ) {
        return None;
    }
    let e = if is_pronoun(doc, i + 1) {
        i + 2
    } else {
        doc.np_forward(i + 1, hi)
    };
    if e <= i + 1 {
        return None;
    }
    let ends = e >= hi
        || matches!(
            doc.kind(e),
            Some(Kind::Stop | Kind::Comma | Kind::Semicolon | Kind::Dash)
        )
        || doc.is(e, &lexicon::RELATIVE)
        || doc.is(e, &lexicon::ADJUNCT);
    if !ends {
        return None;
    }
    // "said Kathryn Waters, a curator of the show."
    let mut role = None;
    if doc.kind(e) == Some(Kind::Comma) {
        let mut r = e + 1;
        while r < hi && doc.free_word(r) {
            r += 1;
        }
        if r > e + 1 && (r >= hi || doc.kind(r) == Some(Kind::Stop)) {
            role = Some((e + 1, r));
        }
    }
    Some(((i + 1, e), role))
}

/// "Derek Chollet, former assistant secretary of defense, said": the name and
/// the role, and the first token of the frame.
#[allow(clippy::type_complexity)]
fn appositive(
    doc: &Doc,
    boundary: Option<usize>,
    lo: usize,
) -> Option<((usize, usize), Option<(usize, usize)>, usize)> {
    let c2 = boundary.filter(|&b| doc.kind(b) == Some(Kind::Comma))?;
    let s2 = doc.free_run_start(c2, lo);
    if s2 == c2 || s2 == 0 || s2 <= lo {
        return None;
    }
    let c1 = s2 - 1;
    if doc.kind(c1) != Some(Kind::Comma) {
        return None;
    }
    let s1 = doc.free_run_start(c1, lo);
    if s1 == c1 {
        return None;
    }
    let before_ok = s1 == lo
        || matches!(
            doc.kind(s1 - 1),
            Some(Kind::Close | Kind::Comma | Kind::Colon | Kind::Dash | Kind::Stop)
        );
    if !before_ok || c1 - s1 > 8 || c2 - s2 > 14 {
        return None;
    }
    let mut first = (s1, c1);
    while first.0 < first.1 && doc.is(first.0, &lexicon::OPENER) {
        first.0 += 1;
    }
    let second = (s2, c2);
    // "The minister, speaking at a news conference in Paris, said": a participle or
    // prepositional phrase between the commas is no role.
    let adjunct =
        !doc.is_cap(s2) && (doc.word(s2).ends_with("ing") || doc.is(s2, &lexicon::PREPOSITION));
    if doc.is(s2, &lexicon::RELATIVE) || adjunct {
        return Some((first, None, s1));
    }
    let name_like = |(s, e): (usize, usize)| {
        (s..e).all(|k| {
            doc.is_cap(k) || doc.is(k, &lexicon::FILLER) && !doc.is(k, &lexicon::PERSON_MANY)
        })
    };
    // "Malaysia's Prime Minister, Najib Razak, said": of two capitalised phrases, the
    // one with a title or a possessive is the role.
    let titled = |(s, e): (usize, usize)| {
        (s..e).any(|k| {
            let w = doc.word(k);
            lexicon::TITLE.has(w) || w.ends_with("’s") || w.ends_with("'s")
        })
    };
    if name_like(second) && (!name_like(first) || (titled(first) && !titled(second))) {
        Some((second, Some(first), s1))
    } else {
        Some((first, Some(second), s1))
    }
}

/// The noun phrase that opens the clause at `lo`: the subject a participle or a
/// coordinated cue takes ("Officials expressed …, cautioning that …").
pub fn subject(doc: &Doc, lo: usize, hi: usize) -> Option<(usize, usize)> {
    let mut k = lo;
    while k < hi && (doc.is(k, &lexicon::OPENER) || doc.kind(k) == Some(Kind::Comma)) {
        k += 1;
    }
    let mut e = k;
    while e < hi && e - k < 12 && doc.np_word(e) && !doc.is(e, &lexicon::RELATIVE) {
        if doc.is_cap(e) && doc.is(e, &lexicon::ADJUNCT) {
            break;
        }
        e += 1;
    }
    while e > k && doc.is(e - 1, &lexicon::NOT_LAST) {
        e -= 1;
    }
    if e == k && is_pronoun(doc, k) {
        e = k + 1;
    }
    (e > k).then_some((k, e))
}

/// What follows a cue.
enum AfterCue {
    /// The content starts at this token; the adjunct between cue and content.
    Content(usize, Option<(usize, usize)>),
    /// No content after the cue (it is before); the adjunct after the cue.
    Nothing(Option<(usize, usize)>),
}

/// Skip "Wednesday", "in an interview with Euronews", "that", ":" after a cue.
fn after_cue(doc: &Doc, k: usize, hi: usize) -> AfterCue {
    if k >= hi {
        return AfterCue::Nothing(None);
    }
    let open_or_that = |m: usize| -> Option<usize> {
        (doc.kind(m) == Some(Kind::Open) || doc.is_word(m, "that")).then_some(m)
    };
    match doc.kind(k) {
        Some(Kind::Open) => return AfterCue::Content(k, None),
        Some(Kind::Colon) => return AfterCue::Content(k + 1, None),
        Some(Kind::Comma) => {
            if let Some(s) = open_or_that(k + 1) {
                return AfterCue::Content(s, None);
            }
            // "explains, in a satirical fashion, that …"
            if doc.is(k + 1, &lexicon::ADJUNCT) {
                let mut m = k + 1;
                while m < hi && doc.free_word(m) && m - k < 10 {
                    m += 1;
                }
                if doc.kind(m) == Some(Kind::Comma) {
                    if let Some(s) = open_or_that(m + 1) {
                        return AfterCue::Content(s, Some((k + 1, m)));
                    }
                }
            }
            return AfterCue::Nothing(None);
        }
        Some(Kind::Word) if doc.is_word(k, "that") => return AfterCue::Content(k, None),
        Some(Kind::Word) if doc.is(k, &lexicon::ADJUNCT) => {}
        Some(Kind::Word) => return AfterCue::Content(k, None),
        _ => return AfterCue::Nothing(None),
    }
    // An adjunct: scan to "that", a colon, a quote or the end of the clause.
    let mut m = k;
    while m < hi && m - k < 14 {
        match doc.kind(m) {
            Some(Kind::Word) if doc.is_word(m, "that") => {
                return AfterCue::Content(m + 1, Some((k, m)))
            }
            Some(Kind::Word) => m += 1,
            Some(Kind::Colon) => return AfterCue::Content(m + 1, Some((k, m))),
            Some(Kind::Open) => return AfterCue::Content(m, Some((k, m))),
            Some(Kind::Comma) => {
                return match open_or_that(m + 1) {
                    Some(s) => AfterCue::Content(s, Some((k, m))),
                    None => AfterCue::Nothing(Some((k, m))),
                }
            }
            _ => return AfterCue::Nothing(Some((k, m))),
        }
    }
    AfterCue::Nothing(Some((k, m)))
}

/// "in an interview with Euronews", "in remarks to al-Ikhbariya television",
/// "on state television": the outlet that relays the words.
fn relay(doc: &Doc, s: usize, e: usize) -> Option<(usize, usize)> {
    for k in s..e {
        let w = doc.word(k);
        let via_noun = [
            "interview",
            "interviews",
            "remarks",
            "comments",
            "statement",
            "broadcast",
            "op-ed",
            "column",
            "article",
            "post",
        ]
        .iter()
        .any(|v| w.eq_ignore_ascii_case(v));
        if via_noun
            && (doc.is_word(k + 1, "with")
                || doc.is_word(k + 1, "to")
                || doc.is_word(k + 1, "on")
                || doc.is_word(k + 1, "in"))
        {
            let ns = k + 2;
            let ne = doc.np_forward(ns, e.max(ns));
            if ne > ns {
                return Some((ns, ne));
            }
        }
        if (w.eq_ignore_ascii_case("on") || w.eq_ignore_ascii_case("to")) && k + 1 < e {
            let ne = doc.np_forward(k + 1, e);
            if ne > k + 1 && is_media(doc, k + 1, ne) {
                return Some((k + 1, ne));
            }
        }
    }
    None
}

/// Content before the frame whose first token is `first`: the quotation that
/// closes right before it, or the clause from the sentence start to the comma.
fn content_before(doc: &Doc, first: usize, lo: usize) -> Option<Span> {
    let bt = first.checked_sub(1)?;
    let quote_at = |k: usize| doc.quote_closing_at(k).map(|q| doc.quotes[q].inner);
    let span = match doc.kind(bt)? {
        Kind::Close => quote_at(bt)?,
        Kind::Comma if bt > 0 && doc.kind(bt - 1) == Some(Kind::Close) => quote_at(bt - 1)?,
        Kind::Comma | Kind::Dash | Kind::Colon if bt > lo => doc.span(lo, bt),
        _ => return None,
    };
    let span = trim_content(doc.text, span);
    (!span.is_empty()).then_some(span)
}

/// Content from token `k` to the end of the local sentence (exclusive `hi`),
/// reaching to the end of any quotation opened inside it.
fn content_after(doc: &Doc, k: usize, hi: usize) -> Option<Span> {
    if k >= hi {
        return None;
    }
    if doc.kind(k) == Some(Kind::Open) {
        if let Some(q) = doc.quote_opening_at(k).map(|q| doc.quotes[q]) {
            let words_after =
                (k..hi).any(|t| doc.toks[t].span.start >= q.end && doc.kind(t) == Some(Kind::Word));
            if !words_after {
                let span = trim_content(doc.text, q.inner);
                return (!span.is_empty()).then_some(span);
            }
        }
    }
    let mut span = doc.span(k, hi);
    let first_quote = doc.quotes.partition_point(|q| q.open < span.start);
    for q in &doc.quotes[first_quote..] {
        if q.open >= span.end {
            break;
        }
        span.end = span.end.max(if q.closed { q.end } else { q.inner.end });
    }
    let span = trim_content(doc.text, span);
    (!span.is_empty()).then_some(span)
}

/// Strip white space and trailing clause punctuation from a content span.
pub fn trim_content(text: &str, span: Span) -> Span {
    let s = span.text(text);
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim().trim_end_matches([',', ';', ':', ' ', '—', '–']);
    Span::new(span.start + lead, span.start + lead + trimmed.len())
}

/// A content that runs on after the cue stops where the next frame of the same
/// sentence starts ("X said A, but also cautioned that B").
fn cut_at_next_clause(doc: &Doc, frames: &mut [Frame]) {
    for n in 1..frames.len() {
        let (next_start, sentence) = (frames[n].clause_start, frames[n].sentence);
        let f = &mut frames[n - 1];
        if !f.content_after || f.sentence != sentence || next_start == 0 {
            continue;
        }
        let at = doc.toks[next_start].span.start;
        if at <= f.content.start || at >= f.content.end {
            continue;
        }
        let mut e = next_start;
        while e > 0
            && (matches!(
                doc.kind(e - 1),
                Some(Kind::Comma | Kind::Semicolon | Kind::Dash)
            ) || doc.is(e - 1, &lexicon::OPENER))
        {
            e -= 1;
        }
        if e > 0 && doc.toks[e - 1].span.end > f.content.start {
            f.content = trim_content(
                doc.text,
                Span::new(f.content.start, doc.toks[e - 1].span.end),
            );
        }
    }
}
