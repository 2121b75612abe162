//! A whole build: load, plan, render, write. `redraft build` runs it once; `serve` keeps a
//! [`Renderer`] and renders into memory again after every change.

mod check;

pub use check::{CheckReport, check};

use std::borrow::Borrow;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use rayon::prelude::*;

use crate::content::{self, Asset, Piece, Portfolio};
use crate::diagnostic::{Diagnostic, Problems};
use crate::i18n::{Catalog, TranslationFile};
use crate::markdown::PIECE_LINK;
use crate::output::{OutputError, SiteFile, SiteWriter};
use crate::settings::{SearchEngines, Settings, Trust};
use crate::site::{self, Page, PieceListing, SiteInfo};
use crate::theme::{self, Theme};

/// How to build.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Where the site goes; `PORTFOLIO/public` when not given.
    pub output: Option<PathBuf>,
    /// Replace the output folder even when redraft did not write it.
    pub force: bool,
    /// Called with the output folder when another build is writing there and this one waits
    /// for it to finish.
    pub waiting: Option<fn(&Path)>,
    /// Whose portfolio it is: [`Trust::Submitted`] for work someone else wrote.
    pub trust: Trust,
}

/// What a finished build did.
#[derive(Debug, Clone)]
pub struct BuildSummary {
    /// Published pieces.
    pub pieces: usize,
    /// Published drafts.
    pub drafts: usize,
    /// HTML pages written.
    pub pages: usize,
    /// Where the site went.
    pub output: PathBuf,
    /// How long it took.
    pub elapsed: Duration,
    /// Problems that did not stop the build.
    pub warnings: Vec<Diagnostic>,
}

/// Why a build failed.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// Problems in the portfolio's files (and any warnings found alongside).
    #[error("{0}")]
    Input(Problems),
    /// The site could not be written.
    #[error(transparent)]
    Output(#[from] OutputError),
}

impl From<Problems> for BuildError {
    fn from(p: Problems) -> Self {
        BuildError::Input(p)
    }
}

/// Builds the portfolio in `root` into its output folder.
pub fn build(root: &Path, options: &BuildOptions) -> Result<BuildSummary, BuildError> {
    let started = Instant::now();
    let out = options
        .output
        .clone()
        .unwrap_or_else(|| default_output(root));
    let real = crate::output::resolve(&out)?;
    check_output_place(root, &out, &real)?;
    let skip = std::slice::from_ref(&real);
    let mut loaded = content::load(root, skip, options.trust)
        .map_err(|p| with_later_problems(root, skip, options.trust, p))?;
    // Each piece's pages are written as soon as they are made, so the whole site is never in
    // memory at once; the folder is swapped in only when all of it is written.
    let writer = SiteWriter::begin(&out, options.force, |_| {
        if let Some(waiting) = options.waiting {
            waiting(&out);
        }
    })?;
    // The build hands its pieces over, so each piece's drafts are let go as soon as its pages
    // are written: a big portfolio's text is not all held to the end.
    let site = SiteInfo::new(&loaded.portfolio);
    let pieces = std::mem::take(&mut loaded.portfolio.pieces);
    let rendered = Renderer::default()
        .render_pieces(&loaded.portfolio, site, pieces, Some(&writer))
        .map_err(|e| match e {
            BuildError::Input(p) => BuildError::Input(with_warnings(p, &loaded.warnings)),
            other => other,
        })?;
    writer.write(&rendered.files)?;
    writer.finish()?;
    loaded.warnings.extend(rendered.warnings);
    Ok(BuildSummary {
        pieces: rendered.counts.pieces,
        drafts: rendered.counts.drafts,
        pages: rendered.counts.pages,
        output: out,
        elapsed: started.elapsed(),
        warnings: loaded.warnings,
    })
}

/// The `problems` that stopped a load, and after them those that rendering what could be
/// loaded finds (a feedback quote that is not in its draft, a template error): fixing the
/// first ones should not reveal more that one run could have shown.
fn with_later_problems(
    root: &Path,
    skip: &[PathBuf],
    trust: Trust,
    problems: Problems,
) -> Problems {
    let Some(portfolio) = content::load_despite_errors(root, skip, trust) else {
        return problems;
    };
    let later = match Renderer::default().render(&portfolio) {
        Ok(rendered) => rendered.warnings,
        Err(more) => more.0,
    };
    let mut all = problems.0;
    for d in later {
        if !all.contains(&d) {
            all.push(d);
        }
    }
    all.sort_by_key(|d| !d.is_error());
    Problems(all)
}

/// Where a build writes the site when not told: `PORTFOLIO/public`.
fn default_output(root: &Path) -> PathBuf {
    root.join("public")
}

/// Loading's warnings first, then the problems that stopped the render.
fn with_warnings(problems: Problems, warnings: &[Diagnostic]) -> Problems {
    Problems(warnings.iter().cloned().chain(problems.0).collect())
}

/// Counts from rendering.
#[derive(Debug, Clone, Copy)]
pub struct Counts {
    /// Published pieces.
    pub pieces: usize,
    /// Their published drafts.
    pub drafts: usize,
    /// HTML pages made.
    pub pages: usize,
}

/// Renders every file of the site into memory.
pub fn render(portfolio: &Portfolio) -> Result<RenderedSite, Problems> {
    Renderer::default().render(portfolio)
}

/// A rendered site and what it took.
#[derive(Debug)]
pub struct RenderedSite {
    /// Every file of the site, pages first.
    pub files: Vec<SiteFile>,
    /// How many pieces, drafts and pages.
    pub counts: Counts,
    /// The pieces whose pages were rendered this time rather than remembered, by URL path.
    pub rendered_pieces: Vec<String>,
    /// Problems that did not stop the render.
    pub warnings: Vec<Diagnostic>,
}

/// Turns a portfolio into site files. One made with [`Renderer::remembering`] keeps each piece's
/// pages with the piece they were made from, and the next render re-renders only the pieces whose
/// drafts (after the defaults cascade) differ, unless the settings or templates changed. The
/// pages that list pieces are rendered every time. `serve` keeps one for its whole run.
#[derive(Default)]
pub struct Renderer {
    mode: Mode,
    settings: Option<Settings>,
    site: Option<SiteInfo>,
    templates: Vec<(String, String)>,
    translations: Vec<TranslationFile>,
    pieces: HashMap<PathBuf, Arc<PieceOutput>>,
}

/// What a renderer is for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Mode {
    /// One build: each piece's pages go to the writer as they are made, and nothing is kept.
    #[default]
    Once,
    /// A live preview (`serve`): each piece's pages are kept with the piece they were made
    /// from, and the next render reuses those of the pieces that did not change.
    Live,
}

/// One piece's rendered part of the site, with the piece it was made from.
#[derive(Debug)]
struct PieceOutput {
    input: Option<Piece>,
    /// The pages, unless they were written out already.
    files: Vec<SiteFile>,
    /// How many pages the piece has.
    pages: usize,
    listing: PieceListing,
    listed: bool,
    assets: Vec<SiteFile>,
    warnings: Vec<Diagnostic>,
}

/// What rendering one piece came to, with what the site's pages need of the piece itself.
struct PieceOutcome {
    /// Its pages (`None` when none of its drafts is published).
    output: Option<Arc<PieceOutput>>,
    /// Rendered this time rather than remembered.
    fresh: bool,
    folder: PathBuf,
    path: String,
    /// Warnings about drafts left unpublished, for a piece with no pages.
    hidden: Vec<Diagnostic>,
}

impl Renderer {
    /// A renderer that remembers each piece's pages for the next render.
    pub fn remembering() -> Renderer {
        Renderer {
            mode: Mode::Live,
            ..Renderer::default()
        }
    }

    /// Renders every file of the site, reusing the pages of pieces that did not change.
    pub fn render(&mut self, portfolio: &Portfolio) -> Result<RenderedSite, Problems> {
        let site = SiteInfo::new(portfolio);
        self.render_pieces(portfolio, site, &portfolio.pieces, None)
            .map_err(|e| match e {
                BuildError::Input(problems) => problems,
                // Nothing is written without a writer.
                BuildError::Output(e) => Problems(vec![Diagnostic::error("", e.to_string())]),
            })
    }

    /// As [`Renderer::render`], with the portfolio's settings, templates and static files, the
    /// `site` made from its pieces, and `pieces`: the portfolio's own, borrowed, or taken from
    /// it, when each piece is let go as soon as it is rendered. When `writer` is given each
    /// piece's pages go to it as soon as they are made (and are not kept, nor returned); the
    /// files returned are the rest.
    fn render_pieces<P: Borrow<Piece> + Send>(
        &mut self,
        portfolio: &Portfolio,
        site: SiteInfo,
        pieces: impl IntoParallelIterator<Item = P, Iter: IndexedParallelIterator>,
        writer: Option<&SiteWriter>,
    ) -> Result<RenderedSite, BuildError> {
        let settings = &portfolio.settings;
        // The portfolio's translation files were checked when it was loaded.
        let (words, _) = Catalog::new(&settings.language, &portfolio.translations);
        let theme = Theme::load(&portfolio.templates, Arc::new(words)).map_err(Problems)?;
        if self.settings.as_ref() != Some(settings)
            || self.site.as_ref() != Some(&site)
            || self.templates != theme.override_sources()
            || self.translations != portfolio.translations
        {
            self.pieces.clear();
        }
        let remembered = &self.pieces;
        let outcomes: Vec<PieceOutcome> = pieces
            .into_par_iter()
            .map(|piece| {
                let piece = piece.borrow();
                let mut outcome = PieceOutcome {
                    output: None,
                    fresh: false,
                    folder: piece.folder.clone(),
                    path: piece.path.clone(),
                    hidden: Vec::new(),
                };
                match remembered.get(&piece.folder) {
                    Some(done) if done.input.as_ref() == Some(piece) => {
                        outcome.output = Some(done.clone());
                    }
                    _ => {
                        let mut out = render_piece(piece, settings, &site, &theme, self.mode)
                            .map_err(|d| BuildError::Input(Problems(vec![d])))?;
                        if let (Some(writer), Some(out)) = (writer, out.as_mut())
                            && self.mode == Mode::Once
                        {
                            writer.write(&out.files)?;
                            out.files = Vec::new();
                        }
                        if out.is_none() {
                            outcome.hidden = site::privacy::visibility_warnings(piece);
                        }
                        outcome.output = out.map(Arc::new);
                        outcome.fresh = true;
                    }
                }
                Ok(outcome)
            })
            .collect::<Result<_, BuildError>>()?;

        let mut rendered_pieces = Vec::new();
        // The listed pieces' outputs: the pages that list pieces read their listings.
        let mut listed: Vec<Arc<PieceOutput>> = Vec::new();
        let mut files = Vec::new();
        let mut warnings = site.names.warnings().to_vec();
        let mut counts = Counts {
            pieces: 0,
            drafts: 0,
            pages: 0,
        };
        let mut assets: Vec<SiteFile> = Vec::new();
        // Shortened names can make two folders publish at one place.
        let mut places: HashMap<String, (PathBuf, String)> = HashMap::new();
        let mut clashes = Vec::new();
        // What a remembering renderer keeps for next time.
        let mut kept: HashMap<PathBuf, Arc<PieceOutput>> = HashMap::new();
        for outcome in outcomes {
            warnings.extend(outcome.hidden);
            let Some(out) = outcome.output else {
                continue;
            };
            let url = &out.listing.summary.url;
            if let Some((other, other_path)) =
                places.insert(url.clone(), (outcome.folder.clone(), outcome.path.clone()))
            {
                let other = crate::diagnostic::shown_path(&other);
                clashes.push(if other_path == outcome.path {
                    // Only a `history:` post can share a folder's address.
                    Diagnostic::error(
                        &outcome.folder,
                        format!("a post read from git history here and {other} would both be published at {url}"),
                    )
                    .with_help("if you wrote the posts out with `redraft history export`, take the `history:` entry out of redraft.yaml; otherwise give the history source its own folder with `to:`")
                } else {
                    Diagnostic::error(
                        &outcome.folder,
                        format!(
                            "this piece would be published at the same place as {other} ({url}), because `names:` shortens the writers' names in both folder names alike",
                        ),
                    )
                    .with_help("rename one of the two folders")
                });
            }
            if outcome.fresh {
                rendered_pieces.push(outcome.path);
            }
            counts.pieces += 1;
            counts.drafts += out.listing.summary.draft_count;
            counts.pages += out.pages;
            files.extend(out.files.iter().cloned());
            assets.extend(out.assets.iter().cloned());
            warnings.extend(out.warnings.iter().cloned());
            if out.listed {
                listed.push(Arc::clone(&out));
            }
            if self.mode == Mode::Live {
                kept.insert(outcome.folder, out);
            }
        }
        if !clashes.is_empty() {
            return Err(Problems(clashes).into());
        }
        let listings: Vec<&PieceListing> = listed.iter().map(|o| &o.listing).collect();
        let site_pages = site::site_pages(&site, &listings, theme.words())
            .map_err(|e| Problems(vec![Diagnostic::error("", e.to_string())]))?;
        let indexed: Vec<&str> = site_pages
            .iter()
            .map(|p| p.path.as_str())
            .filter(|p| *p != "404.html")
            .collect();
        // The pages that list every piece are the biggest of all, and `serve` makes them again
        // on every save: side by side, with the feeds and the search index.
        let (pages, machine_files) = rayon::join(
            || {
                site_pages
                    .par_iter()
                    .map(|page| render_page(&theme, page))
                    .collect::<Result<Vec<_>, _>>()
            },
            || site::feeds::site_files(&site, &listings, &indexed, theme.words()),
        );
        let pages = pages.map_err(|d| Problems(vec![d]))?;
        counts.pages += pages.len();
        files.extend(pages);
        files.extend(
            machine_files
                .into_iter()
                .map(|(path, text)| SiteFile::Made {
                    path,
                    bytes: Bytes::from(text.into_bytes()),
                }),
        );
        files.extend(
            theme::STATIC_FILES
                .iter()
                .map(|(path, bytes)| SiteFile::Made {
                    path: path.to_string(),
                    bytes: Bytes::from_static(bytes),
                }),
        );
        files.push(SiteFile::Made {
            path: "robots.txt".into(),
            bytes: Bytes::from(robots(settings).into_bytes()),
        });
        // Files the writer added win over the theme's, file by file.
        assets.extend(portfolio.static_files.iter().map(copied));
        assets.sort_by(|a, b| a.path().cmp(b.path()));
        let replaced: HashSet<&str> = assets.iter().map(SiteFile::path).collect();
        files.retain(|f| !replaced.contains(f.path()));
        files.extend(assets);

        if self.mode == Mode::Live {
            self.settings = Some(settings.clone());
            self.site = Some(site);
            self.templates = theme.override_sources().to_vec();
            self.translations = portfolio.translations.clone();
            self.pieces = kept;
        }
        Ok(RenderedSite {
            files,
            counts,
            rendered_pieces,
            warnings,
        })
    }
}

/// robots.txt: keep out (the default, for students' work), or welcome with the sitemap.
fn robots(settings: &Settings) -> String {
    match (settings.search_engines, &settings.base_url) {
        (SearchEngines::NoIndex, _) => "User-agent: *\nDisallow: /\n".to_string(),
        (SearchEngines::Index, Some(base)) => {
            format!("User-agent: *\nAllow: /\n\nSitemap: {base}sitemap.xml\n")
        }
        (SearchEngines::Index, None) => "User-agent: *\nAllow: /\n".to_string(),
    }
}

fn copied(asset: &Asset) -> SiteFile {
    SiteFile::Copied {
        path: asset.target.clone(),
        source: asset.source.clone(),
    }
}

/// Plans and renders one piece's pages; `None` when none of its drafts is published.
fn render_piece(
    piece: &Piece,
    settings: &Settings,
    site: &SiteInfo,
    theme: &Theme,
    mode: Mode,
) -> Result<Option<PieceOutput>, Diagnostic> {
    let plan = site::plan_piece(piece, settings, site, theme.words())
        .map_err(|e| Diagnostic::error(&piece.folder, e.to_string()))?;
    let Some(plan) = plan else {
        return Ok(None);
    };
    let files: Vec<SiteFile> = plan
        .pages
        .iter()
        .map(|page| render_page(theme, page))
        .collect::<Result<_, _>>()?;
    Ok(Some(PieceOutput {
        input: (mode == Mode::Live).then(|| piece.clone()),
        pages: files.len(),
        files,
        listing: plan.listing,
        listed: plan.listed,
        assets: plan.assets.iter().map(copied).collect(),
        warnings: site::privacy::visibility_warnings(piece)
            .into_iter()
            .chain(plan.warnings)
            .collect(),
    }))
}

fn render_page(theme: &Theme, page: &Page) -> Result<SiteFile, Diagnostic> {
    let html = theme.render(page.template.file(), &page.context)?;
    let html = if html.contains(PIECE_LINK) {
        html.replace(PIECE_LINK, &page.to_piece)
    } else {
        html
    };
    Ok(SiteFile::Made {
        path: page.path.clone(),
        bytes: Bytes::from(html.into_bytes()),
    })
}

/// The output folder `out` (which is `real` with its links resolved) is replaced whole, so it
/// must not hold the portfolio, sit inside the folders a build reads (the next build would read
/// the site), or hold the folder the command runs in or the user's home, however it is spelled
/// or linked. `--force` does not lift this.
fn check_output_place(root: &Path, out: &Path, real: &Path) -> Result<(), Problems> {
    let resolved = |p: &Path| {
        p.canonicalize()
            .or_else(|_| std::path::absolute(p))
            .unwrap_or_else(|_| p.to_path_buf())
    };
    let root = resolved(root);
    let inside = [
        content::PIECES_DIR,
        content::STATIC_DIR,
        content::TEMPLATES_DIR,
    ]
    .into_iter()
    .map(|dir| resolved(&root.join(dir)))
    .find(|dir| real.starts_with(dir));
    if let Some(dir) = inside {
        let name = dir.file_name().unwrap_or_default().to_string_lossy();
        return Err(Problems(vec![
            Diagnostic::error(
                out,
                format!("the output folder would be inside the portfolio's {name}/ folder, which every build reads"),
            )
            .with_help("choose an output folder outside pieces/, static/ and templates/, like `-o public`"),
        ]));
    }
    let precious = [
        ("the portfolio", Some(root.clone())),
        (
            "the folder this command runs in",
            std::env::current_dir().ok().map(|d| resolved(&d)),
        ),
        (
            "your home folder",
            std::env::home_dir().map(|d| resolved(&d)),
        ),
    ];
    for (what, dir) in precious {
        if dir.is_some_and(|dir| dir.starts_with(real)) {
            return Err(Problems(vec![
                Diagnostic::error(
                    out,
                    format!(
                        "the output folder would hold {what}, and a build replaces everything in it"
                    ),
                )
                .with_help("choose a folder of its own for the site, like `-o public`"),
            ]));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::LiveLoad;

    fn page<'a>(rendered: &'a RenderedSite, path: &str) -> &'a str {
        rendered
            .files
            .iter()
            .find_map(|f| match f {
                SiteFile::Made { path: p, bytes } if p == path => std::str::from_utf8(bytes).ok(),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no {path}"))
    }

    #[test]
    fn a_rebuild_renders_only_the_pieces_that_changed() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let write = |rel: &str, text: &str| {
            let path = root.join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, text).unwrap();
            path
        };
        write("redraft.yaml", "title: One\n");
        let a = write("pieces/a/01.md", "---\ntitle: A\n---\nFirst words of a.\n");
        write("pieces/b/01.md", "---\ntitle: B\n---\nFirst words of b.\n");
        let mut portfolio = LiveLoad::new(root, &[]);
        let mut renderer = Renderer::remembering();
        let mut render = |changed: &[PathBuf]| {
            let loaded = portfolio.load(changed).unwrap();
            renderer.render(&loaded.portfolio).unwrap()
        };

        assert_eq!(render(&[]).rendered_pieces, ["a", "b"]);
        assert!(render(&[]).rendered_pieces.is_empty(), "nothing changed");

        write("pieces/a/01.md", "---\ntitle: A\n---\nNew words of a.\n");
        let edited = render(std::slice::from_ref(&a));
        assert_eq!(edited.rendered_pieces, ["a"]);
        assert!(page(&edited, "a/draft-1/index.html").contains("New words of a."));
        assert!(page(&edited, "index.html").contains("New words of a."));

        // A new defaults file changes b's drafts only.
        let defaults = write("pieces/b/piece.yaml", "stage: revision\n");
        assert_eq!(render(&[defaults]).rendered_pieces, ["b"]);

        // Settings reach every page.
        let settings = write("redraft.yaml", "title: Two\n");
        let all = render(&[settings]);
        assert_eq!(all.rendered_pieces, ["a", "b"]);
        assert!(page(&all, "b/index.html").contains("Two"));
    }
}
