//! WARC reader on any bytes: never panics, every error names the file, and it ends.
#![no_main]

use claimkit_core::read::WarcRecords;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for result in WarcRecords::new("fuzz.warc", data).take(10_000) {
        match result {
            Ok(loaded) => {
                let doc = &loaded.document;
                assert!(!doc.text.is_empty());
                for p in &doc.paragraphs {
                    assert!(p.start <= p.end && p.end <= doc.text.len());
                }
            }
            Err(err) => assert!(err.to_string().starts_with("fuzz.warc")),
        }
    }
});
