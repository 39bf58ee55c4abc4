//! Label Studio tasks with claimkit's claims as pre-annotations, so annotators
//! can label verdicts on top of them.
//!
//! One task per article: `data.text` is the article text, and one prediction
//! holds a `labels` region per claim (label = its source type, or
//! "check-worthy claim") with Label Studio's offsets (UTF-16 code units, as
//! JavaScript counts them). [`LABEL_CONFIG`] is the matching project config:
//! annotators pick a verdict per region.

use claimkit_core::{Analysis, Document, SourceType, Utf16Offsets};
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

/// One Label Studio task for an analysed document.
pub fn task(doc: &Document, analysis: &Analysis, model_version: &str) -> Value {
    let text = doc.text.as_str();
    // Label Studio counts like JavaScript; one index per document, never a count from the
    // start of the text per claim (quadratic in a long article).
    let utf16 = Utf16Offsets::new(text);
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
                    "start": utf16.offset(c.span.start),
                    "end": utf16.offset(c.span.end),
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
    // The prediction (and its model version) comes first: the first bytes of the file then
    // show it is claimkit's tasks, not an article (`claimkit_core::read::is_tasks`), should
    // it be saved among the articles under an article's name.
    json!({
        "predictions": [{ "model_version": model_version, "result": results }],
        "data": {
            "text": text,
            "doc_id": doc.id,
            "title": doc.title,
            "published": doc.published.map(|d| d.to_string()),
        },
    })
}

/// All tasks as one JSON array (the file Label Studio imports). `model_version` must
/// start with [`claimkit_core::read::TASKS_MODEL`], the mark by which a folder's walk
/// knows the file for claimkit's.
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
    use claimkit_core::{Claim, Span};

    #[test]
    fn offsets_count_utf16_units() {
        let doc = Document::from_body("d", "𝄞 “Russia” 北京 cafe\u{301} 😀 rose.");
        let text = doc.text.as_str();
        let claim = |s: &str| {
            let start = text.find(s).unwrap_or(0);
            Claim {
                span: Span::new(start, start + s.len()),
                sentence: 0,
                attribution: None,
                standalone: s.to_string(),
                checkworthiness: None,
                checkworthy: false,
                reasons: Vec::new(),
                truncated: false,
            }
        };
        let analysis = Analysis {
            claims: vec![
                claim("“Russia”"),
                claim("北京 cafe\u{301}"),
                claim("😀 rose."),
            ],
            ..Analysis::default()
        };
        let task = task(&doc, &analysis, "v");
        let regions = &task["predictions"][0]["result"];
        for (k, c) in analysis.claims.iter().enumerate() {
            let value = &regions[k]["value"];
            let units = |b: usize| text[..b].encode_utf16().count();
            assert_eq!(value["start"], units(c.span.start));
            assert_eq!(value["end"], units(c.span.end));
            assert_eq!(value["text"], c.span.text(text));
        }
        // 𝄞 is two UTF-16 units, “ is one.
        assert_eq!(regions[0]["value"]["start"], 3);
        assert_eq!(regions[0]["value"]["end"], 11);
    }

    #[test]
    fn tasks_show_they_are_claimkits_in_their_first_bytes() {
        // However long the first article, the model version comes before its text.
        let doc = Document::from_body(
            "d",
            &"Prices rose 5% in 北京, officials said. ".repeat(5_000),
        );
        let analysis = claimkit_core::Analysis::default();
        let all = tasks(&[(doc, analysis)], "claimkit 0.1.0");
        assert!(claimkit_core::read::is_tasks(&all.as_bytes()[..200]));
        assert!(!claimkit_core::read::is_tasks(
            tasks(&[], "claimkit 0.1.0").as_bytes()
        ));
    }
}
