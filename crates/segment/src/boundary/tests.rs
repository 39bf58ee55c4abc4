//! Unit tests of `boundary.rs`.

use super::*;

/// The sentences of one paragraph.
fn split(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    segment_paragraph(text, &mut |start, end, _| out.push(&text[start..end]));
    out
}

/// The truncation flags of one paragraph's sentences.
fn truncated(text: &str) -> Vec<bool> {
    let mut out = Vec::new();
    segment_paragraph(text, &mut |_, _, t| out.push(t));
    out
}

#[test]
fn punctuation_alone_is_no_sentence_and_is_read_once() {
    assert_eq!(
        split("! ! ! It rained. Then it stopped."),
        ["! ! ! It rained.", "Then it stopped."]
    );
    // 60,000 stops before the first word: asked at every stop, the question whether
    // the sentence has a word yet is answered from what was read, not by reading the
    // whole run again (which takes minutes in a debug build).
    let dots = "...... ".repeat(60_000);
    assert_eq!(split(&dots).len(), 1);
    let text = format!("{dots}Then it rained. And stopped.");
    assert_eq!(split(&text).len(), 2);
}

#[test]
fn full_stop_after_a_long_lower_case_word_ends_a_sentence_before_lower_case() {
    // Reuters-21578: a sentence typed without its capital
    let text = "The cuts affect duplicate facilities and staff. for the year 1986, costs rose.";
    assert_eq!(
        split(text),
        [
            "The cuts affect duplicate facilities and staff.",
            "for the year 1986, costs rose."
        ]
    );
    // lower-case abbreviations are short: "The med. staff", "a min. of"
    assert_eq!(split("The med. staff agreed.").len(), 1);
    assert_eq!(split("It takes a min. of ten days.").len(), 1);
}

#[test]
fn stray_dots_after_a_full_stop_are_no_spaced_ellipsis() {
    let text = "Sentence. .. Next sentence.";
    assert_eq!(split(text), ["Sentence.", ".. Next sentence."]);
    // a real spaced ellipsis after a full stop still opens the next sentence
    assert_eq!(split("compounds. . . . The practice stayed.").len(), 2);
}

#[test]
fn full_stop_ends_a_sentence_before_a_capitalised_word() {
    let text = "Moscow gave notice of its strikes. U.S. officials said so.";
    assert_eq!(
        split(text),
        [
            "Moscow gave notice of its strikes.",
            "U.S. officials said so."
        ]
    );
}

#[test]
fn titles_never_end_a_sentence() {
    let text = "Mr. Hollande telephoned Gen. Dunford and Sen. John McCain Tuesday.";
    assert_eq!(split(text), [text]);
}

#[test]
fn month_before_a_day_does_not_end_a_sentence() {
    let text = "The Russian bombing campaign started Sept. 30. U.S. officials said so.";
    assert_eq!(
        split(text),
        [
            "The Russian bombing campaign started Sept. 30.",
            "U.S. officials said so."
        ]
    );
}

#[test]
fn initialism_ends_a_sentence_only_before_a_sentence_opener() {
    let text = "Moscow imposed sanctions on the U.S. The next day the U.S. Treasury replied.";
    assert_eq!(
        split(text),
        [
            "Moscow imposed sanctions on the U.S.",
            "The next day the U.S. Treasury replied."
        ]
    );
}

#[test]
fn attributive_initialism_before_a_title_goes_on() {
    let text = "The plan was backed by U.S. Sen. John McCain on Tuesday.";
    assert_eq!(split(text), [text]);
}

#[test]
fn time_of_day_ends_a_sentence_before_a_new_subject() {
    let text = "He left the bank at 6 P.M. Mr. Smith then went to the store.";
    assert_eq!(
        split(text),
        [
            "He left the bank at 6 P.M.",
            "Mr. Smith then went to the store."
        ]
    );
}

#[test]
fn time_of_day_in_a_fronted_adverbial_does_not_end_a_sentence() {
    let text = "At 5 a.m. Mr. Smith went to the bank.";
    assert_eq!(split(text), [text]);
}

#[test]
fn time_of_day_goes_on_before_weekday_and_time_zone() {
    let text = "Updated Nov. 17, 2015 11:27 p.m. ET and at 6 p.m. Tuesday the talks ended.";
    assert_eq!(split(text), [text]);
}

#[test]
fn company_suffix_ends_a_sentence_before_a_pronoun() {
    let text = "They closed the deal with Pitt, Briggs & Co. It closed yesterday.";
    assert_eq!(
        split(text),
        [
            "They closed the deal with Pitt, Briggs & Co.",
            "It closed yesterday."
        ]
    );
}

#[test]
fn company_suffix_never_opens_a_sentence() {
    let text = "She works at Yahoo! Inc. in the accounting department.";
    assert_eq!(split(text), [text]);
}

#[test]
fn initials_of_a_name_do_not_end_a_sentence() {
    let text = "J. R. R. Tolkien and Albert I. Jones met Jonas E. Smith.";
    assert_eq!(split(text), [text]);
    // "P" is no page prefix ("p. 55") as a middle initial
    let text = "U.S. Attorney James P. Kennedy Jr. said Mary P. Smith had left.";
    assert_eq!(split(text), [text]);
}

#[test]
fn newswire_units_end_sentences() {
    let text = "Net profit rose to 5.93 mln dlrs. Sales rose 12 pct. Analysts were surprised.";
    assert_eq!(
        split(text),
        [
            "Net profit rose to 5.93 mln dlrs.",
            "Sales rose 12 pct.",
            "Analysts were surprised."
        ]
    );
}

#[test]
fn decimals_money_and_versions_do_not_end_sentences() {
    let text = "It paid $1.5 billion for version 2.0.1 of the system. It said so.";
    assert_eq!(
        split(text),
        [
            "It paid $1.5 billion for version 2.0.1 of the system.",
            "It said so."
        ]
    );
    // the channel E!: its news show goes on, a vitamin at the end of a sentence ends it
    let text = "The couple split, according to a report by E! News. Take vitamin E! It helps.";
    assert_eq!(
        split(text),
        [
            "The couple split, according to a report by E! News.",
            "Take vitamin E!",
            "It helps."
        ]
    );
}

#[test]
fn number_prefix_before_a_number_does_not_end_a_sentence() {
    let text = "He is ranked No. 5 in the world. Officials agreed.";
    assert_eq!(
        split(text),
        ["He is ranked No. 5 in the world.", "Officials agreed."]
    );
}

#[test]
fn closing_quote_belongs_to_the_sentence_it_ends() {
    let text = "“The effort should be about fighting ISIL.” He said so.";
    assert_eq!(
        split(text),
        ["“The effort should be about fighting ISIL.”", "He said so."]
    );
}

#[test]
fn attribution_after_a_quoted_question_continues_the_sentence() {
    let text = "“Who will pay?” she asked. “Nobody!” he said.";
    assert_eq!(
        split(text),
        ["“Who will pay?” she asked.", "“Nobody!” he said."]
    );
}

#[test]
fn comma_inside_a_quote_does_not_end_a_sentence() {
    let text = "“That is something that we very much want to see,” Mr. Obama said.";
    assert_eq!(split(text), [text]);
}

#[test]
fn em_dash_colon_and_semicolon_do_not_end_sentences() {
    let text = "Russia struck Tuesday—the first time: a signal; officials agreed.";
    assert_eq!(split(text), [text]);
}

#[test]
fn three_dot_ellipsis_is_an_omission_four_dots_end_a_sentence() {
    let text = "The talks . . . may fail. He never meant that.... She left.";
    assert_eq!(
        split(text),
        [
            "The talks . . . may fail.",
            "He never meant that....",
            "She left."
        ]
    );
}

#[test]
fn inline_numbered_list_items_are_sentences() {
    let text = "1) Russia joins the coalition 2) France strikes Raqqa";
    assert_eq!(
        split(text),
        ["1) Russia joins the coalition", "2) France strikes Raqqa"]
    );
    assert_eq!(truncated(text), [false, false]);
}

#[test]
fn bullets_and_list_lines_start_sentences() {
    let text = "The allies agreed on three points:\n- airstrikes on Raqqa\n• talks in Vienna";
    assert_eq!(
        split(text),
        [
            "The allies agreed on three points:",
            "- airstrikes on Raqqa",
            "• talks in Vienna"
        ]
    );
}

#[test]
fn kept_line_break_ends_a_sentence() {
    // The reader keeps a line break only where the writer ended the line.
    assert_eq!(
        split("Putter King Scavenger Hunt Trophy\nThe team will judge it."),
        [
            "Putter King Scavenger Hunt Trophy",
            "The team will judge it."
        ]
    );
}

#[test]
fn inline_lettered_enumeration_splits_before_each_marker() {
    assert_eq!(
        split("His name is Mark E. Smith. a. here it is b. another c. one more"),
        [
            "His name is Mark E. Smith.",
            "a. here it is",
            "b. another",
            "c. one more"
        ]
    );
    // A restarted list starts a new item at its first marker.
    assert_eq!(
        split("1.) The first item 2.) The second item 1.) The first item. 2.) The second item."),
        [
            "1.) The first item",
            "2.) The second item",
            "1.) The first item.",
            "2.) The second item."
        ]
    );
    let text = "It was John A. Smith. She got a grade a. on the test.";
    assert_eq!(
        split(text),
        ["It was John A. Smith.", "She got a grade a. on the test."]
    );
}

#[test]
fn speech_broken_off_by_a_dash_ends_with_its_quotation() {
    assert_eq!(
        split("He said, \"We were going to--\" The blast cut him off."),
        ["He said, \"We were going to--\"", "The blast cut him off."]
    );
    assert_eq!(
        split("“I want—” She stopped."),
        ["“I want—”", "She stopped."]
    );
    // An attribution after the quotation stays in the sentence.
    let text = "\"We were going to--\" he began.";
    assert_eq!(split(text), [text]);
}

#[test]
fn danda_and_arabic_question_mark_end_sentences() {
    // Hindi news: "India won the match. The captain praised the team."
    let text = "भारत ने मैच जीत लिया। कप्तान ने टीम की तारीफ की।";
    assert_eq!(
        split(text),
        ["भारत ने मैच जीत लिया।", "कप्तान ने टीम की तारीफ की।"]
    );
    assert_eq!(truncated(text), [false, false]);
    // the double danda closes a verse or a passage
    assert_eq!(split("सत्यमेव जयते॥ यह भारत का आदर्श वाक्य है।").len(), 2);
    // Arabic news: "Will prices fall? The minister said they will."
    let text = "هل ستنخفض الأسعار؟ قال الوزير إنها ستنخفض.";
    assert_eq!(
        split(text),
        ["هل ستنخفض الأسعار؟", "قال الوزير إنها ستنخفض."]
    );
    assert_eq!(truncated("هل ستنخفض الأسعار؟"), [false]);
}

#[test]
fn full_stop_before_an_invisible_bidi_mark_is_no_truncation() {
    // A right-to-left mark after the last full stop, as Arabic and Hebrew news copies
    // carry: the paragraph ends a sentence.
    assert_eq!(truncated("The talks ended in Cairo.\u{200F}"), [false]);
    assert_eq!(truncated("انتهت المحادثات في القاهرة.\u{200F}"), [false]);
    assert_eq!(truncated("He said “yes.”\u{2069}"), [false]);
    // a mark alone does not end a sentence
    assert_eq!(truncated("The talks ended in Cairo\u{200E}"), [true]);
}

#[test]
fn invisible_marks_after_a_full_stop_are_read_past_like_closing_quotes() {
    for mark in ['\u{200E}', '\u{200F}', '\u{200B}', '\u{2060}', '\u{FEFF}'] {
        let text = format!("He left.{mark} She stayed.");
        let first = format!("He left.{mark}");
        assert_eq!(split(&text), [first.as_str(), "She stayed."], "{mark:?}");
    }
    // Arabic news copy: "The talks ended. The minister left."
    let text = "انتهت المحادثات.\u{200F} وغادر الوزير.";
    assert_eq!(split(text).len(), 2);
    // after a closing quote, and before one
    assert_eq!(split("He said “no.”\u{200F} She left.").len(), 2);
    assert_eq!(split("He said “no.\u{200F}” She left.").len(), 2);
    // an abbreviation still holds the sentence together
    assert_eq!(split("It was Mr.\u{200F} Smith.").len(), 1);
}

#[test]
fn paragraph_ending_mid_sentence_is_truncated() {
    let text = "Mr. Putin won. Starting in September, Mr. Putin has played an aggressive hand";
    assert_eq!(truncated(text), [false, true]);
    assert_eq!(truncated("“So far.”"), [false]);
    // a full-width stop ends a sentence too, also the paragraph's last
    assert_eq!(
        truncated("政府は12日、発表した。株価は上がった。"),
        [false, false]
    );
    assert_eq!(truncated("政府は12日、発表した。株価は"), [false, true]);
}

#[test]
fn no_space_between_sentences_is_still_a_boundary_outside_addresses() {
    let text = "Hello world.Today is Tuesday. Write to Jane.Doe@example.com. Thanks.";
    assert_eq!(
        split(text),
        [
            "Hello world.",
            "Today is Tuesday.",
            "Write to Jane.Doe@example.com.",
            "Thanks."
        ]
    );
}

#[test]
fn unspaced_boundary_after_wide_white_space_is_found_on_char_boundaries() {
    // Regression (proptest): U+2000 EN QUAD before the token is three bytes wide.
    assert_eq!(split("\u{2000}world.Today "), ["world.", "Today"]);
}

#[test]
fn footnote_marks_stay_with_their_sentence() {
    let text = "He was a Christian saint and martyr.[1] The emperor Decius ruled.";
    assert_eq!(
        split(text),
        [
            "He was a Christian saint and martyr.[1]",
            "The emperor Decius ruled."
        ]
    );
}

#[test]
fn punctuation_alone_is_not_a_sentence() {
    assert_eq!(split("! ! !"), ["! ! !"]);
    assert_eq!(
        split("Wow ! ! ! That was close."),
        ["Wow ! ! !", "That was close."]
    );
}

#[test]
fn question_inside_brackets_that_go_on_does_not_end_a_sentence() {
    let text = "The transcript shows [inaudible? 13:28] before the call ended. He hung up.";
    assert_eq!(
        split(text),
        [
            "The transcript shows [inaudible? 13:28] before the call ended.",
            "He hung up."
        ]
    );
    // A full stop inside brackets ends a statement as anywhere else.
    let text = "(Corrects March 17 item to show losses. Also corrects quarter loss.)";
    assert_eq!(
        split(text),
        [
            "(Corrects March 17 item to show losses.",
            "Also corrects quarter loss.)"
        ]
    );
}

#[test]
fn quotation_of_only_exclamations_and_questions_stays_whole() {
    let text = "“Shame! Shame on you!” protesters shouted at the minister. He left.";
    assert_eq!(
        split(text),
        [
            "“Shame! Shame on you!” protesters shouted at the minister.",
            "He left."
        ]
    );
    let text = "He asked, “Why now? Why here?” and sat down.";
    assert_eq!(split(text), [text]);
}

#[test]
fn quotation_with_a_statement_is_split_like_any_text() {
    // GUM news (Wikinews) gold: a quoted statement is split at each sentence end.
    assert_eq!(
        split("“It’s Warhol. He is a legend.”"),
        ["“It’s Warhol.", "He is a legend.”"]
    );
    assert_eq!(
        split("“Cool clock, Ahmed. Want to bring it to the White House? We should inspire more kids.”"),
        [
            "“Cool clock, Ahmed.",
            "Want to bring it to the White House?",
            "We should inspire more kids.”"
        ]
    );
    assert_eq!(
        split("“We lost! We tried our best,” he said."),
        ["“We lost!", "We tried our best,” he said."]
    );
}

#[test]
fn bracketed_sentential_relative_stays_with_its_sentence() {
    let text =
        "Turnout fell to 41 percent. (Which was the lowest since 1918.) Officials blamed rain.";
    assert_eq!(
        split(text),
        [
            "Turnout fell to 41 percent. (Which was the lowest since 1918.)",
            "Officials blamed rain."
        ]
    );
    let text = "Turnout fell to 41 percent. (Which party gained?) Nobody knew.";
    assert_eq!(
        split(text),
        [
            "Turnout fell to 41 percent.",
            "(Which party gained?)",
            "Nobody knew."
        ]
    );
}

#[test]
fn exclamation_mark_in_a_name_ends_a_sentence_only_before_an_opener() {
    let text = "Ghosh worked at Yahoo! Research before the deal was built at Yahoo! It said so.";
    assert_eq!(
        split(text),
        [
            "Ghosh worked at Yahoo! Research before the deal was built at Yahoo!",
            "It said so."
        ]
    );
}
