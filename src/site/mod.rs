//! The site model: every page the build writes, its URL and the data its template needs.
//!
//! Only published drafts reach this stage (private ones are dropped here), and every link in the
//! data is relative to the site root; each page carries `root`, its own way back to the root
//! (`../../`), so the finished folder works from any sub-path and straight from disk.

pub mod chart;
pub mod feeds;
mod groups;
mod home;
pub mod names;
mod page;
mod piece;
pub mod privacy;
pub mod replay;
mod values;

use std::path::Path;

use rayon::prelude::*;

use crate::content::front_matter::Visibility;
use crate::content::{Asset, Draft, Piece};
use crate::diagnostic::Diagnostic;
use crate::growth::{self, DraftStats};
use crate::i18n::Catalog;
use crate::markdown::{self, Rendered};
use crate::settings::Settings;
pub use home::{SiteInfo, Topic, Year};
pub use page::{Page, PageError, Template, html_value, value_of};
pub use values::*;

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
    /// The piece as lists show it.
    pub summary: PieceSummary,
    /// Every published draft.
    pub drafts: Vec<DraftInfo>,
    /// The piece's entry in the search index, as JSON.
    pub search_entry: String,
    /// The words its published drafts try, in order of first use, each stem once (everyday
    /// words and names left out): what the writer's page reads to find words new to the
    /// writer's whole portfolio.
    pub words_tried: Vec<String>,
}

/// Plans one piece's pages: renders each published draft once, diffs consecutive drafts (and
/// first to latest), counts its growth, pins feedback to its passages and lays out the pages.
/// `None` when no draft is published; an error only if a page's values cannot be made.
///
/// Nothing here looks at other pieces, so a piece's pages depend only on the piece, the settings,
/// the site's sections (`site`) and the templates; `serve` relies on that to re-render only the
/// pieces that changed.
pub fn plan_piece(
    piece: &Piece,
    settings: &Settings,
    site: &SiteInfo,
    words: &Catalog,
) -> Result<Option<PiecePlan>, PageError> {
    let published = privacy::published_drafts(piece);
    let drafts: Vec<&Draft> = published.iter().collect();
    let Some(latest) = drafts.last() else {
        return Ok(None);
    };
    let listed = latest.meta.visibility != Some(Visibility::Unlisted);
    // In parallel within the piece too: when `serve` re-renders the one piece that changed,
    // this is most of the wait.
    let (rendered, text_stats): (Vec<Rendered>, Vec<DraftStats>) = drafts
        .par_iter()
        .map(|d| {
            let rendered = markdown::render_in(&d.body, settings.raw_html, words);
            let language = d.meta.language.as_deref().unwrap_or(&settings.language);
            let stats = growth::draft_stats(&rendered, language);
            (rendered, stats)
        })
        .unzip();
    let (changes, compare) = piece::compare_steps(&rendered, words);
    // New words are new to this piece: its published drafts, in order.
    let language = latest
        .meta
        .language
        .as_deref()
        .unwrap_or(&settings.language);
    let mut vocabulary = growth::Vocabulary::for_language(language);
    let mut steps = Vec::with_capacity(changes.len());
    let mut words_tried = Vec::new();
    for (i, r) in rendered.iter().enumerate() {
        let new_words = vocabulary.learn(r);
        words_tried.extend(new_words.iter().cloned());
        if let Some(change) = i.checked_sub(1).map(|j| &changes[j]) {
            steps.push(growth::step_growth(&change.stats, r.words, new_words));
        }
    }
    let piece_growth = growth::piece_growth(&text_stats, &steps, words);
    let path = privacy::public_path(piece, &site.names, settings);
    let summary = PieceSummary::new(&path, &drafts, &rendered, &piece_growth, &site.names, words);
    let text = rendered[rendered.len() - 1]
        .blocks
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let assets = privacy::published_assets(piece, &path);
    let analyzed = piece::Analyzed {
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
    let (pages, drafts) =
        piece::piece_pages(analyzed, &summary, site, settings, words, &mut warnings)?;
    if piece.from_git
        && let Some(latest) = piece.drafts.last()
    {
        // Earlier versions are commits: nothing can be done about what they say.
        warnings.retain(|w| w.file == latest.file);
    }
    Ok(Some(PiecePlan {
        pages,
        listing: PieceListing {
            search_entry: feeds::search_entry(&summary, &text),
            summary,
            drafts,
            words_tried,
        },
        listed,
        assets,
        warnings,
    }))
}

/// The pages about the whole site: the home page, the writer, assignment and tag pages, the
/// best-work view and the search page, all made from the `listed` pieces (in folder order), and
/// the page for addresses that lead nowhere.
pub fn site_pages(
    site: &SiteInfo,
    listed: &[&PieceListing],
    words: &Catalog,
) -> Result<Vec<Page>, PageError> {
    let mut summaries: Vec<PieceSummary> = listed.iter().map(|l| l.summary.clone()).collect();
    // A teacher modelling their own drafts comes first; otherwise folder order.
    summaries.sort_by_key(|s| !s.teacher);
    let site_value = value_of(site, || "the site".to_string())?;
    let words_tried = listed
        .iter()
        .map(|l| (l.summary.url.as_str(), l.words_tried.as_slice()))
        .collect();
    let mut pages = groups::group_pages(&site_value, &summaries, &words_tried, words)?;
    pages.extend(groups::showcase_page(&site_value, listed)?);
    pages.push(
        Page::new(
            "search/index.html".to_string(),
            Template::Search,
            &site_value,
        )
        .with("pieces", &summaries)?,
    );
    let mut home = Page::new("index.html".to_string(), Template::Home, &site_value)
        .with("pieces", &summaries)?;
    if site.blog {
        let (years, topics) = home::blog_home(&summaries, words);
        home = home.with("years", &years)?.with("topics", &topics)?;
    }
    pages.push(home);
    // Served at any address, so its links start from the site's own address when it has one.
    let root = site.base_url.clone().unwrap_or_default();
    pages.push(Page::at_root(
        "404.html".to_string(),
        Template::NotFound,
        &site_value,
        root,
    ));
    Ok(pages)
}

/// Warnings for what the safety rule took out of a writer's text in `file`, one per line and
/// rule, the same removal on many lines (a table styled cell by cell) once, at its first line,
/// saying where else: of the draft's body when `place` is empty (`line` is then where the body starts), else
/// of the front-matter text `place` names ("the reflection"), whose key is on `line`.
pub(crate) fn removed_warnings(
    file: &Path,
    line: Option<usize>,
    place: &str,
    removed: &[markdown::Removed],
) -> Vec<Diagnostic> {
    let each_line = removed
        .chunk_by(|a, b| a.line == b.line && a.rule == b.rule)
        .map(|same| {
            let first = &same[0];
            let mut what: Vec<&str> = Vec::with_capacity(same.len());
            for r in same {
                if !what.contains(&r.what.as_str()) {
                    what.push(&r.what);
                }
            }
            let (line, place) = match (place, line) {
                ("", start) => (start.map(|s| s + first.line - 1), String::new()),
                (place, line) => (line, format!(" in {place}")),
            };
            let message = match first.rule {
                markdown::Rule::Unclosed => {
                    format!(
                        "never closed{place}, so closed where its block ends: {}",
                        what.join(", ")
                    )
                }
                rule => format!(
                    "removed from {}{place} before publishing: {}",
                    rule.place(),
                    what.join(", ")
                ),
            };
            (message, line, first.rule)
        });
    // Each message with the lines it is about, in the order first met.
    let mut merged: Vec<(String, Vec<usize>, markdown::Rule)> = Vec::new();
    for (message, line, rule) in each_line {
        match merged.iter_mut().find(|(m, ..)| *m == message) {
            Some((_, lines, _)) => lines.extend(line),
            None => merged.push((message, line.into_iter().collect(), rule)),
        }
    }
    merged
        .into_iter()
        .map(|(mut message, lines, rule)| {
            match &lines[..] {
                [] | [_] => {}
                [_, more @ ..] if more.len() <= 3 => {
                    let more: Vec<String> = more.iter().map(usize::to_string).collect();
                    message.push_str(&format!(
                        " (and on {} {})",
                        crate::english::plural(more.len(), "line", "lines"),
                        crate::english::and_list(&more)
                    ));
                }
                [_, more @ ..] => {
                    message.push_str(&format!(" (and on {} more lines)", more.len()));
                }
            }
            let d = Diagnostic::warning(file, message).with_help(rule.help());
            match lines.first() {
                Some(&line) => d.at_line(line),
                None => d,
            }
        })
        .collect()
}
