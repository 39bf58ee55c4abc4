//! Temporal expressions: one pass over the tokens, each rule family
//! ([`dates`](crate::dates), [`weekdays`](crate::weekdays),
//! [`relative`](crate::relative)) tried at every token, the longest match kept.

use crate::calendar::Resolved;
use crate::lexicon::number_words::{CARDINALS, ORDINALS};
use crate::lexicon::time_words::{
    DEIXIS, RELATIVE_DAYS, RELATIVE_DAY_PHRASES, SEASONS, VAGUE_TIMES, WEEKDAYS,
};
use crate::lexicon::WordIndex;
use crate::tokens::{Kind, Token};
use crate::{dates, in_names, month_days, parts, relative, seasons, tense, weekdays, weeks};
use claimkit_core::{Date, Granularity, Sentence, Span, TimeExpr};
use std::cell::OnceCell;
use std::collections::HashSet;
use std::sync::LazyLock;

/// What a rule sees: the tokens, the dateline and the sentences.
pub(crate) struct Context<'t, 's> {
    pub toks: &'s [Token<'t>],
    pub published: Option<Date>,
    pub sentences: &'s [Sentence],
    /// [`tense::reporting_before`] of the tokens, read when a clause tense is first asked.
    reporting: OnceCell<Vec<usize>>,
}

impl<'t, 's> Context<'t, 's> {
    /// What the rules see of `toks`, resolved against `published`.
    pub fn new(
        toks: &'s [Token<'t>],
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

/// The words a time rule can start with: a lexicon table (its first word
/// of each row) or a list written beside the rule. Numbers and a leading
/// apostrophe ("'90s") open a mention for every rule.
#[derive(Clone, Copy)]
enum Opens {
    /// The first words of a table of `(phrase, value)` rows.
    Table(fn() -> Vec<&'static str>),
    /// Words listed here.
    Words(&'static [&'static str]),
}

/// A rule family with the words it can start with. Adding a rule is one
/// row here: the gate in [`find`] is built from these declarations, so a
/// rule is never silently skipped because its first word is missing.
struct TimeRule {
    at: Rule,
    opens: &'static [Opens],
}

/// The phrases of a `(phrase, value)` table.
fn phrases<V>(table: &'static [(&'static str, V)]) -> Vec<&'static str> {
    table.iter().map(|(w, _)| *w).collect()
}

/// Every word that names a month ([`claimkit_core::calendar::words`]).
fn month_words() -> Vec<&'static str> {
    claimkit_core::calendar::words().map(|(w, _)| w).collect()
}

type Rule = fn(&Context, usize) -> Option<Found>;

/// The rule families, in order of preference when two match equally long,
/// each with the words it can start with.
const RULES: &[TimeRule] = &[
    TimeRule {
        // "from Nov. 3 to Nov. 5", "between 2015 and 2018"
        at: dates::range_at,
        opens: &[
            Opens::Table(month_words),
            Opens::Words(&["from", "between"]),
        ],
    },
    TimeRule {
        // "Sept. 30, 2015", "the 1930s", "Q3 2015", "H1", "the 21st century"
        at: dates::at,
        opens: &[
            Opens::Table(month_words),
            Opens::Table(|| phrases(WEEKDAYS)),
            Opens::Table(|| phrases(ORDINALS)),
            Opens::Words(&["the", "q", "h", "mid", "early", "late"]),
        ],
    },
    TimeRule {
        // "Tuesday", "last Friday", "over the weekend", "that day"
        at: weekdays::at,
        opens: &[
            Opens::Table(|| phrases(WEEKDAYS)),
            Opens::Table(|| phrases(DEIXIS)),
            Opens::Words(&["on", "over", "that", "weekend", "my", "upcoming"]),
        ],
    },
    TimeRule {
        // "yesterday", "last month", "two years ago", "in three weeks", "a few days later"
        at: relative::at,
        opens: &[
            Opens::Table(|| phrases(RELATIVE_DAYS)),
            Opens::Table(|| phrases(RELATIVE_DAY_PHRASES)),
            Opens::Table(|| VAGUE_TIMES.to_vec()),
            Opens::Table(|| phrases(DEIXIS)),
            Opens::Table(|| phrases(CARDINALS)),
            Opens::Words(&[
                "a", "an", "the", "in", "within", "earlier", "later", "few", "year", "week",
            ]),
        ],
    },
    TimeRule {
        // "early next year", "the end of the month", "mid-2015", "the rest of the year"
        at: parts::at,
        opens: &[Opens::Words(&[
            "early",
            "late",
            "mid",
            "beginning",
            "start",
            "middle",
            "end",
            "rest",
            "the",
        ])],
    },
    TimeRule {
        // "on the 5th", "the 11th of this month"
        at: month_days::at,
        opens: &[
            Opens::Table(|| phrases(ORDINALS)),
            Opens::Words(&["the", "on"]),
        ],
    },
    TimeRule {
        // "last summer", "the winter of 2015"
        at: seasons::at,
        opens: &[
            Opens::Table(|| phrases(SEASONS)),
            Opens::Table(|| phrases(DEIXIS)),
            Opens::Words(&["the"]),
        ],
    },
    TimeRule {
        // "week 32", "W32", "the week of Nov. 16"
        at: weeks::at,
        opens: &[Opens::Words(&["week", "w", "the"])],
    },
];

/// Lower-case words that can open a time mention: every rule's [`Opens`].
static OPENING_WORDS: LazyLock<WordIndex<()>> = LazyLock::new(|| {
    let first = |p: &str| p.split(' ').next().unwrap_or(p).to_lowercase();
    let mut set: HashSet<String> = HashSet::new();
    for rule in RULES {
        for opens in rule.opens {
            match opens {
                Opens::Table(words) => set.extend(words().into_iter().map(first)),
                Opens::Words(words) => set.extend(words.iter().map(|w| first(w))),
            }
        }
    }
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

#[cfg(test)]
pub(crate) fn find(text: &str, sentences: &[Sentence], published: Option<Date>) -> Vec<TimeExpr> {
    find_in(&crate::tokens::tokenize(text), sentences, published)
}

/// The time mentions among `toks` (the tokens of the whole text).
pub(crate) fn find_in(
    toks: &[Token<'_>],
    sentences: &[Sentence],
    published: Option<Date>,
) -> Vec<TimeExpr> {
    let cx = Context::new(toks, published, sentences);
    let mut out = Vec::new();
    let mut i = 0;
    while i < cx.toks.len() {
        if !may_start(&cx.toks[i]) {
            i += 1;
            continue;
        }
        let best = RULES
            .iter()
            .filter_map(|rule| (rule.at)(&cx, i))
            .filter(|f| f.end > i)
            .fold(None, |best: Option<Found>, f| match best {
                Some(b) if b.end >= f.end => Some(b),
                _ => Some(f),
            });
        match best {
            Some(f) if f.end == i + 1 && in_names::time_word_in_name(cx.toks, i, sentences) => {
                i += 1
            }
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
