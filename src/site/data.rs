//! What templates see: plain, serializable data with every link relative to the site root and
//! every piece of Markdown already rendered to HTML.

use serde::Serialize;

use crate::content::front_matter::{Feedback, Stage, WriterRole};
use crate::content::{Draft, Piece};
use crate::date::Date;
use crate::diff::{ChangeStats, ChangeView};
use crate::fields::Choice;
use crate::markdown::{self, Rendered};
use crate::settings::{SearchEngines, Settings};

/// Site-wide settings as templates need them.
#[derive(Debug, Clone, Serialize)]
pub struct SiteInfo {
    pub title: String,
    pub description: Option<String>,
    pub author: Option<String>,
    pub language: String,
    pub base_url: Option<String>,
    /// Ask search engines to stay away (`<meta name="robots" content="noindex">`).
    pub noindex: bool,
    /// `redraft 0.1.0`, for `<meta name="generator">`.
    pub generator: String,
}

impl SiteInfo {
    pub fn new(settings: &Settings) -> SiteInfo {
        SiteInfo {
            title: settings.title.clone(),
            description: settings.description.clone(),
            author: settings
                .author
                .as_deref()
                .and_then(|a| settings.names.show(a)),
            language: settings.language.clone(),
            base_url: settings.base_url.clone(),
            noindex: settings.search_engines == SearchEngines::NoIndex,
            generator: format!("redraft {}", env!("CARGO_PKG_VERSION")),
        }
    }
}

/// A date in the three forms templates use.
#[derive(Debug, Clone, Serialize)]
pub struct DateInfo {
    /// `2026-10-03`, for `<time datetime>`.
    pub iso: String,
    /// `3 October 2026`.
    pub long: String,
    /// `3 Oct 2026`.
    pub short: String,
}

impl From<Date> for DateInfo {
    fn from(d: Date) -> DateInfo {
        DateInfo {
            iso: d.to_string(),
            long: d.long(),
            short: d.short(),
        }
    }
}

/// A stage badge.
#[derive(Debug, Clone, Serialize)]
pub struct StageInfo {
    /// `first-draft`, for CSS classes.
    pub key: &'static str,
    /// `First draft`.
    pub label: &'static str,
}

impl From<Stage> for StageInfo {
    fn from(s: Stage) -> StageInfo {
        StageInfo {
            key: s.word(),
            label: s.label(),
        }
    }
}

/// A link with its text.
#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub url: String,
    pub text: String,
}

/// A piece as listed on the home page and shown at the top of its pages.
#[derive(Debug, Clone, Serialize)]
pub struct PieceSummary {
    pub url: String,
    pub title: String,
    /// The writer's name as `names:` allows, if shown at all.
    pub writer: Option<String>,
    pub teacher: bool,
    pub assignment: Option<String>,
    pub course: Option<String>,
    pub tags: Vec<String>,
    pub stage: Option<StageInfo>,
    pub draft_count: usize,
    pub first_date: Option<DateInfo>,
    pub last_date: Option<DateInfo>,
    pub words_first: usize,
    pub words_latest: usize,
    /// The start of the latest draft, as plain text.
    pub excerpt: String,
}

impl PieceSummary {
    pub fn new(
        piece: &Piece,
        drafts: &[&Draft],
        rendered: &[Rendered],
        settings: &Settings,
    ) -> PieceSummary {
        let latest = drafts[drafts.len() - 1];
        let excerpt_source = rendered[rendered.len() - 1]
            .blocks
            .iter()
            .find(|b| b.tag == "p")
            .map(|b| b.text.as_str())
            .unwrap_or_default();
        PieceSummary {
            url: format!("{}/index.html", piece.path),
            title: piece_title(piece, latest),
            writer: latest
                .meta
                .author
                .as_deref()
                .and_then(|a| settings.names.show(a)),
            teacher: latest.meta.role == Some(WriterRole::Teacher),
            assignment: latest.meta.assignment.clone(),
            course: latest.meta.course.clone(),
            tags: latest.meta.tags.clone().unwrap_or_default(),
            stage: latest.meta.stage.map(StageInfo::from),
            draft_count: drafts.len(),
            first_date: drafts.iter().find_map(|d| d.meta.date).map(DateInfo::from),
            last_date: drafts
                .iter()
                .rev()
                .find_map(|d| d.meta.date)
                .map(DateInfo::from),
            words_first: rendered[0].words,
            words_latest: rendered[rendered.len() - 1].words,
            excerpt: excerpt(excerpt_source, 220),
        }
    }
}

/// The latest draft's title, or the folder name made readable.
fn piece_title(piece: &Piece, latest: &Draft) -> String {
    latest.meta.title.clone().unwrap_or_else(|| {
        let name = piece
            .path
            .rsplit('/')
            .next()
            .unwrap_or(&piece.path)
            .replace('-', " ");
        let mut chars = name.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    })
}

/// The first `max` characters of `text`, cut at a word and marked with an ellipsis.
fn excerpt(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.']))
}

/// A piece of feedback, rendered.
#[derive(Debug, Clone, Serialize)]
pub struct FeedbackInfo {
    pub from: Option<String>,
    pub role: Option<&'static str>,
    /// `teacher`, `peer`, `self`, `reader`, for CSS classes.
    pub role_key: Option<&'static str>,
    pub date: Option<DateInfo>,
    pub text_html: String,
    pub quote: Option<String>,
}

impl FeedbackInfo {
    fn new(f: &Feedback, settings: &Settings) -> FeedbackInfo {
        FeedbackInfo {
            from: f.from.as_deref().and_then(|n| settings.names.show(n)),
            role: f.role.map(|r| r.label()),
            role_key: f.role.map(Choice::word),
            date: f.date.map(DateInfo::from),
            text_html: markdown::render_snippet(&f.text, settings.raw_html),
            quote: f.quote.clone(),
        }
    }
}

/// Change counts plus the sentence that sums them up.
#[derive(Debug, Clone, Serialize)]
pub struct StatsInfo {
    #[serde(flatten)]
    pub counts: ChangeStats,
    pub summary: String,
}

impl From<ChangeStats> for StatsInfo {
    fn from(counts: ChangeStats) -> StatsInfo {
        StatsInfo {
            summary: counts.summary(),
            counts,
        }
    }
}

/// One draft, as every page that mentions it sees it.
#[derive(Debug, Clone, Serialize)]
pub struct DraftInfo {
    pub number: u32,
    pub url: String,
    /// The change page from the draft before, unless this is the first draft.
    pub changes_url: Option<String>,
    pub title: Option<String>,
    pub label: Option<String>,
    pub stage: Option<StageInfo>,
    pub date: Option<DateInfo>,
    pub changes: Option<String>,
    pub reflection_html: Option<String>,
    pub tried: Option<String>,
    pub goals: Vec<String>,
    pub showcase: bool,
    /// Feedback received on this draft (the next draft answers it).
    pub feedback: Vec<FeedbackInfo>,
    /// What changed from the draft before, if there is one.
    pub stats: Option<StatsInfo>,
}

impl DraftInfo {
    pub fn new(
        piece: &Piece,
        draft: &Draft,
        change: Option<&ChangeView>,
        settings: &Settings,
    ) -> DraftInfo {
        let m = &draft.meta;
        let url = format!("{}/draft-{}/index.html", piece.path, draft.number);
        DraftInfo {
            number: draft.number,
            changes_url: change
                .map(|_| format!("{}/draft-{}/changes/index.html", piece.path, draft.number)),
            url,
            title: m.title.clone(),
            label: m.label.clone(),
            stage: m.stage.map(StageInfo::from),
            date: m.date.map(DateInfo::from),
            changes: m.changes.clone(),
            reflection_html: m
                .reflection
                .as_deref()
                .map(|r| markdown::render_snippet(r, settings.raw_html)),
            tried: m.tried.clone(),
            goals: m.goals.clone().unwrap_or_default(),
            showcase: m.showcase.unwrap_or(false),
            feedback: m
                .feedback
                .iter()
                .flatten()
                .map(|f| FeedbackInfo::new(f, settings))
                .collect(),
            stats: change.map(|c| c.stats.into()),
        }
    }

    /// "Draft 2: After peer review".
    pub fn name(&self) -> String {
        match &self.label {
            Some(label) => format!("Draft {}: {label}", self.number),
            None => format!("Draft {}", self.number),
        }
    }

    pub fn link(&self) -> Link {
        Link {
            url: self.url.clone(),
            text: self.name(),
        }
    }
}

/// A step of a piece's journey: the draft and the feedback on the draft before it, which it
/// answers.
#[derive(Debug, Clone, Serialize)]
pub struct JourneyStep {
    pub draft: DraftInfo,
    pub answers: Vec<FeedbackInfo>,
}

/// The home page.
#[derive(Debug, Clone, Serialize)]
pub struct HomePage {
    pub site: SiteInfo,
    pub root: String,
    pub pieces: Vec<PieceSummary>,
}

/// A piece's journey.
#[derive(Debug, Clone, Serialize)]
pub struct PiecePage {
    pub site: SiteInfo,
    pub root: String,
    pub piece: PieceSummary,
    pub steps: Vec<JourneyStep>,
    pub latest: DraftInfo,
    pub latest_html: String,
    pub compare_url: Option<String>,
}

/// One draft as it was written.
#[derive(Debug, Clone, Serialize)]
pub struct DraftPage {
    pub site: SiteInfo,
    pub root: String,
    pub piece: PieceSummary,
    pub draft: DraftInfo,
    pub body_html: String,
    pub previous: Option<Link>,
    pub next: Option<Link>,
}

/// Which comparison a change page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    /// One draft to the next.
    Step,
    /// The first draft to the latest.
    FirstToLatest,
}

/// A change page (`draft-n/changes/`) or the compare page.
#[derive(Debug, Clone, Serialize)]
pub struct ChangesPage {
    pub site: SiteInfo,
    pub root: String,
    pub kind: ChangeKind,
    pub piece: PieceSummary,
    pub from: DraftInfo,
    pub to: DraftInfo,
    pub view_html: String,
    /// The same comparison in two columns.
    pub side_by_side_html: String,
    pub stats: StatsInfo,
    /// Ids of the marked changes in order, for previous/next links.
    pub change_ids: Vec<String>,
}

impl ChangesPage {
    pub fn new(
        site: &SiteInfo,
        root: String,
        piece: &PieceSummary,
        from: &DraftInfo,
        to: &DraftInfo,
        view: &ChangeView,
        kind: ChangeKind,
    ) -> ChangesPage {
        ChangesPage {
            site: site.clone(),
            root,
            kind,
            piece: piece.clone(),
            from: from.clone(),
            to: to.clone(),
            view_html: view.html.clone(),
            side_by_side_html: view.side_by_side.clone(),
            stats: view.stats.into(),
            change_ids: (1..=view.changes).map(crate::diff::change_id).collect(),
        }
    }
}

/// The 404 page.
#[derive(Debug, Clone, Serialize)]
pub struct NotFoundPage {
    pub site: SiteInfo,
    pub root: String,
}

/// The data of any page.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)] // one value per page, made once and rendered once: boxing buys nothing
pub enum PageData {
    Home(HomePage),
    Piece(PiecePage),
    Draft(DraftPage),
    Changes(ChangesPage),
    NotFound(NotFoundPage),
}
