//! The named people and organisations that are sentence subjects, recorded for
//! the pronouns and descriptions that follow them ("Yukos filed …", "Harlow cut
//! jobs" after "Harlow Freight Corp").

use super::*;

/// The body a group of people belongs to, when the group is named by it:
/// "Rosneft officials", "Yukos lawyers" (one capitalised word before a
/// plural person noun that no list names as a place, nationality, body kind
/// or given name). "U.S. officials" and "Kremlin aides" name no company.
fn body_of_people(m: &crate::mentions::Mention) -> Option<&str> {
    if m.source_type != SourceType::UnnamedPerson || !m.plural || m.pronoun.is_some() {
        return None;
    }
    let body = m.affiliation.as_deref()?;
    let one_word = !body.contains(char::is_whitespace)
        && body.chars().next().is_some_and(char::is_uppercase)
        && body.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    (one_word
        && unlisted_word(body)
        && !lexicon::REGION.has(body)
        && !lexicon::is_given_name(body)
        && !lexicon::ORG_NAME.has(body))
    .then_some(body)
}

/// The `bodies` (offset, name) whose name the article also writes
/// capitalised where no sentence opens: a name, not a word capitalised only
/// by its place ("Migrant workers said"). One pass over the tokens, made
/// only when there is a body to check.
fn written_mid_sentence(doc: &Doc, bodies: Vec<(usize, String)>) -> Vec<(usize, String)> {
    if bodies.is_empty() {
        return bodies;
    }
    let wanted: HashSet<&str> = bodies.iter().map(|(_, b)| b.as_str()).collect();
    let mut seen: HashSet<&str> = HashSet::new();
    for t in 0..doc.toks.len() {
        if doc.is_cap(t) && !doc.opens_sentence[t] && doc.free_word(t) {
            if let Some(&b) = wanted.get(unpossessive(doc.word(t))) {
                seen.insert(b);
            }
        }
    }
    let seen: HashSet<String> = seen.into_iter().map(str::to_string).collect();
    bodies
        .into_iter()
        .filter(|(_, b)| seen.contains(b.as_str()))
        .collect()
}

/// Words before a name in a subject that are no noun for what a person does.
const NOT_A_ROLE: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "nor", "both", "either",
];

/// "North Devon landowner Giles Bradshaw was told …": a name of two or three words
/// at tokens `k..e` of a subject opening at `s`, after a common noun for what the person
/// does that no list holds, is a person's, whose given name no list may know. A
/// company noun ("the carrier Air Lingus") or a body's word names a body.
fn role_named(doc: &Doc, s: usize, k: usize, e: usize) -> bool {
    if k <= s {
        return false;
    }
    let role = k - 1;
    let common_noun = doc.free_word(role)
        && (!doc.is_cap(role) || doc.opens_sentence[role])
        && doc.word(role).chars().all(char::is_alphabetic)
        && !(doc.is(role, &lexicon::COMPANY_HEAD)
            || doc.is(role, &lexicon::ORG_HEAD)
            || doc.is(role, &lexicon::DOCUMENT)
            || doc.is(role, &lexicon::PREPOSITION)
            || doc.is(role, &lexicon::NOT_LAST)
            || doc.is(role, &lexicon::OPENER)
            || NOT_A_ROLE.contains(&doc.word(role).to_lowercase().as_str()));
    common_noun
        && (k + 2..=k + 3).contains(&e)
        && (k..e).all(|w| doc.is_cap(w) && super::names::plain_name_word(doc, w))
}

/// "North Devon landowner Giles Bradshaw was told …": a subject read up to a
/// common noun (its end `e`) that a name of two or three capitalised words follows,
/// within the sentence ending at `hi`, runs over the noun and the name (the
/// end it then has) when the noun is one for a person and an auxiliary, a form
/// of be or a cue follows the name; otherwise `e` ("Simon Hughes criticised Mr
/// Howard.": a verb, and an object).
fn over_role_and_name(doc: &Doc, e: usize, hi: usize) -> usize {
    if e + 1 >= hi {
        return e;
    }
    let name_end = name_run(doc, e + 1, hi.min(e + 5));
    let w = doc.word(e).to_lowercase();
    // "landowner", "spokeswoman": a noun for a person, not a verb ("criticised")
    let person_noun = lexicon::PERSON_ONE.has(&w)
        || lexicon::DESCRIPTOR.has(&w)
        || lexicon::people::PERSON_ENDINGS
            .iter()
            .any(|end| w.ends_with(end));
    // "… Giles Bradshaw was put …", "… Giles Bradshaw said": the name is the subject
    let verb_after = name_end < hi
        && doc.free_word(name_end)
        && (doc.is(name_end, &lexicon::AUXILIARY)
            || doc.is(name_end, &lexicon::BE)
            || lexicon::cues::cue_kind(doc.word(name_end)).is_some());
    let is_role =
        !doc.is_cap(e) && person_noun && verb_after && role_named(doc, e, e + 1, name_end);
    if is_role {
        name_end
    } else {
        e
    }
}

/// "The report was welcomed by shadow pensions secretary David Willetts.": the
/// agent of a passive whose subject `s..e` ends at `e`, within the sentence ending
/// at `hi` (a form of be, a participle, "by", then words up to a comma, a relative
/// pronoun or the end of the sentence, eight at most).
fn passive_agent(doc: &Doc, e: usize, hi: usize) -> Option<(usize, usize)> {
    // no "by" within reach: no agent (the cheap test first)
    if !(e + 2..hi.min(e + 5)).any(|t| doc.is_word(t, "by")) {
        return None;
    }
    let mut j = e;
    let mut be = false;
    while j < hi && doc.is_aux_or_be(j) {
        be |= doc.is(j, &lexicon::BE);
        j += 1;
    }
    // "was warmly welcomed by"
    if j < hi && doc.free_word(j) && !doc.is_cap(j) && doc.word(j).ends_with("ly") {
        j += 1;
    }
    let participle = j + 1 < hi && doc.free_word(j) && !doc.is_cap(j) && doc.is_word(j + 1, "by");
    if !be || !participle {
        return None;
    }
    let k = j + 2;
    let end = (k..hi.min(k + 8))
        .find(|&t| !doc.free_word(t) || doc.is(t, &lexicon::RELATIVE))
        .unwrap_or(hi.min(k + 8));
    (end > k && doc.is_cap(end - 1)).then_some((k, end))
}

/// "Man Shot at Dallas Gas Station Dies at Hospital": a sentence `lo..hi` of three
/// words or more with no closing stop, every word of four letters or more
/// capitalised, is a headline a web page carries (a link to another story), whose
/// subject is no one the story goes on about.
fn headline(doc: &Doc, lo: usize, hi: usize) -> bool {
    let words = || (lo..hi).filter(|&k| doc.kind(k) == Some(crate::tokens::Kind::Word));
    hi > lo
        && doc.kind(hi - 1) != Some(crate::tokens::Kind::Stop)
        && words().count() >= 3
        && words().all(|k| doc.word(k).chars().count() < 4 || doc.is_cap(k))
}

/// How many lower-case words may stand between "the" and the comma of an apposed
/// name ("The veteran lock, …").
const DESCRIPTION_REACH: usize = 3;

/// "The suspect, Michael Webb, was convicted …", "The group, Acme Workers United,
/// wrote …": a sentence `lo..hi` that opens with "the", up to
/// [`DESCRIPTION_REACH`] lower-case words and a comma, then a run of two or three
/// capitalised words and a comma, names what the description stands for: the end
/// of the description and the tokens of the name.
fn apposed_name(doc: &Doc, lo: usize, hi: usize) -> Option<(usize, (usize, usize))> {
    if !doc.is_word(lo, "the") {
        return None;
    }
    let lower = |k: usize| doc.free_word(k) && !doc.is_cap(k);
    let e = (lo + 1..hi.min(lo + 2 + DESCRIPTION_REACH)).find(|&k| !lower(k))?;
    if e < lo + 2 || doc.kind(e) != Some(crate::tokens::Kind::Comma) {
        return None;
    }
    let k = e + 1;
    crate::mentions::name_between_commas(doc, k, hi).map(|end| (e, (k, end)))
}

impl People {
    /// Record the named people and organisations that are sentence subjects.
    pub(super) fn subjects(&mut self, doc: &Doc) {
        let mut persons = Vec::new();
        let mut organisations = Vec::new();
        let mut attributed = Vec::new();
        let mut bodies = Vec::new();
        let mut named = Vec::new();
        for &(p0, p1) in &doc.para_toks {
            let mut k = p0;
            while k < p1 {
                let (lo, hi) = doc.sentence_range(k);
                if let Some((e, name)) = apposed_name(doc, lo, hi) {
                    let m = classify(doc, lo, e);
                    self.apposed(doc, &m, name, &mut persons, &mut organisations);
                }
                if let Some((s, e)) = subject(doc, lo, hi).filter(|_| !headline(doc, lo, hi)) {
                    let e = over_role_and_name(doc, e, hi);
                    let mut m = classify(doc, s, e);
                    let at = doc.toks[s].span.start;
                    // "Yukos filed for bankruptcy" after "oil giant Yukos": the company
                    if self.company_named_alone(doc, &m, (s, e)) {
                        m.source_type = SourceType::Organization;
                        m.name = None;
                    }
                    // "Harlow cut jobs" after "Harlow Freight Corp": the body named in full
                    let short = self
                        .body_short_form(doc, &m, doc.span(s, e))
                        .map(str::to_string);
                    if let Some(entry) = self.subject_body(doc, &m, (s, e), short.as_deref()) {
                        if self.contents.holds(entry.0) {
                            attributed.push(entry);
                        } else {
                            organisations.push(entry);
                        }
                    }
                    if short.is_some() {
                        m.source_type = SourceType::Organization;
                        m.name = None;
                    }
                    // "Rosneft officials were unavailable. But the company said …"
                    if let Some(body) = body_of_people(&m) {
                        bodies.push((at, body.to_string()));
                    }
                    if let (SourceType::NamedPerson, Some(name)) = (m.source_type, m.name) {
                        if let Some((full, gender)) = self.named_subject(doc, s, e, name) {
                            // "cap holder Gareth Llewellyn will retire": "Llewellyn" later
                            if full.contains(' ') && !self.known(&full) {
                                named.push((name.start, full.clone()));
                            }
                            persons.push((at, full, gender));
                        }
                    } else if let Some(agent) = self.agent_named(doc, e, hi) {
                        // "The report was welcomed by … David Willetts": he acts
                        persons.push(agent);
                    }
                    // "The cardinal will ask …": the person last named with the title
                    if m.source_type == SourceType::UnnamedPerson && !m.plural {
                        if let Some(title) = title_description(doc, s, e) {
                            if let Some(name) = self.titled_salient(doc.text, at, &title) {
                                let gender = gender_of([title.as_str()], &name);
                                persons.push((at, name, gender));
                            }
                        }
                    }
                }
                k = hi.max(k + 1);
            }
        }
        organisations.extend(
            written_mid_sentence(doc, bodies)
                .into_iter()
                .map(|(at, body)| (at, body, false)),
        );
        for (at, full) in named {
            self.full.add(at, &full);
        }
        // In the order of a list sorted whole, as sources are then inserted into.
        persons.sort();
        organisations.sort();
        for (at, full, gender) in persons {
            self.persons.add(at, &full, gender);
        }
        attributed.sort();
        for (at, name, place) in attributed {
            self.attributed.add(at, &name, place);
        }
        for (at, name, place) in organisations {
            self.organisations.add(at, &name, place);
        }
    }

    /// What a subject `m` described by "the" and a noun stands for when a name is
    /// apposed to it (tokens `k..end`, [`apposed_name`]): a person's full name after
    /// a noun for one person ("the suspect"), a body's name after a body noun ("the
    /// group"), recorded with the subject.
    fn apposed(
        &mut self,
        doc: &Doc,
        m: &crate::mentions::Mention,
        (k, end): (usize, usize),
        persons: &mut Vec<(usize, String, Option<Gender>)>,
        organisations: &mut Vec<(usize, String, bool)>,
    ) {
        let name = doc.span(k, end).text(doc.text);
        let at = doc.toks[k].span.start;
        let plain = (k..end).all(|w| super::names::plain_name_word(doc, w));
        match m.source_type {
            SourceType::UnnamedPerson if !m.plural && m.pronoun.is_none() && plain => {
                let gender = gender_of((k..end).map(|w| doc.word(w)), name);
                if !self.known(name) {
                    self.full.add(at, name);
                }
                persons.push((at, name.to_string(), gender));
            }
            SourceType::Organization if !m.plural && m.pronoun.is_none() && m.name.is_none() => {
                organisations.push((at, name.to_string(), false));
            }
            _ => {}
        }
    }

    /// The named person who is the agent of a passive ([`passive_agent`]) after a
    /// subject ending at `e` that names no person: the offset of the agent, the full
    /// name and its gender.
    fn agent_named(
        &self,
        doc: &Doc,
        e: usize,
        hi: usize,
    ) -> Option<(usize, String, Option<Gender>)> {
        let (k, end) = passive_agent(doc, e, hi)?;
        let m = classify(doc, k, end);
        let (SourceType::NamedPerson, Some(name), None) = (m.source_type, m.name, m.pronoun) else {
            return None;
        };
        let (full, gender) = self.named_subject(doc, k, end, name)?;
        Some((doc.toks[k].span.start, full, gender))
    }

    /// The organisation the subject `m` at tokens `s..e` names, as recorded for
    /// "it" and "the company" (its name, and whether it is a place's or a
    /// government's): `short` is the body it is the short form of.
    fn subject_body(
        &self,
        doc: &Doc,
        m: &crate::mentions::Mention,
        (s, e): (usize, usize),
        short: Option<&str>,
    ) -> Option<(usize, String, bool)> {
        let at = doc.toks[s].span.start;
        if let Some(full) = short {
            return Some((at, full.to_string(), false));
        }
        if m.source_type != SourceType::Organization || m.pronoun.is_some() {
            return None;
        }
        let name = organisation_name(doc.span(s, e).text(doc.text))?;
        let name = self.acronyms.expand(doc, name, at).unwrap_or(name);
        Some((at, name.to_string(), is_place_or_government(name)))
    }

    /// The full name and gender of the named subject `name` at tokens `s..e`, when a
    /// title, honorific or person noun stands right before it ("Mr Baume",
    /// "spokeswoman Jill Sutherland", not "BT and DEC's") or a full name has its surname.
    fn named_subject(
        &self,
        doc: &Doc,
        s: usize,
        e: usize,
        name: claimkit_core::Span,
    ) -> Option<(String, Option<Gender>)> {
        let first = (s..e).find(|&k| doc.toks[k].span.start == name.start);
        let titled = first.is_some_and(|k| {
            k > s && {
                let w = doc.word(k - 1);
                lexicon::TITLE.has(w) || lexicon::HONORIFIC.has(w) || lexicon::PERSON_ONE.has(w)
            }
        });
        let text = name.text(doc.text);
        // "Mr Brown's trip": the person is "Mr Brown"
        let text = text
            .strip_suffix("’s")
            .or_else(|| text.strip_suffix("'s"))
            .unwrap_or(text);
        let one_letter = text.chars().filter(|c| c.is_alphabetic()).count() < 2;
        let name_end = (s..e)
            .rfind(|&k| doc.toks[k].span.end <= name.end)
            .map_or(s, |k| k + 1);
        // "Andrew does not remember …": a given name alone names a person too
        let given_alone = || {
            !text.contains(char::is_whitespace)
                && lexicon::is_given_name(text)
                && unlisted_word(text)
        };
        if one_letter
            || !(titled
                || self.known(text)
                || first.is_some_and(|k| role_named(doc, s, k, name_end))
                || given_alone())
        {
            return None;
        }
        let full = self.full_name(text, name.start);
        let words = (s..e).map(|k| doc.word(k));
        // "Gloria temporarily improved": a given name known alone tells its gender
        let alone = || !full.contains(' ') && given_alone();
        let gender = gender_of(words, &full)
            .or_else(|| alone().then(|| lexicon::gender_of_name(&full)).flatten());
        Some((full, gender))
    }

    /// A one-word name subject that the article writes after a company noun
    /// elsewhere ("Russian oil giant Yukos …. Yukos filed for bankruptcy").
    fn company_named_alone(
        &self,
        doc: &Doc,
        m: &crate::mentions::Mention,
        (s, e): (usize, usize),
    ) -> bool {
        let (SourceType::NamedPerson, None, Some(name)) = (m.source_type, m.pronoun, m.name) else {
            return false;
        };
        e == s + 1
            && name == doc.span(s, e)
            && self.kind_named.contains_key(unpossessive(doc.word(s)))
    }

    /// A person whose surname is the last word of `text` is named in full before byte
    /// `at` ("Anna Harlow, its founder, said …" before "Harlow said").
    pub fn person_with_surname(&self, text: &str, at: usize) -> bool {
        self.full.first_at(surname(text)).is_some_and(|p| p < at)
    }

    /// The body named in full before it that a mention read as a person's name
    /// (`m`, written as `named`) is the short form of ("Harlow" after "Harlow
    /// Freight Corp"), unless a person with that surname was named before the body,
    /// or since it and the article never writes the name as a body's.
    pub fn body_short_form(
        &self,
        doc: &Doc,
        m: &crate::mentions::Mention,
        named: claimkit_core::Span,
    ) -> Option<&str> {
        if m.source_type != SourceType::NamedPerson || m.pronoun.is_some() {
            return None;
        }
        let text = named.text(doc.text);
        let (body_at, full) = self.short_forms.body_of(text, named.start)?;
        // "board chairman John Tower": a given name or title right before is a person's
        let k = doc.toks.partition_point(|t| t.span.start < named.start);
        let w = |k: usize| doc.word(k);
        let named_person = k > 0
            && doc.free_word(k - 1)
            && ((doc.is_cap(k - 1) && lexicon::is_given_name(w(k - 1)))
                || lexicon::TITLE.has(w(k - 1))
                || lexicon::HONORIFIC.has(w(k - 1)));
        // "IEL said" after "Industrial Equity Ltd (IEL)": the acronym's own name
        if named_person || self.acronyms.expand(doc, text, named.start).is_some() {
            return None;
        }
        // a person with the surname named before the body is that person; one named
        // since, unless the article writes the name as a body's ("Emery said its …")
        let person_at = self
            .full
            .first_at(surname(text))
            .filter(|&p| p < named.start);
        let body = match person_at {
            None => true,
            Some(p) => p > body_at && self.org_words.contains(unpossessive(text)),
        };
        body.then_some(full)
    }
}

#[cfg(test)]
mod tests {
    use crate::lexicon::Gender;

    #[test]
    fn a_named_subject_is_a_person_a_pronoun_can_stand_for() {
        let body = "Dr Anna Keller opened the clinic on Monday. The hospital was full.";
        super::super::read_people(body, |doc, people| {
            let end = doc.text.len();
            assert_eq!(
                people.person_before(end, Some(Gender::Woman)),
                Some(("Anna Keller", Some(Gender::Woman)))
            );
        });
    }
}
