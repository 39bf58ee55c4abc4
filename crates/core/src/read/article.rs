//! Plain-text articles: a title line, an optional byline and dateline, the
//! hard-wrapped body.
//!
//! Line ends may be `\n`, `\r\n` or a lone `\r`: a file whose every line ends
//! in a lone `\r` (old Mac files) reads exactly like the same file with `\n`;
//! in a file that also has `\n`, a lone `\r` is a line end the writer chose
//! ([`crate::normalize`]). Paragraph and line separators (U+2029, U+2028,
//! vertical tab, form feed) end the title and dateline lines as they end the
//! body's. A dateline
//! whose date does not exist (`Feb. 30, 2015`) is kept as the dateline with
//! a warning that says why `published` is empty; it is never read as body.

use super::{InputErrorKind, Loaded};
use crate::dateline::{looks_like_dateline, parse_dateline, read_dateline};
use crate::normalize::unwrap_paragraphs;
use crate::Document;

/// Parse a plain-text article: title line, optional dateline line, body.
pub fn parse_article(id: &str, source_file: &str, content: &str) -> Result<Loaded, InputErrorKind> {
    let content = content.strip_prefix('\u{feff}').unwrap_or(content);
    if content.trim().is_empty() {
        return Err(InputErrorKind::Empty);
    }
    let lf;
    let content = if content.contains('\r') && !content.contains('\n') {
        lf = content.replace('\r', "\n");
        lf.as_str()
    } else {
        content
    };
    // The title and dateline lines end where the body's lines do (after the lone-`\r`
    // rule above: a line separator stays a line the writer ended on purpose).
    let unified = crate::normalize::unify_separators(content);
    let content = unified.as_deref().unwrap_or(content);
    let mut rest = content;
    let title = next_line(&mut rest).map(|l| l.trim().to_string());
    let mut extra = serde_json::Map::new();
    if let Some((byline, after)) = byline(rest) {
        extra.insert("byline".into(), byline.into());
        rest = after;
    }
    let mut warnings = Vec::new();
    let (dateline, published) = dateline(&mut rest, &mut warnings);
    let (text, paragraphs) = unwrap_paragraphs(rest);
    if text.is_empty() {
        return Err(InputErrorKind::NoBody);
    }
    let document = Document {
        id: id.to_string(),
        title,
        published,
        dateline,
        source_file: source_file.to_string(),
        url: None,
        text,
        paragraphs,
        extra,
    };
    Ok(Loaded {
        line: None,
        document,
        warnings,
    })
}

/// A byline between title and dateline ("By Jane Doe"), and the text after it.
fn byline(rest: &str) -> Option<(&str, &str)> {
    let mut probe = rest;
    let line = next_line(&mut probe)?;
    let mut peek = probe;
    let next = next_line(&mut peek)?;
    (is_byline(line) && parse_dateline(next).is_some()).then(|| (line.trim(), probe))
}

/// The dateline line after the title, if there is one: the line as written
/// and its date, with a warning when no date can be read from it.
fn dateline(rest: &mut &str, warnings: &mut Vec<String>) -> (Option<String>, Option<crate::Date>) {
    let mut after = *rest;
    let Some(line) = next_line(&mut after) else {
        warnings.push("no dateline: published left empty".to_string());
        return (None, None);
    };
    let written = line.trim();
    match read_dateline(line) {
        Some(Ok(date)) => {
            *rest = after;
            (Some(written.to_string()), Some(date))
        }
        Some(Err(bad)) => {
            *rest = after;
            warnings.push(format!(
                "dateline {written:?} is no date ({bad}): published left empty"
            ));
            (Some(written.to_string()), None)
        }
        None if looks_like_dateline(line) => {
            *rest = after;
            warnings.push(format!(
                "unreadable dateline {written:?}: published left empty"
            ));
            (Some(written.to_string()), None)
        }
        None => {
            warnings.push("no dateline: published left empty".to_string());
            (None, None)
        }
    }
}

/// A short "By …" line naming the author(s).
fn is_byline(line: &str) -> bool {
    let line = line.trim();
    line.len() > 3
        && line.as_bytes()[..3].eq_ignore_ascii_case(b"by ")
        && line.split_whitespace().count() <= 10
        && !line.ends_with(['.', '?', '!'])
}

/// The next non-blank line, advancing `rest` past it. Lines end at `\n`,
/// `\r\n` or a lone `\r`.
fn next_line<'a>(rest: &mut &'a str) -> Option<&'a str> {
    loop {
        if rest.is_empty() {
            return None;
        }
        let (line, tail) = match rest.find(['\n', '\r']) {
            Some(i) => {
                let end = if rest[i..].starts_with("\r\n") {
                    i + 2
                } else {
                    i + 1
                };
                (&rest[..i], &rest[end..])
            }
            None => (*rest, ""),
        };
        *rest = tail;
        if !line.trim().is_empty() {
            return Some(line);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byline_before_the_dateline_is_kept_apart() {
        let loaded = parse_article(
            "a",
            "a.txt",
            "Title\nBy Jane Doe\nNov. 17, 2015\n\nRussia struck.\n",
        )
        .unwrap();
        let doc = loaded.document;
        assert_eq!(
            doc.published.map(|d| d.to_string()).as_deref(),
            Some("2015-11-17")
        );
        assert_eq!(doc.extra["byline"], "By Jane Doe");
        assert_eq!(doc.text, "Russia struck.");
        // A body sentence that starts with "By" is no byline.
        let loaded =
            parse_article("b", "b.txt", "Title\nBy noon the strikes had stopped.\n").unwrap();
        assert_eq!(loaded.document.text, "By noon the strikes had stopped.");
    }

    #[test]
    fn second_line_opening_with_two_byte_characters_does_not_panic() {
        // Issue 16: `is_byline` sliced `line[..3]` inside a Cyrillic letter.
        for second in [
            "Привет мир",
            "Γεια σου",
            "مرحبا بالعالم",
            "שלום עולם",
            "😀😀 hi",
            "Бy x",
        ] {
            let article = format!("Заголовок\n{second}\nТекст статьи.\n");
            let loaded = parse_article("ru", "ru.txt", &article).unwrap();
            assert!(loaded.document.text.contains("Текст статьи."), "{second}");
        }
    }

    #[test]
    fn title_without_body_is_an_error() {
        let err = parse_article("a", "a.txt", "Just a title\n\nNov. 17, 2015\n").unwrap_err();
        assert!(matches!(err, InputErrorKind::NoBody));
    }

    #[test]
    fn unreadable_dateline_warns_and_keeps_raw_line() {
        let loaded =
            parse_article("a", "a.txt", "Title\nUpdated sometime ET\nBody text.\n").unwrap();
        assert_eq!(loaded.document.published, None);
        assert_eq!(
            loaded.document.dateline.as_deref(),
            Some("Updated sometime ET")
        );
        assert_eq!(loaded.document.text, "Body text.");
        assert_eq!(loaded.warnings.len(), 1);
    }

    #[test]
    fn dateline_of_a_day_that_does_not_exist_says_so() {
        let loaded = parse_article("a", "a.txt", "Title\nFeb. 30, 2015\n\nBody text.\n").unwrap();
        assert_eq!(loaded.document.published, None);
        assert_eq!(loaded.document.dateline.as_deref(), Some("Feb. 30, 2015"));
        assert_eq!(loaded.document.text, "Body text.");
        assert_eq!(
            loaded.warnings,
            ["dateline \"Feb. 30, 2015\" is no date (2015-02 has no day 30): published left empty"]
        );
        let loaded = parse_article("b", "b.txt", "Title\n31/02/2015\n\nBody text.\n").unwrap();
        assert_eq!(loaded.document.published, None);
        assert!(loaded.warnings[0].contains("2015-02 has no day 31"));
    }

    /// Found by hostile review: the title and dateline were read up to `\n` or `\r`
    /// only, so an article whose lines end in a paragraph or line separator (U+2029,
    /// U+2028, vertical tab, form feed) was one title line and was refused
    /// as "title but no body", while the body reads them as line ends.
    #[test]
    fn separator_line_ends_read_like_lf() {
        let lf = parse_article("a", "a.txt", "Title\nNov. 17, 2015\n\nRussia struck.\n").unwrap();
        for sep in ["\u{2029}", "\u{2028}", "\u{b}", "\u{c}"] {
            let text = format!("Title{sep}Nov. 17, 2015{sep}{sep}Russia struck.{sep}");
            let loaded =
                parse_article("a", "a.txt", &text).unwrap_or_else(|e| panic!("{sep:?}: {e}"));
            assert_eq!(loaded.document, lf.document, "{sep:?}");
        }
    }

    #[test]
    fn cr_only_line_ends_read_like_lf() {
        let cr = parse_article(
            "a",
            "a.txt",
            "Title\rNov. 17, 2015\r\rRussia struck.\rIt was cold.\r",
        )
        .unwrap();
        let lf = parse_article(
            "a",
            "a.txt",
            "Title\nNov. 17, 2015\n\nRussia struck.\nIt was cold.\n",
        )
        .unwrap();
        assert_eq!(cr.document, lf.document);
        let wrapped = |end: &str| {
            let text = format!("Title{end}{end}U.S. officials said Russia conducted{end}between 12 and 20 strikes.{end}");
            parse_article("a", "a.txt", &text).unwrap().document.text
        };
        assert_eq!(wrapped("\r"), wrapped("\n"));
    }
}
