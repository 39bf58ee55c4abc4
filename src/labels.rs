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
use crate::ls_export::{self, Object};
use anyhow::{anyhow, bail, Result};
use claimkit_core::read::display_path;
use claimkit_core::{CharOffsets, Utf16Offsets};
use claimkit_export::update::DatasetUpdate;
use claimkit_export::{Table, TableBuilder};
use serde_json::value::RawValue;
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
    /// Lone UTF-16 surrogate escapes read as U+FFFD.
    pub lone_surrogates: usize,
}

/// One document's text indexed for regions, built once per document however many
/// regions and tasks point into it: Label Studio's UTF-16 offsets to bytes, bytes to code
/// points (each a binary search), and the document's claims by span.
struct DocIndex<'a> {
    text: &'a str,
    utf16: Utf16Offsets,
    chars: CharOffsets,
    claims: ClaimIndex<'a>,
}

impl<'a> DocIndex<'a> {
    fn new(text: &'a str, claims: &'a [(String, i64, i64)]) -> DocIndex<'a> {
        DocIndex {
            text,
            utf16: Utf16Offsets::new(text),
            chars: CharOffsets::new(text),
            claims: ClaimIndex::new(claims),
        }
    }

    /// The byte and code point offsets of UTF-16 offset `units` (None past the end
    /// or inside a surrogate pair).
    fn at(&self, units: u64) -> Option<(usize, i64)> {
        let byte = self.utf16.byte_offset(usize::try_from(units).ok()?)?;
        Some((byte, self.chars.char_offset(byte) as i64))
    }
}

/// Turn an export into label rows, matched against `claims` (per document:
/// id, code point start, end) and the documents' texts.
pub fn labels(
    name: &str,
    tasks: &[&RawValue],
    claims: &HashMap<String, Vec<(String, i64, i64)>>,
    texts: &HashMap<String, String>,
) -> Result<(Vec<Label>, Counts)> {
    let mut rows = Vec::new();
    let mut counts = Counts {
        tasks: tasks.len(),
        ..Counts::default()
    };
    let mut added_in: HashMap<String, usize> = HashMap::new();
    let mut indexes: HashMap<&str, DocIndex> = HashMap::new();
    for (k, raw) in tasks.iter().enumerate() {
        let bad = |e: serde_json::Error| anyhow!("{name}: task {}: {}", k + 1, without_place(&e));
        let task = Object::parse(raw).map_err(bad)?;
        let (id, data) = (task.get("id").map_err(bad)?, task.get("data").map_err(bad)?);
        let at = || format!("{name}: task {} (id {id})", k + 1);
        let doc_id = data["doc_id"]
            .as_str()
            .ok_or_else(|| anyhow!("{}: no data.doc_id; was it exported from tasks `claimkit export-labelstudio` wrote?", at()))?;
        let (doc_id, text) = texts.get_key_value(doc_id).ok_or_else(|| {
            anyhow!("{}: document {doc_id:?} is not in the dataset; is this an export of another project or build?", at())
        })?;
        if data["text"].as_str().is_some_and(|t| t != text) {
            bail!("{}: the text of document {doc_id:?} differs from the dataset's; was the dataset rebuilt since the tasks were exported?", at());
        }
        let annotations = task.objects("annotations").map_err(bad)?;
        if annotations.is_empty() {
            counts.unannotated_tasks += 1;
        }
        let doc = indexes.entry(doc_id).or_insert_with(|| {
            DocIndex::new(text, claims.get(doc_id).map_or(&[][..], Vec::as_slice))
        });
        for a in &annotations {
            counts.annotations += 1;
            let (base, cancelled) = a.annotation().map_err(bad)?;
            if cancelled {
                counts.cancelled += 1;
                continue;
            }
            for region in regions(a).map_err(bad)? {
                let (Some(s), Some(e)) = (region.start, region.end) else {
                    bail!("{}: a region without start/end offsets", at());
                };
                let (Some(from), Some(to)) = (doc.at(s), doc.at(e)) else {
                    bail!("{}: region {}..{} (UTF-16) lies outside document {doc_id:?} ({} characters); is this an export of another project?", at(), s, e, text.chars().count());
                };
                if e < s {
                    bail!("{}: region {s}..{e} (UTF-16) ends before it starts", at());
                }
                let (claim_id, added, moved) = match doc.claims.find(from.1, to.1) {
                    Some((id, exact)) => (id, false, !exact),
                    None => {
                        let n = added_in.entry(doc_id.to_string()).or_insert(0);
                        *n += 1;
                        counts.added += 1;
                        (format!("{doc_id}:x{n}"), true, false)
                    }
                };
                counts.regions += 1;
                rows.push(Label {
                    claim_id,
                    doc_id: doc_id.to_string(),
                    start: from.1,
                    end: to.1,
                    text: doc.text.get(from.0..to.0).unwrap_or_default().to_string(),
                    added,
                    moved,
                    task_id: id.as_i64(),
                    ..region.label(&base)
                });
            }
        }
    }
    Ok((rows, counts))
}

/// A JSON error of one task (nested too deep) without its line and column, which count
/// within the task, not the file.
fn without_place(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let place = format!(" at line {} column {}", e.line(), e.column());
    text.strip_suffix(&place).unwrap_or(&text).to_string()
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

impl Region {
    /// The row's fields that come from the region and its annotation alone.
    fn label(self, annotation: &Label) -> Label {
        Label {
            verdict: self.verdict,
            evidence: self.evidence,
            note: self.note,
            ..annotation.clone()
        }
    }
}

/// The regions of an annotation: results grouped by region id, in order.
fn regions(a: &Object) -> Result<Vec<Region>, serde_json::Error> {
    let mut order: Vec<String> = Vec::new();
    let mut by_id: HashMap<String, Region> = HashMap::new();
    for (i, r) in a.list("result")?.into_iter().enumerate() {
        let r: Value = serde_json::from_str(r.get())?;
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
    Ok(order
        .into_iter()
        .filter_map(|id| by_id.remove(&id))
        .filter(|r| r.start.is_some() || r.end.is_some())
        .collect())
}

/// A document's claims (id, code point start, end, in table order) indexed for
/// [`ClaimIndex::find`]: exact spans in a map, and the claims sorted by start with the
/// furthest end reached so far, so that a region looks only at the claims that hold its
/// middle.
struct ClaimIndex<'a> {
    claims: &'a [(String, i64, i64)],
    /// The first claim (in table order) at each exact span.
    exact: HashMap<(i64, i64), usize>,
    /// Indices into `claims`, by start.
    by_start: Vec<usize>,
    /// `reach[k]`: the largest end of `by_start[..=k]`.
    reach: Vec<i64>,
}

impl<'a> ClaimIndex<'a> {
    fn new(claims: &'a [(String, i64, i64)]) -> ClaimIndex<'a> {
        let mut exact = HashMap::with_capacity(claims.len());
        for (i, (_, s, e)) in claims.iter().enumerate() {
            exact.entry((*s, *e)).or_insert(i);
        }
        let mut by_start: Vec<usize> = (0..claims.len()).collect();
        by_start.sort_by_key(|&i| claims[i].1);
        let reach = by_start
            .iter()
            .scan(i64::MIN, |max, &i| {
                *max = (*max).max(claims[i].2);
                Some(*max)
            })
            .collect();
        ClaimIndex {
            claims,
            exact,
            by_start,
            reach,
        }
    }

    /// The claim a region is: exact span first, else the claim overlapping it by
    /// more than half of both lengths (and, of those, the most; of equal overlaps, the
    /// last in table order).
    fn find(&self, start: i64, end: i64) -> Option<(String, bool)> {
        if let Some(&i) = self.exact.get(&(start, end)) {
            return Some((self.claims[i].0.clone(), true));
        }
        self.holding(start.saturating_add(end))
            .filter_map(|i| {
                let (_, s, e) = &self.claims[i];
                let overlap = (end.min(*e) - start.max(*s)).max(0);
                (overlap * 2 > (end - start) && overlap * 2 > (e - s)).then_some((overlap, i))
            })
            .max()
            .map(|(_, i)| (self.claims[i].0.clone(), false))
    }

    /// The claims that hold the point `twice / 2` strictly inside. A claim that overlaps
    /// a region by more than half of the region holds the region's middle, so these are
    /// the only claims [`ClaimIndex::find`] needs to weigh: walking back from the last
    /// claim that starts before the point, it stops where no claim so far reaches past it.
    fn holding(&self, twice: i64) -> impl Iterator<Item = usize> + '_ {
        let twice_of = |v: i64| v.saturating_mul(2);
        let before = self
            .by_start
            .partition_point(|&i| twice_of(self.claims[i].1) < twice);
        (0..before)
            .rev()
            .take_while(move |&k| twice_of(self.reach[k]) > twice)
            .map(move |k| self.by_start[k])
            .filter(move |&i| twice_of(self.claims[i].2) > twice)
    }
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
    let name = display_path(export);
    let (bytes, lone_surrogates) = ls_export::replace_lone_surrogates(ls_export::read(export)?);
    let tasks = ls_export::tasks(&name, &bytes)?;
    let (claims, texts) = crate::release::claims_by_doc(&mut update)?;
    let (rows, counts) = labels(&name, &tasks, &claims, &texts)?;
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
    Ok(Counts {
        lone_surrogates,
        ..counts
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The code point offset of UTF-16 offset `units`, counted from the start of the text:
    /// what each region cost before [`DocIndex`].
    fn counted(text: &str, units: u64) -> Option<i64> {
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

    /// The claim a region is, by a scan of every claim: what each region cost before
    /// [`ClaimIndex`].
    fn scanned(claims: &[(String, i64, i64)], start: i64, end: i64) -> Option<(String, bool)> {
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

    #[test]
    fn offsets_of_regions_match_a_count_from_the_start() {
        let text = "Zürich 🚀 said 👩‍🚀 東京 e\u{301} 𝄞𝄞 end";
        let doc = DocIndex::new(text, &[]);
        for units in 0..text.encode_utf16().count() as u64 + 3 {
            let at = doc.at(units);
            assert_eq!(at.map(|(_, cp)| cp), counted(text, units), "{units}");
            if let Some((byte, cp)) = at {
                assert_eq!(text[..byte].chars().count() as i64, cp);
            }
        }
    }

    #[test]
    fn a_region_weighs_only_the_claims_that_hold_its_middle() {
        // 100,000 claims one after another, as a long document's are: however long the
        // region, at most one claim holds its middle, so a region costs a binary search
        // and no scan of the document's claims.
        let claims: Vec<(String, i64, i64)> = (0..100_000)
            .map(|i| (format!("d:c{i}"), i * 10, i * 10 + 8))
            .collect();
        let index = ClaimIndex::new(&claims);
        let end = 1_000_000;
        for (start, stop) in [
            (0, end),
            (0, 9),
            (3, 12),
            (500_000, end),
            (1, end - 1),
            (5, 5),
        ] {
            assert!(index.holding(start + stop).count() <= 1, "{start}..{stop}");
            assert_eq!(index.find(start, stop), scanned(&claims, start, stop));
        }
        // Nested claims (a sentence and a clause inside it) are all weighed.
        let nested = [
            ("a".to_string(), 0, 100),
            ("b".to_string(), 10, 60),
            ("c".to_string(), 70, 80),
        ];
        let index = ClaimIndex::new(&nested);
        assert_eq!(index.holding(2 * 40).count(), 2);
        assert_eq!(index.find(12, 58), Some(("b".to_string(), false)));
    }

    fn claims_and_regions() -> impl Strategy<Value = (Vec<(String, i64, i64)>, Vec<(i64, i64)>)> {
        let span = (0i64..60, 0i64..30).prop_map(|(s, len)| (s, s + len));
        (
            prop::collection::vec(span.clone(), 0..12),
            prop::collection::vec((0i64..70, 0i64..70), 0..20),
        )
            .prop_map(|(claims, regions)| {
                let claims = claims
                    .into_iter()
                    .enumerate()
                    .map(|(i, (s, e))| (format!("c{i}"), s, e))
                    .collect();
                (claims, regions)
            })
    }

    proptest! {
        #[test]
        fn the_claim_index_agrees_with_a_scan_of_every_claim((claims, regions) in claims_and_regions()) {
            // Overlapping, nested, equal and empty claims; regions of any span, reversed too.
            let index = ClaimIndex::new(&claims);
            for (start, end) in regions {
                prop_assert_eq!(index.find(start, end), scanned(&claims, start, end));
            }
        }

        #[test]
        fn offsets_of_regions_agree_with_a_count_on_any_text(text in "\\PC{0,30}", extra in 0u64..4) {
            let doc = DocIndex::new(&text, &[]);
            for units in 0..text.encode_utf16().count() as u64 + extra {
                prop_assert_eq!(doc.at(units).map(|(_, cp)| cp), counted(&text, units));
            }
        }
    }
}
