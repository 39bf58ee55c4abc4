//! A frame around a cue verb ("said", "told", "cautioning"): is the cue
//! active, which words before it can name the source ([`source_words`]), which
//! source it takes ([`pick_source`]), and what it attributes ([`content_of`]).

use super::content::content_of;
use super::nominal::known_source;
use super::pick_source::pick_source;
use super::source_words::source_words;
use super::Frame;
use crate::doc::{Doc, Mark};
use crate::lexicon::{self, cues, cues::CueKind};

mod objects;

use objects::*;
pub(crate) use objects::{bare_verb_clause, noun_phrase_object};

/// A frame around the cue verb at token `i`.
///
/// `last_saying` is the last verb of saying before the cue (`nominal::is_verb_of_saying`).
pub(super) fn verb_frame(
    doc: &Doc,
    i: usize,
    kind: CueKind,
    frames: &[Frame],
    last_saying: Option<usize>,
) -> Option<Frame> {
    let (lo, hi) = doc.sentence_range(i);
    let participle = cues::is_participle(doc.word(i));
    // "an analyst who asked not to be named": a wish for anonymity, no report
    if super::nominal::asks_anonymity(doc, i) || !active_cue(doc, i, participle) {
        return None;
    }
    if participle && adjunct_before_main_verb(doc, i, hi) {
        return None; // "Ann Lee, reporting from Moscow, said …"
    }
    // "offered to repay", not "offer to 42 dlrs a share"
    let verb_after_to =
        before_infinitive(doc, i) && doc.word(i + 2).starts_with(char::is_lowercase);
    if cues::INFINITIVE_ONLY.contains(&doc.word(i)) && !verb_after_to {
        return None;
    }
    let no_report =
        super::no_report::agrees_with_object(doc, i, hi) || super::no_report::after_without(doc, i);
    if no_report {
        return None; // "agreed with Dr Fox's view", "without admitting or denying"
    }
    // The free words between the clause boundary and the cue.
    let mut j = over_legal_form(doc, over_acronym(doc, doc.free_run_start(i, lo), lo), i, lo);
    // "He said prices rose and added that …": a cue coordinated with the verb of
    // saying before it shares its subject; "and" is the clause boundary
    if coordinated_with(doc, i, last_saying.filter(|&k| j <= k)) {
        j = i - 1;
    }
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
    let mut picked = match participle_after_content(doc, &cue, embedded, frames) {
        Some(picked) => picked,
        None => source_before_or_after(doc, &cue, embedded, frames)?,
    };
    // "was asked if he would say yes": a question, no report
    if !picked.inverted && super::no_report::in_question(doc, picked.source.0) {
        return None;
    }
    // "Ongpin said revenue would come from tax measures announced last year": a
    // participle right after a noun inside what another says modifies that noun
    let after_noun = i > 0
        && doc.word(i).ends_with("ed")
        && doc.free_word(i - 1)
        && !doc.is_cap(i - 1)
        && !doc.is(i - 1, &lexicon::BETWEEN)
        && !super::content::COORDINATORS.contains(&doc.word(i - 1))
        && !super::nominal::is_pronoun(doc, i - 1);
    if after_noun && embedded.is_some_and(|k| !picked.inverted && picked.source.1 <= k) {
        return None;
    }
    // "He said the rule was open to debate but he said …": a subject right after a
    // coordinator opens a clause of its own, which ends the content of the cue that
    // embeds this one (`cut_at_next_clause`)
    let s = picked.source.0;
    if embedded.is_some()
        && s > picked.clause_start
        && doc.free_word(s - 1)
        && super::content::COORDINATORS.contains(&doc.word(s - 1))
    {
        picked.clause_start = s;
    }
    let particle = cues::WITH_PARTICLE.iter().find(|(w, _)| *w == doc.word(i));
    if particle.is_some_and(|&(_, p)| !doc.is_word(i + 1, p)) {
        return None;
    }
    let (content, content_after, via) = content_of(doc, &cue, &picked)?;
    let via = via
        .or_else(|| {
            (!picked.inverted)
                .then(|| opening_relay(doc, lo, picked.source.0))
                .flatten()
        })
        .or_else(|| seen_by_outlet(doc, picked.source))
        .or_else(|| super::relay::via_phrase(doc, i, hi));
    let content = content_fits_cue(doc, i, particle.map(|&(_, p)| p), content, content_after)?;
    let content = if content_after {
        before_main_clause(doc, lo, picked.source.0, content)
    } else {
        content
    };
    if !content_after && !picked.inverted && object_of_preposition(doc, picked.source.0) {
        return None;
    }
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

/// How many tokens the source may stand after the subordinator that opens the sentence.
const SUBORDINATE_SOURCE_REACH: usize = 12;

/// "Although the minister said the plan was sound, critics remained unconvinced": a
/// frame inside the subordinate clause that opens its sentence (`lo`) says no more than
/// that clause, which ends at the last comma of `content` with a clause of at least
/// three words after it; the main clause is the writer's.
fn before_main_clause(
    doc: &Doc,
    lo: usize,
    source: usize,
    content: claimkit_core::Span,
) -> claimkit_core::Span {
    let opener = (lo..source).find(|&k| doc.free_word(k));
    let opens = opener.is_some_and(|k| {
        let k = if doc.is_word(k, "even") { k + 1 } else { k };
        lexicon::function_words::OPENING_SUBORDINATORS
            .iter()
            .any(|w| doc.is_word(k, w))
            && source <= k + SUBORDINATE_SOURCE_REACH
            && (k + 1..source).all(|t| doc.free_word(t))
    });
    if !opens {
        return content;
    }
    let (first, last) = doc.tokens_of(content);
    let comma = (first + 1..last)
        .rev()
        .find(|&k| doc.kind(k) == Some(crate::tokens::Kind::Comma) && doc.toks[k].quote.is_none());
    // the main clause opens with its subject, not a verb ("…, no matter if bank or
    // broker, should be regulated" goes on with the subordinate clause's own verb)
    let subject_after = |c: usize| {
        doc.free_word(c + 1)
            && !doc.is(c + 1, &lexicon::AUXILIARY)
            && !doc.is(c + 1, &lexicon::BE)
            && !doc.word(c + 1).ends_with("ed")
            && !doc.word(c + 1).ends_with("ing")
    };
    match comma {
        Some(c) if subject_after(c) && (c + 1..last).filter(|&k| doc.free_word(k)).count() >= 3 => {
            claimkit_core::Span::new(content.start, doc.toks[c - 1].span.end)
        }
        _ => content,
    }
}

/// "Documents seen by Reuters showed …": a document source (tokens `s..e`) whose
/// post-modifier is a participle of [`lexicon::documents::SEEN_BY_OUTLET`], "by" and
/// an outlet, or a source of people asked by one ("economists polled by Reuters",
/// [`cues::ASKED_PARTICIPLES`]); the outlet's tokens.
fn seen_by_outlet(doc: &Doc, (s, e): (usize, usize)) -> Option<(usize, usize)> {
    let k = (s + 1..e.saturating_sub(2)).find(|&k| {
        let seen = doc.is(k - 1, &lexicon::DOCUMENT)
            && lexicon::documents::SEEN_BY_OUTLET.contains(&doc.word(k));
        // "economists polled by Reuters", "voters surveyed by the Herald"
        let asked = cues::ASKED_PARTICIPLES.contains(&doc.word(k));
        doc.free_word(k) && (seen || asked) && doc.is_word(k + 1, "by")
    })?;
    // the outlet's own words only ("polled by Reuters on average")
    let ne = doc.np_forward(k + 2, e);
    (ne > k + 2 && super::relay::is_media(doc, k + 2, ne)).then_some((k + 2, ne))
}

/// The cue at `i` follows "and" and a clause that the verb of saying at `saying`
/// reports ("said prices rose and added that …"), and opens a clause of its own
/// ("that", a quotation or a colon after it).
fn coordinated_with(doc: &Doc, i: usize, saying: Option<usize>) -> bool {
    // "and pointed out that …": after the cue's particle
    let particle = cues::WITH_PARTICLE
        .iter()
        .any(|&(w, p)| w == doc.word(i) && doc.is_word(i + 1, p));
    let i = if particle { i + 1 } else { i };
    let opens = doc.is_word(i + 1, "that")
        || matches!(
            doc.kind(i + 1),
            Some(crate::tokens::Kind::Open | crate::tokens::Kind::Colon)
        );
    let cue = if particle { i - 1 } else { i };
    saying.is_some_and(|k| k + 2 < cue) && cue > 0 && doc.is_word(cue - 1, "and") && opens
}

/// "…, rather than the 210 tonnes announced, …": words right after a preposition
/// are its object, no subject, and a participle after them ("announced",
/// "reported") with no clause of its own after it modifies them: no frame.
fn object_of_preposition(doc: &Doc, source_start: usize) -> bool {
    source_start > 0
        && doc.is(source_start - 1, &lexicon::PREPOSITION)
        && !doc.is_word(source_start - 1, "according")
}

/// A word written wholly in a script other than the Latin one (Cyrillic, CJK,
/// Arabic …): its part of speech is not known here.
pub(super) fn non_latin(w: &str) -> bool {
    let latin = |c: char| c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c);
    w.chars().any(char::is_alphabetic) && !w.chars().any(|c| c.is_alphabetic() && latin(c))
}

/// "Экономика растёт said the minister.": two or more words in another script right
/// before the cue, with a noun phrase after it (a determiner or a capitalised word,
/// no "that"), are what the speaker after the cue said, never the speaker.
fn non_latin_before_inverted(doc: &Doc, cue: &CueAt, (a, b): (usize, usize)) -> bool {
    let after = cue.i + 1;
    let noun_phrase_after = after < cue.hi
        && doc.free_word(after)
        && (doc.is(after, &lexicon::OBJECT_OPENER) || doc.is_cap(after))
        && !non_latin(doc.word(after));
    b >= a + 2 && b == cue.i && noun_phrase_after && (a..b).all(|k| non_latin(doc.word(k)))
}

/// The source of the cue from the words before it ([`source_words`], an
/// embedded cue's own subject) or as [`pick_source`] finds it elsewhere.
fn source_before_or_after(
    doc: &Doc,
    cue: &CueAt,
    embedded: Option<usize>,
    frames: &[Frame],
) -> Option<Picked> {
    let mut words = source_words(doc, cue, embedded)?;
    if non_latin_before_inverted(doc, cue, words) {
        return None;
    }
    // "कर Figures showed …": words in another script before the Latin words next to the
    // cue are no part of their name
    // (an ASCII word, most of them, is Latin: read no further)
    let other_script = |k: usize| !doc.word(k).is_ascii() && non_latin(doc.word(k));
    if let Some(k) = (words.0..words.1).rev().find(|&k| other_script(k)) {
        if k + 1 < words.1 && !non_latin(doc.word(k + 1)) {
            words.0 = k + 1;
        }
    }
    // "a stream of information suggesting …": a participle after a noun in a
    // prepositional phrase modifies that noun; "with analysts saying" speaks.
    if cue.participle && words.0 < words.1 && doc.is(words.0, &lexicon::PREPOSITION) {
        if !doc.is_word(words.0, "with") {
            return None;
        }
        words.0 += 1;
    }
    let picked = pick_source(doc, cue, words, frames)?;
    // "X said (that) Y believe …": the embedded cue needs a known source
    if embedded.is_some() && !known_source(doc, picked.source.0, picked.source.1) {
        return None;
    }
    Some(picked)
}

/// "He insisted there was no plan saying: “…”": a participle cue glued to
/// the content of the frame before it in the sentence, with no comma between,
/// and opening its own content with a colon, a quotation or "that", speaks
/// for that frame's source; the earlier content ends before it.
fn participle_after_content(
    doc: &Doc,
    cue: &CueAt,
    embedded: Option<usize>,
    frames: &[Frame],
) -> Option<Picked> {
    let i = cue.i;
    let opens_content = matches!(
        doc.kind(i + 1),
        Some(crate::tokens::Kind::Colon | crate::tokens::Kind::Open)
    ) || doc.is_word(i + 1, "that");
    if !cue.participle || !opens_content || i == 0 || !doc.free_word(i - 1) {
        return None;
    }
    let prev = frames.last().filter(|f| {
        f.sentence.0 == cue.lo && Some(f.cue.0) == embedded && f.content_after && !f.credit
    })?;
    Some(Picked {
        source: prev.source,
        role: prev.role,
        clause_start: i,
        inverted: false,
    })
}

/// The content as the cue word `i` wants it, or `None` when the cue's own
/// demands are not met: a particle cue ("pointed out") needs "that" after its
/// particle, which it takes; some cues need a clause, some stand only after a
/// quotation ("“…,” he continued.").
fn content_fits_cue(
    doc: &Doc,
    i: usize,
    particle: Option<&str>,
    content: claimkit_core::Span,
    content_after: bool,
) -> Option<claimkit_core::Span> {
    let mut content = content;
    if let Some(p) = particle {
        // "pointed out that …": the particle belongs to the cue
        let rest = content.text(doc.text);
        let after = rest.strip_prefix(p).unwrap_or(rest).trim_start();
        content = claimkit_core::Span::new(content.end - after.len(), content.end);
        // "pointed out the plan was dead" is a clause too; "pointed out the features"
        // an object
        let clause = finite_clause(doc, content);
        if !content_after || !(after.starts_with("that ") || clause) {
            return None;
        }
    }
    // "severely stressed cattle": an adjective or a verb of another sense
    if i > 0 && doc.free_word(i - 1) && cues::DEGREE_BEFORE_PARTICIPLE.contains(&doc.word(i - 1)) {
        return None;
    }
    // "reported third quarter income of 40 mln dlrs": results, not a report
    if content_after && cues::REPORTS_RESULTS.contains(&doc.word(i)) && results_object(doc, content)
    {
        return None;
    }
    // "announced its results", "declared a dividend": an act, not a report
    let act = doc.is(i, &lexicon::ACT_OR_REPORT_CUE) && !before_infinitive(doc, i);
    // "added 5 people, including a child, were hurt": after "add" a verb past the
    // object's comma still makes a clause
    let add = cues::ADD.contains(&doc.word(i));
    if act && content_after && act_object(doc, content) && !(add && aux_or_be_in(doc, content)) {
        return None;
    }
    // "demanded that …", "demanded all departments make …"; not "demanded an
    // end to the war"
    let clause = |content: claimkit_core::Span| {
        if cues::SUBJUNCTIVE.contains(&doc.word(i)) {
            content.text(doc.text).starts_with("that ")
                || after_that(doc, content)
                || bare_verb_clause(doc, content)
        } else {
            // "urged voters, “Look what I have delivered”": a quotation is speech
            let first = doc.first_token(content);
            let quoted = first > 0
                && doc.kind(first - 1) == Some(crate::tokens::Kind::Open)
                && !lexicon::NOUN_LIKE_CUE.has(doc.word(i));
            // "expects 16.6 million vehicles will be sold": a clause without "that"
            quoted
                || holds_clause(doc, content)
                || (cues::FINITE_WITHOUT_THAT.contains(&doc.word(i))
                    && !doc.is_word(i + 1, "out")
                    && early_finite_verb(doc, content))
        }
    };
    // "urged voters, “Look what I have delivered”": the addressee, then a quotation
    if content_after && cues::NEEDS_CLAUSE.contains(&doc.word(i)) {
        let first = doc.first_token(content);
        let mark = (first..first + 4).find(|&k| !doc.free_word(k));
        let quoted = mark.filter(|&m| {
            m > first
                && matches!(
                    doc.kind(m),
                    Some(crate::tokens::Kind::Comma | crate::tokens::Kind::Colon)
                )
                && doc.kind(m + 1) == Some(crate::tokens::Kind::Open)
        });
        let open = quoted.map(|m| doc.toks[m + 1].span.start);
        // (the quotations are in order of their opening marks: found by a binary search)
        let quote = open.and_then(|at| {
            let n = doc.quotes.partition_point(|q| q.open < at);
            doc.quotes.get(n).filter(|q| q.open == at)
        });
        if let Some(q) = quote {
            let quote = super::content::trim_content(doc.text, q.inner);
            if !quote.is_empty() && quote.end <= content.end {
                return Some(quote);
            }
        }
    }
    // "challenged the government, which controls the port, to match his offer"; not
    // "challenged the claim that …"
    if cues::ADDRESSEE_INFINITIVE_ONLY.contains(&doc.word(i)) {
        let (first, last) = doc.tokens_of(content);
        let reach = last.min(first + ADDRESSEE_REACH);
        if !content_after || !(first..reach).any(|k| k + 1 < last && before_infinitive_verb(doc, k))
        {
            return None;
        }
    }
    // "…, the judges have ruled.": the clause before a cue that ends the sentence
    let clause_before = !content_after
        && cues::CLAUSE_BEFORE.contains(&doc.word(i))
        && matches!(doc.kind(i + 1), None | Some(crate::tokens::Kind::Stop));
    if cues::NEEDS_CLAUSE.contains(&doc.word(i))
        && !(content_after && clause(content))
        && !clause_before
    {
        return None;
    }
    // "lamented that jobs were lost", "retorted: “…”"; not "lamented the loss of jobs"
    if content_after && cues::THAT_OR_QUOTE.contains(&doc.word(i)) {
        let first = doc.first_token(content);
        let opened = first > 0
            && matches!(
                doc.kind(first - 1),
                Some(crate::tokens::Kind::Open | crate::tokens::Kind::Colon)
            );
        let that = content.text(doc.text).starts_with("that ") || after_that(doc, content);
        if !(opened || that || doc.in_quote(content)) {
            return None;
        }
    }
    let after_quote_only = cues::AFTER_QUOTE_ONLY.contains(&doc.word(i));
    // "“…,” he continued." ends its sentence; "… and continued as a passion" is no cue
    let ends_clause = doc.kind(i + 1) != Some(crate::tokens::Kind::Word);
    if after_quote_only && (content_after || !ends_clause || !doc.in_quote(content)) {
        return None;
    }
    Some(content)
}

/// How many tokens an opening phrase that names a relaying outlet may have
/// ("In an interview with the Financial Times published on Sunday,"); a longer
/// stretch before the source is no such phrase, and is not read again for
/// every frame of a long sentence.
const OPENING_REACH: usize = 32;

/// "In an interview with Le Monde, the minister said …", "Speaking on state
/// television, he said …": an opening phrase before the source, ended by a
/// comma, that names an outlet relays the words.
fn opening_relay(doc: &Doc, lo: usize, source: usize) -> Option<(usize, usize)> {
    let comma = source
        .checked_sub(1)
        .filter(|&c| c > lo && c - lo <= OPENING_REACH)?;
    if doc.kind(comma) != Some(crate::tokens::Kind::Comma) {
        return None;
    }
    super::relay::relay(doc, lo, comma)
}

/// "X, president of Acme Tools, Inc said": a company's legal form alone after a comma
/// (`j..i` the free words before the cue at `i`) ends the name before the comma, which
/// is no clause boundary: the free words before that comma, or `j`.
fn over_legal_form(doc: &Doc, j: usize, i: usize, lo: usize) -> usize {
    let legal_form = i == j + 1
        && doc.is_cap(j)
        && doc.is(j, &lexicon::CORPORATE_ENDING)
        && j >= lo + 2
        && doc.kind(j - 1) == Some(crate::tokens::Kind::Comma)
        && doc.free_word(j - 2)
        && doc.is_cap(j - 2);
    if legal_form {
        doc.free_run_start(j - 1, lo)
    } else {
        j
    }
}

/// "Past Congressional Budget Office (CBO) forecasts said": an acronym in
/// brackets after a capitalised name is part of the words before the cue, so
/// the free words start before the name. `j` is where they start without it.
fn over_acronym(doc: &Doc, j: usize, lo: usize) -> usize {
    let bracket = |k: usize, mark: &str| {
        doc.kind(k) == Some(crate::tokens::Kind::Bracket) && doc.word(k) == mark
    };
    let acronym = |k: usize| {
        doc.free_word(k)
            && doc
                .word(k)
                .chars()
                .all(|c| c.is_ascii_uppercase() || c == '.')
    };
    if j >= lo + 4 && bracket(j - 1, ")") && acronym(j - 2) && bracket(j - 3, "(") {
        if doc.free_word(j - 4) && doc.is_cap(j - 4) {
            return doc.free_run_start(j - 3, lo);
        }
    }
    // "Ilhan Omar (D-Minn.) said": a party and state in brackets after the name
    if j >= lo + 3 && bracket(j - 1, ")") {
        let open = (j.saturating_sub(5).max(lo)..j - 1)
            .rev()
            .find(|&k| bracket(k, "("));
        if let Some(o) = open.filter(|&o| o > lo && o + 1 < j - 1) {
            let tag = super::pick_source::party_and_state(doc, (o + 1, j - 1));
            if tag && doc.free_word(o - 1) && doc.is_cap(o - 1) {
                return doc.free_run_start(o, lo);
            }
        }
    }
    j
}

/// The content opens with "that" or a clause, or holds an infinitive ("the
/// economy to grow"): "to" before a word that opens no noun phrase.
pub(super) fn holds_clause(doc: &Doc, content: claimkit_core::Span) -> bool {
    let (first, last) = doc.tokens_of(content);
    if doc.is_word(first, "that") || doc.is_word(first, "there") || after_that(doc, content) {
        return true;
    }
    // "criticised the fact that …"
    if (first..last.min(first + 4)).any(|k| doc.is_word(k, "that")) {
        return true;
    }
    // "criticised the bank for hiding losses"; a long content is looked up in marks
    // found once per document, since it can run to the end of a long sentence at every
    // cue in it
    if last.saturating_sub(first) <= crate::doc::SHORT_RUN {
        return (first..last).any(|k| before_gerund(doc, k))
            || (first..last).any(|k| k + 1 < last && before_infinitive_verb(doc, k));
    }
    if doc.first_mark(Mark::Gerund, first, |k| before_gerund(doc, k)) < last {
        return true;
    }
    doc.first_mark(Mark::Infinitive, first, |k| before_infinitive_verb(doc, k)) + 1 < last
}

/// "ruled on Monday that the banks …": the content opens right after a "that"
/// that an adjunct after the cue kept out of it.
fn after_that(doc: &Doc, content: claimkit_core::Span) -> bool {
    let first = doc.first_token(content);
    first > 0 && doc.is_word(first - 1, "that")
}

/// The words of `content` hold a form of "be" or an auxiliary before any relative
/// pronoun ("the plan was dead", "the bank will cut rates"), not a noun phrase alone
/// ("the features", "the features that were new").
fn finite_clause(doc: &Doc, content: claimkit_core::Span) -> bool {
    let (first, last) = doc.tokens_of(content);
    // "the features that were new": the verb of a relative clause is no clause's
    (first..last)
        .take_while(|&k| !doc.is(k, &lexicon::RELATIVE))
        .any(|k| doc.is(k, &lexicon::BE) || doc.is(k, &lexicon::AUXILIARY))
}

/// How many words into a clause without "that" its verb must come ("16.6 million
/// vehicles will be sold").
const FINITE_REACH: usize = 8;

/// `content` opens with a clause without "that": a form of "be" or an auxiliary among
/// its first [`FINITE_REACH`] words, with no comma, coordinator, relative pronoun or
/// subordinator before it ("expects for 2005 a slight fall and forecasts exports will
/// fall", "ruled the rucks for a decade and was integral", "ruled France until he was
/// exiled" are objects).
fn early_finite_verb(doc: &Doc, content: claimkit_core::Span) -> bool {
    let (first, last) = doc.tokens_of(content);
    (first..last.min(first + FINITE_REACH))
        .take_while(|&k| {
            doc.free_word(k)
                && !doc.is(k, &lexicon::RELATIVE)
                && !super::content::COORDINATORS.contains(&doc.word(k))
                && !lexicon::function_words::OPENING_SUBORDINATORS
                    .iter()
                    .any(|w| doc.is_word(k, w))
                && !["until", "as"].iter().any(|w| doc.is_word(k, w))
        })
        .any(|k| doc.is(k, &lexicon::BE) || doc.is(k, &lexicon::AUXILIARY))
}

/// "for" or "of" before a gerund ("for hiding").
fn before_gerund(doc: &Doc, k: usize) -> bool {
    (doc.is_word(k, "for") || doc.is_word(k, "of"))
        && doc.free_word(k + 1)
        && doc.word(k + 1).ends_with("ing")
}

/// "to" before a word that opens no noun phrase ("to grow").
fn before_infinitive_verb(doc: &Doc, k: usize) -> bool {
    // "requested donations in order to help …", "so as to": a purpose, no content
    let purpose = k >= 2
        && ((doc.is_word(k - 2, "in") && doc.is_word(k - 1, "order"))
            || (doc.is_word(k - 2, "so") && doc.is_word(k - 1, "as")));
    doc.is_word(k, "to")
        && !purpose
        && doc.free_word(k + 1)
        && !doc.is(k + 1, &lexicon::NOT_LAST)
        && !doc.is(k + 1, &lexicon::NOT_BEFORE_CUE)
        && !doc
            .word(k + 1)
            .starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase())
}

/// How many tokens an addressee (with a relative clause set off by commas) may take
/// before the infinitive of [`cues::ADDRESSEE_INFINITIVE_ONLY`] cues.
const ADDRESSEE_REACH: usize = 16;

/// How many words a participle's phrase set off by commas may have ("reporting from
/// Moscow").
const ADJUNCT_PHRASE_REACH: usize = 8;

/// "Ann Lee, reporting from Moscow, said the mood was tense": a participle right after a
/// comma whose phrase, with no "that", quotation or colon, ends at a comma before a verb
/// of saying is an adjunct of the subject, not a cue of its own.
fn adjunct_before_main_verb(doc: &Doc, i: usize, hi: usize) -> bool {
    use crate::tokens::Kind;
    if i == 0 || doc.kind(i - 1) != Some(Kind::Comma) {
        return false;
    }
    let end = hi.min(i + 1 + ADJUNCT_PHRASE_REACH);
    let comma = (i + 1..end)
        .take_while(|&k| doc.free_word(k) || doc.kind(k) == Some(Kind::Comma))
        .find(|&k| doc.kind(k) == Some(Kind::Comma));
    comma.is_some_and(|c| {
        !(i + 1..c).any(|k| doc.is_word(k, "that")) && super::nominal::is_verb_of_saying(doc, c + 1)
    })
}

/// A cue verb and where it stands in its sentence.
pub(super) struct CueAt {
    /// The cue token.
    pub(super) i: usize,
    pub(super) kind: CueKind,
    /// "cautioning that …".
    pub(super) participle: bool,
    /// The sentence's token range.
    pub(super) lo: usize,
    pub(super) hi: usize,
    /// Where the free words before the cue start.
    pub(super) j: usize,
    /// The clause boundary before those words, if any.
    pub(super) boundary: Option<usize>,
}

/// The source a frame settled on.
pub(super) struct Picked {
    pub(super) source: (usize, usize),
    pub(super) role: Option<(usize, usize)>,
    pub(super) clause_start: usize,
    /// "…, said X": the content comes before the cue.
    pub(super) inverted: bool,
}

/// False for a cue used in the passive ("was told to", "is said to be", "was
/// hauled in and told that"), with an agent ("told by") or before an
/// infinitive ("said to be").
fn active_cue(doc: &Doc, i: usize, participle: bool) -> bool {
    // adverbs between "be" and the participle: "was openly told", "was also denied"
    let adverb = |k: usize| {
        doc.word(k).ends_with("ly")
            || (doc.is(k, &lexicon::BETWEEN) && !doc.is(k, &lexicon::AUXILIARY))
    };
    let mut before = i;
    while before > 0 && doc.free_word(before - 1) && adverb(before - 1) {
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
    // "said to be" is passive; "vowed to appeal" is a commissive with its content
    let to_verb = before_infinitive(doc, i) && !cues::TAKES_INFINITIVE.contains(&doc.word(i));
    !(doc.is_word(i + 1, "by") || agent_after_time(doc, i) || to_verb)
}

/// A participle at `i` with its agent after a phrase of time is passive: "unions
/// attacked the cuts announced last week by the finance minister", "the move announced
/// on Monday by the State Department", "the plan unveiled Tuesday by the mayor".
fn agent_after_time(doc: &Doc, i: usize) -> bool {
    let after = if doc.is(i + 1, &lexicon::CALENDAR) {
        Some(i + 2)
    } else {
        super::pick_source::time_phrase_end(doc, i + 1, doc.toks.len())
    };
    after.is_some_and(|k| doc.is_word(k, "by"))
}

/// The cue at `i` stands before "to" and a verb ("said to be", "vowed to appeal"),
/// not a hearer ("said to reporters") or their response ("said to cheers").
pub(super) fn before_infinitive(doc: &Doc, i: usize) -> bool {
    doc.is_word(i + 1, "to")
        && doc.free_word(i + 2)
        && !doc.is_cap(i + 2)
        && !doc.is(i + 2, &lexicon::FILLER)
        && !hearers(doc.word(i + 2))
}

/// A plural noun for people ending in "s" ("reporters"; "police" may be a verb) or
/// a hearer's response ([`cues::RESPONSES`]).
fn hearers(w: &str) -> bool {
    (w.ends_with('s') && lexicon::PERSON_MANY.has(w)) || cues::RESPONSES.contains(&w)
}

#[cfg(test)]
mod tests {
    #[test]
    fn asking_not_to_be_named_is_no_report() {
        let body = "An aide who asked not to be named said the plan was dead.";
        assert_eq!(super::super::testing::cues_in(body), ["said"]);
    }

    #[test]
    fn a_passive_with_an_adverb_before_the_participle_is_no_cue() {
        let found = |body: &str| super::super::testing::cues_in(body);
        assert!(found("The runner was also denied a medal in the relay.").is_empty());
        assert!(found("The staff were not told of the closure.").is_empty());
        // "certain" before a noun-like cue form makes it a noun
        assert!(found("Depreciation rose for fixed assets of certain state firms.").is_empty());
        assert_eq!(
            found("The minister also denied that talks had failed."),
            ["denied"]
        );
    }

    #[test]
    fn an_act_with_a_noun_phrase_object_reports_nothing() {
        let found = |body: &str| super::super::testing::cues_in(body);
        assert!(
            found("The studio announced the next game in the series, with a new team.").is_empty()
        );
        assert!(found("The envoy pledged his support for the new government.").is_empty());
        assert!(found("Its board declared a special dividend of two cents a share.").is_empty());
        assert_eq!(
            found("The studio announced the next game would ship in May."),
            ["announced"]
        );
        assert_eq!(
            found("The ministry announced the troops left the town."),
            ["announced"]
        );
        assert_eq!(
            found("The club announced the team faces relegation."),
            ["announced"]
        );
        assert_eq!(
            found("The firm announced that it would cut jobs."),
            ["announced"]
        );
    }

    #[test]
    fn pointed_is_a_cue_only_with_out() {
        use super::super::testing::frames_in;
        let all = frames_in("But officials pointed out that industrial growth had slowed.");
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].2, "that industrial growth had slowed.");
        let all = frames_in("He pointed to plans to invest $10bn in schools.");
        assert!(all.is_empty(), "{all:?}");
        let all = frames_in("In her remarks, Waters pointed out those features to guests.");
        assert!(all.is_empty(), "{all:?}");
    }

    #[test]
    fn expect_and_urge_take_a_clause_not_an_object() {
        use super::super::testing::frames_in;
        let all = frames_in("INSEE expects the economy to grow by 2.4% this year.");
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].2, "the economy to grow by 2.4% this year.");
        let all = frames_in("The city expects about 6 million visitors according to the website.");
        assert!(all.iter().all(|f| f.1 != "expects"), "{all:?}");
        let all = frames_in("Britain urged other donors to contribute.");
        assert_eq!(all.len(), 1, "{all:?}");
    }

    #[test]
    fn a_commissive_takes_an_infinitive_with_its_own_subject() {
        let all = frames_in("The airline has offered to refund every passenger.");
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].2, "to refund every passenger.");
        let all = frames_in("The union vowed to fight the closure in court.");
        assert_eq!(all.len(), 1, "{all:?}");
        let all = frames_in("The airline offered a discount to every passenger.");
        assert!(all.is_empty(), "{all:?}");
        let all = frames_in("The deal is said to be worth $2 billion.");
        assert!(all.is_empty(), "{all:?}");
    }

    #[test]
    fn an_opening_interview_with_an_outlet_relays_the_words() {
        use super::super::testing::{each_frame, words};
        let body = "In an interview with Le Monde, the minister said the tax would go.";
        let relays = each_frame(body, |doc, f| f.via.map(|v| words(doc, v)));
        assert_eq!(relays, [Some("Le Monde".to_string())]);
        let body = "In a speech in Leeds, the minister said the tax would go.";
        let relays = each_frame(body, |doc, f| f.via.map(|v| words(doc, v)));
        assert_eq!(relays, [None]);
    }

    #[test]
    fn a_participle_after_a_prepositional_phrase_is_no_cue() {
        let body = "She said there was a steady stream of data suggesting prices would rise.";
        assert_eq!(cues_in(body), ["said"]);
        let body = "Prices fell, with analysts saying the slide would continue.";
        let all = frames_in(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].1, "saying");
        let body = "Prices fell, with most analysts saying the slide would continue.";
        let all = frames_in(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].0, "most analysts");
    }

    #[test]
    fn criticise_takes_a_gerund_or_a_that_clause_not_an_object() {
        let all = frames_in("The minister criticised the bank for hiding its losses.");
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].2, "the bank for hiding its losses.");
        let all = frames_in("The bishop criticised the fact that aid had been cut.");
        assert_eq!(all.len(), 1, "{all:?}");
        let all = frames_in("The minister criticised the plan.");
        assert!(all.is_empty(), "{all:?}");
    }

    #[test]
    fn a_bracketed_acronym_stays_in_the_source() {
        let body = "Office for Budget Responsibility (OBR) forecasts said debt would peak.";
        let all = frames_in(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].0, "Office for Budget Responsibility (OBR) forecasts");
    }

    use super::super::testing::{cues_in, frames_in, prepared, token};
    use super::active_cue;
    use crate::doc::Doc;

    /// Whether the cue `word` in `body` is active.
    fn active(body: &str, word: &str) -> bool {
        let (text, sentences) = prepared(body);
        let doc = Doc::new(&text, &sentences);
        let i = token(&doc, word);
        active_cue(&doc, i, crate::lexicon::cues::is_participle(word))
    }

    /// An opening phrase names a relaying outlet only when it is short: a long
    /// stretch before the source ("Smith said, Smith said, …" repeated) is not
    /// read again for every frame, which made a sentence of 100,000 such frames
    /// take minutes.
    #[test]
    fn only_a_short_opening_phrase_relays_the_words() {
        let relayed = |body: &str| {
            let (text, sentences) = prepared(body);
            let doc = Doc::new(&text, &sentences);
            let source = token(&doc, "minister") - 1;
            super::opening_relay(&doc, 0, source).is_some()
        };
        let opening = "In an interview with Euronews";
        let rest = ", the minister said the war would end.";
        assert!(relayed(&format!("{opening}{rest}")));
        // 5 + 2 × 20 tokens before the comma: more than OPENING_REACH
        let long = format!("{opening}{}{rest}", " and more".repeat(20));
        assert!(!relayed(&long));
        let many = "Prices rose 5%, ".to_string() + &"Smith said, ".repeat(20_000) + "on Monday.";
        assert!(!frames_in(&many).is_empty());
    }

    #[test]
    fn a_cue_after_a_form_of_be_is_passive() {
        assert!(!active("He was told to leave the building.", "told"));
        assert!(!active("The deal is said to be worth $2 billion.", "said"));
        assert!(active("He told reporters the deal was done.", "told"));
    }

    #[test]
    fn a_cue_with_an_agent_or_before_an_infinitive_is_passive() {
        assert!(!active(
            "Staff informed by letter on Friday have left.",
            "informed"
        ));
        assert!(!active("Officials said to expect delays.", "said"));
        assert!(active(
            "Officials said to the press that delays were likely.",
            "said"
        ));
    }

    #[test]
    fn told_after_a_passive_and_is_passive() {
        // BBC, 2005
        let body = "I was basically hauled in and told that my mum had attacked the church.";
        assert!(frames_in(body).is_empty(), "{:?}", frames_in(body));
    }

    #[test]
    fn embedded_cue_takes_its_own_subject() {
        // Reuters, 1987
        let body = "Several analysts said that while they believe the Brazilian debt problem \
                    will continue to hang over the banking industry through the quarter, the \
                    initial shock reaction is likely to ease over the coming weeks.";
        let all = frames_in(body);
        let believe = all.iter().find(|f| f.1 == "believe").expect("believe");
        assert_eq!(believe.0, "they");
    }

    #[test]
    fn an_embedded_cue_needs_a_known_source() {
        // "recent tests" is no person, organisation or document.
        let body = "The company said recent tests indicated the drug was safe.";
        assert_eq!(cues_in(body), ["said"]);
    }
}
