//! `standalone`: a claim made readable without its article.
//!
//! * A relative date is followed by the date it resolves to: "Tuesday" →
//!   "Tuesday (Nov. 17, 2015)", "last month" → "last month (October 2015)".
//!   Mentions that already carry their year ("Sept. 30, 2015", "the 1930s")
//!   are left alone.
//! * The attribution is appended with the resolved source name where the
//!   mention is a pronoun or surname: "…, Jens Stoltenberg said." Direct
//!   quotes keep their quote marks.
//!
//! Nothing is added that the article does not say.

use claimkit_core::calendar::MONTHS;
use claimkit_core::{Attribution, Date, Granularity, QuoteKind, Span, TimeExpr};

/// Cue verbs that need an object ("told reporters"): appended as plain "said"/"says".
const CUES_NEEDING_AN_OBJECT: &[&str] = &[
    "told",
    "tells",
    "tell",
    "informed",
    "informs",
    "assured",
    "assures",
    "briefed",
    "briefs",
    "reminded",
    "reminds",
    "wrote to",
    "writes to",
];

/// Leading words of a source mention that are lower-cased mid-sentence.
const DETERMINERS: &[&str] = &["A", "An", "The", "His", "Her", "Its", "Their", "Our"];

/// The month of `d` as AP style writes it in a date: "Sept.", "March".
fn ap_month(d: Date) -> &'static str {
    MONTHS[(d.month() - 1) as usize].ap
}

/// The full name of the month of `d`, for month-sized periods: "September".
fn month_name(d: Date) -> &'static str {
    MONTHS[(d.month() - 1) as usize].name
}

fn ap_day(d: Date) -> String {
    format!("{} {}, {}", ap_month(d), d.day(), d.year())
}

/// The resolved period of a time in words, or `None` if it says nothing new.
fn describe(t: &TimeExpr, mention: &str) -> Option<String> {
    let (start, end) = (t.start?, t.end?);
    if mention.contains(&start.year().to_string()) {
        return None; // already absolute
    }
    if start == end {
        return Some(ap_day(start));
    }
    Some(match t.granularity {
        Granularity::Day => ap_day(start),
        Granularity::Week if start.month() == end.month() => format!(
            "{} {}–{}, {}",
            ap_month(start),
            start.day(),
            end.day(),
            end.year()
        ),
        Granularity::Week => {
            let s = ap_day(start);
            let e = ap_day(end);
            format!("{}–{}", s.rsplit_once(',').map_or(s.as_str(), |p| p.0), e)
        }
        Granularity::Month if (start.year(), start.month()) == (end.year(), end.month()) => {
            format!("{} {}", month_name(start), start.year())
        }
        // "the past six months": July 2004–January 2005
        Granularity::Month | Granularity::Quarter if start.year() != end.year() => format!(
            "{} {}–{} {}",
            month_name(start),
            start.year(),
            month_name(end),
            end.year()
        ),
        Granularity::Month | Granularity::Quarter => {
            format!("{}–{} {}", month_name(start), month_name(end), end.year())
        }
        Granularity::Year if start.year() == end.year() => start.year().to_string(),
        // "the last three years": 2002–2005
        Granularity::Year => format!("{}–{}", start.year(), end.year()),
        Granularity::Decade | Granularity::Century => format!("{}–{}", start.year(), end.year()),
        Granularity::Unknown => format!("{} to {}", ap_day(start), ap_day(end)),
    })
}

/// The source as it reads mid-sentence: the resolved name where there is one,
/// unless the mention already holds it with more ("Minister of Education
/// Stefania Giannini").
fn source_words(text: &str, a: &Attribution) -> Option<String> {
    let mention = a.source.map(|s| s.text(text).trim());
    if let Some(name) = &a.resolved {
        if !mention.is_some_and(|m| m.contains(name.as_str())) {
            return Some(name.clone());
        }
    }
    let mention = mention?;
    let first = mention.split(' ').next().unwrap_or("");
    if DETERMINERS.contains(&first) {
        let mut s = first.to_lowercase();
        s.push_str(&mention[first.len()..]);
        return Some(s);
    }
    Some(mention.to_string())
}

/// The cue as it reads after the claim: "told" needs its object, "cautioning" its clause,
/// so both read as "said" ("says" for a present-tense cue).
fn appended_cue(cue: &str) -> String {
    let lower = cue.to_lowercase();
    let present = lower.ends_with('s') && !lower.ends_with("ss");
    if CUES_NEEDING_AN_OBJECT.contains(&lower.as_str()) || lower.ends_with("ing") {
        return if present { "says" } else { "said" }.to_string();
    }
    cue.to_string()
}

/// The claim at `span` made readable on its own.
///
/// A claim that the source cut off (`cut_off`) ends in "…".
pub fn standalone(
    text: &str,
    span: Span,
    attribution: Option<&Attribution>,
    times: &[&TimeExpr],
    cut_off: bool,
) -> String {
    let mut body = String::with_capacity(span.len() + 32);
    let mut at = span.start;
    for t in times {
        if t.span.start < at || !span.contains(t.span) {
            continue;
        }
        // Never break into a compound ("Sept. 11-style").
        if text[t.span.end..].starts_with(|c: char| c.is_alphanumeric() || c == '-') {
            continue;
        }
        if let Some(date) = describe(t, t.span.text(text)) {
            body.push_str(&text[at..t.span.end]);
            body.push_str(" (");
            body.push_str(&date);
            body.push(')');
            at = t.span.end;
        }
    }
    body.push_str(&text[at..span.end]);
    if cut_off {
        body.truncate(body.trim_end_matches([',', ';', ':', ' ']).len());
        body.push_str(" …");
    }
    let Some(a) = attribution else {
        return body;
    };
    // "Figures showed a 5% rise": the claim already names its source
    if a.source.is_some_and(|s| span.contains(s)) {
        return body;
    }
    let Some(source) = source_words(text, a) else {
        return body;
    };
    let cue = appended_cue(a.cue.map_or("said", |c| c.text(text).trim()));
    let trimmed = body.trim_end_matches(['.', ',', ';', ':', ' ']);
    let ends_question = trimmed.ends_with('?') || trimmed.ends_with('!');
    // "According to ESPN, …" and "Per ESPN, …" both read "…, according to ESPN."
    let lower = cue.to_lowercase();
    let according = lower.starts_with("according") || lower == "per";
    let tail = if according {
        format!("according to {source}")
    } else {
        format!("{source} {cue}")
    };
    if a.quote == QuoteKind::Direct {
        let sep = if ends_question { "" } else { "," };
        format!("“{trimmed}{sep}” {tail}.")
    } else if ends_question {
        format!("{trimmed} {tail}.")
    } else {
        format!("{trimmed}, {tail}.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimkit_core::SourceType;

    fn time(
        text: &str,
        mention: &str,
        start: Date,
        end: Date,
        granularity: Granularity,
    ) -> TimeExpr {
        let s = text.find(mention).unwrap();
        TimeExpr {
            span: Span::new(s, s + mention.len()),
            start: Some(start),
            end: Some(end),
            granularity,
        }
    }

    #[test]
    fn relative_dates_get_their_resolved_date() {
        let text = "Russia conducted between 12 and 20 strikes Tuesday.";
        let d = Date::constant(2015, 11, 17);
        let t = time(text, "Tuesday", d, d, Granularity::Day);
        let out = standalone(text, Span::new(0, text.len()), None, &[&t], false);
        assert_eq!(
            out,
            "Russia conducted between 12 and 20 strikes Tuesday (Nov. 17, 2015)."
        );
    }

    #[test]
    fn periods_of_several_years_or_months_read_as_ranges() {
        // BBC, 2005: "Throughout the last three years, the people have provided …"
        let text = "Over the last three years, prices rose.";
        let t = time(
            text,
            "the last three years",
            Date::constant(2002, 1, 15),
            Date::constant(2005, 1, 14),
            Granularity::Year,
        );
        let out = standalone(text, Span::new(0, text.len()), None, &[&t], false);
        assert_eq!(out, "Over the last three years (2002–2005), prices rose.");
        let text = "Sales rose in the past six months.";
        let t = time(
            text,
            "the past six months",
            Date::constant(2004, 7, 15),
            Date::constant(2005, 1, 14),
            Granularity::Month,
        );
        let out = standalone(text, Span::new(0, text.len()), None, &[&t], false);
        assert_eq!(
            out,
            "Sales rose in the past six months (July 2004–January 2005)."
        );
    }

    #[test]
    fn absolute_dates_are_left_alone() {
        let text = "The campaign started Sept. 30, 2015.";
        let d = Date::constant(2015, 9, 30);
        let t = time(text, "Sept. 30, 2015", d, d, Granularity::Day);
        assert_eq!(
            standalone(text, Span::new(0, text.len()), None, &[&t], false),
            text
        );
    }

    #[test]
    fn attribution_is_appended_with_the_resolved_name() {
        let text = "“Russia can play a constructive role,” he said.";
        let at = |w: &str| {
            let s = text.find(w).unwrap();
            Span::new(s, s + w.len())
        };
        let content = at("Russia can play a constructive role,");
        let a = Attribution {
            sentence: 0,
            source: Some(at("he")),
            resolved: Some("Jens Stoltenberg".into()),
            source_type: SourceType::NamedPerson,
            role: None,
            affiliation: None,
            cue: Some(at("said")),
            quote: QuoteKind::Direct,
            via: None,
            content,
        };
        let claim = at("Russia can play a constructive role"); // without the comma
        assert_eq!(claim.text(text), "Russia can play a constructive role");
        assert_eq!(
            standalone(text, claim, Some(&a), &[], false),
            "“Russia can play a constructive role,” Jens Stoltenberg said."
        );
    }

    #[test]
    fn per_an_outlet_reads_as_according_to() {
        let text = "The team won 5 games, per ESPN.";
        let at = |w: &str| {
            let s = text.find(w).unwrap();
            Span::new(s, s + w.len())
        };
        let a = Attribution {
            sentence: 0,
            source: Some(at("ESPN")),
            resolved: None,
            source_type: SourceType::Media,
            role: None,
            affiliation: None,
            cue: Some(at("per")),
            quote: QuoteKind::Indirect,
            via: None,
            content: at("The team won 5 games"),
        };
        assert_eq!(
            standalone(text, at("The team won 5 games"), Some(&a), &[], false),
            "The team won 5 games, according to ESPN."
        );
    }

    #[test]
    fn month_and_week_periods_read_naturally() {
        let oct = TimeExpr {
            span: Span::new(0, 10),
            start: Some(Date::constant(2015, 10, 1)),
            end: Some(Date::constant(2015, 10, 31)),
            granularity: Granularity::Month,
        };
        assert_eq!(
            describe(&oct, "last month").as_deref(),
            Some("October 2015")
        );
        let week = TimeExpr {
            span: Span::new(0, 9),
            start: Some(Date::constant(2015, 11, 9)),
            end: Some(Date::constant(2015, 11, 15)),
            granularity: Granularity::Week,
        };
        assert_eq!(
            describe(&week, "last week").as_deref(),
            Some("Nov. 9–15, 2015")
        );
    }

    #[test]
    fn months_are_written_as_before_the_month_table() {
        #[rustfmt::skip]
        let ap = [
            "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
            "Nov.", "Dec.",
        ];
        #[rustfmt::skip]
        let names = [
            "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December",
        ];
        for (m, (ap, name)) in (1i8..).zip(ap.into_iter().zip(names)) {
            let d = Date::new(2015, m, 1).unwrap();
            assert_eq!((ap_month(d), month_name(d)), (ap, name));
        }
    }
}

#[cfg(test)]
mod cue_tests {
    use super::appended_cue;

    #[test]
    fn cues_needing_an_object_read_as_said() {
        assert_eq!(appended_cue("told"), "said");
        assert_eq!(appended_cue("tells"), "says");
        assert_eq!(appended_cue("cautioning"), "said");
        assert_eq!(appended_cue("stressed"), "stressed");
    }
}
