//! The commands that turn a built dataset into a released benchmark:
//! `claimkit split` (train/validation/test) and `claimkit import-labelstudio`
//! (annotators' verdicts as the `labels` table).

use anyhow::{bail, Result};
use claimkit::split::{assign, Doc, Row, SplitBy};
use claimkit_export::update::{DatasetUpdate, SPLITS, SPLIT_TABLES};
use claimkit_export::Table;
use serde_json::json;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// `--ratios A,B,C`: three non-negative shares that add up to 1.
pub fn parse_ratios(value: &str) -> Result<[f64; 3], String> {
    let parts: Vec<&str> = value.split(',').map(str::trim).collect();
    let [a, b, c] = parts[..] else {
        return Err(format!(
            "{value:?}: give three ratios, train,validation,test (e.g. 0.8,0.1,0.1)"
        ));
    };
    let mut r = [0.0; 3];
    for (slot, part) in r.iter_mut().zip([a, b, c]) {
        *slot = part
            .parse::<f64>()
            .ok()
            .filter(|x| x.is_finite() && *x >= 0.0)
            .ok_or_else(|| format!("{part:?} is not a ratio between 0 and 1"))?;
    }
    let sum: f64 = r.iter().sum();
    if (sum - 1.0).abs() > 1e-6 {
        return Err(format!("{value:?}: the ratios add up to {sum}, not 1"));
    }
    Ok(r)
}

/// Split the dataset at `dir` and write the result back in one step.
pub fn split(
    dir: &Path,
    by: SplitBy,
    ratios: [f64; 3],
    seed: u64,
) -> Result<BTreeMap<&'static str, [usize; 3]>> {
    let mut update = DatasetUpdate::open(dir)?;
    let docs = documents(&mut update)?;
    let mut rows = Vec::new();
    for table in SPLIT_TABLES {
        let d = update.texts(table, "doc_id")?;
        let c = update.texts(table, "cluster_id")?;
        for (doc, cluster) in d.into_iter().zip(c) {
            rows.push(Row {
                doc: doc.unwrap_or_default(),
                cluster: cluster.unwrap_or_default(),
                weighed: table == Table::CheckableClaims,
            });
        }
    }
    let of_doc = assign(&rows, &docs, by, ratios, seed);
    let mut counts = BTreeMap::new();
    for table in SPLIT_TABLES {
        let docs = update.texts(table, "doc_id")?;
        let mut n = [0usize; 3];
        let cells: Vec<Option<String>> = docs
            .iter()
            .map(|d| {
                let k = d
                    .as_deref()
                    .and_then(|d| of_doc.get(d))
                    .copied()
                    .unwrap_or(0);
                n[k] += 1;
                Some(SPLITS[k].to_string())
            })
            .collect();
        update.set_texts(table, "split", cells)?;
        counts.insert(table.name(), n);
    }
    let rows_json: serde_json::Map<String, serde_json::Value> = counts
        .iter()
        .map(|(t, n)| {
            (
                t.to_string(),
                json!({"train": n[0], "validation": n[1], "test": n[2]}),
            )
        })
        .collect();
    update.manifest_mut().split = Some(json!({
        "by": by.as_str(), "ratios": ratios, "seed": seed, "rows": rows_json,
    }));
    update.commit()?;
    Ok(counts)
}

/// Each document's month and source key.
fn documents(update: &mut DatasetUpdate) -> Result<BTreeMap<String, Doc>> {
    let ids = update.texts(Table::Documents, "doc_id")?;
    let published = update.texts(Table::Documents, "published")?;
    let urls = update.texts(Table::Documents, "url")?;
    let files = update.texts(Table::Documents, "source_file")?;
    let mut docs = BTreeMap::new();
    for (((id, date), url), file) in ids.into_iter().zip(published).zip(urls).zip(files) {
        let Some(id) = id else { continue };
        let host = url
            .as_deref()
            .and_then(|u| u.split("://").nth(1))
            .and_then(|r| r.split('/').next())
            .map(str::to_string);
        docs.insert(
            id,
            Doc {
                month: date.and_then(|d| d.get(..7).map(str::to_string)),
                source: host.or(file).unwrap_or_default(),
            },
        );
    }
    if docs.is_empty() {
        bail!("the dataset has no documents to split");
    }
    Ok(docs)
}

/// Each document's claims: id, code point start and end.
pub type ClaimsByDoc = HashMap<String, Vec<(String, i64, i64)>>;

/// The claims of the dataset, by document, and each document's text, for
/// matching regions back.
pub fn claims_by_doc(update: &mut DatasetUpdate) -> Result<(ClaimsByDoc, HashMap<String, String>)> {
    let ids = update.texts(Table::Claims, "claim_id")?;
    let docs = update.texts(Table::Claims, "doc_id")?;
    let starts = update.texts(Table::Claims, "start")?;
    let ends = update.texts(Table::Claims, "end")?;
    let mut by_doc: HashMap<String, Vec<(String, i64, i64)>> = HashMap::new();
    for (((id, doc), s), e) in ids.into_iter().zip(docs).zip(starts).zip(ends) {
        let (Some(id), Some(doc)) = (id, doc) else {
            continue;
        };
        let num = |v: Option<String>| v.and_then(|x| x.parse::<i64>().ok()).unwrap_or(0);
        by_doc.entry(doc).or_default().push((id, num(s), num(e)));
    }
    let texts: HashMap<String, String> = {
        let ids = update.texts(Table::Documents, "doc_id")?;
        let text = update.texts(Table::Documents, "text")?;
        ids.into_iter()
            .zip(text)
            .filter_map(|(i, t)| Some((i?, t.unwrap_or_default())))
            .collect()
    };
    Ok((by_doc, texts))
}
