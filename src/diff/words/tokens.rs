//! A block cut into tokens, and what the word diff works out from the tokens alone (their
//! numbers, units, word counts, formatting, and where text may stand), so a draft's two
//! comparisons share it.

use std::borrow::Cow;
use std::hash::Hasher;
use std::ops::Range;

use super::formats::Formats;
use crate::html::{self, Token};
use crate::text::{self, is_word};

/// Whether a tag with this name separates the words on either side of it in the reading text.
pub(super) fn separates_words(name: &str) -> bool {
    name != "!--" && !html::is_inline(name)
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) enum Tok<'a> {
    Open(&'a str, &'a str),
    Close(&'a str, &'a str),
    Void(&'a str, &'a str),
    Text(Cow<'a, str>),
}

impl Tok<'_> {
    /// A tag's source, or the text.
    pub(super) fn source(&self) -> &str {
        match self {
            Tok::Open(_, raw) | Tok::Close(_, raw) | Tok::Void(_, raw) => raw,
            Tok::Text(text) => text,
        }
    }

    pub(super) fn is_blank(&self) -> bool {
        self.text_kind() == Some(TextKind::Blank)
    }

    /// What the token's text is; `None` for a tag.
    #[inline]
    pub(super) fn text_kind(&self) -> Option<TextKind> {
        match self {
            Tok::Text(text) => Some(text_kind(text)),
            _ => None,
        }
    }
}

pub(super) fn tokens(html: &str) -> Vec<Tok<'_>> {
    // Prose runs about one token (a word or the space after it) per three bytes, often a
    // little more: room for one per two, so the list is never copied to grow.
    let mut out = Vec::with_capacity(html.len() / 2);
    // Outside `<pre>`, a run of whitespace that word segmentation cuts in two (a line break,
    // then the next line's indent) is one token: the page shows it as one space.
    let mut pre_depth = 0usize;
    for token in html::tokenize(html) {
        match token {
            Token::Open(name, raw) => {
                if name.eq_ignore_ascii_case("pre") {
                    pre_depth += 1;
                }
                out.push(Tok::Open(name, raw));
            }
            Token::Close(name, raw) => {
                if name.eq_ignore_ascii_case("pre") {
                    pre_depth = pre_depth.saturating_sub(1);
                }
                out.push(Tok::Close(name, raw));
            }
            Token::Void(name, raw) => out.push(Tok::Void(name, raw)),
            Token::Comment(raw) => out.push(Tok::Void("!--", raw)),
            // Borrowed from the block's HTML unless an entity had to be decoded.
            Token::Text(text) => match html::unescape(text) {
                Cow::Borrowed(text) => {
                    for piece in spaces_joined(text, pre_depth == 0) {
                        out.push(Tok::Text(Cow::Borrowed(piece)));
                    }
                }
                Cow::Owned(text) => {
                    for piece in spaces_joined(&text, pre_depth == 0) {
                        out.push(Tok::Text(Cow::Owned(piece.to_string())));
                    }
                }
            },
        }
    }
    out
}

/// The pieces of `text` between word boundaries, with neighbouring runs of whitespace joined
/// into one when `join` is set.
fn spaces_joined(text: &str, join: bool) -> Vec<&str> {
    let mut pieces: Vec<&str> = Vec::new();
    for (at, piece) in text::word_bound_indices(text) {
        if join
            && text_kind(piece) == TextKind::Blank
            && let Some(last) = pieces.last_mut()
            && text_kind(last) == TextKind::Blank
        {
            let start = last.as_ptr() as usize - text.as_ptr() as usize;
            *last = &text[start..at + piece.len()];
            continue;
        }
        pieces.push(piece);
    }
    pieces
}

/// A block cut into tokens, with what the word diff works out from the tokens alone. Each
/// draft takes part in two comparisons (with the drafts before and after it, or first with
/// latest), so [`crate::diff::Comparable`] keeps one per block for both.
pub(crate) struct Prepared<'a> {
    pub(super) tokens: Vec<Tok<'a>>,
    /// Each token's number ([`token_id`]).
    pub(super) ids: Vec<u64>,
    /// The tokens grouped into units: a token and the blank text tokens after it (blank text
    /// at the very start is a unit of its own). A unit counts as its first token, and a blank
    /// one anchors nothing (`u64::MAX`).
    pub(super) units: Vec<Range<usize>>,
    pub(super) unit_ids: Vec<u64>,
    pub(super) words: WordCounts,
    pub(super) formats: Formats<'a>,
    /// Whether text may stand before each token, and at the end ([`text_allowed`]).
    pub(super) allowed: Vec<bool>,
}

impl<'a> Prepared<'a> {
    pub(crate) fn of(html: &'a str) -> Prepared<'a> {
        let tokens = tokens(html);
        let n = tokens.len();
        let mut ids = Vec::with_capacity(n);
        let mut units: Vec<Range<usize>> = Vec::with_capacity(n / 2 + 1);
        let mut unit_ids = Vec::with_capacity(n / 2 + 1);
        let mut word_counts = Vec::with_capacity(n + 1);
        word_counts.push(0);
        // Numbers, units and words in one pass.
        let mut words = 0;
        // Inside `<pre>` whitespace is what the reader sees; elsewhere a browser shows any run
        // of it as one space, so a re-wrapped line is no change.
        let mut pre_depth = 0usize;
        for (i, token) in tokens.iter().enumerate() {
            match token {
                Tok::Open(name, _) if name.eq_ignore_ascii_case("pre") => pre_depth += 1,
                Tok::Close(name, _) if name.eq_ignore_ascii_case("pre") => {
                    pre_depth = pre_depth.saturating_sub(1);
                }
                _ => {}
            }
            let kind = token.text_kind();
            let blank = kind == Some(TextKind::Blank);
            let id = if blank && pre_depth == 0 {
                SEEN_AS_ONE_SPACE
            } else {
                token_id(token)
            };
            ids.push(id);
            match units.last_mut() {
                Some(unit) if blank => unit.end = i + 1,
                _ => {
                    units.push(i..i + 1);
                    unit_ids.push(if blank { u64::MAX } else { id });
                }
            }
            words += u32::from(kind == Some(TextKind::Word));
            word_counts.push(words);
        }
        Prepared {
            ids,
            units,
            unit_ids,
            words: WordCounts(word_counts),
            formats: Formats::of(&tokens),
            allowed: text_allowed(&tokens),
            tokens,
        }
    }
}

/// The number of every run of whitespace outside `<pre>`: they all read as one space.
const SEEN_AS_ONE_SPACE: u64 = 0x20;

/// Which of a block's tokens are words, kept as running counts so the words of any stretch
/// are one subtraction: marking asks for them over and over (what was kept, how big each
/// change is, what was cut and added).
pub(super) struct WordCounts(Vec<u32>);

impl WordCounts {
    /// The words among tokens `range`.
    pub(super) fn count(&self, range: Range<usize>) -> usize {
        (self.0[range.end] - self.0[range.start]) as usize
    }

    /// Whether token `i` is a word.
    pub(super) fn at(&self, i: usize) -> bool {
        self.0[i + 1] > self.0[i]
    }
}

/// What a piece of text cut at word boundaries is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TextKind {
    /// Only whitespace.
    Blank,
    /// A word: it holds a letter or a digit.
    Word,
    /// Punctuation or a symbol.
    Other,
}

/// Whether text is only whitespace.
#[inline]
pub(super) fn blank(text: &str) -> bool {
    text_kind(text) == TextKind::Blank
}

/// What `text` is. Most text tokens are a word or one space, which the first byte settles.
#[inline]
pub(super) fn text_kind(text: &str) -> TextKind {
    match text.as_bytes() {
        [b, ..] if b.is_ascii_alphanumeric() => TextKind::Word,
        b" " => TextKind::Blank,
        _ if text.trim().is_empty() => TextKind::Blank,
        _ if is_word(text) => TextKind::Word,
        _ => TextKind::Other,
    }
}

/// A text token as HTML. Text taken as it stood in the block's HTML is written back as it
/// stood, already escaped (or left as the source had it); text decoded from entities is
/// escaped again.
#[expect(
    clippy::ptr_arg,
    reason = "whether the text was borrowed from the HTML is the point"
)]
pub(super) fn text_html<'t>(text: &'t Cow<'_, str>) -> Cow<'t, str> {
    match text {
        Cow::Borrowed(source) => Cow::Borrowed(source),
        Cow::Owned(decoded) => html::escape(decoded),
    }
}

/// Each token as a number, equal for equal tokens: the diff compares numbers, far cheaper than
/// comparing tokens. A tag is numbered by its whole source (`<em>`, `</p>`) and text by
/// itself; the two never meet, as text cut at word boundaries never holds a whole tag.
///
/// The number is a hash of the token's bytes. Unequal tokens could share one, one chance in
/// billions for a whole block, and then the view would not read back; the round-trip guard in
/// [`super::diff_block`] shows such a block as rewritten.
///
/// A heading's opening tag is numbered without its `id`, which is made from the heading's words:
/// when the first word of `### Step 1` changes, the id changes with it, and two unequal tags
/// would leave the cut word no place but before the heading, outside it.
pub(super) fn token_id(token: &Tok<'_>) -> u64 {
    let mut hash = rustc_hash::FxHasher::default();
    match token {
        Tok::Open(name, raw) if html::is_heading(name) => {
            hash.write(crate::diff::side_by_side::without_id(raw).as_bytes());
        }
        _ => hash.write(token.source().as_bytes()),
    }
    hash.finish()
}

/// For each gap between tokens (and the end), whether text may stand there.
pub(super) fn text_allowed(tokens: &[Tok<'_>]) -> Vec<bool> {
    let mut allowed = Vec::with_capacity(tokens.len() + 1);
    let mut stack: Vec<&str> = Vec::new();
    for token in tokens {
        allowed.push(stack.last().is_none_or(|top| html::takes_text(top)));
        match token {
            Tok::Open(name, _) => stack.push(name),
            Tok::Close(..) => {
                stack.pop();
            }
            _ => {}
        }
    }
    allowed.push(stack.last().is_none_or(|top| html::takes_text(top)));
    allowed
}
