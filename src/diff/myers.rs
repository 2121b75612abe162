//! Myers' shortest edit script, for the word diff's sequences of token numbers.
//!
//! The word diff runs Myers many times on short sequences of numbers (a paragraph's units, then
//! the stretches between their anchors) with few edits between them. For that case the greedy
//! forward search of Myers' paper, which keeps each round's furthest reaching paths and walks
//! back through them, is the quickest: no recursion, and nothing to compare but numbers. Its
//! memory grows with the square of the edits, so past [`MAX_EDITS`] (two unrelated paragraphs)
//! the search hands over to `similar`'s linear-space one, which also honours the deadline. The
//! edit script goes through `similar`'s own clean-up (hunks slid together, a cut beside an
//! addition made one replacement), so the ops read as they would from `similar`.

use std::ops::Range;
use std::time::Instant;

use similar::algorithms::{Capture, Compact, DiffHook, Replace};
use similar::{Algorithm, DiffOp, capture_diff_deadline};

/// The most edits the greedy search looks for before handing over.
const MAX_EDITS: usize = 256;

/// The diff of `old[o]` against `new[n]`, as `similar::capture_diff_deadline` gives it.
pub(super) fn diff(
    old: &[u64],
    o: Range<usize>,
    new: &[u64],
    n: Range<usize>,
    deadline: Option<Instant>,
) -> Vec<DiffOp> {
    let Some(edits) = shortest_edits(&old[o.clone()], &new[n.clone()]) else {
        return capture_diff_deadline(Algorithm::Myers, old, o, new, n, deadline);
    };
    let mut hook = Compact::new(Replace::new(Capture::new()), old, new);
    for edit in edits {
        // The hooks here never fail.
        let _ = match edit {
            Edit::Equal { old, new, len } => hook.equal(o.start + old, n.start + new, len),
            Edit::Delete { old, len, new } => hook.delete(o.start + old, len, n.start + new),
            Edit::Insert { old, new, len } => hook.insert(o.start + old, n.start + new, len),
        };
    }
    let _ = hook.finish();
    hook.into_inner().into_inner().into_ops()
}

/// One step of an edit script, with indices into the two sequences.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Edit {
    Equal { old: usize, new: usize, len: usize },
    Delete { old: usize, len: usize, new: usize },
    Insert { old: usize, new: usize, len: usize },
}

/// How many elements `a` and `b` share at the start, and then at the end of what is left.
pub(super) fn common_ends<T: PartialEq>(a: &[T], b: &[T]) -> (usize, usize) {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    (prefix, suffix)
}

/// A shortest edit script turning `a` into `b`, in order, or `None` when it takes more than
/// [`MAX_EDITS`] edits.
fn shortest_edits(a: &[u64], b: &[u64]) -> Option<Vec<Edit>> {
    let (prefix, suffix) = common_ends(a, b);
    let (x_end, y_end) = (a.len() - suffix, b.len() - suffix);
    // Room for a few changes, each an edit and the stretch kept after it.
    let mut edits = Vec::with_capacity(16);
    if prefix > 0 {
        edits.push(Edit::Equal {
            old: 0,
            new: 0,
            len: prefix,
        });
    }
    middle(a, prefix..x_end, b, prefix..y_end, &mut edits)?;
    if suffix > 0 {
        edits.push(Edit::Equal {
            old: x_end,
            new: y_end,
            len: suffix,
        });
    }
    Some(edits)
}

/// Appends the shortest edit script of `a[ra]` against `b[rb]` (which share no first or last
/// element) to `edits`.
fn middle(
    a: &[u64],
    ra: Range<usize>,
    b: &[u64],
    rb: Range<usize>,
    edits: &mut Vec<Edit>,
) -> Option<()> {
    let (a, b) = (&a[ra.clone()], &b[rb.clone()]);
    let (n, m) = (a.len(), b.len());
    if n == 0 || m == 0 {
        if n > 0 {
            edits.push(Edit::Delete {
                old: ra.start,
                len: n,
                new: rb.start,
            });
        }
        if m > 0 {
            edits.push(Edit::Insert {
                old: ra.start,
                new: rb.start,
                len: m,
            });
        }
        return Some(());
    }
    let limit = (n + m).min(MAX_EDITS) as isize;
    // `v[k]` is the furthest x reached on diagonal k (y = x - k), offset by `limit + 1`; the
    // trace holds each round's `v[-d..=d]`, one round after the other, to walk back through.
    // Both are kept per thread: most searches are short and many.
    SCRATCH.with_borrow_mut(|Scratch { v, trace }| {
        let offset = limit as usize + 1;
        v.clear();
        // Diagonals not reached yet hold -1, so the edge diagonals of each round take the one
        // path they have without a test of their own.
        v.resize(2 * offset + 1, -1);
        trace.clear();
        let mut end = None;
        'rounds: for d in 0..=limit as usize {
            // Diagonal k is `v[offset + k]`: this round's, -d to d by twos, run from lo to hi.
            let (lo, hi) = (offset - d, offset + d);
            let mut i = lo;
            while i <= hi {
                // Down from diagonal k + 1, or right from k - 1, whichever reached further.
                let (left, right) = (v[i - 1], v[i + 1]);
                let mut x = if left < right { right } else { left + 1 } as usize;
                // y = x - k, which wraps (and stops the snake) off the grid.
                let mut y = (x + offset).wrapping_sub(i);
                while x < n && y < m && a[x] == b[y] {
                    x += 1;
                    y += 1;
                }
                v[i] = x as i32;
                if x >= n && y >= m {
                    end = Some(d as isize);
                    trace.extend_from_slice(&v[lo..=hi]);
                    break 'rounds;
                }
                i += 2;
            }
            trace.extend_from_slice(&v[lo..=hi]);
        }
        let d_end = end?;
        walk_back(trace, d_end, (n, m), (ra.start, rb.start), edits);
        Some(())
    })
}

/// Per-thread buffers for [`middle`].
#[derive(Default)]
struct Scratch {
    v: Vec<i32>,
    trace: Vec<i32>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

/// Walks back through the search's `trace` from `(n, m)`, reached in round `d_end`, and
/// appends the script (indices offset by `from`) to `edits`.
fn walk_back(
    trace: &[i32],
    d_end: isize,
    (n, m): (usize, usize),
    from: (usize, usize),
    edits: &mut Vec<Edit>,
) {
    let mut backwards = Vec::with_capacity(2 * d_end as usize + 1);
    let (mut x, mut y) = (n, m);
    // Round d's values start at d * d in `trace` (rounds 0..d hold 1 + 3 + ... + (2d - 1)).
    let round = |d: isize, k: isize| trace[(d * d + (k + d)) as usize] as usize;
    for d in (1..=d_end).rev() {
        let k = x as isize - y as isize;
        let down = k == -d || (k != d && round(d - 1, k - 1) < round(d - 1, k + 1));
        let prev_k = if down { k + 1 } else { k - 1 };
        let prev_x = round(d - 1, prev_k);
        let prev_y = (prev_x as isize - prev_k) as usize;
        let (mid_x, mid_y) = if down {
            (prev_x, prev_y + 1)
        } else {
            (prev_x + 1, prev_y)
        };
        if x > mid_x {
            backwards.push(Edit::Equal {
                old: from.0 + mid_x,
                new: from.1 + mid_y,
                len: x - mid_x,
            });
        }
        backwards.push(if down {
            Edit::Insert {
                old: from.0 + prev_x,
                new: from.1 + prev_y,
                len: 1,
            }
        } else {
            Edit::Delete {
                old: from.0 + prev_x,
                len: 1,
                new: from.1 + prev_y,
            }
        });
        (x, y) = (prev_x, prev_y);
    }
    if x > 0 {
        backwards.push(Edit::Equal {
            old: from.0,
            new: from.1,
            len: x,
        });
    }
    // Neighbouring one-element edits of a kind become one edit.
    for edit in backwards.into_iter().rev() {
        match (edits.last_mut(), edit) {
            (Some(Edit::Delete { len, .. }), Edit::Delete { len: more, .. })
            | (Some(Edit::Insert { len, .. }), Edit::Insert { len: more, .. }) => *len += more,
            _ => edits.push(edit),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fewest single-element edits that turn `a` into `b`: `a.len() + b.len()` less twice
    /// their longest common subsequence, by the textbook table.
    fn fewest_edits(a: &[u64], b: &[u64]) -> usize {
        let mut row = vec![0usize; b.len() + 1];
        for x in a {
            let mut diagonal = 0;
            for (j, y) in b.iter().enumerate() {
                let above = row[j + 1];
                row[j + 1] = if x == y {
                    diagonal + 1
                } else {
                    above.max(row[j])
                };
                diagonal = above;
            }
        }
        a.len() + b.len() - 2 * row[b.len()]
    }

    /// Replays `ops` on `old`, checking that each equal stretch is equal, and gives what they
    /// make with the number of elements cut and added.
    fn apply(ops: &[DiffOp], old: &[u64], new: &[u64]) -> (Vec<u64>, usize) {
        let (mut out, mut edits) = (Vec::new(), 0);
        for op in ops {
            let (tag, o, n) = op.as_tag_tuple();
            if tag == similar::DiffTag::Equal {
                assert_eq!(old[o.clone()], new[n.clone()], "{op:?}");
            } else {
                edits += o.len() + n.len();
            }
            out.extend_from_slice(&new[n]);
        }
        let cut: usize = ops.iter().map(|op| op.old_range().len()).sum();
        assert_eq!(cut, old.len(), "the ops cover the old sequence: {ops:?}");
        (out, edits)
    }

    /// A deterministic sequence: `len` numbers below `alphabet`.
    fn sequence(seed: &mut u64, len: usize, alphabet: u64) -> Vec<u64> {
        (0..len)
            .map(|_| {
                *seed = seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                (*seed >> 33) % alphabet
            })
            .collect()
    }

    #[test]
    fn the_script_is_a_shortest_one_and_turns_old_into_new() {
        let mut seed = 7;
        for case in 0..3_000 {
            let alphabet = [2, 3, 5, 20][case % 4];
            let (old_len, new_len) = ((seed >> 40) as usize % 40, (seed >> 20) as usize % 40);
            let old = sequence(&mut seed, old_len, alphabet);
            let new = sequence(&mut seed, new_len, alphabet);
            let edits = shortest_edits(&old, &new).expect("few edits");
            let mut count = 0;
            for edit in &edits {
                count += match *edit {
                    Edit::Equal {
                        old: o,
                        new: n,
                        len,
                    } => {
                        assert_eq!(old[o..o + len], new[n..n + len]);
                        0
                    }
                    Edit::Delete { len, .. } | Edit::Insert { len, .. } => len,
                };
            }
            assert_eq!(count, fewest_edits(&old, &new), "{old:?} -> {new:?}");
            let (made, _) = apply(
                &diff(&old, 0..old.len(), &new, 0..new.len(), None),
                &old,
                &new,
            );
            assert_eq!(made, new);
        }
    }

    #[test]
    fn a_stretch_inside_longer_sequences_is_diffed_in_place() {
        let (old, new) = ([9, 1, 2, 3, 9], [8, 8, 1, 3, 4, 8]);
        let ops = diff(&old, 1..4, &new, 2..5, None);
        assert_eq!(
            ops,
            [
                DiffOp::Equal {
                    old_index: 1,
                    new_index: 2,
                    len: 1
                },
                DiffOp::Delete {
                    old_index: 2,
                    old_len: 1,
                    new_index: 3
                },
                DiffOp::Equal {
                    old_index: 3,
                    new_index: 3,
                    len: 1
                },
                DiffOp::Insert {
                    old_index: 4,
                    new_index: 4,
                    new_len: 1
                },
            ]
        );
    }

    #[test]
    fn many_edits_hand_over_to_the_linear_space_search() {
        let mut seed = 11;
        let old = sequence(&mut seed, 400, 1_000);
        let new = sequence(&mut seed, 400, 1_000);
        assert!(shortest_edits(&old, &new).is_none());
        let ops = diff(&old, 0..old.len(), &new, 0..new.len(), None);
        let (made, edits) = apply(&ops, &old, &new);
        assert_eq!(made, new);
        assert!(edits > MAX_EDITS);
    }
}
