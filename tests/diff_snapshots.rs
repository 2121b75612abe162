//! The change view's HTML for hand-written cases, pinned with insta so a reviewer sees exactly
//! what a change to the engine does to the markup.
//!
//! Each snapshot holds the two drafts, the summary line, the terminal output, the inline view
//! and the side-by-side view. After an intended change, review the new snapshots with
//! `cargo insta review` (or run with `INSTA_UPDATE=always` and read the diff in git).

mod common;

use redraft::diff::terminal::{self, Marks};

fn snapshot(old: &str, new: &str) -> String {
    let view = common::compare_checked(old, new);
    format!(
        "--- old\n{old}--- new\n{new}--- summary ({} changes)\n{}\n--- terminal\n{}--- inline\n{}--- side by side\n{}",
        view.changes,
        view.stats.summary(&redraft::i18n::Catalog::english()),
        terminal::render(&view.html, Marks::Plain),
        view.html,
        view.side_by_side
    )
}

macro_rules! case {
    ($name:ident, $old:expr, $new:expr) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(stringify!($name), snapshot($old, $new));
        }
    };
}

case!(
    one_word_swapped,
    "It was a nice day in June.\n",
    "It was a bright day in June.\n"
);

case!(
    a_phrase_rewritten_reads_as_one_change,
    "She walked to the old mill in the rain.\n",
    "She ran past a new mill in the rain.\n"
);

case!(
    punctuation_takes_a_words_place,
    "The night was dark and cold.\n",
    "The night was dark, cold.\n"
);

case!(
    a_typo_fixed,
    "I will recieve the letter on monday.\n",
    "I will receive the letter on Monday.\n"
);

case!(
    formatting_added_removed_and_changed,
    "A bright day, [the guide](a.html), and **loud** words.\n",
    "A *bright* day, [the guide](b.html), and loud `words`.\n"
);

case!(
    an_edit_across_emphasis_and_a_link,
    "Some *very old words* here and [a link](x.html) too.\n",
    "Some *very new words* there and [a new link](x.html).\n"
);

case!(
    a_paragraph_added_and_one_cut,
    "The first paragraph stays.\n\nThis one goes away.\n\nThe last one stays.\n",
    "The first paragraph stays.\n\nThe last one stays.\n\nA new ending arrives here.\n"
);

case!(
    a_paragraph_rewritten,
    "The storm came at night and we hid.\n\nKeep.\n",
    "Thunder. Then the lights went out, and Mom found candles.\n\nKeep.\n"
);

case!(
    a_paragraph_moved_and_edited,
    "Opening words that set the scene.\n\nSome people will say compost smells bad in the cafeteria.\n\nA middle paragraph with the evidence.\n\nThe ending.\n",
    "Opening words that set the scene.\n\nA middle paragraph with the evidence.\n\nSome people will say compost smells bad in our cafeteria.\n\nThe ending.\n"
);

case!(
    a_list_item_cut_and_one_added,
    "- apples\n- pears\n- plums\n",
    "- apples\n- plums\n- ripe figs\n"
);

case!(
    a_table_cell_changed,
    "| Day | Pounds |\n|---|---|\n| Monday | 23 |\n| Tuesday | 41 |\n",
    "| Day | Pounds |\n|---|---|\n| Monday | 23 |\n| Tuesday | 44 |\n"
);

case!(
    code_and_a_heading_changed,
    "## Method\n\n```\nmix 2 cups\n```\n",
    "## Our method\n\n```\nmix 3 cups\n```\n"
);

case!(
    a_rewrapped_paragraph_is_unchanged,
    "It was a nice\nday in June.\n",
    "It was a nice day\nin June.\n"
);

case!(
    unicode_text_changed,
    "Ma lettre à la ville, écrite vite. 日本語もある。\n",
    "Ma lettre à la ville, écrite lentement. 日本語もある。🌧️\n"
);
