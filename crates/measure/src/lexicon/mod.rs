//! The word lists the rules read, one file per lexicon. They are plain `const`
//! tables: to teach the extractor a new unit, cue or number word, add a row.

pub(crate) mod approx_cues;
pub(crate) mod magnitudes;
pub(crate) mod not_quantity;
pub(crate) mod number_words;
pub(crate) mod premodifiers;
pub(crate) mod time_words;
pub(crate) mod units;

/// A table keyed by lower-case words, hashed once into an open-addressing
/// table: a look-up lower-cases the word on the stack, hashes it and compares
/// one key, with no allocation. Words longer than any key are refused at once.
pub(crate) struct WordIndex<V> {
    words: Vec<(Box<str>, V)>,
    /// Slots of a power-of-two table: 1 + the index of a word, or 0 when empty.
    slots: Vec<u32>,
    max_len: usize,
    /// A 1024-bit filter over the length and a few letters of every key:
    /// most words of a text are refused before they are lower-cased.
    filter: [u64; 16],
}

/// The filter bit of a word: its length and its first, second and last
/// bytes, ASCII letters folded to lower case.
fn filter_bit(word: &[u8]) -> usize {
    let fold = |b: u8| usize::from(b | 0x20);
    let (first, last) = (word[0], word[word.len() - 1]);
    let second = word.get(1).copied().unwrap_or(0);
    (word.len() * 31 + fold(first) * 7 + fold(second) * 13 + fold(last) * 17) & 1023
}

/// A cheap multiplicative hash of a short word.
fn word_hash(word: &[u8]) -> usize {
    let mut h: u64 = 0;
    for &b in word {
        h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    (h >> 32) as usize
}

impl<V: Copy> WordIndex<V> {
    /// Indexes `table`; of two rows with the same word the later one wins.
    pub fn new(table: &[(&str, V)]) -> WordIndex<V> {
        WordIndex::from_rows(table.iter().map(|&(w, v)| (w.to_lowercase(), v)))
    }

    /// Indexes rows of lower-case words built at start-up.
    pub fn from_rows(rows: impl IntoIterator<Item = (String, V)>) -> WordIndex<V> {
        let mut words: Vec<(Box<str>, V)> = rows
            .into_iter()
            .map(|(w, v)| (w.into_boxed_str(), v))
            .collect();
        words.reverse();
        // a stable sort keeps the later row of two first, and dedup keeps that one
        words.sort_by(|a, b| a.0.cmp(&b.0));
        words.dedup_by(|a, b| a.0 == b.0);
        let max_len = words.iter().map(|(w, _)| w.len()).max().unwrap_or(0);
        let mut filter = [0u64; 16];
        for (w, _) in words.iter().filter(|(w, _)| !w.is_empty()) {
            let bit = filter_bit(w.as_bytes());
            filter[bit / 64] |= 1 << (bit % 64);
        }
        let mask = (words.len() * 4).next_power_of_two().max(8) - 1;
        let mut slots = vec![0u32; mask + 1];
        for (n, (w, _)) in words.iter().enumerate() {
            let mut at = word_hash(w.as_bytes()) & mask;
            while slots[at] != 0 {
                at = (at + 1) & mask;
            }
            slots[at] = n as u32 + 1;
        }
        WordIndex {
            words,
            slots,
            max_len,
            filter,
        }
    }

    /// The value of `word`, any ASCII case.
    pub fn get(&self, word: &str) -> Option<V> {
        if word.is_empty() || word.len() > self.max_len {
            return None;
        }
        let bit = filter_bit(word.as_bytes());
        if word.is_ascii() && self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        // lower-case ASCII on the stack while hashing (as `lower` would);
        // other words are looked up as they are
        let mut buf = [0u8; 32];
        let w: &[u8] = if word.len() <= buf.len() && word.is_ascii() {
            let out = &mut buf[..word.len()];
            for (d, s) in out.iter_mut().zip(word.as_bytes()) {
                *d = s.to_ascii_lowercase();
            }
            out
        } else {
            word.as_bytes()
        };
        let mask = self.slots.len() - 1;
        let mut at = word_hash(w) & mask;
        loop {
            let n = self.slots[at] as usize;
            if n == 0 {
                return None;
            }
            let (k, v) = &self.words[n - 1];
            if k.as_bytes() == w {
                return Some(*v);
            }
            at = (at + 1) & mask;
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }
}

/// The month a word names ("Sept", "september", "SEPT."), 1 = January, without
/// allocating.
pub(crate) fn month_number(word: &str) -> Option<i8> {
    static MONTHS: std::sync::LazyLock<WordIndex<i8>> =
        std::sync::LazyLock::new(|| WordIndex::new(claimkit_core::dateline::MONTHS));
    MONTHS.get(word.trim_end_matches('.'))
}
