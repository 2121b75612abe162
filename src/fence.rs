//! The one fence around what redraft reads.
//!
//! Everything a build reads (settings, drafts, defaults, templates, static files) comes from
//! inside the portfolio folder. A symbolic link may lead elsewhere inside it (an image shared
//! by two pieces), or into a folder the portfolio names in `allow_links_to:` in `redraft.yaml`
//! (templates a teacher shares between classes); a link anywhere else is not followed. So no
//! build publishes a file from elsewhere on the computer, and no message quotes one: a student
//! who links `redraft.yaml` to `/proc/self/environ` gets an error that names the link, not what
//! it leads to.
//!
//! Only regular files are read. A named pipe would make a build wait forever (a tar archive
//! keeps them, so a submission can hold one), and a device or socket is not writing. Files are
//! opened without waiting and looked at before a byte is read, so even a file swapped for a
//! pipe after the folder was walked cannot hang a build.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;

/// What a portfolio's files must stay inside.
#[derive(Debug, Clone)]
pub struct Fence {
    /// The portfolio folder, resolved.
    root: PathBuf,
    /// Folders outside it that links may lead into, resolved.
    allowed: Vec<PathBuf>,
}

impl Fence {
    /// The fence around the portfolio in `root`.
    pub fn new(root: &Path) -> Fence {
        Fence {
            root: root.canonicalize().unwrap_or_else(|_| root.to_path_buf()),
            allowed: Vec::new(),
        }
    }

    /// The fence with `folder` (resolved, so it must exist) let in as well.
    pub fn allowing(mut self, folder: PathBuf) -> Fence {
        self.allowed.push(folder);
        self
    }

    /// Whether `path`, reached from inside the portfolio, really is inside the fence once its
    /// links are resolved. A path that cannot be resolved (gone, a broken link) is not
    /// outside: reading it says what is wrong.
    pub fn admits(&self, path: &Path) -> bool {
        match path.canonicalize() {
            Ok(real) => self.holds(&real),
            Err(_) => true,
        }
    }

    fn holds(&self, real: &Path) -> bool {
        real.starts_with(&self.root) || self.allowed.iter().any(|a| real.starts_with(a))
    }

    /// Reads a text file of the portfolio: through the fence, a regular file, UTF-8 without a
    /// byte-order mark and with `\n` line ends, no binary data. Any other file is a
    /// [`Diagnostic`] naming it, which never quotes a file outside the fence.
    pub fn read_text(&self, file: &Path) -> Result<String, Diagnostic> {
        if file.symlink_metadata().is_ok_and(|m| m.is_symlink()) && !self.admits(file) {
            return Err(outside(file));
        }
        read_text(file)
    }
}

/// Reads a text file that a walk inside the fence found (so its links were looked at): a
/// regular file, UTF-8 without a byte-order mark and with `\n` line ends, no binary data.
pub fn read_text(file: &Path) -> Result<String, Diagnostic> {
    let bytes = read_regular(file)?;
    decode(file, bytes)
}

/// The error for a link that leads out of the portfolio.
pub fn outside(file: &Path) -> Diagnostic {
    Diagnostic::error(
        file,
        "this is a link to something outside the portfolio folder, so it is not read",
    )
    .with_help(
        "put the file itself here instead of a link, or name the folder it is in under `allow_links_to:` in redraft.yaml",
    )
}

/// The kind of a file that is not a regular file, in words, or `None` for a regular file or
/// a folder.
pub fn odd_kind(file_type: std::fs::FileType) -> Option<&'static str> {
    if file_type.is_file() || file_type.is_dir() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return Some("a named pipe");
        }
        if file_type.is_socket() {
            return Some("a socket");
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return Some("a device");
        }
    }
    Some("not a regular file")
}

/// The warning for a file that is not a regular file, which is skipped.
pub fn skipped(file: &Path, kind: &str) -> Diagnostic {
    Diagnostic::warning(
        file,
        format!("this is {kind}, not a file, so it is skipped"),
    )
    .with_help("remove it from the portfolio folder")
}

/// The bytes of `file`, which must be a regular file. It is opened without waiting (a named
/// pipe would wait for a writer) and checked before anything is read.
fn read_regular(file: &Path) -> Result<Vec<u8>, Diagnostic> {
    let cannot = |e: std::io::Error| {
        Diagnostic::error(file, format!("cannot read this file: {e}"))
            .with_help("check that the file exists and that you may read it")
    };
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // For a regular file this changes nothing; a named pipe opens at once instead of
        // waiting for a writer.
        options.custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32);
    }
    let mut opened: File = options.open(file).map_err(cannot)?;
    let metadata = opened.metadata().map_err(cannot)?;
    if let Some(kind) = odd_kind(metadata.file_type()) {
        return Err(Diagnostic::error(
            file,
            format!("this is {kind}, not a file, so it cannot be read"),
        )
        .with_help("replace it with the file itself"));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    opened.read_to_end(&mut bytes).map_err(cannot)?;
    Ok(bytes)
}

/// Text from a file's bytes: bad bytes are a diagnostic, a byte-order mark is dropped, line
/// ends become `\n`.
fn decode(file: &Path, bytes: Vec<u8>) -> Result<String, Diagnostic> {
    if let Some(at) = bytes.iter().position(|b| *b == 0) {
        let line = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
        return Err(Diagnostic::error(file, "this is not a text file (it contains binary data)")
            .at_line(line)
            .with_help("drafts must be plain text; move other files out of the way or save the draft as UTF-8 text"));
    }
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..3);
            }
            Ok(normalize_newlines(text))
        }
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
            let column = valid.iter().rev().take_while(|b| **b != b'\n').count() + 1;
            Err(Diagnostic::error(file, "this file is not UTF-8 text")
                .at(line, column)
                .with_help(
                    "save it as UTF-8 text from your editor, or move it out of the pieces folder",
                ))
        }
    }
}

/// The extensions of Markdown files: `.md`, and those Jekyll (`jekyll new` writes `.markdown`)
/// and Hugo also read.
pub const MARKDOWN_EXTENSIONS: &[&str] = &["md", "markdown", "mdown", "mkdn", "mkd"];

/// `name` without its extension, when it is a Markdown file's name (`post.markdown`: `post`).
pub fn markdown_stem(name: &str) -> Option<&str> {
    let (stem, extension) = name.rsplit_once('.')?;
    (!stem.is_empty()
        && MARKDOWN_EXTENSIONS
            .iter()
            .any(|e| extension.eq_ignore_ascii_case(e)))
    .then_some(stem)
}

/// Turns `\r\n` and lone `\r` (old Mac files) into `\n`, so that every part of redraft (the YAML
/// parser, key positions, quoted source lines) counts lines the same way.
pub fn normalize_newlines(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_ending_becomes_a_newline() {
        assert_eq!(normalize_newlines("a\r\nb\rc\n".to_string()), "a\nb\nc\n");
    }

    #[cfg(unix)]
    #[test]
    fn links_out_are_refused_and_never_quoted() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("portfolio");
        std::fs::create_dir(&root).unwrap();
        std::fs::write(tmp.path().join("secret.txt"), "TOKEN=hunter2\n").unwrap();
        std::fs::write(root.join("inside.txt"), "fine\n").unwrap();
        std::os::unix::fs::symlink(tmp.path().join("secret.txt"), root.join("out.yaml")).unwrap();
        std::os::unix::fs::symlink(root.join("inside.txt"), root.join("in.yaml")).unwrap();
        let fence = Fence::new(&root);
        assert_eq!(fence.read_text(&root.join("in.yaml")).unwrap(), "fine\n");
        let refused = fence.read_text(&root.join("out.yaml")).unwrap_err();
        assert!(!refused.to_string().contains("hunter2"), "{refused}");
        let allowed = Fence::new(&root).allowing(tmp.path().canonicalize().unwrap());
        assert!(allowed.read_text(&root.join("out.yaml")).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn a_named_pipe_is_refused_without_waiting() {
        let tmp = tempfile::tempdir().unwrap();
        let pipe = tmp.path().join("03.md");
        let made = std::process::Command::new("mkfifo").arg(&pipe).status();
        if !made.is_ok_and(|s| s.success()) {
            return; // no mkfifo here
        }
        let e = Fence::new(tmp.path()).read_text(&pipe).unwrap_err();
        assert!(e.message.contains("a named pipe"), "{e}");
    }
}
