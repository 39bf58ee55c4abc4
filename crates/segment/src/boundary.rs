//! The sentence-boundary scanner: one pass over a paragraph's bytes.
//!
//! The scanner jumps from one byte of interest to the next (terminal punctuation, a line
//! break, the lead byte of `…` and the bullets, and, inside a list, a space) and decides
//! there, looking only at the word before and the word after. Nothing is allocated per
//! token; lexicon look-ups happen only at a full stop followed by a capitalised word.
//!
//! # Adding a rule
//!
//! A rule about the word *before* a full stop belongs in [`crate::abbreviations`], one about
//! the word *after* it in [`crate::starters`]; both are tables. A new kind of boundary marker
//! (a new bullet, a new list style) belongs in [`crate::lists`]. Change [`is_boundary`] only
//! for a new combination of the two sides, and pin it with a unit test named after the rule.

use crate::abbreviations::{classify, Abbreviation};
use crate::lists::{self, ListState};
use crate::quotes::{char_at, char_before, skip_chars, skip_space, trim_back, CLOSERS, OPENERS};
use crate::starters;
use crate::terminal::{read_run, Run, Terminal};

/// Bytes the scanner stops at. `0xE2` leads U+2000..U+2FFF: `…`, curly quotes, bullets.
static STOP_BYTES: [bool; 256] = stop_bytes(false);
/// The same, plus the space, once a paragraph has shown an item marker.
static STOP_BYTES_IN_LIST: [bool; 256] = stop_bytes(true);

const fn stop_bytes(space: bool) -> [bool; 256] {
    let mut table = [false; 256];
    table[b'.' as usize] = true;
    table[b'?' as usize] = true;
    table[b'!' as usize] = true;
    table[b'\n' as usize] = true;
    table[0xE2] = true;
    table[b' ' as usize] = space;
    table
}

/// Currency signs that open a number like a digit does ("$1.5 million").
const CURRENCY: &[char] = &['$', '£', '€', '¥'];

/// What the scanner does at a byte of interest.
enum Step {
    /// No boundary: go on scanning at this byte.
    Continue(usize),
    /// The sentence ends at `end`; the next one starts at `next`.
    Cut {
        end: usize,
        next: usize,
        line_start: bool,
    },
}

/// Split one paragraph into sentences; calls `emit(start, end, truncated)` with byte offsets
/// into `s` for each, in order. Spans are trimmed and never empty.
pub fn segment_paragraph(s: &str, emit: &mut impl FnMut(usize, usize, bool)) {
    let b = s.as_bytes();
    let n = b.len();
    let mut list = ListState::default();
    let mut start = skip_space(s, 0);
    if start >= n {
        return;
    }
    let (mut i, mut item) = list.open_sentence(s, start, true);
    while i < n {
        let stops = if list.active() {
            &STOP_BYTES_IN_LIST
        } else {
            &STOP_BYTES
        };
        if !stops[usize::from(b[i])] {
            i += 1;
            continue;
        }
        match step(s, start, i, &list) {
            Step::Continue(next) => i = next.max(i + 1),
            Step::Cut {
                end,
                next,
                line_start,
            } => {
                if end > start {
                    emit(start, end, false);
                }
                start = next;
                let here = i + char_at(s, i).map_or(1, char::len_utf8);
                (i, item) = list.open_sentence(s, start, line_start);
                i = i.max(here);
            }
        }
    }
    if start < n {
        let end = trim_back(s, start, n);
        if end > start {
            emit(start, end, !item && !ends_with_terminal(&s[start..end]));
        }
    }
}

/// Decide at the byte of interest `i` of a sentence that started at `start`.
fn step(s: &str, start: usize, i: usize, list: &ListState) -> Step {
    let before_is_space = char_before(s, i).is_some_and(char::is_whitespace);
    let cut_before = |next: usize, line_start: bool| {
        let end = trim_back(s, start, i);
        if end > start {
            Step::Cut {
                end,
                next,
                line_start,
            }
        } else {
            Step::Continue(i + 1)
        }
    };
    match s.as_bytes()[i] {
        b'\n' => {
            let j = skip_space(s, i);
            if j < s.len() && lists::item_line_at(s, j) {
                cut_before(j, true)
            } else {
                Step::Continue(i + 1)
            }
        }
        b' ' => match list.next_item_at(s, i + 1) {
            Some(_) => cut_before(i + 1, false),
            None => Step::Continue(i + 1),
        },
        b'.' | b'?' | b'!' => at_terminal(s, start, i),
        _ => match char_at(s, i) {
            Some('…') => at_terminal(s, start, i),
            Some(c) if before_is_space && lists::bullet_at(s, i, false).is_some() => {
                match cut_before(i, false) {
                    Step::Continue(_) => Step::Continue(i + c.len_utf8()),
                    cut => cut,
                }
            }
            Some(c) => Step::Continue(i + c.len_utf8()),
            None => Step::Continue(i + 1),
        },
    }
}

/// Decide at terminal punctuation starting at byte `i`.
fn at_terminal(s: &str, start: usize, i: usize) -> Step {
    let run = read_run(s, i);
    if run.kind == Terminal::Ellipsis {
        return Step::Continue(run.end);
    }
    let next = follow(s, run.end);
    if next.after == After::Attached {
        let bare = next.end == run.end && run.kind == Terminal::FullStop;
        return if bare && is_unspaced_boundary(s, start, i) {
            Step::Cut {
                end: i + 1,
                next: i + 1,
                line_start: false,
            }
        } else {
            Step::Continue(run.end)
        };
    }
    if !is_boundary(s, start, i, run, next.after) {
        return Step::Continue(run.end);
    }
    if run.kind == Terminal::StopThenEllipsis {
        // "compounds. . . . The practice": the full stop ends it, the ellipsis opens the next.
        return Step::Cut {
            end: i + 1,
            next: skip_space(s, i + 1),
            line_start: false,
        };
    }
    Step::Cut {
        end: next.end,
        next: next.start,
        line_start: false,
    }
}

/// What follows terminal punctuation, past closing quotes and brackets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum After<'a> {
    /// The paragraph ends.
    End,
    /// No white space follows (`U.S.-Russian`, `Jr.'s`, `world.Today`).
    Attached,
    /// A word in lower case: an attribution (`?” she asked`) or the sentence goes on.
    Lower,
    /// A capitalised word (its letters), possibly after an opening quote or bracket.
    Capitalised { word: &'a str, opened: bool },
    /// A number or currency sign.
    Number,
    /// Anything else (a dash, a bullet, a symbol).
    Other,
}

/// [`After`] with the byte where the sentence would end and the next one start.
struct Follow<'a> {
    after: After<'a>,
    end: usize,
    start: usize,
}

fn follow(s: &str, from: usize) -> Follow<'_> {
    let end = skip_chars(s, from, CLOSERS);
    let at = |after| Follow {
        after,
        end,
        start: end,
    };
    match char_at(s, end) {
        None => return at(After::End),
        Some(c) if !c.is_whitespace() => return at(After::Attached),
        Some(_) => {}
    }
    let start = skip_space(s, end);
    let word_start = skip_chars(s, start, OPENERS);
    let opened = word_start > start;
    let after = match char_at(s, word_start) {
        None if start >= s.len() => After::End,
        Some(c) if c.is_lowercase() => After::Lower,
        Some(c) if c.is_uppercase() => After::Capitalised {
            word: letters_at(s, word_start),
            opened,
        },
        Some(c) if c.is_ascii_digit() || CURRENCY.contains(&c) => After::Number,
        _ => After::Other,
    };
    Follow { after, end, start }
}

/// The run of letters at `i`; empty when a hyphen follows (`A-10`), which no table holds.
fn letters_at(s: &str, i: usize) -> &str {
    let rest = &s[i..];
    let len = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(k, _)| k);
    if rest[len..].starts_with('-') {
        ""
    } else {
        &rest[..len]
    }
}

/// What precedes terminal punctuation.
enum Before {
    /// An ordinary word, a number, or `?`/`!`: ends the sentence before a capitalised word.
    Word,
    /// An abbreviation of the given kind.
    Abbreviation(Abbreviation),
}

/// The rule table: is terminal punctuation at `i` (read as `run`) a sentence end?
fn is_boundary(s: &str, start: usize, i: usize, run: Run, after: After<'_>) -> bool {
    let word = word_before(s, start, i);
    let before = match run.kind {
        Terminal::FullStop => classify(word).map_or(Before::Word, Before::Abbreviation),
        _ => Before::Word,
    };
    match (before, after) {
        (_, After::End | After::Attached | After::Lower) => false,
        (Before::Word, After::Capitalised { word: next, .. }) => !starters::never_opens(next),
        (Before::Word, After::Number | After::Other) => true,
        (Before::Abbreviation(Abbreviation::Prefix), _) => false,
        (Before::Abbreviation(_), After::Number | After::Other) => false,
        (Before::Abbreviation(kind), After::Capitalised { word: next, opened }) => {
            let titles_open = kind != (Abbreviation::MayEnd { attributive: true });
            let opens = opened || starters::opens_sentence(next, titles_open);
            let so_far = &s[start..i - word.len()];
            opens && !starters::is_fronted_phrase(so_far)
        }
    }
}

/// The word before byte `i`, not before `start`: ASCII letters and digits, inner dots, `°`
/// (as in `N°`).
fn word_before(s: &str, start: usize, i: usize) -> &str {
    let b = s.as_bytes();
    let mut j = i;
    while j > start {
        if b[j - 1].is_ascii_alphanumeric() || b[j - 1] == b'.' {
            j -= 1;
        } else if b[j - 1] == 0xB0 && j >= start + 2 && b[j - 2] == 0xC2 {
            j -= 2;
        } else {
            break;
        }
    }
    s[j..i].trim_start_matches('.')
}

/// "world.Today", "1,000.That": a full stop with no space between an ordinary word and a
/// capitalised word is a boundary, except inside e-mail addresses and URLs.
fn is_unspaced_boundary(s: &str, start: usize, i: usize) -> bool {
    let b = s.as_bytes();
    let word = word_before(s, start, i);
    let numeric = word.bytes().all(|c| c.is_ascii_digit());
    let plain_word = !word.contains('.') && (word.len() >= 2 || numeric);
    let capitalised = b.get(i + 1).is_some_and(u8::is_ascii_uppercase)
        && b.get(i + 2).is_some_and(u8::is_ascii_lowercase);
    if word.is_empty() || !plain_word || !capitalised || classify(word).is_some() {
        return false;
    }
    let token_start = s[..i].rfind(char::is_whitespace).map_or(0, |k| k + 1);
    let token_end = s[i..].find(char::is_whitespace).map_or(s.len(), |k| i + k);
    let token = &s[token_start..token_end];
    !(token.contains('@') || token.contains('/') || token.contains("www."))
}

/// True when a sentence ends with terminal punctuation, before closing quotes and brackets.
pub fn ends_with_terminal(sentence: &str) -> bool {
    sentence
        .trim_end_matches(CLOSERS)
        .ends_with(['.', '?', '!', '…'])
}
