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
pub fn claims(text: &str, sentences: &[Sentence], facets: &Facets<'_>) -> Vec<Claim> {
    let mut out = Vec::new();
    for (i, sentence) in sentences.iter().enumerate() {
        for (span, attribution) in units(text, sentence.span, facets.attributions) {
            let reported = attribution
                .and_then(|k| facets.attributions.get(k))
                .is_some_and(|a| a.quote != QuoteKind::Direct);
            for part in split_points(text, span) {
                let part = trim_claim(text, part, reported);
                if part.is_empty() {
                    continue;
                }
                out.push(make_claim(text, i, sentence, part, attribution, facets));
            }
        }
    }
    out
}

/// The pieces of one sentence: attributed content (with its attribution) or
/// the whole sentence for the publication.
fn units(text: &str, sentence: Span, attributions: &[Attribution]) -> Vec<(Span, Option<usize>)> {
    let mut pieces: Vec<(Span, Option<usize>)> = attributions
        .iter()
        .enumerate()
        .filter(|(_, a)| a.content.overlaps(sentence))
        .map(|(k, a)| {
            let start = a.content.start.max(sentence.start);
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

/// Trim white space, stray punctuation and paired quote marks from both ends;
/// `reported` content (indirect speech) also loses a leading "that".
fn trim_claim(text: &str, span: Span, reported: bool) -> Span {
    let mut s = span.start;
    let mut e = span.end;
    loop {
        let t = &text[s..e];
        let before = (s, e);
        let lead = t.len() - t.trim_start_matches(TRIM).len();
        s += lead;
        let t = &text[s..e];
        e -= t.len() - t.trim_end_matches(TRIM).len();
        let t = &text[s..e];
        if let (Some(open), Some(close)) = (t.chars().next(), t.chars().last()) {
            if t.chars().count() > 1 && OPEN_QUOTES.contains(&open) && CLOSE_QUOTES.contains(&close)
            {
                let inner = &t[open.len_utf8()..t.len() - close.len_utf8()];
                // Only a pair that encloses the whole claim (no quote mark inside).
                if !inner.contains(OPEN_QUOTES) && !inner.contains(CLOSE_QUOTES) {
                    s += open.len_utf8();
                    e -= close.len_utf8();
                }
            }
        }
        let t = &text[s..e];
        // A lone opening quote of a quote that runs on (cut-off or continued).
        if let Some(open) = t.chars().next() {
            if matches!(open, '“') && !t[open.len_utf8()..].contains('”') {
                s += open.len_utf8();
            }
        }
        let t = &text[s..e];
        if reported {
            for word in LEADING_COMPLEMENTISERS {
                if t.len() > word.len() && t.starts_with(word) {
                    s += word.len();
                }
            }
        }
        let t = &text[s..e];
        if let Some(close) = t.chars().last() {
            if matches!(close, '”') && !t[..t.len() - close.len_utf8()].contains('“') {
                e -= close.len_utf8();
            }
        }
        if (s, e) == before {
            return Span::new(s, e);
        }
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

fn make_claim(
    text: &str,
    sentence_index: usize,
    sentence: &Sentence,
    span: Span,
    attribution: Option<usize>,
    facets: &Facets<'_>,
) -> Claim {
    let a = attribution.and_then(|k| facets.attributions.get(k));
    let quantities = facets
        .quantities
        .iter()
        .filter(|q| span.contains(q.span))
        .count();
    let times: Vec<&TimeExpr> = facets
        .times
        .iter()
        .filter(|t| span.contains(t.span))
        .collect();
    let facts = ClaimFacts {
        quantities,
        resolved_times: times.iter().filter(|t| t.start.is_some()).count(),
        attributed: a.is_some(),
        direct_quote: a.is_some_and(|a| a.quote == QuoteKind::Direct),
    };
    let verdict = assess(span.text(text), &facts);
    Claim {
        span,
        sentence: sentence_index,
        attribution,
        standalone: standalone(text, span, a, &times, cut_off(text, sentence, span)),
        checkworthiness: Some(round(verdict.score)),
        checkworthy: verdict.checkworthy,
        reasons: verdict.reasons,
        truncated: sentence.truncated,
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
    fn cut_off_quote_loses_its_lone_opening_mark() {
        assert_eq!(
            trimmed("“Today, we also need to form a new coalition"),
            "Today, we also need to form a new coalition"
        );
    }
}
