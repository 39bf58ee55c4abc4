//! What a frame attributes and on which side of the cue it lies: the clause
//! or quotation after the cue ("X said (that) …", "X said: “…”"), or before it
//! ("…, X said", "“…,” X said"), trimmed of clause punctuation and cut where
//! the next frame of the sentence starts.

use super::relay::{is_media, relay};
use super::verb::{CueAt, Picked};
use super::Frame;
use crate::doc::Doc;
use crate::lexicon::{self, cues, cues::CueKind};
use crate::tokens::Kind;
use claimkit_core::Span;

mod after_cue;

use after_cue::*;

/// What the frame attributes, whether it follows the cue, and the outlet
/// that relays it (`via`).
#[allow(clippy::type_complexity)]
pub(super) fn content_of(
    doc: &Doc,
    cue: &CueAt,
    picked: &Picked,
) -> Option<(Span, bool, Option<(usize, usize)>)> {
    let (i, kind, lo, hi, j) = (cue.i, cue.kind, cue.lo, cue.hi, cue.j);
    if picked.inverted {
        let before = content_before(doc, i, lo)?;
        return Some((
            inverted_around(doc, i, picked.source.1, hi, before),
            false,
            None,
        ));
    }
    let mut via = None;
    // "pointed out the plan was dead": the content starts after the particle
    let particle = cues::WITH_PARTICLE
        .iter()
        .any(|&(w, p)| w == doc.word(i) && doc.is_word(i + 1, p));
    let mut k = if particle { i + 2 } else { i + 1 };
    // "stated to LA Weekly that …"; "vowed to appeal" keeps its infinitive
    let infinitive =
        cues::TAKES_INFINITIVE.contains(&doc.word(i)) && super::verb::before_infinitive(doc, i);
    if infinitive {
        return Some((content_after(doc, i + 1, hi)?, true, None));
    }
    // "said to reporters", "called on the minister to resign", "called for the minister
    // to resign"
    let call_on = (doc.is_word(k, "on") && doc.is(i, &lexicon::CALL_ON_CUE))
        || (doc.is_word(k, "for")
            && (doc.is(i, &lexicon::CALL_ON_CUE) || doc.is(i, &lexicon::DEMAND_FOR_CUE)));
    if doc.is_word(k, "to") || call_on {
        k += 1;
        // "said to cheers from the crowd": the hearers' response is no content
        if doc.free_word(k) && cues::RESPONSES.contains(&doc.word(k)) {
            k += 1;
        }
    }
    if kind == CueKind::Tell || k > i + 1 {
        let mut e = doc.np_forward(k, hi);
        let mut occasion = false;
        if kind == CueKind::Tell {
            (e, occasion) = past_occasion(doc, k, e, hi);
        }
        // "told reporters the plan would fail": a determiner after the addressee's
        // noun opens the clause's subject
        if kind == CueKind::Tell {
            e = (k + 1..e)
                .find(|&m| {
                    doc.is(m, &lexicon::OBJECT_OPENER)
                        && !doc.is(m - 1, &lexicon::NOT_LAST)
                        && !doc.is(m - 1, &lexicon::PREPOSITION)
                        && !doc.is(m - 1, &lexicon::OBJECT_OPENER)
                })
                .unwrap_or(e);
        }
        // "told BBC One's Breakfast with Frost programme …": the outlet relays, and its
        // programme is part of the addressee
        let owner = (kind == CueKind::Tell).then(|| outlet_owning_programme(doc, k, e));
        if let Some(Some((outlet_end, programme_end))) = owner {
            via = Some((k, outlet_end));
            e = programme_end;
        } else if e > k && !occasion && is_media(doc, k, e) {
            via = Some((k, e));
        }
        if kind == CueKind::Tell {
            // "told the man to remove the bedding": a directive, the addressee kept
            // with its infinitive as "urged the council to delay the vote" is
            let start = k;
            k = addressee_end(doc, k, e, hi);
            if via.is_none() && k > start && infinitive_at(doc, k) {
                return Some((content_after(doc, start, hi)?, true, None));
            }
            // "told the court, “I am innocent,” and wept": the quotation alone
            if let Some(q) = (doc.kind(k) == Some(Kind::Open))
                .then(|| doc.quote_opening_at(k))
                .flatten()
            {
                let quote = trim_content(doc.text, doc.quotes[q].inner);
                if !quote.is_empty() {
                    return Some((quote, true, via));
                }
            }
        } else {
            k = e.max(k);
        }
    }
    if call_on {
        // the infinitive after the addressee ("to" opens no adjunct here)
        return Some((content_after(doc, k, hi)?, true, None));
    }
    let adjunct = match after_cue(doc, k, hi) {
        AfterCue::Content(start, adjunct) => {
            let first = picked.source.0.min(picked.clause_start);
            if let Some(before) = told_after_clause(doc, kind, start, first, (lo, hi)) {
                return Some((before, false, via));
            }
            let content = content_after(doc, start, hi)?;
            // "“…,” he told a meeting of party leaders", "Brightco reported a loss of
            // $4m": an object, not a clause, and the content lies before the cue, if
            // anywhere ("figures showed a 5% rise" is a finding's small clause)
            if kind == CueKind::Finding || !super::verb::noun_phrase_object(doc, content) {
                via = via.or_else(|| adjunct.and_then(|(s, e)| relay(doc, s, e)));
                return Some((content, true, via));
            }
            return Some((quotation_before(doc, first, lo)?, false, via));
        }
        AfterCue::Nothing(adjunct) => adjunct,
    };
    via = via.or_else(|| adjunct.and_then(|(s, e)| relay(doc, s, e)));
    let as_clause = doc.is_word(j, "as") && j < picked.source.0;
    let comma = doc.comma_in(k, hi);
    match (as_clause, comma) {
        // "As Heald told The Huffington Post, US surface ozone has dropped."; "Ozone,
        // as Heald told the Post, has dropped": the clause around the frame
        (true, Some(c)) => {
            let rest = content_after(doc, c + 1, hi)?;
            let opened = (lo..j).any(|t| doc.free_word(t) && !doc.is(t, &lexicon::OPENER));
            match content_before(doc, j, lo).filter(|_| opened) {
                Some(before) => Some((Span::new(before.start, rest.end), false, via)),
                None => Some((rest, true, via)),
            }
        }
        _ => {
            let first = picked.source.0.min(picked.clause_start);
            let before = content_before(doc, first, lo)?;
            let content = match kind {
                // "…, X told Y Z, Chairman of …": the comma sets off the addressee
                CueKind::Tell => before,
                _ => around_parenthetical(doc, first, k, hi, before),
            };
            Some((content, false, via))
        }
    }
}

/// Words that, after a frame set off by commas, open a relay of its words, not more of
/// the clause (“…, the ministry said, according to TASS.”, “…, Ann said, via USA
/// Today.”, “…, Ann said, per ESPN.”).
const RELAY_AFTER_FRAME: &[&str] = &["according", "via", "per"];

/// How many tokens the clause may run on after a frame set off by commas: a
/// longer tail is no clause the frame sits inside (and is not read at every cue).
const PARENTHETICAL_TAIL: usize = 40;

/// Words that, after a frame set off by commas, open a clause of its own ("…,
/// the bank said, but added that …").
pub(crate) const COORDINATORS: &[&str] = &["and", "but", "or", "so", "yet", "nor"];

/// "Deficits should be allowed to rise above 3%, Mr Schroeder argued, if
/// countries meet several criteria": a frame set off by commas inside the clause
/// it attributes, which goes on after it, attributes the whole sentence
/// (`before` is the part before the frame, which opens at token `first`; `k` is
/// the token after the cue). A quotation before it (“…,” he said, “…”) or a
/// coordinated clause, a cue or "according to" after it (“…, the ministry said,
/// according to TASS.”: the relay, not more of the clause) ends the content before
/// the frame.
fn around_parenthetical(doc: &Doc, first: usize, k: usize, hi: usize, before: Span) -> Span {
    // "While some pay, and “we thank them,” he said, most do not": a quotation that
    // closes a clause opened in the writer's words does not end it
    let opens_quoted = {
        let t = doc.toks.partition_point(|t| t.span.start < before.start);
        t < doc.toks.len() && doc.toks[t].quote.is_some()
    };
    let quoted = opens_quoted
        && first > 0
        && (doc.kind(first - 1) == Some(Kind::Close)
            || (first > 1 && doc.kind(first - 2) == Some(Kind::Close)));
    let goes_on = doc.kind(k) == Some(Kind::Comma)
        && doc.kind(k + 1) == Some(Kind::Word)
        && k + 1 < hi
        && hi - k <= PARENTHETICAL_TAIL
        && !COORDINATORS.iter().any(|c| doc.is_word(k + 1, c))
        && !RELAY_AFTER_FRAME.iter().any(|w| doc.is_word(k + 1, w))
        && cues::cue_kind(doc.word(k + 1)).is_none()
        && !(k + 1..hi).any(|t| super::nominal::is_verb_of_saying(doc, t));
    if quoted || !goes_on {
        return before;
    }
    match content_after(doc, k + 1, hi) {
        Some(rest) => Span::new(before.start, rest.end),
        None => before,
    }
}

/// "At that point, says Dr Lee, games will become films", "The plan, said the
/// minister, would cut costs": an inverted frame set off by commas inside the
/// clause it attributes ([`clause_goes_on`] after the source, which ends at
/// token `e`) attributes the whole sentence; after a quotation (“…,” said X,
/// “…”) it attributes the part before it (`before`).
fn inverted_around(doc: &Doc, i: usize, e: usize, hi: usize, before: Span) -> Span {
    let quoted = i > 0
        && (doc.kind(i - 1) == Some(Kind::Close)
            || (i > 1 && doc.kind(i - 2) == Some(Kind::Close)));
    if quoted || !clause_goes_on(doc, e, hi) {
        return before;
    }
    match content_after(doc, e + 1, hi) {
        Some(rest) => Span::new(before.start, rest.end),
        None => before,
    }
}

/// After the comma at token `e` that closes an inverted frame's source, the
/// clause the frame sits inside goes on ("…, says Dr Lee, games will become
/// films"): the words up to the sentence end hold an auxiliary, a form of "be"
/// or a past form before any relative pronoun or punctuation, and open with no
/// "a" or "an", coordinator or cue (a role: "…, said Ann Lee, a curator who was
/// there"; a clause of its own: "…, said Ann Lee, and she was right").
pub(super) fn clause_goes_on(doc: &Doc, e: usize, hi: usize) -> bool {
    let k = e + 1;
    if doc.kind(e) != Some(Kind::Comma) || k >= hi || hi - k > PARENTHETICAL_TAIL {
        return false;
    }
    let opens_other = ["a", "an"].iter().any(|d| doc.is_word(k, d))
        || COORDINATORS.iter().any(|c| doc.is_word(k, c))
        || cues::cue_kind(doc.word(k)).is_some();
    if opens_other {
        return false;
    }
    for m in k..hi {
        if !doc.free_word(m) || doc.is(m, &lexicon::RELATIVE) {
            return false;
        }
        let verb = doc.is(m, &lexicon::AUXILIARY)
            || doc.is(m, &lexicon::BE)
            || doc.is(m, &lexicon::IRREGULAR_PAST);
        if verb && !doc.is_cap(m) {
            return true;
        }
    }
    false
}

/// Token `m` is a noun of an occasion that "told" addresses ([`cues::AUDIENCES`]).
fn audience(doc: &Doc, m: usize) -> bool {
    doc.free_word(m) && cues::AUDIENCES.contains(&doc.word(m))
}

/// "told a news conference the plan would fail", "told the rally …", "told a meeting
/// of party leaders …": the addressee after "told" at `k`, whose noun phrase the reader
/// ended at `e`, runs on over an occasion's noun and an "of" phrase after it: the
/// new end (or `e`), and whether an occasion's noun was found (it relays nothing).
fn past_occasion(doc: &Doc, k: usize, mut e: usize, hi: usize) -> (usize, bool) {
    // ("the rally": the reader of noun phrases gave back its article alone)
    if e == k && doc.is(k, &lexicon::OBJECT_OPENER) && audience(doc, k + 1) {
        e = k + 1;
    }
    while e > k && e < hi && audience(doc, e) {
        e += 1;
    }
    let occasion = e > k && audience(doc, e - 1);
    if occasion && doc.is_word(e, "of") {
        e = doc.np_forward(e + 1, hi).max(e);
    }
    (e, occasion)
}

/// Lower-case words inside a programme's title ("Breakfast with Frost", "the World at
/// One", "Question of Sport").
const PROGRAMME_JOINERS: &[&str] = &["with", "at", "of", "and", "on", "in", "the", "for"];

/// "BBC One's Breakfast with Frost programme", "BBC Radio Four's the World at One",
/// "Channel 4's Today programme": an outlet's possessive among the tokens `k..e` the
/// noun phrase reader took after "told", then a programme's title (capitalised words,
/// perhaps opened by "the" and joined by [`PROGRAMME_JOINERS`], six at most) and
/// perhaps a programme noun. The end of the outlet (after its possessive's word) and
/// of the programme; `None` when no outlet's possessive is followed by a title.
fn outlet_owning_programme(doc: &Doc, k: usize, e: usize) -> Option<(usize, usize)> {
    let p = (k..e).find(|&t| {
        let w = doc.word(t);
        doc.free_word(t) && (w.ends_with("'s") || w.ends_with("’s"))
    })?;
    if !is_media(doc, k, p + 1) {
        return None;
    }
    let mut m = p + 1;
    if doc.is_word(m, "the") {
        m += 1;
    }
    let title_start = m;
    let limit = (title_start + 6).min(doc.toks.len());
    while m < limit
        && doc.free_word(m)
        && (doc.is_cap(m)
            || (PROGRAMME_JOINERS.contains(&doc.word(m)) && m + 1 < limit && doc.is_cap(m + 1)))
    {
        m += 1;
    }
    let titled = m > title_start;
    // "Breakfast with Frost show": a titled show; "show" alone is too often a verb
    let show = titled && SHOW_NOUNS.iter().any(|w| doc.is_word(m, w));
    if m < doc.toks.len() && (doc.is(m, &lexicon::PROGRAMME) || show) {
        m += 1;
    } else if !titled {
        return None;
    }
    Some((p + 1, m))
}

/// Nouns for a broadcast that end a programme's title ("the BBC's Breakfast with Frost
/// show"), read only after a title: alone, "show" is more often a verb.
const SHOW_NOUNS: &[&str] = &["show", "podcast", "documentary"];

/// "to" and a bare verb at token `k` ("to remove"): a lower-case word after "to"
/// that is no determiner, preposition, pronoun or number ("to the man", "to 5%").
fn infinitive_at(doc: &Doc, k: usize) -> bool {
    let v = k + 1;
    doc.is_word(k, "to")
        && doc.free_word(v)
        && doc.word(v).starts_with(|c: char| c.is_ascii_lowercase())
        && !doc.is(v, &lexicon::OBJECT_OPENER)
        && !doc.is(v, &lexicon::PREPOSITION)
        && !doc.is(v, &lexicon::QUANTIFIER)
        && !super::nominal::is_pronoun(doc, v)
}

/// How many words an addressee may run on past the noun phrase the lists read.
const ADDRESSEE_REACH: usize = 4;

/// "told the advisory panel that …", "told MPs and peers: “…”": an addressee whose
/// words no list holds runs from `k` on over the noun phrase read so far (up to `e`)
/// to a "that", a colon or a quotation a few plain words later: words in lower case
/// or capitalised, no verb, pronoun, cue, quantifier or preposition (an adjunct such
/// as "on Sunday" is read after the cue as one), and a determiner only where
/// nothing was read. After a noun phrase read whole, only up to a "that" or a colon:
/// before a quotation the words may be the reported clause's subject ("told Sky News
/// the process “must be …”"). The end of the addressee.
fn addressee_end(doc: &Doc, k: usize, e: usize, hi: usize) -> usize {
    let read_whole = e > k && !(doc.is_word(e, "and") || doc.is_word(e, "or"));
    let plain = |m: usize| {
        doc.free_word(m)
            && !doc.is(m, &lexicon::AUXILIARY)
            && !doc.is(m, &lexicon::BE)
            && !doc.is(m, &lexicon::RELATIVE)
            && !super::nominal::is_pronoun(doc, m)
            && cues::cue_kind(doc.word(m)).is_none()
            && !doc.is(m, &lexicon::QUANTIFIER)
            && !doc.is(m, &lexicon::PREPOSITION)
            && (m == k || !doc.is(m, &lexicon::OBJECT_OPENER))
    };
    // "told reporters, “…”", "told the audience, “…”": a comma and a quotation after the
    // addressee
    let comma = (k + 1..hi.min(k + ADDRESSEE_REACH + 1))
        .take_while(|&m| plain(m) || doc.kind(m) == Some(Kind::Comma))
        .find(|&m| doc.kind(m) == Some(Kind::Comma));
    if let Some(c) = comma.filter(|&c| doc.kind(c + 1) == Some(Kind::Open)) {
        return c + 1;
    }
    let stop = (e..hi.min(e + ADDRESSEE_REACH + 1)).find(|&m| {
        doc.is_word(m, "that")
            || doc.kind(m) == Some(Kind::Colon)
            || (!read_whole && doc.kind(m) == Some(Kind::Open))
    });
    match stop {
        Some(m) if m > e && (e..m).all(plain) => m,
        _ => e.max(k),
    }
}

/// "Prices will rise, she told a meeting organised by the chamber", "…, he told
/// reporters gathered outside": after a "tell" cue's addressee (from token
/// `start`) no clause follows (no "that", quotation, colon, auxiliary, form of
/// "be" or past form: the participles there modify the addressee), so the
/// content is the clause or quotation before the frame, which opens at `first`,
/// when that holds a verb of its own.
fn told_after_clause(
    doc: &Doc,
    kind: CueKind,
    start: usize,
    first: usize,
    (lo, hi): (usize, usize),
) -> Option<Span> {
    let verb = |k: usize| {
        !doc.is_cap(k)
            && (doc.is(k, &lexicon::AUXILIARY)
                || doc.is(k, &lexicon::BE)
                || doc.is(k, &lexicon::IRREGULAR_PAST))
    };
    // "… told the meeting he looked forward to 1987": a subject pronoun opens a clause
    let clause_mark = |k: usize| {
        doc.is_word(k, "that")
            || matches!(doc.kind(k), Some(Kind::Open | Kind::Colon))
            || super::nominal::is_pronoun(doc, k)
    };
    if kind != CueKind::Tell || (start..hi).any(|k| verb(k) || clause_mark(k)) {
        return None;
    }
    let before = content_before(doc, first, lo)?;
    let quoted = doc.in_quote(before);
    let finite = (lo..first).any(|k| verb(k) || (doc.free_word(k) && doc.word(k).ends_with("ed")));
    (quoted || finite).then_some(before)
}

/// Quotation marks that open a quotation, in the scripts and house styles news uses.
const OPENING_MARKS: &[char] = &['“', '"', '‘', '\'', '«', '„', '‚', '‹', '「', '『', '»'];

/// Content before the frame whose first token is `first`: the quotation that
/// closes right before it, or the clause from the sentence start to the comma.
pub(super) fn content_before(doc: &Doc, first: usize, lo: usize) -> Option<Span> {
    let bt = first.checked_sub(1)?;
    let quote_at = |k: usize| doc.quote_closing_at(k).map(|q| doc.quotes[q].inner);
    // A quotation that closes a clause begun outside it ("The package would
    // “create a climate,” he said") leaves the whole clause as the content.
    let with_lead = |inner: Span| -> Span {
        let clause = doc.span(lo, bt);
        let lead = doc
            .text
            .get(clause.start..inner.start)
            .unwrap_or_default()
            .trim_end_matches(|c: char| c.is_whitespace() || OPENING_MARKS.contains(&c));
        // "Ann Lee spoke on Monday: “We will not give up,” she said.": a colon
        // introduces the quotation, which is the content alone
        let opens_after = inner.start > clause.start + 1
            && !lead.ends_with(':')
            && lead.chars().any(char::is_alphanumeric);
        if opens_after && bt > lo {
            Span::new(clause.start, inner.end)
        } else {
            inner
        }
    };
    let span = match doc.kind(bt)? {
        Kind::Close => with_lead(quote_at(bt)?),
        Kind::Comma if bt > 0 && doc.kind(bt - 1) == Some(Kind::Close) => {
            with_lead(quote_at(bt - 1)?)
        }
        Kind::Comma | Kind::Dash | Kind::Colon if bt > lo => doc.span(lo, bt),
        _ => return None,
    };
    let span = trim_content(doc.text, span);
    (!span.is_empty()).then_some(span)
}

/// [`content_before`] the frame whose first token is `first` when it ends with
/// a quotation ("“…,” he told a meeting of party leaders"); a clause before a cue
/// that has an object of its own is no content of it ("In the first nine months,
/// the firm reported a loss").
fn quotation_before(doc: &Doc, first: usize, lo: usize) -> Option<Span> {
    let bt = first.checked_sub(1)?;
    let closes = doc.kind(bt) == Some(Kind::Close)
        || (doc.kind(bt) == Some(Kind::Comma) && bt > 0 && doc.kind(bt - 1) == Some(Kind::Close));
    // "“I have full confidence in the team.” Nissan also announced other
    // appointments": a quotation closed on a full stop ends its sentence, and the
    // capitalised subject after it opens another
    let full_stop = doc.kind(bt) == Some(Kind::Close)
        && doc.is_cap(first)
        && doc
            .quote_closing_at(bt)
            .is_some_and(|q| doc.quotes[q].inner.text(doc.text).trim_end().ends_with('.'));
    (closes && !full_stop)
        .then(|| content_before(doc, first, lo))
        .flatten()
}

/// Content from token `k` to the end of the local sentence (exclusive `hi`),
/// reaching to the end of any quotation opened inside it.
pub(super) fn content_after(doc: &Doc, k: usize, hi: usize) -> Option<Span> {
    if k >= hi {
        return None;
    }
    if doc.kind(k) == Some(Kind::Open) {
        if let Some(q) = doc.quote_opening_at(k).map(|q| doc.quotes[q]) {
            let words_after =
                (doc.first_token_from(q.end).max(k)..hi).any(|t| doc.kind(t) == Some(Kind::Word));
            if !words_after {
                let span = trim_content(doc.text, q.inner);
                return (!span.is_empty()).then_some(span);
            }
        }
    }
    let mut span = doc.span(k, hi);
    if let Some(reach) = doc.furthest_quote_reach(span) {
        span.end = span.end.max(reach);
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
pub(super) fn cut_at_next_clause(doc: &Doc, frames: &mut [Frame]) {
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
            // "Ann Lee said on Monday: “We will not give up,” she added.": what is
            // left is one whole quotation, its words the content
            let first = doc.first_token_from(f.content.start);
            let whole = doc
                .quote_opening_at(first)
                .map(|q| doc.quotes[q])
                .filter(|q| q.closed && q.open == f.content.start && q.end >= f.content.end);
            if let Some(q) = whole {
                f.content = trim_content(doc.text, q.inner);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{frames_in, with_cue};
    use super::trim_content;
    use claimkit_core::Span;

    #[test]
    fn after_an_addressee_with_a_post_modifier_the_content_is_before() {
        for body in [
            "Prices will rise, she told a meeting organised by the chamber of commerce.",
            "Prices will rise, she told a news conference in Paris.",
            "Prices will rise, she told reporters gathered outside the court.",
        ] {
            let all = frames_in(body);
            assert_eq!(all.len(), 1, "{all:?}");
            assert_eq!(all[0].2, "Prices will rise", "{body}");
        }
        // a clause after the addressee is the content
        let body = "In Paris, she told reporters the talks were over.";
        assert_eq!(frames_in(body)[0].2, "the talks were over.");
        let body = "Sales rose, and the chairman told the meeting he looked forward to May.";
        assert!(frames_in(body)[0].2.ends_with("he looked forward to May."));
    }

    #[test]
    fn an_inverted_frame_inside_its_clause_takes_the_whole_sentence() {
        let body = "By next year, says Dr Ana Ruiz, most phones will run on solar power.";
        let all = frames_in(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].2, body);
        let body = "The merger, said the regulator, would harm consumers.";
        assert_eq!(frames_in(body)[0].2, body);
        // a role after the name ends the clause
        let body = "Sales will double, said Ann Lee, a trader who was at the fair.";
        assert_eq!(frames_in(body)[0].2, "Sales will double");
    }

    /// The content of the frame whose cue is `cue` in `body`.
    fn content(body: &str, cue: &str) -> Option<String> {
        with_cue(body, cue).map(|f| f.2)
    }

    #[test]
    fn that_after_the_cue_opens_the_content() {
        // Reuters, 1987
        let body = "The FDIC said that Central was in danger of failing.";
        assert_eq!(
            content(body, "said").as_deref(),
            Some("that Central was in danger of failing.")
        );
    }

    #[test]
    fn a_quotation_before_the_cue_is_the_content() {
        // Reuters, 2015
        let body = "“That is something that we very much want to see,” Mr. Obama said.";
        assert_eq!(
            content(body, "said").as_deref(),
            Some("That is something that we very much want to see")
        );
    }

    #[test]
    fn a_clause_before_the_cue_is_the_content() {
        let body = "Prices will rise next year, the bank said.";
        assert_eq!(
            content(body, "said").as_deref(),
            Some("Prices will rise next year")
        );
    }

    #[test]
    fn an_adjunct_between_the_cue_and_that_is_skipped() {
        let body = "The author explains, in a satirical fashion, that the plan failed.";
        assert_eq!(
            content(body, "explains").as_deref(),
            Some("that the plan failed.")
        );
        let body = "Mr. Lavrov said on Wednesday that talks would resume.";
        assert_eq!(
            content(body, "said").as_deref(),
            Some("talks would resume.")
        );
    }

    #[test]
    fn as_x_told_y_takes_the_clause_after_the_comma() {
        let body = "As Heald told The Huffington Post, US surface ozone has dropped.";
        assert_eq!(
            content(body, "told").as_deref(),
            Some("US surface ozone has dropped.")
        );
    }

    #[test]
    fn a_content_stops_where_the_next_frame_starts() {
        let body = "Mr. Smith said prices would rise, but he also cautioned that demand was weak.";
        let all = frames_in(body);
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!(all[0].2, "prices would rise");
        assert_eq!(all[1].2, "that demand was weak.");
    }

    #[test]
    fn a_preposition_after_the_cue_opens_no_content() {
        let body = "“We are not selling,” the spokeswoman said without giving details.";
        let all = frames_in(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].2, "We are not selling");
        // a relative clause's verb with its adjunct attributes nothing
        let body = "He was ready to break the silence he has so far maintained over the affair.";
        assert!(frames_in(body).is_empty(), "{:?}", frames_in(body));
        // an approximate number or a gerund the cue attributes still opens one
        let all = frames_in("He said about 300 lawsuits are pending.");
        assert_eq!(all[0].2, "about 300 lawsuits are pending.");
        let all = frames_in("The governor warned against raising taxes.");
        assert_eq!(all[0].2, "against raising taxes.");
    }

    #[test]
    fn an_object_with_no_verb_is_no_content() {
        assert!(frames_in("Brightco reported a pre-tax loss of $4m.").is_empty());
        assert!(frames_in("The carrier finally agreed a few weeks ago.").is_empty());
        let all = frames_in("Brightco said a loss of $4m was likely.");
        assert_eq!(all.len(), 1, "{all:?}");
        // a quotation before the cue is what it attributes
        let all = frames_in("“Chips are a commodity,” he told an industry forum.");
        assert_eq!(all[0].2, "Chips are a commodity");
        // a finding's small clause stays
        let all = frames_in("Official figures showed a 5% rise in exports.");
        assert_eq!(all.len(), 1, "{all:?}");
    }

    #[test]
    fn a_parenthetical_or_a_demonstrative_subject_after_the_cue_opens_the_content() {
        let body = "The bank said, however, that rates would hold.";
        assert_eq!(
            content(body, "said").as_deref(),
            Some("that rates would hold.")
        );
        let body = "The firm said this reflected lower demand.";
        assert_eq!(
            content(body, "said").as_deref(),
            Some("this reflected lower demand.")
        );
    }

    #[test]
    fn a_short_adjunct_after_the_cue_ends_where_a_clause_starts() {
        let body = "On Tuesday, chairman Tom Berg said in a statement the directors believed \
                    the offer was too low.";
        assert_eq!(
            content(body, "said").as_deref(),
            Some("the directors believed the offer was too low.")
        );
        let body = "Union officials said during the weekend they would not strike.";
        assert_eq!(
            content(body, "said").as_deref(),
            Some("they would not strike.")
        );
        // a day is no clause
        let body = "“We will appeal,” the minister said in a statement Monday.";
        assert_eq!(content(body, "said").as_deref(), Some("We will appeal"));
    }

    #[test]
    fn a_frame_set_off_by_commas_inside_its_clause_attributes_the_whole_sentence() {
        let body = "Deficits should rise above 3%, the chancellor argued, if countries reform.";
        assert_eq!(
            content(body, "argued").as_deref(),
            Some("Deficits should rise above 3%, the chancellor argued, if countries reform.")
        );
        // a coordinated clause, a quotation or an addressee's apposition ends it
        let body = "Prices will rise, the bank said, but added that demand was weak.";
        assert_eq!(content(body, "said").as_deref(), Some("Prices will rise"));
        let body = "“Prices will rise,” he said, as rates fell.";
        assert_eq!(content(body, "said").as_deref(), Some("Prices will rise"));
    }

    #[test]
    fn trimming_drops_spaces_and_clause_punctuation() {
        let text = "  the talks failed, — ";
        let span = trim_content(text, Span::new(0, text.len()));
        assert_eq!(span.text(text), "the talks failed");
        assert_eq!(span.start, 2);
    }
}
