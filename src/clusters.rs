//! Near-duplicate clusters across the documents of a build: the `cluster_id`
//! of `claims` and `checkable_claims`, filled in once every claim is known
//! ([`claimkit_dedup`] decides the clusters).

use claimkit_core::{Date, Document};
use claimkit_dedup::{Claim, Story};
use claimkit_export::{Table, TableBuilder, HELD};
use std::collections::HashMap;

/// What the clustering needs of each document, in build order.
#[derive(Default)]
pub struct Stories {
    index: HashMap<String, usize>,
    stories: Vec<(Option<String>, Option<i64>)>,
}

impl Stories {
    /// Remember a document's id, title and publication date.
    pub fn push(&mut self, doc: &Document) {
        let epoch = Date::constant(1970, 1, 1);
        let days = doc
            .published
            .and_then(|d| epoch.until(d).ok())
            .map(|span| i64::from(span.get_days()));
        self.index.insert(doc.id.clone(), self.stories.len());
        self.stories.push((doc.title.clone(), days));
    }
}

/// What the clustering needs of each claim, in build order: its id, its
/// document and its text (not the rest of its row, which a build writes to
/// disk batch by batch).
#[derive(Default)]
pub struct ClaimTexts {
    ids: Vec<String>,
    documents: Vec<usize>,
    /// Every claim's text, one after the other; `ends[i]` closes claim `i`.
    texts: String,
    ends: Vec<usize>,
}

impl ClaimTexts {
    /// Remember the claims of `batch` (nothing unless it is a `claims`
    /// batch); their documents must be in `stories` already.
    pub fn push(&mut self, batch: &TableBuilder, stories: &Stories) {
        if batch.table() != Table::Claims {
            return;
        }
        let (Some(claim), Some(doc), Some(text)) = (
            batch.texts("claim_id"),
            batch.texts("doc_id"),
            batch.texts("text"),
        ) else {
            return;
        };
        for ((claim, doc), text) in claim.into_iter().zip(doc).zip(text) {
            let document = doc
                .and_then(|d| stories.index.get(d))
                .copied()
                .unwrap_or(usize::MAX);
            self.ids.push(claim.unwrap_or_default().to_string());
            self.documents.push(document);
            self.texts.push_str(text.unwrap_or_default());
            self.ends.push(self.texts.len());
        }
    }

    /// For each claim in a cluster of two or more, the id of the first
    /// claim of its cluster.
    pub fn cluster_ids(&self, stories: &Stories) -> HashMap<String, String> {
        let claims: Vec<Claim<'_>> = (0..self.ids.len())
            .map(|i| Claim {
                text: &self.texts[i.checked_sub(1).map_or(0, |p| self.ends[p])..self.ends[i]],
                document: self.documents[i],
            })
            .collect();
        let view: Vec<Story<'_>> = stories
            .stories
            .iter()
            .map(|(title, published)| Story {
                title: title.as_deref(),
                published: *published,
            })
            .collect();
        let reps = claimkit_dedup::clusters(&claims, &view);
        let ids = &self.ids;
        reps.iter()
            .enumerate()
            .filter(|&(i, &r)| r != i)
            .flat_map(|(i, &r)| {
                [
                    (ids[i].clone(), ids[r].clone()),
                    (ids[r].clone(), ids[r].clone()),
                ]
            })
            .collect()
    }
}

/// The clustering's settings, as the manifest records them.
pub fn settings() -> serde_json::Value {
    let s = claimkit_dedup::SETTINGS;
    serde_json::json!({
        "method": "MinHash + LSH over word 3-shingles",
        "permutations": claimkit_dedup::minhash::PERMUTATIONS,
        "bands": claimkit_dedup::minhash::BANDS,
        "threshold": s.threshold,
        "min_words": s.min_words,
        "max_documents": s.max_documents,
        "max_days": s.max_days,
        "title_similarity": s.title_similarity,
        "long_words": s.long_words,
        "min_support": s.min_support,
    })
}

/// Fill `cluster_id` in a batch of a table in [`HELD`] (other tables are
/// left alone) from [`ClaimTexts::cluster_ids`]: the claim's own id for a
/// claim in no cluster.
pub fn fill(batch: &mut TableBuilder, cluster_of: &HashMap<String, String>) {
    if !HELD.contains(&batch.table()) {
        return;
    }
    let Some(own) = batch.texts("claim_id") else {
        return;
    };
    let own: Vec<Option<String>> = own.into_iter().map(|c| c.map(str::to_string)).collect();
    let cells: Vec<Option<&str>> = own
        .iter()
        .map(|c| {
            c.as_deref()
                .map(|c| cluster_of.get(c).map_or(c, String::as_str))
        })
        .collect();
    batch.set_texts("cluster_id", &cells);
}

/// Fill `cluster_id` in the `claims` and `checkable_claims` batches among
/// `batches` (other tables are left alone), clustering all their claims
/// together. The Python package calls this on each batch it analyses.
pub fn assign_batches(held: &mut [TableBuilder], stories: &Stories) {
    let mut claims = ClaimTexts::default();
    for batch in held.iter() {
        claims.push(batch, stories);
    }
    let cluster_of = claims.cluster_ids(stories);
    for batch in held.iter_mut() {
        fill(batch, &cluster_of);
    }
}
