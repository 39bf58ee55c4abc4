//! Source labelling for news text: quotations, attribution cues, sources,
//! source types and speaker resolution.
//!
//! [`attributions`] finds who said what, as PARC frames (source – cue –
//! content): "U.S. officials said …", "“…,” Mr. Obama said", "According to
//! X, …", "…, said a senior European diplomat", participles ("…, cautioning
//! that …", "with analysts saying …"), commissives with an infinitive ("has
//! offered to repay"), accusations with a gerund ("accused the firm of
//! hiding losses"), "…, the paper quoted X as saying" and quotations that
//! carry on after an attributed one. Each
//! [`Attribution`] gets its source type, role and affiliation as written, the
//! outlet that relays it (`via`), whether the content is quoted, and the full
//! name behind "he" or "Mr. Obama". Text that no one is said to have said is
//! not returned: the publication asserts it.
//!
//! Who a name is: a title, honorific or role makes a person ("Mr Houlihan",
//! "spokeswoman Jill Sutherland"), and so does a capitalised run opened by a
//! given name ("Hollywood star Kevin Spacey", so that "Spacey said" later is
//! Kevin Spacey); a lone word that is neither a given name nor the surname of
//! a person met in the article names an organisation ("Nintendo said", "DEC
//! says"). "She" resolves to the last person who can be a woman, "he" to the
//! last who can be a man (titles and the 1990 US Census given names tell);
//! "I" outside a quotation is the writer and stays unresolved. "The prime
//! minister" resolves to the last person named with that title ("Prime
//! Minister David Cameron"; a vice president is not "the president"), and
//! "it" or "the company" to the last organisation named.
//!
//! ```
//! use claimkit_core::{Document, QuoteKind, SourceType};
//! let doc = Document::from_body(
//!     "seed",
//!     "President Barack Obama met Asian leaders.\n\n\
//!      “That is something that we very much want to see,” Mr. Obama said.",
//! );
//! let sentences = claimkit_segment::split_sentences(&doc.text, &doc.paragraphs);
//! let found = claimkit_source::attributions(&doc.text, &sentences);
//! let a = &found[0];
//! assert_eq!(a.source.unwrap().text(&doc.text), "Mr. Obama");
//! assert_eq!(a.resolved.as_deref(), Some("Barack Obama"));
//! assert_eq!(a.source_type, SourceType::NamedPerson);
//! assert_eq!(a.quote, QuoteKind::Direct);
//! assert_eq!(a.content.text(&doc.text), "That is something that we very much want to see");
//! ```
//!
//! The word lists the rules read (cue verbs, titles, person nouns,
//! organisations, media, documents) are `const` tables in [`lexicon`], one file
//! per list.
#![deny(missing_docs)]

mod acronyms;
mod cataphora;
mod continued;
mod credits;
mod doc;
mod example;
mod frames;
pub mod lexicon;
mod mentions;
mod outlets;
mod quote_runs;
mod quotes;
mod registry;
mod resolve;
mod runon;
mod short_forms;
mod speaker;
mod tickers;
mod tokens;

use claimkit_core::tokens::Token;
use claimkit_core::{sentence_at, Attribution, QuoteKind, Sentence, SourceType, Span};
use doc::{Doc, Mark};
use frames::Frame;
use lexicon::Gender;
use mentions::Mention;
use outlets::*;
use resolve::People;
use speaker::*;

pub use quotes::{find_quotes, Quote};

/// Attributions in `text`, in text order of their content.
///
/// `sentences` come from the segmenter; their `paragraph` fields give the
/// paragraph structure, which quotations follow.
pub fn attributions(text: &str, sentences: &[Sentence]) -> Vec<Attribution> {
    attributions_in(text, &claimkit_core::tokens::tokenize(text), sentences)
}

/// [`attributions`] read from `toks`, the tokens of the whole `text`
/// ([`claimkit_core::tokens::tokenize`]), so that a caller who also measures
/// quantities and times tokenises once.
pub fn attributions_in(text: &str, toks: &[Token<'_>], sentences: &[Sentence]) -> Vec<Attribution> {
    let doc = Doc::from_core(text, toks, sentences);
    if doc.toks.is_empty() {
        return Vec::new();
    }
    let mut frames = frames::find_frames(&doc);
    runon::cut_run_ons(&doc, &mut frames);
    frames.extend(credits::find_credits(&doc));
    let contents = frames
        .iter()
        .filter(|f| !f.credit)
        .map(|f| (f.content.start, f.content.end, source_start(&doc, f)));
    let mut people = People::new(&doc, contents);
    let mut order: Vec<usize> = (0..frames.len()).collect();
    order.sort_by_key(|&n| source_start(&doc, &frames[n]));
    let mut built: Vec<Option<Attribution>> = vec![None; frames.len()];
    for n in order {
        built[n] = build(&doc, &frames[n], &mut people);
    }
    let mut found: Vec<Attribution> = built.into_iter().flatten().collect();
    found.sort_by_key(|a| (a.content.start, a.content.end));
    found.dedup_by(|b, a| {
        let merged = a.content.overlaps(b.content) && a.source == b.source
            || a.content == b.content && same_speaker(&doc, a, b);
        // "…: “…,” she told the outlet.": the relay of the frame merged away stays
        if merged && a.via.is_none() {
            a.via = b.via.take();
        }
        merged
    });
    let before = found.len();
    quote_runs::split_quoted_runs(&doc, &mut found);
    if found.len() > before {
        found.sort_by_key(|a| (a.content.start, a.content.end));
    }
    let sorted = found.len();
    continued::continue_quotes(&doc, &mut found);
    continued::speakers_of_quotes(&doc, &mut found, sorted);
    found.retain(|a| !a.content.is_empty());
    found.sort_by_key(|a| (a.content.start, a.content.end));
    found
}

/// Two attributions name the same speaker: "Ann Lee spoke on Monday: “…,” she
/// said." (the pronoun resolved to the name the other's source is).
fn same_speaker(doc: &Doc, a: &Attribution, b: &Attribution) -> bool {
    fn name<'a>(doc: &'a Doc, x: &'a Attribution) -> Option<&'a str> {
        x.resolved
            .as_deref()
            .or_else(|| x.source.map(|s| s.text(doc.text)))
    }
    name(doc, a).is_some() && name(doc, a) == name(doc, b)
}

fn source_start(doc: &Doc, f: &Frame) -> usize {
    let (s, _) = f.source;
    doc.toks[s].span.start
}

/// Index of the sentence holding byte `at`, or the last sentence before it.
fn sentence_index(sentences: &[Sentence], at: usize) -> usize {
    sentence_at(sentences, at).unwrap_or_else(|| {
        sentences
            .partition_point(|s| s.span.start <= at)
            .saturating_sub(1)
    })
}

/// Direct when all of the content is inside one quotation, mixed when part of
/// it is, indirect otherwise.
fn quote_kind(doc: &Doc, content: Span) -> QuoteKind {
    let k = doc.quotes.partition_point(|q| q.end <= content.start);
    let mut mixed = false;
    for q in &doc.quotes[k..] {
        if q.open >= content.end {
            break;
        }
        if q.inner.start <= content.start
            && content.end <= q.inner.end.max(q.end.min(content.end))
            && q.open < content.start
        {
            return QuoteKind::Direct;
        }
        if q.inner.overlaps(content) {
            mixed = true;
        }
    }
    if mixed {
        QuoteKind::Mixed
    } else {
        QuoteKind::Indirect
    }
}

/// Turn a frame into an attribution: classify and resolve its source.
fn build(doc: &Doc, f: &Frame, people: &mut People) -> Option<Attribution> {
    let (s, e) = f.source;
    let source = doc.span(s, e);
    // "The Commodity Credit Corporation (CCC)", "Past Budget Office (CBO)
    // forecasts": the words outside the bracketed acronym are what is classified,
    // resolved and remembered
    let (s, e) = without_acronym(doc, s, e);
    if two_named_speakers(doc, (s, e)) {
        return None;
    }
    let named = doc.span(s, e);
    let (mention, body, abbreviated) = classify_source(doc, f, (s, e), people);
    if group_belief(doc, f, &mention) {
        return None;
    }
    // "Tony Blair would lead the campaign, he said": names in what the frame reports,
    // before its source, are what the speaker talks about, not the speaker
    let antecedent_before = named.start.min(f.content.start);
    let mut speaker = resolve_source(doc, (s, e), &mention, antecedent_before, people);
    // "the paper said", "according to the newspaper": the outlet named before
    if let Some(name) = outlet_described(doc, (s, e)) {
        speaker.source_type = SourceType::Media;
        speaker.resolved = Some(name);
    }
    match &body {
        Some(full) => {
            people.saw_organisation(doc, named.start, full);
            // "Harlow said" resolves to "Harlow Freight Corp", "Edmunds" to "Edmunds.com";
            // not when a person of that surname was named before ("Anna Harlow, its founder")
            let text = named.text(doc.text);
            if speaker.resolved.is_none()
                && full.as_str() != text
                && !people.person_with_surname(text, named.start)
            {
                speaker.resolved = Some(full.clone());
            }
        }
        None => remember_source(doc, (s, e), &mention, &mut speaker, people),
    }
    remember_role_title(doc, f, named.start, &speaker, people);
    resolve_unnamed_speaker(doc, f, (s, e), &mention, abbreviated, &mut speaker, people);
    let (source, resolved, content) =
        match spoken_by_relative(doc, f, (s, e), source, speaker.resolved.clone()) {
            Some(relative) => relative,
            None => (source, speaker.resolved, f.content),
        };
    Some(Attribution {
        sentence: sentence_index(doc.sentences, f.content.start),
        source: Some(source),
        resolved,
        source_type: speaker.source_type,
        role: role_of(doc, f, &mention),
        affiliation: mention.affiliation,
        cue: Some(doc.span(f.cue.0, f.cue.1)),
        quote: if f.credit {
            QuoteKind::None
        } else {
            quote_kind(doc, content)
        },
        via: f.via.map(|via| outlet(doc, via)),
        content,
    })
}

/// "Ann Lee, the finance minister, said …": a named person's role set off by commas that
/// is a title ([`resolve::title_description`], or title words without "the": "Ann Lee,
/// Finance Minister, said") is that person's title from there on, as "Finance Minister
/// Ann Lee" would be: "the finance minister" later is her, and "the mayor" is not. A
/// role of other words ("Maria Lopez, a teacher, said") is recorded as well: a title
/// alone later ("the senator") is not her either.
fn remember_role_title(doc: &Doc, f: &Frame, at: usize, speaker: &Speaker, people: &mut People) {
    let Some((rs, re)) = f.role else {
        return;
    };
    if speaker.source_type != SourceType::NamedPerson || re <= rs {
        return;
    }
    let (s, e) = f.source;
    let full = speaker
        .resolved
        .clone()
        .unwrap_or_else(|| doc.span(s, e).text(doc.text).to_string());
    let bare_title = (rs..re).all(|k| {
        doc.word_in(k, &lexicon::TITLE)
            || resolve::qualifier_word(doc, k)
            || resolve::from_somewhere(doc, k)
    }) && doc.word_in(re - 1, &lexicon::TITLE);
    let title = resolve::title_description(doc, rs, re)
        .or_else(|| bare_title.then(|| doc.span(rs, re).text(doc.text).to_lowercase()));
    // "Maria Lopez, 54, a teacher": a role of other words is recorded too, so that a
    // title alone later ("the senator") is never her; an age alone is no role
    let worded = (rs..re).any(|k| {
        let w = doc.word(k);
        doc.free_word(k) && w.chars().filter(|c| c.is_alphabetic()).count() >= 3
    });
    let role = title.or_else(|| worded.then(|| doc.span(rs, re).text(doc.text).to_lowercase()));
    if let Some(role) = role {
        people.saw_titled(at, &role, &full);
    }
}

/// The source mention at tokens `s..e` of frame `f`, classified as its words and the
/// article read it: a firm, a body written short ("Harlow" after "Harlow Freight
/// Corp", `body`, or "Downing St", `abbreviated`), a group or a person described.
fn classify_source(
    doc: &Doc,
    f: &Frame,
    (s, e): (usize, usize),
    people: &People,
) -> (mentions::Mention, Option<String>, Option<String>) {
    let named = doc.span(s, e);
    let mut mention = mentions::classify(doc, s, e);
    // two names joined by "&" are a firm, except in a credit, which names the people who
    // took the picture ("Video: Miharris & Acphillips")
    let firm = !f.credit && resolve::ampersand_firm(doc, &mention, named);
    // "NV Philips Gloeilampenfabrieken said": a legal form before the name
    let firm = firm || corporate_prefix(doc, s, e);
    // "General Foods claims": a company's name, not a general called Foods
    let company_name = company_name_ending(doc, s, e);
    if company_name {
        mention.role = None;
    }
    let firm = firm || company_name;
    // "Harlow said" after "Harlow Freight Corp": the body named in full
    let body = people
        .body_short_form(doc, &mention, named)
        .map(str::to_string);
    // "Downing St said" after "Downing Street said": that body, written in full
    let abbreviated = people
        .abbreviated_body(named.text(doc.text), named.start)
        .map(str::to_string);
    let body = body.or_else(|| abbreviated.clone());
    if firm || body.is_some() || resolve::is_organisation_name(doc, &mention, named, people) {
        mention.source_type = SourceType::Organization;
        mention.name = None;
    } else if resolve::is_group_noun(doc, &mention, (s, e), people) {
        // "Brokers said": a group of people, not a name
        mention.source_type = SourceType::UnnamedPerson;
        mention.name = None;
        mention.role = None;
        mention.plural = true;
    }
    // "the Texas Democrat": a person described, not named
    if mention.name.is_some() && resolve::person_descriptor(doc, s, e) {
        mention.source_type = SourceType::UnnamedPerson;
        mention.name = None;
    }
    (mention, body, abbreviated)
}

/// The mention at tokens `s..e` opens with a company's legal form
/// ([`lexicon::organizations::CORPORATE_PREFIXES`]) before a capitalised word.
fn corporate_prefix(doc: &Doc, s: usize, e: usize) -> bool {
    s + 1 < e
        && doc.free_word(s)
        && lexicon::organizations::CORPORATE_PREFIXES.contains(&doc.word(s))
        && doc.is_cap(s + 1)
}

/// The mention at tokens `s..e` is capitalised words ending with a word that ends
/// companies' names ("General Foods", "Arden Capital";
/// [`lexicon::organizations::COMPANY_NAME_ENDINGS`]), opened by no honorific.
fn company_name_ending(doc: &Doc, s: usize, e: usize) -> bool {
    e >= s + 2
        && doc.is(e - 1, &lexicon::COMPANY_ENDING)
        && (s..e).all(|k| doc.free_word(k) && doc.is_cap(k))
        && !doc.word_in(s, &lexicon::HONORIFIC)
}

/// "Ann Lee and Tom Ward said", "singer Ann Lee and drummer Tom Ward said": two
/// people, each named in full or after a title or role, share the cue at tokens `s..e`;
/// one line holds one name, so the frame is left out. "Procter and Gamble" (a name of
/// one word on each side) is left to the other rules.
fn two_named_speakers(doc: &Doc, (s, e): (usize, usize)) -> bool {
    let Some(and) = (s + 1..e.saturating_sub(1)).find(|&k| doc.is_word(k, "and")) else {
        return false;
    };
    // "Laurie Milbank and Co assistant manager X": a firm's name; "former Nevada
    // Sen. and Reagan confidant X": one person with two offices
    let firm = lexicon::organizations::CORPORATE_ENDINGS
        .contains(&doc.word(and + 1).to_lowercase().as_str())
        || doc.is(and + 1, &lexicon::ORG_HEAD);
    let office_before = doc.is(and - 1, &lexicon::TITLE) || doc.is(and - 1, &lexicon::HONORIFIC);
    if firm || office_before {
        return false;
    }
    let named = |(x, y): (usize, usize)| {
        let m = mentions::classify(doc, x, y);
        m.source_type == SourceType::NamedPerson
            && m.pronoun.is_none()
            && m.name.is_some_and(|n| {
                n.text(doc.text).split_whitespace().count() >= 2 || n != doc.span(x, y)
            })
    };
    named((s, and)) && named((and + 1, e))
}

/// "Bankers expect that …", "Many people believe …": a belief cue
/// ([`lexicon::cues::GROUP_BELIEF`]) whose source is a group of people left unnamed
/// (plural, no pronoun) states an expectation, not reported speech.
fn group_belief(doc: &Doc, f: &Frame, mention: &mentions::Mention) -> bool {
    let cue = doc.word(f.cue.0).to_lowercase();
    mention.source_type == SourceType::UnnamedPerson
        && mention.plural
        && mention.pronoun.is_none()
        && f.cue.1 == f.cue.0 + 1
        && lexicon::cues::GROUP_BELIEF.contains(&cue.as_str())
}

/// "GMAC, which has said …": the relative pronoun speaks, for the body before it at
/// `s..e` (its `source` span, `resolved` as read): the pronoun's span, the body's name
/// (resolved, or written, else unknown: "the bank") and the frame's content, cut at the
/// comma that ends a relative clause inside the subject ("The bank, which said profits
/// rose, cut rates"). `None` when no relative pronoun speaks.
fn spoken_by_relative(
    doc: &Doc,
    f: &Frame,
    (s, e): (usize, usize),
    source: Span,
    resolved: Option<String>,
) -> Option<(Span, Option<String>, Span)> {
    let which = relative_speaker(doc, (s, e), f.cue.0)?;
    let named = resolved.or_else(|| {
        (s..e)
            .any(|k| doc.is_cap(k))
            .then(|| source.text(doc.text).to_string())
    });
    let content = if (f.sentence.0..s).all(|t| doc.np_word(t)) {
        relative_content(doc, f.content)
    } else {
        f.content
    };
    Some((doc.toks[which].span, named, content))
}

/// A content said inside the subject of its sentence, cut at the first comma outside
/// a quotation.
fn relative_content(doc: &Doc, content: Span) -> Span {
    let from = doc.first_token_from(content.start);
    let comma = doc
        .comma_in(from, doc.toks.len())
        .filter(|&c| doc.toks[c].span.end <= content.end && doc.toks[c].quote.is_none());
    match comma {
        Some(c) if doc.toks[c].span.start > content.start => {
            Span::new(content.start, doc.toks[c].span.start)
        }
        _ => content,
    }
}

/// The relative pronoun that is the subject of the cue at token `cue` when the source
/// at `s..e` is its antecedent: "X, which said", "X (ACR), which has also said".
fn relative_speaker(doc: &Doc, (_, e): (usize, usize), cue: usize) -> Option<usize> {
    let word = |t: usize| (t < doc.toks.len()).then(|| doc.word(t));
    let mut k = e;
    if word(k) == Some("(") && word(k + 2) == Some(")") {
        k += 3; // the acronym in brackets after the name
    }
    let which = k + 1;
    let relative = doc.kind(k) == Some(tokens::Kind::Comma)
        && (doc.is_word(which, "which") || doc.is_word(which, "who"))
        && which < cue
        && (which + 1..cue).all(|t| doc.is(t, &lexicon::BETWEEN));
    relative.then_some(which)
}

/// The tokens of a source at `s..e` outside a bracketed acronym: the name
/// before one closing it ("The Commodity Credit Corporation (CCC)"), the
/// words after one inside it ("Budget Office (CBO) forecasts" → "forecasts").
fn without_acronym(doc: &Doc, s: usize, e: usize) -> (usize, usize) {
    let bracket =
        |k: usize, mark: &str| doc.kind(k) == Some(tokens::Kind::Bracket) && doc.word(k) == mark;
    if e >= s + 4 && bracket(e - 1, ")") && bracket(e - 3, "(") {
        return (s, e - 3);
    }
    // "Ilhan Omar (D-Minn.)": a tag of two tokens in brackets
    if e >= s + 5 && bracket(e - 1, ")") && bracket(e - 4, "(") {
        return (s, e - 4);
    }
    match (s + 1..e.saturating_sub(1))
        .rev()
        .find(|&k| bracket(k, ")"))
    {
        Some(k) => (k + 1, e),
        None => (s, e),
    }
}

#[cfg(test)]
mod tests {
    //! Regression tests, one per false attribution found in news text, each
    //! with the sentence it was found in.

    use super::*;
    use claimkit_core::Document;

    /// (source, cue, content, source type) of every attribution in `body`.
    fn found(body: &str) -> Vec<(String, String, String, SourceType)> {
        let doc = Document::from_body("test", body);
        let sentences = claimkit_segment::split_sentences(&doc.text, &doc.paragraphs);
        let text = &doc.text;
        let s = |span: Option<Span>| span.map_or(String::new(), |s| s.text(text).to_string());
        attributions(text, &sentences)
            .into_iter()
            .map(|a| {
                (
                    s(a.source),
                    s(a.cue),
                    a.content.text(text).to_string(),
                    a.source_type,
                )
            })
            .collect()
    }

    #[test]
    fn a_newspaper_described_later_is_the_outlet_named_before() {
        let body = "The Evening Star reported the sale on Monday. According to the \
                    newspaper, the talks collapsed. The paper said the mayor would resign.";
        let found = resolved(body);
        let named = |source: &str| {
            found
                .iter()
                .find(|f| f.0 == source)
                .map(|f| (f.1.clone(), f.2))
        };
        let star = Some("The Evening Star".to_string());
        assert_eq!(
            named("the newspaper"),
            Some((star.clone(), SourceType::Media))
        );
        assert_eq!(named("The paper"), Some((star, SourceType::Media)));
        // no outlet named before: a paper is a document
        let body = "The paper said the drug cut deaths by half.";
        assert_eq!(resolved(body)[0].2, SourceType::Document);
    }

    #[test]
    fn a_title_with_a_body_before_the_name_resolves_later_titles() {
        let body = "Trade will grow, U.S. Envoy to NATO Karen Holt said. \"We will wait,\" the \
                    U.S. Envoy said. Minister for Trade Liz Dunn said exports rose.";
        let found = resolved(body);
        assert_eq!(found[1].0, "the U.S. Envoy");
        assert_eq!(found[1].1.as_deref(), Some("Karen Holt"));
    }

    #[test]
    fn a_descriptor_is_the_person_named_before() {
        let body = "Carla Mendes scored twice on Saturday. The striker said she was happy.";
        let found = resolved(body);
        assert_eq!(found[0].1.as_deref(), Some("Carla Mendes"));
        assert_eq!(found[0].2, SourceType::NamedPerson);
        let body = "Tomas Berg won the race. The 41-year-old said he would retire.";
        assert_eq!(resolved(body)[0].1.as_deref(), Some("Tomas Berg"));
        let body = "Senator Jo Hale spoke first. The Texas Democrat said the bill would pass.";
        assert_eq!(resolved(body)[0].1.as_deref(), Some("Jo Hale"));
        // no one named before: the descriptor stays unnamed
        let body = "The striker said the team was tired.";
        assert_eq!(resolved(body)[0].2, SourceType::UnnamedPerson);
    }

    #[test]
    fn a_name_run_stops_at_an_honorific_and_after_an_acronym() {
        let body = "Software pioneer Alan Reyes spoke first. At a conference in Ohio Mr Reyes \
                    said patents were a problem.";
        let names: Vec<_> = resolved(body).into_iter().map(|r| r.1).collect();
        assert_eq!(names, [Some("Alan Reyes".to_string())]);
        let body = "Prices will rise, U.S. Envoy to NATO Karen Holt said. She added that \
                    talks would go on.";
        let names: Vec<_> = resolved(body).into_iter().map(|r| r.1).collect();
        assert_eq!(
            names,
            [
                Some("Karen Holt".to_string()),
                Some("Karen Holt".to_string())
            ]
        );
    }

    #[test]
    fn an_abbreviation_the_segmenter_reads_on_keeps_the_frame_whole() {
        // Reuters, 1987: "Kan." ends no sentence, so the source before it still has its cue.
        let body = "The Republican Task Force on Farm and Rural America, headed by Senate \
                    Majority Leader Robert Dole (Kan.), said they would consider drafting \
                    legislation.";
        let found = found(body);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "The Republican Task Force");
        assert_eq!(found[0].1, "said");
    }

    #[test]
    fn a_name_with_combining_marks_is_the_whole_source() {
        // A Devanagari name with a virama and vowel signs, a German name written in
        // decomposed form (NFD): the marks belong to the letters before them.
        let hindi = found("Prime Minister नरेंद्र मोदी said the economy would grow.");
        assert_eq!(hindi[0].0, "Prime Minister नरेंद्र मोदी");
        let german = found("Thomas Mu\u{308}ller said he was happy.");
        assert_eq!(german[0].0, "Thomas Mu\u{308}ller");
    }

    #[test]
    fn the_paper_relaying_a_quote_is_the_outlet_named_before() {
        let body = "The Hindu reported the plan on Monday. Exports will recover, the paper \
                    quoted Ms Rao as saying.";
        let (text, sentences) = frames::testing::prepared(body);
        let found = attributions(&text, &sentences);
        let vias: Vec<_> = found.iter().map(|a| a.via.clone()).collect();
        assert!(vias.contains(&Some("The Hindu".to_string())), "{found:?}");
    }

    #[test]
    fn a_bracketed_acronym_closing_a_source_leaves_its_type() {
        let body = "The Commodity Credit Corporation (CCC) said it would extend the credit.";
        let types: Vec<_> = found(body).into_iter().map(|f| f.3).collect();
        assert_eq!(types, [SourceType::Organization]);
        let body = "Sony (U.K.) Ltd said it would double capacity at its plant.";
        let types: Vec<_> = found(body).into_iter().map(|f| f.3).collect();
        assert_eq!(types, [SourceType::Organization]);
        let body = "Budget Office (CBO) forecasts said debt would peak in 2026.";
        let types: Vec<_> = found(body).into_iter().map(|f| f.3).collect();
        assert_eq!(types, [SourceType::Document]);
    }

    #[test]
    fn he_after_it_is_the_person_not_the_company() {
        let body = "Orion Mining Ltd expects higher profits, chairman Wei Lan-ting said. \
                    It said it expects a gain from a sale. Wei said demand was strong. \
                    He said exports would rise.";
        let (text, sentences) = frames::testing::prepared(body);
        let all = attributions(&text, &sentences);
        let last = all.last().expect("an attribution");
        assert_eq!(last.resolved.as_deref(), Some("Wei Lan-ting"), "{all:?}");
    }

    #[test]
    fn an_outlet_without_the_is_no_description_of_one_named_before() {
        let body = "Mr Lavrov spoke to Euronews on Monday. Iran's deputy foreign minister, \
                    Ali Rezaei, told state media that talks would go on.";
        let (text, sentences) = frames::testing::prepared(body);
        let all = attributions(&text, &sentences);
        let vias: Vec<_> = all.iter().filter_map(|a| a.via.clone()).collect();
        assert_eq!(vias, ["state media"], "{all:?}");
    }

    #[test]
    fn a_country_is_never_the_person_he_stands_for() {
        let body = "Officials from Brazil and China pledged to limit exports. Minister Dam \
                    Teutong said the plan was sound. He said risks remained.";
        let (text, sentences) = frames::testing::prepared(body);
        let all = attributions(&text, &sentences);
        let last = all.last().expect("an attribution");
        assert_ne!(last.resolved.as_deref(), Some("China"), "{all:?}");
    }

    #[test]
    fn region_after_according_to_is_no_person() {
        let body = "Countries most supportive of Syria’s moderate, anti-Assad rebels—Turkey, \
                    Saudi Arabia and Qatar—still want an exit date set for Mr. Assad, even if \
                    he’s allowed to stay in power during a transition, according to U.S. and \
                    Mideast";
        let all = found(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].0, "U.S. and Mideast");
        assert_eq!(all[0].3, SourceType::UnnamedPerson);
    }

    #[test]
    fn countries_alone_speak_for_their_governments() {
        let body = "Malaysia and Indonesia maintained that they would not accept the refugees.";
        let all = found(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].3, SourceType::Organization);
    }

    /// (source, resolved, source type) of every attribution in `body`.
    fn resolved(body: &str) -> Vec<(String, Option<String>, SourceType)> {
        let doc = Document::from_body("test", body);
        let sentences = claimkit_segment::split_sentences(&doc.text, &doc.paragraphs);
        attributions(&doc.text, &sentences)
            .into_iter()
            .map(|a| {
                let source = a
                    .source
                    .map_or(String::new(), |s| s.text(&doc.text).to_string());
                (source, a.resolved, a.source_type)
            })
            .collect()
    }

    #[test]
    fn a_lone_name_is_an_organisation_only_where_the_article_writes_it_as_one() {
        // an acronym, a name after a body noun, a name whose content says "its"
        let body = "DEC says it has contacted the police.\n\n\
                    The carrier Lufthavia cut fares. Lufthavia said demand was weak.\n\n\
                    Kormoran claims its rivals are subsidised.";
        let all = resolved(body);
        assert_eq!(all.len(), 3, "{all:?}");
        assert!(
            all.iter().all(|a| a.2 == SourceType::Organization),
            "{all:?}"
        );
        // named in full with a body word before, or a firm's possessive name
        let body = "Kormex Industries Inc cut its dividend.\n\nKormex said sales fell.\n\n\
                    Fitchley's said the bonds were safe.";
        let all = resolved(body);
        assert!(
            all.iter().all(|a| a.2 == SourceType::Organization),
            "{all:?}"
        );
        let all = resolved("Kormaz.com said the video would stay online.");
        assert_eq!(all[0].2, SourceType::Organization, "{all:?}");
        // nothing marks it as a body: a person, left unresolved
        let all = resolved("Mulyani said the budget deficit would narrow next year.");
        assert_eq!(all[0].2, SourceType::NamedPerson, "{all:?}");
        assert_eq!(all[0].1, None, "{all:?}");
    }

    #[test]
    fn it_after_a_report_in_the_sentence_before_is_the_report() {
        let body = "The report said unemployment had risen. It also called on the government \
                    to cut taxes.";
        let all = resolved(body);
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!(
            (all[1].1.as_deref(), all[1].2),
            (None, SourceType::Document)
        );
        // a body named since the report is what "it" stands for
        let body = "The report said unemployment had risen. Nintendo's shares fell and \
                    Nintendo said sales were weak. It said prices would fall.";
        let all = resolved(body);
        assert_eq!(
            all.last().map(|a| a.2),
            Some(SourceType::Organization),
            "{all:?}"
        );
    }

    #[test]
    fn a_name_in_a_script_without_case_is_a_person() {
        let all = resolved("Путин said the talks would continue next week.");
        assert_eq!(all[0].2, SourceType::NamedPerson, "{all:?}");
        let all = resolved("习近平 said the economy would grow by 6% this year.");
        assert_eq!(all[0].2, SourceType::NamedPerson, "{all:?}");
        let all = resolved("محمد said the border would reopen.");
        assert_eq!(all[0].2, SourceType::NamedPerson, "{all:?}");
    }

    #[test]
    fn a_surname_of_a_full_name_met_earlier_is_that_person() {
        // BBC, 2005: "Kevin Spacey" is introduced without a title
        let body = "Hollywood star Kevin Spacey has played Bobby Darin.\n\n\
                    Spacey said: \"Making this film was the most fun I've ever had.\"";
        let all = resolved(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].1.as_deref(), Some("Kevin Spacey"));
        assert_eq!(all[0].2, SourceType::NamedPerson);
    }

    #[test]
    fn she_skips_a_man_and_he_skips_a_woman() {
        // BBC, 2005: "He" follows a quoted woman; it cannot be her
        let body = "Professor Nancy Rothwell said the claims were wrong.\n\n\
                    Mr Brown said the plan would work.\n\n\
                    She said the views of ministers did matter.\n\n\
                    He said the office would stay.";
        let all = resolved(body);
        assert_eq!(all.len(), 4, "{all:?}");
        assert_eq!(all[2].1.as_deref(), Some("Nancy Rothwell"));
        assert_eq!(all[3].1.as_deref(), Some("Brown"));
    }

    #[test]
    fn i_outside_a_quotation_is_not_the_last_person_named() {
        // BBC readers' comments under a story about a song
        let body = "Robbie Williams said the award was a surprise.\n\n\
                    I say Angels is a great song.";
        let all = resolved(body);
        let i = all
            .iter()
            .find(|a| a.0 == "I")
            .expect("the comment is attributed");
        assert_eq!(i.1, None);
    }

    #[test]
    fn of_a_title_and_a_name_between_commas_the_name_is_the_source() {
        let body =
            "Malaysia's Prime Minister, Najib Razak, said the country would take in refugees.";
        let all = resolved(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(
            (all[0].0.as_str(), all[0].2),
            ("Najib Razak", SourceType::NamedPerson)
        );
    }

    #[test]
    fn a_body_named_with_a_title_word_is_an_organisation() {
        let body = "According to the World Health Organization, 1,200 people have died.";
        let all = resolved(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].2, SourceType::Organization);
        assert_eq!(all[0].1, None);
    }

    #[test]
    fn a_participle_between_commas_is_no_role() {
        let body = "The minister, speaking at a news conference in Paris, said talks would resume.";
        let doc = Document::from_body("test", body);
        let sentences = claimkit_segment::split_sentences(&doc.text, &doc.paragraphs);
        let all = attributions(&doc.text, &sentences);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].role, None);
    }

    #[test]
    fn it_and_the_company_are_the_company_named_last() {
        // BBC News, 2005
        let body = "Nintendo said 15 games would be available at launch. It added that \
                    more were in development.\n\nThe company said prices would fall.";
        let all = resolved(body);
        assert_eq!(all.len(), 3, "{all:?}");
        assert_eq!(all[1].1.as_deref(), Some("Nintendo"));
        assert_eq!(all[2].1.as_deref(), Some("Nintendo"));
        // a company description never stands for a country
        let body = "China said growth slowed. The bank said profits rose.";
        let all = resolved(body);
        assert_eq!(all[1].1, None, "{all:?}");
    }

    #[test]
    fn a_name_ending_in_a_modal_word_and_a_named_body() {
        let all = resolved("Prime Minister Theresa May told Reuters the deal was done.");
        assert_eq!(all[0].1.as_deref(), Some("Theresa May"), "{all:?}");
        let all = resolved("The White House said the president would travel to Paris.");
        assert_eq!(all[0].2, SourceType::Organization, "{all:?}");
    }

    #[test]
    fn the_prime_minister_is_the_person_last_named_with_that_title() {
        let body = "Prime Minister David Cameron met Vice President Joe Biden and \
                    Foreign Minister Sergei Lavrov.\n\nThe prime minister said the talks \
                    were useful. The minister said talks would go on. The president said \
                    more would follow.";
        let all = resolved(body);
        assert_eq!(all[0].1.as_deref(), Some("David Cameron"), "{all:?}");
        assert_eq!(all[1].1.as_deref(), Some("Sergei Lavrov"), "{all:?}");
        // a vice president is not "the president"
        assert_eq!(all[2].1, None, "{all:?}");
    }

    #[test]
    fn he_continued_after_a_quotation_attributes_it() {
        // BBC, 2005: "continued" frames only the quotation before it
        let body = "\"Our industry is in crisis,\" he continued.\n\nThe company continued to grow.\n\n\
                    \"Stars are intriguing.\"\n\nWilkins said his interest began early and continued \
                    as a passion.";
        let all = found(body);
        let continued: Vec<_> = all.iter().filter(|a| a.1 == "continued").collect();
        assert_eq!(continued.len(), 1, "{all:?}");
        assert_eq!(
            (continued[0].0.as_str(), continued[0].2.as_str()),
            ("he", "Our industry is in crisis")
        );
    }

    #[test]
    fn acronyms_resolve_to_the_name_the_article_spells_out() {
        // BBC, 2005
        let body = "General Motors has warned that earnings will fall.\n\n\
                    GM said costs rose. It said prices would fall.\n\n\
                    The Open Society Institute (OSI) was fined. The fine was unfair, the OSI said.";
        let all = resolved(body);
        assert_eq!(all[1].1.as_deref(), Some("General Motors"), "{all:?}");
        assert_eq!(all[2].1.as_deref(), Some("General Motors"), "{all:?}");
        assert_eq!(
            all[3].1.as_deref(),
            Some("Open Society Institute"),
            "{all:?}"
        );
        assert_eq!(all[3].2, SourceType::Organization, "{all:?}");
    }

    #[test]
    fn a_name_with_an_apposition_or_a_speech_verb_is_a_full_name() {
        // BBC, 2005: "Amitai" and "Yungmin" are on no list
        let body = "Amitai Etzioni, a key influence on the Third Way, was in London.\n\n\
                    Professor Etzioni said the danger was real.\n\n\
                    Kim Yungmin said creditors would wait. \"They are stalling,\" said Mr Kim.";
        let all = resolved(body);
        assert_eq!(all[0].1.as_deref(), Some("Amitai Etzioni"), "{all:?}");
        assert_eq!(all[2].1.as_deref(), Some("Kim Yungmin"), "{all:?}");
        assert_eq!(all.len(), 3, "{all:?}");
    }

    #[test]
    fn a_title_alone_is_the_person_named_before_without_a_title() {
        // BBC, 2004
        let body = "The rebate is not up for renegotiation, Jack Straw said.\n\n\
                    The foreign secretary told MPs the rebate was justified.";
        let all = resolved(body);
        assert_eq!(all[1].1.as_deref(), Some("Jack Straw"), "{all:?}");
        assert_eq!(all[1].2, SourceType::NamedPerson, "{all:?}");
    }

    #[test]
    fn i_in_a_reopened_quotation_stays_the_named_speaker() {
        // BBC, 2005: a statement quoted sentence by sentence
        let body = "Quentin Davies said the attack was short.\n\n\
                    He said in a statement: \"It was frightening. \"I knew I had to stay calm\".";
        let all = resolved(body);
        let i = all
            .iter()
            .find(|a| a.0 == "I")
            .expect("the quotation is attributed");
        assert_eq!(i.1.as_deref(), Some("Quentin Davies"), "{all:?}");
        assert_eq!(i.2, SourceType::NamedPerson, "{all:?}");
    }

    #[test]
    fn a_described_lead_source_is_the_person_the_next_paragraph_names() {
        // BBC, 2005
        let body = "Energy needs to be reversed, a senior government figure has warned.\n\n\
                    Economy minister German Gref told a newspaper that it was unjustified.";
        let all = resolved(body);
        assert_eq!(all[0].1.as_deref(), Some("German Gref"), "{all:?}");
        assert_eq!(all[0].2, SourceType::NamedPerson, "{all:?}");
        // a spokesman stays anonymous
        let body = "The plant will close, a company spokesman said.\n\n\
                    Chief executive John Smith said the move was hard.";
        let all = resolved(body);
        assert_eq!(
            (all[0].1.as_deref(), all[0].2),
            (None, SourceType::UnnamedPerson),
            "{all:?}"
        );
    }

    #[test]
    fn the_leading_words_of_a_body_named_in_full_are_that_body() {
        let body = "Harlow Freight Corp said it would bid for a rival. Harlow said its offer \
                    ends in May. Its chairman, John Harlow, said the bid was fair.";
        let all = resolved(body);
        assert_eq!(all[1].0, "Harlow", "{all:?}");
        assert_eq!(
            (all[1].1.as_deref(), all[1].2),
            (Some("Harlow Freight Corp"), SourceType::Organization)
        );
        assert_eq!(all[2].2, SourceType::NamedPerson, "{all:?}");
        let body = "Smith and Jones Research Inc said it will close a unit. Smith and Jones \
                    said the unit lost money. It said the sale would end in May.";
        let all = resolved(body);
        assert_eq!(all[1].2, SourceType::Organization, "{all:?}");
        assert_eq!(
            all[2].1.as_deref(),
            Some("Smith and Jones Research Inc"),
            "{all:?}"
        );
        // a person with the surname named before the body stays that person
        let body = "John Harlow founded Harlow Freight Corp in 1990. Harlow said the bid was fair.";
        let all = resolved(body);
        assert_eq!(all[0].2, SourceType::NamedPerson, "{all:?}");
        // one named since is the person, unless the article writes the name as a body's
        let body = "The Tower Commission report was published today. Its chairman, John \
                    Tower, spoke in Washington.\n\n\"This is a sad story,\" Tower told reporters.";
        let all = resolved(body);
        assert_eq!(all[0].1.as_deref(), Some("John Tower"), "{all:?}");
        let body = "Emery Air Freight Corp said it would bid. Its chairman, John Emery, wrote \
                    to the board. Emery said its offer ends in May.";
        let all = resolved(body);
        assert_eq!(
            all.last().map(|a| a.2),
            Some(SourceType::Organization),
            "{all:?}"
        );
    }

    #[test]
    fn a_name_ending_with_a_word_for_a_band_or_group_is_a_body() {
        let all = resolved("The Riverside Brass Collective admits it divides audiences.");
        assert_eq!(all[0].2, SourceType::Organization, "{all:?}");
        let all = resolved("The Gameboyz Orchestra Project says its shows are improvised.");
        assert_eq!(all[0].2, SourceType::Organization, "{all:?}");
    }

    #[test]
    fn he_after_an_unnamed_speaker_is_that_speaker() {
        let body = "Ann Cole said prices would rise. \"Demand is strong,\" a dealer said. \
                    He said stocks were low.";
        let all = resolved(body);
        assert_eq!(all.len(), 3, "{all:?}");
        assert_eq!(
            (all[2].1.as_deref(), all[2].2),
            (None, SourceType::UnnamedPerson)
        );
        // a spokeswoman is no "he"
        let body = "Tom Cole said prices would rise. A spokeswoman said sales had fallen. \
                    He said stocks were low.";
        let all = resolved(body);
        assert_eq!(all[2].1.as_deref(), Some("Tom Cole"), "{all:?}");
    }

    #[test]
    fn it_is_the_body_speaking_before_not_one_named_in_what_it_says() {
        let body = "Circuit Systems Inc said it bought Ionic Industries Inc for $5m. Ionic \
                    holders will own 74 pct of the stock, it said.";
        let all = resolved(body);
        let it = all
            .iter()
            .find(|a| a.0 == "it")
            .expect("an attribution to it");
        assert_eq!(it.1.as_deref(), Some("Circuit Systems Inc"), "{all:?}");
        // with no body named before, the subject of what it says is the body
        let all = resolved("Degussa AG is combining its units, the company said.");
        assert_eq!(all[0].1.as_deref(), Some("Degussa AG"), "{all:?}");
    }

    #[test]
    fn a_quoted_paragraph_after_a_report_closing_the_paragraph_before_continues_it() {
        let body = "Tom Reed insists the squad is ready.\n\n\"We have trained hard. \
                    I have no doubts.\"";
        let all = found(body);
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!(
            (all[1].0.as_str(), all[1].2.as_str()),
            ("Tom Reed", "We have trained hard. I have no doubts.")
        );
        // a sentence no one is said to have said ends the report's reach
        let body = "Tom Reed insists the squad is ready. The season starts in May.\n\n\
                    \"We have trained hard.\"";
        assert_eq!(found(body).len(), 1, "{:?}", found(body));
        // a quotation with a cue of its own carries on no one else's speech
        let body = "Analysts said sales would fall.\n\n\"It is a gloomy outlook,\" said \
                    Laurie Milbank and Co assistant manager Machiko Suzuki.";
        assert!(
            found(body)
                .iter()
                .all(|a| a.2 != "It is a gloomy outlook" || a.0.ends_with("Machiko Suzuki")),
            "{:?}",
            found(body)
        );
    }

    #[test]
    fn a_verb_of_belief_attributes_a_stated_view() {
        // GUM news marks a stated belief as a relation: the view is the captain's
        let all = found("The former captain believes the manager was treated unfairly.");
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].0, "The former captain", "{all:?}");
        // the reported clause keeps its belief: the firm's statement is whole
        let all = found("The firm said it believes shareholders will back the deal.");
        assert!(
            all.iter()
                .any(|a| a.0 == "The firm" && a.2.starts_with("it believes shareholders")),
            "{all:?}"
        );
    }

    #[test]
    fn a_name_before_a_role_between_commas_is_a_full_name() {
        // the name is met where no cue verb stands beside it
        let body = "Rei Shiratori said the tax would pass.\n\nSeizaburo Sato, professor of \
                    politics at Tokyo University, thought it likely. \"The party will vote \
                    alone,\" he said.";
        let all = resolved(body);
        assert_eq!(
            all.last().and_then(|a| a.1.as_deref()),
            Some("Seizaburo Sato"),
            "{all:?}"
        );
    }

    #[test]
    fn plural_nouns_for_bodies_and_the_opposition_are_organisations() {
        for body in [
            "Venezuelan authorities said they would seize idle land.",
            "The creditors have asked the government to mediate.",
            "Elections were called flawed and the opposition claimed there was rigging.",
        ] {
            let all = found(body);
            assert_eq!(all.len(), 1, "{all:?}");
            assert_eq!(all[0].3, SourceType::Organization, "{all:?}");
        }
        // politicians are people
        let all = found("Opposition politicians said the vote was rigged.");
        assert_eq!(all[0].3, SourceType::UnnamedPerson, "{all:?}");
    }

    #[test]
    fn a_body_written_with_its_last_word_cut_short_is_the_body_named_before() {
        let body = "Britain will send troops, Downing Street said.\n\nDowning St said a \
                    similar offer might follow.";
        let all = resolved(body);
        assert_eq!(all[1].1.as_deref(), Some("Downing Street"), "{all:?}");
        assert_eq!(all[1].2, SourceType::Organization, "{all:?}");
    }

    #[test]
    fn the_spokesman_after_a_spokesman_is_no_one_named() {
        let body = "Trade Minister Anna Lund met the envoys. A spokesman said talks went \
                    well.\n\nThe spokesman said: \"We will meet again.\"";
        let all = resolved(body);
        let last = all.last().expect("an attribution");
        assert_eq!(
            (last.1.as_deref(), last.2),
            (None, SourceType::UnnamedPerson),
            "{all:?}"
        );
    }

    #[test]
    fn a_title_that_stood_for_a_person_keeps_standing_for_them() {
        let body = "Tony Blair has said the talks will go on.\n\nThe prime minister said \
                    the plan was sound.\n\nEchoing US Secretary of State Condoleezza Rice, \
                    the prime minister said policy had changed.";
        let all = resolved(body);
        assert_eq!(all[2].1.as_deref(), Some("Tony Blair"), "{all:?}");
    }

    #[test]
    fn the_title_alone_capitalised_is_the_person_named_with_it_and_he_after_is_too() {
        let body = "Cardinal Luis Tagle has said the poor come first.\n\nBishop John Hale \
                    agreed, saying the churches must act.\n\nOn Friday, the Cardinal will ask \
                    the congregation to pray for peace. \"Peace is possible,\" he will say.";
        let all = resolved(body);
        let ask = all
            .iter()
            .find(|a| a.0 == "the Cardinal")
            .expect("will ask");
        assert_eq!(ask.1.as_deref(), Some("Luis Tagle"), "{all:?}");
        assert_eq!(
            all.last().and_then(|a| a.1.as_deref()),
            Some("Luis Tagle"),
            "{all:?}"
        );
    }

    #[test]
    fn the_outlet_of_a_programme_is_its_owner() {
        let body = "Speaking on BBC Radio 4's Thought for the Day slot, he criticised the \
                    fact that billions have been spent on war.";
        let doc = Document::from_body("test", body);
        let sentences = claimkit_segment::split_sentences(&doc.text, &doc.paragraphs);
        let all = attributions(&doc.text, &sentences);
        assert_eq!(all[0].via.as_deref(), Some("BBC Radio 4"), "{all:?}");
    }

    #[test]
    fn existential_there_opens_the_content() {
        let all = found("Legal expert William Butler said there was no treaty between them.");
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].2, "there was no treaty between them.");
    }

    #[test]
    fn a_quotation_closing_a_clause_begun_outside_it_is_mixed() {
        let body = "The aid would \"create a positive climate,\" Mr Bussereau said.";
        let doc = Document::from_body("test", body);
        let sentences = claimkit_segment::split_sentences(&doc.text, &doc.paragraphs);
        let all = attributions(&doc.text, &sentences);
        assert_eq!(
            all[0].content.text(&doc.text),
            "The aid would \"create a positive climate"
        );
        assert_eq!(all[0].quote, QuoteKind::Mixed);
    }

    #[test]
    fn a_surname_met_in_a_name_without_a_known_given_name_stays_a_person() {
        let body = "The minister met Hamdullah Mohib on Monday.\n\nMohib said the talks went well.";
        let all = resolved(body);
        assert_eq!(all[0].2, SourceType::NamedPerson, "{all:?}");
        // a party's name is a body
        let all = resolved("The Liberal Democrats said taxes would fall.");
        assert_eq!(all[0].2, SourceType::Organization, "{all:?}");
    }
}
