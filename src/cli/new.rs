//! `redraft new "Title"` and `redraft new --draft PIECE`

use std::path::PathBuf;

/// Start a new piece, or the next draft of an existing piece.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["title", "draft"])))]
pub(super) struct Args {
    /// The new piece's title.
    #[arg(value_name = "TITLE")]
    title: Option<String>,
    /// Instead of a new piece, copy the latest draft of PIECE into its next draft.
    #[arg(long, value_name = "PIECE", conflicts_with = "title")]
    draft: Option<String>,
    /// The portfolio folder [default: the current folder].
    #[arg(long = "in", value_name = "PORTFOLIO")]
    portfolio: Option<PathBuf>,
}

pub(super) fn run(args: Args) -> Result<(), super::Failure> {
    let root = super::portfolio_arg(args.portfolio);
    if let Some(piece) = args.draft {
        let file = crate::scaffold::next_draft(&root, &piece)
            .map_err(|e| super::Failure::of(e.diagnostics()))?;
        println!(
            "Started the next draft: {}\nIt starts as a copy of the latest one. Revise away, then fill in `changes` and `reflection` at the top.",
            super::shown(&file)
        );
    } else if let Some(title) = args.title {
        let file = crate::scaffold::new_piece(&root, &title)
            .map_err(|e| super::Failure::of(e.diagnostics()))?;
        println!(
            "Started a new piece: {}\nWrite the first draft there; when you revise, run `redraft new --draft {}`.",
            super::shown(&file),
            file.parent()
                .and_then(|p| p.file_name())
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        );
    }
    Ok(())
}
