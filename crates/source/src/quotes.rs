//! Quotations: straight and curly double quotes, paragraph by paragraph.
//!
//! A quote left open at the end of its paragraph is closed there: either the
//! next paragraph opens with a quote mark and goes on with the same speaker
//! (news style for multi-paragraph quotes), or the paragraph was cut off. In
//! neither case does a quote swallow the text that follows. Single quotes are
//! left alone: inside double quotes they nest, elsewhere they are apostrophes.

use claimkit_core::Span;

/// One quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// The quoted text, without the marks.
    pub inner: Span,
    /// One past the closing mark, or the paragraph end for an unclosed quote.
    pub end: usize,
    /// The closing mark was found.
    pub closed: bool,
    /// Index of the paragraph (as given to [`find_quotes`]).
    pub paragraph: usize,
    /// The quote opens its paragraph and the previous paragraph's last quote was
    /// left open: it continues the same quotation.
    pub continued: bool,
}

impl Quote {
    /// How far the quotation reaches into the text: past its closing mark when it is
    /// closed, to the end of its text when it is left open.
    pub fn reach(&self) -> usize {
        if self.closed {
            self.end
        } else {
            self.inner.end
        }
    }
}

/// How a quote mark can act.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    /// A straight `"`: its neighbours decide.
    Either,
}

fn mark(c: char) -> Option<Mark> {
    match c {
        '“' | '„' | '«' | '‟' => Some(Mark::Open),
        '”' | '»' => Some(Mark::Close),
        '"' => Some(Mark::Either),
        _ => None,
    }
}

/// A straight quote opens when it follows a space or an opening bracket and a
/// non-space follows it.
fn straight_opens(prev: Option<char>, next: Option<char>) -> bool {
    let after_space = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
    after_space && next.is_some_and(|n| !n.is_whitespace())
}

/// A straight quote glued to the end of a word or sentence, with a space or the
/// end after it, closes (or is stray); it does not open.
fn closes_word(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(|p| p.is_alphanumeric() || ".!?…)".contains(p))
        && next.is_none_or(|n| n.is_whitespace() || ",.;:!?)".contains(n))
}

/// A mark met inside an open quotation that opens a new quoted sentence rather
/// than closing the quotation: BBC style writes a quotation of several
/// sentences as `"A. "B. "C."`, each sentence reopening the quote. The mark
/// follows a space after a sentence end and comes before a capital letter.
fn reopens(m: Mark, prev: Option<char>, last_seen: Option<char>, next: Option<char>) -> bool {
    m != Mark::Close
        && prev.is_some_and(char::is_whitespace)
        && last_seen.is_some_and(|l| ".!?".contains(l))
        && next.is_some_and(char::is_uppercase)
}

/// A closed quotation opening at byte `start`, its inner text ending at `inner_end`.
fn closed_at(text: &str, start: usize, inner_end: usize, end: usize, paragraph: usize) -> Quote {
    let inner_start = start + text[start..].chars().next().map_or(1, char::len_utf8);
    Quote {
        open: start,
        inner: Span::new(inner_start, inner_end.max(inner_start)),
        end,
        closed: true,
        paragraph,
        continued: false,
    }
}

/// A quotation opened at byte `start` that its paragraph `para` (number `p`) leaves
/// open: it runs to the paragraph's end.
fn left_open(text: &str, start: usize, para: Span, p: usize) -> Quote {
    let inner_start = start + text[start..].chars().next().map_or(1, char::len_utf8);
    let inner = Span::new(inner_start, para.end.max(inner_start)).trim(text);
    Quote {
        open: start,
        inner,
        end: para.end,
        closed: false,
        paragraph: p,
        continued: false,
    }
}

/// Mark the first quotation of paragraph `p` as continuing the previous paragraph's.
fn mark_continued(quotes: &mut [Quote], p: usize) {
    if let Some(q) = quotes
        .iter_mut()
        .rev()
        .take_while(|q| q.paragraph == p)
        .last()
    {
        q.continued = true;
    }
}

/// Every quotation in the `paragraphs` of `text`, in text order.
pub fn find_quotes(text: &str, paragraphs: &[Span]) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut previous_open = false;
    for (p, para) in paragraphs.iter().enumerate() {
        let body = para.text(text);
        let mut open: Option<usize> = None;
        // The mark that opened `open`: after a low „ (German, Czech, Polish …), “ closes.
        let mut opened_by: Option<char> = None;
        // The paragraph's first character that is not white space.
        let first = body.find(|c: char| !c.is_whitespace());
        let mut last_left_open = false;
        for (i, c, mark) in marks(body) {
            let prev = body[..i].chars().next_back();
            let next = body[i + c.len_utf8()..].chars().next();
            // The last character before the mark that is not white space, and where it ends.
            let before = body[..i].trim_end();
            let last_seen = before
                .chars()
                .next_back()
                .map(|l| (l, para.start + before.len()));
            let low_closes = c == '“' && open.is_some() && opened_by == Some('„');
            let m = if low_closes { Mark::Close } else { mark };
            let at = para.start + i;
            if let (Some(start), Some((_, end))) = (open, last_seen) {
                if reopens(m, prev, last_seen.map(|l| l.0), next) {
                    // "A. "B: the quotation goes on in a new sentence that
                    // opens its own mark; the first part ends with its sentence.
                    quotes.push(closed_at(text, start, end, end, p));
                    open = None;
                }
            }
            let opens = match m {
                Mark::Open => open.is_none(),
                Mark::Close => false,
                // Straight quotes pair up; one glued to the word before it
                // with nothing after cannot open.
                Mark::Either => {
                    open.is_none() && (straight_opens(prev, next) || !closes_word(prev, next))
                }
            };
            if opens {
                open = Some(at);
                opened_by = Some(c);
            } else if let (Some(start), true) = (open, m != Mark::Open) {
                quotes.push(closed_at(text, start, at, at + c.len_utf8(), p));
                open = None;
            }
            if Some(i) == first && open.is_some() {
                // Marked below, when the quote is pushed.
                last_left_open = previous_open;
            }
        }
        if let Some(start) = open {
            quotes.push(left_open(text, start, *para, p));
        }
        // The paragraph's first quote continues the previous paragraph's open one.
        if last_left_open {
            mark_continued(&mut quotes, p);
        }
        previous_open = quotes.last().is_some_and(|q| q.paragraph == p && !q.closed);
    }
    quotes
}

/// The quote marks of `body`: byte offset, character and how it can act. Found by a
/// vectorised search for their first bytes (`"`, and the lead bytes of “ ” „ ‟ and « »),
/// not by reading every character.
fn marks(body: &str) -> impl Iterator<Item = (usize, char, Mark)> + '_ {
    memchr::memchr3_iter(b'"', 0xe2, 0xc2, body.as_bytes()).filter_map(move |i| {
        let c = body[i..].chars().next()?;
        Some((i, c, mark(c)?))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quotations as read before marks were searched for: one character at a time.
    fn find_quotes_by_char(text: &str, paragraphs: &[Span]) -> Vec<Quote> {
        let mut quotes = Vec::new();
        let mut previous_open = false;
        for (p, para) in paragraphs.iter().enumerate() {
            let body = para.text(text);
            let mut open: Option<usize> = None;
            // The mark that opened `open`: after a low „ (German, Czech, Polish …), “ closes.
            let mut opened_by: Option<char> = None;
            let mut prev: Option<char> = None;
            let mut first_in_paragraph = true;
            let mut chars = body.char_indices().peekable();
            let mut last_left_open = false;
            // The last character that is not white space, and where it ends.
            let mut last_seen: Option<(char, usize)> = None;
            while let Some((i, c)) = chars.next() {
                let next = chars.peek().map(|&(_, n)| n);
                let low_closes = c == '“' && open.is_some() && opened_by == Some('„');
                if let Some(m) = mark(c).map(|m| if low_closes { Mark::Close } else { m }) {
                    let at = para.start + i;
                    if let (Some(start), Some((_, end))) = (open, last_seen) {
                        if reopens(m, prev, last_seen.map(|l| l.0), next) {
                            // "A. "B: the quotation goes on in a new sentence that
                            // opens its own mark; the first part ends with its sentence.
                            quotes.push(closed_at(text, start, end, end, p));
                            open = None;
                        }
                    }
                    let opens = match m {
                        Mark::Open => open.is_none(),
                        Mark::Close => false,
                        // Straight quotes pair up; one glued to the word before it
                        // with nothing after cannot open.
                        Mark::Either => {
                            open.is_none()
                                && (straight_opens(prev, next) || !closes_word(prev, next))
                        }
                    };
                    if opens {
                        open = Some(at);
                        opened_by = Some(c);
                    } else if let (Some(start), true) = (open, m != Mark::Open) {
                        quotes.push(closed_at(text, start, at, at + c.len_utf8(), p));
                        open = None;
                    }
                }
                if !c.is_whitespace() {
                    last_seen = Some((c, para.start + i + c.len_utf8()));
                }
                if !c.is_whitespace() && first_in_paragraph {
                    first_in_paragraph = false;
                    if open.is_some() {
                        // Marked below, when the quote is pushed.
                        last_left_open = previous_open;
                    }
                }
                prev = Some(c);
            }
            if let Some(start) = open {
                quotes.push(left_open(text, start, *para, p));
            }
            // The paragraph's first quote continues the previous paragraph's open one.
            if last_left_open {
                mark_continued(&mut quotes, p);
            }
            previous_open = quotes.last().is_some_and(|q| q.paragraph == p && !q.closed);
        }
        quotes
    }

    fn quotes_of(text: &str) -> Vec<(String, bool, bool)> {
        let mut paragraphs = Vec::new();
        let mut start = 0;
        for part in text.split("\n\n") {
            paragraphs.push(Span::new(start, start + part.len()));
            start += part.len() + 2;
        }
        find_quotes(text, &paragraphs)
            .into_iter()
            .map(|q| (q.inner.text(text).to_string(), q.closed, q.continued))
            .collect()
    }

    #[test]
    fn curly_and_straight_quotes() {
        let got = quotes_of("“A, B,” he said. He said \"it's 'fine'\" today.");
        assert_eq!(
            got,
            vec![
                ("A, B,".to_string(), true, false),
                ("it's 'fine'".to_string(), true, false)
            ]
        );
    }

    #[test]
    fn a_low_opening_mark_closes_on_a_high_one() {
        // German and Central European style (hostile pass: „…“ was never closed)
        let got =
            quotes_of("„Es ist gut“, sagte er. „Wir siegen“, said the minister. “Yes,” he said.");
        assert_eq!(
            got,
            vec![
                ("Es ist gut".to_string(), true, false),
                ("Wir siegen".to_string(), true, false),
                ("Yes,".to_string(), true, false)
            ]
        );
    }

    #[test]
    fn quote_cut_off_by_truncated_paragraph_ends_there() {
        let got = quotes_of("“We need a new\n\nIn the U.K., Mr. Cameron spoke.");
        assert_eq!(got, vec![("We need a new".to_string(), false, false)]);
    }

    #[test]
    fn a_quote_reopened_at_each_sentence_is_one_quote_a_sentence() {
        // BBC style: a quotation of three sentences, each opening its own mark
        let got =
            quotes_of("He said: \"It was frightening. \"Six men grabbed me. \"I stayed calm\".");
        assert_eq!(
            got,
            vec![
                ("It was frightening.".to_string(), true, false),
                ("Six men grabbed me.".to_string(), true, false),
                ("I stayed calm".to_string(), true, false)
            ]
        );
    }

    #[test]
    fn quote_continues_into_next_paragraph() {
        let got = quotes_of("He said: “One thing.\n\n“Another thing,” he added.");
        assert_eq!(
            got,
            vec![
                ("One thing.".to_string(), false, false),
                ("Another thing,".to_string(), true, true)
            ]
        );
    }

    proptest::proptest! {
        #[test]
        fn marks_found_by_search_read_as_every_character_read(
            body in "([ a-zA-Z.!?,;:()—-]|\"|“|”|„|‟|«|»|’|‘|é|\n\n|\u{a0}|\u{2003}){0,60}",
        ) {
            let mut paragraphs = Vec::new();
            let mut start = 0;
            for part in body.split("\n\n") {
                paragraphs.push(Span::new(start, start + part.len()));
                start += part.len() + 2;
            }
            proptest::prop_assert_eq!(
                find_quotes(&body, &paragraphs),
                find_quotes_by_char(&body, &paragraphs)
            );
        }
    }
}
