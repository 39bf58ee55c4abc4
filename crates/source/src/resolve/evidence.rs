//! What the words of a mention tell about who it is: a gender (a gendered title,
//! a given name, a pronoun), an organisation or a group of people (body words,
//! corporate suffixes, ampersand firms, web addresses), and a title used as a
//! description ("the prime minister"). [`super::People`] reads them as it meets
//! each name.

use super::*;

/// The gender a person mention tells: a gendered title or honorific among
/// `words` ("Ms.", "spokeswoman"), else the first given name in a full name
/// `full` of two words or more ("Singer Bruce Springsteen" → Bruce).
pub fn gender_of<'a>(words: impl IntoIterator<Item = &'a str>, full: &str) -> Option<Gender> {
    let mut names = full.split_whitespace();
    words
        .into_iter()
        .find_map(lexicon::gender_of_title)
        .or_else(|| {
            let two_or_more = full.split_whitespace().nth(1).is_some();
            if two_or_more {
                names
                    .find(|w| lexicon::is_given_name(w))
                    .and_then(lexicon::gender_of_name)
            } else {
                None
            }
        })
}

/// The gender a personal pronoun carries ("he", "she"), if any.
pub fn gender_of_pronoun(word: &str) -> Option<Gender> {
    if word.eq_ignore_ascii_case("he") {
        Some(Gender::Man)
    } else if word.eq_ignore_ascii_case("she") {
        Some(Gender::Woman)
    } else {
        None
    }
}

/// A one-word name that nothing marks as a person's is an organisation's
/// ("Nintendo said", "DEC says", "Krispy Kreme" aside): news introduces a
/// person with a title, a role or a full name before using the surname alone,
/// so a lone word that is no known surname and no given name names a company,
/// a party or a body. An acronym ("NATO", "BT") is one too, and so is a word the
/// article wrote after a body's noun ("rights group Liberty … Liberty said"), even
/// when a list holds it as a given name, or after "the" ("the Bundesbank said")
/// when nothing makes it a person's.
pub fn is_organisation_name(
    doc: &Doc,
    m: &crate::mentions::Mention,
    source: claimkit_core::Span,
    people: &People,
) -> bool {
    let (SourceType::NamedPerson, None, Some(name)) = (m.source_type, m.pronoun, m.name) else {
        return false;
    };
    let written = name.text(doc.text);
    let word = written
        .strip_suffix("’s")
        .or_else(|| written.strip_suffix("'s"))
        .unwrap_or(written);
    let (word, the) = match word.strip_prefix("The ") {
        Some(rest) => (rest, true),
        None => (word, false),
    };
    let acronym = word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
    let before = doc.text.get(source.start..name.start).unwrap_or("");
    let the = the || before.trim().eq_ignore_ascii_case("the");
    // "France's Snecma said it had won …": a country's possessive before a body's name
    let country = before.trim();
    let country = country
        .strip_suffix("’s")
        .or_else(|| country.strip_suffix("'s"))
        .is_some_and(|c| lexicon::PLACE.has(c));
    let body_evidence_after_country = country && people.org_words.contains(word);
    // "the OSI said", "The CBO says": an acronym after "the" names a body
    let the_acronym = acronym && the;
    // "the Bundesbank said": no person is written with "the"
    let the_body = the && !acronym && !person_word(word, people);
    let lead_ok = the_acronym || the_body || body_evidence_after_country;
    if (name.start != source.start && !lead_ok)
        || (m.role.is_some() && !lead_ok)
        || word.contains(char::is_whitespace)
        || lexicon::TITLE.has(word)
    {
        return false;
    }
    // "Mulyani said", "Путин said": a lone name is a person's unless the article
    // writes it as a body's ("the firm Turkcell", "Turkcell says it …")
    // "Moody's said": a possessive cannot be a person speaking, only a firm's name
    let possessive = word.len() < written.len();
    let body_evidence = !people.maybe_known(word) && people.org_words.contains(word);
    let after_body_noun = !people.maybe_known(word) && people.kind_named.contains_key(word);
    let evidence = body_evidence || after_body_noun || body_evidence_after_country;
    (!lexicon::is_given_name(word) || after_body_noun)
        && (acronym || possessive || the_body || web_address(word) || evidence)
}

/// Endings of words for a person that "the" may open ("the Texan", "the Frenchman",
/// "the Republican"), besides [`lexicon::people::PERSON_ENDINGS`].
const PERSON_AFTER_THE: &[&str] = &["an", "man", "men", "ese", "ish", "i"];

/// The capitalised `word` may be a person or a person's description: a given name,
/// a surname the article uses, a nationality, a party or a person's ending.
fn person_word(word: &str, people: &People) -> bool {
    let lower = word.to_lowercase();
    lexicon::is_given_name(word)
        || people.maybe_known(word)
        || lexicon::NATIONALITY.has(word)
        || lexicon::NATIONAL.has(word)
        || lexicon::PARTY_WORD.has(word)
        || lexicon::DESCRIPTOR.has(word)
        || lexicon::people::PERSON_ENDINGS
            .iter()
            .chain(PERSON_AFTER_THE)
            .any(|end| lower.ends_with(end))
}

/// "Brokers said …", "Seismologists said …": a lone capitalised word (or one
/// with a post-modifier: "Backers of the plan say") that
/// opens the sentence and ends like a plural noun for people by what they do
/// ([`lexicon::people::GROUP_ENDINGS`]) is capitalised only because it opens
/// the sentence. Unless the article writes it as a person's name (a full name
/// ending with it, a capitalised run mid-sentence) or as a body's, or it is a
/// given name or a place, it names a group of people, not a person.
pub fn is_group_noun(
    doc: &Doc,
    m: &crate::mentions::Mention,
    (s, e): (usize, usize),
    people: &People,
) -> bool {
    let (SourceType::NamedPerson, None) = (m.source_type, m.pronoun) else {
        return false;
    };
    // "Backers of the plan say": a post-modifier opened by a preposition and a
    // lower-case word may follow ("Sanders of Vermont" is a name and its place)
    let post_modified = e > s + 2
        && doc.free_word(s + 1)
        && doc.is(s + 1, &lexicon::PREPOSITION)
        && doc.free_word(s + 2)
        && !doc.is_cap(s + 2);
    if !(e == s + 1 || post_modified) || !doc.opens_sentence[s] || !doc.free_word(s) {
        return false;
    }
    let word = doc.word(s);
    let lower = word.to_lowercase();
    let is_capitalised_word = word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase);
    is_capitalised_word
        && lexicon::people::GROUP_ENDINGS
            .iter()
            .any(|end| lower.len() > end.len() + 2 && lower.ends_with(end))
        && unlisted_word(word)
        && !lexicon::is_given_name(word)
        && !people.maybe_known(word)
        && !people.org_words.contains(word)
}

/// A site's name written as its address ("Gawker.com", "CBC.ca"): a body,
/// never a person.
fn web_address(word: &str) -> bool {
    word.rsplit_once('.').is_some_and(|(name, end)| {
        !name.is_empty()
            && (2..=4).contains(&end.len())
            && end.bytes().all(|c| c.is_ascii_lowercase())
    })
}

/// The capitalised word at token `t` is written as a body's name: after a
/// body noun ("oil giant Yukos", "the firm Turkcell"), before a noun only a
/// body owns ("Turkcell's stake", "Yukos shares"), or as the subject of a cue
/// whose content opens with "its" ("Yukos claims its downfall …"; "it" is
/// too often the subject of the content itself: "she said it was wrong").
pub(super) fn org_evidence_at(doc: &Doc, t: usize) -> bool {
    let lower = |k: usize| k < doc.toks.len() && doc.free_word(k) && !doc.is_cap(k);
    let after_body = t > 0
        && lower(t - 1)
        && (doc.is(t - 1, &lexicon::ORG_HEAD) || doc.is(t - 1, &lexicon::COMPANY_HEAD));
    if !lower(t + 1) {
        return after_body || heads_a_titled_name(doc, t);
    }
    if after_body || doc.is(t + 1, &lexicon::OWNED_BY_BODY) || heads_a_titled_name(doc, t) {
        return true;
    }
    let Some(k) = cue_after(doc, t + 1) else {
        return false;
    };
    // "Lockheed said it would bid for …": "it" doing what only a body does
    if doc.is_word(k + 1, "its") || it_acts(doc, k + 1) {
        return true;
    }
    // "Nintendo said …. It added …", "…. The company said …": the next sentence
    // goes on with the body's own words
    let (lo, hi) = doc.sentence_range(t);
    let next = if doc.is_word(hi, "it") {
        hi + 1
    } else if doc.is_word(hi, "the") && doc.is(hi + 1, &lexicon::COMPANY_HEAD) {
        hi + 2
    } else {
        return false;
    };
    t == lo && cue_after(doc, next).is_some()
}

/// How many title words may stand between a body's name and the name of the person
/// who holds the office ("Acme chief executive officer Ann Lee").
const TITLE_REACH: usize = 4;

/// "InfoNation President Dan McDowell", "Zentrix chief executive Ann Lee": the word at
/// token `t`, itself no title or honorific, opens title words that a name of two
/// capitalised words or more follows, so it names the body the office is held in.
fn heads_a_titled_name(doc: &Doc, t: usize) -> bool {
    let title = |k: usize| k < doc.toks.len() && doc.free_word(k) && doc.is(k, &lexicon::TITLE);
    if !title(t + 1) || title(t) || doc.is(t, &lexicon::HONORIFIC) {
        return false;
    }
    let k = (t + 1..t + 1 + TITLE_REACH)
        .find(|&k| !title(k))
        .unwrap_or(t + 1 + TITLE_REACH);
    // "One major Wall Street firm": a title word in lower case before the name is an
    // office only when it is a noun for a person ("chief executive")
    let office = doc.is_cap(k - 1) || doc.is(k - 1, &lexicon::PERSON_ONE);
    let end = crate::mentions::name_run(doc, k, doc.toks.len().min(k + 3));
    office && end >= k + 2 && !doc.is(k, &lexicon::HONORIFIC)
}

/// How many words of an adjunct may stand between a cue and "that" ("announced on
/// Monday that it …").
const THAT_REACH: usize = 4;

/// The content opening at token `k` ("it would bid", "on Monday that it is
/// quitting") has "it" as its subject doing a body's act ([`body_act_after`]).
fn it_acts(doc: &Doc, k: usize) -> bool {
    let it = if doc.is_word(k, "it") {
        k
    } else {
        let Some(that) = (k..k + THAT_REACH)
            .take_while(|&t| doc.free_word(t))
            .find(|&t| doc.is_word(t, "that"))
        else {
            return false;
        };
        that + 1
    };
    doc.is_word(it, "it") && body_act_after(doc, it + 1)
}

/// How many auxiliaries and adverbs may stand between "it" and a body's act
/// ("it had already won").
const ACT_REACH: usize = 2;

/// A verb of [`lexicon::organizations::BODY_ACTS`] at token `k` or after up to
/// [`ACT_REACH`] auxiliaries, forms of "be" and adverbs ("would bid", "is quitting").
fn body_act_after(doc: &Doc, k: usize) -> bool {
    let between = |k: usize| {
        doc.free_word(k)
            && (doc.is(k, &lexicon::AUXILIARY)
                || doc.is(k, &lexicon::BE)
                || doc.is(k, &lexicon::BETWEEN))
    };
    let from = k;
    let k = (k..k + ACT_REACH)
        .find(|&k| !between(k))
        .unwrap_or(k + ACT_REACH);
    // "it was closed" is passive; "it is quitting" acts
    let passive = (from..k).any(|b| doc.is(b, &lexicon::BE)) && !doc.word(k).ends_with("ing");
    doc.free_word(k)
        && !doc.is_cap(k)
        && !passive
        && lexicon::organizations::BODY_ACTS.contains(&doc.word(k))
}

/// Token `t` comes right after a lower-case company noun ("giant", "insurer").
fn after_company_noun(doc: &Doc, t: usize) -> bool {
    t > 0 && doc.free_word(t - 1) && !doc.is_cap(t - 1) && doc.is(t - 1, &lexicon::COMPANY_HEAD)
}

/// The capitalised word at token `t` follows a lower-case company noun and
/// opens no person's or place's name ("oil giant Yukos", "the insurer Aviva";
/// not "company chairman John Smith", "construction company New York").
pub(super) fn named_after_company_noun(doc: &Doc, t: usize) -> bool {
    if !after_company_noun(doc, t) {
        return false;
    }
    let w = unpossessive(doc.word(t));
    // "rights group Liberty said": a given name alone after the noun is the body's
    let alone = !doc.is_cap(t + 1);
    unlisted_word(w)
        && !lexicon::REGION.has(w)
        && (!lexicon::is_given_name(w) || alone)
        && !lexicon::TITLE.has(w)
        && !lexicon::HONORIFIC.has(w)
}

/// The cue verb at token `k` or after up to two auxiliaries and adverbs
/// ("has also said").
fn cue_after(doc: &Doc, mut k: usize) -> Option<usize> {
    let from = k;
    while k < from + 2 && doc.is(k, &lexicon::BETWEEN) {
        k += 1;
    }
    (doc.free_word(k) && lexicon::cues::cue_kind(doc.word(k)).is_some()).then_some(k)
}

/// A mention typed as a person's name that is two capitalised names joined by an
/// ampersand: a firm ("Standard & Poor's said", not a person called "Poor's").
pub fn ampersand_firm(
    doc: &Doc,
    m: &crate::mentions::Mention,
    source: claimkit_core::Span,
) -> bool {
    let text = doc.text.get(source.start..source.end).unwrap_or("");
    m.source_type == SourceType::NamedPerson
        && m.pronoun.is_none()
        && (ampersand_name(text) || and_firm(text))
}

/// "S and P said", "Standard and Poor's said", "Johnson and Johnson said": two
/// capitalised words joined by "and", as agency copy writes a firm's ampersand, name
/// the firm when one is an initial, the second ends with a possessive, or both are
/// the same word; two people's names stay two speakers ("Smith and Jones said").
fn and_firm(text: &str) -> bool {
    let Some((a, b)) = text.split_once(" and ") else {
        return false;
    };
    let word = |w: &str| {
        !w.contains(char::is_whitespace) && w.chars().next().is_some_and(char::is_uppercase)
    };
    let initial = |w: &str| w.trim_end_matches('.').chars().count() == 1;
    let bare = crate::mentions::unpossessive(b);
    word(a) && word(b) && (initial(a) || initial(b) || bare.len() < b.len() || a == bare)
}

/// Two capitalised names joined by an ampersand name a firm: "Standard & Poor's",
/// "Procter & Gamble", "Johnson & Johnson", "AT & T".
pub(super) fn ampersand_name(text: &str) -> bool {
    let capital = |w: Option<&str>| {
        w.and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    };
    text.split_once(" & ").is_some_and(|(a, b)| {
        capital(a.split_whitespace().last()) && capital(b.split_whitespace().next())
    })
}

/// "the striker", "the 45-year-old", "the former economist", "the Texas
/// Democrat" at tokens `s..e`: "the" and words that end with a descriptor noun
/// (`lexicon/people.rs`), an age ("-year-old") or a party member after
/// capitalised words describe a person the article has named.
pub fn person_descriptor(doc: &Doc, s: usize, e: usize) -> bool {
    if e < s + 2 || !doc.word(s).eq_ignore_ascii_case("the") {
        return false;
    }
    let head = doc.word(e - 1);
    let age = head.ends_with("-year-old");
    // "the Texas Democrat"
    let party = lexicon::PARTY_MEMBER.has(head) && (s + 1..e).all(|k| doc.is_cap(k));
    (age || party || (doc.is(e - 1, &lexicon::DESCRIPTOR) && !doc.is_cap(e - 1)))
        && (s + 1..e).all(|k| doc.free_word(k))
}

/// The title a mention is made of, in lower case, when it is "the" and title
/// words only ("the prime minister", "the president"), with the words before them that
/// say where the person is from ("the U.S. ambassador" → "u.s. ambassador", "the South
/// African archbishop" → "south african archbishop"), else `None`.
pub fn title_description(doc: &Doc, s: usize, e: usize) -> Option<String> {
    let after_the = (s..e).find(|&k| !doc.is_word(k, "the") && !doc.is_word(k, "The"))?;
    if after_the == s || after_the >= e {
        return None;
    }
    let first = (after_the..e).find(|&k| !from_somewhere(doc, k) && !qualifier_word(doc, k))?;
    (first..e)
        .all(|k| doc.word_in(k, &lexicon::TITLE))
        .then(|| doc.span(after_the, e).text(doc.text).to_lowercase())
}

/// Words that open a sentence or a phrase capitalised but never qualify an office.
const NOT_QUALIFIERS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "his",
    "her",
    "their",
    "our",
    "in",
    "on",
    "at",
    "for",
    "from",
    "by",
    "with",
    "as",
    "after",
    "before",
    "when",
    "while",
    "if",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "then",
    "now",
    "meanwhile",
    "however",
    "former",
];

/// A capitalised word before the title words of a name or a description that says
/// which office it is: a department ("Treasury Secretary"), a party ("Labour MP"), a
/// constituency ("the Ealing North MP"). Not a title, honorific, given name, month or
/// a word that opens a phrase ("But", "The").
/// A department may be written in lower case ("the home secretary").
pub fn qualifier_word(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    let listed = lexicon::PORTFOLIO.has(w) || lexicon::PARTY_WORD.has(w);
    doc.free_word(k)
        && (listed
            || (doc.is_cap(k)
                && !lexicon::TITLE.has(w)
                && !lexicon::HONORIFIC.has(w)
                && !lexicon::CALENDAR.has(w)
                && !lexicon::is_given_name(w)
                && !w.ends_with("'s")
                && !NOT_QUALIFIERS.iter().any(|n| n.eq_ignore_ascii_case(w))))
}

/// A title description in lower case ("labour mp", "ealing north mp", "treasury
/// secretary") split into the words that qualify the office and the title words
/// that end it ("labour", "mp").
pub fn split_office(title: &str) -> (String, String) {
    let words: Vec<&str> = title.split_whitespace().collect();
    let n = words.len()
        - words
            .iter()
            .rev()
            .take_while(|w| lexicon::TITLE.has(w))
            .count();
    (words[..n].join(" "), words[n..].join(" "))
}

/// Two qualifiers of one office can name one holder: one is missing, they are the
/// same, or one is a party and the other not ("Labour MP X … the Ealing North MP").
/// Two departments, two parties or two places name two people.
pub fn qualifiers_agree(a: &str, b: &str) -> bool {
    let party = |q: &str| q.split_whitespace().any(|w| lexicon::PARTY_WORD.has(w));
    a.is_empty() || b.is_empty() || a == b || party(a) != party(b)
}

/// The word at token `k` says where a person is from, before a title: a
/// nationality, a place or a region ("the U.S. ambassador", "the South African
/// archbishop").
pub fn from_somewhere(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    doc.is_cap(k)
        && !lexicon::TITLE.has(w)
        && (origin_word(w) || w.chars().all(|c| c.is_ascii_uppercase() || c == '.'))
}

/// A word of a title written in lower case that says where its holder is from
/// ("british", "south", "u.s."): see [`from_somewhere`].
pub fn origin_word(w: &str) -> bool {
    // the lists of places and nationalities are compared exactly, capitalised
    let mut letters = w.chars();
    let capitalised: String = letters
        .next()
        .map(|c| c.to_uppercase().chain(letters).collect())
        .unwrap_or_default();
    let listed =
        |w: &str| lexicon::PLACE.has(w) || lexicon::NATIONALITY.has(w) || lexicon::REGION.has(w);
    listed(w)
        || listed(&capitalised)
        || COMPASS.iter().any(|c| c.eq_ignore_ascii_case(w))
        || (w.contains('.') && w.chars().all(|c| c.is_alphabetic() || c == '.'))
}

/// Points of the compass that open a nationality or a place ("South African"): where a
/// person is from, before a title.
const COMPASS: &[&str] = &["North", "South", "East", "West"];

/// A name of two words or more opens at token `t`, right after a lower-case company
/// noun, whatever its first word ("publishing group Independent News & Media"; not
/// "construction company New York", a place, or "company chairman John Smith").
pub(super) fn named_in_full_after_company_noun(doc: &Doc, t: usize) -> bool {
    if !after_company_noun(doc, t) {
        return false;
    }
    let name = company_run(doc, t);
    let first = doc.word(t);
    name.contains(' ')
        && !is_place_or_government(name)
        && !lexicon::is_given_name(first)
        && !lexicon::TITLE.has(first)
        && !lexicon::HONORIFIC.has(first)
}

/// The name that opens at token `t`: its run of capitalised words, with an "&"
/// between two of them ("Independent News & Media"), without a closing possessive.
pub(super) fn company_run<'t>(doc: &Doc<'t>, t: usize) -> &'t str {
    let n = doc.toks.len();
    let mut e = t + 1;
    while e < n
        && (doc.free_word(e) && doc.is_cap(e)
            || (doc.word(e) == "&" && e + 1 < n && doc.is_cap(e + 1)))
    {
        e += 1;
    }
    let text = doc.span(t, e).text(doc.text);
    text.strip_suffix("’s")
        .or_else(|| text.strip_suffix("'s"))
        .unwrap_or(text)
}

/// "Ambassador to GATT Michael Samuels", "Minister for Trade Liz Dunn": after
/// the title at token `t`, "to", "for" or "of" and a run of capitalised words
/// that names a body, then a person; the token where the person's name opens
/// (a given name, or the word after an acronym), when two name words follow.
pub(super) fn name_after_body(doc: &Doc, t: usize) -> Option<usize> {
    let c = t + 2;
    let linked = ["to", "for", "of"].iter().any(|p| doc.is_word(t + 1, p));
    if !linked || !doc.free_word(c) || !doc.is_cap(c) {
        return None;
    }
    let e = name_run(doc, c, doc.paragraph_of(t).1.min(c + 6));
    let given = (c + 1..e.saturating_sub(1)).find(|&k| doc.given_name(k));
    let n = given.unwrap_or_else(|| crate::mentions::after_acronym(doc, c, e.saturating_sub(1)));
    (n > c && e >= n + 2).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::ampersand_name;

    #[test]
    fn names_joined_by_an_ampersand_are_a_firm() {
        assert!(ampersand_name("Standard & Poor's"));
        assert!(ampersand_name("analysts at Procter & Gamble"));
        assert!(!ampersand_name("research & development"));
        assert!(!ampersand_name("Smith"));
    }
}
