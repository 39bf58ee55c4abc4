//! Units elided in a comparison: a number written without the unit its partner
//! writes takes that unit ("to 400 mln stg from 450 mln", "rose 19 to 100, compared
//! to 46 rigs").

use crate::tokens::Token;
use claimkit_core::{Quantity, QuantityKind};

/// Words between two numbers of a comparison: "rose 12p to 1,480", "61 billion
/// marks from 70 billion", "1,200 cars, against 1,350".
const COMPARISON_JOINERS: &[&str] = &["to", "from", "against", "compared", "with", "versus", "vs"];

/// A number written without the unit its partner in a comparison writes takes that
/// unit: "rose 12p to 1,480" (pence), "61 billion marks from 70 billion". A level
/// after a change of percent takes none ("fell 1.2 pct to 7,412").
pub(crate) fn elided_units(toks: &[Token], out: &mut [(Quantity, usize, usize)]) {
    // twice, so that a unit passes along a chain: "rose 19 to 100, compared to 46 rigs"
    for k in (0..out.len()).chain(0..out.len()) {
        let bare = |q: &Quantity| {
            q.unit.is_none() && q.kind == QuantityKind::Count && q.unit_normalized.is_none()
        };
        if !bare(&out[k].0) {
            continue;
        }
        // up to three words with a joiner among them ("from", ", compared to"), or
        // up to five ending in one ("2,394 cars in March compared to 2,545")
        let joined = |a: usize, b: usize| {
            let joiner = |t: &Token| COMPARISON_JOINERS.iter().any(|w| t.is(w));
            b > a
                && (b - a <= 3 && toks[a..b].iter().any(joiner)
                    || b - a <= 5 && joiner(&toks[b - 1]))
                && toks[a..b].iter().all(|t| t.is_word() || t.is_punct(','))
        };
        let gives = |d: usize| {
            let q = &out[d].0;
            q.unit.is_some()
                && q.kind != QuantityKind::Ordinal
                && !(q.kind == QuantityKind::Percent && q.change.is_some())
        };
        let donor = (k > 0 && joined(out[k - 1].2, out[k].1) && gives(k - 1))
            .then(|| k - 1)
            .or_else(|| {
                (k + 1 < out.len() && joined(out[k].2, out[k + 1].1) && gives(k + 1))
                    .then_some(k + 1)
            });
        if let Some(d) = donor {
            let (unit, kind, normalized) = {
                let q = &out[d].0;
                (q.unit.clone(), q.kind, q.unit_normalized)
            };
            let q = &mut out[k].0;
            (q.unit, q.kind, q.unit_normalized) = (unit, kind, normalized);
        }
    }
}
