//! The change view's markup, as DESIGN.md's diff contract fixes it, written in one place:
//! labels for people (`data-diff-label`: read by screen readers, left out of the round trip),
//! blocks that stand on one side only (`data-side`), moved blocks (`data-moved-from`,
//! `data-moved-to`), and the anchors the previous/next links jump to. Themes, tests and screen
//! readers rely on this markup, so nothing else in the diff writes it by hand.

use super::{Side, change_id};
use crate::html::{self, Token};
use crate::i18n::{Arg, Catalog};

/// The change view's words in the site's language (its `diff-` messages), made once per
/// comparison. Labels are HTML, so every message comes out escaped, but for `-html` ones,
/// whose variables are HTML already.
pub(super) struct Said<'w> {
    words: &'w Catalog,
    /// The label before cut text in the inline view.
    pub(super) cut: String,
    /// The label before added text.
    pub(super) added: String,
    /// Where a split block now breaks, between two of its parts: a quiet line for people.
    pub(super) split_here: String,
    /// What stands between a label and the words it marks: a space, or nothing after a
    /// full-width colon.
    pub(super) gap: String,
}

impl<'w> Said<'w> {
    /// The labels in the language of `words`.
    pub(super) fn new(words: &'w Catalog) -> Said<'w> {
        let plain = |id: &str| html::escape(&words.text(id)).into_owned();
        let gap = plain("diff-label-gap");
        Said {
            cut: label(None, &format!("{}{gap}", plain("diff-cut"))),
            added: label(None, &format!("{}{gap}", plain("diff-added"))),
            split_here: format!(
                "<span class=\"diff-label diff-split-here\" data-diff-label>{}</span>",
                plain("diff-split-here")
            ),
            gap,
            words,
        }
    }

    /// The words the labels come from.
    pub(super) fn words(&self) -> &'w Catalog {
        self.words
    }

    /// Message `id` as HTML.
    pub(super) fn html(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let text = self.words.with(id, args);
        if id.ends_with("-html") {
            text
        } else {
            html::escape(&text).into_owned()
        }
    }

    /// A label's text (HTML) with the mark that ends a label ("Removed:").
    pub(super) fn ended(&self, text: &str) -> String {
        format!("{text}{}", self.html("diff-label-end", &[]))
    }
}

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
/// its label ("Removed", as HTML); `number` is the change it starts, if it starts one (the
/// "after" half of a rewrite does not). The old draft's ids are renamed: they may stand on the
/// same page as the new draft's.
pub(super) fn whole_block(
    html: &str,
    side: Side,
    number: Option<usize>,
    text: &str,
    said: &Said<'_>,
) -> String {
    let (class, html) = match side {
        Side::Old => ("diff-block diff-block--old", rename_ids(html)),
        Side::New => ("diff-block diff-block--new", html.to_string()),
    };
    format!(
        "<div class=\"{class}\" data-side=\"{}\"{}>{}\n{html}\n</div>\n",
        side_value(side),
        anchor(number),
        label(None, &said.ended(text)),
    )
}

/// The kind of block `tag` is, as the `$kind` key of the `diff-now` messages ("paragraph",
/// "heading"), with its `$level` or `$tag` where the kind has one. Each language words every
/// kind in full, as articles and case agree with the noun.
fn kind_args(tag: &str) -> [(&'static str, Arg<'_>); 3] {
    let kind = match tag {
        "p" => "paragraph",
        "" => "text",
        "blockquote" => "quote",
        "ul" => "bulleted-list",
        "ol" => "numbered-list",
        "aside" => "aside",
        "details" => "details",
        "div" => "box",
        "figure" => "figure",
        "section" => "section",
        h if h.len() == 2 && h.starts_with('h') && h[1..].parse::<usize>().is_ok() => "heading",
        _ => "other",
    };
    let level = tag
        .get(1..)
        .and_then(|l| l.parse::<usize>().ok())
        .unwrap_or(1);
    [
        ("kind", Arg::from(kind)),
        ("level", Arg::from(level)),
        ("tag", Arg::from(tag)),
    ]
}

/// What restyling a block from kind `old` to kind `new` did, for people (as HTML): "Now a
/// level-3 heading", "No longer quoted".
pub(super) fn restyle_label(old: &str, new: &str, said: &Said<'_>) -> String {
    let wrapper = |tag: &str| super::blocks::WRAPPERS.contains(&tag);
    match (old, new) {
        ("blockquote", "p") => said.html("diff-no-longer-quoted", &[]),
        (old, new) if wrapper(new) && !wrapper(old) => said.html("diff-now-in", &kind_args(new)),
        (old, new) if wrapper(old) && !wrapper(new) => {
            said.html("diff-no-longer-in", &kind_args(old))
        }
        _ => said.html("diff-now", &kind_args(new)),
    }
}

/// A block restyled in place (`inner` is its new markup, with its word changes marked):
/// `data-restyled` names the kind it became and `data-restyled-from` the kind it was, and a
/// label says it in words. Text outside any element is named `text`.
pub(super) fn restyled(
    number: Option<usize>,
    [old_tag, new_tag]: [&str; 2],
    inner: &str,
    said: &Said<'_>,
) -> String {
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
            &said.ended(&restyle_label(old_tag, new_tag, said))
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

    /// What happened, for people (as HTML): "Split into 2 paragraphs", "Joined from 3 lists".
    pub(super) fn label(self, tag: &str, parts: usize, said: &Said<'_>) -> String {
        let what = match tag {
            "ul" | "ol" => "lists",
            "blockquote" => "quotes",
            _ => "paragraphs",
        };
        let args = [("n", Arg::from(parts)), ("what", Arg::from(what))];
        said.html(&format!("diff-{}", self.name()), &args)
    }
}

/// Blocks split or joined, shown as one (`inner` with the word changes marked): `data-split` or
/// `data-joined` holds how many blocks the one became or came from, and a label says it.
pub(super) fn regrouped(
    how: Regroup,
    number: Option<usize>,
    tag: &str,
    parts: usize,
    inner: &str,
    said: &Said<'_>,
) -> String {
    format!(
        "<div class=\"diff-block diff-block--restyled diff-block--{}\" data-{}=\"{parts}\"{}>{}\n{inner}\n</div>\n",
        how.name(),
        how.name(),
        anchor(number),
        label(
            Some("diff-label--restyled"),
            &said.ended(&how.label(tag, parts, said))
        ),
    )
}

/// Which way a moved block went: further down the draft (the move's first half met is where
/// it was) or further up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Way {
    Down,
    Up,
}

/// The label of a moved block, linking to `href`: where it went (`away`) or where it came
/// from, as HTML.
fn moved_label(away: bool, way: Way, href: &str, said: &Said<'_>) -> String {
    let id = match (away, way) {
        (true, Way::Down) => "diff-moved-down-html",
        (true, Way::Up) => "diff-moved-up-html",
        (false, Way::Down) => "diff-moved-from-below-html",
        (false, Way::Up) => "diff-moved-from-above-html",
    };
    label(None, &said.ended(&said.html(id, &[("href", href.into())])))
}

/// Where a moved block stood, a quiet ghost of the old text linked to its new place.
pub(super) fn moved_away(number: usize, way: Way, html: &str, said: &Said<'_>) -> String {
    let id = change_id(number);
    format!(
        "<div class=\"diff-block diff-block--moved-away\" data-side=\"old\" data-moved-to=\"{id}\" id=\"was-{id}\" tabindex=\"-1\">{}\n{}\n</div>\n",
        moved_label(true, way, &format!("#{id}"), said),
        rename_ids(html),
    )
}

/// A moved block at its new place (`inner` has its edits marked), linked to where it was.
pub(super) fn moved_here(number: usize, way: Way, inner: &str, said: &Said<'_>) -> String {
    let id = change_id(number);
    format!(
        "<div class=\"diff-block diff-block--moved\" data-side=\"new\" data-moved-from=\"was-{id}\" id=\"{id}\" tabindex=\"-1\">{}\n{inner}\n</div>\n",
        moved_label(false, way, &format!("#was-{id}"), said),
    )
}

/// The same, in a side-by-side column: labelled, with ids of its own (`sbs-`), no `data-side`
/// (the columns are not read back). Returns the opening of the wrapper.
pub(super) fn column_moved(away: bool, number: usize, way: Way, said: &Said<'_>) -> String {
    let id = change_id(number);
    if away {
        format!(
            "<div class=\"diff-block diff-block--moved-away\" id=\"sbs-was-{id}\">{}\n",
            moved_label(true, way, &format!("#sbs-{id}"), said)
        )
    } else {
        format!(
            "<div class=\"diff-block diff-block--moved\" id=\"sbs-{id}\">{}\n",
            moved_label(false, way, &format!("#sbs-was-{id}"), said)
        )
    }
}

/// The opening of a labelled block in a side-by-side column (`class` its modifier, `text` its
/// label as HTML).
pub(super) fn column_block(class: &str, text: &str, said: &Said<'_>) -> String {
    format!(
        "<div class=\"diff-block {class}\">{}\n",
        label(None, &said.ended(text))
    )
}

/// The opening of one side's cell in a side-by-side row, labelled with the draft it shows.
pub(super) fn column_cell(side: &str, text: &str, said: &Said<'_>) -> String {
    format!(
        "<div class=\"sbs-cell sbs-cell--{side}\"><span class=\"sbs-side diff-label\" data-diff-label>{}{}</span>\n",
        said.ended(text),
        said.gap
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
