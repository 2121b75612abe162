//! `redraft check [PORTFOLIO]`

use std::path::PathBuf;

use super::Failure;
use crate::build::check;
use crate::english::count;

/// Check a portfolio for problems without writing anything.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// The portfolio folder (the one with redraft.yaml).
    #[arg(value_name = "PORTFOLIO")]
    portfolio: Option<PathBuf>,
    /// Check work you did not write (a student's submitted portfolio) as `build --untrusted`
    /// would build it.
    #[arg(long)]
    untrusted: bool,
}

pub(super) fn run(args: Args) -> Result<(), Failure> {
    let root = super::portfolio_arg(args.portfolio);
    let found = check(&root, super::trust(args.untrusted));
    let (language, untranslated) = &found.untranslated;
    if !untranslated.is_empty() {
        let shown: Vec<&str> = untranslated.iter().take(12).map(String::as_str).collect();
        let more = untranslated.len() - shown.len();
        eprintln!(
            "Not translated into `{language}` yet, so shown in English: {}{}{}.\n  help: add them to {}/{}.ftl (`redraft theme` writes out the English table, {}/en.ftl, to copy from)\n",
            count(untranslated.len(), "message", "messages"),
            if shown.is_empty() { "" } else { ": " },
            shown.join(", "),
            crate::i18n::DIR,
            crate::i18n::primary(language),
            crate::i18n::DIR,
        );
        if more > 0 {
            eprintln!("  (and {more} more)\n");
        }
    }
    let errors = found.problems.iter().filter(|d| d.is_error()).count();
    let warnings = found.problems.len() - errors;
    if found.problems.is_empty() {
        println!(
            "No problems: {}, {}, every one ready to build.",
            count(found.pieces, "piece", "pieces"),
            count(found.drafts, "draft", "drafts"),
        );
        return Ok(());
    }
    let outcome = match (errors, warnings) {
        (0, w) => format!(
            "Found {}. The site would build, but not as the files seem to ask.",
            count(w, "warning", "warnings")
        ),
        (e, 0) => format!(
            "Found {}. The site would not build until {} fixed.",
            count(e, "error", "errors"),
            if e == 1 { "it is" } else { "they are" }
        ),
        (e, w) => format!(
            "Found {} and {}. The site would not build until the errors are fixed.",
            count(e, "error", "errors"),
            count(w, "warning", "warnings")
        ),
    };
    Err(Failure::of(found.problems).then(outcome))
}
