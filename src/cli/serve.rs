//! `redraft serve [PORTFOLIO] [--port N] [--bind ADDR] [--open]`

use std::net::IpAddr;
use std::path::PathBuf;

use super::Failure;
use crate::diagnostic::Diagnostic;
use crate::english::count;
use crate::serve::{self, BuildReport, Outcome, Report, ServeError, ServeOptions};

/// The port `serve` listens on unless told otherwise.
const DEFAULT_PORT: u16 = 4400;

/// Serve the site on this computer, rebuilding it as you save.
#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// The portfolio folder (the one with redraft.yaml).
    #[arg(value_name = "PORTFOLIO")]
    portfolio: Option<PathBuf>,
    /// The port to listen on; 0 picks a free one.
    #[arg(short, long, default_value_t = DEFAULT_PORT)]
    port: u16,
    /// The address to listen on; 0.0.0.0 lets other computers on the network see the site.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
    bind: IpAddr,
    /// Open the site in your web browser.
    #[arg(long)]
    open: bool,
}

pub(super) fn run(args: Args) -> Result<(), Failure> {
    let root = super::portfolio_arg(args.portfolio);
    let options = ServeOptions {
        bind: args.bind,
        port: args.port,
        open: args.open,
    };
    let shown_root = super::shown(&root);
    serve::serve(&root, &options, move |report| print(&shown_root, report)).map_err(|e| {
        let problem = match e {
            ServeError::PortBusy { port, .. } => Diagnostic::error(
                "",
                format!("Cannot serve: port {port} is already in use (is another `redraft serve` running?)"),
            )
            .with_help(format!(
                "choose another port, like `--port {}`, or `--port 0` for any free one",
                port.wrapping_add(1).max(1024)
            )),
            ServeError::Bind { addr, source }
                if source.kind() == std::io::ErrorKind::PermissionDenied =>
            {
                Diagnostic::error(
                    "",
                    format!("Cannot serve on {addr}: this computer does not allow it ({source})"),
                )
                .with_help(format!(
                    "ports below 1024 need special rights; choose another, like `--port {DEFAULT_PORT}`"
                ))
            }
            other => Diagnostic::error("", format!("Cannot serve: {other}")),
        };
        Failure::from(problem)
    })
}

fn print(root: &str, report: Report) {
    match report {
        Report::Ready {
            url,
            build,
            open_failed,
        } => {
            print_build(&build, true);
            println!("Serving {root} at {url}");
            println!("Watching for changes; press Ctrl-C to stop.");
            if let Some(problem) = open_failed {
                eprintln!("Could not open a browser ({problem}); open {url} yourself.");
            }
        }
        Report::Rebuilt(build) => print_build(&build, false),
        Report::WatchProblem(problem) => eprintln!("warning: watching for changes: {problem}"),
        Report::Stopped => println!("Stopped."),
    }
}

fn print_build(build: &BuildReport, first: bool) {
    let ms = build.took.as_millis();
    match &build.outcome {
        Outcome::Built {
            counts,
            rerendered,
            changed,
            recovered,
            warnings,
        } => {
            super::report(warnings);
            if first {
                println!(
                    "Built {}, {} pages in {ms} ms.",
                    count(counts.pieces, "piece", "pieces"),
                    counts.pages
                );
                return;
            }
            let what = match rerendered.as_slice() {
                [] => String::new(),
                [one] => format!(", re-rendered {one}"),
                many => format!(", re-rendered {} pieces", many.len()),
            };
            let files = match changed {
                0 => "nothing on the site changed".to_string(),
                1 => "1 file changed".to_string(),
                n => format!("{n} files changed"),
            };
            let fixed = if *recovered { "Fixed. " } else { "" };
            println!("{fixed}Rebuilt in {ms} ms{what}: {files}.");
        }
        Outcome::Failed(problems) => {
            super::report(&problems.0);
            eprintln!(
                "{}",
                if first {
                    "The site did not build; the browser shows these problems until a save fixes them."
                } else {
                    "This save did not build: still serving the last site that did. Fix the problem and save again."
                }
            );
        }
    }
}
