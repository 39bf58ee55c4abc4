//! Word look-ups for the rules of every stage: one fast table for every
//! lexicon, so that the word lists stay plain `const` tables a reader sees at
//! a glance and the engine that looks words up is written once.
//!
//! A [`WordMap<V>`] maps words to a value (a number word to its value, a unit
//! to its kind, a word to the lists it is in); a [`WordSet`] only knows
//! whether a word is in. Both compare ignoring ASCII case by default ("Sept",
//! "SEPT" and "sept" are one word; non-ASCII letters compare as written, so
//! list them in lower case), or exactly ([`WordSet::exact`]: "US" is not "us").
//!
//! A look-up allocates nothing: a 1024-bit filter over the length and three
//! letters of every key refuses most words of a text at once; the rest are
//! hashed eight bytes at a time (ASCII case folded into the hash) and found in an
//! open-addressing table. Keys longer than [`MAX_WORD`] bytes are
//! never matched.
//!
//! ```
//! use claimkit_core::lexicon::{WordMap, WordSet};
//! static MONTHS: &[(&str, i8)] = &[("sept", 9), ("september", 9), ("nov", 11)];
//! let months = WordMap::new(MONTHS);
//! assert_eq!(months.get("Sept"), Some(9));
//! assert_eq!(months.get("NOV"), Some(11));
//! assert_eq!(months.get("novel"), None);
//!
//! let titles = WordSet::new(&["mr.", "president"]);
//! assert!(titles.contains("President"));
//! let exact = WordSet::exact(&["US"]);
//! assert!(exact.contains("US") && !exact.contains("us"));
//! ```

/// The longest word a table holds, in bytes.
pub const MAX_WORD: usize = 48;

/// How words compare.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// ASCII letters compare ignoring case (keys are stored in lower case).
    Folded,
    /// Byte for byte.
    Exact,
}

/// A table from words to values, built once and looked up without
/// allocating (see the module docs).
#[derive(Clone, Debug)]
pub struct WordMap<V> {
    words: Vec<(Box<str>, V)>,
    /// Slots of a power-of-two table: 1 + the index of a word, or 0 when empty.
    slots: Vec<u32>,
    max_len: usize,
    case: Case,
    /// A 1024-bit filter over the length and a few letters of every key.
    filter: [u64; 16],
}

/// The filter bit of a word: its length and its first, second and last
/// bytes, ASCII letters folded to lower case (other bytes may fold too: the
/// same for keys and look-ups, so the filter only refuses true misses).
fn filter_bit(word: &[u8]) -> usize {
    let fold = |b: u8| usize::from(b | 0x20);
    let first = word.first().copied().unwrap_or(0);
    let second = word.get(1).copied().unwrap_or(0);
    let last = word.last().copied().unwrap_or(0);
    (word.len() * 31 + fold(first) * 7 + fold(second) * 13 + fold(last) * 17) & 1023
}

/// A multiplicative hash of a word read eight bytes at a time (a word of eight bytes or
/// more ends with the eight-byte load of its last bytes, overlapping the one before). With
/// `fold` set, every byte is OR-ed with 0x20 first, which maps ASCII capitals to lower
/// case: two words equal ignoring ASCII case get one hash (other bytes may fold together
/// too, which costs only a comparison).
#[inline]
fn word_hash(word: &[u8], fold: bool) -> usize {
    const MUL: u64 = 0x517c_c1b7_2722_0a95;
    let fold = if fold { 0x2020_2020_2020_2020 } else { 0 };
    let mix = |h: u64, v: u64| (h ^ (v | fold)).wrapping_mul(MUL).rotate_left(29);
    let load = |k: usize| {
        word.get(k..k + 8)
            .and_then(|b| <[u8; 8]>::try_from(b).ok())
            .map_or(0, u64::from_le_bytes)
    };
    let n = word.len();
    let mut h = n as u64;
    if n >= 8 {
        let mut k = 0;
        while k + 8 <= n {
            h = mix(h, load(k));
            k += 8;
        }
        if k < n {
            h = mix(h, load(n - 8));
        }
    } else if n >= 4 {
        // two four-byte loads, overlapping for five to seven bytes: every byte is read
        let load4 = |k: usize| {
            word.get(k..k + 4)
                .and_then(|b| <[u8; 4]>::try_from(b).ok())
                .map_or(0, u32::from_le_bytes)
        };
        h = mix(h, u64::from(load4(0)) | u64::from(load4(n - 4)) << 32);
    } else if n > 0 {
        // one to three bytes: the first, the middle and the last are all of them
        let v = u64::from(word[0]) | u64::from(word[n / 2]) << 8 | u64::from(word[n - 1]) << 16;
        h = mix(h, v);
    } else {
        h = mix(h, 0);
    }
    (h ^ (h >> 32)) as usize
}

impl<V: Copy> WordMap<V> {
    /// Index `table`, ignoring ASCII case; of two rows with the same word the
    /// later one wins.
    pub fn new(table: &[(&str, V)]) -> WordMap<V> {
        WordMap::from_rows(table.iter().map(|&(w, v)| (w.to_string(), v)))
    }

    /// Index `table` for exact look-ups.
    pub fn exact(table: &[(&str, V)]) -> WordMap<V> {
        WordMap::from_rows_with(table.iter().map(|&(w, v)| (w.to_string(), v)), Case::Exact)
    }

    /// Index rows built at start-up, ignoring ASCII case.
    pub fn from_rows(rows: impl IntoIterator<Item = (String, V)>) -> WordMap<V> {
        WordMap::from_rows_with(rows, Case::Folded)
    }

    /// Index rows built at start-up (lower-cased unless `case` is exact);
    /// of two rows with the same word the later one wins.
    pub fn from_rows_with(rows: impl IntoIterator<Item = (String, V)>, case: Case) -> WordMap<V> {
        let mut words: Vec<(Box<str>, V)> = rows
            .into_iter()
            .map(|(w, v)| match case {
                Case::Folded => (w.to_lowercase().into_boxed_str(), v),
                Case::Exact => (w.into_boxed_str(), v),
            })
            .filter(|(w, _)| !w.is_empty() && w.len() <= MAX_WORD)
            .collect();
        words.reverse();
        // A stable sort keeps the later row of two first, and dedup keeps that one.
        words.sort_by(|a, b| a.0.cmp(&b.0));
        words.dedup_by(|a, b| a.0 == b.0);
        let max_len = words.iter().map(|(w, _)| w.len()).max().unwrap_or(0);
        let mut filter = [0u64; 16];
        for (w, _) in &words {
            let bit = filter_bit(w.as_bytes());
            filter[bit / 64] |= 1 << (bit % 64);
        }
        let mask = (words.len() * 4).next_power_of_two().max(8) - 1;
        let mut slots = vec![0u32; mask + 1];
        for (n, (w, _)) in words.iter().enumerate() {
            let mut at = word_hash(w.as_bytes(), case == Case::Folded) & mask;
            while slots[at] != 0 {
                at = (at + 1) & mask;
            }
            slots[at] = n as u32 + 1;
        }
        WordMap {
            words,
            slots,
            max_len,
            case,
            filter,
        }
    }

    /// The value of `word`.
    #[inline]
    pub fn get(&self, word: &str) -> Option<V> {
        self.get_bytes(word.as_bytes())
    }

    /// The value of a word given as bytes (UTF-8 or not).
    pub fn get_bytes(&self, word: &[u8]) -> Option<V> {
        if word.is_empty() || word.len() > self.max_len {
            return None;
        }
        let bit = filter_bit(word);
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        let folded = self.case == Case::Folded;
        let mask = self.slots.len() - 1;
        let mut at = word_hash(word, folded) & mask;
        loop {
            let n = self.slots[at] as usize;
            let (key, value) = self.words.get(n.checked_sub(1)?)?;
            // Keys are stored in lower case: ASCII folding of the word alone matches them.
            let same = if folded {
                key.as_bytes().eq_ignore_ascii_case(word)
            } else {
                key.as_bytes() == word
            };
            if same {
                return Some(*value);
            }
            at = (at + 1) & mask;
        }
    }

    /// True when `word` is in the table.
    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when the table holds no word.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The words and their values, sorted by word.
    pub fn iter(&self) -> impl Iterator<Item = (&str, V)> {
        self.words.iter().map(|(w, v)| (&**w, *v))
    }
}

/// A set of words (a [`WordMap`] without values).
#[derive(Clone, Debug)]
pub struct WordSet(WordMap<()>);

impl WordSet {
    /// The words of `list`, ignoring ASCII case.
    pub fn new(list: &[&str]) -> WordSet {
        WordSet::from_words(list.iter().map(|w| w.to_string()), Case::Folded)
    }

    /// The words of `list`, compared exactly (proper names: "US" is not "us").
    pub fn exact(list: &[&str]) -> WordSet {
        WordSet::from_words(list.iter().map(|w| w.to_string()), Case::Exact)
    }

    /// Words built at start-up.
    pub fn from_words(words: impl IntoIterator<Item = String>, case: Case) -> WordSet {
        WordSet(WordMap::from_rows_with(
            words.into_iter().map(|w| (w, ())),
            case,
        ))
    }

    /// True when `word` is in the set.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.0.get(word).is_some()
    }

    /// True when the word given as bytes is in the set.
    #[inline]
    pub fn contains_bytes(&self, word: &[u8]) -> bool {
        self.0.get_bytes(word).is_some()
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when the set holds no word.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn later_rows_win_and_case_folds() {
        let map = WordMap::new(&[("Mid", 1), ("mid", 2), ("late", 3)]);
        assert_eq!(map.get("MID"), Some(2));
        assert_eq!(map.len(), 2);
    }

    #[test]
    fn non_ascii_words_compare_as_written() {
        let set = WordSet::new(&["€", "½", "münchen"]);
        assert!(set.contains("€") && set.contains("½") && set.contains("MüNCHEN"));
        assert!(!set.contains("MÜNCHEN"));
    }

    #[test]
    fn words_longer_than_any_key_are_refused() {
        let set = WordSet::new(&["said"]);
        assert!(!set.contains(&"x".repeat(10_000)));
        assert!(!set.contains(""));
    }

    proptest! {
        #[test]
        fn a_look_up_agrees_with_a_linear_search(
            keys in prop::collection::vec("[a-zA-Zé€]{1,8}", 0..40),
            word in "[a-zA-Zé€]{0,8}",
        ) {
            let rows: Vec<(&str, usize)> = keys.iter().enumerate().map(|(i, k)| (k.as_str(), i)).collect();
            let map = WordMap::new(&rows);
            let want = rows
                .iter()
                .rev()
                .find(|(k, _)| k.to_lowercase().as_bytes() == word.to_ascii_lowercase().as_bytes())
                .map(|&(_, v)| v);
            prop_assert_eq!(map.get(&word), want);
        }
    }
}
