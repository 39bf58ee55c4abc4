//! Mentions of people left unnamed: pronouns, quantifiers alone ("One said"), person
//! nouns ("U.S. officials"), groups ("a group of residents"), the people of a nation
//! and a party's side.

use super::*;

/// A pronoun alone: "it" stands for an organisation, "he", "she", "I" for a
/// person, "they" and "we" for a group.
pub(super) fn pronoun(doc: &Doc, m: &Words) -> Option<Mention> {
    if m.e - m.s != 1 {
        return None;
    }
    // "We've called for …": the pronoun with its auxiliary written on
    let w = without_contraction(doc.word(m.s));
    let plural = plural_in(lexicon::function_words::PRONOUNS, w)?;
    let source_type = if w.eq_ignore_ascii_case("it") {
        SourceType::Organization
    } else {
        SourceType::NamedPerson
    };
    Some(Mention {
        pronoun: Some(plural),
        plural,
        ..Mention::of(source_type)
    })
}

/// Endings of an auxiliary written on a pronoun ("we've", "they’re", "she'll", "he'd").
const CONTRACTIONS: &[&str] = &["'ve", "’ve", "'re", "’re", "'ll", "’ll", "'d", "’d"];

/// `w` without a [`CONTRACTIONS`] ending, compared ignoring case.
pub(crate) fn without_contraction(w: &str) -> &str {
    // most words have no apostrophe in their last bytes: no look at the list
    let tail = &w.as_bytes()[w.len().saturating_sub(5)..];
    if !tail.iter().any(|&b| b == b'\'' || b == 0x99) {
        return w;
    }
    CONTRACTIONS
        .iter()
        .find_map(|c| {
            let cut = w.len().checked_sub(c.len())?;
            (w.is_char_boundary(cut) && w[cut..].eq_ignore_ascii_case(c)).then(|| &w[..cut])
        })
        .unwrap_or(w)
}

/// Whether the mention `m`, one word of `table` (compared ignoring case), is plural.
pub(super) fn one_word_of(doc: &Doc, m: &Words, table: &[(&str, bool)]) -> Option<bool> {
    if m.e - m.s != 1 {
        return None;
    }
    plural_in(table, doc.word(m.s))
}

/// Whether `w`, a word of `table` (compared ignoring case), is plural.
fn plural_in(table: &[(&str, bool)], w: &str) -> Option<bool> {
    table
        .iter()
        .find(|(p, _)| w.eq_ignore_ascii_case(p))
        .map(|&(_, plural)| plural)
}

/// "Another said", "Some said": a quantifier alone
/// ([`lexicon::people::QUANTIFIERS_ALONE`]) stands for unnamed people of a group, as
/// "those" does before the phrase that says which ("Those in favour of a ban said").
pub(super) fn quantifier_alone(doc: &Doc, m: &Words) -> Option<Mention> {
    // "Those in favour of punishment have said": the people the phrase after it names
    // ("those close to him", "those familiar with the matter"; "those reports" is a
    // document's phrase)
    let those = doc.is_word(m.s, "those")
        && !doc.is(m.head, &lexicon::DOCUMENT)
        && !doc.is(m.head, &lexicon::ORG_HEAD)
        && !doc.is(m.head, &lexicon::MEDIA_HEAD);
    let plural = if those {
        true
    } else if let Some(partitive) = partitive(doc, m) {
        return Some(partitive);
    } else {
        one_word_of(doc, m, lexicon::people::QUANTIFIERS_ALONE)?
    };
    Some(Mention {
        plural,
        ..Mention::of(SourceType::UnnamedPerson)
    })
}

/// How many words may follow "of" in a partitive mention ("several of the largest
/// lenders").
const PARTITIVE_REACH: usize = 4;

/// "Many of them", "Some of the workers", "One of us", "Several of the banks": a
/// quantifier ([`lexicon::people::QUANTIFIERS_ALONE`]), "of" and a pronoun or a plural
/// noun for people ending the mention are unnamed people of that group, and so are the
/// members of any group but documents and bodies ("Many of the 1,200"); a plural noun
/// for bodies makes them organizations, one for documents documents ("Some of the
/// reports"). `None` when the mention is no partitive.
fn partitive(doc: &Doc, m: &Words) -> Option<Mention> {
    if m.e < m.s + 3 || m.e > m.s + 2 + PARTITIVE_REACH || !doc.is_word(m.s + 1, "of") {
        return None;
    }
    let plural = plural_in(lexicon::people::QUANTIFIERS_ALONE, doc.word(m.s))?;
    let last = m.e - 1;
    let w = doc.word(last);
    // "most of those polled": the people asked
    let pronoun = |k: usize| {
        ["them", "us", "those", "these", "you"]
            .iter()
            .any(|p| doc.word(k).eq_ignore_ascii_case(p))
    };
    let asked = lexicon::cues::ASKED_PARTICIPLES.contains(&w) && pronoun(last - 1);
    let people = pronoun(last) || asked || doc.word_in(last, &lexicon::PERSON_MANY);
    // "Many of the 1,200 said": whoever they are, people, never a person named "Many"
    let source_type = if doc.word_in(last, &lexicon::ORG_MANY) {
        SourceType::Organization
    } else if !people && doc.word_in(last, &lexicon::DOCUMENT) {
        SourceType::Document
    } else {
        SourceType::UnnamedPerson
    };
    Some(Mention {
        plural,
        ..Mention::of(source_type)
    })
}

/// A people's name in the plural ("the Israelis", "Kenyans"): the people of a
/// nation or side, unnamed, with the nationality as affiliation.
pub(super) fn people_of_nation(doc: &Doc, m: &Words) -> Option<Mention> {
    if m.head + 1 != m.e || !doc.is_cap(m.head) {
        return None;
    }
    let stem = m.head_word.strip_suffix('s')?;
    lexicon::NATIONALITY.has(stem).then(|| Mention {
        plural: true,
        affiliation: Some(stem.to_string()),
        ..Mention::of(SourceType::UnnamedPerson)
    })
}

/// A person noun ("officials", "a diplomat"), with the capitalised words
/// before it as affiliation ("U.S. officials").
pub(super) fn person_noun(doc: &Doc, m: &Words) -> Option<Mention> {
    let (s, head, head_word) = (m.s, m.head, m.head_word);
    if !(lexicon::PERSON_ONE.has(head_word) || lexicon::PERSON_MANY.has(head_word)) {
        return None;
    }
    // "Police said", "Hong Kong police", "Indiana State Police": the force, named or
    // not, is a body (its officers and spokesmen are people)
    if head_word.eq_ignore_ascii_case("police") {
        return Some(Mention {
            affiliation: (s..head)
                .find(|&k| doc.is_cap(k) && (k > s || !doc.is(k, &lexicon::FILLER)))
                .map(|a| doc.span(a, head).text(doc.text).to_string()),
            ..Mention::of(SourceType::Organization)
        });
    }
    let mut found = Mention {
        plural: lexicon::PERSON_MANY.has(head_word) || (s..head).any(|k| doc.is_word(k, "and")),
        ..Mention::of(SourceType::UnnamedPerson)
    };
    if let Some(a) = (s..head).find(|&k| doc.is_cap(k) && (k > s || !doc.is(k, &lexicon::FILLER))) {
        found.affiliation = Some(doc.span(a, head).text(doc.text).to_string());
    }
    Some(found)
}

/// How many words may stand between "of" and the plural noun for people after a
/// collective noun ("a group of 40 angry residents").
pub(super) const GROUP_OF_REACH: usize = 4;

/// "A group of residents", "a team of doctors": a collective noun
/// ([`lexicon::COLLECTIVE`]) as head, then "of" and, ending the mention, a
/// plural noun for people within [`GROUP_OF_REACH`] words: those people, unnamed.
pub(super) fn group_of_people(doc: &Doc, m: &Words) -> Option<Mention> {
    let (head, e) = (m.head, m.e);
    let people = doc.is_word(head + 1, "of")
        && lexicon::COLLECTIVE.has(m.head_word)
        && e > head + 2
        && e <= head + 2 + GROUP_OF_REACH
        && doc.word_in(e - 1, &lexicon::PERSON_MANY);
    people.then(|| Mention {
        plural: true,
        ..Mention::of(SourceType::UnnamedPerson)
    })
}

/// Chambers whose members of a side are named by it ("Senate Republicans", "House
/// Democrats").
const CHAMBERS: &[&str] = &[
    "Senate",
    "House",
    "Congressional",
    "Assembly",
    "Parliamentary",
];

/// A party's name in the plural opening the mention, without "the", names
/// members of a side: unnamed people ("Democrats have accused …",
/// "Conservatives in parliament say …").
pub(super) fn party_side(doc: &Doc, m: &Words) -> Option<Mention> {
    // "Democrats", "the Tories"; not a party's name, "the Liberal Democrats"
    let alone = m.head == m.s || (m.head == m.s + 1 && doc.word(m.s).eq_ignore_ascii_case("the"));
    // "Two leading Senate Republicans", "Texas Democrats": a count, lower-case words, a
    // chamber or a state before the side ("Sweden Democrats" is a party)
    let side = doc.is(m.head, &lexicon::PARTY_SIDE);
    let counted = side
        && m.head > m.s
        && !doc.word(m.s).eq_ignore_ascii_case("the")
        && (m.s..m.head).all(|k| {
            !doc.is_cap(k)
                || doc.is_count(k)
                || CHAMBERS.contains(&doc.word(k))
                || doc.is(k, &lexicon::SUBDIVISION)
        });
    (side && (alone || counted)).then(|| Mention {
        plural: true,
        ..Mention::of(SourceType::UnnamedPerson)
    })
}
