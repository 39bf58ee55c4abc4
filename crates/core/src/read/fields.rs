//! Which fields of a JSON record hold the article.
//!
//! Scrapers name the same things differently: news-please writes the body as
//! `maintext` and the date as `date_publish`, newspaper4k writes
//! `publish_date` and `canonical_link`, trafilatura writes `date` and keeps
//! the address in `source`. [`KNOWN_FIELDS`] lists the names claimkit reads
//! as they are, tried in table order (the first one present and not null
//! wins); a [`FieldMap`] replaces them with the user's own names for any
//! other schema (`--text-field body`).
//!
//! To read another scraper's output as it is, add its names to
//! [`KNOWN_FIELDS`] with the tool that writes them.
//!
//! ```
//! use claimkit_core::read::{parse_jsonl, FieldMap};
//! // news-please, as it writes an article
//! let line = concat!(
//!     r#"{"title": "Rates held", "maintext": "The bank kept rates at 4 per cent.", "#,
//!     r#""date_publish": "2019-11-20 04:00:00", "url": "https://example.com/a"}"#,
//! );
//! let doc = parse_jsonl("news.jsonl", line.as_bytes()).remove(0).unwrap().document;
//! assert_eq!(doc.text, "The bank kept rates at 4 per cent.");
//! assert_eq!(doc.published.unwrap().to_string(), "2019-11-20");
//! assert_eq!(doc.url.as_deref(), Some("https://example.com/a"));
//!
//! // any other schema, named on the command line
//! let fields = FieldMap { text: Some("body".into()), ..FieldMap::default() };
//! let line = br#"{"body": "Prices rose 2 per cent."}"#;
//! let doc = claimkit_core::read::JsonlRecords::new("x.jsonl", &line[..])
//!     .with_fields(fields).next().unwrap().unwrap().document;
//! assert_eq!(doc.text, "Prices rose 2 per cent.");
//! ```

/// What a record field holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The document id.
    Id,
    /// The headline.
    Title,
    /// The publication date.
    Published,
    /// The article body.
    Text,
    /// The article's address on the web.
    Url,
}

/// A field name claimkit reads without being told, and who writes it.
#[derive(Clone, Copy, Debug)]
pub struct KnownField {
    /// What the field holds.
    pub role: Role,
    /// The field name.
    pub name: &'static str,
    /// The tools that write it.
    pub written_by: &'static str,
}

const fn known(role: Role, name: &'static str, written_by: &'static str) -> KnownField {
    KnownField {
        role,
        name,
        written_by,
    }
}

/// The field names read as they are, by role, in the order they are tried.
#[rustfmt::skip]
pub const KNOWN_FIELDS: &[KnownField] = &[
    known(Role::Id,        "id",             "claimkit, trafilatura"),
    known(Role::Title,     "title",          "claimkit, news-please, trafilatura, newspaper4k"),
    known(Role::Published, "published",      "claimkit"),
    known(Role::Published, "date",           "claimkit (alias), trafilatura"),
    known(Role::Published, "date_publish",   "news-please"),
    known(Role::Published, "publish_date",   "newspaper4k"),
    known(Role::Text,      "text",           "claimkit, trafilatura, newspaper4k"),
    known(Role::Text,      "maintext",       "news-please"),
    known(Role::Url,       "url",            "claimkit, news-please, trafilatura, newspaper4k"),
    known(Role::Url,       "canonical_link", "newspaper4k"),
    known(Role::Url,       "source",         "trafilatura"),
];

/// URL fields taken only when they hold an `http(s)://` address: other
/// corpora use `source` for the outlet's name ("Reuters").
pub const ADDRESS_ONLY: &[&str] = &["source"];

/// The user's own field names for a schema claimkit does not know
/// (`--text-field`, `--title-field`, `--date-field`, `--id-field`). A name
/// given replaces the known names of its role; `None` keeps them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldMap {
    /// The field that holds the body.
    pub text: Option<String>,
    /// The field that holds the headline.
    pub title: Option<String>,
    /// The field that holds the publication date.
    pub date: Option<String>,
    /// The field that holds the document id.
    pub id: Option<String>,
}

impl FieldMap {
    /// The names tried for `role`, in order.
    pub fn names(&self, role: Role) -> Vec<&str> {
        let given = match role {
            Role::Text => self.text.as_deref(),
            Role::Title => self.title.as_deref(),
            Role::Published => self.date.as_deref(),
            Role::Id => self.id.as_deref(),
            Role::Url => None,
        };
        match given {
            Some(name) => vec![name],
            None => KNOWN_FIELDS
                .iter()
                .filter(|f| f.role == role)
                .map(|f| f.name)
                .collect(),
        }
    }

    /// True when no name is given.
    pub fn is_default(&self) -> bool {
        *self == FieldMap::default()
    }
}

/// True for a value that is a web address (`http://` or `https://`).
pub fn is_web_address(value: &str) -> bool {
    let v = value.trim_start();
    let lower = |n: usize| v.get(..n).map(str::to_ascii_lowercase);
    lower(7).as_deref() == Some("http://") || lower(8).as_deref() == Some("https://")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_given_replaces_the_known_names_of_its_role_only() {
        let map = FieldMap {
            text: Some("body".into()),
            ..FieldMap::default()
        };
        assert_eq!(map.names(Role::Text), ["body"]);
        assert_eq!(
            map.names(Role::Published),
            ["published", "date", "date_publish", "publish_date"]
        );
    }

    #[test]
    fn web_addresses_are_told_from_outlet_names() {
        assert!(is_web_address("https://www.bbc.com/news/x"));
        assert!(is_web_address("HTTP://example.com"));
        assert!(!is_web_address("Reuters"));
        assert!(!is_web_address("ht"));
        assert!(!is_web_address("é"));
    }
}
