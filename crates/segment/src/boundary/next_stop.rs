//! The next byte that may end a sentence: a vectorised search for the stop marks of each
//! group ([`NextStop`]), so a paragraph is not read character by character.

/// Bytes the scanner stops at, in groups of three for one vectorised search each (a byte
/// repeated where a group has fewer): terminal punctuation; the line break, the straight
/// quote and `0xE2`, which leads U+2000..U+2FFF (`…`, curly quotes, bullets); `0xE3`,
/// `0xEF` and `0xE0`, which lead the full-width stops `。` and `．！？` and the dandas
/// `।॥`; `0xD8`, which leads the Arabic question mark `؟`.
pub(super) const STOP_GROUPS: [[u8; 3]; 4] = [
    [b'.', b'?', b'!'],
    [b'\n', b'"', 0xE2],
    [0xE3, 0xEF, 0xE0],
    [0xD8, 0xD8, 0xD8],
];

/// [`STOP_GROUPS`] and the space, as a table: the bytes the scanner stops at once a
/// paragraph has shown an item marker.
pub(super) static STOP_BYTES_IN_LIST: [bool; 256] = stop_bytes_in_list();

pub(super) const fn stop_bytes_in_list() -> [bool; 256] {
    let mut table = [false; 256];
    let mut group = 0;
    while group < STOP_GROUPS.len() {
        let mut k = 0;
        while k < 3 {
            table[STOP_GROUPS[group][k] as usize] = true;
            k += 1;
        }
        group += 1;
    }
    table[b' ' as usize] = true;
    table
}

/// The next stop byte outside lists: each group of [`STOP_GROUPS`] is searched for once
/// and its next place remembered until the scanner has passed it, so that the long runs
/// of plain text between stops are read by vectorised searches, not byte by byte.
pub(super) struct NextStop {
    /// The next byte of each group at or after the last place asked about (the
    /// paragraph's length when there is none).
    pub(super) found: [usize; STOP_GROUPS.len()],
}

/// The groups of [`STOP_GROUPS`] made only of lead bytes of multi-byte characters: text
/// that is all ASCII holds none of them, and is not searched for them.
pub(super) const NON_ASCII_GROUPS: [bool; STOP_GROUPS.len()] = {
    let mut groups = [false; STOP_GROUPS.len()];
    let mut group = 0;
    while group < STOP_GROUPS.len() {
        let [x, y, z] = STOP_GROUPS[group];
        groups[group] = !x.is_ascii() && !y.is_ascii() && !z.is_ascii();
        group += 1;
    }
    groups
};

impl NextStop {
    pub(super) fn new(b: &[u8], from: usize) -> Self {
        let mut next = NextStop {
            found: [b.len(); STOP_GROUPS.len()],
        };
        // Most paragraphs of English news are ASCII: one quick test instead of a search
        // per group of lead bytes (each a call with its own set-up, for a short paragraph).
        let ascii = b.get(from..).is_none_or(<[u8]>::is_ascii);
        for group in 0..STOP_GROUPS.len() {
            if !(ascii && NON_ASCII_GROUPS[group]) {
                next.search(b, group, from);
            }
        }
        next
    }

    pub(super) fn search(&mut self, b: &[u8], group: usize, from: usize) {
        let [x, y, z] = STOP_GROUPS[group];
        self.found[group] = b
            .get(from..)
            .and_then(|rest| memchr::memchr3(x, y, z, rest))
            .map_or(b.len(), |k| from + k);
    }

    /// The first stop byte at or after `i` (the paragraph's length when there is none).
    pub(super) fn at_or_after(&mut self, b: &[u8], i: usize) -> usize {
        for group in 0..STOP_GROUPS.len() {
            if self.found[group] < i {
                self.search(b, group, i);
            }
        }
        self.found.into_iter().min().unwrap_or(b.len())
    }
}
