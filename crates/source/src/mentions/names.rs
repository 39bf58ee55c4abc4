//! Mentions that name a person: a name after a phrase, a title or role before a name
//! ("President Barack Obama"), capitalised runs ending the head, and titles alone.

use super::*;

/// A name after the head's "of"/"for" phrase names the person ("Governor of
/// Washington Chris Gregoire", "Undersecretary for Education Mr. Toccafondi",
/// "CEO of the Refugee Council Enver Solomon"): an honorific and a name, or a
/// given name or the word after a body's name opening a name, that runs to
/// the end of the mention.
pub(super) fn name_after_phrase(doc: &Doc, m: &Words) -> Option<Mention> {
    let (s, e, h_end) = (m.s, m.e, m.head + 1);
    if h_end >= e {
        return None;
    }
    // The name must not be the object of the phrase itself: "a spokesman for
    // Mr Blair" is the spokesman, not Mr Blair.
    let k = (h_end + 2..e - 1).find(|&k| {
        let w = doc.word(k);
        let after_body = k > h_end && doc.word_in(k - 1, &lexicon::ORG_HEAD);
        let named_by = if lexicon::HONORIFIC.has(w) {
            k + 1
        } else if doc.is_cap(k)
            && ((lexicon::is_given_name(w) && !lexicon::PLACE.has(w)) || after_body)
        {
            k
        } else {
            return false;
        };
        name_run(doc, named_by, e) == e && e - named_by > usize::from(named_by == k)
    })?;
    let name_start = if doc.word_in(k, &lexicon::HONORIFIC) {
        k + 1
    } else {
        k
    };
    Some(Mention {
        name: Some(doc.span(name_start, e)),
        role: Some(doc.span(s, k)),
        ..Mention::of(SourceType::NamedPerson)
    })
}

/// A title or honorific followed by a name: a named person, with the title
/// as role and the capitalised words before it as affiliation ("Russian
/// Foreign Minister Sergei Lavrov"); not a body whose name holds a title word
/// ("the World Health Organization").
pub(super) fn titled_name(doc: &Doc, m: &Words) -> Option<Mention> {
    let (s, h_end) = (m.s, m.head + 1);
    let names_body = (s..h_end).any(|k| doc.is_cap(k) && doc.word_in(k, &lexicon::ORG_HEAD));
    let t = (s..h_end).rev().find(|&t| {
        (doc.word_in(t, &lexicon::TITLE) || doc.word_in(t, &lexicon::HONORIFIC))
            && t + 1 < h_end
            && name_run(doc, t + 1, h_end) == h_end
            && !names_body
    })?;
    let name_end = name_run(doc, t + 1, h_end);
    let mut found = Mention {
        name: Some(doc.span(t + 1, name_end)),
        ..Mention::of(SourceType::NamedPerson)
    };
    let mut r = t;
    while r > s && (doc.word_in(r - 1, &lexicon::TITLE) || doc.is_word(r - 1, "of")) {
        r -= 1;
    }
    if !doc.word_in(r, &lexicon::HONORIFIC) || r < t {
        let r = if doc.word_in(r, &lexicon::HONORIFIC) {
            r + 1
        } else {
            r
        };
        if r <= t && !doc.word_in(t, &lexicon::HONORIFIC) {
            found.role = Some(doc.span(r, t + 1));
        }
    }
    if r > s {
        let aff: Vec<&str> = (s..r)
            .filter(|&k| doc.is_cap(k) && !doc.is(k, &lexicon::FILLER))
            .map(|k| unpossessive(doc.word(k)))
            .collect();
        if !aff.is_empty() {
            found.affiliation = Some(aff.join(" "));
        }
    }
    Some(found)
}

/// Two capitalised words or more ending the head are a person's name ("team
/// member Rodaba Noori"), unless they name an organisation or place.
pub(super) fn name_ending_head(doc: &Doc, m: &Words) -> Option<Mention> {
    let (s, head) = (m.s, m.head);
    let run = name_start(doc, s, head);
    let run_text = if run <= head {
        doc.span(run, head + 1).text(doc.text)
    } else {
        ""
    };
    const BODY_OR_PLACE: u128 = bits::ORG_HEAD
        | exact_bits::MEDIA_NAME
        | exact_bits::PLACE
        | exact_bits::REGION
        | exact_bits::NATIONALITY;
    let names_org = || {
        (run..=head).any(|k| {
            lexicon::ORG_NAME.has(unpossessive(doc.word(k))) || doc.lists(k) & BODY_OR_PLACE != 0
        }) || lexicon::PLACE.has(run_text)
            || lexicon::REGION.has(run_text)
            || crate::lexicon::organizations::holds_phrase(run_text)
    };
    let name = head + 1 - run >= 2
        && !doc.word(run).ends_with("’s")
        && !doc.word(run).ends_with("'s")
        && !names_org();
    name.then(|| Mention {
        name: Some(doc.span(run, head + 1)),
        role: (run > s).then(|| doc.span(s, run)),
        ..Mention::of(SourceType::NamedPerson)
    })
}

/// Lower-case words that join the words of an office's portfolio ("Minister for
/// Children, Young People and Families"): capitalised words after one before a
/// given name belong to the portfolio.
pub(super) const PORTFOLIO_JOINERS: &[&str] = &["and", "for", "of", "&"];

/// The first word of the capitalised run that ends at `head`. Capitalised
/// words before a given name are not part of the name when they name a body
/// or a place ("NASA Bill Ingalls") or when one word opens the sentence
/// ("Singer Bruce Springsteen", "For Kevin Allton"); other words are
/// ("Hernan Dario Gomez").
pub(super) fn name_start(doc: &Doc, s: usize, head: usize) -> usize {
    let mut run = head + 1;
    while run > s
        && doc.is_cap(run - 1)
        && !doc.word_in(run - 1, &lexicon::TITLE)
        && !plural_possessive(doc.word(run - 1))
    {
        run -= 1;
    }
    run = after_role_place(doc, s, run, head);
    if let Some(g) = (run..head).find(|&k| doc.given_name(k)) {
        let opens_sentence = g == run + 1 && doc.sentence_range(run).0 == run;
        // "Minister for Children, Young People and Families Margaret Hodge": words
        // joined to a portfolio before them are the portfolio's, not the name's
        let joined = run > s && PORTFOLIO_JOINERS.contains(&doc.word(run - 1));
        let body_or_place = (run..g).any(|k| {
            let w = unpossessive(doc.word(k));
            lexicon::ORG_NAME.has(w)
                || lexicon::ORG_HEAD.has(w)
                || lexicon::MEDIA_NAME.has(w)
                || lexicon::PLACE.has(w)
                || lexicon::NATIONALITY.has(w)
        });
        if g > run && (opens_sentence || body_or_place || joined) {
            run = g;
        }
    }
    after_acronym(doc, run, head)
}

/// "Afghan Ambassador to the United States Hamdullah Mohib": a place of two or three
/// words opening the capitalised run at `run` after a preposition (and "the") of the
/// role before it is the role's; the name starts after it when two words or more are
/// left up to `head`.
fn after_role_place(doc: &Doc, s: usize, run: usize, head: usize) -> usize {
    let the = run > s && doc.is_word(run - 1, "the");
    let governed = the && run >= s + 2 && doc.is(run - 2, &lexicon::PREPOSITION)
        || !the && run > s && doc.is(run - 1, &lexicon::PREPOSITION);
    if !governed {
        return run;
    }
    let place = |n: usize| {
        let text = doc.span(run, run + n).text(doc.text);
        // web copy writes "United&nbsp;States": the lists hold plain spaces
        let text = if text.contains('\u{a0}') {
            std::borrow::Cow::Owned(text.replace('\u{a0}', " "))
        } else {
            std::borrow::Cow::Borrowed(text)
        };
        lexicon::PLACE.has(&text) || lexicon::REGION.has(&text)
    };
    (2..=3)
        .rev()
        .find(|&n| run + n + 2 <= head + 1 && place(n))
        .map_or(run, |n| run + n)
}

/// "Ambassador to GATT Michael Samuels", "NASA Bill Ingalls": an acronym of
/// three capitals or more opening a run of capitalised words before two name
/// words or more names a body, not part of the person's name; the name starts
/// after it.
pub(crate) fn after_acronym(doc: &Doc, run: usize, head: usize) -> usize {
    if head < run + 2 || head >= doc.toks.len() {
        return run;
    }
    let w = unpossessive(doc.word(run));
    let acronym = w.len() >= 3 && crate::acronyms::is_acronym(w);
    if acronym && doc.free_word(run + 1) && doc.is_cap(run + 1) {
        run + 1
    } else {
        run
    }
}

/// Title words that describe an office but never end a description of its holder
/// ("the National Executive" is a body; "the chief executive" a person).
pub(super) const NOT_A_HOLDER: &[&str] = &[
    "vice",
    "prime",
    "crown",
    "foreign",
    "defense",
    "defence",
    "interior",
    "finance",
    "health",
    "education",
    "former",
    "acting",
    "executive",
    "senior",
    "state",
    "deputy",
    "chief",
];

/// "the Labour MP", "the Treasury Secretary", "the Ealing North MP": "the", capitalised
/// words that say which office (a party, a department, a constituency) and title
/// words ending in one that names its holder describe a person, though a body's name
/// stands among the words ("Labour", "Treasury").
pub(super) fn qualified_title(doc: &Doc, m: &Words) -> Option<Mention> {
    if !doc.is_word(m.s, "the") && !doc.is_word(m.s, "The") {
        return None;
    }
    let titles = (m.s + 1..m.e)
        .rev()
        .take_while(|&k| doc.free_word(k) && doc.word_in(k, &lexicon::TITLE))
        .count();
    let first_title = m.e - titles;
    let last = doc.word(m.e - 1).to_lowercase();
    let chief_executive =
        last == "executive" && titles > 1 && doc.word(m.e - 2).eq_ignore_ascii_case("chief");
    let holder = titles > 0 && (!NOT_A_HOLDER.contains(&last.as_str()) || chief_executive);
    let qualified = first_title > m.s + 1
        && (m.s + 1..first_title).all(|k| {
            crate::resolve::qualifier_word(doc, k) || crate::resolve::from_somewhere(doc, k)
        });
    (holder && qualified).then(|| Mention::of(SourceType::UnnamedPerson))
}

/// "the" and capitalised title words alone ("the Cardinal", "the Prime
/// Minister") name no one: a description, resolved as "the cardinal" is.
pub(super) fn title_alone(doc: &Doc, m: &Words) -> Option<Mention> {
    let described = m.e > m.s + 1
        && doc.is_word(m.s, "the")
        && (m.s + 1..m.e).all(|k| doc.free_word(k) && doc.word_in(k, &lexicon::TITLE));
    described.then(|| Mention::of(SourceType::UnnamedPerson))
}

/// True when the words `s..a` before a name are no role of the one named: articles only
/// ("…, the SEC said"), or words that end with a coordinator, which joins another name
/// to it ("S and P said", "Naylor and Beesley said").
fn no_role(doc: &Doc, s: usize, a: usize) -> bool {
    use crate::lexicon::function_words::{ARTICLES, NAME_JOINERS};
    let listed = |k: usize, list: &[&str]| list.iter().any(|d| doc.word(k).eq_ignore_ascii_case(d));
    (s..a).all(|k| listed(k, ARTICLES)) || (a > s && listed(a - 1, NAME_JOINERS))
}

/// A capitalised head is a name ("Spacey", "Mr. Obama"), with the words
/// before the name as role.
pub(super) fn capitalised_head(doc: &Doc, m: &Words) -> Option<Mention> {
    let (s, head) = (m.s, m.head);
    if !doc.is_cap(head) {
        return None;
    }
    let mut a = head;
    // "Data Resources' Wyss", "Ernst and Young's Sanjay Mehta": the owner's possessive
    // is no part of the name
    while a > s
        && (doc.is_cap(a - 1) || is_particle(doc, a - 1))
        && !doc.word_in(a - 1, &lexicon::TITLE)
        && !is_possessive(doc.word(a - 1))
    {
        a -= 1;
    }
    while a < head && doc.word_in(a, &lexicon::NAME_SUFFIX) {
        a += 1;
    }
    let role = (a > s && !doc.span(s, a).text(doc.text).trim().is_empty() && !no_role(doc, s, a))
        .then(|| doc.span(s, a));
    Some(Mention {
        name: Some(doc.span(a, head + 1)),
        role,
        ..Mention::of(SourceType::NamedPerson)
    })
}
