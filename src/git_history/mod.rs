//! Drafts from a git repository's history: where `history:` in `redraft.yaml` says to look (one
//! file, or a folder of posts), and every version of each file, oldest first, with the commit's
//! date, message and author. The build reads the history each time, so a new commit shows on
//! the next build with nothing copied to keep in step.
//!
//! gitoxide (`gix`, pure Rust, with only SHA-1 object reading switched on) reads the repository;
//! no `git` program is run. Only the first-parent line from `HEAD` is followed: the branch as it
//! was merged, where a merged branch's commits show as the merge.

mod chain;
mod walk;

use std::path::{Path, PathBuf};

use crate::date::Date;
use crate::diagnostic::Diagnostic;
use crate::fields::{Choice, Field, FieldReader};
use crate::yaml::Yaml;

pub use walk::{changed_words, read};

/// Where one `history:` entry takes drafts from, and how.
#[derive(Debug, Clone, PartialEq)]
pub struct HistorySource {
    /// The repository (or a folder inside it), as written, from the portfolio folder.
    pub repo: PathBuf,
    /// One file, or a folder whose posts each make a piece.
    pub target: Target,
    /// The folder of the site the pieces go in (`""`: the top).
    pub to: String,
    /// Versions before this are left out.
    pub since: Option<Since>,
    /// Commits (by the start of their id) whose versions are left out.
    pub skip: Vec<String>,
    /// A commit that changes fewer words than this is folded into the next draft.
    pub merge_small: usize,
    /// What to do with changes not yet committed.
    pub uncommitted: Uncommitted,
    /// The line of `redraft.yaml` the entry starts on, for messages.
    pub line: Option<usize>,
}

/// What a `history:` entry follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// `file:` one file's history, from the repository's top folder.
    File(PathBuf),
    /// `posts:` a folder (from the repository's top folder) where each `.md` file, or each
    /// folder with an `index.md` (a Hugo page bundle), is a post.
    Posts(PathBuf),
}

/// Where a history starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Since {
    /// The first day whose commits count.
    Date(Date),
    /// The first commit that counts (the start of its id).
    Commit(String),
}

/// What changes not yet committed become.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Uncommitted {
    /// Nothing: the site shows what was committed (the default, so a build never publishes
    /// half-saved work).
    #[default]
    LeaveOut,
    /// A last draft from the file as it is on disk, dated today, with no commit message.
    Include,
}

impl Choice for Uncommitted {
    const CHOICES: &'static [(&'static str, Self)] = &[
        ("leave-out", Uncommitted::LeaveOut),
        ("include", Uncommitted::Include),
    ];
}

/// One file's history.
#[derive(Debug, Clone, PartialEq)]
pub struct Post {
    /// Its path in the repository now (at `HEAD`), with `/` separators.
    pub path: String,
    /// Its versions, oldest first.
    pub versions: Vec<Version>,
}

/// One version of a file: the commit that made it.
#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    /// The commit's full id (empty for changes not committed).
    pub commit: String,
    /// The day it was written (the author's date, in their time zone).
    pub date: Date,
    /// The first line of the commit's message.
    pub summary: String,
    /// The rest of the message, if any.
    pub body: String,
    /// The commit's author.
    pub author: String,
    /// The file's path in that commit.
    pub path: String,
    /// The file's text.
    pub text: String,
}

impl Version {
    /// The commit's short id, as `git log --oneline` shows it.
    pub fn short(&self) -> &str {
        self.commit.get(..7).unwrap_or(&self.commit)
    }
}

const KEYS: &[&str] = &[
    "repo",
    "file",
    "posts",
    "to",
    "since",
    "skip",
    "merge_small",
    "uncommitted",
];

/// Reads `history:` from `redraft.yaml`: a list of entries (or one).
pub fn read_sources(r: &mut FieldReader<'_>, value: &Yaml) -> Vec<HistorySource> {
    let items = match value {
        Yaml::Null => return Vec::new(),
        Yaml::List(items) => items.as_slice(),
        map @ Yaml::Map(_) => std::slice::from_ref(map),
        other => {
            r.error(
                Field::Top("history"),
                format!("history must be a list of sources, found {}", other.describe()),
                Some("write each as `- posts: content/posts` (a folder of posts) or `- file: essay.md`".to_string()),
            );
            return Vec::new();
        }
    };
    items
        .iter()
        .enumerate()
        .filter_map(|(index, item)| read_source(r, index, item))
        .collect()
}

fn read_source(r: &mut FieldReader<'_>, index: usize, item: &Yaml) -> Option<HistorySource> {
    let field = |sub| Field::Item("history", index, sub);
    let Yaml::Map(entries) = item else {
        r.error(
            field("repo"),
            format!(
                "each history source must be a group of settings, found {}",
                item.describe()
            ),
            Some(
                "write `- posts: content/posts`, with `repo:` and the rest indented under it"
                    .to_string(),
            ),
        );
        return None;
    };
    let first_key = entries.first().map_or("repo", |(k, _)| k.as_str());
    let mut source = HistorySource {
        repo: PathBuf::from("."),
        target: Target::Posts(PathBuf::new()),
        to: String::new(),
        since: None,
        skip: Vec::new(),
        merge_small: 0,
        uncommitted: Uncommitted::LeaveOut,
        line: r.line(field(first_key)),
    };
    let mut target = None;
    for (key, value) in entries {
        let f = field(key);
        match key.as_str() {
            "repo" => source.repo = r.text(f, value).map(PathBuf::from).unwrap_or(source.repo),
            "file" => target = r.text(f, value).map(|t| Target::File(PathBuf::from(t))),
            "posts" => target = r.text(f, value).map(|t| Target::Posts(PathBuf::from(t))),
            "to" => {
                source.to = r
                    .text(f, value)
                    .map(|t| t.trim_matches('/').to_string())
                    .unwrap_or_default();
            }
            "since" => {
                source.since = r.text(f, value).map(|t| match Date::parse(&t) {
                    Some(date) => Since::Date(date),
                    None => Since::Commit(t.trim().to_lowercase()),
                });
            }
            "skip" => source.skip = r.text_list(f, value).unwrap_or_default(),
            "merge_small" => {
                source.merge_small = r.whole_number(f, value).unwrap_or(0) as usize;
            }
            "uncommitted" => source.uncommitted = r.choice(f, value).unwrap_or_default(),
            _ => r.unknown_key(f, key, KEYS),
        }
    }
    let Some(target) = target else {
        r.error(
            field(first_key),
            "this history source names no file or folder to follow".to_string(),
            Some("add `posts: content/posts` for a folder of posts, or `file: essay.md` for one file, from the repository's top folder".to_string()),
        );
        return None;
    };
    source.target = target;
    Some(source)
}

/// Where a new commit (or, with `uncommitted: include`, a save) for `source` shows on disk, for
/// `serve` to watch: the repository's own folder (`HEAD`, the index, `packed-refs`) and its
/// branches, each as `(folder, whether to watch below it)`, and the folder of posts when
/// changes not yet committed count. Empty when there is no repository there.
pub fn watched(root: &Path, source: &HistorySource) -> Vec<(PathBuf, bool)> {
    let Ok(repo) = gix::discover(root.join(&source.repo)) else {
        return Vec::new();
    };
    let mut out = vec![
        (repo.git_dir().to_path_buf(), false),
        (repo.common_dir().join("refs").join("heads"), true),
    ];
    if repo.common_dir() != repo.git_dir() {
        out.push((repo.common_dir().to_path_buf(), false));
    }
    if source.uncommitted == Uncommitted::Include
        && let Some(work) = repo.workdir()
    {
        let followed = match &source.target {
            Target::Posts(folder) => work.join(folder),
            Target::File(file) => work
                .join(file)
                .parent()
                .map_or(work.to_path_buf(), Path::to_path_buf),
        };
        out.push((followed, true));
    }
    out.into_iter()
        .filter_map(|(dir, below)| Some((dir.canonicalize().ok()?, below)))
        .collect()
}

/// An error about `source`, at its line of the settings file.
fn source_error(settings: &Path, source: &HistorySource, message: String) -> Diagnostic {
    let d = Diagnostic::error(settings, message);
    match source.line {
        Some(line) => d.at_line(line),
        None => d,
    }
}
