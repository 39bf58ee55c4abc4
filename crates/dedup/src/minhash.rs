//! MinHash signatures and their LSH bands.

use xxhash_rust::xxh3::xxh3_64_with_seed;

/// Hash functions per signature.
pub const PERMUTATIONS: usize = 128;
/// Bands the signature is cut into; two claims become candidates when all
/// rows of one band agree. 16 bands of 8 rows make a pair of Jaccard 0.8 a
/// candidate with probability 0.95, a pair of 0.5 with 0.06.
pub const BANDS: usize = 16;
/// Rows per band.
pub const ROWS: usize = PERMUTATIONS / BANDS;

/// The multipliers and offsets of the hash family `(a·x + b) mod 2⁶⁴`,
/// upper 32 bits (multiply-shift), drawn once from SplitMix64 so that
/// signatures never change between runs.
struct Family {
    a: [u64; PERMUTATIONS],
    b: [u64; PERMUTATIONS],
}

const fn splitmix(state: u64) -> (u64, u64) {
    let state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    (state, z ^ (z >> 31))
}

const FAMILY: Family = {
    let mut a = [0u64; PERMUTATIONS];
    let mut b = [0u64; PERMUTATIONS];
    let mut state = 0x636c_6169_6d6b_6974; // "claimkit"
    let mut i = 0;
    while i < PERMUTATIONS {
        let (s, x) = splitmix(state);
        let (s, y) = splitmix(s);
        state = s;
        a[i] = x | 1;
        b[i] = y;
        i += 1;
    }
    Family { a, b }
};

/// The MinHash signature of a shingle set (all `u32::MAX` for an empty one).
pub fn signature(hashes: &[u64]) -> [u32; PERMUTATIONS] {
    let mut sig = [u32::MAX; PERMUTATIONS];
    for &x in hashes {
        for (i, slot) in sig.iter_mut().enumerate() {
            let h = (FAMILY.a[i].wrapping_mul(x).wrapping_add(FAMILY.b[i]) >> 32) as u32;
            *slot = (*slot).min(h);
        }
    }
    sig
}

/// The key of band `band` of a signature.
pub fn band_key(sig: &[u32; PERMUTATIONS], band: usize) -> u64 {
    let rows = &sig[band * ROWS..(band + 1) * ROWS];
    let mut bytes = [0u8; ROWS * 4];
    for (chunk, row) in bytes.chunks_exact_mut(4).zip(rows) {
        chunk.copy_from_slice(&row.to_le_bytes());
    }
    xxh3_64_with_seed(&bytes, band as u64)
}

/// The keys of every band of a set's signature: all that LSH needs of it, a quarter of
/// the signature's size (the signature itself is dropped once they are read).
pub fn band_keys(hashes: &[u64]) -> [u64; BANDS] {
    let sig = signature(hashes);
    std::array::from_fn(|band| band_key(&sig, band))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shingles::Shingles;

    #[test]
    fn signatures_estimate_jaccard() {
        let a = Shingles::of("the central bank raised its benchmark rate by a quarter point on tuesday to curb inflation in the country");
        let b = Shingles::of("the central bank raised its benchmark rate by a quarter point on tuesday to fight inflation in the country");
        let (sa, sb) = (signature(&a.hashes), signature(&b.hashes));
        let agree = sa.iter().zip(&sb).filter(|(x, y)| x == y).count() as f64 / PERMUTATIONS as f64;
        assert!(
            (agree - a.jaccard(&b)).abs() < 0.15,
            "{agree} vs {}",
            a.jaccard(&b)
        );
    }

    #[test]
    fn equal_sets_share_every_band() {
        let a = Shingles::of("Exports rose 4.2 pct in March");
        let s = signature(&a.hashes);
        assert_eq!(band_key(&s, 3), band_key(&signature(&a.hashes), 3));
        assert_ne!(band_key(&s, 3), band_key(&s, 4));
    }

    #[test]
    fn band_keys_are_the_keys_of_the_signature() {
        let a = Shingles::of("The central bank raised its benchmark rate by a quarter point");
        let s = signature(&a.hashes);
        let keys = band_keys(&a.hashes);
        for (band, &key) in keys.iter().enumerate() {
            assert_eq!(key, band_key(&s, band));
        }
    }
}
