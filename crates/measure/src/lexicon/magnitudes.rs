//! Magnitude words and suffixes: "2 million", "1.2bn", newswire "mln", "bln".

/// Magnitude words written after a number, any case.
pub(crate) const MAGNITUDES: &[(&str, f64)] = &[
    ("hundred", 100.0),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("dozen", 12.0),
    ("dozens", 12.0),
    ("doz", 12.0),
    ("dozs", 12.0),
    ("dz", 12.0),
    ("dzs", 12.0),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("crore", 1e7),
    ("crores", 1e7),
    ("mln", 1e6),
    ("mn", 1e6),
    ("mil", 1e6),
    ("bln", 1e9),
    ("bn", 1e9),
    ("tln", 1e12),
    ("tn", 1e12),
    ("trn", 1e12),
];

/// The words for a dozen: after a small number they end it ("three dozen" →
/// 36). Each is also in [`MAGNITUDES`] at 12.
pub(crate) const DOZENS: &[&str] = &["dozen", "dozens", "doz", "dozs", "dz", "dzs"];

/// Suffixes glued to digits ("10k", "1.2bn", "10M"); case-sensitive.
/// A bare lower-case "m" means metres unless money is being counted.
pub(crate) const SUFFIXES: &[(&str, f64)] = &[
    ("k", 1e3),
    ("K", 1e3),
    ("M", 1e6),
    ("MM", 1e6),
    ("mil", 1e6),
    ("mln", 1e6),
    ("mn", 1e6),
    ("b", 1e9),
    ("B", 1e9),
    ("bn", 1e9),
    ("bln", 1e9),
    ("tn", 1e12),
    ("tln", 1e12),
    ("trn", 1e12),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_dozen_word_is_a_magnitude_of_twelve() {
        for d in DOZENS {
            assert!(MAGNITUDES.contains(&(d, 12.0)), "{d}");
        }
        let twelves = MAGNITUDES.iter().filter(|(_, v)| *v == 12.0).count();
        assert_eq!(twelves, DOZENS.len());
    }
}
