//! The text as the frame rules see it: paragraphs, quotations and tokens, with
//! the small queries the rules share (local sentence bounds, noun phrases).

use crate::lexicon::{self, Lexicon};
use crate::quotes::{find_quotes, Quote};
use crate::tokens::{tokenize, Kind, Tok};
use claimkit_core::{Sentence, Span};

/// One document prepared for the rules.
pub struct Doc<'t> {
    /// The document text.
    pub text: &'t str,
    /// Sentences from the segmenter.
    pub sentences: &'t [Sentence],
    /// Quotations in text order.
    pub quotes: Vec<Quote>,
    /// Tokens of all paragraphs in text order.
    pub toks: Vec<Tok>,
    /// Token range of every paragraph.
    pub para_toks: Vec<(usize, usize)>,
    /// Tokens that open a segmenter sentence (outside quotes).
    pub opens_sentence: Vec<bool>,
}

impl<'t> Doc<'t> {
    /// Prepare `text` with the segmenter's `sentences`.
    pub fn new(text: &'t str, sentences: &'t [Sentence]) -> Doc<'t> {
        let mut paragraphs: Vec<Span> = Vec::new();
        let mut last_para = None;
        for s in sentences {
            if s.span.end > text.len() || s.span.start > s.span.end {
                continue;
            }
            if last_para == Some(s.paragraph) {
                if let Some(p) = paragraphs.last_mut() {
                    p.end = p.end.max(s.span.end);
                }
            } else {
                paragraphs.push(s.span);
                last_para = Some(s.paragraph);
            }
        }
        // Spans must lie on char boundaries to be sliced.
        paragraphs.retain(|p| text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
        let quotes = find_quotes(text, &paragraphs);
        let mut toks = Vec::with_capacity(text.len() / 5);
        tokenize(text, &paragraphs, &quotes, &mut toks);
        let mut para_toks = vec![(0, 0); paragraphs.len()];
        let mut i = 0;
        for (p, range) in para_toks.iter_mut().enumerate() {
            let start = i;
            while i < toks.len() && toks[i].paragraph as usize == p {
                i += 1;
            }
            *range = (start, i);
        }
        let mut opens_sentence = vec![false; toks.len()];
        let mut k = 0;
        for s in sentences {
            while k < toks.len() && toks[k].span.start < s.span.start {
                k += 1;
            }
            if k < toks.len() && toks[k].span.start == s.span.start {
                opens_sentence[k] = true;
            }
        }
        Doc {
            text,
            sentences,
            quotes,
            toks,
            para_toks,
            opens_sentence,
        }
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'t str {
        self.toks[i].span.text(self.text)
    }

    /// Token `i` is a word outside quotations.
    pub fn free_word(&self, i: usize) -> bool {
        i < self.toks.len() && self.toks[i].is_free_word()
    }

    /// Token `i` is a word found in `lexicon`.
    pub fn is(&self, i: usize, lexicon: &Lexicon) -> bool {
        self.free_word(i) && lexicon.has(self.word(i))
    }

    /// Token `i` is the word `w` (ignoring case).
    pub fn is_word(&self, i: usize, w: &str) -> bool {
        self.free_word(i) && self.word(i).eq_ignore_ascii_case(w)
    }

    /// Token `i` is a word starting with a capital letter.
    pub fn is_cap(&self, i: usize) -> bool {
        self.toks[i].kind == Kind::Word
            && self.word(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// The kind of token `i`, if there is one.
    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// Token range of the paragraph holding token `i`.
    pub fn paragraph_of(&self, i: usize) -> (usize, usize) {
        self.para_toks[self.toks[i].paragraph as usize]
    }

    /// A sentence ends after token `k`: a stop outside quotes, or a closing quote
    /// right after a stop when a new sentence follows.
    pub fn ends_sentence(&self, k: usize, para_end: usize) -> bool {
        let t = self.toks[k];
        match t.kind {
            Kind::Stop => t.quote.is_none(),
            Kind::Close => {
                k > 0
                    && self.toks[k - 1].kind == Kind::Stop
                    && (k + 1 >= para_end
                        || self.toks[k + 1].kind == Kind::Open
                        || self.is_cap(k + 1))
            }
            _ => false,
        }
    }

    /// The local sentence around token `i` as a token range: segmenter sentence
    /// starts and stops outside quotations bound it, so that it is right with a
    /// segmenter that splits paragraphs and with one that does not.
    pub fn sentence_range(&self, i: usize) -> (usize, usize) {
        let (p0, p1) = self.paragraph_of(i);
        let mut lo = i;
        while lo > p0 {
            if self.opens_sentence[lo]
                && self.toks[lo].quote.is_none()
                && self.toks[lo].kind != Kind::Close
            {
                break;
            }
            if self.ends_sentence(lo - 1, p1) {
                break;
            }
            lo -= 1;
        }
        let mut hi = i;
        while hi < p1 {
            if hi > i
                && self.opens_sentence[hi]
                && self.toks[hi].quote.is_none()
                && self.toks[hi].kind != Kind::Close
            {
                break;
            }
            hi += 1;
            if self.ends_sentence(hi - 1, p1) {
                break;
            }
        }
        (lo, hi.max(i + 1).min(p1.max(i + 1)))
    }

    /// A word that can stand in a noun phrase naming a source.
    pub fn np_word(&self, i: usize) -> bool {
        if !self.free_word(i) {
            return false;
        }
        let w = self.word(i);
        self.is_cap(i)
            || w.ends_with("’s")
            || w.ends_with("'s")
            || lexicon::FILLER.has(w)
            || lexicon::PERSON_ONE.has(w)
            || lexicon::PERSON_MANY.has(w)
            || lexicon::ORG_HEAD.has(w)
            || lexicon::MEDIA_HEAD.has(w)
            || lexicon::DOCUMENT.has(w)
            || lexicon::TITLE.has(w)
    }

    /// The noun phrase starting at token `k` (exclusive end), stopping at
    /// punctuation, relative pronouns, adjunct words and anything that cannot be
    /// part of a name.
    pub fn np_forward(&self, k: usize, limit: usize) -> usize {
        let mut e = k;
        while e < limit && e - k < 12 && self.np_word(e) {
            let w = self.word(e);
            if lexicon::RELATIVE.has(w) || (lexicon::ADJUNCT.has(w) && !self.is_cap(e)) {
                break;
            }
            if self.is_cap(e) && lexicon::ADJUNCT.has(w) {
                // Weekdays ("said Tuesday") are not names.
                break;
            }
            e += 1;
        }
        // Do not end on a filler ("the", "and", "of").
        while e > k && lexicon::NOT_LAST.has(self.word(e - 1)) {
            e -= 1;
        }
        e
    }

    /// Span from the start of token `a` to the end of token `b - 1`.
    pub fn span(&self, a: usize, b: usize) -> Span {
        Span::new(
            self.toks[a].span.start,
            self.toks[b.max(a + 1) - 1].span.end,
        )
    }

    /// Index of the quotation that closes at token `k` (a [`Kind::Close`]).
    pub fn quote_closing_at(&self, k: usize) -> Option<usize> {
        let end = self.toks[k].span.end;
        let q = self.quotes.partition_point(|q| q.end < end);
        (q < self.quotes.len() && self.quotes[q].closed && self.quotes[q].end == end).then_some(q)
    }

    /// Index of the quotation that opens at token `k` (a [`Kind::Open`]).
    pub fn quote_opening_at(&self, k: usize) -> Option<usize> {
        let at = self.toks[k].span.start;
        self.quotes.binary_search_by_key(&at, |q| q.open).ok()
    }
}
