//! Save-to-reload latency of `redraft serve` on a generated portfolio (1,000 pieces × 4 drafts ×
//! 1,000 words unless told otherwise).
//!
//! ```text
//! cargo bench --bench serve_latency                      # 1,000 pieces, 20 saves
//! cargo bench --bench serve_latency -- PIECES SAVES      # another size
//! ```
//!
//! It starts the real binary on a free port, listens to the live-reload stream as a browser
//! would, then saves a draft of a different piece each time (a sentence added to the latest
//! draft) and waits for the message that names the changed page, then fetches that page as the
//! reloading browser would. It reports, per save:
//!
//! - after the debounce: the server's own figure, from the settled save to the new site being in
//!   place (the message is sent right after);
//! - save to message: the whole wait, the 100 ms debounce included;
//! - save to page: the above plus fetching the new page.

#[path = "../tests/common/http.rs"]
mod http;
#[path = "support/portfolio.rs"]
mod portfolio;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let pieces = args.first().copied().unwrap_or(1000);
    let saves = args.get(1).copied().unwrap_or(20);
    let dir = tempfile::tempdir().expect("temp dir");
    let shape = portfolio::Shape {
        pieces,
        drafts: 4,
        words: 1000,
        seed: 7,
    };
    portfolio::write(dir.path(), shape).expect("write portfolio");

    let mut child = Command::new(env!("CARGO_BIN_EXE_redraft"))
        .args(["serve", &dir.path().to_string_lossy(), "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start redraft serve");
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut port = None;
    let mut line = String::new();
    while port.is_none() && out.read_line(&mut line).expect("read") > 0 {
        print!("  serve: {line}");
        port = http::served_port(&line);
        line.clear();
    }
    let port: u16 = port.expect("serve printed its address");
    // Keep reading serve's output so it never blocks on a full pipe.
    std::thread::spawn(move || for _ in out.lines() {});

    let mut events = http::Events::open(port, Duration::from_secs(60));
    events.next();
    let mut after_debounce = Vec::new();
    let mut to_message = Vec::new();
    let mut to_page = Vec::new();
    let mut rng = portfolio::Rng(11);
    for save in 0..saves {
        let p = (save * 7919) % pieces;
        let folder = format!("writer-{:03}/piece-{p:05}", p / 10);
        let file = dir.path().join("pieces").join(&folder).join("04-draft.md");
        let mut text = std::fs::read_to_string(&file).expect("read draft");
        text.push_str(&format!("\n{}\n", portfolio::sentence(&mut rng)));
        let page = format!("piece-{p:05}/draft-4/index.html");

        std::thread::sleep(Duration::from_millis(300));
        let saved = Instant::now();
        std::fs::write(&file, text).expect("save draft");
        let took_ms = loop {
            let message = events.next();
            let names_page = message["changed"].as_array().is_some_and(|c| {
                c.iter()
                    .any(|f| f.as_str().is_some_and(|f| f.ends_with(&page)))
            });
            if names_page || message["everything"] == serde_json::json!(true) {
                break message["took_ms"].as_u64().expect("took_ms");
            }
        };
        to_message.push(saved.elapsed());
        let url = format!("/writer-{:03}/{page}", p / 10);
        let fetched = http::get(port, &url);
        assert_eq!(fetched.status, 200, "{url} answered: {}", fetched.head);
        to_page.push(saved.elapsed());
        after_debounce.push(Duration::from_millis(took_ms));
    }
    let _ = child.kill();
    let _ = child.wait();

    println!(
        "\n{pieces} pieces × 4 drafts × 1,000 words, {saves} saves (debounce {} ms):",
        redraft::serve::DEBOUNCE.as_millis()
    );
    report("after the debounce (server)", &mut after_debounce);
    report("save to message", &mut to_message);
    report("save to page fetched", &mut to_page);
}

fn report(what: &str, times: &mut [Duration]) {
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize].as_secs_f64() * 1e3;
    println!(
        "  {what:<28} median {:6.1} ms   p90 {:6.1} ms   max {:6.1} ms",
        at(0.5),
        at(0.9),
        at(1.0)
    );
}
