//! Claim units: the checkable statements cut out of sentences.
//!
//! Each sentence yields one claim, or several where it carries independent
//! statements:
//!
//! * an attributed sentence yields its **content** as the claim ("U.S.
//!   officials said Russia conducted …" → "Russia conducted …", source U.S.
//!   officials); a quote spread over several sentences yields one claim per
//!   sentence, each keeping the source;
//! * a sentence is **split** conservatively at the boundaries in
//!   [`crate::clauses`]: semicolons, "…, while …" clauses and an unpaired em
//!   dash whose tail has its own finite verb — never inside quotes, and only
//!   when both sides are long enough to stand alone;
//! * everything else is one claim asserted by the publication.
//!
//! `standalone` makes the claim readable on its own: relative dates are
//! followed by the date they resolve to and the attribution is appended with
//! the resolved source name.

use crate::checkworthy::{assess, ClaimFacts};
use crate::clauses::split_points;
use crate::standalone::standalone;
use claimkit_core::{Attribution, Claim, Quantity, QuoteKind, Sentence, Span, TimeExpr};

/// Characters trimmed from both ends of a claim span.
const TRIM: &[char] = &[' ', ',', ';', ':', '—', '–'];
/// Complementisers that open reported content ("said that …") and are not part of the claim.
const LEADING_COMPLEMENTISERS: &[&str] = &["that "];
/// Opening and closing quote marks trimmed as pairs.
const OPEN_QUOTES: &[char] = &['“', '"', '‘'];
const CLOSE_QUOTES: &[char] = &['”', '"', '’'];

/// Scores are rounded to this many decimals in the tables (the threshold applies before rounding).
const SCORE_DECIMALS: i32 = 3;

/// The facets a claim needs from the other stages.
pub struct Facets<'a> {
    /// Attributions of the document.
    pub attributions: &'a [Attribution],
    /// Quantities of the document.
    pub quantities: &'a [Quantity],
    /// Times of the document.
    pub times: &'a [TimeExpr],
}

/// Claim units of a document, in text order.
///
/// Each sentence reads only the attributions, quantities and times near it (found
/// by binary search over tables built once), so the work grows linearly with the
/// document however many sentences and facets it has.
pub fn claims(text: &str, sentences: &[Sentence], facets: &Facets<'_>) -> Vec<Claim> {
    let index = FacetIndex::new(sentences, facets);
    let mut out = Vec::new();
    for (i, sentence) in sentences.iter().enumerate() {
        let nearby = index.attributions_of(i);
        for (span, attribution) in units(text, sentence.span, facets.attributions, nearby) {
            let reported = attribution
                .and_then(|k| facets.attributions.get(k))
                .is_some_and(|a| a.quote != QuoteKind::Direct);
            for part in split_points(text, span) {
                let part = trim_claim(text, part, reported);
                if part.is_empty() {
                    continue;
                }
                let unit = Unit {
                    sentence_index: i,
                    sentence,
                    span: part,
                    attribution,
                };
                out.push(make_claim(text, &unit, facets, &index));
            }
        }
    }
    out
}

/// Where the facets of a document lie, for look-ups by sentence and by span.
struct FacetIndex {
    /// For every sentence, the range of `overlapping` that holds its attributions.
    sentence_ranges: Vec<(usize, usize)>,
    /// Indexes of the attributions whose content overlaps each sentence, sentence by
    /// sentence, each sentence's in attribution order.
    overlapping: Vec<usize>,
    quantities: ByStart,
    times: ByStart,
}

impl FacetIndex {
    fn new(sentences: &[Sentence], facets: &Facets<'_>) -> FacetIndex {
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        for (k, a) in facets.attributions.iter().enumerate() {
            let first = sentences.partition_point(|s| s.span.end <= a.content.start);
            let overlapped = sentences[first..]
                .iter()
                .enumerate()
                .take_while(|(_, s)| s.span.start < a.content.end.max(a.content.start + 1))
                .filter(|(_, s)| a.content.overlaps(s.span));
            pairs.extend(overlapped.map(|(n, _)| (first + n, k)));
        }
        pairs.sort_unstable();
        let mut sentence_ranges = vec![(0, 0); sentences.len()];
        let mut at = 0;
        for (i, range) in sentence_ranges.iter_mut().enumerate() {
            let start = at;
            while at < pairs.len() && pairs[at].0 == i {
                at += 1;
            }
            *range = (start, at);
        }
        FacetIndex {
            sentence_ranges,
            overlapping: pairs.into_iter().map(|(_, k)| k).collect(),
            quantities: ByStart::new(facets.quantities.iter().map(|q| q.span)),
            times: ByStart::new(facets.times.iter().map(|t| t.span)),
        }
    }

    /// Indexes of the attributions whose content overlaps sentence `i`, in order.
    fn attributions_of(&self, i: usize) -> &[usize] {
        let (start, end) = self.sentence_ranges.get(i).copied().unwrap_or((0, 0));
        &self.overlapping[start..end]
    }
}

/// Spans ordered by start, for finding those inside a span by binary search.
struct ByStart {
    spans: Vec<Span>,
    /// Indexes into `spans`, by start.
    order: Vec<usize>,
}

impl ByStart {
    fn new(spans: impl Iterator<Item = Span>) -> ByStart {
        let spans: Vec<Span> = spans.collect();
        let mut order: Vec<usize> = (0..spans.len()).collect();
        order.sort_by_key(|&k| spans[k].start);
        ByStart { spans, order }
    }

    /// Indexes of the spans that lie inside `span`, in their original order.
    fn inside(&self, span: Span) -> Vec<usize> {
        let lo = self
            .order
            .partition_point(|&k| self.spans[k].start < span.start);
        let hi = self
            .order
            .partition_point(|&k| self.spans[k].start <= span.end);
        let mut found: Vec<usize> = self.order[lo..hi.max(lo)]
            .iter()
            .copied()
            .filter(|&k| span.contains(self.spans[k]))
            .collect();
        found.sort_unstable();
        found
    }
}

/// The pieces of one sentence: attributed content (with its attribution) or
/// the whole sentence for the publication. `nearby` holds the indexes of the
/// attributions whose content overlaps the sentence, in order.
fn units(
    text: &str,
    sentence: Span,
    attributions: &[Attribution],
    nearby: &[usize],
) -> Vec<(Span, Option<usize>)> {
    let mut pieces: Vec<(Span, Option<usize>)> = nearby
        .iter()
        .filter_map(|&k| attributions.get(k).map(|a| (k, a)))
        .filter(|(_, a)| a.content.overlaps(sentence))
        .map(|(k, a)| {
            // "Figures showed a 5% rise in exports": the finding's small clause reads
            // only with its source, which stays in the claim
            let from = match a.source {
                Some(source) if small_clause_finding(text, a) => source.start,
                _ => a.content.start,
            };
            let start = from.max(sentence.start);
            let end = a.content.end.min(sentence.end);
            (Span::new(start, end), Some(k))
        })
        .filter(|(s, _)| !s.trim(text).is_empty())
        .collect();
    pieces.sort_by_key(|(s, _)| (s.start, s.end));
    // Nested or overlapping contents: keep the first, drop what it covers.
    let mut kept: Vec<(Span, Option<usize>)> = Vec::new();
    for piece in pieces {
        match kept.last() {
            Some((last, _)) if last.overlaps(piece.0) => {}
            _ => kept.push(piece),
        }
    }
    if kept.is_empty() {
        kept.push((sentence, None));
    }
    kept
}

/// Cue forms of a finding that take a small clause with no verb ("figures showed a 5%
/// rise", "photos showed bodies in the street").
const FINDING_CUES: &[&str] = &[
    "show",
    "shows",
    "showed",
    "shown",
    "indicate",
    "indicates",
    "indicated",
    "reveal",
    "reveals",
    "revealed",
    "find",
    "finds",
    "found",
];

/// Words besides finite verbs ([`crate::verbs`]) that show a clause in what a finding
/// reports ("found that prices rose", "showed costs to be high").
const CLAUSE_WORDS: &[&str] = &["that", "be", "been"];

/// A word ending in "-ed" after an adverb in "-ly", a plural noun or a number is a
/// clause's verb ("the camp successfully maintained", "citizens favoured", "by 2050
/// exceeded"); after other words it may be an adjective ("numerous bloodied bodies").
/// Adjectives in "-ous" are no plural nouns.
fn past_verb_after(before: &str, word: &str) -> bool {
    word.ends_with("ed")
        && (before.ends_with("ly")
            || (before.ends_with('s') && !before.ends_with("ous") && !before.ends_with("ss"))
            || before.chars().all(|c| c.is_ascii_digit()))
}

/// `a` is a finding whose content, right after its cue, is a small clause with no verb
/// ("Figures showed a 5% rise in exports"): the content alone is no statement.
fn small_clause_finding(text: &str, a: &Attribution) -> bool {
    let (Some(source), Some(cue)) = (a.source, a.cue) else {
        return false;
    };
    let cue_word = cue.text(text).trim();
    let between = text.get(cue.end..a.content.start).unwrap_or("x");
    source.end <= cue.start
        && cue.end <= a.content.start
        && between.trim().is_empty()
        && FINDING_CUES
            .iter()
            .any(|c| c.eq_ignore_ascii_case(cue_word))
        && {
            let words: Vec<&str> = a
                .content
                .text(text)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            !words.iter().any(|w| {
                CLAUSE_WORDS.contains(w) || crate::verbs::is_auxiliary_or_irregular_past(w)
            }) && !words.windows(2).any(|p| past_verb_after(p[0], p[1]))
        }
}

/// Trim white space, stray punctuation and paired quote marks from both ends;
/// `reported` content (indirect speech) also loses a leading "that".
///
/// Each round costs the same however long the claim is (the quote marks inside
/// are looked up in [`Marks`]), so many marks or words to trim take linear time.
fn trim_claim(text: &str, span: Span, reported: bool) -> Span {
    let marks = Marks::new(text, span);
    let (mut s, mut e) = (span.start, span.end);
    loop {
        let before = (s, e);
        let t = &text[s..e];
        s += t.len() - t.trim_start_matches(TRIM).len();
        let t = &text[s..e];
        e -= t.len() - t.trim_end_matches(TRIM).len();
        (s, e) = without_enclosing_pair(text, &marks, s, e);
        // A lone opening quote of a quote that runs on (cut-off or continued).
        if let Some(open) = text[s..e].chars().next() {
            if open == '“' && !Marks::any(&marks.curly_close, s + open.len_utf8(), e) {
                s += open.len_utf8();
            }
        }
        if reported {
            let t = &text[s..e];
            for word in LEADING_COMPLEMENTISERS {
                if t.len() > word.len() && t.starts_with(word) {
                    s += word.len();
                }
            }
        }
        if let Some(close) = text[s..e].chars().next_back() {
            if close == '”' && !Marks::any(&marks.curly_open, s, e - close.len_utf8()) {
                e -= close.len_utf8();
            }
        }
        if (s, e) == before {
            return Span::new(s, e);
        }
    }
}

/// `s..e` without a pair of quote marks that encloses all of it (no quote mark inside).
fn without_enclosing_pair(text: &str, marks: &Marks, s: usize, e: usize) -> (usize, usize) {
    let t = &text[s..e];
    let mut chars = t.chars();
    let (Some(open), Some(close)) = (chars.next(), chars.next_back()) else {
        return (s, e);
    };
    if !OPEN_QUOTES.contains(&open) || !CLOSE_QUOTES.contains(&close) {
        return (s, e);
    }
    let (inner_s, inner_e) = (s + open.len_utf8(), e - close.len_utf8());
    if Marks::any(&marks.open, inner_s, inner_e) || Marks::any(&marks.close, inner_s, inner_e) {
        return (s, e);
    }
    (inner_s, inner_e)
}

/// Byte offsets of the quote marks in a claim span.
struct Marks {
    /// Any of [`OPEN_QUOTES`].
    open: Vec<usize>,
    /// Any of [`CLOSE_QUOTES`].
    close: Vec<usize>,
    curly_open: Vec<usize>,
    curly_close: Vec<usize>,
}

impl Marks {
    fn new(text: &str, span: Span) -> Marks {
        let mut marks = Marks {
            open: Vec::new(),
            close: Vec::new(),
            curly_open: Vec::new(),
            curly_close: Vec::new(),
        };
        // Every quote mark is `"` or a three-byte `“ ” ‘ ’` (E2 80 xx): look at
        // those bytes only.
        let bytes = span.text(text).as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            let c = match (b, bytes.get(i + 1..i + 3)) {
                (b'"', _) => '"',
                (0xE2, Some([0x80, 0x9C])) => '“',
                (0xE2, Some([0x80, 0x9D])) => '”',
                (0xE2, Some([0x80, 0x98])) => '‘',
                (0xE2, Some([0x80, 0x99])) => '’',
                _ => continue,
            };
            let at = span.start + i;
            if OPEN_QUOTES.contains(&c) {
                marks.open.push(at);
            }
            if CLOSE_QUOTES.contains(&c) {
                marks.close.push(at);
            }
            match c {
                '“' => marks.curly_open.push(at),
                '”' => marks.curly_close.push(at),
                _ => {}
            }
        }
        marks
    }

    /// True when a mark of `list` starts in `lo..hi`.
    fn any(list: &[usize], lo: usize, hi: usize) -> bool {
        let k = list.partition_point(|&p| p < lo);
        k < list.len() && list[k] < hi
    }
}

/// The claim runs to the end of a sentence the source cut off.
fn cut_off(text: &str, sentence: &Sentence, claim: Span) -> bool {
    sentence.truncated
        && text
            .get(claim.end..sentence.span.end)
            .is_some_and(|rest| !rest.chars().any(char::is_alphanumeric))
}

fn round(score: f64) -> f64 {
    let scale = 10f64.powi(SCORE_DECIMALS);
    (score * scale).round() / scale
}

/// One claim span and where it comes from.
struct Unit<'s> {
    sentence_index: usize,
    sentence: &'s Sentence,
    span: Span,
    attribution: Option<usize>,
}

fn make_claim(text: &str, unit: &Unit<'_>, facets: &Facets<'_>, index: &FacetIndex) -> Claim {
    let span = unit.span;
    let a = unit.attribution.and_then(|k| facets.attributions.get(k));
    let quantities = index.quantities.inside(span).len();
    let times: Vec<&TimeExpr> = index
        .times
        .inside(span)
        .into_iter()
        .filter_map(|k| facets.times.get(k))
        .collect();
    let facts = ClaimFacts {
        quantities,
        resolved_times: times.iter().filter(|t| t.start.is_some()).count(),
        attributed: a.is_some(),
        direct_quote: a.is_some_and(|a| a.quote == QuoteKind::Direct),
    };
    let verdict = assess(span.text(text), &facts);
    let cut = cut_off(text, unit.sentence, span);
    Claim {
        span,
        sentence: unit.sentence_index,
        attribution: unit.attribution,
        standalone: standalone(text, span, a, &times, cut),
        checkworthiness: Some(round(verdict.score)),
        checkworthy: verdict.checkworthy,
        reasons: verdict.reasons,
        truncated: unit.sentence.truncated,
    }
}

#[cfg(test)]
mod index_tests {
    //! The facet index finds what a scan of every facet would, reading only what is near.

    use super::*;
    use claimkit_core::{Granularity, SourceType};

    fn sentence(start: usize, end: usize) -> Sentence {
        Sentence {
            span: Span::new(start, end),
            paragraph: 0,
            truncated: false,
        }
    }

    fn attribution(start: usize, end: usize) -> Attribution {
        Attribution {
            sentence: 0,
            source: None,
            resolved: None,
            source_type: SourceType::UnnamedPerson,
            role: None,
            affiliation: None,
            cue: None,
            quote: QuoteKind::Indirect,
            via: None,
            content: Span::new(start, end),
        }
    }

    fn time(start: usize, end: usize) -> TimeExpr {
        TimeExpr {
            span: Span::new(start, end),
            start: None,
            end: None,
            granularity: Granularity::Unknown,
        }
    }

    #[test]
    fn repeated_said_sentences_read_only_their_own_facets() {
        // Sentences of 10 bytes, each with one attribution and one time inside.
        let n = 1000;
        let sentences: Vec<Sentence> = (0..n).map(|i| sentence(10 * i, 10 * i + 9)).collect();
        let attributions: Vec<Attribution> = (0..n)
            .map(|i| attribution(10 * i + 2, 10 * i + 9))
            .collect();
        let times: Vec<TimeExpr> = (0..n).map(|i| time(10 * i + 5, 10 * i + 8)).collect();
        let facets = Facets {
            attributions: &attributions,
            quantities: &[],
            times: &times,
        };
        let index = FacetIndex::new(&sentences, &facets);
        let read: usize = (0..n).map(|i| index.attributions_of(i).len()).sum();
        assert_eq!(read, n, "each sentence reads its own attribution only");
        for (i, s) in sentences.iter().enumerate() {
            assert_eq!(index.attributions_of(i), [i]);
            assert_eq!(index.times.inside(s.span), [i]);
        }
    }

    #[test]
    fn the_index_finds_what_a_scan_finds() {
        let sentences: Vec<Sentence> = (0..40).map(|i| sentence(10 * i, 10 * i + 9)).collect();
        // Contents over several sentences, empty ones, nested and out of order ones.
        let mut attributions = Vec::new();
        for k in 0..120 {
            let start = (k * 37) % 400;
            let len = [0, 3, 9, 25, 70][k % 5];
            attributions.push(attribution(start, (start + len).min(400)));
        }
        let times: Vec<TimeExpr> = (0..90)
            .map(|k| time((k * 53) % 395, (k * 53) % 395 + 4))
            .collect();
        let facets = Facets {
            attributions: &attributions,
            quantities: &[],
            times: &times,
        };
        let index = FacetIndex::new(&sentences, &facets);
        for (i, s) in sentences.iter().enumerate() {
            let scan: Vec<usize> = (0..attributions.len())
                .filter(|&k| attributions[k].content.overlaps(s.span))
                .collect();
            assert_eq!(index.attributions_of(i), scan, "sentence {i}");
            for span in [s.span, Span::new(s.span.start, s.span.start + 30)] {
                let scan: Vec<usize> = (0..times.len())
                    .filter(|&k| span.contains(times[k].span))
                    .collect();
                assert_eq!(index.times.inside(span), scan, "{span:?}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trimmed(s: &str) -> &str {
        trim_claim(s, Span::new(0, s.len()), false).text(s)
    }

    fn trimmed_reported(s: &str) -> &str {
        trim_claim(s, Span::new(0, s.len()), true).text(s)
    }

    /// A finding attribution: source, cue and content at the first occurrence of each
    /// in `text`.
    fn finding(text: &str, source: &str, cue: &str, content: &str) -> Attribution {
        let at = |w: &str| {
            let s = text.find(w).expect("in the text");
            Span::new(s, s + w.len())
        };
        Attribution {
            sentence: 0,
            source: Some(at(source)),
            resolved: None,
            source_type: claimkit_core::SourceType::Document,
            role: None,
            affiliation: None,
            cue: Some(at(cue)),
            quote: QuoteKind::Indirect,
            via: None,
            content: at(content),
        }
    }

    #[test]
    fn a_findings_small_clause_keeps_its_source_in_the_claim() {
        // Reuters-style: "Figures showed a 5% rise in exports."
        let text = "Figures showed a 5% rise in exports.";
        let a = finding(text, "Figures", "showed", "a 5% rise in exports.");
        assert!(small_clause_finding(text, &a));
        let sentence = Span::new(0, text.len());
        assert_eq!(units(text, sentence, &[a], &[0]), [(sentence, Some(0))]);
        // a clause after the cue stands alone
        let text = "Data showed exports were up 5%.";
        let a = finding(text, "Data", "showed", "exports were up 5%.");
        assert!(!small_clause_finding(text, &a));
        let text = "The survey found that prices rose.";
        let a = finding(text, "The survey", "found", "that prices rose.");
        assert!(!small_clause_finding(text, &a));
        let text = "A poll found only a quarter of citizens favoured the plan.";
        let a = finding(
            text,
            "A poll",
            "found",
            "only a quarter of citizens favoured the plan.",
        );
        assert!(!small_clause_finding(text, &a));
        // "-ed" adjectives are no verbs
        let text = "Photos showed numerous bloodied bodies and scattered debris.";
        let a = finding(
            text,
            "Photos",
            "showed",
            "numerous bloodied bodies and scattered debris.",
        );
        assert!(small_clause_finding(text, &a));
    }

    #[test]
    fn reported_content_drops_its_complementiser() {
        assert_eq!(
            trimmed_reported("that obstacles to meaningful cooperation remain,"),
            "obstacles to meaningful cooperation remain"
        );
        assert_eq!(trimmed_reported("That is all,"), "That is all");
    }

    #[test]
    fn quote_marks_enclosing_the_claim_are_trimmed() {
        assert_eq!(
            trimmed("“That is something that we very much want to see,”"),
            "That is something that we very much want to see"
        );
    }

    #[test]
    fn partial_quotes_inside_the_claim_stay() {
        let s = "Russia has been a “constructive partner” in diplomatic talks";
        assert_eq!(trimmed(s), s);
    }

    #[test]
    fn many_marks_and_complementisers_are_trimmed_one_round_each() {
        let many = format!("{}Prices rose”", "that ".repeat(500));
        assert_eq!(trimmed_reported(&many), "Prices rose");
        let many = format!("{}Prices rose", "“".repeat(500));
        assert_eq!(trimmed(&many), "Prices rose");
        let nested = format!("{}Prices rose{}", "“".repeat(5), "”".repeat(5));
        assert_eq!(trimmed(&nested), nested);
    }

    #[test]
    fn cut_off_quote_loses_its_lone_opening_mark() {
        assert_eq!(
            trimmed("“Today, we also need to form a new coalition"),
            "Today, we also need to form a new coalition"
        );
    }
}
