//! What other static site generators write in front matter and file names, read as a writer who
//! moved from them would expect: their keys accepted quietly, Hugo's `draft: true` and Jekyll's
//! `published: false` as "not published", and the date in a Jekyll post's file name.

use std::path::Path;

use crate::date::Date;
use crate::yaml::Yaml;

/// Keys that Hugo, Zola, Jekyll and Eleventy define for a page, which redraft does not use:
/// a post brought over keeps them without a warning. A theme's own keys (Hugo's `params`, Zola's
/// `extra` hold most) can be added per portfolio with `ignore_keys:` in `redraft.yaml`.
pub const OTHER_GENERATORS_KEYS: &[&str] = &[
    // Hugo (front matter fields of gohugo.io/content-management/front-matter)
    "aliases",
    "audio",
    "authors",
    "build",
    "cascade",
    "categories",
    "description",
    "expiryDate",
    "headless",
    "images",
    "isCJKLanguage",
    "keywords",
    "lastmod",
    "layout",
    "linkTitle",
    "markup",
    "menu",
    "menus",
    "modified",
    "outputs",
    "params",
    "publishDate",
    "pubdate",
    "resources",
    "series",
    "sitemap",
    "slug",
    "summary",
    "toc",
    "translationKey",
    "type",
    "url",
    "videos",
    "weight",
    // Zola
    "extra",
    "in_search_index",
    "insert_anchor_links",
    "page_template",
    "paginate_by",
    "path",
    "render",
    "sort_by",
    "taxonomies",
    "template",
    "transparent",
    "updated",
    // Jekyll
    "category",
    "excerpt",
    "excerpt_separator",
    "image",
    "lang",
    "last_modified_at",
    "permalink",
    "published",
    "redirect_from",
    "redirect_to",
    // Eleventy
    "dynamicPermalink",
    "eleventyComputed",
    "eleventyDataSchema",
    "eleventyExcludeFromCollections",
    "eleventyImport",
    "eleventyNavigation",
    "pagination",
    "permalinkBypassOutputDir",
    "templateEngineOverride",
];

/// Whether `key` is one another generator defines (see [`OTHER_GENERATORS_KEYS`]).
pub fn is_other_generators_key(key: &str) -> bool {
    OTHER_GENERATORS_KEYS.contains(&key)
}

/// Whether `key: value` is another generator's way of saying "not published yet": Hugo's and
/// Zola's `draft: true`, Jekyll's `published: false`. `None` when it says nothing about that.
pub fn unpublished(key: &str, value: &Yaml) -> Option<bool> {
    match (key, value) {
        ("draft", Yaml::Bool(draft)) => Some(*draft),
        ("published", Yaml::Bool(published)) => Some(!published),
        _ => None,
    }
}

/// The date a Jekyll post's file name starts with (`2026-03-12-my-post.md`), which is the
/// post's date, not a draft number.
pub fn date_in_file_name(file: &Path) -> Option<Date> {
    let name = file.file_name()?.to_str()?;
    let (date, rest) = (name.get(..10)?, name.get(10..)?);
    if !(rest.starts_with(['-', '_', '.']) || rest.is_empty()) {
        return None;
    }
    Date::parse(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_jekyll_file_name_gives_a_date_and_no_number() {
        let d = date_in_file_name(Path::new("_posts/2026-03-12-sleep.md"));
        assert_eq!(d.map(|d| d.to_string()), Some("2026-03-12".into()));
        assert!(date_in_file_name(Path::new("02-revision.md")).is_none());
        assert!(date_in_file_name(Path::new("2026-13-12-x.md")).is_none());
        assert!(date_in_file_name(Path::new("2026-03-12x.md")).is_none());
    }

    #[test]
    fn draft_and_published_mean_what_their_generators_meant() {
        assert_eq!(unpublished("draft", &Yaml::Bool(true)), Some(true));
        assert_eq!(
            unpublished("draft", &Yaml::Int(2)),
            None,
            "redraft's number"
        );
        assert_eq!(unpublished("published", &Yaml::Bool(false)), Some(true));
        assert_eq!(unpublished("published", &Yaml::Bool(true)), Some(false));
    }
}
