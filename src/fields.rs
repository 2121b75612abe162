//! Reading typed settings out of a YAML mapping, with errors that point at the value.
//!
//! Both `redraft.yaml` and draft front matter go through [`FieldReader`]: it turns a [`Yaml`]
//! value into text, numbers, dates, lists or one of a set of words, and when the value is the
//! wrong kind it records a [`Diagnostic`] at the key's line and column and moves on, so one run
//! reports every problem in a file.

use std::path::Path;

use crate::date::Date;
use crate::diagnostic::{Diagnostic, nearest};
use crate::yaml::{KeyLocator, Position, Yaml};

/// A value that must be one of a few words (`stage: revision`).
pub trait Choice: Sized + Copy + PartialEq + 'static {
    /// Every accepted word and its value, in the order they are listed in help.
    const CHOICES: &'static [(&'static str, Self)];

    /// The word for this value, as written in front matter and used in CSS classes.
    fn word(self) -> &'static str {
        Self::CHOICES
            .iter()
            .find(|(_, v)| *v == self)
            .map_or("", |(w, _)| w)
    }
}

/// Reads fields of one YAML mapping in one file, collecting diagnostics.
pub struct FieldReader<'a> {
    file: &'a Path,
    locator: &'a KeyLocator,
    /// Lines before the YAML text in the file (1 for front matter after its `---`).
    line_offset: usize,
    /// Problems found so far.
    pub diagnostics: Vec<Diagnostic>,
}

/// Which value is being read: a top-level key, or a key inside an item of a top-level list.
#[derive(Debug, Clone, Copy)]
pub enum Field<'k> {
    /// `key: value`
    Top(&'k str),
    /// `list:` / `- sub: value` in item `index`
    Item(&'k str, usize, &'k str),
}

impl Field<'_> {
    fn name(&self) -> String {
        match self {
            Field::Top(k) => (*k).to_string(),
            Field::Item(list, _, sub) => format!("{list} → {sub}"),
        }
    }
}

impl<'a> FieldReader<'a> {
    /// A reader for YAML text that starts after `line_offset` lines of `file`.
    pub fn new(file: &'a Path, locator: &'a KeyLocator, line_offset: usize) -> Self {
        FieldReader {
            file,
            locator,
            line_offset,
            diagnostics: Vec::new(),
        }
    }

    fn position(&self, field: Field<'_>) -> Option<Position> {
        let position = match field {
            Field::Top(key) => self.locator.key(key),
            Field::Item(list, index, sub) => self
                .locator
                .item_key(list, index, sub)
                .or_else(|| self.locator.key(list)),
        }?;
        Some(Position {
            line: position.line + self.line_offset,
            ..position
        })
    }

    /// The line of `field` in the file, if it is there.
    pub fn line(&self, field: Field<'_>) -> Option<usize> {
        self.position(field).map(|p| p.line)
    }

    /// Records an error about `field`, placed at its value.
    pub fn error(&mut self, field: Field<'_>, message: String, help: Option<String>) {
        let mut d = Diagnostic::error(self.file, message);
        if let Some(p) = self.position(field) {
            d = d.at(p.line, p.column);
            d.source_line = self
                .locator
                .line(p.line - self.line_offset)
                .map(|l| l.trim_end_matches('\r').into());
        }
        if let Some(help) = help {
            d = d.with_help(help);
        }
        self.diagnostics.push(d);
    }

    /// Records a warning about `field`, placed at its key.
    pub fn warning(&mut self, field: Field<'_>, message: String, help: Option<String>) {
        let mut d = Diagnostic::warning(self.file, message);
        if let Some(p) = self.position(field) {
            d = d.at_line(p.line);
        }
        if let Some(help) = help {
            d = d.with_help(help);
        }
        self.diagnostics.push(d);
    }

    /// Warns about a key nobody reads, suggesting the nearest known one.
    pub fn unknown_key(&mut self, field: Field<'_>, key: &str, known: &[&str]) {
        let help = match nearest(key, known) {
            Some(k) => format!("did you mean `{k}`?"),
            None => format!("known keys are: {}", known.join(", ")),
        };
        self.warning(field, format!("unknown key `{key}` is ignored"), Some(help));
    }

    /// Text; numbers and booleans are taken as written. `null` means "not set".
    pub fn text(&mut self, field: Field<'_>, value: &Yaml) -> Option<String> {
        match value {
            Yaml::Null => None,
            Yaml::List(_) | Yaml::Map(_) => {
                let name = field.name();
                self.error(
                    field,
                    format!("{name} must be text, found {}", value.describe()),
                    Some(format!("write it on one line, like `{name}: some words`")),
                );
                None
            }
            scalar => scalar.as_text(),
        }
    }

    /// A whole number from 0 to `u32::MAX`.
    pub fn whole_number(&mut self, field: Field<'_>, value: &Yaml) -> Option<u32> {
        let name = field.name();
        match value {
            Yaml::Null => None,
            Yaml::Int(i) => match u32::try_from(*i) {
                Ok(n) => Some(n),
                Err(_) if *i < 0 => {
                    self.error(
                        field,
                        format!("{name} must not be negative, found {i}"),
                        None,
                    );
                    None
                }
                Err(_) => {
                    self.error(
                        field,
                        format!("{name} {i} is too large"),
                        Some(format!("use a number below {}", u64::from(u32::MAX) + 1)),
                    );
                    None
                }
            },
            other => {
                self.error(
                    field,
                    format!("{name} must be a whole number, found {}", other.describe()),
                    Some(format!("write digits only, like `{name}: 2`")),
                );
                None
            }
        }
    }

    /// `true` or `false` (and `yes`/`no`, which YAML 1.1 habits make common).
    pub fn boolean(&mut self, field: Field<'_>, value: &Yaml) -> Option<bool> {
        match value {
            Yaml::Null => None,
            Yaml::Bool(b) => Some(*b),
            Yaml::Str(s) if matches!(s.to_lowercase().as_str(), "yes" | "on") => Some(true),
            Yaml::Str(s) if matches!(s.to_lowercase().as_str(), "no" | "off") => Some(false),
            other => {
                let name = field.name();
                self.error(
                    field,
                    format!("{name} must be true or false, found {}", other.describe()),
                    Some(format!("write `{name}: true` or `{name}: false`")),
                );
                None
            }
        }
    }

    /// A calendar date written `YYYY-MM-DD`.
    pub fn date(&mut self, field: Field<'_>, value: &Yaml) -> Option<Date> {
        let name = field.name();
        match value {
            Yaml::Null => None,
            Yaml::Str(s) => {
                let date = Date::parse(s);
                if date.is_none() {
                    self.error(
                        field,
                        format!("{name} must be a real date written YYYY-MM-DD, found {s:?}"),
                        Some(format!("for example `{name}: 2026-10-03`")),
                    );
                }
                date
            }
            other => {
                self.error(
                    field,
                    format!(
                        "{name} must be a date written YYYY-MM-DD, found {}",
                        other.describe()
                    ),
                    Some(format!("for example `{name}: 2026-10-03`")),
                );
                None
            }
        }
    }

    /// A language tag (`es`, `pt-BR`, `zh-Hans`), as BCP 47 writes them.
    pub fn language(&mut self, field: Field<'_>, value: &Yaml) -> Option<String> {
        let text = self.text(field, value)?;
        let tag = text.trim();
        if tag.is_empty() || tag.parse::<unic_langid::LanguageIdentifier>().is_err() {
            let name = field.name();
            self.error(
                field,
                format!("{name} must be a language tag, found `{tag}`"),
                Some(format!(
                    "write the language's code, like `{name}: es`, `{name}: fr` or `{name}: pt-BR`"
                )),
            );
            return None;
        }
        Some(tag.to_string())
    }

    /// A list of short texts; a single text is a list of one.
    pub fn text_list(&mut self, field: Field<'_>, value: &Yaml) -> Option<Vec<String>> {
        match value {
            Yaml::Null => None,
            Yaml::List(items) => {
                let mut out = Vec::with_capacity(items.len());
                for item in items {
                    match item.as_text() {
                        Some(t) if !t.trim().is_empty() => out.push(t.trim().to_string()),
                        // Blank entries (`- ` or `""`) are skipped.
                        Some(_) => {}
                        None if matches!(item, Yaml::Null) => {}
                        None => {
                            let name = field.name();
                            self.error(
                                field,
                                format!(
                                    "{name} must be a list of words, found {} inside it",
                                    item.describe()
                                ),
                                Some(format!("write it like `{name}: [one, two]`")),
                            );
                            return None;
                        }
                    }
                }
                Some(out)
            }
            Yaml::Map(_) => {
                let name = field.name();
                self.error(
                    field,
                    format!("{name} must be a list, found {}", value.describe()),
                    Some(format!("write it like `{name}: [one, two]`")),
                );
                None
            }
            scalar => scalar.as_text().map(|t| vec![t.trim().to_string()]),
        }
    }

    /// One of the words of `T` (case, spaces and underscores do not matter).
    pub fn choice<T: Choice>(&mut self, field: Field<'_>, value: &Yaml) -> Option<T> {
        if matches!(value, Yaml::Null) {
            return None;
        }
        let words: Vec<&str> = T::CHOICES.iter().map(|(w, _)| *w).collect();
        let name = field.name();
        let given = value.as_text().unwrap_or_default();
        let normal = given.trim().to_lowercase().replace([' ', '_'], "-");
        if let Some((_, v)) = T::CHOICES.iter().find(|(w, _)| *w == normal) {
            return Some(*v);
        }
        let help = match nearest(&normal, &words) {
            Some(w) => format!("did you mean `{name}: {w}`?"),
            None => format!("write one of: {}", words.join(", ")),
        };
        self.error(
            field,
            format!(
                "{name} must be one of {}; found {}",
                words.join(", "),
                value.describe()
            ),
            Some(help),
        );
        None
    }
}
