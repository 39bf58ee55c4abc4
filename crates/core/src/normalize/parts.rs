//! The normaliser in two parts, for two threads: a body cut at a blank line unwraps into
//! the same paragraphs as the whole body, once both parts share the layout of the whole.
//!
//! [`for_each_paragraph`](super::for_each_paragraph) reads the whole body before it hands
//! over a paragraph: the markup is stripped from all of it, and the wrap width is the
//! longest line of all of it. Cut at a blank line, the lines of the two parts are the lines
//! of the whole (a blank line ends every block, so no paragraph spans the cut), and a
//! layout read from both parts is the layout of the whole: each part can then be unwrapped
//! on its own thread. Only the markup stripping comes first, on the whole body, because a
//! tag or comment may span a blank line.
//!
//! ```
//! use claimkit_core::normalize::parts::{layouts, Part, Stripped};
//! let body = "Rain fell\nall week.\n\nPrices rose\nby 5 pct.";
//! let stripped = Stripped::new(body);
//! let (a, b) = stripped.halves().expect("a blank line to cut at");
//! let (a, b) = (Part::new(a), Part::new(b));
//! let [la, lb] = layouts([&a, &b]);
//! let mut found = Vec::new();
//! a.for_each_paragraph(&la, |p| found.push(p.to_string()));
//! b.for_each_paragraph(&lb, |p| found.push(p.to_string()));
//! assert_eq!(found, ["Rain fell all week.", "Prices rose by 5 pct."]);
//! ```

use super::{split_lines, strip, unwrap_lines, Layout, Line};
use std::borrow::Cow;

/// A body with its byte-order mark and markup residue removed: the text both parts are
/// cut from. Stripping twice is not stripping once (`&amp;lt;` → `&lt;` → `<`), so the
/// type keeps a stripped text from being stripped again.
pub struct Stripped<'a> {
    text: Cow<'a, str>,
}

impl<'a> Stripped<'a> {
    /// Strip `body` as the normaliser does before reading its lines.
    pub fn new(body: &'a str) -> Stripped<'a> {
        Stripped { text: strip(body) }
    }

    /// The stripped text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text cut in two at the blank line nearest its middle, or `None` when it has no
    /// blank line to cut at. See [`Stripped::cut_at`].
    pub fn halves(&self) -> Option<(&str, &str)> {
        let at = nearest_cut(self.text.as_bytes(), |k| self.cut_at(k).is_some())?;
        self.cut_at(at)
    }

    /// The text cut at byte `k`, where a `\n` is followed by another (a blank line
    /// follows): the text before `k`, and the text after its `\n`, which starts with the
    /// blank line. The lines of the two parts are then the lines of the whole. `None` when
    /// `k` is no such place, when the `\n` ends a `\r\n`, or when `k` is 0 (the first
    /// part would be empty).
    pub fn cut_at(&self, k: usize) -> Option<(&str, &str)> {
        let b = self.text.as_bytes();
        let cuts =
            b.get(k) == Some(&b'\n') && b.get(k + 1) == Some(&b'\n') && k > 0 && b[k - 1] != b'\r';
        cuts.then(|| (&self.text[..k], &self.text[k + 1..]))
    }
}

/// A raw body cut in two at the blank line nearest its middle, before any stripping, when
/// stripping each part gives the stripped whole: the first part, and the rest after the
/// cut's `\n` (starting with the blank line). Every kind of markup residue but tags and
/// comments lies within a line, so it is so when no tag or comment can start anywhere in
/// the body: no `<` before a lower-case letter, a digit, `/`, `!` or `&` (an entity that
/// may decode to a letter), and no entity that may decode to `<` (`&lt;`, or any numeric
/// one). Newswire tickers (`<AMX>`) pass. `None` otherwise, or without a blank line; then
/// [`Stripped::halves`] cuts the stripped whole.
pub fn cut_raw(body: &str) -> Option<(&str, &str)> {
    let b = body.as_bytes();
    let markup = memchr::memchr2_iter(b'<', b'&', b).any(|k| {
        let next = b.get(k + 1).copied().unwrap_or(b' ');
        match b[k] {
            b'<' => next.is_ascii_lowercase() || next.is_ascii_digit() || b"/!&".contains(&next),
            _ => next == b'#' || next.eq_ignore_ascii_case(&b'l'),
        }
    });
    if markup {
        return None;
    }
    let k = nearest_cut(b, |k| {
        b.get(k + 1) == Some(&b'\n') && k > 0 && b[k - 1] != b'\r'
    })?;
    Some((&body[..k], &body[k + 1..]))
}

/// The byte `k` nearest the middle of `b` where a `\n\n` starts and `cuts(k)` holds,
/// trying at most [`CUT_TRIES`] places on each side.
fn nearest_cut(b: &[u8], cuts: impl Fn(usize) -> bool) -> Option<usize> {
    let middle = b.len() / 2;
    let after = memchr::memmem::find_iter(&b[middle..], b"\n\n").map(|k| middle + k);
    let before = memchr::memmem::rfind_iter(&b[..(middle + 1).min(b.len())], b"\n\n");
    after
        .take(CUT_TRIES)
        .find(|&k| cuts(k))
        .or_else(|| before.take(CUT_TRIES).find(|&k| cuts(k)))
}

/// Places tried on each side of the middle before giving up on a cut (each `\r\n\n`
/// found is one try; a text has few).
const CUT_TRIES: usize = 64;

/// The lines of one part of a stripped text.
pub struct Part<'a> {
    lines: Vec<Line<'a>>,
}

impl<'a> Part<'a> {
    /// Read the lines of `text`, a part from [`Stripped::cut_at`] or [`Stripped::halves`]
    /// (or the whole of [`Stripped::text`]).
    pub fn new(text: &'a str) -> Part<'a> {
        Part {
            lines: split_lines(text),
        }
    }

    /// Hand each paragraph of this part to `paragraph`, as soon as it is complete, with
    /// `layout`: this part's entry of [`layouts`].
    pub fn for_each_paragraph(&self, layout: &PartLayout, mut paragraph: impl FnMut(&str)) {
        let mut text = String::new();
        unwrap_lines(&self.lines, &layout.0, &mut text, |text, start| {
            paragraph(&text[start..]);
            text.clear();
        });
    }
}

/// The layout of the whole text, as one part sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartLayout(Layout);

/// The layout of the text made of `parts`, in order, as each of them sees it.
pub fn layouts<const N: usize>(parts: [&Part<'_>; N]) -> [PartLayout; N] {
    let lines = parts.map(|p| p.lines.as_slice());
    let whole = Layout::of(&lines);
    let mut base = 0;
    parts.map(|p| {
        let layout = PartLayout(whole.seen_from_line(base));
        base += p.lines.len();
        layout
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The paragraphs of `text` unwrapped in the parts cut at `k`.
    fn in_parts(stripped: &Stripped<'_>, k: usize) -> Option<Vec<String>> {
        let (a, b) = stripped.cut_at(k)?;
        let (a, b) = (Part::new(a), Part::new(b));
        let [la, lb] = layouts([&a, &b]);
        let mut found = Vec::new();
        a.for_each_paragraph(&la, |p| found.push(p.to_string()));
        b.for_each_paragraph(&lb, |p| found.push(p.to_string()));
        Some(found)
    }

    fn whole_paragraphs(body: &str) -> Vec<String> {
        let mut found = Vec::new();
        super::super::for_each_paragraph(body, |p| found.push(p.to_string()));
        found
    }

    #[test]
    fn a_cut_needs_a_blank_line_after_it_and_no_carriage_return_before() {
        let s = Stripped::new("a\r\n\nb\n\nc");
        assert_eq!(s.cut_at(2), None); // the `\n` of a `\r\n`
        assert_eq!(s.cut_at(5), Some(("a\r\n\nb", "\nc")));
        assert_eq!(s.cut_at(0), None);
        assert_eq!(Stripped::new("one line").halves(), None);
        assert_eq!(Stripped::new("").halves(), None);
        assert_eq!(Stripped::new("\n\n").halves(), None); // a cut at 0 would leave no first part
        assert_eq!(Stripped::new("a\n\n").halves(), Some(("a", "\n")));
    }

    #[test]
    fn the_wrap_width_is_read_from_both_parts() {
        // The long line is in the second part; the short first paragraph wraps only
        // because the whole text is that wide.
        let body =
            "Short words\nhere.\n\nA much longer line of wrapped newswire text that\nruns on.";
        let stripped = Stripped::new(body);
        let k = body.find("\n\n").expect("a blank line");
        assert_eq!(in_parts(&stripped, k), Some(whole_paragraphs(body)));
    }

    #[test]
    fn markup_spanning_the_blank_line_is_stripped_before_the_cut() {
        let body = "Kiev said.<!-- an ad\n\nspanning --> Moscow agreed.\n\nTalks go on.";
        let stripped = Stripped::new(body);
        assert!(!stripped.text().contains("ad"));
        let (a, b) = stripped.halves().expect("a blank line");
        assert!(a.ends_with("agreed.") && b.starts_with('\n'));
    }

    #[test]
    fn a_raw_body_is_cut_only_where_no_tag_or_entity_could_reach_across() {
        let body = "Shares of <AMX> rose.\n\nAT&T fell 5 pct.";
        assert_eq!(
            cut_raw(body),
            Some(("Shares of <AMX> rose.", "\nAT&T fell 5 pct."))
        );
        for markup in ["<p>", "</b>", "<!--", "&lt;p>", "&#60;", "<&#112;>"] {
            assert_eq!(cut_raw(&format!("{markup} One.\n\nTwo.")), None, "{markup}");
        }
    }

    proptest::proptest! {
        #[test]
        fn a_raw_cut_strips_and_unwraps_to_the_whole(
            body in "(\\PC|[ \t\r\n.&;<>/=-]|\n\n|\r\n\r\n|&amp;|&#10;|&#13;|&nbsp;|\\r\\n|-----|\\.\\.\\.\\.\\.5|<AMX>|<!-- |-->|<p>|Mr. |The )*",
        ) {
            let whole = Stripped::new(&body);
            if let Some((a, b)) = cut_raw(&body) {
                let (sa, sb) = (Stripped::new(a), Stripped::new(b));
                proptest::prop_assert_eq!(format!("{}\n{}", sa.text(), sb.text()), whole.text());
                let (pa, pb) = (Part::new(sa.text()), Part::new(sb.text()));
                let [la, lb] = layouts([&pa, &pb]);
                let mut found = Vec::new();
                pa.for_each_paragraph(&la, |p| found.push(p.to_string()));
                pb.for_each_paragraph(&lb, |p| found.push(p.to_string()));
                proptest::prop_assert_eq!(found, whole_paragraphs(&body));
            }
        }

        #[test]
        fn every_cut_unwraps_to_the_paragraphs_of_the_whole(
            body in "(\\PC|[ \t\r\n.*•:\"-]|\n\n|\r\n\r\n|\n    |Mr. |The )*",
        ) {
            let stripped = Stripped::new(&body);
            let expected = whole_paragraphs(&body);
            for (k, _) in stripped.text().match_indices("\n\n") {
                if let Some(found) = in_parts(&stripped, k) {
                    proptest::prop_assert_eq!(&found, &expected, "cut at {}", k);
                }
            }
        }
    }
}
