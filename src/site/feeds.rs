//! The site's files for machines: the Atom feed of new drafts and the sitemap (both only when
//! `base_url` says where the site lives, since both need full addresses), and the search index,
//! as JSON and as a script that sets it, because a page opened from disk may not fetch files.

use crate::i18n::Catalog;
use serde::Serialize;

use super::{DraftInfo, PieceListing, PieceSummary, SiteInfo};
use crate::html::escape;

/// How many drafts the feed carries, newest first.
const FEED_ENTRIES: usize = 50;

/// The search index's name; the search page loads [`SEARCH_SCRIPT`].
pub const SEARCH_INDEX: &str = "search-index.json";
/// The search index as a script (`window.redraftSearchIndex = ...`).
pub const SEARCH_SCRIPT: &str = "search-index.js";

/// The feed, sitemap and search index for the `listed` pieces. `page_paths` are the site-wide
/// pages (home, groups, search ...) for the sitemap.
pub fn site_files(
    site: &SiteInfo,
    listed: &[&PieceListing],
    page_paths: &[&str],
    words: &Catalog,
) -> Vec<(String, String)> {
    let index = search_index(listed);
    // Sized and copied in one go: at 10,000 pieces the index is 60 MB.
    const SCRIPT_START: &str = "window.redraftSearchIndex = ";
    let mut script = String::with_capacity(SCRIPT_START.len() + index.len() + 2);
    script.push_str(SCRIPT_START);
    script.push_str(&index);
    script.push_str(";\n");
    let mut files = vec![
        (SEARCH_SCRIPT.to_string(), script),
        (SEARCH_INDEX.to_string(), index),
    ];
    if let Some(base) = &site.base_url {
        files.push(("feed.xml".to_string(), feed(site, base, listed, words)));
        files.push(("sitemap.xml".to_string(), sitemap(base, listed, page_paths)));
    }
    files
}

/// A page's full address: `base` plus its path, without a final `index.html` (a server shows
/// the folder's index anyway, and the shorter address is the one people share).
fn address(base: &str, path: &str) -> String {
    format!("{base}{}", path.strip_suffix("index.html").unwrap_or(path))
}

/// Escapes text for XML content and attribute values.
fn xml(text: &str) -> String {
    escape(text).replace('"', "&quot;")
}

fn feed(site: &SiteInfo, base: &str, listed: &[&PieceListing], words: &Catalog) -> String {
    let mut entries: Vec<(&PieceListing, &DraftInfo)> = listed
        .iter()
        .flat_map(|&l| l.drafts.iter().map(move |d| (l, d)))
        .filter(|(_, d)| d.date.is_some())
        .collect();
    // Newest first; drafts of one day in the order they were written.
    entries.sort_by(|(_, a), (_, b)| {
        let day = |d: &DraftInfo| d.date.as_ref().map(|d| d.iso.clone());
        day(b).cmp(&day(a)).then(b.number.cmp(&a.number))
    });
    entries.truncate(FEED_ENTRIES);
    let updated = entries
        .first()
        .and_then(|(_, d)| d.date.as_ref())
        .map_or("1970-01-01".to_string(), |d| d.iso.clone());

    let mut out = String::with_capacity(1024 + entries.len() * 512);
    out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        xml(&site.language)
    ));
    out.push_str(&format!("  <title>{}</title>\n", xml(&site.title)));
    if let Some(description) = &site.description {
        out.push_str(&format!("  <subtitle>{}</subtitle>\n", xml(description)));
    }
    out.push_str(&format!(
        "  <link href=\"{}\" rel=\"self\" type=\"application/atom+xml\"/>\n  <link href=\"{}\" rel=\"alternate\" type=\"text/html\"/>\n  <id>{}</id>\n  <updated>{updated}T00:00:00Z</updated>\n",
        xml(&format!("{base}feed.xml")),
        xml(base),
        xml(base)
    ));
    // Atom wants an author for the feed unless every entry names one.
    let feed_author = site.author.as_deref().unwrap_or(&site.title);
    out.push_str(&format!(
        "  <author><name>{}</name></author>\n  <generator>{}</generator>\n",
        xml(feed_author),
        xml(&site.generator)
    ));
    for (listing, draft) in entries {
        let piece = &listing.summary;
        let url = address(base, &draft.url);
        let summary = draft
            .changes
            .clone()
            .or_else(|| {
                let summary = draft.stats.as_ref()?.summary.as_str();
                Some(words.with("sentence", &[("text", summary.into())]))
            })
            .unwrap_or_else(|| piece.excerpt.clone());
        out.push_str("  <entry>\n");
        out.push_str(&format!(
            "    <title>{}: {}</title>\n",
            xml(&piece.title),
            xml(&draft.name())
        ));
        out.push_str(&format!(
            "    <link href=\"{}\" rel=\"alternate\" type=\"text/html\"/>\n    <id>{}</id>\n",
            xml(&url),
            xml(&url)
        ));
        if let Some(date) = &draft.date {
            out.push_str(&format!("    <updated>{}T00:00:00Z</updated>\n", date.iso));
        }
        if let Some(writer) = &piece.writer {
            out.push_str(&format!(
                "    <author><name>{}</name></author>\n",
                xml(writer)
            ));
        }
        out.push_str(&format!("    <summary>{}</summary>\n", xml(&summary)));
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    out
}

fn sitemap(base: &str, listed: &[&PieceListing], page_paths: &[&str]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut line = |path: &str, day: Option<&str>| {
        out.push_str(&format!("  <url><loc>{}</loc>", xml(&address(base, path))));
        if let Some(day) = day {
            out.push_str(&format!("<lastmod>{day}</lastmod>"));
        }
        out.push_str("</url>\n");
    };
    for path in page_paths {
        line(path, None);
    }
    for listing in listed {
        let piece = &listing.summary;
        let last = piece.last_date.as_ref().map(|d| d.iso.as_str());
        line(&piece.url, last);
        for draft in &listing.drafts {
            let day = draft.date.as_ref().map(|d| d.iso.as_str());
            line(&draft.url, day);
            if let Some(changes) = &draft.changes_url {
                line(changes, day);
            }
        }
        if listing.drafts.len() > 1 {
            line(
                &super::piece::compare_url(piece.url.trim_end_matches("/index.html")),
                last,
            );
        }
    }
    out.push_str("</urlset>\n");
    out
}

/// One piece in the search index.
#[derive(Serialize)]
struct SearchEntry<'a> {
    title: &'a str,
    url: &'a str,
    writer: Option<&'a str>,
    assignment: Option<&'a str>,
    course: Option<&'a str>,
    tags: Vec<&'a str>,
    stage: Option<&'a str>,
    drafts: usize,
    excerpt: &'a str,
    /// The latest draft's text.
    text: &'a str,
}

/// A piece's entry in the search index, as JSON: made with the piece (and remembered with it
/// by `serve`), so the index of a large site is a join, not a fresh serialization every save.
pub fn search_entry(piece: &PieceSummary, text: &str) -> String {
    let entry = SearchEntry {
        title: &piece.title,
        url: &piece.url,
        writer: piece.writer.as_deref(),
        assignment: piece.assignment.as_deref(),
        course: piece.course.as_deref(),
        tags: piece.tags.iter().map(|t| t.text.as_str()).collect(),
        stage: piece.stage.as_ref().map(|s| s.label.as_str()),
        drafts: piece.draft_count,
        excerpt: &piece.excerpt,
        text,
    };
    // Plain data of our own: serializing it cannot fail.
    serde_json::to_string(&entry).unwrap_or_else(|_| "{}".to_string())
}

fn search_index(listed: &[&PieceListing]) -> String {
    let mut index = String::with_capacity(
        2 + listed
            .iter()
            .map(|l| l.search_entry.len() + 1)
            .sum::<usize>(),
    );
    index.push('[');
    for (i, listing) in listed.iter().enumerate() {
        if i > 0 {
            index.push(',');
        }
        index.push_str(&listing.search_entry);
    }
    index.push(']');
    index
}
