//! Who the writers are, and how each is named on the site.
//!
//! A writer is who their `author:` value says (spaces and capitals aside), never the name as
//! shown: under `names: initials` Jordan Alvarez and Jamie Anderson are both "J. A.", and must
//! still get a page each. When a style would show two writers alike, both are shown with more
//! letters of each shortened word ("Jo. Al.", "Ja. An."), their addresses follow, and `check`
//! warns so the teacher can choose otherwise.
//!
//! Each writer's names follow the most private style among their pieces (`names:` in
//! `redraft.yaml`, overridden per folder in `_defaults.yaml` or per piece), and the same name
//! given as a feedback author is shown the same way, so a teacher shown in full is shown in
//! full wherever her name appears.

use std::collections::BTreeMap;

use crate::content::Piece;
use crate::content::front_matter::{FeedbackRole, Key};
use crate::diagnostic::Diagnostic;
use crate::fields::Choice;
use crate::settings::{NameStyle, Settings};
use crate::site::privacy::name_slug;

/// The writers of a site and how each is shown.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Names {
    /// By [`writer_key`].
    writers: BTreeMap<String, Writer>,
    /// The site's style, for names that belong to no writer.
    style: NameStyle,
    /// Writers a style would have shown alike.
    warnings: Vec<Diagnostic>,
}

/// One writer.
#[derive(Debug, Clone, PartialEq)]
struct Writer {
    /// The name as first written.
    spelled: String,
    /// The most private style among their pieces.
    style: NameStyle,
    /// Letters added to each shortened word to tell them from another writer.
    extra: usize,
    /// How they are shown, if at all.
    shown: Option<String>,
    /// Where their name is first written, for warnings.
    file: std::path::PathBuf,
    line: Option<usize>,
}

/// Who a name stands for: the name with spaces collapsed and capitals folded.
pub fn writer_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A feedback author that is a group of people ("Period 3", `role: group`), whose name is
/// never shortened: it names no one.
pub fn is_group(name: &str, role: Option<FeedbackRole>) -> bool {
    role == Some(FeedbackRole::Group) || name.chars().any(|c| c.is_ascii_digit())
}

impl Names {
    /// The writers of the published `pieces` (each by its latest published draft's
    /// `author:`), each given a shown name no other writer has.
    pub fn new(settings: &Settings, pieces: &[Piece]) -> Names {
        let mut writers: BTreeMap<String, Writer> = BTreeMap::new();
        for piece in pieces {
            let Some(latest) = piece.drafts.iter().rev().find(|d| !d.is_private()) else {
                continue;
            };
            let Some(author) = latest.meta.author.as_deref() else {
                continue;
            };
            let style = latest.meta.names.unwrap_or(settings.names);
            // The draft that wrote the name, for warnings: later drafts carry it.
            let named = piece
                .drafts
                .iter()
                .rev()
                .find(|d| d.meta.lines.of(Key::Author).is_some())
                .unwrap_or(latest);
            let writer = writers.entry(writer_key(author)).or_insert_with(|| Writer {
                spelled: author.to_string(),
                style,
                extra: 0,
                shown: None,
                file: named.file.clone(),
                line: named.meta.lines.of(Key::Author),
            });
            if style.privacy() > writer.style.privacy() {
                writer.style = style;
            }
        }
        let warnings = tell_apart(&mut writers);
        Names {
            writers,
            style: settings.names,
            warnings,
        }
    }

    /// The writer `author` as shown, if shown at all.
    pub fn writer(&self, author: &str) -> Option<&str> {
        self.writers.get(&writer_key(author))?.shown.as_deref()
    }

    /// How `author`'s name is shortened in addresses: their style and the letters added to
    /// tell them apart; `style` (the piece's) for a name that is no writer's.
    pub fn shortening(&self, author: &str, style: NameStyle) -> (NameStyle, usize) {
        self.writers
            .get(&writer_key(author))
            .map_or((style, 0), |w| (w.style, w.extra))
    }

    /// A person's name as shown where `style` applies: a writer's as they are shown
    /// everywhere, a group's whole, anyone else's in `style`.
    pub fn person(
        &self,
        name: &str,
        role: Option<FeedbackRole>,
        style: NameStyle,
    ) -> Option<String> {
        if let Some(writer) = self.writers.get(&writer_key(name)) {
            return writer.shown.clone();
        }
        if is_group(name, role) && style != NameStyle::Hidden {
            return Some(name.split_whitespace().collect::<Vec<_>>().join(" "));
        }
        style.show(name)
    }

    /// A person's name in the site's own style (the site's owner, say).
    pub fn site_person(&self, name: &str) -> Option<String> {
        self.person(name, None, self.style)
    }

    /// Writers whose names a style would have shown alike, one warning for each group.
    pub fn warnings(&self) -> &[Diagnostic] {
        &self.warnings
    }
}

/// Gives each writer a shown name no other writer's page would share (by its address), adding
/// letters to the shortened words of those who clash; returns a warning for each clash.
fn tell_apart(writers: &mut BTreeMap<String, Writer>) -> Vec<Diagnostic> {
    for writer in writers.values_mut() {
        writer.shown = writer.style.show(&writer.spelled);
    }
    let mut warnings = Vec::new();
    for group in clashes(writers) {
        let first = writers[&group[0]].clone();
        let alike = first.shown.clone().unwrap_or_default();
        let mut extra = 0;
        // More letters until the group is told apart, or no name has any left to give.
        loop {
            extra += 1;
            let longer: Vec<Option<String>> = group
                .iter()
                .map(|k| writers[k].style.show_longer(&writers[k].spelled, extra))
                .collect();
            let before: Vec<Option<String>> = group
                .iter()
                .map(|k| writers[k].style.show_longer(&writers[k].spelled, extra - 1))
                .collect();
            for (key, shown) in group.iter().zip(&longer) {
                if let Some(w) = writers.get_mut(key) {
                    w.shown = shown.clone();
                    w.extra = extra;
                }
            }
            let slugs: Vec<String> = longer.iter().flatten().map(|s| name_slug(s)).collect();
            let distinct = slugs.iter().collect::<std::collections::HashSet<_>>().len();
            if distinct == slugs.len() || longer == before {
                break;
            }
        }
        let mut names: Vec<String> = group.iter().map(|k| writers[k].spelled.clone()).collect();
        let shown: Vec<String> = group
            .iter()
            .map(|k| format!("\"{}\"", writers[k].shown.clone().unwrap_or_default()))
            .collect();
        let last = names.pop().unwrap_or_default();
        let d = Diagnostic::warning(
            &first.file,
            format!(
                "`names: {}` shows {} and {last} alike, as \"{alike}\", so they are shown as {}",
                first.style.word(),
                names.join(", "),
                shown.join(" and ")
            ),
        )
        .with_help("to choose how they are shown, add a middle initial to one `author:`, or set `names:` for one writer's folder in `_defaults.yaml`");
        warnings.push(match first.line {
            Some(line) => d.at_line(line),
            None => d,
        });
    }
    // Names that no number of letters tells apart (the same name written two ways) are
    // numbered, in the order of their keys.
    for group in clashes(writers) {
        for (n, key) in group.iter().enumerate().skip(1) {
            if let Some(w) = writers.get_mut(key)
                && let Some(shown) = &mut w.shown
            {
                shown.push_str(&format!(" ({})", n + 1));
            }
        }
    }
    warnings
}

/// Groups of writers (by key, in key order) whose shown names make the same address.
fn clashes(writers: &BTreeMap<String, Writer>) -> Vec<Vec<String>> {
    let mut by_slug: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (key, writer) in writers {
        if let Some(shown) = &writer.shown {
            by_slug
                .entry(name_slug(shown))
                .or_default()
                .push(key.clone());
        }
    }
    by_slug.into_values().filter(|g| g.len() > 1).collect()
}
