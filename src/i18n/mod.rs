//! The words redraft itself puts on a page, in the site's language.
//!
//! Every string comes from a [Fluent](https://projectfluent.org) translation table: the built-in
//! ones in `themes/default/i18n/<language>.ftl`, compiled into the binary, and a portfolio's own
//! `i18n/<language>.ftl`, whose messages replace the built-in ones one by one (or add a language
//! redraft does not ship). Fluent (`fluent-bundle`, Mozilla's implementation) chooses plural
//! forms by the CLDR plural rules of the language, so Arabic's six forms and Polish's three are
//! the translation's to write, not code's. A message missing from a language falls back to the
//! built-in English one; `redraft check` lists what is missing.
//!
//! Numbers are written the language's way (a decimal comma in Spanish, a space between thousands
//! in French) by a formatter on each bundle: Fluent itself writes `1234.5` everywhere.

mod numbers;

use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu_collator::options::{CollatorOptions, Strength};
use icu_collator::{Collator, CollatorBorrowed};
use icu_locale_core::Locale;
use unic_langid::LanguageIdentifier;

use crate::diagnostic::Diagnostic;

/// The folder of a portfolio that holds its own translation files.
pub const DIR: &str = "i18n";

/// The built-in translation tables, by language.
const BUILTIN: &[(&str, &str)] = &[
    ("en", include_str!("../../themes/default/i18n/en.ftl")),
    ("es", include_str!("../../themes/default/i18n/es.ftl")),
    ("fr", include_str!("../../themes/default/i18n/fr.ftl")),
    ("de", include_str!("../../themes/default/i18n/de.ftl")),
    ("pt", include_str!("../../themes/default/i18n/pt.ftl")),
    ("it", include_str!("../../themes/default/i18n/it.ftl")),
    ("nl", include_str!("../../themes/default/i18n/nl.ftl")),
    ("pl", include_str!("../../themes/default/i18n/pl.ftl")),
    ("ar", include_str!("../../themes/default/i18n/ar.ftl")),
    ("he", include_str!("../../themes/default/i18n/he.ftl")),
    ("zh", include_str!("../../themes/default/i18n/zh.ftl")),
    ("ja", include_str!("../../themes/default/i18n/ja.ftl")),
];

/// Every built-in translation table, by language (for `redraft theme`, which writes them out).
pub fn builtin_tables() -> &'static [(&'static str, &'static str)] {
    BUILTIN
}

/// Languages written right to left.
const RIGHT_TO_LEFT: &[&str] = &["ar", "he", "fa", "ur", "ps", "sd", "yi", "dv", "ckb"];

/// A translation file of the portfolio's own (`i18n/es.ftl`).
#[derive(Debug, Clone, PartialEq)]
pub struct TranslationFile {
    /// The file, for messages.
    pub file: PathBuf,
    /// The language it is for: its name without `.ftl`.
    pub language: String,
    /// Its messages, in Fluent's syntax.
    pub text: String,
    /// Whether its `-html` messages are used: not in submitted work (`--untrusted`), where
    /// markup in a translation could run script; the built-in message is used instead.
    pub markup: bool,
}

/// The words of one language, with English beneath for anything it lacks.
pub struct Catalog {
    /// The language's tag as the settings give it (`es`, `pt-BR`).
    tag: String,
    /// Where a message is looked for, in order: the portfolio's files (for the exact tag, then
    /// the language), the built-in table of the language, built-in English.
    layers: Vec<Layer>,
    /// Each message that has no variables, formatted once: pages ask for the same few hundred
    /// thousands of times.
    plain: FxHashMap<String, String>,
    /// How the language sorts names and titles.
    collator: Option<CollatorBorrowed<'static>>,
}

/// One translation table, ready to format.
struct Layer {
    bundle: FluentBundle<FluentResource>,
    /// Whether its `-html` messages are used.
    markup: bool,
    /// Built-in English: what the others fall back to.
    english: bool,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("tag", &self.tag).finish()
    }
}

/// A value for a message's variable: a number (which chooses the plural form) or text.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    /// A count or measure.
    Number(f64),
    /// A name or title.
    Text(Cow<'a, str>),
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Number(f64::from(n))
    }
}

impl From<f64> for Arg<'_> {
    fn from(n: f64) -> Self {
        Arg::Number(n)
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

impl Catalog {
    /// The catalog for `tag` (a language tag as `language:` gives it), from the built-in tables
    /// and the portfolio's `files`. A file that does not parse, or a message in it that
    /// Fluent rejects, is an error naming the file and line; the rest of the file is used.
    pub fn new(tag: &str, files: &[TranslationFile]) -> (Catalog, Vec<Diagnostic>) {
        let mut problems = Vec::new();
        let language = primary(tag);
        let mut layers = Vec::new();
        // A regional tag's own file (`pt-BR.ftl`) first, then the language's (`pt.ftl`).
        let exact = files
            .iter()
            .filter(|f| f.language.eq_ignore_ascii_case(tag));
        let general = files
            .iter()
            .filter(|f| f.language == language && !f.language.eq_ignore_ascii_case(tag));
        for file in exact.chain(general) {
            layers.push(Layer {
                bundle: bundle_of(tag, &file.text, Some(&file.file), &mut problems),
                markup: file.markup,
                english: false,
            });
        }
        if language != "en" {
            layers.push(Layer {
                bundle: bundle_of(tag, builtin(&language), None, &mut problems),
                markup: true,
                english: false,
            });
        }
        layers.push(Layer {
            bundle: bundle_of("en", builtin("en"), None, &mut problems),
            markup: true,
            english: true,
        });
        let mut catalog = Catalog {
            tag: tag.to_string(),
            layers,
            plain: FxHashMap::default(),
            collator: collator_for(tag),
        };
        let plain: FxHashMap<String, String> = english_ids()
            .iter()
            .filter_map(|id| {
                let (text, clean) = catalog.format_checked(id, None);
                clean.then(|| (id.clone(), text))
            })
            .collect();
        catalog.plain = plain;
        (catalog, problems)
    }

    /// English alone: for tests and for text that is not part of a site.
    pub fn english() -> Catalog {
        Catalog::new("en", &[]).0
    }

    /// The language tag the catalog is for.
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// `rtl` for a language written right to left, else `ltr`.
    pub fn direction(&self) -> &'static str {
        direction(&self.tag)
    }

    /// The message `id` with no variables.
    pub fn text(&self, id: &str) -> String {
        match self.plain.get(id) {
            Some(text) => text.clone(),
            None => self.format(id, None),
        }
    }

    /// `a` before or after `b` as the language sorts names and titles: CLDR's collation for it
    /// (ICU4X's `icu_collator`), so `Álvaro` comes beside `Alba`, not after `Zoe`, `ñ` after
    /// `n` in Spanish, and `ä` after `z` in Swedish; names that sort the same keep their order.
    pub fn compare(&self, a: &str, b: &str) -> std::cmp::Ordering {
        match &self.collator {
            Some(collator) => collator.compare(a, b),
            None => a.cmp(b),
        }
    }

    /// `n` written the language's way (`12.340`, `12 340`, `4,5`): the `number` message.
    pub fn number(&self, n: impl Into<Arg<'static>>) -> String {
        self.with("number", &[("n", n.into())])
    }

    /// The message `id` with its variables set.
    pub fn with<'a>(&self, id: &str, args: &[(&str, Arg<'a>)]) -> String {
        if args.is_empty() {
            return self.text(id);
        }
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Number(n) => fluent.set(*name, FluentValue::from(*n)),
                Arg::Text(s) => fluent.set(*name, FluentValue::from(s.to_string())),
            }
        }
        self.format(id, Some(&fluent))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        self.format_checked(id, args).0
    }

    /// The message, and whether Fluent formatted it without complaint (a message with
    /// variables, formatted without them, says `{$n}` where they go).
    fn format_checked(&self, id: &str, args: Option<&FluentArgs<'_>>) -> (String, bool) {
        let markup = id.ends_with("-html");
        for layer in &self.layers {
            if markup && !layer.markup {
                continue;
            }
            let Some(pattern) = layer.bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = layer.bundle.format_pattern(pattern, args, &mut errors);
            return (text.into_owned(), errors.is_empty());
        }
        // Every id the theme and the code ask for is in English; a portfolio's own template
        // may ask for one that is in no table.
        (format!("[{id}]"), false)
    }

    /// Whether any of the tables has message `id`.
    pub fn knows(&self, id: &str) -> bool {
        self.layers.iter().any(|l| l.bundle.has_message(id))
    }

    /// Each message without variables, by id, as the language says it.
    pub fn plain(&self) -> impl Iterator<Item = (&str, &str)> {
        self.plain
            .iter()
            .map(|(id, text)| (id.as_str(), text.as_str()))
    }

    /// The ids English has and this language's tables do not, sorted: what `check` lists. An
    /// English site misses nothing.
    pub fn missing(&self) -> Vec<String> {
        if primary(&self.tag) == "en" {
            return Vec::new();
        }
        let mut ids: Vec<String> = english_ids()
            .iter()
            .filter(|id| {
                !self
                    .layers
                    .iter()
                    .any(|l| !l.english && l.bundle.has_message(id))
            })
            .cloned()
            .collect();
        ids.sort();
        ids
    }
}

/// The messages the page's script writes, as JSON for a `<script type="application/json">`
/// element: each with `{name}` where the script puts a value. A message that chooses its words
/// by a number (`js-search-found`, `draft-count`) is written as `[number, text]` pairs for a
/// set of numbers that, between them, fall in every CLDR plural category of the built-in
/// languages; the script takes the first whose number falls in the same category as its own
/// (`Intl.PluralRules`).
pub fn script_words(words: &Catalog) -> String {
    const PLAIN: &[&str] = &[
        "js-previous-change",
        "js-next-change",
        "js-change-of",
        "js-keys-hint-html",
        "js-earlier-draft",
        "js-later-draft",
        "js-draft-of",
        "js-position-of",
        "js-search-none",
        "js-build-failed",
        "js-build-failed-help",
        "js-hide",
    ];
    // The messages worded by `n`; `draft-count` is the pages' own ("5 drafts"), which the
    // search results say too.
    const BY_NUMBER: &[&str] = &["js-search-found", "draft-count"];
    // In order of preference: a category's first number gives its form, so 0 (which a
    // language may word apart, as `[0]`) comes last.
    const SAMPLES: &[f64] = &[
        1.0, 2.0, 3.0, 5.0, 11.0, 21.0, 22.0, 100.0, 101.0, 102.0, 1.5, 0.0,
    ];
    let slots = |names: &[&'static str]| -> Vec<(&'static str, Arg<'static>)> {
        names
            .iter()
            .map(|n| (*n, Arg::from(format!("{{{n}}}"))))
            .collect()
    };
    let mut map = serde_json::Map::new();
    for id in PLAIN {
        let text = words.with(id, &slots(&["n", "total", "query"]));
        map.insert(id.to_string(), serde_json::Value::String(text));
    }
    for id in BY_NUMBER {
        let mut forms = Vec::new();
        for n in SAMPLES {
            let mut args = slots(&["query"]);
            args.push(("n", Arg::Number(*n)));
            let shown = words.number(*n);
            let text = words.with(id, &args).replacen(&shown, "{n}", 1);
            forms.push(serde_json::json!([n, text]));
        }
        map.insert(id.to_string(), serde_json::Value::Array(forms));
    }
    // Nothing a translation says can close the script element.
    serde_json::Value::Object(map)
        .to_string()
        .replace("</", "<\\/")
}

/// The collator for a language tag: the language's own order where CLDR has one, the root
/// order (which every language's starts from) for a tag it does not know or cannot read.
/// Both are compiled in, so `None` (names then sort by their characters) is not expected.
fn collator_for(tag: &str) -> Option<CollatorBorrowed<'static>> {
    let locale = Locale::try_from_str(tag).unwrap_or(Locale::UNKNOWN);
    // Strength secondary: case does not decide the order (`de Vries` beside `De Vries`),
    // accents do, after the letters (`Maria` just before `María`).
    let mut options = CollatorOptions::default();
    options.strength = Some(Strength::Secondary);
    Collator::try_new((&locale).into(), options)
        .or_else(|_| Collator::try_new((&Locale::UNKNOWN).into(), options))
        .ok()
}

/// The built-in table for a primary language (`es`), empty when redraft has none.
fn builtin(language: &str) -> &'static str {
    BUILTIN
        .iter()
        .find(|(l, _)| *l == language)
        .map_or("", |(_, text)| text)
}

/// Built-in English, made once: for text rendered outside a site's build (tests, fuzzing).
pub fn english() -> &'static Catalog {
    static ENGLISH: std::sync::LazyLock<Catalog> = std::sync::LazyLock::new(Catalog::english);
    &ENGLISH
}

/// `rtl` for a language written right to left, else `ltr`.
pub fn direction(tag: &str) -> &'static str {
    if RIGHT_TO_LEFT.contains(&primary(tag).as_str()) {
        "rtl"
    } else {
        "ltr"
    }
}

/// The language of a tag, lowercased: `pt` for `pt-BR`, `zh` for `zh-Hans`.
pub fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// The ids of built-in English's messages (not its terms), read once by Fluent's parser.
fn english_ids() -> &'static [String] {
    static IDS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
        let resource = match fluent_syntax::parser::parse(builtin("en")) {
            Ok(resource) | Err((resource, _)) => resource,
        };
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()
    });
    &IDS
}

/// A bundle for `tag` holding the built-in table `text` (which is known to parse: a test
/// checks every built-in table).
fn bundle_of(
    tag: &str,
    text: &str,
    file: Option<&Path>,
    problems: &mut Vec<Diagnostic>,
) -> FluentBundle<FluentResource> {
    let langid: LanguageIdentifier = tag
        .parse()
        .or_else(|_| primary(tag).parse())
        .unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // No invisible marks around a message's variables: they would end up inside attributes
    // (`href="{ $home }"`) and around numbers, and the page's own `dir` already lays out
    // right-to-left text; names in another script are left to the bidi algorithm.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(numbers::formatter_for(&primary(tag))));
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, errors)| {
        if let Some(file) = file {
            for e in errors {
                problems.push(parse_problem(file, text, &e));
            }
        }
        partial
    });
    bundle.add_resource_overriding(resource);
    bundle
}

fn parse_problem(file: &Path, text: &str, e: &fluent_syntax::parser::ParserError) -> Diagnostic {
    let line = text
        .get(..e.pos.start.min(text.len()))
        .map_or(1, |before| before.matches('\n').count() + 1);
    Diagnostic::error(file, format!("this translation cannot be read: {}", e.kind))
        .at(line, 1)
        .with_help("a message is `id = text` on one line, its further lines indented; see the built-in English table (`redraft theme` writes it out)")
}

#[cfg(test)]
mod tests;
