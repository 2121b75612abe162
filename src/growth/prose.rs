//! A draft's prose: the text a reader reads, in units (paragraphs, list items, a quote's
//! paragraphs) that a sentence never crosses, leaving out what a reading does not read.

use crate::html::{self, Token};
use crate::markdown::Rendered;

/// What a walk over a draft is for; each leaves out different elements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reading {
    Sentences,
    Vocabulary,
}

/// A run of text between two block boundaries: a paragraph, a list item, a quote's paragraph.
#[derive(Debug, Default)]
pub(super) struct Unit {
    pub(super) text: String,
    /// Whether it counts as a paragraph (see [`super::DraftStats::paragraphs`]).
    pub(super) paragraph: bool,
    /// Whether it is (in) a heading, where title case capitalises words that are not names.
    pub(super) heading: bool,
}

/// Whether the content of an element is left out of a reading.
fn leaves_out(name: &str, tag: &str, reading: Reading) -> bool {
    let name = name.to_ascii_lowercase();
    if matches!(name.as_str(), "pre" | "script" | "style") {
        return true;
    }
    let class = html::attribute(tag, "class").unwrap_or("");
    let has_class = |c: &str| class.split_whitespace().any(|x| x == c);
    // Footnote numbers and back arrows are apparatus, not words.
    if ["footnote-ref", "footnote-definition-label", "footnote-back"]
        .into_iter()
        .any(has_class)
    {
        return true;
    }
    match reading {
        Reading::Sentences => {
            matches!(
                name.as_str(),
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "table"
            ) || has_class("footnote-definition")
        }
        Reading::Vocabulary => matches!(name.as_str(), "code" | "kbd" | "samp"),
    }
}

/// Elements that sit inside a line of text without breaking it, though [`html::is_inline`]
/// does not list them.
fn is_in_line(name: &str) -> bool {
    html::is_inline(name) || matches!(name, "br" | "wbr" | "img" | "input")
}

/// The draft's prose for `reading`, split into units at block boundaries.
pub(super) fn prose_units(rendered: &Rendered, reading: Reading) -> Vec<Unit> {
    let mut units = Vec::new();
    for block in &rendered.blocks {
        let mut open: Vec<(&str, bool)> = Vec::new();
        let mut left_out = 0usize;
        let mut in_items = 0usize;
        let mut in_headings = 0usize;
        let mut unit = Unit::default();
        let mut flush = |unit: &mut Unit| {
            let done = std::mem::take(unit);
            // Has a word at all (what `count_words` counts: runs with a letter or digit).
            if done.text.chars().any(char::is_alphanumeric) {
                units.push(done);
            }
        };
        for token in html::tokenize(&block.html) {
            match token {
                Token::Open(name, tag) => {
                    if !is_in_line(name) {
                        flush(&mut unit);
                    }
                    let skip = leaves_out(name, tag, reading);
                    left_out += usize::from(skip);
                    in_items += usize::from(name.eq_ignore_ascii_case("li"));
                    in_headings += usize::from(html::is_heading(name));
                    open.push((name, skip));
                    if name.eq_ignore_ascii_case("p") && left_out == 0 && in_items == 0 {
                        unit.paragraph = true;
                    }
                }
                Token::Close(name, _) => {
                    // Our HTML is balanced; tolerate a stray closer rather than trust it.
                    if let Some(at) = open.iter().rposition(|(n, _)| n.eq_ignore_ascii_case(name)) {
                        for (n, skip) in open.drain(at..) {
                            left_out -= usize::from(skip);
                            in_items -= usize::from(n.eq_ignore_ascii_case("li"));
                            in_headings -= usize::from(html::is_heading(n));
                        }
                    }
                    if !is_in_line(name) {
                        flush(&mut unit);
                    }
                }
                Token::Void(name, _) => {
                    if is_in_line(name) {
                        unit.text.push(' ');
                    } else {
                        flush(&mut unit);
                    }
                }
                Token::Text(text) if left_out == 0 => {
                    if open.is_empty() && !text.trim().is_empty() {
                        unit.paragraph = true;
                    }
                    unit.heading |= in_headings > 0;
                    unit.text.push_str(&html::unescape(text));
                }
                Token::Text(_) | Token::Comment(_) => {}
            }
        }
        flush(&mut unit);
    }
    units
}
