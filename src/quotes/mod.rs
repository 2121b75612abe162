//! Feedback pinned to the passage it is about.
//!
//! A feedback item may quote the passage of the draft it comments on. This module finds that
//! passage in the rendered draft ([`find_quote`]), highlights it on the draft page with the
//! comment beside it ([`pin_feedback`]), and tells what became of it in the next draft
//! ([`quote_fate`]).
//!
//! A quote is typed by hand in YAML, so it seldom matches the rendered text byte for byte:
//! Markdown turned `'` and `--` into `’` and `–`, the quote may keep `*emphasis*` markers, break
//! lines elsewhere or change case. Both sides are compared in a normalized form (`Normalized`)
//! that remembers where each of its characters came from, so a match leads back to the draft's
//! own text and from there to its HTML.
//!
//! Everything [`pin_feedback`] adds that is not the draft's own text carries `data-note`, as the
//! diff contract asks: drop those elements and the draft's text reads exactly as before.

mod fate;
mod normalized;
mod pin;

use std::ops::Range;

use crate::markdown::Block;
pub use fate::{QuoteFate, quote_fate, quote_fate_after};
use normalized::Haystack;
pub use pin::{Pin, Pinned, pin_feedback};

/// Where a quoted passage sits in a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteSpot {
    /// The index of the block that holds the whole passage.
    pub block: usize,
    /// The passage's byte range in that block's plain text ([`Block::text`]).
    pub range: Range<usize>,
}

/// Finds the passage `quote` in a draft's blocks.
///
/// Quote and draft are compared normalized: curly and straight quotes are equal, so are all
/// dashes and runs of them (`--`, `–`, `—`, with or without spaces around), `…` and `...`, and
/// all runs of whitespace; Markdown's `*`, `_`, `` ` `` and `~` count for nothing. Quote marks
/// around the whole quote, Markdown links and backslash escapes in it are also forgiven.
///
/// The first exact-case match wins; failing that, the first match in any case. The passage must
/// lie within one block (a paragraph, a list, a code block ...). An empty quote is never found.
///
/// Relies on each block's `text` being `html::text_of(&html)`, as [`crate::markdown::render`]
/// makes it.
pub fn find_quote(blocks: &[Block], quote: &str) -> Option<QuoteSpot> {
    Haystack::new(blocks).find(quote)
}

#[cfg(test)]
mod tests;
