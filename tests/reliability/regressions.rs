//! The inputs the fuzzers found (`tests/regressions/`, one file per bug) stay fixed.

use super::properties::check_invariants;
use super::*;

/// Read `bytes` as an article and as JSON Lines, then run every stage on what
/// was read and on the bytes as raw body text, checking the invariants; used
/// for every file in `tests/regressions/`.
fn survives(name: &str, bytes: &[u8]) {
    let mut docs: Vec<Document> = ["regression.txt", "regression.jsonl"]
        .iter()
        .flat_map(|as_file| read_documents(Path::new(as_file), bytes))
        .filter_map(Result::ok)
        .map(|l| l.document)
        .collect();
    docs.push(Document::from_body(name, &String::from_utf8_lossy(bytes)));
    for doc in &docs {
        check_invariants(doc);
    }
}

#[test]
fn fuzz_regressions_stay_fixed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut n = 0;
    for entry in entries.filter_map(|e| e.ok()) {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "md") {
            continue;
        }
        let bytes = std::fs::read(&path).expect("read regression input");
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        survives(&name, &bytes);
        n += 1;
    }
    eprintln!("{n} regression inputs");
}
