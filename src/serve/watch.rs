//! Watching a portfolio for saves: which paths matter, and which folders to watch.
//!
//! The portfolio folder itself is watched on its own (for `redraft.yaml` and for `pieces/`,
//! `static/` or `templates/` appearing), and those three folders recursively. The output folder
//! and anything else beside them are never watched, so a big built site costs no watches.
//! For `history:` sources, the repository's own folder and its branches are watched too, so a
//! commit (or a checkout) shows as a change to `redraft.yaml` would: everything is read again.
//!
//! Every way a file can change arrives as some event naming it: a write in place, an editor's
//! save through a temporary file and a rename (both names are in the event), `mv`, a delete, a
//! new folder. The debouncer waits for a burst to settle; which kind of event it was does not
//! matter, because the builder reloads and compares rather than trusting the event.

use std::collections::HashSet;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};

use notify::RecursiveMode;
use notify::event::{AccessKind, AccessMode, EventKind};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};

use super::{DEBOUNCE, ServeError};
use crate::content::{self, PIECES_DIR, STATIC_DIR, TEMPLATES_DIR};
use crate::settings::FILE_NAME as SETTINGS_FILE;

/// The folders watched recursively, by name in the portfolio folder.
const FOLDERS: [&str; 3] = [PIECES_DIR, STATIC_DIR, TEMPLATES_DIR];

/// A running watch over one portfolio.
pub(super) struct Watcher {
    /// The portfolio folder, resolved, as events name it.
    root: PathBuf,
    debouncer: Mutex<Debouncer<notify::RecommendedWatcher, RecommendedCache>>,
    /// The folders of [`FOLDERS`] being watched now.
    watched: Mutex<HashSet<&'static str>>,
    /// The folders outside them watched for `history:` (repositories, resolved), shared with
    /// the event handler.
    history: Arc<Mutex<Vec<PathBuf>>>,
}

impl Watcher {
    /// Starts watching the portfolio in `root`. Each settled burst of changes that matter is
    /// sent to `changes` as paths relative to `root`; watcher errors go to `problem`.
    pub(super) fn start(
        root: &Path,
        changes: mpsc::Sender<Vec<PathBuf>>,
        problem: impl Fn(String) + Send + 'static,
    ) -> Result<Watcher, ServeError> {
        let resolved = root.canonicalize().map_err(|e| ServeError::Watch {
            path: root.to_path_buf(),
            source: notify::Error::io(e),
        })?;
        let inside = resolved.clone();
        let history: Arc<Mutex<Vec<PathBuf>>> = Arc::default();
        let repositories = Arc::clone(&history);
        let debouncer = new_debouncer(DEBOUNCE, None, move |result: DebounceEventResult| {
            match result {
                Ok(events) => {
                    // Events were lost (the kernel's queue overflowed): look at everything.
                    if events.iter().any(|e| e.need_rescan()) {
                        let _ = changes.send(vec![PathBuf::from(PIECES_DIR)]);
                    }
                    let repositories = repositories.lock().map(|r| r.clone()).unwrap_or_default();
                    let paths: Vec<PathBuf> = events
                        .iter()
                        .filter(|e| changes_something(&e.kind))
                        .flat_map(|e| e.paths.iter())
                        .filter_map(|p| {
                            if repositories.iter().any(|r| p.starts_with(r)) {
                                // Git's lock files come and go around every change it makes;
                                // the change itself is the rename that follows.
                                let lock = p.extension().is_some_and(|e| e == "lock");
                                return (!lock).then(|| PathBuf::from(SETTINGS_FILE));
                            }
                            let rel = p.strip_prefix(&inside).ok()?;
                            matters(rel).then(|| rel.to_path_buf())
                        })
                        .collect();
                    if !paths.is_empty() {
                        // The builder is gone only while serve is stopping.
                        let _ = changes.send(paths);
                    }
                }
                Err(errors) => {
                    for e in errors {
                        problem(e.to_string());
                    }
                }
            }
        })
        .map_err(|source| ServeError::Watch {
            path: root.to_path_buf(),
            source,
        })?;
        let watcher = Watcher {
            root: resolved,
            debouncer: Mutex::new(debouncer),
            watched: Mutex::new(HashSet::new()),
            history,
        };
        watcher.watch(&watcher.root, RecursiveMode::NonRecursive)?;
        watcher.follow_new_folders(&[]);
        Ok(watcher)
    }

    /// Watches `pieces/`, `static/` and `templates/` when they exist and are not watched yet,
    /// or when `changed` (paths relative to the portfolio) names one of them: it was made anew.
    pub(super) fn follow_new_folders(&self, changed: &[PathBuf]) {
        let Ok(mut watched) = self.watched.lock() else {
            return;
        };
        for name in FOLDERS {
            let dir = self.root.join(name);
            let remade = changed.iter().any(|p| p == Path::new(name));
            if !dir.is_dir() {
                watched.remove(name);
            } else if (remade || !watched.contains(name))
                && self.watch(&dir, RecursiveMode::Recursive).is_ok()
            {
                watched.insert(name);
            }
        }
    }

    /// Watches `dirs` (each with whether to watch below it) for `history:` in place of the
    /// ones watched before. A folder that cannot be watched is left out: the build reports
    /// what is wrong with the repository.
    pub(super) fn follow_history(&self, dirs: Vec<(PathBuf, bool)>) {
        let Ok(mut history) = self.history.lock() else {
            return;
        };
        if let Ok(mut debouncer) = self.debouncer.lock() {
            for old in history.drain(..) {
                let _ = debouncer.unwatch(&old);
            }
        }
        for (dir, below) in dirs {
            let mode = if below {
                RecursiveMode::Recursive
            } else {
                RecursiveMode::NonRecursive
            };
            if self.watch(&dir, mode).is_ok() {
                history.push(dir);
            }
        }
    }

    fn watch(&self, dir: &Path, mode: RecursiveMode) -> Result<(), ServeError> {
        let mut debouncer = self.debouncer.lock().map_err(|_| ServeError::Watch {
            path: dir.to_path_buf(),
            source: notify::Error::generic("the watcher stopped"),
        })?;
        // Watching a folder again (it was deleted and made anew) starts from a clean slate.
        let _ = debouncer.unwatch(dir);
        debouncer
            .watch(dir, mode)
            .map_err(|source| ServeError::Watch {
                path: dir.to_path_buf(),
                source,
            })
    }
}

/// Whether an event can mean new content. Reading a file (as every build does) is not a change,
/// or each build would start the next.
fn changes_something(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(access) => matches!(access, AccessKind::Close(AccessMode::Write)),
        _ => true,
    }
}

/// Whether a change to `rel` (a path relative to the portfolio) can change the site: the
/// settings, or anything in the watched folders that a build would read. Editors' temporary,
/// backup and swap files are not.
pub(super) fn matters(rel: &Path) -> bool {
    let mut parts = rel.components();
    let first_matters = match parts.next() {
        Some(Component::Normal(first)) => {
            first == SETTINGS_FILE || FOLDERS.iter().any(|f| first == *f)
        }
        _ => false,
    };
    first_matters
        && rel.components().all(|c| match c {
            Component::Normal(name) => {
                let name = name.to_string_lossy();
                // Vim writes a file named 4913 to test that it may write in the folder.
                !content::is_ignored(&name) && name != "4913"
            }
            _ => false,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafts_settings_and_theme_files_matter() {
        for path in [
            "redraft.yaml",
            "pieces",
            "pieces/essay/01-draft.md",
            "pieces/_defaults.yaml",
            "pieces/essay/photo.jpg",
            "static/assets/redraft.css",
            "static/custom.css",
            "templates/piece.html",
        ] {
            assert!(matters(Path::new(path)), "{path}");
        }
    }

    #[test]
    fn editor_leftovers_and_other_folders_do_not() {
        for path in [
            "public/index.html",
            "notes.txt",
            ".git/index",
            "pieces/essay/.01-draft.md.swp",
            "pieces/essay/01-draft.md~",
            "pieces/essay/4913",
            "pieces/essay/#01-draft.md#",
            "pieces/essay/.#01-draft.md",
            "pieces/essay/01-draft.md___jb_tmp___",
            "pieces/essay/01-draft.md___jb_old___",
            "pieces/essay/01-draft.md.crswap",
            "pieces/.hidden/01.md",
        ] {
            assert!(!matters(Path::new(path)), "{path}");
        }
    }
}
