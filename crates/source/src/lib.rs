//! Source labelling for news text: quotations, attribution cues, sources,
//! source types and speaker resolution.
//!
//! [`attributions`] finds who said what, as PARC frames (source – cue –
//! content): "U.S. officials said …", "“…,” Mr. Obama said", "According to
//! X, …", "…, said a senior European diplomat", participles ("…, cautioning
//! that …") and quotations that carry on after an attributed one. Each
//! [`Attribution`] gets its source type, role and affiliation as written, the
//! outlet that relays it (`via`), whether the content is quoted, and the full
//! name behind "he" or "Mr. Obama". Text that no one is said to have said is
//! not returned: the publication asserts it.
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

mod credits;
mod doc;
mod frames;
pub mod lexicon;
mod mentions;
mod quotes;
mod resolve;
mod tokens;

use claimkit_core::{sentence_at, Attribution, QuoteKind, Sentence, SourceType, Span};
use doc::Doc;
use frames::{Frame, SourceAt};
use resolve::People;

pub use quotes::{find_quotes, Quote};

/// Attributions in `text`, in text order of their content.
///
/// `sentences` come from the segmenter; their `paragraph` fields give the
/// paragraph structure, which quotations follow.
pub fn attributions(text: &str, sentences: &[Sentence]) -> Vec<Attribution> {
    let doc = Doc::new(text, sentences);
    if doc.toks.is_empty() {
        return Vec::new();
    }
    let mut frames = frames::find_frames(&doc);
    frames.extend(credits::find_credits(&doc));
    let mut people = People::new(&doc);
    let mut order: Vec<usize> = (0..frames.len()).collect();
    order.sort_by_key(|&n| source_start(&doc, &frames[n]));
    let mut built: Vec<Option<Attribution>> = vec![None; frames.len()];
    for n in order {
        built[n] = build(&doc, &frames[n], &mut people);
    }
    let mut found: Vec<Attribution> = built.into_iter().flatten().collect();
    found.sort_by_key(|a| (a.content.start, a.content.end));
    found.dedup_by(|b, a| a.content.overlaps(b.content) && a.source == b.source);
    continue_quotes(&doc, &mut found);
    speakers_of_quotes(&doc, &mut found);
    found.retain(|a| !a.content.is_empty());
    found.sort_by_key(|a| (a.content.start, a.content.end));
    found
}

fn source_start(doc: &Doc, f: &Frame) -> usize {
    let SourceAt::Tokens(s, _) = f.source;
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
    let SourceAt::Tokens(s, e) = f.source;
    let mention = mentions::classify(doc, s, e);
    let source = doc.span(s, e);
    let source_text = source.text(doc.text);
    let mut source_type = mention.source_type;
    let mut resolved = None;
    match mention.pronoun {
        Some(false) if source_type == SourceType::NamedPerson => {
            resolved = people.person_before(source.start).map(str::to_string);
            if resolved.is_none() {
                source_type = SourceType::UnnamedPerson;
            }
        }
        Some(true) => match people.group_before(source.start) {
            Some((group, kind)) => {
                resolved = Some(group.to_string());
                source_type = kind;
            }
            None => source_type = SourceType::UnnamedPerson,
        },
        _ => {}
    }
    if mention.pronoun.is_none() {
        if let (SourceType::NamedPerson, Some(name)) = (source_type, mention.name) {
            let full = people.full_name(name.text(doc.text), name.start);
            people.saw_person(source.start, &full);
            if full != source_text {
                resolved = Some(full);
            }
        } else if mention.plural {
            let bare = ["the ", "The ", "some ", "Some "]
                .iter()
                .find_map(|d| source_text.strip_prefix(d))
                .unwrap_or(source_text);
            people.saw_group(source.start, bare, source_type);
        }
    } else if let (Some(name), Some(true)) = (resolved.as_deref(), mention.pronoun.map(|p| !p)) {
        let name = name.to_string();
        people.saw_person(source.start, &name);
    }
    let role = f
        .role
        .map(|(a, b)| doc.span(a, b).text(doc.text).trim().to_string())
        .or_else(|| mention.role.map(|r| r.text(doc.text).trim().to_string()))
        .filter(|r| !r.is_empty());
    let via = f.via.map(|(a, b)| {
        let m = mentions::classify(doc, a, b);
        let span = doc.span(a, b);
        // "the Russian news agency Interfax" → "Interfax".
        let name_start = (a..b).rev().take_while(|&k| doc.is_cap(k)).last();
        match (m.source_type, name_start) {
            (SourceType::Media, Some(k)) => doc.span(k, b).text(doc.text).to_string(),
            _ => span.text(doc.text).to_string(),
        }
    });
    Some(Attribution {
        sentence: sentence_index(doc.sentences, f.content.start),
        source: Some(source),
        resolved,
        source_type,
        role,
        affiliation: mention.affiliation,
        cue: Some(doc.span(f.cue.0, f.cue.1)),
        quote: if f.credit {
            QuoteKind::None
        } else {
            quote_kind(doc, f.content)
        },
        via,
        content: f.content,
    })
}

/// A quotation that starts a sentence and has no cue of its own continues the
/// attributed speech before it: in the same paragraph ("“…,” he said. “…”"),
/// or opening the next paragraph after a quote.
fn continue_quotes(doc: &Doc, found: &mut Vec<Attribution>) {
    let mut extra = Vec::new();
    for q in &doc.quotes {
        if q.inner.is_empty() || found.iter().any(|a| a.content.overlaps(q.inner)) {
            continue;
        }
        let Ok(t) = doc.toks.binary_search_by_key(&q.open, |t| t.span.start) else {
            continue;
        };
        let (p0, _) = doc.paragraph_of(t);
        let starts_sentence =
            t == p0 || doc.ends_sentence(t - 1, doc.toks.len()) || doc.opens_sentence[t];
        if !starts_sentence {
            continue;
        }
        // "“…,” X told the press, “…”": the frame right after the quote owns it.
        let next = found.iter().find(|a| {
            a.source.is_some_and(|s| {
                s.start >= q.end && doc.text[q.end..s.start].trim_matches([',', ' ']).is_empty()
            })
        });
        if let Some(next) = next {
            let content = frames::trim_content(doc.text, q.inner);
            if !content.is_empty() {
                extra.push(Attribution {
                    sentence: sentence_index(doc.sentences, content.start),
                    quote: QuoteKind::Direct,
                    content,
                    ..next.clone()
                });
            }
            continue;
        }
        let opens_paragraph = t == p0;
        let prev = found
            .iter()
            .chain(extra.iter())
            .filter(|a| a.content.end <= q.open && a.quote != QuoteKind::None)
            .max_by_key(|a| a.content.end);
        let Some(prev) = prev else { continue };
        let prev_tok = doc
            .toks
            .partition_point(|t| t.span.start < prev.content.start);
        let Some(prev_para) = doc.toks.get(prev_tok).map(|t| t.paragraph as usize) else {
            continue;
        };
        let same = prev_para == q.paragraph;
        let next_para = opens_paragraph
            && prev_para + 1 == q.paragraph
            && (prev.quote != QuoteKind::Indirect || q.continued);
        if !(same || next_para) {
            continue;
        }
        let content = frames::trim_content(doc.text, q.inner);
        if content.is_empty() {
            continue;
        }
        extra.push(Attribution {
            sentence: sentence_index(doc.sentences, content.start),
            cue: None,
            quote: QuoteKind::Direct,
            content,
            ..prev.clone()
        });
    }
    found.extend(extra);
}

/// "I" and "we" inside a quotation stand for the quotation's speaker.
fn speakers_of_quotes(doc: &Doc, found: &mut [Attribution]) {
    for n in 0..found.len() {
        let Some(src) = found[n].source else { continue };
        let word = src.text(doc.text);
        if !(word == "I" || word.eq_ignore_ascii_case("we")) {
            continue;
        }
        let outer = found.iter().find(|a| {
            a.content.start <= src.start && src.end <= a.content.end && a.source != Some(src)
        });
        if let Some(outer) = outer {
            let speaker = outer
                .resolved
                .clone()
                .or_else(|| outer.source.map(|s| s.text(doc.text).to_string()));
            let source_type = outer.source_type;
            found[n].resolved = speaker;
            found[n].source_type = source_type;
        } else {
            found[n].source_type = SourceType::UnnamedPerson;
        }
    }
}
