//! Quotations that carry on an attributed speech, and "I" or "we" inside a
//! quotation. Every look-up over the attributions found so far is a binary
//! search over tables built once, so a long document costs linear time.

use crate::doc::Doc;
use crate::frames;
use crate::tokens::Kind;
use claimkit_core::{Attribution, QuoteKind, SourceType, Span};
use std::collections::BTreeSet;

/// Contents of a run of attributions sorted by start, with the running maximum of
/// their ends: which of them overlap or hold a span, by binary search.
struct Reach {
    /// Index of the first attribution of the run in the whole list.
    offset: usize,
    starts: Vec<usize>,
    max_ends: Vec<usize>,
    /// The run is in order of start (else every look-up reads it all).
    sorted: bool,
    ends: Vec<usize>,
}

impl Reach {
    fn new(offset: usize, run: &[Attribution]) -> Reach {
        Reach::of_contents(offset, run.iter().map(|a| a.content))
    }

    /// The run of `contents`, in the order given.
    fn of_contents(offset: usize, contents: impl Iterator<Item = Span>) -> Reach {
        let (starts, ends): (Vec<usize>, Vec<usize>) = contents.map(|c| (c.start, c.end)).unzip();
        let max_ends = ends
            .iter()
            .scan(0, |max, &e| {
                *max = e.max(*max);
                Some(*max)
            })
            .collect();
        let sorted = starts.windows(2).all(|w| w[0] <= w[1]);
        Reach {
            offset,
            starts,
            max_ends,
            sorted,
            ends,
        }
    }

    /// How many of the run (from its start) have a content starting before `limit`
    /// or at it (`inclusive`), or the whole run if it is not in order.
    fn prefix(&self, limit: usize, inclusive: bool) -> usize {
        if !self.sorted {
            return self.starts.len();
        }
        self.starts
            .partition_point(|&s| s < limit || (inclusive && s == limit))
    }

    /// True when a content of the run overlaps `span`.
    fn overlaps(&self, span: Span) -> bool {
        let k = self.prefix(span.end, false);
        if self.sorted {
            return k > 0 && self.max_ends[k - 1] > span.start;
        }
        (0..k).any(|n| self.starts[n] < span.end && span.start < self.ends[n])
    }

    /// Indexes (in the whole list), in order, of the contents of the run that hold
    /// `span`: a content starting at or before it and ending at or after it.
    fn holding(&self, span: Span) -> impl Iterator<Item = usize> + '_ {
        let k = self.prefix(span.start, true);
        // The first that can end late enough: the running maximum reaches there.
        let first = if self.sorted {
            self.max_ends[..k].partition_point(|&e| e < span.end)
        } else {
            0
        };
        (first..k)
            .filter(move |&n| self.starts[n] <= span.start && span.end <= self.ends[n])
            .map(move |n| n + self.offset)
    }
}

/// The attribution found last before each quotation, in the order `found` and then
/// the quotations' own continuations were recorded, as `Iterator::max_by_key` over
/// both (by content end, the later on a tie) would pick it.
struct Latest {
    /// (content end, index) of the attributions found, that are speech.
    found: Vec<(usize, usize)>,
    /// (content end, index) of the continuations recorded so far.
    extra: BTreeSet<(usize, usize)>,
}

/// Which list an attribution is in.
enum From {
    Found(usize),
    Extra(usize),
}

impl Latest {
    fn new(doc: &Doc, found: &[Attribution]) -> Latest {
        let mut ends: Vec<(usize, usize)> = found
            .iter()
            .enumerate()
            .filter(|(_, a)| a.quote != QuoteKind::None && !first_person_in_quote(doc, a))
            .map(|(n, a)| (a.content.end, n))
            .collect();
        ends.sort_unstable();
        Latest {
            found: ends,
            extra: BTreeSet::new(),
        }
    }

    /// The speech whose content ends last at or before byte `at`.
    fn before(&self, at: usize) -> Option<From> {
        let k = self.found.partition_point(|&(end, _)| end <= at);
        let found = k.checked_sub(1).map(|k| self.found[k]);
        let extra = self.extra.range(..(at + 1, 0)).next_back().copied();
        match (found, extra) {
            (Some(f), Some(e)) if f.0 > e.0 => Some(From::Found(f.1)),
            (_, Some(e)) => Some(From::Extra(e.1)),
            (Some(f), None) => Some(From::Found(f.1)),
            (None, None) => None,
        }
    }
}

/// A quotation that starts a sentence and has no cue of its own continues the
/// attributed speech before it: in the same paragraph ("“…,” he said. “…”"),
/// or opening the next paragraph after a quote.
///
/// "I think" or "we believe" inside such a quotation is the speaker's own view
/// within the speech ("“…,” said Ann Lee. “We believe demand is strong.”"): it
/// neither makes the quotation a speech of its own nor is the speech it carries on.
pub fn continue_quotes(doc: &Doc, found: &mut Vec<Attribution>) {
    let reach = Reach::of_contents(
        0,
        found
            .iter()
            .filter(|a| !first_person_in_quote(doc, a))
            .map(|a| a.content),
    );
    let mut sources: Vec<(usize, usize)> = found
        .iter()
        .enumerate()
        .filter_map(|(n, a)| a.source.map(|s| (s.start, n)))
        .collect();
    sources.sort_unstable();
    // where each inverted frame ("“…,” said Ann Lee") ends, after its source and cue,
    // when its content lies before its cue
    let mut frame_ends: Vec<(usize, usize)> = found
        .iter()
        .enumerate()
        .filter_map(|(n, a)| {
            let (source, cue) = (a.source?, a.cue?);
            (a.content.end <= cue.start).then_some((source.end.max(cue.end), n))
        })
        .collect();
    frame_ends.sort_unstable();
    let mut latest = Latest::new(doc, found);
    let mut extra: Vec<Attribution> = Vec::new();
    for q in &doc.quotes {
        if q.inner.is_empty() || reach.overlaps(q.inner) {
            continue;
        }
        let Ok(t) = doc.toks.binary_search_by_key(&q.open, |t| t.span.start) else {
            continue;
        };
        let (p0, _) = doc.paragraph_of(t);
        let starts_sentence = t == p0 || doc.ends_sentence(t - 1) || doc.opens_sentence[t];
        let content = frames::trim_content(doc.text, q.inner);
        if !starts_sentence {
            // "“We are excited,” said Ann Lee, “and we will tour.”": the quotation resumed
            // after an inverted frame is that speaker's
            if let Some(n) = frame_right_before(doc, &frame_ends, q.open) {
                quoted_by(doc, &found[n], content, &mut extra, &mut latest);
            }
            continue;
        }
        let prev = match latest.before(q.open) {
            Some(From::Found(n)) => Some(&found[n]),
            Some(From::Extra(n)) => Some(&extra[n]),
            None => None,
        };
        let carried = prev.is_some_and(|prev| carries_on(doc, prev, q, t == p0));
        // "“…,” X told the press, “…”": the frame right after the quote owns it.
        let owner = source_right_after(doc, &sources, q.end)
            .filter(|&n| !opens_new_statement(doc, q, &found[n], carried));
        if let Some(next) = owner {
            quoted_by(doc, &found[next], content, &mut extra, &mut latest);
            continue;
        }
        if frames_itself(doc, q, t) {
            continue;
        }
        let Some(prev) = prev.filter(|_| carried && !content.is_empty()) else {
            continue;
        };
        let continued = Attribution {
            sentence: crate::sentence_index(doc.sentences, content.start),
            cue: None,
            quote: QuoteKind::Direct,
            content,
            ..prev.clone()
        };
        extra.push(continued);
        latest.extra.insert((content.end, extra.len() - 1));
    }
    found.extend(extra);
}

/// The source of `a` is "I" or "we" inside a quotation: the quotation's speaker
/// stating a view of their own within it.
fn first_person_in_quote(doc: &Doc, a: &Attribution) -> bool {
    a.source
        .is_some_and(|s| s.end - s.start <= 2 && first_person(s.text(doc.text)) && doc.in_quote(s))
}

/// "I" or "we", as a source is written.
fn first_person(word: &str) -> bool {
    word == "I" || word.eq_ignore_ascii_case("we")
}

/// The quotation `q` (opening at token `t`) has a frame of its own that no rule
/// read: a cue verb right after it ("“…,” said Laurie Milbank and Co assistant
/// manager Machiko Suzuki"), or inside it after a comma and before a capitalised
/// word, where its closing mark is missing ("“It's a gloomy outlook, said David
/// Wyss. “I'm …”"). It carries on no one else's speech.
fn frames_itself(doc: &Doc, q: &crate::Quote, t: usize) -> bool {
    let cue = |k: usize| {
        doc.kind(k) == Some(Kind::Word)
            && !doc.is_cap(k)
            && crate::lexicon::cues::cue_kind(doc.word(k)).is_some()
    };
    let mut after = doc.toks.partition_point(|tok| tok.span.start < q.end);
    if doc.kind(after) == Some(Kind::Comma) {
        after += 1;
    }
    if q.closed && doc.free_word(after) && cue(after) {
        return true;
    }
    let end = doc.toks.partition_point(|tok| tok.span.end <= q.inner.end);
    (t + 1..end.saturating_sub(2))
        .any(|k| doc.kind(k) == Some(Kind::Comma) && cue(k + 1) && doc.is_cap(k + 2))
}

/// The quotation `content`, said in its own words by the speaker of `frame`: a direct
/// attribution added to `extra` (and to `latest`), unless it is empty.
fn quoted_by(
    doc: &Doc,
    frame: &Attribution,
    content: claimkit_core::Span,
    extra: &mut Vec<Attribution>,
    latest: &mut Latest,
) {
    if content.is_empty() {
        return;
    }
    extra.push(Attribution {
        sentence: crate::sentence_index(doc.sentences, content.start),
        quote: QuoteKind::Direct,
        content,
        ..frame.clone()
    });
    latest.extra.insert((content.end, extra.len() - 1));
}

/// The attribution of `frame_ends` (frame end, index; sorted) whose frame ends right
/// before byte `open`, with one comma and spaces between.
fn frame_right_before(doc: &Doc, frame_ends: &[(usize, usize)], open: usize) -> Option<usize> {
    let k = frame_ends.partition_point(|&(end, _)| end < open);
    let &(end, n) = frame_ends.get(k.checked_sub(1)?)?;
    let between = doc.text.get(end..open)?.trim();
    // "…, comments Ann Lee in a statement, “…”": a short adjunct before the comma
    let adjunct = between.strip_suffix(',').is_some_and(|words| {
        let words: Vec<&str> = words.split_whitespace().collect();
        words.len() <= ADJUNCT_WORDS
            && words
                .first()
                .is_some_and(|w| crate::lexicon::function_words::ADJUNCT_START.contains(w))
            && words
                .iter()
                .all(|w| w.chars().all(|c| c.is_alphanumeric() || c == '\''))
    });
    (between == "," || adjunct).then_some(n)
}

/// How many words an adjunct between an inverted frame and the quotation it resumes may
/// have ("in a statement"); its first word is one of `function_words::ADJUNCT_START`.
const ADJUNCT_WORDS: usize = 6;

/// The first attribution (in `found` order) whose source starts right after byte
/// `end`, with nothing but commas and spaces between.
fn source_right_after(doc: &Doc, sources: &[(usize, usize)], end: usize) -> Option<usize> {
    let rest = doc.text.get(end..)?;
    let gap = rest.len() - rest.trim_start_matches([',', ' ']).len();
    let lo = sources.partition_point(|s| s.0 < end);
    let hi = sources.partition_point(|s| s.0 <= end + gap);
    sources[lo..hi].iter().map(|s| s.1).min()
}

/// "“… save her life.” A spokesman later said Mr X had …": a quotation closed on
/// a full stop, a question or an exclamation mark ends its sentence, and the
/// attribution after it whose content follows its own source, unquoted or partly
/// quoted, is a new statement; the quotation is not its own. So is one quoted after
/// a colon ("“…?” Ann Lee said: “…”") when the quotation `carried` on an earlier
/// speech.
fn opens_new_statement(doc: &Doc, q: &crate::Quote, next: &Attribution, carried: bool) -> bool {
    let ends_sentence = q.inner.text(doc.text).trim_end().ends_with(['.', '?', '!']);
    let content_follows = next.source.is_some_and(|s| s.end <= next.content.start);
    ends_sentence && content_follows && (next.quote != QuoteKind::Direct || carried)
}

/// The quotation `q` (opening at token `t`) carries on the speech `prev`: in the
/// same paragraph, or opening the next one when `prev` was quoted or left open,
/// or was reported in the last sentence of its paragraph ("Tom Reed insists the
/// squad is ready." and then a paragraph of quotation with no frame of its own).
fn carries_on(doc: &Doc, prev: &Attribution, q: &crate::Quote, opens_paragraph: bool) -> bool {
    let prev_tok = doc
        .toks
        .partition_point(|t| t.span.start < prev.content.start);
    let Some(prev_para) = doc.toks.get(prev_tok).map(|t| t.paragraph as usize) else {
        return false;
    };
    let same = prev_para == q.paragraph;
    let next_para = opens_paragraph
        && prev_para + 1 == q.paragraph
        && (prev.quote != QuoteKind::Indirect
            || q.continued
            || in_last_sentence(doc, prev_para, prev_tok));
    same || next_para
}

/// Token `k` lies in the last sentence of paragraph `para`: no sentence that no
/// one is said to have said comes after it in the paragraph.
fn in_last_sentence(doc: &Doc, para: usize, k: usize) -> bool {
    let Some(&(p0, p1)) = doc.para_toks.get(para) else {
        return false;
    };
    p1 > p0 && doc.sentence_range(p1 - 1).0 <= k
}

/// "I" and "we" inside a quotation stand for the quotation's speaker.
///
/// `sorted` attributions of `found` come first, in order of content; the rest
/// (continued quotations) follow, in text order.
pub fn speakers_of_quotes(doc: &Doc, found: &mut [Attribution], sorted: usize) {
    let reaches = [
        Reach::new(0, &found[..sorted]),
        Reach::new(sorted, &found[sorted..]),
    ];
    for n in 0..found.len() {
        let Some(src) = found[n].source else { continue };
        if !first_person(src.text(doc.text)) {
            continue;
        }
        let outer = reaches
            .iter()
            .flat_map(|r| r.holding(src))
            .find(|&k| found[k].source != Some(src));
        if let Some(outer) = outer {
            let outer = &found[outer];
            let speaker = outer
                .resolved
                .clone()
                .or_else(|| outer.source.map(|s| s.text(doc.text).to_string()));
            let source_type = outer.source_type;
            found[n].resolved = speaker;
            found[n].source_type = source_type;
        } else if found[n].resolved.is_none() {
            // "I" resolved to the last person named keeps that person's type
            found[n].source_type = SourceType::UnnamedPerson;
        }
    }
}
