//! Run-on sentences: an attribution's content holds at most [`MAX_INNER`] other frames.
//!
//! Reported speech nests ("X said Y believes …") and coordinates ("I think … and
//! I think …") only a few deep: of the 81,000 attributions claimkit finds in
//! Reuters-21578, the BBC corpus and the GUM news articles, no content holds the
//! cues of more than three other frames. A content that would hold more is a
//! run-on of separate statements ("the army said twelve soldiers died the army
//! said …"), so it stops before the first frame inside it (content after its cue)
//! or starts after the last one (content before its cue). Each byte then lies in
//! the contents of a bounded number of frames, and the attributions of a sentence
//! grow linearly with it, however many cues it repeats.

use crate::doc::Doc;
use crate::frames::{trim_content, Frame};
use crate::lexicon;
use crate::tokens::Kind;
use claimkit_core::Span;

/// Most frames one content may hold before it reads as a run-on.
pub const MAX_INNER: usize = 6;

/// Cut every content that holds more than [`MAX_INNER`] other frames' cues.
pub fn cut_run_ons(doc: &Doc, frames: &mut [Frame]) {
    let mut cues: Vec<(usize, usize)> = frames
        .iter()
        .enumerate()
        .map(|(n, f)| (doc.toks[f.cue.0].span.start, n))
        .collect();
    cues.sort_unstable();
    for n in 0..frames.len() {
        let content = frames[n].content;
        let lo = cues.partition_point(|c| c.0 < content.start);
        let hi = cues.partition_point(|c| c.0 < content.end);
        let mut inner = cues[lo..hi].iter().filter(|c| c.1 != n).map(|c| c.1);
        if inner.clone().nth(MAX_INNER).is_none() {
            continue;
        }
        frames[n].content = if frames[n].content_after {
            let first = inner.next().map_or(content.end, |g| start_of(&frames[g]));
            before(doc, content, first)
        } else {
            let last = cues[lo..hi].iter().rev().find(|c| c.1 != n);
            let at = last.map_or(content.start, |c| end_of(doc, &frames[c.1]));
            after(doc, content, at)
        };
    }
}

/// First token of a frame: its source, role or cue, whichever comes first.
fn start_of(f: &Frame) -> usize {
    let (s, _) = f.source;
    let role = f.role.map_or(s, |r| r.0);
    s.min(role).min(f.cue.0)
}

/// End byte of a frame: of its source, role, cue or relaying outlet, whichever ends last.
fn end_of(doc: &Doc, f: &Frame) -> usize {
    let (s, e) = f.source;
    [Some((s, e)), Some(f.cue), f.role, f.via]
        .into_iter()
        .flatten()
        .map(|(a, b)| doc.span(a, b).end)
        .max()
        .unwrap_or(0)
}

/// `content` up to token `first`, without the commas, dashes and clause openers
/// ("and", "but") before it.
fn before(doc: &Doc, content: Span, first: usize) -> Span {
    let mut e = first.min(doc.toks.len());
    while e > 0
        && doc.toks[e - 1].span.start >= content.start
        && (matches!(
            doc.kind(e - 1),
            Some(Kind::Comma | Kind::Semicolon | Kind::Dash)
        ) || doc.is(e - 1, &lexicon::OPENER))
    {
        e -= 1;
    }
    let end = e
        .checked_sub(1)
        .map_or(content.start, |k| doc.toks[k].span.end)
        .clamp(content.start, content.end);
    trim_content(doc.text, Span::new(content.start, end))
}

/// `content` from byte `at` on, without the punctuation that opens it.
fn after(doc: &Doc, content: Span, at: usize) -> Span {
    let at = at.clamp(content.start, content.end);
    let rest = &doc.text[at..content.end];
    let skip = rest.len()
        - rest
            .trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, ',' | ';' | ':' | '—' | '–')
            })
            .len();
    trim_content(doc.text, Span::new(at + skip, content.end))
}

#[cfg(test)]
mod tests {
    use claimkit_core::Document;

    /// (source, content) of every attribution in `body`.
    fn found(body: &str) -> Vec<(String, String)> {
        let doc = Document::from_body("test", body);
        let sentences = claimkit_segment::split_sentences(&doc.text, &doc.paragraphs);
        let text = &doc.text;
        crate::attributions(text, &sentences)
            .into_iter()
            .map(|a| {
                let source = a.source.map_or(String::new(), |s| s.text(text).to_string());
                (source, a.content.text(text).to_string())
            })
            .collect()
    }

    #[test]
    fn a_run_on_of_cues_keeps_each_statement_apart() {
        let all = found(&"the army said twelve soldiers died ".repeat(40));
        assert_eq!(all.len(), 40);
        let apart = all.iter().filter(|a| a.1 == "twelve soldiers died").count();
        assert!(apart >= 40 - super::MAX_INNER - 1, "{all:?}");
    }

    #[test]
    fn nested_and_coordinated_speech_keep_their_inner_frames() {
        // Reuters-21578 and BBC news: contents that hold other frames, left whole.
        let body = "Several analysts said that while they believe the Brazilian debt \
                    problem will continue to hang over the banking industry, the initial \
                    shock reaction is likely to ease.";
        let said = found(body).into_iter().find(|a| a.0 == "Several analysts");
        let said = said.expect("said").1;
        assert!(
            said.contains("they believe the Brazilian debt problem"),
            "{said}"
        );
        let body = "On the other hand, I argued his remarks were inappropriate and I said \
                    it is important, and I said he will come to the point.";
        // a speaker after "and" opens a report of its own: three rows, none lost
        let all = found(body);
        assert_eq!(all.len(), 3, "{all:?}");
        assert!(all[2].1.contains("he will come"), "{all:?}");
    }

    #[test]
    fn a_content_before_its_cue_starts_after_a_run_of_cues() {
        let body = format!(
            "{}prices rose, officials said.",
            "according to officials, ".repeat(40)
        );
        let all = found(&body);
        let last = all.iter().find(|a| a.1.ends_with("prices rose"));
        let last = last.expect("the last statement is attributed");
        assert!(last.1.len() < 200, "{last:?}");
    }
}
