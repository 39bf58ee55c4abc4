//! Matching multi-word phrases from the lexicons against tokens.

use crate::tokens::Token;

/// If the words of `phrase` (separated by single spaces) start at token `i`,
/// the index just past them. Words match any case; a one-character phrase
/// word such as "%" or "$" matches that punctuation token. Walks the bytes
/// of the phrase, so that a phrase whose first word differs costs one
/// comparison.
pub(crate) fn match_phrase(toks: &[Token], i: usize, phrase: &str) -> Option<usize> {
    let mut rest = phrase.as_bytes();
    let mut j = i;
    loop {
        let word = toks.get(j)?.text.as_bytes();
        if rest.len() < word.len() || !rest[..word.len()].eq_ignore_ascii_case(word) {
            return None;
        }
        rest = &rest[word.len()..];
        j += 1;
        match rest.split_first() {
            None => return Some(j),
            Some((b' ', after)) => rest = after,
            Some(_) => return None,
        }
    }
}

/// The longest phrase of `table` starting at token `i`, with its value.
pub(crate) fn longest<V: Copy>(
    toks: &[Token],
    i: usize,
    table: &[(&str, V)],
) -> Option<(usize, V)> {
    let mut best: Option<(usize, V)> = None;
    for &(phrase, v) in table {
        if let Some(end) = match_phrase(toks, i, phrase) {
            if best.is_none_or(|(e, _)| end > e) {
                best = Some((end, v));
            }
        }
    }
    best
}

/// Phrases of a lexicon indexed by their lower-case first word, so that a
/// token is checked against only the phrases that could start with it.
pub(crate) struct PhraseIndex {
    by_first: std::collections::HashMap<String, Vec<&'static str>>,
}

impl PhraseIndex {
    pub fn new(phrases: &[&'static str]) -> PhraseIndex {
        let mut by_first: std::collections::HashMap<String, Vec<&'static str>> = Default::default();
        for p in phrases {
            let head = p.split(' ').next().unwrap_or(p).to_lowercase();
            by_first.entry(head).or_default().push(p);
        }
        PhraseIndex { by_first }
    }

    /// The index past the longest phrase starting at token `i`, if any.
    pub fn longest(&self, toks: &[Token], i: usize) -> Option<usize> {
        let t = toks.get(i)?;
        let mut buf = [0u8; 32];
        let candidates = self.by_first.get(crate::tokens::lower(t.text, &mut buf))?;
        candidates
            .iter()
            .filter_map(|p| match_phrase(toks, i, p))
            .max()
    }
}

/// A phrase table with values, its rows grouped by their ASCII-lower-case
/// first word (in table order), so that a token is checked against only the
/// rows that could start with it. Answers exactly as [`longest`] and a scan
/// in table order would.
pub(crate) struct PhraseTable<V: 'static> {
    table: &'static [(&'static str, V)],
    heads: crate::lexicon::WordIndex<u32>,
    groups: Vec<Vec<(&'static str, V)>>,
}

impl<V: Copy> PhraseTable<V> {
    pub fn new(table: &'static [(&'static str, V)]) -> PhraseTable<V> {
        let mut names: Vec<String> = Vec::new();
        let mut groups: Vec<Vec<(&'static str, V)>> = Vec::new();
        for &(phrase, v) in table {
            let head = phrase
                .split(' ')
                .next()
                .unwrap_or(phrase)
                .to_ascii_lowercase();
            match names.iter().position(|n| *n == head) {
                Some(g) => groups[g].push((phrase, v)),
                None => {
                    names.push(head);
                    groups.push(vec![(phrase, v)]);
                }
            }
        }
        let heads = crate::lexicon::WordIndex::from_rows(names.into_iter().zip(0u32..));
        PhraseTable {
            table,
            heads,
            groups,
        }
    }

    /// The rows whose phrase may start at token `i`, in table order.
    fn rows(&self, toks: &[Token], i: usize) -> &[(&'static str, V)] {
        let Some(t) = toks.get(i) else {
            return &[];
        };
        // the index folds ASCII case only: other words take the whole table
        if t.text.len() > 32 || !t.text.is_ascii() {
            return self.table;
        }
        match self.heads.get(t.text) {
            Some(g) => &self.groups[g as usize],
            None => &[],
        }
    }

    /// The longest phrase starting at token `i`, with its value; of two
    /// equally long, the earlier row.
    pub fn longest(&self, toks: &[Token], i: usize) -> Option<(usize, V)> {
        longest(toks, i, self.rows(toks, i))
    }

    /// The first row, in table order, whose phrase starts at token `i`.
    pub fn first(&self, toks: &[Token], i: usize) -> Option<(usize, V)> {
        self.rows(toks, i)
            .iter()
            .find_map(|&(p, v)| match_phrase(toks, i, p).map(|end| (end, v)))
    }
}
