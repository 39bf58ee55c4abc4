//! Temporal expressions: one pass over the tokens, each rule family
//! ([`dates`](crate::dates), [`weekdays`](crate::weekdays),
//! [`relative`](crate::relative)) tried at every token, the longest match kept.

use crate::calendar::Resolved;
use crate::lexicon::number_words::{CARDINALS, ORDINALS};
use crate::lexicon::time_words::{
    DEIXIS, RELATIVE_DAYS, RELATIVE_DAY_PHRASES, SEASONS, VAGUE_TIMES, WEEKDAYS,
};
use crate::lexicon::WordIndex;
use crate::tokens::{tokenize, Kind, Token};
use crate::{dates, month_days, parts, relative, seasons, tense, weekdays, weeks};
use claimkit_core::dateline::MONTHS;
use claimkit_core::{Date, Granularity, Sentence, Span, TimeExpr};
use std::cell::OnceCell;
use std::collections::HashSet;
use std::sync::LazyLock;

/// What a rule sees: the tokens, the dateline and the sentences.
pub(crate) struct Context<'t, 's> {
    pub toks: Vec<Token<'t>>,
    pub published: Option<Date>,
    pub sentences: &'s [Sentence],
    /// [`tense::reporting_before`] of the tokens, read when a clause tense is first asked.
    reporting: OnceCell<Vec<usize>>,
}

impl<'t, 's> Context<'t, 's> {
    /// What the rules see of `toks`, resolved against `published`.
    pub fn new(
        toks: Vec<Token<'t>>,
        published: Option<Date>,
        sentences: &'s [Sentence],
    ) -> Context<'t, 's> {
        Context {
            toks,
            published,
            sentences,
            reporting: OnceCell::new(),
        }
    }
}

impl Context<'_, '_> {
    /// A future cue stands before token `i` in its sentence.
    pub fn future(&self, i: usize) -> bool {
        tense::future_at(&self.toks, i, self.sentences)
    }

    /// The tense of the clause of the mention at token `i`.
    pub fn clause_tense(&self, i: usize) -> tense::ClauseTense {
        let reporting = self
            .reporting
            .get_or_init(|| tense::reporting_before(&self.toks));
        tense::clause_tense_at(&self.toks, i, self.sentences, reporting)
    }
}

/// A time mention found at a token: tokens `first..end`, and its dates where
/// they could be resolved.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Found {
    pub end: usize,
    pub resolved: Option<Resolved>,
}

impl Found {
    pub fn new(end: usize, resolved: Option<Resolved>) -> Option<Found> {
        Some(Found { end, resolved })
    }
}

/// Lower-case words that can open a time mention.
static OPENING_WORDS: LazyLock<WordIndex<()>> = LazyLock::new(|| {
    let first = |p: &str| p.split(' ').next().unwrap_or(p).to_lowercase();
    let mut set: HashSet<String> = MONTHS.iter().map(|(w, _)| first(w)).collect();
    set.extend(WEEKDAYS.iter().map(|(w, _)| first(w)));
    set.extend(RELATIVE_DAYS.iter().map(|(w, _)| first(w)));
    set.extend(RELATIVE_DAY_PHRASES.iter().map(|(w, _)| first(w)));
    set.extend(VAGUE_TIMES.iter().map(|w| first(w)));
    set.extend(DEIXIS.iter().map(|(w, _)| first(w)));
    set.extend(CARDINALS.iter().map(|(w, _)| first(w)));
    set.extend(ORDINALS.iter().map(|(w, _)| first(w)));
    set.extend(
        [
            "the",
            "a",
            "an",
            "in",
            "within",
            "earlier",
            "later",
            "q",
            "from",
            "between",
            "few",
            "early",
            "late",
            "mid",
            "beginning",
            "start",
            "middle",
            "end",
            "rest",
            "weekend",
            "on",
            "over",
            "that",
            "my",
            "upcoming",
            "year",
            "week",
            "w",
            "h",
            "mid",
        ]
        .map(String::from),
    );
    set.extend(SEASONS.iter().map(|(w, _)| first(w)));
    WordIndex::from_rows(set.into_iter().map(|w| (w, ())))
});

/// A cheap test that token `t` can open a time mention.
fn may_start(t: &Token) -> bool {
    match t.kind {
        Kind::Number => true,
        Kind::Punct => t.is_punct('\'') || t.is_punct('’'),
        Kind::Word => OPENING_WORDS.contains(t.text),
    }
}

type Rule = fn(&Context, usize) -> Option<Found>;

/// The rule families, in order of preference when two match equally long.
const RULES: &[Rule] = &[
    dates::range_at,
    dates::at,
    weekdays::at,
    relative::at,
    parts::at,
    month_days::at,
    seasons::at,
    weeks::at,
];

pub(crate) fn find(text: &str, sentences: &[Sentence], published: Option<Date>) -> Vec<TimeExpr> {
    let cx = Context::new(tokenize(text), published, sentences);
    let mut out = Vec::new();
    let mut i = 0;
    while i < cx.toks.len() {
        if !may_start(&cx.toks[i]) {
            i += 1;
            continue;
        }
        let best = RULES
            .iter()
            .filter_map(|rule| rule(&cx, i))
            .filter(|f| f.end > i)
            .fold(None, |best: Option<Found>, f| match best {
                Some(b) if b.end >= f.end => Some(b),
                _ => Some(f),
            });
        match best {
            Some(f) => {
                let span = Span::new(cx.toks[i].start, cx.toks[f.end - 1].end);
                out.push(match f.resolved {
                    Some(r) => TimeExpr {
                        span,
                        start: Some(r.start),
                        end: Some(r.end),
                        granularity: r.granularity,
                    },
                    None => TimeExpr {
                        span,
                        start: None,
                        end: None,
                        granularity: Granularity::Unknown,
                    },
                });
                i = f.end;
            }
            None => i += 1,
        }
    }
    out
}
