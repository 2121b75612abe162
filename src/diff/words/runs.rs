//! The token diff's edit script as runs a person reads: changes joined across small unchanged
//! islands, whitespace-only edges slid off, and changes between the letters of a word widened
//! to the whole word.

use std::ops::Range;

use similar::{DiffOp, DiffTag};

use super::tokens::{TextKind, Tok, WordCounts, separates_words};

/// An unchanged run of at most this many words between two changes may join them.
const MAX_JOINED_WORDS: usize = 2;

/// The runs of `ops` as a person should read them: [`join_changes`], then [`slide_blanks`]
/// and [`widen_to_words`].
pub(super) fn for_people(
    ops: &[DiffOp],
    old: &[Tok<'_>],
    new: &[Tok<'_>],
    words: &[&WordCounts; 2],
) -> Vec<Run> {
    let mut runs = join_changes(ops, old, new, words);
    slide_blanks(&mut runs, old, new);
    widen_to_words(&mut runs, old, new);
    runs
}

/// A stretch of the token diff: unchanged, or changed (with either range possibly empty).
pub(super) struct Run {
    pub(super) changed: bool,
    pub(super) old: Range<usize>,
    pub(super) new: Range<usize>,
}

/// The diff's runs with small unchanged runs between two changes of text joined into them:
/// "dad went to get" → "father walked back for" reads as one cut and one addition, not four
/// alternating pairs. An unchanged run joins its neighbours when it holds no tags and no more
/// words than either neighbour changes (and at most [`MAX_JOINED_WORDS`]). Changes that only
/// add or remove tags are never joined: the words around them did not change.
///
/// That first pass goes left to right and sees each change as the diff cut it, so a change
/// that grows later can be left beside a run it now dwarfs ("At lunch, a lot of" → "That is
/// 137 pounds in one week from one lunch period": "lunch" came before a cut comma, which
/// changes no word). A second pass, repeated until nothing more joins, lets a change take in
/// such a run when the run has at most half as many words as the changes on both sides.
pub(super) fn join_changes(
    ops: &[DiffOp],
    old: &[Tok<'_>],
    new: &[Tok<'_>],
    words: &[&WordCounts; 2],
) -> Vec<Run> {
    let changes_text = |run: &Run| {
        old[run.old.clone()]
            .iter()
            .chain(&new[run.new.clone()])
            .any(|t| matches!(t, Tok::Text(_)))
    };
    let size = |run: &Run| {
        words[0]
            .count(run.old.clone())
            .max(words[1].count(run.new.clone()))
    };
    // The words of `between` when it may join `before` and `after` (words aside).
    let island = |before: &Run, between: &Run, after: &Run| {
        (before.changed
            && !between.changed
            && after.changed
            && changes_text(before)
            && changes_text(after)
            && new[between.new.clone()]
                .iter()
                .all(|t| matches!(t, Tok::Text(_))))
        .then(|| words[1].count(between.new.clone()))
        .filter(|words| *words <= MAX_JOINED_WORDS)
    };
    let mut runs: Vec<Run> = Vec::with_capacity(ops.len());
    for op in ops {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        let run = Run {
            changed: tag != DiffTag::Equal,
            old: old_range,
            new: new_range,
        };
        if run.changed
            && let Some(last) = runs.last_mut()
            && last.changed
        {
            last.old.end = run.old.end;
            last.new.end = run.new.end;
            continue;
        }
        if let [.., before, between] = runs.as_slice()
            && let Some(words) = island(before, between, &run)
            && words <= size(before)
            && words <= size(&run)
        {
            runs.pop();
            if let Some(last) = runs.last_mut() {
                last.old.end = run.old.end;
                last.new.end = run.new.end;
            }
            continue;
        }
        runs.push(run);
    }
    let mut joined = true;
    while joined {
        joined = false;
        let mut i = 1;
        while i + 1 < runs.len() {
            let (before, after) = (&runs[i - 1], &runs[i + 1]);
            match island(before, &runs[i], after) {
                Some(words) if 2 * words <= size(before) && 2 * words <= size(after) => {
                    let end = (after.old.end, after.new.end);
                    runs.drain(i..=i + 1);
                    (runs[i - 1].old.end, runs[i - 1].new.end) = end;
                    joined = true;
                }
                _ => i += 1,
            }
        }
    }
    runs
}

/// Whether a token is whitespace text.
fn is_blank(token: &Tok<'_>) -> bool {
    token.text_kind() == Some(TextKind::Blank)
}

/// Whether a token is text that is not whitespace: a word or a mark of punctuation.
fn is_visible_text(token: &Tok<'_>) -> bool {
    matches!(token.text_kind(), Some(TextKind::Word | TextKind::Other))
}

/// A change that only adds (or only cuts) and ends in whitespace after an element's end, right
/// after unchanged whitespace, is the same change one token earlier: "and `let…else`␣" added
/// after a space is "␣and `let…else`". Slid that way, its whitespace leads, where it waits for
/// the change's first word inside one mark, instead of trailing as a mark of its own after the
/// element.
/// (Outside `<pre>` every run of whitespace has one number, so the two alignments are equal.)
fn slide_blanks(runs: &mut [Run], old: &[Tok<'_>], new: &[Tok<'_>]) {
    // A change needs unchanged runs on both sides to slide between.
    for i in 1..runs.len().saturating_sub(1) {
        if !runs[i].changed || runs[i - 1].changed || runs[i + 1].changed {
            continue;
        }
        loop {
            let (before, run) = (&runs[i - 1], &runs[i]);
            let (side, range, before_range) = match (run.old.is_empty(), run.new.is_empty()) {
                (true, false) => (new, run.new.clone(), before.new.clone()),
                (false, true) => (old, run.old.clone(), before.old.clone()),
                _ => break,
            };
            // Only whitespace right after an element's end would be a mark of its own: the
            // mark closes at the element's edge and opens again for the space.
            let ends_blank = range.len() >= 2
                && is_blank(&side[range.end - 1])
                && matches!(side[range.end - 2], Tok::Close(..));
            let after_blank = before_range.end > before_range.start
                && before_range.end == range.start
                && is_blank(&side[range.start - 1])
                && is_blank(&new[runs[i - 1].new.end - 1])
                && is_blank(&old[runs[i - 1].old.end - 1]);
            if !(ends_blank && after_blank) {
                break;
            }
            // The unchanged blank before the change now closes it, and the change's last blank
            // is unchanged: both sides' ranges move one token to the left.
            let (before, rest) = runs.split_at_mut(i);
            let before = &mut before[i - 1];
            before.old.end -= 1;
            before.new.end -= 1;
            let run = &mut rest[0];
            run.old = run.old.start - 1..run.old.end - 1;
            run.new = run.new.start - 1..run.new.end - 1;
            let after = &mut rest[1];
            after.old.start -= 1;
            after.new.start -= 1;
            if before.old.is_empty() {
                break;
            }
        }
    }
}

/// How many of `tokens` a change of punctuation reaches into: the visible text up to the
/// first word, that word included (an address's `https` in `] (https://…` → `](https://…`),
/// and never past whitespace or an element's edge.
fn reach<'t, 'a: 't>(tokens: impl Iterator<Item = &'t Tok<'a>>) -> usize {
    // Tokens taken so far, and up to the last visible one: inline tags come along only when
    // text follows them.
    let (mut n, mut taken) = (0, 0);
    for token in tokens {
        n += 1;
        if is_inline_tag(token) {
            continue;
        }
        if !is_visible_text(token) {
            break;
        }
        taken = n;
        if token.text_kind() == Some(TextKind::Word) {
            break;
        }
    }
    taken
}

/// A tag that sits inside a line of text (`<a>`, `</em>`): text on either side of it is read
/// as one line.
fn is_inline_tag(token: &Tok<'_>) -> bool {
    match token {
        Tok::Open(name, _) | Tok::Close(name, _) => !separates_words(name),
        Tok::Void(..) | Tok::Text(_) => false,
    }
}

/// A change of punctuation or whitespace alone, standing between two visible characters
/// ("Open Source" → "Open-Source", "left-index" → "left index", "word." → "word ."), takes in
/// the unchanged text around it up to the nearest word on each side, as an editor marks the
/// changed word: no mark is only a space, and none begins or ends inside a word.
fn widen_to_words(runs: &mut Vec<Run>, old: &[Tok<'_>], new: &[Tok<'_>]) {
    let mut i = 0;
    while i < runs.len() {
        let run = &runs[i];
        let only_marks = run.changed
            && old[run.old.clone()]
                .iter()
                .chain(&new[run.new.clone()])
                .all(|t| matches!(t.text_kind(), Some(TextKind::Blank | TextKind::Other)));
        let (start, end) = (run.new.start, run.new.end);
        let between_visible = new[..start]
            .iter()
            .rev()
            .find(|t| !is_inline_tag(t))
            .is_some_and(is_visible_text)
            && new[end..]
                .iter()
                .find(|t| !is_inline_tag(t))
                .is_some_and(is_visible_text);
        if !(only_marks && between_visible) || i == 0 || i + 1 >= runs.len() {
            i += 1;
            continue;
        }
        // How far the visible text reaches into the unchanged runs on either side (the same
        // tokens on both sides, as they are unchanged).
        let (left, right) = (
            reach(new[runs[i - 1].new.clone()].iter().rev()),
            reach(new[runs[i + 1].new.clone()].iter()),
        );
        runs[i - 1].old.end -= left;
        runs[i - 1].new.end -= left;
        runs[i].old = runs[i].old.start - left..runs[i].old.end + right;
        runs[i].new = runs[i].new.start - left..runs[i].new.end + right;
        runs[i + 1].old.start += right;
        runs[i + 1].new.start += right;
        // An unchanged run used up joins the changes on either side of it.
        if runs[i + 1].new.is_empty() && runs[i + 1].old.is_empty() {
            let gone = runs.remove(i + 1);
            debug_assert!(!gone.changed);
            if i + 1 < runs.len() && runs[i + 1].changed {
                let next = runs.remove(i + 1);
                runs[i].old.end = next.old.end;
                runs[i].new.end = next.new.end;
            }
        }
        if runs[i - 1].new.is_empty() && runs[i - 1].old.is_empty() {
            runs.remove(i - 1);
            i -= 1;
            if i > 0 && runs[i - 1].changed {
                let this = runs.remove(i);
                runs[i - 1].old.end = this.old.end;
                runs[i - 1].new.end = this.new.end;
                i -= 1;
            }
        }
        i += 1;
    }
}
