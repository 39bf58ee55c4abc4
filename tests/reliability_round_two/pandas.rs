//! The tables as pandas reads them: ids and titles as written.

use super::*;

/// The venv's python (`target/py-venv`, as `tests/notebook.rs` builds it), or
/// `None` (said on stderr) without python3 or with `CLAIMKIT_SKIP_PYTHON=1`.
fn venv_python() -> Option<PathBuf> {
    if std::env::var("CLAIMKIT_SKIP_PYTHON").as_deref() == Ok("1") {
        eprintln!("SKIPPED: CLAIMKIT_SKIP_PYTHON=1");
        return None;
    }
    if !Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        eprintln!("SKIPPED: python3 not found");
        return None;
    }
    let venv = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("target dir")
        .join("py-venv");
    let out = Command::new("python3")
        .arg("tests/python/venv.py")
        .arg("--venv")
        .arg(&venv)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run tests/python/venv.py");
    assert!(
        out.status.success(),
        "could not build the Python venv (CLAIMKIT_SKIP_PYTHON=1 skips this):\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    Some(PathBuf::from(
        stdout.lines().last().unwrap_or_default().trim(),
    ))
}

/// Runs the pandas lines of the data card's ```python block in the dataset
/// folder and checks the ids and titles as read against `sys.argv[1]` (a
/// JSON object: doc id -> title). When the card shows no
/// `documents = pd.read_csv(...)`, its claims line is applied to documents.csv.
const CARD_LOADER_CHECK: &str = r#"
import json, re, sys, pathlib
want = json.loads(sys.argv[1])
card = pathlib.Path("README.md").read_text(encoding="utf-8")
block = next(b for b in re.findall(r"```python\n(.*?)```", card, re.S) if "pd.read_csv" in b)
code = "\n\n".join(p for p in block.split("\n\n") if "pd.read_csv" in p)
print("loader:\n" + code, file=sys.stderr)
ns = {}
exec(code, ns)
if "documents" not in ns:
    claims_line = next(p for p in code.split("\n\n") if 'read_csv("claims.csv"' in p)
    exec(claims_line.replace('"claims.csv"', '"documents.csv"').replace("claims =", "documents ="), ns)
docs, claims = ns["documents"], ns["claims"]
def as_read(column):
    # str as str; anything else (a number, NA) shown with its type, so it never equals a str
    return [v if isinstance(v, str) else f"<{type(v).__name__} {v!r}>" for v in column.tolist()]
got = dict(zip(as_read(docs["doc_id"]), as_read(docs["title"])))
problems = []
if list(got) != list(want):
    problems.append(f"documents.doc_id read as {list(got)!r}, not {list(want)!r}")
for doc_id, title in want.items():
    if doc_id in got and got[doc_id] != title:
        problems.append(f"the title {title!r} of {doc_id!r} read as {got[doc_id]!r}")
claim_ids = list(dict.fromkeys(as_read(claims["doc_id"])))
if claim_ids != list(want):
    problems.append(f"claims.doc_id read as {claim_ids!r}")
if problems:
    print("\n".join(problems))
    sys.exit(1)
print("ids and titles as written")
"#;

/// Issue 16: with the README's loader pandas read the ids `007`/`NA`/`1e3`
/// as numbers or missing and the title `NaN` as missing. The test runs the
/// loader the built data card documents, so it follows the doc. Two
/// datasets: ids that all look numeric (pandas makes the column float), and
/// ids beside plain words (pandas keeps strings but reads `NA` as missing).
#[test]
fn pandas_reads_ids_and_titles_as_written() {
    let Some(python) = venv_python() else { return };
    let text = "Officials said 12 soldiers died on Tuesday.";
    for (i, docs) in [
        [("007", "NaN"), ("1e3", "1e3")],
        [("NA", "null"), ("plain", "NA")],
    ]
    .iter()
    .enumerate()
    {
        let records: Vec<Value> = docs
            .iter()
            .map(|(id, title)| serde_json::json!({"id": id, "title": title, "text": text}))
            .collect();
        let dir = corpus(&[("ids.jsonl", &jsonl(&records))]);
        let out = dir.path().join("claims");
        build(&dir.path().join("ids.jsonl"), &[], &out).expect(0, &["built 2 documents"]);
        let ids: Vec<&str> = docs.iter().map(|d| d.0).collect();
        assert_eq!(column(&out, "documents", "doc_id"), ids);
        let want: serde_json::Map<String, Value> = docs
            .iter()
            .map(|(id, title)| (id.to_string(), Value::from(*title)))
            .collect();
        let ran = Command::new(&python)
            .args(["-c", CARD_LOADER_CHECK, &Value::Object(want).to_string()])
            .current_dir(&out)
            .output()
            .expect("run python");
        assert!(
            ran.status.success(),
            "dataset {i}: the data card's pandas loader does not read ids and titles as written:\n{}\n{}",
            String::from_utf8_lossy(&ran.stdout),
            String::from_utf8_lossy(&ran.stderr)
        );
    }
}
