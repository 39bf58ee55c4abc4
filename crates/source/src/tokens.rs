//! Words and punctuation of the paragraphs, with their byte spans and whether
//! they lie inside a quotation, built from the core token layer.
//!
//! The text is tokenised once, in core ([`claimkit_core::tokens::tokenize`]).
//! Source reads longer words than core does: a word here is letters and
//! digits with inner `.`, `-`, `’`, `&`, `/`, `_` ("U.S.", "al-Assad",
//! "Putin’s", "TU-22s"), and paragraphs bound every token. So each core token
//! is cut into pieces where core keeps more together (a number's grouping
//! space or comma, a web address), pieces with nothing between them are joined
//! by the rules below, and the quotation and paragraph of each token are added.
//! Whether a full stop after a word ends a sentence is the segmenter's call
//! ([`SentenceEnds`]): source keeps no abbreviation list of its own.

use crate::quotes::Quote;
use claimkit_core::tokens::{Token, TokenKind};
use claimkit_core::{Sentence, Span};

/// Where the segmenter's sentences end: the tail of each sentence after its
/// last letter or digit (its terminal punctuation and closing quotes). A full
/// stop in a tail ends a sentence and is a [`Kind::Stop`]; a full stop right
/// after a word anywhere else is part of the word, as the segmenter read it:
/// an abbreviation's ("Mr.", "Sept.", "Inc."), an initial's ("J.").
pub struct SentenceEnds(Vec<Span>);

impl SentenceEnds {
    /// The tails of `sentences` (in text order) in `text`.
    pub fn new(text: &str, sentences: &[Sentence]) -> SentenceEnds {
        let tail = |s: &Sentence| {
            let sentence = text.get(s.span.start..s.span.end)?;
            let last = sentence
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_alphanumeric())
                .map_or(0, |(k, c)| k + c.len_utf8());
            Some(Span::new(s.span.start + last, s.span.end))
        };
        SentenceEnds(sentences.iter().filter_map(tail).collect())
    }

    /// The terminal mark or closing quote at byte `at` ends a sentence.
    pub fn at(&self, at: usize) -> bool {
        let k = self.0.partition_point(|t| t.end <= at);
        self.0.get(k).is_some_and(|t| t.start <= at)
    }
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Letters and digits, with inner `.`, `-`, `’`, `&` ("U.S.", "al-Assad", "Putin’s"),
    /// and a full stop that ends no sentence ("Mr.", "Md.").
    Word,
    /// `,`
    Comma,
    /// `!`, `?`, `…`, and `.` unless it stays on the word before it.
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
    matches!(c, '.' | '’' | '\'' | '&' | '/' | '_' | '‘') || HYPHENS.contains(&c)
}

/// Conjunctions (with the space after them) that follow a compound's first half cut
/// at its hyphen ("Vereins- und Westbank", "pre- and post-war").
const SUSPENDED_BEFORE: &[&str] = &["und ", "and ", "or ", "oder ", "et ", "en "];

/// Hyphens inside a word: ASCII, HYPHEN and NON-BREAKING HYPHEN (word processors), and
/// the invisible SOFT HYPHEN of web copy ("co-founder", "co‐founder", "co\u{ad}founder").
pub(crate) const HYPHENS: &[char] = &['-', '\u{2010}', '\u{2011}', '\u{ad}'];

/// Build the tokens of every paragraph from `core`, the core tokens of
/// `text`; quote marks that open or close one of `quotes` become
/// [`Kind::Open`] / [`Kind::Close`], and tokens inside one carry its index;
/// a full stop after a word is a [`Kind::Stop`] only where it `ends` a
/// sentence.
///
/// A source token never spans white space, so the core tokens are read in
/// runs with nothing between them: a run of one plain token is one source
/// token as it is, any other run is cut into pieces and joined again.
pub fn from_core(
    text: &str,
    core: &[Token<'_>],
    paragraphs: &[Span],
    quotes: &[Quote],
    ends: &SentenceEnds,
    out: &mut Vec<Tok>,
) {
    out.clear();
    let mut marks = Marks { quotes, q: 0 };
    let mut pieces = Vec::new();
    for (p, &para) in paragraphs.iter().enumerate() {
        let mut push = |span: Span, kind: Kind| {
            let (kind, quote) = marks.of(span, kind);
            out.push(Tok {
                span,
                kind,
                quote,
                paragraph: p as u32,
            });
        };
        let mut j = core.partition_point(|t| t.end <= para.start);
        while j < core.len() && core[j].start < para.end {
            let mut m = j + 1;
            while m < core.len() && core[m].start == core[m - 1].end && core[m].start < para.end {
                m += 1;
            }
            let alone = (m == j + 1).then(|| plain(&core[j], para)).flatten();
            if let Some((span, kind)) = alone {
                push(span, kind);
            } else {
                pieces_of(text, &core[j..m], para, &mut pieces);
                let mut k = 0;
                while k < pieces.len() {
                    let (span, kind, next) = match pieces[k].mark {
                        None => word(text, &pieces, k, ends),
                        Some(c) => punctuation(&pieces, k, c),
                    };
                    push(span, kind);
                    k = next;
                }
            }
            j = m;
        }
    }
}

/// The quotations of the text, read in order as tokens come.
struct Marks<'q> {
    quotes: &'q [Quote],
    /// The first quotation that does not end before the last token.
    q: usize,
}

impl Marks<'_> {
    /// The kind and quotation of the token at `span`, of kind `kind` outside
    /// quotations.
    fn of(&mut self, span: Span, kind: Kind) -> (Kind, Option<u32>) {
        while self.q < self.quotes.len() && self.quotes[self.q].end <= span.start {
            self.q += 1;
        }
        match self.quotes.get(self.q) {
            Some(quote) => in_quote(span, kind, quote, self.q),
            None => (kind, None),
        }
    }
}

/// The source token that the core token `t`, with white space on both sides,
/// is by itself (cut to `para`): a word, a plain number or one character. A
/// number with grouping or a web address is no plain token.
fn plain(t: &Token<'_>, para: Span) -> Option<(Span, Kind)> {
    let span = Span::new(t.start.max(para.start), t.end.min(para.end));
    match t.kind {
        TokenKind::Word => Some((span, Kind::Word)),
        TokenKind::Number => t
            .text
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then_some((span, Kind::Word)),
        TokenKind::Punct => {
            let c = single(t)?;
            Some((
                span,
                if c.is_alphanumeric() {
                    Kind::Word
                } else {
                    mark_kind(c)
                },
            ))
        }
    }
}

/// The character of a token of one character.
fn single(t: &Token<'_>) -> Option<char> {
    t.text
        .chars()
        .next()
        .filter(|c| c.len_utf8() == t.text.len())
}

/// A part of a core token that source reads as one: a run of letters and
/// digits, or one other character.
#[derive(Clone, Copy, Debug)]
struct Piece {
    start: usize,
    end: usize,
    /// The character, unless the piece is letters and digits.
    mark: Option<char>,
}

/// The pieces of the core tokens `run` inside `para`, in text order (a token
/// that crosses its edge is cut there). A word, a plain number and a single
/// character are one piece each; a number with grouping and a web address are
/// cut character by character.
fn pieces_of(text: &str, run: &[Token<'_>], para: Span, out: &mut Vec<Piece>) {
    out.clear();
    for t in run {
        let (start, end) = (t.start.max(para.start), t.end.min(para.end));
        match (t.kind, single(t)) {
            (TokenKind::Word, _) => out.push(Piece {
                start,
                end,
                mark: None,
            }),
            (TokenKind::Number, _) if t.text.bytes().all(|b| b.is_ascii_digit()) => {
                out.push(Piece {
                    start,
                    end,
                    mark: None,
                });
            }
            (TokenKind::Punct, Some(c)) => out.push(Piece {
                start,
                end,
                mark: (!c.is_alphanumeric()).then_some(c),
            }),
            _ => cut(text, Span::new(start, end), out),
        }
    }
}

/// The pieces of `span` read character by character: white space between them.
fn cut(text: &str, span: Span, out: &mut Vec<Piece>) {
    for (i, c) in span.text(text).char_indices() {
        let (start, end) = (span.start + i, span.start + i + c.len_utf8());
        if c.is_whitespace() {
            continue;
        }
        let mark = (!c.is_alphanumeric()).then_some(c);
        match out.last_mut() {
            Some(last) if mark.is_none() && last.mark.is_none() && last.end == start => {
                last.end = end;
            }
            _ => out.push(Piece { start, end, mark }),
        }
    }
}

/// The word that starts with piece `k`, and the piece after it: letters and
/// digits, inner joiners followed by one ("U.S", "al-Assad", "12,000"), and
/// a full stop that `ends` no sentence ("Mr.", "U.S.", "J.").
fn word(text: &str, pieces: &[Piece], k: usize, ends: &SentenceEnds) -> (Span, Kind, usize) {
    let bytes = text.as_bytes();
    let start = pieces[k].start;
    let digit_first = bytes[start].is_ascii_digit();
    let mut end = pieces[k].end;
    let mut k = k + 1;
    while let Some(next) = pieces.get(k).filter(|n| n.start == end) {
        if let Some(d) = next.mark {
            // Inner joiner: only when a letter or digit follows; a comma only
            // between digits of a word that opens with one.
            let after = pieces
                .get(k + 1)
                .filter(|a| a.start == next.end && a.mark.is_none());
            let joined = match d {
                ',' => {
                    digit_first
                        && bytes[next.start - 1].is_ascii_digit()
                        && after.is_some_and(|a| bytes[a.start].is_ascii_digit())
                }
                _ => joins(d) && after.is_some(),
            };
            if !joined {
                break;
            }
        }
        end = next.end;
        k += 1;
    }
    // Keep the apostrophe of a plural possessive ("the ministers' spokesman",
    // "the United Nations' commission"): a word ending in "s" with the mark
    // glued to it and nothing glued after.
    let plural_possessive = bytes[end - 1] == b's'
        && pieces.get(k).is_some_and(|n| {
            n.start == end
                && matches!(n.mark, Some('\'' | '’'))
                && pieces.get(k + 1).is_none_or(|a| a.start > n.end)
        });
    if plural_possessive {
        end = pieces[k].end;
        k += 1;
    }
    // Keep a full stop that ends no sentence ("Mr.", "U.S.", "J."); one that
    // opens an ellipsis ("so..") is none.
    let stop = |j: usize| {
        pieces
            .get(j)
            .is_some_and(|n| n.mark == Some('.') && n.start == pieces[j - 1].end)
    };
    if pieces.get(k).is_some_and(|n| n.start == end) && stop(k) && !stop(k + 1) && !ends.at(end) {
        end += 1;
        k += 1;
        // "U.S.-backed", "U.K.-listed": a hyphen after the abbreviation's stop and a word
        // glued to it go on the same word
        while let (Some(h), Some(w)) = (pieces.get(k), pieces.get(k + 1)) {
            let glued = h.start == end && w.start == h.end && w.mark.is_none();
            if !(glued && h.mark.is_some_and(|c| HYPHENS.contains(&c))) {
                break;
            }
            end = w.end;
            k += 2;
        }
    }
    // Keep the hyphen of a compound whose second half is shared with the next word
    // ("Vereins- und Westbank AG", "pre- and post-war"): glued to the word, with a
    // conjunction after the white space that follows it
    let suspended = pieces.get(k).is_some_and(|n| {
        n.start == end
            && n.mark.is_some_and(|c| HYPHENS.contains(&c))
            && pieces.get(k + 1).is_none_or(|a| a.start > n.end)
            && text[n.end..].starts_with(' ')
            && SUSPENDED_BEFORE
                .iter()
                .any(|w| text[n.end + 1..].starts_with(w))
    });
    if suspended {
        end = pieces[k].end;
        k += 1;
    }
    // Keep the exclamation mark of a name where the sentence goes on ("E! News",
    // "Yahoo! Finance", "according to E!, the"): glued to a capitalised word, with
    // white space or a clause mark after it
    let name_mark = pieces.get(k).is_some_and(|n| {
        n.start == end
            && n.mark == Some('!')
            && pieces
                .get(k + 1)
                .is_none_or(|a| a.start > n.end || matches!(a.mark, Some(',' | ';' | ':' | ')')))
    });
    if name_mark && text[start..end].starts_with(char::is_uppercase) && !ends.at(end) {
        end += 1;
        k += 1;
    }
    (Span::new(start, end), Kind::Word, k)
}

/// The span and kind of the punctuation mark `c` at piece `k`, and the piece
/// after it ("--" is one dash).
fn punctuation(pieces: &[Piece], k: usize, c: char) -> (Span, Kind, usize) {
    let piece = pieces[k];
    let double_hyphen = c == '-'
        && pieces
            .get(k + 1)
            .is_some_and(|n| n.start == piece.end && n.mark == Some('-'));
    if double_hyphen {
        return (Span::new(piece.start, piece.end + 1), Kind::Dash, k + 2);
    }
    (Span::new(piece.start, piece.end), mark_kind(c), k + 1)
}

/// The kind of the punctuation mark `c` standing alone.
fn mark_kind(c: char) -> Kind {
    match c {
        ',' => Kind::Comma,
        '.' | '!' | '?' | '…' => Kind::Stop,
        ':' => Kind::Colon,
        ';' => Kind::Semicolon,
        '—' | '–' => Kind::Dash,
        '(' | ')' | '[' | ']' | '{' | '}' => Kind::Bracket,
        _ => Kind::Other,
    }
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

    /// The tokens of `paragraphs`, built from the core tokens of `text`, with
    /// the segmenter's sentences.
    fn tokenize(text: &str, paragraphs: &[Span], quotes: &[Quote], out: &mut Vec<Tok>) {
        let sentences = claimkit_segment::split_sentences(text, paragraphs);
        from_core(
            text,
            &claimkit_core::tokens::tokenize(text),
            paragraphs,
            quotes,
            &SentenceEnds::new(text, &sentences),
            out,
        );
    }

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
    fn a_plural_possessive_keeps_its_apostrophe() {
        let text = "The growers' union and the Farmers’ Alliance met 'in secret'.";
        let words: Vec<&str> = tokens(text).into_iter().map(|(w, _)| w).collect();
        // an apostrophe after another letter, or with a word glued after it, stays apart
        let want: Vec<&str> = "The growers' union and the Farmers’ Alliance met ' in secret ' ."
            .split(' ')
            .collect();
        assert_eq!(words, want);
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

    #[test]
    fn a_period_is_a_stop_where_the_segmenter_ends_a_sentence_only() {
        // Reuters, 1987: state abbreviations the segmenter knows stay words mid-sentence;
        // one that ends the sentence gives its period to the sentence.
        let words = tokens("A plant in Urbana, Md., was sold by First Boston Corp. It said so.");
        assert!(words.contains(&("Md.", Kind::Word)));
        assert!(words.contains(&("Corp", Kind::Word)));
        assert_eq!(
            words[words.iter().position(|w| w.0 == "Corp").unwrap_or(0) + 1],
            (".", Kind::Stop)
        );
        assert_eq!(words.iter().filter(|w| w.1 == Kind::Stop).count(), 2);
        // the U.S. mid-sentence and at the end of one
        let words = tokens("U.S. officials left the U.S. Then they spoke.");
        assert_eq!(words[0], ("U.S.", Kind::Word));
        assert_eq!(&words[4..6], [("U.S", Kind::Word), (".", Kind::Stop)]);
        // the periods of an ellipsis are no abbreviation's
        let words = tokens("He said so... then left.");
        assert_eq!(
            &words[2..5],
            [("so", Kind::Word), (".", Kind::Stop), (".", Kind::Stop)]
        );
    }

    /// Sorted, non-overlapping paragraphs of `text` between the char
    /// boundaries nearest `cuts`, which may fall inside a word or a number.
    fn paragraphs_at(text: &str, cuts: &[usize]) -> Vec<Span> {
        let mut at: Vec<usize> = cuts
            .iter()
            .map(|&c| {
                let mut c = c % (text.len() + 1);
                while !text.is_char_boundary(c) {
                    c += 1;
                }
                c
            })
            .collect();
        at.push(0);
        at.push(text.len());
        at.sort_unstable();
        at.dedup();
        at.chunks(2)
            .filter(|pair| pair.len() == 2)
            .map(|pair| Span::new(pair[0], pair[1]))
            .collect()
    }

    /// Every token lies inside its paragraph, in text order, holds no white
    /// space, and together they cover every other character of the paragraphs.
    fn tokens_tile_the_paragraphs(
        text: &str,
        paragraphs: &[Span],
    ) -> Result<(), proptest::test_runner::TestCaseError> {
        let quotes = find_quotes(text, paragraphs);
        let mut toks = Vec::new();
        tokenize(text, paragraphs, &quotes, &mut toks);
        let mut at = 0;
        for (p, para) in paragraphs.iter().enumerate() {
            let mut end = para.start;
            while let Some(t) = toks.get(at).filter(|t| t.paragraph as usize == p) {
                proptest::prop_assert!(end <= t.span.start && t.span.start < t.span.end);
                proptest::prop_assert!(t.span.end <= para.end);
                let gap = &text[end..t.span.start];
                proptest::prop_assert!(gap.chars().all(char::is_whitespace), "{:?}", gap);
                proptest::prop_assert!(!t.span.text(text).contains(char::is_whitespace));
                end = t.span.end;
                at += 1;
            }
            proptest::prop_assert!(text[end..para.end].chars().all(char::is_whitespace));
        }
        proptest::prop_assert_eq!(at, toks.len());
        Ok(())
    }

    /// News-like text: words in several scripts, digits with grouping, quote
    /// marks, joiners, dashes, brackets, web addresses, CRLF and other spaces.
    const ANY_TEXT: &str = concat!(
        r"([a-zA-Z0-9]|Mr|U\.S\.|Sept|J|François|Путин|北京|مصر|٣|²|हिन्दी|Ελλάδα|e\u{301}|",
        r#"[.,:;!?…'’‘"“”«»„&/_()\[\]{}%$-]|–|—|--|1,200|12,34,567|3\.5|\.08|40 000|"#,
        r"40\u{a0}000|1\u{2009}234|http://a\.b/c\?d=1|www\.x\.com|\r\n|\n|\n\n| |\t|\u{a0}|",
        r"\u{2028}|\u{3000}){0,80}",
    );

    proptest::proptest! {
        #[test]
        fn tokens_tile_any_paragraphs(
            text in ANY_TEXT,
            cuts in proptest::collection::vec(0usize..400, 0..6),
        ) {
            tokens_tile_the_paragraphs(&text, &paragraphs_at(&text, &cuts))?;
        }

        #[test]
        fn tokens_tile_the_paragraphs_of_segmented_text(text in ANY_TEXT) {
            let doc = claimkit_core::Document::from_body("t", &text);
            let sentences = claimkit_segment::split_sentences(&doc.text, &doc.paragraphs);
            tokens_tile_the_paragraphs(&doc.text, &crate::doc::paragraphs(&doc.text, &sentences))?;
        }
    }

    #[test]
    fn numbers_and_addresses_are_cut_where_source_words_end() {
        // Core keeps "40 000" and a web address whole; source reads words in them.
        let words = tokens("40 000 at www.example.com/a?id=5 or x1,200");
        let texts: Vec<&str> = words.iter().map(|w| w.0).collect();
        assert_eq!(
            texts,
            [
                "40",
                "000",
                "at",
                "www.example.com/a",
                "?",
                "id",
                "=",
                "5",
                "or",
                "x1",
                ",",
                "200"
            ]
        );
    }

    #[test]
    fn a_paragraph_edge_cuts_a_word() {
        let text = "François said";
        let paragraphs = [Span::new(0, 4), Span::new(4, text.len())];
        let mut toks = Vec::new();
        tokenize(text, &paragraphs, &[], &mut toks);
        let words: Vec<(&str, u32)> = toks
            .iter()
            .map(|t| (t.span.text(text), t.paragraph))
            .collect();
        assert_eq!(words, [("Fran", 0), ("çois", 1), ("said", 1)]);
    }
}
