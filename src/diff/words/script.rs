//! The edit script of two blocks' tokens: Myers' diff on their numbers, coarse (units) then
//! fine (tokens between the units it matched).

use std::ops::Range;
use std::time::Instant;

use similar::{DiffOp, DiffTag};

use super::tokens::Prepared;
use crate::diff::myers;

/// Blocks with fewer tokens than this (on both sides together) are diffed without a deadline:
/// the worst case, two unrelated blocks, is still only a few million steps.
const SMALL_BLOCK_TOKENS: usize = 2_000;

/// The diff of two blocks' tokens.
///
/// Prose is words and blanks in turn, and the diff's work grows with the length of the
/// sequences times the edits between them, so it runs twice, coarse then fine. First on units
/// (each token with the blank text after it, compared by the token alone), which halves both;
/// every unit matched there anchors its token. Then token by token between the anchors, where
/// what is left is short: a blank, or the words of one change with the blanks around them.
pub(super) fn token_diff(old: &Prepared<'_>, new: &Prepared<'_>, deadline: Instant) -> Vec<DiffOp> {
    let (old_ids, new_ids) = (&old.ids[..], &new.ids[..]);
    let (old_units, new_units) = (&old.units[..], &new.units[..]);
    let (old_unit_ids, new_unit_ids) = (&old.unit_ids[..], &new.unit_ids[..]);
    let (old, new) = (&old.tokens[..], &new.tokens[..]);
    // Small blocks are diffed in full; only a huge one needs the deadline (whose clock
    // readings are not free).
    let deadline = (old.len() + new.len() > SMALL_BLOCK_TOKENS).then_some(deadline);
    let unit_ops = myers::diff(
        old_unit_ids,
        0..old_units.len(),
        new_unit_ids,
        0..new_units.len(),
        deadline,
    );
    let mut ops = Ops::default();
    // Where the tokens not yet diffed start.
    let (mut o, mut n) = (0, 0);
    for op in unit_ops {
        let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        else {
            continue;
        };
        for (ou, nu) in old_units[old_index..old_index + len]
            .iter()
            .zip(&new_units[new_index..new_index + len])
        {
            if old[ou.start].is_blank() {
                continue;
            }
            ops.region(old_ids, o..ou.start, new_ids, n..nu.start, deadline);
            ops.equal(ou.start..ou.start + 1, nu.start..nu.start + 1);
            (o, n) = (ou.start + 1, nu.start + 1);
        }
    }
    ops.region(old_ids, o..old.len(), new_ids, n..new.len(), deadline);
    ops.0
}

/// Token diff operations, built in order: adjacent runs of one kind are merged.
#[derive(Default)]
struct Ops(Vec<DiffOp>);

impl Ops {
    /// The token diff of `old[o]` against `new[n]`, a stretch between two anchors.
    fn region(
        &mut self,
        old: &[u64],
        o: Range<usize>,
        new: &[u64],
        n: Range<usize>,
        deadline: Option<Instant>,
    ) {
        if old[o.clone()] == new[n.clone()] {
            self.equal(o, n);
        } else if o.is_empty() || n.is_empty() {
            self.changed(o, n);
        } else {
            for op in myers::diff(old, o, new, n, deadline) {
                let (tag, o, n) = op.as_tag_tuple();
                match tag {
                    DiffTag::Equal => self.equal(o, n),
                    _ => self.changed(o, n),
                }
            }
        }
    }

    fn equal(&mut self, old: Range<usize>, new: Range<usize>) {
        if old.is_empty() {
            return;
        }
        if let Some(DiffOp::Equal {
            old_index,
            new_index,
            len,
        }) = self.0.last_mut()
            && *old_index + *len == old.start
            && *new_index + *len == new.start
        {
            *len += old.len();
            return;
        }
        self.0.push(DiffOp::Equal {
            old_index: old.start,
            new_index: new.start,
            len: old.len(),
        });
    }

    fn changed(&mut self, old: Range<usize>, new: Range<usize>) {
        let op = match (old.is_empty(), new.is_empty()) {
            (true, true) => return,
            (false, true) => DiffOp::Delete {
                old_index: old.start,
                old_len: old.len(),
                new_index: new.start,
            },
            (true, false) => DiffOp::Insert {
                old_index: old.start,
                new_index: new.start,
                new_len: new.len(),
            },
            (false, false) => DiffOp::Replace {
                old_index: old.start,
                old_len: old.len(),
                new_index: new.start,
                new_len: new.len(),
            },
        };
        self.0.push(op);
    }
}
