//! `redraft theme [PORTFOLIO] [--force]`

use std::path::PathBuf;

use super::Failure;
use crate::content::{CUSTOM_CSS, STATIC_DIR};
use crate::scaffold::{Existing, Exported, export_theme};

/// Copy the built-in templates, stylesheet and script into a portfolio, to edit.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// The portfolio folder (the one with redraft.yaml).
    #[arg(value_name = "PORTFOLIO")]
    portfolio: Option<PathBuf>,
    /// Replace files that are already there with the built-in ones (your changes to them are
    /// lost).
    #[arg(long)]
    force: bool,
}

pub(super) fn run(args: Args) -> Result<(), Failure> {
    let root = super::portfolio_arg(args.portfolio);
    let existing = if args.force {
        Existing::Replace
    } else {
        Existing::Keep
    };
    let done = export_theme(&root, existing).map_err(|e| Failure::of(e.diagnostics()))?;
    let listed = |which: Exported| -> String {
        done.iter()
            .filter(|(_, what)| *what == which)
            .map(|(path, _)| format!("  {}\n", super::shown(path)))
            .collect()
    };
    for (which, heading) in [
        (
            Exported::Written,
            "Wrote the built-in theme's files, to edit:",
        ),
        (Exported::Replaced, "Replaced with the built-in files:"),
        (
            Exported::Kept,
            "Kept, since they are already there (`--force` replaces them):",
        ),
    ] {
        let files = listed(which);
        if !files.is_empty() {
            println!("{heading}\n{files}");
        }
    }
    let custom = super::shown(&root.join(STATIC_DIR).join(CUSTOM_CSS));
    println!(
        "redraft uses these files instead of its built-in ones. Delete any you leave unchanged, \
         so that they keep up with new versions of redraft.\nTo change only colours or fonts, put a few \
         rules in {custom} instead: it is loaded after the built-in stylesheet."
    );
    Ok(())
}
