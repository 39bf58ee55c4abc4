//! JSON Lines reader on any bytes: never panics, and every error names the file.
#![no_main]

use claimkit_core::read::parse_jsonl;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for result in parse_jsonl("fuzz.jsonl", data) {
        match result {
            Ok(loaded) => {
                let doc = &loaded.document;
                assert!(!doc.text.is_empty());
                for p in &doc.paragraphs {
                    assert!(p.start <= p.end && p.end <= doc.text.len());
                }
            }
            Err(err) => assert!(err.to_string().starts_with("fuzz.jsonl")),
        }
    }
});
