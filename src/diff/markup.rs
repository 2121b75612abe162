//! The change view's markup, as DESIGN.md's diff contract fixes it, written in one place:
//! labels for people (`data-diff-label`: read by screen readers, left out of the round trip),
//! blocks that stand on one side only (`data-side`), moved blocks (`data-moved-from`,
//! `data-moved-to`), and the anchors the previous/next links jump to. Themes, tests and screen
//! readers rely on this markup, so nothing else in the diff writes it by hand.

use super::{Side, change_id};
use crate::html::{self, Token};

/// The label before cut text in the inline view.
pub(super) const CUT_LABEL: &str = "<span class=\"diff-label\" data-diff-label>cut: </span>";

/// The label before added text.
pub(super) const ADDED_LABEL: &str = "<span class=\"diff-label\" data-diff-label>added: </span>";

/// A label for people, `text` being HTML; `modifier` is a further class (`diff-label--format`).
pub(super) fn label(modifier: Option<&str>, text: &str) -> String {
    match modifier {
        Some(class) => {
            format!("<span class=\"diff-label {class}\" data-diff-label>{text}</span>")
        }
        None => format!("<span class=\"diff-label\" data-diff-label>{text}</span>"),
    }
}

/// The anchor of change `number`, as attributes: ` id="change-N" tabindex="-1"` (focusable
/// from script, not by Tab), or nothing without a number.
pub(super) fn anchor(number: Option<usize>) -> String {
    number
        .map(|n| format!(" id=\"{}\" tabindex=\"-1\"", change_id(n)))
        .unwrap_or_default()
}

/// `data-side`'s value for a side.
pub(super) fn side_value(side: Side) -> &'static str {
    match side {
        Side::Old => "old",
        Side::New => "new",
    }
}

/// A block that exists on one side only, wrapped so the whole block carries `data-side`, with
/// its label ("Removed"); `number` is the change it starts, if it starts one (the "after" half
/// of a rewrite does not). The old draft's ids are renamed: they may stand on the same page as
/// the new draft's.
pub(super) fn whole_block(html: &str, side: Side, number: Option<usize>, text: &str) -> String {
    let (class, html) = match side {
        Side::Old => ("diff-block diff-block--old", rename_ids(html)),
        Side::New => ("diff-block diff-block--new", html.to_string()),
    };
    format!(
        "<div class=\"{class}\" data-side=\"{}\"{}>{}\n{html}\n</div>\n",
        side_value(side),
        anchor(number),
        label(None, &format!("{text}:")),
    )
}

/// What a block of kind `tag` is, after "now": "a level-3 heading", "a numbered list".
fn kind_of(tag: &str) -> String {
    match tag {
        "p" => "a paragraph".to_string(),
        "" => "plain text".to_string(),
        "blockquote" => "quoted".to_string(),
        "ul" => "a bulleted list".to_string(),
        "ol" => "a numbered list".to_string(),
        "aside" => "an aside".to_string(),
        "details" => "a section that opens and closes".to_string(),
        "div" => "a box".to_string(),
        h if h.len() == 2 && h.starts_with('h') => format!("a level-{} heading", &h[1..]),
        other => format!("a {other}"),
    }
}

/// What restyling a block from kind `old` to kind `new` did, for people: "Now a level-3
/// heading", "No longer quoted".
pub(super) fn restyle_label(old: &str, new: &str) -> String {
    let wrapper = |tag: &str| super::blocks::WRAPPERS.contains(&tag);
    match (old, new) {
        ("blockquote", "p") => "No longer quoted".to_string(),
        (old, new) if wrapper(new) && !wrapper(old) => format!("Now in {}", kind_of(new)),
        (old, new) if wrapper(old) && !wrapper(new) => format!("No longer in {}", kind_of(old)),
        _ => format!("Now {}", kind_of(new)),
    }
}

/// A block restyled in place (`inner` is its new markup, with its word changes marked):
/// `data-restyled` names the kind it became and `data-restyled-from` the kind it was, and a
/// label says it in words. Text outside any element is named `text`.
pub(super) fn restyled(number: Option<usize>, old_tag: &str, new_tag: &str, inner: &str) -> String {
    fn name(tag: &str) -> &str {
        if tag.is_empty() { "text" } else { tag }
    }
    format!(
        "<div class=\"diff-block diff-block--restyled\" data-restyled=\"{}\" data-restyled-from=\"{}\"{}>{}\n{inner}\n</div>\n",
        name(new_tag),
        name(old_tag),
        anchor(number),
        label(
            Some("diff-label--restyled"),
            &format!("{}:", restyle_label(old_tag, new_tag))
        ),
    )
}

/// How blocks were regrouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Regroup {
    /// One block became several.
    Split,
    /// Several blocks became one.
    Joined,
}

impl Regroup {
    /// The word for the side-by-side row's kind and the `data-` attribute.
    pub(super) fn name(self) -> &'static str {
        match self {
            Regroup::Split => "split",
            Regroup::Joined => "joined",
        }
    }

    /// What happened, for people: "Split into 2 paragraphs", "Joined from 3 lists".
    pub(super) fn label(self, tag: &str, parts: usize) -> String {
        let what = match tag {
            "ul" | "ol" => "lists",
            "blockquote" => "quotes",
            _ => "paragraphs",
        };
        match self {
            Regroup::Split => format!("Split into {parts} {what}"),
            Regroup::Joined => format!("Joined from {parts} {what}"),
        }
    }
}

/// Where a split block now breaks, between two of its parts: a quiet line for people.
pub(super) const SPLIT_HERE: &str =
    "<span class=\"diff-label diff-split-here\" data-diff-label>split here</span>";

/// Blocks split or joined, shown as one (`inner` with the word changes marked): `data-split` or
/// `data-joined` holds how many blocks the one became or came from, and a label says it.
pub(super) fn regrouped(
    how: Regroup,
    number: Option<usize>,
    tag: &str,
    parts: usize,
    inner: &str,
) -> String {
    format!(
        "<div class=\"diff-block diff-block--restyled diff-block--{}\" data-{}=\"{parts}\"{}>{}\n{inner}\n</div>\n",
        how.name(),
        how.name(),
        anchor(number),
        label(
            Some("diff-label--restyled"),
            &format!("{}:", how.label(tag, parts))
        ),
    )
}

/// Where a moved block stood, a quiet ghost of the old text linked to its new place.
pub(super) fn moved_away(number: usize, whither: &str, html: &str) -> String {
    let id = change_id(number);
    format!(
        "<div class=\"diff-block diff-block--moved-away\" data-side=\"old\" data-moved-to=\"{id}\" id=\"was-{id}\" tabindex=\"-1\">{}\n{}\n</div>\n",
        label(None, &format!("Moved <a href=\"#{id}\">{whither}</a>:")),
        rename_ids(html),
    )
}

/// A moved block at its new place (`inner` has its edits marked), linked to where it was.
pub(super) fn moved_here(number: usize, whence: &str, inner: &str) -> String {
    let id = change_id(number);
    format!(
        "<div class=\"diff-block diff-block--moved\" data-side=\"new\" data-moved-from=\"was-{id}\" id=\"{id}\" tabindex=\"-1\">{}\n{inner}\n</div>\n",
        label(
            None,
            &format!("Moved here from <a href=\"#was-{id}\">{whence}</a>:")
        ),
    )
}

/// The same, in a side-by-side column: labelled, with ids of its own (`sbs-`), no `data-side`
/// (the columns are not read back). Returns the opening of the wrapper.
pub(super) fn column_moved(away: bool, number: usize, direction: &str) -> String {
    let id = change_id(number);
    if away {
        format!(
            "<div class=\"diff-block diff-block--moved-away\" id=\"sbs-was-{id}\">{}\n",
            label(
                None,
                &format!("Moved <a href=\"#sbs-{id}\">{direction}</a>:")
            )
        )
    } else {
        format!(
            "<div class=\"diff-block diff-block--moved\" id=\"sbs-{id}\">{}\n",
            label(
                None,
                &format!("Moved here from <a href=\"#sbs-was-{id}\">{direction}</a>:")
            )
        )
    }
}

/// The opening of a labelled block in a side-by-side column (`class` its modifier).
pub(super) fn column_block(class: &str, text: &str) -> String {
    format!(
        "<div class=\"diff-block {class}\">{}\n",
        label(None, &format!("{text}:"))
    )
}

/// The opening of one side's cell in a side-by-side row, labelled with the draft it shows.
pub(super) fn column_cell(side: &str, text: &str) -> String {
    format!(
        "<div class=\"sbs-cell sbs-cell--{side}\"><span class=\"sbs-side diff-label\" data-diff-label>{text}: </span>\n"
    )
}

/// `html` with its ids renamed (`old-…`), for the old draft's blocks shown beside the new.
/// Only tags are touched: a code sample that says `id="list"` reads as the draft wrote it.
pub(super) fn rename_ids(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + 16);
    for token in html::tokenize(html) {
        match token {
            Token::Open(_, tag) | Token::Void(_, tag) => {
                out.push_str(&tag.replace(" id=\"", " id=\"old-"));
            }
            other => out.push_str(other.raw()),
        }
    }
    out
}
