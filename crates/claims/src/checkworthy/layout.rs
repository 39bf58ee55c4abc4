//! How the scorer finds a term: the 64-bit key of a term and the open-addressing table from
//! key to term index. The build script (`crates/claims/build.rs`) includes this file too, and
//! lays the bundled model's table out with these very functions at compile time, so the
//! binary reads it without parsing the model file ([`super::compiled`]).

/// FNV-1a offset basis.
pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a prime.
pub(crate) const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a over `bytes`, from `h`.
#[inline]
pub(crate) fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// The key of a term whose kind is named `kind` (`word`, `char`, as the model file names it).
pub(crate) fn key_of(kind: &str, term: &str) -> u64 {
    fnv(fnv(FNV_OFFSET, kind.as_bytes()), term.as_bytes())
}

/// The slots of a table for `n` terms: a power of two, at most half full.
pub(crate) fn table_size(n: usize) -> usize {
    (2 * n.max(1)).next_power_of_two()
}

/// The first slot to probe for `key` in a table of `mask + 1` slots (FNV-1a's high bits mix
/// best).
#[inline]
pub(crate) fn slot_of(key: u64, mask: usize) -> usize {
    ((key ^ (key >> 29)).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) as usize & mask
}

/// The key as stored: 0 marks an empty slot.
#[inline]
pub(crate) fn stored(key: u64) -> u64 {
    key.max(1)
}

/// Inserts `key` with term `index` into `keys` and `slots` (a power of two long, not full);
/// false when the key is there already (a collision of two terms).
pub(crate) fn insert(keys: &mut [u64], slots: &mut [u32], key: u64, index: u32) -> bool {
    let key = stored(key);
    let mask = keys.len() - 1;
    let mut i = slot_of(key, mask);
    while keys[i] != 0 {
        if keys[i] == key {
            return false;
        }
        i = (i + 1) & mask;
    }
    keys[i] = key;
    slots[i] = index;
    true
}

/// A number written as the model file writes weights (`-0.123456`: digits, a point, six
/// decimals), read as an integer of millionths: `n / 1e6` is the correctly rounded quotient
/// of two exact doubles, the very value `str::parse` gives, at a fraction of the cost. `None`
/// for any other form (left to `str::parse`).
pub(crate) fn fixed_point(cell: &str) -> Option<f64> {
    let bytes = cell.as_bytes();
    let (negative, digits) = match bytes.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, bytes),
    };
    // at least one whole digit, at most fifteen digits in all (exact in an f64)
    let point = digits.len().checked_sub(7)?;
    if !(1..=9).contains(&point) || digits[point] != b'.' {
        return None;
    }
    let mut n: u64 = 0;
    for (i, &b) in digits.iter().enumerate() {
        if i != point {
            if !b.is_ascii_digit() {
                return None;
            }
            n = n * 10 + u64::from(b - b'0');
        }
    }
    let v = n as f64 / 1e6;
    Some(if negative { -v } else { v })
}

/// A number cell of the model file: the fixed-point form, else anything `str::parse` reads.
pub(crate) fn number(cell: &str) -> Option<f64> {
    fixed_point(cell)
        .or_else(|| cell.parse::<f64>().ok())
        .filter(|v| v.is_finite())
}

/// A term row (`word`/`char`, text, idf, weight, tab-separated): kind name, text, idf and
/// weight; `None` for any other row.
pub(crate) fn term_row(line: &str) -> Option<(&str, &str, f64, f64)> {
    let kind = match line.get(..5)? {
        "word\t" => "word",
        "char\t" => "char",
        _ => return None,
    };
    let rest = &line[5..];
    let mut tabs = rest.bytes().enumerate().filter(|(_, b)| *b == b'\t');
    let (a, b) = (tabs.next()?.0, tabs.next()?.0);
    if tabs.next().is_some() {
        return None;
    }
    Some((
        kind,
        &rest[..a],
        number(&rest[a + 1..b])?,
        number(&rest[b + 1..])?,
    ))
}
