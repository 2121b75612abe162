//! redraft turns a folder of Markdown drafts into a static site that shows how each piece of
//! writing grew, draft by draft.
//!
//! The modules follow the build, and data flows one way through them (`tests/tidy.rs` keeps it
//! so; ARCHITECTURE.md has the order):
//!
//! ```text
//! diagnostic, text,   leaves every stage shares: problems, words, counts, slugs, HTML,
//! english, slug, ...  dates, YAML, typed fields, the fence around what may be read
//! settings, content   load redraft.yaml and pieces/ into a Portfolio (source data)
//! markdown            render each draft once: HTML split into top-level blocks
//! diff                compare consecutive drafts (and first to latest) into change views
//! growth, quotes      figures from each draft's text; feedback pinned to its passage
//! site                decide every page: its URL and the values its template sees
//! theme               the templates (built in, overridable file by file) that turn pages into HTML
//! output              write the site into a fresh folder and swap it in atomically
//! build               runs the stages above in order
//! serve               build into memory, serve over HTTP, watch, rebuild what changed, reload
//! scaffold            `redraft init` and `redraft new`
//! cli                 the command line: parses arguments, calls the library, prints problems
//! ```

pub mod build;
pub mod cli;
pub mod content;
pub mod date;
pub mod diagnostic;
pub mod diff;
pub mod english;
pub mod fence;
pub mod fields;
pub mod git_history;
pub mod growth;
pub mod html;
pub mod i18n;
pub mod lcg;
pub mod markdown;
pub mod output;
pub mod quotes;
pub mod scaffold;
pub mod serve;
pub mod settings;
pub mod site;
pub mod slug;
pub mod text;
pub mod theme;
pub mod toml_text;
pub mod yaml;
