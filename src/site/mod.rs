//! The site model: every page the build writes, its URL and the data its template needs.
//!
//! Only published drafts reach this stage (private ones are dropped here), and every link in the
//! data is relative to the site root; each page carries `root`, its own way back to the root
//! (`../../`), so the finished folder works from any sub-path and straight from disk.

mod data;

use rayon::prelude::*;

use crate::content::front_matter::Visibility;
use crate::content::{Draft, Piece};
use crate::diff::{self, ChangeView};
use crate::markdown::{self, Rendered};
use crate::settings::Settings;
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

/// One piece's part of the site: its pages, and how the pages that list pieces show it.
#[derive(Debug, Clone)]
pub struct PiecePlan {
    /// The journey page, a page per draft, a page per change and the compare page.
    pub pages: Vec<Page>,
    /// How the home page (and later the writer, assignment and tag pages) list the piece.
    pub summary: PieceSummary,
    /// False for an unlisted piece: built, but linked from nowhere.
    pub listed: bool,
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
}

/// Plans one piece's pages: renders each published draft once, diffs consecutive drafts (and
/// first to latest) and lays out the pages. `None` when no draft is published.
///
/// Nothing here looks at other pieces, so a piece's pages depend only on the piece, the settings
/// and the templates; `serve` relies on that to re-render only the pieces that changed.
pub fn plan_piece(piece: &Piece, settings: &Settings, site: &SiteInfo) -> Option<PiecePlan> {
    let drafts: Vec<&Draft> = piece.drafts.iter().filter(|d| !d.is_private()).collect();
    let latest = drafts.last()?;
    let listed = latest.meta.visibility != Some(Visibility::Unlisted);
    // In parallel within the piece too: when `serve` re-renders the one piece that changed,
    // this is most of the wait.
    let rendered: Vec<Rendered> = drafts
        .par_iter()
        .map(|d| markdown::render(&d.body, settings.raw_html))
        .collect();
    let (changes, compare) = rayon::join(
        || {
            rendered
                .par_windows(2)
                .map(|w| diff::compare(&w[0], &w[1]))
                .collect()
        },
        || (rendered.len() > 2).then(|| diff::compare(&rendered[0], &rendered[rendered.len() - 1])),
    );
    let summary = PieceSummary::new(piece, &drafts, &rendered, settings);
    let prepared = Prepared {
        piece,
        drafts,
        rendered,
        changes,
        compare,
    };
    Some(PiecePlan {
        pages: piece_pages(prepared, &summary, site, settings),
        summary,
        listed,
    })
}

/// The pages about the whole site: the home page listing `summaries` (listed pieces, in folder
/// order) and the page for addresses that lead nowhere.
pub fn site_pages(site: &SiteInfo, mut summaries: Vec<PieceSummary>) -> Vec<Page> {
    // A teacher modelling their own drafts comes first; otherwise folder order.
    summaries.sort_by_key(|s| !s.teacher);
    vec![
        Page {
            path: "index.html".to_string(),
            template: "home.html",
            data: PageData::Home(HomePage {
                site: site.clone(),
                root: String::new(),
                pieces: summaries,
            }),
            to_piece: String::new(),
        },
        Page {
            path: "404.html".to_string(),
            template: "404.html",
            data: PageData::NotFound(NotFoundPage {
                root: site.base_url.clone().unwrap_or_default(),
                site: site.clone(),
            }),
            to_piece: String::new(),
        },
    ]
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
    p: Prepared<'_>,
    summary: &PieceSummary,
    site: &SiteInfo,
    settings: &Settings,
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
