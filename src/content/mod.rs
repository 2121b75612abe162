//! Loading a portfolio folder into a [`Portfolio`]: settings, pieces, drafts in order, the
//! `_defaults.yaml` cascade and the files to copy.
//!
//! Every problem in every file is collected before giving up, so a writer fixes a whole class's
//! front matter in one pass instead of one file per build.

mod fences;
pub mod front_matter;
pub mod generators;
pub mod history;
mod live;
mod piece;
pub mod placeholder;
mod scan;
mod walk;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diagnostic::{Diagnostic, Problems};
use crate::settings::{Settings, Trust};
use front_matter::{FrontMatter, Visibility};
pub use live::LiveLoad;
use scan::Scan;
pub use walk::is_ignored;

/// The folder of pieces inside a portfolio.
pub const PIECES_DIR: &str = "pieces";
/// The folder copied to the site root as is.
pub const STATIC_DIR: &str = "static";
/// The writer's own stylesheet, in [`STATIC_DIR`]: published at the site root like every static
/// file, and loaded on every page after the theme's, so that its rules win. One small file of
/// the writer's own changes the look without copying the theme's whole stylesheet.
pub const CUSTOM_CSS: &str = "custom.css";
/// The folder of template overrides.
pub const TEMPLATES_DIR: &str = "templates";
/// Front-matter defaults for every draft below the folder that holds it.
pub const DEFAULTS_FILE: &str = "_defaults.yaml";
/// Settings for every draft of one piece.
pub const PIECE_FILE: &str = "piece.yaml";
/// A whole portfolio as read from disk: source data only, nothing rendered yet.
#[derive(Debug, Clone)]
pub struct Portfolio {
    /// The portfolio folder.
    pub root: PathBuf,
    /// `redraft.yaml`.
    pub settings: Settings,
    /// Every piece, in folder order.
    pub pieces: Vec<Piece>,
    /// Files from `static/`, copied to the site root.
    pub static_files: Vec<Asset>,
    /// The templates the portfolio overrides, from its `templates/` folder.
    pub templates: Vec<Template>,
    /// The portfolio's own translations, from its `i18n/` folder.
    pub translations: Vec<crate::i18n::TranslationFile>,
}

/// A template the portfolio overrides, read from its `templates/` folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    /// Its name: its path below `templates/`, with `/` separators (`piece.html`).
    pub name: String,
    /// The file it was read from.
    pub file: PathBuf,
    /// Its text.
    pub text: String,
}

/// A piece of writing: a folder of drafts.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// The URL path below the site root, slugs joined by `/` (`ms-lee/model-essay`).
    pub path: String,
    /// The folder it was read from.
    pub folder: PathBuf,
    /// Drafts in order, first to latest. Never empty.
    pub drafts: Vec<Draft>,
    /// Other files in the folder, copied next to the piece's pages.
    pub assets: Vec<Asset>,
    /// Its drafts are versions in git history (`history:`). Only the latest is a file anyone
    /// can still change, so warnings about the others are left out: they would repeat in
    /// every build with nothing to do about them.
    pub from_git: bool,
}

/// One draft of a piece, with its front matter already merged with the defaults above it.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// Its number within the piece (from `draft:` or the file name).
    pub number: u32,
    /// The file it was read from.
    pub file: PathBuf,
    /// Front matter after the cascade.
    pub meta: FrontMatter,
    /// The Markdown text (shared with the file cache, so loading again copies nothing).
    pub body: Arc<str>,
    /// The line of the file where the body starts.
    pub body_line: usize,
}

impl Draft {
    /// Whether the draft is published at all.
    pub fn is_private(&self) -> bool {
        self.meta.visibility == Some(Visibility::Private)
    }
}

/// A file copied into the site unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asset {
    /// Where it is read from.
    pub source: PathBuf,
    /// Where it goes, relative to the site root, with `/` separators.
    pub target: String,
}

/// A loaded portfolio and the warnings found while loading it.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The portfolio.
    pub portfolio: Portfolio,
    /// Problems that did not stop the load.
    pub warnings: Vec<Diagnostic>,
}
/// Loads the portfolio in `root`, taking its settings and templates as far as `trust` allows.
/// Folders listed in `skip` (the output folder, say) are never read. Fails with every problem
/// found when any of them is an error.
pub fn load(root: &Path, skip: &[PathBuf], trust: Trust) -> Result<Loaded, Problems> {
    let scan = Scan::new(root, skip, trust)?;
    let pieces = scan.load_pieces(None);
    scan.finish(root, &pieces)
}

/// The details of the piece (the keys that carry from draft to draft) its drafts set
/// themselves, as the latest draft has them: what a next draft should start with. Defaults
/// files are left out, so a change to them still reaches the new draft.
pub fn own_details(piece: &Piece) -> Result<FrontMatter, Diagnostic> {
    let mut carried = FrontMatter::default();
    for draft in &piece.drafts {
        carried = piece::read_draft(&draft.file)?
            .parsed
            .meta
            .carry_from(&carried);
    }
    Ok(carried)
}

/// As [`load`], but the portfolio is returned however many errors its pieces have (with every
/// piece that could be read at all), for finding the problems a build would meet after those:
/// one run then reports them all. `None` when not even the settings could be read.
pub fn load_despite_errors(root: &Path, skip: &[PathBuf], trust: Trust) -> Option<Portfolio> {
    let scan = Scan::new(root, skip, trust).ok()?;
    let pieces = scan.load_pieces(None);
    Some(scan.portfolio(root, &pieces))
}

fn is_draft(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .and_then(crate::fence::markdown_stem)
        .is_some()
}

#[cfg(test)]
mod tests {
    use super::front_matter::Source;
    use super::piece::leading_number;
    use super::*;
    use crate::fence;

    #[test]
    fn leading_numbers_sort_naturally() {
        assert_eq!(leading_number(Path::new("01-notes.md")), Some(1));
        assert_eq!(leading_number(Path::new("2_first.md")), Some(2));
        assert_eq!(leading_number(Path::new("10-final.md")), Some(10));
        assert_eq!(leading_number(Path::new("final.md")), None);
    }

    #[test]
    fn a_lone_carriage_return_is_a_line_end_everywhere() {
        // Found by the fuzzer: YAML counts a lone \r as a line break, `str::lines` does not.
        let text = fence::normalize_newlines("---\ndraft: 9MMM\rMMxt.\n".to_string());
        let split = front_matter::split(Path::new("x.md"), &text);
        assert!(split.is_err(), "the fence never closes");
        let (_, ds) = front_matter::parse(Path::new("_defaults.yaml"), &text, 0, Source::Defaults);
        assert!(
            ds.iter()
                .all(|d| d.line.is_none_or(|l| l <= text.lines().count() + 1)),
            "{ds:?}"
        );
    }
}
