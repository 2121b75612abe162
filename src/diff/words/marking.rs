//! Deciding how each token is shown: the edit script cleaned up for people (small unchanged
//! runs joined into the changes around them), letter-level typo fixes, formatting changes, and
//! where cut text goes in the inline view.

use similar::DiffOp;

use super::Context;
use super::formats::{Format, FormatChange, describe_format_change};
use super::runs::{self, Run};
use super::script::token_diff;
use super::tokens::{Prepared, TextKind, Tok, WordCounts, blank, separates_words};
use super::typos::{self, Typo};
use crate::text;

/// Below this share of words kept, a pair is shown as rewritten (old then new) instead.
const MIN_KEPT: f64 = 0.4;

/// Void elements that sit inside a line of text and may go inside `<ins>`.
pub(super) const INLINE_VOID: &[&str] = &["br", "wbr", "img", "input"];

/// How a token is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mark {
    /// The same on both sides.
    Plain,
    /// Cut (on the old side) or added (on the new side).
    Changed,
    /// The same text with different formatting; the number is the label's index.
    Format(usize),
    /// One word with a letter or two changed; the number is the typo's index.
    Typo(usize),
}

/// The two blocks' tokens and how each is marked.
pub(super) struct Marked {
    pub(super) old_marks: Vec<Mark>,
    pub(super) new_marks: Vec<Mark>,
    /// For the inline view: the old text cut in the gap before each new token (the last gap is
    /// the end).
    pub(super) gaps: Vec<Vec<String>>,
    /// "now italic", "link added", an address changed ... by index.
    pub(super) labels: Vec<FormatChange>,
    pub(super) typos: Vec<Typo>,
    /// WordCounts added and cut, counted as the drafts' word counts count them.
    pub(super) words_added: usize,
    pub(super) words_cut: usize,
}

/// Diffs the tokens and decides how each is shown. `None` when the blocks share too little.
pub(super) fn mark(
    old_block: &Prepared<'_>,
    new_block: &Prepared<'_>,
    context: Context<'_>,
) -> Option<Marked> {
    let ops = token_diff(old_block, new_block, context.deadline);
    let (old, new) = (&old_block.tokens[..], &new_block.tokens[..]);
    let words = [&old_block.words, &new_block.words];

    let kept: usize = ops
        .iter()
        .filter_map(|op| match op {
            DiffOp::Equal { new_index, len, .. } => {
                Some(words[1].count(*new_index..new_index + len))
            }
            _ => None,
        })
        .sum();
    let (old_words, new_words) = (words[0].count(0..old.len()), words[1].count(0..new.len()));
    let total = old_words + new_words;
    // A block mostly kept from the shorter side (a long opening cut, a sentence added) is
    // still an edit, even when the overall share kept is low.
    let shorter = old_words.min(new_words);
    let mostly_contained = shorter >= 3 && kept as f64 >= 0.8 * shorter as f64;
    if total > 0 && (2 * kept) as f64 / (total as f64) < MIN_KEPT && !mostly_contained {
        return None;
    }

    let mut marked = Marked {
        old_marks: vec![Mark::Plain; old.len()],
        new_marks: vec![Mark::Plain; new.len()],
        // Not `vec![Vec::new(); n]`, which clones the empty list once per token.
        gaps: std::iter::repeat_with(Vec::new)
            .take(new.len() + 1)
            .collect(),
        labels: Vec::new(),
        typos: Vec::new(),
        words_added: 0,
        words_cut: 0,
    };
    let (old_formats, new_formats) = (&old_block.formats, &new_block.formats);
    // A word with a letter or two changed: shown letter by letter.
    let letter_change = |run: &Run| {
        if run.old.len() != 1 || run.new.len() != 1 {
            return None;
        }
        let (Tok::Text(a), Tok::Text(b)) = (&old[run.old.start], &new[run.new.start]) else {
            return None;
        };
        if in_code(old_formats.at(run.old.start)) || in_code(new_formats.at(run.new.start)) {
            return None;
        }
        typos::letter_change(a, b, [old, new], context)
    };
    let spelling = |run: &Run| letter_change(run).is_some();
    // The same text at old token `o` and new token `n`: labelled if its formatting changed.
    let label_format = |marked: &mut Marked, o: usize, n: usize| {
        let Some(label) =
            describe_format_change(old_formats.at(o), new_formats.at(n), context.said.words())
        else {
            return;
        };
        let index = match marked.labels.iter().position(|l| *l == label) {
            Some(i) => i,
            None => {
                marked.labels.push(label);
                marked.labels.len() - 1
            }
        };
        marked.old_marks[o] = Mark::Format(index);
        marked.new_marks[n] = Mark::Format(index);
    };
    for run in runs::for_people(&ops, old, new, &words, &spelling) {
        if !run.changed {
            for (o, n) in run.old.zip(run.new) {
                if matches!(new[n], Tok::Text(_)) && old_formats.at(o) != new_formats.at(n) {
                    label_format(&mut marked, o, n);
                }
            }
            continue;
        }
        // The same words on both sides, with a tag moved across them (`*into scope*` →
        // `*into* scope`, `Inspector's` → `` `Inspector`'s ``): their formatting changed, not
        // the words. The tags are the change; the words are labelled.
        if let Some(pairs) = same_text(&run, old, new) {
            marked.old_marks[run.old.clone()].fill(Mark::Changed);
            marked.new_marks[run.new.clone()].fill(Mark::Changed);
            for (o, n) in pairs {
                marked.old_marks[o] = Mark::Plain;
                marked.new_marks[n] = Mark::Plain;
                label_format(&mut marked, o, n);
            }
            continue;
        }
        if let Some(typo) = letter_change(&run) {
            marked.old_marks[run.old.start] = Mark::Typo(marked.typos.len());
            marked.new_marks[run.new.start] = Mark::Typo(marked.typos.len());
            marked.typos.push(typo);
            continue;
        }
        if only_separators_changed(&run, old, new) {
            continue;
        }
        marked.old_marks[run.old.clone()].fill(Mark::Changed);
        marked.new_marks[run.new.clone()].fill(Mark::Changed);
        if let Some(quiet) = quiet_trailing_blank(&run, old, new) {
            marked.new_marks[quiet] = Mark::Plain;
        }
        // An added blank beside a block's edge (between two added paragraphs) shows nothing:
        // marked, it would be an underlined nothing of its own.
        for i in run.new.clone() {
            if new[i].is_blank() && at_block_edge(new, i) {
                marked.new_marks[i] = Mark::Plain;
            }
        }
        // Deleted tags are dropped, but a block boundary among them still separates words.
        let deleted: String = old[run.old.clone()]
            .iter()
            .map(|t| match t {
                Tok::Text(w) => w.as_ref(),
                Tok::Open(name, _) | Tok::Close(name, _) | Tok::Void(name, _)
                    if separates_words(name) =>
                {
                    " "
                }
                _ => "",
            })
            .collect();
        // Whitespace cut beside a block's edge (a trailing space before `</p>`) reads as
        // nothing on the old side either: not shown.
        let cut_blank_at_edge = !run.old.is_empty()
            && run.old.clone().all(|i| old[i].is_blank())
            && run.old.clone().any(|i| at_block_edge(old, i));
        if cut_blank_at_edge {
            marked.old_marks[run.old.clone()].fill(Mark::Plain);
        } else if !deleted.is_empty() {
            // The cut text goes before the added text. But when the new side puts a word break
            // inside the change (a new paragraph, a checkbox), the cut text must stay touching
            // the old text it ran into without a space: the text after it (then it goes at the
            // end), or the text before it (at the start). If it touched both, no place works,
            // and the block is shown as rewritten instead.
            let breaks_words = new[run.new.clone()].iter().any(|t| match t {
                Tok::Open(name, _) | Tok::Close(name, _) | Tok::Void(name, _) => {
                    separates_words(name) && !INLINE_VOID.contains(name)
                }
                Tok::Text(_) => false,
            });
            // Whether old text stands at `from`, looking past inline tags (a footnote mark,
            // emphasis) in one direction.
            let text_at = |from: Option<usize>, forward: bool| {
                let mut at = from;
                while let Some(i) = at {
                    match old.get(i) {
                        Some(Tok::Text(w)) => return !blank(w),
                        Some(Tok::Open(name, _) | Tok::Close(name, _) | Tok::Void(name, _))
                            if !separates_words(name) => {}
                        _ => return false,
                    }
                    at = if forward {
                        i.checked_add(1)
                    } else {
                        i.checked_sub(1)
                    };
                }
                false
            };
            let (start, end) = (run.old.start, run.old.end);
            let touches_before = text_at(start.checked_sub(1), false) && text_at(Some(start), true);
            let touches_after = text_at(end.checked_sub(1), false) && text_at(Some(end), true);
            let gap = match (breaks_words, touches_before, touches_after) {
                (true, true, true) => return None,
                (true, false, true) => run.new.end,
                _ => run.new.start,
            };
            marked.gaps[gap].push(deleted);
        }
    }
    // A space at either end of a run of formatting changed stays outside its label ("into"
    // no longer italic: "the village"), where the eye reads it between the words.
    for (i, token) in new.iter().enumerate() {
        let Mark::Format(label) = marked.new_marks[i] else {
            continue;
        };
        let edge = |j: Option<usize>| {
            j.and_then(|j| marked.new_marks.get(j)) != Some(&Mark::Format(label))
        };
        if token.is_blank() && (edge(i.checked_sub(1)) || edge(i.checked_add(1))) {
            marked.new_marks[i] = Mark::Plain;
        }
    }
    if formatted_throughout(new, &marked.new_marks, words[1]) {
        return None;
    }
    marked.words_cut = changed_words(old, &marked.old_marks, words[0]);
    marked.words_added = changed_words(new, &marked.new_marks, words[1]);
    Some(marked)
}

/// When both sides of a changed run hold the same text (whitespace alike, tags aside), each
/// new text token paired with the old one its first character came from.
fn same_text(run: &Run, old: &[Tok<'_>], new: &[Tok<'_>]) -> Option<Vec<(usize, usize)>> {
    let (a, b) = (&old[run.old.clone()], &new[run.new.clone()]);
    if !runs::plain_chars(a).any(|c| c != ' ') || !runs::plain_chars(a).eq(runs::plain_chars(b)) {
        return None;
    }
    // Where each text token starts in the plain text, by token index.
    let starts = |tokens: &[Tok<'_>], range: std::ops::Range<usize>| {
        let mut at = 0;
        let mut out = Vec::new();
        for i in range {
            let len = match &tokens[i] {
                Tok::Text(_) if tokens[i].is_blank() => 1,
                Tok::Text(text) => text.len(),
                _ => continue,
            };
            out.push((at, i));
            at += len;
        }
        out
    };
    let old_starts = starts(old, run.old.clone());
    let pairs = starts(new, run.new.clone())
        .into_iter()
        .filter_map(|(at, n)| {
            let o = old_starts.iter().rev().find(|(start, _)| *start <= at)?.1;
            Some((o, n))
        })
        .collect();
    Some(pairs)
}

/// A block whose formatting flipped this many times or more, from one change to another (now
/// code, no longer code, now code ...) ...
const FORMAT_FLIPS: usize = 4;
/// ... over at least this share of its words was restyled throughout (one stray backtick in
/// the old draft turns every code span inside out): a label on each piece says nothing a
/// reader can use, and the block is shown as rewritten. One change made in many places (a
/// dozen keywords put in bold) keeps its labels.
const FORMATTED_SHARE: f64 = 0.4;

fn formatted_throughout(tokens: &[Tok<'_>], marks: &[Mark], words: &WordCounts) -> bool {
    let (mut flips, mut formatted, mut last) = (0, 0, None);
    for (i, mark) in marks.iter().enumerate() {
        if let Mark::Format(label) = mark {
            if words.at(i) {
                formatted += 1;
            }
            if last != Some(*label) {
                flips += usize::from(last.is_some());
                last = Some(*label);
            }
        }
    }
    let total = words.count(0..tokens.len());
    flips >= FORMAT_FLIPS && formatted as f64 >= FORMATTED_SHARE * total as f64
}

/// Whether a change holds no visible text and both of its sides still separate the words around
/// it, with whitespace or an edge between blocks (a loose list item's `</p>` and line break
/// that became a space in a tight one): then both drafts read the same there, and there is
/// nothing to mark.
///
/// Whitespace next to a block's edge (after `<p>`, before `</li>`, between `</p>` and `<p>`)
/// is not shown at all, so a change of it alone is nothing to mark either.
fn only_separators_changed(run: &Run, old: &[Tok<'_>], new: &[Tok<'_>]) -> bool {
    let visible = |t: &Tok<'_>| matches!(t.text_kind(), Some(TextKind::Word | TextKind::Other));
    let separates = |tokens: &[Tok<'_>]| {
        tokens.iter().any(|t| match t {
            Tok::Text(_) => t.is_blank(),
            Tok::Open(name, _) | Tok::Close(name, _) | Tok::Void(name, _) => separates_words(name),
        })
    };
    let (cut, added) = (&old[run.old.clone()], &new[run.new.clone()]);
    if cut.iter().chain(added).any(visible) {
        return false;
    }
    let unseen = |tokens: &[Tok<'_>], range: std::ops::Range<usize>| {
        range
            .filter(|&i| tokens[i].is_blank())
            .all(|i| at_block_edge(tokens, i))
    };
    (separates(cut) && separates(added))
        || (unseen(old, run.old.clone()) && unseen(new, run.new.clone()))
}

/// Whether token `i` stands at a block's edge: first or last, or beside a tag that separates
/// words (`<p>`, `</li>`, `<br>`), where the page shows no whitespace.
fn at_block_edge(tokens: &[Tok<'_>], i: usize) -> bool {
    let edge = |t: Option<&Tok<'_>>| match t {
        None => true,
        Some(Tok::Open(name, _) | Tok::Close(name, _) | Tok::Void(name, _)) => {
            separates_words(name)
        }
        Some(Tok::Text(_)) => false,
    };
    edge(i.checked_sub(1).and_then(|j| tokens.get(j))) || edge(tokens.get(i + 1))
}

/// An added run that ends in whitespace after an element's end (`**CONTRIBUTING:**␣` added at
/// the start of a list item) would show that whitespace as a mark of its own, an underlined
/// nothing. Where the old text has whitespace or an edge between blocks at that place, the
/// space adds nothing to the old reading (whitespace is read collapsed), so it can stand
/// unmarked: the token to write plain, if so.
fn quiet_trailing_blank(run: &Run, old: &[Tok<'_>], new: &[Tok<'_>]) -> Option<usize> {
    if !run.old.is_empty() || run.new.len() < 2 {
        return None;
    }
    let last = run.new.end - 1;
    if !new[last].is_blank() || !matches!(new[last - 1], Tok::Close(..)) {
        return None;
    }
    // The old reading around the place the run was added, past inline tags.
    let separates = |token: Option<&Tok<'_>>| match token {
        None => true,
        Some(Tok::Text(_)) => token.is_some_and(Tok::is_blank),
        Some(Tok::Open(name, _) | Tok::Close(name, _) | Tok::Void(name, _)) => {
            separates_words(name)
        }
    };
    let at = run.old.start;
    let before = old[..at].iter().rev().find(|t| !is_inline_tag(t));
    let after = old[at..].iter().find(|t| !is_inline_tag(t));
    (separates(before) || separates(after)).then_some(last)
}

/// Whether text with these formats is code, where letters are never a spelling.
fn in_code(formats: &[Format<'_>]) -> bool {
    formats.contains(&Format::Code)
}

/// Whether a token is a tag that sits inside a line of text.
fn is_inline_tag(token: &&Tok<'_>) -> bool {
    match token {
        Tok::Open(name, _) | Tok::Close(name, _) | Tok::Void(name, _) => !separates_words(name),
        Tok::Text(_) => false,
    }
}

/// How many words the changed tokens make, counted as a draft's word count counts them: a word
/// split by formatting (`rec*ie*ve`) is one word, and it counts where it starts, so the old
/// count minus the words cut plus the words added is the new count.
fn changed_words(tokens: &[Tok<'_>], marks: &[Mark], words: &WordCounts) -> usize {
    let mut count = 0;
    // The last word token, while only inline tags have come after it.
    let mut word_before: Option<&str> = None;
    let mut tag_since = false;
    for (i, (token, mark)) in tokens.iter().zip(marks).enumerate() {
        match token {
            Tok::Text(w) => {
                // Formatting inside a word (`rec<s>ie</s>ve`) does not make two words of it.
                let continues = tag_since && word_before.is_some_and(|before| joins(before, w));
                let is_word = words.at(i);
                if is_word && !continues && matches!(mark, Mark::Changed | Mark::Typo(_)) {
                    count += 1;
                }
                word_before = is_word.then_some(w.as_ref());
                tag_since = false;
            }
            Tok::Open(name, _) | Tok::Close(name, _) | Tok::Void(name, _)
                if separates_words(name) =>
            {
                word_before = None;
            }
            _ => tag_since = true,
        }
    }
    count
}

/// Whether two pieces of text written one after the other read as one word.
fn joins(before: &str, after: &str) -> bool {
    let (Some(last), Some(first)) = (before.chars().last(), after.chars().next()) else {
        return false;
    };
    let mut pair = String::with_capacity(8);
    pair.push(last);
    pair.push(first);
    text::words(&pair).count() == 1
}
