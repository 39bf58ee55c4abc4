//! Byte spans into a document's text, and their export as code point offsets.

use std::ops::Range;

/// A half-open byte range `start..end` into a document's text.
///
/// Inside Rust every item carries a `Span`; tables export code point offsets
/// through [`CharOffsets`]. A span is only meaningful for the text it was made
/// from, and [`Span::text`] panics if it does not lie on char boundaries of
/// that text, so a wrong span shows up at once.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte of the item.
    pub start: usize,
    /// One past the last byte of the item.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; `start` must not exceed `end`.
    #[inline]
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }

    /// Length in bytes.
    #[inline]
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers in `text`.
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// True when `other` lies entirely inside `self`.
    #[inline]
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    #[inline]
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The span shifted right by `offset` bytes (from paragraph to document offsets).
    pub fn shift(&self, offset: usize) -> Span {
        Span::new(self.start + offset, self.end + offset)
    }

    /// The same span with leading and trailing white space of `text` removed.
    pub fn trim(&self, text: &str) -> Span {
        let s = self.text(text);
        let lead = s.len() - s.trim_start().len();
        let trimmed = s.trim();
        Span::new(self.start + lead, self.start + lead + trimmed.len())
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

/// Converts byte offsets of one text into Unicode code point offsets.
///
/// Exported `start`/`end` columns are code point offsets so that
/// `text[start:end]` in Python gives the item's text.
///
/// ```
/// use claimkit_core::{CharOffsets, Span};
/// let text = "Islamic State’s capital";
/// let offsets = CharOffsets::new(text);
/// let span = Span::new(18, 25); // "capital", after a 3-byte apostrophe
/// assert_eq!(span.text(text), "capital");
/// assert_eq!(offsets.span(span), (16, 23));
/// ```
#[derive(Clone, Debug)]
pub struct CharOffsets {
    wide: WideChars,
}

impl CharOffsets {
    /// Index the multi-byte characters of `text`.
    pub fn new(text: &str) -> CharOffsets {
        CharOffsets {
            wide: WideChars::new(text, |_| 1),
        }
    }

    /// The code point offset of byte offset `byte` (which must be a char boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        self.wide.offset(byte)
    }

    /// Both ends of `span` as code point offsets.
    pub fn span(&self, span: Span) -> (usize, usize) {
        (self.char_offset(span.start), self.char_offset(span.end))
    }
}

/// Converts byte offsets of one text into UTF-16 code unit offsets, as JavaScript (and
/// Label Studio) counts them: the same index as [`CharOffsets`], built in one pass, so
/// that a lookup never reads the text again.
///
/// ```
/// use claimkit_core::Utf16Offsets;
/// let text = "𝄞 “Russia”";
/// let offsets = Utf16Offsets::new(text);
/// // 𝄞 is two UTF-16 units (four bytes), “ is one (three bytes).
/// assert_eq!(offsets.offset(text.find('R').unwrap_or(0)), 4);
/// ```
#[derive(Clone, Debug)]
pub struct Utf16Offsets {
    wide: WideChars,
    /// Length of the text in bytes.
    len: usize,
    /// The UTF-16 offsets that fall between the two halves of a surrogate pair (inside a
    /// character outside the Basic Multilingual Plane), sorted.
    inside_pairs: Vec<usize>,
}

impl Utf16Offsets {
    /// Index the multi-byte characters of `text`.
    pub fn new(text: &str) -> Utf16Offsets {
        let wide = WideChars::new(text, char::len_utf16);
        let mut inside_pairs = Vec::new();
        let mut before = 0;
        for &(end, extra) in &wide.0 {
            // A four-byte character is the one kind that takes two UTF-16 units.
            if extra - before == 2 && end >= 4 && !text.is_char_boundary(end - 3) {
                inside_pairs.push(end - extra - 1);
            }
            before = extra;
        }
        Utf16Offsets {
            wide,
            len: text.len(),
            inside_pairs,
        }
    }

    /// The UTF-16 offset of byte offset `byte` (which must be a char boundary).
    pub fn offset(&self, byte: usize) -> usize {
        self.wide.offset(byte)
    }

    /// The byte offset of UTF-16 offset `units`, the inverse of [`Utf16Offsets::offset`]:
    /// `None` past the end of the text or between the two halves of a surrogate pair.
    /// A binary search, as `offset` is.
    ///
    /// ```
    /// use claimkit_core::Utf16Offsets;
    /// let text = "𝄞 “Russia”";
    /// let offsets = Utf16Offsets::new(text);
    /// assert_eq!(offsets.byte_offset(4), text.find('R'));
    /// assert_eq!(offsets.byte_offset(1), None); // inside 𝄞
    /// assert_eq!(offsets.byte_offset(11), Some(text.len()));
    /// assert_eq!(offsets.byte_offset(12), None);
    /// ```
    pub fn byte_offset(&self, units: usize) -> Option<usize> {
        let k = self
            .wide
            .0
            .partition_point(|&(end, extra)| end - extra <= units);
        let byte = units + k.checked_sub(1).map_or(0, |k| self.wide.0[k].1);
        let inside = self.inside_pairs.binary_search(&units).is_ok();
        (byte <= self.len && !inside).then_some(byte)
    }
}

/// The multi-byte characters of a text, for offsets in some unit of which every ASCII
/// character is one: for each one, the byte offset just after it and how many more bytes
/// than units the text holds up to there.
#[derive(Clone, Debug)]
struct WideChars(Vec<(usize, usize)>);

impl WideChars {
    fn new(text: &str, units: fn(char) -> usize) -> WideChars {
        let mut wide = Vec::new();
        let mut extra = 0;
        if !text.is_ascii() {
            for (i, c) in text.char_indices() {
                let n = c.len_utf8();
                if n > 1 {
                    extra += n - units(c);
                    wide.push((i + n, extra));
                }
            }
        }
        WideChars(wide)
    }

    /// The offset of byte offset `byte`, a char boundary: a binary search.
    fn offset(&self, byte: usize) -> usize {
        let k = self.0.partition_point(|&(end, _)| end <= byte);
        if k == 0 {
            byte
        } else {
            byte - self.0[k - 1].1
        }
    }
}

/// Code point offsets of byte offsets that only grow, counted as they come: each byte of
/// the text is read once, and no index is built (the streaming form of [`CharOffsets`]).
///
/// ```
/// use claimkit_core::CharCursor;
/// let text = "Islamic State’s capital";
/// let mut cursor = CharCursor::default();
/// assert_eq!(cursor.char_offset(text, 8), 8);
/// assert_eq!(cursor.char_offset(text, 25), 23);
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct CharCursor {
    byte: usize,
    chars: usize,
}

impl CharCursor {
    /// The code point offset of `byte` in `text`: a char boundary at or after the byte
    /// asked for last (an earlier one gives the last offset again).
    pub fn char_offset(&mut self, text: &str, byte: usize) -> usize {
        if let Some(step) = text.get(self.byte..byte) {
            self.chars += step.chars().count();
            self.byte = byte;
        }
        self.chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_match_char_counts() {
        let text = "a “b” — ü€𝄞 end";
        let offsets = CharOffsets::new(text);
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(offsets.char_offset(i), text[..i].chars().count());
        }
    }

    #[test]
    fn char_cursor_agrees_with_char_offsets() {
        let text = "a “b” — ü€𝄞 end";
        let offsets = CharOffsets::new(text);
        let mut cursor = CharCursor::default();
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(cursor.char_offset(text, i), offsets.char_offset(i));
        }
    }

    #[test]
    fn utf16_offsets_match_utf16_counts() {
        let text = "a “b” — ü€𝄞 end 😀 北京 e\u{301} 👨‍👩‍👧";
        let offsets = Utf16Offsets::new(text);
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(offsets.offset(i), text[..i].encode_utf16().count());
        }
    }

    #[test]
    fn utf16_lookups_never_read_the_text_again() {
        // The index is built in one pass and borrows nothing: each lookup is a binary
        // search, however long the text and however many lookups.
        let text = "Officials said 😀 prices rose 5% in 北京. ".repeat(20_000);
        let offsets = Utf16Offsets::new(&text);
        let mut expected = Vec::new();
        let mut units = 0;
        for (i, c) in text.char_indices() {
            expected.push((i, units));
            units += c.len_utf16();
        }
        expected.push((text.len(), units));
        drop(text);
        for (byte, units) in expected {
            assert_eq!(offsets.offset(byte), units);
        }
    }

    #[test]
    fn utf16_byte_offsets_invert_utf16_offsets() {
        let text = "a “b” — ü€𝄞 end 😀 北京 e\u{301} 👨‍👩‍👧 𝄞𝄞";
        let offsets = Utf16Offsets::new(text);
        let mut boundaries = std::collections::HashMap::new();
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            boundaries.insert(text[..i].encode_utf16().count(), i);
        }
        let total = text.encode_utf16().count();
        for units in 0..total + 3 {
            assert_eq!(
                offsets.byte_offset(units),
                boundaries.get(&units).copied(),
                "{units}"
            );
        }
        assert_eq!(Utf16Offsets::new("").byte_offset(0), Some(0));
        assert_eq!(Utf16Offsets::new("").byte_offset(1), None);
        assert_eq!(Utf16Offsets::new("😀").byte_offset(1), None);
        assert_eq!(Utf16Offsets::new("😀").byte_offset(2), Some(4));
    }

    proptest::proptest! {
        #[test]
        fn utf16_byte_offsets_invert_on_any_text(text in ".{0,40}") {
            let offsets = Utf16Offsets::new(&text);
            let mut units = 0;
            for c in text.chars() {
                let byte = offsets.byte_offset(units);
                proptest::prop_assert!(byte.is_some_and(|b| offsets.offset(b) == units));
                proptest::prop_assert!(byte.is_some_and(|b| text.is_char_boundary(b)));
                if c.len_utf16() == 2 {
                    proptest::prop_assert_eq!(offsets.byte_offset(units + 1), None);
                }
                units += c.len_utf16();
            }
            proptest::prop_assert_eq!(offsets.byte_offset(units), Some(text.len()));
            proptest::prop_assert_eq!(offsets.byte_offset(units + 1), None);
        }
    }

    #[test]
    fn trim_removes_outer_space() {
        let text = "  said  ";
        assert_eq!(Span::new(0, 8).trim(text).text(text), "said");
    }
}
