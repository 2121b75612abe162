//! One piece: its drafts read, numbered, given the defaults above them and put in order, and
//! the other files in its folder.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::front_matter::{self, FrontMatter, Key, Parsed, Source};
use super::generators;
use super::live::FileCache;
use super::placeholder;
use super::walk::url_path;
use super::{Asset, DEFAULTS_FILE, Draft, PIECE_FILE, Piece, is_draft};
use crate::diagnostic::{Diagnostic, shown_path};
use crate::fence;

/// A draft file as read, before the defaults cascade.
#[derive(Debug, Clone)]
pub(super) struct DraftSource {
    /// The front matter as read, with its problems: kept whole, since which unknown keys are
    /// reported depends on the settings, and a cached draft outlives them.
    pub(super) parsed: Parsed,
    pub(super) body: Arc<str>,
    pub(super) body_line: usize,
}

/// The number a file name starts with: `01-notes.md` is 1, `10_final.md` is 10. A date
/// (`2026-03-12-post.md`, as Jekyll names posts) is no number.
pub(super) fn leading_number(file: &Path) -> Option<u32> {
    if generators::date_in_file_name(file).is_some() {
        return None;
    }
    let name = file.file_name()?.to_string_lossy();
    let digits: String = name.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// The cascade for a piece folder: `piece.yaml`, then `_defaults.yaml` from the folder upward.
fn cascade_for(
    dir: &Path,
    pieces_dir: &Path,
    defaults: &HashMap<PathBuf, FrontMatter>,
) -> FrontMatter {
    let mut merged = defaults
        .get(&dir.join(PIECE_FILE))
        .cloned()
        .unwrap_or_default();
    for ancestor in dir.ancestors() {
        if let Some(layer) = defaults.get(&ancestor.join(DEFAULTS_FILE)) {
            merged = merged.or(layer);
        }
        if ancestor == pieces_dir {
            break;
        }
    }
    merged
}

pub(super) fn load_piece(
    pieces_dir: &Path,
    dir: &Path,
    path: String,
    tree: &BTreeMap<PathBuf, Vec<PathBuf>>,
    defaults: &HashMap<PathBuf, FrontMatter>,
    cache: Option<&FileCache>,
    ignored_keys: &[String],
) -> (Option<Piece>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let cascade = cascade_for(dir, pieces_dir, defaults);
    let files = tree.get(dir).map(Vec::as_slice).unwrap_or_default();
    let draft_files: Vec<&PathBuf> = files.iter().filter(|f| is_draft(f)).collect();
    // Drafts named only by their dates (`2026-03-01-sleep.md`, `2026-03-08-sleep.md`) go in
    // the order of their dates.
    let mut dated: Vec<&PathBuf> = draft_files.clone();
    dated.retain(|f| generators::date_in_file_name(f).is_some());
    dated.sort_by_key(|f| generators::date_in_file_name(f));
    let all_dated = dated.len() == draft_files.len();
    let mut drafts = Vec::with_capacity(draft_files.len());
    for file in &draft_files {
        let source = match cache {
            Some(cache) => cache.read(file),
            None => Arc::new(read_draft(file)),
        };
        let source = match source.as_ref() {
            Ok(s) => s,
            Err(d) => {
                diagnostics.push(d.clone());
                continue;
            }
        };
        let mut meta = source.parsed.meta.clone();
        diagnostics.extend(source.parsed.problems(ignored_keys));
        if meta.date.is_none() {
            meta.date = generators::date_in_file_name(file);
        }
        let by_date = || {
            let at = dated.iter().position(|f| f == file)?;
            all_dated.then(|| u32::try_from(at + 1).ok()).flatten()
        };
        let number = meta
            .draft
            .or_else(|| leading_number(file))
            .or((draft_files.len() == 1).then_some(1))
            .or_else(by_date);
        let Some(number) = number else {
            diagnostics.push(
                Diagnostic::error(*file, "this draft has no number, so redraft cannot tell where it goes")
                    .with_help("start the file name with its number, like `02-revision.md`, or add `draft: 2` to its front matter"),
            );
            continue;
        };
        drafts.push(Draft {
            number,
            file: (*file).clone(),
            meta,
            body: source.body.clone(),
            body_line: source.body_line,
        });
    }
    drafts.sort_by_key(|d| d.number);
    // A draft's own details, then those its earlier drafts set, then the defaults files'.
    let mut carried = FrontMatter::default();
    for draft in &mut drafts {
        carried = std::mem::take(&mut draft.meta).carry_from(&carried);
        draft.meta = carried.clone().or(&cascade);
    }
    for pair in drafts.windows(2) {
        // A copy `redraft new --draft` made and no one revised yet: published, it is a step
        // in the journey where nothing happened.
        if pair[0].number != pair[1].number && pair[0].body.trim() == pair[1].body.trim() {
            diagnostics.push(
                Diagnostic::warning(&pair[1].file, format!("this draft's text is the same as draft {}'s", pair[0].number))
                    .at_line(pair[1].body_line)
                    .with_help("revise it before you publish it, or give it `visibility: private` until you have; a draft that only adds feedback or a reflection belongs in the earlier draft's front matter"),
            );
        }
        // Drafts are shown by number; a date before the previous draft's is most likely a
        // typo in one or the other, and the journey would read as if time ran backwards.
        if let (Some(before), Some(date)) = (pair[0].meta.date, pair[1].meta.date)
            && pair[0].number != pair[1].number
            && date < before
        {
            let d = Diagnostic::warning(&pair[1].file, format!("this draft is dated {date}, before draft {} ({before})", pair[0].number))
                .with_help("check the two dates, or the drafts' numbers: drafts are shown in the order of their numbers");
            diagnostics.push(match pair[1].meta.lines.of(Key::Date) {
                Some(line) => d.at_line(line),
                None => d,
            });
        }
        if pair[0].number == pair[1].number {
            let d = Diagnostic::error(&pair[1].file, format!("two drafts are both number {}: this one and {}", pair[0].number, shown_path(&pair[0].file)))
                .with_help("give each draft its own number, in the file name or with `draft:` in the front matter");
            diagnostics.push(match pair[1].meta.lines.of(Key::Draft) {
                Some(line) => d.at_line(line),
                None => d,
            });
        }
    }
    let assets = collect_piece_assets(dir, &path, tree);
    // A piece with errors is still returned, so that a build that fails can look for the rest
    // of its problems in one run; the load as a whole fails on them.
    if drafts.is_empty() {
        return (None, diagnostics);
    }
    (
        Some(Piece {
            path,
            folder: dir.to_path_buf(),
            drafts,
            assets,
            from_git: false,
        }),
        diagnostics,
    )
}

/// Reads and parses one draft file, before the defaults cascade.
pub(super) fn read_draft(file: &Path) -> Result<DraftSource, Diagnostic> {
    let text = fence::read_text(file)?;
    let split = front_matter::split(file, &text)?;
    let mut parsed = match split.yaml {
        Some(text) => front_matter::read(file, text, split.syntax, 1, Source::Draft),
        None => Parsed::default(),
    };
    let placeholders = placeholder::warnings(file, &parsed.meta, split.body, split.body_line);
    parsed.diagnostics.extend(placeholders);
    Ok(DraftSource {
        parsed,
        body: Arc::from(split.body),
        body_line: split.body_line,
    })
}

/// Non-draft files in a piece folder and its sub-folders, to be copied next to its pages.
fn collect_piece_assets(
    dir: &Path,
    path: &str,
    tree: &BTreeMap<PathBuf, Vec<PathBuf>>,
) -> Vec<Asset> {
    tree.range(dir.to_path_buf()..)
        .take_while(|(d, _)| d.starts_with(dir))
        .flat_map(|(_, files)| files)
        .filter(|f| {
            !is_draft(f)
                && f.file_name()
                    .is_none_or(|n| n != PIECE_FILE && n != DEFAULTS_FILE)
        })
        .filter_map(|f| {
            let rel = f.strip_prefix(dir).ok()?;
            Some(Asset {
                source: f.clone(),
                target: format!("{path}/{}", url_path(rel)),
            })
        })
        .collect()
}
