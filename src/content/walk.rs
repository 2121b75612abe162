//! Walking the portfolio's folders: which files a build sees, inside the fence.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use super::Asset;
use crate::diagnostic::Diagnostic;
use crate::fence::{self, Fence};

/// Files and folders a writer did not mean to publish: hidden files, editor backups and swap
/// files, and the temporary files editors save through (Emacs, vim, JetBrains, Chromium-based).
pub fn is_ignored(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name.ends_with(".crswap")
        || name.ends_with("___jb_tmp___")
        || name.ends_with("___jb_old___")
}

/// What a walk stays inside and what it leaves alone.
pub(super) struct Bounds<'a> {
    /// Links are followed only while they stay inside it.
    pub fence: &'a Fence,
    /// Folders never read (the output folder), resolved.
    pub skip: &'a [PathBuf],
}

/// Every folder below `dir` (itself included) with the files directly inside it, sorted.
///
/// Symbolic links are followed while they lead somewhere inside the fence (an image shared by
/// two pieces, say); one that leads outside it is left out with a warning, so neither a build
/// nor `serve` ever publishes a file from elsewhere on the computer. Named pipes, sockets and
/// devices are left out with a warning too: reading one would hang or make no sense.
pub(super) fn walk(
    dir: &Path,
    bounds: &Bounds<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> BTreeMap<PathBuf, Vec<PathBuf>> {
    let mut tree: BTreeMap<PathBuf, Vec<PathBuf>> = BTreeMap::new();
    let outside = RefCell::new(Vec::new());
    let walker = WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            let name = e.file_name().to_string_lossy();
            if e.depth() > 0 && is_ignored(&name) {
                return false;
            }
            // Resolving a path costs a system call per folder in it, so only folders named
            // like a skipped one are resolved.
            if e.file_type().is_dir()
                && bounds
                    .skip
                    .iter()
                    .any(|s| s.file_name() == Some(e.file_name()))
                && e.path()
                    .canonicalize()
                    .is_ok_and(|c| bounds.skip.contains(&c))
            {
                return false;
            }
            if e.path_is_symlink() && !bounds.fence.admits(e.path()) {
                outside.borrow_mut().push(e.path().to_path_buf());
                return false;
            }
            true
        });
    // Files come mostly right after their folder's other files, so they gather here first
    // rather than each costing a search of the tree.
    let mut folder: Option<(PathBuf, Vec<PathBuf>)> = None;
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_dir() => {
                tree.entry(e.path().to_path_buf()).or_default();
            }
            Ok(e) => {
                if let Some(kind) = fence::odd_kind(e.file_type()) {
                    diagnostics.push(fence::skipped(e.path(), kind));
                    continue;
                }
                let Some(parent) = e.path().parent() else {
                    continue;
                };
                match &mut folder {
                    Some((dir, files)) if dir.as_os_str() == parent.as_os_str() => {
                        files.push(e.path().to_path_buf());
                    }
                    _ => {
                        if let Some((dir, files)) = folder.take() {
                            tree.entry(dir).or_default().extend(files);
                        }
                        folder = Some((parent.to_path_buf(), vec![e.path().to_path_buf()]));
                    }
                }
            }
            Err(e) => {
                let path = e
                    .path()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| dir.to_path_buf());
                let d = if e.loop_ancestor().is_some() {
                    Diagnostic::error(
                        path,
                        "this folder links back to a folder that contains it (a symlink loop)",
                    )
                    .with_help("remove or change the symbolic link")
                } else {
                    Diagnostic::error(path, format!("cannot read this: {e}"))
                        .with_help("check that the file exists and that you may read it")
                };
                diagnostics.push(d);
            }
        }
    }
    if let Some((dir, files)) = folder {
        tree.entry(dir).or_default().extend(files);
    }
    for link in outside.into_inner() {
        diagnostics.push(
            Diagnostic::warning(
                link,
                "this links to something outside the portfolio folder, so it is not published",
            )
            .with_help("copy the file into the portfolio instead of linking to it, or name the folder it is in under `allow_links_to:` in redraft.yaml"),
        );
    }
    tree
}

/// Every file below `dir`, as assets at the same path from the site root.
pub(super) fn collect_assets(
    dir: &Path,
    bounds: &Bounds<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Asset> {
    walk(dir, bounds, diagnostics)
        .into_values()
        .flatten()
        .filter_map(|f| {
            let rel = f.strip_prefix(dir).ok()?.to_path_buf();
            Some(Asset {
                target: url_path(&rel),
                source: f,
            })
        })
        .collect()
}

/// A relative path with `/` separators, whatever the platform.
pub(super) fn url_path(rel: &Path) -> String {
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_files_are_ignored() {
        for name in [".02.md.swp", "02.md~", "#02.md#", ".DS_Store"] {
            assert!(is_ignored(name), "{name}");
        }
        assert!(!is_ignored("02-revision.md"));
    }
}
