//! Text compared the forgiving way feedback quotes need: curly and straight quotes alike,
//! dashes and spacing alike, Markdown markers ignored, and every character of the normalized
//! form remembering where it came from in the draft.

use std::cell::OnceCell;
use std::ops::Range;

use crate::markdown::Block;

use super::QuoteSpot;

/// Whether a comparison minds the case of letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Case {
    /// Letters as written.
    Exact,
    /// Letters lowercased on both sides.
    Folded,
}

/// A draft's blocks normalized once, to look up any number of quotes: each lookup is a plain
/// substring search per block, linear in the draft's length.
pub(super) struct Haystack<'b> {
    blocks: &'b [Block],
    exact: Vec<Normalized>,
    /// Lowercased; built only when some quote has no exact-case match.
    folded: OnceCell<Vec<Normalized>>,
}

impl<'b> Haystack<'b> {
    pub(super) fn new(blocks: &'b [Block]) -> Self {
        Haystack {
            blocks,
            exact: blocks
                .iter()
                .map(|b| Normalized::new(&b.text, Case::Exact))
                .collect(),
            folded: OnceCell::new(),
        }
    }

    pub(super) fn blocks(&self, case: Case) -> &[Normalized] {
        if case == Case::Exact {
            return &self.exact;
        }
        self.folded.get_or_init(|| {
            self.blocks
                .iter()
                .map(|b| Normalized::new(&b.text, Case::Folded))
                .collect()
        })
    }

    /// See [`super::find_quote`]: exact case before any case, the quote as typed before the quote
    /// without the quote marks around it, then the first block.
    pub(super) fn find(&self, quote: &str) -> Option<QuoteSpot> {
        let source = quote_source(quote);
        for case in [Case::Exact, Case::Folded] {
            let needle = Normalized::new(&source, case);
            for candidate in needles(&needle.text) {
                for (i, block) in self.blocks(case).iter().enumerate() {
                    if let Some(at) = block.text.find(candidate) {
                        return Some(QuoteSpot {
                            block: i,
                            range: block.source_range(at..at + candidate.len()),
                        });
                    }
                }
            }
        }
        None
    }
}

/// The forms of a normalized quote to look for, best first: as typed, then without quote marks
/// around it (`“It was a nice day.”`). Empty if the quote is.
pub(super) fn needles(quote: &str) -> Vec<&str> {
    let whole = quote.trim_matches(' ');
    if whole.is_empty() {
        return Vec::new();
    }
    let mut out = vec![whole];
    let marks = ['"', '\''];
    if let Some(inner) = whole
        .strip_prefix(marks)
        .and_then(|s| s.strip_suffix(marks))
        .map(|s| s.trim_matches(' '))
        .filter(|s| !s.is_empty())
    {
        out.push(inner);
    }
    out
}

/// A quote as a reader sees it: Markdown links reduced to their text, images dropped,
/// autolinks' angle brackets and backslash escapes removed. Emphasis and code markers are left
/// for [`Normalized`] to drop.
pub(super) fn quote_source(quote: &str) -> String {
    let mut out = String::with_capacity(quote.len());
    let mut rest = quote;
    while let Some(c) = rest.chars().next() {
        let after = &rest[c.len_utf8()..];
        if c == '\\' && after.starts_with(|n: char| n.is_ascii_punctuation()) {
            out.push_str(&after[..1]);
            rest = &after[1..];
            continue;
        }
        if c == '!'
            && after.starts_with('[')
            && let Some((_, next)) = link(after)
        {
            rest = next;
            continue;
        }
        if c == '['
            && let Some((text, next)) = link(rest)
        {
            out.push_str(text);
            rest = next;
            continue;
        }
        if c == '<'
            && let Some(close) = after.find('>')
            && is_autolink(&after[..close])
        {
            out.push_str(&after[..close]);
            rest = &after[close + 1..];
            continue;
        }
        out.push(c);
        rest = after;
    }
    out
}

/// `[text](url)` or `[text][label]` at the start of `s`: the text and what follows the link.
fn link(s: &str) -> Option<(&str, &str)> {
    let close = s.find(']')?;
    let after = &s[close + 1..];
    let end = match after.chars().next()? {
        '(' => after.find(')')?,
        '[' => after.find(']')?,
        _ => return None,
    };
    Some((&s[1..close], &after[end + 1..]))
}

/// Whether `inner` (between `<` and `>`) is a Markdown autolink: a URL or an email address.
fn is_autolink(inner: &str) -> bool {
    !inner.is_empty() && !inner.contains(char::is_whitespace) && inner.contains([':', '@'])
}

/// Text in the form quotes are compared in, with the way back to the original:
///
/// - curly quotes and apostrophes (and guillemets) become straight ones;
/// - a run of dashes of any kind (`-`, `--`, `---`, `–`, `—`, `−` ...) becomes one `-`, and the
///   spaces around it go: `a -- b`, `a—b` and `a - b` are all the same dash to a writer;
/// - `…` becomes `...`;
/// - a run of whitespace (line breaks, no-break spaces, the gap between list items) becomes one
///   space;
/// - Markdown's emphasis, code and strike-through markers (`*`, `_`, `` ` ``, `~`) and invisible
///   characters (soft hyphen, zero-width ones) are dropped. This happens on both sides, so text
///   that really holds such a character still matches a quote that has it;
/// - with [`Case::Folded`], letters are lowercased.
pub(super) struct Normalized {
    pub(super) text: String,
    /// One entry per character of `text`, in order.
    chars: Vec<Origin>,
}

/// Where a character of a [`Normalized`] text came from.
#[derive(Debug, Clone, Copy)]
struct Origin {
    /// Its byte offset in the normalized text.
    at: usize,
    /// The byte range in the original that it stands for.
    start: usize,
    end: usize,
}

impl Normalized {
    pub(super) fn new(source: &str, case: Case) -> Self {
        let mut out = Normalized {
            text: String::with_capacity(source.len()),
            chars: Vec::with_capacity(source.len()),
        };
        // A whitespace run not yet written: it is dropped next to a dash.
        let mut space: Option<(usize, usize)> = None;
        for (start, c) in source.char_indices() {
            let end = start + c.len_utf8();
            if is_ignored(c) {
                continue;
            }
            if c.is_whitespace() {
                space = Some((space.map_or(start, |(s, _)| s), end));
                continue;
            }
            let canonical = canonical(c);
            let after_dash = out.text.ends_with('-');
            if after_dash || canonical == Some("-") {
                space = None;
            }
            if after_dash && canonical == Some("-") {
                // One dash, however many were typed.
                if let Some(last) = out.chars.last_mut() {
                    last.end = end;
                }
                continue;
            }
            if let Some((s, e)) = space.take() {
                out.push(' ', s, e);
            }
            match canonical {
                Some(text) => text.chars().for_each(|t| out.push(t, start, end)),
                None if case == Case::Folded => {
                    c.to_lowercase().for_each(|l| out.push(l, start, end))
                }
                None => out.push(c, start, end),
            }
        }
        out
    }

    fn push(&mut self, c: char, start: usize, end: usize) {
        self.chars.push(Origin {
            at: self.text.len(),
            start,
            end,
        });
        self.text.push(c);
    }

    /// The original's byte range for `range`, a non-empty byte range of the normalized text on
    /// character boundaries.
    fn source_range(&self, range: Range<usize>) -> Range<usize> {
        let first = self.chars.partition_point(|o| o.at < range.start);
        let last = self.chars.partition_point(|o| o.at < range.end) - 1;
        self.chars[first].start..self.chars[last].end
    }
}

/// Characters compared as if they were not there; see [`Normalized`].
fn is_ignored(c: char) -> bool {
    matches!(
        c,
        '*' | '_' | '`' | '~' | '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}'
    )
}

/// The plain form of a typographic character, if it has one; see [`Normalized`].
fn canonical(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '\u{2039}'
        | '\u{203a}' | '\u{2bc}' => "'",
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '\u{ab}' | '\u{bb}' => {
            "\""
        }
        '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' => "-",
        '\u{2026}' => "...",
        _ => return None,
    })
}
