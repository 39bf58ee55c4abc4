//! Short forms of bodies named in full: "Harlow Freight Corp said it would bid.
//! … Harlow said its offer ends in May", "Smith and Jones Research Inc …. Smith
//! and Jones said". News names a company in full once and then by the leading
//! words of its name; such a mention is that body, not a person called Harlow
//! or Jones, unless the article named a person with that surname first (the
//! founder introduced before the firm that bears his name). A company named for its
//! web site is written later without the domain ("Edmunds.com …. Edmunds said").

use crate::doc::Doc;
use crate::lexicon;
use std::collections::HashMap;

/// Lower-case words inside a body's name ("Smith and Jones Research Inc", "Bank
/// of Montreal Group"): a short form never ends with one.
const JOINERS: &[&str] = &["and", "&", "of"];

/// How many words a body's name may have: a longer capitalised run is a
/// headline or a list, not a name.
const LONGEST_NAME: usize = 8;

/// The leading words of every body named in full, each with the byte offset and
/// the text of the first full name it opens.
#[derive(Default)]
pub struct ShortForms {
    by_text: HashMap<String, (usize, String)>,
}

impl ShortForms {
    /// One pass over the tokens: every capitalised run (with its joiners) that
    /// ends with a body word ("Corp", "Inc", "Group", "Bank") or a word that ends
    /// company names ("Arden Capital", "Kestrel Resources"), or follows a company
    /// noun ("the firm Kestrel Arden").
    pub fn new(doc: &Doc) -> ShortForms {
        let mut forms = ShortForms::default();
        let n = doc.toks.len();
        let cap = |k: usize| k < n && doc.free_word(k) && doc.is_cap(k);
        let mut t = 0;
        while t < n {
            if !cap(t) {
                t += 1;
                continue;
            }
            // the capitalised words of the run, with the joiners between them
            let mut words = 1;
            let mut e = t + 1;
            while words <= LONGEST_NAME && e < n {
                if cap(e) {
                    words += 1;
                    e += 1;
                } else if cap(e + 1)
                    && JOINERS.iter().any(|j| doc.is_word(e, j))
                    // "Apple Computer Inc and AST Research Inc": two companies
                    && !doc.is(e - 1, &lexicon::CORPORATE_ENDING)
                {
                    e += 1;
                } else {
                    break;
                }
            }
            // "The Harlow Freight Corp": the article opens no part of the name, nor does
            // a place's "-based" ("Tokyo-listed Sony Corp")
            let first = if doc.is_word(t, "the") { t + 1 } else { t };
            let first = if lexicon::organizations::is_place_modifier(doc.word(first)) {
                first + 1
            } else {
                first
            };
            // "Troops are U.S.-backed" at the end of the text: no name after the modifier
            if first >= e {
                t = e;
                continue;
            }
            let named = (2..=LONGEST_NAME).contains(&words)
                && first + 1 < e
                && (doc.is(e - 1, &lexicon::ORG_HEAD)
                    || doc.is(e - 1, &lexicon::COMPANY_ENDING)
                    || after_company_noun(doc, first));
            if named {
                forms.record(doc, first, e);
            } else if let Some((phrase, full)) = clipped_full_name(doc, first, e) {
                // "The Federal Reserve raised rates": the full name a clipped one stands for
                forms
                    .by_text
                    .entry(phrase.to_string())
                    .or_insert((doc.toks[first].span.start, full.to_string()));
            } else if let Some(stem) = (e == first + 1)
                .then(|| web_name_stem(doc.word(first)))
                .flatten()
            {
                // "Edmunds.com …. Edmunds expects": a site's name without its domain
                forms
                    .by_text
                    .entry(stem.to_string())
                    .or_insert_with(|| (doc.toks[first].span.start, doc.word(first).to_string()));
            }
            t = e;
        }
        forms
    }

    /// Record the leading words of the name at tokens `first..e` (up to each of
    /// its capitalised words but the last) as short forms of it.
    /// A name opened by initials ("H.F. Ahmanson and Co", "J.C. Penney Co") is
    /// written later without them too ("Ahmanson said").
    fn record(&mut self, doc: &Doc, first: usize, e: usize) {
        let at = doc.toks[first].span.start;
        let full = doc.span(first, e).text(doc.text);
        let after_initials = (first + 2 < e
            && (initials(doc.word(first)) || abbreviated_given_name(doc.word(first))))
        .then_some(first + 1);
        for start in std::iter::once(first).chain(after_initials) {
            for end in (start..e - 1).filter(|&k| doc.is_cap(k)) {
                let short = crate::mentions::unpossessive(doc.span(start, end + 1).text(doc.text));
                self.by_text
                    .entry(short.to_string())
                    .or_insert_with(|| (at, full.to_string()));
            }
        }
    }

    /// The body a mention written `text` at byte `at` is the short form of: a
    /// name opening with it written in full before `at`, with the byte offset
    /// where it was first written.
    pub fn body_of(&self, text: &str, at: usize) -> Option<(usize, &str)> {
        let text = lexicon::function_words::without_the(text);
        let text = crate::mentions::unpossessive(text);
        let mut words = text.split_whitespace();
        let first = words.next()?;
        // "Bill Gates" of the Bill Gates Foundation is the man ("Emery" alone is the firm)
        if words.next().is_some() && lexicon::is_given_name(first) {
            return None;
        }
        // "the Fed" for the Federal Reserve Board named before
        let clipped = || {
            CLIPPED
                .iter()
                .find(|(short, _)| *short == text)
                .and_then(|(_, word)| self.by_text.get(*word))
        };
        let (body_at, full) = self.by_text.get(text).or_else(clipped)?;
        (*body_at < at).then_some((*body_at, full.as_str()))
    }
}

/// Domains that end the name of a company named for its web site ("Edmunds.com",
/// "Booking.com").
/// (".org" sites are as often a person's foundation, "Obama.org", as a body's.)
const WEB_DOMAINS: &[&str] = &[".com", ".net", ".co.uk", ".io"];

/// The name `w` without its [`WEB_DOMAINS`] ending, when it has one and a name before it.
fn web_name_stem(w: &str) -> Option<&str> {
    WEB_DOMAINS
        .iter()
        .find_map(|d| w.strip_suffix(d))
        .filter(|stem| stem.chars().next().is_some_and(char::is_uppercase) && !stem.contains('.'))
}

/// The name opening at token `first` follows a lower-case company noun and opens
/// with no given name, title or place ("the private equity firm Arden Capital",
/// not "company chairman John Tower"): a body's name, though no body word ends it.
fn after_company_noun(doc: &Doc, first: usize) -> bool {
    let w = doc.word(first);
    first > 0
        && doc.free_word(first - 1)
        && !doc.is_cap(first - 1)
        && doc.is(first - 1, &lexicon::COMPANY_HEAD)
        && !lexicon::is_given_name(w)
        && !lexicon::TITLE.has(w)
        && !lexicon::HONORIFIC.has(w)
        && !lexicon::PLACE.has(w)
}

/// Clipped names of bodies, each with the words their full name opens with: "the Fed"
/// is the "Federal Reserve Board" (or "Federal Reserve") the article named.
const CLIPPED: &[(&str, &str)] = &[("Fed", "Federal Reserve")];

/// The opening words of [`CLIPPED`] that the name at tokens `first..e` starts with, and
/// the name.
fn clipped_full_name<'t>(doc: &Doc<'t>, first: usize, e: usize) -> Option<(&'static str, &'t str)> {
    let name = doc.span(first, e).text(doc.text);
    CLIPPED
        .iter()
        .find(|(_, phrase)| name.starts_with(phrase))
        .map(|&(_, phrase)| (phrase, name))
}

/// A given name cut short with a full stop, as company names keep their founder's
/// ("Fried. Krupp GmbH", "Wm. Wrigley Jr. Co"): the name is written later without it.
fn abbreviated_given_name(w: &str) -> bool {
    let Some(stem) = w.strip_suffix('.') else {
        return false;
    };
    (2..=6).contains(&stem.len())
        && stem.starts_with(|c: char| c.is_ascii_uppercase())
        && stem[1..].chars().all(|c| c.is_ascii_lowercase())
}

/// Initials written with full stops ("H.F.", "J.C.").
fn initials(w: &str) -> bool {
    w.len() >= 4
        && w.len() <= 8
        && w.ends_with('.')
        && w.split_terminator('.')
            .all(|p| p.len() == 1 && p.chars().all(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::ShortForms;
    use crate::doc::Doc;
    use crate::frames::testing::prepared;

    /// The body the last `mention` in `body` is a short form of.
    fn body_of(body: &str, mention: &str) -> Option<String> {
        let (text, sentences) = prepared(body);
        let doc = Doc::new(&text, &sentences);
        let at = text
            .rfind(&format!("{mention} said"))
            .expect("the mention is in the text");
        ShortForms::new(&doc)
            .body_of(mention, at)
            .map(|(_, full)| full.to_string())
    }

    #[test]
    fn the_leading_words_of_a_body_named_before_are_that_body() {
        let body = "Harlow Freight Corp said it would bid for a rival. Harlow said its offer \
                    ends in May.";
        assert_eq!(
            body_of(body, "Harlow").as_deref(),
            Some("Harlow Freight Corp")
        );
        let body = "Smith and Jones Research Inc said it will close a unit. Smith and Jones \
                    said the unit lost money.";
        assert_eq!(
            body_of(body, "Smith and Jones").as_deref(),
            Some("Smith and Jones Research Inc")
        );
        // a given name opens a person's full name; alone, it is the body's short form
        let body = "The Bill Gates Foundation gave $5m. Bill Gates said more would follow.";
        assert_eq!(body_of(body, "Bill Gates"), None);
        let body = "Emery Air Freight Corp said it would bid. Emery said the offer was fair.";
        assert!(body_of(body, "Emery").is_some());
        // a name opened by initials is written later without them
        let body = "J.K. Harlow and Co said it would bid. Harlow said the offer was fair.";
        assert_eq!(
            body_of(body, "Harlow").as_deref(),
            Some("J.K. Harlow and Co")
        );
        let body = "The private equity firm Arden Capital owns 90 papers. Arden said it would buy.";
        assert_eq!(body_of(body, "Arden").as_deref(), Some("Arden Capital"));
        // the body must come first
        let body = "Harlow said the offer was fair. Harlow Freight Corp later said it would bid.";
        assert_eq!(body_of(body, "Harlow"), None);
    }
}
