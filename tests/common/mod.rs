//! Helpers shared by the end-to-end tests: portfolios written into temporary folders, the
//! redraft binary run on them, and readers for the site it writes.
#![allow(dead_code)]

pub(crate) mod git;
pub(crate) mod http;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A portfolio in a temporary folder.
pub(crate) struct Portfolio {
    pub(crate) dir: tempfile::TempDir,
}

impl Portfolio {
    /// A portfolio with the given settings text and files (`(relative path, text)`).
    pub(crate) fn new(settings: &str, files: &[(&str, &str)]) -> Portfolio {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("redraft.yaml"), settings).expect("write settings");
        let p = Portfolio { dir };
        for (path, text) in files {
            p.write(path, text);
        }
        p
    }

    pub(crate) fn path(&self) -> &Path {
        self.dir.path()
    }

    pub(crate) fn write(&self, rel: &str, text: &str) {
        let path = self.dir.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }

    /// Runs `redraft build` on this portfolio.
    pub(crate) fn build(&self) -> Output {
        redraft(&["build", &self.dir.path().to_string_lossy()])
    }

    /// The text of a file of the built site.
    pub(crate) fn page(&self, rel: &str) -> String {
        std::fs::read_to_string(self.dir.path().join("public").join(rel))
            .unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    pub(crate) fn site(&self) -> PathBuf {
        self.dir.path().join("public")
    }
}

/// Runs the redraft binary with `args`.
pub(crate) fn redraft(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_redraft"))
        .args(args)
        .output()
        .expect("run redraft")
}

/// Runs `redraft check` on `p`: its exit code and its messages.
pub(crate) fn checked(p: &Portfolio) -> (Option<i32>, String) {
    let o = redraft(&["check", &p.path().to_string_lossy()]);
    (o.status.code(), stderr(&o))
}

pub(crate) fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub(crate) fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Every file below `dir`, relative, with `/` separators, sorted.
pub(crate) fn files(dir: &Path) -> Vec<String> {
    let mut out: Vec<String> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            e.path()
                .strip_prefix(dir)
                .expect("inside")
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    out.sort();
    out
}

/// The values of every `href="..."` and `src="..."` in an HTML page.
pub(crate) fn links(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\""] {
        let mut rest = html;
        while let Some(at) = rest.find(attr) {
            rest = &rest[at + attr.len()..];
            if let Some(end) = rest.find('"') {
                out.push(rest[..end].replace("&amp;", "&"));
                rest = &rest[end..];
            }
        }
    }
    out
}

/// `html` without the elements that carry `data-note` (a feedback comment pinned beside its
/// passage, a marker number): the diff contract leaves them out of the draft's text.
pub(crate) fn without_notes(html: &str) -> String {
    use redraft::html::{Token, tokenize};
    let mut out = String::with_capacity(html.len());
    // Depth inside a note, counting every element opened in it.
    let mut depth = 0usize;
    for token in tokenize(html) {
        match token {
            Token::Open(_, raw)
                if depth > 0 || redraft::html::attribute(raw, "data-note").is_some() =>
            {
                depth += 1;
            }
            Token::Close(..) if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            other => out.push_str(other.raw()),
        }
    }
    out
}

/// The inner HTML of the first element whose start tag contains `marker`.
pub(crate) fn element_with<'a>(html: &'a str, marker: &str) -> &'a str {
    let at = html
        .find(marker)
        .unwrap_or_else(|| panic!("no element with {marker}"));
    let start = html[at..].find('>').expect("tag end") + at + 1;
    let open = html[..at].rfind('<').expect("tag start");
    let name: String = html[open + 1..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    // Find the matching close tag, counting nested elements of the same name.
    let (open_tag, close_tag) = (format!("<{name}"), format!("</{name}>"));
    let mut depth = 1;
    let mut i = start;
    while depth > 0 {
        let next_close = html[i..].find(&close_tag).expect("closing tag") + i;
        match html[i..next_close].find(&open_tag) {
            Some(o) if html[i + o + open_tag.len()..].starts_with([' ', '>']) => {
                depth += 1;
                i += o + open_tag.len();
            }
            Some(o) => i += o + open_tag.len(),
            None => {
                depth -= 1;
                if depth == 0 {
                    return &html[start..next_close];
                }
                i = next_close + close_tag.len();
            }
        }
    }
    unreachable!()
}

/// Renders two drafts' Markdown (raw HTML sanitized) and compares them, failing the test when
/// the view does not read back as both drafts.
pub(crate) fn compare_checked(old: &str, new: &str) -> redraft::diff::ChangeView {
    use redraft::{diff, markdown, settings::RawHtml};
    let (a, b) = (
        markdown::render(old, RawHtml::Sanitize),
        markdown::render(new, RawHtml::Sanitize),
    );
    let view = diff::compare(&a, &b, &redraft::i18n::Catalog::english());
    if let Err(violation) = diff::verify(&a, &b, &view) {
        panic!("{violation} in\n{}", view.html);
    }
    view
}
