//! A news article ready for analysis.

use crate::Span;
use jiff::civil::Date;

/// One article: metadata plus its normalised text and paragraph spans.
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    /// Unique id: the file name without extension, or the JSONL `id`.
    pub id: String,
    /// The headline, where the input has one.
    pub title: Option<String>,
    /// Publication date read from the dateline or the `published` field.
    pub published: Option<Date>,
    /// The dateline or `published` value as written.
    pub dateline: Option<String>,
    /// The file the article came from (as given on the command line or found in a directory).
    pub source_file: String,
    /// The article's address on the web (a record's `url`, a page's canonical
    /// link, a WARC record's target URI), where the input gives one.
    pub url: Option<String>,
    /// Body text: paragraphs unwrapped into single lines, separated by a blank line.
    pub text: String,
    /// Byte spans of the paragraphs in `text`, in order.
    pub paragraphs: Vec<Span>,
    /// Other JSONL fields (`authors`, …) kept as they were.
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl Document {
    /// A document from body text alone (no title, no dateline), as `--raw` reads it.
    ///
    /// ```
    /// let doc = claimkit_core::Document::from_body("raw", "One line\nwrapped.\n\nTwo.");
    /// assert_eq!(doc.text, "One line wrapped.\n\nTwo.");
    /// assert_eq!(doc.paragraphs.len(), 2);
    /// ```
    pub fn from_body(id: &str, body: &str) -> Document {
        let (text, paragraphs) = crate::normalize::unwrap_paragraphs(body);
        Document {
            id: id.to_string(),
            title: None,
            published: None,
            dateline: None,
            source_file: String::new(),
            url: None,
            text,
            paragraphs,
            extra: serde_json::Map::new(),
        }
    }
}
