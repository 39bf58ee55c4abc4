//! How a body is laid out, read once from all its lines ([`Layout`]): paragraph style
//! (blank lines or indents), wrap width, flowed text.

use super::*;

/// Below this width (in characters) a document is not wrapped prose: its longest line is
/// too short for any wrapping tool, so its short lines tell nothing about wrapping.
pub(super) const MIN_WRAP_WIDTH: usize = 40;

/// Share of the wrap width a ragged right margin may leave empty (a tenth: Reuters wraps
/// at about 65 columns and leaves up to 6 free).
pub(super) const RAGGED_SHARE: usize = 10;

/// How the body is laid out, read once from all its lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Layout {
    /// Paragraphs are indented instead of separated by blank lines (newswire).
    pub(super) indent_style: bool,
    /// The wrap width: the longest line, in characters.
    pub(super) width: usize,
    /// Wrapped lines end with a space (RFC 3676 "flowed" text, and copies from web pages):
    /// a line without one was ended on purpose. Read from the body's lines as a whole
    /// ([`Seen`]): a few table rows with a trailing space in hard-wrapped prose do not
    /// make it flowed.
    pub(super) flowed: bool,
    /// Index of the first non-blank line (among the lines of the part it is used with).
    pub(super) first: Option<usize>,
}

impl Layout {
    /// The layout of the body whose lines are `parts`, one after the other, read in one
    /// pass over the lines (and their pairs) that gathers what every rule below needs.
    ///
    /// - Blank-line style: a blank line before a non-blank one, after the first text.
    /// - "…third quarter.\n    The company said …": paragraphs opened by an indented line
    ///   right after the line before. A stray blank line ("a year ago.\n   \n    The
    ///   company …") leaves the style as it is when such openings outnumber blank lines.
    /// - Flowed text: the convention shows where a line with a trailing space could have
    ///   held the next word: only the space says it was wrapped. A trailing space on a
    ///   full line is what any wrapping tool may leave, and says nothing. Such lines must
    ///   be at least as many as the full lines wrapped mid-sentence without a trailing
    ///   space (what a hard-wrapping tool leaves), both read against the width of the lines
    ///   in blocks ([`widths`]): a trailing space on a table row of a newswire file says
    ///   nothing either (one made 1,865 hard-wrapped stories in one file flowed text, and
    ///   their ragged lines sentence ends).
    pub(super) fn of(parts: &[&[Line<'_>]]) -> Layout {
        let lines = || parts.iter().flat_map(|part| part.iter());
        // The widths first: whether a line was full is read against them.
        let (width, wrap_width) = widths(parts);
        let mut seen = Seen {
            width,
            wrap_width,
            ..Seen::default()
        };
        let mut prev: Option<&Line<'_>> = None;
        for (at, line) in lines().enumerate() {
            if seen.first.is_none() && !line.is_blank() {
                seen.first = Some(at);
            } else if let Some(p) = prev.filter(|_| seen.first.is_some()) {
                seen.pair(p, line, at - 1);
            }
            prev = Some(line);
        }
        seen.layout()
    }

    /// The same layout seen from a part whose first line is line `base` of the body:
    /// line indices count from there.
    pub(super) fn seen_from_line(self, base: usize) -> Layout {
        Layout {
            first: self.first.and_then(|f| f.checked_sub(base)),
            ..self
        }
    }

    /// True when line `prev` (at index `at`) was full: the first word of `next` would not
    /// have fitted on it within the wrap width, less a ragged margin. In indent style the
    /// first line counts as full: it followed a dateline that readers strip ("SALVADOR, Feb
    /// 26 - Showers continued throughout the week in").
    pub(super) fn is_full(&self, prev: &Line<'_>, next: &Line<'_>, at: usize) -> bool {
        if self.indent_style && Some(at) == self.first {
            return true;
        }
        fills(prev, next, self.width)
    }

    /// Decide the break between line `at` and the next line of the same block.
    pub(super) fn line_break(
        &self,
        lines: &[Line<'_>],
        at: usize,
        block: &Block,
        text: &str,
    ) -> Break {
        let (prev, next) = (&lines[at], &lines[at + 1]);
        let (p, n) = (prev.text(), next.text());
        if prev.carriage_return {
            return Break::LineEnd;
        }
        if self.indent_style && next.indented() && prev.ends_sentence() {
            return Break::Paragraph;
        }
        let item = starts_list_item(n);
        if item && (block.in_list || ends_lead_in(text)) {
            return Break::LineEnd;
        }
        // (a line starting with a letter or digit, as most do, attaches to nothing)
        if (!n.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric)
            && n.starts_with(ATTACH_TO_PREVIOUS))
            || text.ends_with(JOIN_WITHOUT_SPACE_AFTER)
            || (text.ends_with('-') && !text.ends_with(" -"))
        {
            return Break::Attach;
        }
        if item || prev.ends_sentence() || continues(p) {
            return Break::Space;
        }
        let full = self.is_full(prev, next, at);
        let capitalised = !starts_lower_case(n);
        // a heading is short: a title-case line that was full is wrapped prose ("The
        // International Federation of the Red Cross and Red Crescent\nSocieties told …")
        let all_capitals =
            || p.chars().any(char::is_alphabetic) && !p.chars().any(char::is_lowercase);
        let wrapped_prose = || full && self.width >= MIN_WRAP_WIDTH && !all_capitals();
        if !self.indent_style && capitalised && !wrapped_prose() && is_title_like(p) {
            return Break::LineEnd;
        }
        if self.flowed {
            if prev.trailing_blank {
                return Break::Space;
            }
            if !full {
                return Break::LineEnd;
            }
        }
        if self.indent_style {
            return if next.indented() && capitalised {
                Break::Paragraph
            } else {
                Break::Space
            };
        }
        match (capitalised, full) {
            // "Putter King Scavenger Hunt Trophy\n(6 3/4\" …)": the line could have held the
            // next word, so the writer ended it.
            (true, false) => Break::LineEnd,
            (true, true) => Break::Space,
            (false, _) if block.list_of_lines => Break::LineEnd,
            (false, _) => Break::Space,
        }
    }
}

/// True when the first word of `next` would not have fitted on `prev` within `width`
/// characters, less a ragged margin ([`RAGGED_SHARE`]): `prev` was full.
pub(super) fn fills(prev: &Line<'_>, next: &Line<'_>, width: usize) -> bool {
    let room = width - width / RAGGED_SHARE;
    // (a line already past the room needs no reading of the next word)
    prev.chars() + 1 > room || prev.chars() + 1 + first_word_chars(next.text) > room
}

/// The widths of the body whose lines are `parts`, one after the other: its longest line,
/// and its longest line that stands in a block of two or more lines (the wrap width).
/// Whether a flowed or a hard wrap was full is read against the second: a link, a heading
/// or an unwrapped paragraph on a line of its own, far longer than the wrapped prose,
/// would leave no line of it full.
pub(super) fn widths(parts: &[&[Line<'_>]]) -> (usize, usize) {
    let (mut width, mut block_width) = (0, 0);
    let mut prev: Option<&Line<'_>> = None;
    for part in parts {
        for line in part.iter() {
            width = width.max(line.chars());
            if let Some(p) = prev.filter(|p| !p.is_blank() && !line.is_blank()) {
                block_width = block_width.max(p.chars()).max(line.chars());
            }
            prev = Some(line);
        }
    }
    (width, block_width)
}

/// What [`Layout::of`] gathers from the lines of a body, once its first non-blank line
/// is found: line pairs are read from there on.
#[derive(Default)]
pub(super) struct Seen {
    /// Index of the first non-blank line.
    pub(super) first: Option<usize>,
    /// The longest line, in characters.
    pub(super) width: usize,
    /// The longest line standing in a block of two or more lines ([`widths`]).
    pub(super) wrap_width: usize,
    /// Non-blank lines right after a non-blank line and indented.
    pub(super) indent_breaks: usize,
    /// Non-blank lines right after a blank one.
    pub(super) blank_breaks: usize,
    /// A non-blank indented line after the first non-blank line.
    pub(super) indented_later: bool,
    /// Lines wrapped mid-sentence with a trailing blank that could have held the next
    /// word ([`Layout::is_full`]), but the first non-blank line: flowed text.
    pub(super) flowed_wraps: usize,
    /// Full lines wrapped mid-sentence without a trailing blank, but the first non-blank
    /// line: hard-wrapped text.
    pub(super) hard_wraps: usize,
    /// The first non-blank line, when it was wrapped mid-sentence: whether it had a
    /// trailing blank, and whether it was full (in indent style it counts as full
    /// whatever it holds, and the style is known only at the end).
    pub(super) first_wrap: Option<(bool, bool)>,
}

impl Seen {
    /// Read the pair of lines `prev` (line `at`) and `next`, at or after the first
    /// non-blank line.
    pub(super) fn pair(&mut self, prev: &Line<'_>, next: &Line<'_>, at: usize) {
        if next.is_blank() {
            return;
        }
        self.indented_later |= next.indented();
        if prev.is_blank() {
            self.blank_breaks += 1;
            return;
        }
        self.indent_breaks += usize::from(next.indented());
        if prev.carriage_return || prev.ends_sentence() {
            return;
        }
        let full = fills(prev, next, self.wrap_width);
        if Some(at) == self.first {
            self.first_wrap = Some((prev.trailing_blank, full));
        } else if prev.trailing_blank {
            self.flowed_wraps += usize::from(!full);
        } else {
            self.hard_wraps += usize::from(full);
        }
    }

    pub(super) fn layout(&self) -> Layout {
        let blank_separated = self.blank_breaks > 0;
        let indent_style =
            (!blank_separated || self.indent_breaks > self.blank_breaks) && self.indented_later;
        let mut layout = Layout {
            indent_style,
            width: self.width,
            flowed: false,
            first: self.first,
        };
        let (mut flowed, mut hard) = (self.flowed_wraps, self.hard_wraps);
        if let Some((trailing_blank, full)) = self.first_wrap {
            // (in indent style the first line counts as full whatever it holds)
            let full = full || indent_style;
            flowed += usize::from(trailing_blank && !full);
            hard += usize::from(!trailing_blank && full);
        }
        layout.flowed = flowed > 0 && flowed >= hard;
        layout
    }
}
