//! A body read whole for `--raw`: in a heap buffer, or, when large, in memory mapped in
//! huge pages where the kernel gives them, with all its pages made ready in one call.
//!
//! Memory touched for the first time is handed out by the kernel a page at a time, one
//! fault each (3–6 µs a page on the machine `bench/peers.md` names, more when it is
//! busy); asking for all the pages of a mapping at once costs about a third of that, and
//! a huge page (2 MiB, one fault) less again. A 1.5 MB body is 370 pages, read before any other work can start:
//! read into fresh pages it took 0.7–1.0 ms on that machine, into one huge page 0.3 ms.

use claimkit_core::read::{read_limited_sized, InputErrorKind, MAX_DOCUMENT_BYTES};
use std::io::Read;
use std::ops::Deref;

/// Bodies from this size up are read into a mapping.
const MAPPED_BYTES: usize = 1 << 18;

/// The size of a transparent huge page (x86-64, and arm64 with 4 KiB pages).
const HUGE_PAGE: usize = 2 << 20;

/// The bytes of a body read whole.
pub enum Body {
    /// In a heap buffer.
    Heap(Vec<u8>),
    /// In `len` bytes of an anonymous mapping from byte `start` on.
    Mapped {
        /// The mapping: room for one byte more than the size the file had, from `start`.
        map: memmap2::MmapMut,
        /// Where the body starts in the mapping (a huge-page boundary).
        start: usize,
        /// Bytes read.
        len: usize,
    },
}

impl Deref for Body {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            Body::Heap(bytes) => bytes,
            Body::Mapped { map, start, len } => &map[*start..*start + *len],
        }
    }
}

/// An anonymous mapping with room for `room` bytes from a huge-page boundary, which it
/// returns: that range asks for huge pages and has its pages made ready. Where the kernel
/// has no huge pages (or no `MADV_POPULATE_WRITE`, before Linux 5.14), the advice is
/// refused and the pages come as they are touched; the bytes read are the same.
fn huge_mapping(room: usize) -> Option<(memmap2::MmapMut, usize)> {
    // Whole huge pages, so that the last one is used as one too, and one more of room
    // before them to start at a boundary (the pages before it are never touched).
    let pages = room.div_ceil(HUGE_PAGE).checked_mul(HUGE_PAGE)?;
    let map = memmap2::MmapOptions::new()
        .len(pages.checked_add(HUGE_PAGE)?)
        .map_anon()
        .ok()?;
    let start = (HUGE_PAGE - map.as_ptr() as usize % HUGE_PAGE) % HUGE_PAGE;
    let _ = map.advise_range(memmap2::Advice::HugePage, start, pages);
    let _ = map.advise_range(memmap2::Advice::PopulateWrite, start, room);
    Some((map, start))
}

/// Read all of `reader`, whose size is `expected` bytes as far as is known (0: not known),
/// refusing more than [`MAX_DOCUMENT_BYTES`] as [`read_limited_sized`] does.
pub fn read_body(reader: &mut impl Read, expected: u64) -> Result<Body, InputErrorKind> {
    let size = usize::try_from(expected).unwrap_or(usize::MAX);
    if !(MAPPED_BYTES..=MAX_DOCUMENT_BYTES).contains(&size) {
        return read_limited_sized(reader, expected).map(Body::Heap);
    }
    // One byte more than expected, so that a file that grew is seen without a second read.
    let room = size + 1;
    let Some((mut map, start)) = huge_mapping(room) else {
        return read_limited_sized(reader, expected).map(Body::Heap);
    };
    let mut len = 0;
    while len < room {
        match reader.read(&mut map[start + len..start + room]) {
            Ok(0) => return Ok(Body::Mapped { map, start, len }),
            Ok(n) => len += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e.into()),
        }
    }
    // The file grew while it was read: the rest goes on in a heap buffer.
    let mut rest = read_limited_sized(reader, 0)?;
    let mut bytes = Vec::with_capacity(len + rest.len());
    bytes.extend_from_slice(&map[start..start + len]);
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
    fn a_mapped_body_starts_at_a_huge_page_and_has_room_for_one_byte_more() {
        for room in [1, HUGE_PAGE - 1, HUGE_PAGE, HUGE_PAGE + 1, 3 * HUGE_PAGE] {
            let (map, start) = huge_mapping(room).expect("an anonymous mapping");
            assert_eq!(
                (map.as_ptr() as usize + start) % HUGE_PAGE,
                0,
                "room {room}"
            );
            assert!(start + room <= map.len(), "room {room}");
        }
        // A body of exactly a huge page, and one byte over, read whole.
        for len in [HUGE_PAGE - 1, HUGE_PAGE, HUGE_PAGE + 1] {
            let text = vec![b'x'; len];
            let body = read_body(&mut text.as_slice(), len as u64).expect("read");
            assert!(matches!(body, Body::Mapped { .. }));
            assert_eq!(&*body, text.as_slice());
        }
    }

    #[test]
    fn a_body_that_grows_past_the_limit_is_refused() {
        let big = vec![b'a'; MAX_DOCUMENT_BYTES + 2];
        let refused = read_body(&mut big.as_slice(), MAPPED_BYTES as u64);
        assert!(matches!(refused, Err(InputErrorKind::TooLarge)));
    }
}
