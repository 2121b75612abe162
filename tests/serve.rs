//! `redraft serve` over real HTTP: the binary started on a free port, a portfolio changed the
//! ways writers and their editors change it, and the site and its live-reload stream checked
//! after each change.

mod common;

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::http::{Events, Reply, get, served_port};
use common::*;

/// How long a change may take to show before a test gives up. Generous: CI machines stall. This
/// is a limit for failing, not a speed goal (that is `benches/serve_latency.rs`).
const PATIENCE: Duration = Duration::from_secs(30);

fn draft(front: &str, body: &str) -> String {
    format!("---\n{front}---\n{body}\n")
}

fn class() -> Portfolio {
    Portfolio::new(
        "title: Serve test\n",
        &[
            (
                "pieces/essay/01-first.md",
                &draft("title: Essay\n", "The first try at an essay."),
            ),
            (
                "pieces/essay/02-second.md",
                &draft("", "The second try at an essay, longer."),
            ),
            (
                "pieces/poem/01-only.md",
                &draft("title: Poem\n", "A short poem."),
            ),
        ],
    )
}

/// A running `redraft serve`, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
    output: Arc<Mutex<String>>,
}

impl Server {
    fn start(p: &Portfolio) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_redraft"))
            .args(["serve", &p.path().to_string_lossy(), "--port", "0"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start redraft serve");
        let output = Arc::new(Mutex::new(String::new()));
        for stream in [
            Box::new(child.stdout.take().expect("stdout")) as Box<dyn Read + Send>,
            Box::new(child.stderr.take().expect("stderr")),
        ] {
            let output = output.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    let mut out = output.lock().expect("lock");
                    out.push_str(&line);
                    out.push('\n');
                }
            });
        }
        let port = wait_for("the server to say where it serves", || {
            served_port(&output.lock().expect("lock"))
        });
        Server {
            child,
            port,
            output,
        }
    }

    fn get(&self, path: &str) -> Reply {
        get(self.port, path)
    }

    /// Waits until the page at `path` answers `status` with `text` in it.
    fn wait_for_page(&self, path: &str, status: u16, text: &str) -> Reply {
        wait_for(&format!("{path} to answer {status} with {text:?}"), || {
            let reply = self.get(path);
            (reply.status == status && reply.body.contains(text)).then_some(reply)
        })
    }

    fn output(&self) -> String {
        self.output.lock().expect("lock").clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Polls `check` until it gives a value; panics after [`PATIENCE`].
fn wait_for<T>(what: &str, mut check: impl FnMut() -> Option<T>) -> T {
    let started = Instant::now();
    loop {
        if let Some(value) = check() {
            return value;
        }
        assert!(started.elapsed() < PATIENCE, "gave up waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn serves_the_site_with_live_reload_added() {
    let p = class();
    let server = Server::start(&p);
    let home = server.get("/");
    assert_eq!(home.status, 200);
    assert!(home.head.contains("text/html"), "{}", home.head);
    assert!(home.body.contains(">Essay</a>"), "{}", home.body);
    assert!(
        home.body.contains("<script src=\"/__redraft/live.js\""),
        "live reload is added"
    );
    let css = server.get("/assets/redraft.css");
    assert_eq!(css.status, 200);
    assert!(css.head.contains("text/css"), "{}", css.head);
    assert!(
        server
            .get("/__redraft/live.js")
            .body
            .contains("EventSource")
    );
    // A folder without its slash is sent to the folder, so relative links work.
    let folder = server.get("/essay");
    assert_eq!(folder.status, 307);
    assert!(folder.head.contains("location: /essay/"), "{}", folder.head);
    let missing = server.get("/no/such/page/");
    assert_eq!(missing.status, 404);
    assert!(missing.body.contains("<script src=\"/__redraft/live.js\""));
    // Nothing is written to disk.
    assert!(!p.site().exists(), "serve wrote a site folder");
}

#[test]
fn an_edit_in_place_shows_and_reloads_only_after_the_rebuild() {
    let p = class();
    let server = Server::start(&p);
    let mut events = Events::open(server.port, PATIENCE);
    let hello = events.next();
    let generation = hello["generation"].as_u64().expect("generation");
    assert_eq!(hello["problems"], serde_json::json!([]));

    p.write(
        "pieces/essay/02-second.md",
        &draft("", "The second try, now with a kestrel in it."),
    );
    let message = events.next();
    assert_eq!(message["generation"].as_u64(), Some(generation + 1));
    assert_eq!(message["previous"].as_u64(), Some(generation));
    // The search index changed too, but only the search page loads it.
    assert_eq!(message["everything"], serde_json::json!(false));
    let changed: Vec<&str> = message["changed"]
        .as_array()
        .expect("changed")
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert!(changed.contains(&"essay/draft-2/index.html"), "{changed:?}");
    assert!(
        changed.contains(&"index.html"),
        "the home page lists it: {changed:?}"
    );
    assert!(
        changed.contains(&"search/index.html"),
        "the search page loads the index of the words: {changed:?}"
    );
    // Only the edited piece and the pages and indexes listing it changed.
    let lists_pieces = |f: &str| {
        [
            "index.html",
            "search/index.html",
            "search-index.json",
            "search-index.js",
        ]
        .contains(&f)
            || ["writers/", "assignments/", "tags/", "showcase/"]
                .iter()
                .any(|group| f.starts_with(group))
    };
    assert!(
        changed
            .iter()
            .all(|f| f.starts_with("essay/") || lists_pieces(f)),
        "{changed:?}"
    );
    // The message came after the new site was in place: the very next request has the edit.
    let page = server.get("/essay/draft-2/");
    assert!(page.body.contains("kestrel"), "{}", page.body);
    // The terminal line is printed after the browsers are told, so it may trail a little.
    wait_for("the rebuild line naming the piece", || {
        server.output().contains("re-rendered essay").then_some(())
    });
}

#[test]
fn an_editor_save_through_a_temporary_file_and_rename_is_seen() {
    let p = class();
    let server = Server::start(&p);
    // VS Code, Emacs and most "atomic save" editors: write a temporary file, rename it over.
    p.write(
        "pieces/essay/.02-second.md.tmp",
        &draft("", "Saved by rename, with a heron."),
    );
    std::fs::rename(
        p.path().join("pieces/essay/.02-second.md.tmp"),
        p.path().join("pieces/essay/02-second.md"),
    )
    .expect("rename");
    server.wait_for_page("/essay/draft-2/", 200, "heron");

    // Vim with a backup: the file is renamed away, written anew, the backup deleted.
    let file = p.path().join("pieces/poem/01-only.md");
    let backup = p.path().join("pieces/poem/01-only.md~");
    std::fs::rename(&file, &backup).expect("rename to backup");
    p.write("pieces/poem/4913", "");
    std::fs::remove_file(p.path().join("pieces/poem/4913")).expect("vim's test file");
    p.write(
        "pieces/poem/01-only.md",
        &draft("title: Poem\n", "Saved the vim way, with an egret."),
    );
    std::fs::remove_file(&backup).expect("remove backup");
    server.wait_for_page("/poem/draft-1/", 200, "egret");
    // The swap and backup files were never published.
    assert_eq!(server.get("/poem/01-only.md~").status, 404);
}

#[test]
fn a_moved_draft_and_a_new_piece_appear() {
    let p = class();
    let server = Server::start(&p);
    // `mv` renumbers a draft: a rename event with both paths.
    std::fs::rename(
        p.path().join("pieces/essay/02-second.md"),
        p.path().join("pieces/essay/03-second.md"),
    )
    .expect("mv");
    server.wait_for_page("/essay/draft-3/", 200, "The second try");
    server.wait_for_page("/essay/draft-2/", 404, "");

    // A whole new piece: a new folder, then its first draft.
    p.write(
        "pieces/letter/01-dear.md",
        &draft("title: A letter\n", "Dear reader, hello."),
    );
    server.wait_for_page("/letter/draft-1/", 200, "Dear reader");
    server.wait_for_page("/", 200, ">A letter</a>");

    // A piece moved to another folder leaves its old address.
    std::fs::rename(p.path().join("pieces/poem"), p.path().join("pieces/verse"))
        .expect("mv folder");
    server.wait_for_page("/verse/draft-1/", 200, "A short poem.");
    server.wait_for_page("/poem/draft-1/", 404, "");
}

#[test]
fn a_bad_edit_keeps_the_last_site_and_shows_the_problem_until_fixed() {
    let p = class();
    let server = Server::start(&p);
    let mut events = Events::open(server.port, PATIENCE);
    events.next();

    p.write(
        "pieces/essay/02-second.md",
        "---\ntitle: [unclosed\n---\nBroken text.\n",
    );
    let message = events.next();
    let problems = message["problems"].as_array().expect("problems");
    assert_eq!(problems.len(), 1, "{message}");
    let problem = problems[0].as_str().expect("text");
    assert!(
        problem.contains("02-second.md:") && problem.contains("front matter"),
        "the problem names the file, its line and what is wrong: {problem}"
    );
    // Still serving the last good site, with the problem shown over it.
    let page = server.get("/essay/draft-2/");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("The second try at an essay"));
    assert!(
        page.body.contains("id=\"redraft-problems\""),
        "{}",
        page.body
    );
    let at = page.body.find("02-second.md:").expect("the file is named") + "02-second.md:".len();
    assert!(
        page.body[at..].starts_with(|c: char| c.is_ascii_digit()),
        "and the line: {}",
        &page.body[at..]
    );
    assert!(server.output().contains("This save did not build"));

    p.write(
        "pieces/essay/02-second.md",
        &draft("title: Essay\n", "Fixed, with an osprey."),
    );
    let page = server.wait_for_page("/essay/draft-2/", 200, "osprey");
    assert!(
        !page.body.contains("redraft-problems"),
        "the problem is gone"
    );
    assert!(server.output().contains("Fixed."), "{}", server.output());
}

#[test]
fn a_portfolio_that_never_built_shows_its_problems_then_the_site() {
    let p = Portfolio::new(
        "title: Broken from the start\n",
        &[("pieces/essay/01.md", "---\ndraft: one\n---\nText.\n")],
    );
    let server = Server::start(&p);
    let page = server.get("/");
    assert_eq!(page.status, 503);
    assert!(page.body.contains("01.md:2:"), "{}", page.body);
    p.write("pieces/essay/01.md", &draft("draft: 1\n", "Text, mended."));
    server.wait_for_page("/essay/draft-1/", 200, "Text, mended.");
}

#[test]
fn requests_cannot_leave_the_site() {
    let p = class();
    // A secret beside the portfolio, and a link to it from inside.
    let secret = p
        .path()
        .parent()
        .expect("parent")
        .join(format!("redraft-secret-{}.txt", std::process::id()));
    std::fs::write(&secret, "TOP-SECRET-CANARY").expect("secret");
    std::fs::create_dir_all(p.path().join("static")).expect("static");
    std::fs::write(p.path().join("static/ok.txt"), "fine").expect("static file");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&secret, p.path().join("static/leak.txt")).expect("symlink");
    let server = Server::start(&p);
    assert_eq!(server.get("/ok.txt").body, "fine");

    let name = secret
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    let absolute = secret.to_string_lossy().into_owned();
    for path in [
        format!("/../{name}"),
        format!("/essay/../../{name}"),
        format!("/%2e%2e/{name}"),
        format!("/%2E%2E%2F{name}"),
        format!("/essay/..%2f..%2f{name}"),
        format!("/..%5c{name}"),
        absolute.clone(),
        format!("/{absolute}"),
        "/../../../../../../etc/passwd".to_string(),
        "/leak.txt".to_string(),
        "/redraft.yaml".to_string(),
        "/pieces/essay/01-first.md".to_string(),
    ] {
        let reply = server.get(&path);
        assert!(
            reply.status == 400 || reply.status == 404,
            "{path}: {}",
            reply.status
        );
        assert!(!reply.body.contains("TOP-SECRET-CANARY"), "{path} leaked");
        assert!(!reply.body.contains("root:"), "{path} leaked");
    }
    assert!(
        server.output().contains("leak.txt") && server.output().contains("outside the portfolio"),
        "the link out is named: {}",
        server.output()
    );
    let _ = std::fs::remove_file(secret);
}

#[test]
fn a_busy_port_is_named_with_what_to_do() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = taken.local_addr().expect("addr").port().to_string();
    let p = class();
    let o = redraft(&["serve", &p.path().to_string_lossy(), "--port", &port]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains(&format!("port {port}")), "{err}");
    assert!(err.contains("--port"), "{err}");
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_cleanly() {
    let p = class();
    let mut server = Server::start(&p);
    // An open live-reload stream must not hold the server up.
    let mut events = Events::open(server.port, PATIENCE);
    events.next();
    let status = Command::new("kill")
        .args(["-INT", &server.child.id().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
    let exit = wait_for("serve to stop", || server.child.try_wait().ok().flatten());
    assert!(exit.success(), "{exit:?}");
    wait_for("the goodbye", || {
        server.output().contains("Stopped.").then_some(())
    });
}
