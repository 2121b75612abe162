//! The side-by-side view: the old draft on the left, the new on the right, a row per block.
//!
//! It is a second way to read the same comparison, so it is built from the rows the inline view
//! was built from. Long stretches of unchanged blocks are folded to one line, keeping one block
//! of context on each side of a change. The blocks lose their ids (the inline view on the same
//! page keeps them) and headings become styled paragraphs, so the page's outline and anchors
//! stay the inline view's alone.

use super::markup::{self, Said, Way};
use crate::html::{self, Token};

/// One aligned step, with each side's markup already marked.
#[derive(Debug, Clone)]
pub(super) enum Row<'a> {
    Same(&'a str),
    Removed(&'a str),
    Added(&'a str),
    Edited {
        old: String,
        new: String,
    },
    Rewritten {
        old: &'a str,
        new: &'a str,
    },
    /// A block whose kind changed in place, or one split in several or several joined in one
    /// (`kind`: "restyled", "split", "joined"), each side with its own markup and marks; the
    /// label says what happened.
    Reshaped {
        kind: &'static str,
        old: String,
        new: String,
        label: String,
    },
    /// Where a block stood before it moved; `to` is the move's change number.
    MovedAway {
        old: &'a str,
        to: usize,
        whither: Way,
    },
    /// Where a block moved to, with its edits marked.
    MovedHere {
        new: String,
        from: usize,
        whence: Way,
    },
}

/// Unchanged blocks kept beside a change for context.
const CONTEXT: usize = 1;

/// The inside of the side-by-side element.
pub(super) fn render(rows: &[Row<'_>], capacity: usize, said: &Said<'_>) -> String {
    let mut out = String::with_capacity(capacity);
    let mut i = 0;
    while i < rows.len() {
        if !matches!(rows[i], Row::Same(_)) {
            push_row(&mut out, &rows[i], said);
            i += 1;
            continue;
        }
        let end = (i..rows.len())
            .find(|&j| !matches!(rows[j], Row::Same(_)))
            .unwrap_or(rows.len());
        let before = if i > 0 { CONTEXT } else { 0 };
        let after = if end < rows.len() { CONTEXT } else { 0 };
        let len = end - i;
        if len > before + after + 1 {
            rows[i..i + before]
                .iter()
                .for_each(|r| push_row(&mut out, r, said));
            let folded = len - before - after;
            let id = if folded == rows.len() {
                "diff-all-same"
            } else {
                "diff-unchanged"
            };
            let text = said.html(id, &[("n", folded.into())]);
            out.push_str(&format!(
                "<div class=\"sbs-row sbs-row--folded\"><p>{text}</p></div>\n"
            ));
            rows[end - after..end]
                .iter()
                .for_each(|r| push_row(&mut out, r, said));
        } else {
            rows[i..end]
                .iter()
                .for_each(|r| push_row(&mut out, r, said));
        }
        i = end;
    }
    out
}

/// What one side of a row shows.
enum Cell<'a> {
    Empty,
    /// A block as it reads on this side ([`push_quiet`]).
    Block(&'a str),
    /// A block on this side only, labelled ("Removed", "Rewritten, after" ...).
    Labelled {
        class: &'static str,
        /// As HTML.
        label: String,
        html: &'a str,
    },
    /// Where a block stood before it moved (`away`), or where it moved to: `number` is the
    /// move's change number, `direction` says which way the other half is.
    Moved {
        away: bool,
        number: usize,
        direction: Way,
        html: &'a str,
    },
}

/// Writes one row, each block's markup copied once, straight into `out`.
fn push_row<'r>(out: &mut String, row: &'r Row<'_>, said: &Said<'_>) {
    use Cell::{Block, Empty, Labelled, Moved};
    let labelled = |class, label: String, html: &'r str| Labelled { class, label, html };
    let says = |id: &str| said.html(id, &[]);
    let (kind, old, new) = match row {
        Row::Same(html) => ("same", Block(html), Block(html)),
        Row::Edited { old, new } => ("edited", Block(old), Block(new)),
        Row::Removed(html) => (
            "removed",
            labelled("diff-block--old", says("diff-removed"), html),
            Empty,
        ),
        Row::Added(html) => (
            "added",
            Empty,
            labelled("diff-block--new", says("diff-added-block"), html),
        ),
        Row::Rewritten { old, new } => (
            "rewritten",
            labelled("diff-block--old", says("diff-rewritten-before"), old),
            labelled("diff-block--new", says("diff-rewritten-after"), new),
        ),
        Row::Reshaped {
            kind,
            old,
            new,
            label,
        } => (
            *kind,
            Block(old),
            labelled("diff-block--restyled", label.clone(), new),
        ),
        Row::MovedAway { old, to, whither } => (
            "moved-away",
            Moved {
                away: true,
                number: *to,
                direction: *whither,
                html: old,
            },
            Empty,
        ),
        Row::MovedHere { new, from, whence } => (
            "moved",
            Empty,
            Moved {
                away: false,
                number: *from,
                direction: *whence,
                html: new,
            },
        ),
    };
    out.push_str("<div class=\"sbs-row sbs-row--");
    out.push_str(kind);
    out.push_str("\">");
    push_cell(out, "old", &says("diff-before"), &old, said);
    push_cell(out, "new", &says("diff-after"), &new, said);
    out.push_str("</div>\n");
}

fn push_cell(out: &mut String, side: &str, label: &str, cell: &Cell<'_>, said: &Said<'_>) {
    // The block, and the labelled wrapper it sits in when it stands on this side only.
    let (html, wrapper) = match cell {
        Cell::Empty => {
            out.push_str(&format!(
                "<div class=\"sbs-cell sbs-cell--{side} sbs-cell--empty\"></div>"
            ));
            return;
        }
        Cell::Block(html) => (*html, None),
        Cell::Labelled { class, label, html } => {
            (*html, Some(markup::column_block(class, label, said)))
        }
        Cell::Moved {
            away,
            number,
            direction,
            html,
        } => (
            *html,
            Some(markup::column_moved(*away, *number, *direction, said)),
        ),
    };
    out.push_str(&markup::column_cell(side, label, said));
    if let Some(wrapper) = &wrapper {
        out.push_str(wrapper);
    }
    push_quiet(out, html);
    if wrapper.is_some() {
        out.push_str("\n</div>");
    }
    out.push_str("\n</div>");
}

/// Writes a block's markup without its ids, and with headings turned into paragraphs styled
/// like them: the inline view on the same page owns the ids and the outline.
fn push_quiet(out: &mut String, block_html: &str) {
    // Most blocks have neither ids nor headings, and are written as they are.
    if !block_html.contains(" id=\"")
        && !block_html.contains(" tabindex=\"")
        && !block_html.contains("<h")
    {
        out.push_str(block_html);
        return;
    }
    for token in html::tokenize(block_html) {
        match token {
            Token::Open(name, _) if html::is_heading(name) => {
                out.push_str(&format!("<p class=\"sbs-heading sbs-{name}\">"));
            }
            Token::Close(name, _) if html::is_heading(name) => out.push_str("</p>"),
            Token::Open(_, raw) | Token::Void(_, raw) => out.push_str(&without_id(raw)),
            other => out.push_str(other.raw()),
        }
    }
}

#[cfg(test)]
fn quiet(block_html: &str) -> String {
    let mut out = String::new();
    push_quiet(&mut out, block_html);
    out
}

/// A start tag without its `id` attribute (and the `tabindex` that only matters for ids).
pub(super) fn without_id(raw: &str) -> String {
    let mut tag = raw.to_string();
    for attribute in [" id=\"", " tabindex=\""] {
        if let Some(start) = tag.find(attribute)
            && let Some(len) = tag[start + attribute.len()..].find('"')
        {
            tag.replace_range(start..start + attribute.len() + len + 1, "");
        }
    }
    tag
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Catalog;

    #[test]
    fn ids_go_and_headings_become_paragraphs() {
        assert_eq!(
            quiet("<h2 id=\"a-b\">A <em>b</em></h2>"),
            "<p class=\"sbs-heading sbs-h2\">A <em>b</em></p>"
        );
        assert_eq!(
            quiet(
                "<p>x<sup class=\"footnote-ref\" id=\"fnref-1\"><a href=\"#fn-1\">1</a></sup></p>"
            ),
            "<p>x<sup class=\"footnote-ref\"><a href=\"#fn-1\">1</a></sup></p>"
        );
    }

    #[test]
    fn long_unchanged_stretches_fold_to_one_line_with_context_kept() {
        let same = Row::Same;
        let rows = [
            same("<p>a</p>"),
            same("<p>b</p>"),
            same("<p>c</p>"),
            Row::Added("<p>new</p>"),
            same("<p>d</p>"),
            same("<p>e</p>"),
        ];
        let words = Catalog::english();
        let html = render(&rows, 0, &Said::new(&words));
        assert!(html.contains("2 paragraphs unchanged"), "{html}");
        assert!(!html.contains("<p>a</p>") && !html.contains("<p>b</p>"));
        assert!(
            html.contains("<p>c</p>") && html.contains("<p>d</p>") && html.contains("<p>e</p>")
        );
        assert!(
            render(
                &[same("a"), same("b"), same("c")],
                0,
                &Said::new(&Catalog::english())
            )
            .contains("All 3 paragraphs read the same")
        );
    }
}
