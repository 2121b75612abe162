//! The site model: every page the build writes, its URL and the data its template needs.
//!
//! Only published drafts reach this stage (private ones are dropped here), and every link in the
//! data is relative to the site root; each page carries `root`, its own way back to the root
//! (`../../`), so the finished folder works from any sub-path and straight from disk.

mod data;

use rayon::prelude::*;

use crate::content::front_matter::Visibility;
use crate::content::{Asset, Draft, Piece, Portfolio};
use crate::diff::{self, ChangeView};
use crate::markdown::{self, Rendered};
pub use data::*;

/// A page to render: where it goes, which template, and the template's data.
#[derive(Debug, Clone)]
pub struct Page {
    /// Output path relative to the site root (`essay/draft-2/index.html`).
    pub path: String,
    /// Template name (`draft.html`).
    pub template: &'static str,
    /// What the template sees.
    pub data: PageData,
    /// From this page back to its piece's folder, to resolve [`markdown::PIECE_LINK`].
    pub to_piece: String,
}

/// Every page and copied file of a site.
#[derive(Debug, Clone)]
pub struct Site {
    /// Pages in a stable order.
    pub pages: Vec<Page>,
    /// Files copied as they are (piece files and `static/`).
    pub assets: Vec<Asset>,
    /// Published pieces.
    pub pieces: usize,
    /// Published drafts.
    pub drafts: usize,
}

/// A piece with its published drafts rendered and compared: derived data, no HTML pages yet.
struct Prepared<'a> {
    piece: &'a Piece,
    drafts: Vec<&'a Draft>,
    rendered: Vec<Rendered>,
    /// `changes[i]` compares draft `i` with draft `i + 1`.
    changes: Vec<ChangeView>,
    /// First compared with latest, when there are more than two drafts (with two it is `changes[0]`).
    compare: Option<ChangeView>,
    unlisted: bool,
}

/// Plans the whole site from a loaded portfolio: renders each published draft once, diffs
/// consecutive drafts (and first to latest), and lays out every page.
pub fn plan(portfolio: &Portfolio) -> Site {
    let settings = &portfolio.settings;
    let prepared: Vec<Prepared<'_>> = portfolio
        .pieces
        .par_iter()
        .filter_map(|piece| {
            let drafts: Vec<&Draft> = piece.drafts.iter().filter(|d| !d.is_private()).collect();
            let latest = drafts.last()?;
            let rendered: Vec<Rendered> = drafts
                .iter()
                .map(|d| markdown::render(&d.body, settings.raw_html))
                .collect();
            let changes = rendered
                .windows(2)
                .map(|w| diff::compare(&w[0], &w[1]))
                .collect();
            let compare = (rendered.len() > 2)
                .then(|| diff::compare(&rendered[0], &rendered[rendered.len() - 1]));
            let unlisted = latest.meta.visibility == Some(Visibility::Unlisted);
            Some(Prepared {
                piece,
                drafts,
                rendered,
                changes,
                compare,
                unlisted,
            })
        })
        .collect();

    let site = SiteInfo::new(settings);
    let mut pages = Vec::new();
    let mut summaries = Vec::new();
    for p in &prepared {
        let summary = PieceSummary::new(p.piece, &p.drafts, &p.rendered, settings);
        pages.extend(piece_pages(p, &summary, &site, settings));
        if !p.unlisted {
            summaries.push(summary);
        }
    }
    // A teacher modelling their own drafts comes first; otherwise folder order.
    summaries.sort_by_key(|s| !s.teacher);
    pages.push(Page {
        path: "index.html".to_string(),
        template: "home.html",
        data: PageData::Home(HomePage {
            site: site.clone(),
            root: String::new(),
            pieces: summaries,
        }),
        to_piece: String::new(),
    });
    pages.push(Page {
        path: "404.html".to_string(),
        template: "404.html",
        data: PageData::NotFound(NotFoundPage {
            root: site.base_url.clone().unwrap_or_default(),
            site: site.clone(),
        }),
        to_piece: String::new(),
    });

    let mut assets: Vec<Asset> = prepared
        .iter()
        .flat_map(|p| p.piece.assets.iter().cloned())
        .chain(portfolio.static_files.iter().cloned())
        .collect();
    assets.sort_by(|a, b| a.target.cmp(&b.target));
    Site {
        pages,
        assets,
        pieces: prepared.len(),
        drafts: prepared.iter().map(|p| p.drafts.len()).sum(),
    }
}

/// `../` repeated once per folder in `path` (a page's output path).
fn root_of(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

/// A page at `path`, whose data is made knowing the page's way back to the site root.
fn page(
    path: String,
    template: &'static str,
    to_piece: &str,
    data: impl FnOnce(String) -> PageData,
) -> Page {
    let root = root_of(&path);
    Page {
        data: data(root),
        path,
        template,
        to_piece: to_piece.to_string(),
    }
}

fn compare_url(piece_path: &str) -> String {
    format!("{piece_path}/compare/index.html")
}

/// The journey page, one page per draft, one change page per step and the compare page.
fn piece_pages(
    p: &Prepared<'_>,
    summary: &PieceSummary,
    site: &SiteInfo,
    settings: &crate::settings::Settings,
) -> Vec<Page> {
    let steps: Vec<DraftInfo> = p
        .drafts
        .iter()
        .enumerate()
        .map(|(i, d)| {
            DraftInfo::new(
                p.piece,
                d,
                i.checked_sub(1).map(|j| &p.changes[j]),
                settings,
            )
        })
        .collect();
    let latest = steps.len() - 1;
    let mut pages = Vec::with_capacity(steps.len() * 2 + 2);

    let journey: Vec<JourneyStep> = steps
        .iter()
        .enumerate()
        .map(|(i, step)| JourneyStep {
            draft: step.clone(),
            answers: i
                .checked_sub(1)
                .map(|j| steps[j].feedback.clone())
                .unwrap_or_default(),
        })
        .collect();
    pages.push(page(summary.url.clone(), "piece.html", "", |root| {
        PageData::Piece(PiecePage {
            site: site.clone(),
            root,
            piece: summary.clone(),
            steps: journey,
            latest: steps[latest].clone(),
            latest_html: p.rendered[latest].html.clone(),
            compare_url: (steps.len() > 1).then(|| compare_url(&p.piece.path)),
        })
    }));

    for (i, step) in steps.iter().enumerate() {
        pages.push(page(step.url.clone(), "draft.html", "../", |root| {
            PageData::Draft(DraftPage {
                site: site.clone(),
                root,
                piece: summary.clone(),
                draft: step.clone(),
                body_html: p.rendered[i].html.clone(),
                previous: i.checked_sub(1).map(|j| steps[j].link()),
                next: steps.get(i + 1).map(DraftInfo::link),
            })
        }));
        if let (Some(url), Some(before)) = (&step.changes_url, i.checked_sub(1)) {
            pages.push(page(url.clone(), "changes.html", "../../", |root| {
                PageData::Changes(ChangesPage::new(
                    site,
                    root,
                    summary,
                    &steps[before],
                    step,
                    &p.changes[before],
                    ChangeKind::Step,
                ))
            }));
        }
    }
    if latest > 0 {
        let view = p.compare.as_ref().unwrap_or(&p.changes[0]);
        pages.push(page(
            compare_url(&p.piece.path),
            "compare.html",
            "../",
            |root| {
                PageData::Changes(ChangesPage::new(
                    site,
                    root,
                    summary,
                    &steps[0],
                    &steps[latest],
                    view,
                    ChangeKind::FirstToLatest,
                ))
            },
        ));
    }
    pages
}
