//! `redraft diff OLD.md NEW.md [--stat] [--color WHEN]`

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use super::Failure;
use crate::content::front_matter;
use crate::diagnostic::Diagnostic;
use crate::diff::{self, terminal::Marks};
use crate::i18n::{Catalog, TranslationFile};
use crate::markdown;
use crate::settings::RawHtml;

/// Show what changed between two drafts, as the change pages do.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// The earlier draft.
    #[arg(value_name = "OLD")]
    old: PathBuf,
    /// The later draft.
    #[arg(value_name = "NEW")]
    new: PathBuf,
    /// Print only the summary line ("42 words added, 17 cut, ...").
    #[arg(long)]
    stat: bool,
    /// When to colour the output.
    #[arg(long, value_name = "WHEN", default_value = "auto")]
    color: ColorChoice,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum ColorChoice {
    /// Colour when writing to a terminal and NO_COLOR is not set.
    Auto,
    Always,
    Never,
}

/// A draft's body (front matter split off), rendered.
fn read(path: &Path) -> Result<markdown::Rendered, Diagnostic> {
    let bytes = std::fs::read(path)
        .map_err(|e| Diagnostic::error(path, format!("cannot read this file: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|_| {
        Diagnostic::error(path, "this file is not UTF-8 text")
            .with_help("save it as UTF-8 text from your editor")
    })?;
    let text = crate::fence::normalize_newlines(text);
    let text = text.trim_start_matches('\u{feff}');
    let split = front_matter::split(path, text)?;
    // As a portfolio renders it by default, so the terminal shows what the page would.
    Ok(markdown::render(split.body, RawHtml::Sanitize))
}

/// The words of the portfolio the draft `path` is in (the nearest folder above it with a
/// `redraft.yaml`), in its language with its own translations; English outside a portfolio.
fn words_for(path: &Path) -> Catalog {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let Some(root) = absolute
        .ancestors()
        .skip(1)
        .find(|dir| dir.join(crate::settings::FILE_NAME).is_file())
    else {
        return Catalog::english();
    };
    let Ok((settings, _)) = crate::settings::Settings::load(root) else {
        return Catalog::english();
    };
    let files: Vec<TranslationFile> = std::fs::read_dir(root.join(crate::i18n::DIR))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let file = entry.path();
            let language = file
                .extension()
                .filter(|e| *e == "ftl")
                .and(file.file_stem())?
                .to_str()?
                .to_string();
            let text = std::fs::read_to_string(&file).ok()?;
            Some(TranslationFile {
                file,
                language,
                text,
                markup: true,
            })
        })
        .collect();
    Catalog::new(&settings.language, &files).0
}

pub(super) fn run(args: Args) -> Result<(), Failure> {
    let (old, new) = (read(&args.old)?, read(&args.new)?);
    let words = words_for(&args.new);
    let view = diff::compare(&old, &new, &words);
    let summary = view.stats.summary(&words);
    if args.stat {
        return super::write_out(&format!("{summary}\n"), "the comparison");
    }
    let colour = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let marks = if colour { Marks::Color } else { Marks::Plain };
    // Addresses of the piece's own files as the writer wrote them, without the placeholder a
    // built page resolves.
    let html = view.html.replace(crate::markdown::PIECE_LINK, "");
    let text = diff::terminal::render(&html, marks);
    super::write_out(&format!("{text}\n{summary}\n"), "the comparison")
}
