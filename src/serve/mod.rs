//! `redraft serve`: the site built into memory, served over HTTP, rebuilt after every save, with
//! open pages told to reload.
//!
//! Three parts, each on its own thread(s):
//!
//! ```text
//! watch     notify's debouncer, on its own thread: batches of changed paths  ──┐
//! builder   one thread: reloads the portfolio, re-renders what changed, and  <─┘
//!           publishes a new Snapshot through a tokio watch channel           ──┐
//! http      axum on a small tokio runtime: pages from the latest Snapshot,   <─┘
//!           and a Server-Sent Events stream that wakes when one is published
//! ```
//!
//! A page is told to reload only once the snapshot holding the new build is in place, so it can
//! never fetch the old page. A build that fails leaves the last good files in the snapshot and
//! adds the problems, which pages show in an overlay until a save fixes them. Nothing is written
//! to disk: `serve` and `build` never touch each other's output.

mod http;
mod watch;

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime};

use bytes::Bytes;

use crate::build::{Counts, Renderer};
use crate::content::LiveLoad;
use crate::diagnostic::{Diagnostic, Problems};
use crate::output::SiteFile;
use crate::site::feeds;

/// How long the watcher waits for a burst of file events (an editor's save) to settle.
pub const DEBOUNCE: Duration = Duration::from_millis(100);

/// Where the live-reload script and event stream live. No piece can have this address (slugs
/// never start with `_`); a file in `static/__redraft/` would be hidden by the two routes.
pub const LIVE_PREFIX: &str = "/__redraft/";

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The address to listen on.
    pub bind: IpAddr,
    /// The port; 0 picks a free one.
    pub port: u16,
    /// Open the site in the default browser once it is ready.
    pub open: bool,
}

/// Why serving could not start or went on.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// Something else listens on the port.
    #[error("port {port} on {bind} is already in use")]
    PortBusy {
        /// The address.
        bind: IpAddr,
        /// The port.
        port: u16,
    },
    /// The address could not be used for another reason.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address asked for.
        addr: SocketAddr,
        /// What the system said.
        source: std::io::Error,
    },
    /// The portfolio folder could not be watched.
    #[error("cannot watch {path} for changes: {source}")]
    Watch {
        /// The folder.
        path: PathBuf,
        /// What the watcher said.
        source: notify::Error,
    },
    /// The HTTP server stopped with an error.
    #[error("the web server stopped: {0}")]
    Server(std::io::Error),
}

/// What `serve` has to say as it runs; the command line prints it.
#[derive(Debug)]
pub enum Report {
    /// The first build finished (or failed) and the server is listening.
    Ready {
        /// Where the site is served.
        url: String,
        /// How the first build went.
        build: BuildReport,
        /// Set when `--open` could not open a browser.
        open_failed: Option<String>,
    },
    /// A save led to a rebuild.
    Rebuilt(BuildReport),
    /// The watcher reported a problem (it goes on watching).
    WatchProblem(String),
    /// Ctrl-C: the server stopped.
    Stopped,
}

/// One build's outcome.
#[derive(Debug)]
pub struct BuildReport {
    /// From the settled save to the new snapshot being in place.
    pub took: Duration,
    /// What came of it.
    pub outcome: Outcome,
}

/// How a build went.
#[derive(Debug)]
pub enum Outcome {
    /// The site was built.
    Built {
        /// How many pieces, drafts and pages.
        counts: Counts,
        /// Pieces whose pages were rendered again, by URL path.
        rerendered: Vec<String>,
        /// Site files that differ from the last build.
        changed: usize,
        /// The previous build had failed and this one fixed it.
        recovered: bool,
        /// Problems that did not stop it.
        warnings: Vec<Diagnostic>,
    },
    /// The build failed; the last good site is still served.
    Failed(Problems),
}

/// A file of the site being served.
#[derive(Debug, Clone)]
enum Served {
    /// Made by the build, held in memory.
    Made(Bytes),
    /// Copied from the portfolio: streamed from disk when asked for, with the size and time it had
    /// when built.
    Copied {
        source: PathBuf,
        stamp: Option<(SystemTime, u64)>,
    },
}

impl Served {
    fn same_as(&self, other: &Served) -> bool {
        match (self, other) {
            (Served::Made(a), Served::Made(b)) => {
                (a.as_ptr() == b.as_ptr() && a.len() == b.len()) || a == b
            }
            (
                Served::Copied { source, stamp },
                Served::Copied {
                    source: other_source,
                    stamp: other_stamp,
                },
            ) => source == other_source && stamp == other_stamp && stamp.is_some(),
            _ => false,
        }
    }
}

/// The site as it is being served, and what the latest build said.
#[derive(Debug)]
pub struct Snapshot {
    /// Counts the builds that changed something; pages carry the one they were served from.
    generation: u64,
    /// The generation before this one, so a page that missed a step knows to reload.
    previous: u64,
    /// Every file of the last good build, by path from the site root.
    files: HashMap<String, Served>,
    /// The site files that differ from the previous generation.
    changed: Vec<String>,
    /// The problems of the latest build, when it failed.
    problems: Vec<String>,
    /// From the settled save to this snapshot, in milliseconds (for benchmarks and curious
    /// readers of the event stream).
    took_ms: u64,
}

/// Files of the site that no page loads but the search page, or none at all.
const NOT_FOR_PAGES: &[&str] = &[
    feeds::SEARCH_SCRIPT,
    feeds::SEARCH_INDEX,
    "feed.xml",
    "sitemap.xml",
    "robots.txt",
];

/// The page that loads the search index.
const SEARCH_PAGE: &str = "search/index.html";

impl Snapshot {
    /// What the live-reload script is told, as JSON.
    fn message(&self) -> String {
        // A long list (settings changed, every page differs) is sent as "everything", and so is
        // a change to a file every page may load (a stylesheet, an image). The search index is
        // loaded by the search page alone, and the feed and the like by no page.
        let everything = self.changed.len() > 500
            || self.changed.iter().any(|p| {
                p == "404.html" || !(p.ends_with(".html") || NOT_FOR_PAGES.contains(&p.as_str()))
            });
        let mut changed: Vec<&str> = Vec::new();
        if !everything {
            changed.extend(self.changed.iter().map(String::as_str));
            if changed.contains(&feeds::SEARCH_SCRIPT) && !changed.contains(&SEARCH_PAGE) {
                changed.push(SEARCH_PAGE);
            }
            changed.retain(|p| p.ends_with(".html"));
        }
        serde_json::json!({
            "generation": self.generation,
            "previous": self.previous,
            "everything": everything,
            "changed": changed,
            "problems": self.problems,
            "took_ms": self.took_ms,
        })
        .to_string()
    }
}

/// Serves the portfolio in `root` until Ctrl-C, telling `report` what happens.
pub fn serve(
    root: &Path,
    options: &ServeOptions,
    report: impl Fn(Report) + Send + Sync + 'static,
) -> Result<(), ServeError> {
    let addr = SocketAddr::new(options.bind, options.port);
    let listener = TcpListener::bind(addr).map_err(|source| {
        if source.kind() == std::io::ErrorKind::AddrInUse {
            ServeError::PortBusy {
                bind: options.bind,
                port: options.port,
            }
        } else {
            ServeError::Bind { addr, source }
        }
    })?;
    let local = listener
        .local_addr()
        .map_err(|source| ServeError::Bind { addr, source })?;
    let report = Arc::new(report);

    let (paths_tx, paths_rx) = mpsc::channel::<Vec<PathBuf>>();
    let watcher = watch::Watcher::start(root, paths_tx, {
        let report = report.clone();
        move |problem| report(Report::WatchProblem(problem))
    })?;

    watcher.follow_history(history_folders(root));
    let mut builder = Builder::new(root);
    let started = Instant::now();
    let empty = Snapshot {
        generation: 0,
        previous: 0,
        files: HashMap::new(),
        changed: Vec::new(),
        problems: Vec::new(),
        took_ms: 0,
    };
    let (first, outcome) = builder.build(&empty, &[], started);
    let (snapshots, _) = tokio::sync::watch::channel(Arc::new(first));

    let host = match options.bind {
        IpAddr::V6(ip) => format!("[{ip}]"),
        IpAddr::V4(ip) if ip.is_unspecified() => "localhost".to_string(),
        IpAddr::V4(ip) => ip.to_string(),
    };
    let url = format!("http://{host}:{}/", local.port());
    let open_failed = if options.open {
        open::that_detached(&url).err().map(|e| e.to_string())
    } else {
        None
    };
    report(Report::Ready {
        url,
        build: BuildReport {
            took: started.elapsed(),
            outcome,
        },
        open_failed,
    });

    let receiver = snapshots.subscribe();
    std::thread::Builder::new()
        .name("redraft-builder".into())
        .spawn({
            let report = report.clone();
            move || builder.run(&paths_rx, &watcher, &snapshots, &*report)
        })
        .map_err(ServeError::Server)?;

    http::run(listener, receiver).map_err(ServeError::Server)?;
    report(Report::Stopped);
    Ok(())
}

/// Rebuilds the site after each batch of changes, reading and rendering only what changed.
struct Builder {
    root: PathBuf,
    portfolio: LiveLoad,
    renderer: Renderer,
}

impl Builder {
    fn new(root: &Path) -> Builder {
        // The default output folder is never read, so a `redraft build` beside serve is harmless.
        let skip = [root.join("public")];
        Builder {
            root: root.to_path_buf(),
            portfolio: LiveLoad::new(root, &skip),
            renderer: Renderer::remembering(),
        }
    }

    /// Waits for batches of changed paths and publishes a snapshot after each; ends when the
    /// watcher goes away.
    fn run(
        &mut self,
        paths: &mpsc::Receiver<Vec<PathBuf>>,
        watcher: &watch::Watcher,
        snapshots: &tokio::sync::watch::Sender<Arc<Snapshot>>,
        report: &dyn Fn(Report),
    ) {
        // Each batch holds paths relative to the portfolio, every one of them a change that matters.
        while let Ok(mut batch) = paths.recv() {
            let started = Instant::now();
            // Saves that settled while the last build ran are built together.
            while let Ok(more) = paths.try_recv() {
                batch.extend(more);
            }
            watcher.follow_new_folders(&batch);
            if batch
                .iter()
                .any(|p| p == Path::new(crate::settings::FILE_NAME))
            {
                watcher.follow_history(history_folders(&self.root));
            }
            let changed: Vec<PathBuf> = batch.iter().map(|rel| self.root.join(rel)).collect();
            let current = snapshots.borrow().clone();
            let (next, outcome) = self.build(&current, &changed, started);
            snapshots.send_replace(Arc::new(next));
            report(Report::Rebuilt(BuildReport {
                took: started.elapsed(),
                outcome,
            }));
        }
    }

    /// Builds the site into a snapshot that follows `current`, after changes to the files in
    /// `changed` seen at `started`.
    fn build(
        &mut self,
        current: &Snapshot,
        changed: &[PathBuf],
        started: Instant,
    ) -> (Snapshot, Outcome) {
        let built = self.portfolio.load(changed).and_then(|loaded| {
            let mut warnings = loaded.warnings;
            let mut rendered = self.renderer.render(&loaded.portfolio)?;
            warnings.append(&mut rendered.warnings);
            Ok((rendered, warnings))
        });
        match built {
            Ok((rendered, warnings)) => {
                let files: HashMap<String, Served> = rendered
                    .files
                    .into_iter()
                    .map(|f| match f {
                        SiteFile::Made { path, bytes } => (path, Served::Made(bytes)),
                        SiteFile::Copied { path, source } => {
                            let stamp = std::fs::metadata(&source)
                                .ok()
                                .and_then(|m| Some((m.modified().ok()?, m.len())));
                            (path, Served::Copied { source, stamp })
                        }
                    })
                    .collect();
                let mut changed: Vec<String> = files
                    .iter()
                    .filter(|(path, file)| {
                        current
                            .files
                            .get(*path)
                            .is_none_or(|old| !old.same_as(file))
                    })
                    .map(|(path, _)| path.clone())
                    .chain(
                        current
                            .files
                            .keys()
                            .filter(|p| !files.contains_key(*p))
                            .cloned(),
                    )
                    .collect();
                changed.sort();
                let (generation, previous) = if changed.is_empty() {
                    (current.generation, current.previous)
                } else {
                    (current.generation + 1, current.generation)
                };
                let outcome = Outcome::Built {
                    counts: rendered.counts,
                    rerendered: rendered.rendered_pieces,
                    changed: changed.len(),
                    recovered: !current.problems.is_empty(),
                    warnings,
                };
                let snapshot = Snapshot {
                    generation,
                    previous,
                    files,
                    changed,
                    problems: Vec::new(),
                    took_ms: millis(started),
                };
                (snapshot, outcome)
            }
            Err(problems) => {
                let snapshot = Snapshot {
                    generation: current.generation,
                    previous: current.previous,
                    files: current.files.clone(),
                    changed: current.changed.clone(),
                    problems: problems.0.iter().map(ToString::to_string).collect(),
                    took_ms: millis(started),
                };
                (snapshot, Outcome::Failed(problems))
            }
        }
    }
}

/// The folders to watch for the `history:` sources that `redraft.yaml` names now (none when it
/// cannot be read: the build says why).
fn history_folders(root: &Path) -> Vec<(PathBuf, bool)> {
    let Ok((settings, _)) = crate::settings::Settings::load(root) else {
        return Vec::new();
    };
    settings
        .history
        .iter()
        .flat_map(|source| crate::git_history::watched(root, source))
        .collect()
}

fn millis(since: Instant) -> u64 {
    u64::try_from(since.elapsed().as_millis()).unwrap_or(u64::MAX)
}
