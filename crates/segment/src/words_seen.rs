//! Whether the sentence being read holds a word yet: punctuation alone never ends a
//! sentence ("! ! !"), and the answer is remembered while the scanner reads on.

/// Where the sentence being read has its first word, read once however often it is asked:
/// a long run of punctuation with a full stop every few bytes is read once, not again at
/// every stop.
#[derive(Default)]
pub(crate) struct WordSeen {
    /// The sentence start the rest refers to.
    start: usize,
    /// Bytes from `start` up to here have been read.
    read: usize,
    /// The first letter or digit read, if any.
    first: Option<usize>,
}

impl WordSeen {
    /// "! ! !": a sentence holds at least one word or number; punctuation alone never ends
    /// one. True when `s[start..end]` holds a letter or digit.
    pub(crate) fn has_word(&mut self, s: &str, start: usize, end: usize) -> bool {
        if start != self.start || self.read < start {
            *self = WordSeen {
                start,
                read: start,
                first: None,
            };
        }
        if let Some(first) = self.first {
            return first < end;
        }
        if end <= self.read {
            return false;
        }
        let found = s[self.read..end]
            .char_indices()
            .find(|(_, c)| c.is_alphanumeric());
        self.first = found.map(|(k, _)| self.read + k);
        self.read = end;
        self.first.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::WordSeen;

    #[test]
    fn a_word_is_found_once_and_remembered() {
        let s = "... !! Then more.";
        let mut seen = WordSeen::default();
        assert!(!seen.has_word(s, 0, 3));
        assert!(!seen.has_word(s, 0, 6));
        assert!(seen.has_word(s, 0, 12));
        assert!(seen.has_word(s, 0, 16));
        // earlier ends are still answered right
        assert!(!seen.has_word(s, 0, 5));
        // a new sentence starts afresh
        assert!(!seen.has_word(s, 16, 17));
    }
}
