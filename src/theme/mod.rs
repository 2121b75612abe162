//! The templates and stylesheet that turn the site model into HTML.
//!
//! The default theme is compiled into the binary, so an installed `redraft` needs no files
//! beside it. A portfolio's `templates/` folder overrides any template file by file, by name
//! (`templates/piece.html` replaces the built-in `piece.html`), as mdBook's `theme/` does, and
//! a file in its `static/` folder replaces the built-in file at the same place in the site
//! (`static/assets/redraft.css`). [`builtin_files`] lists them all, for `redraft theme`.

use std::path::{Path, PathBuf};

use std::sync::Arc;

use rustc_hash::FxHashMap;
use tera::{Context, ErrorKind, Function, Kwargs, State, Tera, TeraResult, Value};

use crate::content::{STATIC_DIR, TEMPLATES_DIR, Template};
use crate::diagnostic::Diagnostic;
use crate::i18n::{Arg, Catalog};

/// Built-in templates, by name.
const TEMPLATES: &[(&str, &str)] = &[
    (
        "base.html",
        include_str!("../../themes/default/templates/base.html"),
    ),
    (
        "components.html",
        include_str!("../../themes/default/templates/components.html"),
    ),
    (
        "home.html",
        include_str!("../../themes/default/templates/home.html"),
    ),
    (
        "piece.html",
        include_str!("../../themes/default/templates/piece.html"),
    ),
    (
        "draft.html",
        include_str!("../../themes/default/templates/draft.html"),
    ),
    (
        "changes.html",
        include_str!("../../themes/default/templates/changes.html"),
    ),
    (
        "compare.html",
        include_str!("../../themes/default/templates/compare.html"),
    ),
    (
        "404.html",
        include_str!("../../themes/default/templates/404.html"),
    ),
    (
        "group.html",
        include_str!("../../themes/default/templates/group.html"),
    ),
    (
        "groups.html",
        include_str!("../../themes/default/templates/groups.html"),
    ),
    (
        "showcase.html",
        include_str!("../../themes/default/templates/showcase.html"),
    ),
    (
        "packet.html",
        include_str!("../../themes/default/templates/packet.html"),
    ),
    (
        "search.html",
        include_str!("../../themes/default/templates/search.html"),
    ),
];

/// Built-in static files, by their path in the site.
pub const STATIC_FILES: &[(&str, &[u8])] = &[
    (
        "assets/redraft.css",
        include_bytes!("../../themes/default/static/redraft.css"),
    ),
    (
        "assets/redraft.js",
        include_bytes!("../../themes/default/static/redraft.js"),
    ),
];

/// Every file of the built-in theme with the path, below the portfolio folder, where a copy
/// of it replaces it: `templates/base.html`, `static/assets/redraft.css` and so on. A portfolio
/// holding all of them unchanged builds the same site as one holding none.
pub fn builtin_files() -> Vec<(PathBuf, &'static [u8])> {
    let templates = TEMPLATES
        .iter()
        .map(|(name, text)| (Path::new(TEMPLATES_DIR).join(name), text.as_bytes()));
    let statics = STATIC_FILES
        .iter()
        .map(|(path, bytes)| (Path::new(STATIC_DIR).join(path), *bytes));
    let words = crate::i18n::builtin_tables()
        .iter()
        .map(|(language, text)| {
            let file = format!("{language}.ftl");
            (Path::new(crate::i18n::DIR).join(file), text.as_bytes())
        });
    templates.chain(statics).chain(words).collect()
}

/// The message a template's `t(id=..., name=value ...)` asks for. With `escape`, text
/// variables are escaped for HTML (for `t_html`, whose output is not escaped again).
fn translated(words: &Catalog, kwargs: &Kwargs, escape: bool) -> TeraResult<String> {
    let id: String = kwargs.must_get("id")?;
    if !words.knows(&id) {
        return Err(tera::Error::message(format!(
            "no message `{id}` in the translation tables: check its spelling against the built-in English table (`redraft theme` writes it out as i18n/en.ftl), or add it to the portfolio's i18n/en.ftl"
        )));
    }
    let mut args = Vec::new();
    for (key, value) in kwargs.iter() {
        let Some(name) = key.as_str().filter(|k| *k != "id") else {
            continue;
        };
        let arg = match value.as_f64().or_else(|| value.as_i64().map(|n| n as f64)) {
            Some(n) => Arg::Number(n),
            None if escape => Arg::from(crate::html::escape(&value.to_string()).into_owned()),
            None => Arg::from(value.to_string()),
        };
        args.push((name.to_string(), arg));
    }
    let args: Vec<(&str, Arg<'_>)> = args.iter().map(|(n, a)| (n.as_str(), a.clone())).collect();
    Ok(words.with(&id, &args))
}

/// `t_html`: a message with markup, which Tera must not escape.
struct SafeText(Arc<Catalog>);

impl Function<TeraResult<String>> for SafeText {
    fn call(&self, kwargs: Kwargs, _: &State) -> TeraResult<String> {
        translated(&self.0, &kwargs, true)
    }

    fn is_safe(&self) -> bool {
        true
    }
}

/// The loaded templates, ready to render pages in parallel.
pub struct Theme {
    tera: Tera,
    /// Where each overriding template came from, for error messages.
    overrides: Vec<(String, PathBuf)>,
    /// Each overriding template's name and text, to tell whether templates changed.
    override_sources: Vec<(String, String)>,
    /// The words of the site's language.
    words: Arc<Catalog>,
}

impl Theme {
    /// The built-in templates, with the portfolio's `overrides` on top (each replaces the
    /// built-in template of its name, or adds one), speaking the language of `words`: templates
    /// write `{{ t(id="read-latest") }}` for a message of the translation table, with its
    /// variables as further arguments (`t(id="draft-n", n=2)`), and `t_html` for a message
    /// holding markup (its variables escaped).
    pub fn load(overrides: &[Template], words: Arc<Catalog>) -> Result<Theme, Vec<Diagnostic>> {
        let mut sources: Vec<(String, String)> = TEMPLATES
            .iter()
            .filter(|(name, _)| !overrides.iter().any(|t| t.name == *name))
            .map(|(n, s)| (n.to_string(), s.to_string()))
            .collect();
        let override_sources: Vec<(String, String)> = overrides
            .iter()
            .map(|t| (t.name.clone(), t.text.clone()))
            .collect();
        sources.extend(override_sources.iter().cloned());
        let overrides = overrides
            .iter()
            .map(|t| (t.name.clone(), t.file.clone()))
            .collect();
        let mut tera = Tera::new();
        // A page asks for the same messages without variables again and again: those are
        // made into template values once, escaped once, and handed out as they are.
        let ready: FxHashMap<String, Value> = words
            .plain()
            .filter(|(id, _)| !id.ends_with("-html"))
            .map(|(id, text)| {
                (
                    id.to_string(),
                    Value::safe_string(&crate::html::escape(text)),
                )
            })
            .collect();
        let plain = Arc::clone(&words);
        tera.register_function("t", move |kwargs: Kwargs, _: &State| -> TeraResult<Value> {
            let id: &str = kwargs.must_get("id")?;
            if kwargs.iter().nth(1).is_none()
                && let Some(value) = ready.get(id)
            {
                return Ok(value.clone());
            }
            translated(&plain, &kwargs, false).map(|text| Value::normal_string(&text))
        });
        tera.register_function("t_html", SafeText(Arc::clone(&words)));
        let mut theme = Theme {
            tera,
            overrides,
            override_sources,
            words,
        };
        if let Err(e) = theme
            .tera
            .add_raw_templates(sources.iter().map(|(n, s)| (n.as_str(), s.as_str())))
        {
            return Err(vec![theme.diagnose(&e)]);
        }
        Ok(theme)
    }

    /// The name and text of each template the portfolio overrides: two themes with the same
    /// overrides render the same pages.
    pub fn override_sources(&self) -> &[(String, String)] {
        &self.override_sources
    }

    /// The words of the site's language, as the templates say them.
    pub fn words(&self) -> &Catalog {
        &self.words
    }

    /// Renders template `name` with the values in `context`.
    pub fn render(&self, name: &str, context: &Context) -> Result<String, Diagnostic> {
        self.tera
            .render(name, context)
            .map_err(|e| self.diagnose(&e))
    }

    /// Turns a Tera error into a diagnostic naming the template file, line and column.
    fn diagnose(&self, error: &tera::Error) -> Diagnostic {
        let file_of = |name: &str| -> PathBuf {
            self.overrides
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, p)| p.clone())
                .unwrap_or_else(|| PathBuf::from(format!("(built-in theme)/{name}")))
        };
        let help = "fix the template, or delete it from templates/ to use the built-in one";
        match error.kind() {
            ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => {
                let span = report.span();
                let file = file_of(report.filename());
                // Only overrides are quoted; a built-in template's text is in the binary.
                let source = self
                    .override_sources
                    .iter()
                    .find(|(name, _)| name == report.filename())
                    .map_or("", |(_, text)| text.as_str());
                Diagnostic::error(file, format!("template error: {}", report.message()))
                    .at(span.start_line, span.start_col + 1)
                    .with_source(source, 0)
                    .with_help(help)
            }
            ErrorKind::MissingParent { current, parent } => Diagnostic::error(
                file_of(current),
                format!("this template extends {parent:?}, which does not exist"),
            )
            .with_help(help),
            ErrorKind::TemplateNotFound(name) => {
                Diagnostic::error(file_of(name), "this template is missing")
                    .with_help("add it to templates/ or check the name")
            }
            other => {
                Diagnostic::error("templates", format!("template error: {other}")).with_help(help)
            }
        }
    }
}
