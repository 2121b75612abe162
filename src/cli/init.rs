//! `redraft init DIR`

use std::path::PathBuf;

/// Make a new portfolio with one example piece, ready to build.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// The folder to make the portfolio in (created if needed).
    #[arg(value_name = "DIR")]
    dir: PathBuf,
}

pub(super) fn run(args: Args) -> Result<(), super::Failure> {
    let written =
        crate::scaffold::init(&args.dir).map_err(|e| super::Failure::of(e.diagnostics()))?;
    let dir = super::shown(&args.dir);
    println!("Made a new portfolio in {dir}/:");
    for file in &written {
        println!("  {}", super::shown(file));
    }
    println!(
        "\nNext:\n  redraft build {dir}            build the site into {dir}/public/\n  redraft new \"My essay\" --in {dir}   start a piece of your own\n\nEdit {dir}/redraft.yaml to give the site your title and name."
    );
    Ok(())
}
