//! Who a source is: its name resolved from the article ([`resolve_source`]) through
//! titles, descriptions and the people met so far, and what a source teaches the
//! mentions after it ([`remember_source`]).

use super::*;

/// The name a `speaker` the article left unresolved stands for: a person named
/// after the frame ("…, says a top academic." named in the next paragraph), or the
/// body an abbreviation or an acronym was written for (`abbreviated`: "Downing St").
pub(crate) fn resolve_unnamed_speaker(
    doc: &Doc,
    f: &Frame,
    (s, e): (usize, usize),
    mention: &mentions::Mention,
    abbreviated: Option<String>,
    speaker: &mut Speaker,
    people: &People,
) {
    let named = doc.span(s, e);
    if speaker.resolved.is_none() {
        // "…, says a top academic." named in the next paragraph
        // "China's ambassador to Britain accused …", named after the same words later
        let named = cataphora::lead_speaker(doc, f, mention)
            .or_else(|| cataphora::named_after_same_words(doc, (s, e), mention));
        if let Some(name) = named {
            speaker.resolved = Some(name);
            speaker.source_type = SourceType::NamedPerson;
        }
    }
    if speaker.source_type == SourceType::Media && speaker.resolved.is_none() {
        // "AFP said" after "AFP Imaging Corp said": the company's short name, not the
        // news agency the outlet list knows by those letters
        let text = named.text(doc.text);
        if let Some(full) = people.short_form_body(text, named.start) {
            speaker.resolved = Some(full.to_string());
            speaker.source_type = SourceType::Organization;
        }
    }
    if speaker.source_type == SourceType::Organization && speaker.resolved.is_none() {
        // "GM said", "the OSI claimed", "Downing St said": the name the article spelled out
        speaker.resolved = abbreviated.or_else(|| {
            let text = named.text(doc.text);
            people
                .expand_acronym(doc, text, named.start)
                .or_else(|| people.short_form_body(text, named.start))
                .or_else(|| {
                    // "the Chamber said" after "the Chamber of Mines", "the Commission" after
                    // "the European Commission": a body's head noun written as a name
                    let noun = capitalised_body_head(text)?;
                    people.body_described(named.start, &noun)
                })
                .map(str::to_string)
                .or_else(|| name_before_head(doc, s, e))
        });
    }
}

/// "Angola's U.S.-backed UNITA rebel group", "the Palestinian Hamas movement": an
/// organisation described by a lowercase head noun of
/// [`lexicon::organizations::NAMED_BEFORE_HEADS`], with the body's own name right before
/// the lowercase words: that name (no possessive, hyphenated modifier, nationality or
/// place in it).
fn name_before_head(doc: &Doc, s: usize, e: usize) -> Option<String> {
    let head = mentions::head(doc, s, e);
    let noun = doc.word(head);
    if head <= s || doc.is_cap(head) || !lexicon::organizations::NAMED_BEFORE_HEADS.contains(&noun)
    {
        return None;
    }
    let lower = |k: usize| doc.free_word(k) && !doc.is_cap(k);
    let mut end = head;
    while end > s && lower(end - 1) {
        end -= 1;
    }
    use lexicon::function_words::{ARTICLES, OTHER_DETERMINERS, POSSESSIVE_DETERMINERS};
    let name_word = |k: usize| {
        let w = doc.word(k);
        let determiner = [ARTICLES, POSSESSIVE_DETERMINERS, OTHER_DETERMINERS]
            .iter()
            .any(|list| list.iter().any(|d| w.eq_ignore_ascii_case(d)));
        doc.free_word(k)
            && doc.is_cap(k)
            && !determiner
            && !w.ends_with("'s")
            && !w.ends_with("’s")
            && !w.contains(crate::tokens::HYPHENS)
            && !doc.is(k, &lexicon::NATIONALITY)
    };
    let mut start = end;
    while start > s && name_word(start - 1) {
        start -= 1;
    }
    let name = doc.span(start, end).text(doc.text);
    let place = lexicon::PLACE.has(name) || lexicon::REGION.has(name);
    (start < end && !place && !lexicon::SUBDIVISION.has(name)).then(|| name.to_string())
}

/// "the Chamber", "The Commission": "the" and one capitalised word that is a body's
/// head noun ([`lexicon::BODY_HEAD`]), that noun in lower case.
fn capitalised_body_head(text: &str) -> Option<String> {
    let word = lexicon::function_words::without_the(text);
    let capitalised = word.len() < text.len() && word.starts_with(|c: char| c.is_uppercase());
    let noun = word.to_lowercase();
    (capitalised && !word.contains(' ') && lexicon::BODY_HEAD.has(&noun)).then_some(noun)
}

/// Who a source is once "he", "it", "the company" or "the prime minister"
/// is resolved against the people and organisations named before it.
pub(crate) struct Speaker {
    /// The source type, which resolution may change ("he" with no one before
    /// it is an unnamed person).
    pub(crate) source_type: SourceType,
    /// The full name behind the source, if it is not the source as written.
    pub(crate) resolved: Option<String>,
    /// The gender the pronoun or the person named tells.
    pub(crate) gender: Option<Gender>,
}

/// Resolve the source at tokens `s..e`, classified as `mention`; a pronoun finds
/// the person named last before byte `antecedent_before`.
pub(crate) fn resolve_source(
    doc: &Doc,
    (s, e): (usize, usize),
    mention: &Mention,
    antecedent_before: usize,
    people: &mut People,
) -> Speaker {
    let source = doc.span(s, e);
    let source_text = source.text(doc.text);
    let mut source_type = mention.source_type;
    let mut resolved = None;
    let mut gender = None;
    match mention.pronoun {
        Some(false) if source_type == SourceType::NamedPerson => {
            // "I" outside a quotation is the writer, not the last person named.
            let first_person = source_text.eq_ignore_ascii_case("i");
            let quoted = doc.in_quote(source);
            if !first_person || quoted {
                let want = resolve::gender_of_pronoun(source_text);
                if let Some((name, known)) =
                    people.person_named_before(antecedent_before, source.start, want)
                {
                    resolved = Some(name.to_string());
                    gender = want.or(known);
                }
            }
            if resolved.is_none() {
                source_type = SourceType::UnnamedPerson;
            }
        }
        // "The report said …. It also called on …": the document of the sentence before
        Some(false)
            if source_type == SourceType::Organization && people.document_before(doc, s) =>
        {
            source_type = SourceType::Document;
        }
        // "it said", "the company said": the organisation named last
        Some(false) if source_type == SourceType::Organization => {
            resolved = people
                .organisation_before(source.start, false)
                .map(str::to_string);
        }
        None if source_type == SourceType::Organization
            && resolve::organisation_name(source_text).is_none()
            && !mention.plural
            && doc.word_in(mentions::head(doc, s, e), &lexicon::COMPANY_HEAD) =>
        {
            // "the group said" after "publishing group X" and "newspaper company Y": X
            let kind = doc.word(mentions::head(doc, s, e)).to_lowercase();
            let last = people.organisation_before(source.start, true);
            resolved = people
                .organisation_of_kind(source.start, &kind, last)
                .or(last)
                .map(str::to_string);
        }
        // "the organisation said" after "Amnesty International", "the agency" after
        // "the Energy Agency"
        None if source_type == SourceType::Organization
            && doc.is_word(s, "the")
            && !mention.plural
            && doc.word_in(mentions::head(doc, s, e), &lexicon::BODY_HEAD)
            && resolve::organisation_name(source_text).is_none() =>
        {
            let noun = doc.word(mentions::head(doc, s, e)).to_lowercase();
            resolved = people
                .body_described(source.start, &noun)
                .map(str::to_string);
        }
        // "the prime minister said": the person last named with that title
        None if source_type == SourceType::UnnamedPerson && !mention.plural => {
            let titled = person_by_title(doc, (s, e), people);
            if let Some(name) = titled.or_else(|| person_described(doc, (s, e), people)) {
                resolved = Some(name);
                source_type = SourceType::NamedPerson;
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
    Speaker {
        source_type,
        resolved,
        gender,
    }
}

/// The person a title description at tokens `s..e` stands for ("the prime minister
/// said"): the person last named with that title. "A spokesman …. The spokesman said"
/// names no one; after "Tony Blair has said …. The prime minister said", "the prime
/// minister" is Tony Blair from then on.
pub(crate) fn person_by_title(
    doc: &Doc,
    (s, e): (usize, usize),
    people: &mut People,
) -> Option<String> {
    let at = doc.span(s, e).start;
    let title = resolve::title_description(doc, s, e)?;
    if let Some(name) = people.titled_salient(doc.text, at, &title) {
        return Some(name);
    }
    if let Some(name) = people.qualified_titled_before(at, &title) {
        return Some(name.to_string());
    }
    if doc.word_in(e - 1, &lexicon::ANONYMOUS)
        || resolve::People::title_has_origin(&title)
        || resolve::People::title_has_party(&title)
    {
        return None;
    }
    let name = people.untitled_person_before(at).map(str::to_string)?;
    people.saw_titled(at, &title, &name);
    Some(name)
}

/// The person a descriptor at tokens `s..e` stands for ("the striker", "the
/// 45-year-old"): the person named last before it, of the gender the words tell,
/// unless an unnamed person was a source since.
pub(crate) fn person_described(
    doc: &Doc,
    (s, e): (usize, usize),
    people: &People,
) -> Option<String> {
    if !resolve::person_descriptor(doc, s, e) {
        return None;
    }
    let want = resolve::gender_of((s..e).map(|k| doc.word(k)), "");
    let at = doc.span(s, e).start;
    people
        .person_before(at, want)
        .map(|(name, _)| name.to_string())
}

/// Remember who the source at tokens `s..e` is, so that a later "he", "it"
/// or surname resolves to it: a person by full name and gender, an
/// organisation by name, a group as written without "the" or "some". A
/// person named by part of a name met before resolves to the full name
/// ("Spacey" → "Kevin Spacey").
pub(crate) fn remember_source(
    doc: &Doc,
    (s, e): (usize, usize),
    mention: &Mention,
    speaker: &mut Speaker,
    people: &mut People,
) {
    let source = doc.span(s, e);
    let source_text = source.text(doc.text);
    if mention.pronoun.is_some() {
        // "he" stands for a person; "it" for a body, never a person a later "he" is
        let person = speaker.source_type == SourceType::NamedPerson;
        if let (Some(name), Some(false), true) =
            (speaker.resolved.as_deref(), mention.pronoun, person)
        {
            let name = name.to_string();
            people.saw_person(source.start, &name, speaker.gender);
        }
        return;
    }
    if speaker.source_type == SourceType::Document && !mention.plural {
        people.saw_document(s);
    }
    if speaker.source_type == SourceType::UnnamedPerson
        && !mention.plural
        && speaker.resolved.is_none()
        && mentions::person_head(doc, s, e)
    {
        // "a dealer said": a later "he" is the dealer; "a pitch for the vote, urging
        // …" is no one a later "he" can stand for
        let words = (s..e).map(|k| doc.word(k));
        people.saw_unnamed(source.start, resolve::gender_of(words, ""));
    }
    if let (SourceType::NamedPerson, None, Some(full)) = (
        speaker.source_type,
        mention.name,
        speaker.resolved.as_deref(),
    ) {
        // "the cardinal said" resolved to the cardinal named before: a later "he" is him
        let words = (s..e).map(|k| doc.word(k));
        let gender = resolve::gender_of(words, full).or_else(|| people.gender_known(full));
        let full = full.to_string();
        people.saw_person(source.start, &full, gender);
    } else if let (SourceType::NamedPerson, Some(name)) = (speaker.source_type, mention.name) {
        // "Governor Ana Lopes's pledge": a full name without its possessive ending
        // ("Scott's said" is a firm's name as written)
        let written = name.text(doc.text);
        let bare = mentions::unpossessive(written);
        let named = if bare.contains(' ') { bare } else { written };
        let full = full_name_told(doc, (s, e), named, name.start, people);
        let words = (s..e).map(|k| doc.word(k));
        let gender = resolve::gender_of(words, &full).or_else(|| people.gender_known(&full));
        people.saw_person(source.start, &full, gender);
        if full != source_text {
            speaker.resolved = Some(full);
        }
    } else if let (SourceType::Organization, Some(name), false) = (
        speaker.source_type,
        resolve::organisation_name(source_text),
        mention.plural,
    ) {
        people.saw_organisation(doc, source.start, name);
    } else if let (SourceType::Organization, Some(name), false) = (
        speaker.source_type,
        speaker.resolved.clone(),
        mention.plural,
    ) {
        // "the group said" resolved to a company: "it said" next goes on with that one
        people.saw_organisation(doc, source.start, &name);
    } else if mention.plural {
        let bare = ["the ", "The ", "some ", "Some "]
            .iter()
            .find_map(|d| source_text.strip_prefix(d))
            .unwrap_or(source_text);
        people.saw_group(source.start, bare, speaker.source_type);
    }
}

/// The full name a person mention at `s..e` written as `named` (at byte `at`)
/// resolves to, unless a gendered honorific contradicts it: "Mrs Brown" after
/// "Gordon Brown's wife" names someone else (not for family-name-first names such as
/// "Kim Yungmin", whose first word is no given name).
pub(crate) fn full_name_told(
    doc: &Doc,
    (s, e): (usize, usize),
    named: &str,
    at: usize,
    people: &People,
) -> String {
    // "Sir Digby" after "Sir Digby Jones": the knight's given name, not a surname
    let knight = (s..e).find(|&k| {
        lexicon::titles::BEFORE_GIVEN_NAME.contains(&doc.word(k)) && doc.word(k + 1) == named
    });
    let full = knight
        .and_then(|k| people.full_name_of_given(doc.word(k), named, at))
        .map_or_else(|| people.full_name(named, at), str::to_string);
    let told = resolve::gender_of((s..e).map(|k| doc.word(k)), "");
    let first = full.split_whitespace().next().unwrap_or_default();
    let given = (full.contains(' ') && !lexicon::FAMILY_FIRST.has(first))
        .then(|| lexicon::gender_of_name(first))
        .flatten();
    match (told, given) {
        (Some(a), Some(b)) if a != b => named.to_string(),
        _ => full,
    }
}
