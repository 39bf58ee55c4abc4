//! The world-news attribution development set (`tests/data/world_news/`):
//! BBC business and politics stories with speakers from many countries, each
//! attribution stored as code point offsets into the corpus, which is read in
//! place from `../shared/eval/news_bbc2225`. A gold line is matched as
//! `shared/gold/score.py` matches an `attribution` line: a system content
//! covering 80 % of an occurrence of the gold content, the source (or its
//! resolved name), the resolved name, the source type, the quote kind and the
//! outlet (`via`) all right. Gold texts are matched after the normalisation
//! of `shared/gold/FORMAT.md`, as the document text may differ in white space.
//! The development set is the first, second, fourth, sixth and seventh draws (record
//! ids `a…`, `b…`, `c…`, `e…`, `g…`, `h…`) and the first outlets draw (`z…`: modern pages
//! of other outlets, read in place from `../shared/eval/article_extraction_zyte`), whose
//! floor holds for them together, and the third and fourth outlets draws (`x…`, `w…`)
//! and the wire draw (`r…`: Reuters-21578 newswire of 1987, read in place from
//! `../shared/eval/news_reuters21578`), each held to a floor of its own (see [`NEWER`]). The held-out third, fifth and eighth draws (`d…`, `f…`, `i…`) are each
//! reported on a line of their own. Every story was annotated whole, so the test also
//! reports precision: the share of the attributions found in the development stories, and
//! apart in the held-out ones, whose content overlaps a gold content (see [`precision`]);
//! the development stories' false ones are printed.

use claimkit_core::evaldata::gold;
use claimkit_core::{Attribution, CharOffsets, Document, Span};
use serde_json::Value;
use std::collections::HashMap;

const CORPUS: &str = "eval/news_bbc2225/bbc_news_2225.jsonl";
/// The outlets draw's pages: the article-extraction benchmark's hand-checked bodies.
const ZYTE: &str = "eval/article_extraction_zyte/ground-truth.json";
/// How a story id of the outlets draw starts: `zyte-` and the first 12 hex digits of
/// the page's key.
const ZYTE_PREFIX: &str = "zyte-";
/// The wire draw's stories: Reuters-21578 newswire of 1987, read in place.
const WIRE: &str = "eval/news_reuters21578/reuters21578.jsonl";
const RECORDS: &str = include_str!("data/world_news/attributions.jsonl");

/// The share of gold lines that must match on the development draws 1, 2, 4, 6
/// and 7: 495/523 = 94.6 % on 2026-12-07 after the sixteenth round of rules (draws
/// 1, 2, 4 and 6: 418/439; the seventh: 77/84, 58/84 = 69.0 % before any rule was
/// written against it). Earlier: 410/439 = 93.4 % on draws 1, 2, 4 and 6 after the
/// eighth round of rules; 389/439 = 88.6 % when the sixth draw joined (its 101 lines
/// scored 75/101 = 74.3 % before any rule was written against them). The target is
/// 85 %.
const FLOOR: f64 = 0.93;

/// The newer development draws, each by the first letter of its record ids, with a
/// floor of its own until it joins the others under [`FLOOR`]; their misses are printed,
/// as the other development draws' are, and each floor rises as rules are written
/// against the draw.
///
/// - The third outlets draw (86 lines in 8 more pages of other outlets from 2019,
///   annotated and reviewed on 2026-12-07, `x…`): 52/86 = 60.5 % fresh, 61/86 = 70.9 %
///   after the rules written against it the same day.
/// - The fourth outlets draw (103 lines in 8 more pages, annotated and reviewed on
///   2026-12-07, `w…`): 71/103 = 68.9 % fresh (at `5c26e1f`, with the rules of the
///   day written from sentences made up for the test before the draw was read; 70/103 with
///   the rules of the day's start, `eaeba1c`), 82/103 = 79.6 % after the rules written
///   against it (outlets, documents, company name endings, quotations after an addressee
///   or resumed after an inverted frame, a report's possessive owner, coordinated verbs);
///   86/103 = 83.5 % after the eighteenth round ("told the outlet" relays, "E! News").
/// - The wire draw (79 lines in 12 Reuters-21578 stories of 1987, annotated and
///   reviewed on 2026-12-07, `r…`): 54/79 = 68.4 % fresh (at `a79d459` with the
///   eighteenth round's rules written before the draw was read), 69/79 = 87.3 % after the
///   rules written against it (legal forms of companies abroad, a body's name with "und", a founder's given name
///   cut short, "the Fed", counted members of a side, a compound cut at its
///   hyphen).
/// - The second wire draw (93 lines in the next 12 Reuters-21578 stories of the same
///   order, annotated and reviewed on 2026-12-08, `q…`): 67/93 = 72.0 % fresh (the
///   same with the rules of the session's start, `0ec3c87`, and with the nineteenth
///   round's first rules, written from made-up sentences before the draw was read),
///   87/93 = 93.5 % after the rules written against it (a chamber or an exchange as a
///   body, a company with a news agency's letters, "U.S.-backed" one word, a body
///   named before its description's head noun, "requested", "advised" and
///   "challenged X to", securities houses as firms, people polled by an outlet, "said
///   earlier it had", "meanwhile" between a source and its cue).
///
/// The first outlets draw (`z…`, 74/105 = 70.5 % fresh, 99/105 after the rules written
/// against it) joined the others under [`FLOOR`] when the third came.
const NEWER: &[(char, &str, f64)] = &[
    ('x', "third outlets", 0.73),
    ('w', "fourth outlets", 0.83),
    ('r', "wire", 0.87),
    ('q', "second wire", 0.93),
];

/// The held-out draws, by the first letter of their record ids: the third,
/// fifth and eighth draws and the second outlets draw (`y…`, 8 modern pages of
/// other outlets than the outlets draw's), stories the rules were not written
/// against. Each one's score is reported apart, not held to the floor, and its
/// misses are not printed, so that it measures the rules rather than steering
/// them. Every other record (draws 1, 2 and the fourth, sixth and seventh,
/// development draws, `e…`, `g…` and `h…` ids, and the outlets draw, `z…`) is
/// part of the development set.
const HELD_OUT: &[(char, &str)] = &[
    ('d', "third"),
    ('f', "fifth"),
    ('i', "eighth"),
    ('y', "second outlets"),
];

/// The held-out draw a record belongs to (its index in [`HELD_OUT`]), if any.
fn held_out(record: &Value) -> Option<usize> {
    let first = record["id"].as_str()?.chars().next()?;
    HELD_OUT.iter().position(|&(letter, _)| letter == first)
}

fn norm(text: &str) -> String {
    gold::normalized(text).to_lowercase()
}

fn contains(hay: &str, needle: &str) -> bool {
    norm(hay).contains(&norm(needle))
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// `text[start..end]` for a `[start, end]` pair of code point offsets.
fn slice<'t>(text: &'t str, at: &Value) -> Option<&'t str> {
    let pair = at.as_array()?;
    let n = |k: usize| pair.get(k).and_then(Value::as_u64).map(|v| v as usize);
    let (start, end) = (n(0)?, n(1)?);
    let byte = |c: usize| text.char_indices().nth(c).map_or(text.len(), |(b, _)| b);
    text.get(byte(start)..byte(end))
}

/// The gold line a record stands for, as `to_gold.py` writes it.
struct GoldLine<'t> {
    content: &'t str,
    source: &'t str,
    resolved: Option<&'t str>,
    source_type: &'t str,
    quote: &'t str,
    via: Option<&'t str>,
}

fn gold_line<'t>(record: &'t Value, text: &'t str) -> Option<GoldLine<'t>> {
    let field = |k: &str| record.get(k).and_then(Value::as_str);
    let source = slice(text, &record["source"])?;
    Some(GoldLine {
        content: slice(text, &record["content"])?,
        source,
        resolved: field("resolved").filter(|r| *r != source),
        source_type: field("source_type")?,
        quote: field("quote")?,
        via: slice(text, &record["via"]),
    })
}

/// Why no attribution matches `g`, or `None` when one does.
fn miss(g: &GoldLine, text: &str, found: &[Attribution]) -> Option<String> {
    let offsets = CharOffsets::new(text);
    let occ: Vec<(usize, usize)> = gold::occurrences(text, g.content)
        .into_iter()
        .map(|(s, e)| offsets.span(Span::new(s, e)))
        .collect();
    let mut detail = String::from("no attribution covering the content");
    for a in found {
        let cs = offsets.span(a.content);
        if !occ.iter().any(|&o| overlap(cs, o) * 10 >= 8 * (o.1 - o.0)) {
            continue;
        }
        let source = a.source.map_or("", |s| s.text(text));
        let resolved = a.resolved.as_deref().unwrap_or("");
        let src_ok = contains(source, g.source)
            || (!resolved.is_empty()
                && (norm(resolved) == norm(g.resolved.unwrap_or(""))
                    || norm(resolved) == norm(g.source)));
        let mut bad = Vec::new();
        if !src_ok {
            bad.push("source");
        }
        if g.resolved.is_some_and(|r| !contains(resolved, r)) {
            bad.push("resolved");
        }
        if g.source_type != a.source_type.as_str() {
            bad.push("source_type");
        }
        if g.quote != a.quote.as_str() {
            bad.push("quote");
        }
        if g.via
            .is_some_and(|v| !contains(a.via.as_deref().unwrap_or(""), v))
        {
            bad.push("via");
        }
        if bad.is_empty() {
            return None;
        }
        detail = format!(
            "differs in {bad:?}: source={source:?} resolved={resolved:?} type={} quote={} via={:?}",
            a.source_type, a.quote, a.via
        );
    }
    Some(detail)
}

#[test]
fn world_news_attributions() {
    let Some(path) = claimkit_core::evaldata::path(CORPUS) else {
        return;
    };
    let corpus = std::fs::read_to_string(path).expect("the BBC corpus is readable");
    let records: Vec<Value> = RECORDS
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("a record is JSON"))
        .collect();
    let wanted: HashMap<&str, ()> = records
        .iter()
        .filter_map(|r| r["story"].as_str())
        .map(|s| (s, ()))
        .collect();
    // Each story's corpus text (what the offsets point into), its document as
    // `claimkit build` reads it (white space normalised) and its attributions.
    let mut stories: HashMap<String, (String, Document, Vec<Attribution>)> = HashMap::new();
    let wire = claimkit_core::evaldata::path(WIRE)
        .and_then(|p| std::fs::read_to_string(p).ok())
        .unwrap_or_default();
    for (id, text) in bbc_stories(&corpus)
        .chain(zyte_stories())
        .chain(wire_stories(&wire, &wanted))
    {
        if !wanted.contains_key(id.as_str()) {
            continue;
        }
        let doc = Document::from_body(&id, &text);
        let sentences = claimkit_segment::split_sentences(&doc.text, &doc.paragraphs);
        let found = claimkit_source::attributions(&doc.text, &sentences);
        stories.insert(id, (text, doc, found));
    }
    // (matched, total) for the development draws (1, 2, 4) and for each
    // held-out draw.
    let mut dev = (0, 0);
    let mut newer = vec![(0, 0); NEWER.len()];
    let mut held = vec![(0, 0); HELD_OUT.len()];
    for record in &records {
        let story = record["story"].as_str().unwrap_or_default();
        let (text, doc, found) = stories.get(story).expect("every story is in the corpus");
        let g = gold_line(record, text).expect("a record's offsets lie in its story");
        let draw = held_out(record);
        let first = record["id"].as_str().and_then(|id| id.chars().next());
        let newer_draw = NEWER
            .iter()
            .position(|&(letter, _, _)| Some(letter) == first);
        let tally = match (draw, newer_draw) {
            (Some(k), _) => &mut held[k],
            (None, Some(k)) => &mut newer[k],
            (None, None) => &mut dev,
        };
        tally.1 += 1;
        match miss(&g, &doc.text, found) {
            None => tally.0 += 1,
            Some(why) if draw.is_none() => println!("miss {story}: {:?}: {why}", g.content),
            Some(_) => {}
        }
    }
    let share = report(dev, &newer, &held);
    precision(&records, &stories);
    assert!(
        share >= FLOOR,
        "world-news attribution lines {:.1}% below {:.0}%",
        100.0 * share,
        100.0 * FLOOR
    );
    for (&(matched, total), &(_, name, floor)) in newer.iter().zip(NEWER) {
        let newer_share = matched as f64 / total.max(1) as f64;
        assert!(
            newer_share >= floor,
            "world-news attribution lines of the {name} draw {:.1}% below {:.0}%",
            100.0 * newer_share,
            100.0 * floor
        );
    }
}

/// A system attribution is borne out when its content and a gold content of its story
/// overlap by half the shorter of the two.
fn borne_out(content: (usize, usize), gold: &[(usize, usize)]) -> bool {
    gold.iter().any(|&g| {
        let shorter = (content.1 - content.0).min(g.1 - g.0).max(1);
        overlap(content, g) * 2 >= shorter
    })
}

/// Print the precision of the attributions in the development stories and, as a share
/// only, in the held-out ones: the annotators marked every attribution of a story, so a
/// system attribution no gold content bears out is a false one. The development
/// stories' false attributions are printed, the held-out ones' are not.
fn precision(records: &[Value], stories: &HashMap<String, (String, Document, Vec<Attribution>)>) {
    // Each story's gold contents (code point spans in the document text) and whether
    // it belongs to a held-out draw.
    let mut gold_of: HashMap<&str, (Vec<(usize, usize)>, bool)> = HashMap::new();
    for record in records {
        let story = record["story"].as_str().unwrap_or_default();
        let Some((text, doc, _)) = stories.get(story) else {
            continue;
        };
        let entry = gold_of.entry(story).or_default();
        entry.1 |= held_out(record).is_some();
        let Some(g) = gold_line(record, text) else {
            continue;
        };
        let offsets = CharOffsets::new(&doc.text);
        entry.0.extend(
            gold::occurrences(&doc.text, g.content)
                .into_iter()
                .map(|(s, e)| offsets.span(Span::new(s, e))),
        );
    }
    let mut names: Vec<&&str> = gold_of.keys().collect();
    names.sort();
    let (mut dev, mut held) = ((0, 0), (0, 0));
    for story in names {
        let (gold, is_held) = &gold_of[*story];
        let (_, doc, found) = &stories[*story];
        let offsets = CharOffsets::new(&doc.text);
        let tally = if *is_held { &mut held } else { &mut dev };
        for a in found {
            tally.1 += 1;
            if borne_out(offsets.span(a.content), gold) {
                tally.0 += 1;
            } else if !is_held {
                println!(
                    "false {story}: {:?} <- {:?} [{}]",
                    a.content.text(&doc.text),
                    a.source.map_or("", |s| s.text(&doc.text)),
                    a.cue.map_or("", |s| s.text(&doc.text))
                );
            }
        }
    }
    for (name, (right, all)) in [("development", dev), ("held-out", held)] {
        println!(
            "world news ({name} stories): precision {right}/{all} = {:.1}%",
            100.0 * right as f64 / all.max(1) as f64
        );
    }
}

/// The (id, text) of every story of the BBC corpus (JSON Lines).
fn bbc_stories(corpus: &str) -> impl Iterator<Item = (String, String)> + '_ {
    corpus.lines().filter(|l| !l.trim().is_empty()).map(|line| {
        let story: Value = serde_json::from_str(line).expect("a corpus line is JSON");
        let field = |k: &str| story[k].as_str().unwrap_or_default().to_string();
        (field("id"), field("text"))
    })
}

/// The (id, text) of every page of the outlets draw's corpus, `zyte-` and the first 12
/// hex digits of its key, and its `articleBody`; none when the corpus is not there (the
/// outlets records then find no story, which the test reports).
fn zyte_stories() -> impl Iterator<Item = (String, String)> {
    let pages: serde_json::Map<String, Value> = claimkit_core::evaldata::path(ZYTE)
        .and_then(|p| std::fs::read_to_string(p).ok())
        .map(|t| serde_json::from_str(&t).expect("the outlets corpus is JSON"))
        .unwrap_or_default();
    pages.into_iter().map(|(key, page)| {
        let body = page["articleBody"].as_str().unwrap_or_default().to_string();
        (
            format!("{ZYTE_PREFIX}{}", key.get(..12).unwrap_or(&key)),
            body,
        )
    })
}

/// The (id, text) of the Reuters-21578 stories that records point into (the wire
/// draw), `text` exactly as stored; only the wanted lines are parsed.
fn wire_stories<'c>(
    corpus: &'c str,
    wanted: &'c HashMap<&str, ()>,
) -> impl Iterator<Item = (String, String)> + 'c {
    corpus.lines().filter_map(move |line| {
        let id = line.strip_prefix("{\"id\":\"")?.split('"').next()?;
        if !wanted.contains_key(id) {
            return None;
        }
        let story: Value = serde_json::from_str(line).expect("a corpus line is JSON");
        Some((id.to_string(), story["text"].as_str()?.to_string()))
    })
}

/// Print the scores of the development draws, the newer draws and each held-out draw;
/// the share of the first.
fn report(dev: (usize, usize), newer: &[(usize, usize)], held: &[(usize, usize)]) -> f64 {
    let (matched, total) = dev;
    let share = matched as f64 / total.max(1) as f64;
    println!(
        "world news (development draws 1, 2, 4, 6, 7 and the first outlets draw): attribution lines {matched}/{total} = {:.1}%",
        100.0 * share
    );
    let (mut all_matched, mut all_total) = (matched, total);
    for (&(matched, total), &(_, name, _)) in newer.iter().zip(NEWER) {
        println!(
            "world news ({name} draw, development): {matched}/{total} = {:.1}%",
            100.0 * matched as f64 / total.max(1) as f64
        );
        all_matched += matched;
        all_total += total;
    }
    println!(
        "world news (all development draws): {all_matched}/{all_total} = {:.1}%",
        100.0 * all_matched as f64 / all_total.max(1) as f64
    );
    for (&(matched, total), (_, name)) in held.iter().zip(HELD_OUT).filter(|(t, _)| t.1 > 0) {
        println!(
            "held-out {name} draw: {matched}/{total} = {:.1}%",
            100.0 * matched as f64 / total as f64
        );
    }
    share
}
