//! Plain-text article reader on any bytes: never panics; a document it
//! accepts has non-empty text and paragraphs inside it.
#![no_main]

use claimkit_core::read::parse_file;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    for loaded in parse_file(Path::new("fuzz.txt"), data)
        .into_iter()
        .flatten()
    {
        let doc = &loaded.document;
        assert!(!doc.text.is_empty());
        for p in &doc.paragraphs {
            assert!(p.start <= p.end && p.end <= doc.text.len());
            assert!(doc.text.is_char_boundary(p.start) && doc.text.is_char_boundary(p.end));
        }
    }
});
