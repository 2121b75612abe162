//! `redraft history export`: the versions a `history:` source reads from git, written out as
//! ordinary draft files, for writers who would rather keep files than a repository.
//!
//! Each version keeps its own front matter (in YAML or TOML, as it was) and body; what the build
//! takes from the commit is written into the front matter so that the files build into the same
//! pages: the commit's date replaces the post's `date:`, and the message and author fill in
//! `changes:`, `reflection:` and `author:` where the front matter does not set them.

use std::path::{Path, PathBuf};

use super::{ScaffoldError, quoted, require_portfolio, write};
use crate::content::front_matter::{self, FrontMatter, Source, Syntax};
use crate::content::{PIECES_DIR, history};
use crate::diagnostic::{Diagnostic, Problems};
use crate::git_history::{self, HistorySource, Post, Version};
use crate::settings::{self, Settings};
use crate::slug::slugify;

/// One post written out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportedPost {
    /// The folder its drafts went into.
    pub folder: PathBuf,
    /// How many drafts.
    pub drafts: usize,
    /// Files beside the post (a page bundle's images) copied with it.
    pub assets: usize,
}

/// A post as a `history:` source reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadPost {
    /// The address of the piece it makes.
    pub address: String,
    /// Which of `history:` read it (the first is 0).
    pub source: usize,
    /// Its versions.
    pub post: Post,
}

/// Every post the portfolio's `history:` sources read, as `redraft.yaml` says to read them
/// (`since`, `skip`, `merge_small`, `uncommitted`).
pub fn read_posts(root: &Path) -> Result<Vec<ReadPost>, ScaffoldError> {
    require_portfolio(root)?;
    let (settings, _warnings) = Settings::load(root).map_err(ScaffoldError::Input)?;
    read_all(root, &settings)
}

fn read_all(root: &Path, settings: &Settings) -> Result<Vec<ReadPost>, ScaffoldError> {
    let file = root.join(settings::FILE_NAME);
    if settings.history.is_empty() {
        return Err(ScaffoldError::Input(Problems(vec![
            Diagnostic::error(&file, "there is no `history:` in redraft.yaml, so there is nothing to read from git")
                .with_help("add `history:` with a `- posts: content/posts` entry (see \"For bloggers\" in the README)"),
        ])));
    }
    let mut posts = Vec::new();
    let mut problems = Vec::new();
    for (index, source) in settings.history.iter().enumerate() {
        let (read, mut wrong) = git_history::read(root, &file, source);
        problems.append(&mut wrong);
        posts.extend(read.into_iter().map(|post| ReadPost {
            address: history::address(source, &post.path),
            source: index,
            post,
        }));
    }
    if problems.is_empty() {
        Ok(posts)
    } else {
        Err(ScaffoldError::Input(Problems(problems)))
    }
}

/// Writes every version of every post into `pieces/<address>/`, one draft file each, with a
/// page bundle's other files beside them. Nothing is written when any folder is already there.
pub fn export(root: &Path) -> Result<Vec<ExportedPost>, ScaffoldError> {
    require_portfolio(root)?;
    let (settings, _warnings) = Settings::load(root).map_err(ScaffoldError::Input)?;
    let posts = read_all(root, &settings)?;
    let pieces = root.join(PIECES_DIR);
    if let Some(taken) = posts
        .iter()
        .map(|read| pieces.join(&read.address))
        .find(|folder| folder.exists())
    {
        return Err(ScaffoldError::Exists(taken));
    }
    let mut done = Vec::with_capacity(posts.len());
    for ReadPost {
        address,
        source,
        post,
    } in &posts
    {
        let folder = pieces.join(address);
        for (i, version) in post.versions.iter().enumerate() {
            let name = match slugify(&version.summary) {
                s if s.is_empty() => "draft".to_string(),
                s => s.split('-').take(6).collect::<Vec<_>>().join("-"),
            };
            let file = folder.join(format!("{:02}-{name}.md", i + 1));
            write(&file, as_draft_file(&file, version))?;
        }
        let assets = match settings.history.get(*source) {
            Some(source) => copy_bundle_files(root, source, post, &folder)?,
            None => 0,
        };
        done.push(ExportedPost {
            folder,
            drafts: post.versions.len(),
            assets,
        });
    }
    Ok(done)
}

/// The version's text with what the commit says written into its front matter.
fn as_draft_file(file: &Path, version: &Version) -> String {
    let (syntax, front, body) = match front_matter::split(file, &version.text) {
        Ok(split) => (split.syntax, split.yaml, split.body),
        // The build reports the same problem for the file; keep the text as it was.
        Err(_) => return version.text.clone(),
    };
    let own = front.map_or_else(FrontMatter::default, |text| {
        front_matter::read(file, text, syntax, 1, Source::Draft).meta
    });
    let line = |key: &str, value: &str| match syntax {
        Syntax::Yaml => format!("{key}: {value}\n"),
        Syntax::Toml => format!("{key} = {value}\n"),
    };
    let mut out = String::from(syntax.fence());
    out.push('\n');
    out.push_str(&line("date", &version.date.to_string()));
    let mut fill = |key: &str, set: bool, value: &str| {
        if !set && !value.is_empty() {
            out.push_str(&line(key, &quoted(value)));
        }
    };
    fill("changes", own.changes.is_some(), &version.summary);
    fill("reflection", own.reflection.is_some(), &version.body);
    fill("author", own.author.is_some(), &version.author);
    // In TOML, a `[table]` line ends the top level: a `date` below it is the table's.
    let mut top_level = true;
    for kept in front.unwrap_or_default().split_inclusive('\n') {
        top_level &= !(syntax == Syntax::Toml && kept.trim_start().starts_with('['));
        if !(top_level && is_top_level_date(kept, syntax)) {
            out.push_str(kept);
        }
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(syntax.fence());
    out.push('\n');
    out.push_str(body);
    out
}

/// Whether `line` sets the post's own `date` at the top level of its front matter.
fn is_top_level_date(line: &str, syntax: Syntax) -> bool {
    let Some(rest) = line.strip_prefix("date") else {
        return false;
    };
    let rest = rest.trim_start_matches([' ', '\t']);
    match syntax {
        Syntax::Yaml => rest.starts_with(':'),
        Syntax::Toml => rest.starts_with('='),
    }
}

/// Copies the other files of a page bundle (`post/index.md` beside its images), as they are in
/// the working copy now, into `folder`; returns how many.
fn copy_bundle_files(
    root: &Path,
    source: &HistorySource,
    post: &Post,
    folder: &Path,
) -> Result<usize, ScaffoldError> {
    let files = history::bundle_files(root, source, &post.path);
    for (from, rel) in &files {
        let to = folder.join(rel);
        let io = |source| ScaffoldError::Io {
            path: to.clone(),
            source,
        };
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent).map_err(io)?;
        }
        std::fs::copy(from, &to).map_err(io)?;
    }
    Ok(files.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(text: &str) -> Version {
        Version {
            commit: "3f2a9c1aa".to_string(),
            date: crate::date::Date::parse("2026-03-04").expect("a date"),
            summary: "Open on the driver".to_string(),
            body: String::new(),
            author: "Rae Quill".to_string(),
            path: "post.md".to_string(),
            text: text.to_string(),
        }
    }

    #[test]
    fn the_commit_date_replaces_only_the_posts_own_date() {
        let file = Path::new("post.md");
        let toml = as_draft_file(
            file,
            &version(
                "+++\ntitle = \"Bus\"\ndate = 2026-01-01\n[params]\ndate = \"kept\"\n+++\nText.\n",
            ),
        );
        assert_eq!(
            toml,
            "+++\ndate = 2026-03-04\nchanges = \"Open on the driver\"\nauthor = \"Rae Quill\"\ntitle = \"Bus\"\n[params]\ndate = \"kept\"\n+++\nText.\n"
        );
        let yaml = as_draft_file(
            file,
            &version("---\ndate: 2026-01-01\nauthor: Sam\n---\nText.\n"),
        );
        assert_eq!(
            yaml,
            "---\ndate: 2026-03-04\nchanges: \"Open on the driver\"\nauthor: Sam\n---\nText.\n"
        );
    }
}
