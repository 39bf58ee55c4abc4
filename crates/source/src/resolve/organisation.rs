//! Organisations: the name an organisation mention ends with, whether it names a
//! place or a government, and the bodies "it", "the company" or an acronym stand
//! for.

use super::*;

/// True when `name` names a place or a government rather than a company ("China",
/// "the Indian government"): "the company" and "the bank" cannot stand for it.
pub(super) fn is_place_or_government(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    lexicon::PLACE.has(name)
        || lexicon::REGION.has(name)
        || words
            .iter()
            .any(|w| w.eq_ignore_ascii_case("government") || w.eq_ignore_ascii_case("ministry"))
        || words
            .iter()
            .all(|w| lexicon::PLACE.has(w) || lexicon::NATIONALITY.has(w) || lexicon::REGION.has(w))
}

/// The name of an organisation mention, without a leading "the": `None` for a
/// description ("the company", "the firm").
pub fn organisation_name(text: &str) -> Option<&str> {
    let name = ["the ", "The "]
        .iter()
        .find_map(|d| text.strip_prefix(d))
        .unwrap_or(text)
        .trim();
    let first = name.split_whitespace().next().unwrap_or("");
    let starts_like_a_name = name.chars().next().is_some_and(char::is_uppercase)
        && !lexicon::PREPOSITION.has(first)
        && !lexicon::function_words::POSSESSIVE_DETERMINERS
            .iter()
            .any(|d| first.eq_ignore_ascii_case(d))
        && !first.eq_ignore_ascii_case("according");
    // "South Korea's top car maker" describes a body; "Hyundai Motor" names it
    // Each word's byte offset in `name`.
    let mut starts = Vec::new();
    let mut after_space = true;
    for (i, c) in name.char_indices() {
        if after_space && !c.is_whitespace() {
            starts.push(i);
        }
        after_space = c.is_whitespace();
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    // "Malaysia's" (of "Malaysia's central bank"): a place's possessive names no body
    if let [one] = words.as_slice() {
        let bare = crate::mentions::unpossessive(one);
        if bare.len() < one.len() && (lexicon::PLACE.has(bare) || lexicon::REGION.has(bare)) {
            return None;
        }
    }
    // "Hamburg-based Westbank AG": a place with "-based" is no part of the name
    let capital = |w: &str| {
        w.chars().next().is_some_and(|c| !c.is_lowercase())
            && !lexicon::organizations::is_place_modifier(w)
    };
    let last = words.last().copied().unwrap_or("");
    if !(capital(last) || CORPORATE_SUFFIXES.contains(&last)) {
        return None;
    }
    // "Scandal-hit jet fuel supplier China Aviation Oil": the name that ends it
    let mut k = words.len();
    while k > 0
        && (capital(words[k - 1])
            || CORPORATE_SUFFIXES.contains(&words[k - 1])
            || (k < words.len() && NAME_JOINERS.contains(&words[k - 1])))
    {
        k -= 1;
    }
    // "oil giant Yukos", "the firm Turkcell": a company noun before the name
    let after_kind = k > 0 && k < words.len() && lexicon::COMPANY_HEAD.has(words[k - 1]);
    if !starts_like_a_name && !after_kind {
        return None;
    }
    // "South Korea's Hyundai Motor": a place's possessive opens no name
    if let Some(j) = (k..words.len().saturating_sub(1)).rev().find(|&j| {
        let bare = words[j].trim_end_matches("'s").trim_end_matches("’s");
        bare.len() < words[j].len() && (lexicon::PLACE.has(bare) || lexicon::REGION.has(bare))
    }) {
        k = j + 1;
    }
    if k == 0 {
        return Some(name);
    }
    starts.get(k).and_then(|&at| name.get(at..))
}

/// Lowercase words that end a company's name ("Royal Dutch Shell plc").
const CORPORATE_SUFFIXES: &[&str] = &[
    "plc", "inc", "inc.", "ltd", "ltd.", "co", "co.", "corp", "corp.", "llc", "ag", "sa", "nv",
];

/// Lowercase words inside a body's name ("Bank of England", "Standard & Poor's",
/// "Vereins- und Westbank AG").
const NAME_JOINERS: &[&str] = &[
    "of", "and", "&", "for", "de", "du", "des", "del", "und", "et",
];

impl People {
    /// Record an organisation source named as `name`.
    pub fn saw_organisation(&mut self, doc: &Doc, at: usize, name: &str) {
        let name = self.acronyms.expand(doc, name, at).unwrap_or(name);
        // "Hyundai" after "Hyundai Motor": the short form is the body named in full
        let full = self.organisations.longer_form(name);
        let name = full.as_deref().unwrap_or(name);
        self.organisations
            .add(at, name, is_place_or_government(name));
    }

    /// The organisation named before byte `at` that `text` writes with its last
    /// word cut short ("Downing St" after "Downing Street").
    pub fn abbreviated_body(&self, text: &str, at: usize) -> Option<&str> {
        self.organisations.abbreviated(text, at)
    }

    /// The name an acronym mention ("GM", "the CBO") at byte `at` stands for,
    /// when the article spelled it out before.
    pub fn expand_acronym(&self, doc: &Doc, text: &str, at: usize) -> Option<&str> {
        self.acronyms.expand(doc, text, at)
    }

    /// The body named in full before byte `at` whose short or clipped name `text` is
    /// ("Sony" after "Tokyo-listed Sony Corp", "the Fed" after "the Federal Reserve
    /// Board").
    pub fn short_form_body(&self, text: &str, at: usize) -> Option<&str> {
        let text = lexicon::function_words::without_the(text);
        // "Anna Harlow, its founder" before "Harlow said she …": the person's surname;
        // "Poland said" after "Poland's National Bank": the country itself
        let place = lexicon::PLACE.has(text) || lexicon::REGION.has(text);
        if place || lexicon::SUBDIVISION.has(text) || self.person_with_surname(text, at) {
            return None;
        }
        self.short_forms.body_of(text, at).map(|(_, full)| full)
    }

    /// The organisation "it" (`company` false) or "the company" (`company` true)
    /// at byte `at` refers to: the last one named, not a place for a company; one
    /// named only in what a frame attributes when no other was.
    pub fn organisation_before(&self, at: usize, company: bool) -> Option<&str> {
        self.organisations
            .before(at, company)
            .or_else(|| self.attributed.before(at, company))
    }

    /// The body "the organisation" or "the agency" (head `noun`) at byte `at`
    /// stands for ([`lexicon::BODY_HEAD`]): the last one named whose name holds the
    /// noun, else, for a noun of a body in general, the last named that is no place.
    pub fn body_described(&self, at: usize, noun: &str) -> Option<&str> {
        let any = lexicon::ANY_BODY_HEAD.has(noun);
        self.organisations.before_described(at, noun, any)
    }

    /// The company "the group" (`kind` "group") at byte `at` stands for when the last
    /// company named, `last`, was written after another company noun: the last one
    /// written after that noun ("publishing group X buys a stake in newspaper company
    /// Y. … the group said" → X). `None` when `last` was written after the same noun,
    /// or after none: then it is `last`.
    pub fn organisation_of_kind(&self, at: usize, kind: &str, last: Option<&str>) -> Option<&str> {
        let first = last?.split_whitespace().next()?;
        let last_kind = self.kind_named.get(first)?;
        if last_kind == kind {
            return None;
        }
        self.organisations.before_of_kind(at, kind)
    }
}

#[cfg(test)]
mod tests {
    use super::organisation_name;

    #[test]
    fn an_organisation_name_is_the_name_ending_the_mention() {
        // BBC, 2005
        assert_eq!(
            organisation_name("Scandal-hit jet fuel supplier China Aviation Oil"),
            Some("China Aviation Oil")
        );
        assert_eq!(
            organisation_name("the Bank of Mexico"),
            Some("Bank of Mexico")
        );
        assert_eq!(
            organisation_name("Royal Dutch Shell plc"),
            Some("Royal Dutch Shell plc")
        );
        // a place's possessive is no part of the name
        assert_eq!(
            organisation_name("Japan's Toyota Motor"),
            Some("Toyota Motor")
        );
        assert_eq!(
            organisation_name("Standard & Poor's"),
            Some("Standard & Poor's")
        );
        // a description names no one
        assert_eq!(organisation_name("South Korea's top car maker"), None);
        assert_eq!(organisation_name("the company"), None);
    }

    #[test]
    fn it_stands_for_the_last_body_named_and_a_company_not_for_a_place() {
        let body = "Norland Mining Corp said output rose. France said it would act.";
        super::super::read_people(body, |doc, people| {
            let at = doc.text.find("it would").unwrap_or(0);
            assert_eq!(people.organisation_before(at, false), Some("France"));
            assert_eq!(
                people.organisation_before(at, true),
                Some("Norland Mining Corp")
            );
        });
    }
}
