//! `manifest.json`: what went into a dataset and what came out, with no
//! timestamps so that rebuilding gives the same bytes.

use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// Version of the table layout; bumped when a column changes.
pub const SCHEMA_VERSION: &str = "2";

/// One input file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputFile {
    /// Path as given or found.
    pub path: String,
    /// SHA-256 of the file's bytes, lower-case hex.
    pub sha256: String,
    /// Size in bytes.
    pub bytes: u64,
    /// Documents read from it.
    pub documents: usize,
    /// Records of a crawl passed over, by reason (`not_html`: 12); empty for other files.
    pub passed_over: Vec<(&'static str, usize)>,
}

impl InputFile {
    /// Describe a file from its bytes.
    pub fn new(path: &str, bytes: &[u8], documents: usize) -> InputFile {
        let digest = Sha256::digest(bytes);
        let sha256 = digest.iter().map(|b| format!("{b:02x}")).collect();
        InputFile {
            path: path.to_string(),
            sha256,
            bytes: bytes.len() as u64,
            documents,
            passed_over: Vec::new(),
        }
    }
}

/// A document left out with `--skip-bad`, or a warning about one kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// File the document came from.
    pub file: String,
    /// JSONL line, where there is one.
    pub line: Option<usize>,
    /// What was wrong.
    pub reason: String,
}

/// The manifest of one build.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Manifest {
    /// Version of the tool that built the dataset.
    pub tool_version: String,
    /// Input files in reading order.
    pub inputs: Vec<InputFile>,
    /// Output format (`csv`, `parquet`, `both`); set by the writer.
    pub format: String,
    /// Whether bad documents were skipped instead of stopping the build.
    pub skip_bad: bool,
    /// Documents left out and why.
    pub skipped: Vec<Note>,
    /// Warnings about documents that were kept (unreadable datelines …).
    pub warnings: Vec<Note>,
    /// Rows per table; set by the writer.
    pub rows: BTreeMap<String, usize>,
    /// Whether CSV cells were made safe for spreadsheets; set by the writer.
    pub excel_safe: bool,
    /// Every file of the dataset, sorted; set by the writer. A later build
    /// replaces the directory only if it holds nothing else.
    pub files: Vec<String>,
    /// The near-duplicate clustering's settings (set by a build).
    pub clusters: Option<Value>,
    /// How `claimkit split` divided the claims (by, ratios, seed, rows per
    /// split), once it has run.
    pub split: Option<Value>,
    /// What `claimkit import-labelstudio` read (export file, counts,
    /// agreement), once it has run.
    pub labels: Option<Value>,
}

/// An input file as the manifest lists it; `passed_over` only for a crawl that had some.
fn input(i: &InputFile) -> Value {
    let mut value = json!({
        "path": i.path, "sha256": i.sha256, "bytes": i.bytes, "documents": i.documents,
    });
    if !i.passed_over.is_empty() {
        let counts: serde_json::Map<String, Value> = i
            .passed_over
            .iter()
            .map(|&(reason, n)| (reason.to_string(), json!(n)))
            .collect();
        value["passed_over"] = Value::Object(counts);
    }
    value
}

fn note(n: &Note) -> Value {
    json!({ "file": n.file, "line": n.line, "reason": n.reason })
}

impl Manifest {
    /// Documents read across all inputs.
    pub fn documents(&self) -> usize {
        self.inputs.iter().map(|i| i.documents).sum()
    }

    /// Read a `manifest.json` that claimkit wrote (None if it is not one).
    pub fn from_json(text: &str) -> Option<Manifest> {
        let v: Value = serde_json::from_str(text).ok()?;
        if v["tool"] != "claimkit" {
            return None;
        }
        let s = |v: &Value| v.as_str().unwrap_or_default().to_string();
        let notes = |v: &Value| -> Vec<Note> {
            v.as_array()
                .map(|a| {
                    a.iter()
                        .map(|n| Note {
                            file: s(&n["file"]),
                            line: n["line"].as_u64().map(|l| l as usize),
                            reason: s(&n["reason"]),
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        let inputs = v["inputs"].as_array().map(|a| {
            a.iter()
                .map(|i| InputFile {
                    path: s(&i["path"]),
                    sha256: s(&i["sha256"]),
                    bytes: i["bytes"].as_u64().unwrap_or(0),
                    documents: i["documents"].as_u64().unwrap_or(0) as usize,
                    passed_over: claimkit_core::read::PassedOver::REASONS
                        .into_iter()
                        .filter_map(|r| Some((r, i["passed_over"][r].as_u64()? as usize)))
                        .collect(),
                })
                .collect()
        });
        Some(Manifest {
            tool_version: s(&v["tool_version"]),
            inputs: inputs.unwrap_or_default(),
            format: s(&v["options"]["format"]),
            skip_bad: v["options"]["skip_bad"].as_bool().unwrap_or(false),
            skipped: notes(&v["skipped"]),
            warnings: notes(&v["warnings"]),
            rows: v["rows"]
                .as_object()
                .map(|o| {
                    o.iter()
                        .map(|(k, n)| (k.clone(), n.as_u64().unwrap_or(0) as usize))
                        .collect()
                })
                .unwrap_or_default(),
            excel_safe: v["options"]["excel_safe"].as_bool().unwrap_or(false),
            files: v["files"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|f| f.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default(),
            clusters: v.get("clusters").cloned(),
            split: v.get("split").cloned(),
            labels: v.get("labels").cloned(),
        })
    }

    /// Pretty JSON with sorted keys and a final newline.
    pub fn to_json(&self) -> String {
        let value = json!({
            "tool": "claimkit",
            "tool_version": self.tool_version,
            "schema_version": SCHEMA_VERSION,
            "inputs": self.inputs.iter().map(input).collect::<Vec<_>>(),
            "options": { "format": self.format, "skip_bad": self.skip_bad, "excel_safe": self.excel_safe },
            "documents": self.documents(),
            "rows": self.rows,
            "files": self.files,
            "skipped": self.skipped.iter().map(note).collect::<Vec<_>>(),
            "warnings": self.warnings.iter().map(note).collect::<Vec<_>>(),
        });
        let mut value = value;
        for (key, extra) in [
            ("clusters", &self.clusters),
            ("split", &self.split),
            ("labels", &self.labels),
        ] {
            if let (Some(extra), Some(obj)) = (extra, value.as_object_mut()) {
                obj.insert(key.to_string(), extra.clone());
            }
        }
        let mut s = serde_json::to_string_pretty(&value).unwrap_or_default();
        s.push('\n');
        s
    }
}
