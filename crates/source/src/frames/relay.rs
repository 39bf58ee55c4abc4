//! The outlet that relays a frame's words: "in an interview with Euronews",
//! "in remarks to al-Ikhbariya television", "told state media".

use crate::doc::{Doc, Mark};
use crate::lexicon;

/// "in an interview with Euronews", "in remarks to al-Ikhbariya television",
/// "on state television": the outlet that relays the words.
pub(super) fn relay(doc: &Doc, s: usize, e: usize) -> Option<(usize, usize)> {
    for k in s..e {
        let w = doc.word(k);
        let via_noun = [
            "interview",
            "interviews",
            "remarks",
            "comments",
            "statement",
            "broadcast",
            "op-ed",
            "column",
            "article",
            "post",
        ]
        .iter()
        .any(|v| w.eq_ignore_ascii_case(v));
        if via_noun
            && (doc.is_word(k + 1, "with")
                || doc.is_word(k + 1, "to")
                || doc.is_word(k + 1, "on")
                || doc.is_word(k + 1, "in"))
        {
            let ns = k + 2;
            let ne = doc.np_forward(ns, e.max(ns));
            if ne > ns {
                return Some((ns, ne));
            }
        }
        // "Writing in the Financial Times, Mr Schroeder said …"
        if w.eq_ignore_ascii_case("writing") && doc.is_word(k + 1, "in") && k + 2 < e {
            let ne = doc.np_forward(k + 2, e);
            if ne > k + 2 && is_media(doc, k + 2, ne) {
                return Some((k + 2, ne));
            }
        }
        if (w.eq_ignore_ascii_case("on") || w.eq_ignore_ascii_case("to")) && k + 1 < e {
            let ne = doc.np_forward(k + 1, e);
            if ne > k + 1 && is_media(doc, k + 1, ne) {
                return Some((k + 1, ne));
            }
        }
    }
    None
}

/// A mention naming a news outlet ("state media", "Euronews").
/// A long mention is looked up in marks found once per document ([`Doc::first_mark`]):
/// read word by word, a run of cues ("quoted X as saying" over and over) would read
/// back to the start of the run at every cue.
pub(super) fn is_media(doc: &Doc, s: usize, e: usize) -> bool {
    // "told Sunday's programme", "told the programme": a broadcast's
    if e > s && doc.is(e - 1, &lexicon::PROGRAMME) {
        return true;
    }
    let media = |k: usize| {
        doc.word_in(k, &lexicon::MEDIA_NAME)
            || doc.word_in(k, &lexicon::MEDIA_MARKER)
            // "the BBC's Breakfast with Frost show": the outlet as owner
            || (crate::mentions::is_possessive(doc.word(k))
                && lexicon::MEDIA_NAME.has(crate::mentions::unpossessive(doc.word(k))))
    };
    // "told USA Today", "told Le Monde": an outlet's name of several words
    if describes_outlet_named_before(doc, s, e)
        || (e > s + 1 && e - s <= 4 && lexicon::MEDIA_NAME.has(doc.span(s, e).text(doc.text)))
    {
        return true;
    }
    if e.saturating_sub(s) <= crate::doc::SHORT_RUN {
        return (s..e).any(media);
    }
    doc.first_mark(Mark::Media, s, media) < e
}

/// "an insider told the outlet", "claimed to the publication": "the", lower-case words
/// and a media noun ([`lexicon::media::DESCRIBING`]) after an outlet was named.
fn describes_outlet_named_before(doc: &Doc, s: usize, e: usize) -> bool {
    e > s + 1
        && e - s <= 4
        && doc.is_word(s, "the")
        && (s + 1..e).all(|k| doc.free_word(k) && !doc.is_cap(k))
        && lexicon::media::DESCRIBING
            .iter()
            .any(|w| doc.word(e - 1).eq_ignore_ascii_case(w))
        && crate::outlets::media_named_before(doc, s, Mark::OutletName).is_some()
}

#[cfg(test)]
mod tests {
    use super::super::testing::{each_frame, words};

    /// The relaying outlet of every frame of `body`.
    fn relays(body: &str) -> Vec<Option<String>> {
        each_frame(body, |doc, f| f.via.map(|via| words(doc, via)))
    }

    #[test]
    fn an_interview_with_an_outlet_relays_the_words() {
        // Euronews, 2015
        let body = "Mr. Assad said in an interview with Euronews that the war would end.";
        assert_eq!(relays(body), [Some("Euronews".to_string())]);
    }

    #[test]
    fn writing_in_an_outlet_relays_the_words() {
        let body = "Writing in the Financial Times, the chancellor said rules should change.";
        assert_eq!(relays(body), [Some("the Financial Times".to_string())]);
    }

    #[test]
    fn state_television_relays_the_words() {
        let body = "The minister said on state television that the border was closed.";
        assert_eq!(relays(body), [Some("state television".to_string())]);
    }

    #[test]
    fn a_place_after_on_is_no_outlet() {
        let body = "The minister said on Monday that the border was closed.";
        assert_eq!(relays(body), [None]);
    }

    #[test]
    fn told_state_media_names_the_outlet() {
        // Wall Street Journal, 2015
        let body = "Iran’s deputy foreign minister, Hossein Amir-Abdollahian, told state media \
                    on Sunday that Iran would stay in the talks.";
        assert_eq!(relays(body), [Some("state media".to_string())]);
    }
}

/// How many words a "via" phrase may have ("via Brian Batko of the Pittsburgh
/// Post-Gazette").
const VIA_WORDS: usize = 10;

/// "Richardson, via USA Today, said …", "“…,” Heyward said, via Brian Batko of the
/// Pittsburgh Post-Gazette.": "via" set off by a comma right before the cue at `i` or
/// right after it names the outlet that relays the words, a capitalised name; after a
/// reporter's name ("NAME of OUTLET"), the outlet after "of".
pub(super) fn via_phrase(doc: &Doc, i: usize, hi: usize) -> Option<(usize, usize)> {
    use crate::tokens::Kind;
    let comma = |k: usize| doc.kind(k) == Some(Kind::Comma);
    let after = (comma(i + 1) && doc.is_word(i + 2, "via")).then_some(i + 2);
    // ", via USA Today, said": "via" in the words right before the cue, closed by a comma
    let before = || {
        if i == 0 || !comma(i - 1) {
            return None;
        }
        (i.saturating_sub(VIA_WORDS + 2)..i - 1)
            .rev()
            .take_while(|&k| doc.free_word(k))
            .find(|&k| doc.is_word(k, "via") && k > 0 && comma(k - 1))
    };
    let v = after.or_else(before)?;
    let first = if doc.is_word(v + 1, "the") {
        v + 2
    } else {
        v + 1
    };
    // the name: capitalised words, with "of" and "the" inside ("Voice of America")
    let name_word = |k: usize| {
        doc.free_word(k)
            && (doc.is_cap(k)
                || ((doc.is_word(k, "of") || doc.is_word(k, "the")) && doc.is_cap(k + 1))
                || (doc.is_word(k, "of") && doc.is_word(k + 1, "the") && doc.is_cap(k + 2)))
    };
    let end = (first..hi.min(first + VIA_WORDS))
        .take_while(|&k| name_word(k))
        .last()?
        + 1;
    // it ends the phrase: a comma, the end of the sentence, a quotation or a preposition
    // after it
    // ("…, via the Post-Gazette on Tuesday night": a lower-case preposition ends it too)
    let closed = end >= hi
        || matches!(doc.kind(end), Some(Kind::Comma | Kind::Stop | Kind::Open))
        || (doc.is(end, &lexicon::PREPOSITION) && !doc.is_cap(end));
    if !closed || !doc.is_cap(first) {
        return None;
    }
    // "Brian Batko of the Pittsburgh Post-Gazette": a reporter named by a given name,
    // then the outlet after "of"
    let of = (first..end).find(|&k| doc.is_word(k, "of"));
    let start = match of {
        Some(k) if lexicon::is_given_name(doc.word(first)) => {
            if doc.is_word(k + 1, "the") {
                k + 2
            } else {
                k + 1
            }
        }
        _ => first,
    };
    // "smuggled into Syria, via Turkey,": a place is a route, no outlet
    let place = lexicon::PLACE.has(doc.span(start, end).text(doc.text));
    (start < end && doc.is_cap(start) && !place).then_some((start, end))
}
