//! Web pages: the article body of a saved page (`*.html`, `*.htm`, gzipped
//! `*.html.gz`), its title, date and address from the page's metadata.
//!
//! The body is found by [`dom_smoothie`] (a port of Mozilla's Readability,
//! chosen by measurement: see `bench/peers.md`) after the elements in
//! [`BOILERPLATE`] are taken out; paragraphs stay paragraphs. The title,
//! publication date and canonical address come from the metadata tables
//! below, tried in order ([`TITLE_SOURCES`], [`DATE_SOURCES`]); when no
//! metadata carries a date, the dateline rules read the page's date and
//! byline lines ([`DATELINE_PLACES`]). The charset is the page's own (a
//! byte-order mark, `<meta charset>` or the `http-equiv` tag, else UTF-8 when
//! the bytes are UTF-8, else windows-1252 as browsers do).
//!
//! ```
//! use claimkit_core::read::parse_page;
//! let page = br#"<html><head><title>Site | Rates held</title>
//! <meta property="og:title" content="Rates held">
//! <meta property="article:published_time" content="2019-11-20T04:00:00Z">
//! <link rel="canonical" href="https://example.com/rates"></head>
//! <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article>
//! <p>The central bank kept its main rate at 4 per cent on Wednesday, the third
//! meeting in a row without a change, and said inflation was slowing.</p>
//! <figure><img src="a.jpg"><figcaption>The bank's headquarters. Photo: AP</figcaption></figure>
//! <p>Analysts had expected the decision. Most of the 40 economists polled by the
//! agency said they saw the first cut coming in March at the earliest.</p>
//! </article></body></html>"#;
//! let doc = parse_page("rates", "rates.html", page, None).unwrap().document;
//! assert_eq!(doc.title.as_deref(), Some("Rates held"));
//! assert_eq!(doc.published.unwrap().to_string(), "2019-11-20");
//! assert_eq!(doc.url.as_deref(), Some("https://example.com/rates"));
//! assert_eq!(doc.paragraphs.len(), 2);
//! assert!(!doc.text.contains("Photo: AP"));
//! ```

use super::{InputErrorKind, Loaded};
use crate::dateline::{read_dateline, read_published};
use crate::normalize::unwrap_paragraphs;
use crate::Document;
use dom_query::Document as Dom;
use serde_json::Value;

/// Elements that are never the article's text: captions and credits of
/// pictures, bylines and time stamps. Taken out before the body is looked
/// for. (`[class~=x]`: a class that is exactly `x`; `[class*=x]`: any class
/// name containing `x`.)
pub const BOILERPLATE: &[&str] = &[
    // pictures with their captions and credits
    "figure",
    "[class~=caption]",
    // "By Jane Doe", "Updated 4:00 am CST"
    "[class*=byline]",
    "[class*=timestamp]",
];

/// A body of fewer words is no article (a home page's link list, an index,
/// a cookie wall); the shortest news brief measured had 18.
pub const MIN_ARTICLE_WORDS: usize = 15;

/// Where the headline is read, in order: the first one present wins.
pub const TITLE_SOURCES: &[Meta] = &[
    Meta::JsonLd("headline"),
    Meta::Property("og:title"),
    Meta::Name("twitter:title"),
    Meta::Name("title"),
    Meta::Name("dc.title"),
    Meta::Element("title"),
];

/// Where the publication date is read, in order: the first one that holds
/// a readable date wins.
pub const DATE_SOURCES: &[Meta] = &[
    Meta::JsonLd("datePublished"),
    Meta::Property("article:published_time"),
    Meta::Property("article:published"),
    Meta::Property("og:published_time"),
    Meta::Name("article:published_time"),
    Meta::Name("pubdate"),
    Meta::Name("publishdate"),
    Meta::Name("publish-date"),
    Meta::Name("date"),
    Meta::Name("dc.date"),
    Meta::Name("dc.date.issued"),
    Meta::Name("dcterms.created"),
    Meta::Name("dcterms.date"),
    Meta::Name("sailthru.date"),
    Meta::Name("parsely-pub-date"),
    Meta::Itemprop("datePublished"),
    Meta::TimeDatetime,
];

/// Where the dateline rules look when the metadata has no date: elements
/// whose class names a date or byline ("Published 4:00 am CST, Wednesday,
/// November 20, 2019").
pub const DATELINE_PLACES: &str = "[class*=date], [class*=time], [class*=byline], time";

/// One place in a page's metadata.
#[derive(Clone, Copy, Debug)]
pub enum Meta {
    /// A field of the page's JSON-LD article object (`"headline"`).
    JsonLd(&'static str),
    /// `<meta property="…" content="…">` (Open Graph).
    Property(&'static str),
    /// `<meta name="…" content="…">`, the name in any case.
    Name(&'static str),
    /// `<meta itemprop="…" content="…">` or the `datetime` of an element with it.
    Itemprop(&'static str),
    /// The text of the first such element (`<title>`).
    Element(&'static str),
    /// The `datetime` of the first `<time>` in the article, else in the page.
    TimeDatetime,
}

/// The JSON-LD `@type`s that describe an article.
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
    "WebPage",
];

/// How many bytes the charset declaration is looked for in (the HTML
/// standard's prescan reads 1024; pages with long heads put it later).
const CHARSET_PRESCAN: usize = 4096;

/// Parse a saved web page: `bytes` as stored (gzip is undone), decoded by
/// `charset` when the caller knows it (an HTTP header), else by the page's own.
pub fn parse_page(
    id: &str,
    source_file: &str,
    bytes: &[u8],
    charset: Option<&str>,
) -> Result<Loaded, InputErrorKind> {
    let unzipped;
    let bytes = if bytes.starts_with(&[0x1f, 0x8b]) {
        unzipped = gunzip(bytes)?;
        &unzipped[..]
    } else {
        bytes
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(InputErrorKind::Empty);
    }
    if let Some(offset) = memchr::memchr(0, bytes) {
        return Err(InputErrorKind::NotHtml { offset });
    }
    let depth = super::nesting::estimate(bytes);
    if depth > super::nesting::MAX_NESTING {
        return Err(InputErrorKind::TooDeepPage { depth });
    }
    let mut warnings = Vec::new();
    let html = decode(bytes, charset, &mut warnings);
    let dom = Dom::from(html.as_ref());
    let url = canonical(&dom);
    let title = TITLE_SOURCES
        .iter()
        .find_map(|m| meta(&dom, *m))
        .map(|t| collapse(&t));
    let (dateline, published) = date(&dom, &mut warnings);
    for sel in BOILERPLATE {
        dom.select(sel).remove();
    }
    let config = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    let article = dom_smoothie::Readability::with_document(dom, None, Some(config))
        .and_then(|mut r| r.parse())
        .map_err(|_| InputErrorKind::NoArticle)?;
    let (text, paragraphs) = unwrap_paragraphs(&article.text_content);
    if article_words(&text) < MIN_ARTICLE_WORDS {
        return Err(InputErrorKind::NoArticle);
    }
    let title = title.or_else(|| Some(collapse(&article.title)).filter(|t| !t.is_empty()));
    let document = Document {
        id: id.to_string(),
        title,
        published,
        dateline,
        source_file: source_file.to_string(),
        url,
        text,
        paragraphs,
        extra: serde_json::Map::new(),
    };
    Ok(Loaded {
        line: None,
        document,
        warnings,
    })
}

/// Words in `text` for [`MIN_ARTICLE_WORDS`]: runs between spaces, with each Chinese,
/// Japanese or Korean character counted as a word of its own (those scripts write no
/// spaces, so a whole Japanese article would otherwise be a few "words").
fn article_words(text: &str) -> usize {
    let cjk = |c: char| {
        matches!(c as u32,
            0x3040..=0x30FF      // hiragana, katakana
            | 0x3400..=0x4DBF    // CJK extension A
            | 0x4E00..=0x9FFF    // CJK unified ideographs
            | 0xAC00..=0xD7AF    // Hangul syllables
            | 0xF900..=0xFAFF) // CJK compatibility ideographs
    };
    text.split_whitespace().count() + text.chars().filter(|&c| cjk(c)).count()
}

/// The page in gzip, undone, refused past [`super::MAX_DOCUMENT_BYTES`].
fn gunzip(bytes: &[u8]) -> Result<Vec<u8>, InputErrorKind> {
    super::warc::undo(flate2::read::MultiGzDecoder::new(bytes))
}

/// The page's text in its charset.
fn decode<'a>(
    bytes: &'a [u8],
    charset: Option<&str>,
    warnings: &mut Vec<String>,
) -> std::borrow::Cow<'a, str> {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return encoding.decode_without_bom_handling(&bytes[bom..]).0;
    }
    let declared = charset
        .map(str::to_string)
        .or_else(|| declared_charset(&bytes[..bytes.len().min(CHARSET_PRESCAN)]))
        .and_then(|label| encoding_rs::Encoding::for_label(label.trim().as_bytes()));
    let utf8 = || std::str::from_utf8(bytes).is_ok();
    let encoding = match declared {
        // A page that says UTF-16 but reached us as ASCII-compatible bytes is not.
        Some(e) if e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE => encoding_rs::UTF_8,
        Some(e) => e,
        None if utf8() => encoding_rs::UTF_8,
        None => encoding_rs::WINDOWS_1252,
    };
    // Bytes beyond ASCII that are valid UTF-8 are UTF-8 whatever the label says (a UTF-8
    // page saved with an iso-2022-jp or windows-1252 label): text in a single-byte or
    // legacy CJK charset is almost never valid UTF-8, and the label would turn it into
    // replacement characters or mojibake.
    if encoding != encoding_rs::UTF_8 && !bytes.is_ascii() && utf8() {
        warnings.push(format!(
            "the page declares charset {} but is UTF-8: read as UTF-8",
            encoding.name()
        ));
        return encoding_rs::UTF_8.decode_without_bom_handling(bytes).0;
    }
    encoding.decode_without_bom_handling(bytes).0
}

/// The charset a page's head declares: `<meta charset="…">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=…">`.
fn declared_charset(head: &[u8]) -> Option<String> {
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(at) = memchr::memmem::find(&lower[from..], b"charset") {
        let mut i = from + at + b"charset".len();
        from = i;
        while lower.get(i).is_some_and(|b| b.is_ascii_whitespace()) {
            i += 1;
        }
        if lower.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while lower
            .get(i)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'"' || *b == b'\'')
        {
            i += 1;
        }
        let end = lower[i..]
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || b"-_:.".contains(b)))
            .map_or(lower.len(), |n| i + n);
        if end > i {
            return Some(String::from_utf8_lossy(&lower[i..end]).into_owned());
        }
    }
    None
}

/// The page's canonical address: `<link rel="canonical">`, else `og:url`.
fn canonical(dom: &Dom) -> Option<String> {
    let link = dom.select("link[rel~=canonical]").first().attr("href");
    link.map(|h| h.to_string())
        .or_else(|| meta(dom, Meta::Property("og:url")))
        .map(|u| u.trim().to_string())
        .filter(|u| !u.is_empty())
}

/// The first value at `place`, trimmed, if not empty.
fn meta(dom: &Dom, place: Meta) -> Option<String> {
    let value = match place {
        Meta::JsonLd(field) => json_ld(dom, field),
        Meta::Property(p) => content(dom, &format!("meta[property=\"{p}\"]")),
        Meta::Name(n) => content(dom, &format!("meta[name=\"{n}\" i]")),
        Meta::Itemprop(p) => {
            // `itemprop` may hold several names: "datePublished dateCreated".
            let sel = dom.select(&format!("[itemprop~=\"{p}\"]")).first();
            sel.attr("content")
                .or_else(|| sel.attr("datetime"))
                .map(|v| v.to_string())
        }
        Meta::Element(e) => Some(dom.select(e).first().text().to_string()),
        Meta::TimeDatetime => {
            let in_article = dom.select("article time[datetime]").first();
            let time = if in_article.exists() {
                in_article
            } else {
                dom.select("time[datetime]").first()
            };
            time.attr("datetime").map(|v| v.to_string())
        }
    };
    value
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// The `content` of the first element `selector` finds.
fn content(dom: &Dom, selector: &str) -> Option<String> {
    dom.select(selector)
        .first()
        .attr("content")
        .map(|v| v.to_string())
}

/// A string field of the page's JSON-LD article object (in a `@graph` or a
/// list too); failing that, of any JSON-LD object that has it (a
/// `MedicalWebPage` with a `datePublished`).
fn json_ld(dom: &Dom, field: &str) -> Option<String> {
    let blocks: Vec<Value> = dom
        .select("script[type=\"application/ld+json\"]")
        .iter()
        .filter_map(|script| serde_json::from_str::<Value>(script.text().trim()).ok())
        .collect();
    [true, false].into_iter().find_map(|article_only| {
        blocks
            .iter()
            .find_map(|value| article_field(value, field, article_only, 0))
    })
}

/// `field` of the first article object (of any object unless
/// `article_only`) in `value`, looking at most a few levels down.
fn article_field(value: &Value, field: &str, article_only: bool, depth: usize) -> Option<String> {
    if depth > 4 {
        return None;
    }
    match value {
        Value::Array(items) => items
            .iter()
            .find_map(|v| article_field(v, field, article_only, depth + 1)),
        Value::Object(obj) => {
            let is_article = match obj.get("@type") {
                Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
                Some(Value::Array(ts)) => ts
                    .iter()
                    .any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
                _ => false,
            };
            if is_article || !article_only {
                if let Some(Value::String(s)) = obj.get(field) {
                    return Some(s.clone());
                }
            }
            obj.get("@graph")
                .and_then(|g| article_field(g, field, article_only, depth + 1))
        }
        _ => None,
    }
}

/// The publication date: the first metadata value that reads as a date,
/// else the first date or byline line the dateline rules read. A value that
/// names a day that does not exist is kept as the dateline with a warning.
fn date(dom: &Dom, warnings: &mut Vec<String>) -> (Option<String>, Option<crate::Date>) {
    let mut bad = None;
    for place in DATE_SOURCES {
        let Some(raw) = meta(dom, *place) else {
            continue;
        };
        match read_published(&raw) {
            Some(Ok(date)) => return (Some(raw), Some(date)),
            Some(Err(why)) => {
                bad.get_or_insert((raw, why.to_string()));
            }
            None => {}
        }
    }
    for el in dom.select(DATELINE_PLACES).iter().take(40) {
        let text = collapse(&el.text());
        if text.is_empty() || text.len() > 200 {
            continue;
        }
        if let Some(Ok(date)) = read_dateline(&text) {
            return (Some(text), Some(date));
        }
    }
    match bad {
        Some((raw, why)) => {
            warnings.push(format!(
                "published date {raw:?} is no date ({why}): published left empty"
            ));
            (Some(raw), None)
        }
        None => {
            warnings.push("no publication date in the page: published left empty".to_string());
            (None, None)
        }
    }
}

/// White space folded to single spaces.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(head: &str, body: &str) -> Vec<u8> {
        format!("<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>").into_bytes()
    }

    const BODY: &str = "<article><p>Officials said on Tuesday that between 12 and 20 strikes \
        had hit the city, the heaviest bombardment in weeks according to residents.</p>\
        <p>The ministry did not comment. A spokesman said a statement would follow later in \
        the day, after a meeting of the security council in the capital.</p></article>";

    #[test]
    fn json_ld_headline_and_date_come_first() {
        let head = r#"<title>Strikes | Site</title><meta property="og:title" content="OG title">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"Site"},
            {"@type":"NewsArticle","headline":"Strikes hit the city","datePublished":"2015-11-17T23:27:00-05:00"}]}</script>"#;
        let doc = parse_page("a", "a.html", &page(head, BODY), None)
            .unwrap()
            .document;
        assert_eq!(doc.title.as_deref(), Some("Strikes hit the city"));
        assert_eq!(doc.published.unwrap().to_string(), "2015-11-17");
        assert_eq!(doc.dateline.as_deref(), Some("2015-11-17T23:27:00-05:00"));
        assert_eq!(doc.paragraphs.len(), 2);
    }

    #[test]
    fn meta_names_and_time_elements_give_the_date() {
        let doc = parse_page(
            "a",
            "a.html",
            &page(r#"<meta name="PubDate" content="2019-11-20">"#, BODY),
            None,
        )
        .unwrap()
        .document;
        assert_eq!(doc.published.unwrap().to_string(), "2019-11-20");
        let body = BODY.replace(
            "<article>",
            r#"<article><time datetime="2019-11-21T10:00:00Z">Thursday</time>"#,
        );
        let doc = parse_page("a", "a.html", &page("", &body), None)
            .unwrap()
            .document;
        assert_eq!(doc.published.unwrap().to_string(), "2019-11-21");
    }

    #[test]
    fn several_itemprop_names_and_other_json_ld_types_give_the_date() {
        let head = r#"<meta property="article:published" itemprop="datePublished dateCreated" content="2019-11-19T11:00:09.000Z">"#;
        let doc = parse_page("a", "a.html", &page(head, BODY), None)
            .unwrap()
            .document;
        assert_eq!(doc.published.unwrap().to_string(), "2019-11-19");
        let head = r#"<meta itemprop="datePublished dateCreated" content="2019-11-18">"#;
        let doc = parse_page("a", "a.html", &page(head, BODY), None)
            .unwrap()
            .document;
        assert_eq!(doc.published.unwrap().to_string(), "2019-11-18");
        let head = r#"<script type="application/ld+json">{"@type":"MedicalWebPage","datePublished":"2019-11-14T08:00:00.000Z"}</script>"#;
        let doc = parse_page("a", "a.html", &page(head, BODY), None)
            .unwrap()
            .document;
        assert_eq!(doc.published.unwrap().to_string(), "2019-11-14");
    }

    #[test]
    fn the_dateline_rules_read_a_visible_date_line() {
        let body = format!(
            r#"<div class="article-date">Published 4:00 am CST, Wednesday, November 20, 2019</div>{BODY}"#
        );
        let loaded = parse_page("a", "a.html", &page("", &body), None).unwrap();
        assert_eq!(loaded.document.published.unwrap().to_string(), "2019-11-20");
    }

    #[test]
    fn a_date_that_does_not_exist_warns() {
        let head = r#"<meta property="article:published_time" content="2019-02-30T04:00:00Z">"#;
        let loaded = parse_page("a", "a.html", &page(head, BODY), None).unwrap();
        assert_eq!(loaded.document.published, None);
        assert!(
            loaded.warnings[0].contains("is no date"),
            "{:?}",
            loaded.warnings
        );
        let loaded = parse_page("a", "a.html", &page("", BODY), None).unwrap();
        assert_eq!(
            loaded.warnings,
            ["no publication date in the page: published left empty"]
        );
    }

    #[test]
    fn the_pages_charset_decodes_it() {
        let mut bytes = page(
            r#"<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">"#,
            &BODY.replace("The ministry", "Le ministère"),
        );
        // "è" in Latin-1
        let at = bytes.windows(2).position(|w| w == "è".as_bytes()).unwrap();
        bytes.splice(at..at + 2, [0xE8]);
        let doc = parse_page("a", "a.html", &bytes, None).unwrap().document;
        assert!(
            doc.text.contains("Le ministère did not comment"),
            "{}",
            doc.text
        );
        let sjis = encoding_rs::SHIFT_JIS.encode("政府は12日、発表した。").0;
        assert_eq!(
            declared_charset(b"<meta charset='Shift_JIS'>"),
            Some("shift_jis".into())
        );
        assert_eq!(
            decode(&sjis, Some("shift_jis"), &mut Vec::new()).as_ref(),
            "政府は12日、発表した。"
        );
    }

    #[test]
    fn a_utf8_page_with_a_wrong_charset_label_is_read_as_utf8_with_a_warning() {
        for label in ["iso-2022-jp", "windows-1252", "shift_jis"] {
            let bytes = page(
                &format!("<meta charset=\"{label}\">"),
                &BODY.replace("The ministry", "Le ministère in São Paulo"),
            );
            let loaded = parse_page("a", "a.html", &bytes, None).unwrap();
            assert!(
                loaded.document.text.contains("Le ministère in São Paulo"),
                "{label}: {}",
                loaded.document.text
            );
            assert!(
                loaded.warnings.iter().any(|w| w.contains("is UTF-8")),
                "{label}: {:?}",
                loaded.warnings
            );
        }
    }

    /// Found by a hostile review: a Japanese article has few spaces and was refused as
    /// "no article text".
    #[test]
    fn an_article_without_spaces_between_words_is_read() {
        let body = "<article><p>政府は12日、来年度の予算案を閣議決定した。総額は過去最大となり、\
            防衛費と社会保障費が大きく増えた。財務省によると、新たな国債の発行額は前年度を下回る。</p></article>";
        let doc = parse_page("ja", "ja.html", &page("<title>予算</title>", body), None)
            .unwrap()
            .document;
        assert!(doc.text.starts_with("政府は12日"), "{}", doc.text);
        // a short navigation line stays too short, in any script
        let nav = parse_page(
            "n",
            "n.html",
            &page("", "<nav>ホーム</nav><p>ニュース</p>"),
            None,
        );
        assert!(nav.is_err());
    }

    #[test]
    fn gzip_is_undone_and_a_broken_one_is_refused() {
        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&page("<title>T</title>", BODY)).unwrap();
        let bytes = gz.finish().unwrap();
        let doc = parse_page("a", "a.html.gz", &bytes, None).unwrap().document;
        assert_eq!(doc.title.as_deref(), Some("T"));
        let err = parse_page("a", "a.html.gz", &bytes[..bytes.len() / 2], None).unwrap_err();
        assert!(matches!(err, InputErrorKind::BadGzip(_)), "{err}");
    }

    #[test]
    fn binary_data_and_pages_without_an_article_are_refused() {
        let err = parse_page("a", "a.html", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", None).unwrap_err();
        assert_eq!(
            err.to_string(),
            "not an HTML page: binary data (NUL byte at offset 8)"
        );
        for body in [
            "",
            r#"<nav><a href="/a">World</a> <a href="/b">Business</a></nav>"#,
        ] {
            let err =
                parse_page("a", "a.html", &page("<title>Home</title>", body), None).unwrap_err();
            assert_eq!(err.to_string(), "no article text found in the page");
        }
        let err = parse_page("a", "a.html", b"  \n", None).unwrap_err();
        assert!(matches!(err, InputErrorKind::Empty));
    }
}
