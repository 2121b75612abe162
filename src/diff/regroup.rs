//! Paragraphs split in two and paragraphs joined into one.
//!
//! The block alignment pairs one block with one block, so a paragraph split in two comes out
//! as the first half edited (its tail cut) and the second half added, the same words twice.
//! After aligning, each block that lost or gained words is checked against its neighbours:
//! when the new blocks beside it together read as the old block (or the old ones beside it as
//! the new block), they are taken as one block split or joined, and compared as one.

use super::bags::WordBag;
use super::blocks::{Alignment, Blocks};

/// Blocks that can be split or joined: paragraphs, lists and quotes.
const GROUPABLE: &[&str] = &["p", "ul", "ol", "blockquote"];

/// A part must have at least this share of its words among the words of the whole that the
/// other parts do not account for: the words cut from a paragraph here are the words of the
/// paragraph added after it.
const MIN_CONTAINED: f64 = 0.6;

/// The block the alignment already paired with the whole needs less: the alignment found it
/// alike, and a list that gained items as it was cut in two has many words of its own.
const MIN_PARTNER_CONTAINED: f64 = 0.5;

/// A part this short is not taken for one: a short new paragraph ("So it went.") shares its
/// few words with many. A short list (a one-item list cut off by a change of bullet) is, when
/// every word of it is among the whole's.
const MIN_PART_WORDS: usize = 4;

/// The parts together must be at least this similar to the whole.
const MIN_GROUP_SIMILARITY: f64 = 0.7;

/// At most this many parts: a paragraph cut into more is more likely rewritten.
const MAX_PARTS: usize = 8;

/// Blocks that may stand between two parts, added with the split (or cut with the join): a
/// heading put between the halves of a long list that became two sections. A short block of
/// the whole's own kind may too (one item put between the halves of a list), shown as added.
const BETWEEN: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6", "hr"];

/// Which side of the drafts holds the whole block, and which its parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Whole {
    /// One old block became several new ones.
    Old,
    /// Several old blocks became one new one.
    New,
}

/// Finds the splits and joins in `alignment` and returns it with them in place.
pub(super) fn regroup(
    alignment: Vec<Alignment>,
    old: &Blocks<'_>,
    new: &Blocks<'_>,
) -> Vec<Alignment> {
    let mut steps: Vec<Option<Alignment>> = alignment.into_iter().map(Some).collect();
    for at in 0..steps.len() {
        let Some(step) = steps[at] else {
            continue;
        };
        let found = match step {
            Alignment::Edited(o, n) => Group::find(&steps, at, Whole::Old, o, Some(n), old, new)
                .or_else(|| Group::find(&steps, at, Whole::New, n, Some(o), old, new)),
            Alignment::Removed(o) => Group::find(&steps, at, Whole::Old, o, None, old, new),
            Alignment::Added(n) => Group::find(&steps, at, Whole::New, n, None, old, new),
            _ => None,
        };
        if let Some(group) = found {
            group.apply(&mut steps);
        }
    }
    steps.into_iter().flatten().collect()
}

/// One block and the blocks on the other side that it was split into or joined from.
struct Group {
    whole: Whole,
    /// The whole block's index, and the position of its step.
    block: usize,
    at: usize,
    /// The parts' indices, in order, and the positions of their steps.
    parts: (usize, usize),
    part_steps: Vec<usize>,
}

impl Group {
    /// The parts of block `block` (on the `whole` side; its step at `at`), starting from
    /// `partner`, the block the alignment paired with it, if any.
    fn find(
        steps: &[Option<Alignment>],
        at: usize,
        whole: Whole,
        block: usize,
        partner: Option<usize>,
        old: &Blocks<'_>,
        new: &Blocks<'_>,
    ) -> Option<Group> {
        let (wholes, parts) = match whole {
            Whole::Old => (old, new),
            Whole::New => (new, old),
        };
        let tag = wholes.blocks[block].tag.as_str();
        if !GROUPABLE.contains(&tag) {
            return None;
        }
        // The position of each unpaired part-side block's step near `at`: no unchanged block
        // or move between.
        let lone = |step: &Alignment| match (whole, *step) {
            (Whole::Old, Alignment::Added(n)) => Some(n),
            (Whole::New, Alignment::Removed(o)) => Some(o),
            _ => None,
        };
        let nearby = |from: usize| -> Vec<(usize, usize)> {
            let mut found = Vec::new();
            let in_region = |s: &Option<Alignment>| {
                !matches!(
                    s,
                    Some(
                        Alignment::Same(..)
                            | Alignment::MovedAway { .. }
                            | Alignment::MovedHere { .. }
                            | Alignment::Split { .. }
                            | Alignment::Joined { .. }
                    )
                )
            };
            for p in (0..from).rev() {
                if !in_region(&steps[p]) {
                    break;
                }
                found.extend(steps[p].as_ref().and_then(lone).map(|b| (b, p)));
            }
            for (p, step) in steps.iter().enumerate().skip(from + 1) {
                if !in_region(step) {
                    break;
                }
                found.extend(step.as_ref().and_then(lone).map(|b| (b, p)));
            }
            found
        };
        let candidates = nearby(at);
        let whole_bag = wholes.bag(block);
        // Whether block `b` can be a part, its words mostly among `left`, the whole's words
        // that the parts so far do not account for.
        let fits_by = |b: usize, left: &WordBag, share: f64| {
            let bag = parts.bag(b);
            let shared = left.shared(bag);
            let long_enough =
                bag.len() >= MIN_PART_WORDS || (tag != "p" && bag.len() > 0 && shared == bag.len());
            parts.blocks[b].tag == tag && long_enough && shared as f64 >= share * bag.len() as f64
        };
        let fits = |b: usize, left: &WordBag| fits_by(b, left, MIN_CONTAINED);
        let position = |b: usize| candidates.iter().find(|(c, _)| *c == b).map(|(_, p)| *p);
        // Start from the partner, or else from the lone block sharing the most words.
        let (first, first_at) = match partner {
            Some(p) => (p, at),
            None => candidates
                .iter()
                .filter(|(b, _)| fits(*b, whole_bag))
                .max_by_key(|(b, _)| (whole_bag.shared(parts.bag(*b)), usize::MAX - b))
                .copied()?,
        };
        let share = match partner {
            Some(_) => MIN_PARTNER_CONTAINED,
            None => MIN_CONTAINED,
        };
        if !fits_by(first, whole_bag, share) {
            return None;
        }
        let (mut lo, mut hi) = (first, first);
        let mut part_steps = vec![first_at];
        let mut bag: WordBag = parts.bag(first).clone();
        let mut count = 1;
        while count < MAX_PARTS {
            let left = whole_bag.minus(&bag);
            let grow = |b: usize| position(b).filter(|_| fits(b, &left));
            // A part one block further, past a heading that came (or went) with the split.
            let across = |between: usize, b: usize| {
                position(between)
                    .filter(|_| {
                        let kind = parts.blocks[between].tag.as_str();
                        BETWEEN.contains(&kind)
                            || (kind == tag && parts.bag(between).len() < MIN_PART_WORDS)
                    })
                    .and_then(|q| grow(b).map(|p| (q, p)))
            };
            let (b, p) = if let Some(p) = lo.checked_sub(1).and_then(grow) {
                lo -= 1;
                (lo, p)
            } else if let Some(p) = grow(hi + 1) {
                hi += 1;
                (hi, p)
            } else if let Some((q, p)) = lo.checked_sub(2).and_then(|b| across(b + 1, b)) {
                lo -= 2;
                part_steps.push(q);
                (lo, p)
            } else if let Some((q, p)) = across(hi + 1, hi + 2) {
                hi += 2;
                part_steps.push(q);
                (hi, p)
            } else {
                break;
            };
            part_steps.push(p);
            bag = bag.merged(parts.bag(b));
            count += 1;
        }
        if count == 1 || whole_bag.similarity(&bag) < MIN_GROUP_SIMILARITY {
            return None;
        }
        let group = Group {
            whole,
            block,
            at,
            parts: (lo, hi + 1),
            part_steps,
        };
        group.keeps_order(steps).then_some(group)
    }

    /// Whether the steps between the group's first and last can stay where they are, after
    /// the group's one step: only unpaired blocks of the whole's side that come after it.
    fn keeps_order(&self, steps: &[Option<Alignment>]) -> bool {
        let (first, last) = self.span();
        (first..=last)
            .filter(|p| *p != self.at && !self.part_steps.contains(p))
            .all(|p| match (self.whole, steps[p]) {
                (Whole::Old, Some(Alignment::Removed(o))) => o > self.block,
                (Whole::New, Some(Alignment::Added(n))) => n > self.block,
                (_, None) => true,
                _ => false,
            })
    }

    fn span(&self) -> (usize, usize) {
        let all = self.part_steps.iter().chain([&self.at]);
        let first = all.clone().min().copied().unwrap_or(self.at);
        let last = all.max().copied().unwrap_or(self.at);
        (first, last)
    }

    /// Puts the group's step in place of its first, and drops the others.
    fn apply(&self, steps: &mut [Option<Alignment>]) {
        let (first, _) = self.span();
        for p in self.part_steps.iter().chain([&self.at]) {
            steps[*p] = None;
        }
        steps[first] = Some(match self.whole {
            Whole::Old => Alignment::Split {
                old: self.block,
                new: self.parts,
            },
            Whole::New => Alignment::Joined {
                old: self.parts,
                new: self.block,
            },
        });
    }
}
