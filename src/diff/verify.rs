//! Checking a change view against the diff contract: the round trip gives back both drafts'
//! text, `<ins>`/`<del>` never nest or wrap a block, and every element is closed.
//!
//! The engine's unit tests, the real-history test, the example-site test and the fuzz target
//! all check through this one function, so they agree on what "correct" means.

use std::fmt;

use super::{ChangeView, Side, read_side};
use crate::html::{self, Token, is_inline};
use crate::markdown::Rendered;

/// How a change view breaks the diff contract.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Violation {
    /// Reading one side back does not give that draft's text.
    RoundTrip {
        /// The side read back.
        side: Side,
        /// That draft's text, whitespace collapsed.
        expected: String,
        /// What reading the view back gave.
        found: String,
    },
    /// An `<ins>` or `<del>` inside another one.
    NestedMark(String),
    /// A block element (or a void element other than an inline one) inside `<ins>`/`<del>`.
    BlockInMark(String),
    /// A closing tag that does not match the open element, or an element never closed.
    BadNesting(String),
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Violation::RoundTrip {
                side,
                expected,
                found,
            } => {
                let at = first_difference(expected, found);
                write!(
                    f,
                    "the {side:?} side does not read back: from character {at}, expected {:?}, found {:?}",
                    excerpt(expected, at),
                    excerpt(found, at)
                )
            }
            Violation::NestedMark(tag) => write!(f, "<{tag}> inside another <ins>/<del>"),
            Violation::BlockInMark(tag) => write!(f, "<{tag}> inside <ins>/<del>"),
            Violation::BadNesting(what) => write!(f, "badly nested HTML: {what}"),
        }
    }
}

impl std::error::Error for Violation {}

/// Checks `view`, the comparison of `old` with `new`, against the diff contract.
pub fn verify(old: &Rendered, new: &Rendered, view: &ChangeView) -> Result<(), Violation> {
    for (side, draft) in [(Side::Old, old), (Side::New, new)] {
        let expected = collapse(&html::text_of(&draft.html));
        let found = read_side(&view.html, side);
        if expected != found {
            return Err(Violation::RoundTrip {
                side,
                expected,
                found,
            });
        }
    }
    well_formed(&view.html)
}

/// Checks that the marks never nest, never hold a block, and that every element is closed in
/// order.
pub fn well_formed(view_html: &str) -> Result<(), Violation> {
    let mut stack: Vec<&str> = Vec::new();
    let in_mark = |stack: &[&str]| stack.iter().any(|s| matches!(*s, "ins" | "del"));
    for token in html::tokenize(view_html) {
        match token {
            Token::Open(name, _) => {
                if in_mark(&stack) {
                    if matches!(name, "ins" | "del") {
                        return Err(Violation::NestedMark(name.to_string()));
                    }
                    if !is_inline(name) {
                        return Err(Violation::BlockInMark(name.to_string()));
                    }
                }
                stack.push(name);
            }
            Token::Close(name, _) => match stack.pop() {
                Some(open) if open == name => {}
                open => {
                    return Err(Violation::BadNesting(format!(
                        "</{name}> closes {}",
                        open.map_or("nothing".to_string(), |o| format!("<{o}>"))
                    )));
                }
            },
            Token::Void(name, _)
                if in_mark(&stack) && !matches!(name, "br" | "wbr" | "img" | "input") =>
            {
                return Err(Violation::BlockInMark(name.to_string()));
            }
            _ => {}
        }
    }
    match stack.last() {
        Some(open) => Err(Violation::BadNesting(format!("<{open}> is never closed"))),
        None => Ok(()),
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The byte offset where two strings first differ, on a character boundary.
fn first_difference(a: &str, b: &str) -> usize {
    a.char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((i, _), _)| i)
}

/// Up to 60 characters of `s` from byte `at`.
fn excerpt(s: &str, at: usize) -> String {
    s.get(at..).unwrap_or("").chars().take(60).collect()
}
