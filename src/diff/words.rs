//! Word-level diff inside a pair of blocks.
//!
//! Both blocks are cut into tokens: tags, and text split on Unicode word boundaries (words,
//! spaces and punctuation apart). The token diff is then cleaned up for people, as
//! diff-match-patch's semantic cleanup does: a short unchanged run between two changes (a
//! space, punctuation, a small word or two) joins them into one change, so a rewritten phrase
//! reads as one cut and one addition rather than a comb of tiny ones. A single word with a
//! letter or two changed (a typo fixed) is shown letter by letter, and text that only gained or
//! lost formatting (emphasis, a link, code) is marked with what happened to it.
//!
//! The inline view follows the *new* block's markup, which is well formed on its own: inserted
//! text is wrapped in `<ins>`, closed before every tag and reopened after it, and deleted text is
//! placed, in `<del>`, at the matching spot. Deleted text never lands where the markup forbids
//! text (between `</li>` and `<li>`, say): it moves forward into the next element that takes
//! text, or back into the previous one. The side-by-side view marks each side's own markup.

use std::borrow::Cow;
use std::hash::Hasher;
use std::ops::Range;
use std::time::Instant;

use similar::{DiffOp, DiffTag};
use unicode_segmentation::UnicodeSegmentation;

use super::{BlockEdit, ChangeStats, Side, change_id, myers};
use crate::html::{self, Token};
use crate::markdown::Block;
use crate::text::{self, is_word};

/// Below this share of words kept, a pair is shown as rewritten (old then new) instead.
const MIN_KEPT: f64 = 0.4;

/// Blocks with fewer tokens than this (on both sides together) are diffed without a deadline:
/// the worst case, two unrelated blocks, is still only a few million steps.
const SMALL_BLOCK_TOKENS: usize = 2_000;

/// An unchanged run of at most this many words between two changes may join them.
const MAX_JOINED_WORDS: usize = 2;

/// Void elements that sit inside a line of text and may go inside `<ins>`.
const INLINE_VOID: &[&str] = &["br", "wbr", "img", "input"];

/// Whether a tag with this name separates the words on either side of it in the reading text.
fn separates_words(name: &str) -> bool {
    name != "!--" && !html::is_inline(name)
}

/// Elements in which text may not appear directly.
const NO_TEXT: &[&str] = &[
    "ul", "ol", "table", "thead", "tbody", "tfoot", "tr", "dl", "colgroup",
];

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Tok<'a> {
    Open(&'a str, &'a str),
    Close(&'a str, &'a str),
    Void(&'a str, &'a str),
    Text(Cow<'a, str>),
}

impl Tok<'_> {
    /// A tag's source, or the text.
    fn source(&self) -> &str {
        match self {
            Tok::Open(_, raw) | Tok::Close(_, raw) | Tok::Void(_, raw) => raw,
            Tok::Text(text) => text,
        }
    }

    fn is_blank(&self) -> bool {
        self.kind().0
    }

    /// Whether the token is blank text, and whether it is a word ([`text_kind`]).
    #[inline]
    fn kind(&self) -> (bool, bool) {
        match self {
            Tok::Text(text) => text_kind(text),
            _ => (false, false),
        }
    }
}

fn tokens(html: &str) -> Vec<Tok<'_>> {
    // Prose runs about one token (a word or the space after it) per three bytes, often a
    // little more: room for one per two, so the list is never copied to grow.
    let mut out = Vec::with_capacity(html.len() / 2);
    for token in html::tokenize(html) {
        match token {
            Token::Open(name, raw) => out.push(Tok::Open(name, raw)),
            Token::Close(name, raw) => out.push(Tok::Close(name, raw)),
            Token::Void(name, raw) => out.push(Tok::Void(name, raw)),
            Token::Comment(raw) => out.push(Tok::Void("!--", raw)),
            // Borrowed from the block's HTML unless an entity had to be decoded.
            Token::Text(text) => match html::unescape(text) {
                Cow::Borrowed(text) => {
                    out.extend(text::word_bounds(text).map(|w| Tok::Text(Cow::Borrowed(w))));
                }
                Cow::Owned(text) => {
                    out.extend(
                        text::word_bounds(&text).map(|w| Tok::Text(Cow::Owned(w.to_string()))),
                    );
                }
            },
        }
    }
    out
}

/// A block cut into tokens, with what the word diff works out from the tokens alone. Each
/// draft takes part in two comparisons (with the drafts before and after it, or first with
/// latest), so [`super::Comparable`] keeps one per block for both.
pub(crate) struct Prepared<'a> {
    tokens: Vec<Tok<'a>>,
    /// Each token's number ([`token_id`]).
    ids: Vec<u64>,
    /// The tokens grouped into units: a token and the blank text tokens after it (blank text
    /// at the very start is a unit of its own). A unit counts as its first token, and a blank
    /// one anchors nothing (`u64::MAX`).
    units: Vec<Range<usize>>,
    unit_ids: Vec<u64>,
    words: Words,
    formats: Formats<'a>,
    /// Whether text may stand before each token, and at the end ([`text_allowed`]).
    allowed: Vec<bool>,
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
        for (i, token) in tokens.iter().enumerate() {
            let id = token_id(token);
            ids.push(id);
            let (blank, word) = token.kind();
            match units.last_mut() {
                Some(unit) if blank => unit.end = i + 1,
                _ => {
                    units.push(i..i + 1);
                    unit_ids.push(if blank { u64::MAX } else { id });
                }
            }
            words += u32::from(word);
            word_counts.push(words);
        }
        Prepared {
            ids,
            units,
            unit_ids,
            words: Words(word_counts),
            formats: Formats::of(&tokens),
            allowed: text_allowed(&tokens),
            tokens,
        }
    }
}

/// Which of a block's tokens are words, kept as running counts so the words of any stretch
/// are one subtraction: marking asks for them over and over (what was kept, how big each
/// change is, what was cut and added).
struct Words(Vec<u32>);

impl Words {
    /// The words among tokens `range`.
    fn count(&self, range: Range<usize>) -> usize {
        (self.0[range.end] - self.0[range.start]) as usize
    }

    /// Whether token `i` is a word.
    fn at(&self, i: usize) -> bool {
        self.0[i + 1] > self.0[i]
    }
}

/// Whether text is only whitespace.
#[inline]
fn blank(text: &str) -> bool {
    text_kind(text).0
}

/// Whether text is only whitespace, and whether it is a word. Most text tokens are a word or
/// one space, which the first byte settles.
#[inline]
fn text_kind(text: &str) -> (bool, bool) {
    match text.as_bytes() {
        [b, ..] if b.is_ascii_alphanumeric() => (false, true),
        b" " => (true, false),
        _ => (text.trim().is_empty(), is_word(text)),
    }
}

/// A text token as HTML. Text taken as it stood in the block's HTML is written back as it
/// stood, already escaped (or left as the source had it); text decoded from entities is
/// escaped again.
#[expect(
    clippy::ptr_arg,
    reason = "whether the text was borrowed from the HTML is the point"
)]
fn text_html<'t>(text: &'t Cow<'_, str>) -> Cow<'t, str> {
    match text {
        Cow::Borrowed(source) => Cow::Borrowed(source),
        Cow::Owned(decoded) => html::escape(decoded),
    }
}

/// How a token is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// The same on both sides.
    Plain,
    /// Cut (on the old side) or added (on the new side).
    Changed,
    /// The same text with different formatting; the number is the label's index.
    Format(usize),
    /// One word with a letter or two changed; the number is the typo's index.
    Typo(usize),
}

/// One word whose letters changed a little, shown letter by letter.
struct Typo {
    /// The letters kept before the change.
    before: String,
    cut: String,
    added: String,
    /// The letters kept after it.
    after: String,
}

impl Typo {
    fn old_word(&self) -> String {
        [&self.before, &self.cut, &self.after]
            .into_iter()
            .map(String::as_str)
            .collect()
    }

    fn new_word(&self) -> String {
        [&self.before, &self.added, &self.after]
            .into_iter()
            .map(String::as_str)
            .collect()
    }
}

/// The two blocks' tokens and how each is marked.
struct Marked {
    old_marks: Vec<Mark>,
    new_marks: Vec<Mark>,
    /// For the inline view: the old text cut in the gap before each new token (the last gap is
    /// the end).
    gaps: Vec<Vec<String>>,
    /// "now italic", "link added" ... by index.
    labels: Vec<String>,
    typos: Vec<Typo>,
    /// Words added and cut, counted as the drafts' word counts count them.
    words_added: usize,
    words_cut: usize,
}

/// Diffs two versions of a block. `None` means they share too little to show as edits.
/// Change ids continue from `changes_before`; with `None` the marks get no ids (the edits inside
/// a moved block belong to the move, which is one change). `prepared` holds the blocks'
/// tokens when a [`super::Comparable`] has them; they are cut here otherwise.
pub fn diff_block<'a>(
    old: &'a Block,
    new: &'a Block,
    prepared: [Option<&Prepared<'a>>; 2],
    changes_before: Option<usize>,
    deadline: Instant,
) -> Option<BlockEdit> {
    let (made_old, made_new);
    let old_block = match prepared[0] {
        Some(p) => p,
        None => {
            made_old = Prepared::of(&old.html);
            &made_old
        }
    };
    let new_block = match prepared[1] {
        Some(p) => p,
        None => {
            made_new = Prepared::of(&new.html);
            &made_new
        }
    };
    let mut marked = mark(old_block, new_block, deadline)?;
    relocate_deletions(&new_block.tokens, &new_block.allowed, &mut marked.gaps)?;
    let mut gaps = std::mem::take(&mut marked.gaps);

    let inline = Emitter::new(
        &marked,
        Side::New,
        changes_before,
        true,
        old.html.len() + new.html.len(),
    )
    .run(
        &new_block.tokens,
        &marked.new_marks,
        &new_block.allowed,
        Some(&mut gaps),
    );
    // The placement rules above keep the round trip for every input found so far, but stray
    // markup from raw HTML can defeat them; a block that does not read back both ways is shown
    // as rewritten, which always does.
    if !super::reads_back(&inline.out, &old.text, &new.text) {
        return None;
    }
    let old_side = Emitter::new(&marked, Side::Old, None, false, old.html.len()).run(
        &old_block.tokens,
        &marked.old_marks,
        &old_block.allowed,
        None,
    );
    let new_side = Emitter::new(&marked, Side::New, None, false, new.html.len()).run(
        &new_block.tokens,
        &marked.new_marks,
        &new_block.allowed,
        None,
    );
    Some(BlockEdit {
        html: inline.out,
        old_side: old_side.out,
        new_side: new_side.out,
        stats: ChangeStats {
            words_added: marked.words_added,
            words_cut: marked.words_cut,
            formats_changed: inline.formats,
            ..ChangeStats::default()
        },
        changes: inline.changes,
    })
}

/// The diff of two blocks' tokens.
///
/// Prose is words and blanks in turn, and the diff's work grows with the length of the
/// sequences times the edits between them, so it runs twice, coarse then fine. First on units
/// (each token with the blank text after it, compared by the token alone), which halves both;
/// every unit matched there anchors its token. Then token by token between the anchors, where
/// what is left is short: a blank, or the words of one change with the blanks around them.
fn token_diff(old: &Prepared<'_>, new: &Prepared<'_>, deadline: Instant) -> Vec<DiffOp> {
    let (old_ids, new_ids) = (&old.ids[..], &new.ids[..]);
    let (old_units, new_units) = (&old.units[..], &new.units[..]);
    let (old_unit_ids, new_unit_ids) = (&old.unit_ids[..], &new.unit_ids[..]);
    let (old, new) = (&old.tokens[..], &new.tokens[..]);
    // Small blocks are diffed in full; only a huge one needs the deadline (whose clock
    // readings are not free).
    let deadline = (old.len() + new.len() > SMALL_BLOCK_TOKENS).then_some(deadline);
    let unit_ops = myers::diff(
        old_unit_ids,
        0..old_units.len(),
        new_unit_ids,
        0..new_units.len(),
        deadline,
    );
    let mut ops = Ops::default();
    // Where the tokens not yet diffed start.
    let (mut o, mut n) = (0, 0);
    for op in unit_ops {
        let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        else {
            continue;
        };
        for (ou, nu) in old_units[old_index..old_index + len]
            .iter()
            .zip(&new_units[new_index..new_index + len])
        {
            if old[ou.start].is_blank() {
                continue;
            }
            ops.region(old_ids, o..ou.start, new_ids, n..nu.start, deadline);
            ops.equal(ou.start..ou.start + 1, nu.start..nu.start + 1);
            (o, n) = (ou.start + 1, nu.start + 1);
        }
    }
    ops.region(old_ids, o..old.len(), new_ids, n..new.len(), deadline);
    ops.0
}

/// Each token as a number, equal for equal tokens: the diff compares numbers, far cheaper than
/// comparing tokens. A tag is numbered by its whole source (`<em>`, `</p>`) and text by
/// itself; the two never meet, as text cut at word boundaries never holds a whole tag.
///
/// Most tokens are short words and spaces: up to seven bytes, the number is the bytes
/// themselves (with a 1 after them, so lengths differ), and longer ones are hashed. Unequal
/// tokens could share a hash, one chance in billions for a whole block, and then the view
/// would not read back; the round-trip guard in [`diff_block`] shows such a block as
/// rewritten.
fn token_id(token: &Tok<'_>) -> u64 {
    let bytes = token.source().as_bytes();
    text::packed(bytes).unwrap_or_else(|| {
        let mut hash = rustc_hash::FxHasher::default();
        hash.write(bytes);
        hash.finish()
    })
}

/// Token diff operations, built in order: adjacent runs of one kind are merged.
#[derive(Default)]
struct Ops(Vec<DiffOp>);

impl Ops {
    /// The token diff of `old[o]` against `new[n]`, a stretch between two anchors.
    fn region(
        &mut self,
        old: &[u64],
        o: Range<usize>,
        new: &[u64],
        n: Range<usize>,
        deadline: Option<Instant>,
    ) {
        if old[o.clone()] == new[n.clone()] {
            self.equal(o, n);
        } else if o.is_empty() || n.is_empty() {
            self.changed(o, n);
        } else {
            for op in myers::diff(old, o, new, n, deadline) {
                let (tag, o, n) = op.as_tag_tuple();
                match tag {
                    DiffTag::Equal => self.equal(o, n),
                    _ => self.changed(o, n),
                }
            }
        }
    }

    fn equal(&mut self, old: Range<usize>, new: Range<usize>) {
        if old.is_empty() {
            return;
        }
        if let Some(DiffOp::Equal {
            old_index,
            new_index,
            len,
        }) = self.0.last_mut()
            && *old_index + *len == old.start
            && *new_index + *len == new.start
        {
            *len += old.len();
            return;
        }
        self.0.push(DiffOp::Equal {
            old_index: old.start,
            new_index: new.start,
            len: old.len(),
        });
    }

    fn changed(&mut self, old: Range<usize>, new: Range<usize>) {
        let op = match (old.is_empty(), new.is_empty()) {
            (true, true) => return,
            (false, true) => DiffOp::Delete {
                old_index: old.start,
                old_len: old.len(),
                new_index: new.start,
            },
            (true, false) => DiffOp::Insert {
                old_index: old.start,
                new_index: new.start,
                new_len: new.len(),
            },
            (false, false) => DiffOp::Replace {
                old_index: old.start,
                old_len: old.len(),
                new_index: new.start,
                new_len: new.len(),
            },
        };
        self.0.push(op);
    }
}

/// Diffs the tokens and decides how each is shown. `None` when the blocks share too little.
fn mark(old_block: &Prepared<'_>, new_block: &Prepared<'_>, deadline: Instant) -> Option<Marked> {
    let ops = token_diff(old_block, new_block, deadline);
    let (old, new) = (&old_block.tokens[..], &new_block.tokens[..]);
    let words = [&old_block.words, &new_block.words];

    let kept: usize = ops
        .iter()
        .filter_map(|op| match op {
            DiffOp::Equal { new_index, len, .. } => {
                Some(words[1].count(*new_index..new_index + len))
            }
            _ => None,
        })
        .sum();
    let (old_words, new_words) = (words[0].count(0..old.len()), words[1].count(0..new.len()));
    let total = old_words + new_words;
    // A block mostly kept from the shorter side (a long opening cut, a sentence added) is
    // still an edit, even when the overall share kept is low.
    let shorter = old_words.min(new_words);
    let mostly_contained = shorter >= 3 && kept as f64 >= 0.8 * shorter as f64;
    if total > 0 && (2 * kept) as f64 / (total as f64) < MIN_KEPT && !mostly_contained {
        return None;
    }

    let mut marked = Marked {
        old_marks: vec![Mark::Plain; old.len()],
        new_marks: vec![Mark::Plain; new.len()],
        // Not `vec![Vec::new(); n]`, which clones the empty list once per token.
        gaps: std::iter::repeat_with(Vec::new)
            .take(new.len() + 1)
            .collect(),
        labels: Vec::new(),
        typos: Vec::new(),
        words_added: 0,
        words_cut: 0,
    };
    let (old_formats, new_formats) = (&old_block.formats, &new_block.formats);
    for run in join_changes(&ops, old, new, &words) {
        if !run.changed {
            for (o, n) in run.old.zip(run.new) {
                if !matches!(new[n], Tok::Text(_)) {
                    continue;
                }
                let label = describe_format_change(old_formats.at(o), new_formats.at(n));
                if label.is_empty() {
                    continue;
                }
                let index = match marked.labels.iter().position(|l| *l == label) {
                    Some(i) => i,
                    None => {
                        marked.labels.push(label);
                        marked.labels.len() - 1
                    }
                };
                marked.old_marks[o] = Mark::Format(index);
                marked.new_marks[n] = Mark::Format(index);
            }
            continue;
        }
        if run.old.len() == 1
            && run.new.len() == 1
            && let (Tok::Text(a), Tok::Text(b)) = (&old[run.old.start], &new[run.new.start])
            && let Some(typo) = letter_change(a, b)
        {
            marked.old_marks[run.old.start] = Mark::Typo(marked.typos.len());
            marked.new_marks[run.new.start] = Mark::Typo(marked.typos.len());
            marked.typos.push(typo);
            continue;
        }
        marked.old_marks[run.old.clone()].fill(Mark::Changed);
        marked.new_marks[run.new.clone()].fill(Mark::Changed);
        // Deleted tags are dropped, but a block boundary among them still separates words.
        let deleted: String = old[run.old.clone()]
            .iter()
            .map(|t| match t {
                Tok::Text(w) => w.as_ref(),
                Tok::Open(name, _) | Tok::Close(name, _) | Tok::Void(name, _)
                    if separates_words(name) =>
                {
                    " "
                }
                _ => "",
            })
            .collect();
        if !deleted.is_empty() {
            // The cut text goes before the added text. But when the new side puts a word break
            // inside the change (a new paragraph, a checkbox), the cut text must stay touching
            // the old text it ran into without a space: the text after it (then it goes at the
            // end), or the text before it (at the start). If it touched both, no place works,
            // and the block is shown as rewritten instead.
            let breaks_words = new[run.new.clone()].iter().any(|t| match t {
                Tok::Open(name, _) | Tok::Close(name, _) | Tok::Void(name, _) => {
                    separates_words(name) && !INLINE_VOID.contains(name)
                }
                Tok::Text(_) => false,
            });
            // Whether old text stands at `from`, looking past inline tags (a footnote mark,
            // emphasis) in one direction.
            let text_at = |from: Option<usize>, forward: bool| {
                let mut at = from;
                while let Some(i) = at {
                    match old.get(i) {
                        Some(Tok::Text(w)) => return !blank(w),
                        Some(Tok::Open(name, _) | Tok::Close(name, _) | Tok::Void(name, _))
                            if !separates_words(name) => {}
                        _ => return false,
                    }
                    at = if forward {
                        i.checked_add(1)
                    } else {
                        i.checked_sub(1)
                    };
                }
                false
            };
            let (start, end) = (run.old.start, run.old.end);
            let touches_before = text_at(start.checked_sub(1), false) && text_at(Some(start), true);
            let touches_after = text_at(end.checked_sub(1), false) && text_at(Some(end), true);
            let gap = match (breaks_words, touches_before, touches_after) {
                (true, true, true) => return None,
                (true, false, true) => run.new.end,
                _ => run.new.start,
            };
            marked.gaps[gap].push(deleted);
        }
    }
    marked.words_cut = changed_words(old, &marked.old_marks, words[0]);
    marked.words_added = changed_words(new, &marked.new_marks, words[1]);
    Some(marked)
}

/// How many words the changed tokens make, counted as a draft's word count counts them: a word
/// split by formatting (`rec*ie*ve`) is one word, and it counts where it starts, so the old
/// count minus the words cut plus the words added is the new count.
fn changed_words(tokens: &[Tok<'_>], marks: &[Mark], words: &Words) -> usize {
    let mut count = 0;
    // The last word token, while only inline tags have come after it.
    let mut word_before: Option<&str> = None;
    let mut tag_since = false;
    for (i, (token, mark)) in tokens.iter().zip(marks).enumerate() {
        match token {
            Tok::Text(w) => {
                // Formatting inside a word (`rec<s>ie</s>ve`) does not make two words of it.
                let continues = tag_since && word_before.is_some_and(|before| joins(before, w));
                let is_word = words.at(i);
                if is_word && !continues && matches!(mark, Mark::Changed | Mark::Typo(_)) {
                    count += 1;
                }
                word_before = is_word.then_some(w.as_ref());
                tag_since = false;
            }
            Tok::Open(name, _) | Tok::Close(name, _) | Tok::Void(name, _)
                if separates_words(name) =>
            {
                word_before = None;
            }
            _ => tag_since = true,
        }
    }
    count
}

/// Whether two pieces of text written one after the other read as one word.
fn joins(before: &str, after: &str) -> bool {
    let (Some(last), Some(first)) = (before.chars().last(), after.chars().next()) else {
        return false;
    };
    let mut pair = String::with_capacity(8);
    pair.push(last);
    pair.push(first);
    text::words(&pair).count() == 1
}

/// A stretch of the token diff: unchanged, or changed (with either range possibly empty).
struct Run {
    changed: bool,
    old: Range<usize>,
    new: Range<usize>,
}

/// The diff's runs with small unchanged runs between two changes of text joined into them:
/// "dad went to get" → "father walked back for" reads as one cut and one addition, not four
/// alternating pairs. An unchanged run joins its neighbours when it holds no tags and no more
/// words than either neighbour changes (and at most [`MAX_JOINED_WORDS`]). Changes that only
/// add or remove tags are never joined: the words around them did not change.
///
/// That first pass goes left to right and sees each change as the diff cut it, so a change
/// that grows later can be left beside a run it now dwarfs ("At lunch, a lot of" → "That is
/// 137 pounds in one week from one lunch period": "lunch" came before a cut comma, which
/// changes no word). A second pass, repeated until nothing more joins, lets a change take in
/// such a run when the run has at most half as many words as the changes on both sides.
fn join_changes(ops: &[DiffOp], old: &[Tok<'_>], new: &[Tok<'_>], words: &[&Words; 2]) -> Vec<Run> {
    let changes_text = |run: &Run| {
        old[run.old.clone()]
            .iter()
            .chain(&new[run.new.clone()])
            .any(|t| matches!(t, Tok::Text(_)))
    };
    let size = |run: &Run| {
        words[0]
            .count(run.old.clone())
            .max(words[1].count(run.new.clone()))
    };
    // The words of `between` when it may join `before` and `after` (words aside).
    let island = |before: &Run, between: &Run, after: &Run| {
        (before.changed
            && !between.changed
            && after.changed
            && changes_text(before)
            && changes_text(after)
            && new[between.new.clone()]
                .iter()
                .all(|t| matches!(t, Tok::Text(_))))
        .then(|| words[1].count(between.new.clone()))
        .filter(|words| *words <= MAX_JOINED_WORDS)
    };
    let mut runs: Vec<Run> = Vec::with_capacity(ops.len());
    for op in ops {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        let run = Run {
            changed: tag != DiffTag::Equal,
            old: old_range,
            new: new_range,
        };
        if run.changed
            && let Some(last) = runs.last_mut()
            && last.changed
        {
            last.old.end = run.old.end;
            last.new.end = run.new.end;
            continue;
        }
        if let [.., before, between] = runs.as_slice()
            && let Some(words) = island(before, between, &run)
            && words <= size(before)
            && words <= size(&run)
        {
            runs.pop();
            if let Some(last) = runs.last_mut() {
                last.old.end = run.old.end;
                last.new.end = run.new.end;
            }
            continue;
        }
        runs.push(run);
    }
    let mut joined = true;
    while joined {
        joined = false;
        let mut i = 1;
        while i + 1 < runs.len() {
            let (before, after) = (&runs[i - 1], &runs[i + 1]);
            match island(before, &runs[i], after) {
                Some(words) if 2 * words <= size(before) && 2 * words <= size(after) => {
                    let end = (after.old.end, after.new.end);
                    runs.drain(i..=i + 1);
                    (runs[i - 1].old.end, runs[i - 1].new.end) = end;
                    joined = true;
                }
                _ => i += 1,
            }
        }
    }
    runs
}

/// A word with a letter or two changed (a typo fixed, a spelling corrected), as the letters
/// kept before and after the change and the letters in between on each side. `None` when the
/// words differ by more: those are shown as a word replaced.
fn letter_change(old: &str, new: &str) -> Option<Typo> {
    if !is_word(old) || !is_word(new) {
        return None;
    }
    let a: Vec<&str> = old.graphemes(true).collect();
    let b: Vec<&str> = new.graphemes(true).collect();
    let longer = a.len().max(b.len());
    let (prefix, suffix) = myers::common_ends(&a, &b);
    let (cut, added) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let most = if longer < 8 { 2 } else { 3 };
    // Letters only added or only dropped at either end make another word ("here" → "there",
    // "walk" → "walked"), not a fixed spelling.
    let at_an_end = prefix == 0 || suffix == 0;
    let one_sided = cut.is_empty() || added.is_empty();
    let close = longer >= 4
        && !(at_an_end && one_sided)
        && cut.len() <= most
        && added.len() <= most
        && (prefix + suffix) * 10 >= longer * 6;
    close.then(|| Typo {
        before: a[..prefix].concat(),
        cut: cut.concat(),
        added: added.concat(),
        after: a[a.len() - suffix..].concat(),
    })
}

/// The formatting around each token: which of emphasis, strong, code, a link ... it sits in.
struct Formats<'a> {
    /// For each token, an index into `sets`.
    at: Vec<usize>,
    /// Each distinct set of formats, sorted.
    sets: Vec<Vec<Format<'a>>>,
}

/// One kind of inline formatting; a link carries its opening tag, so a changed target counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Format<'a> {
    Link(&'a str),
    Italic,
    Bold,
    Code,
    Struck,
    Highlighted,
    Underlined,
    Subscript,
    Superscript,
}

impl<'a> Format<'a> {
    fn of(name: &str, raw: &'a str) -> Option<Format<'a>> {
        Some(match name {
            "a" => Format::Link(raw),
            "em" | "i" => Format::Italic,
            "strong" | "b" => Format::Bold,
            "code" | "kbd" | "samp" => Format::Code,
            "s" | "strike" => Format::Struck,
            "mark" => Format::Highlighted,
            "u" => Format::Underlined,
            "sub" => Format::Subscript,
            "sup" => Format::Superscript,
            _ => return None,
        })
    }

    /// The word for it after "now" or "no longer".
    fn adjective(self) -> &'static str {
        match self {
            Format::Link(_) => "a link",
            Format::Italic => "italic",
            Format::Bold => "bold",
            Format::Code => "code",
            Format::Struck => "struck through",
            Format::Highlighted => "highlighted",
            Format::Underlined => "underlined",
            Format::Subscript => "subscript",
            Format::Superscript => "superscript",
        }
    }
}

impl<'a> Formats<'a> {
    fn of(tokens: &[Tok<'a>]) -> Formats<'a> {
        let mut open: Vec<(&str, Format<'a>)> = Vec::new();
        let mut sets = vec![Vec::new()];
        let mut at = Vec::with_capacity(tokens.len());
        for token in tokens {
            let changed = match token {
                Tok::Open(name, raw) => match Format::of(name, raw) {
                    Some(format) => {
                        open.push((name, format));
                        true
                    }
                    None => false,
                },
                Tok::Close(name, _) => match open.iter().rposition(|(n, _)| n == name) {
                    Some(i) => {
                        open.remove(i);
                        true
                    }
                    None => false,
                },
                _ => false,
            };
            if changed {
                let mut set: Vec<Format<'a>> = open.iter().map(|(_, f)| *f).collect();
                set.sort();
                set.dedup();
                sets.push(set);
            }
            at.push(sets.len() - 1);
        }
        Formats { at, sets }
    }

    fn at(&self, token: usize) -> &[Format<'a>] {
        &self.sets[self.at[token]]
    }
}

/// What happened to a piece of text's formatting, for people: "now italic, link added".
/// Empty when nothing did.
fn describe_format_change(old: &[Format<'_>], new: &[Format<'_>]) -> String {
    if old == new {
        return String::new();
    }
    let link = |set: &[Format<'_>]| {
        set.iter().find_map(|f| match f {
            Format::Link(raw) => Some(raw.to_string()),
            _ => None,
        })
    };
    let mut parts: Vec<String> = Vec::new();
    match (link(old), link(new)) {
        (None, Some(_)) => parts.push("link added".into()),
        (Some(_), None) => parts.push("link removed".into()),
        (Some(a), Some(b)) if a != b => parts.push("link changed".into()),
        _ => {}
    }
    for f in new.iter().filter(|f| !matches!(f, Format::Link(_))) {
        if !old.contains(f) {
            parts.push(format!("now {}", f.adjective()));
        }
    }
    for f in old.iter().filter(|f| !matches!(f, Format::Link(_))) {
        if !new.contains(f) {
            parts.push(format!("no longer {}", f.adjective()));
        }
    }
    parts.join(", ")
}

/// What the last text written was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Plain,
    Cut,
    Added,
    Format(usize),
}

/// Spoken and shown-to-assistive-technology words that say what `<del>` and `<ins>` mean.
const CUT_LABEL: &str = "<span class=\"diff-label\" data-diff-label>cut: </span>";
const ADDED_LABEL: &str = "<span class=\"diff-label\" data-diff-label>added: </span>";

/// The element open around the text being written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Open {
    None,
    /// `<ins>` or `<del>`.
    Mark,
    /// A formatting change's `<span>`.
    Format,
}

/// Writes one block's markup with its marks.
struct Emitter<'m> {
    marked: &'m Marked,
    side: Side,
    /// Whether this is the inline view, which shows both sides (the side-by-side columns show
    /// one each).
    inline: bool,
    /// Numbering of changes continues from here; `None` writes no ids.
    ids_from: Option<usize>,
    out: String,
    open: Open,
    /// Changed spaces, line breaks and images that would start a mark, held for the mark's
    /// first word so that they go inside it, after its number and label; [`Emitter::close`]
    /// writes them as a mark of their own when no word comes.
    held: String,
    /// Whether the last thing written continues a change (only spaces since).
    last_was_change: bool,
    last_kind: Kind,
    /// Open `<a>` elements around the current position.
    link_depth: usize,
    changes: usize,
    formats: usize,
}

impl<'m> Emitter<'m> {
    fn new(
        marked: &'m Marked,
        side: Side,
        ids_from: Option<usize>,
        inline: bool,
        html_len: usize,
    ) -> Emitter<'m> {
        Emitter {
            marked,
            side,
            inline,
            ids_from,
            // The block's own HTML, and room for the marks.
            out: String::with_capacity(html_len + 256),
            open: Open::None,
            held: String::new(),
            last_was_change: false,
            last_kind: Kind::Plain,
            link_depth: 0,
            changes: 0,
            formats: 0,
        }
    }

    /// The mark element for changed text on this side, and its label.
    fn mark(&self) -> (&'static str, &'static str, Kind) {
        match self.side {
            Side::Old => ("del", CUT_LABEL, Kind::Cut),
            Side::New => ("ins", ADDED_LABEL, Kind::Added),
        }
    }

    /// Writes `tokens` marked with `marks`; `gaps` (the inline view only) holds cut text to
    /// place before each token. `allowed[g]` says whether text may stand before token `g`.
    fn run(
        mut self,
        tokens: &[Tok<'_>],
        marks: &[Mark],
        allowed: &[bool],
        mut gaps: Option<&mut [Vec<String>]>,
    ) -> Self {
        for g in 0..=tokens.len() {
            if let Some(gaps) = gaps.as_deref_mut()
                && !gaps[g].is_empty()
            {
                for deleted in std::mem::take(&mut gaps[g]) {
                    self.cut(&deleted, allowed[g]);
                }
            }
            let Some(token) = tokens.get(g) else {
                break;
            };
            match (token, marks[g]) {
                (Tok::Text(text), Mark::Changed) if allowed[g] || !blank(text) => {
                    self.changed_text(text);
                }
                (Tok::Text(text), Mark::Format(label)) => self.format_text(text, label),
                (Tok::Text(_), Mark::Typo(typo)) => self.typo(typo),
                (Tok::Text(text), _) => {
                    self.close();
                    self.out.push_str(&text_html(text));
                    // Spaces between two changes keep them one change; words end it.
                    if !blank(text) {
                        self.last_was_change = false;
                        self.last_kind = Kind::Plain;
                    }
                }
                (Tok::Void(name, raw), Mark::Changed)
                    if allowed[g] && INLINE_VOID.contains(name) =>
                {
                    // An added line break or image belongs to its side only: inside the mark
                    // the other side's reading skips it (a bare <br> would split a word). Like
                    // spaces, it waits for the change's first word when no mark is open.
                    if self.open == Open::Mark {
                        self.out.push_str(raw);
                    } else {
                        self.hold(raw);
                    }
                }
                (Tok::Open(name, raw) | Tok::Close(name, raw) | Tok::Void(name, raw), _) => {
                    match token {
                        Tok::Open(..) if *name == "a" => self.link_depth += 1,
                        Tok::Close(..) if *name == "a" => {
                            self.link_depth = self.link_depth.saturating_sub(1);
                        }
                        _ => {}
                    }
                    self.close();
                    self.out.push_str(raw);
                }
            }
        }
        self.close();
        self
    }

    /// Closes whatever mark is open, or writes what was held for one as a mark of its own.
    #[inline]
    fn close(&mut self) {
        if self.open == Open::None && !self.held.is_empty() {
            let (tag, _, _) = self.mark();
            self.out.push('<');
            self.out.push_str(tag);
            self.out.push('>');
            self.out.push_str(&self.held);
            self.held.clear();
            self.open = Open::Mark;
        }
        self.close_open();
    }

    /// Closes the open mark or formatting span, leaving anything held.
    #[inline]
    fn close_open(&mut self) {
        match self.open {
            Open::None => {}
            Open::Mark => {
                let (tag, _, _) = self.mark();
                self.out.push_str("</");
                self.out.push_str(tag);
                self.out.push('>');
            }
            Open::Format => self.out.push_str("</span>"),
        }
        self.open = Open::None;
    }

    /// Writes cut text into the inline view.
    fn cut(&mut self, deleted: &str, allowed: bool) {
        self.close();
        if blank(deleted) {
            // Whitespace: invisible when cut, but it still separates the old draft's words.
            if allowed {
                self.out
                    .push_str(&format!("<del aria-hidden=\"true\">{deleted}</del>"));
            } else {
                self.out.push_str(deleted);
            }
            return;
        }
        let id = self.start_change();
        self.out.push_str(&format!("<del{id}>"));
        if self.last_kind != Kind::Cut {
            self.out.push_str(CUT_LABEL);
        }
        self.out.push_str(&html::escape(deleted));
        self.out.push_str("</del>");
        self.last_kind = Kind::Cut;
    }

    /// Writes text that exists on this side only.
    #[expect(
        clippy::ptr_arg,
        reason = "whether the text was borrowed from the HTML is the point"
    )]
    fn changed_text(&mut self, text: &Cow<'_, str>) {
        if self.open != Open::Mark {
            if blank(text) {
                self.hold(&text_html(text));
                return;
            }
            // The change's first word: its mark opens here, with its number and label, and
            // then whatever was held for it.
            self.close_open();
            let (tag, label, kind) = self.mark();
            let id = self.start_change();
            self.out.push_str(&format!("<{tag}{id}>"));
            if self.last_kind != kind {
                self.out.push_str(label);
                self.last_kind = kind;
            }
            self.out.push_str(&self.held);
            self.held.clear();
            self.open = Open::Mark;
        }
        self.out.push_str(&text_html(text));
    }

    /// Holds changed spaces, a line break or an image that would start a mark (see `held`).
    fn hold(&mut self, html: &str) {
        self.close_open();
        self.held.push_str(html);
    }

    /// Writes text whose formatting changed, labelled once per run with what changed.
    #[expect(
        clippy::ptr_arg,
        reason = "whether the text was borrowed from the HTML is the point"
    )]
    fn format_text(&mut self, text: &Cow<'_, str>, label: usize) {
        if self.open != Open::Format {
            self.close();
            let starts = self.last_kind != Kind::Format(label);
            let id = if starts {
                self.formats += 1;
                self.start_change()
            } else {
                String::new()
            };
            self.out
                .push_str(&format!("<span class=\"diff-format\"{id}>"));
            if starts {
                self.out.push_str(&format!(
                    "<span class=\"diff-label diff-label--format\" data-diff-label>{}: </span>",
                    self.marked.labels[label]
                ));
            }
            self.open = Open::Format;
            self.last_kind = Kind::Format(label);
        }
        self.out.push_str(&text_html(text));
    }

    /// Writes a word with a letter or two changed: the letters marked for the eye, and the
    /// whole change said in words for a screen reader.
    fn typo(&mut self, typo: usize) {
        self.close();
        let typo = &self.marked.typos[typo];
        let id = self.start_change();
        self.last_kind = Kind::Plain;
        self.out.push_str(&format!(
            "<span class=\"diff-typo\"{id}><span class=\"diff-label\" data-diff-label>“{}” changed to “{}”: </span><span aria-hidden=\"true\">{}",
            html::escape(&typo.old_word()),
            html::escape(&typo.new_word()),
            html::escape(&typo.before),
        ));
        // The side-by-side columns show one side's letters each; the inline view shows both.
        if !typo.cut.is_empty() && (self.inline || self.side == Side::Old) {
            self.out
                .push_str(&format!("<del>{}</del>", html::escape(&typo.cut)));
        }
        if !typo.added.is_empty() && self.side == Side::New {
            self.out
                .push_str(&format!("<ins>{}</ins>", html::escape(&typo.added)));
        }
        self.out.push_str(&html::escape(&typo.after));
        self.out.push_str("</span></span>");
        self.last_was_change = true;
    }

    /// Starts a new numbered change unless the previous mark continues it; returns the
    /// ` id="..."` attribute for the first mark of a change, or an empty string.
    /// Inside a link the mark gets no `tabindex`: HTML forbids focusable elements inside `<a>`,
    /// and the link itself takes the focus there.
    fn start_change(&mut self) -> String {
        if self.last_was_change {
            return String::new();
        }
        self.changes += 1;
        self.last_was_change = true;
        let Some(before) = self.ids_from else {
            return String::new();
        };
        let id = change_id(before + self.changes);
        if self.link_depth > 0 {
            format!(" id=\"{id}\"")
        } else {
            format!(" id=\"{id}\" tabindex=\"-1\"")
        }
    }
}

/// For each gap between tokens (and the end), whether text may stand there.
fn text_allowed(tokens: &[Tok<'_>]) -> Vec<bool> {
    let mut allowed = Vec::with_capacity(tokens.len() + 1);
    let mut stack: Vec<&str> = Vec::new();
    for token in tokens {
        allowed.push(stack.last().is_none_or(|top| !NO_TEXT.contains(top)));
        match token {
            Tok::Open(name, _) => stack.push(name),
            Tok::Close(..) => {
                stack.pop();
            }
            _ => {}
        }
    }
    allowed.push(stack.last().is_none_or(|top| !NO_TEXT.contains(top)));
    allowed
}

/// Moves deleted text out of gaps where text is not allowed. Fails (so the block is shown as
/// rewritten) only when no element around the gap takes text.
/// `allowed` says, for each gap, whether text may stand there.
fn relocate_deletions(
    new_tokens: &[Tok<'_>],
    allowed: &[bool],
    gaps: &mut [Vec<String>],
) -> Option<()> {
    for g in 0..gaps.len() {
        if allowed[g] || gaps[g].iter().all(|d| blank(d)) {
            continue;
        }
        let forward = (g..new_tokens.len())
            .take_while(|&i| matches!(new_tokens[i], Tok::Open(..)) || new_tokens[i].is_blank())
            .map(|i| i + 1)
            .find(|&i| allowed[i]);
        let target = forward.or_else(|| {
            (0..g)
                .rev()
                .take_while(|&i| {
                    matches!(new_tokens[i], Tok::Close(..)) || new_tokens[i].is_blank()
                })
                .find(|&i| allowed[i])
        })?;
        let moving = std::mem::take(&mut gaps[g]);
        if target > g {
            gaps[target].splice(0..0, moving);
        } else {
            gaps[target].extend(moving);
        }
    }
    Some(())
}
