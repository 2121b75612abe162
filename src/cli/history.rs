//! `redraft history list` and `redraft history export`

use std::path::PathBuf;

use super::Failure;

/// See what `history:` in redraft.yaml reads from git, or write it out as draft files.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, clap::Subcommand)]
enum Command {
    /// List every post and the commits that become its drafts (to choose `since:` and `skip:`).
    List {
        /// The portfolio folder (the one with redraft.yaml).
        #[arg(value_name = "PORTFOLIO")]
        portfolio: Option<PathBuf>,
    },
    /// Write every post's drafts out as ordinary draft files in pieces/, to keep as files.
    Export {
        /// The portfolio folder (the one with redraft.yaml).
        #[arg(value_name = "PORTFOLIO")]
        portfolio: Option<PathBuf>,
    },
}

pub(super) fn run(args: Args) -> Result<(), Failure> {
    match args.command {
        Command::List { portfolio } => list(super::portfolio_arg(portfolio)),
        Command::Export { portfolio } => export(super::portfolio_arg(portfolio)),
    }
}

fn list(root: PathBuf) -> Result<(), Failure> {
    let posts = crate::scaffold::read_posts(&root).map_err(|e| Failure::of(e.diagnostics()))?;
    let mut out = String::new();
    if posts.is_empty() {
        out.push_str("The history sources in redraft.yaml find no posts.\n");
    }
    for read in &posts {
        let drafts = read.post.versions.len();
        out.push_str(&format!(
            "{}  (from {}, {drafts} draft{})\n",
            read.address,
            read.post.path,
            if drafts == 1 { "" } else { "s" }
        ));
        let mut before = "";
        for (i, version) in read.post.versions.iter().enumerate() {
            let words = if i == 0 {
                format!(
                    "{:>6} words        ",
                    version.text.split_whitespace().count()
                )
            } else {
                format!(
                    "{:>6} words changed",
                    crate::git_history::changed_words(before, &version.text)
                )
            };
            let (commit, summary) = if version.commit.is_empty() {
                ("-------", "(not committed yet)")
            } else {
                (version.short(), version.summary.as_str())
            };
            out.push_str(&format!(
                "  {:>3}  {}  {commit}  {words}  {summary}\n",
                i + 1,
                version.date,
            ));
            before = &version.text;
        }
    }
    super::write_out(&out, "the list")
}

fn export(root: PathBuf) -> Result<(), Failure> {
    let done = crate::scaffold::export_history(&root)
        .map_err(|e| Failure::of(e.diagnostics()).then("Nothing was written."))?;
    println!("Wrote each post's drafts as files:");
    for post in &done {
        let assets = match post.assets {
            0 => String::new(),
            1 => " and 1 file beside it".to_string(),
            n => format!(" and {n} files beside it"),
        };
        println!(
            "  {}  ({} draft{}{assets})",
            super::shown(&post.folder),
            post.drafts,
            if post.drafts == 1 { "" } else { "s" }
        );
    }
    println!(
        "Now take the `history:` entries out of redraft.yaml: while they are there, each post \
         is read twice and the build stops, since two pieces would have the same address."
    );
    Ok(())
}
