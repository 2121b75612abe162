//! The site as a whole: its settings as templates see them, its navigation, and its home
//! page, which lists pieces as a portfolio does or, for a blog, posts newest first by year
//! with the blog's tags.

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;

use super::{Link, PieceSummary};
use crate::content::front_matter::{Visibility, WriterRole};
use crate::content::{CUSTOM_CSS, Draft, Portfolio};
use crate::i18n::Catalog;
use crate::settings::{Home, SearchEngines};
use crate::site::names::Names;

/// Site-wide settings as templates need them, and the site's navigation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SiteInfo {
    /// The site's title.
    pub title: String,
    /// A sentence or two about the site.
    pub description: Option<String>,
    /// The site's owner, as `names:` shows them.
    pub author: Option<String>,
    /// The language tag, for `<html lang>`.
    pub language: String,
    /// `rtl` for a language written right to left, else `ltr`: `<html dir>`.
    pub direction: &'static str,
    /// The words the page's script writes, as JSON (see [`crate::i18n::script_words`]).
    pub script_words: String,
    /// The address the site will live at, if known.
    pub base_url: Option<String>,
    /// Ask search engines to stay away (`<meta name="robots" content="noindex">`).
    pub noindex: bool,
    /// `redraft 0.1.0`, for `<meta name="generator">`.
    pub generator: String,
    /// The site's sections, each only when it has something to show.
    pub nav: Vec<Link>,
    /// The writers and how each is named.
    #[serde(skip)]
    pub names: Names,
    /// The path of the portfolio's own stylesheet (`static/custom.css`) in the site, when it
    /// has one: every page loads it after the theme's.
    pub custom_css: Option<String>,
    /// The site reads like a blog: its home page lists posts newest first (see [`Home`]).
    pub blog: bool,
}

impl SiteInfo {
    /// The portfolio's settings, sections and stylesheet. Sections are decided from front matter
    /// alone (which listed pieces have writers, assignments, tags or showcase drafts), so this
    /// is cheap and known before any piece is rendered.
    pub fn new(portfolio: &Portfolio) -> SiteInfo {
        let (settings, pieces) = (&portfolio.settings, &portfolio.pieces);
        let names = Names::new(settings, pieces);
        let (mut writers, mut assignments, mut tags, mut showcase) = (false, false, false, false);
        // What makes a class: more than one writer, assignments, courses, a teacher.
        let mut authors = HashSet::new();
        let mut class = false;
        for piece in pieces {
            let published: Vec<&Draft> = piece.drafts.iter().filter(|d| !d.is_private()).collect();
            let Some(latest) = published.last() else {
                continue;
            };
            if latest.meta.visibility == Some(Visibility::Unlisted) {
                continue;
            }
            let m = &latest.meta;
            writers |= m.author.as_deref().and_then(|a| names.writer(a)).is_some();
            assignments |= m.assignment.is_some();
            tags |= m.tags.as_ref().is_some_and(|t| !t.is_empty());
            showcase |= published.iter().any(|d| d.meta.showcase == Some(true));
            authors.extend(m.author.as_deref());
            class |=
                m.assignment.is_some() || m.course.is_some() || m.role == Some(WriterRole::Teacher);
        }
        let blog = match settings.home {
            Home::Posts => true,
            Home::Pieces => false,
            Home::Auto => !class && authors.len() <= 1 && !pieces.is_empty(),
        };
        // A blog's one writer needs no page listing the writers.
        writers &= !(blog && authors.len() <= 1);
        let (words, _) = Catalog::new(&settings.language, &portfolio.translations);
        let mut nav = Vec::new();
        for (has, url, id) in [
            (
                true,
                "index.html",
                if blog { "nav-posts" } else { "nav-pieces" },
            ),
            (writers, "writers/index.html", "nav-writers"),
            (assignments, "assignments/index.html", "nav-assignments"),
            (tags, "tags/index.html", "nav-tags"),
            (showcase, "showcase/index.html", "nav-best-work"),
            (true, "search/index.html", "nav-search"),
        ] {
            if has {
                nav.push(Link {
                    url: url.to_string(),
                    text: words.text(id),
                });
            }
        }
        SiteInfo {
            nav,
            title: settings.title.clone(),
            description: settings.description.clone(),
            author: settings
                .author
                .as_deref()
                .and_then(|a| names.site_person(a)),
            language: settings.language.clone(),
            direction: crate::i18n::direction(&settings.language),
            script_words: crate::i18n::script_words(&words),
            base_url: settings.base_url.clone(),
            noindex: settings.search_engines == SearchEngines::NoIndex,
            generator: format!("redraft {}", env!("CARGO_PKG_VERSION")),
            names,
            blog,
            // The static files went through the fence: a link that leads out of the portfolio
            // is not among them, so it is neither published nor linked.
            custom_css: portfolio
                .static_files
                .iter()
                .find(|f| f.target == CUSTOM_CSS)
                .map(|f| f.target.clone()),
        }
    }
}

/// The posts of one year, newest first.
#[derive(Debug, Clone, Serialize)]
pub struct Year {
    /// `2026`, or empty for posts with no date.
    pub year: String,
    /// Its posts.
    pub posts: Vec<PieceSummary>,
}

/// A tag with how many posts carry it.
#[derive(Debug, Clone, Serialize)]
pub struct Topic {
    /// The tag's page.
    pub url: String,
    /// The tag.
    pub text: String,
    /// How many posts.
    pub count: usize,
}

/// A blog's posts by year, newest first by their latest draft (the year of that draft), and
/// their tags, the most used first (then as the language of `words` sorts them).
pub(super) fn blog_home(summaries: &[PieceSummary], words: &Catalog) -> (Vec<Year>, Vec<Topic>) {
    let mut posts: Vec<&PieceSummary> = summaries.iter().collect();
    // ISO dates sort as text; undated posts go last.
    posts.sort_by(|a, b| {
        let day = |s: &PieceSummary| s.last_date.as_ref().map(|d| d.iso.clone());
        day(b).cmp(&day(a))
    });
    let mut years: Vec<Year> = Vec::new();
    for post in posts {
        let year = post
            .last_date
            .as_ref()
            .map(|d| d.iso.get(..4).unwrap_or_default().to_string())
            .unwrap_or_default();
        match years.last_mut() {
            Some(last) if last.year == year => last.posts.push(post.clone()),
            _ => years.push(Year {
                year,
                posts: vec![post.clone()],
            }),
        }
    }
    let mut counts: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for tag in summaries.iter().flat_map(|s| &s.tags) {
        *counts.entry((&tag.text, &tag.url)).or_default() += 1;
    }
    let mut topics: Vec<Topic> = counts
        .into_iter()
        .map(|((text, url), count)| Topic {
            url: url.to_string(),
            text: text.to_string(),
            count,
        })
        .collect();
    topics.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| words.compare(&a.text, &b.text))
    });
    (years, topics)
}
