//! A draft's front matter: split from the Markdown body, then read into [`FrontMatter`].
//!
//! The same fields may also come from `_defaults.yaml` and `piece.yaml` files, which
//! [`FrontMatter::or`] layers underneath a draft's own front matter.

use std::path::Path;

use super::generators;
use crate::date::Date;
use crate::diagnostic::Diagnostic;
use crate::fields::{Choice, Field, FieldReader};
use crate::settings::NameStyle;
use crate::toml_text;
use crate::yaml::{self, KeyLocator, Yaml};

pub use super::fences::{Split, Syntax, split};

/// Where a draft is in the writing process, shown as a badge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Brainstorm, outline, fragments.
    Notes,
    /// The first full attempt.
    FirstDraft,
    /// Any draft that answers feedback.
    Revision,
    /// The version the writer stands behind for now.
    Final,
}

impl Choice for Stage {
    const CHOICES: &'static [(&'static str, Self)] = &[
        ("notes", Stage::Notes),
        ("first-draft", Stage::FirstDraft),
        ("revision", Stage::Revision),
        ("final", Stage::Final),
    ];
}

/// Who may see a draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visibility {
    /// Built and listed everywhere.
    Public,
    /// Built, but linked from nowhere and left out of feeds, search and the sitemap.
    Unlisted,
    /// Not built at all.
    Private,
}

impl Choice for Visibility {
    const CHOICES: &'static [(&'static str, Self)] = &[
        ("public", Visibility::Public),
        ("unlisted", Visibility::Unlisted),
        ("private", Visibility::Private),
    ];
}

/// The writer's role, so a teacher's own pieces can be shown first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriterRole {
    /// A teacher modelling their own drafts.
    Teacher,
    /// A student.
    Student,
    /// Anyone else (a blogger, say).
    Writer,
}

impl Choice for WriterRole {
    const CHOICES: &'static [(&'static str, Self)] = &[
        ("teacher", WriterRole::Teacher),
        ("student", WriterRole::Student),
        ("writer", WriterRole::Writer),
    ];
}

/// Who gave a piece of feedback.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedbackRole {
    /// The writer's teacher.
    Teacher,
    /// A classmate.
    Peer,
    /// The writer's own notes to themselves.
    SelfReview,
    /// Anyone who read it.
    Reader,
    /// A group of readers (a class, a writing group): its name is never shortened.
    Group,
}

impl Choice for FeedbackRole {
    const CHOICES: &'static [(&'static str, Self)] = &[
        ("teacher", FeedbackRole::Teacher),
        ("peer", FeedbackRole::Peer),
        ("self", FeedbackRole::SelfReview),
        ("reader", FeedbackRole::Reader),
        ("group", FeedbackRole::Group),
        ("class", FeedbackRole::Group),
    ];
}

/// Feedback received on a draft; the next draft answers it.
#[derive(Debug, Clone, PartialEq)]
pub struct Feedback {
    /// Who gave it.
    pub from: Option<String>,
    /// Their role.
    pub role: Option<FeedbackRole>,
    /// When.
    pub date: Option<Date>,
    /// What they said (Markdown).
    pub text: String,
    /// The passage of the draft it is about.
    pub quote: Option<String>,
    /// Where `quote:` (or the item, without one) is in the draft's file, for warnings; `None`
    /// when the feedback came from a defaults file.
    pub line: Option<usize>,
}

/// Declares every front-matter key once: its field in [`FrontMatter`] (type and doc), the
/// [`FieldReader`] method that reads its value, whether it describes one draft only (and so
/// makes no sense in `_defaults.yaml` or `piece.yaml`), and its [`Key`]. From the one table come
/// the struct, the list of known keys for "did you mean", the reading of a value and the
/// cascade that layers defaults underneath a draft's own front matter.
macro_rules! front_matter_keys {
    ($(
        $(#[doc = $doc:literal])*
        $key:ident, $variant:ident: $ty:ty = $read:path, $scope:ident $(, merged by $merge:path)?;
    )*) => {
        /// Every front-matter field; all optional. Also the shape of `_defaults.yaml` and
        /// `piece.yaml`.
        #[derive(Debug, Clone, Default, PartialEq)]
        pub struct FrontMatter {
            $( $(#[doc = $doc])* pub $key: Option<$ty>, )*
            /// Where each key stood in this file's own front matter, for messages about its
            /// value.
            pub lines: KeyLines,
        }

        /// A front-matter key.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Key {
            $( $(#[doc = $doc])* $variant, )*
        }

        /// Every key front matter understands, for "did you mean" help.
        pub const KNOWN_KEYS: &[&str] = &[$(stringify!($key)),*];

        impl Key {
            /// The key as it is written.
            pub fn name(self) -> &'static str {
                match self {
                    $( Key::$variant => stringify!($key), )*
                }
            }

            /// The key written `name`, if front matter knows it.
            pub fn named(name: &str) -> Option<Key> {
                match name {
                    $( stringify!($key) => Some(Key::$variant), )*
                    _ => None,
                }
            }

            /// Whether the key describes one draft, and so makes no sense in `_defaults.yaml`
            /// or `piece.yaml`.
            pub fn is_draft_only(self) -> bool {
                match self {
                    $( Key::$variant => Scope::$scope == Scope::Draft, )*
                }
            }

            /// Whether a value set in one draft holds for the drafts after it until one sets
            /// it differently.
            pub fn carries(self) -> bool {
                match self {
                    $( Key::$variant => Scope::$scope == Scope::Piece, )*
                }
            }
        }

        impl FrontMatter {
            /// Reads `value` as the value of `key`, with the problems it has into `r`.
            fn read(&mut self, key: Key, r: &mut FieldReader<'_>, field: Field<'_>, value: &Yaml) {
                match key {
                    $( Key::$variant => self.$key = $read(r, field, value), )*
                }
            }

            /// Fills every field this one leaves unset from `fallback` (lists are replaced,
            /// not merged). Lines stay this file's: another file's would point at the wrong
            /// place.
            pub fn or(self, fallback: &FrontMatter) -> FrontMatter {
                FrontMatter {
                    $( $key: front_matter_keys!(@merge self.$key, &fallback.$key $(, $merge)?), )*
                    lines: self.lines,
                }
            }

            /// Fills the details of the piece (the [`Key::carries`] keys) this draft leaves
            /// unset from the draft before it, `earlier`, which has already taken its own from
            /// the ones before it.
            pub fn carry_from(mut self, earlier: &FrontMatter) -> FrontMatter {
                $( if Key::$variant.carries() && self.$key.is_none() {
                    self.$key = earlier.$key.clone();
                } )*
                self
            }
        }
    };
    (@merge $own:expr, $fallback:expr) => {
        $own.or_else(|| $fallback.clone())
    };
    (@merge $own:expr, $fallback:expr, $merge:path) => {
        $merge($own, $fallback)
    };
}

/// How far a key's value reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    /// A detail of the whole piece: it may be set for many drafts at once in `_defaults.yaml`
    /// or `piece.yaml`, and a draft that sets it sets it for the drafts after it too.
    Piece,
    /// Each draft's own, but may be given a default for many drafts at once.
    Each,
    /// One draft's only.
    Draft,
}

front_matter_keys! {
    /// The draft's title; the piece's title is its latest draft's.
    title, Title: String = FieldReader::text, Piece;
    /// Order within the piece.
    draft, Draft: u32 = FieldReader::whole_number, Draft;
    /// A name for this draft ("After peer review").
    label, Label: String = FieldReader::text, Draft;
    /// Notes, first draft, revision or final.
    stage, Stage: Stage = FieldReader::choice, Each;
    /// When the draft was written.
    date, Date: Date = FieldReader::date, Each;
    /// The writer.
    author, Author: String = FieldReader::text, Piece;
    /// How writers' names are shown in this piece (`full`, `first`, `initials`, `hidden`),
    /// over `names:` in `redraft.yaml`.
    names, Names: NameStyle = FieldReader::choice, Piece;
    /// The writer's role (`teacher` puts their pieces first).
    role, Role: WriterRole = FieldReader::choice, Piece;
    /// The assignment this piece answers.
    assignment, Assignment: String = FieldReader::text, Piece;
    /// The course.
    course, Course: String = FieldReader::text, Piece;
    /// Free tags.
    tags, Tags: Vec<String> = read_tags, Piece;
    /// Standards or learning targets the draft shows.
    goals, Goals: Vec<String> = read_goals, Piece;
    /// Public, unlisted or private.
    visibility, Visibility: Visibility = FieldReader::choice, Each;
    /// Part of the best-work view.
    showcase, Showcase: bool = FieldReader::boolean, Each;
    /// What changed since the draft before, in a line.
    changes, Changes: String = FieldReader::text, Draft;
    /// Why it changed (Markdown).
    reflection, Reflection: String = FieldReader::text, Draft;
    /// The risk taken in this draft.
    tried, Tried: String = FieldReader::text, Draft;
    /// The language the writing is in (`es`, `pt-BR`) when it is not the site's: its
    /// statistics are counted that language's way, and its text is marked with it.
    language, Language: String = FieldReader::language, Piece;
    /// Feedback received on this draft.
    feedback, Feedback: Vec<Feedback> = read_feedback, Draft, merged by feedback_or;
}

/// Where keys stood in a front matter's own file (1-based lines).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeyLines(Vec<(Key, usize)>);

impl KeyLines {
    /// The line of `key`, if this file set it.
    pub fn of(&self, key: Key) -> Option<usize> {
        self.0
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, line)| *line)
    }

    fn set(&mut self, key: Key, line: usize) {
        self.0.retain(|(k, _)| *k != key);
        self.0.push((key, line));
    }
}

/// A draft's own feedback, or else its defaults' (without their lines, which are in another
/// file).
fn feedback_or(
    own: Option<Vec<Feedback>>,
    fallback: &Option<Vec<Feedback>>,
) -> Option<Vec<Feedback>> {
    own.or_else(|| {
        fallback.as_ref().map(|items| {
            items
                .iter()
                .map(|f| Feedback {
                    line: None,
                    ..f.clone()
                })
                .collect()
        })
    })
}

const FEEDBACK_KEYS: &[&str] = &["from", "role", "date", "text", "quote"];

/// What kind of file the fields came from, which decides which keys are allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A draft's own front matter.
    Draft,
    /// `_defaults.yaml` or `piece.yaml`.
    Defaults,
}

/// Front matter as read: the fields, every problem found, and the keys redraft does not know,
/// kept apart with their warnings so that a portfolio's `ignore_keys:` can let them through.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    /// The fields that could be read.
    pub meta: FrontMatter,
    /// Errors and warnings, but those about unknown keys.
    pub diagnostics: Vec<Diagnostic>,
    /// Each unknown key with its warning.
    pub unknown: Vec<(String, Diagnostic)>,
}

impl Parsed {
    /// Every problem, with the unknown keys' warnings but those for keys in `ignored`.
    pub fn problems(&self, ignored: &[String]) -> Vec<Diagnostic> {
        let unknown = self
            .unknown
            .iter()
            .filter(|(key, _)| !ignored.contains(key))
            .map(|(_, d)| d.clone());
        self.diagnostics.iter().cloned().chain(unknown).collect()
    }
}

/// Reads front-matter fields from YAML `yaml`, which starts after `line_offset` lines of
/// `file`: the fields that could be read plus every problem found (errors and warnings).
pub fn parse(
    file: &Path,
    yaml: &str,
    line_offset: usize,
    source: Source,
) -> (FrontMatter, Vec<Diagnostic>) {
    let parsed = read(file, yaml, Syntax::Yaml, line_offset, source);
    let problems = parsed.problems(&[]);
    (parsed.meta, problems)
}

/// Reads front-matter fields from `text`, written in `syntax`, which starts after
/// `line_offset` lines of `file`. Keys other static site generators define are accepted
/// quietly, and their way of saying "not published yet" (`draft: true`, `published: false`)
/// makes the draft private.
pub fn read(file: &Path, text: &str, syntax: Syntax, line_offset: usize, source: Source) -> Parsed {
    let parsed = match syntax {
        Syntax::Yaml => yaml::parse(text),
        Syntax::Toml => toml_text::parse(text),
    };
    let value = match parsed {
        Ok(value) => value,
        Err(e) => {
            let d = Diagnostic::error(file, format!("cannot read the front matter: {}", e.message));
            let general = match syntax {
                Syntax::Yaml => {
                    "front matter is `key: value` lines; put quotes around a value that contains `: ` or starts with a symbol"
                }
                Syntax::Toml => {
                    "front matter between `+++` lines is TOML: `key = value` lines, with text in quotes"
                }
            };
            let d = e.place(d, text, line_offset).with_help(e.help(general));
            return Parsed {
                diagnostics: vec![d],
                ..Parsed::default()
            };
        }
    };
    let entries = match value {
        Yaml::Null => return Parsed::default(),
        Yaml::Map(entries) => entries,
        other => {
            let d = Diagnostic::error(
                file,
                format!(
                    "front matter must be `key: value` lines, found {}",
                    other.describe()
                ),
            )
            .at_line(line_offset + 1)
            .with_help("write settings like `title: My essay`, one per line");
            return Parsed {
                diagnostics: vec![d],
                ..Parsed::default()
            };
        }
    };
    let locator = match syntax {
        Syntax::Yaml => KeyLocator::new(text),
        Syntax::Toml => KeyLocator::toml(text),
    };
    let mut r = FieldReader::new(file, &locator, line_offset);
    let mut fm = FrontMatter::default();
    let mut unknown = Vec::new();
    for (key, value) in &entries {
        let f = Field::Top(key);
        if let Some(unpublished) = generators::unpublished(key, value) {
            if unpublished && fm.visibility.is_none() {
                fm.visibility = Some(Visibility::Private);
                if let Some(line) = r.line(f) {
                    fm.lines.set(Key::Visibility, line);
                }
            }
            continue;
        }
        let Some(known) = Key::named(key) else {
            if !generators::is_other_generators_key(key) {
                r.unknown_key(f, key, KNOWN_KEYS);
                unknown.extend(r.diagnostics.pop().map(|d| (key.clone(), d)));
            }
            continue;
        };
        if source == Source::Defaults && known.is_draft_only() {
            r.warning(
                f,
                format!("`{key}` describes a single draft, so it is ignored here"),
                Some(format!(
                    "move `{key}` into the front matter of the draft it belongs to"
                )),
            );
            continue;
        }
        fm.read(known, &mut r, f, value);
        if let Some(line) = r.line(f) {
            fm.lines.set(known, line);
        }
    }
    Parsed {
        meta: fm,
        diagnostics: r.diagnostics,
        unknown,
    }
}

/// Tags, where `tags: argument, sleep` (a comma list, as people type it) is two tags, as is a
/// list item `- argument, sleep`.
fn read_tags(r: &mut FieldReader<'_>, field: Field<'_>, value: &Yaml) -> Option<Vec<String>> {
    let tags = r.text_list(field, value)?;
    Some(
        tags.iter()
            .flat_map(|t| t.split(','))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .collect(),
    )
}

/// Goals, where `goals: evidence, structure` on one line is two goals. A goal is often a
/// sentence with a comma in it, so a one-line value is split only when every part is a short
/// name (three words at most), and a list item never is.
fn read_goals(r: &mut FieldReader<'_>, field: Field<'_>, value: &Yaml) -> Option<Vec<String>> {
    let goals = r.text_list(field, value)?;
    let [line] = goals.as_slice() else {
        return Some(goals);
    };
    let parts: Vec<&str> = line
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if matches!(value, Yaml::List(_)) || parts.iter().any(|p| p.split_whitespace().count() > 3) {
        return Some(goals);
    }
    Some(parts.into_iter().map(str::to_string).collect())
}

fn read_feedback(r: &mut FieldReader<'_>, _: Field<'_>, value: &Yaml) -> Option<Vec<Feedback>> {
    let items = match value {
        Yaml::Null => return None,
        Yaml::List(items) => items.as_slice(),
        map @ Yaml::Map(_) => std::slice::from_ref(map),
        other => {
            r.error(
                Field::Top("feedback"),
                format!(
                    "feedback must be a list of comments, found {}",
                    other.describe()
                ),
                Some(
                    "write each comment as `- from: Ms. Lee` with `text: ...` under it".to_string(),
                ),
            );
            return None;
        }
    };
    let mut out = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        let field = |sub| Field::Item("feedback", index, sub);
        let entries = match item {
            Yaml::Map(entries) => entries,
            Yaml::Str(text) => {
                out.push(Feedback {
                    from: None,
                    role: None,
                    date: None,
                    text: text.clone(),
                    quote: None,
                    line: r.line(Field::Top("feedback")),
                });
                continue;
            }
            other => {
                r.error(
                    field("from"),
                    format!(
                        "each feedback item must be a group of settings, found {}",
                        other.describe()
                    ),
                    Some("write `- from: Ms. Lee` then `text: ...` indented under it".to_string()),
                );
                continue;
            }
        };
        let mut fb = Feedback {
            from: None,
            role: None,
            date: None,
            text: String::new(),
            quote: None,
            line: r.line(field("quote")),
        };
        for (key, value) in entries {
            match key.as_str() {
                "from" => fb.from = r.text(field("from"), value),
                "role" => fb.role = r.choice(field("role"), value),
                "date" => fb.date = r.date(field("date"), value),
                "text" => fb.text = r.text(field("text"), value).unwrap_or_default(),
                "quote" => fb.quote = r.text(field("quote"), value),
                _ => r.unknown_key(field(key), key, FEEDBACK_KEYS),
            }
        }
        if fb.text.trim().is_empty() {
            r.warning(
                field("from"),
                "this feedback has no `text`, so it is not shown".to_string(),
                Some("add `text:` with what the reader said".to_string()),
            );
            continue;
        }
        out.push(fb);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> &'static Path {
        Path::new("pieces/essay/02.md")
    }

    #[test]
    fn wrong_type_names_file_line_and_column() {
        let (_, ds) = parse(
            p(),
            "title: Essay\nstage: revision\ndraft: two\n",
            1,
            Source::Draft,
        );
        assert_eq!(ds.len(), 1);
        assert_eq!(
            ds[0].to_string().lines().next().unwrap(),
            "pieces/essay/02.md:4:8: draft must be a whole number, found \"two\""
        );
    }

    #[test]
    fn reads_all_fields() {
        let yaml = "title: T\ndraft: 3\nstage: First draft\ndate: 2026-10-03\ntags: [a, b]\nshowcase: true\nfeedback:\n  - from: Ms. Lee\n    role: teacher\n    text: Start later.\n    quote: It was a nice day.\n";
        let (fm, ds) = parse(p(), yaml, 1, Source::Draft);
        assert!(ds.is_empty(), "{ds:?}");
        assert_eq!(fm.draft, Some(3));
        assert_eq!(fm.stage, Some(Stage::FirstDraft));
        assert_eq!(fm.tags, Some(vec!["a".to_string(), "b".to_string()]));
        let fb = &fm.feedback.unwrap()[0];
        assert_eq!(fb.role, Some(FeedbackRole::Teacher));
        assert_eq!(fb.quote.as_deref(), Some("It was a nice day."));
    }

    #[test]
    fn unknown_keys_warn_with_a_suggestion() {
        let (_, ds) = parse(p(), "titel: T\n", 1, Source::Draft);
        assert_eq!(ds.len(), 1);
        assert!(!ds[0].is_error());
        assert_eq!(ds[0].line, Some(2));
        assert_eq!(ds[0].help.as_deref(), Some("did you mean `title`?"));
    }

    #[test]
    fn bad_dates_and_choices_are_errors_at_the_value() {
        let (_, ds) = parse(p(), "date: 2026-02-30\nstage: drafty\n", 1, Source::Draft);
        assert_eq!(ds.len(), 2);
        assert_eq!((ds[0].line, ds[0].column), (Some(2), Some(7)));
        assert!(ds[1].message.starts_with("stage must be one of"));
    }

    #[test]
    fn nested_feedback_errors_point_inside_the_item() {
        let yaml = "feedback:\n  - from: A\n    text: ok\n    date: 2026-99-01\n";
        let (_, ds) = parse(p(), yaml, 1, Source::Draft);
        assert_eq!(ds.len(), 1);
        assert_eq!((ds[0].line, ds[0].column), (Some(5), Some(11)));
    }

    #[test]
    fn comma_lists_are_split_but_goal_sentences_are_not() {
        let yaml = "tags: argument, sleep\ngoals: evidence, structure\n";
        let (fm, ds) = parse(p(), yaml, 1, Source::Draft);
        assert!(ds.is_empty(), "{ds:?}");
        assert_eq!(fm.tags, Some(vec!["argument".into(), "sleep".into()]));
        assert_eq!(fm.goals, Some(vec!["evidence".into(), "structure".into()]));
        let yaml = "tags: [health, \"teens, school\"]\ngoals: Use evidence, not opinion, to persuade a reader\n";
        let (fm, _) = parse(p(), yaml, 1, Source::Draft);
        assert_eq!(fm.tags.map(|t| t.len()), Some(3));
        assert_eq!(fm.goals.map(|g| g.len()), Some(1));
        let (fm, _) = parse(
            p(),
            "goals:\n  - Cite sources, then explain\n",
            1,
            Source::Draft,
        );
        assert_eq!(fm.goals.map(|g| g.len()), Some(1));
    }

    #[test]
    fn later_drafts_keep_the_details_of_the_piece_but_not_of_a_draft() {
        let (first, _) = parse(
            p(),
            "author: Jordan Alvarez\ntags: [sleep]\nstage: first-draft\nchanges: Began\n",
            1,
            Source::Draft,
        );
        let (second, _) = parse(p(), "title: Later\n", 1, Source::Draft);
        let second = second.carry_from(&first);
        assert_eq!(second.author.as_deref(), Some("Jordan Alvarez"));
        assert_eq!(second.tags, Some(vec!["sleep".to_string()]));
        assert_eq!(second.stage, None);
        assert_eq!(second.changes, None);
        let (third, _) = parse(p(), "author: J. Alvarez\n", 1, Source::Draft);
        assert_eq!(
            third.carry_from(&second).author.as_deref(),
            Some("J. Alvarez")
        );
    }

    #[test]
    fn cascade_prefers_the_nearer_layer() {
        let near = FrontMatter {
            author: Some("Sam".into()),
            ..Default::default()
        };
        let far = FrontMatter {
            author: Some("X".into()),
            course: Some("English 9".into()),
            ..Default::default()
        };
        let merged = FrontMatter::default().or(&near.or(&far));
        assert_eq!(merged.author.as_deref(), Some("Sam"));
        assert_eq!(merged.course.as_deref(), Some("English 9"));
    }
}
