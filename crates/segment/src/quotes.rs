//! Quotes and brackets around a sentence end.
//!
//! A closing quote or bracket after terminal punctuation belongs to the sentence it closes
//! (`… effective,” Mr. Pushkov said.` / `… so far.”`); an opening one before the next word
//! belongs to the next sentence. Whether the sentence really ends is decided by the word after
//! them: `."  She held…` ends it, `?” she asked` and `.' she said` do not (see
//! [`crate::boundary`]).
//!
//! [`Nesting`] knows which quotation or bracket is open at a point of a paragraph and
//! [`closing`] finds where it closes, so that the scanner can keep a question or an
//! exclamation that the quotation or bracket goes on after inside its sentence
//! (`[16: firma? 13:28]`, `“Oh dear! Oh dear! I shall be too late!”`).
//!
//! # Adding a character
//!
//! Add it to [`CLOSERS`] or [`OPENERS`]; straight quotes are in both, because after terminal
//! punctuation a quote can only close and before a word only open.

/// Characters that close a quotation or parenthesis after terminal punctuation.
pub const CLOSERS: &[char] = &['"', '\'', ')', ']', '}', '»', '›', '’', '”'];

/// Characters that open a quotation or parenthesis before a sentence's first word.
pub const OPENERS: &[char] = &['"', '\'', '(', '[', '{', '«', '‹', '‘', '“'];

/// The char starting at byte `i` of `s` (`i` must be a char boundary).
pub fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|rest| rest.chars().next())
}

/// The char ending just before byte `i` of `s`.
pub fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i).and_then(|head| head.chars().next_back())
}

/// Skip the chars of `set` from byte `i`; returns the first byte after them.
pub fn skip_chars(s: &str, mut i: usize, set: &[char]) -> usize {
    while let Some(c) = char_at(s, i) {
        if !set.contains(&c) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// Skip white space from byte `i`; returns the first byte after it.
pub fn skip_space(s: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(s, i) {
        if !c.is_whitespace() {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// Move `end` back over white space (but not before `start`).
pub fn trim_back(s: &str, start: usize, mut end: usize) -> usize {
    while end > start {
        match char_before(s, end) {
            Some(c) if c.is_whitespace() => end -= c.len_utf8(),
            _ => break,
        }
    }
    end
}

/// A quotation mark or bracket pair.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pair {
    /// `( … )`
    Paren,
    /// `[ … ]`
    Square,
    /// `" … "`
    Double,
    /// `' … '` (an apostrophe between letters is not one)
    Single,
    /// `“ … ”`
    CurlyDouble,
    /// `‘ … ’` (an apostrophe between letters is not one)
    CurlySingle,
}

impl Pair {
    /// True for brackets, false for quotation marks.
    pub fn is_bracket(self) -> bool {
        matches!(self, Pair::Paren | Pair::Square)
    }
}

/// A quotation or bracket that is open: where its opening mark is, and what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Open {
    /// Byte of the opening mark.
    pub at: usize,
    /// The kind of pair.
    pub pair: Pair,
}

/// Most quotations and brackets tracked at once; deeper ones forget the outermost.
const MAX_DEPTH: usize = 8;

/// Farthest a closing mark is looked for (bytes): a quotation or parenthesis longer than
/// this is treated as unclosed, which keeps the scanner linear on any input.
pub const MAX_SPAN: usize = 2_000;

/// The quotations and brackets open at a point of a paragraph.
///
/// It reads the paragraph once, forwards, as the scanner asks about later and later
/// points ([`Nesting::open_at`]), so asking costs nothing beyond one pass.
#[derive(Debug, Default)]
pub struct Nesting {
    /// Bytes before `read` have been read.
    read: usize,
    /// Open pairs, innermost last.
    open: Vec<Open>,
}

/// Bytes that can start a quotation mark or bracket (`0xE2` leads `“”‘’`).
static MARK_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut k = 0;
    let marks = b"()[]\"'\xE2";
    while k < marks.len() {
        table[marks[k] as usize] = true;
        k += 1;
    }
    table
};

impl Nesting {
    /// The innermost quotation or bracket open just before byte `i` of `s`; `i` must not
    /// be smaller than in the previous call.
    pub fn open_at(&mut self, s: &str, i: usize) -> Option<Open> {
        let b = s.as_bytes();
        let mut k = self.read;
        while k < i {
            if !MARK_BYTES[usize::from(b[k])] {
                k += 1;
                continue;
            }
            let Some(c) = char_at(s, k) else {
                k += 1;
                continue;
            };
            self.read_mark(s, k, c);
            k += c.len_utf8();
        }
        self.read = self.read.max(i);
        self.open.last().copied()
    }

    fn read_mark(&mut self, s: &str, k: usize, c: char) {
        let open = |pair| Open { at: k, pair };
        match c {
            '(' => self.push(open(Pair::Paren)),
            '[' => self.push(open(Pair::Square)),
            ')' => {
                self.close(Pair::Paren);
            }
            ']' => {
                self.close(Pair::Square);
            }
            '“' => self.push(open(Pair::CurlyDouble)),
            '”' => {
                self.close(Pair::CurlyDouble);
            }
            '"' if !self.close(Pair::Double) => self.push(open(Pair::Double)),
            '"' => {}
            '‘' => self.push(open(Pair::CurlySingle)),
            '’' if !is_apostrophe(s, k, c) => {
                self.close(Pair::CurlySingle);
            }
            '\'' if !is_apostrophe(s, k, c) => {
                let before = char_before(s, k);
                if before.is_none_or(|p| !p.is_alphanumeric() && !is_terminal(p)) {
                    self.push(open(Pair::Single));
                } else {
                    self.close(Pair::Single);
                }
            }
            _ => {}
        }
    }

    fn push(&mut self, open: Open) {
        if self.open.len() == MAX_DEPTH {
            self.open.remove(0);
        }
        self.open.push(open);
    }

    /// Close the innermost open `pair` and whatever opened inside it; false if none is open.
    fn close(&mut self, pair: Pair) -> bool {
        match self.open.iter().rposition(|o| o.pair == pair) {
            Some(k) => {
                self.open.truncate(k);
                true
            }
            None => false,
        }
    }
}

/// True for terminal punctuation before a closing quote (`?'`).
fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…' | ',' | ';' | ':' | '-' | '—')
}

/// An apostrophe inside or after a word (`they'll`, `don’t`, `’90s`), not a quotation mark.
fn is_apostrophe(s: &str, k: usize, c: char) -> bool {
    let before = char_before(s, k).is_some_and(char::is_alphanumeric);
    let after = char_at(s, k + c.len_utf8()).is_some_and(char::is_alphanumeric);
    before && after
}

/// The byte of the mark that closes `open`, looked for from byte `from` up to
/// [`MAX_SPAN`] bytes after the opening mark, inside `s` (one paragraph).
pub fn closing(s: &str, open: Open, from: usize) -> Option<usize> {
    let limit = s.len().min(open.at.saturating_add(MAX_SPAN));
    let mut depth = 0usize;
    let mut k = from;
    while k < limit {
        let Some(c) = char_at(s, k) else {
            k += 1;
            continue;
        };
        let closes = match (open.pair, c) {
            (Pair::Paren, '(') | (Pair::Square, '[') => {
                depth += 1;
                false
            }
            (Pair::Paren, ')') | (Pair::Square, ']') => {
                if depth == 0 {
                    true
                } else {
                    depth -= 1;
                    false
                }
            }
            (Pair::Double, '"') | (Pair::CurlyDouble, '”') => true,
            (Pair::Single, '\'') | (Pair::CurlySingle, '’') => {
                !is_apostrophe(s, k, c) && char_before(s, k).is_some_and(|p| !p.is_whitespace())
            }
            _ => false,
        };
        if closes {
            return Some(k);
        }
        k += c.len_utf8();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closing_quote_after_full_stop_is_skipped() {
        let s = "so far.” Next";
        assert_eq!(&s[skip_chars(s, 7, CLOSERS)..], " Next");
    }

    #[test]
    fn trim_back_stops_at_start() {
        assert_eq!(trim_back("a  \n ", 0, 5), 1);
        assert_eq!(trim_back("   ", 1, 3), 1);
    }

    #[test]
    fn nesting_tracks_quotes_brackets_and_ignores_apostrophes() {
        let s = "'Well!' thought Alice, 'they'll think me brave! Why, I";
        let mut nesting = Nesting::default();
        let open = nesting.open_at(s, s.find("brave!").unwrap()).unwrap();
        assert_eq!(
            (open.at, open.pair),
            (s.find("'they").unwrap(), Pair::Single)
        );
        let s = "[15: 12:32] [16: firma? 13:28]";
        let open = Nesting::default().open_at(s, s.find('?').unwrap()).unwrap();
        assert_eq!(open.pair, Pair::Square);
        assert_eq!(closing(s, open, s.find('?').unwrap()), Some(s.len() - 1));
        let s = "“Yes,” he said. “No";
        assert_eq!(Nesting::default().open_at(s, s.find(" he").unwrap()), None);
    }
}
