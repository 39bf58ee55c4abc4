//! The sentence-boundary scanner: one pass over a paragraph's bytes.
//!
//! The scanner jumps from one byte of interest to the next (terminal punctuation, a line
//! break, the lead byte of `…` and the bullets, and, inside a list, a space) and decides
//! there, looking only at the word before and the word after. Nothing is allocated per
//! token; lexicon look-ups happen only at a full stop followed by a capitalised word.
//!
//! # Adding a rule
//!
//! A rule about the word *before* a full stop belongs in [`crate::abbreviations`], one about
//! the word *after* it in [`crate::starters`]; both are tables. A new kind of boundary marker
//! (a new bullet, a new list style) belongs in [`crate::lists`]. Change [`is_boundary`] only
//! for a new combination of the two sides, and pin it with a unit test named after the rule.

use crate::abbreviations::{classify, is_name_with_exclamation, Abbreviation};
use crate::lists::{self, ListState};
use crate::quotes::{
    char_at, char_before, closing, skip_chars, skip_space, trim_back, Nesting, Open, Pair, CLOSERS,
    OPENERS,
};
use crate::starters;
use crate::terminal::{read_run, Run, Terminal, ALWAYS_END, INVISIBLE_MARKS};
use crate::words_seen::WordSeen;

mod follow;
mod next_stop;

use follow::*;
use next_stop::*;

/// Currency signs that open a number like a digit does ("$1.5 million").
const CURRENCY: &[char] = &['$', '£', '€', '¥'];

/// What the scanner does at a byte of interest.
enum Step {
    /// No boundary: go on scanning at this byte.
    Continue(usize),
    /// The sentence ends at `end`; the next one starts at `next`.
    Cut {
        end: usize,
        next: usize,
        line_start: bool,
    },
}

/// Split one paragraph into sentences; calls `emit(start, end, truncated)` with byte offsets
/// into `s` for each, in order. Spans are trimmed and never empty.
pub fn segment_paragraph(s: &str, emit: &mut impl FnMut(usize, usize, bool)) {
    let b = s.as_bytes();
    let n = b.len();
    let mut list = ListState::default();
    let mut nesting = Nesting::default();
    let mut words = WordSeen::default();
    let mut start = skip_space(s, 0);
    if start >= n {
        return;
    }
    let (mut i, mut item) = list.open_sentence(s, start, true);
    let mut next_stop = NextStop::new(b, i);
    while i < n {
        if !list.active() {
            i = next_stop.at_or_after(b, i);
            if i >= n {
                break;
            }
        } else if !STOP_BYTES_IN_LIST[usize::from(b[i])] {
            // Inside a list every space is a stop: most bytes are of no interest, passed
            // eight at a time, the table read without a branch per byte.
            let clear = b.get(i..i + 8).is_some_and(|chunk| {
                !chunk
                    .iter()
                    .fold(false, |hit, &c| hit | STOP_BYTES_IN_LIST[usize::from(c)])
            });
            i += if clear { 8 } else { 1 };
            continue;
        }
        match step(s, start, i, &list, &mut nesting, &mut words) {
            Step::Continue(next) => i = next.max(i + 1),
            Step::Cut {
                end,
                next,
                line_start,
            } => {
                if end > start {
                    emit(start, end, false);
                }
                start = next;
                let here = i + char_at(s, i).map_or(1, char::len_utf8);
                (i, item) = list.open_sentence(s, start, line_start);
                i = i.max(here);
            }
        }
    }
    if start < n {
        let end = trim_back(s, start, n);
        if end > start {
            emit(start, end, !item && !ends_with_terminal(&s[start..end]));
        }
    }
}

/// Decide at the byte of interest `i` of a sentence that started at `start`.
fn step(
    s: &str,
    start: usize,
    i: usize,
    list: &ListState,
    nesting: &mut Nesting,
    words: &mut WordSeen,
) -> Step {
    let before_is_space = char_before(s, i).is_some_and(char::is_whitespace);
    let cut_before = |next: usize, line_start: bool| {
        let end = trim_back(s, start, i);
        if end > start {
            Step::Cut {
                end,
                next,
                line_start,
            }
        } else {
            Step::Continue(i + 1)
        }
    };
    match s.as_bytes()[i] {
        // The reader keeps a line break only where the writer ended the line (a heading, a
        // list line, a line without a full stop): it ends the sentence.
        b'\n' => cut_before(skip_space(s, i), true),
        // Inside a list, the next marker in sequence starts the next item, and a first
        // marker followed by its successor starts a new enumeration ("item 1.) The first").
        b' ' if list.next_item_at(s, i + 1).is_some() || lists::opens_enumeration(s, i + 1) => {
            cut_before(i + 1, false)
        }
        b' ' => Step::Continue(i + 1),
        b'"' => after_interrupted_quote(s, i, '"').map_or(Step::Continue(i + 1), |next| {
            cut_after(s, start, i + 1, next, words)
        }),
        b'.' | b'?' | b'!' => at_terminal(s, start, i, nesting, words),
        _ => match char_at(s, i) {
            Some(c) if c == '…' || ALWAYS_END.contains(&c) => {
                at_terminal(s, start, i, nesting, words)
            }
            Some('”') => after_interrupted_quote(s, i, '”')
                .map_or(Step::Continue(i + '”'.len_utf8()), |next| {
                    cut_after(s, start, i + '”'.len_utf8(), next, words)
                }),
            Some(c) if before_is_space && lists::bullet_at(s, i, false).is_some() => {
                match cut_before(i, false) {
                    Step::Continue(_) => Step::Continue(i + c.len_utf8()),
                    cut => cut,
                }
            }
            Some(c) => Step::Continue(i + c.len_utf8()),
            None => Step::Continue(i + 1),
        },
    }
}

/// A cut after the closing quote that ends at `end`, the next sentence starting at `next`.
fn cut_after(s: &str, start: usize, end: usize, next: usize, words: &mut WordSeen) -> Step {
    if words.has_word(s, start, end) {
        Step::Cut {
            end,
            next,
            line_start: false,
        }
    } else {
        Step::Continue(end)
    }
}

/// Speech broken off by a dash ends with the quotation: `to--" At this moment`, `sir—” The
/// Rabbit started`. For a closing `quote` at `i` after a dash (`--`, `—`, `–`), before a
/// capitalised word that can open a sentence, returns where the next sentence starts.
/// Before a word in lower case the sentence goes on (`"We were going to--" he began`).
fn after_interrupted_quote(s: &str, i: usize, quote: char) -> Option<usize> {
    let before = &s[..i];
    if !(before.ends_with("--") || before.ends_with(['—', '–'])) {
        return None;
    }
    let end = i + quote.len_utf8();
    if !char_at(s, end).is_some_and(char::is_whitespace) {
        return None;
    }
    let next = skip_space(s, end);
    let word = letters_at(s, skip_chars(s, next, OPENERS));
    let capitalised = word.chars().next().is_some_and(char::is_uppercase);
    (capitalised && starters::opens_sentence(word, false)).then_some(next)
}

/// Decide at terminal punctuation starting at byte `i`.
fn at_terminal(
    s: &str,
    start: usize,
    i: usize,
    nesting: &mut Nesting,
    words: &mut WordSeen,
) -> Step {
    let run = read_run(s, i);
    if run.kind == Terminal::Ellipsis {
        return Step::Continue(run.end);
    }
    let next = follow(s, i, run.end);
    if next.after == After::Attached {
        let bare = next.end == run.end && run.kind == Terminal::FullStop;
        let wide = run.kind == Terminal::AlwaysEnds
            && char_at(s, next.end).is_some_and(|c| !c.is_lowercase());
        return if wide || (bare && is_unspaced_boundary(s, start, i)) {
            Step::Cut {
                end: next.end,
                next: next.end,
                line_start: false,
            }
        } else {
            Step::Continue(run.end)
        };
    }
    if !is_boundary(s, start, i, run, next.after)
        || !words.has_word(s, start, i)
        || inside_continuing_pair(s, start, i, run, next.end, nesting)
        || is_bracketed_relative(s, &next)
    {
        return Step::Continue(run.end);
    }
    if run.kind == Terminal::StopThenEllipsis {
        // "compounds. . . . The practice": the full stop ends it, the ellipsis opens the next.
        return Step::Cut {
            end: i + 1,
            next: skip_space(s, i + 1),
            line_start: false,
        };
    }
    Step::Cut {
        end: next.end,
        next: next.start,
        line_start: false,
    }
}

/// True when a question or exclamation mark at `i` (read as `run`, closing marks skipped up
/// to `after_closers`) sits inside a quotation or bracket that opened in this sentence and
/// goes on after it, closing later in the paragraph:
///
/// * brackets hold their questions and exclamations: `[16: firma? 13:28]`;
/// * a quotation made only of exclamations and questions is one outburst, and the sentence
///   that quotes it holds it whole: `'after such a fall as this, I shall think nothing of
///   tumbling down stairs! How brave they'll all think me at home!'`.
///
/// Full stops inside brackets and quotations end sentences as anywhere else, and so does
/// every mark of a quotation with a statement in it (a full stop that ends a sentence, or a
/// closing `,` or `.`), as news corpora split them (`“It’s Warhol. He is a legend.”`): each
/// statement is a claim of its own.
fn inside_continuing_pair(
    s: &str,
    start: usize,
    i: usize,
    run: Run,
    after_closers: usize,
    nesting: &mut Nesting,
) -> bool {
    if run.kind != Terminal::Strong || after_closers != skip_chars(s, run.end, INVISIBLE_MARKS) {
        return false; // a full stop, or the quotation or bracket closes right here
    }
    let Some(open) = nesting.open_at(s, i).filter(|o| o.at >= start) else {
        return false;
    };
    let Some(close) = closing(s, open, run.end) else {
        return false;
    };
    if open.pair.is_bracket() {
        return true;
    }
    char_before(s, close).is_some_and(|c| c == '!' || c == '?')
        && !has_statement_end(s, run.end, close)
}

/// True when `s[from..to]` holds a full stop that ends a statement: after a word that is
/// not an abbreviation, before white space.
fn has_statement_end(s: &str, from: usize, to: usize) -> bool {
    let b = s.as_bytes();
    (from..to).any(|k| {
        b[k] == b'.'
            && b.get(k + 1).is_some_and(u8::is_ascii_whitespace)
            && b.get(k.wrapping_sub(1))
                .is_some_and(u8::is_ascii_alphanumeric)
            && classify(word_before(s, from, k)).is_none()
    })
}

/// "…off the top of the house!' (Which was very likely true.)": a parenthesis that opens
/// with a sentential relative pronoun ([`starters::SENTENTIAL_RELATIVES`]) comments on the
/// sentence before it and cannot stand alone, so it stays in that sentence, unless it is a
/// question ("(Which one?)").
fn is_bracketed_relative(s: &str, next: &Follow<'_>) -> bool {
    let After::Capitalised {
        word,
        opener: Opener::Bracket,
    } = next.after
    else {
        return false;
    };
    if !starters::is_sentential_relative(word) || !s[next.start..].starts_with('(') {
        return false;
    }
    let open = Open {
        at: next.start,
        pair: Pair::Paren,
    };
    closing(s, open, next.start + 1)
        .is_some_and(|close| !s[..close].trim_end_matches(CLOSERS).ends_with(['?', '？']))
}

/// What precedes terminal punctuation.
enum Before {
    /// An ordinary word, a number, or `?`/`!`: ends the sentence before a capitalised word.
    Word,
    /// An abbreviation of the given kind, or a trailing ellipsis (which acts like one).
    Abbreviation(Abbreviation),
}

/// The rule table: is terminal punctuation at `i` (read as `run`) a sentence end?
fn is_boundary(s: &str, start: usize, i: usize, run: Run, after: After<'_>) -> bool {
    let word = word_before(s, start, i);
    let before = match run.kind {
        // "James P. Kennedy": one capital letter after a capitalised word is a middle
        // initial, not the page prefix "p." ("by S and P. Underwriters said" ends)
        Terminal::FullStop if middle_initial(&s[start..i - word.len()], word) => {
            Before::Abbreviation(Abbreviation::MayEnd { attributive: false })
        }
        Terminal::FullStop => classify(word).map_or(Before::Word, Before::Abbreviation),
        Terminal::Strong if &s[i..run.end] == "!" && is_name_with_exclamation(word) => {
            Before::Abbreviation(Abbreviation::MayEnd { attributive: false })
        }
        Terminal::TrailingEllipsis => {
            Before::Abbreviation(Abbreviation::MayEnd { attributive: false })
        }
        _ => Before::Word,
    };
    let so_far = &s[start..i - word.len()];
    match (before, after) {
        (Before::Word, After::Lower) => ends_before_lower_case(s, i, run, word),
        (_, After::End | After::Attached | After::Lower | After::Dash) => false,
        (Before::Word, After::Capitalised { word: next, .. }) => !starters::never_opens(next),
        (Before::Word, After::Number | After::Item | After::Other) => true,
        (Before::Abbreviation(Abbreviation::Prefix), _) => false,
        // A sentence is more than one abbreviation ("Q. What is his name?").
        (Before::Abbreviation(_), _) if so_far.trim().is_empty() => false,
        (Before::Abbreviation(_), After::Item) => true,
        (Before::Abbreviation(_), After::Number | After::Other) => false,
        (Before::Abbreviation(kind), After::Capitalised { word: next, opener }) => {
            let opens = match (kind, opener) {
                (_, Opener::Bracket) => false,
                (_, Opener::Quote) => true,
                (Abbreviation::NumberPrefix, _) => !starters::never_opens(next),
                (Abbreviation::TimeOfDay, _) => !starters::continues_time(next),
                (Abbreviation::MayEnd { attributive }, _) => {
                    starters::opens_sentence(next, !attributive)
                }
                (Abbreviation::Prefix, _) => false,
            };
            opens && !starters::is_fronted_phrase(so_far)
        }
    }
}

/// `word` is one capital letter and the word before it (the end of `so_far`) starts
/// with a capital letter: a middle initial ("James P.", "Mary E.").
fn middle_initial(so_far: &str, word: &str) -> bool {
    let initial = word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase();
    initial
        && so_far
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
}

/// Shortest lower-case word whose full stop ends a sentence before a word in lower case.
const LONGEST_LOWER_CASE_ABBREVIATION: usize = 3;

/// "It was a cold night in the city. features": a plain full stop after a lower-case word
/// longer than any lower-case abbreviation ("med.", "min.", "approx" aside, which the
/// abbreviation tables hold) ends the sentence even before a word in lower case. Not after
/// `?`/`!` or a closing quote (`?” she asked`), and not after a number or a name.
fn ends_before_lower_case(s: &str, i: usize, run: Run, word: &str) -> bool {
    run.kind == Terminal::FullStop
        && run.end == i + 1
        && s[run.end..].starts_with(' ')
        && word.len() > LONGEST_LOWER_CASE_ABBREVIATION
        && word.bytes().all(|b| b.is_ascii_lowercase())
}

/// The word before byte `i`, not before `start`: ASCII letters and digits, inner dots, `°`
/// (as in `N°`).
fn word_before(s: &str, start: usize, i: usize) -> &str {
    let b = s.as_bytes();
    let mut j = i;
    while j > start {
        if b[j - 1].is_ascii_alphanumeric() || b[j - 1] == b'.' {
            j -= 1;
        } else if b[j - 1] == 0xB0 && j >= start + 2 && b[j - 2] == 0xC2 {
            j -= 2;
        } else {
            break;
        }
    }
    s[j..i].trim_start_matches('.')
}

/// "world.Today", "1,000.That": a full stop with no space between an ordinary word and a
/// capitalised word is a boundary, except inside e-mail addresses and URLs.
fn is_unspaced_boundary(s: &str, start: usize, i: usize) -> bool {
    let b = s.as_bytes();
    let word = word_before(s, start, i);
    let numeric = word.bytes().all(|c| c.is_ascii_digit());
    let plain_word = !word.contains('.') && (word.len() >= 2 || numeric);
    let capitalised = b.get(i + 1).is_some_and(u8::is_ascii_uppercase)
        && b.get(i + 2).is_some_and(u8::is_ascii_lowercase);
    if word.is_empty() || !plain_word || !capitalised || classify(word).is_some() {
        return false;
    }
    let token_start = s[..i]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(0, |(k, c)| k + c.len_utf8());
    let token_end = s[i..].find(char::is_whitespace).map_or(s.len(), |k| i + k);
    let token = &s[token_start..token_end];
    !(token.contains('@') || token.contains('/') || token.contains("www."))
}

/// True when a sentence ends with terminal punctuation (the marks of [`ALWAYS_END`]
/// included), before closing quotes and brackets and [`INVISIBLE_MARKS`].
pub fn ends_with_terminal(sentence: &str) -> bool {
    let bare = sentence.trim_end_matches(is_closer);
    bare.ends_with(['.', '?', '!', '…']) || bare.ends_with(ALWAYS_END)
}

#[cfg(test)]
mod tests;
