//! Words and word 3-shingles of a claim, hashed.

use xxhash_rust::xxh3::{xxh3_64, xxh3_64_with_seed};

/// Words per shingle.
pub const SHINGLE_WORDS: usize = 3;

/// The words of a text as they are compared: split at white space, with the
/// punctuation around each word removed and letters in lower case, so
/// "Reuters," and "reuters" are one word while "1-1/4" and "U.S." keep their
/// inner marks.
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split_whitespace().filter_map(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        (!w.is_empty()).then(|| w.to_lowercase())
    })
}

/// A claim's shingle set: the sorted, distinct hashes of its word 3-shingles
/// (one shingle of all its words when it has fewer), and how many words it has.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shingles {
    /// Sorted, distinct shingle hashes.
    pub hashes: Vec<u64>,
    /// Number of words.
    pub words: usize,
}

impl Shingles {
    /// The shingles of `text`.
    pub fn of(text: &str) -> Shingles {
        let words: Vec<u64> = words(text).map(|w| xxh3_64(w.as_bytes())).collect();
        let mut hashes: Vec<u64> = if words.len() < SHINGLE_WORDS {
            (!words.is_empty())
                .then(|| join(&words))
                .into_iter()
                .collect()
        } else {
            words.windows(SHINGLE_WORDS).map(join).collect()
        };
        hashes.sort_unstable();
        hashes.dedup();
        Shingles {
            hashes,
            words: words.len(),
        }
    }

    /// Exact Jaccard similarity of two shingle sets (0 when both are empty).
    pub fn jaccard(&self, other: &Shingles) -> f64 {
        let (a, b) = (&self.hashes, &other.hashes);
        let (mut i, mut j, mut common) = (0, 0, 0usize);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    common += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        let union = a.len() + b.len() - common;
        if union == 0 {
            0.0
        } else {
            common as f64 / union as f64
        }
    }
}

/// One hash for a run of word hashes.
fn join(words: &[u64]) -> u64 {
    let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    xxh3_64_with_seed(&bytes, words.len() as u64)
}

/// Jaccard similarity of the sets of adjacent word pairs of two titles (0
/// when either is missing or empty): "KRELITZ INDUSTRIES INC 3RD QTR NET"
/// and "PLY GEM INDUSTRIES INC 3RD QTR NET" share the pairs of the formula
/// but not the company's name, and reach 0.33.
pub fn title_similarity(a: Option<&str>, b: Option<&str>) -> f64 {
    let (Some(a), Some(b)) = (a, b) else {
        return 0.0;
    };
    let set = |t: &str| {
        let w: Vec<String> = words(t).collect();
        let mut pairs: Vec<String> = if w.len() < 2 {
            w
        } else {
            w.windows(2).map(|p| p.join(" ")).collect()
        };
        pairs.sort_unstable();
        pairs.dedup();
        pairs
    };
    let (a, b) = (set(a), set(b));
    let common = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    let union = a.len() + b.len() - common;
    if union == 0 {
        0.0
    } else {
        common as f64 / union as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_and_case_do_not_count() {
        let a = Shingles::of("Russia conducted between 12 and 20 strikes, officials said.");
        let b = Shingles::of("RUSSIA conducted between 12 and 20 strikes officials said");
        assert_eq!(a, b);
        assert_eq!(a.words, 9);
        assert_eq!(a.hashes.len(), 7);
    }

    #[test]
    fn one_changed_number_lowers_the_similarity() {
        let a = Shingles::of("Shr 12 cts vs 10 cts");
        let b = Shingles::of("Shr 12 cts vs 11 cts");
        assert!((a.jaccard(&b) - 2.0 / 6.0).abs() < 1e-9);
    }

    #[test]
    fn short_texts_are_one_shingle() {
        assert_eq!(Shingles::of("Nine mths").hashes.len(), 1);
        assert!(Shingles::of("  ... ").hashes.is_empty());
    }

    #[test]
    fn titles_compare_as_word_pairs() {
        let s = title_similarity(
            Some("ACME CORP SETS QUARTERLY"),
            Some("Acme Corp sets quarterly dividend"),
        );
        assert!((s - 0.75).abs() < 1e-9);
        let formula = title_similarity(
            Some("KRELITZ INDUSTRIES INC <KRLZ> 3RD QTR NET"),
            Some("PLY GEM INDUSTRIES INC <PGI> 3RD QTR NET"),
        );
        assert!(formula < 0.5, "{formula}");
        assert_eq!(title_similarity(None, Some("x")), 0.0);
    }
}
