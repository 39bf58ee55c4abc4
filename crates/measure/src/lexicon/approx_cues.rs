//! Words around a number that say how exact it is.

use claimkit_core::Approx;

/// Cues written before the number, longest first where they share words.
pub(crate) const BEFORE: &[(&str, Approx)] = &[
    ("no more than", Approx::AtMost),
    ("not more than", Approx::AtMost),
    ("no fewer than", Approx::AtLeast),
    ("no less than", Approx::AtLeast),
    ("not less than", Approx::AtLeast),
    ("less than or equal to", Approx::AtMost),
    ("greater than or equal to", Approx::AtLeast),
    ("more than or equal to", Approx::AtLeast),
    ("equal to or more than", Approx::AtLeast),
    ("equal to or greater than", Approx::AtLeast),
    ("equal to or less than", Approx::AtMost),
    ("bigger or equal than", Approx::AtLeast),
    ("greater or equal than", Approx::AtLeast),
    ("higher or equal than", Approx::AtLeast),
    ("larger or equal than", Approx::AtLeast),
    ("more or equal than", Approx::AtLeast),
    ("at least or equal to", Approx::AtLeast),
    ("smaller or equal than", Approx::AtMost),
    ("less or equal than", Approx::AtMost),
    ("lower or equal than", Approx::AtMost),
    ("> =", Approx::AtLeast),
    ("≥", Approx::AtLeast),
    ("< =", Approx::AtMost),
    ("≤", Approx::AtMost),
    (">", Approx::MoreThan),
    ("<", Approx::LessThan),
    ("more than", Approx::MoreThan),
    ("greater than", Approx::MoreThan),
    ("higher than", Approx::MoreThan),
    ("larger than", Approx::MoreThan),
    ("bigger than", Approx::MoreThan),
    ("in excess of", Approx::MoreThan),
    ("upwards of", Approx::MoreThan),
    ("upward of", Approx::MoreThan),
    ("well over", Approx::MoreThan),
    ("just over", Approx::MoreThan),
    ("over", Approx::MoreThan),
    ("above", Approx::MoreThan),
    ("exceeding", Approx::MoreThan),
    ("exceeds", Approx::MoreThan),
    ("exceeded", Approx::MoreThan),
    ("exceed", Approx::MoreThan),
    ("surpass", Approx::MoreThan),
    ("at least", Approx::AtLeast),
    ("a minimum of", Approx::AtLeast),
    ("less than", Approx::LessThan),
    ("fewer than", Approx::LessThan),
    ("lower than", Approx::LessThan),
    ("smaller than", Approx::LessThan),
    ("just under", Approx::LessThan),
    ("under", Approx::LessThan),
    ("below", Approx::LessThan),
    ("up to", Approx::AtMost),
    ("at most", Approx::AtMost),
    ("a maximum of", Approx::AtMost),
    ("as many as", Approx::AtMost),
    ("as much as", Approx::AtMost),
    ("about", Approx::About),
    ("around", Approx::About),
    ("roughly", Approx::About),
    ("approximately", Approx::About),
    ("nearly", Approx::About),
    ("almost", Approx::About),
    ("close to", Approx::About),
    ("some", Approx::About),
    ("an estimated", Approx::About),
    ("estimated", Approx::About),
    ("approx", Approx::About),
    ("circa", Approx::About),
    ("equal to", Approx::Exact),
    ("equals", Approx::Exact),
    ("exactly", Approx::Exact),
];

/// Cues written after the number (and its unit): "500 or more".
pub(crate) const AFTER: &[(&str, Approx)] = &[
    ("or more", Approx::AtLeast),
    ("and more", Approx::AtLeast),
    ("or greater", Approx::AtLeast),
    ("and above", Approx::AtLeast),
    ("or above", Approx::AtLeast),
    ("or less", Approx::AtMost),
    ("or fewer", Approx::AtMost),
    ("and below", Approx::AtMost),
    ("or so", Approx::About),
];

/// Words that open a range: "between 12 and 20", "from 12 to 20".
pub(crate) const RANGE_OPENERS: &[(&str, &str)] = &[("between", "and"), ("from", "to")];

/// Words or signs that join the two ends of a range: "12 to 20", "12-20".
pub(crate) const RANGE_JOINERS: &[&str] = &["to", "through", "-", "–", "—", "~"];

/// The word `w` (lower case) opens a cue of [`BEFORE`]: "some", "nearly", "over".
pub(crate) fn opens_cue(w: &str) -> bool {
    BEFORE.iter().any(|(p, _)| {
        p.split(' ')
            .next()
            .is_some_and(|f| f.eq_ignore_ascii_case(w))
    })
}
