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

use std::borrow::Cow;
use std::cell::OnceCell;
use std::cmp::Reverse;
use std::collections::HashMap;
use std::ops::Range;

use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

use crate::html::{self, Token};
use crate::markdown::{Block, Rendered};

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

/// A feedback comment to pin to the passage it quotes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pin<'a> {
    /// The comment's number on the page, unique there: the marker, the note and their ids use it.
    pub number: usize,
    /// The passage, as the person giving feedback typed it.
    pub quote: &'a str,
    /// The comment, rendered to HTML.
    pub note_html: String,
}

/// A draft's body with its feedback pinned to the passages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pinned {
    /// The blocks joined with `"\n"` (like [`Rendered::html`]), marked up as described at
    /// [`pin_feedback`].
    pub html: String,
    /// For each pin, in the order given: whether its passage was found (and so pinned).
    pub found: Vec<bool>,
}

/// Highlights each pin's passage in the draft and puts its comment beside it.
///
/// - The passage is wrapped in `<mark class="pin" data-pin="N">`, split at every tag and at every
///   other pin's start and end, so marks never cross an element boundary, never wrap a block
///   element, and the HTML stays well formed. The first mark of pin `N` carries `id="pin-N"`.
///   Whitespace between two block elements (`</li>` and `<li>`) is left unmarked.
/// - Overlapping passages nest: a stretch covered by several pins gets one mark per pin, the
///   pin that started earlier (or, starting together, runs longer) outside. Each mark belongs
///   to exactly one pin, so `data-pin` is always a single number.
/// - Right after the passage's last character comes the numbered marker
///   `<sup class="pin-marker" data-note><a href="#pin-note-N" id="pin-ref-N" ...>N</a></sup>`;
///   it moves past the ends of inline elements that close right there, and past the end of a
///   link (or button), where a link may not go.
/// - After the top-level block holding the passage comes the note, `<aside class="pin-note"
///   id="pin-note-N" data-note ...>` with a link back to the marker and `note_html`; several
///   notes after one block go in number order.
///
/// A pin whose passage is not found changes nothing. Everything added that is not the draft's
/// own text carries `data-note`, so the diff contract's round trip still reads the draft.
pub fn pin_feedback(blocks: &[Block], pins: &[Pin<'_>]) -> Pinned {
    let haystack = Haystack::new(blocks);
    let spots: Vec<Option<QuoteSpot>> = pins.iter().map(|pin| haystack.find(pin.quote)).collect();
    let mut per_block: Vec<Vec<Placed<'_>>> = blocks.iter().map(|_| Vec::new()).collect();
    for (pin, spot) in pins.iter().zip(&spots) {
        if let Some(spot) = spot {
            per_block[spot.block].push(Placed {
                number: pin.number,
                range: spot.range.clone(),
                note_html: &pin.note_html,
            });
        }
    }
    let parts: Vec<Cow<'_, str>> = blocks
        .iter()
        .zip(&mut per_block)
        .map(|(block, placed)| {
            if placed.is_empty() {
                return Cow::Borrowed(block.html.as_str());
            }
            // Outer marks first: earlier start, then longer passage.
            placed.sort_by_key(|p| (p.range.start, Reverse(p.range.end), p.number));
            let mut html = mark_block(&block.html, placed);
            placed.sort_by_key(|p| p.number);
            for p in placed.iter() {
                html.push('\n');
                push_note(&mut html, p);
            }
            Cow::Owned(html)
        })
        .collect();
    Pinned {
        html: parts.join("\n"),
        found: spots.iter().map(Option::is_some).collect(),
    }
}

/// What became of a quoted passage in the next draft.
#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum QuoteFate {
    /// The passage is still there, word for word (punctuation style, spacing and case aside).
    Kept,
    /// The passage is gone, but enough of its words are in one block to call it rewritten.
    Revised,
    /// The passage and most of its words are gone.
    Cut,
}

impl QuoteFate {
    /// A short human description: "kept as it was", "revised", "cut".
    pub fn label(self) -> &'static str {
        match self {
            QuoteFate::Kept => "kept as it was",
            QuoteFate::Revised => "revised",
            QuoteFate::Cut => "cut",
        }
    }
}

/// Below this share of a passage's weighted words found in one block of the next draft, the
/// passage counts as cut rather than revised.
const CUT_BELOW: f64 = 1.0 / 3.0;

/// Below this share of its word pairs surviving, a passage whose words survive was still cut.
const PAIRS_BELOW: f64 = 1.0 / 5.0;

/// Tells whether the passage `quote` was kept, revised or cut in the `next` draft.
///
/// Kept if [`find_quote`] finds it there. Otherwise the passage's words (lowercased, Unicode
/// words, as a multiset) are looked for block by block, and the best block decides: if less than
/// a third of the passage survives there, it was cut. If more does, its word pairs decide
/// (`pairs_survive`): a passage whose words were scattered into other sentences was cut too.
///
/// Why single words and not word pairs: a rewrite keeps a passage's content words but rarely
/// their order ("walked home after school" → "after school, I dragged my feet home"), so pairs
/// call most rewrites cuts. Single words have the opposite weakness: small words such as "it",
/// "was", "a" survive a deletion elsewhere in the draft. Two things keep them from deciding:
/// each word counts `1 / (times it occurs in the next draft)` (at least 1), so words found all
/// over the draft weigh little and a rare word kept weighs fully; and the words must meet in one
/// block, not be scattered over the draft. In a very short next draft a passage made only of
/// small words can still read as revised.
pub fn quote_fate(quote: &str, next: &Rendered) -> QuoteFate {
    let haystack = Haystack::new(&next.blocks);
    if haystack.find(quote).is_some() {
        return QuoteFate::Kept;
    }
    words_fate(quote, &haystack)
}

/// [`quote_fate`] for a passage already known not to be in `haystack` verbatim.
fn words_fate(quote: &str, haystack: &Haystack<'_>) -> QuoteFate {
    let passage = Normalized::new(&quote_source(quote), true);
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut wanted: Vec<usize> = Vec::new();
    for word in passage.text.unicode_words() {
        let i = *index.entry(word).or_insert_with(|| {
            wanted.push(0);
            wanted.len() - 1
        });
        wanted[i] += 1;
    }
    if wanted.is_empty() {
        return QuoteFate::Cut;
    }
    // How often each of the passage's words occurs in each block, and in the whole draft.
    let in_blocks: Vec<Vec<usize>> = haystack
        .blocks(true)
        .iter()
        .map(|block| {
            let mut counts = vec![0; wanted.len()];
            for word in block.text.unicode_words() {
                if let Some(&i) = index.get(word) {
                    counts[i] += 1;
                }
            }
            counts
        })
        .collect();
    let mut in_draft = vec![0; wanted.len()];
    for counts in &in_blocks {
        for (total, n) in in_draft.iter_mut().zip(counts) {
            *total += n;
        }
    }
    let weight = |i: usize| 1.0 / in_draft[i].max(1) as f64;
    let whole: f64 = (0..wanted.len())
        .map(|i| weight(i) * wanted[i] as f64)
        .sum();
    let best = in_blocks
        .iter()
        .map(|counts| {
            (0..wanted.len())
                .map(|i| weight(i) * counts[i].min(wanted[i]) as f64)
                .sum::<f64>()
        })
        .fold(0.0, f64::max);
    if best / whole < CUT_BELOW {
        return QuoteFate::Cut;
    }
    pairs_survive(quote, haystack)
}

/// What became of `quote`, a passage of `old`, in `next`, knowing from the comparison of the
/// two drafts which block of `next` each block of `old` became (`new_of_old`). When the block
/// that held the passage was cut whole, the passage was cut too, unless a third of its runs of
/// three words live on elsewhere (moved into a list, say): a name or a pair of common words
/// turning up again is not the passage. Otherwise [`quote_fate`] decides.
pub fn quote_fate_after(
    quote: &str,
    old: &Rendered,
    next: &Rendered,
    new_of_old: &[Option<usize>],
) -> QuoteFate {
    let haystack = Haystack::new(&next.blocks);
    if haystack.find(quote).is_some() {
        return QuoteFate::Kept;
    }
    match find_quote(&old.blocks, quote) {
        Some(spot) if new_of_old.get(spot.block) == Some(&None) => {
            if runs_survive(quote, &haystack, 3) >= 1.0 / 3.0 {
                QuoteFate::Revised
            } else {
                QuoteFate::Cut
            }
        }
        _ => words_fate(quote, &haystack),
    }
}

/// The share of the passage's runs of `n` words (or of the whole passage, when shorter) that
/// are still in one block or another of the draft.
fn runs_survive(quote: &str, next: &Haystack<'_>, n: usize) -> f64 {
    let passage = Normalized::new(&quote_source(quote), true);
    let words: Vec<&str> = passage.text.unicode_words().collect();
    if words.is_empty() {
        return 0.0;
    }
    let n = n.min(words.len());
    let mut runs: std::collections::HashSet<&[&str]> = std::collections::HashSet::new();
    let blocks: Vec<Vec<&str>> = next
        .blocks(true)
        .iter()
        .map(|b| b.text.unicode_words().collect())
        .collect();
    for block in &blocks {
        runs.extend(block.windows(n));
    }
    let wanted = words.len() + 1 - n;
    let kept = words.windows(n).filter(|w| runs.contains(w)).count();
    kept as f64 / wanted as f64
}

/// The second test of a passage whose words survive: revised only if at least a fifth of its
/// word pairs are still in the draft. A cut sentence's content words (a name, "my partner")
/// often turn up again in other sentences; its pairs of words rarely do, while even a thorough
/// rewrite keeps one or two ("after school").
fn pairs_survive(quote: &str, next: &Haystack<'_>) -> QuoteFate {
    if runs_survive(quote, next, 2) < PAIRS_BELOW {
        QuoteFate::Cut
    } else {
        QuoteFate::Revised
    }
}

/// A draft's blocks normalized once, to look up any number of quotes: each lookup is a plain
/// substring search per block, linear in the draft's length.
struct Haystack<'b> {
    blocks: &'b [Block],
    exact: Vec<Normalized>,
    /// Lowercased; built only when some quote has no exact-case match.
    folded: OnceCell<Vec<Normalized>>,
}

impl<'b> Haystack<'b> {
    fn new(blocks: &'b [Block]) -> Self {
        Haystack {
            blocks,
            exact: blocks
                .iter()
                .map(|b| Normalized::new(&b.text, false))
                .collect(),
            folded: OnceCell::new(),
        }
    }

    fn blocks(&self, fold: bool) -> &[Normalized] {
        if !fold {
            return &self.exact;
        }
        self.folded.get_or_init(|| {
            self.blocks
                .iter()
                .map(|b| Normalized::new(&b.text, true))
                .collect()
        })
    }

    /// See [`find_quote`]: exact case before any case, the quote as typed before the quote
    /// without the quote marks around it, then the first block.
    fn find(&self, quote: &str) -> Option<QuoteSpot> {
        let source = quote_source(quote);
        for fold in [false, true] {
            let needle = Normalized::new(&source, fold);
            for candidate in needles(&needle.text) {
                for (i, block) in self.blocks(fold).iter().enumerate() {
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
fn needles(quote: &str) -> Vec<&str> {
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
fn quote_source(quote: &str) -> String {
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
/// - with `fold`, letters are lowercased.
struct Normalized {
    text: String,
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
    fn new(source: &str, fold: bool) -> Self {
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
                None if fold => c.to_lowercase().for_each(|l| out.push(l, start, end)),
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

/// A found pin in the block that holds it.
struct Placed<'p> {
    number: usize,
    /// In the block's plain text.
    range: Range<usize>,
    note_html: &'p str,
}

/// Elements whose text is never marked: it is not shown as text.
const RAW_TEXT: &[&str] = &["script", "style", "textarea"];

/// Elements a marker may not sit in: a marker is a link, and links do not go in these.
const NO_MARKER: &[&str] = &["a", "button", "script", "style", "textarea"];

/// Void elements that sit inside a line of text.
const INLINE_VOID: &[&str] = &["br", "wbr", "img", "input"];

/// One block's HTML with `pins` (sorted outer first) marked; see [`pin_feedback`].
fn mark_block(html: &str, pins: &[Placed<'_>]) -> String {
    let tokens = html::tokenize(html);
    let mut cuts: Vec<usize> = pins
        .iter()
        .flat_map(|p| [p.range.start, p.range.end])
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut marker = Marker {
        pins,
        cuts,
        out: String::with_capacity(html.len() + pins.len() * 400),
        has_id: vec![false; pins.len()],
        waiting: Vec::new(),
    };
    // The offset in the block's plain text, counted as `html::text_of` writes it.
    let mut pos = 0;
    let mut open: Vec<&str> = Vec::new();
    for (k, token) in tokens.iter().enumerate() {
        // A waiting marker goes after the inline elements that close where its passage ends,
        // and after any link, but before anything else.
        let closes_inline = matches!(token, Token::Close(name, _) if html::is_inline(name));
        if !closes_inline && !inside(&open, NO_MARKER) {
            marker.place_waiting();
        }
        match *token {
            Token::Text(raw) => {
                let flanked = || {
                    let before = k.checked_sub(1).and_then(|j| tokens.get(j));
                    is_phrasing(before) && is_phrasing(tokens.get(k + 1))
                };
                let text = TextRun {
                    markable: !inside(&open, RAW_TEXT),
                    // Whitespace on its own may sit between blocks (`</li>\n<li>`), where a mark
                    // may not go.
                    blank_markable: !raw.trim().is_empty() || flanked(),
                    marker_here: !inside(&open, NO_MARKER),
                };
                pos = marker.text(raw, pos, text);
            }
            Token::Open(name, raw) => {
                marker.out.push_str(raw);
                open.push(name);
                pos += usize::from(!html::is_inline(name));
            }
            Token::Close(name, raw) => {
                marker.out.push_str(raw);
                if let Some(at) = open.iter().rposition(|o| *o == name) {
                    open.truncate(at);
                }
                pos += usize::from(!html::is_inline(name));
            }
            Token::Void(name, raw) => {
                marker.out.push_str(raw);
                pos += usize::from(!html::is_inline(name));
            }
            Token::Comment(raw) => marker.out.push_str(raw),
        }
    }
    // Only for a link left open.
    marker.place_waiting();
    marker.out
}

/// Whether any element in `open` is one of `names`.
fn inside(open: &[&str], names: &[&str]) -> bool {
    open.iter().any(|o| names.contains(o))
}

/// Whether a token belongs in a line of text (so whitespace beside it is part of the line).
fn is_phrasing(token: Option<&Token<'_>>) -> bool {
    match token {
        Some(Token::Text(_)) => true,
        Some(Token::Open(name, _) | Token::Close(name, _) | Token::Void(name, _)) => {
            html::is_inline(name) || INLINE_VOID.contains(name)
        }
        _ => false,
    }
}

/// What may happen in a text token.
#[derive(Clone, Copy)]
struct TextRun {
    /// Its text may be marked at all.
    markable: bool,
    /// Its whitespace-only stretches may be marked.
    blank_markable: bool,
    /// A marker may go inside it.
    marker_here: bool,
}

/// The state of marking one block.
struct Marker<'p, 'q> {
    /// Sorted outer first.
    pins: &'q [Placed<'p>],
    /// Every pin's start and end, sorted.
    cuts: Vec<usize>,
    out: String,
    /// Whether pin `i`'s first mark (with its id) was written.
    has_id: Vec<bool>,
    /// Pins whose passage ended and whose marker is not placed yet.
    waiting: Vec<usize>,
}

impl Marker<'_, '_> {
    /// Writes escaped text `raw` that starts at `pos` in the block's plain text, marked; returns
    /// the plain-text offset after it.
    fn text(&mut self, raw: &str, pos: usize, run: TextRun) -> usize {
        let mut from_raw = 0;
        let mut from = pos;
        let mut at = pos;
        for (raw_at, len) in unescaped_chars(raw) {
            if at != from && self.cuts.binary_search(&at).is_ok() {
                self.segment(&raw[from_raw..raw_at], from..at, run);
                if run.marker_here {
                    self.place_waiting();
                }
                from_raw = raw_at;
                from = at;
            }
            at += len;
        }
        if from_raw < raw.len() {
            self.segment(&raw[from_raw..], from..at, run);
        }
        at
    }

    /// Writes a stretch of text that no pin starts or ends inside, with a mark for each pin
    /// covering it.
    fn segment(&mut self, raw: &str, range: Range<usize>, run: TextRun) {
        let covering: Vec<usize> = (0..self.pins.len())
            .filter(|&i| {
                let pin = &self.pins[i].range;
                pin.start <= range.start && range.end <= pin.end
            })
            .collect();
        let blank = raw.trim().is_empty();
        if covering.is_empty() || !run.markable || (blank && !run.blank_markable) {
            self.out.push_str(raw);
        } else {
            for &i in &covering {
                let number = self.pins[i].number;
                self.out
                    .push_str(&format!("<mark class=\"pin\" data-pin=\"{number}\""));
                if !self.has_id[i] {
                    self.has_id[i] = true;
                    self.out.push_str(&format!(" id=\"pin-{number}\""));
                }
                self.out.push('>');
            }
            self.out.push_str(raw);
            self.out.push_str(&"</mark>".repeat(covering.len()));
        }
        let ended = covering
            .into_iter()
            .filter(|&i| self.pins[i].range.end == range.end);
        self.waiting.extend(ended);
    }

    /// Writes the markers of the passages that ended, in number order.
    fn place_waiting(&mut self) {
        let pins = self.pins;
        self.waiting.sort_by_key(|&i| pins[i].number);
        for i in self.waiting.drain(..) {
            let n = pins[i].number;
            self.out.push_str(&format!(
                "<sup class=\"pin-marker\" data-note><a href=\"#pin-note-{n}\" id=\"pin-ref-{n}\" aria-label=\"Feedback {n}\">{n}</a></sup>"
            ));
        }
    }
}

/// The characters of escaped text: where each starts in `raw`, and its length once unescaped.
/// Decodes exactly as [`html::unescape`] does, so the lengths add up to the unescaped text's.
fn unescaped_chars(raw: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let rest = &raw[at..];
        let c = rest.chars().next()?;
        let start = at;
        if c == '&'
            && let Some(end) = rest.find(';').filter(|&e| e <= 10)
        {
            // One character out means the entity was decoded; otherwise `&` stands for itself.
            let decoded = html::unescape(&rest[..=end]);
            if decoded.chars().count() == 1 {
                at += end + 1;
                return Some((start, decoded.len()));
            }
        }
        at += c.len_utf8();
        Some((start, c.len_utf8()))
    })
}

/// Writes pin `p`'s note, which follows the block holding its passage.
fn push_note(out: &mut String, p: &Placed<'_>) {
    let n = p.number;
    out.push_str(&format!(
        "<aside class=\"pin-note\" id=\"pin-note-{n}\" data-note aria-label=\"Feedback {n}\"><p class=\"pin-note__number\"><a href=\"#pin-ref-{n}\">{n}</a><span class=\"visually-hidden\"> (back to the passage)</span></p>{}</aside>",
        p.note_html
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::render;
    use crate::settings::RawHtml;

    fn draft(markdown: &str) -> Rendered {
        render(markdown, RawHtml::Sanitize)
    }

    /// The draft text `quote` finds, or `None`.
    fn found<'r>(r: &'r Rendered, quote: &str) -> Option<&'r str> {
        find_quote(&r.blocks, quote).map(|s| &r.blocks[s.block].text[s.range])
    }

    fn pin(number: usize, quote: &str) -> Pin<'_> {
        Pin {
            number,
            quote,
            note_html: format!("<p>Note {number}.</p>"),
        }
    }

    fn collapse(s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// `html` without the elements that carry `data-note`.
    fn without_notes(html: &str) -> String {
        let mut out = String::new();
        let mut depth = 0;
        let mut skip_from = None;
        for token in html::tokenize(html) {
            match token {
                Token::Open(_, raw) => {
                    depth += 1;
                    if skip_from.is_none() && html::attribute(raw, "data-note").is_some() {
                        skip_from = Some(depth);
                    }
                }
                Token::Close(..) => {
                    if skip_from == Some(depth) {
                        skip_from = None;
                        depth -= 1;
                        continue;
                    }
                    depth -= 1;
                }
                _ => {}
            }
            if skip_from.is_none() {
                out.push_str(token.raw());
            }
        }
        out
    }

    /// Checks the contract and the promises of [`pin_feedback`] on one output.
    fn check_pinned(r: &Rendered, pins: &[Pin<'_>], pinned: &Pinned) {
        let html = &pinned.html;
        assert_eq!(
            collapse(&html::text_of(&without_notes(html))),
            collapse(&html::text_of(&r.html)),
            "round trip of {html}"
        );
        crate::diff::well_formed(html).unwrap_or_else(|e| panic!("{e} in {html}"));
        let mut stack: Vec<&str> = Vec::new();
        for token in html::tokenize(html) {
            match token {
                Token::Open(name, _) => {
                    if stack.contains(&"mark") {
                        assert!(html::is_inline(name), "<{name}> inside a mark: {html}");
                    }
                    if name == "a" {
                        assert!(!stack.contains(&"a"), "a link inside a link: {html}");
                    }
                    stack.push(name);
                }
                Token::Close(..) => {
                    stack.pop();
                }
                Token::Text(t) if stack.last() == Some(&"mark") => {
                    let parent = stack.iter().rev().find(|n| **n != "mark").unwrap();
                    assert!(
                        !t.trim().is_empty() || !matches!(*parent, "ul" | "ol" | "table" | "tr"),
                        "blank mark in <{parent}>: {html}"
                    );
                }
                _ => {}
            }
        }
        for (p, &found) in pins.iter().zip(&pinned.found) {
            let n = p.number;
            let count = |s: &str| html.matches(s).count();
            let expected = usize::from(found);
            assert_eq!(count(&format!("id=\"pin-{n}\"")), expected, "{html}");
            assert_eq!(count(&format!("id=\"pin-ref-{n}\"")), expected, "{html}");
            assert_eq!(count(&format!("id=\"pin-note-{n}\"")), expected, "{html}");
            assert_eq!(count(&format!("data-pin=\"{n}\"")) > 0, found, "{html}");
        }
    }

    #[test]
    fn quotes_match_through_typography_spacing_and_markup() {
        let r = draft(
            "It's a \"nice\" day -- isn't it...\n\nWait---what? The *big*\nshow.\n\nSee [the notes](https://e.org) now.\n",
        );
        assert_eq!(
            found(&r, "It's a \"nice\" day -- isn't it..."),
            Some("It’s a “nice” day – isn’t it…")
        );
        assert_eq!(
            found(&r, "  It’s a “nice”   day–isn’t it…\n"),
            Some("It’s a “nice” day – isn’t it…")
        );
        for quote in ["Wait — what?", "Wait--what?", "Wait - what?"] {
            assert_eq!(found(&r, quote), Some("Wait—what?"), "{quote}");
        }
        assert_eq!(
            found(&r, "The **big** show."),
            Some("The big\nshow."),
            "markers and line breaks"
        );
        assert_eq!(found(&r, "“The big show.”"), Some("The big\nshow."));
        assert_eq!(found(&r, "'the big show.'"), Some("The big\nshow."));
        assert_eq!(
            found(&r, "See [the notes](https://e.org) now."),
            Some("See the notes now.")
        );
        assert_eq!(found(&r, "a sunny day"), None);
    }

    #[test]
    fn exact_case_wins_then_the_first_occurrence() {
        let r = draft("the cat sat.\n\nThe cat sat. The cat sat.\n");
        let spot = find_quote(&r.blocks, "The cat").unwrap();
        assert_eq!((spot.block, &r.blocks[1].text[spot.range]), (1, "The cat"));
        let spot = find_quote(&r.blocks, "THE CAT").unwrap();
        assert_eq!(spot.block, 0);
        let spot = find_quote(&r.blocks, "cat sat").unwrap();
        assert_eq!(spot.block, 0);
    }

    #[test]
    fn a_passage_lies_in_one_block_and_is_not_empty() {
        let r = draft("One.\n\nTwo.\n\n- three\n- four\n");
        assert_eq!(found(&r, "One. Two."), None);
        // A list is one block: its items can be quoted together.
        assert_eq!(
            found(&r, "three four").map(collapse),
            Some("three four".to_string())
        );
        for quote in ["", "   \n", "**", "\"\""] {
            assert_eq!(find_quote(&r.blocks, quote), None, "{quote:?}");
        }
    }

    #[test]
    fn code_and_escaped_text_can_be_quoted() {
        let r = draft("Use `a < b && c` here.\n\n```\nfn main() {}\n```\n");
        assert_eq!(found(&r, "`a < b && c`"), Some("a < b && c"));
        let spot = find_quote(&r.blocks, "fn main() {}").unwrap();
        assert_eq!(spot.block, 1);
    }

    #[test]
    fn pins_a_passage_with_its_marker_and_note() {
        let r = draft("It was a nice day. We walked.\n\nThe end.\n");
        let pinned = pin_feedback(&r.blocks, &[pin(1, "It was a nice day.")]);
        assert_eq!(
            pinned.html,
            "<p><mark class=\"pin\" data-pin=\"1\" id=\"pin-1\">It was a nice day.</mark>\
             <sup class=\"pin-marker\" data-note><a href=\"#pin-note-1\" id=\"pin-ref-1\" aria-label=\"Feedback 1\">1</a></sup> We walked.</p>\n\
             <aside class=\"pin-note\" id=\"pin-note-1\" data-note aria-label=\"Feedback 1\">\
             <p class=\"pin-note__number\"><a href=\"#pin-ref-1\">1</a><span class=\"visually-hidden\"> (back to the passage)</span></p>\
             <p>Note 1.</p></aside>\n<p>The end.</p>"
        );
        assert_eq!(pinned.found, [true]);
    }

    #[test]
    fn marks_split_at_element_boundaries_and_markers_stay_out_of_links() {
        let r = draft("It was a *nice* day at [the park](https://e.org) today.\n");
        let pins = [pin(1, "nice day at the pa")];
        let pinned = pin_feedback(&r.blocks, &pins);
        assert!(
            pinned.html.starts_with(
                "<p>It was a <em><mark class=\"pin\" data-pin=\"1\" id=\"pin-1\">nice</mark></em>\
                 <mark class=\"pin\" data-pin=\"1\"> day at </mark>\
                 <a href=\"https://e.org\"><mark class=\"pin\" data-pin=\"1\">the pa</mark>rk</a>\
                 <sup class=\"pin-marker\" data-note>"
            ),
            "{}",
            pinned.html
        );
        check_pinned(&r, &pins, &pinned);

        // A passage ending with an inline element gets its marker after it.
        let pins = [pin(1, "It was a nice")];
        let pinned = pin_feedback(&r.blocks, &pins);
        assert!(
            pinned.html.contains("nice</mark></em><sup"),
            "{}",
            pinned.html
        );
        check_pinned(&r, &pins, &pinned);
    }

    #[test]
    fn overlapping_passages_nest_one_mark_per_pin() {
        let r = draft("One two three four five.\n");
        let pins = [
            pin(1, "One two three"),
            pin(2, "two three four five"),
            pin(3, "three"),
        ];
        let pinned = pin_feedback(&r.blocks, &pins);
        let m = |n: usize| format!("<mark class=\"pin\" data-pin=\"{n}\">");
        let first = |n: usize| format!("<mark class=\"pin\" data-pin=\"{n}\" id=\"pin-{n}\">");
        let sup = |n: usize| {
            format!(
                "<sup class=\"pin-marker\" data-note><a href=\"#pin-note-{n}\" id=\"pin-ref-{n}\" aria-label=\"Feedback {n}\">{n}</a></sup>"
            )
        };
        let body = format!(
            "<p>{}One </mark>{}{}two </mark></mark>{}{}{}three</mark></mark></mark>{}{}{} four five</mark>{}.</p>",
            first(1),
            m(1),
            first(2),
            m(1),
            m(2),
            first(3),
            sup(1),
            sup(3),
            m(2),
            sup(2)
        );
        assert!(pinned.html.starts_with(&body), "{}", pinned.html);
        assert_eq!(pinned.found, [true, true, true]);
        check_pinned(&r, &pins, &pinned);
    }

    #[test]
    fn notes_follow_their_block_in_number_order() {
        let r = draft("Alpha beta.\n\nGamma delta.\n");
        let pins = [pin(3, "Gamma"), pin(2, "beta"), pin(1, "Alpha")];
        let pinned = pin_feedback(&r.blocks, &pins);
        let at = |s: &str| pinned.html.find(s).unwrap();
        assert!(at("id=\"pin-note-1\"") < at("id=\"pin-note-2\""));
        assert!(at("id=\"pin-note-2\"") < at("delta.</p>"));
        assert!(at("delta.</p>") < at("id=\"pin-note-3\""));
        check_pinned(&r, &pins, &pinned);
    }

    #[test]
    fn unfound_pins_change_nothing() {
        let r = draft("It was a nice day.\n\n- one\n- two\n");
        let pins = [pin(1, "a rainy day"), pin(2, "nice day. one"), pin(3, "  ")];
        let pinned = pin_feedback(&r.blocks, &pins);
        assert_eq!(pinned.html, r.html);
        assert_eq!(pinned.found, [false, false, false]);
    }

    #[test]
    fn pinned_drafts_read_back_as_the_draft() {
        let cases: &[(&str, &[&str])] = &[
            (
                "- apples and\n- pears\n  - small ones\n- plums\n",
                &["and pears", "pears small", "ones plums", "apples"],
            ),
            (
                "> She said \"no\" -- twice.\n>\n> Then left.\n",
                &["\"no\" - twice. Then", "twice"],
            ),
            (
                "| a | b |\n|---|---|\n| one & two | three |\n",
                &["one & two three", "b one"],
            ),
            (
                "Use `x < y` and **bold _nested_ text** here[^n].\n\n[^n]: A note.\n",
                &[
                    "x < y and bold",
                    "nested text here",
                    "bold nested",
                    "A note.",
                ],
            ),
            (
                "## A heading\n\nLine one  \nline two.\n\n1. first\n\n2. second\n",
                &["A heading", "one line two", "first second"],
            ),
            (
                "A [link with *em*](https://e.org) ends, and <b>raw</b> &amp; more.\n",
                &["with em", "link with", "raw & more", "ends, and raw"],
            ),
        ];
        for (markdown, quotes) in cases {
            let r = draft(markdown);
            let pins: Vec<Pin<'_>> = quotes
                .iter()
                .enumerate()
                .map(|(i, q)| pin(i + 1, q))
                .collect();
            let pinned = pin_feedback(&r.blocks, &pins);
            assert!(
                pinned.found.iter().all(|f| *f),
                "{markdown}: {:?}\n{}",
                pinned.found,
                r.html
            );
            check_pinned(&r, &pins, &pinned);
        }
    }

    #[test]
    fn blank_stretches_between_blocks_are_not_marked() {
        let r = draft("- apples and\n- pears\n");
        let pinned = pin_feedback(&r.blocks, &[pin(1, "and pears")]);
        assert!(
            pinned
                .html
                .contains("and</mark></li>\n<li><mark class=\"pin\" data-pin=\"1\">pears"),
            "{}",
            pinned.html
        );
    }

    #[test]
    fn fate_kept_through_curly_and_straight_quotes() {
        let next = draft("It's a \"nice\" day. We walked.\n");
        assert_eq!(quote_fate("It’s a “nice” day.", &next), QuoteFate::Kept);
        assert_eq!(quote_fate("it's a \"nice\" DAY.", &next), QuoteFate::Kept);
    }

    #[test]
    fn fate_revised_when_the_words_stay_together() {
        let next = draft(
            "It was a nice day.\n\nAfter school, I dragged my feet all the way home.\n\nMy dog was waiting.\n",
        );
        assert_eq!(
            quote_fate("I walked home slowly after school.", &next),
            QuoteFate::Revised
        );
    }

    #[test]
    fn fate_cut_when_the_passage_is_deleted() {
        let next = draft("I walked home from school. My dog was waiting at the door.\n");
        assert_eq!(quote_fate("It was a nice day.", &next), QuoteFate::Cut);
        // Small words found all over the draft do not make a deleted sentence "revised".
        let next = draft(
            &"It was a cold morning and it was a long walk to a friend's house.\n\n".repeat(4),
        );
        assert_eq!(quote_fate("It was a nice day.", &next), QuoteFate::Cut);
        assert_eq!(quote_fate("...", &next), QuoteFate::Cut);
    }

    #[test]
    fn fate_cut_when_only_names_from_the_passage_live_on() {
        // The sentence went; its subject turns up again in a new one.
        let next = draft("At 10:15 my lab partner Marisol pressed on the balloon. Nothing.\n");
        assert_eq!(
            quote_fate("my partner Marisol knocked over the sugar", &next),
            QuoteFate::Cut
        );
        // Turned into a list, the wording lives on in pairs.
        let next = draft("- Bottle A: ice water\n- Bottle B: room temperature water\n");
        assert_eq!(
            quote_fate(
                "Bottle A had ice water, bottle B had room temperature water",
                &next
            ),
            QuoteFate::Revised
        );
    }

    #[test]
    fn fate_after_a_comparison_knows_a_paragraph_cut_whole() {
        let old = draft(
            "We set up the four bottles.\n\nMy partner Marisol knocked over the sugar. It was sticky.\n\nThe balloons grew all morning.\n",
        );
        let next = draft(
            "We set up the four bottles while my partner Marisol measured the sugar.\n\nThe balloons grew all morning.\n",
        );
        let view = crate::diff::compare(&old, &next);
        assert_eq!(view.new_of_old[1], None, "the second paragraph was cut");
        assert_eq!(
            quote_fate_after(
                "Marisol knocked over the sugar",
                &old,
                &next,
                &view.new_of_old
            ),
            QuoteFate::Cut
        );
        // A paragraph that became a list lives on in runs of three words.
        let old = draft("Intro.\n\nBottle A had ice water and bottle B had warm water.\n");
        let next = draft("Intro.\n\n- Bottle A had ice water\n- bottle B had warm water\n");
        let view = crate::diff::compare(&old, &next);
        assert_eq!(
            quote_fate_after(
                "Bottle A had ice water and bottle B",
                &old,
                &next,
                &view.new_of_old
            ),
            QuoteFate::Revised
        );
    }

    #[test]
    fn fates_serialize_lowercase_and_have_labels() {
        assert_eq!(serde_json::to_string(&QuoteFate::Cut).unwrap(), "\"cut\"");
        assert_eq!(QuoteFate::Kept.label(), "kept as it was");
        assert_eq!(QuoteFate::Revised.label(), "revised");
    }

    #[test]
    fn big_drafts_stay_linear() {
        let paragraph = "The river ran past the mill where we used to sit and talk about nothing much at all, \
             and the water was brown and slow and smelled of mud and leaves in the autumn. ";
        let mut markdown = String::new();
        for i in 0..600 {
            markdown.push_str(&format!("{i}: {paragraph}{paragraph}\n\n"));
        }
        markdown.push_str("The last sentence is here.\n");
        let r = draft(&markdown);
        assert!(r.words > 20_000);
        let pins: Vec<Pin<'_>> = [
            "The last sentence",
            "599: The RIVER ran",
            "not there at all",
        ]
        .iter()
        .enumerate()
        .map(|(i, q)| pin(i + 1, q))
        .collect();
        let started = std::time::Instant::now();
        let pinned = pin_feedback(&r.blocks, &pins);
        assert_eq!(pinned.found, [true, true, false]);
        assert_eq!(quote_fate("not there at all", &r), QuoteFate::Cut);
        // Generous: a quadratic search would take minutes here.
        assert!(started.elapsed().as_secs() < 10);
        check_pinned(&r, &pins, &pinned);
    }
}
