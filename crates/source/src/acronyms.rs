//! Acronyms and the names they stand for, from the article itself: "General
//! Motors has warned … GM said" and "the Congressional Budget Office (CBO) …
//! The CBO says" make "GM" General Motors and "the CBO" the Congressional
//! Budget Office. A name stands for an acronym when the initials of its
//! capitalised words spell it ("of", "and", "for", "&" and "the" inside a
//! name are skipped); the first such name before the acronym wins. Only the
//! acronyms the article uses are looked for, and only once an acronym source
//! asks: an article whose sources are no acronyms costs nothing.

use crate::doc::Doc;
use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};

/// Words inside a name that give no initial ("Bank of England").
const CONNECTORS: &[&str] = &["of", "and", "for", "&", "the", "de", "du"];

/// The longest name read for its initials, in words.
const MAX_WORDS: usize = 8;

/// The longest run of name words read at once: a name that spells an acronym
/// may open anywhere inside it ("The United Nations' Economic Commission for
/// Latin America and the Caribbean" spells ECLAC from its fourth word).
const MAX_RUN: usize = 2 * MAX_WORDS;

/// True for a word written as an acronym: two to six capital letters and
/// nothing else ("GM", "OSI", "GMAC"), with a possessive ending allowed.
pub fn is_acronym(word: &str) -> bool {
    let w = bare(word);
    (2..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// `word` without a possessive ending.
fn bare(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or(word)
}

/// Acronyms met in a document with the first name that spells each, found
/// the first time an acronym source asks for one.
#[derive(Default)]
pub struct Acronyms {
    names: OnceCell<HashMap<String, (usize, String)>>,
}

impl Acronyms {
    /// The name the acronym `word` stands for, when `doc` spelled it out
    /// before byte `at`.
    pub fn expand(&self, doc: &Doc, word: &str, at: usize) -> Option<&str> {
        let word = ["the ", "The "]
            .iter()
            .find_map(|d| word.strip_prefix(d))
            .unwrap_or(word);
        if !is_acronym(word) {
            return None;
        }
        self.names
            .get_or_init(|| spelled_out(doc))
            .get(bare(word))
            .filter(|(start, _)| *start < at)
            .map(|(_, name)| name.as_str())
    }
}

/// The names in `doc` that spell one of its acronyms, each acronym with its first.
fn spelled_out(doc: &Doc) -> HashMap<String, (usize, String)> {
    let mut names = HashMap::new();
    let wanted: HashSet<&str> = (0..doc.toks.len())
        .filter(|&k| doc.free_word(k) && is_acronym(doc.word(k)))
        .map(|k| bare(doc.word(k)))
        .collect();
    // Only a word whose initial opens an acronym can open a name that spells one.
    let mut opens = [false; 26];
    for w in &wanted {
        opens[usize::from(w.as_bytes()[0] - b'A')] = true;
    }
    let longest = wanted.iter().map(|w| w.len()).max().unwrap_or(0);
    let n = doc.toks.len();
    let mut t = 0;
    while t < n {
        if !name_word(doc, t) {
            t += 1;
            continue;
        }
        let mut e = t;
        while e < n && e - t < MAX_RUN && (name_word(doc, e) || joins(doc, e)) {
            e += 1;
        }
        while e > t && !name_word(doc, e - 1) {
            e -= 1;
        }
        for a in (t..e).filter(|&a| name_word(doc, a)) {
            let first = doc.word(a).as_bytes()[0];
            if first.is_ascii_uppercase() && opens[usize::from(first - b'A')] {
                spelled_from(doc, a, e.min(a + MAX_WORDS), longest, &wanted, &mut names);
            }
        }
        t = e.max(t + 1);
    }
    names
}

/// Record the names opening at token `a` (up to `e`) that spell a wanted acronym.
fn spelled_from(
    doc: &Doc,
    a: usize,
    e: usize,
    longest: usize,
    wanted: &HashSet<&str>,
    names: &mut HashMap<String, (usize, String)>,
) {
    // Each reading of the initials so far: a hyphenated word gives one initial
    // or one for each capitalised part ("Inter-American": I or IA).
    let mut readings = vec![String::new()];
    for b in (a..e).filter(|&b| name_word(doc, b)) {
        let word = doc.word(b);
        let parts: String = word
            .split('-')
            .filter_map(|p| p.chars().next().filter(char::is_ascii_uppercase))
            .collect();
        let mut next = Vec::with_capacity(readings.len() * 2);
        for r in &readings {
            next.extend(word.chars().next().map(|c| format!("{r}{c}")));
            if parts.len() > 1 {
                next.push(format!("{r}{parts}"));
            }
        }
        next.retain(|r| r.len() <= longest);
        if next.is_empty() {
            break;
        }
        for letters in &next {
            if letters.len() >= 2 && wanted.contains(letters.as_str()) {
                let at = doc.toks[a].span.start;
                let name = doc.span(a, b + 1).text(doc.text);
                names
                    .entry(letters.clone())
                    .or_insert_with(|| (at, bare(name).to_string()));
            }
        }
        readings = next;
    }
}

/// Token `k` is a capitalised word that can give an initial: not an acronym
/// itself and not the first word of a quotation.
fn name_word(doc: &Doc, k: usize) -> bool {
    doc.free_word(k)
        && doc.is_cap(k)
        && !is_acronym(doc.word(k))
        && doc.word(k).chars().any(char::is_lowercase)
}

/// Token `k` joins two words of a name ("Bank of England", "Standard & Poor's"),
/// alone or with the connector after it ("Latin America and the Caribbean").
fn joins(doc: &Doc, k: usize) -> bool {
    let connector = |k: usize| k < doc.toks.len() && CONNECTORS.contains(&doc.word(k));
    let capital = |k: usize| k < doc.toks.len() && doc.free_word(k) && doc.is_cap(k);
    connector(k) && (capital(k + 1) || (connector(k + 1) && capital(k + 2)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frames::testing::prepared;

    fn expanded(body: &str, acronym_at: &str) -> Option<String> {
        let (text, sentences) = prepared(body);
        let doc = Doc::new(&text, &sentences);
        let at = text.rfind(acronym_at).expect("the acronym is in the text");
        Acronyms::default()
            .expand(&doc, acronym_at, at)
            .map(str::to_string)
    }

    #[test]
    fn a_name_whose_initials_spell_an_acronym_is_its_expansion() {
        // BBC, 2005
        let body = "General Motors has warned that earnings will fall. GM said costs rose.";
        assert_eq!(expanded(body, "GM").as_deref(), Some("General Motors"));
        let body = "Past Congressional Budget Office (CBO) forecasts said so. The CBO says so.";
        assert_eq!(
            expanded(body, "The CBO").as_deref(),
            Some("Congressional Budget Office")
        );
        let body = "The European Central Bank (ECB) kept rates. The ECB said so.";
        assert_eq!(
            expanded(body, "ECB").as_deref(),
            Some("European Central Bank")
        );
    }

    #[test]
    fn a_name_with_hyphenated_words_and_inner_articles_spells_its_acronym() {
        let body = "The Pan-African Development Bank (PADB) said exports rose. Trade grew, \
                    the PADB said.";
        assert_eq!(
            expanded(body, "the PADB").as_deref(),
            Some("Pan-African Development Bank")
        );
        let body = "The World Bank's Office for Asia and the Pacific said output rose. Later \
                    the Office for Asia and the Pacific (OAP) cut its forecast. OAP said so.";
        assert_eq!(
            expanded(body, "OAP").as_deref(),
            Some("Office for Asia and the Pacific")
        );
    }

    #[test]
    fn an_acronym_never_spelled_out_has_no_expansion() {
        assert_eq!(expanded("NATO said the talks went well.", "NATO"), None);
        assert!(!is_acronym("Nato") && is_acronym("GMAC") && is_acronym("GM's"));
    }
}
