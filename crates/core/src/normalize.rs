//! Text normalisation: hard-wrapped lines unwrapped into paragraphs.
//!
//! News files arrive wrapped at a fixed width, with lines broken mid-sentence,
//! indented continuation lines and stray spaces before punctuation. Two paragraph
//! styles are recognised:
//!
//! * **block style**: a blank line separates paragraphs (the plain-text article
//!   format); indentation inside a paragraph means nothing;
//! * **indent style**: no blank lines at all, and an indented line after a line
//!   that ends a sentence starts a new paragraph (newswire such as Reuters); an
//!   indented line after one broken mid-sentence is a continuation.
//!
//! Lines of a paragraph are trimmed and joined with one space, except where the
//! next line starts with closing punctuation (`" ."` → `"."`) or the previous one
//! ends with a dash. Runs of spaces and tabs inside a line fold to one space.
//!
//! A line that starts a list item (`- `, `* `, `+ `, a bullet such as `•`, or an item
//! marker `1.` `1)` `1.)` `(1)` `a.` `a)` `(a)` `ii)` before a space) keeps its line
//! break, so that the sentence segmenter sees the list, when the line before it ends a
//! sentence or a lead-in (`.` `!` `?` `:` `;` or a closing quote), or once an earlier
//! line of the paragraph has opened an item: "three points:\n- airstrikes on Raqqa\n-
//! talks in Vienna". A dash or a
//! number that only wraps onto a new line mid-sentence ("the rebels\n- Turkey, Qatar")
//! is joined as before.
//!
//! Text that is already normalised comes back unchanged.

use crate::Span;

/// Characters that attach to the word before them when a line starts with them.
const ATTACH_TO_PREVIOUS: &[char] = &['.', ',', ';', ':', '!', '?', ')', ']', '”', '’'];

/// Characters that end a sentence at a line end (closing quotes included).
const SENTENCE_END: &[char] = &['.', '!', '?', '"', '”', '’', '\'', ':'];

/// Characters after which a line may be followed by a list item on a line of its own.
const LIST_LEAD_IN: &[char] = &['.', '!', '?', '"', '”', '’', '\'', ':', ';'];

/// Bullet characters that start a list item (the segmenter's list rule knows the same).
const BULLETS: &[char] = &[
    '•', '‣', '⁃', '■', '□', '▪', '▫', '▶', '►', '◆', '◇', '○', '◦', '●', '✓', '✔', '➢',
];

/// Characters after which a wrapped line continues without a space.
const JOIN_WITHOUT_SPACE_AFTER: &[char] = &['—', '–', '/'];

/// Unwrap `body` into paragraphs; returns the text (paragraphs separated by
/// `"\n\n"`) and each paragraph's byte span in it.
pub fn unwrap_paragraphs(body: &str) -> (String, Vec<Span>) {
    let body = body.strip_prefix('\u{feff}').unwrap_or(body);
    let lines: Vec<&str> = body.lines().collect();
    let has_blank_separator = {
        let mut seen_text = false;
        let mut blank_after_text = false;
        let mut found = false;
        for line in &lines {
            if line.trim().is_empty() {
                blank_after_text |= seen_text;
            } else {
                if blank_after_text {
                    found = true;
                    break;
                }
                seen_text = true;
            }
        }
        found
    };

    let mut paragraphs: Vec<Vec<&str>> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in &lines {
        let blank = line.trim().is_empty();
        let indented = line.starts_with([' ', '\t']);
        let after_sentence_end = current
            .last()
            .is_some_and(|prev| prev.trim_end().ends_with(SENTENCE_END));
        if blank || (!has_blank_separator && indented && after_sentence_end) {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
            if blank {
                continue;
            }
        }
        current.push(line);
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }

    let mut text = String::with_capacity(body.len());
    let mut spans = Vec::with_capacity(paragraphs.len());
    for para in paragraphs {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        // Once a line has opened a list item, the paragraph is a list: later item lines
        // keep their break even after a wrapped continuation line.
        let mut in_list = false;
        for line in para {
            let line = line.trim();
            let item = starts_list_item(line);
            let mut own_line = text.len() == start;
            if text.len() > start {
                let attach = line.starts_with(ATTACH_TO_PREVIOUS)
                    || text.ends_with(JOIN_WITHOUT_SPACE_AFTER)
                    || (text.ends_with('-') && !text.ends_with(" -"));
                if item && (in_list || text.ends_with(LIST_LEAD_IN)) {
                    text.push('\n');
                    own_line = true;
                } else if !attach {
                    text.push(' ');
                }
            }
            in_list |= item && own_line;
            push_folded(&mut text, line);
        }
        spans.push(Span::new(start, text.len()));
    }
    (text, spans)
}

/// True when a (trimmed) line starts a list item: a bullet, `- `, `* `, `+ `, or an item
/// marker (`1.` `1)` `1.)` `(1)` `a.` `a)` `(a)` `ii)` `(iv)`) before a space or tab.
fn starts_list_item(line: &str) -> bool {
    let b = line.as_bytes();
    if line.starts_with(BULLETS)
        || (matches!(b.first(), Some(b'-' | b'*' | b'+')) && b.get(1) == Some(&b' '))
    {
        return true;
    }
    let parens = b.first() == Some(&b'(');
    let body = &b[usize::from(parens)..];
    let digits = body.iter().take_while(|c| c.is_ascii_digit()).count();
    let letters = body.iter().take_while(|c| c.is_ascii_lowercase()).count();
    let roman = body.iter().take_while(|c| b"ivx".contains(c)).count();
    let len = match (digits, letters) {
        (1..=2, _) => digits,
        (0, 1) => 1,
        (0, _) if roman >= 2 && roman == letters => roman,
        _ => return false,
    };
    let rest = &body[len..];
    let roman_only = digits == 0 && len >= 2;
    let after = match (parens, rest) {
        (true, [b')', after @ ..]) => after,
        (false, [b'.', b')', after @ ..]) if !roman_only => after,
        (false, [b'.', after @ ..]) if !roman_only => after,
        (false, [b')', after @ ..]) => after,
        _ => return false,
    };
    matches!(after.first(), Some(b' ' | b'\t'))
}

/// Append `line` with runs of spaces and tabs folded to one space.
fn push_folded(out: &mut String, line: &str) {
    let mut last_space = false;
    for c in line.chars() {
        if c == ' ' || c == '\t' {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
        } else {
            out.push(c);
            last_space = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(body: &str) -> Vec<String> {
        let (text, spans) = unwrap_paragraphs(body);
        spans.iter().map(|s| s.text(&text).to_string()).collect()
    }

    #[test]
    fn hard_wraps_join_with_one_space() {
        // The seed breaks lines mid-sentence and indents a continuation line.
        let body =
            "Intro.\n\ncooperation with Moscow \n  on an intensified military campaign. He said\n";
        assert_eq!(
            paras(body),
            [
                "Intro.",
                "cooperation with Moscow on an intensified military campaign. He said"
            ]
        );
    }

    #[test]
    fn stray_space_before_full_stop_is_dropped() {
        let body = "Intro.\n\nformation of a major new alliance \n . France launched";
        assert_eq!(
            paras(body),
            [
                "Intro.",
                "formation of a major new alliance. France launched"
            ]
        );
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        assert_eq!(paras("One.\n\n\nTwo\nthree.\n"), ["One.", "Two three."]);
    }

    #[test]
    fn indent_style_newswire_starts_paragraphs_at_indents() {
        let body = "Showers continued in\nthe zone.\n    The dry period means\nlate.\n";
        assert_eq!(
            paras(body),
            [
                "Showers continued in the zone.",
                "The dry period means late."
            ]
        );
    }

    #[test]
    fn indented_continuation_mid_sentence_stays_in_paragraph() {
        let body = "cooperation with Moscow\n  on a campaign. He said\n";
        assert_eq!(
            paras(body),
            ["cooperation with Moscow on a campaign. He said"]
        );
    }

    #[test]
    fn dash_at_line_end_joins_without_space() {
        assert_eq!(paras("rebels—\nTurkey"), ["rebels—Turkey"]);
    }

    #[test]
    fn crlf_and_bom_are_handled() {
        assert_eq!(
            paras("\u{feff}One\r\ntwo.\r\n\r\nThree."),
            ["One two.", "Three."]
        );
    }

    #[test]
    fn list_item_lines_keep_their_line_break() {
        let body = "The allies agreed on three points:\n- airstrikes on Raqqa\n- talks in\nVienna\n1) a ceasefire\n";
        assert_eq!(
            paras(body),
            ["The allies agreed on three points:\n- airstrikes on Raqqa\n- talks in Vienna\n1) a ceasefire"]
        );
    }

    #[test]
    fn dash_or_number_wrapped_mid_sentence_is_joined() {
        let body = "Countries most supportive of the rebels\n- Turkey, Saudi Arabia and Qatar -\nwant an exit date set by\n1. March.";
        assert_eq!(
            paras(body),
            ["Countries most supportive of the rebels - Turkey, Saudi Arabia and Qatar - want an exit date set by 1. March."]
        );
    }

    #[test]
    fn list_item_markers_are_recognised() {
        for line in [
            "- x", "* x", "• x", "1. x", "10) x", "1.) x", "(2) x", "a) x", "b. x", "(iv) x",
            "ii) x",
        ] {
            assert!(starts_list_item(line), "{line}");
        }
        for line in [
            "-x", "1987. x", "1.5 mln", "ii. x", "Mr. x", "x", "(1987) x",
        ] {
            assert!(!starts_list_item(line), "{line}");
        }
    }

    #[test]
    fn normalised_list_is_unchanged() {
        let text = "Title\n\nThree points:\n- airstrikes on Raqqa\n• talks in Vienna\n\nEnd.";
        assert_eq!(unwrap_paragraphs(text).0, text);
    }

    #[test]
    fn normalised_text_is_unchanged() {
        let text = "Title\n\nFriday, July 21, 2017\n\nA group of teenagers won. It said so.";
        assert_eq!(unwrap_paragraphs(text).0, text);
    }
}
