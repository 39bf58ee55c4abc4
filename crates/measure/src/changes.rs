//! The direction of a change the text states for a quantity: the verb or
//! marker before it ("fell 1.2 per cent", "up 3 pct", "a rise of 5%"), the
//! noun or comparison after it ("a 5% rise", "6.5% higher than"), or its sign
//! ("+1.4%", "-1.5%"). The words are in [`lexicon::change_words`](crate::lexicon).

use crate::lexicon::change_words::{
    AFTER, BETWEEN, LEVEL_NOUNS_OF_MONEY, MARKERS, NOUNS, RATE_VERBS, VERBS,
};
use crate::lexicon::WordIndex;
use crate::phrase::PhraseTable;
use crate::tokens::{lower, Token};
use claimkit_core::{Change, QuantityKind};
use std::sync::LazyLock;

/// One-word rows of a table, looked up ignoring case.
fn words(rows: &'static [(&'static str, Change)]) -> WordIndex<Change> {
    WordIndex::from_rows(
        rows.iter()
            .filter(|(w, _)| !w.contains(' '))
            .map(|&(w, c)| (w.to_string(), c)),
    )
}

static VERB_WORDS: LazyLock<WordIndex<Change>> = LazyLock::new(|| words(VERBS));
static RATE_VERB_WORDS: LazyLock<WordIndex<Change>> = LazyLock::new(|| words(RATE_VERBS));
static NOUN_WORDS: LazyLock<WordIndex<Change>> = LazyLock::new(|| words(NOUNS));
static AFTER_TABLE: LazyLock<PhraseTable<Change>> = LazyLock::new(|| PhraseTable::new(AFTER));

/// Most words between a verb of change and its amount ("rose by a further 5%").
const MAX_BETWEEN: usize = 3;

/// The change stated for the quantity of tokens `first..end`, of kind `kind`.
pub(crate) fn stated(
    toks: &[Token],
    first: usize,
    end: usize,
    kind: QuantityKind,
) -> Option<Change> {
    sign(toks, first, kind)
        .or_else(|| before(toks, first, kind))
        .or_else(|| after(toks, end, kind))
}

/// A rate or a price: the kinds a bare marker or sign may move.
fn rate_or_price(kind: QuantityKind) -> bool {
    matches!(kind, QuantityKind::Percent | QuantityKind::Money)
}

/// "+1.4%" is up and "-1.5%" down: a sign glued to the digits of a rate or price.
fn sign(toks: &[Token], first: usize, kind: QuantityKind) -> Option<Change> {
    let t = &toks[first];
    let glued = toks
        .get(first + 1)
        .is_some_and(|n| n.is_number() && !n.space_before);
    if !glued || !rate_or_price(kind) {
        return None;
    }
    if t.is_punct('+') {
        Some(Change::Up)
    } else if t.is_dash() {
        Some(Change::Down)
    } else {
        None
    }
}

/// A verb, marker or "noun of" before the quantity.
fn before(toks: &[Token], first: usize, kind: QuantityKind) -> Option<Change> {
    let mut k = first.checked_sub(1)?;
    // "up 3 pct", "down 5 cents": a marker right before a rate or price
    if rate_or_price(kind) {
        if let Some(&(_, c)) = MARKERS.iter().find(|(m, _)| toks[k].is(m)) {
            return Some(c);
        }
    }
    // "a rise of 5%", "an increase of 250,000"
    if toks[k].is("of") && k >= 1 {
        return NOUN_WORDS
            .get(toks[k - 1].text)
            .filter(|_| toks[k - 1].is_word());
    }
    let mut by = false;
    let mut skipped = 0;
    while skipped < MAX_BETWEEN && between(&toks[k]) {
        by |= toks[k].is("by");
        skipped += 1;
        k = k.checked_sub(1)?;
    }
    let t = &toks[k];
    if !t.is_word() {
        return None;
    }
    if let Some(c) = VERB_WORDS.get(t.text) {
        return Some(c);
    }
    // "edged up 2 pct", "went down 5%": two-word rows end in their particle
    let particle = ["up", "down", "higher", "lower"].iter().any(|w| t.is(w));
    if k >= 1 && particle {
        let two = |rows: &[(&str, Change)]| {
            rows.iter().find_map(|&(p, c)| {
                let (a, b) = p.split_once(' ')?;
                (toks[k - 1].is(a) && t.is(b)).then_some(c)
            })
        };
        if let Some(c) = two(VERBS) {
            return Some(c);
        }
    }
    RATE_VERB_WORDS
        .get(t.text)
        .filter(|_| by || kind == QuantityKind::Percent)
}

/// A verb of change stands before token `i` ("rose from 2,000 to 30,000", "fell
/// 17,000 to 4.48 million"): its numbers are a change and a level, or two levels,
/// never one range.
pub(crate) fn after_verb(toks: &[Token], i: usize) -> bool {
    let Some(mut k) = i.checked_sub(1) else {
        return false;
    };
    if toks[k].is("from") {
        let Some(j) = k.checked_sub(1) else {
            return false;
        };
        k = j;
    }
    let t = &toks[k];
    t.is_word()
        && (VERB_WORDS.contains(t.text)
            || RATE_VERB_WORDS.contains(t.text)
            || (k >= 1 && (t.is("up") || t.is("down")) && VERB_WORDS.contains(toks[k - 1].text)))
}

/// The two numbers `low` and `high` of "X to Y" in a mention starting at token `i`
/// are a change and a level (or two levels), not one range: "rose from 2,000 to
/// 30,000" (a verb before "from"), "IBM fell 31 to 104", "lifted rates 0.25% to
/// 5.5%", "cut the deficit by about $37 billion to $134 billion", "down $1.33 to
/// $42.12". A verb of change (or "by", "up", "down", "off") stands in the clause
/// before, and the ends are far apart; ends close together stay a range of the
/// change ("gain 50 to 100 basis points", "rise 5 to 10 pct"), and so does
/// "between 4 and 6".
pub(crate) fn change_and_level(
    toks: &[Token],
    i: usize,
    low: f64,
    high: f64,
    closer: Option<&str>,
) -> bool {
    match closer {
        Some("and") => false,
        Some(_) => after_verb(toks, i),
        // "increased from 9 to 10" read from the number: two levels
        None if i >= 1 && toks[i - 1].is("from") => after_verb(toks, i),
        None => high > TIGHT_RANGE * low && change_before(toks, i),
    }
}

/// The most the upper end of a range of a change is of its lower end ("rose 2 to 5
/// pct"); a larger gap is a change and the level it reached ("rose 2 to 30").
const TIGHT_RANGE: f64 = 2.5;

/// Most tokens of the clause read back for a word of change.
const CLAUSE_BACK: usize = 6;

/// A verb of change, "by", "up", "down" or "off" in the clause before token `i`:
/// "lifted interest rates 0.25%", "rose a higher than expected 17,000".
fn change_before(toks: &[Token], i: usize) -> bool {
    toks[i.saturating_sub(CLAUSE_BACK)..i]
        .iter()
        .rev()
        .take_while(|t| t.is_word() || t.is_punct('\'') || t.is_punct('’'))
        .any(|t| {
            VERB_WORDS.contains(t.text)
                || RATE_VERB_WORDS.contains(t.text)
                || ["by", "up", "down", "off"].iter().any(|w| t.is(w))
        })
}

/// A word that may stand between a verb of change and its amount: "by", "a
/// further", an adverb in -ly ("rose sharply by 5%").
fn between(t: &Token) -> bool {
    if !t.is_word() {
        return false;
    }
    let mut buf = [0u8; 32];
    let w = lower(t.text, &mut buf);
    BETWEEN.contains(&w) || (w.len() > 4 && w.ends_with("ly"))
}

/// A noun of change or a comparison after the quantity: "a 5% rise", "6.5%
/// higher than", "10 points lower".
fn after(toks: &[Token], end: usize, kind: QuantityKind) -> Option<Change> {
    let t = toks.get(end).filter(|t| t.is_word())?;
    if let Some(c) = NOUN_WORDS.get(t.text) {
        let level = kind == QuantityKind::Money && LEVEL_NOUNS_OF_MONEY.iter().any(|w| t.is(w));
        return (!level).then_some(c);
    }
    let (_, c) = AFTER_TABLE.longest(toks, end)?;
    // "5% up on last year" but "set 5 teams up": up and down only after a rate or price
    let marker = t.is("up") || t.is("down");
    (!marker || rate_or_price(kind)).then_some(c)
}

#[cfg(test)]
mod tests {
    use crate::mentions::find;
    use claimkit_core::Change;

    /// The change of each quantity of `text`, with its text.
    fn changes(text: &str) -> Vec<(&str, Option<Change>)> {
        find(text)
            .iter()
            .map(|q| (q.span.text(text), q.change))
            .collect()
    }

    #[test]
    fn a_verb_of_change_moves_the_amount_not_the_level() {
        // Reuters style: the change, then the level it reached
        assert_eq!(
            changes("The index fell 1.2 per cent to 7,412."),
            [("1.2 per cent", Some(Change::Down)), ("7,412", None)]
        );
        assert_eq!(
            changes("Shares rose 9 sen to RM4.10."),
            [("9 sen", Some(Change::Up)), ("RM4.10", None)]
        );
        assert_eq!(
            changes("Profit rose by a further 12 pct."),
            [("12 pct", Some(Change::Up))]
        );
        assert_eq!(
            changes("Output fell to 1.2 mln barrels per day.")[0].1,
            None
        );
    }

    #[test]
    fn signs_markers_and_nouns_state_a_change() {
        assert_eq!(
            changes("The FTSE was +1.4% at noon.")[0].1,
            Some(Change::Up)
        );
        assert_eq!(
            changes("Sales were -1.5% on the year.")[0].1,
            Some(Change::Down)
        );
        assert_eq!(changes("Shares were up 3 pct.")[0].1, Some(Change::Up));
        assert_eq!(
            changes("It reported a 0.4% rise in sales.")[0].1,
            Some(Change::Up)
        );
        assert_eq!(changes("a rise of 5% in prices")[0].1, Some(Change::Up));
        assert_eq!(
            changes("prices 6.5% higher than a year ago")[0].1,
            Some(Change::Up)
        );
    }

    #[test]
    fn far_ends_after_a_word_of_change_are_a_change_and_a_level() {
        assert_eq!(
            changes("Barclays fell 27 to 612."),
            [("27", Some(Change::Down)), ("612", None)]
        );
        assert_eq!(
            changes("The bank raised its base rate 0.5% to 6.25%.").len(),
            2
        );
        assert_eq!(
            changes("Gold ended down $2.10 to $395.40."),
            [("$2.10", Some(Change::Down)), ("$395.40", None)]
        );
        assert_eq!(
            changes("It will trim spending by about $12 billion to $88 billion.").len(),
            2
        );
        assert_eq!(
            changes("Sales were off 4.2 pct to 88,310."),
            [("4.2 pct", Some(Change::Down)), ("88,310", None)]
        );
        assert_eq!(changes("Seats increased from 9 to 10.").len(), 2);
        // ends close together are a range of the change
        assert_eq!(changes("Yields may gain 25 to 50 basis points.").len(), 1);
        assert_eq!(changes("Profit should rise 5 to 10 pct.").len(), 1);
        // a percentage before a level keeps its own value
        let qs = find("Visitors rose by 8% to 2 million.");
        assert_eq!(qs[0].low, Some(8.0));
    }

    #[test]
    fn a_level_of_money_is_no_change() {
        // "lost $5 million" is a loss, not a fall; "lost 5 pct" is a fall
        assert_eq!(changes("The firm lost $5 million.")[0].1, None);
        assert_eq!(changes("The dollar lost 5 pct.")[0].1, Some(Change::Down));
        assert_eq!(changes("It booked a $5 million gain.")[0].1, None);
        assert_eq!(
            changes("Budgets were cut by $2 billion.")[0].1,
            Some(Change::Down)
        );
    }
}
