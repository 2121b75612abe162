//! Aligning the blocks of two drafts.
//!
//! Unchanged blocks (compared with whitespace collapsed, so re-wrapped paragraphs match) are
//! matched first with a sequence diff. Between them, the remaining blocks are paired by how many
//! words they share, with an order-preserving alignment, so an edited paragraph is shown as
//! word edits even when a paragraph before it was added or cut.

use std::hash::Hasher;
use std::sync::OnceLock;
use std::time::Instant;

use similar::{Algorithm, DiffOp, capture_diff_slices_deadline};

use super::bags::WordBag;
use super::regroup::regroup;
use crate::markdown::Block;

/// Blocks whose words overlap less than this are not considered the same block at all.
const MIN_PAIR_SIMILARITY: f64 = 0.3;

/// Blocks of different kinds (a heading and a paragraph, a bulleted and a numbered list) pair
/// only when they share at least this much: then one was restyled into the other.
const MIN_RESTYLE_SIMILARITY: f64 = 0.6;

/// Larger unmatched regions than this (old × new blocks) are paired by position instead, to
/// bound the work.
const MAX_PAIRING_CELLS: usize = 40_000;

/// One step of the alignment, by block index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Alignment {
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
    /// Old block `old` split into new blocks `new.0..new.1`.
    Split { old: usize, new: (usize, usize) },
    /// Old blocks `old.0..old.1` joined into new block `new`.
    Joined { old: (usize, usize), new: usize },
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

/// A pair the alignment made of blocks sharing less than this ...
const WEAK_PAIR: f64 = 0.5;
/// ... is undone when one of its blocks shares at least this much more with a block cut (or
/// added) elsewhere, and enough to be a move: that block moved, and its place was rewritten.
const BETTER_BY: f64 = 0.2;

/// (position in the alignment, block index) of every removed and of every added block.
type Unpaired = Vec<(usize, usize)>;

fn unpaired(alignment: &[Alignment]) -> (Unpaired, Unpaired) {
    let (mut removed, mut added) = (Vec::new(), Vec::new());
    for (at, step) in alignment.iter().enumerate() {
        match *step {
            Alignment::Removed(o) => removed.push((at, o)),
            Alignment::Added(n) => added.push((at, n)),
            _ => {}
        }
    }
    (removed, added)
}

/// Turns pairs of removed and added blocks that are mostly the same words into moves. Each
/// block takes part in at most one move; the most similar pairs are taken first.
fn find_moves(alignment: &mut [Alignment], old: &Blocks<'_>, new: &Blocks<'_>) {
    let (removed, added) = unpaired(alignment);
    if removed.is_empty()
        || added.is_empty()
        || removed.len() > MAX_MOVE_CANDIDATES
        || added.len() > MAX_MOVE_CANDIDATES
    {
        return;
    }
    let mut candidates = Vec::new();
    for (i, &(_, o)) in removed.iter().enumerate() {
        for (j, &(_, n)) in added.iter().enumerate() {
            let (a, b) = (old.bag(o), new.bag(n));
            if !may_move(old, o, new, n) || a.len().min(b.len()) < MIN_MOVE_WORDS {
                continue;
            }
            let s = a.similarity(b);
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
    follow_moves(alignment, old, new);
}

/// Short blocks that moved with their neighbours: a section's heading ("Iteration") is too
/// short to be taken for a move on its own, but when it reads the same and the paragraph after
/// it (or before it) moved to just after (before) it, it moved with its section.
fn follow_moves(alignment: &mut [Alignment], old: &Blocks<'_>, new: &Blocks<'_>) {
    // Where each moved old block went, and where each added block stands in the alignment.
    let mut moved_to = std::collections::HashMap::new();
    let mut added = std::collections::HashMap::new();
    for (at, step) in alignment.iter().enumerate() {
        match *step {
            Alignment::MovedHere { old: o, new: n } => {
                moved_to.insert(o, n);
            }
            Alignment::Added(n) => {
                added.insert(n, at);
            }
            _ => {}
        }
    }
    // Each round takes the blocks next to a move; a heading two blocks away from a moved
    // paragraph follows in the next round.
    let mut found = !moved_to.is_empty() && !added.is_empty();
    while found {
        found = false;
        for at in 0..alignment.len() {
            let Alignment::Removed(o) = alignment[at] else {
                continue;
            };
            // The block just before where the next one went, or just after where the one before
            // went.
            let next = moved_to.get(&(o + 1)).and_then(|n| n.checked_sub(1));
            let before = o
                .checked_sub(1)
                .and_then(|p| moved_to.get(&p))
                .map(|n| n + 1);
            let Some((n, at_new)) = [next, before].into_iter().flatten().find_map(|n| {
                let at_new = *added.get(&n)?;
                same_text(&old.blocks[o], &new.blocks[n]).then_some((n, at_new))
            }) else {
                continue;
            };
            alignment[at] = Alignment::MovedAway { old: o, new: n };
            alignment[at_new] = Alignment::MovedHere { old: o, new: n };
            added.remove(&n);
            moved_to.insert(o, n);
            found = true;
        }
    }
}

/// Aligns the blocks of two drafts and finds the ones that moved.
///
/// Exact matches anchor the alignment first, which is right almost always. But when a block
/// moved unchanged past blocks that were edited, the one exact match pulls the edited ones out
/// of line and they all look moved. So when that first alignment finds two moves or more, the
/// blocks are also paired by similarity alone, in order, and whichever alignment shows fewer
/// moves wins: "1 paragraph moved", not "3 paragraphs moved".
pub(crate) fn align_with_moves(
    old: &Blocks<'_>,
    new: &Blocks<'_>,
    deadline: Instant,
) -> Vec<Alignment> {
    let mut anchored = unpair_weak_edits(
        regroup(align_blocks(old, new, deadline), old, new),
        old,
        new,
    );
    find_moves(&mut anchored, old, new);
    let moves = |a: &[Alignment]| {
        a.iter()
            .filter(|s| matches!(s, Alignment::MovedHere { .. }))
            .count()
    };
    let anchored_moves = moves(&anchored);
    if anchored_moves < 2 || old.blocks.len() * new.blocks.len() > MAX_PAIRING_CELLS {
        return anchored;
    }
    let mut paired = Vec::with_capacity(anchored.len());
    pair(
        old,
        0..old.blocks.len(),
        new,
        0..new.blocks.len(),
        &mut paired,
    );
    for step in &mut paired {
        if let Alignment::Edited(o, n) = *step
            && same_text(&old.blocks[o], &new.blocks[n])
        {
            *step = Alignment::Same(o, n);
        }
    }
    let mut paired = unpair_weak_edits(regroup(paired, old, new), old, new);
    find_moves(&mut paired, old, new);
    if moves(&paired) < anchored_moves {
        paired
    } else {
        anchored
    }
}

/// Whether block `a` of one draft and block `b` of the other may be one block moved: of one
/// kind, or of kinds one restyles into (a quote moved and put in an aside).
fn may_move(a_side: &Blocks<'_>, a: usize, b_side: &Blocks<'_>, b: usize) -> bool {
    let (a, b) = (a_side.blocks[a].tag.as_str(), b_side.blocks[b].tag.as_str());
    a == b || restylable(a, b)
}

/// The alignment with each weak pair undone ([`WEAK_PAIR`], [`BETTER_BY`]) into a block cut
/// and a block added, for [`find_moves`] to find where they went and came from: a paragraph
/// moved to where another was rewritten is paired with the rewrite by position, and would
/// otherwise show as cut at its old place and rewritten at its new one.
fn unpair_weak_edits(
    alignment: Vec<Alignment>,
    old: &Blocks<'_>,
    new: &Blocks<'_>,
) -> Vec<Alignment> {
    let (removed, added) = unpaired(&alignment);
    let removed: Vec<usize> = removed.into_iter().map(|(_, o)| o).collect();
    let added: Vec<usize> = added.into_iter().map(|(_, n)| n).collect();
    if (removed.is_empty() && added.is_empty())
        || removed.len() > MAX_MOVE_CANDIDATES
        || added.len() > MAX_MOVE_CANDIDATES
    {
        return alignment;
    }
    // Whether `block` of `side` has a better partner among `others` of `other_side`.
    let moved =
        |side: &Blocks<'_>, block: usize, other_side: &Blocks<'_>, others: &[usize], pair: f64| {
            let bag = side.bag(block);
            bag.len() >= MIN_MOVE_WORDS
                && others.iter().any(|&b| {
                    may_move(side, block, other_side, b)
                        && other_side.bag(b).len() >= MIN_MOVE_WORDS
                        && bag.similarity(other_side.bag(b))
                            >= MIN_MOVE_SIMILARITY.max(pair + BETTER_BY)
                })
        };
    let mut out = Vec::with_capacity(alignment.len() + 2);
    for step in alignment {
        if let Alignment::Edited(o, n) = step {
            let pair = old.bag(o).similarity(new.bag(n));
            if pair < WEAK_PAIR
                && (moved(new, n, old, &removed, pair) || moved(old, o, new, &added, pair))
            {
                out.push(Alignment::Removed(o));
                out.push(Alignment::Added(n));
                continue;
            }
        }
        out.push(step);
    }
    out
}

/// Whether two blocks' HTML is the same, whitespace collapsed.
fn same_text(a: &Block, b: &Block) -> bool {
    crate::text::same_words(&a.html, &b.html)
}

/// Aligns `old` and `new` blocks in reading order of the new draft.
pub(super) fn align(old: &[Block], new: &[Block], deadline: Instant) -> Vec<Alignment> {
    align_blocks(&Blocks::new(old), &Blocks::new(new), deadline)
}

fn align_blocks(old: &Blocks<'_>, new: &Blocks<'_>, deadline: Instant) -> Vec<Alignment> {
    let (old_blocks, new_blocks) = (old.blocks, new.blocks);
    // Equal keys (hashes of the collapsed HTML) mean equal text but for a collision, which
    // [`same_text`] rules out below.
    let ops =
        capture_diff_slices_deadline(Algorithm::Patience, &old.keys, &new.keys, Some(deadline));
    let mut out = Vec::with_capacity(old_blocks.len().max(new_blocks.len()));
    for op in ops {
        match op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => {
                // Equal keys are equal text but for a hash collision, which must not hide a
                // change: such a pair is diffed as an edit.
                out.extend((0..len).map(|i| {
                    let (o, n) = (old_index + i, new_index + i);
                    if same_text(&old_blocks[o], &new_blocks[n]) {
                        Alignment::Same(o, n)
                    } else {
                        Alignment::Edited(o, n)
                    }
                }));
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
    old: &Blocks<'_>,
    old_range: std::ops::Range<usize>,
    new: &Blocks<'_>,
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
    // similarity[i * m + j], each computed once: the search and the walk back both read it.
    let mut similarity = vec![0.0f64; n * m];
    for i in 0..n {
        for j in 0..m {
            let (o, n) = (old_range.start + i, new_range.start + j);
            let (old_tag, new_tag) = (&old.blocks[o].tag, &new.blocks[n].tag);
            let least = if old_tag == new_tag {
                MIN_PAIR_SIMILARITY
            } else if restylable(old_tag, new_tag) {
                MIN_RESTYLE_SIMILARITY
            } else {
                continue;
            };
            let (a, b) = (old.bag(o), new.bag(n));
            // A block put into a wrapper (or taken out) is all inside it, whatever the wrapper
            // adds (a caption longer than the code it captions).
            let wrapped = (WRAPPERS.contains(&old_tag.as_str())
                != WRAPPERS.contains(&new_tag.as_str()))
                && a.len().min(b.len()) >= MIN_WRAPPED_WORDS
                && a.shared(b) as f64 >= MIN_WRAPPED_SHARE * a.len().min(b.len()) as f64;
            if wrapped {
                similarity[i * m + j] = a.similarity(b).max(least);
                continue;
            }
            // Blocks of very different lengths cannot pass: no need to count.
            if a.similarity_at_most(b) < least {
                continue;
            }
            let s = a.similarity(b);
            if s >= least {
                similarity[i * m + j] = s;
            }
        }
    }
    let sim = |i: usize, j: usize| similarity[i * m + j];
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

/// A block and a wrapper pair when this share of the smaller one's words (at least
/// [`MIN_WRAPPED_WORDS`]) is in the other.
const MIN_WRAPPED_SHARE: f64 = 0.9;
const MIN_WRAPPED_WORDS: usize = 3;

/// Blocks a writer wraps around others in HTML.
pub(super) const WRAPPERS: &[&str] = &["figure", "aside", "section", "details", "div"];

/// Whether a block of kind `old` can be restyled into one of kind `new`: one text block into
/// another (paragraphs, headings, quotes, lists, tables), or any block into a wrapper a writer
/// puts around it in HTML and out of one again (a figure around a code listing, an aside for
/// a quote). Code and rules do not turn into text: their change of kind is a change of content.
pub(super) fn restylable(old: &str, new: &str) -> bool {
    // "" is text outside any element: what is left of an HTML block whose tags the sanitizer
    // dropped (a `<caption>` outside a table), read as a paragraph.
    const TEXT: &[&str] = &[
        "p",
        "",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "ul",
        "ol",
        "table",
    ];
    let text_or_wrapper = |tag: &str| TEXT.contains(&tag) || WRAPPERS.contains(&tag);
    (text_or_wrapper(old) && text_or_wrapper(new))
        || WRAPPERS.contains(&old)
        || WRAPPERS.contains(&new)
}

/// A draft's blocks with what aligning works out from each block alone: its layout key, made
/// for every block at once, and its word bag, made the first time a pairing asks for it (the
/// alignment, the search for moves and the second alignment may all ask for the same block's).
/// A draft takes part in two comparisons, so [`super::Comparable`] keeps one for both.
pub(crate) struct Blocks<'a> {
    pub(super) blocks: &'a [Block],
    /// A hash of each block's HTML with whitespace collapsed, so re-wrapped paragraphs share a
    /// key. Not stable across versions.
    keys: Vec<u64>,
    bags: Vec<OnceLock<WordBag>>,
}

impl<'a> Blocks<'a> {
    pub(crate) fn new(blocks: &'a [Block]) -> Blocks<'a> {
        Blocks {
            keys: blocks.iter().map(|b| layout_key(&b.html)).collect(),
            bags: blocks.iter().map(|_| OnceLock::new()).collect(),
            blocks,
        }
    }

    pub(super) fn bag(&self, i: usize) -> &WordBag {
        self.bags[i].get_or_init(|| WordBag::of(&self.blocks[i].text))
    }

    /// Whether the draft has each word of `text` somewhere, in any case.
    pub(super) fn uses(&self, text: &str) -> bool {
        let wanted = WordBag::of(text);
        wanted
            .words()
            .all(|word| (0..self.blocks.len()).any(|i| self.bag(i).has(word)))
    }
}

/// The hash of `html` with whitespace collapsed (split as `split_whitespace` splits).
fn layout_key(html: &str) -> u64 {
    let mut hash = rustc_hash::FxHasher::default();
    let mut add = |word: &[u8]| {
        hash.write(word);
        hash.write_u8(b' ');
    };
    // Byte by byte when the HTML is ASCII.
    if html.is_ascii() {
        let words = html.as_bytes().split(|b| crate::text::is_ascii_space(*b));
        words.filter(|w| !w.is_empty()).for_each(&mut add);
    } else {
        html.split_whitespace().for_each(|w| add(w.as_bytes()));
    }
    hash.finish()
}
