//! The terms the learned model reads: words, word pairs and character n-grams, as
//! scikit-learn's `TfidfVectorizer` reads them (`lowercase=True`, so the exploration in
//! `bench/checkworthiness/` and this crate see the same terms).
//!
//! The definition, which the trainer and the scorer share:
//! - the text is lower-cased (`char::to_lowercase`);
//! - a **word** is a run of two or more word characters (`char::is_alphanumeric` or `_`),
//!   scikit-learn's `(?u)\b\w\w+\b`; the **word terms** are every word and every pair of
//!   neighbouring words joined by one space ("the deficit" → `the`, `deficit`,
//!   `the deficit`);
//! - the **character terms** are scikit-learn's `char_wb` n-grams for n = 2..=5: the text
//!   is split at white space, each piece padded with one space either side (" $4.5bn "),
//!   and every run of n characters of a padded piece is a term (a piece shorter than n gives
//!   the whole padded piece once).
//!
//! A term counts as often as it occurs (the model takes `1 + ln count`). Terms are looked up
//! by a 64-bit FNV-1a key ([`key`]) over their kind and bytes, so scoring builds no string.

/// The two kinds of terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A word or a pair of neighbouring words.
    Word,
    /// A character n-gram of a padded piece.
    Char,
}

impl Kind {
    /// The row name in the model file.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Word => "word",
            Kind::Char => "char",
        }
    }
}

/// Shortest and longest character n-gram.
pub const CHAR_NGRAMS: (usize, usize) = (2, 5);

use super::layout::{fnv, key_of, FNV_OFFSET, FNV_PRIME};

fn seed(kind: Kind) -> u64 {
    fnv(FNV_OFFSET, kind.name().as_bytes())
}

/// The lookup key of a term of `kind`.
pub fn key(kind: Kind, term: &str) -> u64 {
    key_of(kind.name(), term)
}

/// The terms of one text: its lower-cased form with word and piece ranges, reused between
/// texts so scoring allocates nothing once warm.
#[derive(Debug, Default)]
pub struct Terms {
    lower: String,
    /// The text was ASCII: white space is one of six bytes.
    ascii: bool,
    words: Vec<(usize, usize)>,
    /// The key of each word, so a pair's key continues from its first word's.
    word_keys: Vec<u64>,
    padding: Padding,
}

/// Buffers for the character n-grams of one piece at a time.
#[derive(Debug, Default)]
pub struct Padding {
    /// One padded piece, with the byte offsets of its characters.
    padded: String,
    bounds: Vec<usize>,
    /// One padded ASCII piece.
    padded_bytes: Vec<u8>,
}

impl Terms {
    /// Reads `text`, replacing what the buffer held.
    pub fn read(&mut self, text: &str) {
        self.lower.clear();
        self.words.clear();
        self.ascii = text.is_ascii();
        if self.ascii {
            self.read_ascii(text);
            return;
        }
        for c in text.chars() {
            if c.is_ascii() {
                self.lower.push(c.to_ascii_lowercase());
            } else {
                self.lower.extend(c.to_lowercase());
            }
        }
        let mut start = None;
        let mut chars = 0;
        for (i, c) in self.lower.char_indices() {
            if c.is_alphanumeric() || c == '_' {
                if start.is_none() {
                    start = Some(i);
                    chars = 0;
                }
                chars += 1;
            } else if let Some(s) = start.take() {
                if chars >= 2 {
                    self.words.push((s, i));
                }
            }
        }
        if let Some(s) = start {
            if chars >= 2 {
                self.words.push((s, self.lower.len()));
            }
        }
    }

    /// [`Terms::read`] for ASCII text (most news), byte by byte: the same words.
    fn read_ascii(&mut self, text: &str) {
        self.lower.push_str(text);
        self.lower.make_ascii_lowercase();
        let mut start = None;
        for (i, &b) in self.lower.as_bytes().iter().enumerate() {
            if b.is_ascii_alphanumeric() || b == b'_' {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                if i - s >= 2 {
                    self.words.push((s, i));
                }
            }
        }
        if let Some(s) = start {
            if self.lower.len() - s >= 2 {
                self.words.push((s, self.lower.len()));
            }
        }
    }

    /// Calls `f` with the key of every word term (words, then pairs), each occurrence. A
    /// pair's key continues the hash of its first word (`first`, a space, `second`).
    pub fn for_each_word_key(&mut self, mut f: impl FnMut(u64)) {
        let seed = seed(Kind::Word);
        let Terms {
            lower,
            words,
            word_keys,
            ..
        } = self;
        let bytes = lower.as_bytes();
        word_keys.clear();
        for &(s, e) in words.iter() {
            let k = fnv(seed, &bytes[s..e]);
            word_keys.push(k);
            f(k);
        }
        for (first, second) in word_keys.iter().zip(words.iter().skip(1)) {
            f(fnv(fnv(*first, b" "), &bytes[second.0..second.1]));
        }
    }

    /// Calls `f` with every word term as text (words, then pairs), each occurrence.
    pub fn for_each_word(&self, mut f: impl FnMut(&str)) {
        let mut pair = String::new();
        for &(s, e) in &self.words {
            f(&self.lower[s..e]);
        }
        for w in self.words.windows(2) {
            pair.clear();
            pair.push_str(&self.lower[w[0].0..w[0].1]);
            pair.push(' ');
            pair.push_str(&self.lower[w[1].0..w[1].1]);
            f(&pair);
        }
    }

    /// Calls `f` with every piece of the lower-cased text (split at white space), and the
    /// buffers that read its character n-grams ([`Padding::char_keys`]).
    pub fn for_each_piece(&mut self, mut f: impl FnMut(&str, &mut Padding)) {
        let Terms {
            lower,
            ascii,
            padding,
            ..
        } = self;
        if !*ascii {
            for piece in lower.split_whitespace() {
                f(piece, padding);
            }
            return;
        }
        // the ASCII characters `char::is_whitespace` holds, byte by byte
        let mut start = None;
        for (i, b) in lower.bytes().enumerate() {
            if matches!(b, b'\t'..=b'\r' | b' ') {
                if let Some(s) = start.take() {
                    f(&lower[s..i], padding);
                }
            } else {
                start.get_or_insert(i);
            }
        }
        if let Some(s) = start {
            f(&lower[s..], padding);
        }
    }

    /// Calls `f` with the key of every character term, each occurrence (see
    /// [`Padding::char_keys`]).
    pub fn for_each_char_key(&mut self, mut f: impl FnMut(u64) -> bool) {
        self.for_each_piece(|piece, padding| padding.char_keys(piece, &mut f));
    }

    /// Calls `f` with every character term and its key, each occurrence.
    pub fn for_each_char(&mut self, mut f: impl FnMut(&str, u64)) {
        let seed = seed(Kind::Char);
        self.for_each_piece(|piece, padding| padding.piece_grams(piece, seed, &mut f));
    }
}

impl Padding {
    /// Calls `f` with the key of every character term of `piece`, each occurrence: the
    /// scorer's path, byte by byte for ASCII pieces (the same keys as
    /// [`Terms::for_each_char`]).
    ///
    /// `f` answers whether the model knows the term. An n-gram is in at least as many
    /// training sentences as its own prefix, so when a vocabulary kept every term above a
    /// sentence count (`min_df`), no longer n-gram from the same start is known once one is
    /// not: `f` answering false skips them.
    pub fn char_keys(&mut self, piece: &str, f: &mut impl FnMut(u64) -> bool) {
        let seed = seed(Kind::Char);
        if !piece.is_ascii() {
            self.piece_grams(piece, seed, &mut |_, k| {
                f(k);
            });
            return;
        }
        let padded = &mut self.padded_bytes;
        padded.clear();
        padded.push(b' ');
        padded.extend_from_slice(piece.as_bytes());
        padded.push(b' ');
        let n = padded.len();
        for start in 0..n {
            let end = n.min(start + CHAR_NGRAMS.1);
            let mut h = seed;
            for (i, &b) in padded[start..end].iter().enumerate() {
                h = (h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
                if i + 1 >= CHAR_NGRAMS.0 && !f(h) {
                    break;
                }
            }
        }
    }

    /// The character terms of one piece (padded here), with their keys.
    fn piece_grams(&mut self, piece: &str, seed: u64, f: &mut dyn FnMut(&str, u64)) {
        let Padding { padded, bounds, .. } = self;
        padded.clear();
        padded.push(' ');
        padded.push_str(piece);
        padded.push(' ');
        bounds.clear();
        bounds.extend(padded.char_indices().map(|(i, _)| i));
        bounds.push(padded.len());
        let n_chars = bounds.len() - 1;
        let longest = CHAR_NGRAMS.1.min(n_chars);
        for start in 0..n_chars {
            let mut h = seed;
            let mut covered = start;
            for n in 1..=longest {
                let end = start + n;
                if end > n_chars {
                    break;
                }
                h = fnv(h, &padded.as_bytes()[bounds[covered]..bounds[end]]);
                covered = end;
                if n >= CHAR_NGRAMS.0 {
                    f(&padded[bounds[start]..bounds[end]], h);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let mut t = Terms::default();
        t.read(text);
        let mut out = Vec::new();
        t.for_each_word(|w| out.push(w.to_string()));
        let mut keys = Vec::new();
        t.for_each_word_key(|k| keys.push(k));
        let expected: Vec<u64> = out.iter().map(|w| key(Kind::Word, w)).collect();
        assert_eq!(keys, expected);
        out
    }

    fn chars(text: &str) -> Vec<String> {
        let mut t = Terms::default();
        t.read(text);
        let mut out = Vec::new();
        let mut keys = Vec::new();
        t.for_each_char(|g, k| {
            assert_eq!(k, key(Kind::Char, g));
            out.push(g.to_string());
            keys.push(k);
        });
        let mut fast = Vec::new();
        t.for_each_char_key(|k| {
            fast.push(k);
            true
        });
        assert_eq!(fast, keys);
        out.sort();
        out
    }

    #[test]
    fn words_and_pairs_like_scikit_learn() {
        // scikit-learn: TfidfVectorizer(ngram_range=(1, 2)).build_analyzer()
        assert_eq!(
            words("The deficit hit $4.5 billion, I said."),
            [
                "the",
                "deficit",
                "hit",
                "billion",
                "said",
                "the deficit",
                "deficit hit",
                "hit billion",
                "billion said"
            ]
        );
        assert_eq!(words("São-Paulo's"), ["são", "paulo", "são paulo"]);
    }

    #[test]
    fn ascii_pieces_split_as_split_whitespace_splits() {
        let every_byte: String = (0u8..128).map(char::from).collect();
        for text in [every_byte.as_str(), "a\x0bb\x0cc\x1cd\re  f\t", " ", ""] {
            let mut t = Terms::default();
            t.read(text);
            let mut pieces = Vec::new();
            t.for_each_piece(|p, _| pieces.push(p.to_string()));
            let want: Vec<String> = text
                .to_lowercase()
                .split_whitespace()
                .map(String::from)
                .collect();
            assert_eq!(pieces, want, "{text:?}");
        }
    }

    #[test]
    fn char_ngrams_like_scikit_learn() {
        // scikit-learn: TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).build_analyzer()
        let want = [
            " a", " a ", " t", " ta", " tax", " tax,", ", ", "a ", "ax", "ax,", "ax, ", "ta",
            "tax", "tax,", "tax, ", "x,", "x, ",
        ];
        assert_eq!(chars("A  TAX,"), want);
        assert!(chars(" \n ").is_empty());
        assert_eq!(chars("é"), [" é", " é ", "é "]);
    }
}
