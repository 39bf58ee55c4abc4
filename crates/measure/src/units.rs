//! What a number counts or measures: percent, money, physical measures, or
//! the counted noun itself ("12 strikes", "the two leaders").

use crate::lexicon::currencies::{Iso, AFTER, BEFORE};
use crate::lexicon::not_quantity::{NOT_COUNTED, NOUNS_IN_ED, PAST_VERBS};
use crate::lexicon::premodifiers::{ADJECTIVES, IRREGULAR_PLURALS};
use crate::lexicon::units::{MEASURES, PERCENT};
use crate::phrase::PhraseTable;
use crate::tokens::{lower, Token};
use claimkit_core::QuantityKind;
use std::sync::LazyLock;

static PERCENT_INDEX: LazyLock<PhraseTable<&'static str>> =
    LazyLock::new(|| PhraseTable::new(PERCENT));
static CURRENCY_INDEX: LazyLock<PhraseTable<Iso>> = LazyLock::new(|| {
    let rows: Vec<(&'static str, Iso)> = AFTER.iter().map(|&(w, iso, _)| (w, iso)).collect();
    PhraseTable::new(rows.leak())
});
static MEASURE_INDEX: LazyLock<PhraseTable<Option<&'static str>>> =
    LazyLock::new(|| PhraseTable::new(MEASURES));

/// A unit found after (or, for currency signs, before) a number.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Unit {
    /// First token of the unit.
    pub first: usize,
    /// One past the last token of the unit.
    pub end: usize,
    pub kind: QuantityKind,
    /// The canonical unit, where the form makes it certain.
    pub normalized: Option<&'static str>,
}

/// First bytes of the signs and codes in [`BEFORE`], so that most tokens are
/// refused with one look-up.
static SIGN_STARTS: LazyLock<[bool; 256]> = LazyLock::new(|| {
    let mut starts = [false; 256];
    for (form, _, _) in BEFORE {
        starts[usize::from(form.as_bytes()[0])] = true;
    }
    starts
});

/// A currency sign or code starting at token `i` ("$", "HK$", "RM", "EUR"):
/// the index past it and its ISO code. A form of several tokens must be glued
/// together; a one-letter form ("Y" for yen) must be glued to the digits.
pub(crate) fn currency_at(toks: &[Token], i: usize) -> Option<(usize, Iso)> {
    let first = toks.get(i)?;
    if !SIGN_STARTS[usize::from(first.text.as_bytes()[0])] {
        return None;
    }
    let mut best: Option<(usize, Iso)> = None;
    for &(form, iso, _) in BEFORE {
        let mut rest = form;
        let mut end = i;
        while !rest.is_empty() {
            match toks.get(end) {
                Some(t) if end == i || !t.space_before => match rest.strip_prefix(t.text) {
                    Some(r) => rest = r,
                    None => break,
                },
                _ => break,
            }
            end += 1;
        }
        let one_letter = form.len() == 1 && form.as_bytes()[0].is_ascii_alphabetic();
        let glued_digits = toks
            .get(end)
            .is_some_and(|t| t.is_number() && !t.space_before);
        if rest.is_empty() && (!one_letter || glued_digits) && best.is_none_or(|b| end > b.0) {
            best = Some((end, iso));
        }
    }
    best
}

/// The unit that starts at token `i`, right after a number.
/// `glued` says no space separates it from the number ("20km", "5%").
pub(crate) fn unit_at(toks: &[Token], i: usize, counted_noun: bool) -> Option<Unit> {
    let t = toks.get(i)?;
    if let Some((end, canonical)) = PERCENT_INDEX.longest(toks, i) {
        return Some(Unit {
            first: i,
            end,
            kind: QuantityKind::Percent,
            normalized: Some(canonical),
        });
    }
    // one-letter currencies only glued to the digits: "40p"
    if let Some((end, iso)) = CURRENCY_INDEX
        .longest(toks, i)
        .filter(|&(e, _)| !(e == i + 1 && t.text.len() == 1 && t.space_before))
    {
        return Some(Unit {
            first: i,
            end,
            kind: QuantityKind::Money,
            normalized: iso,
        });
    }
    if !t.is_word() {
        return None;
    }
    // one-letter units only glued to the digits: "100m", "5g"
    if let Some((end, canonical)) = MEASURE_INDEX
        .longest(toks, i)
        .filter(|&(e, _)| !(e == i + 1 && t.text.len() == 1 && t.space_before))
    {
        return Some(Unit {
            first: i,
            end,
            kind: QuantityKind::Measure,
            normalized: canonical,
        });
    }
    if counted_noun {
        if let Some((first, head)) = self::counted_noun(toks, i) {
            return Some(Unit {
                first,
                end: head + 1,
                kind: QuantityKind::Count,
                normalized: None,
            });
        }
    }
    None
}

/// Most words between a number and the noun it counts.
const MAX_PREMODIFIERS: usize = 3;

/// The counted noun of the phrase at token `i`: past adverbs, adjectives and
/// participles that modify it ("six largest economies", "eight fully automated
/// factories", "three transmitting stations") and past a noun that modifies a
/// plural one ("40 software developers"); `i` itself when nothing modifies.
#[cfg(test)]
pub(crate) fn counted_head(toks: &[Token], i: usize) -> Option<usize> {
    counted_noun(toks, i).map(|(_, head)| head)
}

/// The counted noun of the phrase at token `i` as [`counted_head`] finds it, with
/// the first of the nouns that modify it: "nine food suppliers" → "food
/// suppliers", "25,000 community support officers" → "community support
/// officers"; adjectives and participles are left out ("three major banks" →
/// "banks").
pub(crate) fn counted_noun(toks: &[Token], i: usize) -> Option<(usize, usize)> {
    let i = past_modifying_names(toks, i);
    // "1,190,000 last month", "85 last week": a time after the number, not its noun
    let deixis = ["last", "next", "this"].iter().any(|w| toks[i].is(w));
    if deixis && crate::numbers::period_word(toks.get(i + 1)) {
        return None;
    }
    // "one person owns": after one, a word in -s is a verb, not the plural counted.
    let one = i > 0 && ["one", "1", "a", "an"].iter().any(|w| toks[i - 1].is(w));
    // "he first joined forces": after an ordinal, a participle is the verb.
    let after_ordinal = i > 0 && crate::numbers::ordinal(toks.get(i - 1)).is_some();
    let mut j = i;
    // the last word reached that can be the counted noun: "one senior official said"
    // passes "official" (an -al word) but the verb after it counts nothing
    // "Spain's second largest, after": a superlative alone counts nothing
    let superlative = {
        let mut buf = [0u8; 32];
        let w = lower(toks[i].text, &mut buf);
        w.len() > 5 && w.ends_with("est") && is_modifier(&toks[i])
    };
    let mut last_noun = (is_counted_noun(&toks[i]) && !superlative).then_some(i);
    let mut compound: Option<usize> = None;
    let lower_word = |k: usize| {
        toks.get(k)
            .filter(|n| n.space_before && n.is_lowercase_word())
    };
    while j < i + MAX_PREMODIFIERS {
        let Some(next) = lower_word(j + 1) else {
            break;
        };
        let t = &toks[j];
        if !t.is_lowercase_word() {
            break;
        }
        let noun = !one && (is_counted_noun(t) || j > i && is_verb_noun(t)) && !is_plural(t);
        // "community support officers": two nouns before a plural one
        let before_plural = is_plural(next)
            || (is_counted_noun(next) || is_verb_noun(next))
                && !is_plural(next)
                && lower_word(j + 2).is_some_and(is_plural);
        let noun_before_plural = noun && before_plural;
        // "three transmitting stations", but "the first meeting set for": a participle
        // modifies only a plural noun after it, or it is the noun.
        let participle_before_plural = !after_ordinal && is_participle(t) && is_plural(next);
        let modifier = is_modifier(t);
        if !(modifier || noun_before_plural || participle_before_plural) {
            break;
        }
        if noun_before_plural && !modifier && !participle_before_plural {
            compound.get_or_insert(j);
        } else {
            compound = None;
        }
        j += 1;
        if is_counted_noun(&toks[j]) || is_verb_noun(&toks[j]) && lower_word(j + 1).is_some() {
            last_noun = Some(j);
        }
    }
    let head = last_noun?;
    Some((compound.filter(|&c| c < head).unwrap_or(head), head))
}

/// Where the counted noun's phrase starts at token `i`: past capitalised words that
/// say whose things they are ("100 UK troops", "5,116,892 Purolator shares",
/// "thousands of United employees") when a plural noun follows them, and past a
/// hyphenated modifier ("201 long-term care homes").
fn past_modifying_names(toks: &[Token], i: usize) -> usize {
    let spaced_word = |k: usize| toks.get(k).filter(|t| t.space_before && t.is_word());
    // a capitalised function word, adverb or participle opens a table's next line
    // ("3,788 Other Fed assets", "729.8 Monthly aggregates"), not a name
    let name = |t: &Token| {
        let mut buf = [0u8; 32];
        let w = lower(t.text, &mut buf);
        t.is_capitalized()
            && !NOT_COUNTED.contains(&w)
            && !["ly", "ing"].iter().any(|e| w.ends_with(e))
    };
    let mut k = i;
    while k < i + 2 && spaced_word(k).is_some_and(name) {
        k += 1;
    }
    if k > i {
        let plural = spaced_word(k).is_some_and(|t| is_counted_noun(t) && is_plural(t));
        return if plural { k } else { i };
    }
    let glued = |k: usize| toks.get(k).is_some_and(|t| !t.space_before);
    let mut end = i;
    while toks.get(end + 1).is_some_and(|d| d.is_dash())
        && glued(end + 1)
        && glued(end + 2)
        && toks.get(end + 2).is_some_and(|w| w.is_lowercase_word())
    {
        end += 2;
    }
    let modifier = end > i
        && toks[i].is_lowercase_word()
        && spaced_word(end + 1).is_some_and(|t| t.is_lowercase_word());
    if modifier {
        end + 1
    } else {
        i
    }
}

/// A capitalised plural that names people after "hundreds of", "millions of":
/// "hundreds of Iranians", "thousands of Americans"; not the start of a longer
/// name ("thousands of United States troops").
pub(crate) fn people_named(toks: &[Token], k: usize) -> Option<Unit> {
    let t = toks.get(k).filter(|t| t.is_word() && t.is_capitalized())?;
    let name_goes_on = toks
        .get(k + 1)
        .is_some_and(|n| n.is_word() && n.is_capitalized());
    (is_plural(t) && !name_goes_on).then_some(Unit {
        first: k,
        end: k + 1,
        kind: QuantityKind::Count,
        normalized: None,
    })
}

/// Words of [`NOT_COUNTED`] that are verbs after a count ("12 support the plan") but
/// nouns inside a compound before a plural ("community support officers").
const VERB_NOUNS: &[&str] = &["support", "work", "need", "face", "hold"];

fn is_verb_noun(t: &Token) -> bool {
    t.is_lowercase_word() && VERB_NOUNS.iter().any(|w| t.is(w))
}

/// An adjective or adverb that stands before a counted noun ("major", "fully",
/// "largest").
fn is_modifier(t: &Token) -> bool {
    let mut buf = [0u8; 32];
    let w = lower(t.text, &mut buf);
    ADJECTIVES.contains(&w)
        || (w.len() > 4 && w.ends_with("ly"))
        || (w.len() > 5 && w.ends_with("est"))
        // "half of our fiscal deficit", "two-thirds of economic growth"
        || (w.len() > 5 && ADJECTIVE_ENDINGS.iter().any(|e| w.ends_with(e)))
}

/// Endings of adjectives that stand before the counted noun.
const ADJECTIVE_ENDINGS: &[&str] = &["al", "ic", "ous", "ive", "ful", "less"];

/// A participle in `-ing` or `-ed` ("transmitting", "automated"); many are nouns too
/// ("meeting"), so it modifies only a plural after it.
fn is_participle(t: &Token) -> bool {
    let mut buf = [0u8; 32];
    let w = lower(t.text, &mut buf);
    (w.len() > 5 && w.ends_with("ing"))
        || (w.len() > 4 && w.ends_with("ed") && !NOUNS_IN_ED.contains(&w))
}

/// A plural noun: an `-s` ending (not `-ss`, `-us`, `-is`) or an irregular plural.
pub(crate) fn is_plural(t: &Token) -> bool {
    let mut buf = [0u8; 32];
    let w = lower(t.text, &mut buf);
    IRREGULAR_PLURALS.contains(&w)
        || (w.len() > 2
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is"))
}

/// A word that can be the thing counted: lower case, not a function word, not
/// a verb in the past tense ("12 died" counts no "died").
pub(crate) fn is_counted_noun(t: &Token) -> bool {
    if !t.is_lowercase_word() || t.text.len() < 2 {
        return false;
    }
    let mut buf = [0u8; 32];
    let w = lower(t.text, &mut buf);
    let past_verb =
        (w.len() > 3 && w.ends_with("ed") && !NOUNS_IN_ED.contains(&w)) || PAST_VERBS.contains(&w);
    !NOT_COUNTED.contains(&w) && !past_verb
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn unit(s: &str) -> Option<(String, QuantityKind)> {
        let toks = tokenize(s);
        let u = unit_at(&toks, 1, true)?;
        Some((
            s[toks[u.first].start..toks[u.end - 1].end].to_string(),
            u.kind,
        ))
    }

    #[test]
    fn units_by_kind() {
        assert_eq!(
            unit("5 percentage points"),
            Some(("percentage points".into(), QuantityKind::Percent))
        );
        assert_eq!(unit("5%"), Some(("%".into(), QuantityKind::Percent)));
        assert_eq!(unit("50 dlrs"), Some(("dlrs".into(), QuantityKind::Money)));
        assert_eq!(unit("40 km"), Some(("km".into(), QuantityKind::Measure)));
        assert_eq!(
            unit("3 barrels per day"),
            Some(("barrels per day".into(), QuantityKind::Measure))
        );
        assert_eq!(
            unit("12 strikes"),
            Some(("strikes".into(), QuantityKind::Count))
        );
        assert_eq!(unit("12 of"), None);
        assert_eq!(unit("12 Russian"), None);
    }

    #[test]
    fn currency_signs() {
        let toks = tokenize("US$ 1MM and $20");
        assert_eq!(currency_at(&toks, 0), Some((2, Some("USD"))));
        assert_eq!(currency_at(&toks, 5), Some((6, Some("USD"))));
        // Malaysia, Singapore, Hong Kong, India, wire-copy yen
        for (text, iso) in [
            ("RM4.15", "MYR"),
            ("S$2.5m", "SGD"),
            ("HK$3bn", "HKD"),
            ("Rs 500 crore", "INR"),
            ("Rs.500", "INR"),
            ("Y500 billion", "JPY"),
            ("EUR 5 million", "EUR"),
            ("U.S.$100 mln", "USD"),
        ] {
            let toks = tokenize(text);
            assert_eq!(currency_at(&toks, 0).and_then(|c| c.1), Some(iso), "{text}");
        }
        // a one-letter sign only glued to the digits
        assert_eq!(currency_at(&tokenize("Y 500"), 0), None);
    }

    #[test]
    fn the_counted_noun_is_past_its_modifiers() {
        // BBC News, 2005
        let head = |s: &str| unit(s).map(|u| u.0);
        assert_eq!(
            head("8 fully automated factories").as_deref(),
            Some("factories")
        );
        assert_eq!(head("6 largest economies in").as_deref(), Some("economies"));
        assert_eq!(head("3 transmitting stations").as_deref(), Some("stations"));
        // nouns before the counted one are part of it
        assert_eq!(
            head("40 software developers").as_deref(),
            Some("software developers")
        );
        assert_eq!(
            head("17 flight attendants").as_deref(),
            Some("flight attendants")
        );
        assert_eq!(
            head("3 junk mail messages").as_deref(),
            Some("junk mail messages")
        );
        assert_eq!(head("9 food suppliers").as_deref(), Some("food suppliers"));
        assert_eq!(head("2 albums sold").as_deref(), Some("albums"));
        assert_eq!(head("5 years old").as_deref(), Some("years"));
        assert_eq!(head("12 strikes Tuesday").as_deref(), Some("strikes"));
        assert_eq!(head("1 senior official said").as_deref(), Some("official"));
        assert_eq!(head("2 economic reports").as_deref(), Some("reports"));
        // a participle that is a noun: "the first meeting set for Monday"
        assert_eq!(head("1 meeting set for").as_deref(), Some("meeting"));
        // after "one", a word in -s is the verb
        let toks = tokenize("one person owns");
        assert_eq!(counted_head(&toks, 1), Some(1));
    }

    #[test]
    fn names_and_hyphenated_modifiers_stand_before_the_counted_noun() {
        let head = |s: &str| unit(s).map(|u| u.0);
        assert_eq!(head("300 UK troops left").as_deref(), Some("troops"));
        assert_eq!(head("9 Tesco stores closed").as_deref(), Some("stores"));
        assert_eq!(
            head("40 long-term care homes").as_deref(),
            Some("care homes")
        );
        assert_eq!(
            head("5 community support officers").as_deref(),
            Some("community support officers")
        );
        assert_eq!(head("2 Tokyo").as_deref(), None);
        assert_eq!(head("3,788 Other Fed assets").as_deref(), None);
        // a time after the number is no counted noun
        assert_eq!(head("85 last week").as_deref(), None);
        assert_eq!(
            head("4 outstanding common shares").as_deref(),
            Some("shares")
        );
    }

    #[test]
    fn a_capitalised_plural_after_hundreds_of_names_people() {
        let toks = tokenize("thousands of Kenyans marched");
        assert_eq!(people_named(&toks, 2).map(|u| u.first), Some(2));
        let toks = tokenize("thousands of United States troops");
        assert_eq!(people_named(&toks, 2), None);
    }

    #[test]
    fn past_tense_verbs_are_not_the_counted_thing() {
        assert_eq!(unit("12 died"), None);
        assert_eq!(unit("5 left"), None);
        assert_eq!(unit("3 beds").map(|u| u.0).as_deref(), Some("beds"));
    }
}
