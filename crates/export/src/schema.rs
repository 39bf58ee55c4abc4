//! The seven output tables: their columns, in order, with type and meaning.
//!
//! This is the one place that fixes the table layout (docs/ARCHITECTURE.md
//! describes the contracts); the data card's column descriptions are
//! generated from it, and every row the exporter fills is checked against it
//! at compile time ([`Table::has_columns`]).

/// The type of a column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnKind {
    /// UTF-8 text (nullable).
    Text,
    /// 64-bit integer (nullable).
    Int,
    /// 64-bit float (nullable).
    Float,
    /// Boolean, never null.
    Bool,
    /// Calendar date (nullable); `YYYY-MM-DD` in CSV.
    Date,
}

impl ColumnKind {
    /// The name of the [`crate::Row`] method that fills a column of this type.
    pub const fn method(self) -> &'static str {
        match self {
            ColumnKind::Text => "text",
            ColumnKind::Int => "int",
            ColumnKind::Float => "float",
            ColumnKind::Bool => "bool",
            ColumnKind::Date => "date",
        }
    }

    /// The type's name in the data card.
    pub fn name(self) -> &'static str {
        match self {
            ColumnKind::Text => "string",
            ColumnKind::Int => "int64",
            ColumnKind::Float => "float64",
            ColumnKind::Bool => "bool",
            ColumnKind::Date => "date",
        }
    }
}

/// One column: name, type and what it means.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    /// Column name as written in CSV headers and Parquet schemas.
    pub name: &'static str,
    /// Column type.
    pub kind: ColumnKind,
    /// One-line meaning, for the data card.
    pub doc: &'static str,
}

/// String equality in a constant.
const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

const fn col(name: &'static str, kind: ColumnKind, doc: &'static str) -> Column {
    Column { name, kind, doc }
}

use ColumnKind::{Bool, Date, Float, Int, Text};

/// The tables, in the order they are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Table {
    /// One row per article.
    Documents,
    /// One row per body sentence.
    Sentences,
    /// One row per quantity mention.
    Quantities,
    /// One row per temporal expression.
    Times,
    /// One row per attribution (source – cue – content).
    Attributions,
    /// One row per claim.
    Claims,
    /// The benchmark view: one row per check-worthy claim.
    CheckableClaims,
    /// Annotators' verdicts, one row per claim per annotator; written by
    /// `claimkit import-labelstudio`, not by a build (so not in [`Table::ALL`]).
    Labels,
}

impl Table {
    /// All tables in writing order.
    pub const ALL: [Table; 7] = [
        Table::Documents,
        Table::Sentences,
        Table::Quantities,
        Table::Times,
        Table::Attributions,
        Table::Claims,
        Table::CheckableClaims,
    ];

    /// File stem and Hugging Face config name.
    pub fn name(self) -> &'static str {
        match self {
            Table::Documents => "documents",
            Table::Sentences => "sentences",
            Table::Quantities => "quantities",
            Table::Times => "times",
            Table::Attributions => "attributions",
            Table::Claims => "claims",
            Table::CheckableClaims => "checkable_claims",
            Table::Labels => "labels",
        }
    }

    /// What a row is, for the data card.
    pub fn doc(self) -> &'static str {
        match self {
            Table::Documents => "one row per article, with its normalised text (all offsets point into it)",
            Table::Sentences => "one row per body sentence",
            Table::Quantities => "one row per quantity mention (counts, ordinals, percents, money, measures)",
            Table::Times => "one row per temporal expression, resolved against the publication date",
            Table::Attributions => "one row per attribution: who said what (source, cue, content)",
            Table::Claims => "one row per claim unit, with its source and check-worthiness",
            Table::CheckableClaims => "the benchmark view: one row per check-worthy claim with its first quantity and first resolved time",
            Table::Labels => "annotators' verdicts from Label Studio: one row per claim per annotator (written by `claimkit import-labelstudio`)",
        }
    }

    /// True when `row` names exactly this table's columns, in order, each
    /// with the [`ColumnKind::method`] of its type. Evaluated at compile time
    /// for every row the exporter writes.
    pub const fn has_columns(self, row: &[(&str, &str)]) -> bool {
        let columns = self.columns();
        if columns.len() != row.len() {
            return false;
        }
        let mut i = 0;
        while i < row.len() {
            if !same(columns[i].name, row[i].0) || !same(columns[i].kind.method(), row[i].1) {
                return false;
            }
            i += 1;
        }
        true
    }

    /// The table's columns, in order.
    pub const fn columns(self) -> &'static [Column] {
        match self {
            Table::Documents => DOCUMENTS,
            Table::Sentences => SENTENCES,
            Table::Quantities => QUANTITIES,
            Table::Times => TIMES,
            Table::Attributions => ATTRIBUTIONS,
            Table::Claims => CLAIMS,
            Table::CheckableClaims => CHECKABLE_CLAIMS,
            Table::Labels => LABELS,
        }
    }
}

const DOC_ID: Column = col(
    "doc_id",
    Text,
    "document id (file name without extension, or the JSONL `id`)",
);
const SENTENCE_ID: Column = col(
    "sentence_id",
    Text,
    "`{doc_id}:s{n}`, n counting sentences from 1",
);
const CLAIM_ID: Column = col(
    "claim_id",
    Text,
    "`{doc_id}:c{n}`; in facet tables the claim that contains the item (empty if none)",
);
const START: Column = col(
    "start",
    Int,
    "code point offset into `documents.text` where the item starts",
);
const END: Column = col(
    "end",
    Int,
    "code point offset where the item ends (exclusive): `text[start:end] == text`",
);

const SOURCE_TEXT: Column = col(
    "source_text",
    Text,
    "source mention as written; empty for the publication",
);
const RESOLVED: Column = col("resolved", Text, "resolved source name");
const SOURCE_TYPE: Column = col(
    "source_type",
    Text,
    "named_person, unnamed_person, organization, media, document, publication",
);
const CLAIM_QUOTE: Column = col("quote", Text, "direct, indirect, mixed, none");
const CLAIM_TEXT: Column = col("text", Text, "the claim as a span of the article");
const CLUSTER_ID: Column = col(
    "cluster_id",
    Text,
    "near-duplicate cluster: the `claim_id` of the cluster's first claim (the claim's own id when no other document repeats it); see \"Near-duplicates\"",
);
const SPLIT: Column = col(
    "split",
    Text,
    "train, validation or test, set by `claimkit split`; empty until then",
);

#[rustfmt::skip]
const DOCUMENTS: &[Column] = &[
    DOC_ID,
    col("title", Text, "headline"),
    col(
        "published",
        Date,
        "publication date read from the dateline or the `published` field"),
    col("dateline", Text, "the dateline or `published` value as written"),
    col("source_file", Text, "input file the article came from"),
    col(
        "url",
        Text,
        "the article's address on the web: the record's `url` (or the scraper's name for it), or the page's canonical link; empty when the input gives none"),
    col("n_sentences", Int, "number of body sentences"),
    col("n_claims", Int, "number of claims"),
    col("text", Text, "normalised body text: hard wraps unwrapped, paragraphs separated by a blank line"),
];

#[rustfmt::skip]
const SENTENCES: &[Column] = &[
    DOC_ID,
    SENTENCE_ID,
    col("paragraph", Int, "0-based paragraph index"),
    START,
    END,
    col("text", Text, "the sentence"),
    col("truncated", Bool, "the paragraph ends here without terminal punctuation (cut-off sentence)"),
];

#[rustfmt::skip]
const QUANTITIES: &[Column] = &[
    col("quantity_id", Text, "`{doc_id}:q{n}`"),
    DOC_ID,
    SENTENCE_ID,
    CLAIM_ID,
    START,
    END,
    col("text", Text, "the whole mention, unit included (\"between 12 and 20 strikes\")"),
    col("low", Float, "lower bound or value; empty when the text gives none"),
    col("high", Float, "upper bound or value; empty for open ranges (\"more than a dozen\")"),
    col("approx", Text, "exact, about, range, more_than, at_least, less_than, at_most"),
    col("unit", Text, "counted thing or measure as written (\"strikes\", \"km\")"),
    col("kind", Text, "count, ordinal, percent, money, measure"),
    col("change", Text, "up or down when the text states a change (\"fell 1.2 per cent\", \"+1.4%\"); empty for a level"),
    col("unit_normalized", Text, "canonical unit where certain: km, kg, percent, an ISO 4217 code (\"RM\" → MYR, \"$\" → USD); else empty"),
];

#[rustfmt::skip]
const TIMES: &[Column] = &[
    col("time_id", Text, "`{doc_id}:t{n}`"),
    DOC_ID,
    SENTENCE_ID,
    CLAIM_ID,
    START,
    END,
    col("text", Text, "the temporal expression as written"),
    col("start_date", Date, "first calendar day it denotes (empty if unresolved)"),
    col("end_date", Date, "last calendar day it denotes (empty if unresolved)"),
    col("granularity", Text, "day, week, month, quarter, year, decade, century, unknown"),
];

#[rustfmt::skip]
const ATTRIBUTIONS: &[Column] = &[
    col("attribution_id", Text, "`{doc_id}:a{n}`"),
    DOC_ID,
    SENTENCE_ID,
    col("source_text", Text, "the source mention as written (\"U.S. officials\", \"he\")"),
    col("source_start", Int, "code point offset of the source mention"),
    col("source_end", Int, "code point offset where the source mention ends"),
    col("resolved", Text, "full name the mention refers to in the article where it is a pronoun, relative pronoun (\"GMAC, which said\"), title, surname, descriptor (\"the striker\"), company or outlet description (\"the paper\", \"the group\") or acronym; empty when the article names no one"),
    SOURCE_TYPE,
    col("role", Text, "role of the source as written (\"former assistant secretary of defense\")"),
    col("affiliation", Text, "affiliation as written (\"Russian\")"),
    col("cue", Text, "the attribution cue (\"said\", \"according to\")"),
    col("quote", Text, "direct, indirect, mixed; none for a credit line (\"Image: NASA\")"),
    col("via", Text, "the outlet or document that relays it (\"Interfax\")"),
    col("content_start", Int, "code point offset of the attributed content"),
    col("content_end", Int, "code point offset where the content ends"),
    col("content", Text, "the attributed content"),
];

#[rustfmt::skip]
const CLAIMS: &[Column] = &[
    col("claim_id", Text, "`{doc_id}:c{n}`"),
    DOC_ID,
    SENTENCE_ID,
    START,
    END,
    CLAIM_TEXT,
    col("standalone", Text, "the claim readable on its own: resolved sources and dates, attribution appended"),
    col("attribution_id", Text, "the attribution the claim comes from; empty when the publication asserts it"),
    SOURCE_TEXT,
    RESOLVED,
    SOURCE_TYPE,
    CLAIM_QUOTE,
    col("checkworthy", Bool, "the check-worthiness score passes the threshold"),
    col("checkworthiness", Float, "score in 0..1 (empty until scored)"),
    col("reasons", Text, "`;`-separated features that counted (quantity;time;attributed …)"),
    col("n_quantities", Int, "quantities inside the claim"),
    col("n_times", Int, "temporal expressions inside the claim"),
    col("truncated", Bool, "the claim lies in a cut-off sentence"),
    CLUSTER_ID,
    SPLIT,
];

#[rustfmt::skip]
const CHECKABLE_CLAIMS: &[Column] = &[
    col("claim_id", Text, "`{doc_id}:c{n}`"),
    DOC_ID,
    col("published", Date, "publication date of the article"),
    CLAIM_TEXT,
    col("standalone", Text, "the claim readable on its own"),
    SOURCE_TEXT,
    RESOLVED,
    SOURCE_TYPE,
    CLAIM_QUOTE,
    col("quantity_text", Text, "first quantity in the claim"),
    col("low", Float, "its lower bound"),
    col("high", Float, "its upper bound"),
    col("approx", Text, "its approximation"),
    col("unit", Text, "its unit"),
    col("time_text", Text, "first resolved time in the claim"),
    col("start_date", Date, "its first day"),
    col("end_date", Date, "its last day"),
    col("checkworthiness", Float, "score in 0..1"),
    CLUSTER_ID,
    SPLIT,
];

#[rustfmt::skip]
const LABELS: &[Column] = &[
    col("claim_id", Text, "the claim the verdict is about; `{doc_id}:x{n}` for a region the annotator drew where claimkit found no claim"),
    DOC_ID,
    col("annotator", Text, "who labelled it: the annotator's e-mail in Label Studio, else `user-{id}`"),
    col("verdict", Text, "true, false, misleading, unverifiable; empty when the annotator gave none"),
    col("evidence", Text, "the evidence the annotator wrote (URL or note)"),
    col("note", Text, "what else the annotator recorded on the claim: a changed label, or the region's label when it is not claimkit's"),
    col("start", Int, "code point offset of the annotated region in `documents.text`"),
    col("end", Int, "code point offset where the region ends"),
    col("text", Text, "the annotated region's text"),
    col("added", Bool, "the annotator drew this region; it matches no claim of claimkit's"),
    col("moved", Bool, "the region matches a claim but not at its exact offsets (the annotator moved an end)"),
    col("task_id", Int, "Label Studio task id"),
    col("annotation_id", Int, "Label Studio annotation id"),
    col("created_at", Text, "when the annotation was created, as Label Studio gives it"),
    col("updated_at", Text, "when the annotation was last changed"),
    col("lead_time", Float, "seconds the annotator spent on the task, as Label Studio measures it"),
];
