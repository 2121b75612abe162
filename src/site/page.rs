//! A page of the site and the values its template sees.
//!
//! Every page has the same frame: `site` (the site's settings and navigation) and `root`, the
//! way back to the site root from the page's own folder (`../../`), worked out from the page's
//! address, so the finished folder works from any sub-path and straight from disk. A page that
//! shows a piece's text also knows its way to the piece's folder, for the draft's own links to
//! files beside it. Each value is converted into a template value when the page is made, and a
//! value that does not convert is an error, never an empty value.

use serde::Serialize;
use tera::{Context, Value};

/// The template that writes a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Template {
    /// Every piece: `index.html`.
    Home,
    /// A piece's journey.
    Piece,
    /// A piece's journey to print.
    Packet,
    /// One draft.
    Draft,
    /// What changed from one draft to the next.
    Changes,
    /// The first draft to the latest.
    Compare,
    /// Every writer, assignment or tag.
    Groups,
    /// One writer's, assignment's or tag's pieces.
    Group,
    /// The best work.
    Showcase,
    /// Search.
    Search,
    /// An address that leads nowhere.
    NotFound,
}

impl Template {
    /// The template's file name, as the theme and a portfolio's `templates/` call it.
    pub fn file(self) -> &'static str {
        match self {
            Template::Home => "home.html",
            Template::Piece => "piece.html",
            Template::Packet => "packet.html",
            Template::Draft => "draft.html",
            Template::Changes => "changes.html",
            Template::Compare => "compare.html",
            Template::Groups => "groups.html",
            Template::Group => "group.html",
            Template::Showcase => "showcase.html",
            Template::Search => "search.html",
            Template::NotFound => "404.html",
        }
    }
}

/// A value that could not be made into a template value: a fault of redraft's own, reported
/// rather than shown as an empty value.
#[derive(Debug, thiserror::Error)]
#[error("{what}: cannot make the template's values: {source}")]
pub struct PageError {
    /// What the value was for: a page's path and the value's name.
    pub what: String,
    source: tera::Error,
}

/// `data` as a template value, for values made once and shown on several pages. `what` names
/// it, should it fail.
pub fn value_of(data: &impl Serialize, what: impl FnOnce() -> String) -> Result<Value, PageError> {
    Value::try_from_serializable(data).map_err(|source| PageError {
        what: what(),
        source,
    })
}

/// HTML of our own making (a draft's body, a change view, a chart) as a template value marked
/// safe, so a template writes it as it is without the `safe` filter, which would copy it twice.
pub fn html_value(html: &str) -> Value {
    Value::safe_string(html)
}

/// A page to render: where it goes, which template writes it, and what the template sees.
#[derive(Debug, Clone)]
pub struct Page {
    /// Output path relative to the site root (`essay/draft-2/index.html`).
    pub path: String,
    /// The template that writes it.
    pub template: Template,
    /// The values the template sees.
    pub context: Context,
    /// From the page's folder to the folder of the piece it shows (`../`), for the draft's
    /// links to files beside it ([`crate::markdown::PIECE_LINK`]); empty on other pages.
    pub to_piece: String,
}

impl Page {
    /// A page at `path` written by `template`, with the frame every page has: `site`, and
    /// `root`, the way back to the site root from the page's folder.
    pub fn new(path: String, template: Template, site: &Value) -> Page {
        let root = "../".repeat(path.matches('/').count());
        Page::at_root(path, template, site, root)
    }

    /// As [`Page::new`], with links starting from `root` whatever the page's own folder: the
    /// page for addresses that lead nowhere is served at any of them.
    pub fn at_root(path: String, template: Template, site: &Value, root: String) -> Page {
        let mut context = Context::new();
        context.insert_value("site", site.clone());
        context.insert_value("root", Value::from(root));
        Page {
            path,
            template,
            context,
            to_piece: String::new(),
        }
    }

    /// The page shows the text of the piece published at `piece_path`.
    pub fn of_piece(mut self, piece_path: &str) -> Page {
        self.to_piece = relative(folder_of(&self.path), piece_path);
        self
    }

    /// Adds `data` under `name`.
    pub fn with(mut self, name: &'static str, data: &impl Serialize) -> Result<Page, PageError> {
        let value = value_of(data, || format!("{} ({name})", self.path))?;
        self.context.insert_value(name, value);
        Ok(self)
    }

    /// Adds a value already made (once, for several pages) under `name`.
    pub fn with_value(mut self, name: &'static str, value: &Value) -> Page {
        self.context.insert_value(name, value.clone());
        self
    }
}

/// The folder a page's path is in, `/`-separated, empty at the root.
fn folder_of(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(folder, _)| folder)
}

/// The relative way from folder `from` to folder `to` (both from the site root), ending in
/// `/` unless it is empty.
fn relative(from: &str, to: &str) -> String {
    let parts = |p: &str| -> Vec<String> {
        p.split('/')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (from, to) = (parts(from), parts(to));
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut way = "../".repeat(from.len() - common);
    for part in &to[common..] {
        way.push_str(part);
        way.push('/');
    }
    way
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_that_does_not_convert_is_an_error_not_an_empty_value() {
        // Template values are maps with text keys; a map keyed by pairs has none.
        let odd = std::collections::BTreeMap::from([((1, 2), "x")]);
        let page = Page::new("a/index.html".into(), Template::Piece, &Value::from("site"));
        let e = page.with("odd", &odd).expect_err("no text keys");
        assert!(e.to_string().starts_with("a/index.html (odd): "), "{e}");
    }

    #[test]
    fn the_way_to_the_root_and_to_the_piece_come_from_the_page_address() {
        let site = Value::from("site");
        let page = Page::new(
            "essay/draft-2/changes/index.html".into(),
            Template::Changes,
            &site,
        )
        .of_piece("essay");
        assert_eq!(page.context.get("root"), Some(&Value::from("../../../")));
        assert_eq!(page.to_piece, "../../");
        let journey =
            Page::new("a/b/essay/index.html".into(), Template::Piece, &site).of_piece("a/b/essay");
        assert_eq!(journey.to_piece, "");
        assert_eq!(relative("x/y", "x/z/w"), "../z/w/");
        assert_eq!(relative("", "essay"), "essay/");
    }
}
