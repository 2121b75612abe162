//! The site model: every page the build writes, its URL and the data its template needs.
//!
//! Only published drafts reach this stage (private ones are dropped here), and every link in the
//! data is relative to the site root; each page carries `root`, its own way back to the root
//! (`../../`), so the finished folder works from any sub-path and straight from disk.

pub mod chart;
mod data;
pub mod feeds;
mod groups;
pub mod privacy;
pub mod replay;

use std::path::Path;

use rayon::prelude::*;

use crate::content::front_matter::Visibility;
use crate::content::{Asset, Draft, Piece};
use crate::diagnostic::Diagnostic;
use crate::diff::{self, ChangeView};
use crate::growth::{self, DraftStats, PieceGrowth, StepGrowth};
use crate::html;
use crate::markdown::{self, Rendered};
use crate::quotes;
use crate::settings::Settings;
pub use data::*;
use tera::Value;

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
    /// What the pages that list pieces (home, writers, tags, feed, search ...) need.
    pub listing: PieceListing,
    /// False for an unlisted piece: built, but linked from nowhere.
    pub listed: bool,
    /// The piece's files to copy, at their published places.
    pub assets: Vec<Asset>,
    /// Problems that do not stop the build (a feedback quote not found in its draft).
    pub warnings: Vec<Diagnostic>,
}

/// A piece as the pages that list pieces see it.
#[derive(Debug, Clone)]
pub struct PieceListing {
    pub summary: PieceSummary,
    /// Every published draft.
    pub drafts: Vec<DraftInfo>,
    /// The piece's entry in the search index, as JSON.
    pub search_entry: String,
}

/// A piece with its published drafts rendered and compared: derived data, no HTML pages yet.
struct Prepared<'a> {
    /// The piece's public URL path.
    path: String,
    drafts: Vec<&'a Draft>,
    rendered: Vec<Rendered>,
    /// `changes[i]` compares draft `i` with draft `i + 1`.
    changes: Vec<ChangeView>,
    /// First compared with latest, when there are more than two drafts (with two it is `changes[0]`).
    compare: Option<ChangeView>,
    /// What each draft's text shows.
    text_stats: Vec<DraftStats>,
    /// `steps[i]` is how draft `i + 1` grew from draft `i`.
    steps: Vec<StepGrowth>,
    growth: PieceGrowth,
}

/// Plans one piece's pages: renders each published draft once, diffs consecutive drafts (and
/// first to latest), counts its growth, pins feedback to its passages and lays out the pages.
/// `None` when no draft is published.
///
/// Nothing here looks at other pieces, so a piece's pages depend only on the piece, the settings,
/// the site's sections (`site`) and the templates; `serve` relies on that to re-render only the
/// pieces that changed.
pub fn plan_piece(piece: &Piece, settings: &Settings, site: &SiteInfo) -> Option<PiecePlan> {
    let drafts: Vec<&Draft> = piece.drafts.iter().filter(|d| !d.is_private()).collect();
    let latest = drafts.last()?;
    let listed = latest.meta.visibility != Some(Visibility::Unlisted);
    // In parallel within the piece too: when `serve` re-renders the one piece that changed,
    // this is most of the wait.
    let (rendered, text_stats): (Vec<Rendered>, Vec<DraftStats>) = drafts
        .par_iter()
        .map(|d| {
            let rendered = markdown::render(&d.body, settings.raw_html);
            let stats = growth::draft_stats(&rendered, &settings.language);
            (rendered, stats)
        })
        .unzip();
    let (changes, compare) = compare_steps(&rendered);
    // New words are new to this piece: its published drafts, in order.
    let mut vocabulary = growth::Vocabulary::for_language(&settings.language);
    let mut steps = Vec::with_capacity(changes.len());
    for (i, r) in rendered.iter().enumerate() {
        let new_words = vocabulary.learn(r);
        if let Some(change) = i.checked_sub(1).map(|j| &changes[j]) {
            steps.push(growth::step_growth(&change.stats, r.words, new_words));
        }
    }
    let piece_growth = growth::piece_growth(&text_stats, &steps);
    let path = privacy::public_path(piece, settings);
    let summary = PieceSummary::new(&path, &drafts, &rendered, &piece_growth, settings);
    let text = rendered[rendered.len() - 1]
        .blocks
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let assets = privacy::published_assets(piece, &path);
    let prepared = Prepared {
        path,
        drafts,
        rendered,
        changes,
        compare,
        text_stats,
        steps,
        growth: piece_growth,
    };
    let mut warnings = Vec::new();
    let (pages, drafts) = piece_pages(prepared, &summary, site, settings, &mut warnings);
    Some(PiecePlan {
        pages,
        listing: PieceListing {
            search_entry: feeds::search_entry(&summary, &text),
            summary,
            drafts,
        },
        listed,
        assets,
        warnings,
    })
}

/// How many drafts of a piece are cut into tokens at a time. A draft's tokens take tens of
/// times the room of its text, so holding every draft's at once made one piece of 5,000 drafts
/// take a gigabyte; in runs of 64 they take the same room however many drafts there are, and
/// a piece of a few drafts, as most are, is one run.
const COMPARED_AT_ONCE: usize = 64;

/// Each draft compared with the one before (`changes[i]` is draft `i` to draft `i + 1`), and
/// the first with the latest when there are more than two drafts. Each draft's blocks are cut
/// into tokens once, for both comparisons it takes part in; the first draft's are kept for its
/// comparison with the latest.
fn compare_steps(rendered: &[Rendered]) -> (Vec<ChangeView>, Option<ChangeView>) {
    let Some((first_draft, later)) = rendered.split_first() else {
        return (Vec::new(), None);
    };
    let first = diff::Comparable::new(first_draft);
    let mut changes = Vec::with_capacity(later.len());
    let mut compare = None;
    // The last draft of the run before, which the next run's first draft is compared with.
    let mut before: Option<diff::Comparable> = None;
    let runs = later.chunks(COMPARED_AT_ONCE);
    let last_run = runs.len().saturating_sub(1);
    for (run, drafts) in runs.enumerate() {
        let mut comparable: Vec<diff::Comparable> =
            drafts.iter().map(diff::Comparable::new).collect();
        let pairs: Vec<&diff::Comparable> = std::iter::once(before.as_ref().unwrap_or(&first))
            .chain(&comparable)
            .collect();
        let (steps, first_to_latest) = rayon::join(
            || {
                pairs
                    .par_windows(2)
                    .map(|w| diff::compare_drafts(w[0], w[1]))
                    .collect::<Vec<_>>()
            },
            || match comparable.last() {
                Some(latest) if run == last_run && rendered.len() > 2 => {
                    Some(diff::compare_drafts(&first, latest))
                }
                _ => None,
            },
        );
        changes.extend(steps);
        compare = compare.or(first_to_latest);
        drop(pairs);
        before = comparable.pop();
    }
    (changes, compare)
}

/// The pages about the whole site: the home page, the writer, assignment and tag pages, the
/// best-work view and the search page, all made from the `listed` pieces (in folder order), and
/// the page for addresses that lead nowhere.
pub fn site_pages(site: &SiteInfo, listed: &[&PieceListing]) -> Vec<Page> {
    let mut summaries: Vec<PieceSummary> = listed.iter().map(|l| l.summary.clone()).collect();
    // A teacher modelling their own drafts comes first; otherwise folder order.
    summaries.sort_by_key(|s| !s.teacher);
    let mut pages = groups::group_pages(site, &summaries);
    pages.extend(groups::showcase_page(site, listed));
    pages.push(page(
        "search/index.html".to_string(),
        "search.html",
        "",
        |root| {
            PageData::Search(SearchPage {
                site: site.clone(),
                root,
                pieces: summaries.clone(),
            })
        },
    ));
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
    pages
}

/// The draft's body with each feedback that quotes a passage pinned beside it (numbered in
/// order), recording each pin's number in `info`; a quote not found in the draft is a warning.
fn pin_feedback(
    draft: &Draft,
    rendered: &Rendered,
    info: &mut DraftInfo,
    warnings: &mut Vec<Diagnostic>,
) -> String {
    let quoted: Vec<usize> = (0..info.feedback.len())
        .filter(|&i| info.feedback[i].quote.is_some())
        .collect();
    if quoted.is_empty() {
        return rendered.html.clone();
    }
    let pins: Vec<quotes::Pin<'_>> = quoted
        .iter()
        .enumerate()
        .map(|(n, &i)| {
            let f = &info.feedback[i];
            let who = match (&f.from, f.role) {
                (Some(from), Some(role)) => format!(
                    "<span class=\"feedback__from\">{}</span> <span class=\"feedback__role\">{role}</span>",
                    html::escape(from)
                ),
                (Some(from), None) => {
                    format!("<span class=\"feedback__from\">{}</span>", html::escape(from))
                }
                (None, Some(role)) => format!("<span class=\"feedback__from\">{role}</span>"),
                (None, None) => "<span class=\"feedback__from\">A reader</span>".to_string(),
            };
            quotes::Pin {
                number: n + 1,
                quote: f.quote.as_deref().unwrap_or_default(),
                note_html: format!("<p class=\"pin-note__who\">{who}</p>{}", f.text_html),
            }
        })
        .collect();
    let pinned = quotes::pin_feedback(&rendered.blocks, &pins);
    let numbers: Vec<usize> = pins.iter().map(|p| p.number).collect();
    drop(pins);
    for ((&i, number), found) in quoted.iter().zip(numbers).zip(&pinned.found) {
        if *found {
            info.feedback[i].pin = Some(number);
            info.feedback[i].pin_url = Some(format!("{}#pin-{number}", info.url));
            continue;
        }
        let source = draft.meta.feedback.as_ref().and_then(|f| f.get(i));
        let from = source
            .and_then(|f| f.from.as_deref())
            .map(|name| format!(" from {name}"))
            .unwrap_or_default();
        let mut warning = Diagnostic::warning(
            &draft.file,
            format!(
                "feedback {}{from} quotes a passage that is not in this draft, so it is shown without its passage: \"{}\"",
                i + 1,
                info.feedback[i].quote.as_deref().unwrap_or_default().trim()
            ),
        )
        .with_help("copy the passage exactly as the draft has it, or remove `quote:`");
        if let Some(line) = source.and_then(|f| f.line) {
            warning = warning.at_line(line);
        }
        warnings.push(warning);
    }
    pinned.html
}

/// Warnings for what the safety rule took out of a writer's text in `file`, one per line and
/// rule: of the draft's body when `place` is empty (`line` is then where the body starts), else
/// of the front-matter text `place` names ("the reflection"), whose key is on `line`.
pub(crate) fn removed_warnings(
    file: &Path,
    line: Option<usize>,
    place: &str,
    removed: &[markdown::Removed],
) -> Vec<Diagnostic> {
    removed
        .chunk_by(|a, b| a.line == b.line && a.rule == b.rule)
        .map(|same| {
            let first = &same[0];
            let what: Vec<&str> = same.iter().map(|r| r.what.as_str()).collect();
            let (line, place) = match (place, line) {
                ("", start) => (start.map(|s| s + first.line - 1), String::new()),
                (place, line) => (line, format!(" in {place}")),
            };
            let d = Diagnostic::warning(
                file,
                format!(
                    "removed from {}{place} before publishing: {}",
                    first.rule.place(),
                    what.join(", ")
                ),
            )
            .with_help(first.rule.help());
            match line {
                Some(line) => d.at_line(line),
                None => d,
            }
        })
        .collect()
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

/// The journey page, one page per draft, one change page per step and the compare page; and
/// the drafts as the pages that list them see them.
fn piece_pages(
    p: Prepared<'_>,
    summary: &PieceSummary,
    site: &SiteInfo,
    settings: &Settings,
    warnings: &mut Vec<Diagnostic>,
) -> (Vec<Page>, Vec<DraftInfo>) {
    let mut steps: Vec<DraftInfo> = Vec::with_capacity(p.drafts.len());
    for (i, (d, rendered)) in p.drafts.iter().zip(&p.rendered).enumerate() {
        warnings.extend(removed_warnings(
            &d.file,
            Some(d.body_line),
            "",
            &rendered.removed,
        ));
        let change = i.checked_sub(1).map(|j| &p.changes[j]);
        steps.push(DraftInfo::new(&p.path, d, change, settings, warnings));
    }
    for (i, step) in steps.iter_mut().enumerate() {
        step.text_stats = Some(p.text_stats[i].clone());
        step.growth = i.checked_sub(1).map(|j| p.steps[j].clone());
    }
    // Feedback pinned to its passage in each draft, and what the next draft did with it.
    let bodies: Vec<String> = steps
        .iter_mut()
        .zip(&p.drafts)
        .zip(&p.rendered)
        .map(|((step, draft), rendered)| pin_feedback(draft, rendered, step, warnings))
        .collect();
    for (i, step) in steps.iter_mut().enumerate() {
        let Some(next) = p.rendered.get(i + 1) else {
            break;
        };
        for f in &mut step.feedback {
            if let Some(quote) = &f.quote {
                let fate =
                    quotes::quote_fate_after(quote, &p.rendered[i], next, &p.changes[i].new_of_old);
                f.fate = Some(fate);
                f.fate_label = Some(fate.label());
            }
        }
    }
    let latest = steps.len() - 1;
    let mut pages = Vec::with_capacity(steps.len() * 2 + 2);

    // What several pages show alike, as template values once.
    let site = Shared::of(site);
    let piece = Shared::of(summary);
    let drafts: Vec<Shared> = steps.iter().map(Shared::of).collect();
    // The feedback on the draft before each draft, which it answers.
    let answers: Vec<Value> = std::iter::once(Value::from(Vec::<Value>::new()))
        .chain(steps[..latest].iter().map(|s| Shared::of(&s.feedback).0))
        .collect();
    // A step of the journey, and in the packet with the draft's body.
    let step = |i: usize, body_html: Option<String>| -> Value {
        let mut map = tera::Map::new();
        map.insert("draft".into(), drafts[i].0.clone());
        map.insert("answers".into(), answers[i].clone());
        if let Some(body) = body_html {
            map.insert("body_html".into(), Shared::html(&body).0);
        }
        Value::from(map)
    };
    let packet_url = format!("{}/packet/index.html", p.path);
    let packet_steps: Vec<Value> = steps
        .iter()
        .zip(&p.rendered)
        .enumerate()
        .map(|(i, (draft, rendered))| {
            // Headings and footnotes repeat from draft to draft.
            let body = crate::html::prefix_ids(&rendered.html, &format!("draft-{}-", draft.number));
            step(i, Some(body))
        })
        .collect();
    pages.push(page(packet_url.clone(), "packet.html", "../", |root| {
        PageData::Packet(PacketPage {
            site: site.clone(),
            root,
            piece: piece.clone(),
            steps: Shared(Value::from(packet_steps)),
        })
    }));
    let journey: Vec<Value> = (0..steps.len()).map(|i| step(i, None)).collect();
    pages.push(page(summary.url.clone(), "piece.html", "", |root| {
        PageData::Piece(PiecePage {
            site: site.clone(),
            root,
            piece: piece.clone(),
            steps: Shared(Value::from(journey)),
            latest: drafts[latest].clone(),
            latest_html: Shared::html(&p.rendered[latest].html),
            compare_url: (steps.len() > 1).then(|| compare_url(&p.path)),
            packet_url,
            chart_svg: Shared::html(&chart::growth_chart(
                &steps
                    .iter()
                    .map(|s| chart::ChartPoint {
                        number: s.number,
                        words: s.text_stats.as_ref().map_or(0, |t| t.words),
                        added: s.growth.as_ref().map_or(0, |g| g.words_added),
                        cut: s.growth.as_ref().map_or(0, |g| g.words_cut),
                    })
                    .collect::<Vec<_>>(),
                "growth-chart",
            )),
            growth: p.growth.clone(),
        })
    }));

    for (i, info) in steps.iter().enumerate() {
        // Each page's own list: a copy of every draft per page grew with their square.
        let replay = replay::Replay::new(&steps, i);
        pages.push(page(info.url.clone(), "draft.html", "../", |root| {
            PageData::Draft(DraftPage {
                site: site.clone(),
                root,
                piece: piece.clone(),
                draft: drafts[i].clone(),
                body_html: Shared::html(&bodies[i]),
                previous: i.checked_sub(1).map(|j| steps[j].link()),
                next: steps.get(i + 1).map(DraftInfo::link),
                drafts: replay.steps,
                position: replay.position,
                replay: replay.list,
            })
        }));
        if let (Some(url), Some(before)) = (&info.changes_url, i.checked_sub(1)) {
            pages.push(page(url.clone(), "changes.html", "../../", |root| {
                PageData::Changes(ChangesPage::new(
                    [&site, &piece, &drafts[before], &drafts[i]],
                    root,
                    &p.changes[before],
                    ChangeKind::Step,
                ))
            }));
        }
    }
    if latest > 0 {
        let view = p.compare.as_ref().unwrap_or(&p.changes[0]);
        pages.push(page(compare_url(&p.path), "compare.html", "../", |root| {
            PageData::Changes(ChangesPage::new(
                [&site, &piece, &drafts[0], &drafts[latest]],
                root,
                view,
                ChangeKind::FirstToLatest,
            ))
        }));
    }
    (pages, steps)
}
