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

/// Characters after which a wrapped line continues without a space.
const JOIN_WITHOUT_SPACE_AFTER: &[char] = &['—', '–', '/'];

/// What the line-break rules need to know about the block being unwrapped.
struct Block {
    /// A line of the paragraph has opened a list item.
    in_list: bool,
    /// No line of the block ends a sentence and none but the last is full ("features\n
    /// contact manager"): a list of lines, not wrapped prose.
    list_of_lines: bool,
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

mod layout;
mod lines;
pub mod parts;
mod separators;

use layout::*;
use lines::*;
pub(crate) use separators::unify as unify_separators;

#[cfg(test)]
mod tests;
