use super::*;
use crate::html;
use crate::markdown::render;
use crate::settings::RawHtml;

/// Compares two Markdown texts and checks the round trip and well-formedness.
fn check(old: &str, new: &str) -> ChangeView {
    let (a, b) = (
        render(old, RawHtml::Sanitize),
        render(new, RawHtml::Sanitize),
    );
    let view = compare(&a, &b);
    if let Err(violation) = verify(&a, &b, &view) {
        panic!("{violation} in\n{}", view.html);
    }
    view
}

#[test]
fn unchanged_drafts_have_no_changes() {
    let v = check("One two.\n\nThree.\n", "One two.\n\nThree.\n");
    assert!(v.stats.is_unchanged());
    assert_eq!(v.changes, 0);
    assert!(!v.html.contains("<ins") && !v.html.contains("<del"));
}

#[test]
fn a_drafts_own_strike_through_is_text_on_both_sides() {
    let v = check("It was ~~very~~ nice.\n", "It was ~~very~~ really nice.\n");
    assert_eq!((v.stats.words_added, v.stats.words_cut), (1, 0));
}

#[test]
fn rewrapped_paragraph_is_unchanged() {
    let v = check(
        "It was a nice\nday in June.\n",
        "It was a nice day\nin June.\n",
    );
    assert!(v.stats.is_unchanged(), "{:?}", v.stats);
}

#[test]
fn word_swap_is_marked_inline() {
    let v = check(
        "It was a nice day in June.\n",
        "It was a bright day in June.\n",
    );
    assert_eq!(v.stats.words_added, 1);
    assert_eq!(v.stats.words_cut, 1);
    assert!(v.html.contains("<del id=\"change-1\" tabindex=\"-1\"><span class=\"diff-label\" data-diff-label>cut: </span>nice</del>"), "{}", v.html);
    assert!(v.html.contains(">added: </span>bright</ins>"), "{}", v.html);
    assert_eq!(v.changes, 1);
}

#[test]
fn punctuation_is_its_own_token() {
    let v = check("It was dark and cold.\n", "It was dark, cold.\n");
    assert!(v.html.contains("dark<del"), "{}", v.html);
    assert_eq!(v.stats.words_cut, 1);
    assert_eq!(v.stats.words_added, 0);
}

#[test]
fn added_and_removed_paragraphs_carry_data_side() {
    let v = check(
        "Keep this one.\n\nCut this whole thing out.\n",
        "A brand new opening line here.\n\nKeep this one.\n",
    );
    assert!(v.html.contains("data-side=\"new\""), "{}", v.html);
    assert!(v.html.contains("data-side=\"old\""), "{}", v.html);
    assert_eq!(v.stats.blocks_added, 1);
    assert_eq!(v.stats.blocks_removed, 1);
}

#[test]
fn rewritten_paragraph_shows_old_then_new() {
    let v = check(
        "The storm came at night and we hid.\n",
        "Thunder. Then the lights went out, and Mom found the candles.\n",
    );
    assert!(
        v.stats.blocks_rewritten + v.stats.blocks_added > 0,
        "{:?}",
        v.stats
    );
    let old_at = v.html.find("data-side=\"old\"").unwrap();
    let new_at = v.html.find("data-side=\"new\"").unwrap();
    assert!(old_at < new_at);
}

#[test]
fn edits_across_formatting_stay_well_formed() {
    check(
        "Some *very old words* here and [a link](x.html) too.\n",
        "Some *very new words* there and [a new link](y.html).\n",
    );
    check(
        "**Bold start** then plain.\n",
        "Plain start then **bold end**.\n",
    );
}

#[test]
fn list_item_removed_keeps_text_out_of_ul() {
    let v = check(
        "- apples\n- pears\n- plums\n- figs\n",
        "- apples\n- plums\n- figs\n",
    );
    for token in html::tokenize(&v.html).windows(2) {
        if let [html::Token::Open("ul", _), next] = token {
            assert!(!matches!(next, html::Token::Open("del", _)), "{}", v.html);
        }
    }
    check("- apples\n- pears\n", "- apples\n");
    check("- apples\n- pears\n", "- new\n- apples\n- pears\n");
}

#[test]
fn tables_code_and_unicode_round_trip() {
    check(
        "| a | b |\n|---|---|\n| 1 | 2 |\n",
        "| a | b |\n|---|---|\n| 1 | 3 |\n| 4 | 5 |\n",
    );
    check("```\nlet x = 1;\n```\n", "```\nlet x = 2;\n```\n");
    check(
        "Ma lettre à la ville, écrite vite.\n",
        "Ma lettre à la ville, écrite lentement. 🌧️ 日本語もある。\n",
    );
    check(
        "> quoted words here\n> and more\n",
        "> quoted words there\n> and more\n",
    );
}

#[test]
fn summary_line_matches_counts() {
    let v = check("One two three.\n", "One two three four five.\n");
    assert_eq!(v.stats.summary(), "2 words added, 0 cut");
    assert!(v.html.contains("<ins id=\"change-1\" tabindex=\"-1\"><span class=\"diff-label\" data-diff-label>added: </span>four five</ins>"), "{}", v.html);
}

#[test]
fn long_cut_from_a_kept_paragraph_is_an_edit_not_a_rewrite() {
    let v = check(
        "In today's society, waste is a huge problem. Every day people throw away things. I think our school should compost.\n",
        "I think our school should compost.\n",
    );
    assert_eq!(v.stats.blocks_rewritten, 0, "{}", v.html);
    assert_eq!(v.stats.blocks_edited, 1);
}

#[test]
fn ids_are_unique() {
    let v = check(
        "The storm came at night and we hid.\n\nKeep.\n",
        "Thunder. Then the lights went out, and Mom found candles.\n\nKeep.\n",
    );
    let mut ids: Vec<&str> = v
        .html
        .match_indices("id=\"")
        .map(|(i, _)| &v.html[i..i + 14])
        .collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "{}", v.html);
}

#[test]
fn line_breaks_added_or_removed_keep_both_sides_whole() {
    check(
        "feed them in one at a time\\\nand the machine swallows them.\n",
        "feed them in\\\none at a time and the machine swallows them\\\nwhole.\n",
    );
    check("one\\\ntwo\n", "one two\n");
    check("one two\n", "one\\\ntwo\n");
}

#[test]
fn changes_separated_only_by_spaces_read_as_one() {
    let v = check(
        "My dad went to get the car.\n",
        "My father walked back for the car.\n",
    );
    assert_eq!(v.changes, 1, "{}", v.html);
    assert!(
        v.html.contains("cut: </span>dad went to get</del>"),
        "{}",
        v.html
    );
    assert!(
        v.html
            .contains("added: </span>father walked back for</ins>"),
        "{}",
        v.html
    );
}

/// A small deterministic generator, so a failing case can be replayed from its seed.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const GEN_WORDS: &[&str] = &[
    "the",
    "river",
    "bright",
    "walked",
    "slowly",
    "écrit",
    "naïve",
    "日本",
    "🌧️",
    "and",
    "it's",
    "dark,",
    "cold.",
    "\"quoted\"",
    "a&b",
    "<tag>",
    "x*y",
    "don't",
    "well-being",
    "42",
    "—",
    "…",
];

fn gen_inline(rng: &mut Lcg) -> String {
    let mut out = Vec::new();
    for _ in 0..1 + rng.below(12) {
        let w = rng.pick(GEN_WORDS).to_string();
        out.push(match rng.below(12) {
            0 => format!("*{w}*"),
            1 => format!("**{w} {}**", rng.pick(GEN_WORDS)),
            2 => format!("[{w}](https://e.org/{})", rng.below(3)),
            3 => format!("`{w}`"),
            4 => format!("{w}\\\n"),
            _ => w,
        });
    }
    out.join(" ")
}

fn gen_block(rng: &mut Lcg) -> String {
    match rng.below(9) {
        0 => format!("## {}", gen_inline(rng)),
        1 => (0..1 + rng.below(4))
            .map(|_| format!("- {}", gen_inline(rng)))
            .collect::<Vec<_>>()
            .join("\n"),
        2 => (0..1 + rng.below(3))
            .map(|i| format!("{}. {}", i + 1, gen_inline(rng)))
            .collect::<Vec<_>>()
            .join("\n"),
        3 => format!("> {}", gen_inline(rng)),
        4 => format!("```\n{}\n```", gen_inline(rng)),
        5 => format!(
            "| a | b |\n|---|---|\n| {} | {} |",
            rng.pick(GEN_WORDS),
            rng.pick(GEN_WORDS)
        ),
        6 => format!(
            "- [ ] {}\n- [x] {}",
            rng.pick(GEN_WORDS),
            rng.pick(GEN_WORDS)
        ),
        _ => gen_inline(rng),
    }
}

fn gen_edit(rng: &mut Lcg, blocks: &[String]) -> Vec<String> {
    let mut out = blocks.to_vec();
    for _ in 0..1 + rng.below(4) {
        let n = out.len();
        match rng.below(6) {
            0 if n > 0 => {
                out.remove(rng.below(n));
            }
            1 => out.insert(rng.below(n + 1), gen_block(rng)),
            2 if n > 1 => {
                let moved = out.remove(rng.below(n));
                out.insert(rng.below(n), moved);
            }
            _ if n > 0 => {
                // Edit words inside a block, keeping its kind.
                let i = rng.below(n);
                let mut words: Vec<String> = out[i].split(' ').map(str::to_string).collect();
                for _ in 0..1 + rng.below(3) {
                    let at = rng.below(words.len() + 1);
                    match rng.below(3) {
                        0 if at < words.len() && words.len() > 1 => {
                            words.remove(at);
                        }
                        1 if at < words.len() => words[at] = rng.pick(GEN_WORDS).to_string(),
                        _ => words
                            .insert(at.max(1).min(words.len()), rng.pick(GEN_WORDS).to_string()),
                    }
                }
                out[i] = words.join(" ");
            }
            _ => out.push(gen_block(rng)),
        }
    }
    out
}

#[test]
fn round_trip_holds_for_generated_edits() {
    for seed in 0..400u64 {
        let mut rng = Lcg(seed);
        let old: Vec<String> = (0..1 + rng.below(6)).map(|_| gen_block(&mut rng)).collect();
        let new = gen_edit(&mut rng, &old);
        let (old, new) = (old.join("\n\n") + "\n", new.join("\n\n") + "\n");
        let result = std::panic::catch_unwind(|| check(&old, &new));
        assert!(
            result.is_ok(),
            "seed {seed}:\n--- old\n{old}\n--- new\n{new}"
        );
    }
}

#[test]
fn marks_inside_links_are_not_focusable() {
    let v = check(
        "See [the old page](x.html) now.\n",
        "See [the new page](x.html) now.\n",
    );
    let link = &v.html[v.html.find("<a ").unwrap()..v.html.find("</a>").unwrap()];
    assert!(
        link.contains("id=\"change-1\"") && !link.contains("tabindex"),
        "{}",
        v.html
    );
}

#[test]
fn a_moved_paragraph_is_shown_at_its_new_place_with_a_linked_ghost() {
    let old = "The smell paragraph says the bins will not smell with a lid.\n\nMy reasons come next in the essay.\n\nThe ending asks the principal to act.\n";
    let new = "My reasons come next in the essay.\n\nThe smell paragraph says the bins will not smell with a tight lid.\n\nThe ending asks the principal to act.\n";
    let v = check(old, new);
    assert_eq!(v.stats.blocks_moved, 1, "{}", v.html);
    assert_eq!(
        (v.stats.blocks_added, v.stats.blocks_removed),
        (0, 0),
        "{}",
        v.html
    );
    assert_eq!(
        v.stats.words_added, 1,
        "the edit inside the moved block is counted"
    );
    let ghost = v.html.find("data-moved-to=\"change-1\"").expect("ghost");
    let moved = v
        .html
        .find("data-moved-from=\"was-change-1\"")
        .expect("moved block");
    assert!(
        ghost < moved,
        "moved down: the ghost comes first\n{}",
        v.html
    );
    assert!(v.html.contains("id=\"was-change-1\"") && v.html.contains("id=\"change-1\""));
    assert!(
        v.html[moved..].contains("<ins>"),
        "edits inside are marked:\n{}",
        v.html
    );
    assert!(
        v.stats.summary().contains("1 block moved"),
        "{}",
        v.stats.summary()
    );
    assert_eq!(v.changes, 1);
}

#[test]
fn a_paragraph_moved_up_unchanged_reads_correctly() {
    let v = check(
        "One two three four five.\n\nSix seven eight nine ten.\n\nEleven twelve thirteen fourteen.\n",
        "Eleven twelve thirteen fourteen.\n\nOne two three four five.\n\nSix seven eight nine ten.\n",
    );
    assert_eq!(v.stats.blocks_moved, 1, "{}", v.html);
    assert!(v.html.find("data-moved-from").unwrap() < v.html.find("data-moved-to").unwrap());
    assert!(v.html.contains("further down</a>:"), "{}", v.html);
}

#[test]
fn short_blocks_are_not_taken_for_moves() {
    let v = check(
        "Yes.\n\nA long paragraph stays right here.\n\nAnother long one stays too.\n",
        "A long paragraph stays right here.\n\nAnother long one stays too.\n\nYes.\n",
    );
    assert_eq!(v.stats.blocks_moved, 0, "{}", v.html);
    assert_eq!(
        (v.stats.blocks_added, v.stats.blocks_removed),
        (1, 1),
        "{}",
        v.html
    );
}
