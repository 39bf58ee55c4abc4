//! Reading the public sets in place, and the key that keeps evaluation sentences out of
//! training.

use crate::{date_of, read_shared, Labelled};
use serde_json::Value;
use std::path::PathBuf;

pub(crate) fn load_clef(rel: &str) -> Option<Vec<Labelled>> {
    let text = read_shared(rel)?;
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let Ok(v) = serde_json::from_str::<Value>(line) else {
            panic!("{rel}:{}: not JSON", i + 1);
        };
        let (Some(file), Some(sentence), Some(label)) =
            (v["file"].as_str(), v["text"].as_str(), v["label"].as_i64())
        else {
            panic!("{rel}:{}: missing file, text or label", i + 1);
        };
        rows.push(Labelled {
            group: file.to_string(),
            text: sentence.to_string(),
            label: label == 1,
            published: date_of(file),
        });
    }
    Some(rows)
}

pub(crate) fn load_claimbuster() -> Option<Vec<Labelled>> {
    let rel = "eval/checkworthiness/claimbuster/two_class_test.json";
    let text = read_shared(rel)?;
    let Ok(Value::Array(items)) = serde_json::from_str::<Value>(&text) else {
        panic!("{rel}: not a JSON array");
    };
    Some(
        items
            .iter()
            .filter_map(|v| {
                Some(Labelled {
                    group: String::new(),
                    text: v["text"].as_str()?.to_string(),
                    label: v["label"].as_i64()? == 1,
                    published: None,
                })
            })
            .collect(),
    )
}

/// Lower case, every run of characters that are not letters or digits as one space: the
/// form in which training sentences are compared with evaluation sentences.
pub(crate) fn dedup_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.trim().to_string()
}

/// Rows of a tab-separated file read like Python's `csv` module with a tab delimiter: a cell
/// that opens with `"` runs to the closing quote (`""` is a quote, tabs and line ends
/// inside are text).
fn quoted_tsv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let (mut quoted, mut at_start) = (false, true);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    cell.push('"');
                } else {
                    quoted = false;
                }
            } else {
                cell.push(c);
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
            }
            '\t' => {
                row.push(std::mem::take(&mut cell));
                at_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
                at_start = true;
            }
            _ => {
                cell.push(c);
                at_start = false;
            }
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows
}

/// A CheckThat! 2024 English file (`train`, `dev`, `dev-test`); rows whose label is not
/// `Yes` or `No` are bad input and left out.
pub(crate) fn load_ct24(part: &str) -> Option<(Vec<Labelled>, PathBuf)> {
    let rel =
        format!("eval/checkworthiness_train/ct24_english/CT24_checkworthy_english_{part}.tsv");
    let path = claimkit_core::evaldata::path(&rel)?;
    let text = std::fs::read_to_string(&path).expect("CT24 file reads as UTF-8");
    let rows = quoted_tsv(&text)
        .into_iter()
        .skip(1)
        .filter_map(|row| match row.as_slice() {
            [_, sentence, label] if label == "Yes" || label == "No" => Some(Labelled {
                group: format!("ct24_english/{part}"),
                text: sentence.clone(),
                label: label == "Yes",
                published: None,
            }),
            _ => None,
        })
        .collect();
    Some((rows, path))
}

/// The CLEF training debates of one folder, in file-name order, without the files in
/// `leave_out`; a cell wholly in quotes with doubled inner quotes is unquoted.
pub(crate) fn load_clef_train(
    folder: &str,
    leave_out: &[&str],
) -> Option<Vec<(PathBuf, Vec<Labelled>)>> {
    let dir = claimkit_core::evaldata::path(&format!("eval/checkworthiness_train/{folder}"))?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("training folder lists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        if leave_out.contains(&name.as_str()) {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("CLEF file reads as UTF-8");
        let mut rows = Vec::new();
        for line in text.lines() {
            let cells: Vec<&str> = line.split('\t').collect();
            let [_, _, sentence, label, ..] = cells[..] else {
                continue;
            };
            let inner = sentence
                .strip_prefix('"')
                .and_then(|s| s.strip_suffix('"'))
                .filter(|s| !s.replace("\"\"", "").contains('"'));
            rows.push(Labelled {
                group: format!("{folder}/{name}"),
                text: inner.map_or_else(|| sentence.to_string(), |s| s.replace("\"\"", "\"")),
                label: label.trim() == "1",
                published: date_of(&name),
            });
        }
        out.push((path, rows));
    }
    Some(out)
}

/// The CLEF 2019 training debates held out to measure MAP on debates during development.
pub(crate) const CLEF_DEV_DEBATES: [&str; 6] = [
    "20160209_msnbc_dem.tsv",
    "20160226_10_gop.tsv",
    "20160722_trump_acceptance.tsv",
    "20170928_trump_tax.tsv",
    "20180926_un_press.tsv",
    "20190108_oval_office.tsv",
];

/// Every evaluation set, by name.
pub(crate) fn evaluation_sets() -> Option<Vec<(&'static str, Vec<Labelled>)>> {
    Some(vec![
        (
            "clef2019",
            load_clef("eval/checkworthiness/clef2019_task1_test.jsonl")?,
        ),
        (
            "clef2020",
            load_clef("eval/checkworthiness/clef2020_task5_test.jsonl")?,
        ),
        ("claimbuster", load_claimbuster()?),
        ("ct24-dev-test", load_ct24("dev-test")?.0),
    ])
}

#[test]
fn quoted_tsv_reads_like_python_csv() {
    let rows = quoted_tsv(
        "id\tText\tlabel\r\n1\t\"He said, \"\"no\"\".\"\tYes\n2\tplain \"mid\" quote\tNo\n",
    );
    assert_eq!(rows[1], ["1", "He said, \"no\".", "Yes"]);
    assert_eq!(rows[2], ["2", "plain \"mid\" quote", "No"]);
    assert_eq!(dedup_key("He said, \"No!\"  Twice."), "he said no twice");
}
