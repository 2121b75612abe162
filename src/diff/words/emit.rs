//! Writing a block's markup with its marks: the inline view (both sides, cut text placed
//! where it stood) and each side-by-side column.

use std::borrow::Cow;

use super::formats::FormatChange;
use super::marking::{INLINE_VOID, Mark, Marked};
use super::tokens::{Tok, blank, separates_words, text_html};
use crate::diff::markup::{self, Said};
use crate::diff::{Side, change_id};
use crate::html;
use crate::i18n::Arg;

/// What the last text written was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Plain,
    Cut,
    Added,
    Format(usize),
}

/// The element open around the text being written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Open {
    None,
    /// `<ins>` or `<del>`.
    Mark,
    /// A formatting change's `<span>`.
    Format,
}

/// Which view of a pair of blocks is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum View {
    /// The inline view: the new block's markup with both sides' changes in it. Numbering of
    /// changes continues from `ids_from`; `None` writes no ids.
    Inline { ids_from: Option<usize> },
    /// One side's column of the side-by-side view, with that side's changes only.
    Column(Side),
}

/// Writes one block's markup with its marks.
pub(super) struct Emitter<'m> {
    marked: &'m Marked,
    said: &'m Said<'m>,
    view: View,
    /// The side whose markup is written: the new one in the inline view.
    side: Side,
    pub(super) out: String,
    open: Open,
    /// Changed spaces, line breaks and images that would start a mark, held for the mark's
    /// first word so that they go inside it, after its number and label; [`Emitter::close`]
    /// writes them as a mark of their own when no word comes.
    held: String,
    /// Whether the last thing written continues a change (only spaces since).
    last_was_change: bool,
    last_kind: Kind,
    /// The last formatting change labelled, while only changed text has come since: text cut
    /// or added inside an italic phrase does not make the phrase's rest a second change.
    labelled_format: Option<usize>,
    /// Open `<a>` elements around the current position.
    link_depth: usize,
    pub(super) changes: usize,
    pub(super) formats: usize,
}

impl<'m> Emitter<'m> {
    pub(super) fn new(
        marked: &'m Marked,
        view: View,
        html_len: usize,
        said: &'m Said<'m>,
    ) -> Emitter<'m> {
        Emitter {
            marked,
            said,
            view,
            side: match view {
                View::Inline { .. } => Side::New,
                View::Column(side) => side,
            },
            // The block's own HTML, and room for the marks.
            out: String::with_capacity(html_len + 256),
            open: Open::None,
            held: String::new(),
            last_was_change: false,
            last_kind: Kind::Plain,
            labelled_format: None,
            link_depth: 0,
            changes: 0,
            formats: 0,
        }
    }

    /// The mark element for changed text on this side, and its label.
    fn mark(&self) -> (&'static str, &'m str, Kind) {
        match self.side {
            Side::Old => ("del", &self.said.cut, Kind::Cut),
            Side::New => ("ins", &self.said.added, Kind::Added),
        }
    }

    /// Writes `tokens` marked with `marks`; `gaps` (the inline view only) holds cut text to
    /// place before each token. `allowed[g]` says whether text may stand before token `g`.
    pub(super) fn run(
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
                        // Punctuation between two pieces restyled alike ("`0`, `1`, `2`")
                        // leaves them one change under one label.
                        if text.chars().any(char::is_alphanumeric) {
                            self.labelled_format = None;
                        }
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
                    if separates_words(name) {
                        self.labelled_format = None;
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
            // Whitespace: invisible when cut, but it still separates the old draft's words,
            // unless a block's edge just before it does that already.
            if after_block_edge(&self.out) {
                return;
            }
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
            self.out.push_str(&self.said.cut);
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
            let starts =
                self.last_kind != Kind::Format(label) && self.labelled_format != Some(label);
            let id = if starts {
                self.formats += 1;
                self.start_change()
            } else {
                String::new()
            };
            match &self.marked.labels[label] {
                FormatChange::Described(what) => {
                    self.out
                        .push_str(&format!("<span class=\"diff-format\"{id}>"));
                    if starts {
                        let text =
                            format!("{}{}", self.said.ended(&html::escape(what)), self.said.gap);
                        self.out
                            .push_str(&markup::label(Some("diff-label--format"), &text));
                    }
                }
                FormatChange::Address { from, to } => {
                    self.out.push_str(&format!(
                        "<span class=\"diff-address\" data-link-from=\"{from}\" data-link-to=\"{to}\"{id}>"
                    ));
                    if starts {
                        let id = match (from.is_empty(), to.is_empty()) {
                            (true, _) => "diff-address-added-html",
                            (false, true) => "diff-address-removed-html",
                            _ => "diff-address-changed-html",
                        };
                        let args = [
                            ("from", Arg::from(from.as_str())),
                            ("to", Arg::from(to.as_str())),
                        ];
                        let text = format!(
                            "{}{}",
                            self.said.ended(&self.said.html(id, &args)),
                            self.said.gap
                        );
                        self.out
                            .push_str(&markup::label(Some("diff-label--address"), &text));
                    }
                }
            }
            self.open = Open::Format;
            self.last_kind = Kind::Format(label);
            self.labelled_format = Some(label);
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
        let args = [
            ("old", Arg::from(typo.old_word())),
            ("new", Arg::from(typo.new_word())),
        ];
        let said = format!(
            "{}{}",
            self.said.ended(&self.said.html("diff-typo", &args)),
            self.said.gap
        );
        self.out.push_str(&format!(
            "<span class=\"diff-typo\"{id}>{}<span aria-hidden=\"true\">{}",
            markup::label(None, &said),
            html::escape(&typo.before),
        ));
        // The side-by-side columns show one side's letters each; the inline view shows both.
        let inline = matches!(self.view, View::Inline { .. });
        if !typo.cut.is_empty() && (inline || self.side == Side::Old) {
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
        let View::Inline {
            ids_from: Some(before),
        } = self.view
        else {
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

/// Moves deleted text out of gaps where text is not allowed. Fails (so the block is shown as
/// rewritten) only when no element around the gap takes text.
/// `allowed` says, for each gap, whether text may stand there.
pub(super) fn relocate_deletions(
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

/// Whether `html` is empty or ends, past whitespace, with a tag that separates words (`</p>`,
/// `<li>`): text that follows it is a new word whatever whitespace stood between.
fn after_block_edge(html: &str) -> bool {
    let trimmed = html.trim_end();
    let Some(tag) = trimmed.strip_suffix('>').and_then(|t| t.rsplit_once('<')) else {
        return trimmed.is_empty();
    };
    let name: String = tag
        .1
        .trim_start_matches('/')
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    separates_words(&name.to_ascii_lowercase())
}
