//! Line and paragraph separators other than `\n` and `\r`, written as the normaliser reads
//! line ends: Unicode's PARAGRAPH SEPARATOR (U+2029) as a blank line, and its LINE
//! SEPARATOR (U+2028), NEXT LINE (U+0085), the vertical tab and the form feed as a lone
//! `\r`, a line the writer ended on purpose. Word processors and JavaScript write them
//! (a manual line break is `\v` in Word's text, U+2028 in some web exports); read as
//! spaces, they joined paragraphs and sentences into one.

/// Read as a line the writer ended (a lone `\r`).
const LINE_SEPARATORS: &[char] = &['\u{b}', '\u{c}', '\u{85}', '\u{2028}'];

/// Read as a blank line between paragraphs.
const PARAGRAPH_SEPARATOR: char = '\u{2029}';

/// `body` with its separators written as `\r` and `"\n\n"`, or `None` when it has none
/// (the usual case, found with vectorised searches).
pub(crate) fn unify(body: &str) -> Option<String> {
    let b = body.as_bytes();
    let found = memchr::memchr2(b'\x0b', b'\x0c', b).is_some()
        || ['\u{85}', '\u{2028}', PARAGRAPH_SEPARATOR]
            .iter()
            .any(|c| memchr::memmem::find(b, c.encode_utf8(&mut [0; 4]).as_bytes()).is_some());
    if !found {
        return None;
    }
    let mut out = String::with_capacity(body.len() + 16);
    for c in body.chars() {
        match c {
            PARAGRAPH_SEPARATOR => out.push_str("\n\n"),
            c if LINE_SEPARATORS.contains(&c) => out.push('\r'),
            c => out.push(c),
        }
    }
    Some(out)
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
        for sep in ["\u{2028}", "\u{b}", "\u{c}", "\u{85}"] {
            let body = format!("Agenda for Monday{sep}Talks in Vienna at noon");
            let (text, _) = unwrap_paragraphs(&body);
            assert_eq!(
                text, "Agenda for Monday\nTalks in Vienna at noon",
                "{sep:?}"
            );
        }
    }

    #[test]
    fn text_without_separators_is_not_copied() {
        assert!(super::unify("Plain text, “quoted”, Å and … as usual.\n").is_none());
    }
}
