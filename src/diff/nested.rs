//! Lists, quotes and tables compared item by item.
//!
//! A list is one top-level block, but a writer thinks of its items (and a table's rows, a
//! quote's paragraphs) as blocks of their own: cutting one item is not rewriting the list. So
//! when both versions of a block are the same kind of container, their children are aligned
//! like the draft's blocks are (unchanged first, the rest paired by shared words) and each pair
//! is compared in turn, recursively: a table's head and body, then their rows. Only children
//! are marked `data-side`; the container itself is the new draft's.

use super::words::Context;

use super::markup::{self, Said, rename_ids};
use super::side_by_side::without_id;
use super::{BlockEdit, ChangeStats, Side, blocks, words};
use crate::html::{self, Token};
use crate::markdown::Block;
use crate::text::count_words;
use blocks::Alignment;

/// Elements whose children are compared one by one.
const CONTAINERS: &[&str] = &["ul", "ol", "blockquote", "table", "thead", "tbody", "tfoot"];

/// Compares two versions of a block: item by item for containers, word by word otherwise.
/// `None` means they share too little to show as edits. `prepared` holds the blocks' tokens
/// when they were cut already (see [`words::diff_block`]).
pub(super) fn diff_pair<'a>(
    old: &'a Block,
    new: &'a Block,
    prepared: [Option<&words::Prepared<'a>>; 2],
    ids_from: Option<usize>,
    context: Context<'_>,
) -> Option<BlockEdit> {
    if old.tag == new.tag
        && CONTAINERS.contains(&old.tag.as_str())
        && let (Some(a), Some(b)) = (Container::split(&old.html), Container::split(&new.html))
    {
        return Some(diff_containers(&a, &b, ids_from, context));
    }
    words::diff_block(old, new, prepared, ids_from, context)
}

/// A container element cut into its opening tag, its child elements and its closing tag.
struct Container<'a> {
    open: &'a str,
    close: &'a str,
    children: Vec<Block>,
}

impl<'a> Container<'a> {
    /// `None` unless `html` is one element whose content is child elements and whitespace.
    fn split(html: &'a str) -> Option<Container<'a>> {
        let tokens = html::tokenize(html);
        let (Some(Token::Open(name, open)), Some(Token::Close(last, close))) =
            (tokens.first(), tokens.last())
        else {
            return None;
        };
        if name != last || tokens.len() < 2 {
            return None;
        }
        let mut children = Vec::new();
        let mut depth = 0usize;
        let mut offset = open.len();
        let mut start = offset;
        for token in &tokens[1..tokens.len() - 1] {
            let len = token.raw().len();
            match token {
                Token::Text(t) if depth == 0 && !t.trim().is_empty() => return None,
                Token::Comment(_) if depth == 0 => return None,
                Token::Open(..) => {
                    if depth == 0 {
                        start = offset;
                    }
                    depth += 1;
                }
                Token::Close(..) => {
                    depth = depth.checked_sub(1)?;
                    if depth == 0 {
                        children.push(child(&html[start..offset + len]));
                    }
                }
                Token::Void(..) if depth == 0 => children.push(child(&html[offset..offset + len])),
                _ => {}
            }
            offset += len;
        }
        (depth == 0).then_some(Container {
            open,
            close,
            children,
        })
    }
}

fn child(html: &str) -> Block {
    let tag = match html::tokenize(html).first() {
        Some(Token::Open(name, _) | Token::Void(name, _)) => (*name).to_string(),
        _ => String::new(),
    };
    Block {
        html: html.to_string(),
        text: html::text_of(html),
        tag,
    }
}

/// The inline view and both side-by-side columns of a pair of containers, built together.
struct Views<'s> {
    inline: String,
    old_side: String,
    new_side: String,
    stats: ChangeStats,
    changes: usize,
    /// Whether the last child was added or removed whole: a run of them is one change.
    in_whole_run: bool,
    /// The labels' words.
    said: &'s Said<'s>,
}

fn diff_containers(
    old: &Container<'_>,
    new: &Container<'_>,
    ids_from: Option<usize>,
    context: Context<'_>,
) -> BlockEdit {
    let mut v = Views {
        inline: format!("{}\n", new.open),
        old_side: format!("{}\n", old.open),
        new_side: format!("{}\n", new.open),
        stats: ChangeStats::default(),
        changes: 0,
        in_whole_run: false,
        said: context.said,
    };
    let (a, b) = (&old.children, &new.children);
    // No move search inside a container: an item moved within a list reads fine as cut here
    // and added there.
    for step in blocks::align(a, b, context.deadline) {
        let whole = matches!(
            step,
            Alignment::Removed(_)
                | Alignment::Added(_)
                | Alignment::MovedAway { .. }
                | Alignment::MovedHere { .. }
        );
        let starts = !(whole && v.in_whole_run);
        v.in_whole_run = whole;
        match step {
            Alignment::Same(o, n) => {
                v.inline.push_str(&b[n].html);
                v.old_side.push_str(&a[o].html);
                v.new_side.push_str(&b[n].html);
            }
            Alignment::Removed(o) | Alignment::MovedAway { old: o, .. } => {
                let id = v.number(starts, ids_from);
                v.push_whole(&a[o..o + 1], Side::Old, id);
            }
            Alignment::Added(n) | Alignment::MovedHere { new: n, .. } => {
                let id = v.number(starts, ids_from);
                v.push_whole(&b[n..n + 1], Side::New, id);
            }
            // Items are aligned without looking for splits and joins; were they, showing the
            // items removed and added would still read right.
            Alignment::Split { old: o, new: news } => {
                let id = v.number(starts, ids_from);
                v.push_whole(&a[o..o + 1], Side::Old, id);
                v.push_whole(&b[news.0..news.1], Side::New, None);
            }
            Alignment::Joined { old: olds, new: n } => {
                let id = v.number(starts, ids_from);
                v.push_whole(&a[olds.0..olds.1], Side::Old, id);
                v.push_whole(&b[n..n + 1], Side::New, None);
            }
            Alignment::Edited(o, n) => {
                let from = ids_from.map(|f| f + v.changes);
                match diff_pair(&a[o], &b[n], [None, None], from, context) {
                    Some(edit) => {
                        v.stats += edit.stats;
                        v.changes += edit.changes;
                        v.inline.push_str(&edit.html);
                        v.old_side.push_str(&edit.old_side);
                        v.new_side.push_str(&edit.new_side);
                    }
                    None => {
                        let id = v.number(true, ids_from);
                        v.stats.blocks_rewritten += 1;
                        v.stats.words_cut += count_words(&a[o].text);
                        v.stats.words_added += count_words(&b[n].text);
                        v.push_one_side(&a[o], Side::Old, id, "diff-rewritten-before");
                        v.push_one_side(&b[n], Side::New, None, "diff-rewritten-after");
                    }
                }
            }
        }
        for out in [&mut v.inline, &mut v.old_side, &mut v.new_side] {
            out.push('\n');
        }
    }
    v.inline.push_str(new.close);
    v.old_side.push_str(old.close);
    v.new_side.push_str(new.close);
    BlockEdit {
        html: v.inline,
        old_side: v.old_side,
        new_side: v.new_side,
        stats: v.stats,
        changes: v.changes,
    }
}

impl Views<'_> {
    /// A child that stands on one side only: marked in the inline view (carrying the change's
    /// id, if it starts one) and in that side's column, labelled with message `label_id`.
    fn push_one_side(&mut self, block: &Block, side: Side, id: Option<usize>, label_id: &str) {
        let said = self.said;
        let text = format!("{}{}", said.ended(&said.html(label_id, &[])), said.gap);
        let label = markup::label(None, &text);
        self.inline.push_str(&mark_child(block, side, id, &label));
        let column = match side {
            Side::Old => &mut self.old_side,
            Side::New => &mut self.new_side,
        };
        column.push_str(&mark_child(block, side, None, &label));
    }

    /// Children that stand on one side only, counted; the first carries `id`.
    fn push_whole(&mut self, blocks: &[Block], side: Side, id: Option<usize>) {
        for (i, block) in blocks.iter().enumerate() {
            let words = count_words(&block.text);
            let label = match side {
                Side::Old => {
                    self.stats.blocks_removed += 1;
                    self.stats.words_cut += words;
                    "diff-removed"
                }
                Side::New => {
                    self.stats.blocks_added += 1;
                    self.stats.words_added += words;
                    "diff-added-block"
                }
            };
            self.push_one_side(block, side, id.filter(|_| i == 0), label);
        }
    }

    /// Counts a new change if `starts`, and returns its number when the view has ids.
    fn number(&mut self, starts: bool, ids_from: Option<usize>) -> Option<usize> {
        if !starts {
            return None;
        }
        self.changes += 1;
        ids_from.map(|f| f + self.changes)
    }
}

/// A child element that exists on one side only: its own tag carries `data-side` (a `<div>`
/// may not stand inside a list or a table), and `label` (its markup) goes where text may stand.
fn mark_child(block: &Block, side: Side, number: Option<usize>, label: &str) -> String {
    let (class, html) = match side {
        Side::Old => ("diff-item diff-item--old", rename_ids(&block.html)),
        Side::New => ("diff-item diff-item--new", block.html.clone()),
    };
    let side = markup::side_value(side);
    let id = markup::anchor(number);
    let mut out = String::with_capacity(html.len() + 120);
    let mut labelled = false;
    for (i, token) in html::tokenize(&html).into_iter().enumerate() {
        match token {
            Token::Open(_, raw) | Token::Void(_, raw) if i == 0 => {
                // The change's id replaces the element's own: one element, one id.
                let raw = if number.is_some() {
                    without_id(raw)
                } else {
                    raw.to_string()
                };
                let end = raw.len() - if raw.ends_with("/>") { 2 } else { 1 };
                let attributes = if html::attribute(&raw, "class").is_some() {
                    format!(" data-side=\"{side}\"{id}")
                } else {
                    format!(" class=\"{class}\" data-side=\"{side}\"{id}")
                };
                out.push_str(&raw[..end].replacen(" class=\"", &format!(" class=\"{class} "), 1));
                out.push_str(&attributes);
                out.push_str(&raw[end..]);
            }
            _ => out.push_str(token.raw()),
        }
        if !labelled
            && let Token::Open(name, _) = token
            && html::takes_text(name)
        {
            out.push_str(label);
            labelled = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn containers_split_into_their_children() {
        let c = Container::split("<ul>\n<li>a <em>b</em></li>\n<li>c</li>\n</ul>").unwrap();
        assert_eq!(c.open, "<ul>");
        assert_eq!(c.close, "</ul>");
        let children: Vec<&str> = c.children.iter().map(|b| b.html.as_str()).collect();
        assert_eq!(children, ["<li>a <em>b</em></li>", "<li>c</li>"]);
        assert!(Container::split("<blockquote>loose text</blockquote>").is_none());
    }

    const LABEL: &str = "<span class=\"diff-label\" data-diff-label>Removed: </span>";

    #[test]
    fn a_child_on_one_side_carries_data_side_and_a_label_where_text_may_stand() {
        let li = child("<li class=\"task\" id=\"x\">done</li>");
        assert_eq!(
            mark_child(&li, Side::Old, Some(3), LABEL),
            "<li class=\"diff-item diff-item--old task\" data-side=\"old\" id=\"change-3\" tabindex=\"-1\"><span class=\"diff-label\" data-diff-label>Removed: </span>done</li>"
        );
        let tr = child("<tr><td>1</td><td>2</td></tr>");
        assert_eq!(
            mark_child(&tr, Side::New, None, LABEL),
            "<tr class=\"diff-item diff-item--new\" data-side=\"new\"><td><span class=\"diff-label\" data-diff-label>Removed: </span>1</td><td>2</td></tr>"
        );
    }
}
