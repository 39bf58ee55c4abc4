//! claimkit turns news articles into benchmark datasets of checkable claims.
//!
//! This package wires the library crates into one pipeline
//! (`Document -> Analysis -> tables`) and holds the `claimkit` command line:
//!
//! * [`claimkit_core`]: types, article readers, text normalisation;
//! * [`claimkit_segment`]: sentences;
//! * [`claimkit_measure`]: quantities and times;
//! * [`claimkit_source`]: attributions;
//! * [`claimkit_claims`]: claim units, standalone text, check-worthiness;
//! * [`claimkit_dedup`]: near-duplicate clusters of claims across documents;
//! * [`claimkit_export`]: CSV, Parquet, manifest and data card.
//!
//! ```
//! use claimkit::{analyze, Document};
//! let doc = Document::from_body("d", "U.S. officials said Russia conducted between 12 and 20 strikes Tuesday.");
//! let analysis = analyze(&doc);
//! assert_eq!(analysis.sentences.len(), 1);
//! assert_eq!(analysis.claims.len(), 1);
//! ```

/// `eprintln!` that never panics: when stderr is closed (`claimkit build … 2>&1 | cat`
/// and the reader gone), the line is lost, not the run nor its exit status.
#[macro_export]
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

pub mod build;
pub mod clusters;
pub mod drive;
pub mod interrupt;
pub mod sentence_stream;
pub mod split;

pub use claimkit_core::{Analysis, Document};

/// How far to run the pipeline (the inspection commands stop early).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Sentences only.
    Sentences,
    /// Sentences and quantities.
    Quantities,
    /// Sentences and times.
    Times,
    /// Sentences and attributions.
    Attributions,
    /// Everything, claims included.
    Claims,
}

/// Run every stage of the pipeline on one document.
pub fn analyze(doc: &Document) -> Analysis {
    analyze_for(doc, Stage::Claims)
}

/// Run the pipeline on one document up to `stage`; later facets stay empty.
pub fn analyze_for(doc: &Document, stage: Stage) -> Analysis {
    let text = doc.text.as_str();
    let sentences = claimkit_segment::split_sentences(text, &doc.paragraphs);
    let mut analysis = Analysis {
        sentences,
        ..Analysis::default()
    };
    if stage != Stage::Sentences {
        // One token layer for every stage after sentences: the text is tokenised once.
        let toks = claimkit_core::tokens::tokenize(text);
        if matches!(stage, Stage::Quantities | Stage::Claims) {
            analysis.quantities = claimkit_measure::quantities_in(&toks);
        }
        if matches!(stage, Stage::Times | Stage::Claims) {
            analysis.times = claimkit_measure::times_in(&toks, &analysis.sentences, doc.published);
        }
        if matches!(stage, Stage::Attributions | Stage::Claims) {
            analysis.attributions =
                claimkit_source::attributions_in(text, &toks, &analysis.sentences);
        }
    }
    if stage == Stage::Claims {
        let facets = claimkit_claims::Facets {
            attributions: &analysis.attributions,
            quantities: &analysis.quantities,
            times: &analysis.times,
        };
        analysis.claims = claimkit_claims::claims(text, &analysis.sentences, &facets);
    }
    analysis
}
