//! The normaliser in parts, for several threads: a body cut at blank lines unwraps into
//! the same paragraphs as the whole body, once the parts share the layout of the whole.
//!
//! [`for_each_paragraph`](super::for_each_paragraph) reads the whole body before it hands
//! over a paragraph: the markup is stripped from all of it, and the wrap width is the
//! longest line of all of it. Cut at blank lines, the lines of the parts are the lines of
//! the whole (a blank line ends every block, so no paragraph spans a cut), and a layout
//! read from all the parts is the layout of the whole: each part can then be unwrapped on
//! its own thread. The markup is stripped from each raw part when no tag or comment can
//! span a cut ([`chunks_raw`]), else from the whole body first ([`Stripped::chunks`]).
//!
//! ```
//! use claimkit_core::normalize::parts::{layouts_of, Part, Stripped};
//! let body = "Rain fell\nall week.\n\nPrices rose\nby 5 pct.";
//! let stripped = Stripped::new(body);
//! let parts: Vec<Part> = stripped.chunks(10).into_iter().map(Part::new).collect();
//! assert_eq!(parts.len(), 2);
//! let mut found = Vec::new();
//! for (part, layout) in parts.iter().zip(layouts_of(&parts)) {
//!     part.for_each_paragraph(&layout, |p| found.push(p.to_string()));
//! }
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

    /// The text cut at blank lines into parts of about `bytes` each, or more where blank
    /// lines are rare: each part but the first starts with the blank line it was cut
    /// before, as in [`Stripped::cut_at`], so the lines of the parts are the lines of the
    /// whole. One part (the whole text) when there is no blank line to cut at.
    ///
    /// ```
    /// use claimkit_core::normalize::parts::Stripped;
    /// let s = Stripped::new("One.\n\nTwo.\n\nThree.");
    /// assert_eq!(s.chunks(4), ["One.", "\nTwo.", "\nThree."]);
    /// assert_eq!(s.chunks(100), ["One.\n\nTwo.\n\nThree."]);
    /// ```
    pub fn chunks(&self, bytes: usize) -> Vec<&str> {
        chunks(&self.text, bytes, |k| self.cut_at(k).is_some())
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

/// A tag or comment may start somewhere in `b`: stripping raw parts would then not give
/// the stripped whole. Every kind of markup residue but tags and comments lies within a
/// line, so a blank line can be cut at unless there is a `<` before a lower-case letter, a
/// digit, `/`, `!` or `&` (an entity that may decode to a letter), or an entity that may
/// decode to `<` (`&lt;`, or any numeric one). Newswire tickers (`<AMX>`) pass.
fn may_hold_markup(b: &[u8]) -> bool {
    memchr::memchr2_iter(b'<', b'&', b).any(|k| {
        let next = b.get(k + 1).copied().unwrap_or(b' ');
        match b[k] {
            b'<' => next.is_ascii_lowercase() || next.is_ascii_digit() || b"/!&".contains(&next),
            _ => next == b'#' || next.eq_ignore_ascii_case(&b'l'),
        }
    })
}

/// A raw body cut at blank lines into chunks of about `bytes`, before any stripping, when
/// stripping each chunk gives the stripped whole (`may_hold_markup` says no): each
/// chunk but the first starts with the blank line it was cut before. `None` when a tag or
/// comment could span a cut; then [`Stripped::chunks`] cuts the stripped whole.
///
/// ```
/// use claimkit_core::normalize::parts::chunks_raw;
/// assert_eq!(chunks_raw("Shares of <AMX> rose.\n\nAT&T fell.", 4), Some(vec!["Shares of <AMX> rose.", "\nAT&T fell."]));
/// assert_eq!(chunks_raw("<p>One.\n\nTwo.</p>", 4), None);
/// ```
pub fn chunks_raw(body: &str, bytes: usize) -> Option<Vec<&str>> {
    if may_hold_markup(body.as_bytes()) {
        return None;
    }
    let parts = chunks(body, bytes, |k| raw_cut(body.as_bytes(), k));
    // A first chunk with a `\r` and no `\n` would read alone as a classic Mac OS file,
    // which the whole (cut at a `\n`) is not.
    if parts.len() > 1 && super::separators::is_classic_mac(parts[0].as_bytes()) {
        return None;
    }
    Some(parts)
}

/// True where a raw body may be cut: a `\n` starts a blank line, after a line that does
/// not end with `\r\n`.
fn raw_cut(b: &[u8], k: usize) -> bool {
    b.get(k) == Some(&b'\n') && b.get(k + 1) == Some(&b'\n') && k > 0 && b[k - 1] != b'\r'
}

/// `text` cut into parts of about `bytes` at the `\n\n` places where `cuts(k)` holds.
fn chunks(text: &str, bytes: usize, cuts: impl Fn(usize) -> bool) -> Vec<&str> {
    let b = text.as_bytes();
    let bytes = bytes.max(1);
    let mut parts = Vec::with_capacity(b.len() / bytes + 1);
    let mut start = 0;
    while b.len() - start > bytes {
        let from = start + bytes;
        let cut = memchr::memmem::find_iter(&b[from - 1..], b"\n\n")
            .map(|k| from - 1 + k)
            .find(|&k| k > start && cuts(k));
        let Some(k) = cut else { break };
        parts.push(&text[start..k]);
        start = k + 1;
    }
    parts.push(&text[start..]);
    parts
}

/// The lines of one part of a stripped text.
pub struct Part<'a> {
    lines: Vec<Line<'a>>,
}

impl<'a> Part<'a> {
    /// Read the lines of `text`, a part from [`Stripped::chunks`] or [`chunks_raw`] (or
    /// the whole of [`Stripped::text`]).
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
    let seen = seen_from_each(&parts.map(|p| p.lines.as_slice()));
    std::array::from_fn(|k| seen[k])
}

/// [`layouts`] for any number of parts.
pub fn layouts_of(parts: &[Part<'_>]) -> Vec<PartLayout> {
    let lines: Vec<&[Line<'_>]> = parts.iter().map(|p| p.lines.as_slice()).collect();
    seen_from_each(&lines)
}

/// The layout of the body whose lines are `parts`, one after the other, as each part
/// sees it (its line indices count from its own first line).
fn seen_from_each(parts: &[&[Line<'_>]]) -> Vec<PartLayout> {
    let whole = Layout::of(parts);
    let mut base = 0;
    parts
        .iter()
        .map(|lines| {
            let layout = PartLayout(whole.seen_from_line(base));
            base += lines.len();
            layout
        })
        .collect()
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

    /// The paragraphs of the parts `texts`, each unwrapped with its share of the layout.
    fn paragraphs_of(texts: &[&str]) -> Vec<String> {
        let parts: Vec<Part<'_>> = texts.iter().map(|t| Part::new(t)).collect();
        let mut found = Vec::new();
        for (part, layout) in parts.iter().zip(layouts_of(&parts)) {
            part.for_each_paragraph(&layout, |p| found.push(p.to_string()));
        }
        found
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
        assert_eq!(Stripped::new("one line").chunks(1), ["one line"]);
        // a cut at 0 would leave no first part
        assert_eq!(Stripped::new("\n\nb").chunks(1), ["\n\nb"]);
        assert_eq!(Stripped::new("a\n\n").chunks(1), ["a", "\n"]);
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
        let parts = stripped.chunks(1);
        assert_eq!(parts.len(), 2);
        assert!(parts[0].ends_with("agreed.") && parts[1].starts_with('\n'));
        assert_eq!(chunks_raw(body, 1), None);
    }

    #[test]
    fn a_raw_body_is_cut_only_where_no_tag_or_entity_could_reach_across() {
        let body = "Shares of <AMX> rose.\n\nAT&T fell 5 pct.";
        assert_eq!(
            chunks_raw(body, 1),
            Some(vec!["Shares of <AMX> rose.", "\nAT&T fell 5 pct."])
        );
        for markup in ["<p>", "</b>", "<!--", "&lt;p>", "&#60;", "<&#112;>"] {
            assert_eq!(
                chunks_raw(&format!("{markup} One.\n\nTwo."), 1),
                None,
                "{markup}"
            );
        }
    }

    #[test]
    fn chunks_cut_only_at_blank_lines_and_join_to_the_whole() {
        let s = Stripped::new("a\r\n\nbb\n\n\n\ncc\n\nd");
        let parts = s.chunks(1);
        // never after a `\r\n`, and never an empty part
        assert_eq!(parts, ["a\r\n\nbb", "\n\n\ncc", "\nd"]);
        assert_eq!(parts.join("\n"), s.text());
        assert_eq!(Stripped::new("").chunks(1), [""]);
        assert_eq!(Stripped::new("\n\n\n").chunks(1), ["\n\n\n"]);
    }

    proptest::proptest! {
        #[test]
        fn raw_chunks_strip_and_unwrap_to_the_whole(
            body in "(\\PC|[ \t\r\n.&;<>/=-]|\n\n|\r\n\r\n|&amp;|&#10;|&#13;|&nbsp;|\\r\\n|-----|\\.\\.\\.\\.\\.5|<AMX>|<!-- |-->|<p>|Mr. |The )*",
            bytes in 1usize..64,
        ) {
            if let Some(texts) = chunks_raw(&body, bytes) {
                let stripped: Vec<Stripped<'_>> = texts.iter().map(|t| Stripped::new(t)).collect();
                let joined: Vec<&str> = stripped.iter().map(Stripped::text).collect();
                let whole = Stripped::new(&body);
                proptest::prop_assert_eq!(joined.join("\n"), whole.text());
                proptest::prop_assert_eq!(paragraphs_of(&joined), whole_paragraphs(&body));
            }
        }

        #[test]
        fn chunks_unwrap_to_the_paragraphs_of_the_whole(
            body in "(\\PC|[ \t\r\n.*•:\"-]|\n\n|\r\n\r\n|\n    |Mr. |The )*",
            bytes in 1usize..64,
        ) {
            let stripped = Stripped::new(&body);
            let texts = stripped.chunks(bytes);
            proptest::prop_assert_eq!(texts.join("\n"), stripped.text());
            proptest::prop_assert_eq!(paragraphs_of(&texts), whole_paragraphs(&body));
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
