//! Terminal punctuation: full stops, `?`, `!` and ellipses, read as one run.
//!
//! * `?` and `!` in any mix (`Hello?!`, spaced `! ! !`) end a sentence before a word that
//!   can open one;
//! * one full stop ends it unless it closes an abbreviation ([`crate::abbreviations`]);
//! * an ellipsis of three dots (`...`, `…`, `. . .`) marks an omission, not an end
//!   ("the thing is . . . I didn’t mean it"), unless it sits on the word and a sentence
//!   opener follows ("who talks slowly... And this is another sentence");
//! * full-width marks (`。` `．` `？` `！`), the Devanagari danda and double danda (`।` `॥`)
//!   and the Arabic question mark (`؟`) always end a sentence, with or without a space;
//! * four dots are an ellipsis plus a full stop (`that....`, `period . . . .`) and end the
//!   sentence; when the first of them sits on the word (`compounds. . . . The`), that one is
//!   the full stop and the spaced ellipsis opens the next sentence.

use crate::quotes::char_at;

/// What a run of terminal punctuation is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Terminal {
    /// One full stop: decided by the word before it and the word after it.
    FullStop,
    /// `?` or `!` (possibly several, possibly with dots).
    Strong,
    /// An ellipsis of three dots apart from the word before: never a sentence end.
    Ellipsis,
    /// An ellipsis of three dots on the word before (`slowly...`, `we…`): the speaker trails
    /// off; it ends the sentence like an abbreviation does, before a sentence opener.
    TrailingEllipsis,
    /// One of [`ALWAYS_END`] (`。` `．` `？` `！` `।` `॥` `؟`): always an end.
    AlwaysEnds,
    /// Four or more dots (or two): a sentence end like a full stop after an ordinary word.
    EllipsisStop,
    /// A full stop on the word, then a spaced ellipsis: the end is after the first dot.
    StopThenEllipsis,
}

/// A run of terminal punctuation starting at a `.`, `?`, `!` or `…`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    /// What the run is.
    pub kind: Terminal,
    /// Byte after the run (after the last dot of a spaced ellipsis).
    pub end: usize,
}

/// Read the run of terminal punctuation starting at byte `i` of `s`.
pub fn read_run(s: &str, i: usize) -> Run {
    if let Some(c) = char_at(s, i).filter(|c| ALWAYS_END.contains(c)) {
        return Run {
            kind: Terminal::AlwaysEnds,
            end: i + c.len_utf8(),
        };
    }
    let (mut end, mut dots, strong) = contiguous(s, i);
    let first_dots = dots;
    let mut spaced = false;
    if strong {
        // Spaced marks are one run: "Wow ! ! !".
        while s.as_bytes().get(end) == Some(&b' ')
            && matches!(s.as_bytes().get(end + 1), Some(b'!' | b'?'))
        {
            end = contiguous(s, end + 1).0;
        }
    } else {
        // A spaced ellipsis: ". . ." (single dots, single spaces between them); stray dots
        // after a full stop ("Sentence. .. Next") are a run of their own.
        while s.as_bytes().get(end) == Some(&b' ') && s.as_bytes().get(end + 1) == Some(&b'.') {
            let (next_end, more, strong_after) = contiguous(s, end + 1);
            if strong_after || more != 1 {
                break;
            }
            end = next_end;
            dots += more;
            spaced = true;
        }
    }
    let attached = crate::quotes::char_before(s, i).is_some_and(|c| !c.is_whitespace());
    let kind = if strong {
        Terminal::Strong
    } else if spaced && attached && first_dots == 1 && dots >= 4 {
        Terminal::StopThenEllipsis
    } else {
        match dots {
            1 => Terminal::FullStop,
            3 if attached && !spaced => Terminal::TrailingEllipsis,
            3 => Terminal::Ellipsis,
            _ => Terminal::EllipsisStop,
        }
    };
    Run { kind, end }
}

/// Marks that end a sentence wherever they stand: full-width terminal punctuation (CJK
/// text and full-width forms), the Devanagari danda and double danda (Hindi, Marathi,
/// Nepali, Sanskrit) and the Arabic question mark.
pub const ALWAYS_END: &[char] = &['。', '．', '！', '？', '।', '॥', '؟'];

/// Invisible marks read past after a full stop as closing quotes are
/// ([`claimkit_core::invisible::MARKS`]): `He left.\u{200F} She stayed.` is two sentences.
pub use claimkit_core::invisible::MARKS as INVISIBLE_MARKS;

/// The contiguous run of `.?!…` at `i`: (end, dots counted, any `?`/`!`).
fn contiguous(s: &str, mut i: usize) -> (usize, usize, bool) {
    let mut dots = 0;
    let mut strong = false;
    while let Some(c) = char_at(s, i) {
        match c {
            '.' => dots += 1,
            '…' => dots += 3,
            '?' | '!' => strong = true,
            _ => break,
        }
        i += c.len_utf8();
    }
    (i, dots, strong)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_dots_are_an_ellipsis_in_every_spelling() {
        assert_eq!(read_run("is . . . I", 3).kind, Terminal::Ellipsis);
        assert_eq!(read_run("really ... well", 7).kind, Terminal::Ellipsis);
        assert_eq!(read_run("mean...see", 4).kind, Terminal::TrailingEllipsis);
        assert_eq!(read_run("we…", 2).kind, Terminal::TrailingEllipsis);
    }

    #[test]
    fn four_dots_end_a_sentence() {
        assert_eq!(read_run("that.... She", 4).kind, Terminal::EllipsisStop);
        assert_eq!(
            read_run("period . . . . Next", 7).kind,
            Terminal::EllipsisStop
        );
        let run = read_run("compounds. . . . The", 9);
        assert_eq!(
            run,
            Run {
                kind: Terminal::StopThenEllipsis,
                end: 16
            }
        );
    }

    #[test]
    fn spaced_exclamation_marks_are_one_run() {
        assert_eq!(
            read_run("Wow ! ! ! That", 4),
            Run {
                kind: Terminal::Strong,
                end: 9
            }
        );
    }

    #[test]
    fn mixed_question_and_exclamation_marks_are_one_run() {
        assert_eq!(
            read_run("Hello?! Is", 5),
            Run {
                kind: Terminal::Strong,
                end: 7
            }
        );
    }
}
