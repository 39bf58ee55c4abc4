//! Cues whose content is an object with a complement rather than a clause:
//! "They credit him with cutting crime", "The report called on the government
//! to cut taxes" (the verb frame, held to its complement), and the passive
//! with an agent ending the sentence, "The plan has been branded “a disaster” by the
//! union", whose content is the clause before "by".

use super::content::trim_content;
use super::nominal::nominal;
use super::verb::{holds_clause, verb_frame};
use super::Frame;
use crate::doc::Doc;
use crate::lexicon::{self, cues::CueKind};
use crate::tokens::Kind;
use claimkit_core::Span;

/// How many words an object may have before its "with" ("the mayor with",
/// "the new chief of the force with").
const OBJECT_REACH: usize = 8;

/// Whether a byte opens a word of [`lexicon::OBJECT_CUE`], worked out from its
/// lists at compile time.
const OBJECT_CUE_INITIALS: [bool; 256] = initials(&[
    lexicon::cues::WITH_GERUND,
    lexicon::cues::PASSIVE_WITH_AGENT,
    lexicon::cues::CALL_ON,
    lexicon::cues::DEMAND_FOR,
    lexicon::cues::AS_JUDGEMENT,
    lexicon::cues::QUOTED_JUDGEMENT,
]);

/// The first bytes of the words of `lists`, as a table.
const fn initials(lists: &[&[&str]]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut l = 0;
    while l < lists.len() {
        let mut w = 0;
        while w < lists[l].len() {
            if let Some(&b) = lists[l][w].as_bytes().first() {
                table[b as usize] = true;
            }
            w += 1;
        }
        l += 1;
    }
    table
}

/// How many tokens may stand between a passive cue and its "by".
const AGENT_REACH: usize = 16;

/// The frame of the object cue at token `i` (a word of
/// [`lexicon::WITH_GERUND_CUE`], [`lexicon::CALL_ON_CUE`] or
/// [`lexicon::PASSIVE_AGENT_CUE`]), if its complement is there.
pub(super) fn object_frame(
    doc: &Doc,
    i: usize,
    frames: &[Frame],
    last_saying: Option<usize>,
) -> Option<Frame> {
    // every form opens with one of these letters: most words need no look-up
    let first = doc.word(i).as_bytes().first().copied().unwrap_or(0);
    if !OBJECT_CUE_INITIALS[usize::from(first)] || !doc.is(i, &lexicon::OBJECT_CUE) {
        return None;
    }
    if doc.is(i, &lexicon::PASSIVE_AGENT_CUE) {
        if let Some(f) = passive_with_agent(doc, i) {
            return Some(f);
        }
    }
    if doc.is(i, &lexicon::AS_JUDGEMENT_CUE) {
        return super::judgement::judged_as(doc, i, frames, last_saying);
    }
    if doc.is(i, &lexicon::CALL_ON_CUE) {
        return call_on(doc, i, frames, last_saying)
            .or_else(|| call_for(doc, i, frames, last_saying))
            .or_else(|| called_quoted(doc, i, frames, last_saying));
    }
    // "lobbied for the league to suspend him"
    if doc.is(i, &lexicon::DEMAND_FOR_CUE) {
        return call_for(doc, i, frames, last_saying);
    }
    // "branded the minister “arrogant and wrong”"
    if doc.is(i, &lexicon::QUOTED_JUDGEMENT_CUE) {
        return called_quoted(doc, i, frames, last_saying);
    }
    if !doc.is(i, &lexicon::WITH_GERUND_CUE) || (i > 0 && doc.is(i - 1, &lexicon::NOT_BEFORE_CUE)) {
        return None;
    }
    let f = verb_frame(doc, i, CueKind::Speech, frames, last_saying)?;
    let (s, e) = f.source;
    if !f.content_after || !nominal(doc, s, e) {
        return None;
    }
    let first = doc.first_token(f.content);
    let k = object_then(doc, first, f.sentence.1, "with")?;
    let gerund = doc.free_word(k + 1) && doc.word(k + 1).ends_with("ing");
    gerund.then_some(f)
}

/// "The report called on the government to cut taxes": "call on", an
/// addressee (no day: "called on Monday") and an infinitive. The content
/// keeps the addressee, the agent of the demanded act.
fn call_on(doc: &Doc, i: usize, frames: &[Frame], last_saying: Option<usize>) -> Option<Frame> {
    let addressee = doc.is_word(i + 1, "on")
        && doc.free_word(i + 2)
        && !doc.is(i + 2, &lexicon::CALENDAR)
        && !doc.word(i + 2).starts_with(|c: char| c.is_ascii_digit());
    if !addressee || (i > 0 && doc.is(i - 1, &lexicon::NOT_BEFORE_CUE)) {
        return None;
    }
    let f = demand_frame(doc, i, frames, last_saying, |_, _| true)?;
    (holds_clause(doc, f.content) || quoted_infinitive(doc, f.content)).then_some(f)
}

/// The frame of "call on" or "call for" at token `i` whose source `speaks` accepts:
/// the cue is the verb with its particle, and the content opens right after it, with
/// the addressee or agent of the demanded act.
fn demand_frame(
    doc: &Doc,
    i: usize,
    frames: &[Frame],
    last_saying: Option<usize>,
    speaks: impl Fn(usize, usize) -> bool,
) -> Option<Frame> {
    let mut f = verb_frame(doc, i, CueKind::Speech, frames, last_saying)?;
    let (s, e) = f.source;
    if !f.content_after || !nominal(doc, s, e) || !speaks(s, e) {
        return None;
    }
    f.content = Span::new(
        doc.toks[i + 2].span.start,
        f.content.end.max(doc.toks[i + 2].span.end),
    );
    f.cue = (i, i + 2);
    f.content = before_coordinated_cue(doc, i + 2, f.content);
    Some(f)
}

/// "called on Peter Hain to make a statement and said chancellors had resigned": a
/// demand's content ends before "and" and a verb of saying, whose frame shares the
/// subject and says the rest.
fn before_coordinated_cue(doc: &Doc, first: usize, content: Span) -> Span {
    let last = doc.toks.partition_point(|t| t.span.end <= content.end);
    // a finite form: "to revive its programme and maintain discipline" goes on with the
    // demanded act
    let finite = |k: usize| {
        let w = doc.word(k);
        w.ends_with("ed") || w.ends_with('s') || doc.is(k, &lexicon::IRREGULAR_PAST)
    };
    // "lobbied for the league to suspend him and pressed for the talks to resume": the
    // second demand is a frame of its own
    let demand = |k: usize| {
        (doc.is(k, &lexicon::CALL_ON_CUE) || doc.is(k, &lexicon::DEMAND_FOR_CUE))
            && (doc.is_word(k + 1, "for") || doc.is_word(k + 1, "on"))
    };
    (first..last.saturating_sub(1).min(first + DEMAND_REACH))
        .find(|&k| {
            doc.is_word(k, "and")
                && (super::nominal::is_verb_of_saying(doc, k + 1) || demand(k + 1))
                && finite(k + 1)
        })
        .filter(|&k| k > first)
        .map_or(content, |k| {
            trim_content(doc.text, Span::new(content.start, doc.toks[k - 1].span.end))
        })
}

/// "The union called for the minister to resign": "call for", a noun phrase and
/// an infinitive, a demand whose content keeps the agent of the demanded act, as
/// "call on" does. Without the infinitive the object is a thing asked for ("called for
/// calm", "called for an inquiry"), no content to check, and no frame.
fn call_for(doc: &Doc, i: usize, frames: &[Frame], last_saying: Option<usize>) -> Option<Frame> {
    let agent = doc.is_word(i + 1, "for") && doc.free_word(i + 2) && !doc.is_word(i + 2, "to");
    if !agent || (i > 0 && doc.is(i - 1, &lexicon::NOT_BEFORE_CUE)) {
        return None;
    }
    // "repeated his party's calls for the advice to be published": a noun; "said the
    // agreement was a continuation and calls for …": the verb of the clause said
    let noun_or_coordinated = i > 0
        && (crate::mentions::is_possessive(doc.word(i - 1))
            || doc.is(i - 1, &lexicon::OBJECT_OPENER)
            || super::content::COORDINATORS.contains(&doc.word(i - 1)));
    // "restated the U.S. call for an end to hostilities": the base form after a
    // determiner's noun phrase is a noun
    let base_after_determiner = doc.is_word(i, "call")
        && (i.saturating_sub(3)..i).any(|k| doc.is(k, &lexicon::OBJECT_OPENER));
    // "said the meeting is to approve an agreement signed May 26, calling for each share
    // to be exchanged": a participle inside what another frame says modifies its noun
    let inside_content = doc.word(i).ends_with("ing")
        && frames
            .last()
            .is_some_and(|f| f.content_after && f.content.contains(doc.toks[i].span));
    // "Renewed pushes for the government to act have failed", "Growing calls for …": a
    // plural noun after a lone capitalised word no list knows that opens the sentence
    let plural_noun = doc.word(i).ends_with('s')
        && i > 0
        && doc.opens_sentence[i - 1]
        && doc.free_word(i - 1)
        && doc.lists(i - 1) == 0
        && !doc.word(i - 1).chars().all(|c| c.is_uppercase());
    if noun_or_coordinated || base_after_determiner || inside_content || plural_noun {
        return None;
    }
    // a speaker demands; "the agreement calls for holders to receive 24 dlrs", "the
    // design calls for special paints" set terms
    let f = demand_frame(doc, i, frames, last_saying, |s, e| demanding(doc, s, e))?;
    let first = i + 2;
    let last = doc.toks.partition_point(|t| t.span.end <= f.content.end);
    let infinitive =
        (first + 1..last.min(first + AGENT_WORDS + 1)).find(|&k| doc.is_word(k, "to"))?;
    // the words before "to" are the agent's noun phrase: no verb of their own
    let agent_only =
        (first..infinitive).all(|k| doc.free_word(k) && !doc.is(k, &lexicon::AUXILIARY));
    let verb = doc.free_word(infinitive + 1)
        && doc
            .word(infinitive + 1)
            .starts_with(|c: char| c.is_lowercase())
        && !doc.is(infinitive + 1, &lexicon::NOT_BEFORE_CUE);
    (agent_only && (verb || quoted_infinitive(doc, f.content))).then_some(f)
}

/// The mention at tokens `s..e` can demand: a speaker, or a report by its head noun
/// ([`lexicon::cues::DEMANDING_DOCUMENTS`]: "the report called for …"); not terms,
/// plans or agreements.
fn demanding(doc: &Doc, s: usize, e: usize) -> bool {
    let head = crate::mentions::head(doc, s, e);
    let listed = |list: &[&str]| list.iter().any(|d| doc.word(head).eq_ignore_ascii_case(d));
    if listed(lexicon::cues::TERMS) {
        return false; // "Terms of the merger call for …", "Plans call for …"
    }
    listed(lexicon::cues::DEMANDING_DOCUMENTS)
        || (!doc.is(head, &lexicon::DOCUMENT) && super::judgement::speaker(doc, s, e))
}

/// How many tokens into a demand's content a coordinated cue is looked for (a demand is
/// short; a sentence of thousands of clauses is not read again at every cue).
const DEMAND_REACH: usize = 48;

/// How many words the agent of a demand may have ("for heads of government to").
const AGENT_WORDS: usize = 10;

/// "to “practise what it preaches”": `content` holds "to" right before a quotation
/// that opens with a word in lower case, a quoted infinitive.
fn quoted_infinitive(doc: &Doc, content: Span) -> bool {
    let (first, last) = doc.tokens_of(content);
    (first..last.saturating_sub(2)).any(|k| {
        doc.is_word(k, "to")
            && doc.kind(k + 1) == Some(Kind::Open)
            && doc.kind(k + 2) == Some(Kind::Word)
            && doc.word(k + 2).starts_with(|c: char| c.is_lowercase())
    })
}

/// Particles that make "call" another verb ("called off", "called for", "called in").
const CALL_PARTICLES: &[&str] = &[
    "off", "up", "in", "out", "back", "for", "on", "away", "over", "down",
];

/// "The minister called the dip “a very mild decline”": "call" (or "brand", "label":
/// [`lexicon::cues::QUOTED_JUDGEMENT`]), a short object and
/// a quotation right after it judge the object in the speaker's words. The content is
/// the object with the quotation. Only a quotation makes it a judgement: "called the
/// police", "called it a day" stay the writer's, and a quotation that opens in capitals
/// names what it follows ("called the album “Thriller”").
fn called_quoted(
    doc: &Doc,
    i: usize,
    frames: &[Frame],
    last_saying: Option<usize>,
) -> Option<Frame> {
    if CALL_PARTICLES.iter().any(|p| doc.is_word(i + 1, p)) {
        return None; // "called off the strike", "called for calm"
    }
    let mut f = super::judgement::judging_frame(doc, i, frames, last_saying)?;
    let first = doc.first_token(f.content);
    if first != i + 1 || doc.is_word(first, "that") || !doc.free_word(first) {
        return None;
    }
    let end = f.sentence.1.min(first + OBJECT_REACH + 1);
    let k = (first + 1..end).find(|&k| !doc.free_word(k))?;
    let quote = doc.quote_opening_at(k).map(|q| doc.quotes[q])?;
    // "called the album “Thriller”" names it: a judgement opens in lower case, and
    // with no preposition ("called the family “at about 9 pm”", "“to discuss …”")
    let inner = &doc.text[quote.inner.start..quote.inner.end];
    let first_word = inner
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or_default();
    let judged = first_word.chars().next().is_some_and(char::is_lowercase)
        && !lexicon::PREPOSITION.has(first_word)
        && first_word != "to";
    if !quote.closed || !judged {
        return None;
    }
    let span = Span::new(doc.toks[first].span.start, quote.end);
    f.content = super::content::trim_content(doc.text, span);
    Some(f)
}

/// The token of `joins` ("with") after a short object of free words that
/// opens at `first` ("him with"), before `hi`.
pub(super) fn object_then(doc: &Doc, first: usize, hi: usize, joins: &str) -> Option<usize> {
    if doc.is_word(first, "that") || doc.is_word(first, joins) {
        return None;
    }
    let end = hi.min(first + OBJECT_REACH + 1);
    let k = (first + 1..end).find(|&k| !doc.free_word(k) || doc.is_word(k, joins))?;
    (doc.is_word(k, joins) && k + 1 < hi).then_some(k)
}

/// "The plan has been branded “a disaster” by the union.": a form of "be"
/// before the cue, a complement opening with "as" or a quotation, and "by"
/// with a noun phrase that ends the sentence. The content is the clause from
/// the sentence start to "by".
fn passive_with_agent(doc: &Doc, i: usize) -> Option<Frame> {
    let (lo, hi) = doc.sentence_range(i);
    let mut b = i;
    while b > lo && doc.free_word(b - 1) && doc.word(b - 1).ends_with("ly") {
        b -= 1;
    }
    if b == lo || !doc.is(b - 1, &lexicon::BE) {
        return None;
    }
    let complement = doc.is_word(i + 1, "as") || doc.kind(i + 1) == Some(Kind::Open);
    if !complement {
        return None;
    }
    let by = (i + 2..hi.min(i + AGENT_REACH)).find(|&k| doc.is_word(k, "by"))?;
    let e = doc.np_forward(by + 1, hi);
    let ends = e >= hi || (doc.kind(e) == Some(Kind::Stop) && e + 1 >= hi);
    if e <= by + 1 || !ends || !nominal(doc, by + 1, e) {
        return None;
    }
    let content = trim_content(
        doc.text,
        Span::new(doc.toks[lo].span.start, doc.toks[by - 1].span.end),
    );
    Some(Frame {
        cue: (i, i + 1),
        source: (by + 1, e),
        role: None,
        content,
        content_after: false,
        via: None,
        clause_start: lo,
        sentence: (lo, hi),
        credit: false,
    })
}

#[cfg(test)]
mod tests {
    use super::super::testing::{frames_in, with_cue};

    #[test]
    fn credit_with_a_gerund_attributes_the_deed() {
        let body = "Residents credit the mayor with cutting crime.";
        let f = with_cue(body, "credit").expect("a frame");
        assert_eq!(f.0, "Residents");
        assert!(f.2.starts_with("the mayor with cutting crime"), "{f:?}");
        let body = "Banks credit the accounts with interest each month.";
        assert!(with_cue(body, "credit").is_none());
    }

    #[test]
    fn every_object_cue_opens_with_a_listed_initial() {
        use crate::lexicon::cues;
        let lists = [
            cues::WITH_GERUND,
            cues::PASSIVE_WITH_AGENT,
            cues::CALL_ON,
            cues::DEMAND_FOR,
            cues::AS_JUDGEMENT,
        ];
        for w in lists.concat() {
            assert!(
                super::OBJECT_CUE_INITIALS[usize::from(w.as_bytes()[0])],
                "{w}"
            );
        }
    }

    #[test]
    fn call_on_an_addressee_to_act_is_a_demand() {
        let body = "The report also called on the government to cut fuel taxes.";
        let f = with_cue(body, "called on").expect("a frame");
        assert_eq!(f.0, "The report");
        assert_eq!(f.2, "the government to cut fuel taxes.");
        assert!(with_cue("She called on Monday to say she was ill.", "called on").is_none());
        assert!(frames_in("A firm called Baikal bought the unit.").is_empty());
        assert!(with_cue("The minister called on the victims.", "called on").is_none());
    }

    #[test]
    fn a_passive_judgement_takes_the_agent_that_ends_the_sentence() {
        let body = "The plan to close the mine has been branded \"a disaster\" by the Green Party.";
        let f = with_cue(body, "branded").expect("a frame");
        assert_eq!(f.0, "the Green Party");
        assert_eq!(
            f.2,
            "The plan to close the mine has been branded \"a disaster\""
        );
        // an agent that does not end the sentence, or no complement: no frame
        let body = "The meeting was called by the chairman to settle the dispute.";
        assert!(frames_in(body).is_empty(), "{:?}", frames_in(body));
        let body = "The ship was described as seaworthy by inspectors in May last year.";
        assert!(with_cue(body, "described").is_none());
    }
}
