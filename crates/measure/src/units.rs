//! What a number counts or measures: percent, money, physical measures, or
//! the counted noun itself ("12 strikes", "the two leaders").

use crate::lexicon::not_quantity::{NOT_COUNTED, NOUNS_IN_ED, PAST_VERBS};
use crate::lexicon::premodifiers::{ADJECTIVES, IRREGULAR_PLURALS};
use crate::lexicon::units::{CURRENCY_PREFIXES, CURRENCY_WORDS, MEASURES, PERCENT};
use crate::phrase::PhraseIndex;
use std::sync::LazyLock;

static PERCENT_INDEX: LazyLock<PhraseIndex> = LazyLock::new(|| PhraseIndex::new(PERCENT));
static CURRENCY_INDEX: LazyLock<PhraseIndex> = LazyLock::new(|| PhraseIndex::new(CURRENCY_WORDS));
static MEASURE_INDEX: LazyLock<PhraseIndex> = LazyLock::new(|| PhraseIndex::new(MEASURES));
use crate::tokens::{lower, Token};
use claimkit_core::QuantityKind;

/// A unit found after (or, for currency signs, before) a number.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Unit {
    /// First token of the unit.
    pub first: usize,
    /// One past the last token of the unit.
    pub end: usize,
    pub kind: QuantityKind,
}

/// A currency sign or code starting at token `i`; the index past it.
pub(crate) fn currency_at(toks: &[Token], i: usize) -> Option<usize> {
    for len in [2usize, 1] {
        let end = i + len;
        if end > toks.len() || (i + 1..end).any(|k| toks[k].space_before) {
            continue;
        }
        let joined_matches = CURRENCY_PREFIXES.iter().any(|c| {
            let mut rest = *c;
            for t in &toks[i..end] {
                match rest.strip_prefix(t.text) {
                    Some(r) => rest = r,
                    None => return false,
                }
            }
            rest.is_empty()
        });
        if joined_matches {
            return Some(end);
        }
    }
    None
}

/// The unit that starts at token `i`, right after a number.
/// `glued` says no space separates it from the number ("20km", "5%").
pub(crate) fn unit_at(toks: &[Token], i: usize, counted_noun: bool) -> Option<Unit> {
    let t = toks.get(i)?;
    if let Some(end) = PERCENT_INDEX.longest(toks, i) {
        return Some(Unit {
            first: i,
            end,
            kind: QuantityKind::Percent,
        });
    }
    if let Some(end) = CURRENCY_INDEX.longest(toks, i) {
        return Some(Unit {
            first: i,
            end,
            kind: QuantityKind::Money,
        });
    }
    if !t.is_word() {
        return None;
    }
    // one-letter units only glued to the digits: "100m", "5g"
    if let Some(end) = MEASURE_INDEX
        .longest(toks, i)
        .filter(|&e| !(e == i + 1 && t.text.len() == 1 && t.space_before))
    {
        return Some(Unit {
            first: i,
            end,
            kind: QuantityKind::Measure,
        });
    }
    if counted_noun {
        if let Some(head) = counted_head(toks, i) {
            return Some(Unit {
                first: head,
                end: head + 1,
                kind: QuantityKind::Count,
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
pub(crate) fn counted_head(toks: &[Token], i: usize) -> Option<usize> {
    // "one person owns": after one, a word in -s is a verb, not the plural counted.
    let one = i > 0 && ["one", "1", "a", "an"].iter().any(|w| toks[i - 1].is(w));
    // "he first joined forces": after an ordinal, a participle is the verb.
    let after_ordinal = i > 0 && crate::numbers::ordinal(toks.get(i - 1)).is_some();
    let mut j = i;
    // the last word reached that can be the counted noun: "one senior official said"
    // passes "official" (an -al word) but the verb after it counts nothing
    let mut last_noun = is_counted_noun(&toks[i]).then_some(i);
    while j < i + MAX_PREMODIFIERS {
        let Some(next) = toks
            .get(j + 1)
            .filter(|n| n.space_before && n.is_lowercase_word())
        else {
            break;
        };
        let t = &toks[j];
        if !t.is_lowercase_word() {
            break;
        }
        let noun_before_plural = !one && is_counted_noun(t) && !is_plural(t) && is_plural(next);
        // "three transmitting stations", but "the first meeting set for": a participle
        // modifies only a plural noun after it, or it is the noun.
        let participle_before_plural = !after_ordinal && is_participle(t) && is_plural(next);
        if !(is_modifier(t) || noun_before_plural || participle_before_plural) {
            break;
        }
        j += 1;
        if is_counted_noun(&toks[j]) {
            last_noun = Some(j);
        }
    }
    last_noun
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
        assert_eq!(currency_at(&toks, 0), Some(2));
        assert_eq!(currency_at(&toks, 5), Some(6));
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
        assert_eq!(
            head("40 software developers").as_deref(),
            Some("developers")
        );
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
    fn past_tense_verbs_are_not_the_counted_thing() {
        assert_eq!(unit("12 died"), None);
        assert_eq!(unit("5 left"), None);
        assert_eq!(unit("3 beds").map(|u| u.0).as_deref(), Some("beds"));
    }
}
