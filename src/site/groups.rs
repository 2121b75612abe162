//! The pages that gather pieces across the site: a page per writer, assignment and tag with an
//! index page for each group, and the best-work view.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use tera::Value;

use crate::growth;
use crate::i18n::Catalog;

use super::PieceListing;
use super::page::{Page, PageError, Template};
use super::privacy::name_slug;
use super::values::{DateInfo, Group, GroupMember, PieceSummary, ShowcaseItem};

/// The words each piece tried, by the piece's URL (see [`super::PieceListing::words_tried`]).
pub(super) type WordsTried<'a> = HashMap<&'a str, &'a [String]>;

/// How many of a piece's first-tried words a writer's page lists; the rest are only counted.
const WRITER_WORDS_SHOWN: usize = 30;

/// One piece on a writer's page, with the words first tried there across their portfolio.
#[derive(Debug, Clone, Serialize)]
struct PieceWords<'a> {
    title: &'a str,
    url: &'a str,
    date: Option<&'a DateInfo>,
    /// The first [`WRITER_WORDS_SHOWN`] of them.
    words: Vec<String>,
    /// All of them.
    count: usize,
}

/// A writer's pieces in the order they were begun (undated ones last, in listing order), each
/// with the words it tried that none begun before it had (compared the way of the site's
/// language, as `words` is).
fn new_words_over_time<'a>(
    pieces: &[&'a PieceSummary],
    words_tried: &WordsTried<'_>,
    words: &Catalog,
) -> Vec<PieceWords<'a>> {
    let mut pieces = pieces.to_vec();
    // Stable: pieces begun the same day keep their listing order.
    pieces.sort_by_key(|p| {
        (
            p.first_date.is_none(),
            p.first_date.as_ref().map(|d| &d.iso),
        )
    });
    let tried: Vec<&[String]> = pieces
        .iter()
        .map(|p| words_tried.get(p.url.as_str()).copied().unwrap_or_default())
        .collect();
    pieces
        .iter()
        .zip(growth::Vocabulary::for_language(words.tag()).first_tried_across(&tried))
        .map(|(p, mut words)| {
            let count = words.len();
            words.truncate(WRITER_WORDS_SHOWN);
            PieceWords {
                title: &p.title,
                url: &p.url,
                date: p.first_date.as_ref(),
                words,
                count,
            }
        })
        .collect()
}

/// The index page and the member pages of every group that has members.
pub(super) fn group_pages(
    site: &Value,
    summaries: &[PieceSummary],
    words_tried: &WordsTried<'_>,
    words: &Catalog,
) -> Result<Vec<Page>, PageError> {
    let mut pages = Vec::new();
    for group in [Group::Writers, Group::Assignments, Group::Tags] {
        // Members by slug, so names that make the same slug ("Voice", "voice") share a page;
        // the first spelling met names it.
        let mut members: BTreeMap<String, (String, Vec<&PieceSummary>)> = BTreeMap::new();
        for summary in summaries {
            for name in member_names(group, summary) {
                members
                    .entry(name_slug(name))
                    .or_insert_with(|| (name.to_string(), Vec::new()))
                    .1
                    .push(summary);
            }
        }
        if members.is_empty() {
            continue;
        }
        let mut listed: Vec<GroupMember> = Vec::with_capacity(members.len());
        for (name, pieces) in members.into_values() {
            let url = group.url(&name);
            let teacher = group == Group::Writers && pieces.iter().any(|p| p.teacher);
            let drafts = pieces.iter().map(|p| p.draft_count).sum();
            listed.push(GroupMember {
                url: url.clone(),
                name: name.clone(),
                pieces: pieces.len(),
                drafts,
                teacher,
            });
            let mut page = Page::new(url, Template::Group, site);
            if group == Group::Writers {
                page = page.with(
                    "new_words",
                    &new_words_over_time(&pieces, words_tried, words),
                )?;
            }
            pages.push(
                page.with("group", &group)?
                    .with("group_url", &format!("{}/index.html", group.folder()))?
                    .with("group_title", &group.title(words))?
                    .with("name", &name)?
                    .with("teacher", &teacher)?
                    .with("drafts", &drafts)?
                    .with("pieces", &pieces)?,
            );
        }
        // Teachers first among writers, then by name as a reader would sort it.
        listed.sort_by(|a, b| {
            (!a.teacher)
                .cmp(&!b.teacher)
                .then_with(|| words.compare(&a.name, &b.name))
        });
        pages.push(
            Page::new(
                format!("{}/index.html", group.folder()),
                Template::Groups,
                site,
            )
            .with("group", &group)?
            .with("title", &group.title(words))?
            .with("members", &listed)?,
        );
    }
    Ok(pages)
}

fn member_names(group: Group, summary: &PieceSummary) -> Vec<&str> {
    match group {
        Group::Writers => summary.writer.as_deref().into_iter().collect(),
        Group::Assignments => summary.assignment.as_deref().into_iter().collect(),
        Group::Tags => summary.tags.iter().map(|t| t.text.as_str()).collect(),
    }
}

/// The best-work view: every published draft marked `showcase: true`, newest first (undated
/// ones after, in folder order); `None` when there is none.
pub(super) fn showcase_page(
    site: &Value,
    listed: &[&PieceListing],
) -> Result<Option<Page>, PageError> {
    let mut items: Vec<ShowcaseItem> = listed
        .iter()
        .flat_map(|l| {
            l.drafts
                .iter()
                .filter(|d| d.showcase)
                .map(|d| ShowcaseItem {
                    piece: l.summary.clone(),
                    draft: d.clone(),
                })
        })
        .collect();
    if items.is_empty() {
        return Ok(None);
    }
    items.sort_by(|a, b| {
        let date = |i: &ShowcaseItem| i.draft.date.as_ref().map(|d| d.iso.clone());
        date(b).cmp(&date(a))
    });
    let page = Page::new("showcase/index.html".to_string(), Template::Showcase, site);
    Ok(Some(page.with("items", &items)?))
}
