//! Quantity mentions: an approximation cue, a currency sign, a number or
//! range, and the unit or counted noun, put together into one [`Quantity`].

use crate::exclusions::{
    anchored_period, listed_day, looks_like_year, not_a_quantity, score, Surroundings,
};
use crate::lexicon::approx_cues::{AFTER, BEFORE, RANGE_OPENERS};
use crate::lexicon::currencies::{Iso, BEFORE as CURRENCY_SIGNS};
use crate::lexicon::number_words::{
    CARDINALS, FRACTION_DETERMINERS, NEGATIVE_WORDS, ORDINALS, VAGUE, VAGUE_PHRASES,
};
use crate::lexicon::units::MEASURES;
use crate::lexicon::WordIndex;
use crate::numbers::{number_at, Form, Number};
use crate::phrase::PhraseTable;
use crate::ranges::upper_end;
use crate::tokens::{Kind, Token};
use crate::units::{currency_at, people_named, unit_at, Unit};
use claimkit_core::{Approx, Quantity, QuantityKind, Span};
use std::collections::HashSet;
use std::sync::LazyLock;

/// All quantity mentions of `text`, in text order.
#[cfg(test)]
pub(crate) fn find(text: &str) -> Vec<Quantity> {
    find_in(&crate::tokens::tokenize(text))
}

/// All quantity mentions among `toks` (the tokens of one line), in text order.
pub(crate) fn find_in(toks: &[Token<'_>]) -> Vec<Quantity> {
    let mut out: Vec<(Quantity, usize, usize)> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !may_start(&toks[i]) {
            i += 1;
            continue;
        }
        match mention_at(&toks, i) {
            Some((q, end)) => {
                // the first token of the quantity: an opener that proved a mere
                // preposition ("from 450 mln") is not part of it
                let first = (i..end)
                    .find(|&k| toks[k].start >= q.span.start)
                    .unwrap_or(i);
                match out.last_mut() {
                    Some(prev) if two_sided(&toks, prev, &q, first) => {
                        prev.0 = merge_bounds(&prev.0, &q);
                        prev.2 = end;
                    }
                    _ => out.push((q, first, end)),
                }
                i = end;
            }
            None => i += 1,
        }
    }
    crate::elided::elided_units(toks, &mut out);
    out.into_iter().map(|(q, _, _)| q).collect()
}

/// "more than 10 and less than 20", "at most 100 and at least 20", "above
/// 1000 but below 1500": a lower and an upper bound joined into one range.
fn two_sided(toks: &[Token], prev: &(Quantity, usize, usize), q: &Quantity, start: usize) -> bool {
    let joined = match &toks[prev.2..start] {
        [j] => j.is("and") || j.is("but") || j.is_punct(','),
        _ => false,
    };
    let lower = |q: &Quantity| matches!(q.approx, Approx::MoreThan | Approx::AtLeast);
    let upper = |q: &Quantity| matches!(q.approx, Approx::LessThan | Approx::AtMost);
    let (lo, hi) = if lower(&prev.0) && upper(q) {
        (prev.0.low, q.high)
    } else if upper(&prev.0) && lower(q) {
        (q.low, prev.0.high)
    } else {
        return false;
    };
    joined && lo.zip(hi).is_some_and(|(l, h)| l < h)
}

fn merge_bounds(a: &Quantity, b: &Quantity) -> Quantity {
    let (low, high) = if a.low.is_some() {
        (a.low, b.high)
    } else {
        (b.low, a.high)
    };
    let with_unit = if b.unit.is_some() { b } else { a };
    Quantity {
        span: Span::new(a.span.start, b.span.end),
        low,
        high,
        approx: Approx::Range,
        unit: with_unit.unit.clone(),
        kind: with_unit.kind,
        change: a.change.or(b.change),
        unit_normalized: with_unit.unit_normalized,
    }
}

/// The approximation cues before and after a number, by first word.
static BEFORE_TABLE: LazyLock<PhraseTable<Approx>> = LazyLock::new(|| PhraseTable::new(BEFORE));
static AFTER_TABLE: LazyLock<PhraseTable<Approx>> = LazyLock::new(|| PhraseTable::new(AFTER));

/// Lower-case words that can open a mention: cues, number words, currency codes.
static OPENING_WORDS: LazyLock<WordIndex<()>> = LazyLock::new(|| {
    let first = |p: &str| p.split(' ').next().unwrap_or(p).to_lowercase();
    let mut set: HashSet<String> = BEFORE.iter().map(|(p, _)| first(p)).collect();
    set.extend(RANGE_OPENERS.iter().map(|(p, _)| first(p)));
    // the letters a sign opens with: "rm" of "RM4.15", "hk" of "HK$3bn"
    set.extend(CURRENCY_SIGNS.iter().filter_map(|(p, _, _)| {
        let letters: String = p.chars().take_while(|c| c.is_alphabetic()).collect();
        (!letters.is_empty()).then(|| letters.to_lowercase())
    }));
    set.extend(CARDINALS.iter().map(|(w, _)| first(w)));
    set.extend(ORDINALS.iter().map(|(w, _)| first(w)));
    set.extend(VAGUE.iter().map(|(w, _, _)| first(w)));
    set.extend(VAGUE_PHRASES.iter().map(|(w, _, _)| first(w)));
    set.extend(NEGATIVE_WORDS.iter().map(|w| first(w)));
    set.extend(["a", "an", "half", "quarter", "us"].map(String::from));
    WordIndex::from_rows(set.into_iter().map(|w| (w, ())))
});

/// A cheap test that token `t` can open a mention, so that most tokens cost
/// one binary search.
fn may_start(t: &Token) -> bool {
    match t.kind {
        Kind::Number => true,
        Kind::Punct => !matches!(
            t.text,
            "." | "," | "\"" | "“" | "”" | "’" | "'" | "(" | ")" | ":" | ";"
        ),
        Kind::Word => OPENING_WORDS.contains(t.text),
    }
}

/// The mention starting at token `i` and the token index past it.
///
/// Read left to right: the cue or range opener ([`opening`]), a currency, the
/// number and the upper end of a range ([`range_after`]), a cue after the
/// number ([`cue_after`]), the unit ([`unit_of`]); then the refusals
/// ([`refused`]) and the [`Quantity`] itself ([`quantity_of`]).
fn mention_at(toks: &[Token], i: usize) -> Option<(Quantity, usize)> {
    let (cue, closer, j) = opening(toks, i);
    let currency = currency_at(toks, j);
    let currency_end = currency.map(|c| c.0);
    let money = currency_end.is_some();
    let mut low = number_at(toks, currency_end.unwrap_or(j), money)?;
    let (mut high, early_unit) = range_after(toks, &mut low, closer, money);
    // "rose from 2,000 to 30,000": two levels; "IBM fell 31 to 104": a change and a
    // level; "rose between 4 and 6 times" stays a range
    let split = high
        .as_ref()
        .is_some_and(|h| crate::changes::change_and_level(toks, i, low.low, h.high, closer));
    if split {
        low = number_at(toks, currency_end.unwrap_or(j), money)?;
        high = None;
    }
    if closer.is_some() && high.is_none() {
        // "from 12 strikes": the opener was only a preposition
        return mention_at(toks, j).filter(|(q, _)| q.span.start >= toks[j].start);
    }
    let last = high.as_ref().map_or(low.last, |h| h.last);
    let (approx, k) = cue_after(toks, cue, high.is_some(), last + 1);
    let read = Reading {
        i,
        j,
        currency_end,
        currency_iso: currency.and_then(|c| c.1),
        approx,
        low,
        high,
        k,
    };
    let (unit, unit_glued) = unit_of(toks, &read, early_unit);
    if refused(toks, &read, unit.as_ref(), unit_glued) {
        return None;
    }
    Some(quantity_of(toks, &read, unit))
}

/// A mention as read up to its unit.
struct Reading {
    /// The first token of the mention.
    i: usize,
    /// The token after the opening cue: the currency or the number.
    j: usize,
    /// Past the currency sign or code before the number ("$", "US$").
    currency_end: Option<usize>,
    /// The ISO code of that currency, where it is certain.
    currency_iso: Iso,
    approx: Option<Approx>,
    low: Number,
    /// The upper end of a range.
    high: Option<Number>,
    /// Past the number and any cue after it.
    k: usize,
}

impl Reading {
    /// A currency comes before the number.
    fn money(&self) -> bool {
        self.currency_end.is_some()
    }
}

/// The cue before the number ("more than", "up to") or the range opener
/// ("between", "from") at token `i`, with the word that closes the opener's
/// range ("and", "to") and the token where the number may start.
fn opening(toks: &[Token], i: usize) -> (Option<Approx>, Option<&'static str>, usize) {
    let mut approx = None;
    let mut closer = None;
    let mut j = i;
    if let Some((end, a)) = BEFORE_TABLE
        .longest(toks, i)
        .filter(|_| !sign_in_sign(toks, i))
    {
        approx = Some(a);
        j = end;
    } else if let Some(&(_, close)) = RANGE_OPENERS.iter().find(|(o, _)| toks[i].is(o)) {
        closer = Some(close);
        j = i + 1;
    }
    // "between the tenth and ...", "higher than the tenth"
    if j > i
        && toks.get(j).is_some_and(|t| t.is("the"))
        && crate::numbers::ordinal(toks.get(j + 1)).is_some()
    {
        j += 1;
    }
    (approx, closer, j)
}

/// The upper end of a range after the number `low` ("12 to 20", "5% to
/// 10%"), and a percent sign glued to `low` ("5%" in "5% to 10%").
fn range_after(
    toks: &[Token],
    low: &mut Number,
    closer: Option<&'static str>,
    money: bool,
) -> (Option<Number>, Option<Unit>) {
    // a unit glued to the lower end of a range: "5% to 10%"
    let mut at = low.last + 1;
    let early_unit = unit_at(toks, at, false).filter(|u| u.kind == QuantityKind::Percent);
    if let Some(u) = &early_unit {
        at = u.end;
    }
    // "from 40 miles to 65 miles", "between 4 km and 6 km": after an opener, the unit
    // may stand at both ends
    if early_unit.is_none() && closer.is_some() {
        if let Some(both) = unit_at_both_ends(toks, low, closer, money) {
            return both;
        }
    }
    // "rose 3.5% to $42.10": a percentage change to a price is no range
    let other_currency = !money && currency_at(toks, at + 1).is_some();
    let mut scaled = *low;
    let high = if other_currency {
        None
    } else {
        upper_end(toks, &mut scaled, at, closer, money)
    };
    // "fell 1.2 per cent to 7,412": a percentage to a bare number is a change and a
    // level, not a range (and "12% to 100 million" leaves 12% unscaled)
    let high = high.filter(|h| {
        early_unit.is_none()
            || unit_at(toks, h.last + 1, false).is_some_and(|u| u.kind == QuantityKind::Percent)
    });
    if high.is_some() {
        *low = scaled;
    }
    (high, early_unit)
}

/// A range whose unit is written after each end ("from 40 miles to 65 miles"): the upper
/// end and the first unit, when the same unit follows both numbers.
fn unit_at_both_ends(
    toks: &[Token],
    low: &mut Number,
    closer: Option<&'static str>,
    money: bool,
) -> Option<(Option<Number>, Option<Unit>)> {
    let first = unit_at(toks, low.last + 1, false)?;
    let mut rescaled = *low;
    let high = upper_end(toks, &mut rescaled, first.end, closer, money)?;
    let second = unit_at(toks, high.last + 1, false)?;
    let words = |u: &Unit| join(toks, u.first, u.end).to_lowercase();
    if words(&first) != words(&second) {
        return None;
    }
    *low = rescaled;
    Some((Some(high), Some(first)))
}

/// A cue after the number at token `k` ("500 or more"), when the cue before
/// it, `cue`, leaves room for one; the cue and the token past it.
fn cue_after(
    toks: &[Token],
    cue: Option<Approx>,
    range: bool,
    k: usize,
) -> (Option<Approx>, usize) {
    if matches!(cue, None | Some(Approx::About) | Some(Approx::Exact)) && !range {
        // "5000 or less", but not "5000 or less than 6000"
        if let Some((end, a)) = AFTER_TABLE
            .longest(toks, k)
            .filter(|&(e, _)| !toks.get(e).is_some_and(|t| t.is("than")))
        {
            return (Some(a), end);
        }
    }
    (cue, k)
}

/// The unit or counted noun of the mention, else the percent sign glued to
/// the lower end of its range (`early_unit`); and whether the unit is glued
/// to the digits ("20km").
fn unit_of(toks: &[Token], read: &Reading, early_unit: Option<Unit>) -> (Option<Unit>, bool) {
    let k = read.k;
    let top = read.high.as_ref().unwrap_or(&read.low);
    let (unit, glued) = unit_after(toks, top, k);
    // "$100M last year": after a currency sign the unit is the currency, and the
    // word after the amount is no counted thing
    let unit = unit.filter(|u| !(read.money() && u.kind == QuantityKind::Count));
    // a unit glued to the digits makes them a quantity ("20km", "1Ga" in a unit
    // table we lack); a longer word glued there makes a name ("4Cast", "3Com")
    let unit_like = toks
        .get(k)
        .is_some_and(|t| t.is_word() && t.text.chars().count() <= 3);
    let unit_glued = glued && (unit.is_some() || unit_like);
    (unit.or(early_unit), unit_glued)
}

/// True when the mention is no quantity: a year before a noun, a number the
/// [exclusions](crate::exclusions) refuse, or nothing [worth
/// reporting](worth_reporting).
fn refused(toks: &[Token], read: &Reading, unit: Option<&Unit>, unit_glued: bool) -> bool {
    let (low, high, money) = (&read.low, read.high, read.money());
    // "the 2005 campaign", "1986 net profit", "1987 results": four digits of a year
    // before a noun name a time; news writes a count that large with a comma ("2,000
    // workers"), or after a cue ("about 2000 people").
    let year_before_noun = high.is_none()
        && read.approx.is_none()
        && !money
        && looks_like_year(toks, low)
        && unit.is_some_and(|u| u.kind == QuantityKind::Count);
    if year_before_noun {
        return true;
    }
    let end = unit.map_or(read.k, |u| u.end.max(read.k));
    if anchored_period(toks, read.i, end, unit.and_then(|u| u.normalized)) {
        return true;
    }
    let counted = unit.is_none_or(|u| u.kind == QuantityKind::Count);
    if high.is_none() && !money && counted && listed_day(toks, low) {
        return true;
    }
    if high.is_some_and(|h| unit.is_none() && !money && score(toks, low, &h)) {
        return true;
    }
    // "+1.4%", "+$2": a plus sign moves a rate or a price; "+44 20" is a telephone code
    let rate_or_price = money || unit.is_some_and(|u| u.kind != QuantityKind::Count);
    if toks[low.first].is_punct('+') && !rate_or_price {
        return true;
    }
    let around = Surroundings {
        has_unit: unit.is_some() || money,
        money,
        unit_glued,
        range_low: high.is_some(),
        not_years: high.is_some_and(|h| !looks_like_year(toks, &h) || !looks_like_year(toks, low)),
        percent: unit.is_some_and(|u| u.kind == QuantityKind::Percent),
        ..Surroundings::default()
    };
    if not_a_quantity(toks, low, around) {
        return true;
    }
    if let Some(h) = &high {
        let around = Surroundings {
            range_low: false,
            range_high: true,
            ..around
        };
        if not_a_quantity(toks, h, around) {
            return true;
        }
    }
    !worth_reporting(toks, low, unit, read.approx, high.is_some())
}

/// The quantity of a mention read and kept, and the token index past it.
fn quantity_of(toks: &[Token], read: &Reading, unit: Option<Unit>) -> (Quantity, usize) {
    let low = &read.low;
    let mut kind = unit.as_ref().map_or(QuantityKind::Count, |u| u.kind);
    let mut normalized = unit.as_ref().and_then(|u| u.normalized);
    if read.money() {
        kind = QuantityKind::Money;
        normalized = normalized.or(read.currency_iso);
    }
    // "a third", "one in five homes", "3:1": a share or a ratio measures, whatever
    // it is a share of
    if kind == QuantityKind::Count && !low.ordinal && read.high.is_none() {
        if low.ratio {
            (kind, normalized) = (QuantityKind::Measure, Some("ratio"));
        } else if low.fraction && low.low.abs() < 1.0 {
            (kind, normalized) = (QuantityKind::Measure, Some("fraction"));
        }
    }
    if low.ordinal {
        kind = QuantityKind::Ordinal;
        normalized = None;
    }
    let unit_text = match (&unit, read.currency_end) {
        (Some(u), _) => Some(join(toks, u.first, u.end)),
        (None, Some(end)) => Some(join(toks, read.j, end)),
        (None, None) => None,
    };
    let (lo, hi, approx) = bounds(low, read.high.as_ref(), read.approx);
    let end_tok = unit.as_ref().map_or(read.k, |u| u.end.max(read.k));
    let span = Span::new(toks[read.i].start, toks[end_tok - 1].end);
    let change = crate::changes::stated(toks, read.i, end_tok, kind);
    (
        Quantity {
            span,
            low: lo,
            high: hi,
            approx,
            unit: unit_text.map(|u| u.trim().to_string()),
            kind,
            change,
            unit_normalized: normalized,
        },
        end_tok,
    )
}

/// A comparison sign glued to another one ("<>30", "=>30", "=<30") is no
/// cue the lexicon knows.
fn sign_in_sign(toks: &[Token], i: usize) -> bool {
    let sign = |t: &Token| matches!(t.text, "<" | ">" | "=");
    let t = &toks[i];
    sign(t)
        && (i > 0 && sign(&toks[i - 1]) && !t.space_before
            || toks
                .get(i + 1)
                .is_some_and(|n| (n.text == ">" || n.text == "<") && !n.space_before))
}

/// Text of tokens `first..end` as written, single-spaced.
fn join(toks: &[Token], first: usize, end: usize) -> String {
    let mut s = String::new();
    for t in &toks[first..end] {
        if t.space_before && !s.is_empty() {
            s.push(' ');
        }
        s.push_str(t.text);
    }
    s
}

/// The unit after the number ending at `n.last`, reading from token `k`;
/// also whether it is glued to the digits ("20km", "12-year-old").
fn unit_after(toks: &[Token], n: &Number, k: usize) -> (Option<Unit>, bool) {
    let glued = toks.get(k).is_some_and(|t| !t.space_before) && k == n.last + 1;
    // "12-year-old", "10-day": a hyphenated compound glued to the digits
    if glued
        && toks[k].is_dash()
        && toks
            .get(k + 1)
            .is_some_and(|t| t.is_word() && !t.space_before)
    {
        let mut end = k + 2;
        while toks
            .get(end)
            .is_some_and(|t| t.is_dash() && !t.space_before)
            && toks
                .get(end + 1)
                .is_some_and(|t| t.is_word() && !t.space_before)
        {
            end += 2;
        }
        let head = toks[k + 1].text;
        let measure = MEASURES.iter().find(|m| m.0.eq_ignore_ascii_case(head));
        let kind = if measure.is_some() {
            QuantityKind::Measure
        } else {
            QuantityKind::Count
        };
        return (
            Some(Unit {
                first: k + 1,
                end,
                kind,
                normalized: measure.and_then(|m| m.1),
            }),
            true,
        );
    }
    if let Some(u) = unit_at(toks, k, true) {
        return (Some(u), glued);
    }
    // "dozens of people", "millions of dollars", "two-thirds of voters", "a quarter of
    // the budget"
    if (n.vague || n.fraction || n.magnitude > 1.0 && n.form == Form::Words)
        && toks.get(k).is_some_and(|t| t.is("of"))
    {
        let mut at = k + 1;
        if n.fraction
            && toks
                .get(at)
                .is_some_and(|t| FRACTION_DETERMINERS.iter().any(|d| t.is(d)))
        {
            at += 1;
        }
        if let Some(u) = unit_at(toks, at, true).or_else(|| people_named(toks, at)) {
            return (Some(u), false);
        }
    }
    (None, glued)
}

/// Refuses mentions that are numbers only in form: "one" as a pronoun, an
/// ordinal without a counted noun, a vague word without one.
fn worth_reporting(
    toks: &[Token],
    n: &Number,
    unit: Option<&Unit>,
    approx: Option<Approx>,
    range: bool,
) -> bool {
    let counted = unit.is_some_and(|u| u.kind == QuantityKind::Count);
    if n.ordinal {
        return crate::ordinals::worth_reporting(toks, n, unit, range);
    }
    if n.vague {
        // "several players" says no amount; "several hundred" does
        let several = toks[n.first].is("several") && n.first == n.last;
        return unit.is_some() && !several;
    }
    if n.form == Form::Words && n.low == 1.0 && n.magnitude == 1.0 && !n.fraction {
        // "one dealer said", "one official told": an unnamed source, not a count
        let source = unit.is_some_and(|u| {
            u.end == u.first + 1
                && !crate::units::is_plural(&toks[u.first])
                && toks
                    .get(u.end)
                    .is_some_and(|t| SPEECH_VERBS.iter().any(|v| t.is(v)))
        });
        // "one ounce of gold", "one mile": a measure; "one day" stays a time
        let measured = unit.is_some_and(|u| {
            u.kind == QuantityKind::Measure
                && !u
                    .normalized
                    .is_some_and(|c| crate::lexicon::not_quantity::PERIOD_UNITS.contains(&c))
        });
        // "one of them", "the one who": a pronoun unless it counts something
        return (counted && !source) || measured || approx.is_some() || range;
    }
    if n.fraction
        && n.first >= 1
        && (toks[n.first - 1].is("first") || toks[n.first - 1].is("second"))
    {
        // "the first half of next year", "the second half of 1987": a period
        return false;
    }
    if n.fraction && n.form == Form::Words && n.first == n.last && !range && approx.is_none() {
        // "half" alone ("the second half", "half-hearted") is no amount; "half of" is
        return toks.get(n.last + 1).is_some_and(|t| t.is("of"));
    }
    true
}

/// Verbs after "one" and a singular noun that make it an unnamed source: "one
/// dealer said".
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "noted",
    "explained",
    "commented",
];

/// Low, high and approx from the parts of a mention.
fn bounds(
    low: &Number,
    high: Option<&Number>,
    cue: Option<Approx>,
) -> (Option<f64>, Option<f64>, Approx) {
    if let Some(h) = high {
        return (Some(low.low), Some(h.high), Approx::Range);
    }
    let (lo, hi) = (low.low, low.high);
    match cue {
        Some(Approx::MoreThan) => (Some(lo), None, Approx::MoreThan),
        Some(Approx::AtLeast) => (Some(lo), None, Approx::AtLeast),
        Some(Approx::LessThan) => (None, Some(hi), Approx::LessThan),
        Some(Approx::AtMost) => (None, Some(hi), Approx::AtMost),
        Some(Approx::About) => (Some(lo), Some(hi), Approx::About),
        _ if low.vague => (Some(lo), Some(hi), Approx::About),
        _ => (Some(lo), Some(hi), Approx::Exact),
    }
}

#[cfg(test)]
mod tests;
