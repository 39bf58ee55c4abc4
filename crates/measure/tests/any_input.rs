//! Any string: no panic, spans in bounds and on char boundaries, sorted and
//! non-overlapping within each kind.

use claimkit_core::{Date, Sentence, Span};
use proptest::prelude::*;

fn check_spans(text: &str, spans: &[Span]) {
    let mut previous_end = 0;
    for s in spans {
        assert!(
            s.start < s.end && s.end <= text.len(),
            "{s:?} out of bounds in {text:?}"
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{s:?} splits a char in {text:?}"
        );
        assert!(
            s.start >= previous_end,
            "{s:?} overlaps or is out of order in {text:?}"
        );
        previous_end = s.end;
    }
}

fn run(text: &str) {
    let sentences = [Sentence {
        span: Span::new(0, text.len()),
        paragraph: 0,
        truncated: false,
    }];
    let qs = claimkit_measure::quantities(text);
    check_spans(text, &qs.iter().map(|q| q.span).collect::<Vec<_>>());
    for published in [
        None,
        Date::new(2015, 11, 17).ok(),
        Date::new(-9999, 1, 1).ok(),
        Date::new(9999, 12, 31).ok(),
    ] {
        let ts = claimkit_measure::times(text, &sentences, published);
        check_spans(text, &ts.iter().map(|t| t.span).collect::<Vec<_>>());
    }
}

/// Quantities read from the whole text's tokens are those of each line read alone: the
/// pipeline tokenises a document once and cuts the tokens at line breaks.
fn lines_alone(text: &str) {
    let whole: Vec<Span> = claimkit_measure::quantities(text)
        .iter()
        .map(|q| q.span)
        .collect();
    let mut alone = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        alone.extend(
            claimkit_measure::quantities(line)
                .iter()
                .map(|q| q.span.shift(start)),
        );
        start += line.len() + 1;
    }
    assert_eq!(whole, alone, "{text:?}");
}

proptest! {
    #[test]
    fn any_string(text in ".{0,200}") {
        run(&text);
    }

    #[test]
    fn quantities_line_by_line(text in "([0-9]{1,4}|,|\\.|\\$|%| |\n|million|between|and|to|years|é){0,30}") {
        lines_alone(&text);
    }

    #[test]
    fn newsy_strings(text in "([0-9]{1,5}|[,.$%/:-]|twenty|one|a|dozen|million|between|and|to|Sept\\.|Tuesday|last|week|the|1930s|ago|years| |é|’){0,40}") {
        run(&text);
    }
}

#[test]
fn calendar_edges_do_not_panic() {
    run("last year, next week, Dec. 31, 9999 and 10000 years ago, the 9990s, Feb. 29");
}
