//! Word-level diff inside a pair of blocks.
//!
//! Both blocks are cut into tokens: tags, and text split on Unicode word boundaries (words,
//! spaces and punctuation apart). The output follows the *new* block's markup, which is well
//! formed on its own; inserted text is wrapped in `<ins>`, closed before every tag and reopened
//! after it, and deleted text is placed, in `<del>`, at the matching spot. Deleted text never
//! lands where the markup forbids text (between `</li>` and `<li>`, say): it moves forward into
//! the next element that takes text, or back into the previous one.

use std::ops::Range;
use std::time::Instant;

use similar::{Algorithm, DiffOp, DiffTag, capture_diff_slices_deadline};
use unicode_segmentation::UnicodeSegmentation;

use super::change_id;
use crate::html::{self, Token};
use crate::markdown::Block;

/// Below this share of words kept, a pair is shown as rewritten (old then new) instead.
const MIN_KEPT: f64 = 0.4;

/// Void elements that sit inside a line of text and may go inside `<ins>`.
const INLINE_VOID: &[&str] = &["br", "wbr", "img"];

/// Whether a tag with this name separates the words on either side of it in the reading text.
fn separates_words(name: &str) -> bool {
    name != "!--" && !html::is_inline(name)
}

/// Elements in which text may not appear directly.
const NO_TEXT: &[&str] = &[
    "ul", "ol", "table", "thead", "tbody", "tfoot", "tr", "dl", "colgroup",
];

/// A paired block with its changes marked.
pub struct BlockEdit {
    pub html: String,
    pub words_added: usize,
    pub words_cut: usize,
    /// How many separate changes were marked.
    pub changes: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Tok<'a> {
    Open(&'a str, &'a str),
    Close(&'a str, &'a str),
    Void(&'a str, &'a str),
    Text(String),
}

fn tokens(html: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    for token in html::tokenize(html) {
        match token {
            Token::Open(name, raw) => out.push(Tok::Open(name, raw)),
            Token::Close(name, raw) => out.push(Tok::Close(name, raw)),
            Token::Void(name, raw) => out.push(Tok::Void(name, raw)),
            Token::Comment(raw) => out.push(Tok::Void("!--", raw)),
            Token::Text(text) => {
                let text = html::unescape(text);
                out.extend(text.split_word_bounds().map(|w| Tok::Text(w.to_string())));
            }
        }
    }
    out
}

fn is_word(text: &str) -> bool {
    text.chars().any(char::is_alphanumeric)
}

/// Diffs two versions of a block. `None` means they share too little to show as edits.
/// Change ids continue from `changes_before`; with `None` the marks get no ids (the edits inside
/// a moved block belong to the move, which is one change).
pub fn diff_block(
    old: &Block,
    new: &Block,
    changes_before: Option<usize>,
    deadline: Instant,
) -> Option<BlockEdit> {
    let old_tokens = tokens(&old.html);
    let new_tokens = tokens(&new.html);
    let ops =
        capture_diff_slices_deadline(Algorithm::Myers, &old_tokens, &new_tokens, Some(deadline));

    let word_count = |toks: &[Tok<'_>]| {
        toks.iter()
            .filter(|t| matches!(t, Tok::Text(w) if is_word(w)))
            .count()
    };
    let kept: usize = ops
        .iter()
        .filter_map(|op| match op {
            DiffOp::Equal { new_index, len, .. } => {
                Some(word_count(&new_tokens[*new_index..new_index + len]))
            }
            _ => None,
        })
        .sum();
    let (old_words, new_words) = (word_count(&old_tokens), word_count(&new_tokens));
    let total = old_words + new_words;
    // A block mostly kept from the shorter side (a long opening cut, a sentence added) is
    // still an edit, even when the overall share kept is low.
    let shorter = old_words.min(new_words);
    let mostly_contained = shorter >= 3 && kept as f64 >= 0.8 * shorter as f64;
    if total > 0 && (2 * kept) as f64 / (total as f64) < MIN_KEPT && !mostly_contained {
        return None;
    }

    // The new block's tokens, each marked inserted or not, and the deleted text that belongs
    // in the gap before each of them (gap `new_tokens.len()` is the end).
    let mut inserted = vec![false; new_tokens.len()];
    let mut gaps: Vec<Vec<String>> = vec![Vec::new(); new_tokens.len() + 1];
    for (changed, old_range, new_range) in group_changes(&ops, &new_tokens) {
        if changed {
            inserted[new_range.clone()]
                .iter_mut()
                .for_each(|i| *i = true);
            // Deleted tags are dropped, but a block boundary among them still separates words.
            let deleted: String = old_tokens[old_range]
                .iter()
                .map(|t| match t {
                    Tok::Text(w) => w.as_str(),
                    Tok::Open(name, _) | Tok::Close(name, _) | Tok::Void(name, _)
                        if separates_words(name) =>
                    {
                        " "
                    }
                    _ => "",
                })
                .collect();
            if !deleted.is_empty() {
                gaps[new_range.start].push(deleted);
            }
        }
    }
    let allowed = relocate_deletions(&new_tokens, &mut gaps)?;

    let mut edit = BlockEdit {
        html: String::with_capacity(new.html.len() * 2),
        words_added: 0,
        words_cut: 0,
        changes: 0,
    };
    let mut in_ins = false;
    let mut ins_blank = false;
    let mut last_was_change = false;
    // Open `<a>` elements around the current position of the new markup.
    let mut link_depth = 0usize;
    // The kind of the last text written, so each run of cut or added text is labelled once
    // even when tags split it into several elements.
    let mut last_kind = Kind::Plain;
    for g in 0..=new_tokens.len() {
        for deleted in std::mem::take(&mut gaps[g]) {
            if in_ins {
                edit.html.push_str("</ins>");
                in_ins = false;
            }
            edit.words_cut += deleted.unicode_words().count();
            if deleted.trim().is_empty() {
                // Whitespace: invisible when cut, but it still separates the old draft's words.
                if allowed[g] {
                    edit.html.push_str(&format!("<del>{deleted}</del>"));
                } else {
                    edit.html.push_str(&deleted);
                }
                continue;
            }
            let id = start_change(
                &mut edit,
                &mut last_was_change,
                changes_before,
                link_depth > 0,
            );
            edit.html.push_str(&format!("<del{id}>"));
            if last_kind != Kind::Cut {
                edit.html.push_str(CUT_LABEL);
            }
            edit.html.push_str(&html::escape(&deleted));
            edit.html.push_str("</del>");
            last_kind = Kind::Cut;
        }
        let Some(token) = new_tokens.get(g) else {
            break;
        };
        match (token, inserted[g]) {
            (Tok::Text(text), true) if allowed[g] || !text.trim().is_empty() => {
                let blank = text.trim().is_empty();
                if in_ins && ins_blank && !blank {
                    // The run so far was only spaces: restart it so the words get the label.
                    edit.html.push_str("</ins>");
                    in_ins = false;
                }
                if !in_ins {
                    let id = if blank {
                        String::new()
                    } else {
                        start_change(
                            &mut edit,
                            &mut last_was_change,
                            changes_before,
                            link_depth > 0,
                        )
                    };
                    edit.html.push_str(&format!("<ins{id}>"));
                    if !blank && last_kind != Kind::Added {
                        edit.html.push_str(ADDED_LABEL);
                        last_kind = Kind::Added;
                    }
                    in_ins = true;
                    ins_blank = blank;
                }
                if is_word(text) {
                    edit.words_added += 1;
                }
                edit.html.push_str(&html::escape(text));
            }
            (Tok::Text(text), _) => {
                if in_ins {
                    edit.html.push_str("</ins>");
                    in_ins = false;
                }
                edit.html.push_str(&html::escape(text));
                // Spaces between two changes keep them one change; words end it.
                if !text.trim().is_empty() {
                    last_was_change = false;
                    last_kind = Kind::Plain;
                }
            }
            (Tok::Void(name, raw), true) if allowed[g] && INLINE_VOID.contains(name) => {
                // An added line break or image belongs to the new side only: inside <ins> the
                // old side's reading skips it (a bare <br> would split an old word in two).
                if !in_ins {
                    edit.html.push_str("<ins>");
                    in_ins = true;
                    ins_blank = true;
                }
                edit.html.push_str(raw);
            }
            (Tok::Open(name, raw) | Tok::Close(name, raw) | Tok::Void(name, raw), _) => {
                match token {
                    Tok::Open(..) if *name == "a" => link_depth += 1,
                    Tok::Close(..) if *name == "a" => link_depth = link_depth.saturating_sub(1),
                    _ => {}
                }
                if in_ins {
                    edit.html.push_str("</ins>");
                    in_ins = false;
                }
                edit.html.push_str(raw);
            }
        }
    }
    if in_ins {
        edit.html.push_str("</ins>");
    }
    Some(edit)
}

/// What the last text written was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Plain,
    Cut,
    Added,
}

/// Spoken and shown-to-assistive-technology words that say what `<del>` and `<ins>` mean.
const CUT_LABEL: &str = "<span class=\"diff-label\" data-diff-label>cut: </span>";
const ADDED_LABEL: &str = "<span class=\"diff-label\" data-diff-label>added: </span>";

/// The diff's runs as `(changed, old range, new range)`, with changes that only spaces separate
/// joined into one: "dad went to get" → "father walked back for" reads as one cut and one
/// addition, not four alternating pairs.
fn group_changes(
    ops: &[DiffOp],
    new_tokens: &[Tok<'_>],
) -> Vec<(bool, Range<usize>, Range<usize>)> {
    let mut out: Vec<(bool, Range<usize>, Range<usize>)> = Vec::with_capacity(ops.len());
    for (i, op) in ops.iter().enumerate() {
        let (tag, old, new) = op.as_tag_tuple();
        let equal = tag == DiffTag::Equal;
        let only_spaces = equal
            && i > 0
            && i + 1 < ops.len()
            && new_tokens[new.clone()]
                .iter()
                .all(|t| matches!(t, Tok::Text(w) if w.trim().is_empty()));
        if (!equal || only_spaces)
            && let Some(last) = out.last_mut()
            && last.0
        {
            last.1.end = old.end;
            last.2.end = new.end;
            continue;
        }
        out.push((!equal, old, new));
    }
    out
}

/// Starts a new numbered change unless the previous mark continues it; returns the ` id="..."`
/// attribute for the first mark of a change, or an empty string.
/// Inside a link the mark gets no `tabindex`: HTML forbids focusable elements inside `<a>`, and
/// the link itself takes the focus there.
fn start_change(
    edit: &mut BlockEdit,
    last_was_change: &mut bool,
    before: Option<usize>,
    in_link: bool,
) -> String {
    if *last_was_change {
        return String::new();
    }
    edit.changes += 1;
    *last_was_change = true;
    let Some(before) = before else {
        return String::new();
    };
    let id = change_id(before + edit.changes);
    if in_link {
        format!(" id=\"{id}\"")
    } else {
        format!(" id=\"{id}\" tabindex=\"-1\"")
    }
}

/// Moves deleted text out of gaps where text is not allowed. Fails (so the block is shown as
/// rewritten) only when no element around the gap takes text.
/// Returns, for each gap, whether text may stand there.
fn relocate_deletions(new_tokens: &[Tok<'_>], gaps: &mut [Vec<String>]) -> Option<Vec<bool>> {
    // allowed[g]: may text stand in gap g?
    let mut allowed = Vec::with_capacity(new_tokens.len() + 1);
    let mut stack: Vec<&str> = Vec::new();
    for token in new_tokens {
        allowed.push(stack.last().is_some_and(|top| !NO_TEXT.contains(top)));
        match token {
            Tok::Open(name, _) => stack.push(name),
            Tok::Close(..) => {
                stack.pop();
            }
            _ => {}
        }
    }
    allowed.push(stack.last().is_some_and(|top| !NO_TEXT.contains(top)));

    for g in 0..gaps.len() {
        if allowed[g] || gaps[g].iter().all(|d| d.trim().is_empty()) {
            continue;
        }
        let forward = (g..new_tokens.len())
            .take_while(|&i| {
                matches!(new_tokens[i], Tok::Open(..))
                    || matches!(&new_tokens[i], Tok::Text(t) if t.trim().is_empty())
            })
            .map(|i| i + 1)
            .find(|&i| allowed[i]);
        let target = forward.or_else(|| {
            (0..g)
                .rev()
                .take_while(|&i| {
                    matches!(new_tokens[i], Tok::Close(..))
                        || matches!(&new_tokens[i], Tok::Text(t) if t.trim().is_empty())
                })
                .find(|&i| allowed[i])
        })?;
        let moving = std::mem::take(&mut gaps[g]);
        if target > g {
            gaps[target].splice(0..0, moving);
        } else {
            gaps[target].extend(moving);
        }
    }
    Some(allowed)
}
