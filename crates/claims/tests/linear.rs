//! Regression tests for work and output that grew with the square of the input
//! (issue 16): one document with very many sentences, and one sentence with very
//! many repeated cues, through the whole analysis.
//!
//! Nothing here is timed. Each test asserts counts and output sizes that a
//! quadratic reading would break (a content that runs to the end of the sentence
//! for every cue), on inputs sized so that the old quadratic work would also take
//! minutes in a debug build where the linear one takes a second or two.

use claimkit_claims::{claims, Facets};
use claimkit_core::{Analysis, Date, Document};
use claimkit_segment::split_sentences;

/// The whole analysis of `body`, as the `claimkit` binary runs it.
fn analyze(body: &str) -> (Document, Analysis) {
    let mut doc = Document::from_body("linear", body);
    doc.published = Some(Date::constant(2015, 11, 17));
    let text = doc.text.as_str();
    let sentences = split_sentences(text, &doc.paragraphs);
    let quantities = claimkit_measure::quantities(text);
    let times = claimkit_measure::times(text, &sentences, doc.published);
    let attributions = claimkit_source::attributions(text, &sentences);
    let facets = Facets {
        attributions: &attributions,
        quantities: &quantities,
        times: &times,
    };
    let claims = claims(text, &sentences, &facets);
    let analysis = Analysis {
        sentences,
        quantities,
        times,
        attributions,
        claims,
    };
    (doc, analysis)
}

/// Bytes of every attribution content, claim and standalone text: what the tables hold
/// beyond fixed-size columns.
fn output_bytes(analysis: &Analysis) -> usize {
    let contents: usize = analysis.attributions.iter().map(|a| a.content.len()).sum();
    let claims: usize = analysis
        .claims
        .iter()
        .map(|c| c.span.len() + c.standalone.len())
        .sum();
    contents + claims
}

#[test]
fn repeated_said_sentences_stay_linear() {
    let n = 10_000;
    let body = format!(
        "Soldiers\n\n{}",
        "He said 5 soldiers died on Monday. ".repeat(n)
    );
    let (doc, analysis) = analyze(&body);
    // The title line is a sentence of its own.
    assert_eq!(analysis.sentences.len(), n + 1);
    assert_eq!(analysis.quantities.len(), n);
    assert_eq!(analysis.times.len(), n);
    assert_eq!(analysis.attributions.len(), n);
    assert_eq!(analysis.claims.len(), n + 1);
    let text = &doc.text;
    for (c, a) in analysis.claims[1..].iter().zip(&analysis.attributions) {
        assert_eq!(c.span.text(text), "5 soldiers died on Monday.");
        assert_eq!(a.content, c.span);
        assert!(c.checkworthy, "{:?}", c.reasons);
    }
    assert!(output_bytes(&analysis) <= 4 * text.len());
}

#[test]
fn sixteen_thousand_cues_in_one_sentence_give_linear_output() {
    let n = 16_000;
    let body = "the army said twelve soldiers died ".repeat(n);
    let (doc, analysis) = analyze(&body);
    let text = &doc.text;
    assert_eq!(analysis.sentences.len(), 1);
    assert_eq!(analysis.attributions.len(), n);
    // Each "said" keeps its own statement: a run-on, not 16,000 nested reports (the
    // last few, with only a few cues after them, nest as reported speech may).
    let own = analysis
        .attributions
        .iter()
        .filter(|a| a.content.text(text) == "twelve soldiers died")
        .count();
    assert!(own >= n - 10, "{own} of {n}");
    for a in &analysis.attributions {
        assert_eq!(a.source.map(|s| s.text(text)), Some("the army"));
    }
    let content: usize = analysis.attributions.iter().map(|a| a.content.len()).sum();
    assert!(
        content <= text.len(),
        "{content} content bytes for {}",
        text.len()
    );
    assert!(output_bytes(&analysis) <= 4 * text.len());
}

#[test]
fn thirty_thousand_according_to_cues_give_linear_output() {
    let n = 30_000;
    let body = "according to officials, ".repeat(n);
    let (doc, analysis) = analyze(&body);
    let text = &doc.text;
    let content: usize = analysis.attributions.iter().map(|a| a.content.len()).sum();
    assert!(
        content <= 2 * text.len(),
        "{content} content bytes for {}",
        text.len()
    );
    assert!(analysis.claims.len() <= n);
    assert!(output_bytes(&analysis) <= 4 * text.len());
}

#[test]
fn a_long_quotation_of_first_person_cues_gives_linear_output() {
    let n = 8_000;
    let body = format!("He said: “{}”", "I think it rose and I say ".repeat(n));
    let (doc, analysis) = analyze(&body);
    let text = &doc.text;
    assert!(analysis.attributions.len() >= n);
    assert!(output_bytes(&analysis) <= 6 * text.len());
}

#[test]
fn many_times_in_one_sentence_stay_linear() {
    let n = 8_000;
    let body = "prices rose on Monday and ".repeat(n);
    let (doc, analysis) = analyze(&body);
    assert_eq!(analysis.times.len(), n);
    // "rose" looks back: each Monday is the one before the dateline (a Tuesday).
    let monday = Date::constant(2015, 11, 16);
    assert!(analysis.times.iter().all(|t| t.start == Some(monday)));
    assert!(output_bytes(&analysis) <= 6 * doc.text.len());
}

#[test]
fn leading_complementisers_and_quote_marks_are_trimmed_once_each() {
    let n = 16_000;
    let body = format!("He said {}prices rose.", "that ".repeat(n));
    let (doc, analysis) = analyze(&body);
    let texts: Vec<&str> = analysis
        .claims
        .iter()
        .map(|c| c.span.text(&doc.text))
        .collect();
    assert_eq!(texts, ["prices rose."]);
    let body = format!("He said {}prices rose.", "“".repeat(n));
    let (doc, analysis) = analyze(&body);
    let texts: Vec<&str> = analysis
        .claims
        .iter()
        .map(|c| c.span.text(&doc.text))
        .collect();
    assert_eq!(texts, ["prices rose."]);
}

#[test]
fn a_semicolon_list_without_verbs_stays_one_claim() {
    let n = 16_000;
    let body = format!(
        "Delegates came from {}and Rome, Italy.",
        "Paris, France; ".repeat(n)
    );
    let (_, analysis) = analyze(&body);
    assert_eq!(analysis.claims.len(), 1);
}
