//! Characters that take no room: a reader cannot see them, so no rule may count them as
//! text. One table for every stage: the segmenter reads past [`MARKS`] after a full stop
//! as it reads past closing quotes, the token layer keeps [`JOINERS`] inside a word, and
//! the readers drop all of them ([`is_invisible`]) around a document id.
//!
//! ```
//! use claimkit_core::invisible::is_invisible;
//! assert!(is_invisible('\u{200F}') && is_invisible('\u{FEFF}') && is_invisible('\u{00AD}'));
//! assert!(!is_invisible(' ') && !is_invisible('a'));
//! ```

/// Marks that set the direction of text (left-to-right and right-to-left marks,
/// embeddings, overrides and isolates, with their ends), the zero width space, the word
/// joiner and the zero width no-break space (a byte order mark left inside a text).
/// Right-to-left news text and copies of it put them after the full stop: `said so.\u{200F}`
/// ends as `said so.` does, and `He left.\u{200F} She stayed.` is two sentences.
pub const MARKS: &[char] = &[
    '\u{200E}', '\u{200F}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}',
    '\u{2067}', '\u{2068}', '\u{2069}', '\u{200B}', '\u{2060}', '\u{FEFF}',
];

/// The zero width non-joiner and joiner: inside a word of Persian or an Indic script they
/// shape the letters around them, and the word goes on through them.
pub const JOINERS: &[char] = &['\u{200C}', '\u{200D}'];

/// Other characters that take no room or show nothing: the soft hyphen, the Arabic
/// letter mark, the Hangul fillers, the Mongolian vowel separator, the invisible
/// operators (function application, times, separator, plus) and the deprecated format
/// characters after them, and the blank Braille pattern.
pub const OTHER: &[char] = &[
    '\u{00AD}', '\u{061C}', '\u{115F}', '\u{1160}', '\u{180E}', '\u{2061}', '\u{2062}', '\u{2063}',
    '\u{2064}', '\u{2065}', '\u{206A}', '\u{206B}', '\u{206C}', '\u{206D}', '\u{206E}', '\u{206F}',
    '\u{2800}', '\u{3164}', '\u{FFA0}',
];

/// True when `c` takes no room: one of [`MARKS`], [`JOINERS`] or [`OTHER`] (white space
/// is not: it separates words).
pub fn is_invisible(c: char) -> bool {
    MARKS.contains(&c) || JOINERS.contains(&c) || OTHER.contains(&c)
}

/// A character a reader cannot see, dropped around an id: white space, or one that takes
/// no room ([`is_invisible`]).
pub fn is_blank(c: char) -> bool {
    c.is_whitespace() || is_invisible(c)
}

/// A character that shows nothing on its own but may end a visible sequence, so it is
/// kept at the end of an id ("❤️" ends in a variation selector, a flag in a cancel tag,
/// "e\u{301}" in a combining acute accent) though an id of nothing else is blank:
/// variation selectors, tags, the combining grapheme joiner and the other
/// default-ignorable code points, and combining marks (general category Mark), which
/// have no base character to sit on when nothing else is there.
pub fn shows_nothing_alone(c: char) -> bool {
    is_blank(c)
        || unicode_normalization::char::is_combining_mark(c)
        || matches!(
            c,
            '\u{034F}'
                | '\u{17B4}'..='\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FFF0}'..='\u{FFF8}'
                | '\u{1BCA0}'..='\u{1BCA3}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0000}'..='\u{E0FFF}'
        )
}

/// An id as a reader sees it: `id` without white space and invisible characters around
/// it, or `None` when nothing in it shows (it is empty, or holds only such characters
/// and combining marks with no base character). JSONL string ids and the file names
/// that give ids follow this one rule.
///
/// ```
/// use claimkit_core::invisible::visible_id;
/// assert_eq!(visible_id(" \u{200B}seed "), Some("seed"));
/// assert_eq!(visible_id("e\u{301}"), Some("e\u{301}"));
/// assert_eq!(visible_id("\u{301}\u{200B}"), None);
/// assert_eq!(visible_id(""), None);
/// ```
pub fn visible_id(id: &str) -> Option<&str> {
    let visible = id.trim_matches(is_blank);
    (!visible.chars().all(shows_nothing_alone)).then_some(visible)
}
