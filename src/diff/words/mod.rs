//! Word-level diff inside a pair of blocks.
//!
//! Both blocks are cut into tokens: tags, and text split on Unicode word boundaries (words,
//! spaces and punctuation apart). The token diff is then cleaned up for people, as
//! diff-match-patch's semantic cleanup does: a short unchanged run between two changes (a
//! space, punctuation, a small word or two) joins them into one change, so a rewritten phrase
//! reads as one cut and one addition rather than a comb of tiny ones. A single word with a
//! letter or two changed (a typo fixed) is shown letter by letter, and text that only gained or
//! lost formatting (emphasis, a link, code) is marked with what happened to it.
//!
//! The inline view follows the *new* block's markup, which is well formed on its own: inserted
//! text is wrapped in `<ins>`, closed before every tag and reopened after it, and deleted text is
//! placed, in `<del>`, at the matching spot. Deleted text never lands where the markup forbids
//! text (between `</li>` and `<li>`, say): it moves forward into the next element that takes
//! text, or back into the previous one. The side-by-side view marks each side's own markup.

mod emit;
mod formats;
mod marking;
mod runs;
mod script;
mod tokens;
mod typos;

use std::time::Instant;

use super::blocks::Blocks;
use super::markup::Said;
use super::{BlockEdit, ChangeStats, Side};
use crate::markdown::Block;
use emit::{Emitter, View, relocate_deletions};
use marking::mark;
pub(crate) use tokens::Prepared;

/// What comparing two blocks may use beyond the blocks themselves.
#[derive(Clone, Copy)]
pub(super) struct Context<'c> {
    /// Past it, the token diff settles for a quicker, coarser script.
    pub(super) deadline: Instant,
    /// The whole new draft: a word the writer still uses there is a word meant, and its
    /// replacement is no typo fix.
    pub(super) new_draft: Option<&'c Blocks<'c>>,
    /// The labels' words.
    pub(super) said: &'c Said<'c>,
}

impl Context<'_> {
    /// Whether the new draft has `word` somewhere, in any case.
    pub(super) fn still_used(&self, word: &str) -> bool {
        self.new_draft.is_some_and(|draft| draft.uses(word))
    }
}

/// Diffs two versions of a block. `None` means they share too little to show as edits.
/// Change ids continue from `changes_before`; with `None` the marks get no ids (the edits inside
/// a moved block belong to the move, which is one change). `prepared` holds the blocks'
/// tokens when a [`super::Comparable`] has them; they are cut here otherwise.
pub(super) fn diff_block<'a>(
    old: &'a Block,
    new: &'a Block,
    prepared: [Option<&Prepared<'a>>; 2],
    changes_before: Option<usize>,
    context: Context<'_>,
) -> Option<BlockEdit> {
    let (made_old, made_new);
    let old_block = match prepared[0] {
        Some(p) => p,
        None => {
            made_old = Prepared::of(&old.html);
            &made_old
        }
    };
    let new_block = match prepared[1] {
        Some(p) => p,
        None => {
            made_new = Prepared::of(&new.html);
            &made_new
        }
    };
    let mut marked = mark(old_block, new_block, context)?;
    relocate_deletions(&new_block.tokens, &new_block.allowed, &mut marked.gaps)?;
    let mut gaps = std::mem::take(&mut marked.gaps);

    let inline = Emitter::new(
        &marked,
        View::Inline {
            ids_from: changes_before,
        },
        old.html.len() + new.html.len(),
        context.said,
    )
    .run(
        &new_block.tokens,
        &marked.new_marks,
        &new_block.allowed,
        Some(&mut gaps),
    );
    // The placement rules above keep the round trip for every input found so far, but stray
    // markup from raw HTML can defeat them; a block that does not read back both ways is shown
    // as rewritten, which always does.
    if !super::reads_back(&inline.out, &old.text, &new.text) {
        return None;
    }
    let old_side = Emitter::new(
        &marked,
        View::Column(Side::Old),
        old.html.len(),
        context.said,
    )
    .run(
        &old_block.tokens,
        &marked.old_marks,
        &old_block.allowed,
        None,
    );
    let new_side = Emitter::new(
        &marked,
        View::Column(Side::New),
        new.html.len(),
        context.said,
    )
    .run(
        &new_block.tokens,
        &marked.new_marks,
        &new_block.allowed,
        None,
    );
    Some(BlockEdit {
        html: inline.out,
        old_side: old_side.out,
        new_side: new_side.out,
        stats: ChangeStats {
            words_added: marked.words_added,
            words_cut: marked.words_cut,
            formats_changed: inline.formats,
            blocks_repunctuated: usize::from(
                inline.changes > 0 && marked.words_added + marked.words_cut + inline.formats == 0,
            ),
            ..ChangeStats::default()
        },
        changes: inline.changes,
    })
}
