//! The core token layer (`claimkit_core::tokens`) under the names the rules here use,
//! and a lower-casing helper for word lookups.

pub(crate) use claimkit_core::tokens::{Token, TokenKind as Kind};

#[cfg(test)]
pub(crate) use claimkit_core::tokens::tokenize;

/// Lower-cases an ASCII word into `buf` without allocating; longer or
/// non-ASCII words come back as they are.
pub(crate) fn lower<'b>(word: &'b str, buf: &'b mut [u8; 32]) -> &'b str {
    if word.len() > buf.len() || !word.is_ascii() {
        return word;
    }
    let out = &mut buf[..word.len()];
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).unwrap_or(word)
}

/// The token `t` is a word whose lower-cased form is in `list`.
pub(crate) fn word_in(t: Option<&Token>, list: &[&str]) -> bool {
    let Some(t) = t.filter(|t| t.is_word()) else {
        return false;
    };
    let mut buf = [0u8; 32];
    list.contains(&lower(t.text, &mut buf))
}
