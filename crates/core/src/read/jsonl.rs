//! JSON Lines corpora: one article object per line, parsed one line at a time.
//!
//! Fields: `id` (a string, or a number kept exactly as written: `007`, `1.10`
//! and ids above 2^53 stay as they are), `text`, and optional `title`,
//! `published` (`date` is read as an alias), `dateline` and `url`; the names
//! news-please, trafilatura and newspaper4k write are read too, and a
//! [`FieldMap`] names any other schema's fields (see [`super::fields`]).
//! Other fields are kept in [`Document::extra`]. A record without an id is
//! named after its file's path and line (`2015/news-3`). NUL is refused in
//! every field.

use super::fields::{is_web_address, FieldMap, Role, ADDRESS_ONLY};
use super::{check_text, InputError, InputErrorKind, Loaded, StemCheck, MAX_DOCUMENT_BYTES};
use crate::dateline::read_published;
use crate::normalize::unwrap_paragraphs;
use crate::Document;
use serde_json::Value;
use std::io::{BufRead, Read};
use std::path::Path;

/// The records of a JSON Lines corpus, parsed one line at a time from a
/// [`BufRead`]: one result per non-blank line, and an [`InputErrorKind::Empty`]
/// error for a file without any. A line longer than [`MAX_DOCUMENT_BYTES`] is
/// refused after reading that much of it; the rest of it is skipped (not kept)
/// only if the next record is asked for.
pub struct JsonlRecords<R> {
    reader: R,
    source_file: String,
    /// What ids of records without one start with (`news` → `news-3`).
    id_stem: String,
    /// What the rule of ids made of the file name `id_stem` comes from.
    stem_check: StemCheck,
    /// Lines read so far.
    line: usize,
    /// The current line (reused between records).
    buf: Vec<u8>,
    /// Results given so far.
    given: usize,
    /// The previous line was cut at the limit: skip to its end first.
    in_long_line: bool,
    done: bool,
    /// Which fields hold what.
    fields: FieldMap,
}

impl<R: BufRead> JsonlRecords<R> {
    /// Records of `reader`; `source_file` names the file in errors and
    /// documents, and its file stem names records without an id.
    pub fn new(source_file: &str, reader: R) -> JsonlRecords<R> {
        let (stem, check) = StemCheck::of(file_stem(source_file));
        JsonlRecords::with_id_stem(source_file, &stem, reader).with_stem_check(check)
    }

    /// Records of `reader` whose missing ids are `{id_stem}-{line}`.
    pub fn with_id_stem(source_file: &str, id_stem: &str, reader: R) -> JsonlRecords<R> {
        JsonlRecords {
            reader,
            source_file: source_file.to_string(),
            id_stem: id_stem.to_string(),
            stem_check: StemCheck::Clean,
            line: 0,
            buf: Vec::new(),
            given: 0,
            in_long_line: false,
            done: false,
            fields: FieldMap::default(),
        }
    }

    /// The same records, with what the rule of ids made of the file name their missing ids
    /// come from ([`crate::read::ArticleFile::check`]): a record without an id is refused
    /// when the name shows nothing, and warned of when it was trimmed.
    pub fn with_stem_check(mut self, check: StemCheck) -> JsonlRecords<R> {
        self.stem_check = check;
        self
    }

    /// The same records, their fields named by `fields` (`--text-field` …).
    pub fn with_fields(mut self, fields: FieldMap) -> JsonlRecords<R> {
        self.fields = fields;
        self
    }

    /// The reader, positioned after what was read so far.
    pub fn into_inner(self) -> R {
        self.reader
    }

    fn error(&self, line: Option<usize>, kind: InputErrorKind) -> InputError {
        InputError::new(self.source_file.clone(), line, kind)
    }

    /// Skip the rest of an over-long line without keeping it.
    fn skip_line(&mut self) -> std::io::Result<()> {
        loop {
            let chunk = self.reader.fill_buf()?;
            if chunk.is_empty() {
                return Ok(());
            }
            match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => {
                    self.reader.consume(i + 1);
                    return Ok(());
                }
                None => {
                    let n = chunk.len();
                    self.reader.consume(n);
                }
            }
        }
    }

    /// Read the next line into `buf`; `false` at the end of the input.
    fn read_line(&mut self) -> Result<bool, InputErrorKind> {
        self.buf.clear();
        let limit = MAX_DOCUMENT_BYTES as u64 + 1;
        let n = (&mut self.reader)
            .take(limit)
            .read_until(b'\n', &mut self.buf)?;
        if n == 0 {
            return Ok(false);
        }
        self.line += 1;
        if self.buf.last() == Some(&b'\n') {
            self.buf.pop();
        }
        if self.buf.len() > MAX_DOCUMENT_BYTES {
            self.in_long_line = true;
            self.buf = Vec::new();
            return Err(InputErrorKind::TooLarge);
        }
        if self.line == 1 && self.buf.starts_with(b"\xEF\xBB\xBF") {
            self.buf.drain(..3);
        }
        if self.buf.last() == Some(&b'\r') {
            self.buf.pop();
        }
        Ok(true)
    }
}

impl<R: BufRead> Iterator for JsonlRecords<R> {
    type Item = Result<Loaded, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        if self.in_long_line {
            self.in_long_line = false;
            if let Err(e) = self.skip_line() {
                self.done = true;
                return Some(Err(self.error(Some(self.line), e.into())));
            }
        }
        loop {
            match self.read_line() {
                Ok(true) => {}
                Ok(false) => {
                    self.done = true;
                    if self.given == 0 {
                        self.given += 1;
                        return Some(Err(self.error(None, InputErrorKind::Empty)));
                    }
                    return None;
                }
                Err(kind) if self.in_long_line => {
                    self.given += 1;
                    return Some(Err(self.error(Some(self.line), kind)));
                }
                Err(kind) => {
                    // An I/O error: nothing more can be read. It struck the line after
                    // the last one read, or the file itself when no line was read.
                    self.done = true;
                    self.given += 1;
                    let line = (self.line > 0).then_some(self.line + 1);
                    return Some(Err(self.error(line, kind)));
                }
            }
            if self.buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let n = self.line;
            let result = check_text(&self.buf)
                .and_then(|text| {
                    let stem = (self.id_stem.as_str(), &self.stem_check);
                    parse_record(&self.source_file, stem, n, text, &self.fields)
                })
                .map_err(|kind| self.error(Some(n), kind));
            self.given += 1;
            return Some(result);
        }
    }
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// An optional string field: absent and null are `None`, anything but a string is an error.
fn opt_string(
    obj: &mut serde_json::Map<String, Value>,
    field: &str,
) -> Result<Option<String>, InputErrorKind> {
    match obj.remove(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => no_nul(field, s).map(Some),
        Some(other) => Err(InputErrorKind::WrongType {
            field: field.to_string(),
            expected: "a string",
            found: json_type(&other),
        }),
    }
}

/// The first of `role`'s field names present and not null, as a string.
fn role_string(
    obj: &mut serde_json::Map<String, Value>,
    fields: &FieldMap,
    role: Role,
) -> Result<Option<String>, InputErrorKind> {
    for name in fields.names(role) {
        if let Some(value) = opt_string(obj, name)? {
            return Ok(Some(value));
        }
    }
    Ok(None)
}

/// The article's address: the first URL field present. A field of
/// [`ADDRESS_ONLY`] that holds no web address (`"source": "Reuters"`) is
/// skipped and stays in `extra`.
fn url_field(
    obj: &mut serde_json::Map<String, Value>,
    fields: &FieldMap,
) -> Result<Option<String>, InputErrorKind> {
    for name in fields.names(Role::Url) {
        let skip = match obj.get(name) {
            Some(Value::String(s)) => ADDRESS_ONLY.contains(&name) && !is_web_address(s),
            _ => false,
        };
        if !skip {
            if let Some(url) = opt_string(obj, name)? {
                return Ok(Some(url));
            }
        }
    }
    Ok(None)
}

fn parse_record(
    source_file: &str,
    (id_stem, stem_check): (&str, &StemCheck),
    line: usize,
    text: &str,
    fields: &FieldMap,
) -> Result<Loaded, InputErrorKind> {
    let mut warnings = Vec::new();
    let (mut obj, text) = match parse_object(text) {
        Ok(obj) => (obj, std::borrow::Cow::Borrowed(text)),
        Err(InputErrorKind::Json(error)) => {
            let (fixed, lone) = super::surrogates::replace_lone_surrogates(text);
            if lone == 0 {
                return Err(InputErrorKind::Json(error));
            }
            warnings.push(super::surrogates::warning(lone));
            (parse_object(&fixed)?, fixed)
        }
        Err(other) => return Err(other),
    };
    let body = body_field(&mut obj, fields)?;
    let id = match id_field(&mut obj, &text, fields, &mut warnings)? {
        Some(id) => id,
        None => {
            let id = format!("{id_stem}-{line}");
            warnings.extend(stem_check.warning(&id)?);
            id
        }
    };
    // A title is one line, as a .txt article's is: white space around it dropped and
    // line breaks inside it read as spaces; nothing left, no title.
    let title = role_string(&mut obj, fields, Role::Title)?
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| !t.is_empty());
    let published_raw = role_string(&mut obj, fields, Role::Published)?;
    let dateline_field = opt_string(&mut obj, "dateline")?;
    let url = url_field(&mut obj, fields)?;
    let published = published_raw
        .as_deref()
        .and_then(|raw| published(raw, &mut warnings));
    let (text, paragraphs) = unwrap_paragraphs(&body);
    if text.is_empty() {
        return Err(InputErrorKind::EmptyText);
    }
    let document = Document {
        id,
        title,
        published,
        dateline: dateline_field.or(published_raw),
        source_file: source_file.to_string(),
        url,
        text,
        paragraphs,
        extra: obj,
    };
    Ok(Loaded {
        line: Some(line),
        document,
        warnings,
    })
}

/// The line as a JSON object.
fn parse_object(text: &str) -> Result<serde_json::Map<String, Value>, InputErrorKind> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        // serde_json stops at its recursion limit with a terse message; say what it means.
        if e.to_string().starts_with("recursion limit exceeded") {
            InputErrorKind::TooDeep { column: e.column() }
        } else if e.is_eof() && text.trim_start().starts_with('[') {
            InputErrorKind::JsonList
        } else {
            InputErrorKind::Json(e.to_string())
        }
    })?;
    match value {
        Value::Object(obj) => Ok(obj),
        other => Err(InputErrorKind::NotObject {
            found: json_type(&other),
        }),
    }
}

/// The body: the first text field present (`text`, `maintext`, or the
/// one `--text-field` names), a string without NUL. A record without one
/// is refused with the fields it does have, so the user can name the right one.
fn body_field(
    obj: &mut serde_json::Map<String, Value>,
    fields: &FieldMap,
) -> Result<String, InputErrorKind> {
    let names = fields.names(Role::Text);
    let missing = |obj: &serde_json::Map<String, Value>| {
        // Sorted: the map keeps the record's order only in some builds.
        let mut found: Vec<String> = obj.keys().cloned().collect();
        found.sort();
        InputErrorKind::MissingText {
            tried: names.iter().map(|n| n.to_string()).collect(),
            found,
        }
    };
    let Some(name) = names.iter().find(|n| obj.contains_key(**n)) else {
        return Err(missing(obj));
    };
    match obj.remove(*name) {
        // A NUL written as the escape \u0000 is as binary as a raw one.
        Some(Value::String(s)) => match s.find('\0') {
            Some(offset) => Err(InputErrorKind::NulByte { offset }),
            None => Ok(s),
        },
        Some(other) => Err(InputErrorKind::WrongType {
            field: name.to_string(),
            expected: "a string",
            found: json_type(&other),
        }),
        None => Err(missing(obj)),
    }
}

/// The `id` field: a string with a visible character, or a number kept as
/// written in `record`; `None` when absent or null. White space and invisible
/// characters around a string id are dropped, with a warning: an id is read
/// by people, and `" x "` beside `"x"` would be two documents that look one.
fn id_field(
    obj: &mut serde_json::Map<String, Value>,
    record: &str,
    fields: &FieldMap,
    warnings: &mut Vec<String>,
) -> Result<Option<String>, InputErrorKind> {
    let names = fields.names(Role::Id);
    let Some(name) = names.iter().find(|n| obj.contains_key(**n)) else {
        return Ok(None);
    };
    match obj.remove(*name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => {
            let Some(visible) = crate::invisible::visible_id(&s) else {
                return Err(InputErrorKind::BlankId {
                    field: name.to_string(),
                });
            };
            if visible.len() < s.len() {
                warnings.push(format!(
                    "id {s:?} has white space or invisible characters around it: read as {visible:?}"
                ));
            }
            no_nul(name, visible.to_string()).map(Some)
        }
        Some(Value::Number(n)) => Ok(Some(
            number_as_written(record, name).unwrap_or_else(|| n.to_string()),
        )),
        Some(other) => Err(InputErrorKind::WrongType {
            field: name.to_string(),
            expected: "a string or a number",
            found: json_type(&other),
        }),
    }
}

/// The publication date of a `published` value, or a warning that says why
/// there is none.
fn published(raw: &str, warnings: &mut Vec<String>) -> Option<crate::Date> {
    match read_published(raw) {
        Some(Ok(date)) => Some(date),
        Some(Err(bad)) => {
            warnings.push(format!(
                "published date {raw:?} is no date ({bad}): published left empty"
            ));
            None
        }
        None => {
            warnings.push(format!(
                "unreadable published date {raw:?}: published left empty"
            ));
            None
        }
    }
}

/// The id field `name` of a record exactly as written, for numeric ids:
/// serde_json would read `1.10` as 1.1 and ids above 2^53 as rounded floats.
fn number_as_written(record: &str, name: &str) -> Option<String> {
    let fields: std::collections::HashMap<&str, &serde_json::value::RawValue> =
        serde_json::from_str(record).ok()?;
    Some(fields.get(name)?.get().to_string())
}

/// `value`, unless it holds a NUL character.
fn no_nul(field: &str, value: String) -> Result<String, InputErrorKind> {
    if value.contains('\0') {
        return Err(InputErrorKind::NulInField {
            field: field.to_string(),
        });
    }
    Ok(value)
}

fn file_stem(path: &str) -> &str {
    Path::new(path)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("doc")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(input: &str) -> Vec<String> {
        JsonlRecords::with_id_stem("x.jsonl", "2015/news", input.as_bytes())
            .map(|r| r.map(|l| l.document.id).unwrap_or_else(|e| e.to_string()))
            .collect()
    }

    #[test]
    fn numeric_ids_are_kept_as_written() {
        let input = r#"{"id": 9007199254740993, "text": "A."}
{"id":9007199254740992,"text":"B."}
{"id": 1.10, "text": "C."}
{"id": 1e3, "text": "D."}
{"id": 123456789012345678901234567890, "text": "E."}
{"text": "F.", "id": 7}
"#;
        assert_eq!(
            ids(input),
            [
                "9007199254740993",
                "9007199254740992",
                "1.10",
                "1e3",
                "123456789012345678901234567890",
                "7"
            ]
        );
    }

    #[test]
    fn records_without_ids_are_named_after_the_relative_path() {
        assert_eq!(
            ids("{\"text\":\"A.\"}\n\n{\"text\":\"B.\"}\n"),
            ["2015/news-1", "2015/news-3"]
        );
    }

    #[test]
    fn nul_in_title_and_id_is_refused() {
        let got = ids(concat!(
            r#"{"id":"a\u0000b","text":"A."}"#,
            "\n",
            r#"{"id":"c","title":"T\u0000","text":"B."}"#,
            "\n"
        ));
        assert_eq!(
            got,
            [
                "x.jsonl:1: NUL character in field \"id\": not a text value",
                "x.jsonl:2: NUL character in field \"title\": not a text value"
            ]
        );
    }

    #[test]
    fn a_json_list_over_several_lines_is_called_one() {
        // Label Studio tasks or an export saved under a `.jsonl` name: the first line
        // opens a list, and "EOF while parsing a list" said nothing of what to do.
        let got = ids("[\n  {\n    \"data\": {\"text\": \"A.\"}\n  }\n]\n");
        assert!(
            got[0].starts_with("x.jsonl:1: a JSON list over several lines, not JSON Lines"),
            "{got:?}"
        );
        // A broken object stays invalid JSON.
        assert!(ids("{\"text\": \n")[0].contains("invalid JSON"));
    }

    #[test]
    fn published_year_zero_is_refused_with_a_reason() {
        let loaded = parse_jsonl(
            "p.jsonl",
            br#"{"id":"a","published":"0000-01-01","text":"A."}"#,
        )
        .remove(0)
        .unwrap();
        assert_eq!(loaded.document.published, None);
        assert_eq!(
            loaded.warnings,
            ["published date \"0000-01-01\" is no date (year 0 is outside 1000..=2999): published left empty"]
        );
    }

    fn one(line: &str) -> Result<Loaded, String> {
        JsonlRecords::new("s.jsonl", line.as_bytes())
            .next()
            .unwrap()
            .map_err(|e| e.to_string())
    }

    #[test]
    fn news_please_records_are_read_as_they_are() {
        // As news-please writes an article (fields trimmed to the usual ones).
        let line = r#"{"authors": ["Paul Takahashi"], "date_download": "2019-11-20 11:02:13", "date_modify": null, "date_publish": "2019-11-20 04:00:00", "description": "Sales fell.", "filename": "https%3A%2F%2Fwww.chron.com%2Fa.json", "image_url": "https://s.hdnux.com/photo.jpg", "language": "en", "localpath": null, "maintext": "New-car sales plunged 10 percent in Houston.\n\nDealers blamed the oil slump.", "source_domain": "www.chron.com", "title": "New car sales plunge 10 percent", "title_page": null, "title_rss": null, "url": "https://www.chron.com/business/article/a.php"}"#;
        let doc = one(line).unwrap().document;
        assert_eq!(
            doc.title.as_deref(),
            Some("New car sales plunge 10 percent")
        );
        assert_eq!(doc.published.unwrap().to_string(), "2019-11-20");
        assert_eq!(doc.dateline.as_deref(), Some("2019-11-20 04:00:00"));
        assert_eq!(
            doc.url.as_deref(),
            Some("https://www.chron.com/business/article/a.php")
        );
        assert_eq!(doc.paragraphs.len(), 2);
        assert_eq!(doc.id, "s-1");
        assert_eq!(doc.extra["source_domain"], "www.chron.com");
    }

    #[test]
    fn trafilatura_json_is_read_as_it_is() {
        let line = r#"{"title": "Ученые нашли воду на Европе", "author": "Мария Иванова", "hostname": "example.ru", "date": "2019-11-18", "fingerprint": "a1b2", "id": null, "license": null, "comments": "", "raw_text": "x", "text": "По данным NASA, выбросы достигают 2360 кг в секунду.", "language": "ru", "image": null, "pagetype": "article", "source": "https://example.ru/news/europa", "source-hostname": "example.ru", "excerpt": null, "categories": "", "tags": ""}"#;
        let doc = one(line).unwrap().document;
        assert_eq!(doc.title.as_deref(), Some("Ученые нашли воду на Европе"));
        assert_eq!(doc.published.unwrap().to_string(), "2019-11-18");
        assert_eq!(doc.url.as_deref(), Some("https://example.ru/news/europa"));
        assert_eq!(
            doc.text,
            "По данным NASA, выбросы достигают 2360 кг в секунду."
        );
    }

    #[test]
    fn newspaper4k_json_is_read_as_it_is() {
        let line = r#"{"url": "https://www.bbc.com/news/world-europe-50473792", "read_more_link": "", "language": "en", "title": "Ukraine: Zelensky hopes for deal", "top_image": "", "meta_img": "", "images": [], "movies": [], "keywords": [], "meta_keywords": [""], "tags": [], "authors": [], "publish_date": "2019-11-19T10:12:31+00:00", "summary": "", "meta_description": "", "meta_lang": "en", "meta_favicon": "", "meta_site_name": "BBC News", "canonical_link": "https://www.bbc.com/news/world-europe-50473792", "text": "President Zelensky said on Tuesday that talks would go ahead."}"#;
        let doc = one(line).unwrap().document;
        assert_eq!(doc.published.unwrap().to_string(), "2019-11-19");
        assert_eq!(
            doc.url.as_deref(),
            Some("https://www.bbc.com/news/world-europe-50473792")
        );
        assert!(doc.extra.contains_key("canonical_link"));
    }

    #[test]
    fn an_outlet_name_in_source_is_no_url() {
        let doc = one(r#"{"text": "A.", "source": "Reuters"}"#)
            .unwrap()
            .document;
        assert_eq!(doc.url, None);
        assert_eq!(doc.extra["source"], "Reuters");
    }

    #[test]
    fn a_bad_scraper_date_warns_and_keeps_the_document() {
        for (date, why) in [
            ("2019-02-30 04:00:00", "no date"),
            ("vor 3 Stunden", "unreadable"),
        ] {
            let line = format!(
                r#"{{"maintext": "Die Zinsen stiegen um 0,25 Prozentpunkte.", "date_publish": "{date}"}}"#
            );
            let loaded = one(&line).unwrap();
            assert_eq!(loaded.document.published, None, "{date}");
            assert!(loaded.warnings[0].contains(why), "{:?}", loaded.warnings);
            assert_eq!(loaded.document.dateline.as_deref(), Some(date));
        }
        // news-please writes null when it found no date.
        let loaded = one(r#"{"maintext": "A.", "date_publish": null}"#).unwrap();
        assert_eq!(
            (loaded.document.published, loaded.warnings.len()),
            (None, 0)
        );
    }

    /// A crawl written by JavaScript cut a string inside an emoji: the record was refused
    /// as "unexpected end of hex escape". Now it is read, the half character as U+FFFD,
    /// with a warning, and the code point offsets after it are Python's.
    #[test]
    fn a_lone_surrogate_is_read_as_a_replacement_character_with_a_warning() {
        let loaded = one(r#"{"id": "x", "text": "Launch \ud83d delayed. It cost $5 million."}"#)
            .expect("read");
        assert_eq!(
            loaded.document.text,
            "Launch \u{fffd} delayed. It cost $5 million."
        );
        assert!(
            loaded.warnings[0].contains("1 lone UTF-16 surrogate escape "),
            "{:?}",
            loaded.warnings
        );
        // Anything else wrong with the line is still said as it was.
        let broken = one(r#"{"id": "x", "text": "\ud83d", }"#).unwrap_err();
        assert!(broken.contains("invalid JSON"), "{broken}");
    }

    /// Found by hostile review: a JSONL title kept the line breaks and spaces around it
    /// ("\n😀 Launch"), which a .txt article's title never has.
    #[test]
    fn a_title_is_one_line_without_white_space_around_it() {
        let title = |t: &str| {
            let line = serde_json::json!({"id": "x", "title": t, "text": "A."}).to_string();
            one(&line).expect("read").document.title
        };
        assert_eq!(
            title("\n😀 Launch\r\n delayed  "),
            Some("😀 Launch delayed".into())
        );
        assert_eq!(title(" \n\t "), None);
    }

    #[test]
    fn an_unknown_schema_is_refused_with_the_fields_found() {
        let err =
            one(r#"{"headline": "H", "content": "Body.", "link": "https://x.org/a"}"#).unwrap_err();
        assert_eq!(
            err,
            "s.jsonl:1: no article text: no field \"text\" or \"maintext\" (fields found: \"content\", \"headline\", \"link\"); name the body's field with --text-field"
        );
        let many: Vec<String> = (0..20).map(|i| format!(r#""f{i:02}": 1"#)).collect();
        let err = one(&format!("{{{}}}", many.join(","))).unwrap_err();
        assert!(err.contains("\"f11\", and 8 more)"), "{err}");
    }

    #[test]
    fn fields_named_by_the_user_replace_the_known_ones() {
        let fields = FieldMap {
            text: Some("content".into()),
            title: Some("headline".into()),
            date: Some("pubDate".into()),
            id: Some("guid".into()),
        };
        let line = r#"{"guid": 42, "headline": "Zürich: Preise +1,2 %", "pubDate": "Wed, 20 Nov 2019 04:00:00 GMT", "content": "Die Preise stiegen um 1,2 Prozent.", "text": "not this"}"#;
        let loaded = JsonlRecords::new("x.jsonl", line.as_bytes())
            .with_fields(fields.clone())
            .next()
            .unwrap()
            .unwrap();
        let doc = loaded.document;
        assert_eq!(doc.id, "42");
        assert_eq!(doc.title.as_deref(), Some("Zürich: Preise +1,2 %"));
        assert_eq!(doc.text, "Die Preise stiegen um 1,2 Prozent.");
        assert_eq!(doc.published.unwrap().to_string(), "2019-11-20");
        assert_eq!(doc.extra["text"], "not this");
        let err = JsonlRecords::new("x.jsonl", &br#"{"text": "A."}"#[..])
            .with_fields(fields)
            .next()
            .unwrap()
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with(
                "x.jsonl:1: no article text: no field \"content\" (fields found: \"text\")"
            ),
            "{err}"
        );
    }

    #[test]
    fn a_text_field_of_the_wrong_type_is_named() {
        let err = one(r#"{"maintext": ["a", "b"]}"#).unwrap_err();
        assert_eq!(
            err,
            "s.jsonl:1: field \"maintext\" must be a string, found an array"
        );
    }

    #[test]
    fn an_id_of_combining_marks_alone_is_blank() {
        // Found by hostile review: "\u{301}" alone was accepted as an id.
        let blank = "x.jsonl:1: field \"id\" is blank (nothing visible in it): give the record an id, or leave the field out (or null) to number it";
        for id in [
            "\u{301}",
            "\u{301}\u{308}",
            " \u{20DD} ",
            "\u{200B}\u{301}",
            "\u{93E}",
            "\u{301}\u{FE0F}",
        ] {
            let record = serde_json::json!({ "id": id, "text": "A." }).to_string();
            assert_eq!(ids(&record), [blank], "{id:?}");
        }
        // A base character carries its marks: precomposed, decomposed, or in Devanagari.
        for id in ["\u{E9}", "e\u{301}", "\u{915}\u{94D}", "\u{301}e"] {
            let record = serde_json::json!({ "id": id, "text": "A." }).to_string();
            assert_eq!(ids(&record), [id], "{id:?}");
        }
    }

    #[test]
    fn records_without_ids_are_numbered_only_after_a_visible_file_name() {
        let read = |name: &str| -> Vec<String> {
            let input = "{\"text\": \"A.\"}\n{\"id\": \"b\", \"text\": \"B.\"}\n";
            JsonlRecords::new(name, input.as_bytes())
                .map(|r| match r {
                    Ok(l) => format!("{} {:?}", l.document.id, l.warnings),
                    Err(e) => e.to_string(),
                })
                .collect()
        };
        // A file name that shows nothing numbers nothing; a record with its id is kept.
        let got = read("\u{301}.jsonl");
        assert!(
            got[0].starts_with("\u{301}.jsonl:1: the file name gives a blank document id"),
            "{got:?}"
        );
        assert_eq!(got[1], "b []");
        // White space around the name is dropped, with a warning, as around an id.
        let got = read("\u{200B}news.jsonl");
        assert!(
            got[0].starts_with("news-1 [") && got[0].contains("around it: id read as"),
            "{got:?}"
        );
    }

    /// A reader that gives `0`'s bytes, then fails as reading a directory does.
    struct FailsAfter(&'static [u8]);

    impl std::io::Read for FailsAfter {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            if self.0.is_empty() {
                return Err(std::io::Error::from_raw_os_error(21)); // EISDIR
            }
            let n = buf.len().min(self.0.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    #[test]
    fn a_read_error_names_the_line_being_read_or_none() {
        // Found by hostile review: a directory named x.jsonl gave "x.jsonl:0: cannot read".
        let errors = |bytes| {
            JsonlRecords::new("x.jsonl", std::io::BufReader::new(FailsAfter(bytes)))
                .map(|r| r.map(|l| l.document.id).unwrap_or_else(|e| e.to_string()))
                .collect::<Vec<_>>()
        };
        let first = errors(b"");
        assert_eq!(first.len(), 1);
        assert!(first[0].starts_with("x.jsonl: cannot read: "), "{first:?}");
        let second = errors(b"{\"id\":\"a\",\"text\":\"A.\"}\n");
        assert_eq!(second.len(), 2);
        assert_eq!(second[0], "a");
        assert!(
            second[1].starts_with("x.jsonl:2: cannot read: "),
            "{second:?}"
        );
    }

    fn parse_jsonl(name: &str, bytes: &[u8]) -> Vec<Result<Loaded, InputError>> {
        JsonlRecords::new(name, bytes).collect()
    }
}
