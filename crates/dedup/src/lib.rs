//! Near-duplicate clusters of claims across documents: wire copies, updates
//! and syndicated versions of one story say the same thing in several
//! articles, and a benchmark split must keep them together.
//!
//! [`clusters`] works in four steps, every one linear or bounded per claim:
//!
//! 1. **Shingles** ([`shingles`]): each claim's word 3-shingles, hashed.
//!    A claim of fewer than [`SETTINGS`]`.min_words` words ("Nine mths",
//!    "Reuter", "Terms were not disclosed.") says too little to be the same
//!    claim as another and stays a singleton.
//! 2. **MinHash + LSH** ([`minhash`]): one signature per distinct shingle
//!    set (identical claims are hashed once), cut into bands, of which only
//!    the bands' keys are kept (a quarter of the signature); sets sharing
//!    a band are candidates, confirmed by their exact Jaccard similarity
//!    (≥ `threshold`). Each set is compared with at most `bucket_roots`
//!    clusters per band, so a band shared by thousands of formulaic claims
//!    costs thousands of comparisons, not millions.
//! 3. **Boilerplate** : a text that recurs in more than `max_documents`
//!    documents is a formula of the wire ("The selling concession is …"), not
//!    one story told again; it stays out of every cluster.
//! 4. **Same story**: a near-identical text in two documents is the same
//!    claim only when the documents tell the same story. They were
//!    published at most `max_days` apart (when both dates are known), and
//!    their titles are alike (Jaccard of their word pairs ≥
//!    `title_similarity`) or, for a claim of at least `long_words` words,
//!    they share at least `min_support` near-duplicate texts. Two earnings
//!    reports of different companies that both read "Shr 30 cts vs 17 cts",
//!    or two weekly columns that open with the same sentence, stay apart.
//!
//! ```
//! use claimkit_dedup::{clusters, Claim, Story};
//! let text = "The central bank raised its benchmark rate by a quarter point to 5.25 pct";
//! let claims = [
//!     Claim { text, document: 0 },
//!     Claim { text: "Prices rose.", document: 0 },
//!     Claim { text, document: 1 },
//! ];
//! let stories = [
//!     Story { title: Some("BUNDESBANK RAISES DISCOUNT RATE"), published: Some(10) },
//!     Story { title: Some("BUNDESBANK RAISES DISCOUNT RATE - UPDATE"), published: Some(11) },
//! ];
//! assert_eq!(clusters(&claims, &stories), vec![0, 1, 0]);
//! ```
#![deny(missing_docs)]

pub mod minhash;
pub mod shingles;
mod unionfind;

use minhash::{band_keys, BANDS};
pub use shingles::words;
use shingles::{title_similarity, Shingles};
use std::collections::HashMap;
use unionfind::UnionFind;

/// The settings of the clustering, as documented in the data card.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Settings {
    /// Least Jaccard similarity of two claims' word 3-shingle sets.
    pub threshold: f64,
    /// Claims with fewer words never join a cluster.
    pub min_words: usize,
    /// A text found in more documents than this is boilerplate.
    pub max_documents: usize,
    /// Least Jaccard similarity of the word pairs of two documents' titles.
    pub title_similarity: f64,
    /// Claims at least this long may instead rest on shared texts.
    pub long_words: usize,
    /// Near-duplicate texts two documents must share to be one story
    /// without alike titles.
    pub min_support: usize,
    /// Most days between the publication dates of two copies of a story.
    pub max_days: i64,
    /// Clusters a set is compared with per LSH band.
    pub bucket_roots: usize,
}

/// The settings claimkit uses.
pub const SETTINGS: Settings = Settings {
    threshold: 0.8,
    min_words: 6,
    max_documents: 50,
    title_similarity: 0.5,
    long_words: 10,
    min_support: 3,
    max_days: 2,
    bucket_roots: 4,
};

/// What the clustering knows of a document.
#[derive(Clone, Copy, Debug, Default)]
pub struct Story<'a> {
    /// Its title.
    pub title: Option<&'a str>,
    /// Its publication date, as days since any fixed day.
    pub published: Option<i64>,
}

/// One claim: its text and the index of its document.
#[derive(Clone, Copy, Debug)]
pub struct Claim<'a> {
    /// The claim text.
    pub text: &'a str,
    /// Index of its document in `stories`.
    pub document: usize,
}

/// For each claim, the index of the first claim of its cluster (itself for
/// a singleton). `stories[d]` describes document `d`.
pub fn clusters(claims: &[Claim<'_>], stories: &[Story<'_>]) -> Vec<usize> {
    clusters_with(claims, stories, &SETTINGS)
}

/// [`clusters`] with other settings.
pub fn clusters_with(
    claims: &[Claim<'_>],
    stories: &[Story<'_>],
    settings: &Settings,
) -> Vec<usize> {
    let shingles: Vec<Shingles> = claims.iter().map(|c| Shingles::of(c.text)).collect();
    let (distinct, members) = distinct_sets(&shingles, settings);
    let texts = text_clusters(&shingles, &distinct, settings);
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for (k, &root) in texts.iter().enumerate() {
        groups.entry(root).or_default().extend(&members[k]);
    }
    let mut groups: Vec<Vec<usize>> = groups.into_values().collect();
    groups.sort_unstable();
    let story = |d: usize| stories.get(d).copied().unwrap_or_default();
    let docs_of = |group: &[usize]| {
        let mut docs: Vec<usize> = group.iter().map(|&i| claims[i].document).collect();
        docs.sort_unstable();
        docs.dedup();
        docs
    };
    // How many near-duplicate texts each pair of documents shares.
    let mut support: HashMap<(usize, usize), usize> = HashMap::new();
    let shared: Vec<(Vec<usize>, Vec<usize>)> = groups
        .into_iter()
        .map(|g| (docs_of(&g), g))
        .filter(|(docs, _)| docs.len() >= 2 && docs.len() <= settings.max_documents)
        .collect();
    for (docs, _) in &shared {
        for (i, &a) in docs.iter().enumerate() {
            for &b in &docs[i + 1..] {
                *support.entry((a, b)).or_default() += 1;
            }
        }
    }
    let mut uf = UnionFind::new(claims.len());
    for (docs, group) in &shared {
        let first_in = |d: usize| group.iter().copied().find(|&i| claims[i].document == d);
        let long = group
            .iter()
            .all(|&i| shingles[i].words >= settings.long_words);
        let mut linked = vec![false; docs.len()];
        for (i, &a) in docs.iter().enumerate() {
            for (j, &b) in docs.iter().enumerate().skip(i + 1) {
                let shared_texts = support.get(&(a, b)).copied().unwrap_or(0);
                let (x, y) = (story(a), story(b));
                let near_in_time = match (x.published, y.published) {
                    (Some(p), Some(q)) => (p - q).abs() <= settings.max_days,
                    _ => true,
                };
                let same_story = near_in_time
                    && (title_similarity(x.title, y.title) >= settings.title_similarity
                        || (long && shared_texts >= settings.min_support));
                if let (true, Some(x), Some(y)) = (same_story, first_in(a), first_in(b)) {
                    uf.union(x, y);
                    (linked[i], linked[j]) = (true, true);
                }
            }
        }
        // Repeats inside a document follow its first copy once that is linked.
        for &i in group {
            let d = claims[i].document;
            let linked_doc = docs.binary_search(&d).is_ok_and(|k| linked[k]);
            if let (true, Some(first)) = (linked_doc, first_in(d)) {
                uf.union(first, i);
            }
        }
    }
    (0..claims.len()).map(|i| uf.find(i)).collect()
}

/// The distinct shingle sets of the claims long enough to cluster (index of
/// their first claim) and, for each, the claims that have it.
fn distinct_sets(shingles: &[Shingles], settings: &Settings) -> (Vec<usize>, Vec<Vec<usize>>) {
    let mut index: HashMap<&[u64], usize> = HashMap::new();
    let (mut distinct, mut members): (Vec<usize>, Vec<Vec<usize>>) = (Vec::new(), Vec::new());
    for (i, s) in shingles.iter().enumerate() {
        if s.words < settings.min_words {
            continue;
        }
        let k = *index.entry(&s.hashes).or_insert_with(|| {
            distinct.push(i);
            members.push(Vec::new());
            distinct.len() - 1
        });
        members[k].push(i);
    }
    (distinct, members)
}

/// For each distinct set, the first distinct set of its cluster of
/// near-identical texts (MinHash + LSH, confirmed by exact Jaccard).
fn text_clusters(shingles: &[Shingles], distinct: &[usize], settings: &Settings) -> Vec<usize> {
    // Only the band keys are kept: 128 bytes a set instead of a 512-byte signature.
    let keys: Vec<[u64; BANDS]> = distinct
        .iter()
        .map(|&i| band_keys(&shingles[i].hashes))
        .collect();
    let mut uf = UnionFind::new(distinct.len());
    let mut keyed: Vec<(u64, usize)> = Vec::with_capacity(distinct.len());
    for band in 0..BANDS {
        keyed.clear();
        keyed.extend(keys.iter().enumerate().map(|(k, keys)| (keys[band], k)));
        keyed.sort_unstable();
        for bucket in keyed.chunk_by(|x, y| x.0 == y.0) {
            if bucket.len() < 2 {
                continue;
            }
            let mut roots: Vec<usize> = Vec::with_capacity(settings.bucket_roots);
            for &(_, k) in bucket {
                let set = &shingles[distinct[k]];
                let matched = roots.iter().copied().find(|&r| {
                    uf.find(r) == uf.find(k)
                        || set.jaccard(&shingles[distinct[r]]) >= settings.threshold
                });
                match matched {
                    Some(r) => uf.union(r, k),
                    None if roots.len() < settings.bucket_roots => roots.push(k),
                    None => {}
                }
            }
        }
    }
    (0..distinct.len()).map(|k| uf.find(k)).collect()
}
