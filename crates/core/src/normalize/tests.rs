//! Unit tests of `normalize.rs`.

use super::*;

#[test]
fn needs_folding_finds_a_tab_or_two_spaces_anywhere() {
    // every length around the 16-byte chunks, the mark at every place
    let plain = |c: u8, next: u8| c == b'\t' || (c == b' ' && next == b' ');
    for len in 0..50 {
        for at in 0..len {
            for mark in [&b"\t"[..], b"  ", b" "] {
                let mut line = vec![b'a'; len];
                let end = (at + mark.len()).min(len);
                line[at..end].copy_from_slice(&mark[..end - at]);
                let expected =
                    (0..len).any(|j| plain(line[j], line.get(j + 1).copied().unwrap_or(0)));
                assert_eq!(needs_folding(&line), expected, "{line:?}");
            }
        }
    }
}

fn paras(body: &str) -> Vec<String> {
    let (text, spans) = unwrap_paragraphs(body);
    spans.iter().map(|s| s.text(&text).to_string()).collect()
}

#[test]
fn continuing_words_are_sorted_lower_case_and_short() {
    assert!(CONTINUING_WORDS.windows(2).all(|w| w[0] < w[1]));
    for w in CONTINUING_WORDS {
        assert_eq!(w.to_ascii_lowercase(), *w);
        assert!(w.len() <= MAX_CONTINUING_LEN, "{w}");
    }
    assert!(continues("the talks IN"));
    assert!(!continues("the talks inside"));
}

#[test]
fn hard_wraps_join_with_one_space() {
    // The seed breaks lines mid-sentence and indents a continuation line.
    let body =
        "Intro.\n\ncooperation with Moscow \n  on an intensified military campaign. He said\n";
    assert_eq!(
        paras(body),
        [
            "Intro.",
            "cooperation with Moscow on an intensified military campaign. He said"
        ]
    );
}

#[test]
fn stray_space_before_full_stop_is_dropped() {
    let body = "Intro.\n\nformation of a major new alliance \n . France launched";
    assert_eq!(
        paras(body),
        [
            "Intro.",
            "formation of a major new alliance. France launched"
        ]
    );
}

#[test]
fn blank_lines_separate_paragraphs() {
    assert_eq!(paras("One.\n\n\nTwo\nthree.\n"), ["One.", "Two three."]);
}

#[test]
fn indent_style_newswire_starts_paragraphs_at_indents() {
    let body = "Showers continued in\nthe zone.\n    The dry period means\nlate.\n";
    assert_eq!(
        paras(body),
        [
            "Showers continued in the zone.",
            "The dry period means late."
        ]
    );
}

#[test]
fn a_stray_blank_line_keeps_a_newswire_in_indent_style() {
    let body = "Westbay Holdings Corp, parent of Harbour\nSavings Bank, said profit fell as\n\
                a result of lower loan sales.\n    The company said sales fell in the\n\
                quarter, down from a year ago.\n    Loan sales totalled 300 mln dlrs in\n\
                the quarter.\n   \n    The bank said deposits rose\n\
                in the quarter.\n";
    assert_eq!(
        paras(body),
        [
            "Westbay Holdings Corp, parent of Harbour Savings Bank, said profit fell as a \
             result of lower loan sales.",
            "The company said sales fell in the quarter, down from a year ago.",
            "Loan sales totalled 300 mln dlrs in the quarter.",
            "The bank said deposits rose in the quarter."
        ]
    );
}

#[test]
fn indented_continuation_mid_sentence_stays_in_paragraph() {
    let body = "cooperation with Moscow\n  on a campaign. He said\n";
    assert_eq!(
        paras(body),
        ["cooperation with Moscow on a campaign. He said"]
    );
}

#[test]
fn dash_at_line_end_joins_without_space() {
    assert_eq!(paras("rebels—\nTurkey"), ["rebels—Turkey"]);
}

#[test]
fn crlf_and_bom_are_handled() {
    assert_eq!(
        paras("\u{feff}One\r\ntwo.\r\n\r\nThree."),
        ["One two.", "Three."]
    );
}

#[test]
fn list_item_lines_keep_their_line_break() {
    let body = "The allies agreed on three points:\n- airstrikes on Raqqa\n- talks in\nVienna\n1) a ceasefire\n";
    assert_eq!(
        paras(body),
        ["The allies agreed on three points:\n- airstrikes on Raqqa\n- talks in Vienna\n1) a ceasefire"]
    );
}

#[test]
fn dash_or_number_wrapped_mid_sentence_is_joined() {
    let body = "Countries most supportive of the rebels\n- Turkey, Saudi Arabia and Qatar -\nwant an exit date set by\n1. March.";
    assert_eq!(
        paras(body),
        ["Countries most supportive of the rebels - Turkey, Saudi Arabia and Qatar - want an exit date set by 1. March."]
    );
}

#[test]
fn list_item_markers_are_recognised() {
    for line in [
        "- x", "* x", "• x", "1. x", "10) x", "1.) x", "(2) x", "a) x", "b. x", "(iv) x", "ii) x",
    ] {
        assert!(starts_list_item(line), "{line}");
    }
    for line in [
        "-x", "1987. x", "1.5 mln", "ii. x", "Mr. x", "x", "(1987) x",
    ] {
        assert!(!starts_list_item(line), "{line}");
    }
}

#[test]
fn normalised_list_is_unchanged() {
    let text = "Title\n\nThree points:\n- airstrikes on Raqqa\n• talks in Vienna\n\nEnd.";
    assert_eq!(unwrap_paragraphs(text).0, text);
}

#[test]
fn lines_without_punctuation_are_a_list_of_lines() {
    assert_eq!(
        paras("features\ncontact manager\nevents, activities\n"),
        ["features\ncontact manager\nevents, activities"]
    );
}

#[test]
fn heading_line_before_a_capitalised_line_is_a_line_end() {
    let body = "Putter King Scavenger Hunt Trophy\nThe Putter King team will judge the hunt and all decisions will be final.";
    assert_eq!(
        paras(body),
        ["Putter King Scavenger Hunt Trophy\nThe Putter King team will judge the hunt and all decisions will be final."]
    );
}

#[test]
fn a_full_title_case_line_of_wrapped_prose_joins() {
    // BBC text wrapped at 64 columns: the first line is title-like but full
    let body = "Aid is on its way, and a spokesman for the International\n\
                Federation of the Red Cross and Red Crescent Societies\n\
                Told the Reuters news agency that it was seeking $6.5m.";
    let wrapped = "Federation of the Red Cross and Red Crescent Societies";
    assert!(is_title_like(wrapped));
    assert_eq!(paras(body)[0].matches('\n').count(), 0, "{:?}", paras(body));
}

#[test]
fn a_dash_after_a_closing_quote_mid_sentence_is_no_list_item() {
    let body = "The match, billed as \"Ronaldo's friends again\"\n- will go ahead as planned.";
    assert_eq!(
        paras(body),
        ["The match, billed as \"Ronaldo's friends again\" - will go ahead as planned."]
    );
}

#[test]
fn short_line_before_a_capitalised_word_is_a_line_end() {
    // The first line could have held "The": the writer ended it.
    let body = "Kiev talks resume amid doubts\nThe foreign ministers of Russia and Ukraine met on Tuesday in Berlin for talks.";
    assert_eq!(paras(body)[0].matches('\n').count(), 1);
    // A full line wraps before a capitalised word: a name goes on.
    let body = "Officials in Kiev said on Tuesday that talks with Russian President\nVladimir Putin would resume.";
    assert_eq!(
        paras(body),
        ["Officials in Kiev said on Tuesday that talks with Russian President Vladimir Putin would resume."]
    );
}

#[test]
fn flowed_text_keeps_lines_without_a_trailing_space() {
    let body = "It was a cold \nnight in the city. features\ncontact manager";
    assert_eq!(
        paras(body),
        ["It was a cold night in the city. features\ncontact manager"]
    );
}

#[test]
fn a_table_row_with_a_trailing_space_leaves_newswire_hard_wrapped() {
    // The third line could have held "on": in flowed text it would have been ended on
    // purpose. One row of the table below ends with a space, which says nothing against
    // the full lines wrapped without one above it.
    let body = "    Grain arrivals in the week to March 3 were 12,400 tonnes against\n\
                9,800 tonnes a week earlier, the board said in a statement issued\n\
                by its office in the capital, adding the crop was late\n\
                on Friday in its weekly report on the harvest of the region.\n\
                \x20   Barley     1.10    0.95   -- \n    Maize      2.00    1.00\n";
    assert_eq!(
        paras(body)[0],
        "Grain arrivals in the week to March 3 were 12,400 tonnes against 9,800 tonnes a \
         week earlier, the board said in a statement issued by its office in the capital, \
         adding the crop was late on Friday in its weekly report on the harvest of the \
         region."
    );
}

#[test]
fn a_long_line_and_a_trailing_space_leave_newswire_hard_wrapped() {
    // Hard-wrapped at 64 with no trailing space, then a 200-character link and one table
    // row ending in a space. The link is the widest line: read against it no line would be
    // full, and the one trailing space would outweigh every ragged line (found by a hostile
    // pass); fullness is read against the lines in blocks instead. (Each wrapped line here
    // goes on in lower case: a capitalised one after a line the link makes short still
    // reads as a line ended on purpose, as in a web copy.)
    let prose = "Grain arrivals in the week to March 3 were 12,400 tonnes against\n\
                 some 9,800 tonnes a week earlier, the board said in a statement\n\
                 issued by its office, adding the crop was late\n\
                 on Friday in its weekly report on the harvest of the region.";
    let link = format!("http://example.com/{}", "x".repeat(200));
    let body = format!("{prose}\n\n{link}\n\nBarley 1.10 vs 0.95 \nMaize 2.00 vs 1.00\n");
    assert_eq!(
        paras(&body)[0],
        "Grain arrivals in the week to March 3 were 12,400 tonnes against some 9,800 tonnes \
         a week earlier, the board said in a statement issued by its office, adding the crop \
         was late on Friday in its weekly report on the harvest of the region."
    );
}

#[test]
fn indented_capitalised_line_is_a_table_row_in_newswire() {
    let body = "Qtr ended Jan 31\n    Shr 33 cts vs 29 cts\n    Net 14.8 mln vs 11 mln\n    Note: Net includes gains of\n1.8 mln dlrs.\n Reuter";
    assert_eq!(
        paras(body),
        [
            "Qtr ended Jan 31",
            "Shr 33 cts vs 29 cts",
            "Net 14.8 mln vs 11 mln",
            "Note: Net includes gains of 1.8 mln dlrs.",
            "Reuter"
        ]
    );
}

#[test]
fn first_newswire_line_after_a_stripped_dateline_wraps() {
    let body = "The Federal Home Loan Bank Board\n(FHLBB) announced the acquisition of Home Savings and Loan\nAssociation.\n    The FHLBB said so.";
    assert_eq!(
        paras(body),
        [
            "The Federal Home Loan Bank Board (FHLBB) announced the acquisition of Home Savings and Loan Association.",
            "The FHLBB said so."
        ]
    );
}

#[test]
fn lone_carriage_return_is_a_line_end() {
    assert_eq!(
        paras("c. the third item \rIt was cold."),
        ["c. the third item\nIt was cold."]
    );
}

#[test]
fn line_ends_of_every_kind_split_once() {
    let lines = |body: &str| -> Vec<(String, bool)> {
        split_lines(body)
            .iter()
            .map(|l| (l.text.to_string(), l.carriage_return))
            .collect()
    };
    let own = |v: &[(&str, bool)]| -> Vec<(String, bool)> {
        v.iter().map(|(s, cr)| (s.to_string(), *cr)).collect()
    };
    assert_eq!(
        lines("a\r\r\nb"),
        own(&[("a", true), ("", false), ("b", false)])
    );
    assert_eq!(lines("a\r"), own(&[("a", false)]));
    assert_eq!(lines("a\n"), own(&[("a", false), ("", false)]));
    assert_eq!(
        lines("a\rb\r\nc"),
        own(&[("a", true), ("b", false), ("c", false)])
    );
    assert_eq!(
        lines("Ωμέγα\nдва"),
        own(&[("Ωμέγα", false), ("два", false)])
    );
}

proptest::proptest! {
    #[test]
    fn line_helpers_agree_with_the_str_methods(line in "(\\PC|[ \t\u{b}\u{c}\u{a0}\u{3000}a-zA-Z]|the|of|IN|vs)*") {
        proptest::prop_assert_eq!(trim(&line), line.trim());
        let t = line.trim();
        let word = t.split_whitespace().next().unwrap_or("");
        proptest::prop_assert_eq!(first_word_chars(t), word.chars().count());
        // `continues` as first written: the word after the last white space, looked up.
        let last = t.rsplit(char::is_whitespace).next().unwrap_or("").to_ascii_lowercase();
        let naive = t.ends_with(CONTINUING_MARKS) || CONTINUING_WORDS.contains(&last.as_str());
        proptest::prop_assert_eq!(continues(t), naive);
        for most in [1, 3, 11] {
            proptest::prop_assert_eq!(count_words(&line, most), line.split_whitespace().take(most).count());
        }
    }

    #[test]
    fn paragraphs_one_at_a_time_are_the_unwrapped_text(body in "(\\PC|[ \t\r\n.*•:\"-])*") {
        let (text, spans) = unwrap_paragraphs(&body);
        let mut streamed = Vec::new();
        for_each_paragraph(&body, |p| streamed.push(p.to_string()));
        let whole: Vec<&str> = spans.iter().map(|s| s.text(&text)).collect();
        proptest::prop_assert_eq!(&streamed, &whole);
        proptest::prop_assert_eq!(streamed.join("\n\n"), text);
    }
}

#[test]
fn runs_of_spaces_and_tabs_fold_to_one_space() {
    let folded = |line: &str| {
        let mut out = String::new();
        push_folded(&mut out, line);
        out
    };
    assert_eq!(folded("oil\tprices  rose \t 5%"), "oil prices rose 5%");
    assert_eq!(folded("один  два\tтри"), "один два три");
    assert_eq!(folded("nothing to fold"), "nothing to fold");
}

#[test]
fn markup_residue_is_removed_before_unwrapping() {
    assert_eq!(
        paras("<h2>Kiev</h2>\n<p>Talks resumed. <em>Moscow</em> agreed.</p>"),
        ["Kiev", "Talks resumed. Moscow agreed."]
    );
}

#[test]
fn normalised_text_is_unchanged() {
    let text = "Title\n\nFriday, July 21, 2017\n\nA group of teenagers won. It said so.";
    assert_eq!(unwrap_paragraphs(text).0, text);
}

#[test]
fn a_line_ends_a_sentence_by_its_last_character_in_any_script() {
    for text in [
        "It rose.",
        "Why?",
        "“Yes,” he said:",
        "‘No’",
        "“No.”",
        "he said 'yes'",
    ] {
        assert!(super::ends_sentence(text), "{text}");
    }
    for text in ["", "and the", "rose 5 pct,", "Далее —", "経済"] {
        assert!(!super::ends_sentence(text), "{text}");
    }
}

/// [`Layout::of`] as it was first written, a pass per rule: the one-pass reading must
/// agree with it on every body.
fn layout_by_rule(parts: &[&[Line<'_>]]) -> Layout {
    let all = || parts.iter().flat_map(|part| part.iter());
    let first = all().position(|l| !l.is_blank());
    let blank_separated = first.is_some_and(|f| {
        let mut blank = false;
        all().skip(f).any(|l| {
            let found = blank && !l.is_blank();
            blank |= l.is_blank();
            found
        })
    });
    // "…third quarter.\n    The company said …": paragraphs opened by an indented
    // line right after the line before; a stray blank line ("a year ago.\n   \n    The
    // company …") leaves the style as it is when such openings outnumber blank lines
    let (indent_breaks, blank_breaks) = first.map_or((0, 0), |f| {
        let lines: Vec<&Line<'_>> = all().skip(f).collect();
        lines.windows(2).fold((0, 0), |(i, b), w| {
            let indent = !w[0].is_blank() && !w[1].is_blank() && w[1].indented();
            let blank = w[0].is_blank() && !w[1].is_blank();
            (i + usize::from(indent), b + usize::from(blank))
        })
    });
    let indent_style = (!blank_separated || indent_breaks > blank_breaks)
        && first.is_some_and(|f| all().skip(f + 1).any(|l| !l.is_blank() && l.indented()));
    let width = all().map(Line::chars).max().unwrap_or(0);
    let mut layout = Layout {
        indent_style,
        width,
        flowed: false,
        first,
    };
    // The convention shows where a line with a trailing space could have held the next
    // word: only the space says it was wrapped. A trailing space on a full line is
    // what any wrapping tool may leave, and says nothing.
    let mid_sentence = |prev: &Line<'_>, next: &Line<'_>| {
        !next.is_blank() && !prev.is_blank() && !prev.carriage_return && !prev.ends_sentence()
    };
    // The wrap width: the longest line with a non-blank line before or after it.
    let wrap = all()
        .zip(all().skip(1))
        .filter(|(prev, next)| !prev.is_blank() && !next.is_blank())
        .flat_map(|(prev, next)| [prev.chars(), next.chars()])
        .max()
        .unwrap_or(0);
    let full = |prev: &Line<'_>, next: &Line<'_>, at: usize| {
        (layout.indent_style && Some(at) == layout.first)
            || prev.chars() + 1 + first_word_chars(next.text) + wrap / RAGGED_SHARE > wrap
    };
    let flowed = all()
        .zip(all().skip(1))
        .enumerate()
        .filter(|&(at, (prev, next))| {
            mid_sentence(prev, next) && prev.trailing_blank && !full(prev, next, at)
        })
        .count();
    let hard = all()
        .zip(all().skip(1))
        .enumerate()
        .filter(|&(at, (prev, next))| {
            mid_sentence(prev, next) && !prev.trailing_blank && full(prev, next, at)
        })
        .count();
    layout.flowed = flowed > 0 && flowed >= hard;
    layout
}

/// Lines of the kinds the layout rules tell apart: blank, indented openings, wrapped
/// prose with and without a trailing space, sentence ends, headings, long and short.
const LAYOUT_LINES: &[&str] = &[
    "",
    "   ",
    "    The company said profits rose in the third quarter.",
    "\tShares fell",
    "Rain fell all week in the region and the",
    "Rain fell all week in the region and the ",
    "harvest was late. ",
    "of 60 kilos ",
    "A Heading",
    "short",
    "Prices rose 5 pct over the whole of the year to the end of March, the bank said.",
    "end of a line\r",
    "- an item",
];

proptest::proptest! {
    #[test]
    fn one_pass_layout_agrees_with_the_rules_read_one_by_one(
        picks in proptest::collection::vec(proptest::sample::select(LAYOUT_LINES), 0..30),
        cut in 0usize..30,
    ) {
        let body = picks.join("\n");
        let all = split_lines(&body);
        let cut = cut.min(all.len());
        let (a, b) = all.split_at(cut);
        proptest::prop_assert_eq!(Layout::of(&[a, b]), layout_by_rule(&[a, b]));
        proptest::prop_assert_eq!(Layout::of(&[&all]), layout_by_rule(&[&all]));
    }
}
