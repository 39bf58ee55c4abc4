//! Which source a cue takes: the words before it, the noun phrase after it
//! ("…, said X"), an appositive ("X, role, said"), or the subject of an
//! earlier frame or of the clause (a participle, a coordinated cue).

use super::nominal::{document_like, is_pronoun};
use super::verb::{CueAt, Picked};
use super::Frame;
use crate::doc::Doc;
use crate::lexicon::{self, cues, cues::CueKind};
use crate::mentions::is_possessive;
use crate::tokens::Kind;

mod time_phrases;

use time_phrases::*;
pub(crate) use time_phrases::{is_year, past_opening_time, time_phrase_end};

/// The source of the frame: the words before the cue, or after it ("…,
/// said X"), an appositive, or the subject of an earlier frame or of the
/// sentence.
pub(super) fn pick_source(
    doc: &Doc,
    cue: &CueAt,
    (a, b): (usize, usize),
    frames: &[Frame],
) -> Option<Picked> {
    let (i, kind, participle, lo, hi, j) = (cue.i, cue.kind, cue.participle, cue.lo, cue.hi, cue.j);
    let mut picked = Picked {
        source: (a, b),
        role: None,
        clause_start: j,
        inverted: false,
    };
    let b = if a < b { before_adjuncts(doc, a, b) } else { b };
    let a = past_relative(doc, a, b);
    picked.source = (a, b);
    if a < b {
        // "The court decided that …"; a person's or a report's decision is no finding
        let any_finder = !cues::BODIES_ONLY.contains(&doc.word(i))
            && (document_like(doc, b - 1) || document_head(doc, a, b));
        let finder = any_finder || finding_body(doc, cue, (a, b));
        if kind == CueKind::Finding && !finder {
            return None;
        }
        if let Some(name) = unclosed_apposition(doc, cue, (a, b)) {
            picked.source = name;
            picked.role = Some((name.1 + 1, b));
            picked.clause_start = name.0;
        }
    } else if kind == CueKind::Finding {
        // "A panel agreed with the insurers, finding that …": the subject finds
        if let Some(body) = participle
            .then(|| subject(doc, lo, hi))
            .flatten()
            .filter(|&s| finding_body(doc, cue, s))
        {
            picked.source = body;
            picked.clause_start = body.0;
            return Some(picked);
        }
        // "The survey, conducted by the institute, showed": a document before an apposition
        let (name, _, start) = appositive(doc, cue.boundary, lo)?;
        if !document_like(doc, name.1 - 1) {
            return None;
        }
        picked.source = name;
        picked.clause_start = start;
    } else if let Some(src) = (j == i && !participle && kind != CueKind::Tell)
        .then(|| inverted_source(doc, i, hi, cue.boundary))
        .flatten()
        // "Ann Lee, a teacher, said 北京.": words in another script after the cue are what
        // was said when a name and its role stand before it
        .filter(|src| {
            let (s, e) = src.0;
            !((s..e).all(|k| super::verb::non_latin(doc.word(k)))
                && appositive(doc, cue.boundary, lo).is_some())
        })
    {
        picked.inverted = true;
        picked.role = src.1;
        picked.source = src.0;
    } else if let Some((name, other, start)) = ((j..i).all(|k| doc.is(k, &lexicon::BETWEEN))
        && !participle)
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

/// Token `k` is an age as news sets it off by commas after a name ("Maria Lopez, 54,"):
/// one to three digits, of any script ("٥٤", "５４").
fn is_age(doc: &Doc, k: usize) -> bool {
    // the free-word test first: it also says whether token `k` exists
    doc.free_word(k) && {
        let w = doc.word(k);
        (1..=3).contains(&w.chars().count()) && w.chars().all(char::is_numeric)
    }
}

/// How many words a role may hold between a name and its cue when the comma that
/// should close it is missing.
const UNCLOSED_ROLE: usize = 12;

/// "“…,” Todd Brandt, director of the growers' association said." and "Ann Lee,
/// Hotel Association said: “…”": a person's name and a comma before the words
/// before the cue, whose closing comma is missing: the name is the source and the
/// words its role. Only where the cue ends the frame (a full stop, a colon or a
/// quotation after it), so that "Ann Lee, the firm said, will retire" keeps its source,
/// or where the role opens in lower case with an office or a person's noun and no
/// comma follows the cue ("Ann Lee, head of policy at the Trust said …").
fn unclosed_apposition(doc: &Doc, cue: &CueAt, (a, b): (usize, usize)) -> Option<(usize, usize)> {
    // the words read as the source may start after the comma ("… charity the Trust")
    let comma = cue
        .boundary
        .filter(|&c| c < a && c + 1 == cue.j && doc.kind(c) == Some(Kind::Comma))?;
    let a = cue.j;
    // "Lisa Power, head of policy at … Trust said the policy …": a role that opens
    // with an office or a person's noun may come before a cue its content follows,
    // when no comma after the cue makes the frame a parenthesis
    let role = (a..b.min(a + 3)).any(|k| {
        doc.free_word(k) && (doc.is(k, &lexicon::TITLE) || doc.is(k, &lexicon::PERSON_ONE))
    });
    let ends_frame = cue.i + 1 >= cue.hi
        || matches!(
            doc.kind(cue.i + 1),
            Some(Kind::Stop | Kind::Colon | Kind::Open)
        )
        || (role && !doc.is_cap(a) && doc.kind(cue.i + 1) != Some(Kind::Comma));
    let start = doc.free_run_start(comma, cue.lo);
    let opens_clause = start == cue.lo
        || (start > 0
            && matches!(
                doc.kind(start - 1),
                Some(Kind::Close | Kind::Comma | Kind::Stop | Kind::Colon)
            ));
    let first = doc.word(start);
    let person = (2..=4).contains(&(comma - start))
        && (start..comma).all(|k| doc.is_cap(k))
        && (lexicon::is_given_name(first) || lexicon::HONORIFIC.has(first));
    (ends_frame && opens_clause && person && b - a <= UNCLOSED_ROLE).then_some((start, comma))
}

/// "A recent survey by two firms found", "A report from the World Bank shows":
/// the words at `a..b` are a document whose head comes before a post-modifier
/// (`lexicon/documents.rs`).
fn document_head(doc: &Doc, a: usize, b: usize) -> bool {
    (a + 1..b)
        .find(|&k| doc.free_word(k) && doc.is(k, &lexicon::DOCUMENT_POST_MODIFIER))
        .is_some_and(|k| {
            // capitalised only as the sentence's first word ("Data released on Monday")
            let lower = !doc.is_cap(k - 1) || doc.opens_sentence[k - 1];
            doc.is(k - 1, &lexicon::DOCUMENT) && lower
        })
}

/// "The court in Denver found that …", "The select committee found that …": the
/// words at `a..b` are a body that judges or inquires (`lexicon::FINDING_BODY`),
/// whose head is the last word or the one before a preposition, and the cue is a
/// form of "find" with "that" right after it.
fn finding_body(doc: &Doc, cue: &CueAt, (a, b): (usize, usize)) -> bool {
    if a >= b {
        return false;
    }
    let head = (a + 1..b)
        .find(|&k| doc.free_word(k) && doc.is(k, &lexicon::PREPOSITION))
        .map_or(b - 1, |k| k - 1);
    cues::FIND.contains(&doc.word(cue.i))
        && doc.is_word(cue.i + 1, "that")
        && doc.is(head, &lexicon::FINDING_BODY)
}

/// Determiners that open an unnamed speaker after an inverted cue ("said one
/// passenger", "said a local farmer").
const SPEAKER_DETERMINERS: &[&str] = &["a", "an", "one", "another"];

/// Words of time that make the words after "said" an adjunct, not a speaker ("said a
/// year ago", "said one day").
const TIME_WORDS: &[&str] = &[
    "ago", "year", "years", "week", "weeks", "month", "months", "day", "days", "time", "times",
    "hour", "hours", "minute", "minutes", "later", "earlier", "while", "bit", "lot", "number",
];

/// How many words may follow the determiner of such a speaker.
const SPEAKER_WORDS: usize = 4;

/// The end of an unnamed speaker at token `k` that no list knows ("one passenger",
/// "a local farmer"): a determiner of [`SPEAKER_DETERMINERS`] and up to
/// [`SPEAKER_WORDS`] lower-case words, none of them a word of time.
fn unlisted_person_after(doc: &Doc, k: usize, hi: usize) -> Option<usize> {
    if !SPEAKER_DETERMINERS.iter().any(|d| doc.is_word(k, d)) {
        return None;
    }
    let mut e = k + 1;
    while e < hi
        && e <= k + SPEAKER_WORDS
        && doc.free_word(e)
        && doc.word(e).chars().all(|c| c.is_lowercase() || c == '-')
        && !doc.is(e, &lexicon::RELATIVE)
        && !doc.is(e, &lexicon::ADJUNCT)
    {
        if TIME_WORDS.contains(&doc.word(e)) {
            return None;
        }
        e += 1;
    }
    (e > k + 1).then_some(e)
}

/// How many words an owner, a role and a name may hold after an inverted cue.
const ROLE_AND_NAME_WORDS: usize = 8;

/// "…,” said Gartner's principal analyst Kobita Desai.": after an inverted cue at
/// `k - 1`, words ending in a name of two or three capitalised words after a
/// lower-case role word no list may hold (not a preposition or a function word):
/// the end of the speaker.
fn role_and_name_after(doc: &Doc, k: usize, hi: usize) -> Option<usize> {
    let e = (k..hi.min(k + ROLE_AND_NAME_WORDS))
        .take_while(|&t| doc.free_word(t))
        .last()?
        + 1;
    let mut n = e;
    while n > k && doc.is_cap(n - 1) {
        n -= 1;
    }
    let role = n > k
        && !doc.is(n - 1, &lexicon::PREPOSITION)
        && !doc.is(n - 1, &lexicon::NOT_LAST)
        && !doc.is(n - 1, &lexicon::AUXILIARY)
        && doc
            .word(n - 1)
            .chars()
            .all(|c| c.is_lowercase() || c == '-');
    if (2..=3).contains(&(e - n)) && role {
        return Some(e);
    }
    // "said planetary geologist Rosaly Lopes of NASA's …": lower-case role words, then
    // the name, before more words
    let role_word = |t: usize| {
        let w = doc.word(t);
        doc.free_word(t)
            && !doc.is(t, &lexicon::PREPOSITION)
            && !doc.is(t, &lexicon::NOT_LAST)
            && !doc.is(t, &lexicon::AUXILIARY)
            && !doc.is(t, &lexicon::RELATIVE)
            && !doc.is(t, &lexicon::NOT_BEFORE_CUE)
            && !["that", "this", "these", "those"].contains(&w)
            && !w.ends_with("ed")
            && !is_pronoun(doc, t)
            && doc.lists(t) & lexicon::bits::CUE_FORM == 0
            // "said yesterday Bob Jones", "said only Bob Jones": no role
            && !doc.is(t, &lexicon::ADJUNCT)
            && !doc.is(t, &lexicon::BETWEEN)
            && !["only", "also", "just", "even", "then"].contains(&w)
            && w.chars().all(|c| c.is_lowercase() || c == '-')
    };
    let n = (k..e).find(|&t| !role_word(t))?;
    let end = crate::mentions::name_run(doc, n, e);
    ((1..=ROLE_WORDS).contains(&(n - k)) && (2..=3).contains(&(end - n))).then_some(end)
}

/// How many lower-case words a role before a name after an inverted cue may have
/// ("planetary geologist", "senior energy analyst").
const ROLE_WORDS: usize = 3;

/// Words right after a cue that are its object ("said it", "told them", "said so"), so
/// no speaker of an inverted frame ("…,” said he" is one; "her" may open "her spokesman").
const OBJECTS_AFTER_CUE: &[&str] = &["it", "them", "him", "us", "me", "so"];

/// "said planetary geologist Rosaly Lopes of NASA's Jet Propulsion Laboratory": the
/// end of a name at token `e` carried over the body after "of", "at" or "from".
fn with_affiliation(doc: &Doc, e: usize, hi: usize) -> usize {
    // "said manager Jose Mourinho of Wayne Rooney": "of" a person is what he spoke about
    let joins = ["of", "at", "from"].iter().any(|p| doc.is_word(e, p))
        && !lexicon::is_given_name(doc.word(e + 1));
    let body = if joins { doc.np_forward(e + 1, hi) } else { e };
    if body > e + 1 && doc.is_cap(e + 1) {
        body
    } else {
        e
    }
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
    // "The coach, Ann Lee, said it.": the cue's object, never a speaker after it
    if OBJECTS_AFTER_CUE.iter().any(|w| doc.is_word(i + 1, w)) {
        return None;
    }
    let ends = |e: usize| {
        e >= hi
            || matches!(
                doc.kind(e),
                Some(Kind::Stop | Kind::Comma | Kind::Semicolon | Kind::Dash)
            )
            || doc.is(e, &lexicon::RELATIVE)
            || doc.is(e, &lexicon::ADJUNCT)
    };
    let e = if is_pronoun(doc, i + 1) {
        i + 2
    } else {
        doc.np_forward(i + 1, hi)
    };
    // "…,” said one passenger.": a determiner and a noun no list knows
    let e = if e > i + 1 && ends(e) {
        e
    } else {
        unlisted_person_after(doc, i + 1, hi)
            .filter(|&e| ends(e))
            .or_else(|| {
                role_and_name_after(doc, i + 1, hi)
                    .map(|e| with_affiliation(doc, e, hi))
                    .filter(|&e| ends(e))
            })?
    };
    // "said Kathryn Waters, a curator of the show."
    let mut role = None;
    // "said Maria Lopez, 54, a teacher.": an age set off by commas before the role
    let age = doc.kind(e) == Some(Kind::Comma)
        && is_age(doc, e + 1)
        && doc.kind(e + 2) == Some(Kind::Comma);
    let c = if age { e + 2 } else { e };
    if doc.kind(c) == Some(Kind::Comma) {
        let mut r = c + 1;
        while r < hi && doc.free_word(r) {
            r += 1;
        }
        // "The plan, said the minister, would cut costs": the clause goes on
        let clause = super::content::clause_goes_on(doc, c, hi);
        if r > c + 1 && (r >= hi || doc.kind(r) == Some(Kind::Stop)) && !clause {
            role = Some((c + 1, r));
            // "said EEF chief economist, Steve Radley.": the name after the role
            if !age && role_then_name(doc, (i + 1, e), (e + 1, r)) {
                return Some(((e + 1, r), Some((i + 1, e))));
            }
        }
    }
    Some(((i + 1, e), role))
}

/// "said EEF chief economist, Steve Radley.": the words before the comma end with a
/// person noun or a title in lower case (a role), and the words after it are two or
/// three capitalised words opened by a given name, a family name written first or
/// an honorific (a person's name).
fn role_then_name(doc: &Doc, (s1, e1): (usize, usize), (s2, e2): (usize, usize)) -> bool {
    let last = e1 - 1;
    let role =
        !doc.is_cap(last) && (doc.is(last, &lexicon::PERSON_ONE) || doc.is(last, &lexicon::TITLE));
    let first = doc.word(s2);
    let name = (2..=3).contains(&(e2 - s2))
        && (s2..e2).all(|k| doc.is_cap(k) && doc.free_word(k))
        && (lexicon::is_given_name(first)
            || lexicon::FAMILY_FIRST.has(first)
            || lexicon::HONORIFIC.has(first));
    e1 > s1 && role && name
}

/// How far before the first comma of an apposition a verb of saying that embeds it
/// is looked for; a longer stretch of words is read once per frame otherwise.
const APPOSITION_REACH: usize = 16;

/// The most places set off by commas at the end of a role ("… in Greenbelt,
/// Maryland, USA,").
const PLACES_AFTER_ROLE: usize = 3;

/// "Ann Lee, a scientist at the centre in Greenbelt, Maryland, said": the place
/// between the last two commas (or a second body, [`coordinated_body`]) belongs to the
/// role before it, and the apposition
/// is read from the comma before the place ([`appositive_to`]); the role runs on
/// over the place.
/// "of Henderson, NV": a state's postal code at `s2`, after a comma and a town that a
/// preposition opens; not "Tom Molomby, SC," (Senior Counsel) after a name.
fn postal_code_after_town(doc: &Doc, s2: usize, place: &str, lo: usize) -> bool {
    if !lexicon::subdivisions::POSTAL_CODES.contains(&place) || s2 < lo + 3 {
        return false;
    }
    // the town's capitalised words, right before the comma
    let mut town = s2 - 1;
    while town > lo && doc.free_word(town - 1) && doc.is_cap(town - 1) {
        town -= 1;
    }
    town > lo && town < s2 - 1 && doc.is(town - 1, &lexicon::PREPOSITION)
}

#[allow(clippy::type_complexity)]
fn appositive(
    doc: &Doc,
    boundary: Option<usize>,
    lo: usize,
) -> Option<((usize, usize), Option<(usize, usize)>, usize)> {
    let Some(mut c2) = boundary.filter(|&b| doc.kind(b) == Some(Kind::Comma)) else {
        return appositive_to(doc, boundary, lo);
    };
    for _ in 0..PLACES_AFTER_ROLE {
        let s2 = doc.free_run_start(c2, lo);
        let place = s2 > lo && s2 < c2 && doc.kind(s2 - 1) == Some(Kind::Comma) && {
            let place = doc.span(s2, c2).text(doc.text);
            lexicon::PLACE.has(place)
                || lexicon::SUBDIVISION.has(place)
                || postal_code_after_town(doc, s2, place, lo)
                || coordinated_body(doc, s2, c2)
        };
        if !place {
            break;
        }
        c2 = s2 - 1;
    }
    let found = appositive_to(doc, Some(c2), lo);
    match (found, boundary) {
        (Some((name, Some(role), start)), Some(b)) if b > c2 && role.1 == c2 => {
            Some((name, Some((role.0, b)), start))
        }
        (Some(found), Some(b)) if b > c2 => Some(found),
        (found, _) if boundary == Some(c2) => found,
        _ => appositive_to(doc, boundary, lo),
    }
}

/// "…, a scientist at the centre in Greenbelt, Maryland, and American University,
/// said": "and" and a capitalised name (with "of", "the", "in" or "at" inside: "and
/// American University in Washington") between two commas is a second body the role
/// belongs to.
fn coordinated_body(doc: &Doc, s: usize, e: usize) -> bool {
    e > s + 1
        && doc.is_word(s, "and")
        && doc.is_cap(s + 1)
        && (s + 1..e).all(|k| {
            doc.is_cap(k) || ["of", "the", "in", "at"].iter().any(|w| doc.is_word(k, w))
        })
        // "…, a lawyer for Smith, and Jones, said": a second speaker, not a body
        && (s + 1..e).any(|k| doc.is(k, &lexicon::ORG_HEAD))
}

/// "Derek Chollet, former assistant secretary of defense, said": the name and
/// the role, and the first token of the frame.
#[allow(clippy::type_complexity)]
fn appositive_to(
    doc: &Doc,
    boundary: Option<usize>,
    lo: usize,
) -> Option<((usize, usize), Option<(usize, usize)>, usize)> {
    // "X, role, said" or "X - role - said": the same mark on both sides.
    let c2 = boundary.filter(|&b| doc.kind(b) == Some(Kind::Comma) || doc.is_dash(b))?;
    // "Rep. Angie Craig, D-Minn., 54, said": an age set off by commas after the role
    let before_age = c2
        .checked_sub(2)
        .filter(|&c| c > lo && is_age(doc, c2 - 1) && doc.kind(c) == Some(Kind::Comma));
    before_age
        .and_then(|c| appositive_at(doc, c, lo))
        .or_else(|| appositive_at(doc, c2, lo))
}

/// [`appositive_to`] with the mark that closes the apposition at `c2`.
#[allow(clippy::type_complexity)]
fn appositive_at(
    doc: &Doc,
    c2: usize,
    lo: usize,
) -> Option<((usize, usize), Option<(usize, usize)>, usize)> {
    let s2 = doc.free_run_start(c2, lo);
    if s2 == c2 || s2 == 0 || s2 <= lo {
        return None;
    }
    let c1 = s2 - 1;
    let same_mark = if doc.is_dash(c2) {
        doc.is_dash(c1)
    } else {
        doc.kind(c1) == Some(Kind::Comma)
    };
    if !same_mark {
        return None;
    }
    // "Maria Lopez, 54, a teacher, said": an age set off by commas after the name
    let aged = c1 >= lo + 3 && is_age(doc, c1 - 1) && doc.kind(c1 - 2) == Some(Kind::Comma);
    let c1 = if aged && doc.free_run_start(c1 - 2, lo) < c1 - 2 {
        c1 - 2
    } else {
        c1
    };
    let mut s1 = doc.free_run_start(c1, lo);
    // "… is worried after one of its scientists, Ahmed Khan, admitted …": the
    // noun phrase before the first comma starts after the last subordinator,
    // when it is too long to be a name as a whole ("traders who act as brokers"
    // stays whole)
    let cut = (s1..c1)
        .rev()
        .find(|&k| doc.is(k, &lexicon::CUTTER) && !doc.is_cap(k));
    let mut cut_at_subordinator = c1 - s1 > 8 && cut.is_some_and(|k| k + 1 < c1);
    if let Some(k) = cut.filter(|_| cut_at_subordinator) {
        s1 = k + 1;
    }
    // "Nova said the Minister of Regional and Industrial Expansion, Michel Cote,
    // ruled": a phrase too long to be a name starts after a verb of saying that
    // embeds it
    let near = s1.max(c1.saturating_sub(APPOSITION_REACH));
    let saying = (near..c1)
        .rev()
        .find(|&k| super::nominal::is_verb_of_saying(doc, k));
    if let Some(k) = saying.filter(|_| c1 - s1 > 8 && !cut_at_subordinator) {
        s1 = k + 1;
        cut_at_subordinator = true;
    }
    // "WEDGE, which is owned by X, a Lebanese citizen, also said": a relative
    // clause is no name
    if s1 == c1 || doc.is(s1, &lexicon::RELATIVE) {
        return None;
    }
    let before_ok = s1 == lo
        || cut_at_subordinator
        // a bracket, a bullet or a symbol before the name opens it too: "(Dana Holt,
        // 54, said …)", "• Dana Holt, a nurse, said …"
        || matches!(
            doc.kind(s1 - 1),
            Some(
                Kind::Close
                    | Kind::Comma
                    | Kind::Colon
                    | Kind::Semicolon
                    | Kind::Dash
                    | Kind::Stop
                    | Kind::Bracket
                    | Kind::Other
            )
        );
    // "Judge Ann Lee, who blocked the merger in May to protect consumers, has
    // said": a relative clause between the commas may be long; it is no role
    let relative = doc.is(s2, &lexicon::RELATIVE);
    if !before_ok || c1 - s1 > 8 || (c2 - s2 > 14 && !relative) {
        return None;
    }
    let mut first = (s1, c1);
    while first.0 < first.1 && doc.is(first.0, &lexicon::OPENER) {
        first.0 += 1;
    }
    first.0 = past_opening_time(doc, first);
    let second = (s2, c2);
    // "The minister, speaking at a news conference in Paris, said": a participle or
    // prepositional phrase between the commas is no role.
    let adjunct = !doc.is_cap(s2)
        && (doc.word(s2).ends_with("ing")
            || doc.is(s2, &lexicon::PREPOSITION)
            || connective_alone(doc, (s2, c2)));
    if relative && c2 - s2 > 14 {
        // a cue inside the long clause ("who … and asked not to be named") ends
        // its content at the comma before this frame's cue
        return Some((first, None, c2));
    }
    if relative || adjunct {
        return Some((first, None, s1));
    }
    Some(name_and_role(doc, first, second, s1))
}

/// True when the words `s..e` between the commas after a subject are one connective
/// adverb ("Israel's prime minister, however, said …"): it is no role of the subject.
fn connective_alone(doc: &Doc, (s, e): (usize, usize)) -> bool {
    e == s + 1 && doc.is(s, &lexicon::CONNECTIVE)
}

/// The first token of the subject `a..b` after the relative pronoun that opens it:
/// "the reserves, which Wang said made Taiwan a target" is said by Wang, not "which
/// Wang".
fn past_relative(doc: &Doc, a: usize, b: usize) -> usize {
    if b > a + 1 && doc.is(a, &lexicon::RELATIVE) {
        a + 1
    } else {
        a
    }
}

/// The most tokens of an adjunct between a subject and its cue ("in a written
/// statement on Monday" is two).
const ADJUNCT_TOKENS: usize = 5;

/// The end of the subject `a..b` before a cue without the adjuncts that close it
/// ("The chairman today in a statement said", "The ministry on Monday said"): adverbs
/// of time ([`cues::SUBJECT_TIME_ADVERBS`]) and phrases opened by "in", "on" or "at"
/// that end with a document, an occasion of speech or a time.
fn before_adjuncts(doc: &Doc, a: usize, mut b: usize) -> usize {
    let ends_adjunct = |k: usize| {
        doc.is(k, &lexicon::DOCUMENT)
            || doc.is(k, &lexicon::CALENDAR)
            || doc.is(k, &lexicon::TIME_NOUN)
            || cues::OCCASIONS
                .iter()
                .any(|o| doc.word(k).eq_ignore_ascii_case(o))
    };
    let is_in = |k: usize, list: &[&str]| {
        doc.free_word(k) && !doc.is_cap(k) && list.iter().any(|w| doc.word(k) == *w)
    };
    // "Data released on Monday showed": the adjunct of a participle stays with it
    let after_participle = |k: usize| {
        let w = doc.word(k - 1);
        w.ends_with("ed") || lexicon::documents::POST_MODIFIER_OPENERS.contains(&w)
    };
    while b > a + 1 {
        let last = b - 1;
        if is_in(last, cues::SUBJECT_TIME_ADVERBS) {
            if after_participle(last) {
                return b;
            }
            b = last;
            continue;
        }
        // the preposition first: two-letter words, cheaper than the look-ups of the end
        let lo = b.saturating_sub(ADJUNCT_TOKENS).max(a + 1);
        let opened = (lo..last)
            .rev()
            .find(|&p| is_in(p, cues::ADJUNCT_PREPOSITIONS));
        match opened {
            Some(p)
                if (p + 1..b).all(|k| doc.free_word(k))
                    && ends_adjunct(last)
                    && !after_participle(p) =>
            {
                b = p
            }
            _ => return b,
        }
    }
    b
}

/// Of the two comma-bounded phrases of an apposition, which is the name and
/// which the role; `s1` is the first token of the frame.
#[allow(clippy::type_complexity)]
fn name_and_role(
    doc: &Doc,
    first: (usize, usize),
    second: (usize, usize),
    s1: usize,
) -> ((usize, usize), Option<(usize, usize)>, usize) {
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
            lexicon::TITLE.has(w) || is_possessive(w)
        })
    };
    // "Rep. Ilhan Omar, D-Minn., said": a party and state is the role
    let second_is_name = name_like(second) && !party_and_state(doc, second);
    if second_is_name && (!name_like(first) || (titled(first) && !titled(second))) {
        (second, Some(first), s1)
    } else {
        (first, Some(second), s1)
    }
}

/// How long a party-and-state designation may be, in bytes ("D-N.Y.", "R-Calif.").
const PARTY_STATE_LEN: usize = 9;

/// "D-Minn.", "R-Ky.", "I-Vt.", "D-N.Y.": a US party initial, a hyphen and a state's
/// abbreviation, as US copy writes it after a politician's name.
pub(super) fn party_and_state(doc: &Doc, (s, e): (usize, usize)) -> bool {
    let text = doc.span(s, e).text(doc.text);
    let Some((party, state)) = text.split_once('-') else {
        return false;
    };
    text.len() <= PARTY_STATE_LEN
        && ["D", "R", "I"].contains(&party)
        && state.starts_with(|c: char| c.is_ascii_uppercase())
        && state.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
}

/// True when the noun phrase `k..e` has no head yet and the lower-case word at `e`,
/// no list holds, is a noun modifying the person noun after it: "Health care
/// workers have protested the cuts, warning that …" ("care" of "health care"),
/// "Local aid workers left, saying …". A subject that has its head ("Residents fear
/// officials …") takes no more words.
fn modifier_before_person_noun(doc: &Doc, k: usize, e: usize) -> bool {
    use lexicon::bits::{DOCUMENT, ORG_HEAD, PERSON_MANY, PERSON_ONE};
    const PERSON: u128 = PERSON_MANY | PERSON_ONE;
    const HEAD: u128 = PERSON | ORG_HEAD | DOCUMENT;
    // the list bits first: most words stop at the first test
    e > k
        && doc.lists(e) == 0
        // "The utilities commission is frustrated, saying …": a body's head too
        && doc.lists(e + 1) & (PERSON | ORG_HEAD) != 0
        && doc.lists(e - 1) & HEAD == 0
        && doc.free_word(e)
        && doc.free_word(e + 1)
        && !doc.is_cap(e)
        && cues::cue_kind(doc.word(e)).is_none()
}

/// The noun phrase that opens the clause at `lo`: the subject a participle or a
/// coordinated cue takes ("Officials expressed …, cautioning that …").
/// "On Wednesday, Mr Mallon provoked fury": a phrase of time and a comma after it
/// ([`past_opening_time`]) are no part of the subject.
pub fn subject(doc: &Doc, lo: usize, hi: usize) -> Option<(usize, usize)> {
    let mut k = lo;
    loop {
        // a bullet, a bracket or a symbol before the subject is no part of it ("• Ann
        // Lee spoke on Monday: …")
        while k < hi
            && (doc.is(k, &lexicon::OPENER)
                || matches!(doc.kind(k), Some(Kind::Comma | Kind::Bracket | Kind::Other)))
        {
            k += 1;
        }
        let after_time = past_time_and_comma(doc, k, hi);
        if after_time == k {
            break;
        }
        k = after_time;
    }
    let mut e = k;
    loop {
        while e < hi && e - k < 12 && doc.np_word(e) && !doc.is(e, &lexicon::RELATIVE) {
            if doc.is_cap(e) && doc.is(e, &lexicon::ADJUNCT) {
                break;
            }
            e += 1;
        }
        if e + 1 >= hi || !modifier_before_person_noun(doc, k, e) {
            break;
        }
        e += 2;
    }
    while e > k && doc.is(e - 1, &lexicon::NOT_LAST) {
        e -= 1;
    }
    if e == k && is_pronoun(doc, k) {
        e = k + 1;
    }
    (e > k).then_some((k, e))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{each_frame, frames_in, words};

    #[test]
    fn a_document_with_a_post_modifier_or_an_apposition_finds() {
        let body = "A recent survey by two research firms found that most homes use filters.";
        let all = frames_in(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].0, "A recent survey by two research firms");
        let body = "A report from the water board shows that leaks fell in May.";
        assert_eq!(frames_in(body)[0].0, "A report from the water board");
        let body = "The poll, conducted by a local college, showed that turnout will rise.";
        let all = frames_in(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].0, "The poll");
        assert!(all[0].2.ends_with("turnout will rise."), "{all:?}");
        let body = "A report from the World Bank shows poverty fell in 2004.";
        assert_eq!(frames_in(body)[0].0, "A report from the World Bank");
        // a person is no document: "found" stays a finding of documents only
        let body = "The owner of the shop found that the door was open.";
        assert!(frames_in(body).is_empty(), "{:?}", frames_in(body));
    }

    /// (source, role) of every frame of `body`.
    fn sources_and_roles(body: &str) -> Vec<(String, Option<String>)> {
        each_frame(body, |doc, f| {
            (words(doc, f.source), f.role.map(|r| words(doc, r)))
        })
    }

    #[test]
    fn an_apposition_after_a_verb_of_saying_starts_after_it() {
        let body = "Nova said the Minister of Regional and Industrial Expansion, Michel Cote, \
                    ruled that the purchase would not change control.";
        let all = frames_in(body);
        let ruled = all.iter().find(|f| f.1 == "ruled").expect("ruled");
        assert_eq!(ruled.0, "Michel Cote");
    }

    #[test]
    fn said_then_a_noun_phrase_is_inverted() {
        // Reuters, 2015
        let body = "“It is a very difficult situation,” said a senior European diplomat.";
        let all = frames_in(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].0, "a senior European diplomat");
        assert_eq!(all[0].2, "It is a very difficult situation");
    }

    #[test]
    fn an_academic_after_the_cue_is_an_inverted_source() {
        let body = "Cities must plan for floods and should act now, says a top academic.";
        let all = frames_in(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].0, "a top academic");
    }

    #[test]
    fn an_inverted_source_keeps_its_role() {
        let body = "“It is a loan,” said Kathryn Waters, a curator of the show.";
        assert_eq!(
            sources_and_roles(body),
            [(
                "Kathryn Waters".to_string(),
                Some("a curator of the show".to_string())
            )]
        );
    }

    #[test]
    fn of_a_title_and_a_name_between_commas_the_name_is_the_source() {
        let body =
            "Malaysia's Prime Minister, Najib Razak, said the country would take in refugees.";
        assert_eq!(
            sources_and_roles(body),
            [(
                "Najib Razak".to_string(),
                Some("Malaysia's Prime Minister".to_string())
            )]
        );
    }

    #[test]
    fn an_apposed_name_after_a_subordinator_is_the_source() {
        let body = "The army is worried after one of its senior officers, Ahmed Rashid Khan, \
                    admitted selling weapons.";
        assert_eq!(
            sources_and_roles(body),
            [(
                "Ahmed Rashid Khan".to_string(),
                Some("one of its senior officers".to_string())
            )]
        );
    }

    #[test]
    fn a_short_noun_phrase_with_a_subordinator_stays_whole() {
        let body = "Traders who act as brokers, however, maintain that the rule is unfair.";
        assert_eq!(
            sources_and_roles(body)[0].0,
            "Traders who act as brokers".to_string()
        );
        let body =
            "The strategist, who works for one of the party's top presidential hopefuls and \
                    asked not to be identified, said the report was a blow.";
        let said = super::super::testing::with_cue(body, "said").expect("said");
        assert_eq!(said.0, "The strategist");
        let body = "Ferrox, which is owned by Anna Berg, a Swiss banker, also said it would bid.";
        assert!(sources_and_roles(body)
            .iter()
            .all(|(s, _)| !s.starts_with("which")));
    }

    #[test]
    fn a_long_relative_clause_between_commas_keeps_the_name_before_it() {
        let body = "US district judge Anna Berg, who blocked the merger in May to protect \
                    consumers from higher prices, has said she will rule soon.";
        assert_eq!(
            sources_and_roles(body),
            [("US district judge Anna Berg".to_string(), None)]
        );
    }

    #[test]
    fn a_participle_between_commas_is_no_role() {
        let body = "The minister, speaking at a news conference in Paris, said talks would resume.";
        assert_eq!(
            sources_and_roles(body),
            [("The minister".to_string(), None)]
        );
    }

    #[test]
    fn a_participle_takes_the_subject_of_its_clause() {
        // Reuters, 2015
        let body = "Officials expressed hope for a deal, cautioning that talks could fail.";
        let all = frames_in(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(
            (all[0].0.as_str(), all[0].1.as_str()),
            ("Officials", "cautioning")
        );
    }

    #[test]
    fn a_finding_needs_a_document_or_people() {
        let body = "The survey shows prices rose. The weather shows no sign of change.";
        let all = frames_in(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].0, "The survey");
    }
}
