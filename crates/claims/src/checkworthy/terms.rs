//! The terms the learned model reads: words and pairs of neighbouring words.
//!
//! The definition, which the trainer and the scorer share:
//! - a **word** is a maximal run of alphanumeric characters (`char::is_alphanumeric`); every
//!   other character (space, punctuation, apostrophe, hyphen) separates words;
//! - each character is lower-cased (`char::to_lowercase`) and every numeric character
//!   (`char::is_numeric`) becomes `0`, so "$4.5 billion" reads `0 0 billion`;
//! - a word that starts with a capital letter and is not the first word of the text (nor
//!   the pronoun "I") reads `NAME`: names are what debates and news differ in most
//!   ("Washington", "Tuesday"), so the model learns from names as a class, like the rule
//!   feature `NamedEntity`, and never from one name;
//! - the **terms** are every word and every pair of neighbouring words joined by one space
//!   ("the deficit" → `the`, `deficit`, `the deficit`), counted once per claim (binary).

use std::ops::Range;

/// The term a name reads as.
pub const NAME: &str = "NAME";

/// The words of one text, lower-cased and joined by single spaces, with their ranges.
#[derive(Debug, Default)]
pub struct Words {
    joined: String,
    ranges: Vec<Range<usize>>,
}

impl Words {
    /// Reads the words of `text` into this buffer, replacing what it held.
    pub fn read(&mut self, text: &str) {
        self.joined.clear();
        self.ranges.clear();
        let mut start = None;
        let mut name = false;
        for c in text.chars() {
            if c.is_alphanumeric() {
                if start.is_none() {
                    if !self.joined.is_empty() {
                        self.joined.push(' ');
                    }
                    start = Some(self.joined.len());
                    name = c.is_uppercase() && !self.ranges.is_empty();
                }
                if c.is_numeric() {
                    self.joined.push('0');
                } else if c.is_ascii() {
                    self.joined.push(c.to_ascii_lowercase());
                } else {
                    self.joined.extend(c.to_lowercase());
                }
            } else if let Some(s) = start.take() {
                self.end_word(s, name);
            }
        }
        if let Some(s) = start {
            self.end_word(s, name);
        }
    }

    /// Closes the word that starts at `start` in the joined text.
    fn end_word(&mut self, start: usize, name: bool) {
        if name && &self.joined[start..] != "i" {
            self.joined.truncate(start);
            self.joined.push_str(NAME);
        }
        self.ranges.push(start..self.joined.len());
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.ranges.len()
    }

    /// No words.
    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }

    /// Word `i`.
    pub fn word(&self, i: usize) -> &str {
        self.ranges.get(i).map_or("", |r| &self.joined[r.clone()])
    }

    /// Words `i` and `i + 1` joined by one space.
    pub fn pair(&self, i: usize) -> &str {
        match (self.ranges.get(i), self.ranges.get(i + 1)) {
            (Some(a), Some(b)) => &self.joined[a.start..b.end],
            _ => "",
        }
    }

    /// Calls `f` on every term: each word, then each pair of neighbouring words.
    pub fn for_each_term(&self, mut f: impl FnMut(&str)) {
        for r in &self.ranges {
            f(&self.joined[r.clone()]);
        }
        for pair in self.ranges.windows(2) {
            f(&self.joined[pair[0].start..pair[1].end]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str) -> Vec<String> {
        let mut words = Words::default();
        words.read(text);
        let mut out = Vec::new();
        words.for_each_term(|t| out.push(t.to_string()));
        out
    }

    #[test]
    fn words_pairs_digits_and_case() {
        assert_eq!(
            terms("The deficit hit $4.5 billion, I said."),
            [
                "the",
                "deficit",
                "hit",
                "0",
                "0",
                "billion",
                "i",
                "said",
                "the deficit",
                "deficit hit",
                "hit 0",
                "0 0",
                "0 billion",
                "billion i",
                "i said"
            ]
        );
    }

    #[test]
    fn apostrophes_hyphens_and_non_ascii_separate_or_lower() {
        assert_eq!(
            terms("Don’t são-paulo"),
            ["don", "t", "são", "paulo", "don t", "t são", "são paulo"]
        );
        assert_eq!(
            terms("In São Paulo"),
            ["in", "NAME", "NAME", "in NAME", "NAME NAME"]
        );
        assert!(terms("  ... ").is_empty());
    }
}
