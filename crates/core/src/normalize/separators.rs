//! Line and paragraph separators other than `\n` and `\r`, written as the normaliser reads
//! line ends: Unicode's PARAGRAPH SEPARATOR (U+2029) as a blank line, and its LINE
//! SEPARATOR (U+2028), the vertical tab and the form feed as a lone `\r`, a line the
//! writer ended on purpose, and NEXT LINE (U+0085, the line end of text converted from
//! EBCDIC) as `\n`. Word processors and JavaScript write them (a manual line break is `\v`
//! in Word's text, U+2028 in some web exports); read as spaces, they joined paragraphs and
//! sentences into one, and NEXT LINE stayed inside sentences as an invisible character
//! between two words.
//!
//! A body that ends its lines with `\r` alone (two or more) and holds no `\n` (but at its
//! very end, where `echo >>` or an editor puts one) is a file of the classic Mac OS (or a
//! copy through one): there every `\r` is an ordinary line end, read as `\n`, so that its
//! hard-wrapped prose is unwrapped like any other. A lone `\r` in a body that also has
//! `\n`, or the only one in a body, stays a line the writer ended on purpose.

/// Read as a line the writer ended (a lone `\r`).
const LINE_SEPARATORS: &[char] = &['\u{b}', '\u{c}', '\u{2028}'];

/// Read as a blank line between paragraphs.
const PARAGRAPH_SEPARATOR: char = '\u{2029}';

/// Read as a line end (`\n`).
const NEXT_LINE: char = '\u{85}';

/// `body` with its separators written as `\r` and `"\n\n"`, or `None` when it has none
/// (the usual case, found in one vectorised scan for the vertical tab, the form feed and
/// the first byte of U+2028 and U+2029, which curly quotes and dashes share).
pub(crate) fn unify(body: &str) -> Option<String> {
    let b = body.as_bytes();
    let is_separator = |k: usize| match b[k] {
        0xe2 => b.get(k + 1) == Some(&0x80) && matches!(b.get(k + 2), Some(0xa8 | 0xa9)),
        _ => true,
    };
    let next_line = || memchr::memmem::find(b, NEXT_LINE.encode_utf8(&mut [0; 2]).as_bytes());
    let classic_mac = is_classic_mac(b);
    if !classic_mac
        && !memchr::memchr3_iter(0x0b, 0x0c, 0xe2, b).any(is_separator)
        && next_line().is_none()
    {
        return None;
    }
    let mut out = String::with_capacity(body.len() + 16);
    for c in body.chars() {
        match c {
            '\r' if classic_mac => out.push('\n'),
            PARAGRAPH_SEPARATOR => out.push_str("\n\n"),
            NEXT_LINE => out.push('\n'),
            c if LINE_SEPARATORS.contains(&c) => out.push('\r'),
            c => out.push(c),
        }
    }
    Some(out)
}

/// True for a body whose lines end with `\r` alone: two `\r` or more and no `\n` but
/// final ones (the `\n` of most bodies is found within their first line, so the search
/// for `\r` seldom runs). One `\r` alone in a body is read as a break a writer made by hand, as in a body
/// that has `\n`.
pub(crate) fn is_classic_mac(b: &[u8]) -> bool {
    // a final line feed or two (`echo >>`, an editor) leave it one
    let body = &b[..b.len() - b.iter().rev().take_while(|&&c| c == b'\n').count()];
    memchr::memchr(b'\n', body).is_none() && memchr::memchr_iter(b'\r', body).nth(1).is_some()
}

#[cfg(test)]
mod tests {
    use crate::normalize::unwrap_paragraphs;

    #[test]
    fn a_paragraph_separator_starts_a_paragraph() {
        let (text, paragraphs) = unwrap_paragraphs("Prices rose.\u{2029}Wages fell.");
        assert_eq!(text, "Prices rose.\n\nWages fell.");
        assert_eq!(paragraphs.len(), 2);
    }

    #[test]
    fn line_separators_end_a_line_on_purpose() {
        for sep in ["\u{2028}", "\u{b}", "\u{c}"] {
            let body = format!("Agenda for Monday{sep}Talks in Vienna at noon");
            let (text, _) = unwrap_paragraphs(&body);
            assert_eq!(
                text, "Agenda for Monday\nTalks in Vienna at noon",
                "{sep:?}"
            );
        }
    }

    #[test]
    fn next_line_ends_a_line_as_a_line_feed_does() {
        let wrapped = "The minister said the budget deficit\u{85}had narrowed to 2 per cent.";
        assert_eq!(
            unwrap_paragraphs(wrapped),
            unwrap_paragraphs(&wrapped.replace('\u{85}', "\n"))
        );
        let (text, _) = unwrap_paragraphs(wrapped);
        assert_eq!(
            text,
            "The minister said the budget deficit had narrowed to 2 per cent."
        );
    }

    #[test]
    fn a_classic_mac_body_is_unwrapped_as_a_unix_one() {
        let unix = "The minister said the budget deficit\nhad narrowed to 2 per cent.\n\n\
                    Prices rose.\nWages fell.";
        let mac = unix.replace('\n', "\r");
        assert_eq!(unwrap_paragraphs(&mac), unwrap_paragraphs(unix));
        let (text, paragraphs) = unwrap_paragraphs(&mac);
        assert_eq!(
            text,
            "The minister said the budget deficit had narrowed to 2 per cent.\n\n\
             Prices rose. Wages fell."
        );
        assert_eq!(paragraphs.len(), 2);
        // with a `\n` elsewhere, a lone `\r` is still a line ended on purpose
        let (text, _) = unwrap_paragraphs("Agenda for\rMonday talks\nin Vienna");
        assert!(text.starts_with("Agenda for\nMonday"), "{text:?}");
    }

    #[test]
    fn text_without_separators_is_not_copied() {
        assert!(super::unify("Plain text, “quoted”, Å, é, ° and … as usual.\n").is_none());
    }
}
