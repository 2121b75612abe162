//! Comparing two rendered drafts into a change view that follows the diff contract in
//! DESIGN.md.
//!
//! This is the straightforward first engine: blocks are aligned (unchanged blocks first, the rest
//! paired by shared words in order), paired blocks get a word-level diff, unpaired blocks are
//! shown whole as added or removed. The output is always well formed, and the round trip holds:
//! dropping `<ins>`, `data-side="new"` and labels gives the old draft's text, and the reverse
//! gives the new one's.
//!
//! ```
//! use redraft::{diff, markdown, settings::RawHtml};
//! let old = markdown::render("It was a nice day.", RawHtml::Sanitize);
//! let new = markdown::render("It was a *bright* day.", RawHtml::Sanitize);
//! let view = diff::compare(&old, &new);
//! assert_eq!(view.stats.words_added, 1);
//! assert!(view.html.contains("<del id=\"change-1\""));
//! // The new draft's markup is kept, with the added word marked inside it.
//! assert!(view.html.contains("<em><ins>"));
//! ```

mod blocks;
pub mod terminal;
mod verify;
mod words;

pub use verify::{Violation, verify, well_formed};

use std::collections::HashMap;
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::markdown::{Block, Rendered};
use blocks::Alignment;

/// How long one comparison may spend searching for the best alignment before settling for a
/// coarser (still correct) one.
const DEADLINE: Duration = Duration::from_millis(250);

/// What changed between two drafts, counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ChangeStats {
    /// Words in the new draft that were not in the old one.
    pub words_added: usize,
    /// Words of the old draft that are gone.
    pub words_cut: usize,
    /// Blocks (paragraphs, headings, lists ...) that are new.
    pub blocks_added: usize,
    /// Blocks that were removed.
    pub blocks_removed: usize,
    /// Blocks rewritten so far that they are shown as old then new.
    pub blocks_rewritten: usize,
    /// Blocks edited in place.
    pub blocks_edited: usize,
    /// Blocks that moved (perhaps with edits).
    pub blocks_moved: usize,
}

impl ChangeStats {
    /// Whether the two drafts read the same.
    pub fn is_unchanged(&self) -> bool {
        *self == ChangeStats::default()
    }

    /// One line for people: "42 words added, 17 cut, 1 paragraph rewritten".
    pub fn summary(&self) -> String {
        if self.is_unchanged() {
            return "No changes to the text".to_string();
        }
        let mut parts = vec![
            format!(
                "{} {} added",
                self.words_added,
                plural(self.words_added, "word", "words")
            ),
            format!("{} cut", self.words_cut),
        ];
        let blocks = |n: usize, what: &str| format!("{n} {} {what}", plural(n, "block", "blocks"));
        if self.blocks_added > 0 {
            parts.push(blocks(self.blocks_added, "added"));
        }
        if self.blocks_removed > 0 {
            parts.push(blocks(self.blocks_removed, "removed"));
        }
        if self.blocks_rewritten > 0 {
            parts.push(blocks(self.blocks_rewritten, "rewritten"));
        }
        if self.blocks_moved > 0 {
            parts.push(blocks(self.blocks_moved, "moved"));
        }
        parts.join(", ")
    }
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

/// A rendered comparison of two drafts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChangeView {
    /// The inside of the inline change view (the element carrying `data-diff-from`/`-to` is the
    /// template's, so it can add its own classes).
    pub html: String,
    /// The counts behind the summary line.
    pub stats: ChangeStats,
    /// How many separate changes the view marks (for "change 3 of 7" navigation).
    pub changes: usize,
}

/// Compares two rendered drafts.
pub fn compare(old: &Rendered, new: &Rendered) -> ChangeView {
    let deadline = Instant::now() + DEADLINE;
    let mut alignment = blocks::align(&old.blocks, &new.blocks, deadline);
    blocks::find_moves(&mut alignment, &old.blocks, &new.blocks);
    // The change number of each move, given by whichever half comes first.
    let mut moves: HashMap<usize, usize> = HashMap::new();
    let mut out = String::with_capacity(old.html.len() + new.html.len());
    let mut stats = ChangeStats::default();
    let mut changes = 0;
    for step in alignment {
        match step {
            Alignment::Same(_, n) => {
                out.push_str(&new.blocks[n].html);
                out.push('\n');
            }
            Alignment::Removed(o) => {
                changes += 1;
                stats.blocks_removed += 1;
                stats.words_cut += crate::markdown::count_words(&old.blocks[o].text);
                push_whole_block(
                    &mut out,
                    &old.blocks[o],
                    Side::Old,
                    Some(changes),
                    "Removed",
                );
            }
            Alignment::Added(n) => {
                changes += 1;
                stats.blocks_added += 1;
                stats.words_added += crate::markdown::count_words(&new.blocks[n].text);
                push_whole_block(&mut out, &new.blocks[n], Side::New, Some(changes), "Added");
            }
            Alignment::Edited(o, n) => {
                match words::diff_block(&old.blocks[o], &new.blocks[n], Some(changes), deadline) {
                    Some(edit) => {
                        stats.blocks_edited += 1;
                        stats.words_added += edit.words_added;
                        stats.words_cut += edit.words_cut;
                        changes += edit.changes;
                        out.push_str(&edit.html);
                        out.push('\n');
                    }
                    None => {
                        stats.blocks_rewritten += 1;
                        stats.words_cut += crate::markdown::count_words(&old.blocks[o].text);
                        stats.words_added += crate::markdown::count_words(&new.blocks[n].text);
                        changes += 1;
                        push_whole_block(
                            &mut out,
                            &old.blocks[o],
                            Side::Old,
                            Some(changes),
                            "Rewritten, before",
                        );
                        push_whole_block(
                            &mut out,
                            &new.blocks[n],
                            Side::New,
                            None,
                            "Rewritten, after",
                        );
                    }
                }
            }
            Alignment::MovedAway { old: o, new: _ } => {
                let (number, first) = move_number(&mut moves, o, &mut changes);
                let whither = if first { "further down" } else { "further up" };
                let html = rename_ids(&old.blocks[o].html);
                out.push_str(&format!(
                    "<div class=\"diff-block diff-block--moved-away\" data-side=\"old\" data-moved-to=\"{id}\" id=\"was-{id}\" tabindex=\"-1\"><span class=\"diff-label\" data-diff-label>Moved <a href=\"#{id}\">{whither}</a>:</span>\n{html}\n</div>\n",
                    id = change_id(number),
                ));
            }
            Alignment::MovedHere { old: o, new: n } => {
                let (number, first) = move_number(&mut moves, o, &mut changes);
                let whence = if first { "further down" } else { "further up" };
                stats.blocks_moved += 1;
                let inner = match words::diff_block(&old.blocks[o], &new.blocks[n], None, deadline)
                {
                    Some(edit) => {
                        stats.words_added += edit.words_added;
                        stats.words_cut += edit.words_cut;
                        edit.html
                    }
                    // Too different to mark word by word: the ghost still carries the old text.
                    None => new.blocks[n].html.clone(),
                };
                out.push_str(&format!(
                    "<div class=\"diff-block diff-block--moved\" data-side=\"new\" data-moved-from=\"was-{id}\" id=\"{id}\" tabindex=\"-1\"><span class=\"diff-label\" data-diff-label>Moved here from <a href=\"#was-{id}\">{whence}</a>:</span>\n{inner}\n</div>\n",
                    id = change_id(number),
                ));
            }
        }
    }
    ChangeView {
        html: out,
        stats,
        changes,
    }
}

/// The change number of the move of old block `o`, and whether this is its first half.
fn move_number(moves: &mut HashMap<usize, usize>, o: usize, changes: &mut usize) -> (usize, bool) {
    if let Some(number) = moves.get(&o) {
        return (*number, false);
    }
    *changes += 1;
    moves.insert(o, *changes);
    (*changes, true)
}

/// An old block's ids, renamed so they cannot clash with the new draft's on the same page.
fn rename_ids(html: &str) -> String {
    html.replace(" id=\"", " id=\"old-")
}

/// The anchor id of change number `n`, for previous/next links.
pub fn change_id(n: usize) -> String {
    format!("change-{n}")
}

/// A block that exists on one side only, wrapped so the whole block carries `data-side`.
/// `number` is the change it starts, if it starts one (the "after" half of a rewrite does not).
fn push_whole_block(
    out: &mut String,
    block: &Block,
    side: Side,
    number: Option<usize>,
    label: &str,
) {
    let (side, class, html) = match side {
        // The old draft's ids (headings, notes) may stand in the new draft on the same page.
        Side::Old => ("old", "diff-block diff-block--old", rename_ids(&block.html)),
        Side::New => ("new", "diff-block diff-block--new", block.html.clone()),
    };
    let id = number
        .map(|n| format!(" id=\"{}\" tabindex=\"-1\"", change_id(n)))
        .unwrap_or_default();
    out.push_str(&format!(
        "<div class=\"{class}\" data-side=\"{side}\"{id}><span class=\"diff-label\" data-diff-label>{label}:</span>\n{html}\n</div>\n"
    ));
}

#[cfg(test)]
mod tests;

/// One of the two drafts a change view compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The earlier draft: reading it drops `<ins>` and `data-side="new"`.
    Old,
    /// The later draft: reading it drops `<del>` and `data-side="old"`.
    New,
}

/// Reads one draft's text back out of a change view's HTML, following the round-trip rule of
/// the diff contract: labels and notes are dropped, and so is the other side's text.
/// Whitespace is collapsed.
pub fn read_side(view_html: &str, side: Side) -> String {
    use crate::html::{Token, is_inline};
    let (skip_tag, skip_side) = match side {
        Side::Old => ("ins", "data-side=\"new\""),
        Side::New => ("del", "data-side=\"old\""),
    };
    let mut text = String::new();
    let mut skipping: Option<usize> = None; // depth at which a skipped element started
    let mut depth = 0usize;
    for token in crate::html::tokenize(view_html) {
        // Tags separate words only where their side is being read.
        match token {
            Token::Open(name, raw) => {
                if skipping.is_none() && !is_inline(name) {
                    text.push(' ');
                }
                depth += 1;
                let skip = name == skip_tag
                    || raw.contains(skip_side)
                    || raw.contains("data-diff-label")
                    || raw.contains("data-note");
                if skipping.is_none() && skip {
                    skipping = Some(depth);
                }
            }
            Token::Close(name, _) => {
                if skipping == Some(depth) {
                    skipping = None;
                }
                depth = depth.saturating_sub(1);
                if skipping.is_none() && !is_inline(name) {
                    text.push(' ');
                }
            }
            Token::Void(name, _) if skipping.is_none() && !is_inline(name) => text.push(' '),
            Token::Text(t) if skipping.is_none() => text.push_str(&crate::html::unescape(t)),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
