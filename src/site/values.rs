//! The values templates see: plain, serializable data with every link relative to the site
//! root and every piece of Markdown already rendered to HTML.

use serde::Serialize;

use crate::content::Draft;
use crate::content::front_matter::{Feedback, Key, Stage, WriterRole};
use crate::date::Date;
use crate::diagnostic::Diagnostic;
use crate::diff::{ChangeStats, ChangeView};
use crate::fields::Choice;
use crate::growth::{DraftStats, PieceGrowth, StepGrowth};
use crate::html;
use crate::i18n::{Arg, Catalog};
use crate::markdown::{self, Rendered};
use crate::quotes::QuoteFate;
use crate::settings::Settings;
use crate::site::chart;
use crate::site::names::Names;
use crate::site::privacy::name_slug;
use crate::site::removed_warnings;

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

impl DateInfo {
    /// The date in the forms of the language of `words`.
    pub fn new(d: Date, words: &Catalog) -> DateInfo {
        let (year, month, day) = d.parts();
        let parts = [
            ("day", Arg::from(u32::from(day))),
            ("month", Arg::from(u32::from(month))),
            ("year", Arg::Number(f64::from(year))),
        ];
        DateInfo {
            iso: d.to_string(),
            long: words.with("date-long", &parts),
            short: words.with("date-short", &parts),
        }
    }
}

/// A stage badge.
#[derive(Debug, Clone, Serialize)]
pub struct StageInfo {
    /// `first-draft`, for CSS classes.
    pub key: &'static str,
    /// `First draft`.
    pub label: String,
}

impl StageInfo {
    /// The stage, named in the language of `words`.
    pub fn new(s: Stage, words: &Catalog) -> StageInfo {
        StageInfo {
            key: s.word(),
            label: words.text(&format!("stage-{}", s.word())),
        }
    }
}

/// A link with its text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Link {
    /// Where it goes, from the site root.
    pub url: String,
    /// What it says.
    pub text: String,
}

/// A piece as listed on the home page and shown at the top of its pages.
#[derive(Debug, Clone, Serialize)]
pub struct PieceSummary {
    /// The journey page, from the site root.
    pub url: String,
    /// The latest draft's title, or the folder's name made readable.
    pub title: String,
    /// The writer's name as `names:` allows, if shown at all.
    pub writer: Option<String>,
    /// The writer's page.
    pub writer_url: Option<String>,
    /// A teacher's own drafts.
    pub teacher: bool,
    /// The assignment it answers.
    pub assignment: Option<String>,
    /// The assignment's page.
    pub assignment_url: Option<String>,
    /// The course.
    pub course: Option<String>,
    /// Its tags, each linked to its page.
    pub tags: Vec<Link>,
    /// The latest draft's stage.
    pub stage: Option<StageInfo>,
    /// Published drafts.
    pub draft_count: usize,
    /// The first dated draft's date ("planted").
    pub first_date: Option<DateInfo>,
    /// The last dated draft's date ("last tended").
    pub last_date: Option<DateInfo>,
    /// Words in the first draft.
    pub words_first: usize,
    /// Words in the latest draft.
    pub words_latest: usize,
    /// The start of the latest draft, as plain text.
    pub excerpt: String,
    /// How the piece grew, in a sentence or two.
    pub growth_summary: String,
    /// Words per draft as a small inline SVG line.
    pub sparkline_svg: String,
}

impl PieceSummary {
    /// `path` is the piece's public URL path.
    pub fn new(
        path: &str,
        drafts: &[&Draft],
        rendered: &[Rendered],
        growth: &PieceGrowth,
        names: &Names,
        language: &Catalog,
    ) -> PieceSummary {
        let words: Vec<usize> = rendered.iter().map(|r| r.words).collect();
        let list = words
            .iter()
            .map(|&n| language.number(n))
            .collect::<Vec<_>>()
            .join(&language.text("list-separator"));
        let sparkline_label = language.with("words-per-draft", &[("words", list.into())]);
        let latest = drafts[drafts.len() - 1];
        let writer = latest
            .meta
            .author
            .as_deref()
            .and_then(|a| names.writer(a))
            .map(str::to_string);
        let excerpt_source = rendered[rendered.len() - 1]
            .blocks
            .iter()
            .find(|b| b.tag == "p")
            .map(|b| b.text.as_str())
            .unwrap_or_default();
        PieceSummary {
            url: format!("{path}/index.html"),
            title: piece_title(path, latest),
            writer_url: writer.as_deref().map(|w| Group::Writers.url(w)),
            writer,
            teacher: latest.meta.role == Some(WriterRole::Teacher),
            assignment_url: latest
                .meta
                .assignment
                .as_deref()
                .map(|a| Group::Assignments.url(a)),
            assignment: latest.meta.assignment.clone(),
            course: latest.meta.course.clone(),
            tags: latest
                .meta
                .tags
                .iter()
                .flatten()
                .map(|t| Link {
                    url: Group::Tags.url(t),
                    text: t.clone(),
                })
                .collect(),
            stage: latest.meta.stage.map(|s| StageInfo::new(s, language)),
            draft_count: drafts.len(),
            first_date: drafts
                .iter()
                .find_map(|d| d.meta.date)
                .map(|d| DateInfo::new(d, language)),
            last_date: drafts
                .iter()
                .rev()
                .find_map(|d| d.meta.date)
                .map(|d| DateInfo::new(d, language)),
            words_first: rendered[0].words,
            words_latest: rendered[rendered.len() - 1].words,
            excerpt: excerpt(excerpt_source, 220),
            growth_summary: growth.summary.clone(),
            sparkline_svg: chart::sparkline(
                &words,
                &format!("spark-{}", path.replace('/', "-")),
                &sparkline_label,
            ),
        }
    }
}

/// The latest draft's title, or the folder name made readable.
fn piece_title(path: &str, latest: &Draft) -> String {
    latest.meta.title.clone().unwrap_or_else(|| {
        let name = path.rsplit('/').next().unwrap_or(path).replace('-', " ");
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
    /// Who gave it, as `names:` shows them.
    pub from: Option<String>,
    /// Their role, in words.
    pub role: Option<String>,
    /// `teacher`, `peer`, `self`, `reader`, for CSS classes.
    pub role_key: Option<&'static str>,
    /// When.
    pub date: Option<DateInfo>,
    /// Who gave it, their role and when, as the line above the comment shows them (in the
    /// feedback lists and in the note pinned beside the passage alike).
    pub who_html: String,
    /// What they said, rendered.
    pub text_html: String,
    /// The passage it is about, as they typed it.
    pub quote: Option<String>,
    /// The number of its marker, when the quoted passage was found in the draft.
    pub pin: Option<usize>,
    /// The marked passage on the draft's page.
    pub pin_url: Option<String>,
    /// What became of the quoted passage in the next draft.
    pub fate: Option<QuoteFate>,
    /// The same, in words ("revised").
    pub fate_label: Option<String>,
}

impl FeedbackInfo {
    /// Feedback `f`, the `number`th on `draft`; what its text loses to the safety rule goes
    /// into `warnings`.
    fn new(
        f: &Feedback,
        number: usize,
        draft: &Draft,
        settings: &Settings,
        names: &Names,
        words: &Catalog,
        warnings: &mut Vec<Diagnostic>,
    ) -> FeedbackInfo {
        let text = markdown::render_snippet_in(&f.text, settings.raw_html, words);
        let place = format!("the text of feedback {number}");
        warnings.extend(removed_warnings(&draft.file, f.line, &place, &text.removed));
        let style = draft.meta.names.unwrap_or(settings.names);
        let from = f
            .from
            .as_deref()
            .and_then(|n| names.person(n, f.role, style));
        let role = f.role.map(|r| words.text(&format!("role-{}", r.word())));
        let date = f.date.map(|d| DateInfo::new(d, words));
        FeedbackInfo {
            who_html: who_html(from.as_deref(), role.as_deref(), date.as_ref(), words),
            from,
            role,
            role_key: f.role.map(Choice::word),
            date,
            text_html: text.html,
            quote: f.quote.clone(),
            pin: None,
            pin_url: None,
            fate: None,
            fate_label: None,
        }
    }
}

/// The line that says who gave feedback: their name (or "A reader" when neither name nor
/// role is known), their role and the date.
fn who_html(
    from: Option<&str>,
    role: Option<&str>,
    date: Option<&DateInfo>,
    words: &Catalog,
) -> String {
    let mut who = match (from, role) {
        (Some(from), _) => format!(
            "<span class=\"feedback__from\">{}</span>",
            html::escape(from)
        ),
        (None, None) => format!(
            "<span class=\"feedback__from\">{}</span>",
            html::escape(&words.text("a-reader"))
        ),
        (None, Some(_)) => String::new(),
    };
    if let Some(role) = role {
        who.push_str(&format!(
            " <span class=\"feedback__role\">{}</span>",
            html::escape(role)
        ));
    }
    if let Some(date) = date {
        who.push_str(&format!(
            " <time datetime=\"{}\">{}</time>",
            date.iso,
            html::escape(&date.short)
        ));
    }
    who
}

/// Change counts plus the sentence that sums them up.
#[derive(Debug, Clone, Serialize)]
pub struct StatsInfo {
    #[serde(flatten)]
    /// The counts.
    pub counts: ChangeStats,
    /// "42 words added, 17 cut, 2 paragraphs moved".
    pub summary: String,
}

impl StatsInfo {
    /// The counts, summed up in the language of `words`.
    pub fn new(counts: ChangeStats, words: &Catalog) -> StatsInfo {
        StatsInfo {
            summary: counts.summary(words),
            counts,
        }
    }
}

/// One draft, as every page that mentions it sees it.
#[derive(Debug, Clone, Serialize)]
pub struct DraftInfo {
    /// Its number in the piece.
    pub number: u32,
    /// Its page.
    pub url: String,
    /// The change page from the draft before, unless this is the first draft.
    pub changes_url: Option<String>,
    /// Its title then.
    pub title: Option<String>,
    /// Its name ("After peer review").
    pub label: Option<String>,
    /// Its stage badge.
    pub stage: Option<StageInfo>,
    /// When it was written.
    pub date: Option<DateInfo>,
    /// What changed, in the writer's line.
    pub changes: Option<String>,
    /// Why, rendered.
    pub reflection_html: Option<String>,
    /// The risk the writer took.
    pub tried: Option<String>,
    /// Standards or learning targets it shows.
    pub goals: Vec<String>,
    /// Part of the best-work view.
    pub showcase: bool,
    /// Feedback received on this draft (the next draft answers it).
    pub feedback: Vec<FeedbackInfo>,
    /// What changed from the draft before, if there is one.
    pub stats: Option<StatsInfo>,
    /// What the draft's text shows: words, sentences, readability.
    pub text_stats: Option<DraftStats>,
    /// How it grew from the draft before: share revised, new words tried.
    pub growth: Option<StepGrowth>,
    /// "Draft 2: After peer review", in the site's language.
    #[serde(skip)]
    pub name: String,
    /// The language of its writing, when `language:` says it is not the site's.
    pub language: Option<LanguageInfo>,
    /// How readable its text is, named and said in the site's language ("LIX 38: medium").
    pub readability: Option<String>,
}

/// A language a draft is written in, for `lang` and `dir` on its text.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageInfo {
    /// `es`, `pt-BR`.
    pub tag: String,
    /// `ltr` or `rtl`.
    pub direction: &'static str,
}

impl DraftInfo {
    /// `path` is the piece's public URL path. What the reflection and feedback lose to the
    /// safety rule goes into `warnings`.
    pub fn new(
        path: &str,
        draft: &Draft,
        change: Option<&ChangeView>,
        settings: &Settings,
        names: &Names,
        words: &Catalog,
        warnings: &mut Vec<Diagnostic>,
    ) -> DraftInfo {
        let m = &draft.meta;
        let reflection = m.reflection.as_deref().map(|r| {
            let snippet = markdown::render_snippet_in(r, settings.raw_html, words);
            let place = "the reflection";
            warnings.extend(removed_warnings(
                &draft.file,
                m.lines.of(Key::Reflection),
                place,
                &snippet.removed,
            ));
            snippet.html
        });
        let url = format!("{path}/draft-{}/index.html", draft.number);
        DraftInfo {
            number: draft.number,
            changes_url: change
                .map(|_| format!("{path}/draft-{}/changes/index.html", draft.number)),
            url,
            title: m.title.clone(),
            label: m.label.clone(),
            stage: m.stage.map(|s| StageInfo::new(s, words)),
            date: m.date.map(|d| DateInfo::new(d, words)),
            changes: m.changes.clone(),
            reflection_html: reflection,
            tried: m.tried.clone(),
            goals: m.goals.clone().unwrap_or_default(),
            showcase: m.showcase.unwrap_or(false),
            feedback: m
                .feedback
                .iter()
                .flatten()
                .enumerate()
                .map(|(i, f)| FeedbackInfo::new(f, i + 1, draft, settings, names, words, warnings))
                .collect(),
            stats: change.map(|c| StatsInfo::new(c.stats, words)),
            language: m
                .language
                .as_ref()
                .filter(|tag| !tag.eq_ignore_ascii_case(&settings.language))
                .map(|tag| LanguageInfo {
                    tag: tag.clone(),
                    direction: crate::i18n::direction(tag),
                }),
            readability: None,
            name: match &m.label {
                Some(label) => words.with(
                    "draft-n-label",
                    &[("n", draft.number.into()), ("label", label.as_str().into())],
                ),
                None => words.with("draft-n", &[("n", draft.number.into())]),
            },
            text_stats: None,
            growth: None,
        }
    }

    /// "Draft 2: After peer review".
    pub fn name(&self) -> String {
        self.name.clone()
    }

    /// A link to its page, named as [`DraftInfo::name`] names it.
    pub fn link(&self) -> Link {
        Link {
            url: self.url.clone(),
            text: self.name(),
        }
    }
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

/// The ways pieces are grouped: each group has an index page and a page per member.
/// Templates see it as `writers`, `assignments` or `tags`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Group {
    /// The writers.
    Writers,
    /// The assignments.
    Assignments,
    /// The tags.
    Tags,
}

impl Group {
    /// The folder its pages go in.
    pub fn folder(self) -> &'static str {
        match self {
            Group::Writers => "writers",
            Group::Assignments => "assignments",
            Group::Tags => "tags",
        }
    }

    /// The page of the member called `name` (names that make the same slug share a page).
    pub fn url(self, name: &str) -> String {
        format!("{}/{}/index.html", self.folder(), name_slug(name))
    }

    /// The index page's heading, in the language of `words`.
    pub fn title(self, words: &Catalog) -> String {
        words.text(&format!("nav-{}", self.folder()))
    }
}

/// A member of a group as its index page lists it.
#[derive(Debug, Clone, Serialize)]
pub struct GroupMember {
    /// The member's page.
    pub url: String,
    /// Its name, as first spelt.
    pub name: String,
    /// How many listed pieces it has.
    pub pieces: usize,
    /// How many published drafts those pieces have between them.
    pub drafts: usize,
    /// A teacher (writers only).
    pub teacher: bool,
}

/// A draft marked `showcase: true`, with its piece.
#[derive(Debug, Clone, Serialize)]
pub struct ShowcaseItem {
    /// The piece.
    pub piece: PieceSummary,
    /// The draft.
    pub draft: DraftInfo,
}
