//! Aligning the blocks of two drafts.
//!
//! Unchanged blocks (compared with whitespace collapsed, so re-wrapped paragraphs match) are
//! matched first with a sequence diff. Between them, the remaining blocks are paired by how many
//! words they share, with an order-preserving alignment, so an edited paragraph is shown as
//! word edits even when a paragraph before it was added or cut.

use std::collections::HashMap;
use std::time::Instant;

use similar::{Algorithm, DiffOp, capture_diff_slices_deadline};

use crate::markdown::Block;

/// Blocks whose words overlap less than this are not considered the same block at all.
const MIN_PAIR_SIMILARITY: f64 = 0.3;

/// Larger unmatched regions than this (old × new blocks) are paired by position instead, to
/// bound the work.
const MAX_PAIRING_CELLS: usize = 40_000;

/// One step of the alignment, by block index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Alignment {
    /// The block reads the same in both drafts.
    Same(usize, usize),
    /// The old block and the new block are versions of each other.
    Edited(usize, usize),
    /// Only in the old draft.
    Removed(usize),
    /// Only in the new draft.
    Added(usize),
    /// Where block `old` stood before it moved to `new` (shown as a ghost).
    MovedAway { old: usize, new: usize },
    /// Where block `old` moved to, as block `new` (shown with its edits).
    MovedHere { old: usize, new: usize },
}

/// A removed and an added block share at least this much of their words to count as one block
/// that moved.
const MIN_MOVE_SIMILARITY: f64 = 0.6;

/// Blocks shorter than this are never taken for moves ("Yes." removed here and added there is
/// not a move anyone would care about).
const MIN_MOVE_WORDS: usize = 4;

/// Past this many removed or added blocks, moves are not looked for (as wikidiff2 does), so the
/// work stays bounded on unrelated drafts.
const MAX_MOVE_CANDIDATES: usize = 100;

/// Turns pairs of removed and added blocks that are mostly the same words into moves. Each
/// block takes part in at most one move; the most similar pairs are taken first.
pub fn find_moves(alignment: &mut [Alignment], old: &[Block], new: &[Block]) {
    // (position in the alignment, block index) of every removed and every added block.
    let positions = |pick: fn(&Alignment) -> Option<usize>| -> Vec<(usize, usize)> {
        alignment
            .iter()
            .enumerate()
            .filter_map(|(at, a)| pick(a).map(|b| (at, b)))
            .collect()
    };
    let removed = positions(|a| {
        if let Alignment::Removed(o) = a {
            Some(*o)
        } else {
            None
        }
    });
    let added = positions(|a| {
        if let Alignment::Added(n) = a {
            Some(*n)
        } else {
            None
        }
    });
    if removed.is_empty()
        || added.is_empty()
        || removed.len() > MAX_MOVE_CANDIDATES
        || added.len() > MAX_MOVE_CANDIDATES
    {
        return;
    }
    let bags_old: Vec<WordBag> = removed
        .iter()
        .map(|&(_, o)| WordBag::new(&old[o].text))
        .collect();
    let bags_new: Vec<WordBag> = added
        .iter()
        .map(|&(_, n)| WordBag::new(&new[n].text))
        .collect();
    let mut candidates = Vec::new();
    for (i, &(_, o)) in removed.iter().enumerate() {
        for (j, &(_, n)) in added.iter().enumerate() {
            if old[o].tag != new[n].tag || bags_old[i].total.min(bags_new[j].total) < MIN_MOVE_WORDS
            {
                continue;
            }
            let s = bags_old[i].similarity(&bags_new[j]);
            if s >= MIN_MOVE_SIMILARITY {
                candidates.push((s, i, j));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut used_old, mut used_new) = (vec![false; removed.len()], vec![false; added.len()]);
    for (_, i, j) in candidates {
        if used_old[i] || used_new[j] {
            continue;
        }
        used_old[i] = true;
        used_new[j] = true;
        let ((at_old, o), (at_new, n)) = (removed[i], added[j]);
        alignment[at_old] = Alignment::MovedAway { old: o, new: n };
        alignment[at_new] = Alignment::MovedHere { old: o, new: n };
    }
}

/// Aligns `old` and `new` blocks in reading order of the new draft.
pub fn align(old: &[Block], new: &[Block], deadline: Instant) -> Vec<Alignment> {
    let key = |b: &Block| b.html.split_whitespace().collect::<Vec<_>>().join(" ");
    let old_keys: Vec<String> = old.iter().map(key).collect();
    let new_keys: Vec<String> = new.iter().map(key).collect();
    let ops =
        capture_diff_slices_deadline(Algorithm::Patience, &old_keys, &new_keys, Some(deadline));
    let mut out = Vec::with_capacity(old.len().max(new.len()));
    for op in ops {
        match op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => {
                out.extend((0..len).map(|i| Alignment::Same(old_index + i, new_index + i)));
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => {
                out.extend((old_index..old_index + old_len).map(Alignment::Removed));
            }
            DiffOp::Insert {
                new_index, new_len, ..
            } => {
                out.extend((new_index..new_index + new_len).map(Alignment::Added));
            }
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                pair(
                    old,
                    old_index..old_index + old_len,
                    new,
                    new_index..new_index + new_len,
                    &mut out,
                );
            }
        }
    }
    out
}

/// Pairs the blocks of a changed region, maximising total word similarity in order.
fn pair(
    old: &[Block],
    old_range: std::ops::Range<usize>,
    new: &[Block],
    new_range: std::ops::Range<usize>,
    out: &mut Vec<Alignment>,
) {
    let (n, m) = (old_range.len(), new_range.len());
    if n * m > MAX_PAIRING_CELLS {
        let common = n.min(m);
        for i in 0..common {
            out.push(Alignment::Edited(old_range.start + i, new_range.start + i));
        }
        out.extend((old_range.start + common..old_range.end).map(Alignment::Removed));
        out.extend((new_range.start + common..new_range.end).map(Alignment::Added));
        return;
    }
    let bags_old: Vec<WordBag> = old_range
        .clone()
        .map(|i| WordBag::new(&old[i].text))
        .collect();
    let bags_new: Vec<WordBag> = new_range
        .clone()
        .map(|j| WordBag::new(&new[j].text))
        .collect();
    let sim = |i: usize, j: usize| -> f64 {
        if old[old_range.start + i].tag != new[new_range.start + j].tag {
            return 0.0;
        }
        let s = bags_old[i].similarity(&bags_new[j]);
        if s >= MIN_PAIR_SIMILARITY { s } else { 0.0 }
    };
    // score[i][j]: best total similarity pairing old[i..] with new[j..].
    let mut score = vec![0.0f64; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let s = sim(i, j);
            let take = if s > 0.0 {
                s + score[at(i + 1, j + 1)]
            } else {
                0.0
            };
            score[at(i, j)] = take.max(score[at(i + 1, j)]).max(score[at(i, j + 1)]);
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        let s = sim(i, j);
        if s > 0.0 && (score[at(i, j)] - (s + score[at(i + 1, j + 1)])).abs() < 1e-9 {
            out.push(Alignment::Edited(old_range.start + i, new_range.start + j));
            i += 1;
            j += 1;
        } else if score[at(i, j)] == score[at(i + 1, j)] {
            out.push(Alignment::Removed(old_range.start + i));
            i += 1;
        } else {
            out.push(Alignment::Added(new_range.start + j));
            j += 1;
        }
    }
    out.extend((old_range.start + i..old_range.end).map(Alignment::Removed));
    out.extend((new_range.start + j..new_range.end).map(Alignment::Added));
}

/// Lower-cased words with their counts, for similarity measured on words, not characters.
struct WordBag {
    counts: HashMap<String, usize>,
    total: usize,
}

impl WordBag {
    fn new(text: &str) -> WordBag {
        let mut counts = HashMap::new();
        let mut total = 0;
        for w in unicode_segmentation::UnicodeSegmentation::unicode_words(text) {
            *counts.entry(w.to_lowercase()).or_insert(0) += 1;
            total += 1;
        }
        WordBag { counts, total }
    }

    /// Dice coefficient: shared words over the average length, 0 to 1.
    fn similarity(&self, other: &WordBag) -> f64 {
        if self.total + other.total == 0 {
            return 1.0;
        }
        let shared: usize = self
            .counts
            .iter()
            .map(|(w, c)| (*c).min(other.counts.get(w).copied().unwrap_or(0)))
            .sum();
        2.0 * shared as f64 / (self.total + other.total) as f64
    }
}
