//! What comes right after a cue: a clause, a phrase before the clause, a time, or
//! nothing that is a content ("found and rescued her").

use super::*;

/// What follows a cue.
pub(super) enum AfterCue {
    /// The content starts at this token; the adjunct between cue and content.
    Content(usize, Option<(usize, usize)>),
    /// No content after the cue (it is before); the adjunct after the cue.
    Nothing(Option<(usize, usize)>),
}

/// Skip "Wednesday", "in an interview with Euronews", "that", ":" after a cue.
pub(super) fn after_cue(doc: &Doc, k: usize, hi: usize) -> AfterCue {
    if k >= hi {
        return AfterCue::Nothing(None);
    }
    let open_or_that = |m: usize| -> Option<usize> {
        (doc.kind(m) == Some(Kind::Open) || doc.is_word(m, "that")).then_some(m)
    };
    if let Some(t) = time_after_cue(doc, k, hi) {
        if let Some(found) = clause_after_time_or_phrase(doc, k, t, hi) {
            return found;
        }
    }
    // "Officials said Tuesday the bridge would reopen": a bare day before the clause
    if doc.is(k, &lexicon::CALENDAR) {
        let t = k + 1 + usize::from(doc.is(k + 1, &lexicon::TIME_NOUN) && !doc.is_cap(k + 1));
        if let Some(found) = clause_after_time_or_phrase(doc, k, t, hi) {
            return found;
        }
    }
    match doc.kind(k) {
        Some(Kind::Open) => return AfterCue::Content(k, None),
        Some(Kind::Colon) => return AfterCue::Content(k + 1, None),
        Some(Kind::Comma) => {
            if let Some(s) = open_or_that(k + 1) {
                return AfterCue::Content(s, None);
            }
            // "explains, in a satirical fashion, that …", "said, however, that …"
            if doc.free_word(k + 1) {
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
        // "officers found and rescued her": a second verb, no clause
        Some(Kind::Word) if COORDINATORS.iter().any(|c| doc.is_word(k, c)) => {
            return AfterCue::Nothing(None)
        }
        Some(Kind::Word) if existential_there(doc, k) || demonstrative_subject(doc, k) => {
            return AfterCue::Content(k, None)
        }
        // "said at least 5,000 people entered"
        Some(Kind::Word) if bounds_number(doc, k) => return AfterCue::Content(k, None),
        Some(Kind::Word) if doc.is(k, &lexicon::ADJUNCT) || adjunct_preposition(doc, k) => {}
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
            _ => break,
        }
    }
    match clause_after_phrase(doc, k, hi) {
        Some(s) => AfterCue::Content(s, Some((k, s))),
        None => AfterCue::Nothing(Some((k, m))),
    }
}

/// Determiners and possessives that open a noun phrase.
pub(super) const DETERMINERS: &[&str] = &["a", "an", "the", "his", "her", "its", "their"];

/// "said in a statement the directors believed …", "said in Brussels he would
/// resign", "said today the plan had failed", "said earlier it had signed": a short
/// adjunct after the cue (a preposition, perhaps a determiner, and a noun or a name;
/// or a word of time, `cues::TIME_ADVERBS_AFTER_CUE`),
/// with no "that", then a word that opens a clause (a determiner, a personal
/// pronoun, a count, or a capitalised word that is no month or day): where the
/// content starts.
pub(super) fn clause_after_phrase(doc: &Doc, k: usize, hi: usize) -> Option<usize> {
    let mut m = k + 1;
    if doc.is(k, &lexicon::PREPOSITION) {
        if DETERMINERS.iter().any(|d| doc.is_word(m, d)) {
            m += 1;
        }
        if !doc.free_word(m) || doc.is(m, &lexicon::AUXILIARY) || doc.is(m, &lexicon::PREPOSITION) {
            return None;
        }
        m += 1;
        while doc.is_cap(m - 1) && doc.free_word(m) && doc.is_cap(m) {
            m += 1;
        }
    } else if !crate::lexicon::cues::TIME_ADVERBS_AFTER_CUE
        .iter()
        .any(|t| doc.is_word(k, t))
    {
        return None;
    }
    // "said in a statement two people were hurt": a count opens the subject too
    let opens = DETERMINERS.iter().any(|d| doc.is_word(m, d))
        || crate::frames::nominal::is_pronoun(doc, m)
        || (doc.is_count(m) && !doc.is(m, &lexicon::CALENDAR))
        || (doc.free_word(m) && doc.is_cap(m) && !doc.is(m, &lexicon::CALENDAR));
    (m < hi && opens).then_some(m)
}

/// "said last week the tax …", "said earlier this month that …": the token after a
/// phrase of time ([`crate::frames::pick_source::time_phrase_end`], perhaps after "earlier"
/// or "later") that opens at token `k`, right after a cue.
pub(super) fn time_after_cue(doc: &Doc, k: usize, hi: usize) -> Option<usize> {
    let s = if doc.is_word(k, "earlier") || doc.is_word(k, "later") {
        k + 1
    } else {
        k
    };
    crate::frames::pick_source::time_phrase_end(doc, s, hi)
}

/// What follows a phrase of time `k..t` after a cue: "that" or a clause's subject
/// (a determiner, a pronoun, a capitalised word that is no month or day) opens the
/// content; anything else is left to the reading of adjuncts (`None`).
pub(super) fn clause_after_time(doc: &Doc, k: usize, t: usize, hi: usize) -> Option<AfterCue> {
    if doc.is_word(t, "that") {
        return Some(AfterCue::Content(t + 1, Some((k, t))));
    }
    // "Police said Sunday two people were killed": a count opens the subject too
    let count = doc.is_count(t) && !doc.is(t, &lexicon::CALENDAR);
    let opens = DETERMINERS.iter().any(|d| doc.is_word(t, d))
        || crate::frames::nominal::is_pronoun(doc, t)
        || existential_there(doc, t)
        || count
        || (doc.free_word(t) && doc.is_cap(t) && !doc.is(t, &lexicon::CALENDAR));
    (t < hi && opens).then_some(AfterCue::Content(t, Some((k, t))))
}

/// [`clause_after_time`], or after the time a short phrase of place or occasion and
/// then the clause ([`clause_after_phrase`]): "Smith said Wednesday in an interview
/// the plan would cost more", "said last week in Brussels he would resign".
fn clause_after_time_or_phrase(doc: &Doc, k: usize, t: usize, hi: usize) -> Option<AfterCue> {
    clause_after_time(doc, k, t, hi).or_else(|| {
        let s = clause_after_phrase(doc, t, hi).filter(|_| doc.is(t, &lexicon::PREPOSITION))?;
        Some(AfterCue::Content(s, Some((k, s))))
    })
}

/// "this" at token `k` opens a clause as its subject when a verb follows it
/// ("said this reflected lower demand", "said this was unfair"), not a time
/// ("said this week").
pub(super) fn demonstrative_subject(doc: &Doc, k: usize) -> bool {
    let verb = |w: &str| {
        !w.contains(['\'', '’']) && (w.ends_with("ed") || (w.ends_with('s') && !w.ends_with("ss")))
    };
    doc.is_word(k, "this")
        && doc.free_word(k + 1)
        && !doc.is_cap(k + 1)
        && (doc.is(k + 1, &lexicon::AUXILIARY) || verb(doc.word(k + 1)))
}

/// Prepositions that, before a gerund, open what a cue attributes ("warned
/// against raising rates", "accused of hiding losses").
pub(super) const BEFORE_GERUND: &[&str] = &["against", "of", "for"];

/// "said without giving details", "maintained over the affair": a preposition
/// after a cue opens an adjunct, never a clause, unless it stands before a number
/// ("said about 300 lawsuits are pending", "said at least 5,000 people entered") or
/// opens a gerund the cue attributes.
pub(super) fn adjunct_preposition(doc: &Doc, k: usize) -> bool {
    let number = bounds_number(doc, k)
        || (doc.free_word(k + 1) && doc.word(k + 1).starts_with(|c: char| c.is_ascii_digit()));
    let gerund = BEFORE_GERUND.iter().any(|p| doc.is_word(k, p))
        && doc.free_word(k + 1)
        && doc.word(k + 1).ends_with("ing");
    doc.is(k, &lexicon::PREPOSITION) && !number && !gerund
}

/// "at least" or "at most" at token `k`: the bound of a number that opens a clause
/// ("said at least 5,000 people entered"), no adjunct of place; a verb of the clause
/// must follow.
fn bounds_number(doc: &Doc, k: usize) -> bool {
    let verb = |m: usize| {
        doc.is(m, &lexicon::BE)
            || doc.is(m, &lexicon::AUXILIARY)
            || doc.is(m, &lexicon::IRREGULAR_PAST)
            || doc.word(m).ends_with("ed")
    };
    let number = |m: usize| {
        doc.free_word(m)
            && (doc.word(m).starts_with(|c: char| c.is_ascii_digit())
                || crate::lexicon::cues::COUNT_OPENERS
                    .iter()
                    .any(|w| doc.is_word(m, w))
                || ["one", "some", "half", "a", "part"]
                    .iter()
                    .any(|w| doc.is_word(m, w)))
    };
    doc.is_word(k, "at")
        && (doc.is_word(k + 1, "least") || doc.is_word(k + 1, "most"))
        // "at least 5,000 people", not "at least twice" or "at least in public"
        && number(k + 2)
        // a clause's verb follows: "asked at least four countries for help" is an object
        && (k + 3..k + 3 + BOUND_VERB_REACH).take_while(|&m| doc.free_word(m)).any(verb)
}

/// How many words after "at least" and its number the verb of the clause may come.
const BOUND_VERB_REACH: usize = 8;

/// "there" at token `k` opens a clause when a verb follows it ("said there
/// was no treaty", "claimed there would be"), not a place ("said there").
pub(super) fn existential_there(doc: &Doc, k: usize) -> bool {
    doc.is_word(k, "there") && (doc.is(k + 1, &lexicon::BE) || doc.is(k + 1, &lexicon::AUXILIARY))
}
