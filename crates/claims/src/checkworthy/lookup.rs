//! Term look-up for scoring: the key table of a model, the tally of one text's terms, and
//! the cache of the character terms of pieces already read.

use super::layout;
use super::terms::Padding;
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};

/// An open-addressing table from term key to term index: one probe of one array in the
/// common case.
#[derive(Clone, Debug, Default)]
pub(crate) struct KeyIndex {
    /// Keys (0 = empty slot), a power of two long, at most half full.
    keys: Cow<'static, [u64]>,
    /// The term index of each slot.
    slots: Cow<'static, [u32]>,
    pub(crate) len: usize,
    /// Which table this is, for the piece cache of [`Scratch`] (a clone reads the same).
    id: u64,
}

impl PartialEq for KeyIndex {
    fn eq(&self, other: &KeyIndex) -> bool {
        (&self.keys, &self.slots, self.len) == (&other.keys, &other.slots, other.len)
    }
}

impl KeyIndex {
    pub(crate) fn with_capacity(n: usize) -> KeyIndex {
        let size = layout::table_size(n);
        KeyIndex::from_parts(vec![0; size].into(), vec![0; size].into(), 0)
    }

    /// A table laid out by [`layout::insert`] (or by the build script, in static arrays):
    /// `keys` and `slots` a power of two long, `len` keys in them.
    pub(crate) fn from_parts(
        keys: Cow<'static, [u64]>,
        slots: Cow<'static, [u32]>,
        len: usize,
    ) -> KeyIndex {
        static TABLES: AtomicU64 = AtomicU64::new(1);
        KeyIndex {
            keys,
            slots,
            len,
            id: TABLES.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// Inserts `key`; false when it is there already (a collision of two terms).
    pub(crate) fn insert(&mut self, key: u64, index: u32) -> bool {
        let added = layout::insert(self.keys.to_mut(), self.slots.to_mut(), key, index);
        self.len += usize::from(added);
        added
    }

    #[inline]
    pub(crate) fn get(&self, key: u64) -> Option<u32> {
        let key = layout::stored(key);
        let mask = self.keys.len() - 1;
        let mut i = layout::slot_of(key, mask);
        loop {
            let k = self.keys[i];
            if k == key {
                return Some(self.slots[i]);
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }
}

/// How many pieces [`PieceCache`] keeps before it starts afresh.
const PIECE_CACHE: usize = 1 << 15;

/// The known character terms of the pieces already read with one model, in the order the
/// scan meets them: news repeats its words, and replaying a piece's terms counts exactly
/// what reading it again would, without hashing and looking up each n-gram.
#[derive(Debug, Default)]
pub(crate) struct PieceCache {
    /// The [`KeyIndex::id`] the cached term indexes belong to.
    table: u64,
    /// Piece → its range of `seq`.
    map: HashMap<Box<str>, (u32, u32), BuildHasherDefault<Fnv>>,
    seq: Vec<u32>,
}

impl PieceCache {
    /// Counts the character terms of `piece` into `tally`.
    pub(crate) fn count(&mut self, piece: &str, padding: &mut Padding, tally: &mut Tally<'_>) {
        if self.table != tally.index.id {
            self.map.clear();
            self.seq.clear();
            self.table = tally.index.id;
        }
        if let Some(&(a, b)) = self.map.get(piece) {
            for &i in &self.seq[a as usize..b as usize] {
                tally.add(i);
            }
            return;
        }
        if self.map.len() >= PIECE_CACHE {
            self.map.clear();
            self.seq.clear();
        }
        let start = self.seq.len();
        let seq = &mut self.seq;
        padding.char_keys(piece, &mut |k| match tally.index.get(k) {
            Some(i) => {
                tally.add(i);
                seq.push(i);
                true
            }
            None => false,
        });
        self.map
            .insert(piece.into(), (start as u32, self.seq.len() as u32));
    }
}

/// FNV-1a over the bytes hashed: fast for the short pieces of [`PieceCache`].
#[derive(Clone, Copy, Debug)]
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(layout::FNV_OFFSET)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        self.0 = layout::fnv(self.0, bytes);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The terms of one text counted: `touched[..n]` lists the terms met, first meeting first.
pub(crate) struct Tally<'a> {
    pub(crate) index: &'a KeyIndex,
    pub(crate) counts: &'a mut [u16],
    pub(crate) touched: &'a mut [u32],
    pub(crate) n: usize,
}

impl Tally<'_> {
    /// Counts the term of key `k`; false when the model does not know it.
    #[inline]
    pub(crate) fn note(&mut self, k: u64) -> bool {
        let Some(i) = self.index.get(k) else {
            return false;
        };
        self.add(i);
        true
    }

    /// Counts term `i`.
    #[inline]
    fn add(&mut self, i: u32) {
        let c = &mut self.counts[i as usize];
        if *c == 0 {
            self.touched[self.n] = i;
            self.n += 1;
        }
        *c = c.saturating_add(1);
    }
}
