//! Where one sentence carries independent claims: conservative split points.
//!
//! | boundary | example | condition |
//! |---|---|---|
//! | semicolon | "Sales rose; profits fell." | both sides have a finite verb |
//! | `, while` / `, whereas` | "France struck Raqqa, while Russian warplanes struck the same area." | the clause has a finite verb |
//! | unpaired em dash | "…notice Tuesday—the first time it had done so since…" | the tail has a finite verb |
//!
//! Nothing inside quote marks is ever split, paired dashes ("rebels—Turkey,
//! Saudi Arabia and Qatar—still want") enclose an aside, and both sides must
//! have at least [`MIN_WORDS`] words. When unsure, the sentence stays whole.

use crate::verbs::{has_finite_verb, is_finite};
use claimkit_core::Span;

/// Fewest words each side of a split must have.
pub const MIN_WORDS: usize = 4;

/// Subordinating words that open an independent contrasting clause after a comma.
const CONTRAST_OPENERS: &[&str] = &[", while ", ", whereas "];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Boundary {
    /// Split after this byte (the semicolon stays on the left).
    Semicolon,
    /// Split around the opener word ("while"), which neither part keeps.
    Contrast,
    /// Split at the dash.
    Dash,
}

/// `s` has at least `n` words (reading no further than the `n`-th).
fn has_words(s: &str, n: usize) -> bool {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(n)
        .count()
        >= n
}

/// Candidate boundaries at quote depth 0: (byte offset where the right part starts, kind).
fn candidates(text: &str, span: Span) -> Vec<(usize, usize, Boundary)> {
    let s = span.text(text);
    let mut depth = 0i32;
    let mut straight_open = false;
    let mut out = Vec::new();
    let mut dashes = Vec::new();
    for (i, c) in s.char_indices() {
        match c {
            '“' => depth += 1,
            '”' => depth = (depth - 1).max(0),
            '"' => {
                straight_open = !straight_open;
                depth += if straight_open { 1 } else { -1 };
                depth = depth.max(0);
            }
            ';' if depth == 0 => out.push((i, i + 1, Boundary::Semicolon)),
            '—' if depth == 0 => dashes.push(i),
            ',' if depth == 0 => {
                for opener in CONTRAST_OPENERS {
                    if s[i..].starts_with(opener) {
                        // The connective itself belongs to neither claim.
                        out.push((i, i + opener.len(), Boundary::Contrast));
                    }
                }
            }
            _ => {}
        }
    }
    // Dashes pair up as asides; an odd one out introduces a new clause.
    if dashes.len() % 2 == 1 {
        if let Some(&d) = dashes.last() {
            out.push((d, d + '—'.len_utf8(), Boundary::Dash));
        }
    }
    out.sort_by_key(|c| c.0);
    out.into_iter()
        .map(|(l, r, b)| (span.start + l, span.start + r, b))
        .collect()
}

/// The parts of `span` after conservative splitting (the whole span when no
/// boundary qualifies).
pub fn split_points(text: &str, span: Span) -> Vec<Span> {
    let mut parts = Vec::new();
    let mut start = span.start;
    let cands = candidates(text, span);
    // The left part grows while candidates do not split it: judge it from the
    // span's words read once, not by reading it again at every candidate.
    let words = Words::new(text, span);
    for (k, &(left_end, right_start, kind)) in cands.iter().enumerate() {
        let next = cands.get(k + 1).map_or(span.end, |c| c.0);
        let right = &text[right_start..next];
        let left = words.between(text, start, left_end);
        let ok = left.words >= MIN_WORDS
            && has_words(right, MIN_WORDS)
            && has_finite_verb(right)
            && (kind != Boundary::Semicolon || left.finite_verb);
        if ok {
            let left_end = if kind == Boundary::Semicolon {
                left_end + 1
            } else {
                left_end
            };
            parts.push(Span::new(start, left_end));
            start = right_start;
        }
    }
    parts.push(Span::new(start, span.end));
    parts
}

/// The whitespace-separated words of a span, read once, with running counts
/// of those holding a letter or digit and of finite verbs.
struct Words {
    /// Byte range of each word.
    at: Vec<(usize, usize)>,
    /// `counted[n]`: words among the first `n` with a letter or digit.
    counted: Vec<usize>,
    /// `finite[n]`: finite verbs among the first `n` words.
    finite: Vec<usize>,
}

/// What a stretch of text holds, as [`has_words`] and [`has_finite_verb`] read it.
struct Stretch {
    words: usize,
    finite_verb: bool,
}

impl Words {
    fn new(text: &str, span: Span) -> Words {
        let mut words = Words {
            at: Vec::new(),
            counted: vec![0],
            finite: vec![0],
        };
        let body = span.text(text);
        let mut word_start = None;
        for (i, c) in body.char_indices().chain([(body.len(), ' ')]) {
            match (c.is_whitespace(), word_start) {
                (true, Some(s)) => {
                    words.push(text, span.start + s, span.start + i);
                    word_start = None;
                }
                (false, None) => word_start = Some(i),
                _ => {}
            }
        }
        words
    }

    fn push(&mut self, text: &str, start: usize, end: usize) {
        let word = &text[start..end];
        let counted = word.chars().any(char::is_alphanumeric);
        self.at.push((start, end));
        self.counted
            .push(self.counted[self.at.len() - 1] + usize::from(counted));
        self.finite
            .push(self.finite[self.at.len() - 1] + usize::from(is_finite(word)));
    }

    /// The words of `text[lo..hi]` (a word cut at either end counts as the
    /// piece inside), as `split_whitespace` over that stretch would give them.
    fn between(&self, text: &str, lo: usize, hi: usize) -> Stretch {
        let first = self.at.partition_point(|&(_, e)| e <= lo);
        let last = self.at.partition_point(|&(s, _)| s < hi);
        let mut stretch = Stretch {
            words: 0,
            finite_verb: false,
        };
        if first >= last {
            return stretch;
        }
        let mut cut = |k: usize| {
            let (s, e) = self.at[k];
            let piece = &text[s.max(lo)..e.min(hi)];
            stretch.words += usize::from(piece.chars().any(char::is_alphanumeric));
            stretch.finite_verb |= is_finite(piece);
        };
        let (lo_cut, hi_cut) = (self.at[first].0 < lo, self.at[last - 1].1 > hi);
        if first + 1 == last && (lo_cut || hi_cut) {
            cut(first);
            return stretch;
        }
        if lo_cut {
            cut(first);
        }
        if hi_cut {
            cut(last - 1);
        }
        // Whole words inside: from the running counts.
        let (from, to) = (first + usize::from(lo_cut), last - usize::from(hi_cut));
        stretch.words += self.counted[to] - self.counted[from];
        stretch.finite_verb |= self.finite[to] > self.finite[from];
        stretch
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<&str> {
        split_points(s, Span::new(0, s.len()))
            .iter()
            .map(|p| p.text(s).trim())
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn the_word_table_reads_a_stretch_as_reading_it_again(
            s in "[a-z ;,—]{0,60}(had|said|struck|walked)?[a-z ;]{0,20}",
            lo in 0usize..90,
            hi in 0usize..90,
        ) {
            let words = Words::new(&s, Span::new(0, s.len()));
            let (lo, hi) = (lo.min(s.len()), hi.min(s.len()));
            if lo <= hi && s.is_char_boundary(lo) && s.is_char_boundary(hi) {
                let stretch = words.between(&s, lo, hi);
                let piece = &s[lo..hi];
                let counted = piece.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
                proptest::prop_assert_eq!(stretch.words, counted);
                proptest::prop_assert_eq!(stretch.finite_verb, has_finite_verb(piece));
            }
        }
    }

    #[test]
    fn while_clause_with_its_own_verb_splits() {
        let s = "France launched a third round of airstrikes Tuesday night against Raqqa, while waves of Russian warplanes struck the same area.";
        assert_eq!(
            split(s),
            [
                "France launched a third round of airstrikes Tuesday night against Raqqa",
                "waves of Russian warplanes struck the same area."
            ]
        );
    }

    #[test]
    fn unpaired_dash_with_finite_verb_splits() {
        let s = "Russia gave Washington advance notice of its airstrikes Tuesday—the first time it had done so since the campaign started.";
        assert_eq!(split(s).len(), 2);
    }

    #[test]
    fn dash_elaboration_without_verb_stays() {
        let s = "Russia conducted between 12 and 20 strikes Tuesday—some cruise missiles from Russian ships and some strikes by bombers.";
        assert_eq!(split(s).len(), 1);
    }

    #[test]
    fn paired_dashes_are_an_aside() {
        let s = "Countries most supportive of the rebels—Turkey, Saudi Arabia and Qatar—still want an exit date set for Mr. Assad.";
        assert_eq!(split(s).len(), 1);
    }

    #[test]
    fn semicolon_between_clauses_splits() {
        let s =
            "Exports rose 5% in March to a record high; imports fell for the third month in a row.";
        assert_eq!(
            split(s),
            [
                "Exports rose 5% in March to a record high;",
                "imports fell for the third month in a row."
            ]
        );
    }

    #[test]
    fn semicolon_in_a_list_stays() {
        let s = "Delegates came from Paris, France; Berlin, Germany; and Rome, Italy.";
        assert_eq!(split(s).len(), 1);
    }

    #[test]
    fn nothing_inside_quotes_splits() {
        let s = "“We struck the base; the enemy was destroyed,” the general said at the briefing.";
        assert_eq!(split(s).len(), 1);
    }
}
