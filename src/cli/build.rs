//! `redraft build [PORTFOLIO] [-o DIR]`

use std::path::PathBuf;

use super::Failure;
use crate::build::{BuildError, BuildOptions, build};
use crate::diagnostic::Diagnostic;
use crate::english::count;

/// Build the site from a portfolio folder.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// The portfolio folder (the one with redraft.yaml).
    #[arg(value_name = "PORTFOLIO")]
    portfolio: Option<PathBuf>,
    /// Where to write the site [default: PORTFOLIO/public].
    #[arg(short, long, value_name = "DIR")]
    output: Option<PathBuf>,
    /// Replace the output folder even if redraft did not write it.
    #[arg(long)]
    force: bool,
    /// Build work you did not write (a student's submitted portfolio): raw HTML is always
    /// sanitized, and the portfolio's templates/ and allow_links_to: are not used.
    #[arg(long)]
    untrusted: bool,
}

pub(super) fn run(args: Args) -> Result<(), Failure> {
    let root = super::portfolio_arg(args.portfolio);
    let options = BuildOptions {
        output: args.output,
        force: args.force,
        trust: super::trust(args.untrusted),
        waiting: Some(|out| {
            eprintln!(
                "Another build is writing to {}/; waiting for it to finish…",
                super::shown(out)
            )
        }),
    };
    match build(&root, &options) {
        Ok(summary) => {
            super::report(&summary.warnings);
            let index = summary.output.join("index.html");
            println!(
                "Built {}, {}, {} pages in {} ms into {}/ (open {})",
                count(summary.pieces, "piece", "pieces"),
                count(summary.drafts, "draft", "drafts"),
                summary.pages,
                summary.elapsed.as_millis(),
                super::shown(&summary.output),
                super::shown(&index),
            );
            Ok(())
        }
        Err(BuildError::Input(problems)) => {
            let errors = problems.0.iter().filter(|d| d.is_error()).count();
            Err(Failure::of(problems.0).then(format!(
                "The site was not built: {} to fix. Any site built before is unchanged.",
                count(errors, "problem", "problems")
            )))
        }
        Err(BuildError::Output(crate::output::OutputError::NotOurs(dir))) => Err(Diagnostic::error(
            dir,
            "this folder already holds files that redraft did not write, so the site was not built there",
        )
        .with_help("choose another folder with `-o`, or add `--force` to replace everything in it")
        .into()),
        Err(e) => Err(Failure::of(vec![Diagnostic::error("", e.to_string())])
            .then("The site was not built. Any site built before is unchanged.")),
    }
}
