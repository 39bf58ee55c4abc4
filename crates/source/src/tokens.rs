//! Words and punctuation of the paragraphs, with their byte spans and whether
//! they lie inside a quotation.

use crate::lexicon::abbreviations::ABBREVIATIONS;
use crate::quotes::Quote;
use claimkit_core::Span;
use std::iter::Peekable;
use std::str::CharIndices;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Letters and digits, with inner `.`, `-`, `’`, `&` ("U.S.", "al-Assad", "Putin’s").
    Word,
    /// `,`
    Comma,
    /// `.`, `!`, `?`, `…`
    Stop,
    /// `:`
    Colon,
    /// `;`
    Semicolon,
    /// `—`, `–`, `--`
    Dash,
    /// The opening mark of a quotation.
    Open,
    /// The closing mark of a quotation.
    Close,
    /// `(` or `)` and other brackets.
    Bracket,
    /// Anything else.
    Other,
}

/// One token.
#[derive(Clone, Copy, Debug)]
pub struct Tok {
    /// Where it lies in the text.
    pub span: Span,
    /// What it is.
    pub kind: Kind,
    /// Index of the quotation whose inner text holds it, if any.
    pub quote: Option<u32>,
    /// Index of the paragraph it belongs to.
    pub paragraph: u32,
}

impl Tok {
    /// A word outside any quotation.
    pub fn is_free_word(&self) -> bool {
        self.kind == Kind::Word && self.quote.is_none()
    }
}

fn joins(c: char) -> bool {
    matches!(c, '.' | '-' | '’' | '\'' | '&' | '/' | '_' | '‘')
}

/// Tokenise every paragraph; quote marks that open or close one of `quotes`
/// become [`Kind::Open`] / [`Kind::Close`], and tokens inside one carry its index.
pub fn tokenize(text: &str, paragraphs: &[Span], quotes: &[Quote], out: &mut Vec<Tok>) {
    out.clear();
    let mut q = 0usize;
    for (p, para) in paragraphs.iter().enumerate() {
        let body = para.text(text);
        let mut chars = body.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c.is_whitespace() {
                continue;
            }
            let (end, kind) = if c.is_alphanumeric() {
                (word_end(body, i, c, &mut chars), Kind::Word)
            } else {
                punctuation(body, i, c, &mut chars)
            };
            let span = Span::new(para.start + i, para.start + end);
            while q < quotes.len() && quotes[q].end <= span.start {
                q += 1;
            }
            let (kind, inside) = match quotes.get(q) {
                Some(quote) => in_quote(span, kind, quote, q),
                None => (kind, None),
            };
            out.push(Tok {
                span,
                kind,
                quote: inside,
                paragraph: p as u32,
            });
        }
    }
}

/// The characters of `body` after the one being read, with their offsets.
type Chars<'b> = Peekable<CharIndices<'b>>;

/// The end of the word that starts with `c` at `i`: letters and digits, inner
/// joiners followed by one ("U.S", "al-Assad", "12,000"), and the period of
/// an abbreviation ("Mr.", "U.S.", "J.").
fn word_end(body: &str, i: usize, c: char, chars: &mut Chars) -> usize {
    let bytes = body.as_bytes();
    let mut end = i + c.len_utf8();
    while let Some(&(j, d)) = chars.peek() {
        if d.is_alphanumeric() {
            end = j + d.len_utf8();
            chars.next();
        } else if joins(d) || (d == ',' && c.is_ascii_digit()) {
            // Inner joiner: only when a letter or digit follows.
            let after = body[j + d.len_utf8()..].chars().next();
            let digit_comma =
                d == ',' && bytes.get(j.wrapping_sub(1)).is_some_and(u8::is_ascii_digit);
            if after.is_some_and(char::is_alphanumeric)
                && (d != ',' || digit_comma && after.is_some_and(|a| a.is_ascii_digit()))
            {
                end = j + d.len_utf8();
                chars.next();
            } else {
                break;
            }
        } else {
            break;
        }
    }
    // Keep the period of an abbreviation ("Mr.", "U.S.", "J.").
    if body[end..].starts_with('.') {
        let word = &body[i..end];
        let single_capital = word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase();
        if word.contains('.') || single_capital || ABBREVIATIONS.contains(&word) {
            end += 1;
            chars.next();
        }
    }
    end
}

/// The end and kind of the punctuation mark `c` at `i` ("--" is one dash).
fn punctuation(body: &str, i: usize, c: char, chars: &mut Chars) -> (usize, Kind) {
    let kind = match c {
        ',' => Kind::Comma,
        '.' | '!' | '?' | '…' => Kind::Stop,
        ':' => Kind::Colon,
        ';' => Kind::Semicolon,
        '—' | '–' => Kind::Dash,
        '-' if body[i + 1..].starts_with('-') => {
            chars.next();
            Kind::Dash
        }
        '(' | ')' | '[' | ']' | '{' | '}' => Kind::Bracket,
        _ => Kind::Other,
    };
    let end = if kind == Kind::Dash && c == '-' {
        i + 2
    } else {
        i + c.len_utf8()
    };
    (end, kind)
}

/// The token at `span` against `quote` (number `q`), the first quotation that
/// does not end before it: its opening or closing mark, or a token inside it.
fn in_quote(span: Span, kind: Kind, quote: &Quote, q: usize) -> (Kind, Option<u32>) {
    if span.start == quote.open {
        (Kind::Open, None)
    } else if quote.closed && span.end == quote.end && span.start >= quote.inner.end {
        (Kind::Close, None)
    } else if quote.inner.start <= span.start && span.end <= quote.inner.end.max(span.start) {
        (kind, Some(q as u32))
    } else {
        (kind, None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::find_quotes;

    #[test]
    fn words_keep_abbreviations_and_quotes_are_marked() {
        let text = "“We agree,” Mr. Obama said of the U.S. plan—12,000 troops.";
        let paragraphs = [Span::new(0, text.len())];
        let quotes = find_quotes(text, &paragraphs);
        let mut toks = Vec::new();
        tokenize(text, &paragraphs, &quotes, &mut toks);
        let words: Vec<(&str, Kind, bool)> = toks
            .iter()
            .map(|t| (t.span.text(text), t.kind, t.quote.is_some()))
            .collect();
        assert_eq!(words[0], ("“", Kind::Open, false));
        assert_eq!(words[1], ("We", Kind::Word, true));
        assert_eq!(words[3], (",", Kind::Comma, true));
        assert_eq!(words[4], ("”", Kind::Close, false));
        assert_eq!(words[5], ("Mr.", Kind::Word, false));
        assert!(words.iter().any(|w| w.0 == "U.S."));
        assert!(words.iter().any(|w| w.0 == "12,000"));
        assert_eq!(words.last().map(|w| w.1), Some(Kind::Stop));
    }

    /// The text and kind of every token of `text`, one paragraph without quotations.
    fn tokens(text: &str) -> Vec<(&str, Kind)> {
        let paragraphs = [Span::new(0, text.len())];
        let mut toks = Vec::new();
        tokenize(text, &paragraphs, &[], &mut toks);
        toks.iter().map(|t| (t.span.text(text), t.kind)).collect()
    }

    #[test]
    fn a_comma_joins_digits_only() {
        // Reuters, 1987
        let words = tokens("In 1987, exports rose to 1,150 tonnes.");
        assert_eq!(words[1], ("1987", Kind::Word));
        assert_eq!(words[2], (",", Kind::Comma));
        assert_eq!(words[6], ("1,150", Kind::Word));
    }

    #[test]
    fn joiners_need_a_letter_after_and_two_hyphens_are_a_dash() {
        let words = tokens("Bashar al-Assad's forces-- and the rebels- fought.");
        assert_eq!(words[1], ("al-Assad's", Kind::Word));
        assert_eq!(words[2], ("forces", Kind::Word));
        assert_eq!(words[3], ("--", Kind::Dash));
        assert_eq!(words[6], ("rebels", Kind::Word));
        assert_eq!(words[7], ("-", Kind::Other));
    }

    #[test]
    fn a_period_stays_on_an_abbreviation_and_an_initial_only() {
        let words = tokens("Gen. J. Smith left. Then");
        assert_eq!(words[0], ("Gen.", Kind::Word));
        assert_eq!(words[1], ("J.", Kind::Word));
        assert_eq!(words[2], ("Smith", Kind::Word));
        assert_eq!(words[3], ("left", Kind::Word));
        assert_eq!(words[4], (".", Kind::Stop));
    }
}
