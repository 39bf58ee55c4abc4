//! A Label Studio JSON export, read lazily. The file's bytes are checked as JSON once,
//! keeping only where each task lies in them; a task's fields are parsed when its turn
//! comes, fields nobody reads (predictions, drafts) are skipped unparsed, and of an
//! annotation the results are parsed one at a time. Memory stays near the export's size,
//! where one `serde_json::Value` of the whole export took about thirteen times it (1.27 GB
//! for an export of 95 MB).

use crate::labels::Label;
use anyhow::{anyhow, bail, Result};
use claimkit_core::read::{display_path, InputErrorKind};
use serde_json::value::RawValue;
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;

/// The largest export read: far above any annotation project of claimkit tasks.
const MAX_EXPORT_BYTES: u64 = 1 << 30;

/// The bytes of an export file: a regular file of at most `MAX_EXPORT_BYTES`.
pub fn read(path: &Path) -> Result<Vec<u8>> {
    let name = display_path(path);
    // A device or a pipe could feed bytes for ever (`/dev/zero`): only regular files, and
    // no more than MAX_EXPORT_BYTES of them.
    claimkit_core::read::check_regular(path).map_err(|kind| match kind {
        InputErrorKind::NotAFile(what) => {
            anyhow!("{name}: not a regular file ({what}): give the JSON file Label Studio exported")
        }
        kind => anyhow!("{name}: {kind}"),
    })?;
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
    Ok(bytes)
}

/// `bytes` with each lone UTF-16 surrogate escape (`\ud83d` without its other half, as a
/// JavaScript front end writes an emoji it cut) as `\ufffd`, and how many there were: serde
/// refuses the whole export for one, and JSON Lines input reads them the same way.
pub fn replace_lone_surrogates(bytes: Vec<u8>) -> (Vec<u8>, usize) {
    use claimkit_core::read::surrogates;
    let fixed = match std::str::from_utf8(&bytes).map(surrogates::replace_lone_surrogates) {
        Ok((std::borrow::Cow::Owned(fixed), n)) => Some((fixed, n)),
        _ => None,
    };
    match fixed {
        Some((fixed, n)) => (fixed.into_bytes(), n),
        None => (bytes, 0),
    }
}

/// The tasks of an export (`name` as messages print it): a JSON list, each task's JSON
/// text in `bytes`. Errors give the line and column of malformed JSON; a list of no tasks
/// is refused.
pub fn tasks<'a>(name: &str, bytes: &'a [u8]) -> Result<Vec<&'a RawValue>> {
    let tasks = serde_json::from_slice::<Vec<&RawValue>>(bytes).map_err(|e| {
        if e.classify() == serde_json::error::Category::Data {
            anyhow!("{name}: not a Label Studio JSON export (expected a list of tasks)")
        } else {
            anyhow!(
                "{name}: line {}, column {}: not valid JSON: {e}",
                e.line(),
                e.column()
            )
        }
    })?;
    // An empty list would replace annotators' labels with none.
    if tasks.is_empty() {
        bail!("{name}: a list of no tasks: not a Label Studio export of claimkit tasks");
    }
    Ok(tasks)
}

/// A JSON object of the export, each field kept as written until it is read; an empty
/// one for anything but an object, as `Value` indexing reads one. A field written twice
/// is the last, as in a `Value`.
#[derive(Default)]
pub struct Object<'a>(HashMap<String, &'a RawValue>);

impl<'a> Object<'a> {
    /// The object whose JSON text is `raw`.
    pub fn parse(raw: &'a RawValue) -> Result<Object<'a>, serde_json::Error> {
        if raw.get().trim_start().starts_with('{') {
            serde_json::from_str(raw.get()).map(Object)
        } else {
            Ok(Object::default())
        }
    }

    /// A field as a `Value` (`Null` when missing).
    pub fn get(&self, key: &str) -> Result<Value, serde_json::Error> {
        self.0
            .get(key)
            .map_or(Ok(Value::Null), |r| serde_json::from_str(r.get()))
    }

    /// The items of a field that holds a list (none for anything else), each as written.
    pub fn list(&self, key: &str) -> Result<Vec<&'a RawValue>, serde_json::Error> {
        match self.0.get(key) {
            Some(raw) if raw.get().trim_start().starts_with('[') => serde_json::from_str(raw.get()),
            _ => Ok(Vec::new()),
        }
    }

    /// The objects of a field that holds a list: a task's annotations.
    pub fn objects(&self, key: &str) -> Result<Vec<Object<'a>>, serde_json::Error> {
        self.list(key)?.into_iter().map(Object::parse).collect()
    }

    /// What a label row takes from an annotation: annotator (the e-mail if the export has
    /// it, else `user-{id}`), annotation id, times; and whether it was skipped or cancelled.
    pub fn annotation(&self) -> Result<(Label, bool), serde_json::Error> {
        let by = self.get("completed_by")?;
        let annotator = by["email"]
            .as_str()
            .map(str::to_string)
            .or_else(|| by["id"].as_i64().map(|i| format!("user-{i}")))
            .or_else(|| by.as_i64().map(|i| format!("user-{i}")))
            .unwrap_or_else(|| "unknown".to_string());
        let label = Label {
            annotator,
            annotation_id: self.get("id")?.as_i64(),
            created_at: self.get("created_at")?.as_str().map(str::to_string),
            updated_at: self.get("updated_at")?.as_str().map(str::to_string),
            lead_time: self.get("lead_time")?.as_f64(),
            ..Label::default()
        };
        Ok((label, self.get("was_cancelled")?.as_bool().unwrap_or(false)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_read_as_value_indexing_reads_them() {
        let bytes = br#"[{"id": 7, "predictions": [{"result": [1, 2, 3]}], "data": {"doc_id": "d"},
            "annotations": [{"id": 3, "completed_by": {"email": "a@x"}, "was_cancelled": false,
            "result": [{"id": "r", "value": {"start": 1}}, 5]}, 4]},
            5, {"annotations": {"not": "a list"}, "id": null, "id": 9}]"#;
        let all = tasks("e.json", bytes).expect("tasks");
        assert_eq!(all.len(), 3);
        let task = Object::parse(all[0]).expect("task");
        assert_eq!(task.get("id").expect("id"), 7);
        assert_eq!(task.get("data").expect("data")["doc_id"], "d");
        let annotations = task.objects("annotations").expect("annotations");
        assert_eq!(annotations.len(), 2);
        let (label, cancelled) = annotations[0].annotation().expect("annotation");
        assert_eq!(
            (label.annotator.as_str(), label.annotation_id, cancelled),
            ("a@x", Some(3), false)
        );
        let results = annotations[0].list("result").expect("results");
        let first: Value = serde_json::from_str(results[0].get()).expect("result");
        assert_eq!(first["value"]["start"], 1);
        assert_eq!(results[1].get(), "5");
        // A task or annotation that is no object reads as one without fields.
        assert_eq!(
            annotations[1].annotation().expect("annotation").0.annotator,
            "unknown"
        );
        let number = Object::parse(all[1]).expect("task");
        assert_eq!(number.get("data").expect("data"), Value::Null);
        // A field that is no list has no items; a field written twice is the last.
        let odd = Object::parse(all[2]).expect("task");
        assert!(odd.objects("annotations").expect("annotations").is_empty());
        assert_eq!(odd.get("id").expect("id"), 9);
    }

    #[test]
    fn an_export_that_is_no_list_or_no_json_is_named() {
        let err = tasks("o.json", br#"{"tasks": []}"#)
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("o.json: not a Label Studio JSON export (expected a list of tasks)")
        );
        let err = tasks("b.json", b"[\n  {\"id\": 1,\n   \"data\": }\n]")
            .err()
            .map(|e| e.to_string());
        assert!(err.is_some_and(|e| e.starts_with("b.json: line 3, column 12: not valid JSON")),);
        // Found by hostile review: `[]` replaced the dataset's labels with none.
        let err = tasks("e.json", b" [ ] ").err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("e.json: a list of no tasks: not a Label Studio export of claimkit tasks")
        );
    }
}
