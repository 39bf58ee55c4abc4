//! The whole pipeline on one document, from article bytes to table rows:
//! read (as a plain-text article, else as body text), analyse, push the rows.
#![no_main]

use claimkit_core::read::parse_article;
use claimkit_core::Document;
use claimkit_export::Tables;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let doc = match parse_article("fuzz", "fuzz.txt", text) {
        Ok(loaded) => loaded.document,
        Err(_) => Document::from_body("fuzz", text),
    };
    let analysis = claimkit::analyze(&doc);
    let mut tables = Tables::default();
    tables.push(&doc, &analysis);
});
