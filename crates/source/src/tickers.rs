//! Stock tickers and bracketed company names in agency copy: "Acme Corp <ACME.N>
//! said …", "<Acme Industries Ltd> said …". The brackets are no words of the
//! sentence: a ticker is dropped with its brackets, so that the name before it
//! meets the cue, and a bracketed name keeps its words without the brackets.

use crate::tokens::{Kind, Tok};

/// The most tokens between the brackets of a ticker or a bracketed name.
const BRACKETED: usize = 10;

/// Drop tickers and the brackets around names from `toks` (the tokens of `text`).
pub fn drop_tickers(text: &str, toks: &mut Vec<Tok>) {
    if !text.contains('<') {
        return;
    }
    let mut keep = vec![true; toks.len()];
    let mut i = 0;
    while i < toks.len() {
        match bracketed_at(text, toks, i) {
            Some((close, ticker)) => {
                keep[i] = false;
                keep[close] = false;
                if ticker {
                    keep[i + 1..close].iter_mut().for_each(|k| *k = false);
                }
                i = close + 1;
            }
            None => i += 1,
        }
    }
    let mut k = 0;
    toks.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// `Some((close, ticker))` when token `i` is a `<` closed by the `>` at `close`
/// in the same paragraph with only words and full stops between, the first
/// capitalised; `ticker` when
/// they are written with no space and hold no lower-case letter ("ACME.N", "PGLO.AS.").
fn bracketed_at(text: &str, toks: &[Tok], i: usize) -> Option<(usize, bool)> {
    let mark = |k: usize, c: &str| toks[k].kind == Kind::Other && toks[k].span.text(text) == c;
    if !mark(i, "<") {
        return None;
    }
    let close = (i + 1..toks.len().min(i + BRACKETED + 2)).find(|&k| mark(k, ">"))?;
    let inner = &toks[i + 1..close];
    let capitalised = |t: &Tok| t.span.text(text).starts_with(char::is_uppercase);
    let words = inner.first().is_some_and(capitalised)
        && inner
            .iter()
            .all(|t| t.paragraph == toks[i].paragraph && matches!(t.kind, Kind::Word | Kind::Stop));
    if !words {
        return None;
    }
    let between = &text[toks[i].span.end..toks[close].span.start];
    let ticker = !between.contains(char::is_whitespace) && !between.contains(char::is_lowercase);
    Some((close, ticker))
}

#[cfg(test)]
mod tests {
    use crate::doc::Doc;
    use claimkit_core::Document;

    fn words(body: &str) -> Vec<String> {
        let article = Document::from_body("t", body);
        let sentences = claimkit_segment::split_sentences(&article.text, &article.paragraphs);
        let doc = Doc::new(&article.text, &sentences);
        (0..doc.toks.len())
            .map(|k| doc.word(k).to_string())
            .collect()
    }

    #[test]
    fn a_ticker_is_dropped_and_a_bracketed_name_keeps_its_words() {
        assert_eq!(words("Acme Corp <ACME.N> said"), ["Acme", "Corp", "said"]);
        assert_eq!(
            words("<Acme Industries Ltd> said"),
            ["Acme", "Industries", "Ltd", "said"]
        );
        assert_eq!(
            words("x < y and y > z"),
            ["x", "<", "y", "and", "y", ">", "z"]
        );
    }
}
