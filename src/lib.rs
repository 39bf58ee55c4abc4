//! claimkit turns news articles into benchmark datasets of checkable claims.
//!
//! This package wires the library crates into one pipeline
//! (`Document -> Analysis -> tables`) and holds the `claimkit` command line:
//!
//! * [`claimkit_core`]: types, article readers, text normalisation;
//! * [`claimkit_segment`]: sentences and claim units;
//! * [`claimkit_measure`]: quantities and times;
//! * [`claimkit_source`]: attributions;
//! * [`claimkit_export`]: CSV, Parquet, manifest and data card.
//!
//! ```
//! use claimkit::{analyze, Document};
//! let doc = Document::from_body("d", "U.S. officials said Russia conducted between 12 and 20 strikes Tuesday.");
//! let analysis = analyze(&doc);
//! assert_eq!(analysis.sentences.len(), 1);
//! assert_eq!(analysis.claims.len(), 1);
//! ```

pub mod build;

pub use claimkit_core::{Analysis, Document};

/// Run every stage of the pipeline on one document.
pub fn analyze(doc: &Document) -> Analysis {
    let text = doc.text.as_str();
    let sentences = claimkit_segment::split_sentences(text, &doc.paragraphs);
    let quantities = claimkit_measure::quantities(text, &sentences);
    let times = claimkit_measure::times(text, &sentences, doc.published);
    let attributions = claimkit_source::attributions(text, &sentences);
    let claims = claimkit_segment::claims(text, &sentences);
    Analysis {
        sentences,
        quantities,
        times,
        attributions,
        claims,
    }
}
