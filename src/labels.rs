//! `claimkit import-labelstudio`: annotators' verdicts from a Label Studio
//! JSON export of the tasks `claimkit export-labelstudio` wrote, matched back
//! to the dataset's claims, as the `labels` table.
//!
//! Label Studio keeps a region's `start`/`end` in UTF-16 code units (as
//! JavaScript counts); the tables count code points. A region at a claim's
//! exact span is that claim; one that overlaps a claim by more than half of
//! both is that claim moved; any other is a claim the annotator added
//! (`{doc_id}:x{n}`, `added = true`).

use crate::agreement::agreement;
use anyhow::{anyhow, bail, Result};
use claimkit_core::read::display_path;
use claimkit_export::update::DatasetUpdate;
use claimkit_export::{Table, TableBuilder};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

/// One row of the `labels` table.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Label {
    /// Claim id (or `{doc}:x{n}` for an added region).
    pub claim_id: String,
    /// Document id.
    pub doc_id: String,
    /// Annotator.
    pub annotator: String,
    /// Verdict chosen.
    pub verdict: Option<String>,
    /// Evidence written.
    pub evidence: Option<String>,
    /// Anything else recorded.
    pub note: Option<String>,
    /// Code point span.
    pub start: i64,
    /// Code point end.
    pub end: i64,
    /// Region text.
    pub text: String,
    /// Drawn by the annotator.
    pub added: bool,
    /// Matches a claim at other offsets.
    pub moved: bool,
    /// Task id.
    pub task_id: Option<i64>,
    /// Annotation id.
    pub annotation_id: Option<i64>,
    /// Creation time.
    pub created_at: Option<String>,
    /// Update time.
    pub updated_at: Option<String>,
    /// Seconds spent.
    pub lead_time: Option<f64>,
}

/// What an import counted.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Counts {
    /// Tasks in the export.
    pub tasks: usize,
    /// Annotations (cancelled ones included).
    pub annotations: usize,
    /// Skipped or cancelled annotations.
    pub cancelled: usize,
    /// Tasks nobody annotated.
    pub unannotated_tasks: usize,
    /// Regions read (= rows).
    pub regions: usize,
    /// Regions matched to no claim.
    pub added: usize,
}

/// The code point offset of UTF-16 offset `units` in `text` (None past the end
/// or inside a surrogate pair).
pub fn code_points(text: &str, units: u64) -> Option<i64> {
    let (mut u, mut cp) = (0u64, 0i64);
    for c in text.chars() {
        if u == units {
            return Some(cp);
        }
        u += c.len_utf16() as u64;
        cp += 1;
    }
    (u == units).then_some(cp)
}

/// The largest export read: far above any annotation project of claimkit tasks.
const MAX_EXPORT_BYTES: u64 = 1 << 30;

/// Read an export: a JSON list of tasks. Errors name the file and, for
/// malformed JSON, the line and column.
pub fn read_export(path: &Path) -> Result<Vec<Value>> {
    let name = display_path(path);
    // A device or a pipe could feed bytes for ever (`/dev/zero`): only regular files, and
    // no more than MAX_EXPORT_BYTES of them.
    claimkit_core::read::check_regular(path).map_err(|kind| anyhow!("{name}: {kind}"))?;
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| {
            std::io::Read::read_to_end(
                &mut std::io::Read::take(f, MAX_EXPORT_BYTES + 1),
                &mut bytes,
            )
        })
        .map_err(|e| anyhow!("{name}: cannot read: {e}"))?;
    if bytes.len() as u64 > MAX_EXPORT_BYTES {
        bail!(
            "{name}: larger than {} MiB: not a Label Studio export of claimkit tasks",
            MAX_EXPORT_BYTES >> 20
        );
    }
    let value: Value = serde_json::from_slice(&bytes).map_err(|e| {
        anyhow!(
            "{name}: line {}, column {}: not valid JSON: {e}",
            e.line(),
            e.column()
        )
    })?;
    match value {
        Value::Array(tasks) => Ok(tasks),
        _ => bail!("{name}: not a Label Studio JSON export (expected a list of tasks)"),
    }
}

/// The annotator of an annotation: its e-mail if the export has it, else `user-{id}`.
fn annotator(a: &Value) -> String {
    let by = &a["completed_by"];
    by["email"]
        .as_str()
        .map(str::to_string)
        .or_else(|| by["id"].as_i64().map(|i| format!("user-{i}")))
        .or_else(|| by.as_i64().map(|i| format!("user-{i}")))
        .unwrap_or_else(|| "unknown".to_string())
}

/// Turn an export into label rows, matched against `claims` (per document:
/// id, code point start, end) and the documents' texts.
pub fn labels(
    name: &str,
    tasks: &[Value],
    claims: &HashMap<String, Vec<(String, i64, i64)>>,
    texts: &HashMap<String, String>,
) -> Result<(Vec<Label>, Counts)> {
    let mut rows = Vec::new();
    let mut counts = Counts {
        tasks: tasks.len(),
        ..Counts::default()
    };
    let mut added_in: HashMap<String, usize> = HashMap::new();
    for (k, task) in tasks.iter().enumerate() {
        let at = || format!("{name}: task {} (id {})", k + 1, task["id"]);
        let doc_id = task["data"]["doc_id"]
            .as_str()
            .ok_or_else(|| anyhow!("{}: no data.doc_id; was it exported from tasks `claimkit export-labelstudio` wrote?", at()))?;
        let text = texts.get(doc_id).ok_or_else(|| {
            anyhow!("{}: document {doc_id:?} is not in the dataset; is this an export of another project or build?", at())
        })?;
        if task["data"]["text"].as_str().is_some_and(|t| t != text) {
            bail!("{}: the text of document {doc_id:?} differs from the dataset's; was the dataset rebuilt since the tasks were exported?", at());
        }
        let annotations = task["annotations"].as_array().cloned().unwrap_or_default();
        if annotations.is_empty() {
            counts.unannotated_tasks += 1;
        }
        let doc_claims = claims.get(doc_id).map(Vec::as_slice).unwrap_or(&[]);
        for a in &annotations {
            counts.annotations += 1;
            if a["was_cancelled"].as_bool().unwrap_or(false) {
                counts.cancelled += 1;
                continue;
            }
            for region in regions(a) {
                let (Some(s), Some(e)) = (region.start, region.end) else {
                    bail!("{}: a region without start/end offsets", at());
                };
                let (Some(start), Some(end)) = (code_points(text, s), code_points(text, e)) else {
                    bail!("{}: region {}..{} (UTF-16) lies outside document {doc_id:?} ({} characters); is this an export of another project?", at(), s, e, text.chars().count());
                };
                let (claim_id, added, moved) = match match_claim(doc_claims, start, end) {
                    Some((id, exact)) => (id, false, !exact),
                    None => {
                        let n = added_in.entry(doc_id.to_string()).or_insert(0);
                        *n += 1;
                        counts.added += 1;
                        (format!("{doc_id}:x{n}"), true, false)
                    }
                };
                counts.regions += 1;
                let region_text: String = text
                    .chars()
                    .skip(start as usize)
                    .take((end - start).max(0) as usize)
                    .collect();
                rows.push(Label {
                    claim_id,
                    doc_id: doc_id.to_string(),
                    annotator: annotator(a),
                    verdict: region.verdict,
                    evidence: region.evidence,
                    note: region.note,
                    start,
                    end,
                    text: region_text,
                    added,
                    moved,
                    task_id: task["id"].as_i64(),
                    annotation_id: a["id"].as_i64(),
                    created_at: a["created_at"].as_str().map(str::to_string),
                    updated_at: a["updated_at"].as_str().map(str::to_string),
                    lead_time: a["lead_time"].as_f64(),
                });
            }
        }
    }
    Ok((rows, counts))
}

/// One region of an annotation, its per-region results gathered.
#[derive(Default)]
struct Region {
    start: Option<u64>,
    end: Option<u64>,
    verdict: Option<String>,
    evidence: Option<String>,
    note: Option<String>,
}

/// The regions of an annotation: results grouped by region id, in order.
fn regions(a: &Value) -> Vec<Region> {
    let mut order: Vec<String> = Vec::new();
    let mut by_id: HashMap<String, Region> = HashMap::new();
    for (i, r) in a["result"].as_array().into_iter().flatten().enumerate() {
        let id = r["id"]
            .as_str()
            .map_or_else(|| format!("#{i}"), str::to_string);
        if !by_id.contains_key(&id) {
            order.push(id.clone());
        }
        let region = by_id.entry(id).or_default();
        let v = &r["value"];
        region.start = region.start.or(v["start"].as_u64());
        region.end = region.end.or(v["end"].as_u64());
        match r["type"].as_str() {
            Some("choices") => region.verdict = v["choices"][0].as_str().map(str::to_string),
            Some("textarea") => {
                let text: Vec<&str> = v["text"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .collect();
                region.evidence = (!text.is_empty()).then(|| text.join("\n"));
            }
            Some("labels") => {
                let label = v["labels"][0].as_str().unwrap_or_default();
                if !matches!(label, "claim" | "check-worthy claim") {
                    region.note = Some(format!("label: {label}"));
                }
            }
            _ => {}
        }
    }
    order
        .into_iter()
        .filter_map(|id| by_id.remove(&id))
        .filter(|r| r.start.is_some() || r.end.is_some())
        .collect()
}

/// The claim a region is: exact span first, else the claim overlapping it by
/// more than half of both lengths (and, of those, the most).
fn match_claim(claims: &[(String, i64, i64)], start: i64, end: i64) -> Option<(String, bool)> {
    if let Some((id, _, _)) = claims.iter().find(|(_, s, e)| *s == start && *e == end) {
        return Some((id.clone(), true));
    }
    claims
        .iter()
        .filter_map(|(id, s, e)| {
            let overlap = (end.min(*e) - start.max(*s)).max(0);
            (overlap * 2 > (end - start) && overlap * 2 > (e - s)).then_some((overlap, id))
        })
        .max_by_key(|(overlap, _)| *overlap)
        .map(|(_, id)| (id.clone(), false))
}

/// The `labels` table of `rows`.
pub fn table(rows: &[Label]) -> TableBuilder {
    let mut t = TableBuilder::new(Table::Labels);
    for r in rows {
        t.row()
            .text(Some(r.claim_id.as_str()))
            .text(Some(r.doc_id.as_str()))
            .text(Some(r.annotator.as_str()))
            .text(r.verdict.as_deref())
            .text(r.evidence.as_deref())
            .text(r.note.as_deref())
            .int(Some(r.start))
            .int(Some(r.end))
            .text(Some(r.text.as_str()))
            .bool(r.added)
            .bool(r.moved)
            .int(r.task_id)
            .int(r.annotation_id)
            .text(r.created_at.as_deref())
            .text(r.updated_at.as_deref())
            .float(r.lead_time)
            .end();
    }
    t
}

/// Import `export` into the dataset at `dir`.
pub fn import(export: &Path, dir: &Path) -> Result<Counts> {
    let mut update = DatasetUpdate::open(dir)?;
    let tasks = read_export(export)?;
    let (claims, texts) = crate::release::claims_by_doc(&mut update)?;
    let (rows, counts) = labels(&display_path(export), &tasks, &claims, &texts)?;
    let annotators: BTreeSet<&str> = rows.iter().map(|r| r.annotator.as_str()).collect();
    let (measure, per_verdict) = agreement(&rows);
    let agreement_json: BTreeMap<String, Value> = per_verdict
        .into_iter()
        .map(|(v, (value, n))| (v, json!({"value": value, "claims": n})))
        .collect();
    update.put(&table(&rows))?;
    update.manifest_mut().labels = Some(json!({
        "export": export.file_name().map(|f| f.to_string_lossy().into_owned()),
        "tasks": counts.tasks, "annotations": counts.annotations, "annotators": annotators.len(),
        "rows": rows.len(), "added": counts.added, "cancelled": counts.cancelled,
        "unannotated_tasks": counts.unannotated_tasks,
        "agreement_measure": measure, "agreement": agreement_json,
    }));
    update.commit()?;
    Ok(counts)
}
