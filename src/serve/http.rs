//! The web server of `serve`: site files from the latest [`Snapshot`], the live-reload script
//! and its event stream.
//!
//! Requests are answered from the snapshot's map of site files and nothing else, so no request
//! path, however spelled, reaches a file that is not part of the site: `..` and `.` segments
//! (raw or percent-encoded) are refused outright, and every other path is only ever a key.

use std::convert::Infallible;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use bytes::Bytes;
use futures_util::Stream;
use percent_encoding::{AsciiSet, CONTROLS, percent_decode_str, utf8_percent_encode};
use tokio::sync::watch;

use super::{LIVE_PREFIX, Served, Snapshot};
use crate::html::escape;

/// The live-reload script every HTML page gets while served.
const LIVE_JS: &str = include_str!("live.js");

/// What the server shares with every request.
#[derive(Clone)]
struct AppState {
    snapshots: watch::Receiver<Arc<Snapshot>>,
    /// Turns true when the server is stopping, to end the event streams.
    stopping: watch::Receiver<bool>,
}

/// Serves on `listener` until Ctrl-C (or a termination signal).
pub fn run(
    listener: std::net::TcpListener,
    snapshots: watch::Receiver<Arc<Snapshot>>,
) -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("redraft-http")
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        listener.set_nonblocking(true)?;
        let listener = tokio::net::TcpListener::from_std(listener)?;
        let (stop, stopping) = watch::channel(false);
        let app = Router::new()
            .route(&format!("{LIVE_PREFIX}events"), get(events))
            .route(&format!("{LIVE_PREFIX}live.js"), get(live_js))
            .fallback(site_file)
            .with_state(AppState {
                snapshots,
                stopping,
            });
        axum::serve(listener, app)
            .with_graceful_shutdown(async move {
                stop_signal().await;
                // Event streams never end by themselves; this ends them so the server can stop.
                let _ = stop.send(true);
            })
            .await
    })
}

/// Completes on Ctrl-C, or on SIGTERM where there is one.
async fn stop_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    () = ctrl_c => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => ctrl_c.await,
        }
    }
    #[cfg(not(unix))]
    ctrl_c.await;
}

/// What a request path names.
#[derive(Debug, PartialEq, Eq)]
enum Target {
    /// A file of the site, by its path from the site root (`essay/index.html`).
    File(String),
    /// A path that tries to climb out (`..`), or is not text.
    Refused,
}

/// Turns a request path into the site file it names: percent-decoded, empty segments dropped,
/// a trailing `/` meaning the folder's `index.html`.
fn resolve(path: &str) -> Target {
    let Ok(decoded) = percent_decode_str(path).decode_utf8() else {
        return Target::Refused;
    };
    let mut parts = Vec::new();
    for segment in decoded.split('/') {
        match segment {
            "" => {}
            "." | ".." => return Target::Refused,
            s if s.contains(['\\', '\0']) => return Target::Refused,
            s => parts.push(s),
        }
    }
    let mut key = parts.join("/");
    if key.is_empty() || decoded.ends_with('/') {
        if !key.is_empty() {
            key.push('/');
        }
        key.push_str("index.html");
    }
    Target::File(key)
}

/// Characters escaped when a site path goes back into a URL.
const PATH_SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}');

async fn site_file(State(state): State<AppState>, method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return (
            StatusCode::METHOD_NOT_ALLOWED,
            [(header::ALLOW, "GET, HEAD")],
            "Only GET and HEAD are served.\n",
        )
            .into_response();
    }
    let snapshot = state.snapshots.borrow().clone();
    let key = match resolve(uri.path()) {
        Target::File(key) => key,
        Target::Refused => {
            return (
                StatusCode::BAD_REQUEST,
                "This address climbs out of the site, so it is not served.\n",
            )
                .into_response();
        }
    };
    if let Some(file) = snapshot.files.get(&key) {
        return respond(&snapshot, &key, &key, file, StatusCode::OK).await;
    }
    // A folder asked for without its trailing slash: relative links need the slash.
    if snapshot.files.contains_key(&format!("{key}/index.html")) {
        let location: String = key
            .split('/')
            .map(|s| format!("/{}", utf8_percent_encode(s, PATH_SEGMENT)))
            .collect::<String>()
            + "/";
        return (
            StatusCode::TEMPORARY_REDIRECT,
            [(header::LOCATION, location)],
        )
            .into_response();
    }
    match snapshot.files.get("404.html") {
        Some(file) => respond(&snapshot, &key, "404.html", file, StatusCode::NOT_FOUND).await,
        None => {
            // The first build failed, so there is no site yet: a page that shows the problems.
            let page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
                <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
                <title>The site did not build</title></head><body><main>\
                <h1>The site did not build</h1><p>Fix the problems below and save: this page \
                updates by itself.</p></main></body></html>\n";
            let body = with_live_reload(page.as_bytes(), &snapshot, &key);
            html_response(StatusCode::SERVICE_UNAVAILABLE, body)
        }
    }
}

/// Sends `file` (the site file `served`, for the request that asked for `key`).
async fn respond(
    snapshot: &Snapshot,
    key: &str,
    served: &str,
    file: &Served,
    status: StatusCode,
) -> Response {
    let bytes = match file {
        Served::Made(bytes) => bytes.clone(),
        Served::Copied { source, .. } => match tokio::fs::read(source).await {
            Ok(bytes) => Bytes::from(bytes),
            // Gone since the build; the next build will say so.
            Err(_) => return (StatusCode::NOT_FOUND, "This file is gone.\n").into_response(),
        },
    };
    if served.ends_with(".html") {
        return html_response(status, with_live_reload(&bytes, snapshot, key));
    }
    let mime = mime_guess::from_path(served).first_or_octet_stream();
    let mut response = Response::new(Body::from(bytes));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(mime.as_ref()) {
        headers.insert(header::CONTENT_TYPE, value);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn html_response(status: StatusCode, body: String) -> Response {
    (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response()
}

/// The page with the live-reload script added (and the problems of a failed build shown), just
/// before `</body>`. The script learns which build the page came from and which file it is.
fn with_live_reload(html: &[u8], snapshot: &Snapshot, key: &str) -> String {
    let text = String::from_utf8_lossy(html);
    let at = text.rfind("</body>").unwrap_or(text.len());
    let mut out = String::with_capacity(text.len() + 512);
    out.push_str(&text[..at]);
    if !snapshot.problems.is_empty() {
        out.push_str(&problems_overlay(&snapshot.problems));
    }
    out.push_str(&format!(
        "<script src=\"{LIVE_PREFIX}live.js\" data-generation=\"{}\" data-file=\"{}\" defer></script>\n",
        snapshot.generation,
        escape(key).replace('"', "&quot;")
    ));
    out.push_str(&text[at..]);
    out
}

/// The overlay that shows a failed build's problems; `live.js` makes the same one.
fn problems_overlay(problems: &[String]) -> String {
    let text = problems
        .iter()
        .map(|p| escape(p).into_owned())
        .collect::<Vec<_>>()
        .join("\n\n");
    format!(
        "<div id=\"redraft-problems\" role=\"alert\" style=\"{OVERLAY_STYLE}\">\
         <p style=\"{TEXT_STYLE};margin:0 0 .5rem;font:bold 1.1rem system-ui,sans-serif\">This save did not build</p>\
         <p style=\"{TEXT_STYLE};margin:0 0 .75rem;font:1rem system-ui,sans-serif\">You are looking at the last \
         version that built. Fix what is named below and save: this page updates by itself.</p>\
         <pre style=\"{TEXT_STYLE};margin:0;padding:0;border:0;white-space:pre-wrap;font:.9rem/1.4 ui-monospace,monospace\">{text}</pre></div>\n"
    )
}

/// The panel's text colours, set on each element so the page's own styles cannot reach them.
const TEXT_STYLE: &str = "color:#f4f4f6;background:#1b1b1f";

/// Dark panel at the foot of the window, above the page, readable in light and dark themes.
const OVERLAY_STYLE: &str = "position:fixed;left:0;right:0;bottom:0;z-index:2147483647;\
    max-height:60vh;overflow:auto;margin:0;padding:1rem 1.25rem;background:#1b1b1f;color:#f4f4f6;\
    border-top:.4rem solid #e0484e;box-shadow:0 -.25rem 1rem rgba(0,0,0,.35);text-align:left";

async fn live_js() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        LIVE_JS
            .replace("OVERLAY_STYLE", OVERLAY_STYLE)
            .replace("TEXT_STYLE", TEXT_STYLE),
    )
        .into_response()
}

/// The live-reload stream: the current state at once, then each new snapshot's message.
async fn events(
    State(state): State<AppState>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let AppState {
        snapshots,
        stopping,
    } = state;
    let stream = futures_util::stream::unfold(
        (snapshots, stopping, true),
        |(mut snapshots, mut stopping, first)| async move {
            if !first {
                tokio::select! {
                    changed = snapshots.changed() => changed.ok()?,
                    _ = stopping.wait_for(|stop| *stop) => return None,
                }
            }
            let message = snapshots.borrow_and_update().message();
            let event = Event::default().event("state").data(message);
            Some((Ok(event), (snapshots, stopping, false)))
        },
    );
    Sse::new(stream).keep_alive(KeepAlive::default())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(key: &str) -> Target {
        Target::File(key.to_string())
    }

    #[test]
    fn paths_name_site_files() {
        assert_eq!(resolve("/"), file("index.html"));
        assert_eq!(resolve("/essay/"), file("essay/index.html"));
        assert_eq!(resolve("/essay"), file("essay"));
        assert_eq!(
            resolve("/essay//draft-2/"),
            file("essay/draft-2/index.html")
        );
        assert_eq!(resolve("/assets/redraft.css"), file("assets/redraft.css"));
        assert_eq!(resolve("/caf%C3%A9/"), file("café/index.html"));
    }

    #[test]
    fn climbing_out_is_refused_however_spelled() {
        for path in [
            "/../etc/passwd",
            "/essay/../../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E%2Fetc%2Fpasswd",
            "/essay/%2e%2e%2f%2e%2e%2fetc/passwd",
            "/..%5c..%5cwindows",
            "/./index.html",
            "/a%00b",
            "/%ff",
        ] {
            assert_eq!(resolve(path), Target::Refused, "{path}");
        }
    }

    #[test]
    fn an_absolute_path_is_only_a_key() {
        // `//etc/passwd` names the site file `etc/passwd`, which no site has.
        assert_eq!(resolve("//etc/passwd"), file("etc/passwd"));
    }
}
