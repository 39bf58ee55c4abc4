//! What follows a candidate sentence end ([`Follow`]): the closers and footnote marks
//! skipped after it, and the word, opener or nothing that comes next.

use super::*;

/// What follows terminal punctuation, past closing quotes, brackets and footnote marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum After<'a> {
    /// The paragraph ends.
    End,
    /// No white space follows (`U.S.-Russian`, `Jr.'s`, `world.Today`).
    Attached,
    /// A word in lower case: an attribution (`?” she asked`) or the sentence goes on.
    Lower,
    /// A capitalised word (its letters), possibly after an opening quote or bracket.
    Capitalised { word: &'a str, opener: Opener },
    /// A number or currency sign.
    Number,
    /// A dash before a word in lower case: the sentence goes on ("voila! -- you have cake").
    Dash,
    /// A list item marker such as `(ii)` or `b)`.
    Item,
    /// Anything else (a bullet, a symbol).
    Other,
}

/// What opens the next word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Opener {
    None,
    Quote,
    Bracket,
}

/// Dashes that continue a sentence after `!` or `?`.
pub(super) const DASHES: &[char] = &['-', '–', '—'];

/// [`After`] with the byte where the sentence would end and the next one start.
pub(super) struct Follow<'a> {
    pub(super) after: After<'a>,
    pub(super) end: usize,
    pub(super) start: usize,
}

/// What follows the terminal punctuation at `i` that ends at `from`.
pub(super) fn follow(s: &str, i: usize, from: usize) -> Follow<'_> {
    let end = skip_footnotes(s, i, from);
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
    let opener = if word_start == start {
        Opener::None
    } else if s[start..word_start].contains(['(', '[', '{']) {
        Opener::Bracket
    } else {
        Opener::Quote
    };
    let after = match char_at(s, word_start) {
        None if start >= s.len() => After::End,
        _ if lists::marker_at(s, start).is_some_and(|m| m.is_bracketed()) => After::Item,
        // "Mark E. Smith. a. here it is b. another": a lettered enumeration starts.
        _ if lists::is_letter_marker(s, start) && lists::opens_enumeration(s, start) => After::Item,
        Some(c) if c.is_lowercase() => After::Lower,
        Some(c) if c.is_uppercase() => After::Capitalised {
            word: letters_at(s, word_start),
            opener,
        },
        Some(c) if c.is_ascii_digit() || CURRENCY.contains(&c) => After::Number,
        Some(c) if DASHES.contains(&c) => {
            // "voila! -- you have cake" goes on; "What do you see? - Posted like…" does not.
            let word = skip_space(s, skip_chars(s, word_start, DASHES));
            match char_at(s, word) {
                Some(w) if w.is_uppercase() => After::Other,
                _ => After::Dash,
            }
        }
        _ => After::Other,
    };
    Follow { after, end, start }
}

/// A closing quote or bracket, or an invisible mark, which a sentence end reads past.
pub(super) fn is_closer(c: char) -> bool {
    CLOSERS.contains(&c) || INVISIBLE_MARKS.contains(&c)
}

/// Skip closing quotes and brackets and invisible marks from byte `i`: `so far.”`,
/// `left.\u{200F}`.
pub(super) fn skip_closers(s: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(s, i).filter(|&c| is_closer(c)) {
        i += c.len_utf8();
    }
    i
}

/// Skip closing quotes and brackets and invisible marks after the terminal punctuation at
/// `i` (ending at `from`), and footnote marks: `martyr.[1]`, `consultation.11 12`,
/// `(type 2).10`.
pub(super) fn skip_footnotes(s: &str, i: usize, from: usize) -> usize {
    let b = s.as_bytes();
    let digits_at = |k: usize| {
        b[k.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let mut j = skip_closers(s, from);
    // Bracketed references: "[1]", "[7][8]".
    while b.get(j) == Some(&b'[') && (1..=3).contains(&digits_at(j + 1)) {
        let close = j + 1 + digits_at(j + 1);
        if b.get(close) != Some(&b']') {
            break;
        }
        j = skip_closers(s, close + 1);
    }
    // Superscript numbers set as plain digits right after a word's full stop.
    let after_word = char_before(s, i).is_some_and(|c| c.is_alphabetic() || c == ')');
    let n = digits_at(j);
    let ends_number = |k: usize| b.get(k).is_none_or(|c| c.is_ascii_whitespace());
    if after_word && j == from && (1..=3).contains(&n) && ends_number(j + n) {
        j += n;
        // More reference numbers before the next sentence: ".11 12 Take".
        while b.get(j) == Some(&b' ') {
            let m = digits_at(j + 1);
            let next = j + 1 + m;
            if !(1..=3).contains(&m) || b.get(next) != Some(&b' ') {
                break;
            }
            if !b.get(next + 1).is_some_and(u8::is_ascii_uppercase) {
                break;
            }
            j = next;
        }
    }
    j
}

/// The run of letters at `i`; empty when a hyphen follows (`A-10`), which no table holds.
pub(super) fn letters_at(s: &str, i: usize) -> &str {
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
