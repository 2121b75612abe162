//! Making new things for the writer: a whole portfolio (`redraft init`), a new piece, the next
//! draft of a piece (`redraft new`), a copy of the built-in theme to edit (`redraft theme`), or
//! a git history written out as draft files (`redraft history export`).

mod history;

use std::path::{Path, PathBuf};

use crate::content::front_matter::{FrontMatter, Key};
use crate::content::placeholder::{FIRST_DRAFT_BODY, SAMPLE_FIELDS};
use crate::content::{self, PIECES_DIR};
use crate::date::Date;
use crate::diagnostic::{Diagnostic, Problems};
use crate::fields::Choice;
use crate::settings;
use crate::slug::slugify;
use crate::theme;

pub use history::{ExportedPost, ReadPost, export as export_history, read_posts};

/// Why a scaffold command could not go ahead.
#[derive(Debug, thiserror::Error)]
pub enum ScaffoldError {
    /// Something is already where we would write.
    #[error("{0}: already exists, so nothing was written")]
    Exists(PathBuf),
    /// The folder is not a portfolio.
    #[error("no redraft.yaml here, so this is not a portfolio")]
    NotAPortfolio(PathBuf),
    /// No piece by that name.
    #[error("no piece called {0:?} in {folder}", folder = .1.display())]
    NoSuchPiece(String, PathBuf),
    /// The title makes no folder name.
    #[error("{0:?} has no letters or digits to name a folder after")]
    BadTitle(String),
    /// The portfolio has problems that stop us reading the piece.
    #[error("{0}")]
    Input(Problems),
    /// Writing failed.
    #[error("{path}: cannot write: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

impl ScaffoldError {
    /// The error as the command line prints it: the file it is about, what is wrong and what to
    /// do (for problems in the portfolio, each of them).
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        let (file, help) = match self {
            ScaffoldError::Input(problems) => return problems.0.clone(),
            ScaffoldError::Exists(path) | ScaffoldError::Io { path, .. } => (path.clone(), None),
            ScaffoldError::NotAPortfolio(root) => (
                root.clone(),
                Some(format!(
                    "run `redraft init {}` to make one, or give the folder that holds your redraft.yaml",
                    root.display()
                )),
            ),
            ScaffoldError::NoSuchPiece(..) => (
                PathBuf::new(),
                Some("give the piece's folder, like `pieces/my-essay`, or its web address, like `my-essay`".to_string()),
            ),
            ScaffoldError::BadTitle(_) => (
                PathBuf::new(),
                Some("use a title with at least one word".to_string()),
            ),
        };
        let message = match self {
            // The path is the diagnostic's file.
            ScaffoldError::Exists(_) => "already exists, so nothing was written".to_string(),
            ScaffoldError::Io { source, .. } => format!("cannot write: {source}"),
            other => other.to_string(),
        };
        let d = Diagnostic::error(file, message);
        vec![match help {
            Some(help) => d.with_help(help),
            None => d,
        }]
    }
}

fn write(path: &Path, contents: impl AsRef<[u8]>) -> Result<(), ScaffoldError> {
    let io = |source| ScaffoldError::Io {
        path: path.to_path_buf(),
        source,
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(io)?;
    }
    std::fs::write(path, contents).map_err(io)
}

/// A YAML scalar that survives any text (a JSON string is a valid YAML double-quoted scalar).
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_string())
}

const INIT_SETTINGS: &str = "\
# Settings for your redraft portfolio. Every line is optional except title.
title: My writing, drafts and all
# author: Your Name
description: Pieces of writing shown with every draft, what changed and why.
language: en
# names: full          # full | first | initials | hidden
# search_engines: noindex
";

const INIT_DRAFT_1: &str = "\
---
title: The Walk Home
draft: 1
label: Fast first try
stage: first-draft
date: {date}
feedback:
  - from: A friend
    role: peer
    text: I like the dog part best. The start is slow, and I don't know where we are.
    quote: This is a story about my walk home.
---
This is a story about my walk home. It was a normal day and nothing special happened at first.

I walked past the bakery and it smelled good. Then a dog followed me for three blocks, which was weird but also kind of nice.

In the end I got home and I thought about the dog.
";

const INIT_DRAFT_2: &str = "\
---
title: The Dog Who Walked Me Home
draft: 2
label: After a friend read it
stage: revision
date: {date}
changes: Started with the dog instead of explaining the story, and gave the bakery a real smell.
reflection: |
  My friend said the start was slow. I cut the sentence that told you what the
  story was about and started with the dog instead. It feels braver to just begin.
tried: Starting in the middle of the moment.
---
The dog picked me at the corner of Elm Street, and after that I was not walking home alone.

We passed the bakery, where the air smelled of warm cinnamon and burnt sugar. The dog stopped to breathe it in, so I did too.

For three blocks it trotted half a step behind me, as if it knew the way better than I did. At my gate it sat down, looked at me once, and left.
";

/// Writes a small working portfolio into `dir` and returns the files written.
pub fn init(dir: &Path) -> Result<Vec<PathBuf>, ScaffoldError> {
    let settings_file = dir.join(settings::FILE_NAME);
    if settings_file.exists() {
        return Err(ScaffoldError::Exists(settings_file));
    }
    let piece = dir.join(PIECES_DIR).join("the-walk-home");
    if piece.exists() {
        return Err(ScaffoldError::Exists(piece));
    }
    let today = Date::today().to_string();
    let files = [
        (settings_file, INIT_SETTINGS.to_string()),
        (
            piece.join("01-first-draft.md"),
            INIT_DRAFT_1.replace("{date}", &today),
        ),
        (
            piece.join("02-revision.md"),
            INIT_DRAFT_2.replace("{date}", &today),
        ),
        (
            dir.join(".gitignore"),
            // The site, and a site being written beside it.
            "public/\n.public.redraft-*/\n".to_string(),
        ),
    ];
    let mut written = Vec::new();
    for (path, text) in &files {
        if path.ends_with(".gitignore") && path.exists() {
            continue;
        }
        write(path, text)?;
        written.push(path.clone());
    }
    Ok(written)
}

fn require_portfolio(root: &Path) -> Result<(), ScaffoldError> {
    if root.join(settings::FILE_NAME).is_file() {
        Ok(())
    } else {
        Err(ScaffoldError::NotAPortfolio(root.to_path_buf()))
    }
}

/// Starts a new piece titled `title` with its first draft; returns the draft's path.
pub fn new_piece(root: &Path, title: &str) -> Result<PathBuf, ScaffoldError> {
    require_portfolio(root)?;
    let slug = slugify(title);
    if slug.is_empty() {
        return Err(ScaffoldError::BadTitle(title.to_string()));
    }
    let folder = root.join(PIECES_DIR).join(&slug);
    if folder.exists() {
        return Err(ScaffoldError::Exists(folder));
    }
    let draft = folder.join("01-first-draft.md");
    let text = format!(
        "---\ntitle: {}\ndraft: 1\nstage: first-draft\ndate: {}\n{}---\n{FIRST_DRAFT_BODY}\n",
        quoted(title),
        Date::today(),
        sample_lines(&SAMPLE_FIELDS[..1]),
    );
    write(&draft, &text)?;
    Ok(draft)
}

/// Front-matter lines offering `fields` with their sample values, commented out.
fn sample_lines(fields: &[(Key, &str)]) -> String {
    fields
        .iter()
        .map(|(key, sample)| format!("# {}: {sample}\n", key.name()))
        .collect()
}

/// The details of a piece that carry from draft to draft (but the title, written first), as
/// front matter lines.
fn details_yaml(details: &FrontMatter) -> String {
    let mut out = String::new();
    let mut line = |key: &str, value: Option<String>| {
        if let Some(value) = value {
            out.push_str(&format!("{key}: {value}\n"));
        }
    };
    let list = |items: &Option<Vec<String>>| {
        items.as_ref().map(|items| {
            let quoted: Vec<String> = items.iter().map(|i| quoted(i)).collect();
            format!("[{}]", quoted.join(", "))
        })
    };
    line("author", details.author.as_deref().map(quoted));
    line("role", details.role.map(|r| r.word().to_string()));
    line("assignment", details.assignment.as_deref().map(quoted));
    line("course", details.course.as_deref().map(quoted));
    line("tags", list(&details.tags));
    line("goals", list(&details.goals));
    out
}

/// Copies the latest draft of `piece` into the next numbered draft; returns the new file.
///
/// `piece` is the piece's folder (as a path from here, or from `pieces/`) or its web address.
pub fn next_draft(root: &Path, piece: &str) -> Result<PathBuf, ScaffoldError> {
    require_portfolio(root)?;
    let loaded =
        content::load(root, &[], crate::settings::Trust::Owner).map_err(ScaffoldError::Input)?;
    let wanted: Vec<PathBuf> = [PathBuf::from(piece), root.join(PIECES_DIR).join(piece)]
        .iter()
        .filter_map(|p| p.canonicalize().ok())
        .collect();
    let slug_path = piece.trim_matches('/').trim_start_matches("pieces/");
    let found = loaded.portfolio.pieces.iter().find(|p| {
        p.path == slug_path || p.folder.canonicalize().is_ok_and(|f| wanted.contains(&f))
    });
    let Some(found) = found else {
        return Err(ScaffoldError::NoSuchPiece(
            piece.to_string(),
            root.to_path_buf(),
        ));
    };
    let Some(latest) = found.drafts.last() else {
        return Err(ScaffoldError::NoSuchPiece(
            piece.to_string(),
            root.to_path_buf(),
        ));
    };
    let number = latest.number + 1;
    let file = found.folder.join(format!("{number:02}-revision.md"));
    if file.exists() {
        return Err(ScaffoldError::Exists(file));
    }
    let details =
        content::own_details(found).map_err(|d| ScaffoldError::Input(Problems(vec![d])))?;
    let mut front = String::from("---\n");
    if let Some(title) = &latest.meta.title {
        front.push_str(&format!("title: {}\n", quoted(title)));
    }
    front.push_str(&details_yaml(&details));
    front.push_str(&format!(
        "draft: {number}\nstage: revision\ndate: {}\n{}---\n",
        Date::today(),
        sample_lines(SAMPLE_FIELDS),
    ));
    write(&file, format!("{front}{}", latest.body))?;
    Ok(file)
}

/// What to do with a file that is already where [`export_theme`] would write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    /// Leave it as it is: it may hold the writer's own changes.
    Keep,
    /// Write the built-in file in its place (`--force`).
    Replace,
}

/// What [`export_theme`] did with one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exported {
    /// Written where there was nothing.
    Written,
    /// Written in place of the file that was there.
    Replaced,
    /// Already there, and left as it was.
    Kept,
}

/// Writes every file of the built-in theme into the portfolio in `root`, each where it
/// overrides the built-in one (templates in `templates/`, the stylesheet and script in
/// `static/assets/`), as `mdbook init --theme` does. Returns each file and what was done with
/// it.
pub fn export_theme(
    root: &Path,
    existing: Existing,
) -> Result<Vec<(PathBuf, Exported)>, ScaffoldError> {
    require_portfolio(root)?;
    let mut done = Vec::new();
    for (rel, bytes) in theme::builtin_files() {
        let path = root.join(rel);
        let there = path.symlink_metadata();
        let outcome = match (&there, existing) {
            (Err(_), _) => Exported::Written,
            (Ok(_), Existing::Keep) => {
                done.push((path, Exported::Kept));
                continue;
            }
            (Ok(_), Existing::Replace) => Exported::Replaced,
        };
        // A link is replaced, not written through: it may lead out of the portfolio.
        if there.is_ok_and(|m| m.is_symlink()) {
            std::fs::remove_file(&path).map_err(|source| ScaffoldError::Io {
                path: path.clone(),
                source,
            })?;
        }
        write(&path, bytes)?;
        done.push((path, outcome));
    }
    Ok(done)
}
