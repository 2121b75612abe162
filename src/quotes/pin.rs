//! Pinning feedback to its passage: the passage highlighted in the draft, a numbered marker,
//! and the comment beside it, all marked `data-note` so the draft's own text reads as before.

use std::borrow::Cow;
use std::cmp::Reverse;
use std::ops::Range;

use super::QuoteSpot;
use super::normalized::Haystack;
use crate::html::{self, Token};
use crate::markdown::Block;

/// A feedback comment to pin to the passage it quotes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pin<'a> {
    /// The comment's number on the page, unique there: the marker, the note and their ids use it.
    pub number: usize,
    /// The passage, as the person giving feedback typed it.
    pub quote: &'a str,
    /// The comment, rendered to HTML.
    pub note_html: String,
    /// What the marker and the note are called for a screen reader ("Feedback 2"), and what
    /// the note's link back says (" (back to the passage)"), in the site's language: plain
    /// text.
    pub labels: [String; 2],
}

/// A draft's body with its feedback pinned to the passages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pinned {
    /// The blocks joined with `"\n"` (like [`crate::markdown::Rendered::html`]), marked up as described at
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
                labels: &pin.labels,
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

/// A found pin in the block that holds it.
struct Placed<'p> {
    number: usize,
    /// In the block's plain text.
    range: Range<usize>,
    note_html: &'p str,
    labels: &'p [String; 2],
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
            let name = html::escape(&pins[i].labels[0]);
            self.out.push_str(&format!(
                "<sup class=\"pin-marker\" data-note><a href=\"#pin-note-{n}\" id=\"pin-ref-{n}\" aria-label=\"{name}\">{n}</a></sup>"
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
    let [name, back] = p.labels.each_ref().map(|l| html::escape(l));
    out.push_str(&format!(
        "<aside class=\"pin-note\" id=\"pin-note-{n}\" data-note aria-label=\"{name}\"><p class=\"pin-note__number\"><a href=\"#pin-ref-{n}\">{n}</a><span class=\"visually-hidden\"> {back}</span></p>{}</aside>",
        p.note_html
    ));
}
