//! Cue forms that are also nouns or adjectives ("notes", "state", "report",
//! "claims", "warning"): a verb only where the syntax makes it one.

use super::cues;
use crate::doc::Doc;
use crate::lexicon;
use crate::tokens::Kind;

/// A cue form that is also a noun or an adjective ("sounded notes of
/// caution", "state media", "the embassy report says") reads as a verb only
/// where the syntax makes it one: after a subject (a pronoun, a name or a
/// person, organisation, media or document noun, not inside a prepositional
/// phrase) that agrees with it, with adverbs, "also" or a weekday between;
/// and not before "of", an auxiliary or another cue. A participle ("…,
/// warning that") follows a clause boundary or opens a "that" clause.
/// "…, notes Smith" is inverted: a name or a determiner must follow.
pub(super) fn reads_as_noun(doc: &Doc, i: usize) -> bool {
    if noun_by_next_word(doc, i) {
        return true;
    }
    let w = doc.word(i);
    // "Swift took to social media and accused Braun of …": a past form after "and" and
    // a clause with a past verb of its own is that clause's second verb
    if past_after_coordinated_clause(doc, i) {
        return false;
    }
    let opens_clause =
        doc.is_word(i + 1, "that") || matches!(doc.kind(i + 1), Some(Kind::Open | Kind::Colon));
    let p = subject_end(doc, i);
    if p == 0 || !doc.free_word(p - 1) {
        return !verb_without_subject(doc, i, opens_clause);
    }
    if cues::is_participle(w) {
        // "with analysts saying the slide would go on": the participle speaks
        return !opens_clause && !after_with(doc, p);
    }
    // "has forecast that", "The bank forecast that": a past form like the base form,
    // before a clause
    let past = opens_clause && PAST_AS_BASE.iter().any(|b| w.eq_ignore_ascii_case(b));
    // "seen as parts of any future Palestinian state": a nationality right before the
    // form makes it a noun, whatever the head before an "of" phrase
    if nationality_before(doc, p - 1) {
        return true;
    }
    // "Critics of the land reform policy claim": the head before the "of" phrase
    noun_after(doc, w, p - 1, past)
        && of_phrase_head(doc, p - 1).is_none_or(|h| noun_after(doc, w, h, past))
}

/// How many words before "and" the clause's own past verb may stand ("took to social
/// media and accused").
const COORDINATED_REACH: usize = 8;

/// The past form at `i` follows "and", and the free words before it (within
/// [`COORDINATED_REACH`]) hold a lower-case past verb: "met fans and accused", "took to
/// social media and accused".
fn past_after_coordinated_clause(doc: &Doc, i: usize) -> bool {
    if i < 2 || !doc.is_word(i - 1, "and") || !doc.word(i).ends_with("ed") {
        return false;
    }
    (i.saturating_sub(COORDINATED_REACH + 1)..i - 1)
        .rev()
        .take_while(|&k| doc.free_word(k))
        .any(|k| {
            !doc.is_cap(k)
                && (doc.is(k, &lexicon::IRREGULAR_PAST) || doc.word(k).ends_with("ed"))
                && cues::cue_kind(doc.word(k)).is_none()
        })
}

/// The word at `k` is a capitalised nationality adjective ("Palestinian", "Kurdish"): a
/// cue form after it is a noun it modifies ("a Palestinian state", "Kurdish claims").
fn nationality_before(doc: &Doc, k: usize) -> bool {
    doc.is_cap(k) && lexicon::NATIONALITY.has(doc.word(k))
}

/// Cue forms whose past tense is written as the base form ("forecast"): before a
/// "that" clause, a quotation or a colon they are read as past forms.
const PAST_AS_BASE: &[&str] = &["forecast"];

/// How many words an "of" phrase between a subject's head and its verb may have
/// ("Critics of the land reform policy claim").
const OF_PHRASE_REACH: usize = 5;

/// The head of a subject whose "of" phrase ends at token `last` ("Critics" of
/// "Critics of the land reform policy"): the word before an "of" that only
/// noun-phrase words follow.
fn of_phrase_head(doc: &Doc, last: usize) -> Option<usize> {
    let mut k = last;
    while k > 0 && last - k < OF_PHRASE_REACH {
        // "A report from the World Bank shows", "Documents obtained by Reuters show": a
        // document's post-modifier (its head capitalised only as the sentence's first word)
        let post_modifier = doc.free_word(k)
            && doc.is(k, &lexicon::DOCUMENT_POST_MODIFIER)
            && doc.is(k - 1, &lexicon::DOCUMENT)
            && (!doc.is_cap(k - 1) || doc.opens_sentence[k - 1]);
        if post_modifier {
            return Some(k - 1);
        }
        if doc.is_word(k, "of") {
            // "Bank of Thailand statistics show": "of" inside a name
            let in_name = doc.is_cap(k - 1) && doc.is_cap(k + 1);
            return (doc.free_word(k - 1) && !doc.is(k - 1, &lexicon::NOT_LAST) && !in_name)
                .then(|| k - 1);
        }
        // "obtained by Reuters": "by" inside the post-modifier goes on to its participle
        let by_after_participle = doc.is_word(k, "by")
            && k > 1
            && doc.is(k - 1, &lexicon::DOCUMENT_POST_MODIFIER)
            && doc.is(k - 2, &lexicon::DOCUMENT);
        let noun_phrase_word = by_after_participle
            || doc.free_word(k)
                && !doc.is(k, &lexicon::PREPOSITION)
                && !doc.is(k, &lexicon::AUXILIARY)
                && !doc.is(k, &lexicon::RELATIVE)
                && cues::cue_kind(doc.word(k)).is_none();
        if !noun_phrase_word {
            return None;
        }
        k -= 1;
    }
    None
}

/// The noun phrase ending before token `p` follows "with" ("with analysts
/// saying", "with the bank warning").
fn after_with(doc: &Doc, p: usize) -> bool {
    // "with most economists saying": a quantifier opens the noun phrase
    let word = |k: usize| doc.np_word(k) || doc.is(k, &lexicon::QUANTIFIER);
    let mut s = p;
    while s > 0 && p - s < 6 && word(s - 1) && !doc.is_word(s - 1, "with") {
        s -= 1;
    }
    s > 0 && s < p && doc.is_word(s - 1, "with")
}

/// "notes of caution", "report will", "state says": the word after the cue
/// form shows it is a noun.
fn noun_by_next_word(doc: &Doc, i: usize) -> bool {
    doc.is_word(i + 1, "of")
        || doc.is(i + 1, &lexicon::AUXILIARY)
        || (doc.free_word(i + 1) && cues::cue_kind(doc.word(i + 1)).is_some())
        // "Media reports describe the deal as …"
        || doc.is(i + 1, &lexicon::AS_JUDGEMENT_CUE)
}

/// Where the subject of the cue form at `i` ends: before the adverbs, "also",
/// weekdays ("on Tuesday") and "today" between subject and verb.
fn subject_end(doc: &Doc, i: usize) -> usize {
    let mut p = i;
    while p > 0 && doc.free_word(p - 1) {
        let v = doc.word(p - 1);
        let weekday = doc.is_cap(p - 1) && doc.is(p - 1, &lexicon::ADJUNCT);
        if weekday && p >= 2 && doc.is_word(p - 2, "on") {
            p -= 2;
        } else if (doc.is(p - 1, &lexicon::BETWEEN) && !doc.is(p - 1, &lexicon::AUXILIARY))
            || v.ends_with("ly")
            || weekday
            || ["today", "yesterday", "tonight"]
                .iter()
                .any(|t| v.eq_ignore_ascii_case(t))
        {
            p -= 1;
        } else {
            break;
        }
    }
    p
}

/// A cue form with no word before it in its clause is a verb when it is a
/// participle ("…, warning that"), or inverted with a name or a determiner
/// after it ("…, notes Smith.", "…, states the report."), or opens a "that"
/// clause, a quotation or a colon.
fn verb_without_subject(doc: &Doc, i: usize, opens_clause: bool) -> bool {
    if cues::is_participle(doc.word(i)) {
        return true;
    }
    let det = ["the", "a", "an", "his", "her", "its", "their"]
        .iter()
        .any(|d| doc.is_word(i + 1, d));
    det || (doc.free_word(i + 1) && doc.is_cap(i + 1)) || opens_clause
}

/// The cue form `w` after the word at `head` is a noun unless that word heads
/// a subject (a pronoun, a name or a person, organisation, media or document
/// noun, or a plural) outside a prepositional phrase that agrees with it;
/// `past_as_base` when `w` is read as a past form written like its base.
fn noun_after(doc: &Doc, w: &str, head: usize, past_as_base: bool) -> bool {
    let h = doc.word(head);
    // "have accused", "He accused": a past form agrees with any subject
    let past = w.ends_with("ed") || w.eq_ignore_ascii_case("thought") || past_as_base;
    if doc.is(head, &lexicon::AUXILIARY) {
        // "will report profits", "has denied claims", "has forecast that"
        return !(w.ends_with("ed") || past_as_base);
    }
    if h.ends_with("’s") || h.ends_with("'s") {
        return true; // "China's state and collective firms", "the committee's report"
    }
    let third_singular = w.ends_with('s');
    if let Some(&(_, plural)) = lexicon::function_words::PRONOUNS
        .iter()
        .find(|(p, _)| h.eq_ignore_ascii_case(p))
    {
        let singular = !plural && !h.eq_ignore_ascii_case("i");
        return !past && third_singular != singular;
    }
    let cap = doc.is_cap(head);
    let lower_plural = !cap && h.ends_with('s') && !h.ends_with("ss") && !h.ends_with("us");
    if !heads_subject(doc, head, lower_plural) {
        return true; // "sounded notes", "told state media", "Gulf states"
    }
    // The subject noun phrase must not follow a preposition ("despite a US
    // government report", "according to Chinese state press reports").
    let mut s = head;
    while s > 0 && doc.np_word(s - 1) {
        s -= 1;
    }
    if doc.is(s, &lexicon::PREPOSITION) || (s > 0 && doc.is(s - 1, &lexicon::PREPOSITION)) {
        return true;
    }
    if past {
        return false;
    }
    let coordinated = (s..head).any(|k| doc.is_word(k, "and"));
    disagrees(h, third_singular, lower_plural || coordinated)
}

/// The word at `head` can head the subject of a cue: a capitalised word that
/// is no nationality or region ("Gulf states", "Chinese state press"), a
/// person, organisation, media or document noun, or a lowercase plural.
fn heads_subject(doc: &Doc, head: usize, lower_plural: bool) -> bool {
    let h = doc.word(head);
    let cap = doc.is_cap(head);
    if cap && (lexicon::NATIONALITY.has(h) || lexicon::REGION.has(h)) {
        return false;
    }
    let person_or_org = lexicon::PERSON_ONE.has(h)
        || lexicon::PERSON_MANY.has(h)
        || lexicon::ORG_HEAD.has(h)
        || lexicon::MEDIA_HEAD.has(h)
        || lexicon::DOCUMENT.has(h);
    cap || person_or_org || lower_plural
}

/// A subject headed by `h` does not agree with the cue form: "reports" wants
/// one ("the committee reports"), "report" many ("officials report", "the
/// media report"). `many` is a lowercase plural or a coordination.
fn disagrees(h: &str, third_singular: bool, many: bool) -> bool {
    let person_many = lexicon::PERSON_MANY.has(h);
    if third_singular {
        person_many || many
    } else {
        let plural = person_many || many || h.ends_with('s');
        !plural && !h.eq_ignore_ascii_case("media")
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{cues_in, frames_in};

    #[test]
    fn forecast_before_a_clause_is_a_past_verb() {
        let verb = |body: &str| frames_in(body).iter().any(|f| f.1 == "forecast");
        assert!(verb("The bank has forecast that exports will fall."));
        assert!(verb("Brightco forecast that exports would fall."));
        assert!(!verb("The forecast that exports would fall was wrong."));
    }

    #[test]
    fn a_past_form_after_a_pronoun_or_an_auxiliary_is_a_verb() {
        let body = "She accused the regulator of ignoring the warnings.";
        assert_eq!(cues_in(body), ["accused"]);
        let body = "Unions have accused the board of hiding the losses.";
        assert_eq!(cues_in(body), ["accused"]);
        let body = "The accused told the court he was innocent.";
        assert!(!cues_in(body).contains(&"accused".to_string()));
    }

    #[test]
    fn a_verb_after_an_of_phrase_agrees_with_the_head_before_it() {
        let body = "Critics of the land reform policy claim the president ignores the law.";
        assert_eq!(cues_in(body), ["claim"]);
        // "of" inside a name: "statistics" is the head
        let body = "Bank of Thailand statistics show reserves rose to $3.95bn.";
        assert_eq!(cues_in(body), ["show"]);
        // a noun after a singular head stays a noun
        let body = "The size of the insurance claim shocked the firm.";
        assert!(cues_in(body).is_empty(), "{:?}", frames_in(body));
    }

    #[test]
    fn notes_after_a_verb_is_a_noun() {
        // Reuters, 2015
        let body = "NATO Secretary-General Jens Stoltenberg on Tuesday sounded notes of caution.";
        assert!(frames_in(body).is_empty(), "{:?}", frames_in(body));
    }

    #[test]
    fn state_in_told_state_media_is_no_cue_and_told_no_source() {
        // Wall Street Journal, 2015
        let body = "Iran’s deputy foreign minister, Hossein Amir-Abdollahian, told state media \
                    on Sunday that during talks in Vienna, Iran “stressed unequivocally that \
                    only Assad himself can decide on his participation.”";
        let all = frames_in(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].0, "Hossein Amir-Abdollahian");
        assert_eq!(all[0].1, "told");
    }

    #[test]
    fn report_before_a_cue_verb_is_its_subject() {
        // Reuters, 1987
        let body = "The embassy report says coffee stocks will rise to 1.3 mln tonnes in \
                    1987/88 from 1.15 mln in 1986/87.";
        let all = frames_in(body);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(
            (all[0].0.as_str(), all[0].1.as_str()),
            ("The embassy report", "says")
        );
    }

    #[test]
    fn state_after_a_preposition_is_an_adjective() {
        // Reuters, 1987
        let body = "The FDIC said it subsidized the merger of Central Bank and Trust Co with \
                    the healthy Peoples Bank and Trust Co, after state regulators notified it \
                    that Central was in danger of failing.";
        assert_eq!(cues_in(body), ["said"]);
    }

    #[test]
    fn claims_after_a_verb_is_a_noun() {
        // BBC, 2005
        let body = "Former WorldCom chief Bernie Ebbers has denied claims that he knew \
                    accountants were doctoring the books at the firm.";
        assert!(
            !cues_in(body).contains(&"claims".to_string()),
            "{:?}",
            frames_in(body)
        );
    }

    #[test]
    fn warning_after_a_noun_is_a_noun() {
        // BBC, 2005
        let body = "In January, Mitsubishi Motors issued its third profits warning in nine \
                    months, and cut its sales forecasts for the year to March 2005.";
        assert!(frames_in(body).is_empty(), "{:?}", frames_in(body));
    }

    #[test]
    fn the_report_as_subject_of_a_base_form_is_a_noun() {
        // Reuters, 1987
        let body = "\"This is certification of incompetence,\" private political analyst \
                    Stephen Hess told Reuters in commenting on the Tower report made public today.";
        assert!(
            !cues_in(body).contains(&"report".to_string()),
            "{:?}",
            frames_in(body)
        );
    }

    #[test]
    fn state_after_a_possessive_is_a_noun() {
        // Reuters, 1987
        let body = "China's state and collective firms do not have enough cash to operate \
                    imported equipment, a Chinese bank official was quoted by the China Daily \
                    as saying.";
        assert!(
            !cues_in(body).contains(&"state".to_string()),
            "{:?}",
            frames_in(body)
        );
    }

    #[test]
    fn a_participle_after_a_comma_opening_that_is_a_verb() {
        // Reuters, 2015
        let body = "Officials expressed hope for a deal, warning that talks could fail.";
        assert_eq!(cues_in(body), ["warning"]);
    }

    #[test]
    fn notes_then_a_name_is_inverted_and_a_verb() {
        let body = "Prices will rise next year, notes Smith.";
        assert_eq!(cues_in(body), ["notes"]);
    }
}

/// "the campaign's alleged links", "highlighting claimed improvements": a past
/// form of [`cues::ADJECTIVE_PASTS`] right after a possessive noun (not a pronoun's
/// contraction: "he's claimed that …") or after a lower-case verb in "-ing" that is
/// no cue is an adjective before a noun.
pub(super) fn adjective_past(doc: &Doc, i: usize) -> bool {
    if i == 0 || !doc.free_word(i - 1) || !cues::ADJECTIVE_PASTS.contains(&doc.word(i)) {
        return false;
    }
    let before = doc.word(i - 1);
    let stem = before
        .trim_end_matches(['s', 'S'])
        .trim_end_matches(['\'', '’']);
    let possessive = crate::mentions::is_possessive(before)
        && !lexicon::function_words::CONTRACTED_SUBJECTS
            .iter()
            .any(|c| stem.eq_ignore_ascii_case(c));
    let gerund =
        cues::is_participle(before) && !doc.is_cap(i - 1) && cues::cue_kind(before).is_none();
    let noun_after = doc.free_word(i + 1) && !doc.is_word(i + 1, "that") && !doc.is_cap(i + 1);
    (possessive || gerund) && noun_after
}
