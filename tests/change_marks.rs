//! Synthetic draft pairs with one known edit each, pinned at the marks a careful editor would
//! make: how many separate changes the reader is shown, and of what kind.
//!
//! The figures measured on real histories (docs/CHANGE-VIEWS.md) say how the engine does on
//! writing nobody here wrote; these say what it must do on each kind of edit, so a change to
//! the engine that makes one of them noisier fails here first.

mod common;

/// What a reader sees in a change view, counted.
#[derive(Debug, Default, PartialEq, Eq)]
struct Marks {
    /// Numbered changes: what "change 3 of 7" counts.
    changes: usize,
    /// Inline runs of inserted and of cut text.
    inserted: usize,
    cut: usize,
    /// Letter-level marks inside one word (a spelling fix).
    typos: usize,
    /// Format labels ("now italic: ..."), and quiet markers of a link's new address.
    formats: usize,
    addresses: usize,
    /// Whole blocks added or removed.
    whole_blocks: usize,
    /// Blocks moved (counted once, where they went).
    moved: usize,
    /// Blocks that changed kind in place, and what they became.
    restyled: Vec<String>,
    /// Blocks split in two or more, and joined into one; markers where a split fell.
    split: usize,
    joined: usize,
    split_here: usize,
}

fn marks(old: &str, new: &str) -> Marks {
    let view = common::compare_checked(old, new);
    let html = &view.html;
    let count = |needle: &str| html.matches(needle).count();
    let typos = count("class=\"diff-typo\"");
    // A typo's letters are marked inside it; they are the typo's mark, not runs of their own.
    let html = &without_typos(html);
    // A run split by an element's edge (`<ins>a </ins><em><ins>b</ins></em>`) is one run: only
    // its first piece carries the change's id, but a run after unchanged text starts anew.
    let runs = |tag: &str| {
        let open = format!("<{tag}");
        let close = format!("</{tag}>");
        let mut runs = 0;
        let mut rest = html.as_str();
        while let Some(at) = rest.find(&open) {
            let before = &rest[..at];
            let joined = before.trim_end_matches(|c| c != '>').ends_with(&close)
                && tags_only(&before[before.rfind(&close).unwrap_or(0)..]);
            if !joined {
                runs += 1;
            }
            rest = &rest[at + open.len()..];
        }
        runs
    };
    Marks {
        changes: view.changes,
        inserted: runs("ins"),
        cut: runs("del"),
        typos,
        formats: count("diff-label--format"),
        addresses: count("diff-label--address"),
        // A moved block is marked by side in both places; it counts as a move.
        whole_blocks: count("data-side=\"old\"") + count("data-side=\"new\"")
            - 2 * count("data-moved-from="),
        moved: count("data-moved-from="),
        restyled: html
            .split("data-restyled=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .map(str::to_string)
            .collect(),
        split: count("data-split="),
        joined: count("data-joined="),
        split_here: count("diff-split-here"),
    }
}

/// `html` without the typo marks in it: each `<span class="diff-typo">` and all inside it.
fn without_typos(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(at) = rest.find("<span class=\"diff-typo\"") {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let mut depth = 0;
        loop {
            let next_open = rest[1..].find("<span").map(|i| i + 1);
            let Some(close) = rest.find("</span>") else {
                return out;
            };
            match next_open {
                Some(open) if open < close => {
                    depth += 1;
                    rest = &rest[open..];
                }
                _ => {
                    rest = &rest[close + "</span>".len()..];
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                }
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether `html` holds nothing but tags (and the whitespace between them): two pieces of one
/// run on either side of an element's edge.
fn tags_only(html: &str) -> bool {
    let mut inside = false;
    html.chars().all(|c| match c {
        '<' => {
            inside = true;
            true
        }
        '>' => {
            inside = false;
            true
        }
        _ => inside || c.is_whitespace(),
    })
}

const PARAGRAPH: &str = "The river ran high that spring, higher than anyone in the village could \
remember. Boats were tied to fence posts and children paddled to school. By June the water had \
gone down, and the fields were green again.";

#[test]
fn a_paragraph_rewrapped_has_no_marks() {
    let old = format!("{PARAGRAPH}\n");
    let new = PARAGRAPH
        .split(' ')
        .collect::<Vec<_>>()
        .chunks(7)
        .map(|line| line.join(" "))
        .collect::<Vec<_>>()
        .join("\n");
    assert_eq!(marks(&old, &format!("{new}\n")), Marks::default());
}

#[test]
fn one_sentence_rewritten_is_one_cut_and_one_add() {
    let old = format!("{PARAGRAPH}\n");
    let new = PARAGRAPH.replace(
        "Boats were tied to fence posts and children paddled to school.",
        "People rowed down the main street to buy their bread.",
    );
    let found = marks(&old, &format!("{new}\n"));
    assert_eq!((found.inserted, found.cut), (1, 1), "{found:?}");
    assert_eq!(found.changes, 1, "{found:?}");
}

#[test]
fn a_paragraph_split_in_two_is_one_marker() {
    let old = format!("{PARAGRAPH}\n");
    let new = PARAGRAPH.replace(" By June", "\n\nBy June");
    let found = marks(&old, &format!("{new}\n"));
    assert_eq!(
        found,
        Marks {
            changes: 1,
            split: 1,
            split_here: 1,
            ..Marks::default()
        }
    );
}

#[test]
fn two_paragraphs_joined_are_one_marker() {
    let old = format!("{}\n", PARAGRAPH.replace(" By June", "\n\nBy June"));
    let found = marks(&old, &format!("{PARAGRAPH}\n"));
    assert_eq!(
        found,
        Marks {
            changes: 1,
            joined: 1,
            ..Marks::default()
        }
    );
}

#[test]
fn a_phrase_put_in_italics_is_one_label() {
    let old = format!("{PARAGRAPH}\n");
    let new = PARAGRAPH.replace("higher than anyone", "*higher than anyone*");
    let found = marks(&old, &format!("{new}\n"));
    assert_eq!(
        found,
        Marks {
            changes: 1,
            formats: 1,
            ..Marks::default()
        }
    );
}

/// Two paragraphs that stay while a third moves around them.
const FIRST: &str = "The first paragraph says where the story starts, on a farm near the river.";
const SECOND: &str = "The second paragraph brings the neighbours in, and their three loud dogs.";

#[test]
fn a_paragraph_moved_and_edited_is_one_move_with_its_edit() {
    let (first, second) = (FIRST, SECOND);
    let third = "The third paragraph ends the story with the flood and what it left behind.";
    let old = format!("{first}\n\n{second}\n\n{third}\n");
    let edited = third.replace("ends the story", "closes the story");
    let new = format!("{edited}\n\n{first}\n\n{second}\n");
    let found = marks(&old, &new);
    assert_eq!(found.moved, 1, "{found:?}");
    assert_eq!((found.inserted, found.cut), (1, 1), "{found:?}");
    assert_eq!(found.whole_blocks, 0, "{found:?}");
}

#[test]
fn a_heading_moved_up_a_level_is_restyled_in_place() {
    let found = marks(
        "#### Where the water went\n\nText under it.\n",
        "### Where the water went\n\nText under it.\n",
    );
    assert_eq!(
        found,
        Marks {
            changes: 1,
            restyled: vec!["h3".to_string()],
            ..Marks::default()
        }
    );
}

#[test]
fn a_list_turned_numbered_is_restyled_in_place() {
    let found = marks(
        "- sandbags on the doors\n- boats by the school\n- bread from the mill\n",
        "1. sandbags on the doors\n2. boats by the school\n3. bread from the mill\n",
    );
    assert_eq!(
        found,
        Marks {
            changes: 1,
            restyled: vec!["ol".to_string()],
            ..Marks::default()
        }
    );
}

#[test]
fn a_code_listing_put_in_a_figure_is_restyled_with_its_caption_added() {
    let code = "```\nlet water = high;\nlet fields = green;\n```\n";
    let found = marks(
        &format!("Before.\n\n{code}\nAfter.\n"),
        &format!(
            "Before.\n\n<figure>\n\n{code}\n<figcaption>The flood in two lines</figcaption>\n</figure>\n\nAfter.\n"
        ),
    );
    assert_eq!(found.restyled, vec!["figure".to_string()], "{found:?}");
    assert_eq!((found.inserted, found.cut, found.whole_blocks), (1, 0, 0));
}

#[test]
fn a_word_swapped_for_another_word_is_cut_and_added_whole() {
    let found = marks(
        "The wall was solid and the roof was dry.\n",
        "The wall was sound and the roof was dry.\n",
    );
    assert_eq!(
        found,
        Marks {
            changes: 1,
            inserted: 1,
            cut: 1,
            ..Marks::default()
        }
    );
}

#[test]
fn a_spelling_fix_is_one_letter_mark() {
    let found = marks(
        "The water reached the seccond step.\n",
        "The water reached the second step.\n",
    );
    assert_eq!(
        found,
        Marks {
            changes: 1,
            typos: 1,
            ..Marks::default()
        }
    );
}

#[test]
fn a_link_whose_address_changed_is_a_quiet_marker() {
    let found = marks(
        "Read [the flood report](report-2019.html) first.\n",
        "Read [the flood report](reports/2019.html) first.\n",
    );
    assert_eq!(
        found,
        Marks {
            changes: 1,
            addresses: 1,
            ..Marks::default()
        }
    );
}

#[test]
fn a_sentence_mostly_rewritten_is_cut_and_added_whole() {
    let old = format!("{PARAGRAPH}\n");
    let new = PARAGRAPH.replace(
        "Boats were tied to fence posts and children paddled to school.",
        "Boats drifted past the posts while children rowed to their school.",
    );
    let found = marks(&old, &format!("{new}\n"));
    assert_eq!((found.inserted, found.cut), (1, 1), "{found:?}");
}

#[test]
fn a_long_phrase_kept_inside_a_rewritten_sentence_stays_unmarked() {
    let old = "Then we waited, and the water in the lower field went down by a foot every day, \
               until June.\n";
    let new = "At last it turned: the water in the lower field went down by a foot every day, \
               or so it seemed to us.\n";
    let found = marks(old, new);
    assert_eq!((found.inserted, found.cut), (2, 2), "{found:?}");
}

#[test]
fn apostrophes_made_curly_do_not_make_a_sentence_rewritten() {
    // In an HTML block, where Markdown does not curl them itself; short words, which are not
    // shown letter by letter.
    let found = marks(
        "<aside>\nI'm sure, I'd say, I'm told.\n</aside>\n",
        "<aside>\nI’m sure, I’d say, I’m told.\n</aside>\n",
    );
    assert_eq!(found.changes, 3, "each word its own change: {found:?}");
}

#[test]
fn a_stray_backtick_that_turned_every_code_span_inside_out_is_a_rewrite() {
    let new = "The `println!` macro can do many kinds of formatting, and by default `{}` tells \
               `println!` to use the formatting known as `Display`, which is meant for people.\n";
    let old = new.replacen("`println!`", "println!`", 1);
    let found = marks(&old, new);
    assert_eq!(found.formats, 0, "{found:?}");
    assert_eq!(found.whole_blocks, 2, "shown before and after: {found:?}");
}

#[test]
fn many_words_put_in_bold_keep_their_labels() {
    let old = "- as: cast a value\n- break: leave a loop\n- const: define a constant\n\
               - else: the other branch\n- enum: define an enumeration\n";
    let new = "- **as**: cast a value\n- **break**: leave a loop\n- **const**: define a constant\n\
               - **else**: the other branch\n- **enum**: define an enumeration\n";
    let found = marks(old, new);
    assert_eq!(found.formats, 5, "{found:?}");
    assert_eq!((found.inserted, found.cut, found.whole_blocks), (0, 0, 0));
}

#[test]
fn formatting_moved_across_words_is_a_label_not_a_cut() {
    let found = marks(
        "When it comes *into scope*, it is valid.\n",
        "When it comes *into* scope, it is valid.\n",
    );
    assert_eq!(
        found,
        Marks {
            changes: 1,
            formats: 1,
            ..Marks::default()
        }
    );
}

#[test]
fn code_put_on_part_of_a_word_is_a_label() {
    let found = marks(
        "Open the Inspector's panel first.\n",
        "Open the `Inspector`'s panel first.\n",
    );
    assert_eq!(
        found,
        Marks {
            changes: 1,
            formats: 1,
            ..Marks::default()
        }
    );
}

#[test]
fn a_paragraph_moved_into_the_place_of_one_cut_is_a_move() {
    let opening = "The flood came in the night, and by morning the lower road was a river.";
    let cut = "The school on the lower road closed for a week, and the children stayed home.";
    let middle = "Neighbours carried sandbags from house to house until their arms gave out.";
    let moved = "By the end of the week the road was dry, and the school on the hill opened again.";
    let closing = "Nobody in the village forgot that spring, and nobody wanted another like it.";
    let old = format!("{opening}\n\n{cut}\n\n{middle}\n\n{closing}\n\n{moved}\n");
    let new = format!("{opening}\n\n{moved}\n\n{middle}\n\n{closing}\n");
    let found = marks(&old, &new);
    assert_eq!(found.moved, 1, "{found:?}");
    assert_eq!(found.whole_blocks, 1, "the cut paragraph: {found:?}");
}

#[test]
fn a_short_listing_under_a_long_caption_is_still_restyled() {
    let code = "```\nlet water = high;\n```\n";
    let found = marks(
        &format!("Before.\n\n{code}\nAfter.\n"),
        &format!(
            "Before.\n\n<figure>\n\n{code}\n<figcaption>The flood in one line of code</figcaption>\n</figure>\n\nAfter.\n"
        ),
    );
    assert_eq!(found.restyled, vec!["figure".to_string()], "{found:?}");
}

#[test]
fn a_space_before_text_that_lost_its_italics_stays_outside_the_label() {
    let html = common::compare_checked(
        "It comes *into the village* at night.\n",
        "It comes *into* the village at night.\n",
    )
    .html;
    assert!(
        html.contains("</em> <span class=\"diff-format\""),
        "the space before the label: {html}"
    );
}

#[test]
fn a_list_split_around_one_new_item_is_a_split_with_that_item_added() {
    let items = ["oak", "ash", "elm", "birch", "lime", "yew", "fir", "pine"];
    let list = |bullets: &[&str]| -> String {
        let mut out = String::new();
        for (item, bullet) in items.iter().zip(bullets.iter().cycle()) {
            out.push_str(&format!("{bullet} {item} trees in the school garden\n"));
        }
        out
    };
    let old = list(&["*"]);
    // The writer changed the bullets and put in one new item with another kind of bullet,
    // which cuts the list in three.
    let new = list(&["-"]).replacen("- lime", "+ willows\n\n- lime", 1);
    let found = marks(&old, &new);
    assert_eq!(
        (
            found.split,
            found.split_here,
            found.inserted,
            found.whole_blocks
        ),
        (1, 2, 1, 0),
        "{found:?}"
    );
}

#[test]
fn a_paragraph_moved_into_a_quote_is_one_move_and_restyled() {
    let (first, second) = (FIRST, SECOND);
    let third = "My aunt always said the river keeps what it takes, and gives back what it must.";
    let old = format!("{third}\n\n{first}\n\n{second}\n");
    let new = format!("{first}\n\n{second}\n\n> {third}\n");
    let found = marks(&old, &new);
    assert_eq!(found.moved, 1, "{found:?}");
    assert_eq!(found.restyled, ["blockquote"], "{found:?}");
    assert_eq!(
        (found.whole_blocks, found.inserted, found.cut),
        (0, 0, 0),
        "{found:?}"
    );
}
