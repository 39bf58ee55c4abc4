//! Mentions of documents ("the report", "a study by the Coffee Board") and whose
//! they are.

use super::*;

/// A lowercase document head ("the report", "a study"), also after a
/// possessive that holds an "of" phrase ("the Bank of Mexico's figures").
pub(super) fn document(doc: &Doc, m: &Words) -> Option<Mention> {
    let last = m.e - 1;
    let owned = last > m.s
        && !doc.is_cap(last)
        && doc.word_in(last, &lexicon::DOCUMENT)
        && is_possessive(doc.word(last - 1));
    // "Figures show …": capitalised only because it opens the sentence
    let lower = !doc.is_cap(m.head) || (m.head == m.s && doc.opens_sentence[m.s]);
    let found = owned || (lower && lexicon::DOCUMENT.has(m.head_word));
    found.then(|| Mention {
        affiliation: document_owner(doc, m),
        ..Mention::of(SourceType::Document)
    })
}

/// Who a document is by, as written: the name after "by" or "from" in its
/// post-modifier ("a 1986 study by the Coffee Board", "figures from the World
/// Bank"), else the capitalised words right before its head ("a World Bank
/// report", "Oxfam's report"). The name must open with a capital ("a survey by two
/// firms" names no one); "the" before it is no part of it, nor is a word
/// capitalised only because it opens the sentence ("Video footage", "Official
/// Treasury figures"; a possessive stays: "Oxfam's report").
pub(super) fn document_owner(doc: &Doc, m: &Words) -> Option<String> {
    let by = (m.head + 1..m.e).find(|&k| doc.is_word(k, "by") || doc.is_word(k, "from"));
    let (a, b) = match by {
        Some(k) => (k + 1 + usize::from(doc.is_word(k + 1, "the")), m.e),
        None => {
            let mut a = (m.s..m.head)
                .rev()
                .take_while(|&k| {
                    doc.free_word(k) && doc.is_cap(k) && !doc.is(k, &lexicon::CALENDAR)
                })
                .last()?;
            let opener = doc.opens_sentence[a] && !is_possessive(doc.word(a));
            let describing = lexicon::documents::NOT_OWNERS
                .iter()
                .any(|n| doc.word(a).eq_ignore_ascii_case(n));
            if opener && (describing || a + 1 == m.head) {
                a += 1;
            }
            (a, m.head)
        }
    };
    if a >= b || !doc.is_cap(a) {
        return None;
    }
    let text = doc.span(a, b).text(doc.text);
    Some(unpossessive(text).to_string())
}
