//! Quotes and brackets around a sentence end.
//!
//! A closing quote or bracket after terminal punctuation belongs to the sentence it closes
//! (`… effective,” Mr. Pushkov said.` / `… so far.”`); an opening one before the next word
//! belongs to the next sentence. Whether the sentence really ends is decided by the word after
//! them: `."  She held…` ends it, `?” she asked` and `.' she said` do not (see
//! [`crate::boundary`]).
//!
//! # Adding a character
//!
//! Add it to [`CLOSERS`] or [`OPENERS`]; straight quotes are in both, because after terminal
//! punctuation a quote can only close and before a word only open.

/// Characters that close a quotation or parenthesis after terminal punctuation.
pub const CLOSERS: &[char] = &['"', '\'', ')', ']', '}', '»', '›', '’', '”'];

/// Characters that open a quotation or parenthesis before a sentence's first word.
pub const OPENERS: &[char] = &['"', '\'', '(', '[', '{', '«', '‹', '‘', '“'];

/// The char starting at byte `i` of `s` (`i` must be a char boundary).
pub fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|rest| rest.chars().next())
}

/// The char ending just before byte `i` of `s`.
pub fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i).and_then(|head| head.chars().next_back())
}

/// Skip the chars of `set` from byte `i`; returns the first byte after them.
pub fn skip_chars(s: &str, mut i: usize, set: &[char]) -> usize {
    while let Some(c) = char_at(s, i) {
        if !set.contains(&c) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// Skip white space from byte `i`; returns the first byte after it.
pub fn skip_space(s: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(s, i) {
        if !c.is_whitespace() {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// Move `end` back over white space (but not before `start`).
pub fn trim_back(s: &str, start: usize, mut end: usize) -> usize {
    while end > start {
        match char_before(s, end) {
            Some(c) if c.is_whitespace() => end -= c.len_utf8(),
            _ => break,
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closing_quote_after_full_stop_is_skipped() {
        let s = "so far.” Next";
        assert_eq!(&s[skip_chars(s, 7, CLOSERS)..], " Next");
    }

    #[test]
    fn trim_back_stops_at_start() {
        assert_eq!(trim_back("a  \n ", 0, 5), 1);
        assert_eq!(trim_back("   ", 1, 3), 1);
    }
}
