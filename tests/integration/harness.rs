//! Small helpers shared by the tests.

use std::path::{Path, PathBuf};

/// The `claimkit` binary built for this test run.
pub fn claimkit() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("claimkit").expect("claimkit binary")
}

/// `claimkit build INPUT --out OUT`, run and ready for assertions.
pub fn build(input: impl AsRef<Path>, out: impl AsRef<Path>) -> assert_cmd::assert::Assert {
    claimkit()
        .arg("build")
        .arg(input.as_ref())
        .arg("--out")
        .arg(out.as_ref())
        .assert()
}

/// The bundled seed article.
pub const SEED: &str = "datasets/articles/anti-isis-alliance-2015-11-17.txt";

/// `../shared/<rel>` if it exists; `SKIPPED`, or a panic under
/// `CLAIMKIT_REQUIRE_EVAL=1` (see `claimkit_core::evaldata`).
pub fn shared(rel: &str) -> Option<PathBuf> {
    claimkit_core::evaldata::path(rel)
}

/// Every regular file below `dir`, as (relative path, bytes), sorted.
pub fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .expect("read dir")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            (name, std::fs::read(e.path()).expect("read file"))
        })
        .collect();
    out.sort();
    out
}

/// `claimkit build INPUT --skip-bad --out OUT`.
pub fn build_skip_bad(
    input: impl AsRef<Path>,
    out: impl AsRef<Path>,
) -> assert_cmd::assert::Assert {
    claimkit()
        .arg("build")
        .arg(input.as_ref())
        .arg("--skip-bad")
        .arg("--out")
        .arg(out.as_ref())
        .assert()
}

/// Write `files` (name, content; a name may hold folders) into a fresh
/// temporary corpus directory.
pub fn corpus(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, content) in files {
        let path = dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(path, content).expect("write");
    }
    dir
}

/// A small valid article.
pub const GOOD: &[u8] = b"Russia Strikes Syria\nUpdated Nov. 17, 2015 11:27 p.m. ET\n\nU.S. officials said Russia conducted\nbetween 12 and 20 strikes Tuesday.\n";

/// A synthetic corpus of `n` short news articles in one JSONL file.
pub fn synthetic_corpus(path: &Path, n: usize) {
    use std::io::Write;
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).expect("create"));
    for i in 0..n {
        let record = serde_json::json!({
            "id": format!("s{i}"),
            "title": format!("Strikes in region {i}"),
            "published": "2015-11-17",
            "text": format!(
                "U.S. officials said Russia conducted between {} and {} strikes on Tuesday. \
                 \"We will not stop,\" Mr. Obama said last month, according to Reuters.\n\n\
                 Leaders of more than a dozen countries met in Vienna, where {}% of delegates \
                 voted for a ceasefire by Nov. 30.",
                i % 50,
                i % 50 + 8,
                i % 97
            ),
        });
        writeln!(f, "{record}").expect("write");
    }
    f.flush().expect("flush");
}

/// Temporary (`.NAME.tmp-…`) and moved-aside (`.NAME.previous`) directories beside `out`.
pub fn leftovers(out: &Path) -> Vec<String> {
    let parent = out.parent().expect("parent");
    let name = out.file_name().unwrap().to_string_lossy();
    let (tmp, previous) = (format!(".{name}.tmp-"), format!(".{name}.previous"));
    std::fs::read_dir(parent)
        .expect("read dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&tmp) || *n == previous)
        .collect()
}

/// The `manifest.json` of a built dataset.
pub fn manifest(out: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(out.join("manifest.json")).expect("manifest");
    serde_json::from_str(&text).expect("manifest is JSON")
}

/// The rows of a CSV text (RFC 4180: quoted fields, doubled quotes, line
/// breaks inside quotes), header included.
pub fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field) = (Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// `table.csv` of the dataset at `out` as maps from column name to cell.
pub fn table(out: &Path, table: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    let text = std::fs::read_to_string(out.join(format!("{table}.csv"))).expect("csv");
    let mut rows = csv_rows(&text).into_iter();
    let header = rows.next().expect("header");
    rows.map(|r| header.iter().cloned().zip(r).collect())
        .collect()
}

/// Write `head`, then `size` bytes of `fill`, then `tail` to `path` without
/// holding them in memory.
pub fn write_big(path: &Path, head: &[u8], fill: u8, size: usize, tail: &[u8]) {
    use std::io::Write;
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).expect("create"));
    f.write_all(head).expect("write");
    let chunk = vec![fill; 1 << 20];
    let mut left = size;
    while left > 0 {
        let n = left.min(chunk.len());
        f.write_all(&chunk[..n]).expect("write");
        left -= n;
    }
    f.write_all(tail).expect("write");
    f.flush().expect("flush");
}
