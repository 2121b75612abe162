//! A change view as terminal text: the same comparison as the web page, for `redraft diff`.
//!
//! Reading the view's HTML back (rather than diffing again) keeps the terminal and the site in
//! agreement. Plain output uses wdiff's markers, `[-cut-]` and `{+added+}`, and
//! `{~now italic: text~}` for text whose formatting changed; coloured output uses red
//! strike-through, green underline and magenta with the same words, so neither relies on colour
//! alone.

use crate::html::{self, Token};

/// How to mark changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marks {
    /// `[-cut-]{+added+}`, for files, pipes and `NO_COLOR`.
    Plain,
    /// ANSI colours with strike-through and underline.
    Color,
}

impl Marks {
    fn open(self, side: Side) -> &'static str {
        match (self, side) {
            (Marks::Plain, Side::Cut) => "[-",
            (Marks::Plain, Side::Added) => "{+",
            (Marks::Plain, Side::Format) => "{~",
            (Marks::Color, Side::Cut) => "\x1b[31;9m",
            (Marks::Color, Side::Added) => "\x1b[32;4m",
            (Marks::Color, Side::Format) => "\x1b[35m",
        }
    }

    fn close(self, side: Side) -> &'static str {
        match (self, side) {
            (Marks::Plain, Side::Cut) => "-]",
            (Marks::Plain, Side::Added) => "+}",
            (Marks::Plain, Side::Format) => "~}",
            (Marks::Color, _) => "\x1b[0m",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Cut,
    Added,
    /// The same text, formatted differently; its label says how and is printed.
    Format,
}

/// Elements after which a reader expects a paragraph break.
const PARAGRAPHS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "blockquote",
    "table",
    "ul",
    "ol",
    "div",
    "hr",
];

/// Classes of what the terminal shows as a formatting note (`{now italic: …}`): changes
/// said only in words on the web page (how formatting changed, a link's new address, what a
/// block became, where a paragraph was split), with their labels.
const SAID: &[&str] = &[
    "diff-format",
    "diff-label--format",
    "diff-address",
    "diff-label--address",
    "diff-label--restyled",
    "diff-split-here",
];

/// Renders the inside of a change view (see [`super::ChangeView::html`]) as text.
pub fn render(view_html: &str, marks: Marks) -> String {
    let mut out = String::with_capacity(view_html.len());
    // Open elements: (name, the side they put their text on, whether they are skipped).
    let mut stack: Vec<(String, Option<Side>, bool)> = Vec::new();
    let mut active: Option<Side> = None;
    let mut in_pre = false;
    // Where a moved block is open on the stack: a moved block is neither cut nor added. Its
    // label says where it went or came from; the ghost at its old place shows nothing else.
    let mut moved: Option<(usize, bool)> = None;
    for token in html::tokenize(view_html) {
        let skipping = stack.iter().any(|(_, _, skip)| *skip);
        match token {
            Token::Open(name, raw) => {
                let data_side = html::attribute(raw, "data-side");
                let class = html::attribute(raw, "class").unwrap_or("");
                let ghost = html::attribute(raw, "data-moved-to").is_some();
                if ghost || html::attribute(raw, "data-moved-from").is_some() {
                    if let Some(a) = active.take() {
                        out.push_str(marks.close(a));
                    }
                    out.push_str("\n\n");
                    moved = Some((stack.len(), ghost));
                    stack.push((name.to_string(), None, false));
                    continue;
                }
                // A direct child of a moved block: its label, or (in a ghost) its text.
                let in_moved = moved.filter(|(depth, _)| stack.len() == depth + 1);
                let side = if name == "del" || data_side == Some("old") {
                    Some(Side::Cut)
                } else if name == "ins" || data_side == Some("new") {
                    Some(Side::Added)
                } else if SAID.iter().any(|said| class.split(' ').any(|c| c == *said)) {
                    Some(Side::Format)
                } else {
                    None
                };
                // Inside a whole added block, a cut is the old side's business (its ghost or
                // its "before" half shows it); likewise the other way round.
                let inner = stack
                    .iter()
                    .rev()
                    .find_map(|(_, s, _)| *s)
                    .filter(|s| *s != Side::Format);
                let label = html::attribute(raw, "data-diff-label").is_some();
                // Labels are for the web page, but for those that say what changed in no other
                // way: how formatting changed, what a block became.
                let said = SAID.iter().any(|said| class.split(' ').any(|c| c == *said))
                    || (label && in_moved.is_some());
                let side = if label && in_moved.is_some() {
                    Some(Side::Format)
                } else {
                    side
                };
                let skip = (label && !said)
                    || matches!(in_moved, Some((_, true)) if !label)
                    || html::attribute(raw, "data-note").is_some()
                    || matches!((inner, side), (Some(a), Some(b)) if a != b);
                // A mark never runs across an item, a cell or a paragraph.
                let separates =
                    matches!(name, "li" | "tr" | "td" | "th") || PARAGRAPHS.contains(&name);
                if skipping || skip {
                    stack.push((name.to_string(), None, true));
                    continue;
                }
                if separates && let Some(a) = active.take() {
                    out.push_str(marks.close(a));
                }
                match name {
                    "li" => out.push_str("\n- "),
                    "tr" => out.push('\n'),
                    "td" | "th" => out.push_str(" | "),
                    "pre" => in_pre = true,
                    _ if PARAGRAPHS.contains(&name) => out.push_str("\n\n"),
                    _ => {}
                }
                stack.push((name.to_string(), side.filter(|_| !skip), skip));
            }
            Token::Close(name, _) => {
                let skipped = stack.last().is_some_and(|(n, _, skip)| n == name && *skip);
                if let Some(at) = stack.iter().rposition(|(n, _, _)| n == name) {
                    stack.truncate(at);
                    if moved.is_some_and(|(depth, _)| at <= depth) {
                        moved = None;
                    }
                }
                if name == "pre" {
                    in_pre = false;
                }
                if PARAGRAPHS.contains(&name) && !skipped {
                    out.push_str("\n\n");
                }
            }
            Token::Void("br", _) if !skipping => out.push('\n'),
            Token::Text(text) if !skipping => {
                let side = stack.iter().rev().find_map(|(_, s, _)| *s);
                // Control characters in a draft could steer the terminal; they never print.
                let text: String = html::unescape(text)
                    .chars()
                    .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
                    .collect();
                let mut text = if in_pre { text } else { collapse(&text) };
                if !in_pre && (out.is_empty() || out.ends_with('\n')) {
                    text = text.trim_start().to_string();
                }
                if text.is_empty() {
                    continue;
                }
                // Spaces alone never open a mark: `[- -]` would say nothing.
                if text.trim().is_empty() && side != active {
                    // A plain space after a mark ends the mark and stays a space.
                    if side.is_none()
                        && let Some(a) = active.take()
                    {
                        out.push_str(marks.close(a));
                    }
                    if active.is_none() {
                        out.push_str(&text);
                    }
                    continue;
                }
                if side != active {
                    if let Some(a) = active {
                        out.push_str(marks.close(a));
                    }
                    if let Some(s) = side {
                        out.push_str(marks.open(s));
                    }
                    active = side;
                }
                out.push_str(&text);
            }
            _ => {}
        }
        // A mark never runs across a block boundary.
        if let (Some(a), true) = (active, out.ends_with('\n')) {
            let trimmed = out.trim_end_matches('\n').len();
            let breaks = out.split_off(trimmed);
            out.push_str(marks.close(a));
            out.push_str(&breaks);
            active = None;
        }
    }
    if let Some(a) = active {
        out.push_str(marks.close(a));
    }
    tidy(&out)
}

/// Runs of whitespace as one space, keeping a lone leading or trailing space.
fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    if space {
        out.push(' ');
    }
    out
}

/// At most one blank line between paragraphs, no spaces at line ends, one final newline.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines().map(str::trim_end) {
        if line.trim().is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() && blank > 0 {
            out.push('\n');
        }
        blank = 0;
        out.push_str(line.trim_start_matches(' '));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::compare;
    use crate::i18n::Catalog;
    use crate::markdown::render as md;
    use crate::settings::RawHtml;

    fn plain(old: &str, new: &str) -> String {
        render(
            &compare(
                &md(old, RawHtml::Sanitize),
                &md(new, RawHtml::Sanitize),
                &Catalog::english(),
            )
            .html,
            Marks::Plain,
        )
    }

    /// Reading the plain output back as either draft, as wdiff users would.
    fn side(text: &str, keep_cut: bool) -> String {
        let mut out = String::new();
        let mut rest = text;
        while !rest.is_empty() {
            let next = [rest.find("[-"), rest.find("{+")]
                .into_iter()
                .flatten()
                .min();
            let Some(at) = next else {
                out.push_str(rest);
                break;
            };
            out.push_str(&rest[..at]);
            let cut = rest[at..].starts_with("[-");
            let close = if cut { "-]" } else { "+}" };
            let end = rest[at..].find(close).map_or(rest.len(), |e| at + e);
            if cut == keep_cut {
                out.push_str(&rest[at + 2..end]);
            }
            rest = &rest[(end + 2).min(rest.len())..];
        }
        // List bullets are layout, not text (a cut item keeps its bullet outside the mark).
        out.split_whitespace()
            .filter(|w| *w != "-")
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn plain_marks_read_back_as_either_draft() {
        let old = "It was dark and cold.\n\nWe went home.\n\n- apples\n- pears\n";
        let new = "It was dark, cold.\n\nA new line here.\n\nWe went home.\n\n- apples\n";
        let out = plain(old, new);
        assert!(out.contains("dark[-"), "{out}");
        assert!(out.contains("{+A new line here.+}"), "{out}");
        assert_eq!(
            side(&out, true),
            "It was dark and cold. We went home. apples pears"
        );
        assert_eq!(
            side(&out, false),
            "It was dark, cold. A new line here. We went home. apples"
        );
    }

    #[test]
    fn colour_uses_strike_and_underline_too() {
        let out = render(
            &compare(
                &md("a b c", RawHtml::Sanitize),
                &md("a x c", RawHtml::Sanitize),
                &Catalog::english(),
            )
            .html,
            Marks::Color,
        );
        assert!(
            out.contains("\x1b[31;9mb\x1b[0m") && out.contains("\x1b[32;4mx\x1b[0m"),
            "{out:?}"
        );
    }

    #[test]
    fn a_move_is_said_where_it_left_and_shown_with_its_edits_where_it_went() {
        let old =
            "Alpha beta gamma delta epsilon.\n\nZeta eta theta iota.\n\nKappa lambda mu nu.\n";
        let new =
            "Zeta eta theta iota.\n\nKappa lambda mu nu.\n\nAlpha beta gamma delta epsilon zeta.\n";
        let out = plain(old, new);
        assert_eq!(
            out,
            "{~Moved further down:~}\n\nZeta eta theta iota.\n\nKappa lambda mu nu.\n\n\
             {~Moved here from further up:~}\n\nAlpha beta gamma delta epsilon{+ zeta+}.\n"
        );
    }

    #[test]
    fn typo_fixes_show_their_letters_and_formatting_says_what_changed() {
        let out = plain(
            "I will recieve a bright day.\n",
            "I will receive a *bright* day.\n",
        );
        assert_eq!(
            out,
            "I will rec[-ie-]{+ei+}ve a {~now italic: bright~} day.\n"
        );
    }
}
