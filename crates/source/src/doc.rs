//! The text as the frame rules see it: paragraphs, quotations and tokens, with
//! the small queries the rules share (local sentence bounds, noun phrases).

use crate::lexicon::{self, Lexicon};
use crate::quotes::{find_quotes, Quote};
use crate::tokens::{self, Kind, SentenceEnds, Tok};
use claimkit_core::tokens::Token;
use claimkit_core::{Sentence, Span};
use std::cell::OnceCell;

/// The most tokens a rule reads one by one; a longer run is looked up in the marks
/// ([`Doc::first_mark`]), which read the whole document once.
pub const SHORT_RUN: usize = 64;

/// A token a frame rule looks for through a whole clause ([`Doc::first_mark`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// "for"/"of" before a gerund ("criticised the bank for hiding losses").
    Gerund,
    /// "to" before the verb of an infinitive ("the economy to grow").
    Infinitive,
    /// A word that names a news outlet or marks one ("Euronews", "television").
    Media,
    /// A comma.
    Comma,
    /// A lower-case auxiliary, form of "be" or word ending in "ed": a verb a
    /// clause holds and a noun phrase object does not.
    Verb,
    /// An outlet's name ("the BBC's", "The Daily Star"), which "the paper" and "the
    /// programme" stand for after it.
    OutletName,
    /// An outlet's name as a programme's owner ("the BBC's"), which "Sunday's programme"
    /// stands for after it.
    OutletOwner,
}

/// How many kinds of [`Mark`] there are.
const MARKS: usize = 7;

/// The paragraphs of `text`: the span of each run of `sentences` in one
/// paragraph, skipping spans that do not fit the text.
pub fn paragraphs(text: &str, sentences: &[Sentence]) -> Vec<Span> {
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
    paragraphs
}

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
    /// Where the segmenter's sentences end.
    ends: SentenceEnds,
    /// The local sentence of every token (see [`Doc::sentence_range`]).
    ranges: Vec<(usize, usize)>,
    /// First token of the run of free words that ends right before each token.
    free_runs: Vec<usize>,
    /// The furthest inner end of the quotations up to each one.
    quote_reach: Vec<usize>,
    /// Whether [`Quote::reach`] never falls from one quotation to the next (double
    /// quotes do not nest, so it holds; it is checked, not assumed).
    reaches_sorted: bool,
    /// For every token, the first token from it on that is a stop or lies in
    /// another quotation (or none).
    stops: Vec<usize>,
    /// Whether each token is a capitalised word ([`Doc::is_cap`]), read once.
    caps: Vec<bool>,
    /// The lists of the [`lexicon::TokenTable`] that hold each token, read once.
    lists: Vec<u128>,
    /// For every token, the first token from it on of each [`Mark`], found the first
    /// time a rule asks.
    marks: [OnceCell<Vec<usize>>; MARKS],
    /// For every [`Mark`], the tokens that are one, in order, found the first time a
    /// rule asks for the last one before a token.
    marks_at: [OnceCell<Vec<usize>>; MARKS],
}

/// "co-founder", "vice-chairman": a compound word whose last part is a person noun,
/// a title or a body's head, read as that noun in a noun phrase.
#[inline(never)]
fn compound_person_noun(w: &str) -> bool {
    w.rsplit_once(crate::tokens::HYPHENS)
        .is_some_and(|(_, last)| {
            lexicon::PERSON_ONE.has(last) || lexicon::TITLE.has(last) || lexicon::ORG_HEAD.has(last)
        })
}

impl<'t> Doc<'t> {
    /// Prepare `text` with the segmenter's `sentences`, tokenising it first.
    #[cfg(test)]
    pub fn new(text: &'t str, sentences: &'t [Sentence]) -> Doc<'t> {
        Doc::from_core(text, &claimkit_core::tokens::tokenize(text), sentences)
    }

    /// Prepare `text` with its core tokens `core` and the segmenter's `sentences`.
    pub fn from_core(text: &'t str, core: &[Token<'_>], sentences: &'t [Sentence]) -> Doc<'t> {
        let paragraphs = paragraphs(text, sentences);
        let quotes = find_quotes(text, &paragraphs);
        let mut toks = Vec::with_capacity(text.len() / 5);
        let ends = SentenceEnds::new(text, sentences);
        tokens::from_core(text, core, &paragraphs, &quotes, &ends, &mut toks);
        crate::tickers::drop_tickers(text, &mut toks);
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
        let mut doc = Doc {
            text,
            sentences,
            quotes,
            toks,
            para_toks,
            opens_sentence,
            ends,
            ranges: Vec::new(),
            free_runs: Vec::new(),
            quote_reach: Vec::new(),
            reaches_sorted: true,
            stops: Vec::new(),
            caps: Vec::new(),
            lists: Vec::new(),
            marks: Default::default(),
            marks_at: Default::default(),
        };
        doc.caps = (0..doc.toks.len()).map(|i| doc.capitalised(i)).collect();
        let table = &*lexicon::TOKEN_TABLE;
        doc.lists = (0..doc.toks.len())
            .map(|i| table.lists_of(doc.word(i)))
            .collect();
        doc.stops = doc.next_stops();
        doc.quote_reach = doc
            .quotes
            .iter()
            .scan(0, |max, q| {
                *max = q.inner.end.max(*max);
                Some(*max)
            })
            .collect();
        doc.reaches_sorted = doc.quotes.windows(2).all(|w| w[0].reach() <= w[1].reach());
        doc.ranges = doc.local_sentences();
        doc.free_runs = doc.free_run_starts();
        doc
    }

    /// For every token, the first token from it on that is a stop or lies in
    /// another quotation (or none), in one pass from the end.
    fn next_stops(&self) -> Vec<usize> {
        let n = self.toks.len();
        let mut stops = vec![n; n];
        for k in (0..n).rev() {
            let same_after = k + 1 < n && self.toks[k + 1].quote == self.toks[k].quote;
            stops[k] = if self.toks[k].kind == Kind::Stop {
                k
            } else if same_after {
                stops[k + 1]
            } else {
                k + 1
            };
        }
        stops
    }

    /// The first token from `k` on that is a `mark` (the number of tokens when none is),
    /// where `is` tells a mark: one pass over the tokens the first time, so that a rule
    /// asked at every cue of a long sentence reads it once. `is` must be the same test
    /// at every call for one mark.
    pub fn first_mark(&self, mark: Mark, k: usize, is: impl Fn(usize) -> bool) -> usize {
        let n = self.toks.len();
        let next = self.marks[mark as usize].get_or_init(|| {
            let mut next = vec![n; n + 1];
            for t in (0..n).rev() {
                next[t] = if is(t) { t } else { next[t + 1] };
            }
            next
        });
        next.get(k).copied().unwrap_or(n)
    }

    /// The last token before `k` that is a `mark`, where `is` tells a mark: one pass
    /// over the tokens the first time, then a binary search, so that a rule asked at
    /// every frame of a long text does not read back to its start each time. `is`
    /// must be the same test at every call for one mark.
    pub fn last_mark_before(
        &self,
        mark: Mark,
        k: usize,
        is: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        let at = self.marks_at[mark as usize]
            .get_or_init(|| (0..self.toks.len()).filter(|&t| is(t)).collect());
        let before = at.partition_point(|&t| t < k);
        before.checked_sub(1).map(|i| at[i])
    }

    /// The first comma among tokens `k..hi`, looked up in the marks when the run is long.
    pub fn comma_in(&self, k: usize, hi: usize) -> Option<usize> {
        let comma = |c: usize| self.toks[c].kind == Kind::Comma;
        let hi = hi.min(self.toks.len());
        if hi.saturating_sub(k) <= SHORT_RUN {
            return (k..hi).find(|&c| comma(c));
        }
        Some(self.first_mark(Mark::Comma, k, comma)).filter(|&c| c < hi)
    }

    /// The first token from `k` on that is a stop or lies outside the quotation
    /// `quote` (or the end of the tokens).
    pub fn stop_in_quote(&self, k: usize, quote: Option<u32>) -> usize {
        match self.toks.get(k) {
            Some(t) if t.quote == quote => self.stops[k],
            _ => k,
        }
    }

    /// True when `span` lies inside the inner text of a quotation.
    pub fn in_quote(&self, span: Span) -> bool {
        let k = self.quotes.partition_point(|q| q.inner.start <= span.start);
        k > 0 && self.quote_reach[k - 1] >= span.end
    }

    /// A segmenter sentence opens at token `t` outside quotations.
    fn opens_local(&self, t: usize) -> bool {
        self.opens_sentence[t] && self.toks[t].quote.is_none() && self.toks[t].kind != Kind::Close
    }

    /// The local sentence of every token, one pass per paragraph each way: a
    /// sentence starts at the last opening or sentence end before a token and
    /// ends at the next (what [`Doc::sentence_range`] returns).
    fn local_sentences(&self) -> Vec<(usize, usize)> {
        let mut ranges = vec![(0, 0); self.toks.len()];
        for &(p0, p1) in &self.para_toks {
            let mut lo = p0;
            for (t, range) in ranges.iter_mut().enumerate().take(p1).skip(p0) {
                if t > p0 && (self.opens_local(t) || self.ends_sentence(t - 1)) {
                    lo = t;
                }
                range.0 = lo;
            }
            // The nearest stop at or after a token (as the end after it), and
            // the nearest opening after it.
            let (mut end_from, mut open_after) = (p1, p1);
            for t in (p0..p1).rev() {
                if self.ends_sentence(t) {
                    end_from = t + 1;
                }
                ranges[t].1 = end_from.min(open_after).max(t + 1).min(p1.max(t + 1));
                if self.opens_local(t) {
                    open_after = t;
                }
            }
        }
        ranges
    }

    /// For every token, the first token of the run of free words right before it.
    fn free_run_starts(&self) -> Vec<usize> {
        let mut starts = Vec::with_capacity(self.toks.len());
        let mut run = 0;
        for t in 0..self.toks.len() {
            if t > 0 && !self.free_word(t - 1) {
                run = t;
            }
            starts.push(run);
        }
        starts
    }

    /// The first token of the run of free words that ends right before token
    /// `i`, not before `lo` (`i` itself when token `i - 1` is no free word).
    pub fn free_run_start(&self, i: usize, lo: usize) -> usize {
        self.free_runs.get(i).map_or(i, |&s| s.max(lo).min(i))
    }

    /// The text of token `i`.
    #[inline]
    pub fn word(&self, i: usize) -> &'t str {
        self.toks[i].span.text(self.text)
    }

    /// Token `i` is a word outside quotations.
    #[inline]
    pub fn free_word(&self, i: usize) -> bool {
        i < self.toks.len() && self.toks[i].is_free_word()
    }

    /// Token `i` is a word outside quotations found in `lexicon`.
    #[inline(always)]
    pub fn is(&self, i: usize, lexicon: &Lexicon) -> bool {
        self.free_word(i) && lexicon.has_token(self.lists[i], self.word(i))
    }

    /// The lists of the [`lexicon::TokenTable`] that hold token `i`, as bits
    /// ([`lexicon::bits`]); none past the last token.
    #[inline]
    pub fn lists(&self, i: usize) -> u128 {
        self.lists.get(i).copied().unwrap_or(0)
    }

    /// Token `i` is a given name ([`lexicon::is_given_name`]), read from its lists
    /// unless it has accents or a hyphen.
    pub fn given_name(&self, i: usize) -> bool {
        if self.lists[i] & lexicon::bits::GIVEN_NAME != 0 {
            return true;
        }
        let w = self.word(i);
        (!w.is_ascii() || w.contains('-')) && lexicon::is_given_name(w)
    }

    /// Token `i`, whatever it is, is found in `lexicon` (`lexicon.has(doc.word(i))`,
    /// read from the lists of the token found once).
    #[inline(always)]
    pub fn word_in(&self, i: usize, lexicon: &Lexicon) -> bool {
        lexicon.has_token(self.lists[i], self.word(i))
    }

    /// The first token that starts at or after the start of `span` (a content's first
    /// token).
    pub fn first_token(&self, span: Span) -> usize {
        self.toks.partition_point(|t| t.span.start < span.start)
    }

    /// The tokens of `span`: [`Doc::first_token`], and the end after the last token
    /// that ends within it.
    pub fn tokens_of(&self, span: Span) -> (usize, usize) {
        let last = self.toks.partition_point(|t| t.span.end <= span.end);
        (self.first_token(span), last)
    }

    /// Token `i` is an auxiliary or a form of "be" outside quotations ("has", "was").
    pub fn is_aux_or_be(&self, i: usize) -> bool {
        self.is(i, &lexicon::AUXILIARY) || self.is(i, &lexicon::BE)
    }

    /// Token `i` counts something: a word of digits or a word of number
    /// ([`lexicon::cues::COUNT_OPENERS`]: "two", "several", "dozens").
    pub fn is_count(&self, i: usize) -> bool {
        self.free_word(i)
            && (self.word(i).starts_with(|c: char| c.is_ascii_digit())
                || lexicon::cues::COUNT_OPENERS
                    .iter()
                    .any(|w| self.word(i).eq_ignore_ascii_case(w)))
    }

    /// Token `i` is the word `w` (ignoring case).
    #[inline]
    pub fn is_word(&self, i: usize, w: &str) -> bool {
        self.free_word(i) && self.word(i).eq_ignore_ascii_case(w)
    }

    /// Token `i` is a word starting with a capital letter, or with a letter of
    /// a script that has no case (Chinese, Japanese, Arabic, Hebrew, Hindi,
    /// Thai): a name in such a script is written as it is, and reads as one.
    /// Past the last token, false, as [`Doc::free_word`] is: rules look one word
    /// ahead ("company Apple" at the very end of the text).
    #[inline]
    pub fn is_cap(&self, i: usize) -> bool {
        self.caps.get(i).copied().unwrap_or(false)
    }

    /// [`Doc::is_cap`] worked out from the token's text.
    fn capitalised(&self, i: usize) -> bool {
        self.toks[i].kind == Kind::Word && {
            let w = self.word(i);
            match w.as_bytes().first() {
                Some(c) if c.is_ascii_uppercase() => true,
                Some(c) if c.is_ascii() => particle_name(w),
                _ => w.chars().next().is_some_and(capital_or_caseless),
            }
        }
    }

    /// Token `i` is a dash: "--", an en or em dash, or a hyphen standing
    /// between spaces ("Yili - full name Inner Mongolia Yili - said").
    pub fn is_dash(&self, i: usize) -> bool {
        match self.kind(i) {
            Some(Kind::Dash) => true,
            Some(Kind::Other) => {
                let span = self.toks[i].span;
                let spaced = |b: Option<u8>| b.is_some_and(|b| b.is_ascii_whitespace());
                self.word(i) == "-"
                    && spaced(span.start.checked_sub(1).map(|k| self.text.as_bytes()[k]))
                    && spaced(self.text.as_bytes().get(span.end).copied())
            }
            _ => false,
        }
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
    /// right after a stop, where the segmenter ends a sentence. A stop the
    /// segmenter reads on ("43,.590 dlrs", "a price of .125 dlrs") ends none.
    pub fn ends_sentence(&self, k: usize) -> bool {
        let t = self.toks[k];
        let terminal = match t.kind {
            Kind::Stop => t.quote.is_none(),
            Kind::Close => k > 0 && self.toks[k - 1].kind == Kind::Stop,
            _ => false,
        };
        terminal && self.ends.at(t.span.start)
    }

    /// The local sentence around token `i` as a token range: the segmenter's
    /// sentence starts and ends outside quotations bound it, so that a
    /// quotation of several sentences stays in the sentence that quotes it.
    /// Read from a table built once, so that each call costs the same however
    /// long the sentence is.
    pub fn sentence_range(&self, i: usize) -> (usize, usize) {
        self.ranges[i]
    }

    /// A word that can stand in a noun phrase naming a source.
    pub fn np_word(&self, i: usize) -> bool {
        if !self.free_word(i) {
            return false;
        }
        use lexicon::bits::*;
        const NOUN_PHRASE_LISTS: u128 = FILLER
            | PERSON_ONE
            | PERSON_MANY
            | ORG_HEAD
            | MEDIA_HEAD
            | PROGRAMME
            | DOCUMENT
            | TITLE
            | DESCRIPTOR;
        let w = self.word(i);
        self.is_cap(i)
            || w.ends_with("’s")
            || w.ends_with("'s")
            || self.lists[i] & NOUN_PHRASE_LISTS != 0
            || compound_person_noun(w)
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
            // Weekdays ("said Tuesday") are not names; an outlet's own word is ("told USA
            // Today")
            if self.is_cap(e)
                && lexicon::ADJUNCT.has(w)
                && !(e > k && lexicon::MEDIA_NAME.has(self.span(k, e + 1).text(self.text)))
            {
                break;
            }
            // "told Monday's Financial Times the plan was dead": a determiner after a name
            // opens the next noun phrase
            if e > k && self.is_cap(e - 1) && ["the", "a", "an"].contains(&w) {
                break;
            }
            e += 1;
        }
        // Do not end on a filler ("the", "and", "of").
        while e > k && self.word_in(e - 1, &lexicon::NOT_LAST) {
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

    /// The furthest [`Quote::reach`] of the quotations that open inside `span`, or `None`
    /// when none does: two binary searches, so that a rule asked at every cue of a long
    /// sentence full of quotations does not read them all each time.
    pub fn furthest_quote_reach(&self, span: Span) -> Option<usize> {
        let from = self.quotes.partition_point(|q| q.open < span.start);
        let to = from + self.quotes[from..].partition_point(|q| q.open < span.end);
        let inside = &self.quotes[from..to];
        if self.reaches_sorted {
            inside.last().map(Quote::reach)
        } else {
            inside.iter().map(Quote::reach).max()
        }
    }

    /// The first token that starts at or after byte `at` (the number of tokens when none
    /// does).
    pub fn first_token_from(&self, at: usize) -> usize {
        self.toks.partition_point(|t| t.span.start < at)
    }

    /// Index of the quotation that opens at token `k` (a [`Kind::Open`]).
    pub fn quote_opening_at(&self, k: usize) -> Option<usize> {
        let at = self.toks[k].span.start;
        self.quotes.binary_search_by_key(&at, |q| q.open).ok()
    }
}

/// A name opened by a short lower-case particle and a hyphen ("al-Jibouri",
/// "el-Sisi", "ul-Haq"): part of a name as much as a capitalised word.
fn particle_name(w: &str) -> bool {
    let b = w.as_bytes();
    let hyphen = match b {
        [p, q, b'-', c, ..] if p.is_ascii_lowercase() && q.is_ascii_lowercase() => Some(c),
        _ => None,
    };
    hyphen.is_some_and(|c| c.is_ascii_uppercase())
}

/// A capital letter, or a letter of a script without case ("习", "م"): ASCII
/// and Latin, Greek or Cyrillic lower-case letters are neither.
fn capital_or_caseless(c: char) -> bool {
    c.is_uppercase() || (!c.is_ascii() && c.is_alphabetic() && !c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimkit_core::Document;

    impl Doc<'_> {
        /// The local sentence around token `i` as a token range: segmenter sentence
        /// starts and stops outside quotations bound it, so that it is right with a
        /// segmenter that splits paragraphs and with one that does not.
        fn sentence_range_walk(&self, i: usize) -> (usize, usize) {
            let (p0, p1) = self.paragraph_of(i);
            let mut lo = i;
            while lo > p0 {
                if self.opens_sentence[lo]
                    && self.toks[lo].quote.is_none()
                    && self.toks[lo].kind != Kind::Close
                {
                    break;
                }
                if self.ends_sentence(lo - 1) {
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
                if self.ends_sentence(hi - 1) {
                    break;
                }
            }
            (lo, hi.max(i + 1).min(p1.max(i + 1)))
        }
    }

    fn doc_of(body: &str) -> (String, Vec<Sentence>) {
        let doc = Document::from_body("t", body);
        let sentences = claimkit_segment::split_sentences(&doc.text, &doc.paragraphs);
        (doc.text, sentences)
    }

    /// Every table of `doc` against the walk or scan it replaces.
    fn check_tables(body: &str) {
        let (text, sentences) = doc_of(body);
        let doc = Doc::new(&text, &sentences);
        for i in 0..doc.toks.len() {
            assert_eq!(
                doc.sentence_range(i),
                doc.sentence_range_walk(i),
                "{body:?} at {i}"
            );
            let mut j = i;
            while j > 0 && doc.free_word(j - 1) {
                j -= 1;
            }
            assert_eq!(doc.free_run_start(i, 0), j);
            let quote = doc.toks[i].quote;
            let mut e = i;
            while e < doc.toks.len()
                && doc.toks[e].quote == quote
                && doc.kind(e) != Some(Kind::Stop)
            {
                e += 1;
            }
            assert_eq!(doc.stop_in_quote(i, quote), e);
            let span = doc.toks[i].span;
            let scan = doc
                .quotes
                .iter()
                .any(|q| q.inner.start <= span.start && span.end <= q.inner.end);
            assert_eq!(doc.in_quote(span), scan);
            let to = doc.toks[(i + 6).min(doc.toks.len() - 1)].span;
            let wide = Span::new(span.start, to.end.max(span.end));
            let reach = doc
                .quotes
                .iter()
                .filter(|q| wide.start <= q.open && q.open < wide.end)
                .map(Quote::reach)
                .max();
            assert_eq!(doc.furthest_quote_reach(wide), reach, "{body:?} at {i}");
            let first = (0..doc.toks.len()).find(|&t| doc.toks[t].span.start >= span.end);
            assert_eq!(
                doc.first_token_from(span.end),
                first.unwrap_or(doc.toks.len())
            );
        }
    }

    #[test]
    fn names_in_scripts_without_case_and_after_a_particle_read_as_capitalised() {
        use super::{capital_or_caseless, particle_name};
        for c in ['习', 'م', 'א', 'П', 'É'] {
            assert!(capital_or_caseless(c), "{c}");
        }
        for c in ['a', 'п', 'é', '1'] {
            assert!(!capital_or_caseless(c), "{c}");
        }
        assert!(particle_name("al-Jibouri") && particle_name("el-Sisi"));
        assert!(!particle_name("al-qaeda-linked") && !particle_name("e-mail"));
    }

    #[test]
    fn a_stop_the_segmenter_reads_on_ends_no_local_sentence() {
        // Reuters, 1987: a decimal written without its zero, a state abbreviation.
        let body = "The warrants are exercisable at a purchase price of .125 dlrs per share. \
                    It was sold to Dole (Kan.), the company said.";
        let (text, sentences) = doc_of(body);
        let doc = Doc::new(&text, &sentences);
        let at = |w: &str| (0..doc.toks.len()).find(|&i| doc.word(i) == w).unwrap_or(0);
        let (lo, hi) = doc.sentence_range(at("purchase"));
        assert_eq!((doc.word(lo), doc.word(hi - 1)), ("The", "."));
        assert!(hi > at("share"));
        assert_eq!(doc.word(at("Kan.")), "Kan.");
        assert_eq!(doc.sentence_range(at("company")).0, at("It"));
    }

    #[test]
    fn the_tables_match_the_walks_over_tokens() {
        let bodies = [
            "U.S. officials said Russia struck. “We will act,” he said. “More later.\n\n“Yes.” \
             Mr. Smith, a spokesman, said: “No.” Then—after a pause—“Go” and stop",
            "According to officials, 12 died; others said 20. “I think,” he said, “it is so.”",
            "one two three. Four “five. six” seven. “Eight.” Nine\n\nTen, “eleven” twelve.",
        ];
        for body in bodies {
            check_tables(body);
        }
    }

    proptest::proptest! {
        #[test]
        fn the_tables_match_the_walks_on_any_news_text(parts in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::strategy::Just("He said "),
                proptest::strategy::Just("“We think so,” "),
                proptest::strategy::Just("officials said. "),
                proptest::strategy::Just("\"Yes.\" "),
                proptest::strategy::Just("Mr. Smith, "),
                proptest::strategy::Just("— "),
                proptest::strategy::Just("\n\n"),
                proptest::strategy::Just("it rose; "),
                proptest::strategy::Just("“Open "),
                proptest::strategy::Just("ends.” "),
            ],
            0..30,
        )) {
            check_tables(&parts.concat());
        }
    }
}
