//! A body read whole for `--raw`: in a heap buffer, or, when large, in memory mapped with
//! all its pages made ready in one call.
//!
//! Memory touched for the first time is handed out by the kernel a page at a time, one
//! fault each (about 6 µs a page on the machine `bench/peers.md` names); asking for all the
//! pages of a mapping at once costs about a third of that. A 1.5 MB body is 370 pages, read
//! before any other work can start.

use claimkit_core::read::{read_limited_sized, InputErrorKind, MAX_DOCUMENT_BYTES};
use std::io::Read;
use std::ops::Deref;

/// Bodies from this size up are read into a mapping.
const MAPPED_BYTES: usize = 1 << 18;

/// The bytes of a body read whole.
pub enum Body {
    /// In a heap buffer.
    Heap(Vec<u8>),
    /// In the first `len` bytes of an anonymous mapping.
    Mapped {
        /// The mapping, one byte longer than the size the file had.
        map: memmap2::MmapMut,
        /// Bytes read.
        len: usize,
    },
}

impl Deref for Body {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            Body::Heap(bytes) => bytes,
            Body::Mapped { map, len } => &map[..*len],
        }
    }
}

/// Read all of `reader`, whose size is `expected` bytes as far as is known (0: not known),
/// refusing more than [`MAX_DOCUMENT_BYTES`] as [`read_limited_sized`] does.
pub fn read_body(reader: &mut impl Read, expected: u64) -> Result<Body, InputErrorKind> {
    let size = usize::try_from(expected).unwrap_or(usize::MAX);
    if !(MAPPED_BYTES..=MAX_DOCUMENT_BYTES).contains(&size) {
        return read_limited_sized(reader, expected).map(Body::Heap);
    }
    // One byte more than expected, so that a file that grew is seen without a second read.
    let Ok(mut map) = memmap2::MmapOptions::new()
        .len(size + 1)
        .populate()
        .map_anon()
    else {
        return read_limited_sized(reader, expected).map(Body::Heap);
    };
    let mut len = 0;
    while len < map.len() {
        match reader.read(&mut map[len..]) {
            Ok(0) => return Ok(Body::Mapped { map, len }),
            Ok(n) => len += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e.into()),
        }
    }
    // The file grew while it was read: the rest goes on in a heap buffer.
    let mut rest = read_limited_sized(reader, 0)?;
    let mut bytes = Vec::with_capacity(len + rest.len());
    bytes.extend_from_slice(&map[..len]);
    bytes.append(&mut rest);
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(InputErrorKind::TooLarge);
    }
    Ok(Body::Heap(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_reads_the_same_whatever_its_size_says() {
        let text = "Rain fell.\n\n".repeat(30_000);
        for expected in [0, 10, text.len() as u64, text.len() as u64 - 1, 1 << 20] {
            let body = read_body(&mut text.as_bytes(), expected).expect("read");
            assert_eq!(&*body, text.as_bytes(), "expected {expected}");
        }
        let mapped = read_body(&mut text.as_bytes(), text.len() as u64).expect("read");
        assert!(matches!(mapped, Body::Mapped { .. }));
    }

    #[test]
    fn a_body_that_grows_past_the_limit_is_refused() {
        let big = vec![b'a'; MAX_DOCUMENT_BYTES + 2];
        let refused = read_body(&mut big.as_slice(), MAPPED_BYTES as u64);
        assert!(matches!(refused, Err(InputErrorKind::TooLarge)));
    }
}
