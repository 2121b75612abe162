//! Site settings from `redraft.yaml`.

use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Problems};
use crate::fence::Fence;
use crate::fields::{Choice, Field, FieldReader};
use crate::yaml::{self, KeyLocator, Yaml};

/// The settings file's name inside a portfolio.
pub const FILE_NAME: &str = "redraft.yaml";

/// How writers' names are shown everywhere in the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NameStyle {
    /// "Sam Rivera"
    #[default]
    Full,
    /// "Sam"
    First,
    /// "S. R."
    Initials,
    /// Not shown at all.
    Hidden,
}

impl Choice for NameStyle {
    const CHOICES: &'static [(&'static str, Self)] = &[
        ("full", NameStyle::Full),
        ("first", NameStyle::First),
        ("initials", NameStyle::Initials),
        ("hidden", NameStyle::Hidden),
    ];
}

/// Words that say how a person is addressed ("Ms. Lee"): a name that starts with one is already
/// the public form of the name, so `first` keeps it whole and `initials` keeps the title.
const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "mx",
    "miss",
    "dr",
    "prof",
    "professor",
    "coach",
    "sir",
    "madam",
];

fn is_honorific(word: &str) -> bool {
    let bare = word.trim_end_matches('.').to_lowercase();
    HONORIFICS.contains(&bare.as_str())
}

impl NameStyle {
    /// `name` as this style shows it, or `None` when names are hidden.
    pub fn show(self, name: &str) -> Option<String> {
        self.show_longer(name, 0)
    }

    /// `name` as this style shows it with `extra` more letters of each shortened word, to
    /// tell apart two writers the style would show alike: "J. A." is "Jo. A." with one extra
    /// letter, and "Sam" is "Sam R.". `None` when names are hidden.
    pub fn show_longer(self, name: &str, extra: usize) -> Option<String> {
        let words: Vec<&str> = name.split_whitespace().collect();
        let titled = words.len() > 1 && is_honorific(words[0]);
        let (title, rest) = if titled {
            (Some(words[0]), &words[1..])
        } else {
            (None, &words[..])
        };
        let shown: Vec<String> = match self {
            NameStyle::Full => return Some(words.join(" ")),
            NameStyle::Hidden => return None,
            // "Ms. Lee" is already the public form of her name.
            NameStyle::First if titled => return Some(words.join(" ")),
            NameStyle::First => {
                let surnames = rest.iter().skip(1).filter_map(|w| shortened(w, extra));
                rest.first()
                    .map(|w| w.to_string())
                    .into_iter()
                    .chain(surnames)
                    .collect()
            }
            NameStyle::Initials => rest
                .iter()
                .filter_map(|w| shortened(w, extra + 1))
                .collect(),
        };
        (!shown.is_empty()).then(|| {
            title
                .into_iter()
                .map(str::to_string)
                .chain(shown)
                .collect::<Vec<_>>()
                .join(" ")
        })
    }

    /// How much of a writer's name the style withholds, to choose the most private of
    /// several: full, first, initials, hidden.
    pub fn privacy(self) -> u8 {
        match self {
            NameStyle::Full => 0,
            NameStyle::First => 1,
            NameStyle::Initials => 2,
            NameStyle::Hidden => 3,
        }
    }

    /// The words of `name` this style must never let through (a surname under `first` or
    /// `initials`, every word under `hidden`), as slug words, for checking and shortening
    /// folder names that carry the name. Honorifics and one-letter words are left out.
    pub fn withheld_words(self, name: &str) -> Vec<String> {
        let words: Vec<&str> = name.split_whitespace().collect();
        let titled = words.len() > 1 && is_honorific(words[0]);
        let skip = match self {
            NameStyle::Full => return Vec::new(),
            // "Ms. Lee" is shown whole under `first`.
            NameStyle::First if titled => return Vec::new(),
            NameStyle::First => 1,
            // Initials show no whole word at all; a title is not a name.
            NameStyle::Initials | NameStyle::Hidden => usize::from(titled),
        };
        words
            .iter()
            .skip(skip)
            .map(|w| crate::slug::slugify(w))
            .filter(|w| w.len() > 1)
            .collect()
    }

    /// How many letters of a withheld word a folder name keeps, with `extra` more to tell two
    /// writers apart (`None`: the word is replaced by a code, under `hidden`).
    pub fn letters_kept(self, extra: usize) -> Option<usize> {
        match self {
            NameStyle::Full => None,
            NameStyle::First => Some(extra),
            NameStyle::Initials => Some(extra + 1),
            NameStyle::Hidden => None,
        }
    }
}

/// The first `letters` letters of `word` (from its first letter on), capitalised, with a full
/// stop when the word was cut or is an initial: "Alvarez" is "A." with one letter and "Al." with two. `None`
/// for no letters, or a word without any.
fn shortened(word: &str, letters: usize) -> Option<String> {
    let start = word.find(char::is_alphabetic)?;
    let word = &word[start..];
    if letters == 0 {
        return None;
    }
    let kept: String = word.chars().take(letters).collect();
    let mut out: String = kept
        .chars()
        .take(1)
        .flat_map(char::to_uppercase)
        .chain(kept.chars().skip(1))
        .collect();
    if word.chars().count() > letters || letters == 1 {
        out.push('.');
    }
    Some(out)
}

/// Whether search engines may index the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SearchEngines {
    /// Every page says `noindex` and robots.txt disallows all (students' work is not for search).
    #[default]
    NoIndex,
    /// Normal indexing.
    Index,
}

impl Choice for SearchEngines {
    const CHOICES: &'static [(&'static str, Self)] = &[
        ("noindex", SearchEngines::NoIndex),
        ("index", SearchEngines::Index),
    ];
}

/// What the home page lists, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Home {
    /// Posts when the site reads like a blog (one writer, no assignments, courses or
    /// teachers), pieces otherwise.
    #[default]
    Auto,
    /// A blog's home page: posts newest first by their latest draft, by year, with the tags.
    Posts,
    /// A portfolio's or showcase's home page: pieces in folder order, a teacher's first.
    Pieces,
}

impl Choice for Home {
    const CHOICES: &'static [(&'static str, Self)] = &[
        ("auto", Home::Auto),
        ("posts", Home::Posts),
        ("pieces", Home::Pieces),
    ];
}

/// What happens to raw HTML written inside drafts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RawHtml {
    /// Keep safe tags and attributes, drop scripts, styles and event handlers.
    #[default]
    Sanitize,
    /// Pass through untouched (the writer trusts every draft).
    Allow,
    /// Show it as text.
    Escape,
}

impl Choice for RawHtml {
    const CHOICES: &'static [(&'static str, Self)] = &[
        ("sanitize", RawHtml::Sanitize),
        ("allow", RawHtml::Allow),
        ("escape", RawHtml::Escape),
    ];
}

/// Whose portfolio is being read, which decides how far its `redraft.yaml` and `templates/`
/// are taken at their word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Trust {
    /// The owner's own portfolio: settings and templates are used as written.
    #[default]
    Owner,
    /// Work someone else submitted (a student's portfolio in a teacher's CI): raw HTML is
    /// sanitized even where `redraft.yaml` says `raw_html: allow`, `allow_links_to:` is ignored
    /// and `templates/` is not used, since a template can hold any script.
    Submitted,
}

/// Everything `redraft.yaml` can say.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// The site's title.
    pub title: String,
    /// The site's owner.
    pub author: Option<String>,
    /// A sentence or two about the site.
    pub description: Option<String>,
    /// The address the site will live at; only feeds and the sitemap need it.
    pub base_url: Option<String>,
    /// The language of the writing (`en`, `fr`, ...), for `<html lang>`.
    pub language: String,
    /// How writers' names are shown.
    pub names: NameStyle,
    /// Whether search engines may index the site.
    pub search_engines: SearchEngines,
    /// What happens to raw HTML in drafts.
    pub raw_html: RawHtml,
    /// What the home page lists.
    pub home: Home,
    /// Folders outside the portfolio that its symbolic links may lead into (as written,
    /// relative to the portfolio folder).
    pub allow_links_to: Vec<PathBuf>,
    /// Front-matter keys to accept without a warning, beyond redraft's own and those other
    /// static site generators define (a theme's keys, say).
    pub ignore_keys: Vec<String>,
    /// Pieces whose drafts come from git history.
    pub history: Vec<crate::git_history::HistorySource>,
}

const KNOWN_KEYS: &[&str] = &[
    "title",
    "author",
    "description",
    "base_url",
    "language",
    "theme",
    "names",
    "search_engines",
    "raw_html",
    "home",
    "allow_links_to",
    "ignore_keys",
    "history",
];

impl Settings {
    /// Settings for a portfolio in folder `name` when the file says nothing.
    pub fn defaults(name: &str) -> Settings {
        Settings {
            title: name.to_string(),
            author: None,
            description: None,
            base_url: None,
            language: "en".to_string(),
            names: NameStyle::default(),
            search_engines: SearchEngines::default(),
            raw_html: RawHtml::default(),
            home: Home::default(),
            allow_links_to: Vec::new(),
            ignore_keys: Vec::new(),
            history: Vec::new(),
        }
    }

    /// Reads `redraft.yaml` from the portfolio folder `root`. Warnings come back beside the
    /// settings; any error fails the whole read.
    /// The file is read through the portfolio's fence, which `allow_links_to:` cannot widen
    /// for it: settings that live outside the portfolio are never read.
    pub fn load(root: &Path) -> Result<(Settings, Vec<Diagnostic>), Problems> {
        let path = root.join(FILE_NAME);
        if path.symlink_metadata().is_err() {
            return Err(Problems(vec![
                Diagnostic::error(&path, format!("no {FILE_NAME} here, so this is not a redraft portfolio"))
                    .with_help(format!(
                        "run the command in your portfolio folder, or make a new one with `redraft init {}`",
                        root.display()
                    )),
            ]));
        }
        let text = Fence::new(root)
            .read_text(&path)
            .map_err(|d| Problems(vec![d]))?;
        let folder = root
            .canonicalize()
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "My portfolio".to_string());
        Settings::parse(&path, &text, &folder)
    }

    /// Holds the settings to what `trust` allows, with a warning for each thing it overrides.
    pub fn restrict(&mut self, trust: Trust, path: &Path) -> Vec<Diagnostic> {
        let mut overridden = Vec::new();
        if trust == Trust::Owner {
            return overridden;
        }
        if self.raw_html == RawHtml::Allow {
            self.raw_html = RawHtml::Sanitize;
            overridden.push(
                Diagnostic::warning(path, "`raw_html: allow` is not used for submitted work: raw HTML is sanitized")
                    .with_help("remove the line, or build without `--untrusted` if you wrote every draft yourself"),
            );
        }
        if !self.history.is_empty() {
            self.history.clear();
            overridden.push(
                Diagnostic::warning(path, "`history` is not used for submitted work: it could read any repository on this machine")
                    .with_help("write the versions out as draft files with `redraft history export`, and submit those"),
            );
        }
        if !self.allow_links_to.is_empty() {
            self.allow_links_to.clear();
            overridden.push(
                Diagnostic::warning(path, "`allow_links_to` is not used for submitted work: links out of the portfolio are not followed")
                    .with_help("copy the files into the portfolio instead"),
            );
        }
        overridden
    }

    /// Reads settings from the text of a `redraft.yaml` at `path`.
    pub fn parse(
        path: &Path,
        text: &str,
        folder: &str,
    ) -> Result<(Settings, Vec<Diagnostic>), Problems> {
        let mut settings = Settings::defaults(folder);
        let entries = match yaml::parse(text) {
            Ok(Yaml::Map(entries)) => entries,
            Ok(Yaml::Null) => Vec::new(),
            Ok(other) => {
                return Err(Problems(vec![
                    Diagnostic::error(
                        path,
                        format!(
                            "settings must be `key: value` lines, found {}",
                            other.describe()
                        ),
                    )
                    .at_line(1)
                    .with_help("start with a line like `title: My writing, drafts and all`"),
                ]));
            }
            Err(e) => {
                return Err(Problems(vec![
                    e.place(
                        Diagnostic::error(path, format!("cannot read the settings: {}", e.message)),
                        text,
                        0,
                    )
                    .with_help(e.help(
                        "put quotes around a value that contains `: ` or starts with a symbol",
                    )),
                ]));
            }
        };
        let locator = KeyLocator::new(text);
        let mut r = FieldReader::new(path, &locator, 0);
        for (key, value) in &entries {
            let f = Field::Top(key);
            match key.as_str() {
                "title" => settings.title = r.text(f, value).unwrap_or(settings.title),
                "author" => settings.author = r.text(f, value),
                "description" => settings.description = r.text(f, value),
                "base_url" => {
                    settings.base_url = r
                        .text(f, value)
                        .map(|u| if u.ends_with('/') { u } else { format!("{u}/") })
                }
                "language" => settings.language = r.language(f, value).unwrap_or(settings.language),
                // One theme is built in; the key is there so a settings file may name it.
                "theme" => {
                    if let Some(theme) = r.text(f, value).filter(|t| t != "default") {
                        r.error(
                            f,
                            format!("there is no theme called {theme:?}; redraft has one built-in theme, `default`"),
                            Some("remove the `theme` line, and put any templates you want to change in the portfolio's templates/ folder".to_string()),
                        );
                    }
                }
                "names" => settings.names = r.choice(f, value).unwrap_or_default(),
                "search_engines" => {
                    settings.search_engines = r.choice(f, value).unwrap_or_default()
                }
                "raw_html" => settings.raw_html = r.choice(f, value).unwrap_or_default(),
                "home" => settings.home = r.choice(f, value).unwrap_or_default(),
                "allow_links_to" => {
                    let folders = r.text_list(f, value).unwrap_or_default();
                    settings.allow_links_to = folders.into_iter().map(PathBuf::from).collect();
                }
                "history" => settings.history = crate::git_history::read_sources(&mut r, value),
                "ignore_keys" => settings.ignore_keys = r.text_list(f, value).unwrap_or_default(),
                _ => r.unknown_key(f, key, KNOWN_KEYS),
            }
        }
        let diagnostics = r.diagnostics;
        if diagnostics.iter().any(Diagnostic::is_error) {
            return Err(Problems(diagnostics));
        }
        Ok((settings, diagnostics))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_settings_and_keeps_defaults() {
        let (s, warnings) = Settings::parse(
            Path::new("redraft.yaml"),
            "title: Mine\nnames: initials\nbase_url: https://e.org/p\n",
            "x",
        )
        .unwrap();
        assert!(warnings.is_empty());
        assert_eq!(s.title, "Mine");
        assert_eq!(s.names, NameStyle::Initials);
        assert_eq!(s.base_url.as_deref(), Some("https://e.org/p/"));
        assert_eq!(s.raw_html, RawHtml::Sanitize);
        assert_eq!(s.search_engines, SearchEngines::NoIndex);
    }

    #[test]
    fn bad_choice_is_an_error_with_position() {
        let e = Settings::parse(
            Path::new("redraft.yaml"),
            "title: A\nraw_html: maybe\n",
            "x",
        )
        .unwrap_err();
        assert_eq!(e.0[0].line, Some(2));
        assert_eq!(e.0[0].column, Some(11));
    }

    #[test]
    fn name_styles() {
        assert_eq!(
            NameStyle::Full.show("Sam  Rivera").as_deref(),
            Some("Sam Rivera")
        );
        assert_eq!(NameStyle::First.show("Sam Rivera").as_deref(), Some("Sam"));
        assert_eq!(
            NameStyle::Initials.show("sam rivera").as_deref(),
            Some("S. R.")
        );
        assert_eq!(NameStyle::Hidden.show("Sam Rivera"), None);
        // A title is how the person is addressed in public, so it stays.
        assert_eq!(NameStyle::First.show("Ms. Lee").as_deref(), Some("Ms. Lee"));
        assert_eq!(
            NameStyle::Initials.show("Ms. Lee").as_deref(),
            Some("Ms. L.")
        );
        assert_eq!(NameStyle::Initials.withheld_words("Ms. Lee"), ["lee"]);
        let longer = |style: NameStyle, name, extra| style.show_longer(name, extra);
        assert_eq!(
            longer(NameStyle::Initials, "Jordan Alvarez", 1).as_deref(),
            Some("Jo. Al.")
        );
        assert_eq!(
            longer(NameStyle::Initials, "Li Wu", 1).as_deref(),
            Some("Li Wu")
        );
        assert_eq!(
            longer(NameStyle::Initials, "Jordan A", 0).as_deref(),
            Some("J. A.")
        );
        assert_eq!(
            longer(NameStyle::First, "Sam Rivera", 1).as_deref(),
            Some("Sam R.")
        );
        assert_eq!(
            longer(NameStyle::First, "Sam Rivera", 0).as_deref(),
            Some("Sam")
        );
        assert_eq!(NameStyle::First.withheld_words("Hana Sato"), ["sato"]);
        assert_eq!(
            NameStyle::Initials.withheld_words("Hana Sato"),
            ["hana", "sato"]
        );
        assert!(NameStyle::Full.withheld_words("Hana Sato").is_empty());
    }
}
