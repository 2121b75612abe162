//! The portfolio kept loaded while `serve` runs: drafts read once and read again only when
//! they change, and a save that edits known drafts re-reading only their pieces.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use super::Loaded;
use super::piece::{DraftSource, read_draft};
use super::scan::{LoadedPiece, Scan};
use crate::diagnostic::{Diagnostic, Problems};
use crate::settings::Trust;

/// Drafts already read and parsed, by file, so that loading again (in `serve`) reads only the
/// files whose size or modification time changed. Files the watcher names are forgotten first,
/// so an edit that keeps both (a tool that restores the time) is read again all the same.
#[derive(Debug, Default)]
pub(super) struct FileCache {
    drafts: Mutex<HashMap<PathBuf, (Stamp, ReadDraft)>>,
}

/// A draft file as read: its parts, or why it could not be read.
pub(super) type ReadDraft = Arc<Result<DraftSource, Diagnostic>>;

/// What tells one version of a file from the next without reading it.
type Stamp = (Option<SystemTime>, u64);

impl FileCache {
    /// Forgets what was read from `path` (or from anything below it, for a folder).
    fn forget(&self, path: &Path) {
        if let Ok(mut drafts) = self.drafts.lock() {
            drafts.retain(|file, _| !file.starts_with(path));
        }
    }

    pub(super) fn read(&self, file: &Path) -> ReadDraft {
        let stamp = std::fs::metadata(file)
            .map(|m| (m.modified().ok(), m.len()))
            .ok();
        if let (Some(stamp), Ok(drafts)) = (stamp, self.drafts.lock())
            && let Some((seen, source)) = drafts.get(file)
            && *seen == stamp
        {
            return source.clone();
        }
        let source = Arc::new(read_draft(file));
        if let (Some(stamp), Ok(mut drafts)) = (stamp, self.drafts.lock()) {
            drafts.insert(file.to_path_buf(), (stamp, source.clone()));
        }
        source
    }
}

/// A portfolio kept loaded while its files change (for `serve`). A save that only edits drafts
/// already known re-reads those drafts' pieces and nothing else; anything else (a new or removed
/// file, a rename, settings, defaults, templates, static files) loads everything again, reusing
/// the drafts that did not change.
#[derive(Debug)]
pub struct LiveLoad {
    root: PathBuf,
    skip: Vec<PathBuf>,
    files: FileCache,
    last: Option<(Scan, Vec<LoadedPiece>)>,
}

impl LiveLoad {
    /// Loads the portfolio in `root` on the first [`LiveLoad::load`]; `skip` as for [`super::load`].
    pub fn new(root: &Path, skip: &[PathBuf]) -> LiveLoad {
        LiveLoad {
            root: root.to_path_buf(),
            skip: skip.to_vec(),
            files: FileCache::default(),
            last: None,
        }
    }

    /// The portfolio as it is now, after changes to the files in `changed` (paths below the
    /// portfolio folder, as `root.join(relative)`).
    pub fn load(&mut self, changed: &[PathBuf]) -> Result<Loaded, Problems> {
        for path in changed {
            self.files.forget(path);
        }
        if let Some((scan, pieces)) = &mut self.last
            && let Some(edited) = scan.pieces_of_edited_drafts(changed)
        {
            for i in edited {
                pieces[i] = scan.load_piece(i, Some(&self.files));
            }
            return scan.finish(&self.root, pieces);
        }
        self.last = None;
        // `serve` is the owner's own preview.
        let scan = Scan::new(&self.root, &self.skip, Trust::Owner)?;
        let pieces = scan.load_pieces(Some(&self.files));
        let loaded = scan.finish(&self.root, &pieces);
        self.last = Some((scan, pieces));
        loaded
    }
}
