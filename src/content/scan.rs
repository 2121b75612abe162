//! What a load finds before reading any draft: the settings, the folder tree inside the fence,
//! the defaults files, which folders are pieces and at what address, static files and
//! templates.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::front_matter::{self, FrontMatter, Source, Syntax};
use super::live::FileCache;
use super::piece::load_piece;
use super::walk::{Bounds, collect_assets, url_path, walk};
use super::{
    Asset, DEFAULTS_FILE, Loaded, PIECE_FILE, PIECES_DIR, Piece, Portfolio, STATIC_DIR,
    TEMPLATES_DIR, Template, is_draft,
};
use crate::diagnostic::{Diagnostic, Problems};
use crate::fence::{self, Fence};
use crate::i18n::{self, TranslationFile};
use crate::settings::{self, Settings, Trust};

/// One piece folder as loaded: the piece, if it loaded, and the problems found in it.
pub(super) type LoadedPiece = (Option<Piece>, Vec<Diagnostic>);

/// Top-level URL folders the site itself uses, so no piece may take them.
const RESERVED: &[&str] = &[
    "assets",
    "writers",
    "assignments",
    "tags",
    "showcase",
    "search",
];

/// What a load finds before reading any draft: settings, the folder tree, the defaults, and
/// which folders are pieces at which address.
#[derive(Debug)]
pub(super) struct Scan {
    root: PathBuf,
    settings: Settings,
    pieces_dir: PathBuf,
    tree: BTreeMap<PathBuf, Vec<PathBuf>>,
    defaults: HashMap<PathBuf, FrontMatter>,
    piece_dirs: Vec<PathBuf>,
    /// The URL path of each of `piece_dirs`.
    paths: Vec<String>,
    static_files: Vec<Asset>,
    templates: Vec<Template>,
    translations: Vec<TranslationFile>,
    /// Problems found so far (not those inside pieces).
    diagnostics: Vec<Diagnostic>,
}

impl Scan {
    pub(super) fn new(root: &Path, skip: &[PathBuf], trust: Trust) -> Result<Scan, Problems> {
        let (mut settings, mut diagnostics) = Settings::load(root)?;
        diagnostics.extend(settings.restrict(trust, &root.join(settings::FILE_NAME)));
        let pieces_dir = root.join(PIECES_DIR);
        if !pieces_dir.is_dir() && settings.history.is_empty() {
            return Err(Problems(vec![
                Diagnostic::error(&pieces_dir, "this portfolio has no pieces/ folder")
                    .with_help("make one and put a folder of drafts in it for each piece, or run `redraft new \"My first piece\"`"),
            ]));
        }
        let fence = fence_of(root, &settings, &mut diagnostics);
        let skip: Vec<PathBuf> = skip.iter().filter_map(|p| p.canonicalize().ok()).collect();
        let bounds = Bounds {
            fence: &fence,
            skip: &skip,
        };
        // A blog whose posts all come from git history may have no pieces/ folder.
        let tree = if pieces_dir.is_dir() {
            walk(&pieces_dir, &bounds, &mut diagnostics)
        } else {
            BTreeMap::new()
        };
        let defaults = read_defaults(&tree, &settings.ignore_keys, &mut diagnostics);
        let piece_dirs: Vec<PathBuf> = tree
            .iter()
            .filter(|(_, files)| files.iter().any(|f| is_draft(f)))
            .map(|(d, _)| d.clone())
            .collect();
        let paths = piece_paths(&pieces_dir, &piece_dirs, &mut diagnostics);
        let static_dir = root.join(STATIC_DIR);
        let static_files = if static_dir.is_dir() {
            collect_assets(&static_dir, &bounds, &mut diagnostics)
        } else {
            Vec::new()
        };
        let templates_dir = root.join(TEMPLATES_DIR);
        let templates = match trust {
            Trust::Owner => read_templates(&templates_dir, &bounds, &mut diagnostics),
            Trust::Submitted => {
                if templates_dir.is_dir() {
                    diagnostics.push(
                        Diagnostic::warning(&templates_dir, "templates are not used for submitted work, since a template can run any script: the built-in theme is used")
                            .with_help("remove the folder, or build without `--untrusted` if you wrote the templates yourself"),
                    );
                }
                Vec::new()
            }
        };
        let translations = read_translations(root, trust, &bounds, &mut diagnostics);
        Ok(Scan {
            root: root.to_path_buf(),
            translations,
            settings,
            templates,
            pieces_dir,
            tree,
            defaults,
            piece_dirs,
            paths,
            static_files,
            diagnostics,
        })
    }

    /// Loads every piece, through `cache` when there is one (a single build has none: it reads
    /// each file once anyway).
    /// Pieces from git history (`history:`) come after the folders' pieces, so that a piece's
    /// index is the same whether or not history is read.
    pub(super) fn load_pieces(&self, cache: Option<&FileCache>) -> Vec<LoadedPiece> {
        let mut pieces: Vec<LoadedPiece> = (0..self.piece_dirs.len())
            .into_par_iter()
            .map(|i| self.load_piece(i, cache))
            .collect();
        pieces.extend(super::history::load(&self.root, &self.settings));
        pieces
    }

    pub(super) fn load_piece(&self, i: usize, cache: Option<&FileCache>) -> LoadedPiece {
        load_piece(
            &self.pieces_dir,
            &self.piece_dirs[i],
            self.paths[i].clone(),
            &self.tree,
            &self.defaults,
            cache,
            &self.settings.ignore_keys,
        )
    }

    /// The pieces whose drafts `changed` names, when every path in it is a draft this scan
    /// already found and that is still there; `None` when anything else changed.
    pub(super) fn pieces_of_edited_drafts(&self, changed: &[PathBuf]) -> Option<Vec<usize>> {
        let mut edited = Vec::new();
        for path in changed {
            let dir = path.parent()?;
            let known = is_draft(path)
                && path.is_file()
                && self.tree.get(dir).is_some_and(|files| files.contains(path));
            if !known {
                return None;
            }
            edited.push(self.piece_dirs.iter().position(|d| d == dir)?);
        }
        edited.sort_unstable();
        edited.dedup();
        Some(edited)
    }

    /// The loaded portfolio, or every problem found when any is an error.
    pub(super) fn finish(&self, root: &Path, pieces: &[LoadedPiece]) -> Result<Loaded, Problems> {
        let mut diagnostics = self.diagnostics.clone();
        diagnostics.extend(pieces.iter().flat_map(|(_, ds)| ds.iter().cloned()));
        if diagnostics.iter().any(Diagnostic::is_error) {
            diagnostics.sort_by_key(|d| !d.is_error());
            return Err(Problems(diagnostics));
        }
        Ok(Loaded {
            portfolio: self.portfolio(root, pieces),
            warnings: diagnostics,
        })
    }

    /// The portfolio of the pieces that could be read at all, errors or not.
    pub(super) fn portfolio(&self, root: &Path, pieces: &[LoadedPiece]) -> Portfolio {
        Portfolio {
            root: root.to_path_buf(),
            settings: self.settings.clone(),
            pieces: pieces.iter().filter_map(|(p, _)| p.clone()).collect(),
            static_files: self.static_files.clone(),
            templates: self.templates.clone(),
            translations: self.translations.clone(),
        }
    }
}

/// The fence around the portfolio in `root`, with the folders `allow_links_to:` names let in;
/// one that is not there is a warning.
fn fence_of(root: &Path, settings: &Settings, diagnostics: &mut Vec<Diagnostic>) -> Fence {
    let mut fence = Fence::new(root);
    for folder in &settings.allow_links_to {
        match root.join(folder).canonicalize() {
            Ok(real) if real.is_dir() => fence = fence.allowing(real),
            _ => diagnostics.push(
                Diagnostic::warning(
                    root.join(settings::FILE_NAME),
                    format!(
                        "`allow_links_to` names {}, which is not a folder here",
                        folder.display()
                    ),
                )
                .with_help(
                    "write the folder's path from the portfolio folder, like `../shared-templates`",
                ),
            ),
        }
    }
    fence
}

/// The templates in the portfolio's `templates/` folder, if it has one.
fn read_templates(
    dir: &Path,
    bounds: &Bounds<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Template> {
    if !dir.is_dir() {
        return Vec::new();
    }
    let mut templates = Vec::new();
    for file in walk(dir, bounds, diagnostics).into_values().flatten() {
        let Ok(rel) = file.strip_prefix(dir) else {
            continue;
        };
        match fence::read_text(&file) {
            Ok(text) => templates.push(Template {
                name: url_path(rel),
                file,
                text,
            }),
            Err(d) => diagnostics.push(d),
        }
    }
    templates
}

/// The portfolio's own translation files (`i18n/es.ftl`), each checked by building a catalog
/// of its language from it: a message that does not parse is an error at its line.
/// In submitted work their messages may not hold markup (see [`TranslationFile::markup`]).
fn read_translations(
    root: &Path,
    trust: Trust,
    bounds: &Bounds<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<TranslationFile> {
    let dir = root.join(i18n::DIR);
    if !dir.is_dir() {
        return Vec::new();
    }
    let mut files = Vec::new();
    for file in walk(&dir, bounds, diagnostics).into_values().flatten() {
        let Some(language) = file
            .extension()
            .filter(|e| *e == "ftl")
            .and_then(|_| file.file_stem())
            .and_then(|s| s.to_str())
        else {
            continue;
        };
        match fence::read_text(&file) {
            Ok(text) => files.push(TranslationFile {
                language: language.to_string(),
                file,
                text,
                markup: trust == Trust::Owner,
            }),
            Err(d) => diagnostics.push(d),
        }
    }
    // Every file is checked, not only the site language's: a piece may be in another.
    for file in &files {
        let (_, problems) = i18n::Catalog::new(&file.language, std::slice::from_ref(file));
        diagnostics.extend(problems);
    }
    files
}

/// Parses every `_defaults.yaml` and `piece.yaml` in the tree, by the folder that holds it.
fn read_defaults(
    tree: &BTreeMap<PathBuf, Vec<PathBuf>>,
    ignored: &[String],
    diagnostics: &mut Vec<Diagnostic>,
) -> HashMap<PathBuf, FrontMatter> {
    let files: Vec<&PathBuf> = tree
        .values()
        .flatten()
        .filter(|f| {
            f.file_name()
                .is_some_and(|n| n == DEFAULTS_FILE || n == PIECE_FILE)
        })
        .collect();
    let parsed: Vec<(PathBuf, FrontMatter, Vec<Diagnostic>)> = files
        .par_iter()
        .map(|file| match fence::read_text(file) {
            Ok(text) => {
                let parsed = front_matter::read(file, &text, Syntax::Yaml, 0, Source::Defaults);
                let problems = parsed.problems(ignored);
                ((*file).clone(), parsed.meta, problems)
            }
            Err(d) => ((*file).clone(), FrontMatter::default(), vec![d]),
        })
        .collect();
    let mut out = HashMap::new();
    for (file, fm, ds) in parsed {
        diagnostics.extend(ds);
        out.insert(file, fm);
    }
    out
}

/// The URL path of each piece folder, checking that slugs are usable and unique.
fn piece_paths(
    pieces_dir: &Path,
    dirs: &[PathBuf],
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<String> {
    let mut seen: HashMap<String, &PathBuf> = HashMap::new();
    // For spotting a piece inside another piece by its ancestors, not by comparing every pair.
    let piece_dirs: HashSet<&Path> = dirs.iter().map(|d| d.as_path()).collect();
    let mut paths = Vec::with_capacity(dirs.len());
    for dir in dirs {
        let rel = dir.strip_prefix(pieces_dir).unwrap_or(dir);
        let parts: Vec<String> = rel
            .components()
            .map(|c| crate::slug::slugify(&c.as_os_str().to_string_lossy()))
            .collect();
        let path = parts.join("/");
        if parts.is_empty() {
            diagnostics.push(
                Diagnostic::error(
                    dir,
                    "drafts sit directly in pieces/, but each piece needs a folder of its own",
                )
                .with_help(
                    "move the .md files into a folder named after the piece, like pieces/my-essay/",
                ),
            );
        } else if parts.iter().any(String::is_empty) {
            diagnostics.push(
                Diagnostic::error(
                    dir,
                    "this folder's name has no letters or digits to make a web address from",
                )
                .with_help("rename the folder so its name includes a word"),
            );
        } else if RESERVED.contains(&parts[0].as_str()) {
            diagnostics.push(
                Diagnostic::error(
                    dir,
                    format!("the folder name `{}` is used by the site itself", parts[0]),
                )
                .with_help("rename the folder"),
            );
        } else if let Some(other) = seen.get(&path) {
            diagnostics.push(
                Diagnostic::error(
                    dir,
                    format!(
                        "this folder and {} both become the web address `{path}/`",
                        other.display()
                    ),
                )
                .with_help("rename one of the two folders"),
            );
        } else if let Some(parent) = dir.ancestors().skip(1).find(|a| piece_dirs.contains(a)) {
            diagnostics.push(
                Diagnostic::error(dir, format!("this piece sits inside another piece, {}", parent.display()))
                    .with_help("a piece is a folder of drafts; move this folder next to it instead of inside it"),
            );
        }
        seen.entry(path.clone()).or_insert(dir);
        paths.push(path);
    }
    paths
}
