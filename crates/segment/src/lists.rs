//! Lists and bullets: each item is a sentence of its own, with or without a full stop.
//!
//! * A bullet (`•`, `⁃`, `▪` …) after white space starts a new item: `• 9. The first item
//!   • 10. The second item`.
//! * A line that starts with a bullet, `- `, `* ` or an item marker starts a new item.
//! * An item marker (`1.` `1.)` `1)` `(1)` `a.` `a)` `(a)` `(ii)` `iv)`) at the start of a sentence is not
//!   a sentence end ("1. The first item"), and once a list has begun, the next marker in
//!   sequence and style starts the next item even without a full stop
//!   ("1.) The first item 2.) The second item").
//!
//! # Adding a bullet
//!
//! Add the character to [`BULLETS`] (the scanner looks at multi-byte characters whose UTF-8
//! lead byte is `0xE2`, i.e. U+2000..U+2FFF; a bullet outside that block also needs a
//! look-up byte in `boundary.rs`).

use crate::quotes::char_at;

/// Bullet characters that start a list item.
pub const BULLETS: &[char] = &[
    '•', '‣', '⁃', '■', '□', '▪', '▫', '▶', '►', '◆', '◇', '○', '◦', '●', '✓', '✔', '➢',
];

/// Bullets made of ASCII, recognised at the start of a line only, before a space.
pub const LINE_BULLETS: &[u8] = b"-*+";

/// Most digits in a numbered item marker (`10.` yes, a year `1987.` no).
const MAX_MARKER_DIGITS: usize = 2;

/// How a list counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Counter {
    Number,
    Letter,
    Roman,
}

/// The punctuation around a marker's number or letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Delimiter {
    /// `1.`
    Dot,
    /// `1.)`
    DotParen,
    /// `1)`
    Paren,
    /// `(1)`
    Parens,
}

/// An item marker found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marker {
    counter: Counter,
    delimiter: Delimiter,
    value: u32,
    /// Byte just after the marker.
    pub end: usize,
}

impl Marker {
    /// True for markers closed by a bracket (`1)`, `1.)`, `(ii)`), which no number or
    /// abbreviation looks like.
    pub fn is_bracketed(&self) -> bool {
        self.delimiter != Delimiter::Dot
    }

    /// True when `self` is the item that follows `previous` in the same list.
    fn follows(&self, previous: &Marker) -> bool {
        self.counter == previous.counter
            && self.delimiter == previous.delimiter
            && self.value == previous.value + 1
    }
}

/// The item marker starting at byte `i` of `s`, followed by a space or tab.
pub fn marker_at(s: &str, i: usize) -> Option<Marker> {
    let b = s.as_bytes();
    let parens = b.get(i) == Some(&b'(');
    let first = i + usize::from(parens);
    let digits = b[first.min(b.len())..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let (counter, value, mut j) = match (digits, b.get(first)) {
        (1..=MAX_MARKER_DIGITS, _) => {
            let value = s[first..first + digits].parse().ok()?;
            (Counter::Number, value, first + digits)
        }
        (0, Some(c)) if c.is_ascii_lowercase() => {
            let roman = b[first..].iter().take_while(|c| b"ivx".contains(c)).count();
            match roman_value(&s[first..first + roman]) {
                Some(value) if roman >= 2 => (Counter::Roman, value, first + roman),
                _ => (Counter::Letter, u32::from(c - b'a') + 1, first + 1),
            }
        }
        _ => return None,
    };
    let delimiter = match (parens, b.get(j), b.get(j + 1)) {
        (true, Some(b')'), _) => Delimiter::Parens,
        (false, Some(b'.'), Some(b')')) => Delimiter::DotParen,
        (false, Some(b'.'), _) => Delimiter::Dot,
        (false, Some(b')'), _) => Delimiter::Paren,
        _ => return None,
    };
    if counter == Counter::Roman && delimiter == Delimiter::Dot {
        return None; // "vi." and "ix." are too often words or abbreviations
    }
    j += if delimiter == Delimiter::DotParen {
        2
    } else {
        1
    };
    matches!(b.get(j), Some(b' ' | b'\t')).then_some(Marker {
        counter,
        delimiter,
        value,
        end: j,
    })
}

/// The value of a lower-case Roman numeral up to 39 (`ii` → 2, `xiv` → 14).
fn roman_value(numeral: &str) -> Option<u32> {
    let mut total: u32 = 0;
    let mut prev = 0;
    for c in numeral.bytes().rev() {
        let v = match c {
            b'i' => 1,
            b'v' => 5,
            b'x' => 10,
            _ => return None,
        };
        if v < prev {
            // "vvvx" and the like subtract more than they add: not a numeral.
            total = total.checked_sub(v)?;
        } else {
            total += v;
            prev = v;
        }
    }
    (total > 0).then_some(total)
}

/// Byte after a bullet starting at `i` (a [`BULLETS`] char, or with `line_start` an ASCII
/// bullet before a space), or `None`.
pub fn bullet_at(s: &str, i: usize, line_start: bool) -> Option<usize> {
    let c = char_at(s, i)?;
    if BULLETS.contains(&c) {
        return Some(i + c.len_utf8());
    }
    let ascii = line_start
        && c.is_ascii()
        && LINE_BULLETS.contains(&(c as u8))
        && s.as_bytes().get(i + 1) == Some(&b' ');
    ascii.then_some(i + 1)
}

/// True when the marker at byte `i` opens an inline enumeration: it is a first item (`a.`,
/// `1)`, `(i)`) and the next marker in sequence and style follows later on the same line
/// ("His name is Mark E. Smith. a. here it is b. another c. one more"). A lone `a.` or
/// `1.` is text ("grade a. The", "No. 1. The").
///
/// The next marker is looked for after each of the next [`MAX_ITEM_WORDS`] spaces of the
/// line only, so that a line of first markers without a successor ("a. a. a. …") is read
/// in linear time, not once more for each of them.
pub fn opens_enumeration(s: &str, i: usize) -> bool {
    let Some(first) = marker_at(s, i).filter(|m| m.value == 1) else {
        return false;
    };
    let rest = &s.as_bytes()[first.end..];
    memchr::memchr2_iter(b' ', b'\n', rest)
        .take_while(|&k| rest[k] == b' ')
        .take(MAX_ITEM_WORDS)
        .any(|k| marker_at(s, first.end + k + 1).is_some_and(|m| m.follows(&first)))
}

/// Spaces an item of an inline enumeration may hold before the next marker (an item is a
/// phrase or a clause: "a. here it is b. another").
pub const MAX_ITEM_WORDS: usize = 64;

/// True when the marker at byte `i` counts letters (`a.`, `b)`), not numbers.
pub fn is_letter_marker(s: &str, i: usize) -> bool {
    marker_at(s, i).is_some_and(|m| m.counter == Counter::Letter)
}

/// The list a paragraph is in: the last item marker seen.
#[derive(Clone, Copy, Debug, Default)]
pub struct ListState {
    last: Option<Marker>,
}

impl ListState {
    /// True once a marker has been seen in this paragraph.
    pub fn active(&self) -> bool {
        self.last.is_some()
    }

    /// The next item's marker at byte `i`, if it continues the list.
    pub fn next_item_at(&self, s: &str, i: usize) -> Option<Marker> {
        let last = self.last?;
        marker_at(s, i).filter(|m| m.follows(&last))
    }

    /// Open a sentence at byte `i`: skip a bullet and an item marker, recording the marker.
    /// Returns where scanning resumes and whether the sentence is a list item.
    pub fn open_sentence(&mut self, s: &str, i: usize, line_start: bool) -> (usize, bool) {
        let mut j = i;
        let mut item = false;
        if let Some(after) = bullet_at(s, j, line_start) {
            j = crate::quotes::skip_space(s, after);
            item = true;
        }
        if let Some(marker) = marker_at(s, j) {
            self.last = Some(marker);
            j = marker.end;
            item = true;
        }
        (j, item)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_value_rejects_numerals_that_subtract_below_zero() {
        // Found by the `segment` fuzz target: "vvvx" underflowed (a panic in debug builds).
        assert_eq!(roman_value("vvvx"), None);
        assert_eq!(roman_value("xiv"), Some(14));
    }

    #[test]
    fn numbered_and_lettered_markers_are_read() {
        assert_eq!(marker_at("1.) The", 0).map(|m| m.end), Some(3));
        assert_eq!(marker_at("(a) The", 0).map(|m| m.end), Some(3));
        assert_eq!(marker_at("10. The", 0).map(|m| m.end), Some(3));
        assert_eq!(marker_at("1987. The", 0), None);
        assert_eq!(marker_at("1.5 mln", 0), None);
        assert_eq!(marker_at("(iv) Hello", 0).map(|m| m.value), Some(4));
    }

    #[test]
    fn only_the_next_marker_in_the_same_style_continues_a_list() {
        let mut list = ListState::default();
        list.open_sentence("1) The first item 2) The second", 0, true);
        assert!(list.next_item_at("2) x", 0).is_some());
        assert!(list.next_item_at("3) x", 0).is_none());
        assert!(list.next_item_at("2. x", 0).is_none());
    }

    #[test]
    fn a_first_marker_followed_by_its_successor_opens_an_enumeration() {
        let text = "Smith. a. here it is b. another c. one more";
        assert!(opens_enumeration(text, 7));
        assert!(!opens_enumeration(
            "He got a grade a. The exam was hard.",
            15
        ));
        assert!(!opens_enumeration(
            "It ranked No. 1. The rival came 3. later",
            14
        ));
        // The successor must be on the same line.
        assert!(!opens_enumeration("a) here\nb) there", 0));
    }

    /// Every first marker without a successor (`a.`, `1.`, `a)`) read the rest of its
    /// line for one, so a line of them took time quadratic in its length: "a. " repeated
    /// 10,000 times took 3.7 s, 20,000 times 18 s (release build), 100,000 times minutes.
    /// Found by hostile review; the search now stops after [`MAX_ITEM_WORDS`] spaces, and
    /// 30,000 of them (quadratic: over half a minute in a release build) take about a
    /// second in a debug build.
    #[test]
    fn a_line_of_first_markers_is_read_in_linear_time() {
        for marker in ["a. ", "1. ", "a) "] {
            let text = marker.repeat(30_000);
            let started = std::time::Instant::now();
            let mut sentences = 0;
            crate::paragraph_sentences(&text, |_, _, _| sentences += 1);
            assert!(sentences > 0);
            assert!(
                started.elapsed().as_secs() < 10,
                "{marker:?}: {:?}",
                started.elapsed()
            );
        }
    }
}
