use super::*;
use crate::html::{self, Token};
use crate::markdown::Rendered;
use crate::markdown::render;
use crate::settings::RawHtml;

fn draft(markdown: &str) -> Rendered {
    render(markdown, RawHtml::Sanitize)
}

/// The draft text `quote` finds, or `None`.
fn found<'r>(r: &'r Rendered, quote: &str) -> Option<&'r str> {
    find_quote(&r.blocks, quote).map(|s| &r.blocks[s.block].text[s.range])
}

fn pin(number: usize, quote: &str) -> Pin<'_> {
    Pin {
        number,
        quote,
        note_html: format!("<p>Note {number}.</p>"),
        labels: [
            format!("Feedback {number}"),
            "(back to the passage)".to_string(),
        ],
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `html` without the elements that carry `data-note`.
fn without_notes(html: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    let mut skip_from = None;
    for token in html::tokenize(html) {
        match token {
            Token::Open(_, raw) => {
                depth += 1;
                if skip_from.is_none() && html::attribute(raw, "data-note").is_some() {
                    skip_from = Some(depth);
                }
            }
            Token::Close(..) => {
                if skip_from == Some(depth) {
                    skip_from = None;
                    depth -= 1;
                    continue;
                }
                depth -= 1;
            }
            _ => {}
        }
        if skip_from.is_none() {
            out.push_str(token.raw());
        }
    }
    out
}

/// Checks the contract and the promises of [`pin_feedback`] on one output.
fn check_pinned(r: &Rendered, pins: &[Pin<'_>], pinned: &Pinned) {
    let html = &pinned.html;
    assert_eq!(
        collapse(&html::text_of(&without_notes(html))),
        collapse(&html::text_of(&r.html)),
        "round trip of {html}"
    );
    crate::diff::well_formed(html).unwrap_or_else(|e| panic!("{e} in {html}"));
    let mut stack: Vec<&str> = Vec::new();
    for token in html::tokenize(html) {
        match token {
            Token::Open(name, _) => {
                if stack.contains(&"mark") {
                    assert!(html::is_inline(name), "<{name}> inside a mark: {html}");
                }
                if name == "a" {
                    assert!(!stack.contains(&"a"), "a link inside a link: {html}");
                }
                stack.push(name);
            }
            Token::Close(..) => {
                stack.pop();
            }
            Token::Text(t) if stack.last() == Some(&"mark") => {
                let parent = stack.iter().rev().find(|n| **n != "mark").unwrap();
                assert!(
                    !t.trim().is_empty() || !matches!(*parent, "ul" | "ol" | "table" | "tr"),
                    "blank mark in <{parent}>: {html}"
                );
            }
            _ => {}
        }
    }
    for (p, &found) in pins.iter().zip(&pinned.found) {
        let n = p.number;
        let count = |s: &str| html.matches(s).count();
        let expected = usize::from(found);
        assert_eq!(count(&format!("id=\"pin-{n}\"")), expected, "{html}");
        assert_eq!(count(&format!("id=\"pin-ref-{n}\"")), expected, "{html}");
        assert_eq!(count(&format!("id=\"pin-note-{n}\"")), expected, "{html}");
        assert_eq!(count(&format!("data-pin=\"{n}\"")) > 0, found, "{html}");
    }
}

#[test]
fn quotes_match_through_typography_spacing_and_markup() {
    let r = draft(
        "It's a \"nice\" day -- isn't it...\n\nWait---what? The *big*\nshow.\n\nSee [the notes](https://e.org) now.\n",
    );
    assert_eq!(
        found(&r, "It's a \"nice\" day -- isn't it..."),
        Some("It’s a “nice” day – isn’t it…")
    );
    assert_eq!(
        found(&r, "  It’s a “nice”   day–isn’t it…\n"),
        Some("It’s a “nice” day – isn’t it…")
    );
    for quote in ["Wait — what?", "Wait--what?", "Wait - what?"] {
        assert_eq!(found(&r, quote), Some("Wait—what?"), "{quote}");
    }
    assert_eq!(
        found(&r, "The **big** show."),
        Some("The big\nshow."),
        "markers and line breaks"
    );
    assert_eq!(found(&r, "“The big show.”"), Some("The big\nshow."));
    assert_eq!(found(&r, "'the big show.'"), Some("The big\nshow."));
    assert_eq!(
        found(&r, "See [the notes](https://e.org) now."),
        Some("See the notes now.")
    );
    assert_eq!(found(&r, "a sunny day"), None);
}

#[test]
fn exact_case_wins_then_the_first_occurrence() {
    let r = draft("the cat sat.\n\nThe cat sat. The cat sat.\n");
    let spot = find_quote(&r.blocks, "The cat").unwrap();
    assert_eq!((spot.block, &r.blocks[1].text[spot.range]), (1, "The cat"));
    let spot = find_quote(&r.blocks, "THE CAT").unwrap();
    assert_eq!(spot.block, 0);
    let spot = find_quote(&r.blocks, "cat sat").unwrap();
    assert_eq!(spot.block, 0);
}

#[test]
fn a_passage_lies_in_one_block_and_is_not_empty() {
    let r = draft("One.\n\nTwo.\n\n- three\n- four\n");
    assert_eq!(found(&r, "One. Two."), None);
    // A list is one block: its items can be quoted together.
    assert_eq!(
        found(&r, "three four").map(collapse),
        Some("three four".to_string())
    );
    for quote in ["", "   \n", "**", "\"\""] {
        assert_eq!(find_quote(&r.blocks, quote), None, "{quote:?}");
    }
}

#[test]
fn code_and_escaped_text_can_be_quoted() {
    let r = draft("Use `a < b && c` here.\n\n```\nfn main() {}\n```\n");
    assert_eq!(found(&r, "`a < b && c`"), Some("a < b && c"));
    let spot = find_quote(&r.blocks, "fn main() {}").unwrap();
    assert_eq!(spot.block, 1);
}

#[test]
fn pins_a_passage_with_its_marker_and_note() {
    let r = draft("It was a nice day. We walked.\n\nThe end.\n");
    let pinned = pin_feedback(&r.blocks, &[pin(1, "It was a nice day.")]);
    assert_eq!(
        pinned.html,
        "<p><mark class=\"pin\" data-pin=\"1\" id=\"pin-1\">It was a nice day.</mark>\
         <sup class=\"pin-marker\" data-note><a href=\"#pin-note-1\" id=\"pin-ref-1\" aria-label=\"Feedback 1\">1</a></sup> We walked.</p>\n\
         <aside class=\"pin-note\" id=\"pin-note-1\" data-note aria-label=\"Feedback 1\">\
         <p class=\"pin-note__number\"><a href=\"#pin-ref-1\">1</a><span class=\"visually-hidden\"> (back to the passage)</span></p>\
         <p>Note 1.</p></aside>\n<p>The end.</p>"
    );
    assert_eq!(pinned.found, [true]);
}

#[test]
fn marks_split_at_element_boundaries_and_markers_stay_out_of_links() {
    let r = draft("It was a *nice* day at [the park](https://e.org) today.\n");
    let pins = [pin(1, "nice day at the pa")];
    let pinned = pin_feedback(&r.blocks, &pins);
    assert!(
        pinned.html.starts_with(
            "<p>It was a <em><mark class=\"pin\" data-pin=\"1\" id=\"pin-1\">nice</mark></em>\
             <mark class=\"pin\" data-pin=\"1\"> day at </mark>\
             <a href=\"https://e.org\"><mark class=\"pin\" data-pin=\"1\">the pa</mark>rk</a>\
             <sup class=\"pin-marker\" data-note>"
        ),
        "{}",
        pinned.html
    );
    check_pinned(&r, &pins, &pinned);

    // A passage ending with an inline element gets its marker after it.
    let pins = [pin(1, "It was a nice")];
    let pinned = pin_feedback(&r.blocks, &pins);
    assert!(
        pinned.html.contains("nice</mark></em><sup"),
        "{}",
        pinned.html
    );
    check_pinned(&r, &pins, &pinned);
}

#[test]
fn overlapping_passages_nest_one_mark_per_pin() {
    let r = draft("One two three four five.\n");
    let pins = [
        pin(1, "One two three"),
        pin(2, "two three four five"),
        pin(3, "three"),
    ];
    let pinned = pin_feedback(&r.blocks, &pins);
    let m = |n: usize| format!("<mark class=\"pin\" data-pin=\"{n}\">");
    let first = |n: usize| format!("<mark class=\"pin\" data-pin=\"{n}\" id=\"pin-{n}\">");
    let sup = |n: usize| {
        format!(
            "<sup class=\"pin-marker\" data-note><a href=\"#pin-note-{n}\" id=\"pin-ref-{n}\" aria-label=\"Feedback {n}\">{n}</a></sup>"
        )
    };
    let body = format!(
        "<p>{}One </mark>{}{}two </mark></mark>{}{}{}three</mark></mark></mark>{}{}{} four five</mark>{}.</p>",
        first(1),
        m(1),
        first(2),
        m(1),
        m(2),
        first(3),
        sup(1),
        sup(3),
        m(2),
        sup(2)
    );
    assert!(pinned.html.starts_with(&body), "{}", pinned.html);
    assert_eq!(pinned.found, [true, true, true]);
    check_pinned(&r, &pins, &pinned);
}

#[test]
fn notes_follow_their_block_in_number_order() {
    let r = draft("Alpha beta.\n\nGamma delta.\n");
    let pins = [pin(3, "Gamma"), pin(2, "beta"), pin(1, "Alpha")];
    let pinned = pin_feedback(&r.blocks, &pins);
    let at = |s: &str| pinned.html.find(s).unwrap();
    assert!(at("id=\"pin-note-1\"") < at("id=\"pin-note-2\""));
    assert!(at("id=\"pin-note-2\"") < at("delta.</p>"));
    assert!(at("delta.</p>") < at("id=\"pin-note-3\""));
    check_pinned(&r, &pins, &pinned);
}

#[test]
fn unfound_pins_change_nothing() {
    let r = draft("It was a nice day.\n\n- one\n- two\n");
    let pins = [pin(1, "a rainy day"), pin(2, "nice day. one"), pin(3, "  ")];
    let pinned = pin_feedback(&r.blocks, &pins);
    assert_eq!(pinned.html, r.html);
    assert_eq!(pinned.found, [false, false, false]);
}

#[test]
fn pinned_drafts_read_back_as_the_draft() {
    let cases: &[(&str, &[&str])] = &[
        (
            "- apples and\n- pears\n  - small ones\n- plums\n",
            &["and pears", "pears small", "ones plums", "apples"],
        ),
        (
            "> She said \"no\" -- twice.\n>\n> Then left.\n",
            &["\"no\" - twice. Then", "twice"],
        ),
        (
            "| a | b |\n|---|---|\n| one & two | three |\n",
            &["one & two three", "b one"],
        ),
        (
            "Use `x < y` and **bold _nested_ text** here[^n].\n\n[^n]: A note.\n",
            &[
                "x < y and bold",
                "nested text here",
                "bold nested",
                "A note.",
            ],
        ),
        (
            "## A heading\n\nLine one  \nline two.\n\n1. first\n\n2. second\n",
            &["A heading", "one line two", "first second"],
        ),
        (
            "A [link with *em*](https://e.org) ends, and <b>raw</b> &amp; more.\n",
            &["with em", "link with", "raw & more", "ends, and raw"],
        ),
    ];
    for (markdown, quotes) in cases {
        let r = draft(markdown);
        let pins: Vec<Pin<'_>> = quotes
            .iter()
            .enumerate()
            .map(|(i, q)| pin(i + 1, q))
            .collect();
        let pinned = pin_feedback(&r.blocks, &pins);
        assert!(
            pinned.found.iter().all(|f| *f),
            "{markdown}: {:?}\n{}",
            pinned.found,
            r.html
        );
        check_pinned(&r, &pins, &pinned);
    }
}

#[test]
fn blank_stretches_between_blocks_are_not_marked() {
    let r = draft("- apples and\n- pears\n");
    let pinned = pin_feedback(&r.blocks, &[pin(1, "and pears")]);
    assert!(
        pinned
            .html
            .contains("and</mark></li>\n<li><mark class=\"pin\" data-pin=\"1\">pears"),
        "{}",
        pinned.html
    );
}

#[test]
fn fate_kept_through_curly_and_straight_quotes() {
    let next = draft("It's a \"nice\" day. We walked.\n");
    assert_eq!(quote_fate("It’s a “nice” day.", &next), QuoteFate::Kept);
    assert_eq!(quote_fate("it's a \"nice\" DAY.", &next), QuoteFate::Kept);
}

#[test]
fn fate_revised_when_the_words_stay_together() {
    let next = draft(
        "It was a nice day.\n\nAfter school, I dragged my feet all the way home.\n\nMy dog was waiting.\n",
    );
    assert_eq!(
        quote_fate("I walked home slowly after school.", &next),
        QuoteFate::Revised
    );
}

#[test]
fn fate_cut_when_the_passage_is_deleted() {
    let next = draft("I walked home from school. My dog was waiting at the door.\n");
    assert_eq!(quote_fate("It was a nice day.", &next), QuoteFate::Cut);
    // Small words found all over the draft do not make a deleted sentence "revised".
    let next =
        draft(&"It was a cold morning and it was a long walk to a friend's house.\n\n".repeat(4));
    assert_eq!(quote_fate("It was a nice day.", &next), QuoteFate::Cut);
    assert_eq!(quote_fate("...", &next), QuoteFate::Cut);
}

#[test]
fn fate_cut_when_only_names_from_the_passage_live_on() {
    // The sentence went; its subject turns up again in a new one.
    let next = draft("At 10:15 my lab partner Marisol pressed on the balloon. Nothing.\n");
    assert_eq!(
        quote_fate("my partner Marisol knocked over the sugar", &next),
        QuoteFate::Cut
    );
    // Turned into a list, the wording lives on in pairs.
    let next = draft("- Bottle A: ice water\n- Bottle B: room temperature water\n");
    assert_eq!(
        quote_fate(
            "Bottle A had ice water, bottle B had room temperature water",
            &next
        ),
        QuoteFate::Revised
    );
}

#[test]
fn fate_after_a_comparison_knows_a_paragraph_cut_whole() {
    let old = draft(
        "We set up the four bottles.\n\nMy partner Marisol knocked over the sugar. It was sticky.\n\nThe balloons grew all morning.\n",
    );
    let next = draft(
        "We set up the four bottles while my partner Marisol measured the sugar.\n\nThe balloons grew all morning.\n",
    );
    let view = crate::diff::compare(&old, &next, &crate::i18n::Catalog::english());
    assert_eq!(view.new_of_old[1], None, "the second paragraph was cut");
    assert_eq!(
        quote_fate_after(
            "Marisol knocked over the sugar",
            &old,
            &next,
            &view.new_of_old
        ),
        QuoteFate::Cut
    );
    // A paragraph that became a list lives on in runs of three words.
    let old = draft("Intro.\n\nBottle A had ice water and bottle B had warm water.\n");
    let next = draft("Intro.\n\n- Bottle A had ice water\n- bottle B had warm water\n");
    let view = crate::diff::compare(&old, &next, &crate::i18n::Catalog::english());
    assert_eq!(
        quote_fate_after(
            "Bottle A had ice water and bottle B",
            &old,
            &next,
            &view.new_of_old
        ),
        QuoteFate::Revised
    );
}

#[test]
fn fates_serialize_lowercase_and_have_keys() {
    assert_eq!(serde_json::to_string(&QuoteFate::Cut).unwrap(), "\"cut\"");
    assert_eq!(QuoteFate::Kept.key(), "kept");
    assert_eq!(QuoteFate::Revised.key(), "revised");
}

#[test]
fn big_drafts_stay_linear() {
    let paragraph = "The river ran past the mill where we used to sit and talk about nothing much at all, \
         and the water was brown and slow and smelled of mud and leaves in the autumn. ";
    let mut markdown = String::new();
    for i in 0..600 {
        markdown.push_str(&format!("{i}: {paragraph}{paragraph}\n\n"));
    }
    markdown.push_str("The last sentence is here.\n");
    let r = draft(&markdown);
    assert!(r.words > 20_000);
    let pins: Vec<Pin<'_>> = [
        "The last sentence",
        "599: The RIVER ran",
        "not there at all",
    ]
    .iter()
    .enumerate()
    .map(|(i, q)| pin(i + 1, q))
    .collect();
    let started = std::time::Instant::now();
    let pinned = pin_feedback(&r.blocks, &pins);
    assert_eq!(pinned.found, [true, true, false]);
    assert_eq!(quote_fate("not there at all", &r), QuoteFate::Cut);
    // Generous: a quadratic search would take minutes here.
    assert!(started.elapsed().as_secs() < 10);
    check_pinned(&r, &pins, &pinned);
}
