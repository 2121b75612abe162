//! The command line: parses arguments, calls the library, prints results and problems.
//! Each subcommand is a thin module of its own.

mod build;
mod check;
mod diff;
mod history;
mod init;
mod new;
mod serve;
mod theme;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::diagnostic::Diagnostic;

/// redraft: a site for your writing that shows every draft, what changed and why.
#[derive(Debug, Parser)]
#[command(name = "redraft", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the site from a portfolio folder.
    Build(build::Args),
    /// Check a portfolio for problems without writing anything (warnings count as problems).
    Check(check::Args),
    /// Make a new portfolio with one example piece, ready to build.
    Init(init::Args),
    /// Start a new piece, or the next draft of an existing piece.
    New(new::Args),
    /// Show what changed between two drafts, in the terminal.
    Diff(diff::Args),
    /// Serve the site on this computer, rebuilding it as you save.
    Serve(serve::Args),
    /// Copy the built-in templates, stylesheet and script into a portfolio, to edit.
    Theme(theme::Args),
    /// List what `history:` reads from git, or write it out as draft files.
    History(history::Args),
}

/// Runs the command line and returns the process's exit code: 0 when all went well, 1 when the
/// command failed (clap itself exits with 2 on usage errors).
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => build::run(args),
        Command::Check(args) => check::run(args),
        Command::Init(args) => init::run(args),
        Command::New(args) => new::run(args),
        Command::Diff(args) => diff::run(args),
        Command::Serve(args) => serve::run(args),
        Command::Theme(args) => theme::run(args),
        Command::History(args) => history::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            report(&failure.problems);
            if let Some(outcome) = failure.outcome {
                eprintln!("{outcome}");
            }
            ExitCode::FAILURE
        }
    }
}

/// Why a command failed: the problems, each printed as a diagnostic (file, line, what is
/// wrong, what to do), then a sentence on what it comes to ("The site was not built").
#[derive(Debug, Default)]
struct Failure {
    problems: Vec<Diagnostic>,
    outcome: Option<String>,
}

impl Failure {
    /// A failure that is these problems.
    fn of(problems: Vec<Diagnostic>) -> Failure {
        Failure {
            problems,
            outcome: None,
        }
    }

    /// The same, closed with `outcome`.
    fn then(mut self, outcome: impl Into<String>) -> Failure {
        self.outcome = Some(outcome.into());
        self
    }
}

impl From<Diagnostic> for Failure {
    fn from(d: Diagnostic) -> Failure {
        Failure::of(vec![d])
    }
}

/// Prints diagnostics to standard error.
fn report(diagnostics: &[Diagnostic]) {
    for d in diagnostics {
        eprintln!("{d}");
    }
}

/// A path for people: from the current folder when it is inside it, without a leading `./`.
fn shown(path: &std::path::Path) -> String {
    let here = std::env::current_dir().ok();
    let path = match here.as_deref().and_then(|h| path.strip_prefix(h).ok()) {
        Some(rel) if rel.as_os_str().is_empty() => std::path::Path::new("."),
        Some(rel) => rel,
        None => path,
    };
    crate::diagnostic::shown_path(path)
}

/// Writes `text` (`what` it is, for the message) to standard output; a reader that stops early
/// (`| head`) is not an error.
fn write_out(text: &str, what: &str) -> Result<(), Failure> {
    use std::io::Write;
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Diagnostic::error("", format!("cannot write {what}: {e}")).into())
        }
        _ => Ok(()),
    }
}

/// The portfolio folder argument shared by several commands.
fn portfolio_arg(dir: Option<PathBuf>) -> PathBuf {
    dir.unwrap_or_else(|| PathBuf::from("."))
}

/// What `--untrusted` asks for.
fn trust(untrusted: bool) -> crate::settings::Trust {
    if untrusted {
        crate::settings::Trust::Submitted
    } else {
        crate::settings::Trust::Owner
    }
}
