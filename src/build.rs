//! A whole build: load, plan, render, write. The command line and (later) `serve` call this.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::content::{self, Portfolio};
use crate::diagnostic::{Diagnostic, Problems};
use crate::markdown::PIECE_LINK;
use crate::output::{self, OutputError, SiteFile};
use crate::settings::SearchEngines;
use crate::site;
use crate::theme::{self, Theme};

/// How to build.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Where the site goes; `PORTFOLIO/public` when not given.
    pub output: Option<PathBuf>,
    /// Replace the output folder even when redraft did not write it.
    pub force: bool,
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
        .unwrap_or_else(|| root.join("public"));
    check_output_place(root, &out)?;
    let loaded = content::load(root, std::slice::from_ref(&out))?;
    let (files, plan) = render(&loaded.portfolio)?;
    output::write_site(&out, &files, options.force)?;
    Ok(BuildSummary {
        pieces: plan.pieces,
        drafts: plan.drafts,
        pages: plan.pages,
        output: out,
        elapsed: started.elapsed(),
        warnings: loaded.warnings,
    })
}

/// Counts from rendering.
#[derive(Debug, Clone, Copy)]
pub struct Counts {
    pub pieces: usize,
    pub drafts: usize,
    pub pages: usize,
}

/// Renders every file of the site into memory.
pub fn render(portfolio: &Portfolio) -> Result<(Vec<SiteFile>, Counts), Problems> {
    let theme = Theme::load(portfolio.templates_dir.as_deref()).map_err(Problems)?;
    let plan = site::plan(portfolio);
    let pages: Vec<SiteFile> = plan
        .pages
        .par_iter()
        .map(|page| {
            let html = theme.render(page.template, &page.data)?;
            let html = if html.contains(PIECE_LINK) {
                html.replace(PIECE_LINK, &page.to_piece)
            } else {
                html
            };
            Ok(SiteFile::Made {
                path: page.path.clone(),
                bytes: html.into_bytes(),
            })
        })
        .collect::<Result<_, Diagnostic>>()
        .map_err(|d| Problems(vec![d]))?;
    let counts = Counts {
        pieces: plan.pieces,
        drafts: plan.drafts,
        pages: pages.len(),
    };
    let mut files = pages;
    files.extend(
        theme::STATIC_FILES
            .iter()
            .map(|(path, bytes)| SiteFile::Made {
                path: path.to_string(),
                bytes: bytes.to_vec(),
            }),
    );
    if portfolio.settings.search_engines == SearchEngines::NoIndex {
        files.push(SiteFile::Made {
            path: "robots.txt".into(),
            bytes: b"User-agent: *\nDisallow: /\n".to_vec(),
        });
    }
    // Files the writer added win over the theme's, file by file.
    let assets: Vec<SiteFile> = plan
        .assets
        .iter()
        .map(|a| SiteFile::Copied {
            path: a.target.clone(),
            source: a.source.clone(),
        })
        .collect();
    let replaced: HashSet<&str> = assets.iter().map(SiteFile::path).collect();
    files.retain(|f| !replaced.contains(f.path()));
    files.extend(assets);
    Ok((files, counts))
}

/// The output folder must not sit inside the pieces folder (the next build would read it) and
/// must not be the portfolio itself.
fn check_output_place(root: &Path, out: &Path) -> Result<(), Problems> {
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let (root_abs, out_abs) = (absolute(root), absolute(out));
    let pieces = root_abs.join(content::PIECES_DIR);
    if out_abs.starts_with(&pieces) || root_abs.starts_with(&out_abs) {
        return Err(Problems(vec![
            Diagnostic::error(
                out,
                "the output folder would hold the portfolio's own drafts",
            )
            .with_help("choose an output folder outside pieces/, like `-o public`"),
        ]));
    }
    Ok(())
}
