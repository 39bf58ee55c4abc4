//! Markup residue in scraped news, removed before unwrapping.
//!
//! Articles copied from web pages, feeds and PDFs carry bits of their container: HTML tags
//! and entities, a literal `\r\n` left by a broken escape, rulers of `/` or `=`, table-of-
//! contents dot leaders with page numbers, and runs of dots used as filler. None of it is
//! text a reader sees, so [`strip`] drops it (or puts a space or a paragraph break where it
//! separated words or blocks). Every pattern is a row of a table below; a pattern never
//! removes letters or digits of running text, and rewrites nothing else.
//!
//! | pattern | example | becomes |
//! |---|---|---|
//! | entity ([`ENTITIES`], `&#8217;`, `&#x2019;`) | `AT&amp;T` | `AT&T` |
//! | inline tag ([`INLINE_TAGS`]) | `<em>Yes.</em>` | `Yes.` |
//! | block tag ([`BLOCK_TAGS`]) | `<p>Kiev said.</p><p>Moscow` | paragraphs |
//! | comment | `<!-- ad -->` | nothing |
//! | translation-memory placeholder (`{b^>1<b^}`) | `Hello{b^>1<b^} hello` | `Hello hello` |
//! | literal line-break escape | `said. \r\n The` | `said.   The` |
//! | ruler ([`RULER_CHARS`], [`MIN_RULER`] or more) | `//////////` | a space |
//! | dot leader and page number, on two or more lines of contents | `Markets......12` | `Markets` |
//! | dot filler between words | `dots........please` | `dots please` |
//!
//! Entities are decoded before tags are read, so that escaped markup inside markup
//! (`<bpt>&lt;b&gt;</bpt>`, from translation memories) goes too. Tag names are matched in
//! lower case only, with attributes written `name="value"`: newswire puts tickers and
//! company names in angle brackets (`<AMX>`, `<Union Faith Canada Holding Ltd>`), and
//! those are text.

use std::borrow::Cow;

/// Named entities decoded, with their characters.
pub const ENTITIES: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", " "),
    ("ndash", "–"),
    ("mdash", "—"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("hellip", "…"),
    ("euro", "€"),
    ("pound", "£"),
    ("yen", "¥"),
    ("cent", "¢"),
    ("copy", "©"),
    ("reg", "®"),
    ("deg", "°"),
    ("eacute", "é"),
];

/// Tags inside a line of text: dropped without a trace (`<em>Yes.</em>` → `Yes.`).
/// `bpt`, `ept`, `ph` and `it` are the inline tags of translation memories (TMX, XLIFF).
pub const INLINE_TAGS: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "big", "bpt", "cite", "code", "del", "dfn", "em", "ept",
    "font", "i", "img", "ins", "it", "kbd", "mark", "ph", "q", "s", "samp", "small", "span",
    "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
];

/// Tags that delimit blocks: each becomes a paragraph break.
pub const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "caption",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Opening and closing of an inline placeholder that translation memories and the text
/// exported from them leave where a formatting code was (`{b^>1<b^}`, `{i^>2<i^}`).
pub const PLACEHOLDER: (&str, &str) = ("^>", "<");

/// Longest entity name between `&` and `;` (`&#x1F600;`, `&thetasym;`).
const MAX_ENTITY_LEN: usize = 8;

/// Characters whose long runs are rulers drawn across the page.
pub const RULER_CHARS: &[char] = &['/', '=', '_', '~', '#', '-'];

/// Shortest run of one ruler character that is a ruler (`-----`), not punctuation (`--`).
pub const MIN_RULER: usize = 5;

/// Shortest run of dots between two words that is filler rather than an ellipsis: four or
/// five are an ellipsis and a stop in informal writing ("the last 25 years....it's a
/// travesty", a BBC reader's comment).
pub const MIN_FILLER_DOTS: usize = 6;

/// Shortest dot leader before a page number (`Markets.....12`); four dots before a number
/// can end a sentence (`rose.... 1987`).
pub const MIN_LEADER_DOTS: usize = 5;

/// Most digits of a page number after a dot leader.
const MAX_PAGE_DIGITS: usize = 3;

/// One cleaning pass: the text with its kind of residue removed, or `None` when the text
/// has none (and is kept as it is, without a copy).
type Pass = fn(&str) -> Option<String>;

/// The passes in the order they run: entities first, so that escaped tags become tags.
const PASSES: &[Pass] = &[
    decode_entities,
    drop_tags,
    drop_placeholders,
    drop_line_break_escapes,
    drop_rulers,
    drop_dot_leaders,
    drop_dot_filler,
];

/// `body` without markup residue; borrowed when there is none.
pub fn strip(body: &str) -> Cow<'_, str> {
    let mut text = Cow::Borrowed(body);
    for pass in PASSES {
        if let Some(changed) = pass(&text) {
            text = Cow::Owned(changed);
        }
    }
    text
}

/// Byte offset of the first run of `n` (at least 2) or more of the ASCII character `c` in
/// `s`. A run holds the character twice in a row, which running text seldom does, so a
/// vectorised search for that pair skips the many single dots, hyphens and slashes of news
/// (a search for `c` alone stops at each of them); each pair found is measured once. The
/// pair search starts at the first `c`, found by a faster search for one byte: most ruler
/// characters (`=`, `_`, `~`, `#`) are in no article at all.
fn find_run(s: &str, c: char, n: usize) -> Option<usize> {
    debug_assert!(c.is_ascii() && n >= 2);
    let (b, c) = (s.as_bytes(), c as u8);
    let pair = [c, c];
    let mut from = memchr::memchr(c, b)?;
    while let Some(k) = memchr::memmem::find(&b[from..], &pair).map(|k| from + k) {
        let run = b[k..].iter().take_while(|&&d| d == c).count();
        if run >= n {
            return Some(k);
        }
        from = k + run;
    }
    None
}

/// A copy of a text, made only once a pass changes something in it: most articles have
/// a `&`, a `<` or a run of dots that turns out to be text, and are not copied for it.
struct Edit<'s> {
    source: &'s str,
    out: Option<String>,
    /// Bytes of `source` up to here are in `out`.
    copied: usize,
}

impl<'s> Edit<'s> {
    fn new(source: &'s str) -> Self {
        Edit {
            source,
            out: None,
            copied: 0,
        }
    }

    /// Replace the bytes `range` of the source (after the last range replaced) by `with`.
    fn replace(&mut self, range: std::ops::Range<usize>, with: &str) {
        let out = self
            .out
            .get_or_insert_with(|| String::with_capacity(self.source.len()));
        out.push_str(&self.source[self.copied..range.start]);
        out.push_str(with);
        self.copied = range.end;
    }

    /// The edited text, or `None` when nothing was replaced.
    fn finish(self) -> Option<String> {
        let mut out = self.out?;
        out.push_str(&self.source[self.copied..]);
        Some(out)
    }
}

/// Byte offset of the first ASCII character `c` in `s`.
fn find_byte(s: &str, c: u8) -> Option<usize> {
    memchr::memchr(c, s.as_bytes())
}

/// `&amp;` → `&`, `&#8217;` → `’`, `&#x2019;` → `’`; unknown or malformed entities stay.
fn decode_entities(s: &str) -> Option<String> {
    let mut edit = Edit::new(s);
    let mut from = 0;
    while let Some(amp) = find_byte(&s[from..], b'&').map(|k| from + k) {
        from = amp + 1;
        if let Some((c, len)) = entity_at(&s[amp + 1..]) {
            edit.replace(amp..amp + 1 + len, &c);
            from = amp + 1 + len;
        }
    }
    edit.finish()
}

/// The entity whose name starts `after` (the text after a `&`): its character and the
/// length of the name with its `;`.
fn entity_at(after: &str) -> Option<(String, usize)> {
    // An entity is short: look for its `;` among the next few bytes only, so that a text
    // full of `&` and without `;` is read once.
    let k = after
        .bytes()
        .take(MAX_ENTITY_LEN + 1)
        .position(|c| c == b';')?;
    let name = &after[..k];
    let c = match name.strip_prefix('#') {
        Some(num) => {
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => num.parse().ok(),
            };
            char::from_u32(code?)?.to_string()
        }
        None => ENTITIES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, c)| c.to_string())?,
    };
    Some((c, k + 1))
}

/// What a tag at the start of a string is.
enum Tag {
    Inline,
    Block,
}

/// Where the comments of one text close: the first `-->` at or after a position, found
/// once for all the comments that open before it, so that a text full of `<!--` and
/// without `-->` is searched once, not once per comment.
#[derive(Default)]
struct CommentCloses {
    /// `(from, close)`: the first `-->` at or after `from` is at `close` (`None`: none).
    known: Option<(usize, Option<usize>)>,
}

impl CommentCloses {
    /// Byte offset in `s` of the first `-->` at or after `from`.
    fn after(&mut self, s: &str, from: usize) -> Option<usize> {
        match self.known {
            Some((known_from, close)) if known_from <= from && close.is_none_or(|c| c >= from) => {
                close
            }
            _ => {
                let close = memchr::memmem::find(&s.as_bytes()[from..], b"-->").map(|k| from + k);
                self.known = Some((from, close));
                close
            }
        }
    }
}

/// The comment at byte `at` of `s` (which starts with `<!--` there) and its length.
fn comment_at(s: &str, at: usize, closes: &mut CommentCloses) -> Option<(Tag, usize)> {
    let body = at + 4;
    closes
        .after(s, body)
        .map(|close| (Tag::Inline, close + 3 - at))
}

/// The tag at the start of `s` and its length in bytes.
fn tag_at(s: &str) -> Option<(Tag, usize)> {
    let b = s.as_bytes();
    let mut j = 1 + usize::from(b.get(1) == Some(&b'/'));
    let name_len = b[j.min(b.len())..]
        .iter()
        .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        .count();
    let name = &s[j..j + name_len];
    let kind = if INLINE_TAGS.contains(&name) {
        Tag::Inline
    } else if BLOCK_TAGS.contains(&name) {
        Tag::Block
    } else {
        return None;
    };
    j += name_len;
    // Attributes: ` name="value"`, ` name='value'` or ` name=value`.
    loop {
        let spaces = b[j..]
            .iter()
            .take_while(|c| c.is_ascii_whitespace())
            .count();
        j += spaces;
        match b.get(j) {
            Some(b'>') => return Some((kind, j + 1)),
            Some(b'/') if b.get(j + 1) == Some(&b'>') => return Some((kind, j + 2)),
            Some(c) if spaces > 0 && c.is_ascii_alphabetic() => {}
            _ => return None,
        }
        let attr = b[j..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b':'))
            .count();
        j += attr;
        if b.get(j) != Some(&b'=') {
            return None;
        }
        j += 1;
        match b.get(j) {
            Some(&q @ (b'"' | b'\'')) => {
                let close = s[j + 1..].find(q as char)?;
                j += 1 + close + 1;
            }
            _ => {
                let value = b[j..]
                    .iter()
                    .take_while(|c| !c.is_ascii_whitespace() && !matches!(c, b'>' | b'<'))
                    .count();
                if value == 0 {
                    return None;
                }
                j += value;
            }
        }
    }
}

/// Inline tags dropped, block tags turned into paragraph breaks.
fn drop_tags(s: &str) -> Option<String> {
    let mut edit = Edit::new(s);
    let mut closes = CommentCloses::default();
    let mut from = 0;
    while let Some(at) = find_byte(&s[from..], b'<').map(|k| from + k) {
        let tag = if s[at..].starts_with("<!--") {
            comment_at(s, at, &mut closes)
        } else {
            tag_at(&s[at..])
        };
        from = at + 1;
        if let Some((kind, len)) = tag {
            let with = match kind {
                Tag::Inline => "",
                Tag::Block => "\n\n",
            };
            edit.replace(at..at + len, with);
            from = at + len;
        }
    }
    edit.finish()
}

/// The literal escape `\r\n` (also spaced out, `\ r \ n`) left by a scraper that printed a
/// string's source form: a space, as the line break it stood for.
fn drop_line_break_escapes(s: &str) -> Option<String> {
    replace_each(s, b'\\', |at| {
        line_break_escape_len(at).map(|len| (len, " "))
    })
}

/// `s` with every match replaced: at each `marker`, `matched` gives the length of the match
/// there and what it becomes, or `None` to keep the marker as text. The marker is an ASCII byte.
fn replace_each(
    s: &str,
    marker: u8,
    matched: impl Fn(&str) -> Option<(usize, &'static str)>,
) -> Option<String> {
    let mut edit = Edit::new(s);
    let mut from = 0;
    while let Some(k) = find_byte(&s[from..], marker).map(|k| from + k) {
        from = k + 1;
        if let Some((len, with)) = matched(&s[k..]) {
            edit.replace(k..k + len, with);
            from = k + len;
        }
    }
    edit.finish()
}

/// Length of `\r\n` at the start of `s`, with at most one space after each character.
fn line_break_escape_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut j = 0;
    for want in [b'\\', b'r', b'\\', b'n'] {
        if b.get(j) != Some(&want) {
            return None;
        }
        j += 1;
        if want != b'n' && b.get(j) == Some(&b' ') {
            j += 1;
        }
    }
    Some(j)
}

/// Runs of [`MIN_RULER`] or more of one [`RULER_CHARS`] character become one space.
fn drop_rulers(s: &str) -> Option<String> {
    // Every ruler character is ASCII, so each run ends on a character boundary. The runs
    // are found with one vectorised search per character; text between them is not read.
    let b = s.as_bytes();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for &c in RULER_CHARS {
        let mut from = 0;
        while let Some(k) = find_run(&s[from..], c, MIN_RULER).map(|k| from + k) {
            let run = b[k..].iter().take_while(|&&d| d == c as u8).count();
            runs.push((k, run));
            from = k + run;
        }
    }
    if runs.is_empty() {
        return None;
    }
    runs.sort_unstable();
    let mut out = String::with_capacity(s.len());
    let mut copied = 0;
    for (k, run) in runs {
        out.push_str(&s[copied..k]);
        out.push(' ');
        copied = k + run;
    }
    out.push_str(&s[copied..]);
    Some(out)
}

/// A table-of-contents entry at the end of `line`: the byte where its title ends and its
/// page number (the first of a range). The title has a letter and no leader of its own;
/// the page number is [`MAX_PAGE_DIGITS`] digits at most, or a range (`16-17`).
fn contents_entry(line: &str) -> Option<(usize, u32)> {
    let content = line.trim_end();
    let page = content
        .bytes()
        .rev()
        .take_while(|c| c.is_ascii_digit() || *c == b'-')
        .count();
    if page == 0 {
        return None; // most lines: no page number at all
    }
    let number = &content[content.len() - page..];
    let parts: Vec<&str> = number.split('-').collect();
    if parts.len() > 2
        || parts
            .iter()
            .any(|n| !(1..=MAX_PAGE_DIGITS).contains(&n.len()))
    {
        return None;
    }
    let before_page = content[..content.len() - page].trim_end();
    let dots = before_page.bytes().rev().take_while(|&c| c == b'.').count();
    let title = before_page[..before_page.len() - dots].trim_end();
    let ok =
        dots >= MIN_LEADER_DOTS && title.chars().any(char::is_alphabetic) && !title.contains("..");
    ok.then(|| (title.len(), parts[0].parse().unwrap_or(0)))
}

/// Table-of-contents lines lose their dot leaders and page numbers (`About Me.......5` →
/// `About Me`). A line counts as one only among two or more such lines in a row whose page
/// numbers do not go down: a single `Float..........935` is a figure in a table.
fn drop_dot_leaders(s: &str) -> Option<String> {
    let entries = leader_lines(s);
    // Consecutive entries are on adjacent lines when one ends where the next starts.
    let in_contents = |k: usize| {
        let (line, page) = (&entries[k].0, entries[k].2);
        let after_lower = k.checked_sub(1).is_some_and(|j| {
            let prev = &entries[j];
            prev.0.end == line.start && prev.2 <= page
        });
        let before_higher = entries
            .get(k + 1)
            .is_some_and(|next| next.0.start == line.end && next.2 >= page);
        after_lower || before_higher
    };
    let dropped: Vec<usize> = (0..entries.len()).filter(|&k| in_contents(k)).collect();
    if dropped.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    let mut copied = 0;
    for k in dropped {
        let (line, title_end, _) = &entries[k];
        let text = &s[line.clone()];
        out.push_str(&s[copied..line.start + title_end]);
        copied = line.start + text.trim_end().len();
    }
    out.push_str(&s[copied..]);
    Some(out)
}

/// The lines of `s` (each with its line end) that read as a contents entry: their byte
/// range, where the title ends in the line, and the page number. Only lines holding a
/// dot leader are read.
fn leader_lines(s: &str) -> Vec<(std::ops::Range<usize>, usize, u32)> {
    let b = s.as_bytes();
    let mut entries = Vec::new();
    let mut from = 0;
    while let Some(k) = find_run(&s[from..], '.', MIN_LEADER_DOTS).map(|k| from + k) {
        let start = memchr::memrchr(b'\n', &b[..k]).map_or(0, |n| n + 1);
        let end = memchr::memchr(b'\n', &b[k..]).map_or(s.len(), |n| k + n + 1);
        if let Some((title_end, page)) = contents_entry(&s[start..end]) {
            entries.push((start..end, title_end, page));
        }
        from = end;
    }
    entries
}

/// The placeholder at the start of `s` (`{b^>1<b^}`: a letter, `^>`, a number, `<`, the
/// same letter, `^}`), as its length.
fn placeholder_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let letter = *b.get(1)?;
    if b.first() != Some(&b'{') || !letter.is_ascii_lowercase() {
        return None;
    }
    let rest = s.get(2..)?.strip_prefix(PLACEHOLDER.0)?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let rest = rest[digits..].strip_prefix(PLACEHOLDER.1)?;
    let close = [letter, b'^', b'}'];
    (digits > 0 && rest.as_bytes().starts_with(&close)).then(|| s.len() - rest.len() + close.len())
}

/// Translation-memory placeholders ([`PLACEHOLDER`]) are dropped.
fn drop_placeholders(s: &str) -> Option<String> {
    replace_each(s, b'{', |at| placeholder_len(at).map(|len| (len, "")))
}

/// Dots used as filler between two words (`dots........please`) become one space; a run
/// before a capital letter or a space is left to the segmenter (an ellipsis, `that....`).
fn drop_dot_filler(s: &str) -> Option<String> {
    let mut edit = Edit::new(s);
    let mut from = 0;
    while let Some(k) = find_run(&s[from..], '.', MIN_FILLER_DOTS).map(|k| from + k) {
        let dots = s[k..].bytes().take_while(|&c| c == b'.').count();
        let before = s[..k].chars().next_back();
        let after = s[k + dots..].chars().next();
        if before.is_some_and(char::is_alphabetic) && after.is_some_and(char::is_lowercase) {
            edit.replace(k..k + dots, " ");
        }
        from = k + dots;
    }
    edit.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_close_at_the_first_close_after_them() {
        assert_eq!(strip("a<!-- x -->b<!-- y -->c"), "abc");
        assert_eq!(strip("a<!-- open <!-- x -->b"), "ab");
        assert_eq!(strip("a<!-->b"), "a<!-->b");
        assert_eq!(strip("<!-- never closed <b>x</b>"), "<!-- never closed x");
    }

    /// A text full of `<!--` and without `-->` is read once: 200,000 of them would take
    /// minutes if each searched the rest of the text.
    #[test]
    fn unclosed_comments_are_read_in_linear_time() {
        let text = "<!-- ".repeat(200_000);
        assert_eq!(strip(&text).len(), text.len());
    }

    #[test]
    fn runs_are_found_where_they_start() {
        assert_eq!(find_run("a.. b....... c", '.', 6), Some(5));
        assert_eq!(find_run("a.....", '.', 6), None);
        assert_eq!(find_run("ü-----", '-', 5), Some(2));
    }

    #[test]
    fn an_ampersand_far_from_any_semicolon_stays() {
        let text = format!("AT&T{};", " x".repeat(50));
        assert_eq!(strip(&text), text);
        assert_eq!(strip("R&amp;D"), "R&D");
    }

    #[test]
    fn text_without_markup_is_borrowed_unchanged() {
        let text = "Russia conducted between 12 and 20 strikes -- officials said.";
        assert!(matches!(strip(text), Cow::Borrowed(t) if t == text));
    }

    #[test]
    fn entities_are_decoded() {
        assert_eq!(
            strip("AT&amp;T said profits rose 5&#37; &mdash; &#x201C;a record&#8221;"),
            "AT&T said profits rose 5% — “a record”"
        );
        // An ampersand that opens no entity stays.
        assert_eq!(
            strip("Pitt, Briggs & Co. & more;"),
            "Pitt, Briggs & Co. & more;"
        );
    }

    #[test]
    fn inline_tags_are_dropped() {
        assert_eq!(
            strip("The Senate voted. <em>Yes.</em> <a href=\"/x\">It</a> passed!"),
            "The Senate voted. Yes. It passed!"
        );
    }

    #[test]
    fn block_tags_become_paragraph_breaks() {
        assert_eq!(
            strip("<h2 class=\"lined\">Kiev</h2><p>Talks resumed.</p>"),
            "\n\nKiev\n\n\n\nTalks resumed.\n\n"
        );
    }

    #[test]
    fn escaped_markup_inside_translation_memory_tags_goes_too() {
        assert_eq!(
            strip(
                "<bpt i=\"0\" type=\"bold\">&lt;b&gt;</bpt>Report.txt<ept i=\"1\">&lt;/b&gt;</ept>"
            ),
            "Report.txt"
        );
    }

    #[test]
    fn an_ellipsis_and_a_stop_between_words_stay() {
        let text = "the best of the last 25 years....it's a travesty";
        assert_eq!(strip(text), text);
    }

    #[test]
    fn translation_memory_placeholders_go() {
        assert_eq!(
            strip("Hello{b^>1<b^} hello{b^&gt;1&lt;b^}."),
            "Hello hello."
        );
        let text = "a {set} of {b^>x<b^} braces";
        assert_eq!(strip(text), text);
    }

    #[test]
    fn newswire_tickers_in_angle_brackets_are_text() {
        let text = "<Union Faith Canada Holding Ltd> and <AMX> and x <b and c> y";
        assert_eq!(strip(text), text);
    }

    #[test]
    fn literal_line_break_escapes_become_a_space() {
        assert_eq!(strip("Kiev said. \\r\\n Moscow"), "Kiev said.   Moscow");
        assert_eq!(strip("Kiev said. \\ r \\ nMoscow"), "Kiev said.  Moscow");
        // A lone backslash escape is text (a path, a regex in a tech story).
        assert_eq!(strip("C:\\new\\report"), "C:\\new\\report");
    }

    #[test]
    fn rulers_become_a_space() {
        assert_eq!(strip("//////////Markets\r=========="), " Markets\r ");
        // Dashes and a URL's slashes are punctuation.
        assert_eq!(strip("sir-- see http://x.com"), "sir-- see http://x.com");
    }

    #[test]
    fn dot_leaders_and_page_numbers_are_dropped() {
        assert_eq!(
            strip("  World News.......5\n  Markets ..... 16-17\n"),
            "  World News\n  Markets\n"
        );
        // Four dots that end a sentence before a number are not a leader, and one line of
        // figures in a table is not a table of contents.
        assert_eq!(strip("Prices rose.... 1987"), "Prices rose.... 1987");
        let table =
            "Float........................935\nOther Fed liabilities......6,421 up........178\n";
        assert_eq!(strip(table), table);
    }

    #[test]
    fn dot_filler_between_words_becomes_a_space() {
        assert_eq!(strip("Stocks fell........again."), "Stocks fell again.");
        assert_eq!(
            strip("He never meant that.... She left."),
            "He never meant that.... She left."
        );
    }
}
