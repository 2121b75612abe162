//! Comparing two rendered drafts into a change view that follows the diff contract in
//! DESIGN.md.
//!
//! This is the straightforward first engine: blocks are aligned (unchanged blocks first, the rest
//! paired by shared words in order), paired blocks get a word-level diff, unpaired blocks are
//! shown whole as added or removed. The output is always well formed, and the round trip holds:
//! dropping `<ins>`, `data-side="new"` and labels gives the old draft's text, and the reverse
//! gives the new one's.
//!
//! ```
//! use redraft::{diff, i18n::Catalog, markdown, settings::RawHtml};
//! let old = markdown::render("It was a nice day.", RawHtml::Sanitize);
//! let new = markdown::render("It was a *bright* day.", RawHtml::Sanitize);
//! let view = diff::compare(&old, &new, &Catalog::english());
//! assert_eq!(view.stats.words_added, 1);
//! assert!(view.html.contains("<del id=\"change-1\""));
//! // The new draft's markup is kept, with the added word marked inside it.
//! assert!(view.html.contains("<em><ins>"));
//! ```

mod bags;
mod blocks;
mod markup;
mod myers;
mod nested;
mod regroup;
mod side_by_side;
pub mod terminal;
mod verify;
mod words;

pub use verify::{Violation, verify, well_formed};

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::i18n::Catalog;
use crate::markdown::{Block, Rendered};
use crate::text::count_words;
use blocks::Alignment;
use markup::{Regroup, Said, Way};
use side_by_side::Row;

/// How long one comparison may spend searching for the best alignment before settling for a
/// coarser (still correct) one.
const DEADLINE: Duration = Duration::from_millis(100);

/// Drafts whose rendered HTML is larger than this (about 300,000 words, three novels) are
/// compared paragraph by paragraph: changed paragraphs are shown whole, before and after,
/// without marks inside them. The comparison stays quick and its output does not depend on how
/// fast the machine is, as it would if the deadline decided.
pub const WORD_LEVEL_LIMIT: usize = 2 * 1024 * 1024;

/// How closely a comparison looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Detail {
    /// Word by word inside changed paragraphs.
    Words,
    /// Whole paragraphs only: drafts past [`WORD_LEVEL_LIMIT`].
    Paragraphs,
}

/// What changed between two drafts, counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ChangeStats {
    /// Words in the new draft that were not in the old one.
    pub words_added: usize,
    /// Words of the old draft that are gone.
    pub words_cut: usize,
    /// Blocks (paragraphs, headings, lists ...) that are new.
    pub blocks_added: usize,
    /// Blocks that were removed.
    pub blocks_removed: usize,
    /// Blocks rewritten so far that they are shown as old then new.
    pub blocks_rewritten: usize,
    /// Blocks edited in place.
    pub blocks_edited: usize,
    /// Blocks whose kind changed in place (a heading's level, a list's numbering, a quote).
    pub blocks_restyled: usize,
    /// Blocks split in several.
    pub blocks_split: usize,
    /// Blocks that several were joined into.
    pub blocks_joined: usize,
    /// Blocks that moved (perhaps with edits).
    pub blocks_moved: usize,
    /// Runs of text that only gained or lost formatting (emphasis, a link, code ...).
    pub formats_changed: usize,
    /// Blocks edited in place where no word came or went and no formatting changed: only
    /// punctuation or symbols did (`(✔)` to `(✅)`).
    pub blocks_repunctuated: usize,
}

impl ChangeStats {
    /// Whether the two drafts read the same.
    pub fn is_unchanged(&self) -> bool {
        ChangeStats {
            blocks_edited: 0,
            ..*self
        } == ChangeStats::default()
    }

    /// One line for people, in the language of `words`: "42 words added, 17 cut, 2
    /// paragraphs moved, 1 rewritten".
    /// A count that is zero is left out ("17 words cut"), and drafts whose only changes are
    /// to punctuation or symbols say so.
    pub fn summary(&self, words: &Catalog) -> String {
        let (added, cut) = (
            ("added", self.words_added.into()),
            ("cut", self.words_cut.into()),
        );
        let mut parts = match (self.words_added, self.words_cut) {
            (0, 0) => Vec::new(),
            (_, 0) => vec![words.with("changes-words-added", &[added])],
            (0, _) => vec![words.with("changes-words-cut", &[cut])],
            _ => vec![words.with("changes-words", &[added, cut])],
        };
        // The noun is said once, by the first count of paragraphs.
        let mut noun_said = false;
        for (n, what) in [
            (self.blocks_added, "added"),
            (self.blocks_removed, "removed"),
            (self.blocks_moved, "moved"),
            (self.blocks_rewritten, "rewritten"),
            (self.blocks_restyled, "restyled"),
            (self.blocks_split, "split"),
            (self.blocks_joined, "joined"),
        ] {
            if n == 0 {
                continue;
            }
            let first = if noun_said { "then" } else { "paragraphs" };
            noun_said = true;
            parts.push(words.with(&format!("changes-{first}-{what}"), &[("n", n.into())]));
        }
        if self.formats_changed > 0 {
            parts.push(words.with("changes-formatting", &[("n", self.formats_changed.into())]));
        }
        if parts.is_empty() {
            return words.text(match self.is_unchanged() {
                true => "changes-none",
                false => "changes-symbols",
            });
        }
        parts.join(&words.text("list-separator"))
    }
}

impl std::ops::AddAssign for ChangeStats {
    fn add_assign(&mut self, other: ChangeStats) {
        self.words_added += other.words_added;
        self.words_cut += other.words_cut;
        self.blocks_added += other.blocks_added;
        self.blocks_removed += other.blocks_removed;
        self.blocks_rewritten += other.blocks_rewritten;
        self.blocks_edited += other.blocks_edited;
        self.blocks_restyled += other.blocks_restyled;
        self.blocks_split += other.blocks_split;
        self.blocks_joined += other.blocks_joined;
        self.blocks_moved += other.blocks_moved;
        self.formats_changed += other.formats_changed;
        self.blocks_repunctuated += other.blocks_repunctuated;
    }
}

/// A pair of versions of one block with its changes marked.
struct BlockEdit {
    /// The inline view: the new block's markup with cuts and additions marked in it.
    html: String,
    /// The old block alone with its cut text marked, for the side-by-side view.
    old_side: String,
    /// The new block alone with its added text marked, for the side-by-side view.
    new_side: String,
    /// What changed inside the block.
    stats: ChangeStats,
    /// How many separate changes were marked.
    changes: usize,
}

/// A rendered comparison of two drafts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChangeView {
    /// The inside of the inline change view (the element carrying `data-diff-from`/`-to` is the
    /// template's, so it can add its own classes).
    pub html: String,
    /// The inside of the side-by-side view: one row per changed block, the old draft on the
    /// left and the new on the right, with long unchanged stretches folded away.
    pub side_by_side: String,
    /// The counts behind the summary line.
    pub stats: ChangeStats,
    /// How many separate changes the view marks (for "change 3 of 7" navigation).
    pub changes: usize,
    /// For each block of the old draft, the block of the new draft it became (edited, moved or
    /// the same), or `None` when it was cut.
    pub new_of_old: Vec<Option<usize>>,
}

/// Put between the blocks a split block became while they are compared as one, to find where
/// they meet in the marked result.
const SPLIT_MARK: &str = "<!--redraft:split-->";

/// Compares two rendered drafts, labelling the changes in the language of `words`.
pub fn compare(old: &Rendered, new: &Rendered, words: &Catalog) -> ChangeView {
    compare_drafts(&Comparable::new(old), &Comparable::new(new), words)
}

/// A rendered draft ready to take part in comparisons: each block is cut into tokens the first
/// time a comparison needs it, and kept for the draft's other comparisons (a piece compares
/// each draft with the ones before and after it, and the first with the latest).
pub struct Comparable<'r> {
    rendered: &'r Rendered,
    /// For aligning the blocks: their layout keys and word bags.
    blocks: blocks::Blocks<'r>,
    tokens: Vec<OnceLock<words::Prepared<'r>>>,
}

impl<'r> Comparable<'r> {
    /// `rendered`, with none of its blocks cut yet.
    pub fn new(rendered: &'r Rendered) -> Comparable<'r> {
        Comparable {
            rendered,
            blocks: blocks::Blocks::new(&rendered.blocks),
            tokens: rendered.blocks.iter().map(|_| OnceLock::new()).collect(),
        }
    }

    /// Block `i`'s tokens.
    fn tokens(&self, i: usize) -> &words::Prepared<'r> {
        self.tokens[i].get_or_init(|| words::Prepared::of(&self.rendered.blocks[i].html))
    }
}

/// [`compare`], for drafts that keep their tokens between comparisons.
pub fn compare_drafts<'r>(
    old_draft: &Comparable<'r>,
    new_draft: &Comparable<'r>,
    words: &Catalog,
) -> ChangeView {
    compare_until(old_draft, new_draft, Instant::now() + DEADLINE, words)
}

/// [`compare_drafts`], searching for the best alignment until `deadline` and settling for a
/// coarser one after it.
fn compare_until<'r>(
    old_draft: &Comparable<'r>,
    new_draft: &Comparable<'r>,
    deadline: Instant,
    words: &Catalog,
) -> ChangeView {
    let said = Said::new(words);
    let (old, new) = (old_draft.rendered, new_draft.rendered);
    let alignment = blocks::align_with_moves(&old_draft.blocks, &new_draft.blocks, deadline);
    let mut new_of_old = vec![None; old.blocks.len()];
    for step in &alignment {
        if let Alignment::Same(o, n)
        | Alignment::Edited(o, n)
        | Alignment::MovedHere { old: o, new: n } = *step
        {
            new_of_old[o] = Some(n);
        }
    }
    let detail = if old.html.len().max(new.html.len()) > WORD_LEVEL_LIMIT {
        Detail::Paragraphs
    } else {
        Detail::Words
    };
    let mut view = ViewBuilder {
        detail,
        out: String::with_capacity(old.html.len() + new.html.len()),
        rows: Vec::with_capacity(alignment.len()),
        stats: ChangeStats::default(),
        changes: 0,
        moves: HashMap::new(),
        in_whole_run: false,
        said: &said,
    };
    for step in alignment {
        view.step(step, [old_draft, new_draft], deadline);
    }
    ChangeView {
        // Both drafts, and room for the rows' markup.
        side_by_side: side_by_side::render(
            &view.rows,
            old.html.len() + new.html.len() + 4096,
            &said,
        ),
        html: view.out,
        stats: view.stats,
        changes: view.changes,
        new_of_old,
    }
}

/// Builds both views block by block.
struct ViewBuilder<'a, 's> {
    detail: Detail,
    out: String,
    rows: Vec<Row<'a>>,
    stats: ChangeStats,
    changes: usize,
    /// The change number of each move, given by whichever half comes first.
    moves: HashMap<usize, usize>,
    /// Whether the last step was a whole block added or removed: a run of them is one change.
    in_whole_run: bool,
    said: &'s Said<'s>,
}

impl<'a> ViewBuilder<'a, '_> {
    fn step(&mut self, step: Alignment, drafts: [&Comparable<'a>; 2], deadline: Instant) {
        let (old, new) = (&drafts[0].rendered.blocks, &drafts[1].rendered.blocks);
        // The word diff of a pair of blocks, when the comparison looks that closely.
        let detail = self.detail;
        let said = self.said;
        let context = words::Context {
            deadline,
            new_draft: Some(&drafts[1].blocks),
            said,
        };
        let word_diff = |o: usize, n: usize, ids_from: Option<usize>| {
            let tokens = [Some(drafts[0].tokens(o)), Some(drafts[1].tokens(n))];
            match detail {
                Detail::Words => nested::diff_pair(&old[o], &new[n], tokens, ids_from, context),
                Detail::Paragraphs => None,
            }
        };
        let whole = matches!(step, Alignment::Removed(_) | Alignment::Added(_));
        let continues_run = whole && self.in_whole_run;
        self.in_whole_run = whole;
        match step {
            Alignment::Same(_, n) => {
                self.out.push_str(&new[n].html);
                self.out.push('\n');
                self.rows.push(Row::Same(&new[n].html));
            }
            Alignment::Removed(o) => {
                let number = self.next_change(!continues_run);
                self.stats.blocks_removed += 1;
                self.stats.words_cut += count_words(&old[o].text);
                let text = said.html("diff-removed", &[]);
                let html = markup::whole_block(&old[o].html, Side::Old, number, &text, said);
                self.out.push_str(&html);
                self.rows.push(Row::Removed(&old[o].html));
            }
            Alignment::Added(n) => {
                let number = self.next_change(!continues_run);
                self.stats.blocks_added += 1;
                self.stats.words_added += count_words(&new[n].text);
                let text = said.html("diff-added-block", &[]);
                let html = markup::whole_block(&new[n].html, Side::New, number, &text, said);
                self.out.push_str(&html);
                self.rows.push(Row::Added(&new[n].html));
            }
            Alignment::Edited(o, n) if old[o].tag != new[n].tag => {
                // Restyled: the change of kind is one change, the word edits inside it follow.
                let number = self.next_change(true);
                match word_diff(o, n, Some(self.changes)) {
                    Some(edit) => {
                        self.stats.blocks_restyled += 1;
                        self.stats += edit.stats;
                        self.changes += edit.changes;
                        let (from, to) = (old[o].tag.as_str(), new[n].tag.as_str());
                        self.out
                            .push_str(&markup::restyled(number, [from, to], &edit.html, said));
                        self.rows.push(Row::Reshaped {
                            kind: "restyled",
                            old: edit.old_side,
                            new: edit.new_side,
                            label: markup::restyle_label(from, to, said),
                        });
                    }
                    None => self.rewritten(old, new, o, n, number),
                }
            }
            Alignment::Edited(o, n) => match word_diff(o, n, Some(self.changes)) {
                Some(edit) => {
                    self.stats.blocks_edited += 1;
                    self.stats += edit.stats;
                    self.changes += edit.changes;
                    self.out.push_str(&edit.html);
                    self.out.push('\n');
                    self.rows.push(Row::Edited {
                        old: edit.old_side,
                        new: edit.new_side,
                    });
                }
                None => {
                    let number = self.next_change(true);
                    self.rewritten(old, new, o, n, number);
                }
            },
            Alignment::Split {
                old: o,
                new: (start, end),
            } => self.regrouped(Regroup::Split, o..o + 1, start..end, drafts, deadline),
            Alignment::Joined {
                old: (start, end),
                new: n,
            } => self.regrouped(Regroup::Joined, start..end, n..n + 1, drafts, deadline),
            Alignment::MovedAway { old: o, new: _ } => {
                let (number, first) = self.move_number(o);
                let whither = if first { Way::Down } else { Way::Up };
                self.out
                    .push_str(&markup::moved_away(number, whither, &old[o].html, said));
                self.rows.push(Row::MovedAway {
                    old: &old[o].html,
                    to: number,
                    whither,
                });
            }
            Alignment::MovedHere { old: o, new: n } => {
                let (number, first) = self.move_number(o);
                let whence = if first { Way::Down } else { Way::Up };
                self.stats.blocks_moved += 1;
                let (from, to) = (old[o].tag.as_str(), new[n].tag.as_str());
                let (inner, new_side) = match word_diff(o, n, None) {
                    // Moved and restyled (a quote moved into an aside): both are said.
                    Some(edit) if from != to => {
                        self.stats.blocks_restyled += 1;
                        self.stats += edit.stats;
                        (
                            markup::restyled(None, [from, to], &edit.html, said),
                            edit.new_side,
                        )
                    }
                    Some(edit) => {
                        self.stats += edit.stats;
                        (edit.html, edit.new_side)
                    }
                    // Too different to mark word by word: the ghost still carries the old text.
                    None => (new[n].html.clone(), new[n].html.clone()),
                };
                self.out
                    .push_str(&markup::moved_here(number, whence, &inner, said));
                self.rows.push(Row::MovedHere {
                    new: new_side,
                    from: number,
                    whence,
                });
            }
        }
    }

    /// Blocks split or joined (`olds` became `news`, one side being one block): compared as
    /// one block, shown as the new draft's blocks with the word changes marked and a quiet
    /// marker where a split block now breaks. Too different to mark word by word, they are
    /// shown removed and added.
    fn regrouped(
        &mut self,
        how: Regroup,
        olds: Range<usize>,
        news: Range<usize>,
        drafts: [&Comparable<'a>; 2],
        deadline: Instant,
    ) {
        let (old, new) = (&drafts[0].rendered.blocks, &drafts[1].rendered.blocks);
        let whole = match how {
            Regroup::Split => &old[olds.start],
            Regroup::Joined => &new[news.start],
        };
        // The parts are the blocks of the whole's kind; a heading among them came with them.
        let parts = match how {
            Regroup::Split => &new[news.clone()],
            Regroup::Joined => &old[olds.clone()],
        };
        let parts = parts.iter().filter(|b| b.tag == whole.tag).count();
        // Where the new blocks meet, a mark the word diff keeps (it follows the new markup),
        // unless the writer's own HTML holds the same comment.
        let mark = (!new[news.clone()]
            .iter()
            .any(|b| b.html.contains(SPLIT_MARK)))
        .then_some(SPLIT_MARK);
        let (old_block, new_block) = (
            Block::joined(&old[olds.clone()], None),
            Block::joined(&new[news.clone()], mark),
        );
        // The marks inside are numbered after the regrouping's own number.
        let edit = match self.detail {
            Detail::Words => words::diff_block(
                &old_block,
                &new_block,
                [None, None],
                Some(self.changes + 1),
                words::Context {
                    deadline,
                    new_draft: Some(&drafts[1].blocks),
                    said: self.said,
                },
            ),
            Detail::Paragraphs => None,
        };
        let Some(edit) = edit else {
            self.in_whole_run = false;
            for o in olds {
                self.step(Alignment::Removed(o), drafts, deadline);
            }
            for n in news {
                self.step(Alignment::Added(n), drafts, deadline);
            }
            return;
        };
        let number = self.next_change(true);
        match how {
            Regroup::Split => self.stats.blocks_split += 1,
            Regroup::Joined => self.stats.blocks_joined += 1,
        }
        self.stats += edit.stats;
        self.changes += edit.changes;
        let said = self.said;
        let inline = edit.html.replace(SPLIT_MARK, &said.split_here);
        self.out.push_str(&markup::regrouped(
            how, number, &whole.tag, parts, &inline, said,
        ));
        self.rows.push(Row::Reshaped {
            kind: how.name(),
            old: edit.old_side,
            new: edit.new_side.replace(SPLIT_MARK, &said.split_here),
            label: how.label(&whole.tag, parts, said),
        });
    }

    /// Block `o` of `old` rewritten into block `n` of `new`: shown whole, before then after,
    /// as change `number`.
    fn rewritten(
        &mut self,
        old: &'a [Block],
        new: &'a [Block],
        o: usize,
        n: usize,
        number: Option<usize>,
    ) {
        self.stats.blocks_rewritten += 1;
        self.stats.words_cut += count_words(&old[o].text);
        self.stats.words_added += count_words(&new[n].text);
        let said = self.said;
        let before = said.html("diff-rewritten-before", &[]);
        let after = said.html("diff-rewritten-after", &[]);
        self.out.push_str(&markup::whole_block(
            &old[o].html,
            Side::Old,
            number,
            &before,
            said,
        ));
        self.out.push_str(&markup::whole_block(
            &new[n].html,
            Side::New,
            None,
            &after,
            said,
        ));
        self.rows.push(Row::Rewritten {
            old: &old[o].html,
            new: &new[n].html,
        });
    }

    /// Numbers a new change if `starts`; otherwise the step continues the change before it.
    fn next_change(&mut self, starts: bool) -> Option<usize> {
        starts.then(|| {
            self.changes += 1;
            self.changes
        })
    }

    /// The change number of the move of old block `o`, and whether this is its first half.
    fn move_number(&mut self, o: usize) -> (usize, bool) {
        if let Some(number) = self.moves.get(&o) {
            return (*number, false);
        }
        self.changes += 1;
        self.moves.insert(o, self.changes);
        (self.changes, true)
    }
}

/// The anchor id of change number `n`, for previous/next links.
pub fn change_id(n: usize) -> String {
    format!("change-{n}")
}

#[cfg(test)]
mod tests;

/// One of the two drafts a change view compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The earlier draft: reading it drops `<ins>` and `data-side="new"`.
    Old,
    /// The later draft: reading it drops `<del>` and `data-side="old"`.
    New,
}

/// Reads one draft's text back out of a change view's HTML, following the round-trip rule of
/// the diff contract: labels and notes are dropped, and so is the other side's text.
/// Whitespace is collapsed.
pub fn read_side(view_html: &str, side: Side) -> String {
    side_text(view_html, side)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `view_html` reads back as `old` on the old side and `new` on the new (whitespace
/// aside): [`read_side`] of both sides in one pass, without joining the words again.
fn reads_back(view_html: &str, old: &str, new: &str) -> bool {
    let mut readers = [Side::Old, Side::New].map(|side| SideReader::new(side, view_html.len()));
    for token in crate::html::tokenize(view_html) {
        for reader in &mut readers {
            reader.read(&token);
        }
    }
    let [old_side, new_side] = readers;
    crate::text::same_words(&old_side.text, old) && crate::text::same_words(&new_side.text, new)
}

/// One side's text of a change view, whitespace as it comes.
fn side_text(view_html: &str, side: Side) -> String {
    let mut reader = SideReader::new(side, view_html.len());
    for token in crate::html::tokenize(view_html) {
        reader.read(&token);
    }
    reader.text
}

/// Reads one side's text out of a change view's tokens.
struct SideReader {
    /// The tag the other side's text is in (`ins` when reading the old side).
    skip_tag: &'static str,
    /// The other side's `data-side` value.
    skip_side: &'static str,
    /// The depth at which a skipped element started.
    skipping: Option<usize>,
    depth: usize,
    text: String,
}

impl SideReader {
    /// A reader of `side` of a view of `len` bytes.
    fn new(side: Side, len: usize) -> SideReader {
        let (skip_tag, skip_side) = match side {
            Side::Old => ("ins", "new"),
            Side::New => ("del", "old"),
        };
        SideReader {
            skip_tag,
            skip_side,
            skipping: None,
            depth: 0,
            text: String::with_capacity(len),
        }
    }

    fn read(&mut self, token: &crate::html::Token<'_>) {
        use crate::html::{Token, attribute, is_inline};
        // Tags separate words only where their side is being read.
        match *token {
            Token::Open(name, raw) => {
                if self.skipping.is_none() && !is_inline(name) {
                    self.text.push(' ');
                }
                self.depth += 1;
                // Every attribute that matters starts `data-`: most tags have none.
                let skip = name == self.skip_tag
                    || (raw.contains("data-")
                        && (attribute(raw, "data-side") == Some(self.skip_side)
                            || attribute(raw, "data-diff-label").is_some()
                            || attribute(raw, "data-note").is_some()));
                if self.skipping.is_none() && skip {
                    self.skipping = Some(self.depth);
                }
            }
            Token::Close(name, _) => {
                if self.skipping == Some(self.depth) {
                    self.skipping = None;
                }
                self.depth = self.depth.saturating_sub(1);
                if self.skipping.is_none() && !is_inline(name) {
                    self.text.push(' ');
                }
            }
            Token::Void(name, _) if self.skipping.is_none() && !is_inline(name) => {
                self.text.push(' ');
            }
            Token::Text(t) if self.skipping.is_none() => {
                self.text.push_str(&crate::html::unescape(t));
            }
            _ => {}
        }
    }
}
