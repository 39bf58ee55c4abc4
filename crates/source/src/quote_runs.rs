//! A partly quoted statement whose quotation runs on over whole sentences: "Richardson
//! said that Rudolph “can't antagonize a fight and then claim bullying. You get what's
//! coming to you. He was protecting himself.”" The frame's content is the first
//! sentence, partly quoted (mixed); every sentence after it that lies wholly inside the
//! quotation is the same speaker's direct quotation, with no cue of its own. News gold
//! splits a quotation at its sentence ends, and a quote kind belongs to each part.

use crate::doc::Doc;
use crate::frames;
use claimkit_core::{Attribution, QuoteKind, Span};

/// Split every mixed attribution of `found` whose quotation runs on past the end of
/// its first sentence (see the module docs). Each new part follows the
/// attribution it came from; `found` is sorted again by content by the caller.
pub fn split_quoted_runs(doc: &Doc, found: &mut Vec<Attribution>) {
    let mut parts = Vec::new();
    for a in found.iter_mut() {
        if a.quote != QuoteKind::Mixed {
            continue;
        }
        let Some((first, rest)) = runs_on(doc, a) else {
            continue;
        };
        for (s, content) in rest {
            parts.push(Attribution {
                sentence: s,
                cue: None,
                quote: QuoteKind::Direct,
                content,
                ..a.clone()
            });
        }
        a.content = first;
        a.quote = crate::quote_kind(doc, first);
    }
    found.extend(parts);
}

/// The first sentence's part of `a`'s content and every later sentence's part, when
/// a closed quotation that opens in the first sentence holds each later sentence whole
/// and the content ends with it (a quotation left open may hold the writer's frame).
fn runs_on(doc: &Doc, a: &Attribution) -> Option<(Span, Vec<(usize, Span)>)> {
    let sentences = doc.sentences;
    let s0 = sentences.partition_point(|s| s.span.end <= a.content.start);
    let first = sentences.get(s0)?.span;
    if a.content.end <= first.end {
        return None;
    }
    // the quotation that opens inside the first sentence's part and runs past it
    let k = doc.quotes.partition_point(|q| q.open < a.content.start);
    let q = doc.quotes[k..]
        .iter()
        .take_while(|q| q.open < first.end)
        .find(|q| q.inner.end > first.end && q.closed)?;
    // the content ends with the quotation (its closing mark, or a stop after it)
    let tail = doc.text.get(q.inner.end..a.content.end)?;
    if !tail.chars().all(|c| !c.is_alphanumeric()) {
        return None;
    }
    let mut rest = Vec::new();
    // brackets and inner quotations open so far, read once over the quotation
    let mut nesting = Nesting::default();
    let mut read = q.inner.start;
    for (s, sentence) in sentences.iter().enumerate().skip(s0 + 1) {
        if sentence.span.start >= a.content.end {
            break;
        }
        // a sentence that starts before the quotation or after its end is not wholly
        // inside it: no split
        if sentence.span.start < q.inner.start || sentence.span.start >= q.inner.end {
            return None;
        }
        // a sentence end inside brackets or a quotation within the quotation is none
        nesting.read(&doc.text[read..sentence.span.start]);
        read = sentence.span.start;
        if nesting.open() {
            return None;
        }
        let inside = Span::new(sentence.span.start, sentence.span.end.min(q.inner.end));
        let part = frames::trim_content(doc.text, inside);
        if !part.is_empty() {
            rest.push((s, part));
        }
    }
    let head = frames::trim_content(doc.text, Span::new(a.content.start, first.end));
    (!rest.is_empty() && !head.is_empty()).then_some((head, rest))
}

/// Brackets and inner single quotations opened and closed in the text of a quotation
/// read so far: more "(" than ")", or more single quotes opened after a space than
/// closed before a space or a stop, leave a sentence end inside them ("He told me 'I
/// lied. I am sorry.' It is over"). Read piece by piece, so a quotation of many
/// sentences is read once.
#[derive(Default)]
struct Nesting {
    brackets_opened: usize,
    brackets_closed: usize,
    quotes_opened: usize,
    quotes_closed: usize,
    /// The last character of the text read so far, for marks split across two pieces.
    last: Option<char>,
}

/// Pairs of characters that open an inner quotation ("a 'b", "“‘").
const INNER_OPENS: &[(char, char)] = &[
    (' ', '\''),
    (' ', '\u{2018}'),
    ('"', '\''),
    ('\u{201c}', '\u{2018}'),
];

/// Pairs of characters that close one ("b' ", "b’.").
const INNER_CLOSES: &[(char, char)] = &[
    ('\'', ' '),
    ('\'', '.'),
    ('\'', ','),
    ('\'', '?'),
    ('\'', '!'),
    ('\u{2019}', ' '),
    ('\u{2019}', '.'),
    ('\u{2019}', ','),
];

impl Nesting {
    fn read(&mut self, piece: &str) {
        for c in piece.chars() {
            match c {
                '(' | '[' => self.brackets_opened += 1,
                ')' | ']' => self.brackets_closed += 1,
                _ => {}
            }
            if let Some(p) = self.last {
                self.quotes_opened += usize::from(INNER_OPENS.contains(&(p, c)));
                self.quotes_closed += usize::from(INNER_CLOSES.contains(&(p, c)));
            }
            self.last = Some(c);
        }
    }

    fn open(&self) -> bool {
        self.brackets_opened > self.brackets_closed || self.quotes_opened > self.quotes_closed
    }
}
