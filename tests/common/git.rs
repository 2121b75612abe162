//! Repositories made from scratch with the `git` program, for the tests of `history:`.

use std::path::Path;
use std::process::Command;

/// Runs `git` in `dir`, with a fixed author and the author and commit date `date`, and no
/// settings from the machine.
pub(crate) fn git(dir: &Path, date: &str, args: &[&str]) {
    let o = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "Rae Quill")
        .env("GIT_AUTHOR_EMAIL", "rae@example.org")
        .env("GIT_COMMITTER_NAME", "Rae Quill")
        .env("GIT_COMMITTER_EMAIL", "rae@example.org")
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("git runs");
    assert!(
        o.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// Writes `files` into the repository and commits them with `message` on `date`.
pub(crate) fn commit(dir: &Path, date: &str, message: &str, files: &[(&str, &str)]) {
    for (path, text) in files {
        let file = dir.join(path);
        std::fs::create_dir_all(file.parent().expect("a folder")).expect("mkdir");
        std::fs::write(file, text).expect("write");
    }
    git(dir, date, &["add", "-A"]);
    git(dir, date, &["commit", "-q", "-m", message]);
}
