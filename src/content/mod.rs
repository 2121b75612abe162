//! Loading a portfolio folder into a [`Portfolio`]: settings, pieces, drafts in order, the
//! `_defaults.yaml` cascade and the files to copy.
//!
//! Every problem in every file is collected before giving up, so a writer fixes a whole class's
//! front matter in one pass instead of one file per build.

pub mod front_matter;
mod walk;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use rayon::prelude::*;

use crate::diagnostic::{Diagnostic, Problems};
use crate::fence::{self, Fence};
use crate::settings::{self, Settings, Trust};
use front_matter::{FrontMatter, Source, Visibility};
pub use walk::is_ignored;
use walk::{Bounds, collect_assets, url_path, walk};

/// The folder of pieces inside a portfolio.
pub const PIECES_DIR: &str = "pieces";
/// The folder copied to the site root as is.
pub const STATIC_DIR: &str = "static";
/// The folder of template overrides.
pub const TEMPLATES_DIR: &str = "templates";
/// Front-matter defaults for every draft below the folder that holds it.
pub const DEFAULTS_FILE: &str = "_defaults.yaml";
/// Settings for every draft of one piece.
pub const PIECE_FILE: &str = "piece.yaml";

/// Top-level URL folders the site itself uses, so no piece may take them.
const RESERVED: &[&str] = &[
    "assets",
    "writers",
    "assignments",
    "tags",
    "showcase",
    "search",
];

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

/// Drafts already read and parsed, by file, so that loading again (in `serve`) reads only the
/// files whose size or modification time changed. Files the watcher names are forgotten first,
/// so an edit that keeps both (a tool that restores the time) is read again all the same.
#[derive(Debug, Default)]
struct FileCache {
    drafts: Mutex<HashMap<PathBuf, (Stamp, ReadDraft)>>,
}

/// A draft file as read: its parts, or why it could not be read.
type ReadDraft = Arc<Result<DraftSource, Diagnostic>>;

/// What tells one version of a file from the next without reading it.
type Stamp = (Option<SystemTime>, u64);

impl FileCache {
    /// Forgets what was read from `path` (or from anything below it, for a folder).
    fn forget(&self, path: &Path) {
        if let Ok(mut drafts) = self.drafts.lock() {
            drafts.retain(|file, _| !file.starts_with(path));
        }
    }

    fn read(&self, file: &Path) -> ReadDraft {
        let stamp = std::fs::metadata(file)
            .map(|m| (m.modified().ok(), m.len()))
            .ok();
        if let (Some(stamp), Ok(drafts)) = (stamp, self.drafts.lock())
            && let Some((seen, source)) = drafts.get(file)
            && *seen == stamp
        {
            return source.clone();
        }
        let source = Arc::new(read_draft(file));
        if let (Some(stamp), Ok(mut drafts)) = (stamp, self.drafts.lock()) {
            drafts.insert(file.to_path_buf(), (stamp, source.clone()));
        }
        source
    }
}

/// A draft file as read, before the defaults cascade.
#[derive(Debug, Clone)]
struct DraftSource {
    meta: FrontMatter,
    diagnostics: Vec<Diagnostic>,
    body: Arc<str>,
    body_line: usize,
}

/// Loads the portfolio in `root`, taking its settings and templates as far as `trust` allows.
/// Folders listed in `skip` (the output folder, say) are never read. Fails with every problem
/// found when any of them is an error.
pub fn load(root: &Path, skip: &[PathBuf], trust: Trust) -> Result<Loaded, Problems> {
    let scan = Scan::new(root, skip, trust)?;
    let pieces = scan.load_pieces(None);
    scan.finish(root, &pieces)
}

/// A portfolio kept loaded while its files change (for `serve`). A save that only edits drafts
/// already known re-reads those drafts' pieces and nothing else; anything else (a new or removed
/// file, a rename, settings, defaults, templates, static files) loads everything again, reusing
/// the drafts that did not change.
#[derive(Debug)]
pub struct LiveLoad {
    root: PathBuf,
    skip: Vec<PathBuf>,
    files: FileCache,
    last: Option<(Scan, Vec<LoadedPiece>)>,
}

/// One piece folder as loaded: the piece, if it loaded, and the problems found in it.
type LoadedPiece = (Option<Piece>, Vec<Diagnostic>);

impl LiveLoad {
    /// Loads the portfolio in `root` on the first [`LiveLoad::load`]; `skip` as for [`load`].
    pub fn new(root: &Path, skip: &[PathBuf]) -> LiveLoad {
        LiveLoad {
            root: root.to_path_buf(),
            skip: skip.to_vec(),
            files: FileCache::default(),
            last: None,
        }
    }

    /// The portfolio as it is now, after changes to the files in `changed` (paths below the
    /// portfolio folder, as `root.join(relative)`).
    pub fn load(&mut self, changed: &[PathBuf]) -> Result<Loaded, Problems> {
        for path in changed {
            self.files.forget(path);
        }
        if let Some((scan, pieces)) = &mut self.last
            && let Some(edited) = scan.pieces_of_edited_drafts(changed)
        {
            for i in edited {
                pieces[i] = scan.load_piece(i, Some(&self.files));
            }
            return scan.finish(&self.root, pieces);
        }
        self.last = None;
        // `serve` is the owner's own preview.
        let scan = Scan::new(&self.root, &self.skip, Trust::Owner)?;
        let pieces = scan.load_pieces(Some(&self.files));
        let loaded = scan.finish(&self.root, &pieces);
        self.last = Some((scan, pieces));
        loaded
    }
}

/// What a load finds before reading any draft: settings, the folder tree, the defaults, and
/// which folders are pieces at which address.
#[derive(Debug)]
struct Scan {
    settings: Settings,
    pieces_dir: PathBuf,
    tree: BTreeMap<PathBuf, Vec<PathBuf>>,
    defaults: HashMap<PathBuf, FrontMatter>,
    piece_dirs: Vec<PathBuf>,
    /// The URL path of each of `piece_dirs`.
    paths: Vec<String>,
    static_files: Vec<Asset>,
    templates: Vec<Template>,
    /// Problems found so far (not those inside pieces).
    diagnostics: Vec<Diagnostic>,
}

impl Scan {
    fn new(root: &Path, skip: &[PathBuf], trust: Trust) -> Result<Scan, Problems> {
        let (mut settings, mut diagnostics) = Settings::load(root)?;
        diagnostics.extend(settings.restrict(trust, &root.join(settings::FILE_NAME)));
        let pieces_dir = root.join(PIECES_DIR);
        if !pieces_dir.is_dir() {
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
        let tree = walk(&pieces_dir, &bounds, &mut diagnostics);
        let defaults = read_defaults(&tree, &mut diagnostics);
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
        Ok(Scan {
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
    fn load_pieces(&self, cache: Option<&FileCache>) -> Vec<LoadedPiece> {
        (0..self.piece_dirs.len())
            .into_par_iter()
            .map(|i| self.load_piece(i, cache))
            .collect()
    }

    fn load_piece(&self, i: usize, cache: Option<&FileCache>) -> LoadedPiece {
        load_piece(
            &self.pieces_dir,
            &self.piece_dirs[i],
            self.paths[i].clone(),
            &self.tree,
            &self.defaults,
            cache,
        )
    }

    /// The pieces whose drafts `changed` names, when every path in it is a draft this scan
    /// already found and that is still there; `None` when anything else changed.
    fn pieces_of_edited_drafts(&self, changed: &[PathBuf]) -> Option<Vec<usize>> {
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
    fn finish(&self, root: &Path, pieces: &[LoadedPiece]) -> Result<Loaded, Problems> {
        let mut diagnostics = self.diagnostics.clone();
        diagnostics.extend(pieces.iter().flat_map(|(_, ds)| ds.iter().cloned()));
        if diagnostics.iter().any(Diagnostic::is_error) {
            diagnostics.sort_by_key(|d| !d.is_error());
            return Err(Problems(diagnostics));
        }
        Ok(Loaded {
            portfolio: Portfolio {
                root: root.to_path_buf(),
                settings: self.settings.clone(),
                pieces: pieces.iter().filter_map(|(p, _)| p.clone()).collect(),
                static_files: self.static_files.clone(),
                templates: self.templates.clone(),
            },
            warnings: diagnostics,
        })
    }
}

fn is_draft(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("md"))
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

/// Parses every `_defaults.yaml` and `piece.yaml` in the tree, by the folder that holds it.
fn read_defaults(
    tree: &BTreeMap<PathBuf, Vec<PathBuf>>,
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
                let (fm, ds) = front_matter::parse(file, &text, 0, Source::Defaults);
                ((*file).clone(), fm, ds)
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

/// The number a file name starts with: `01-notes.md` is 1, `10_final.md` is 10.
fn leading_number(file: &Path) -> Option<u32> {
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

fn load_piece(
    pieces_dir: &Path,
    dir: &Path,
    path: String,
    tree: &BTreeMap<PathBuf, Vec<PathBuf>>,
    defaults: &HashMap<PathBuf, FrontMatter>,
    cache: Option<&FileCache>,
) -> (Option<Piece>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let cascade = cascade_for(dir, pieces_dir, defaults);
    let files = tree.get(dir).map(Vec::as_slice).unwrap_or_default();
    let draft_files: Vec<&PathBuf> = files.iter().filter(|f| is_draft(f)).collect();
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
        let meta = &source.meta;
        diagnostics.extend(source.diagnostics.iter().cloned());
        let number = meta
            .draft
            .or_else(|| leading_number(file))
            .or((draft_files.len() == 1).then_some(1));
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
            meta: meta.clone().or(&cascade),
            body: source.body.clone(),
            body_line: source.body_line,
        });
    }
    drafts.sort_by_key(|d| d.number);
    for pair in drafts.windows(2) {
        if pair[0].number == pair[1].number {
            diagnostics.push(
                Diagnostic::error(&pair[1].file, format!("two drafts are both number {}: this one and {}", pair[0].number, pair[0].file.display()))
                    .with_help("give each draft its own number, in the file name or with `draft:` in the front matter"),
            );
        }
    }
    let assets = collect_piece_assets(dir, &path, tree);
    if drafts.is_empty() || diagnostics.iter().any(Diagnostic::is_error) {
        return (None, diagnostics);
    }
    (
        Some(Piece {
            path,
            folder: dir.to_path_buf(),
            drafts,
            assets,
        }),
        diagnostics,
    )
}

/// Reads and parses one draft file, before the defaults cascade.
fn read_draft(file: &Path) -> Result<DraftSource, Diagnostic> {
    let text = fence::read_text(file)?;
    let split = front_matter::split(file, &text)?;
    let (meta, diagnostics) = match split.yaml {
        Some(yaml) => front_matter::parse(file, yaml, 1, Source::Draft),
        None => (FrontMatter::default(), Vec::new()),
    };
    Ok(DraftSource {
        meta,
        diagnostics,
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

#[cfg(test)]
mod tests {
    use super::*;

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
