//! Text normalisation: markup residue removed ([`crate::markup`]), hard-wrapped lines
//! unwrapped into paragraphs, and the lines a writer ended on purpose kept.
//!
//! News files arrive wrapped at a fixed width, with lines broken mid-sentence, indented
//! continuation lines and stray spaces before punctuation. Two paragraph styles are
//! recognised:
//!
//! * **block style**: a blank line separates paragraphs (the plain-text article format);
//! * **indent style**: no blank lines, and indented lines (newswire such as Reuters): an
//!   indented line starts a new paragraph after a line that ends a sentence, or before a
//!   capitalised word (a table row: "Shr 33 cts vs 29 cts\n    Net 14.8 mln vs 11 mln");
//!   an unindented or lower-case line continues.
//!
//! Inside a paragraph each line break is a hard wrap (the lines join with one space, or
//! none before closing punctuation `" ."` → `"."` and after a dash) or a **line end** the
//! writer chose, kept as `\n`, which the segmenter treats as a sentence boundary. The
//! classic unwrapping rule decides: the wrap width is the document's longest line, and a
//! break is a wrap only when the next line's first word would not have fitted on the line
//! (with a ragged margin of a tenth of the width). In order:
//!
//! 1. a lone carriage return (`\r`) is a line end (but a classic Mac OS body, whose lines
//!    all end in `\r`, is read as if they ended in `\n`: `normalize/separators.rs`);
//! 2. a list item line (`- `, `* `, `•`, `1.` `1)` `(a)` …) keeps its break after a lead-in
//!    (`.` `!` `?` `:` `;` or a closing quote) or once the paragraph is a list:
//!    "three points:\n- airstrikes on Raqqa\n- talks in Vienna"; a dash or number that only
//!    wraps mid-sentence ("the rebels\n- Turkey") joins;
//! 3. a line that ends a sentence, or ends mid-phrase (a comma, `(`, `&`, or a word such as
//!    `the`, `of`, `in` that cannot end a heading) joins;
//! 4. (block style) a heading line (title case or capitals, no terminal punctuation, not
//!    full) before a capitalised line is a line end: "Putter King Scavenger Hunt
//!    Trophy\n(6 3/4\" …)";
//! 5. in "flowed" text, where wrapped lines end with a space (RFC 3676, web copies; shown
//!    by a short line with a trailing space), a line without one that could have held the
//!    next word is a line end;
//! 6. (indent style) see above;
//! 7. (block style) before a capitalised word, a line that could have held it is a line
//!    end; before a lower-case word, the break is a wrap unless the block is a list of
//!    lines: no line ends a sentence and none is full ("features\ncontact manager").
//!
//! In indent style the first line counts as full: newswire bodies follow a dateline that
//! readers strip ("SALVADOR, Feb 26 - Showers continued throughout the week in").
//! Runs of spaces and tabs inside a line fold to one space. Text that is already
//! normalised comes back unchanged.

use crate::Span;

/// Characters that attach to the word before them when a line starts with them.
const ATTACH_TO_PREVIOUS: &[char] = &['.', ',', ';', ':', '!', '?', ')', ']', '”', '’'];

/// Characters that end a sentence at a line end (closing quotes included).
const SENTENCE_END: &[char] = &['.', '!', '?', '"', '”', '’', '\'', ':'];

/// True when `text` ends with one of [`SENTENCE_END`] (read from its last byte when that
/// is ASCII, as it is on most lines).
fn ends_sentence(text: &str) -> bool {
    match text.as_bytes().last() {
        Some(&b) if b.is_ascii() => SENTENCE_END.contains(&char::from(b)),
        Some(_) => text.ends_with(SENTENCE_END),
        None => false,
    }
}

/// Characters after which a line may be followed by a list item on a line of its own.
const LIST_LEAD_IN: &[char] = &['.', '!', '?', ':', ';'];

/// Closing quotes after which a lead-in may end: `…a “saying.”`, not `“friends again” - will`.
const CLOSING_QUOTES: &[char] = &['"', '”', '’', '\''];

/// True when `text` ends with a list lead-in, also inside closing quotes.
fn ends_lead_in(text: &str) -> bool {
    text.trim_end_matches(CLOSING_QUOTES)
        .ends_with(LIST_LEAD_IN)
}

/// Bullet characters that start a list item (the segmenter's list rule knows the same).
const BULLETS: &[char] = &[
    '•', '‣', '⁃', '■', '□', '▪', '▫', '▶', '►', '◆', '◇', '○', '◦', '●', '✓', '✔', '➢',
];

/// Characters after which a wrapped line continues without a space.
const JOIN_WITHOUT_SPACE_AFTER: &[char] = &['—', '–', '/'];

/// Words that cannot end a heading or a line written on purpose: a line ending in one was
/// broken mid-phrase ("the talks in\nVienna").
const CONTINUING_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "between", "but", "by", "for", "from", "in", "into", "its",
    "nor", "of", "on", "or", "per", "than", "that", "the", "their", "to", "via", "vs", "with",
];

/// Characters that end a line broken mid-phrase.
const CONTINUING_MARKS: &[char] = &[',', '(', '&', '['];

/// Small words a title leaves in lower case ("Calculate the Score", "Queen of Hearts").
const TITLE_MINOR_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "vs",
    "with",
];

/// Most words of a heading line.
const MAX_TITLE_WORDS: usize = 10;

/// Below this width (in characters) a document is not wrapped prose: its longest line is
/// too short for any wrapping tool, so its short lines tell nothing about wrapping.
const MIN_WRAP_WIDTH: usize = 40;

/// Share of the wrap width a ragged right margin may leave empty (a tenth: Reuters wraps
/// at about 65 columns and leaves up to 6 free).
const RAGGED_SHARE: usize = 10;

/// One line of the body, without its terminator: 24 bytes, since a body has one per line
/// and every line is kept until the layout of the whole is known.
struct Line<'a> {
    /// The line trimmed, read once: every rule looks at it.
    text: &'a str,
    /// Characters in `text` (at most `u32::MAX` counted).
    chars: u32,
    /// The line starts with a space or a tab (an indented paragraph opening).
    indented: bool,
    /// The line ends with a space or a tab (a wrapped line of flowed text).
    trailing_blank: bool,
    /// Ended by a lone carriage return (`\r` not before `\n`): a hard line end.
    carriage_return: bool,
    /// `text` ends a sentence: asked of every line, several times, so answered once.
    ends_sentence: bool,
}

impl<'a> Line<'a> {
    /// The line `raw`, ended by a lone carriage return when `carriage_return` is set, from
    /// a body that is all ASCII when `ascii` is set (its characters are then its bytes).
    fn new(raw: &'a str, carriage_return: bool, ascii: bool) -> Self {
        let text = trim(raw);
        let chars = if ascii || text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        // Space and tab are single bytes, so the first and last bytes say it.
        let blank = |b: Option<&u8>| matches!(b, Some(b' ' | b'\t'));
        Line {
            text,
            chars: u32::try_from(chars).unwrap_or(u32::MAX),
            indented: blank(raw.as_bytes().first()),
            trailing_blank: blank(raw.as_bytes().last()),
            carriage_return,
            ends_sentence: ends_sentence(text),
        }
    }

    /// Characters in the trimmed line.
    fn chars(&self) -> usize {
        self.chars as usize
    }

    fn text(&self) -> &'a str {
        self.text
    }

    fn is_blank(&self) -> bool {
        self.text.is_empty()
    }

    fn indented(&self) -> bool {
        self.indented
    }

    fn ends_sentence(&self) -> bool {
        self.ends_sentence
    }
}

/// Lines split at `\n`, `\r\n` and a lone `\r`. A body without a `\r` (most) is
/// split with a vectorised search for `\n` alone, one with a `\r` with one for both. A
/// `\r` at the very end ends the last line, as a `\r\n` would.
fn split_lines(body: &str) -> Vec<Line<'_>> {
    let b = body.as_bytes();
    // Room for lines of 32 bytes on average, without a pass to count them: news lines are
    // longer, and a vector this large that must grow is moved by the allocator (remapped)
    // rather than copied.
    let mut lines = Vec::with_capacity(b.len() / 32 + 1);
    // Read once for the whole body: a line's characters are then its bytes.
    let ascii = b.is_ascii();
    let mut start = 0;
    if memchr::memchr(b'\r', b).is_none() {
        for k in memchr::memchr_iter(b'\n', b) {
            lines.push(Line::new(&body[start..k], false, ascii));
            start = k + 1;
        }
        lines.push(Line::new(&body[start..], false, ascii));
        return lines;
    }
    for k in memchr::memchr2_iter(b'\n', b'\r', b) {
        if k < start {
            continue; // the `\n` of a `\r\n`
        }
        let raw = &body[start..k];
        start = k + 1;
        if b[k] == b'\r' {
            match b.get(k + 1) {
                Some(b'\n') => start = k + 2,
                None => {
                    lines.push(Line::new(raw, false, ascii));
                    return lines;
                }
                Some(_) => {
                    lines.push(Line::new(raw, true, ascii));
                    continue;
                }
            }
        }
        lines.push(Line::new(raw, false, ascii));
    }
    lines.push(Line::new(&body[start..], false, ascii));
    lines
}

/// What a line break becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Break {
    /// A hard wrap: the lines join with a space.
    Space,
    /// A hard wrap before closing punctuation or after a dash: no space.
    Attach,
    /// The writer ended the line: kept as `\n`, a sentence boundary.
    LineEnd,
    /// A new paragraph (indent style).
    Paragraph,
}

/// How the body is laid out, read once from all its lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Layout {
    /// Paragraphs are indented instead of separated by blank lines (newswire).
    indent_style: bool,
    /// The wrap width: the longest line, in characters.
    width: usize,
    /// Wrapped lines end with a space (RFC 3676 "flowed" text, and copies from web pages):
    /// a line without one was ended on purpose. Read from the body's lines as a whole
    /// ([`Seen`]): a few table rows with a trailing space in hard-wrapped prose do not
    /// make it flowed.
    flowed: bool,
    /// Index of the first non-blank line (among the lines of the part it is used with).
    first: Option<usize>,
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
    fn of(parts: &[&[Line<'_>]]) -> Layout {
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
    fn seen_from_line(self, base: usize) -> Layout {
        Layout {
            first: self.first.and_then(|f| f.checked_sub(base)),
            ..self
        }
    }

    /// True when line `prev` (at index `at`) was full: the first word of `next` would not
    /// have fitted on it within the wrap width, less a ragged margin. In indent style the
    /// first line counts as full: it followed a dateline that readers strip ("SALVADOR, Feb
    /// 26 - Showers continued throughout the week in").
    fn is_full(&self, prev: &Line<'_>, next: &Line<'_>, at: usize) -> bool {
        if self.indent_style && Some(at) == self.first {
            return true;
        }
        fills(prev, next, self.width)
    }

    /// Decide the break between line `at` and the next line of the same block.
    fn line_break(&self, lines: &[Line<'_>], at: usize, block: &Block, text: &str) -> Break {
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
fn fills(prev: &Line<'_>, next: &Line<'_>, width: usize) -> bool {
    let room = width - width / RAGGED_SHARE;
    // (a line already past the room needs no reading of the next word)
    prev.chars() + 1 > room || prev.chars() + 1 + first_word_chars(next.text) > room
}

/// The widths of the body whose lines are `parts`, one after the other: its longest line,
/// and its longest line that stands in a block of two or more lines (the wrap width).
/// Whether a flowed or a hard wrap was full is read against the second: a link, a heading
/// or an unwrapped paragraph on a line of its own, far longer than the wrapped prose,
/// would leave no line of it full.
fn widths(parts: &[&[Line<'_>]]) -> (usize, usize) {
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
struct Seen {
    /// Index of the first non-blank line.
    first: Option<usize>,
    /// The longest line, in characters.
    width: usize,
    /// The longest line standing in a block of two or more lines ([`widths`]).
    wrap_width: usize,
    /// Non-blank lines right after a non-blank line and indented.
    indent_breaks: usize,
    /// Non-blank lines right after a blank one.
    blank_breaks: usize,
    /// A non-blank indented line after the first non-blank line.
    indented_later: bool,
    /// Lines wrapped mid-sentence with a trailing blank that could have held the next
    /// word ([`Layout::is_full`]), but the first non-blank line: flowed text.
    flowed_wraps: usize,
    /// Full lines wrapped mid-sentence without a trailing blank, but the first non-blank
    /// line: hard-wrapped text.
    hard_wraps: usize,
    /// The first non-blank line, when it was wrapped mid-sentence: whether it had a
    /// trailing blank, and whether it was full (in indent style it counts as full
    /// whatever it holds, and the style is known only at the end).
    first_wrap: Option<(bool, bool)>,
}

impl Seen {
    /// Read the pair of lines `prev` (line `at`) and `next`, at or after the first
    /// non-blank line.
    fn pair(&mut self, prev: &Line<'_>, next: &Line<'_>, at: usize) {
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

    fn layout(&self) -> Layout {
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

/// What the line-break rules need to know about the block being unwrapped.
struct Block {
    /// A line of the paragraph has opened a list item.
    in_list: bool,
    /// No line of the block ends a sentence and none but the last is full ("features\n
    /// contact manager"): a list of lines, not wrapped prose.
    list_of_lines: bool,
}

/// True when a (trimmed) line ends mid-phrase: after a comma, an opening bracket, `&`, or
/// a [`CONTINUING_WORDS`] word.
fn continues(line: &str) -> bool {
    if line.ends_with(CONTINUING_MARKS) {
        return true;
    }
    // The last word, if it can be one: every continuing word is ASCII letters, so only a
    // line ending in at most that many letters after white space (or alone) can end in one.
    let b = line.as_bytes();
    let letters = b
        .iter()
        .rev()
        .take(MAX_CONTINUING_LEN + 1)
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let before = &line[..line.len() - letters];
    if letters == 0
        || letters > MAX_CONTINUING_LEN
        || before
            .chars()
            .next_back()
            .is_some_and(|c| !c.is_whitespace())
    {
        return false;
    }
    // Lower-cased into an integer and compared with the list's: one call per line.
    let last = &b[before.len()..];
    CONTINUING_KEYS.contains(&word_key(last, true))
}

/// [`CONTINUING_WORDS`] as [`word_key`]s, worked out at compile time.
const CONTINUING_KEYS: [u64; CONTINUING_WORDS.len()] = {
    let mut keys = [0; CONTINUING_WORDS.len()];
    let mut k = 0;
    while k < keys.len() {
        keys[k] = word_key(CONTINUING_WORDS[k].as_bytes(), false);
        k += 1;
    }
    keys
};

/// A word of at most eight ASCII letters as one integer (its bytes, the first lowest),
/// lower-cased when `lower` is set.
const fn word_key(word: &[u8], lower: bool) -> u64 {
    let mut key = 0;
    let mut k = 0;
    while k < word.len() {
        let c = if lower {
            word[k].to_ascii_lowercase()
        } else {
            word[k]
        };
        key |= (c as u64) << (8 * k);
        k += 1;
    }
    key
}

/// Bytes in the longest [`CONTINUING_WORDS`] word.
const MAX_CONTINUING_LEN: usize = 7;

// A continuing word fits a `word_key`.
const _: () = assert!(MAX_CONTINUING_LEN <= 8);

/// True when the first letter or digit of a line is a lower-case letter.
fn starts_lower_case(line: &str) -> bool {
    line.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_lowercase)
}

/// True when a (trimmed) line reads as a heading: at most [`MAX_TITLE_WORDS`] words, each
/// word with a letter capitalised except [`TITLE_MINOR_WORDS`] ("Putter King Scavenger Hunt
/// Trophy", "d. Compliance Log – Volume 12", "II--THE POOL OF TEARS"), after an item marker.
fn is_title_like(line: &str) -> bool {
    let skip = usize::from(starts_list_item(line));
    // Counted first, without collecting: most lines are far longer than a heading.
    let count = count_words(line, skip + MAX_TITLE_WORDS + 1)
        .saturating_sub(skip)
        .min(MAX_TITLE_WORDS + 1);
    if count == 0 || count > MAX_TITLE_WORDS {
        return false;
    }
    let words = || line.split_whitespace().skip(skip);
    let initial = |w: &str| w.chars().find(|c| c.is_alphabetic());
    words().any(|w| initial(w).is_some_and(char::is_uppercase))
        && words().all(|w| match initial(w) {
            Some(c) if c.is_lowercase() => {
                let bare = w.trim_matches(|c: char| !c.is_alphabetic());
                TITLE_MINOR_WORDS.contains(&bare)
            }
            _ => true,
        })
}

/// Unwrap `body` into paragraphs; returns the text (paragraphs separated by
/// `"\n\n"`) and each paragraph's byte span in it.
pub fn unwrap_paragraphs(body: &str) -> (String, Vec<Span>) {
    let mut text = String::with_capacity(body.len());
    let mut spans = Vec::new();
    unwrap_with(body, &mut text, |text, start| {
        spans.push(Span::new(start, text.len()));
    });
    (text, spans)
}

/// Unwrap `body` as [`unwrap_paragraphs`] does, handing each paragraph to `paragraph` as
/// soon as it is complete instead of keeping the whole text: the streaming form, for a
/// caller that segments and writes each paragraph at once. The paragraphs joined by
/// `"\n\n"` are the text [`unwrap_paragraphs`] returns.
///
/// ```
/// let mut found = Vec::new();
/// claimkit_core::normalize::for_each_paragraph("One\ntwo.\n\nThree.", |p| found.push(p.to_string()));
/// assert_eq!(found, ["One two.", "Three."]);
/// ```
pub fn for_each_paragraph(body: &str, mut paragraph: impl FnMut(&str)) {
    let mut text = String::new();
    unwrap_with(body, &mut text, |text, start| {
        paragraph(&text[start..]);
        text.clear();
    });
}

/// The unwrapping itself: paragraphs are written to the end of `text`, each after `"\n\n"`
/// when `text` is not empty, and `done(text, start)` is called when the one starting at
/// byte `start` is complete (it may clear `text`: the rules read only the paragraph being
/// written).
fn unwrap_with(body: &str, text: &mut String, done: impl FnMut(&mut String, usize)) {
    let body = strip(body);
    let lines = split_lines(&body);
    let layout = Layout::of(&[&lines]);
    unwrap_lines(&lines, &layout, text, done);
}

/// `body` without a byte-order mark, with its other line separators as line ends
/// ([`separators`]) and without markup residue ([`crate::markup::strip`]):
/// what the lines are read from.
fn strip(body: &str) -> std::borrow::Cow<'_, str> {
    let body = body.strip_prefix('\u{feff}').unwrap_or(body);
    match separators::unify(body) {
        Some(unified) => std::borrow::Cow::Owned(crate::markup::strip(&unified).into_owned()),
        None => crate::markup::strip(body),
    }
}

/// Unwrap `lines`, laid out as `layout` says (seen from the first of them), block by block.
fn unwrap_lines(
    lines: &[Line<'_>],
    layout: &Layout,
    text: &mut String,
    mut done: impl FnMut(&mut String, usize),
) {
    let mut k = 0;
    while k < lines.len() {
        if lines[k].is_blank() {
            k += 1;
            continue;
        }
        let first = k;
        while k < lines.len() && !lines[k].is_blank() {
            k += 1;
        }
        unwrap_block(lines, first..k, layout, text, &mut done);
    }
}

/// Unwrap the block of non-blank lines `range` into one or more paragraphs of `text`.
fn unwrap_block(
    lines: &[Line<'_>],
    range: std::ops::Range<usize>,
    layout: &Layout,
    text: &mut String,
    done: &mut impl FnMut(&mut String, usize),
) {
    let mut block = Block {
        in_list: false,
        list_of_lines: !lines[range.clone()].iter().any(Line::ends_sentence)
            && (layout.width < MIN_WRAP_WIDTH
                || (range.start..range.end - 1)
                    .all(|at| !layout.is_full(&lines[at], &lines[at + 1], at))),
    };
    let mut start = open_paragraph(text);
    for at in range.clone() {
        let line = lines[at].text();
        let mut own_line = at == range.start;
        if at > range.start {
            match layout.line_break(lines, at - 1, &block, text) {
                Break::Space => text.push(' '),
                Break::Attach => {}
                Break::LineEnd => {
                    text.push('\n');
                    own_line = true;
                }
                Break::Paragraph => {
                    done(text, start);
                    start = open_paragraph(text);
                    block.in_list = false;
                    own_line = true;
                }
            }
        }
        // Once a line has opened a list item, the paragraph is a list: later item lines
        // keep their break even after a wrapped continuation line.
        block.in_list |= own_line && starts_list_item(line);
        push_folded(text, line);
    }
    done(text, start);
}

/// Start a paragraph at the end of `text`, after a blank line if one came before.
fn open_paragraph(text: &mut String) -> usize {
    if !text.is_empty() {
        text.push_str("\n\n");
    }
    text.len()
}

/// True when a (trimmed) line starts a list item: a bullet, `- `, `* `, `+ `, or an item
/// marker (`1.` `1)` `1.)` `(1)` `a.` `a)` `(a)` `ii)` `(iv)`) before a space or tab.
fn starts_list_item(line: &str) -> bool {
    let b = line.as_bytes();
    match b.first() {
        Some(b'-' | b'*' | b'+') => return b.get(1) == Some(&b' '),
        // Every bullet is a character of three bytes starting so.
        Some(0xE2) => return line.starts_with(BULLETS),
        Some(b'(' | b'0'..=b'9' | b'a'..=b'z') => {}
        _ => return false, // most lines: a capital letter
    }
    let parens = b.first() == Some(&b'(');
    let body = &b[usize::from(parens)..];
    let digits = body.iter().take_while(|c| c.is_ascii_digit()).count();
    let letters = body.iter().take_while(|c| c.is_ascii_lowercase()).count();
    let roman = body.iter().take_while(|c| b"ivx".contains(c)).count();
    let len = match (digits, letters) {
        (1..=2, _) => digits,
        (0, 1) => 1,
        (0, _) if roman >= 2 && roman == letters => roman,
        _ => return false,
    };
    let rest = &body[len..];
    let roman_only = digits == 0 && len >= 2;
    let after = match (parens, rest) {
        (true, [b')', after @ ..]) => after,
        (false, [b'.', b')', after @ ..]) if !roman_only => after,
        (false, [b'.', after @ ..]) if !roman_only => after,
        (false, [b')', after @ ..]) => after,
        _ => return false,
    };
    matches!(after.first(), Some(b' ' | b'\t'))
}

/// Append `line` with runs of spaces and tabs folded to one space. Works on bytes (both
/// are ASCII) and copies the stretches between runs whole.
fn push_folded(out: &mut String, line: &str) {
    let b = line.as_bytes();
    let blank = |c: u8| c == b' ' || c == b'\t';
    // Most lines have neither a tab nor two spaces in a row: one pass over the byte pairs,
    // without a branch per byte (vector compares), says so, and the line is copied whole.
    if !needs_folding(b) {
        out.push_str(line);
        return;
    }
    if memchr::memchr(b'\t', b).is_none() {
        // Only two spaces in a row need folding: found by a vectorised search, built once.
        let (mut copied, mut from) = (0, 0);
        while let Some(k) = TWO_SPACES.find(&b[from..]).map(|k| from + k) {
            let end = k + b[k..].iter().take_while(|&&c| c == b' ').count();
            out.push_str(&line[copied..k]);
            out.push(' ');
            (copied, from) = (end, end);
        }
        out.push_str(&line[copied..]);
        return;
    }
    let (mut copied, mut k) = (0, 0);
    while k < b.len() {
        if b[k] == b'\t' || (b[k] == b' ' && b.get(k + 1).is_some_and(|&c| blank(c))) {
            let end = k + b[k..].iter().take_while(|&&c| blank(c)).count();
            out.push_str(&line[copied..k]);
            out.push(' ');
            (copied, k) = (end, end);
        } else {
            k += 1;
        }
    }
    out.push_str(&line[copied..]);
}

/// True when `b` holds a tab or two spaces in a row. Reads 16 byte pairs at a time with
/// one test for them all, without a branch per byte, which the compiler turns into vector
/// compares.
fn needs_folding(b: &[u8]) -> bool {
    const CHUNK: usize = 16;
    let folds = |c: u8, next: u8| c == b'\t' || (c == b' ' && next == b' ');
    // The pairs starting at `k..k + CHUNK` (`k + CHUNK < b.len()`), with `&` and `|` only.
    let chunk_folds = |k: usize| {
        let (here, next) = (&b[k..k + CHUNK], &b[k + 1..k + CHUNK + 1]);
        here.iter().zip(next).fold(0u8, |hit, (&c, &n)| {
            hit | u8::from(c == b'\t') | (u8::from(c == b' ') & u8::from(n == b' '))
        }) != 0
    };
    if b.last() == Some(&b'\t') {
        return true;
    }
    if b.len() <= CHUNK {
        return b.windows(2).any(|w| folds(w[0], w[1]));
    }
    // Chunks from the start, then the chunk that ends at the last pair (overlapping).
    let last = b.len() - 1 - CHUNK;
    (0..last).step_by(CHUNK).any(chunk_folds) || chunk_folds(last)
}

/// Two spaces: the searcher is built once for every line of every document.
static TWO_SPACES: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"  "));

/// The ASCII characters `char::is_whitespace` accepts.
fn is_ascii_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// `line.trim()`, read from both ends only when an end is not a visible ASCII character.
fn trim(line: &str) -> &str {
    let b = line.as_bytes();
    match (b.first(), b.last()) {
        (Some(f), Some(l)) if f.is_ascii_graphic() && l.is_ascii_graphic() => line,
        _ => {
            // An indented line (newswire): the spaces and tabs in front skipped as bytes,
            // and `trim` only when what is left still starts or ends with something else.
            let from = b.iter().take_while(|&&c| c == b' ' || c == b'\t').count();
            let rest = &line[from..];
            match (rest.as_bytes().first(), rest.as_bytes().last()) {
                (Some(f), Some(l)) if f.is_ascii_graphic() && l.is_ascii_graphic() => rest,
                _ => rest.trim(),
            }
        }
    }
}

/// Characters in the first word of a trimmed line (`split_whitespace().next()`).
fn first_word_chars(line: &str) -> usize {
    let b = line.as_bytes();
    match b.iter().position(|&c| !c.is_ascii_graphic()) {
        None => b.len(),
        Some(k) if is_ascii_space(b[k]) => k,
        Some(_) => {
            let word = line.split_whitespace().next().unwrap_or("");
            word.chars().count()
        }
    }
}

/// Words of `line` as `split_whitespace` splits them, counted up to `most`.
fn count_words(line: &str, most: usize) -> usize {
    if !line.is_ascii() {
        return line.split_whitespace().take(most).count();
    }
    let (mut count, mut in_word) = (0, false);
    for &c in line.as_bytes() {
        let space = is_ascii_space(c);
        if !space && !in_word {
            count += 1;
            if count == most {
                break;
            }
        }
        in_word = !space;
    }
    count
}

pub mod parts;
mod separators;
pub(crate) use separators::unify as unify_separators;

#[cfg(test)]
mod tests;
