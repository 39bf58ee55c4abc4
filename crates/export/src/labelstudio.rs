//! Label Studio tasks with claimkit's claims as pre-annotations, so annotators
//! can label verdicts on top of them.
//!
//! One task per article: `data.text` is the article text, and one prediction
//! holds a `labels` region per claim (label = its source type, or
//! "check-worthy claim") with Label Studio's offsets (UTF-16 code units, as
//! JavaScript counts them). [`LABEL_CONFIG`] is the matching project config:
//! annotators pick a verdict per region.

use claimkit_core::{Analysis, Document, SourceType};
use serde_json::{json, Value};

/// The Label Studio labeling configuration that matches the exported tasks.
pub const LABEL_CONFIG: &str = r##"<View>
  <Labels name="claim" toName="text">
    <Label value="check-worthy claim" background="#c0392b"/>
    <Label value="claim" background="#5b7db1"/>
  </Labels>
  <Text name="text" value="$text"/>
  <Choices name="verdict" toName="text" perRegion="true" choice="single">
    <Choice value="true"/>
    <Choice value="false"/>
    <Choice value="misleading"/>
    <Choice value="unverifiable"/>
  </Choices>
  <TextArea name="evidence" toName="text" perRegion="true" placeholder="Evidence (URL or note)"/>
</View>
"##;

/// UTF-16 offset of byte offset `byte` in `text` (Label Studio counts like JavaScript).
fn utf16(text: &str, byte: usize) -> usize {
    text[..byte].encode_utf16().count()
}

/// One Label Studio task for an analysed document.
pub fn task(doc: &Document, analysis: &Analysis, model_version: &str) -> Value {
    let text = doc.text.as_str();
    let results: Vec<Value> = analysis
        .claims
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let a = c.attribution.and_then(|k| analysis.attributions.get(k));
            let label = if c.checkworthy {
                "check-worthy claim"
            } else {
                "claim"
            };
            json!({
                "id": format!("{}:c{}", doc.id, i + 1),
                "from_name": "claim",
                "to_name": "text",
                "type": "labels",
                "value": {
                    "start": utf16(text, c.span.start),
                    "end": utf16(text, c.span.end),
                    "text": c.span.text(text),
                    "labels": [label],
                },
                "meta": {
                    "source_type": a.map_or(SourceType::Publication, |a| a.source_type).as_str(),
                    "source": a.and_then(|a| a.source).map(|s| s.text(text)),
                    "resolved": a.and_then(|a| a.resolved.as_deref()),
                    "checkworthiness": c.checkworthiness,
                    "standalone": c.standalone,
                },
            })
        })
        .collect();
    json!({
        "data": {
            "text": text,
            "doc_id": doc.id,
            "title": doc.title,
            "published": doc.published.map(|d| d.to_string()),
        },
        "predictions": [{ "model_version": model_version, "result": results }],
    })
}

/// All tasks as one JSON array (the file Label Studio imports).
pub fn tasks(docs: &[(Document, Analysis)], model_version: &str) -> String {
    let all: Vec<Value> = docs
        .iter()
        .map(|(d, a)| task(d, a, model_version))
        .collect();
    let mut s = serde_json::to_string_pretty(&all).unwrap_or_else(|_| "[]".to_string());
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_utf16_units() {
        let text = "𝄞 “Russia”";
        // 𝄞 is two UTF-16 units, “ is one.
        assert_eq!(utf16(text, text.find('R').unwrap_or(0)), 4);
    }
}
