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
