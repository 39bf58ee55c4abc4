//! Credit lines: "… Image: Nick Moreau.", "Photo: Reuters." The credited
//! source is attributed the caption before it in the same paragraph; the
//! quote kind is `none`, since nobody is reported as saying anything.

use crate::doc::Doc;
use crate::frames::{trim_content, Frame};
use crate::tokens::Kind;

/// Words that open a credit line when a colon follows them.
pub const CREDIT_WORDS: &[&str] = &[
    "Image",
    "Images",
    "Photo",
    "Photos",
    "Photograph",
    "Picture",
    "Video",
    "Audio",
    "Credit",
    "Illustration",
    "Graphic",
    "Map",
    "Footage",
];

/// Credit frames of the document.
pub fn find_credits(doc: &Doc) -> Vec<Frame> {
    let mut frames = Vec::new();
    for (k, t) in doc.toks.iter().enumerate() {
        if !t.is_free_word()
            || doc.kind(k + 1) != Some(Kind::Colon)
            || !CREDIT_WORDS.contains(&doc.word(k))
        {
            continue;
        }
        let (p0, p1) = doc.paragraph_of(k);
        // The credit ends the paragraph: "Image: Nick Moreau."
        let mut e = k + 2;
        while e < p1 && doc.kind(e) != Some(Kind::Stop) && e - k < 12 {
            e += 1;
        }
        let last = if e < p1 { e + 1 } else { e };
        if e == k + 2 || last != p1 || k == p0 {
            continue;
        }
        let content = trim_content(doc.text, doc.span(p0, k));
        if content.is_empty() {
            continue;
        }
        frames.push(Frame {
            cue: (k, k + 2),
            source: (k + 2, e),
            role: None,
            content,
            content_after: false,
            via: None,
            clause_start: k,
            sentence: (p0, p1),
            credit: true,
        });
    }
    frames.extend(dash_credits(doc));
    frames
}

/// A quotation followed by a dash and its source to the end of the paragraph:
/// "“So far, it's the Internet: 1.” — Matthew Ingram", "“…” — CBC.ca, August 15, 2008".
fn dash_credits(doc: &Doc) -> Vec<Frame> {
    let mut frames = Vec::new();
    for k in 1..doc.toks.len() {
        let dash = doc.kind(k) == Some(Kind::Dash)
            || (doc.kind(k) == Some(Kind::Other) && doc.word(k) == "-");
        if !dash || doc.kind(k - 1) != Some(Kind::Close) || doc.toks[k].quote.is_some() {
            continue;
        }
        let (_, p1) = doc.paragraph_of(k);
        let mut e = k + 1;
        while e < p1 && doc.free_word(e) {
            e += 1;
        }
        let rest_ok =
            e == p1 || matches!(doc.kind(e), Some(Kind::Comma | Kind::Stop | Kind::Bracket));
        if e == k + 1 || e - k > 10 || !rest_ok {
            continue;
        }
        let Some(q) = doc.quote_closing_at(k - 1) else {
            continue;
        };
        let content = trim_content(doc.text, doc.quotes[q].inner);
        if content.is_empty() {
            continue;
        }
        frames.push(Frame {
            cue: (k, k + 1),
            source: (k + 1, e),
            role: None,
            content,
            content_after: false,
            via: None,
            clause_start: k,
            sentence: (k, p1),
            credit: false,
        });
    }
    frames
}
