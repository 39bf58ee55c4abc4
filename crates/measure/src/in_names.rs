//! Time words inside names are no time mentions: "USA Today" and "Russia Today"
//! (a newspaper, a channel), "the Sunday Times", "the Monday Club".
//!
//! Two patterns, each a name in news whatever the words around it:
//! - a capitalised "Today" written in title case right after a capitalised word of
//!   its line that is an acronym ("USA Today reported") or stands inside its
//!   sentence ("told Russia Today"), and is no month or weekday; a sentence that
//!   opens with "Today", "So Today, we vote" and text in capitals ("RAIN TODAY")
//!   keep their time;
//! - a weekday in title case before a word that ends a newspaper's, a programme's
//!   or a club's name ([`NAME_ENDS_AFTER_WEEKDAY`]: "the Sunday Times", "Monday
//!   Club"); "the Sunday Trump arrived" and "the Sunday before" keep their time.

use crate::exclusions::is_month;
use crate::tokens::Token;
use crate::weekdays::weekday;
use claimkit_core::Sentence;

/// Words that, in title case after a weekday, end a newspaper's, a programme's or a
/// club's name ("the Sunday Times", "the Monday Club", "Sunday Politics").
pub(crate) const NAME_ENDS_AFTER_WEEKDAY: &[&str] = &[
    "Times",
    "Telegraph",
    "Mirror",
    "Express",
    "Post",
    "Herald",
    "Independent",
    "Tribune",
    "Star",
    "Mail",
    "Observer",
    "Sport",
    "People",
    "World",
    "Business",
    "Politics",
    "Club",
    "Show",
    "Programme",
    "Edition",
    "Review",
    "Magazine",
    "Journal",
    "Chronicle",
];

/// Token `i` is a time word that is part of a name (see the module docs).
pub(crate) fn time_word_in_name(toks: &[Token], i: usize, sentences: &[Sentence]) -> bool {
    let Some(t) = toks.get(i).filter(|t| title_case(t)) else {
        return false;
    };
    if t.is("today") {
        let Some(prev) = i.checked_sub(1).map(|k| &toks[k]) else {
            return false;
        };
        let acronym = prev.text.len() >= 2 && prev.text.chars().all(|c| c.is_ascii_uppercase());
        return !t.line_start
            && !opens_sentence(t, sentences)
            && prev.is_word()
            && prev.is_capitalized()
            && (acronym || !opens_sentence(prev, sentences))
            && !is_month(Some(prev))
            && weekday(Some(prev)).is_none();
    }
    let next = toks.get(i + 1);
    weekday(Some(t)).is_some()
        && next.is_some_and(|n| !n.line_start && NAME_ENDS_AFTER_WEEKDAY.contains(&n.text))
}

/// A word in title case: a capital, then at least one lower-case letter.
fn title_case(t: &Token) -> bool {
    let mut chars = t.text.chars();
    t.is_word() && chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

fn opens_sentence(t: &Token, sentences: &[Sentence]) -> bool {
    sentences
        .binary_search_by_key(&t.start, |s| s.span.start)
        .is_ok()
}

#[cfg(test)]
mod tests {
    use crate::temporal::find;
    use claimkit_core::{Sentence, Span};

    fn times(text: &str) -> Vec<&str> {
        let sentences = [Sentence {
            span: Span::new(0, text.len()),
            paragraph: 0,
            truncated: false,
        }];
        find(text, &sentences, None)
            .iter()
            .map(|t| t.span.text(text))
            .collect()
    }

    #[test]
    fn a_newspaper_named_today_is_no_time() {
        assert_eq!(
            times("USA Today reported the plant would close."),
            Vec::<&str>::new()
        );
        assert_eq!(times("He told Russia Today on Monday."), ["Monday"]);
    }

    #[test]
    fn today_opening_a_sentence_or_in_capitals_stays_a_time() {
        assert_eq!(times("Today the plant closed."), ["Today"]);
        assert_eq!(times("RAIN IS EXPECTED TODAY."), ["TODAY"]);
        assert_eq!(times("Prices fell today."), ["today"]);
        assert_eq!(times("So Today, we vote."), ["Today"]);
        assert_eq!(times("In January Today he left."), ["January", "Today"]);
    }

    #[test]
    fn a_weekday_before_a_name_ending_word_is_no_time() {
        assert_eq!(times("The Sunday Times reported it."), Vec::<&str>::new());
        assert_eq!(
            times("He wrote in the Sunday Telegraph."),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn a_weekday_before_a_name_or_month_stays_a_time() {
        assert_eq!(times("On Sunday Trump said it."), ["Sunday"]);
        assert_eq!(times("It was the Sunday before the vote."), ["Sunday"]);
        assert_eq!(times("They met the Sunday Trump arrived."), ["Sunday"]);
        assert_eq!(times("It opens on the Friday March 3."), ["Friday March 3"]);
    }
}
