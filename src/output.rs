//! Writing a finished site to disk without ever leaving a half-written one.
//!
//! Everything is written into a fresh folder beside the output folder, which is swapped in
//! only when complete: a failed or interrupted build leaves the previous site as it was. A
//! marker file says a folder is redraft's own, so redraft never deletes a folder it did not make.
//!
//! - **Links.** An output that is a symbolic link (`public -> ../www`, a common way to publish)
//!   is written through: the folder it leads to is replaced and the link stays.
//! - **One build at a time.** A build holds an advisory lock on the folder the output sits in
//!   from the moment it starts writing until its site is in place, so two builds into one
//!   output (an editor's save hook and a CI job) take turns: the second waits, then writes a
//!   whole site of its own. The operating system lets go of the lock when a build ends, however
//!   it ends, so a killed build never blocks the next; and locking the folder itself leaves no
//!   lock file behind. Where folders cannot be locked (Windows, some network file systems) a
//!   build goes on unguarded, and does not clear other builds' leftovers.
//! - **Swapped at once.** On Linux the new folder and the old are exchanged in one step
//!   (`renameat2` with `RENAME_EXCHANGE`), so a web server reading the folder never finds it
//!   missing; elsewhere, or on a file system without it, the old folder is moved aside first.

use std::collections::HashSet;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use bytes::Bytes;
use rayon::prelude::*;

/// The file that marks a folder as a site redraft wrote.
pub const MARKER: &str = ".redraft-site";

/// A file of the finished site.
#[derive(Debug, Clone)]
pub enum SiteFile {
    /// Content made by the build.
    Made {
        /// Where it goes, from the site root.
        path: String,
        /// Its content.
        bytes: Bytes,
    },
    /// A file copied as is.
    Copied {
        /// Where it goes, from the site root.
        path: String,
        /// The file copied.
        source: PathBuf,
    },
}

impl SiteFile {
    /// Where the file goes, relative to the site root.
    pub fn path(&self) -> &str {
        match self {
            SiteFile::Made { path, .. } | SiteFile::Copied { path, .. } => path,
        }
    }
}

/// What went wrong while writing.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// The output folder holds files redraft did not write.
    #[error(
        "{0}: this folder already holds files that redraft did not write, so it will not replace them"
    )]
    NotOurs(PathBuf),
    /// A file could not be written or copied.
    #[error("{path}: cannot write: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The output leads through more symbolic links than any real setup needs (a loop).
    #[error(
        "{0}: this output folder is a symbolic link that leads through too many others (a loop?)"
    )]
    LinkLoop(PathBuf),
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> OutputError + '_ {
    move |source| OutputError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Writes `files` as the site in `out`, replacing a previous redraft site there.
/// `force` allows replacing a folder that is not one.
pub fn write_site(out: &Path, files: &[SiteFile], force: bool) -> Result<(), OutputError> {
    let writer = SiteWriter::begin(out, force, |_| {})?;
    writer.write(files)?;
    writer.finish()
}

/// Where a site for `out` really goes: `out` made absolute with every symbolic link on the way
/// resolved, also a final link that leads to a folder not made yet. Writing there replaces the
/// folder a link leads to and leaves the link alone.
pub fn resolve(out: &Path) -> Result<PathBuf, OutputError> {
    let mut path = std::path::absolute(out).map_err(io(out))?;
    // Linux gives up after 40 links in one path; so do we.
    for _ in 0..40 {
        if let Ok(real) = path.canonicalize() {
            return Ok(real);
        }
        // Not there yet, or a link to somewhere not there yet: resolve what leads to it.
        let (Some(parent), Some(name)) = (path.parent(), path.file_name()) else {
            return Ok(path);
        };
        let parent = parent
            .canonicalize()
            .unwrap_or_else(|_| parent.to_path_buf());
        let here = parent.join(name);
        match std::fs::read_link(&here) {
            Ok(target) => path = parent.join(target),
            Err(_) => return Ok(here),
        }
    }
    Err(OutputError::LinkLoop(out.to_path_buf()))
}

/// A site being written: files go into a fresh folder beside the output folder as they are
/// made ([`SiteWriter::write`] may be called from many threads at once), and
/// [`SiteWriter::finish`] swaps it in. Dropped unfinished (an error, a panic), it removes the
/// fresh folder and the previous site stays as it was.
pub struct SiteWriter {
    /// The real output folder, links resolved.
    out: PathBuf,
    fresh: PathBuf,
    old: PathBuf,
    /// Folders already made in the fresh folder.
    made: Mutex<HashSet<PathBuf>>,
    finished: bool,
    /// Held until the writer is dropped, so no other build writes into the output meanwhile;
    /// `None` where the file system has no locks.
    _lock: Option<File>,
}

impl SiteWriter {
    /// Starts writing the site for `out` (through a link, into the folder it leads to): waits
    /// until no other build is writing there (calling `waiting` with the real output folder
    /// first, if it has to wait), checks that the folder may be replaced (`force` allows any),
    /// clears what an interrupted build left beside it and makes the fresh folder.
    pub fn begin(
        out: &Path,
        force: bool,
        waiting: impl FnOnce(&Path),
    ) -> Result<SiteWriter, OutputError> {
        let out = resolve(out)?;
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent).map_err(io(&parent))?;
        let name = out
            .file_name()
            .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
        let lock = lock_folder(&parent, || waiting(&out))?;
        if out.exists() && !force && !is_replaceable(&out) {
            return Err(OutputError::NotOurs(out));
        }
        // Only with the lock held: without it, a folder named like ours may be another
        // build's, still being written.
        if lock.is_some() {
            remove_leftovers(&parent, &name);
        }
        let fresh = parent.join(format!(".{name}.redraft-new-{}", std::process::id()));
        std::fs::create_dir_all(&fresh).map_err(io(&fresh))?;
        Ok(SiteWriter {
            old: parent.join(format!(".{name}.redraft-old-{}", std::process::id())),
            out,
            made: Mutex::new(HashSet::from([fresh.clone()])),
            fresh,
            finished: false,
            _lock: lock,
        })
    }

    /// The real output folder, links resolved.
    pub fn output(&self) -> &Path {
        &self.out
    }

    /// Writes `files` into the fresh folder, in parallel. A later file at the same path
    /// replaces an earlier one.
    pub fn write(&self, files: &[SiteFile]) -> Result<(), OutputError> {
        // Make each folder once, then write the files.
        let mut dirs: Vec<PathBuf> = files
            .iter()
            .filter_map(|f| Path::new(f.path()).parent().map(|p| self.fresh.join(p)))
            .collect();
        dirs.sort();
        dirs.dedup();
        for dir in dirs {
            let new = self.made.lock().map_or(true, |made| !made.contains(&dir));
            if new {
                std::fs::create_dir_all(&dir).map_err(io(&dir))?;
                if let Ok(mut made) = self.made.lock() {
                    made.insert(dir);
                }
            }
        }
        files.par_iter().try_for_each(|file| {
            let target = self.fresh.join(file.path());
            match file {
                SiteFile::Made { bytes, .. } => std::fs::write(&target, bytes).map_err(io(&target)),
                SiteFile::Copied { source, .. } => std::fs::copy(source, &target)
                    .map(|_| ())
                    .map_err(io(source)),
            }
        })
    }

    /// Marks the fresh folder as redraft's and swaps it in for the previous site.
    pub fn finish(mut self) -> Result<(), OutputError> {
        let marker = self.fresh.join(MARKER);
        std::fs::write(
            &marker,
            "This folder was written by redraft; the next build replaces it whole.\n",
        )
        .map_err(io(&marker))?;
        let (out, fresh, old) = (&self.out, &self.fresh, &self.old);
        if exchange(fresh, out) {
            // The previous site now sits where the fresh one was.
            self.finished = true;
            remove_tree(fresh);
            return Ok(());
        }
        if out.symlink_metadata().is_ok() {
            std::fs::rename(out, old).map_err(io(out))?;
        }
        if let Err(e) = std::fs::rename(fresh, out) {
            // Put the previous site back before reporting.
            let _ = std::fs::rename(old, out);
            return Err(OutputError::Io {
                path: out.to_path_buf(),
                source: e,
            });
        }
        self.finished = true;
        if old.exists() {
            remove_tree(old);
        }
        Ok(())
    }
}

/// Swaps the folders at `a` and `b` in one step, where the system can; `false` when it did not
/// (nothing at `b` yet, or no such call here), and nothing changed.
fn exchange(a: &Path, b: &Path) -> bool {
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        b.symlink_metadata().is_ok() && renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).is_ok()
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = (a, b);
        false
    }
}

/// Locks the folder `dir` for this build, calling `waiting` first if another build holds it.
/// `None` where the folder cannot be locked: the build goes on unguarded.
fn lock_folder(dir: &Path, waiting: impl FnOnce()) -> Result<Option<File>, OutputError> {
    let Ok(file) = File::open(dir) else {
        return Ok(None);
    };
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(std::fs::TryLockError::WouldBlock) => {
            waiting();
            file.lock().map_err(io(dir))?;
            Ok(Some(file))
        }
        Err(std::fs::TryLockError::Error(_)) => Ok(None),
    }
}

impl Drop for SiteWriter {
    fn drop(&mut self) {
        if !self.finished {
            let _ = std::fs::remove_dir_all(&self.fresh);
        }
    }
}

/// Removes a folder and everything in it, its top-level entries in parallel: a site of many
/// thousand pages is mostly time spent in the file system, which serves several at once.
fn remove_tree(dir: &Path) {
    if let Ok(entries) = std::fs::read_dir(dir) {
        let entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        entries.par_iter().for_each(|path| {
            // A link is removed, never what it leads to.
            let _ = if path.symlink_metadata().is_ok_and(|m| m.is_dir()) {
                std::fs::remove_dir_all(path)
            } else {
                std::fs::remove_file(path)
            };
        });
    }
    let _ = std::fs::remove_dir_all(dir);
}

/// Removes the half-written folders an interrupted build (Ctrl-C, a power cut) left beside the
/// output. Only folders named the way this module names them are touched.
fn remove_leftovers(parent: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    let prefixes = [
        format!(".{name}.redraft-new-"),
        format!(".{name}.redraft-old-"),
    ];
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let ours = prefixes.iter().any(|p| file_name.starts_with(p.as_str()));
        let path = entry.path();
        // A new folder gets its marker last, so a half-written one may lack it; it still holds
        // only files this module wrote, because the folder name is ours alone. A link named
        // so is not followed.
        if ours && path.symlink_metadata().is_ok_and(|m| m.is_dir()) {
            let _ = std::fs::remove_dir_all(&path);
        }
    }
}

/// An output folder may be replaced when it is empty or carries redraft's marker.
fn is_replaceable(out: &Path) -> bool {
    out.join(MARKER).is_file()
        || std::fs::read_dir(out).is_ok_and(|mut entries| entries.next().is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn made(path: &str, text: &str) -> SiteFile {
        SiteFile::Made {
            path: path.into(),
            bytes: Bytes::from(text.as_bytes().to_vec()),
        }
    }

    #[test]
    fn replaces_previous_site_whole() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        write_site(
            &out,
            &[made("a/index.html", "one"), made("old.html", "x")],
            false,
        )
        .unwrap();
        write_site(&out, &[made("a/index.html", "two")], false).unwrap();
        assert_eq!(
            std::fs::read_to_string(out.join("a/index.html")).unwrap(),
            "two"
        );
        assert!(!out.join("old.html").exists());
        let mut beside: Vec<String> = std::fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        beside.sort();
        assert_eq!(beside, ["public"], "temporary folders left behind");
    }

    #[test]
    fn leftovers_of_an_interrupted_build_are_cleared() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let stale = tmp.path().join(".public.redraft-new-999999");
        std::fs::create_dir_all(stale.join("half")).unwrap();
        std::fs::write(tmp.path().join("notes.txt"), "mine").unwrap();
        write_site(&out, &[made("index.html", "x")], false).unwrap();
        assert!(!stale.exists());
        assert!(
            tmp.path().join("notes.txt").exists(),
            "other files are left alone"
        );
    }

    #[test]
    fn refuses_folders_it_did_not_write() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(tmp.path().join("thesis.docx"), "precious").unwrap();
        let err = write_site(tmp.path(), &[made("index.html", "x")], false).unwrap_err();
        assert!(matches!(err, OutputError::NotOurs(_)));
        assert!(tmp.path().join("thesis.docx").exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_link_is_resolved_even_to_a_folder_not_made_yet() {
        let tmp = tempfile::tempdir().unwrap();
        let real = tmp.path().canonicalize().unwrap();
        std::os::unix::fs::symlink("www", real.join("public")).unwrap();
        assert_eq!(resolve(&real.join("public")).unwrap(), real.join("www"));
        write_site(&real.join("public"), &[made("index.html", "x")], false).unwrap();
        assert!(real.join("public").symlink_metadata().unwrap().is_symlink());
        assert!(real.join("www/index.html").is_file());
        std::os::unix::fs::symlink("loop", real.join("loop")).unwrap();
        assert!(matches!(
            resolve(&real.join("loop")),
            Err(OutputError::LinkLoop(_))
        ));
    }

    #[test]
    fn a_second_writer_waits_for_the_first_to_finish() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let first = SiteWriter::begin(&out, false, |_| panic!("nobody else is writing")).unwrap();
        first.write(&[made("index.html", "first")]).unwrap();
        let (waited, waiting) = std::sync::mpsc::channel();
        let second = {
            let out = out.clone();
            std::thread::spawn(move || {
                let writer = SiteWriter::begin(&out, false, |_| waited.send(()).unwrap()).unwrap();
                writer.write(&[made("index.html", "second")]).unwrap();
                writer.finish().unwrap();
            })
        };
        // The second writer says it waits, and does, while the first one's folder lives on.
        waiting.recv().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(50));
        first.finish().unwrap();
        second.join().unwrap();
        assert_eq!(
            std::fs::read_to_string(out.join("index.html")).unwrap(),
            "second"
        );
    }

    #[test]
    fn failed_write_keeps_previous_site() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        write_site(&out, &[made("index.html", "good")], false).unwrap();
        let missing = SiteFile::Copied {
            path: "x.jpg".into(),
            source: tmp.path().join("nope.jpg"),
        };
        assert!(write_site(&out, &[made("index.html", "new"), missing], false).is_err());
        assert_eq!(
            std::fs::read_to_string(out.join("index.html")).unwrap(),
            "good"
        );
    }
}
