//! The lines of a body: each read once ([`Line`]), and what a line's words tell (it ends
//! a sentence or a lead-in, continues mid-phrase, opens a list item, looks like a title).

/// Characters that end a sentence at a line end (closing quotes included).
pub(super) const SENTENCE_END: &[char] = &['.', '!', '?', '"', '”', '’', '\'', ':'];

/// True when `text` ends with one of [`SENTENCE_END`] (read from its last byte when that
/// is ASCII, as it is on most lines).
pub(super) fn ends_sentence(text: &str) -> bool {
    match text.as_bytes().last() {
        Some(&b) if b.is_ascii() => SENTENCE_END.contains(&char::from(b)),
        Some(_) => text.ends_with(SENTENCE_END),
        None => false,
    }
}

/// Characters after which a line may be followed by a list item on a line of its own.
pub(super) const LIST_LEAD_IN: &[char] = &['.', '!', '?', ':', ';'];

/// Closing quotes after which a lead-in may end: `…a “saying.”`, not `“friends again” - will`.
pub(super) const CLOSING_QUOTES: &[char] = &['"', '”', '’', '\''];

/// True when `text` ends with a list lead-in, also inside closing quotes.
pub(super) fn ends_lead_in(text: &str) -> bool {
    text.trim_end_matches(CLOSING_QUOTES)
        .ends_with(LIST_LEAD_IN)
}

/// Bullet characters that start a list item (the segmenter's list rule knows the same).
pub(super) const BULLETS: &[char] = &[
    '•', '‣', '⁃', '■', '□', '▪', '▫', '▶', '►', '◆', '◇', '○', '◦', '●', '✓', '✔', '➢',
];

/// Words that cannot end a heading or a line written on purpose: a line ending in one was
/// broken mid-phrase ("the talks in\nVienna").
pub(super) const CONTINUING_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "between", "but", "by", "for", "from", "in", "into", "its",
    "nor", "of", "on", "or", "per", "than", "that", "the", "their", "to", "via", "vs", "with",
];

/// Characters that end a line broken mid-phrase.
pub(super) const CONTINUING_MARKS: &[char] = &[',', '(', '&', '['];

/// Small words a title leaves in lower case ("Calculate the Score", "Queen of Hearts").
pub(super) const TITLE_MINOR_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "vs",
    "with",
];

/// Most words of a heading line.
pub(super) const MAX_TITLE_WORDS: usize = 10;

/// One line of the body, without its terminator: 24 bytes, since a body has one per line
/// and every line is kept until the layout of the whole is known.
pub(super) struct Line<'a> {
    /// The line trimmed, read once: every rule looks at it.
    pub(super) text: &'a str,
    /// Characters in `text` (at most `u32::MAX` counted).
    pub(super) chars: u32,
    /// The line starts with a space or a tab (an indented paragraph opening).
    pub(super) indented: bool,
    /// The line ends with a space or a tab (a wrapped line of flowed text).
    pub(super) trailing_blank: bool,
    /// Ended by a lone carriage return (`\r` not before `\n`): a hard line end.
    pub(super) carriage_return: bool,
    /// `text` ends a sentence: asked of every line, several times, so answered once.
    pub(super) ends_sentence: bool,
}

impl<'a> Line<'a> {
    /// The line `raw`, ended by a lone carriage return when `carriage_return` is set, from
    /// a body that is all ASCII when `ascii` is set (its characters are then its bytes).
    pub(super) fn new(raw: &'a str, carriage_return: bool, ascii: bool) -> Self {
        let text = trim(raw);
        let chars = if ascii || text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        // Space and tab are single bytes, so the first and last bytes say it.
        let blank = |b: Option<&u8>| matches!(b, Some(b' ' | b'\t'));
        Line {
            text,
            chars: u32::try_from(chars).unwrap_or(u32::MAX),
            indented: blank(raw.as_bytes().first()),
            trailing_blank: blank(raw.as_bytes().last()),
            carriage_return,
            ends_sentence: ends_sentence(text),
        }
    }

    /// Characters in the trimmed line.
    pub(super) fn chars(&self) -> usize {
        self.chars as usize
    }

    pub(super) fn text(&self) -> &'a str {
        self.text
    }

    pub(super) fn is_blank(&self) -> bool {
        self.text.is_empty()
    }

    pub(super) fn indented(&self) -> bool {
        self.indented
    }

    pub(super) fn ends_sentence(&self) -> bool {
        self.ends_sentence
    }
}

/// Lines split at `\n`, `\r\n` and a lone `\r`. A body without a `\r` (most) is
/// split with a vectorised search for `\n` alone, one with a `\r` with one for both. A
/// `\r` at the very end ends the last line, as a `\r\n` would.
pub(super) fn split_lines(body: &str) -> Vec<Line<'_>> {
    let b = body.as_bytes();
    // Room for lines of 32 bytes on average, without a pass to count them: news lines are
    // longer, and a vector this large that must grow is moved by the allocator (remapped)
    // rather than copied.
    let mut lines = Vec::with_capacity(b.len() / 32 + 1);
    // Read once for the whole body: a line's characters are then its bytes.
    let ascii = b.is_ascii();
    let mut start = 0;
    if memchr::memchr(b'\r', b).is_none() {
        for k in memchr::memchr_iter(b'\n', b) {
            lines.push(Line::new(&body[start..k], false, ascii));
            start = k + 1;
        }
        lines.push(Line::new(&body[start..], false, ascii));
        return lines;
    }
    for k in memchr::memchr2_iter(b'\n', b'\r', b) {
        if k < start {
            continue; // the `\n` of a `\r\n`
        }
        let raw = &body[start..k];
        start = k + 1;
        if b[k] == b'\r' {
            match b.get(k + 1) {
                Some(b'\n') => start = k + 2,
                None => {
                    lines.push(Line::new(raw, false, ascii));
                    return lines;
                }
                Some(_) => {
                    lines.push(Line::new(raw, true, ascii));
                    continue;
                }
            }
        }
        lines.push(Line::new(raw, false, ascii));
    }
    lines.push(Line::new(&body[start..], false, ascii));
    lines
}

/// What a line break becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Break {
    /// A hard wrap: the lines join with a space.
    Space,
    /// A hard wrap before closing punctuation or after a dash: no space.
    Attach,
    /// The writer ended the line: kept as `\n`, a sentence boundary.
    LineEnd,
    /// A new paragraph (indent style).
    Paragraph,
}

/// True when a (trimmed) line ends mid-phrase: after a comma, an opening bracket, `&`, or
/// a [`CONTINUING_WORDS`] word.
pub(super) fn continues(line: &str) -> bool {
    if line.ends_with(CONTINUING_MARKS) {
        return true;
    }
    // The last word, if it can be one: every continuing word is ASCII letters, so only a
    // line ending in at most that many letters after white space (or alone) can end in one.
    let b = line.as_bytes();
    let letters = b
        .iter()
        .rev()
        .take(MAX_CONTINUING_LEN + 1)
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let before = &line[..line.len() - letters];
    if letters == 0
        || letters > MAX_CONTINUING_LEN
        || before
            .chars()
            .next_back()
            .is_some_and(|c| !c.is_whitespace())
    {
        return false;
    }
    // Lower-cased into an integer and compared with the list's: one call per line.
    let last = &b[before.len()..];
    CONTINUING_KEYS.contains(&word_key(last, true))
}

/// [`CONTINUING_WORDS`] as [`word_key`]s, worked out at compile time.
pub(super) const CONTINUING_KEYS: [u64; CONTINUING_WORDS.len()] = {
    let mut keys = [0; CONTINUING_WORDS.len()];
    let mut k = 0;
    while k < keys.len() {
        keys[k] = word_key(CONTINUING_WORDS[k].as_bytes(), false);
        k += 1;
    }
    keys
};

/// A word of at most eight ASCII letters as one integer (its bytes, the first lowest),
/// lower-cased when `lower` is set.
pub(super) const fn word_key(word: &[u8], lower: bool) -> u64 {
    let mut key = 0;
    let mut k = 0;
    while k < word.len() {
        let c = if lower {
            word[k].to_ascii_lowercase()
        } else {
            word[k]
        };
        key |= (c as u64) << (8 * k);
        k += 1;
    }
    key
}

/// Bytes in the longest [`CONTINUING_WORDS`] word.
pub(super) const MAX_CONTINUING_LEN: usize = 7;

// A continuing word fits a `word_key`.
const _: () = assert!(MAX_CONTINUING_LEN <= 8);

/// True when the first letter or digit of a line is a lower-case letter.
pub(super) fn starts_lower_case(line: &str) -> bool {
    line.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_lowercase)
}

/// True when a (trimmed) line reads as a heading: at most [`MAX_TITLE_WORDS`] words, each
/// word with a letter capitalised except [`TITLE_MINOR_WORDS`] ("Putter King Scavenger Hunt
/// Trophy", "d. Compliance Log – Volume 12", "II--THE POOL OF TEARS"), after an item marker.
pub(super) fn is_title_like(line: &str) -> bool {
    let skip = usize::from(starts_list_item(line));
    // Counted first, without collecting: most lines are far longer than a heading.
    let count = count_words(line, skip + MAX_TITLE_WORDS + 1)
        .saturating_sub(skip)
        .min(MAX_TITLE_WORDS + 1);
    if count == 0 || count > MAX_TITLE_WORDS {
        return false;
    }
    let words = || line.split_whitespace().skip(skip);
    let initial = |w: &str| w.chars().find(|c| c.is_alphabetic());
    words().any(|w| initial(w).is_some_and(char::is_uppercase))
        && words().all(|w| match initial(w) {
            Some(c) if c.is_lowercase() => {
                let bare = w.trim_matches(|c: char| !c.is_alphabetic());
                TITLE_MINOR_WORDS.contains(&bare)
            }
            _ => true,
        })
}

/// True when a (trimmed) line starts a list item: a bullet, `- `, `* `, `+ `, or an item
/// marker (`1.` `1)` `1.)` `(1)` `a.` `a)` `(a)` `ii)` `(iv)`) before a space or tab.
pub(super) fn starts_list_item(line: &str) -> bool {
    let b = line.as_bytes();
    match b.first() {
        Some(b'-' | b'*' | b'+') => return b.get(1) == Some(&b' '),
        // Every bullet is a character of three bytes starting so.
        Some(0xE2) => return line.starts_with(BULLETS),
        Some(b'(' | b'0'..=b'9' | b'a'..=b'z') => {}
        _ => return false, // most lines: a capital letter
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

/// The ASCII characters `char::is_whitespace` accepts.
pub(super) fn is_ascii_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// `line.trim()`, read from both ends only when an end is not a visible ASCII character.
pub(super) fn trim(line: &str) -> &str {
    let b = line.as_bytes();
    match (b.first(), b.last()) {
        (Some(f), Some(l)) if f.is_ascii_graphic() && l.is_ascii_graphic() => line,
        _ => {
            // An indented line (newswire): the spaces and tabs in front skipped as bytes,
            // and `trim` only when what is left still starts or ends with something else.
            let from = b.iter().take_while(|&&c| c == b' ' || c == b'\t').count();
            let rest = &line[from..];
            match (rest.as_bytes().first(), rest.as_bytes().last()) {
                (Some(f), Some(l)) if f.is_ascii_graphic() && l.is_ascii_graphic() => rest,
                _ => rest.trim(),
            }
        }
    }
}

/// Characters in the first word of a trimmed line (`split_whitespace().next()`).
pub(super) fn first_word_chars(line: &str) -> usize {
    let b = line.as_bytes();
    match b.iter().position(|&c| !c.is_ascii_graphic()) {
        None => b.len(),
        Some(k) if is_ascii_space(b[k]) => k,
        Some(_) => {
            let word = line.split_whitespace().next().unwrap_or("");
            word.chars().count()
        }
    }
}

/// Words of `line` as `split_whitespace` splits them, counted up to `most`.
pub(super) fn count_words(line: &str, most: usize) -> usize {
    if !line.is_ascii() {
        return line.split_whitespace().take(most).count();
    }
    let (mut count, mut in_word) = (0, false);
    for &c in line.as_bytes() {
        let space = is_ascii_space(c);
        if !space && !in_word {
            count += 1;
            if count == most {
                break;
            }
        }
        in_word = !space;
    }
    count
}
