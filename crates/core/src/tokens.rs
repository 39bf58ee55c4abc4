//! The token layer: the word, number and punctuation tokens of a text, with byte offsets.
//!
//! One pass over the text; no allocation per token. Numbers keep their digit
//! grouping ("1,200", "3.5", ".08"); words are runs of letters with the combining
//! marks that follow them ("नरेंद्र", "Mu\u{308}ller"); every other
//! non-space character is a token of its own. A token never spans a line
//! break, and [`Token::line_start`] marks the first token of each line, so a
//! stage that works line by line reads the same tokens as one that reads the
//! whole text: the pipeline tokenises a document once for both.
//!
//! ```
//! use claimkit_core::tokens::{tokenize, TokenKind};
//!
//! let toks = tokenize("Between 12 and 20 strikes,\nsaid 1,200 troops.");
//! let texts: Vec<&str> = toks.iter().map(|t| t.text).collect();
//! assert_eq!(texts, ["Between", "12", "and", "20", "strikes", ",", "said", "1,200", "troops", "."]);
//! assert_eq!(toks[7].kind, TokenKind::Number);
//! assert!(toks[6].line_start && !toks[7].line_start);
//! ```

use crate::invisible::JOINERS;
use unicode_normalization::char::is_combining_mark;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// A run of letters, with the combining marks and inner joiners that go with them:
    /// "strikes", "Sept", "नरेंद्र".
    Word,
    /// Digits with their grouping commas and decimal point: "1,200", "3.5".
    Number,
    /// Any other single character: "$", "-", "%", ".".
    Punct,
}

/// One token of the text.
#[derive(Clone, Copy, Debug)]
pub struct Token<'t> {
    /// Byte offset of its first byte.
    pub start: usize,
    /// Byte offset just past its last byte.
    pub end: usize,
    /// `text[start..end]`.
    pub text: &'t str,
    /// Word, number or punctuation.
    pub kind: TokenKind,
    /// White space (or the start of the text) comes right before it.
    pub space_before: bool,
    /// A line break (or the start of the text) lies between it and the token before.
    pub line_start: bool,
}

impl Token<'_> {
    /// The token is a word.
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// The token is a number.
    pub fn is_number(&self) -> bool {
        self.kind == TokenKind::Number
    }

    /// The token is this punctuation character.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct && self.text.starts_with(c)
    }

    /// The token is one of the dashes news writes between numbers.
    pub fn is_dash(&self) -> bool {
        self.kind == TokenKind::Punct && matches!(self.text, "-" | "–" | "—" | "‑")
    }

    /// The token is this word, any case.
    #[inline]
    pub fn is(&self, word: &str) -> bool {
        self.kind == TokenKind::Word && self.text.eq_ignore_ascii_case(word)
    }

    /// The token starts with an upper-case letter.
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// The token is a word written entirely in lower case.
    pub fn is_lowercase_word(&self) -> bool {
        self.kind == TokenKind::Word && !self.text.chars().any(char::is_uppercase)
    }
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    let mut space_before = true;
    let mut line_start = true;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            space_before = true;
            line_start |= b == b'\n';
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        // Most tokens are words: letters first (a web address opens with letters too).
        if b.is_ascii_alphabetic() && !is_url_start(&bytes[i..]) {
            kind = TokenKind::Word;
            i = ascii_letters_end(bytes, i);
            // Letters outside ASCII continue the word ("François").
            if bytes.get(i).is_some_and(|b| !b.is_ascii()) {
                i = word_end(text, i);
            }
        } else if b.is_ascii_digit() || (b == b'.' && space_before && next_is_digit(bytes, i + 1)) {
            kind = TokenKind::Number;
            i = number_end(bytes, i);
        } else if is_url_start(&bytes[i..]) {
            // a web address is one token: its digits are no numbers
            kind = TokenKind::Punct;
            while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            while !text.is_char_boundary(i) {
                i += 1;
            }
        } else {
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            if c.is_whitespace() {
                space_before = true;
                i += c.len_utf8();
                continue;
            }
            if c.is_alphabetic() {
                kind = TokenKind::Word;
                i = word_end(text, i + c.len_utf8());
            } else {
                kind = TokenKind::Punct;
                i += c.len_utf8();
            }
        }
        tokens.push(Token {
            start,
            end: i,
            text: &text[start..i],
            kind,
            space_before,
            line_start,
        });
        space_before = false;
        line_start = false;
    }
    tokens
}

fn is_url_start(rest: &[u8]) -> bool {
    match rest.first() {
        Some(b'h') => rest.starts_with(b"http://") || rest.starts_with(b"https://"),
        Some(b'w') => rest.starts_with(b"www."),
        _ => false,
    }
}

/// The end of the run of ASCII letters from `i`, read eight bytes at a time.
fn ascii_letters_end(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = ONES * 0x80;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut lanes = [0; 8];
        lanes.copy_from_slice(chunk);
        let w = u64::from_le_bytes(lanes);
        // Each byte lane folded to lower case, its high bit cleared so that no
        // sum below carries into the next lane: a letter is at least 'a' and
        // at most 'z', and had no high bit.
        let x = (w | ONES * 0x20) & !HIGH;
        let at_least_a = x + ONES * (0x80 - u64::from(b'a'));
        let at_most_z = ONES * (0x80 + u64::from(b'z')) - x;
        let not_letter = !(at_least_a & at_most_z & !w) & HIGH;
        if not_letter != 0 {
            return i + (not_letter.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

fn next_is_digit(bytes: &[u8], i: usize) -> bool {
    bytes.get(i).is_some_and(u8::is_ascii_digit)
}

/// Spaces that group thousands: a space, a no-break space, a narrow
/// no-break space or a thin space ("40 000", "1 234 567").
const GROUP_SPACES: &[&[u8]] = &[
    b" ",
    "\u{a0}".as_bytes(),
    "\u{202f}".as_bytes(),
    "\u{2009}".as_bytes(),
];

/// End of a number starting at `i`: digits, "," before exactly three digits
/// (or the Indian "12,34,567"), a space before exactly three digits after a
/// first group of one to three, one "." before a digit.
fn number_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start;
    let mut seen_point = false;
    let mut grouped_by_space = false;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            i += 1;
        } else if b == b',' && three_digits_follow(bytes, i + 1) && !seen_point && !grouped_by_space
        {
            i += 4;
        } else if b == b',' && !seen_point && i - start <= 2 && lakh_groups(bytes, i) > i {
            i = lakh_groups(bytes, i);
        } else if matches!(b, b' ' | 0xC2 | 0xE2)
            && !seen_point
            && (grouped_by_space || (1..=3).contains(&(i - start)))
            && {
                let digits_only = bytes[start..i].iter().all(u8::is_ascii_digit);
                digits_only || grouped_by_space
            }
        {
            let Some(sp) = GROUP_SPACES.iter().find(|s| bytes[i..].starts_with(s)) else {
                break;
            };
            if !three_digits_follow(bytes, i + sp.len()) {
                break;
            }
            grouped_by_space = true;
            i += sp.len() + 3;
        } else if b == b'.' && !seen_point && next_is_digit(bytes, i + 1) {
            seen_point = true;
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// End of Indian grouping at the comma `i`: ",34,567" in "12,34,567";
/// `i` itself when the digits do not follow that pattern.
fn lakh_groups(bytes: &[u8], i: usize) -> usize {
    let mut k = i;
    let mut pairs = 0;
    while bytes.get(k) == Some(&b',')
        && bytes
            .get(k + 1..k + 3)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        && bytes.get(k + 3) == Some(&b',')
    {
        k += 3;
        pairs += 1;
    }
    if pairs > 0 && bytes.get(k) == Some(&b',') && three_digits_follow(bytes, k + 1) {
        k + 4
    } else {
        i
    }
}

fn three_digits_follow(bytes: &[u8], i: usize) -> bool {
    i + 3 <= bytes.len()
        && bytes[i..i + 3].iter().all(u8::is_ascii_digit)
        && !bytes.get(i + 3).is_some_and(u8::is_ascii_digit)
}

/// A char that continues the word before it: a letter, or a combining mark (general
/// category M: Mn, Mc, Me), which is part of the letter it follows: the accent of a
/// decomposed "u\u{308}", the virama and vowel signs of Devanagari, Arabic harakat.
/// `char::is_alphabetic` holds only those marks that are also Alphabetic.
fn continues_word(c: char) -> bool {
    c.is_alphabetic() || is_combining_mark(c)
}

/// End of the word whose letters go on at `i`: letters, combining marks, and a joiner
/// between two of them.
fn word_end(text: &str, mut i: usize) -> usize {
    for c in text[i..].chars() {
        let next = || text[i + c.len_utf8()..].chars().next();
        if continues_word(c) || (JOINERS.contains(&c) && next().is_some_and(continues_word)) {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text).collect()
    }

    #[test]
    fn numbers_keep_grouping_and_decimals() {
        assert_eq!(
            texts("1,200 troops, 3.5% and .08 of TU-22s"),
            ["1,200", "troops", ",", "3.5", "%", "and", ".08", "of", "TU", "-", "22", "s"]
        );
    }

    #[test]
    fn list_commas_split_numbers() {
        assert_eq!(texts("22,24,26"), ["22", ",", "24", ",", "26"]);
    }

    proptest::proptest! {
        #[test]
        fn tokens_are_exact_ordered_spans(text in "([a-zé’Ω0-9,.$ ]|\n|\u{a0}|\r|\u{2028}|http://){0,60}") {
            let mut previous_end = 0;
            for t in tokenize(&text) {
                proptest::prop_assert_eq!(&text[t.start..t.end], t.text);
                proptest::prop_assert!(t.start >= previous_end && t.start < t.end);
                proptest::prop_assert!(!t.text.contains('\n'));
                let gap = &text[previous_end..t.start];
                proptest::prop_assert_eq!(t.line_start, previous_end == 0 || gap.contains('\n'));
                previous_end = t.end;
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn letter_runs_end_where_byte_by_byte_reading_ends(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..40), from in 0usize..40) {
            let from = from.min(bytes.len());
            let mut end = from;
            while end < bytes.len() && bytes[end].is_ascii_alphabetic() {
                end += 1;
            }
            proptest::prop_assert_eq!(ascii_letters_end(&bytes, from), end);
        }
    }

    #[test]
    fn every_byte_ends_a_letter_run_or_not_as_ascii_says() {
        for b in 0..=255u8 {
            let bytes = [b'a', b'b', b'c', b, b'x', b'y', b'z', b'w', b'v', b'u'];
            let end = if b.is_ascii_alphabetic() { 10 } else { 3 };
            assert_eq!(ascii_letters_end(&bytes, 0), end, "{b:#x}");
        }
    }

    #[test]
    fn lines_start_after_a_line_break_only() {
        let starts: Vec<bool> = tokenize("a b\n\nc,\u{2028}d")
            .iter()
            .map(|t| t.line_start)
            .collect();
        assert_eq!(starts, [true, false, true, false, false]);
    }

    #[test]
    fn combining_marks_continue_a_devanagari_name() {
        // The virama (U+094D) and the vowel signs are marks, not all of them Alphabetic.
        assert_eq!(
            texts("Prime Minister नरेंद्र मोदी said on Monday."),
            [
                "Prime",
                "Minister",
                "नरेंद्र",
                "मोदी",
                "said",
                "on",
                "Monday",
                "."
            ]
        );
    }

    #[test]
    fn a_decomposed_accent_continues_a_latin_name() {
        // NFD: "u" followed by the combining diaeresis U+0308.
        assert_eq!(
            texts("Thomas Mu\u{308}ller said. Jose\u{301} agreed."),
            [
                "Thomas",
                "Mu\u{308}ller",
                "said",
                ".",
                "Jose\u{301}",
                "agreed",
                "."
            ]
        );
    }

    #[test]
    fn harakat_continue_an_arabic_name() {
        // Damma, fatha, shadda and tanwin over "Muhammad", and a superscript alef in "Allah"
        // (these marks are also Alphabetic: this pins that they stay in the word).
        assert_eq!(texts("قَالَ مُحَمَّدٌ عبد ٱللَّٰه"), ["قَالَ", "مُحَمَّدٌ", "عبد", "ٱللَّٰه"]);
    }

    #[test]
    fn tone_marks_continue_a_thai_name() {
        // The thanthakhat (U+0E4C) and the tone mark mai ek (U+0E48) are marks that are
        // not Alphabetic: "Prayut Chan-o-cha said".
        assert_eq!(
            texts("ประยุทธ์ จันทร์โอชา กล่าว"),
            ["ประยุทธ์", "จันทร์โอชา", "กล่าว"]
        );
    }

    #[test]
    fn a_joiner_inside_a_word_continues_it_and_one_at_its_end_does_not() {
        // Persian "mi‌khaham" (I want) is one word with a zero width non-joiner inside.
        assert_eq!(
            texts("گفت: می\u{200C}خواهم"),
            ["گفت", ":", "می\u{200C}خواهم"]
        );
        assert_eq!(texts("क्\u{200D}ष"), ["क्\u{200D}ष"]);
        assert_eq!(texts("end\u{200D} now"), ["end", "\u{200D}", "now"]);
    }

    proptest::proptest! {
        /// Tokens tile any text with marks, joiners and several scripts: each is its
        /// span's text, in order, white space between them, and no mark that follows a
        /// word's last letter starts a token of its own.
        #[test]
        fn tokens_tile_text_with_combining_marks(
            text in "([a-zA-Z]|नरेंद्र|मोदी|क्ष|مُحَمَّد|می|\u{200C}|\u{200D}|\u{301}|\u{308}|\u{94D}|\u{64E}|\u{20DD}|[0-9.,:!?\"“”( ]|\n|\u{a0}){0,40}"
        ) {
            let mut previous: Option<Token> = None;
            for t in tokenize(&text) {
                proptest::prop_assert_eq!(&text[t.start..t.end], t.text);
                let gap_start = previous.map_or(0, |p| p.end);
                proptest::prop_assert!(gap_start <= t.start && t.start < t.end);
                proptest::prop_assert!(text[gap_start..t.start].chars().all(char::is_whitespace));
                let first = t.text.chars().next().unwrap_or(' ');
                let after_word = previous.is_some_and(|p| p.is_word() && p.end == t.start);
                proptest::prop_assert!(!(after_word && is_combining_mark(first)), "{:?}", t.text);
                previous = Some(t);
            }
            let tail = previous.map_or(0, |p| p.end);
            proptest::prop_assert!(text[tail..].chars().all(char::is_whitespace));
        }
    }

    #[test]
    fn offsets_survive_multibyte_text() {
        let text = "François’s 12 “strikes”";
        for t in tokenize(text) {
            assert_eq!(&text[t.start..t.end], t.text);
        }
        assert_eq!(texts(text)[0], "François");
    }
}
