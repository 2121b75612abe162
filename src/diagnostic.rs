//! Problems found in a user's files, each tied to the place it is about.
//!
//! Every stage reports problems as [`Diagnostic`]s so the command line can print them the same way:
//! `pieces/essay/02.md:3:8: draft must be a whole number, found "two"`, then a line of help.

use std::fmt;
use std::path::{Path, PathBuf};

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The build cannot go on.
    Error,
    /// The build goes on, but the writer probably wants to fix this.
    Warning,
}

/// One problem in one file, with where it is and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file, as the user would type it (relative to the portfolio when possible); empty
    /// for a problem that is about no one file.
    pub file: PathBuf,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// What is wrong, in one sentence without a trailing full stop.
    pub message: String,
    /// What to do about it.
    pub help: Option<Box<str>>,
    /// The text of the line the diagnostic points at, shown under the message with a caret.
    pub source_line: Option<Box<str>>,
}

impl Diagnostic {
    /// An error about `file` as a whole.
    pub fn error(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.into(),
            line: None,
            column: None,
            message: message.into(),
            help: None,
            source_line: None,
        }
    }

    /// A warning about `file` as a whole.
    pub fn warning(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, message)
        }
    }

    /// Points the diagnostic at a line and column (both 1-based).
    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    /// Points the diagnostic at a line.
    pub fn at_line(mut self, line: usize) -> Self {
        self.line = Some(line);
        self
    }

    /// Quotes the line the diagnostic points at (taken from `text`, the whole file or the part
    /// of it whose first line is line 1 + `offset`).
    pub fn with_source(mut self, text: &str, offset: usize) -> Self {
        if let Some(line) = self
            .line
            .and_then(|l| l.checked_sub(offset + 1))
            .and_then(|i| text.lines().nth(i))
        {
            self.source_line = Some(line.trim_end_matches('\r').into());
        }
        self
    }

    /// Adds advice on what to do.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into().into_boxed_str());
        self
    }

    /// Shows the file relative to `base` when it lies inside it.
    pub fn relative_to(mut self, base: &Path) -> Self {
        if let Ok(rel) = self.file.strip_prefix(base) {
            self.file = rel.to_path_buf();
        }
        self
    }

    /// Whether this diagnostic stops the build.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// A path as messages print it: without a leading `./`, so that one file is always written
/// one way.
pub fn shown_path(path: &Path) -> String {
    let s = path.display().to_string();
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = shown_path(&self.file);
        if !file.is_empty() {
            write!(f, "{file}")?;
            if let Some(line) = self.line {
                write!(f, ":{line}")?;
                if let Some(column) = self.column {
                    write!(f, ":{column}")?;
                }
            }
            f.write_str(": ")?;
        }
        match self.severity {
            Severity::Error => write!(f, "{}", self.message)?,
            Severity::Warning => write!(f, "warning: {}", self.message)?,
        }
        if let (Some(line), Some(text)) = (self.line, &self.source_line) {
            // rustc's layout: the line with its number in a gutter, a caret under the column.
            // A long line is cut to a window around the column, so one line of a hostile file
            // cannot fill a terminal or a CI log.
            let chars: Vec<char> = text.chars().collect();
            let at = self.column.unwrap_or(1).saturating_sub(1).min(chars.len());
            let start = if chars.len() > QUOTED_WIDTH {
                at.saturating_sub(QUOTED_WIDTH / 3)
            } else {
                0
            };
            let end = (start + QUOTED_WIDTH).min(chars.len());
            let (open, close) = (
                if start > 0 { "…" } else { "" },
                if end < chars.len() { "…" } else { "" },
            );
            let shown: String = chars[start..end].iter().collect();
            let gutter = " ".repeat(line.to_string().len());
            write!(f, "\n{gutter} |\n{line} | {open}{shown}{close}")?;
            if self.column.is_some() {
                let before: String = open
                    .chars()
                    .map(|_| ' ')
                    .chain(
                        chars[start..at]
                            .iter()
                            .map(|c| if *c == '\t' { '\t' } else { ' ' }),
                    )
                    .collect();
                let rest = chars[at..end]
                    .iter()
                    .take_while(|c| !c.is_whitespace())
                    .count()
                    .max(1);
                write!(f, "\n{gutter} | {before}{}", "^".repeat(rest))?;
            }
        }
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

/// The most characters of a source line a message quotes.
const QUOTED_WIDTH: usize = 100;

/// A list of diagnostics that contains at least one error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems(pub Vec<Diagnostic>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Problems {}

/// Suggests the known word closest to `word`, for "did you mean" help.
pub fn nearest<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(word, k), *k))
        .filter(|(distance, k)| *distance <= (k.len() / 3).max(2))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_file_line_column_and_help() {
        let d = Diagnostic::error(
            "pieces/essay/02.md",
            "draft must be a whole number, found \"two\"",
        )
        .at(3, 8)
        .with_help("write `draft: 2`");
        assert_eq!(
            d.to_string(),
            "pieces/essay/02.md:3:8: draft must be a whole number, found \"two\"\n  help: write `draft: 2`"
        );
    }

    #[test]
    fn quotes_the_line_with_a_caret_under_the_value() {
        let d = Diagnostic::error(
            "pieces/e/02.md",
            "draft must be a whole number, found \"two\"",
        )
        .at(3, 8)
        .with_source("title: A\ndraft: two\n", 1)
        .with_help("write `draft: 2`");
        assert_eq!(
            d.to_string(),
            "pieces/e/02.md:3:8: draft must be a whole number, found \"two\"\n  |\n3 | draft: two\n  |        ^^^\n  help: write `draft: 2`"
        );
    }

    #[test]
    fn a_long_line_is_quoted_around_its_column_only() {
        let text = format!("title: {}x{}\n", "[".repeat(5_000), "]".repeat(5_000));
        let d = Diagnostic::error("01.md", "too deep")
            .at(1, 5_008)
            .with_source(&text, 0);
        let shown = d.to_string();
        let lines: Vec<&str> = shown.lines().collect();
        assert_eq!(
            lines[2],
            format!("1 | …{}x{}…", "[".repeat(33), "]".repeat(66))
        );
        assert_eq!(
            lines[3],
            format!("  | {}{}", " ".repeat(34), "^".repeat(67))
        );
    }

    #[test]
    fn a_problem_about_no_file_is_only_its_message() {
        let d = Diagnostic::error("", "the site could not be written").with_help("try again");
        assert_eq!(
            d.to_string(),
            "the site could not be written\n  help: try again"
        );
    }

    #[test]
    fn nearest_suggests_close_words_only() {
        let known = ["title", "draft", "reflection"];
        assert_eq!(nearest("titel", &known), Some("title"));
        assert_eq!(nearest("reflektion", &known), Some("reflection"));
        assert_eq!(nearest("banana", &known), None);
    }
}
