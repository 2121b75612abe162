//! `redraft serve` over real HTTP: the binary started on a free port, a portfolio changed the
//! ways writers and their editors change it, and the site and its live-reload stream checked
//! after each change.

mod common;

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::http::{Events, Reply, get, request, served_port};
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

    /// `GET path` with extra request headers.
    fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> Reply {
        request(self.port, "GET", path, headers)
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
fn a_new_commit_to_a_history_repository_shows_without_a_save() {
    use common::git::{commit, git};
    let p = Portfolio::new(
        "title: Notes\nhistory:\n  - repo: blog\n    posts: posts\n",
        &[],
    );
    let repo = p.path().join("blog");
    std::fs::create_dir_all(&repo).expect("mkdir");
    let day = "2026-04-01T10:00:00+00:00";
    git(&repo, day, &["init", "-q", "-b", "main"]);
    commit(
        &repo,
        day,
        "Start",
        &[("posts/tea.md", "# Tea\n\nTea is hot.\n")],
    );
    let server = Server::start(&p);
    server.wait_for_page("/tea/draft-1/", 200, "Tea is hot.");
    commit(
        &repo,
        "2026-04-02T10:00:00+00:00",
        "Say when",
        &[("posts/tea.md", "# Tea\n\nTea is hot at four.\n")],
    );
    server.wait_for_page("/tea/draft-2/", 200, "Tea is hot at four.");
    server.wait_for_page("/tea/", 200, "Say when");
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
fn a_custom_stylesheet_is_loaded_by_every_page_as_it_comes_changes_and_goes() {
    let p = class();
    let server = Server::start(&p);
    let mut events = Events::open(server.port, PATIENCE);
    let generation = |m: &serde_json::Value| m["generation"].as_u64().expect("generation");
    let before = generation(&events.next());
    // Made with its folder while serving: every page loads it, pages already rendered too, and
    // every open page reloads.
    p.write("static/custom.css", ":root { --accent: #8a2be2; }\n");
    let added = loop {
        let message = events.next();
        if generation(&message) > before {
            break message;
        }
    };
    assert_eq!(added["everything"], serde_json::json!(true), "{added}");
    server.wait_for_page("/", 200, "<link rel=\"stylesheet\" href=\"custom.css\">");
    server.wait_for_page("/essay/draft-1/", 200, "href=\"../../custom.css\"");
    server.wait_for_page("/custom.css", 200, "#8a2be2");

    // Edited, it is served anew, and every open page reloads for it.
    let before = generation(&added);
    p.write("static/custom.css", ":root { --accent: #b00b1e; }\n");
    let edited = loop {
        let message = events.next();
        if generation(&message) > before {
            break message;
        }
    };
    assert_eq!(edited["everything"], serde_json::json!(true), "{edited}");
    server.wait_for_page("/custom.css", 200, "#b00b1e");

    // Deleted, no page loads it any more.
    std::fs::remove_file(p.path().join("static/custom.css")).expect("rm");
    wait_for("pages to stop loading custom.css", || {
        (!server.get("/essay/").body.contains("custom.css")).then_some(())
    });
    assert_eq!(server.get("/custom.css").status, 404);
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
    // The terminal says so too (printed beside the page update, so it may come a moment later).
    wait_for("the terminal to report the failed save", || {
        server
            .output()
            .contains("This save did not build")
            .then_some(())
    });

    p.write(
        "pieces/essay/02-second.md",
        &draft("title: Essay\n", "Fixed, with an osprey."),
    );
    let page = server.wait_for_page("/essay/draft-2/", 200, "osprey");
    assert!(
        !page.body.contains("redraft-problems"),
        "the problem is gone"
    );
    wait_for("the terminal to report the fix", || {
        server.output().contains("Fixed.").then_some(())
    });
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

/// `len` bytes that differ from place to place (so a wrong offset shows), varied by `seed`.
fn large_file(len: usize, seed: u8) -> Vec<u8> {
    (0..len)
        .map(|i| ((i * 31 + i / 256) % 256) as u8 ^ seed)
        .collect()
}

/// A class with a film in `static/` of `len` bytes.
fn class_with_film(len: usize) -> (Portfolio, Vec<u8>) {
    let p = class();
    let film = large_file(len, 0);
    std::fs::create_dir_all(p.path().join("static")).expect("static");
    std::fs::write(p.path().join("static/film.mp4"), &film).expect("film");
    (p, film)
}

#[test]
fn a_large_static_file_is_streamed_whole_and_in_ranges() {
    let len = 3 * 1024 * 1024 + 7;
    let (p, film) = class_with_film(len);
    let server = Server::start(&p);

    let whole = server.get("/film.mp4");
    assert_eq!(whole.status, 200, "{}", whole.head);
    assert_eq!(
        whole.header("content-length"),
        Some(len.to_string().as_str())
    );
    assert!(whole.bytes == film, "the file arrives whole and unchanged");
    assert_eq!(whole.header("content-type"), Some("video/mp4"));
    assert_eq!(whole.header("accept-ranges"), Some("bytes"));
    // Copied files are kept by the browser but checked again on every use.
    assert_eq!(whole.header("cache-control"), Some("no-cache"));

    let part = server.get_with("/film.mp4", &[("Range", "bytes=100-199")]);
    assert_eq!(part.status, 206, "{}", part.head);
    assert_eq!(part.bytes, film[100..200]);
    assert_eq!(
        part.header("content-range"),
        Some(format!("bytes 100-199/{len}").as_str())
    );
    assert_eq!(part.header("content-length"), Some("100"));

    let tail = server.get_with("/film.mp4", &[("Range", "bytes=-10")]);
    assert_eq!(tail.status, 206, "{}", tail.head);
    assert_eq!(tail.bytes, film[len - 10..]);

    let beyond = server.get_with("/film.mp4", &[("Range", &format!("bytes={len}-"))]);
    assert_eq!(beyond.status, 416, "{}", beyond.head);
    assert_eq!(
        beyond.header("content-range"),
        Some(format!("bytes */{len}").as_str())
    );
    assert!(beyond.bytes.is_empty());

    // Several ranges at once are not served as parts: the whole file is (RFC 9110 allows it).
    let several = server.get_with("/film.mp4", &[("Range", "bytes=0-9,20-29")]);
    assert_eq!(several.status, 200, "{}", several.head);
    assert!(several.bytes == film);
}

#[test]
fn a_copied_file_answers_conditional_requests_until_it_changes() {
    let (p, film) = class_with_film(2 * 1024 * 1024);
    let server = Server::start(&p);
    let first = server.get("/film.mp4");
    let etag = first.header("etag").expect("an ETag").to_string();
    assert!(
        etag.starts_with('"') && etag.ends_with('"'),
        "a strong, quoted tag: {etag}"
    );
    let modified = first
        .header("last-modified")
        .expect("a Last-Modified")
        .to_string();

    let same = server.get_with("/film.mp4", &[("If-None-Match", &etag)]);
    assert_eq!(same.status, 304, "{}", same.head);
    assert!(same.bytes.is_empty());
    assert_eq!(same.header("etag"), Some(etag.as_str()));
    assert_eq!(same.header("last-modified"), Some(modified.as_str()));
    let listed = format!("\"other\", {etag}");
    assert_eq!(
        server
            .get_with("/film.mp4", &[("If-None-Match", &listed)])
            .status,
        304
    );
    let since = server.get_with("/film.mp4", &[("If-Modified-Since", &modified)]);
    assert_eq!(since.status, 304, "{}", since.head);
    assert!(since.bytes.is_empty());
    let other = server.get_with("/film.mp4", &[("If-None-Match", "\"something-else\"")]);
    assert_eq!(other.status, 200);
    assert!(other.bytes == film);
    // A range of the file the client has part of.
    let resumed = server.get_with(
        "/film.mp4",
        &[("Range", "bytes=10-19"), ("If-Range", &etag)],
    );
    assert_eq!(resumed.status, 206, "{}", resumed.head);
    assert_eq!(resumed.bytes, film[10..20]);

    // Another film of another length saved over it: the rebuild serves it, the old tag is stale.
    let new_film = large_file(2 * 1024 * 1024 + 1000, 0x5a);
    std::fs::write(p.path().join("static/film.mp4"), &new_film).expect("new film");
    let fresh = wait_for("the new film", || {
        let reply = server.get("/film.mp4");
        (reply.bytes == new_film).then_some(reply)
    });
    let new_etag = fresh.header("etag").expect("an ETag").to_string();
    assert_ne!(new_etag, etag);
    let stale = server.get_with("/film.mp4", &[("If-None-Match", &etag)]);
    assert_eq!(stale.status, 200, "{}", stale.head);
    assert!(stale.bytes == new_film);
    assert_eq!(
        server
            .get_with("/film.mp4", &[("If-None-Match", &new_etag)])
            .status,
        304
    );
    // A range asked for against the old film gets the whole new one, never a splice of two.
    let spliced = server.get_with(
        "/film.mp4",
        &[("Range", "bytes=10-19"), ("If-Range", &etag)],
    );
    assert_eq!(spliced.status, 200, "{}", spliced.head);
    assert!(spliced.bytes == new_film);
}

#[test]
fn made_files_carry_a_tag_and_pages_are_never_stored() {
    let p = class();
    let server = Server::start(&p);
    let css = server.get("/assets/redraft.css");
    assert_eq!(css.status, 200);
    assert_eq!(css.header("cache-control"), Some("no-cache"));
    let etag = css.header("etag").expect("an ETag").to_string();
    let same = server.get_with("/assets/redraft.css", &[("If-None-Match", &etag)]);
    assert_eq!(same.status, 304, "{}", same.head);
    assert!(same.bytes.is_empty());
    // If-None-Match compares weakly.
    let weak = format!("W/{etag}");
    assert_eq!(
        server
            .get_with("/assets/redraft.css", &[("If-None-Match", &weak)])
            .status,
        304
    );
    assert_eq!(
        server
            .get_with("/assets/redraft.css", &[("If-None-Match", "\"other\"")])
            .status,
        200
    );

    // Pages carry the live-reload script made for each request: no tag, never stored.
    let home = server.get_with("/", &[("If-None-Match", "*")]);
    assert_eq!(home.status, 200);
    assert_eq!(home.header("etag"), None);
    assert_eq!(home.header("cache-control"), Some("no-store"));

    // A made file that changes gets a new tag, and the old one no longer matches.
    let index = server.get("/search-index.json");
    let index_etag = index.header("etag").expect("an ETag").to_string();
    p.write(
        "pieces/essay/02-second.md",
        &draft("", "The second try, now with a bittern."),
    );
    let changed = wait_for("the new search index", || {
        let reply = server.get("/search-index.json");
        reply.body.contains("bittern").then_some(reply)
    });
    assert_ne!(changed.header("etag"), Some(index_etag.as_str()));
    assert_eq!(
        server
            .get_with("/search-index.json", &[("If-None-Match", &index_etag)])
            .status,
        200
    );
}

#[test]
fn a_copied_page_gets_live_reload_up_to_a_size() {
    let p = class();
    std::fs::create_dir_all(p.path().join("static")).expect("static");
    std::fs::write(
        p.path().join("static/small.html"),
        "<!DOCTYPE html><html><body><p>Small.</p></body></html>\n",
    )
    .expect("small page");
    // Past the cap (1 MiB): streamed as it is.
    let mut large = String::from("<!DOCTYPE html><html><body>\n");
    while large.len() < 2 * 1024 * 1024 {
        large.push_str("<p>A long hand-written page, line after line after line.</p>\n");
    }
    large.push_str("</body></html>\n");
    std::fs::write(p.path().join("static/large.html"), &large).expect("large page");
    let server = Server::start(&p);

    let small = server.get("/small.html");
    assert_eq!(small.status, 200);
    assert!(small.body.contains("<script src=\"/__redraft/live.js\""));
    assert_eq!(small.header("cache-control"), Some("no-store"));

    let served = server.get("/large.html");
    assert_eq!(served.status, 200);
    assert!(
        served
            .header("content-type")
            .is_some_and(|t| t.starts_with("text/html"))
    );
    assert!(served.body == large, "served whole, without the script");
    assert!(served.header("etag").is_some());
}

#[cfg(unix)]
#[test]
fn a_copied_file_that_is_no_longer_a_file_is_not_opened() {
    let p = class();
    std::fs::create_dir_all(p.path().join("static")).expect("static");
    // A FIFO: opening it would wait for a writer, for ever.
    let made = Command::new("mkfifo")
        .arg(p.path().join("static/pipe.bin"))
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let server = Server::start(&p);
    let reply = server.get("/pipe.bin");
    assert_eq!(reply.status, 404, "{}", reply.head);
    let reply = server.get_with("/pipe.bin", &[("Range", "bytes=0-9")]);
    assert_eq!(reply.status, 404, "{}", reply.head);
    // The server still answers.
    assert_eq!(server.get("/").status, 200);
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
