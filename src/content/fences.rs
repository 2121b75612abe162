//! Where a draft's front matter ends and its Markdown begins: YAML between `---` lines, or TOML
//! between `+++` lines as Hugo and Zola write it. Front matter in any other form is an error,
//! never text that would be published as the draft's words.

use std::path::Path;

use super::front_matter::KNOWN_KEYS;
use crate::diagnostic::Diagnostic;

/// The language front matter is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// Between `---` lines.
    Yaml,
    /// Between `+++` lines.
    Toml,
}

impl Syntax {
    /// The fence line that opens and closes it.
    pub fn fence(self) -> &'static str {
        match self {
            Syntax::Yaml => "---",
            Syntax::Toml => "+++",
        }
    }
}

/// A draft file split into its front matter and its Markdown body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split<'a> {
    /// The text between the fences, if the file has front matter.
    pub yaml: Option<&'a str>,
    /// What that text is written in.
    pub syntax: Syntax,
    /// The Markdown after the closing fence (or the whole file).
    pub body: &'a str,
    /// The 1-based line of the file where the body starts.
    pub body_line: usize,
}

/// Splits `text` (already without a byte-order mark) at its `---` (or `+++`) fences.
///
/// A file whose first line is neither has no front matter. A file that opens front matter but
/// never closes it is an error: guessing where it ends would silently turn the draft into
/// settings. So is front matter in JSON (Hugo's third kind), which redraft does not read.
pub fn split<'a>(file: &Path, text: &'a str) -> Result<Split<'a>, Diagnostic> {
    let mut lines = text.split_inclusive('\n');
    let no_front_matter = Split {
        yaml: None,
        syntax: Syntax::Yaml,
        body: text,
        body_line: 1,
    };
    let Some(first) = lines.next() else {
        return Ok(no_front_matter);
    };
    let syntax = match first.trim_end() {
        "---" => Syntax::Yaml,
        "+++" => Syntax::Toml,
        _ => {
            check_no_hidden_front_matter(file, text, first)?;
            return Ok(no_front_matter);
        }
    };
    let start = first.len();
    let mut offset = start;
    for (index, line) in lines.enumerate() {
        let fence = line.trim_end();
        if fence == syntax.fence() || (syntax == Syntax::Yaml && fence == "...") {
            return Ok(Split {
                yaml: Some(&text[start..offset]),
                syntax,
                body: &text[offset + line.len()..],
                body_line: index + 3,
            });
        }
        offset += line.len();
    }
    let fence = syntax.fence();
    Err(Diagnostic::error(
        file,
        format!("front matter starts with `{fence}` but never ends"),
    )
    .at(1, 1)
    .with_help(format!(
        "add a line with only `{fence}` after the last setting, before the draft's text"
    )))
}

/// Errors for front matter that does not start with a fence: settings whose opening `---` was
/// forgotten, and Hugo's JSON front matter (a `{` line, then `"key": value` lines).
fn check_no_hidden_front_matter(file: &Path, text: &str, first: &str) -> Result<(), Diagnostic> {
    let mut rest = text[first.len()..].lines();
    if first.trim_end() == "{" && rest.next().is_some_and(|l| l.trim_start().starts_with('"')) {
        return Err(Diagnostic::error(
            file,
            "this draft's front matter is JSON, which redraft does not read, so it would be published as the draft's text",
        )
        .at(1, 1)
        .with_source(text, 0)
        .with_help("write it as YAML between `---` lines (`title: My post`) or TOML between `+++` lines (`title = \"My post\"`)"));
    }
    // `title: ...` on the first line and a `---` line further down: the opening fence was
    // forgotten, and the settings would silently show up as the draft's text.
    let looks_like_a_key = first
        .split_once(':')
        .is_some_and(|(key, _)| KNOWN_KEYS.contains(&key.trim()));
    if looks_like_a_key && rest.any(|l| l.trim_end() == "---") {
        return Err(
            Diagnostic::error(file, "this draft's front matter has no opening `---` line")
                .at(1, 1)
                .with_source(text, 0)
                .with_help("add a line with only `---` above the first setting"),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> &'static Path {
        Path::new("pieces/essay/02.md")
    }

    #[test]
    fn splits_fences_with_crlf_and_reports_body_line() {
        let s = split(p(), "---\r\ntitle: A\r\n---\r\nBody\r\n").unwrap();
        assert_eq!(s.yaml, Some("title: A\r\n"));
        assert_eq!(s.body, "Body\r\n");
        assert_eq!(s.body_line, 4);
    }

    #[test]
    fn file_without_fences_is_all_body() {
        let s = split(p(), "Just text\n---\n").unwrap();
        assert_eq!(s.yaml, None);
        assert_eq!(s.body_line, 1);
    }

    #[test]
    fn missing_opening_fence_is_an_error() {
        let d = split(p(), "title: A\ndraft: 2\n---\nBody\n").unwrap_err();
        assert!(d.message.contains("no opening"), "{d}");
        // A story that starts "Note: ..." and has a thematic break is just a story.
        assert!(split(p(), "Note: it rained.\n\n---\n\nLater.\n").is_ok());
    }

    #[test]
    fn unterminated_front_matter_is_an_error() {
        let d = split(p(), "---\ntitle: A\nBody\n").unwrap_err();
        assert!(d.message.contains("never ends"), "{d}");
    }

    #[test]
    fn toml_between_plus_lines_is_front_matter() {
        let s = split(p(), "+++\ntitle = \"A\"\ndraft = true\n+++\nBody\n").unwrap();
        assert_eq!(s.syntax, Syntax::Toml);
        assert_eq!(s.yaml, Some("title = \"A\"\ndraft = true\n"));
        assert_eq!(s.body, "Body\n");
        assert_eq!(s.body_line, 5);
        let d = split(p(), "+++\ntitle = \"A\"\n---\nBody\n").unwrap_err();
        assert!(d.message.contains("`+++` but never ends"), "{d}");
    }

    #[test]
    fn json_front_matter_is_an_error_not_text() {
        let d = split(p(), "{\n  \"title\": \"A\"\n}\nBody\n").unwrap_err();
        assert!(d.message.contains("JSON"), "{d}");
        // A draft that starts with a brace for its own reasons is text.
        assert!(split(p(), "{\nnot json\n").is_ok());
    }
}
