//! Pieces whose drafts come from git history (`history:` in `redraft.yaml`): each version of a
//! post a draft, its front matter read as a draft file's is, and what the commit says filling
//! in what the front matter does not.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use super::front_matter::{self, FrontMatter, Source};
use super::scan::LoadedPiece;
use super::{Asset, Draft, Piece};
use crate::diagnostic::{Severity, shown_path};
use crate::fence::markdown_stem;
use crate::git_history::{self, HistorySource, Post, Version};
use crate::settings::{self, Settings};
use crate::slug::slugify;

/// The pieces every `history:` source makes, each with its problems; a source's own problems
/// (no repository, say) come as a piece that did not load.
pub(super) fn load(root: &Path, settings: &Settings) -> Vec<LoadedPiece> {
    let file = root.join(settings::FILE_NAME);
    settings
        .history
        .par_iter()
        .flat_map_iter(|source| {
            let (posts, problems) = git_history::read(root, &file, source);
            let repo = shown_path(&root.join(&source.repo));
            let mut out: Vec<LoadedPiece> = posts
                .iter()
                .map(|post| piece_of(root, &repo, source, post, &settings.ignore_keys))
                .collect();
            if !problems.is_empty() {
                out.push((None, problems));
            }
            out
        })
        .collect()
}

/// The piece's address: the post's name (its file's, or its page bundle's folder's, without a
/// Jekyll date) under the source's `to:` folder.
pub fn address(source: &HistorySource, post_path: &str) -> String {
    let mut parts = post_path.rsplit('/');
    let file = parts.next().unwrap_or_default();
    let name = match markdown_stem(file) {
        Some("index") => parts.next().unwrap_or("post"),
        Some(stem) => stem,
        None => file,
    };
    let name = match super::generators::date_in_file_name(Path::new(name)) {
        Some(_) if name.len() > 11 => &name[11..],
        _ => name,
    };
    let slug = match slugify(name) {
        s if s.is_empty() => "post".to_string(),
        s => s,
    };
    if source.to.is_empty() {
        slug
    } else {
        format!("{}/{slug}", source.to)
    }
}

fn piece_of(
    root: &Path,
    repo: &str,
    source: &HistorySource,
    post: &Post,
    ignored: &[String],
) -> LoadedPiece {
    let mut diagnostics = Vec::new();
    let mut drafts = Vec::with_capacity(post.versions.len());
    let mut carried = FrontMatter::default();
    for (i, version) in post.versions.iter().enumerate() {
        let file = version_file(repo, version);
        let split = match front_matter::split(&file, &version.text) {
            Ok(split) => split,
            Err(d) => {
                diagnostics.push(d);
                continue;
            }
        };
        let mut own = match split.yaml {
            Some(text) => {
                let parsed = front_matter::read(&file, text, split.syntax, 1, Source::Draft);
                let latest = i + 1 == post.versions.len();
                diagnostics.extend(
                    parsed
                        .problems(ignored)
                        .into_iter()
                        .filter(|d| latest || d.severity == Severity::Error),
                );
                parsed.meta
            }
            None => FrontMatter::default(),
        };
        // The commit's date is when this version was written; a post's `date:` is when it
        // was first published, the same in every version.
        own.date = Some(version.date);
        carried = own.carry_from(&carried);
        let number = u32::try_from(i + 1).unwrap_or(u32::MAX);
        drafts.push(Draft {
            number,
            file,
            meta: carried.clone().or(&from_commit(version)),
            body: Arc::from(split.body),
            body_line: split.body_line,
        });
    }
    if drafts.is_empty() {
        return (None, diagnostics);
    }
    let folder = root
        .join(&source.repo)
        .join(post.path.rsplit_once('/').map_or("", |(dir, _)| dir));
    let path = address(source, &post.path);
    let assets = bundle_files(root, source, &post.path)
        .into_iter()
        .map(|(file, rel)| Asset {
            source: file,
            target: format!("{path}/{rel}"),
        })
        .collect();
    let piece = Piece {
        path,
        folder,
        drafts,
        assets,
        from_git: true,
    };
    (Some(piece), diagnostics)
}

/// The other files of a page bundle (`trip/index.md` beside `trip/map.png`), as the working
/// copy has them now, each with its path from the bundle's folder (`/`-separated). A post that
/// is one file has none. Links, hidden and editors' files and other Markdown files are left
/// out.
pub fn bundle_files(
    root: &Path,
    source: &HistorySource,
    post_path: &str,
) -> Vec<(PathBuf, String)> {
    let (dir, file) = post_path.rsplit_once('/').unwrap_or(("", post_path));
    if markdown_stem(file) != Some("index") {
        return Vec::new();
    }
    let bundle = root.join(&source.repo).join(dir);
    walkdir::WalkDir::new(&bundle)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !super::is_ignored(&e.file_name().to_string_lossy()))
        .flatten()
        .filter(|e| {
            // Links are not followed (`file_type` is the link's own): a bundle in a
            // repository elsewhere must not publish what a link points to.
            e.file_type().is_file() && markdown_stem(&e.file_name().to_string_lossy()).is_none()
        })
        .filter_map(|e| {
            let rel = super::walk::url_path(e.path().strip_prefix(&bundle).ok()?);
            Some((e.path().to_path_buf(), rel))
        })
        .collect()
}

/// Where messages say a version is: the file as the commit had it (`blog/posts/a.md@3f2a9c1`).
fn version_file(repo: &str, version: &Version) -> PathBuf {
    let at = if version.commit.is_empty() {
        "not committed".to_string()
    } else {
        version.short().to_string()
    };
    let path = if repo == "." || repo.is_empty() {
        version.path.clone()
    } else {
        format!("{repo}/{}", version.path)
    };
    PathBuf::from(format!("{path}@{at}"))
}

/// What the commit says about a version, beneath its front matter: the date, the message's
/// first line as what changed and the rest as the reflection, the author.
fn from_commit(version: &Version) -> FrontMatter {
    let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
    FrontMatter {
        date: Some(version.date),
        changes: some(&version.summary),
        reflection: some(&version.body),
        author: some(&version.author),
        ..FrontMatter::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::git_history::Target;

    #[test]
    fn a_post_is_named_by_its_file_or_its_bundle_without_a_date() {
        let source = HistorySource {
            repo: PathBuf::from("."),
            target: Target::Posts(PathBuf::from("content/posts")),
            to: "blog".to_string(),
            since: None,
            skip: Vec::new(),
            merge_small: 0,
            uncommitted: git_history::Uncommitted::LeaveOut,
            line: None,
        };
        assert_eq!(
            address(&source, "content/posts/Why We Sleep.md"),
            "blog/why-we-sleep"
        );
        assert_eq!(address(&source, "_posts/2026-03-12-lunch.md"), "blog/lunch");
        assert_eq!(address(&source, "content/posts/trip/index.md"), "blog/trip");
        assert_eq!(
            address(&source, "_posts/2013-05-06-jekyll-released.markdown"),
            "blog/jekyll-released"
        );
    }
}
