//! Lone UTF-16 surrogates in JSON escapes (`"\ud83d"` with no `\udxxx` after it), which
//! JavaScript writes when it cuts a string inside an emoji. A Rust string cannot hold one,
//! so serde_json refuses the whole record. A JSONL line it refuses for that is read again
//! with each lone surrogate written as U+FFFD, the replacement character: one code point
//! (and one UTF-16 unit) for one, so the offsets of everything after it are those Python
//! gives for the same line.
//!
//! ```
//! # use claimkit_core::read::surrogates::replace_lone_surrogates;
//! let (line, n) = replace_lone_surrogates(r#"{"text":"cut \ud83d here, whole \ud83d\ude00"}"#);
//! assert_eq!(line, r#"{"text":"cut \ufffd here, whole \ud83d\ude00"}"#);
//! assert_eq!(n, 1);
//! ```

use std::borrow::Cow;

/// `line` with every `\u` escape of a lone surrogate replaced by `\ufffd`, and how many
/// were replaced. Other escapes, and surrogate pairs, stay as written.
pub fn replace_lone_surrogates(line: &str) -> (Cow<'_, str>, usize) {
    let bytes = line.as_bytes();
    let mut out = String::new();
    let (mut copied, mut replaced, mut i) = (0, 0, 0);
    while let Some(at) = bytes
        .get(i..)
        .and_then(|rest| memchr::memchr(b'\\', rest))
        .map(|k| i + k)
    {
        let Some(unit) = unit_at(bytes, at) else {
            i = at + 2; // `\\`, `\"`, `\n` …: the escaped byte is never a new escape
            continue;
        };
        if (0xD800..0xDC00).contains(&unit)
            && unit_at(bytes, at + 6).is_some_and(|low| (0xDC00..0xE000).contains(&low))
        {
            i = at + 12; // a pair: one character
            continue;
        }
        if (0xD800..0xE000).contains(&unit) {
            out.push_str(&line[copied..at]);
            out.push_str("\\ufffd");
            copied = at + 6;
            replaced += 1;
        }
        i = at + 6;
    }
    if replaced == 0 {
        return (Cow::Borrowed(line), 0);
    }
    out.push_str(&line[copied..]);
    (Cow::Owned(out), replaced)
}

/// The warning for `n` (at least one) lone surrogates read as U+FFFD.
pub fn warning(n: usize) -> String {
    format!(
        "{n} lone UTF-16 surrogate escape{} (half a character, as JavaScript cuts strings) \
         read as U+FFFD",
        if n == 1 { "" } else { "s" }
    )
}

/// The code unit of a `\uXXXX` escape starting at `at`, if one does.
fn unit_at(bytes: &[u8], at: usize) -> Option<u32> {
    let escape = bytes.get(at..at + 6)?;
    if escape[..2] != *b"\\u" {
        return None;
    }
    let hex = std::str::from_utf8(&escape[2..]).ok()?;
    u32::from_str_radix(hex, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::replace_lone_surrogates as fix;

    #[test]
    fn lone_leading_and_trailing_surrogates_become_replacement_characters() {
        assert_eq!(fix(r#""a\uD800b""#), (r#""a\ufffdb""#.into(), 1));
        assert_eq!(fix(r#""a\udc00""#), (r#""a\ufffd""#.into(), 1));
        // Two leading surrogates: neither has its trailing half.
        assert_eq!(fix(r#""\ud83d\ud83d""#), (r#""\ufffd\ufffd""#.into(), 2));
        // A leading surrogate before an escape that is no surrogate.
        assert_eq!(fix(r#""\ud83d\u0061""#), (r#""\ufffd\u0061""#.into(), 1));
    }

    #[test]
    fn pairs_other_escapes_and_escaped_backslashes_stay() {
        for line in [
            r#"{"text":"\ud83d\ude00 ok"}"#,
            r#"{"text":"a \\ud800 is text here, \" and \n"}"#,
            r#"{"text":"ends with a backslash \\"}"#,
            r#"{"text":"short \u12"}"#,
            // Found by the property test: a backslash at the very end.
            "\\",
            "x\\",
        ] {
            assert_eq!(fix(line), (line.into(), 0), "{line}");
        }
    }
}
