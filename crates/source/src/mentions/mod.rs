//! Source mentions: what kind of source a mention names (named person,
//! unnamed person, organization, media, document), and the role, affiliation
//! and name it gives.

use crate::doc::Doc;
use crate::lexicon::{self, bits, exact_bits};
use claimkit_core::{SourceType, Span};

mod bodies;
mod documents;
mod media;
mod names;
mod people;

use bodies::*;
use documents::*;
use media::*;
use names::*;
use people::*;

pub(crate) use media::is_masthead;
pub(crate) use names::after_acronym;
pub(crate) use people::without_contraction;

/// A classified source mention.
#[derive(Clone, Debug)]
pub struct Mention {
    /// What kind of source it is.
    pub source_type: SourceType,
    /// The person's name inside the mention ("Barack Obama" in "President Barack Obama").
    pub name: Option<Span>,
    /// The mention names a group ("U.S. officials").
    pub plural: bool,
    /// The mention is a pronoun; `Some(true)` for "they"/"we".
    pub pronoun: Option<bool>,
    /// Title or office written with the name ("Prime Minister").
    pub role: Option<Span>,
    /// Country or organisation written with the mention ("Russian", "NATO").
    pub affiliation: Option<String>,
}

/// Lowercase words after which a mention's head noun has come ("a diplomat
/// familiar with …", "the head of …").
const HEAD_STOPS: &[&str] = &[
    "of",
    "with",
    "from",
    "familiar",
    "in",
    "at",
    "for",
    "on",
    "who",
    "close",
    "like",
    "whose",
    "which",
    "that",
    "involved",
    "based",
    "working",
    "speaking",
    "by",
    "conducted",
    "released",
    "compiled",
    "published",
    "commissioned",
    "issued",
];

/// The head of the mention at tokens `s..e`: the last word before "of",
/// "with", "who" and the like ("a diplomat familiar with …" → "diplomat"), or before
/// the participle after a document ("figures released on Monday" → "figures").
pub fn head(doc: &Doc, s: usize, e: usize) -> usize {
    // "Data released on Monday", "a survey published by …": a document's head comes
    // before the participle that opens its post-modifier, and "a report this week",
    // "a poll asking …": before an adverb of time or a present participle
    let after_document = |k: usize| {
        let w = doc.word(k);
        let opens = doc.is(k, &lexicon::DOCUMENT_POST_MODIFIER)
            || doc.is(k, &lexicon::DOCUMENT_TIME_AFTER)
            || (w.len() > 4 && w.ends_with("ing"));
        opens && doc.is(k - 1, &lexicon::DOCUMENT)
    };
    // "High Commissioner to Britain", "the envoy to the United States": a place after
    // "to" that ends the mention is where the office is held, never the head
    let to_a_place = |k: usize| {
        doc.is_word(k, "to") && {
            let from = if k + 1 < e && doc.is_word(k + 1, "the") {
                k + 2
            } else {
                k + 1
            };
            from < e && {
                let place = doc.span(from, e).text(doc.text);
                lexicon::PLACE.has(place) || lexicon::REGION.has(place)
            }
        }
    };
    (s + 1..e)
        .find(|&k| {
            doc.free_word(k)
                && !doc.is_cap(k)
                && (HEAD_STOPS.contains(&doc.word(k)) || after_document(k) || to_a_place(k))
        })
        .unwrap_or(e)
        - 1
}

/// The head of the unnamed mention at tokens `s..e` can be a person ("a dealer",
/// "the 45-year-old", "a Kenyan", "one of the guards"): a person noun, title,
/// descriptor or gendered word, a capitalised word, or a word with a person's
/// ending ([`crate::lexicon::people::PERSON_ENDINGS`]). "a pitch for the vote"
/// is none.
pub fn person_head(doc: &Doc, s: usize, e: usize) -> bool {
    let h = head(doc, s, e);
    let w = doc.word(h);
    let lower = w.to_lowercase();
    doc.is_cap(h)
        || w.eq_ignore_ascii_case("one")
        || lexicon::PERSON_ONE.has(w)
        || lexicon::TITLE.has(w)
        || lexicon::HONORIFIC.has(w)
        || lexicon::DESCRIPTOR.has(w)
        || lexicon::gender_of_title(w).is_some()
        || lexicon::people::PERSON_ENDINGS
            .iter()
            .any(|end| lower.ends_with(end))
}

/// Particles inside names ("Bashar al-Assad", "Ursula von der Leyen").
const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "ibn", "de", "van", "von", "der", "du", "la", "le", "el", "da", "di",
];

pub(crate) fn is_particle(doc: &Doc, k: usize) -> bool {
    doc.free_word(k) && NAME_PARTICLES.contains(&doc.word(k))
}

/// "The suspect, Michael Webb, was …", "According to the coach, Ann Lee, …": a name of
/// two or three words ([`name_run`]) at token `k`, before the sentence ends at `hi`,
/// closed by a comma: that comma.
pub fn name_between_commas(doc: &Doc, k: usize, hi: usize) -> Option<usize> {
    let end = name_run(doc, k, hi.min(k + 4));
    ((k + 2..=k + 3).contains(&end) && doc.kind(end) == Some(crate::tokens::Kind::Comma))
        .then_some(end)
}

/// The run of name words starting at `k` ("Jens Stoltenberg", "Abdullah II").
/// An honorific after the first word opens a name of its own ("a summit in
/// California Mr Lee said": "California" and "Mr Lee" are two mentions).
pub fn name_run(doc: &Doc, k: usize, limit: usize) -> usize {
    let mut e = k;
    while e < limit {
        let (w, lists) = (doc.word(e), doc.lists(e));
        if e > k && lists & exact_bits::HONORIFIC != 0 {
            break;
        }
        // "Data Resources' Wyss": a plural possessive names the owner, not a person
        let name_word =
            doc.is_cap(e) && lists & (bits::TITLE | bits::ADJUNCT) == 0 && !plural_possessive(w);
        if name_word
            || (e > k && lists & exact_bits::NAME_SUFFIX != 0)
            || (is_particle(doc, e) && e + 1 < limit && doc.is_cap(e + 1))
        {
            e += 1;
        } else {
            break;
        }
    }
    e
}

/// Strip a possessive ending ("Jordan’s" → "Jordan").
pub(crate) fn unpossessive(w: &str) -> &str {
    w.strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .or_else(|| {
            let mark = w.chars().last().map_or(0, char::len_utf8);
            plural_possessive(w).then(|| &w[..w.len() - mark])
        })
        .unwrap_or(w)
}

/// A plural possessive ("Nations'", "ministers’"): an apostrophe after "s".
fn plural_possessive(w: &str) -> bool {
    w.len() > 2 && (w.ends_with("s'") || w.ends_with("s’"))
}

impl Mention {
    /// A mention of `source_type` with nothing else known yet.
    fn of(source_type: SourceType) -> Mention {
        Mention {
            source_type,
            name: None,
            plural: false,
            pronoun: None,
            role: None,
            affiliation: None,
        }
    }
}

/// The mention at tokens `s..e` as the rules read it.
struct Words<'t> {
    s: usize,
    e: usize,
    /// The token of the head noun ([`head`]).
    head: usize,
    /// The head noun.
    head_word: &'t str,
    /// The mention as written.
    text: &'t str,
    /// The mention without a leading "the".
    bare: &'t str,
}

/// A reading of a mention: `Some` classifies it, `None` leaves it to the next rule.
type Rule = fn(&Doc, &Words) -> Option<Mention>;

/// The readings of a mention, in the order they are tried: the first that
/// applies classifies it, and a mention none applies to is an unnamed person.
const RULES: &[Rule] = &[
    pronoun,           // "he", "they", "it"
    quantifier_alone,  // "One said", "Some said"
    name_after_phrase, // "Governor of Washington Chris Gregoire"
    outlet_staff,      // "BBC political correspondent Mark Mardell"
    media,             // "state media", "Euronews"
    titled_name,       // "President Barack Obama", "Mr. Smith"
    document,          // "the report", "a study"
    person_noun,       // "U.S. officials", "a senior diplomat"
    group_of_people,   // "a group of residents"
    office_of_place,   // "Pakistan's High Commissioner to Britain"
    people_of_nation,  // "the Israelis", "Kenyans"
    places_alone,      // "Malaysia and Indonesia", "U.S. and Mideast"
    party_side,        // "Democrats", "Conservatives in parliament"
    named_after_kind,  // "oil giant Yukos", "the firm Turkcell"
    name_ending_head,  // "team member Rodaba Noori"
    qualified_title,   // "the Labour MP", "the Treasury Secretary"
    organisation,      // "the company", "the World Health Organization"
    capitalised_body,  // "China Aviation Oil", "South Korea's Hyundai Motor"
    title_alone,       // "the Cardinal", "the President"
    capitalised_head,  // "Nintendo", "Spacey"
];

/// Classify the mention at tokens `s..e`.
pub fn classify(doc: &Doc, s: usize, e: usize) -> Mention {
    if e <= s {
        return Mention::of(SourceType::UnnamedPerson);
    }
    let head = head(doc, s, e);
    let text = doc.span(s, e).text(doc.text);
    let words = Words {
        s,
        e,
        head,
        head_word: doc.word(head),
        text,
        bare: lexicon::function_words::without_the(text),
    };
    RULES
        .iter()
        .find_map(|rule| rule(doc, &words))
        .unwrap_or_else(|| Mention::of(SourceType::UnnamedPerson))
}

/// True for a word with a possessive ending ("Mexico's").
pub(crate) fn is_possessive(w: &str) -> bool {
    w.ends_with("’s") || w.ends_with("'s") || plural_possessive(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frames::testing::prepared;

    /// (source type, name, role, affiliation, plural) of `mention`, read where
    /// it first stands in `body`.
    fn read(body: &str, mention: &str) -> (SourceType, String, String, String, bool) {
        let (text, sentences) = prepared(body);
        let doc = Doc::new(&text, &sentences);
        let at = text.find(mention).expect("the mention is in the text");
        let s = (0..doc.toks.len())
            .find(|&k| doc.toks[k].span.start == at)
            .expect("a token starts the mention");
        let e = (s..doc.toks.len())
            .find(|&k| doc.toks[k].span.end == at + mention.len())
            .expect("a token ends the mention")
            + 1;
        let m = classify(&doc, s, e);
        let words = |span: Option<Span>| span.map_or(String::new(), |s| s.text(&text).to_string());
        let affiliation = m.affiliation.unwrap_or_default();
        (
            m.source_type,
            words(m.name),
            words(m.role),
            affiliation,
            m.plural,
        )
    }

    #[test]
    fn an_acronym_before_a_name_is_no_part_of_it() {
        let m = read(
            "U.S. Envoy to NATO Karen Holt said the alliance would meet.",
            "U.S. Envoy to NATO Karen Holt",
        );
        assert_eq!((m.0, m.1.as_str()), (SourceType::NamedPerson, "Karen Holt"));
    }

    #[test]
    fn a_document_with_a_participle_after_it_is_a_document() {
        let m = read(
            "The poll conducted by a weekly magazine said turnout would rise.",
            "The poll conducted by a weekly magazine",
        );
        assert_eq!(m.0, SourceType::Document);
        let m = read(
            "Figures released today showed growth.",
            "Figures released today",
        );
        assert_eq!(m.0, SourceType::Document);
    }

    #[test]
    fn a_plural_person_noun_opening_a_sentence_is_a_group() {
        let m = read(
            "Administrators of the farm said squatters had moved in.",
            "Administrators of the farm",
        );
        assert_eq!((m.0, m.4), (SourceType::UnnamedPerson, true));
        let m = read("Commentators said the vote was close.", "Commentators");
        assert_eq!(m.0, SourceType::UnnamedPerson);
    }

    #[test]
    fn pronouns_stand_for_people_groups_and_bodies() {
        assert_eq!(read("They said no.", "They").0, SourceType::NamedPerson);
        assert!(read("They said no.", "They").4);
        assert_eq!(read("It said no.", "It").0, SourceType::Organization);
    }

    #[test]
    fn a_name_after_an_of_phrase_is_the_person() {
        // Seattle Times, 2008
        let m = read(
            "Governor of Washington Chris Gregoire said the state would help.",
            "Governor of Washington Chris Gregoire",
        );
        assert_eq!(m.0, SourceType::NamedPerson);
        assert_eq!(
            (m.1.as_str(), m.2.as_str()),
            ("Chris Gregoire", "Governor of Washington")
        );
    }

    #[test]
    fn newspapers_are_media_and_court_papers_are_not() {
        assert_eq!(
            read(
                "Russian newspapers have claimed the buyer has links to the state.",
                "Russian newspapers"
            )
            .0,
            SourceType::Media
        );
        assert_ne!(
            read("Court papers said the firm owed millions.", "Court papers").0,
            SourceType::Media
        );
    }

    #[test]
    fn state_media_and_a_named_outlet_are_media() {
        assert_eq!(
            read("Chinese state media said so.", "Chinese state media").0,
            SourceType::Media
        );
        assert_eq!(
            read("Euronews reported it.", "Euronews").0,
            SourceType::Media
        );
    }

    #[test]
    fn a_media_noun_before_a_name_is_the_outlet() {
        let m = read(
            "The weekly magazine Cronaca described the ruling as historic.",
            "The weekly magazine Cronaca",
        );
        assert_eq!(m.0, SourceType::Media);
    }

    #[test]
    fn a_title_before_a_name_is_the_role_and_the_words_before_it_the_affiliation() {
        // Reuters, 2015
        let m = read(
            "Russian Foreign Minister Sergei Lavrov said the talks would go on.",
            "Russian Foreign Minister Sergei Lavrov",
        );
        assert_eq!(m.0, SourceType::NamedPerson);
        assert_eq!(
            (m.1.as_str(), m.2.as_str(), m.3.as_str()),
            ("Sergei Lavrov", "Foreign Minister", "Russian")
        );
    }

    #[test]
    fn a_body_named_with_a_title_word_is_no_person() {
        let m = read(
            "According to the World Health Organization, 1,200 people have died.",
            "the World Health Organization",
        );
        assert_eq!(m.0, SourceType::Organization);
    }

    #[test]
    fn a_report_is_a_document() {
        // Reuters, 1987
        let m = read(
            "The embassy report says stocks will rise.",
            "The embassy report",
        );
        assert_eq!(m.0, SourceType::Document);
    }

    #[test]
    fn a_person_noun_is_an_unnamed_person_with_its_affiliation() {
        let m = read(
            "U.S. officials said the strikes would go on.",
            "U.S. officials",
        );
        assert_eq!(
            (m.0, m.3.as_str(), m.4),
            (SourceType::UnnamedPerson, "U.S.", true)
        );
    }

    #[test]
    fn countries_alone_speak_for_their_governments_and_regions_for_no_one() {
        let m = read(
            "Malaysia and Indonesia maintained it.",
            "Malaysia and Indonesia",
        );
        assert_eq!((m.0, m.4), (SourceType::Organization, true));
        // Wall Street Journal, 2015: the head noun ("officials") was lost
        let m = read(
            "It is so, according to U.S. and Mideast",
            "U.S. and Mideast",
        );
        assert_eq!(m.0, SourceType::UnnamedPerson);
    }

    #[test]
    fn capitalised_words_ending_a_mention_are_a_name() {
        let m = read(
            "Team member Rodaba Noori said they trained.",
            "Team member Rodaba Noori",
        );
        assert_eq!(m.0, SourceType::NamedPerson);
        assert_eq!(
            (m.1.as_str(), m.2.as_str()),
            ("Rodaba Noori", "Team member")
        );
    }

    #[test]
    fn a_party_in_the_plural_is_a_side_of_people() {
        let m = read(
            "Republicans in the senate say the bill is dead.",
            "Republicans in the senate",
        );
        assert_eq!((m.0, m.4), (SourceType::UnnamedPerson, true));
        let m = read(
            "The Liberal Democrats said taxes must rise.",
            "The Liberal Democrats",
        );
        assert_eq!(m.0, SourceType::Organization);
        // with its article, a side is still its people (the world-news guidelines:
        // "Democrats", "the Tories" are unnamed people; a party's name is a body)
        let m = read("The Tories said taxes would fall.", "The Tories");
        assert_eq!(m.0, SourceType::UnnamedPerson);
    }

    #[test]
    fn a_firm_named_after_its_founders_is_the_firm() {
        let m = read(
            "Investment firm Grant Samuel said the offer was too low.",
            "Investment firm Grant Samuel",
        );
        assert_eq!(m.0, SourceType::Organization);
        let m = read(
            "Company chairman John Smith said so.",
            "Company chairman John Smith",
        );
        assert_eq!(m.0, SourceType::NamedPerson);
    }

    #[test]
    fn a_company_noun_is_an_organisation() {
        assert_eq!(
            read("The company said prices would fall.", "The company").0,
            SourceType::Organization
        );
    }

    #[test]
    fn a_lone_capitalised_word_is_a_name() {
        // BBC, 2005
        let m = read("Spacey said the film was fun.", "Spacey");
        assert_eq!((m.0, m.1.as_str()), (SourceType::NamedPerson, "Spacey"));
    }

    #[test]
    fn a_spokesman_for_a_named_person_is_not_that_person() {
        // BBC, 2005
        let m = read(
            "A spokesman for Mr Blair said the talks would go on.",
            "A spokesman for Mr Blair",
        );
        assert_eq!((m.0, m.1.as_str()), (SourceType::UnnamedPerson, ""));
    }

    #[test]
    fn a_nation_in_the_plural_is_a_group_of_people() {
        let m = read("The Israelis said they would not attend.", "The Israelis");
        assert_eq!(
            (m.0, m.3.as_str(), m.4),
            (SourceType::UnnamedPerson, "Israeli", true)
        );
    }

    #[test]
    fn figures_owned_by_a_body_are_a_document() {
        let m = read(
            "Remittances grew, according to the Bank of Mexico's figures.",
            "the Bank of Mexico's figures",
        );
        assert_eq!(m.0, SourceType::Document);
        let m = read(
            "Past budget office forecasts said the gap would widen.",
            "Past budget office forecasts",
        );
        assert_eq!(m.0, SourceType::Document);
    }

    #[test]
    fn countries_and_groups_in_the_plural_are_bodies() {
        let m = read("Both countries said the deal was close.", "Both countries");
        assert_eq!((m.0, m.4), (SourceType::Organization, true));
        let m = read("Campaign groups said the policy failed.", "Campaign groups");
        assert_eq!((m.0, m.4), (SourceType::Organization, true));
        // a person described by a body is a person
        let m = read(
            "A senior government figure said the sale was wrong.",
            "A senior government figure",
        );
        assert_eq!(m.0, SourceType::UnnamedPerson);
    }

    #[test]
    fn capitalised_words_with_a_place_and_no_given_name_are_a_body() {
        // BBC, 2005
        let m = read(
            "Scandal-hit supplier China Aviation Oil said it would repay creditors.",
            "Scandal-hit supplier China Aviation Oil",
        );
        assert_eq!(m.0, SourceType::Organization);
        let m = read(
            "South Korea's Hyundai Motor said it would build a plant.",
            "South Korea's Hyundai Motor",
        );
        assert_eq!(m.0, SourceType::Organization);
    }

    #[test]
    fn a_document_word_opening_the_sentence_is_a_document() {
        let m = read("Figures show that sales rose.", "Figures");
        assert_eq!(m.0, SourceType::Document);
    }

    #[test]
    fn a_lowercase_noun_no_rule_reads_is_an_unnamed_person() {
        let m = read("The crowd said nothing.", "The crowd");
        assert_eq!((m.0, m.1.as_str()), (SourceType::UnnamedPerson, ""));
    }
}
