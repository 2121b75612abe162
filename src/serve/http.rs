//! The web server of `serve`: site files from the latest [`Snapshot`], the live-reload script
//! and its event stream.
//!
//! Requests are answered from the snapshot's map of site files and nothing else, so no request
//! path, however spelled, reaches a file that is not part of the site: `..` and `.` segments
//! (raw or percent-encoded) are refused outright, and every other path is only ever a key.
//!
//! Files copied from the portfolio (`static/`, pieces' own files) are streamed from disk a chunk
//! at a time, with byte ranges and conditional requests, so a large video costs a connection a
//! few hundred kilobytes however slowly it is read; only HTML is read whole, to add the
//! live-reload script, and only up to a size.

use std::convert::Infallible;
use std::hash::Hasher;
use std::io::Read;
use std::path::Path;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, Request, StatusCode, Uri, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use bytes::Bytes;
use futures_util::Stream;
use percent_encoding::{AsciiSet, CONTROLS, percent_decode_str, utf8_percent_encode};
use rustc_hash::FxHasher;
use tokio::sync::watch;
use tower_http::services::ServeFile;

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
pub(super) fn run(
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

async fn site_file(
    State(state): State<AppState>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
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
    let asked = Asked {
        method: &method,
        headers: &headers,
    };
    if let Some(file) = snapshot.files.get(&key) {
        return respond(&snapshot, &key, &key, file, StatusCode::OK, &asked).await;
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
        Some(file) => {
            respond(
                &snapshot,
                &key,
                "404.html",
                file,
                StatusCode::NOT_FOUND,
                &asked,
            )
            .await
        }
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

/// Copied HTML files up to this size are read whole to add the live-reload script, as made
/// pages are; larger ones are streamed as they are, without it. Hand-written pages are far
/// smaller; the cap bounds what one request can hold, since each slow client of such a page
/// keeps its own copy until it has read it.
const LIVE_RELOAD_CAP: u64 = 1024 * 1024;

/// How much of a copied file is read at a time. However large the file, a connection streaming
/// it holds a chunk being read and what hyper queues for a socket that is not keeping up (at
/// most about 400 KiB): 0.6 MiB for a client that stopped reading, measured. Smaller chunks save
/// little of that and cost speed (16 KiB: 0.3 MiB, a quarter of the speed).
const CHUNK_SIZE: usize = 64 * 1024;

/// The request headers that matter to a file's answer.
struct Asked<'a> {
    method: &'a Method,
    headers: &'a HeaderMap,
}

/// Sends `file` (the site file `served`, for the request that asked for `key`).
async fn respond(
    snapshot: &Snapshot,
    key: &str,
    served: &str,
    file: &Served,
    status: StatusCode,
    asked: &Asked<'_>,
) -> Response {
    match file {
        // Pages carry the live-reload script, made for this request: never stored.
        Served::Made(bytes) if served.ends_with(".html") => {
            html_response(status, with_live_reload(bytes, snapshot, key))
        }
        Served::Made(bytes) => made_file(served, bytes, status, asked),
        Served::Copied { source, .. } => {
            copied_file(snapshot, key, served, source, status, asked).await
        }
    }
}

/// A file the build made that is not a page (CSS, JavaScript, the search index), with an `ETag`
/// from its bytes, so a browser asks again on every load (`no-cache`) and gets 304 while it is
/// unchanged. `Range` is not served on these: they are small, and browsers ask for them whole.
fn made_file(served: &str, bytes: &Bytes, status: StatusCode, asked: &Asked<'_>) -> Response {
    let etag = HeaderValue::try_from(made_etag(bytes)).ok();
    let unchanged = status == StatusCode::OK
        && etag.as_ref().is_some_and(|etag| {
            asked
                .headers
                .get(header::IF_NONE_MATCH)
                .is_some_and(|condition| none_match_fails(condition, etag))
        });
    let mut response = if unchanged {
        let mut response = Response::new(Body::empty());
        *response.status_mut() = StatusCode::NOT_MODIFIED;
        response
    } else {
        let mut response = Response::new(Body::from(bytes.clone()));
        *response.status_mut() = status;
        let mime = mime_guess::from_path(served).first_or_octet_stream();
        if let Ok(value) = HeaderValue::from_str(mime.as_ref()) {
            response.headers_mut().insert(header::CONTENT_TYPE, value);
        }
        response
    };
    let headers = response.headers_mut();
    if let Some(etag) = etag {
        headers.insert(header::ETAG, etag);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

/// A strong validator for a made file: its length and a hash of its bytes, quoted. A rebuild
/// that makes the same bytes keeps the tag. Hashed per request: a few milliseconds for the
/// largest (the search index), and only for the files that get a tag.
fn made_etag(bytes: &[u8]) -> String {
    let mut hasher = FxHasher::default();
    hasher.write(bytes);
    format!("\"{:x}-{:016x}\"", bytes.len(), hasher.finish())
}

/// Whether `If-None-Match` (`condition`) names `etag` (or is `*`), so the answer is 304. Weak
/// comparison, as RFC 9110 asks for this header.
fn none_match_fails(condition: &HeaderValue, etag: &HeaderValue) -> bool {
    let Ok(condition) = condition.to_str() else {
        return false;
    };
    let etag = etag.as_bytes();
    condition
        .split(',')
        .map(str::trim)
        .any(|tag| tag == "*" || tag.strip_prefix("W/").unwrap_or(tag).as_bytes() == etag)
}

/// A file copied from the portfolio, opened only if it is still a regular file: a FIFO put in
/// its place since the build would block the opening. HTML up to [`LIVE_RELOAD_CAP`] gets the
/// live-reload script; everything else is streamed.
async fn copied_file(
    snapshot: &Snapshot,
    key: &str,
    served: &str,
    source: &Path,
    status: StatusCode,
    asked: &Asked<'_>,
) -> Response {
    // A file swapped in between this look and the opening would be the portfolio writer's own
    // doing: nothing a request can do.
    match tokio::fs::metadata(source).await {
        Ok(meta) if meta.is_file() => {}
        _ => return gone(),
    }
    if served.ends_with(".html") {
        let path = source.to_path_buf();
        match tokio::task::spawn_blocking(move || read_at_most(&path, LIVE_RELOAD_CAP)).await {
            Ok(Ok(Some(page))) => {
                return html_response(status, with_live_reload(&page, snapshot, key));
            }
            Ok(Ok(None)) => {}
            _ => return gone(),
        }
    }
    stream_file(served, source, status, asked).await
}

/// The answer for a copied file that is gone (or no longer a regular file) since the build; the
/// next build will say so.
fn gone() -> Response {
    (StatusCode::NOT_FOUND, "This file is gone.\n").into_response()
}

/// The whole file if it is at most `limit` bytes long, `None` if it is longer.
fn read_at_most(source: &Path, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    let file = std::fs::File::open(source)?;
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// Streams a copied file from disk [`CHUNK_SIZE`] at a time, through tower-http's `ServeFile`:
/// single byte ranges (206, 416 when unsatisfiable; several ranges get the whole file, as
/// RFC 9110 allows), and `ETag` (size and modification time) with `Last-Modified`, both read
/// from one `stat` of the open file, with `If-None-Match` and `If-Modified-Since` answered 304.
async fn stream_file(
    served: &str,
    source: &Path,
    status: StatusCode,
    asked: &Asked<'_>,
) -> Response {
    let mime = mime_guess::from_path(served).first_or_octet_stream();
    let mut request = Request::new(());
    *request.method_mut() = asked.method.clone();
    // The 404 page answers other addresses: no conditions or ranges apply to it.
    if status == StatusCode::OK {
        for name in [
            header::IF_MATCH,
            header::IF_NONE_MATCH,
            header::IF_MODIFIED_SINCE,
            header::IF_UNMODIFIED_SINCE,
        ] {
            if let Some(value) = asked.headers.get(&name) {
                request.headers_mut().insert(name, value.clone());
            }
        }
        if let Some(range) = asked.headers.get(header::RANGE)
            && range_still_applies(source, asked.headers.get(header::IF_RANGE)).await
        {
            request.headers_mut().insert(header::RANGE, range.clone());
        }
    }
    // `new_with_mime` only panics on a type that is not a header value; mime_guess's are.
    let answer = ServeFile::new_with_mime(source, &mime)
        .with_buf_chunk_size(CHUNK_SIZE)
        .ignore_multi_range_requests(true)
        .try_call(request)
        .await;
    let response = match answer {
        Ok(response) => response,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return gone(),
        Err(_) => {
            return (
                StatusCode::INTERNAL_SERVER_ERROR,
                "This file could not be read.\n",
            )
                .into_response();
        }
    };
    let (mut parts, body) = response.into_parts();
    if status == StatusCode::OK {
        // Unlike pages, copied files are the same for every request: a browser may keep them but
        // asks again each time (`no-cache`), and an unchanged file costs a 304, not a download.
        parts
            .headers
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    } else {
        parts.status = status;
        for name in [header::ETAG, header::LAST_MODIFIED, header::ACCEPT_RANGES] {
            parts.headers.remove(name);
        }
        parts
            .headers
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    Response::from_parts(parts, Body::new(body))
}

/// Whether a `Range` should be served, given the request's `If-Range`: only if the file is still
/// the one the client has part of. `ServeFile` does not read `If-Range`, and sending a range of
/// a changed file would splice two versions, so the file's validators are asked for first.
async fn range_still_applies(source: &Path, if_range: Option<&HeaderValue>) -> bool {
    let Some(condition) = if_range else {
        return true;
    };
    let mut head = Request::new(());
    *head.method_mut() = Method::HEAD;
    match ServeFile::new(source).try_call(head).await {
        Ok(current) => if_range_holds(
            condition,
            current.headers().get(header::ETAG),
            current.headers().get(header::LAST_MODIFIED),
        ),
        Err(_) => false,
    }
}

/// RFC 9110's `If-Range`: an entity tag must match strongly, a date exactly.
fn if_range_holds(
    condition: &HeaderValue,
    etag: Option<&HeaderValue>,
    last_modified: Option<&HeaderValue>,
) -> bool {
    let current = if condition.as_bytes().starts_with(b"\"") {
        etag
    } else if condition.as_bytes().starts_with(b"W/") {
        return false;
    } else {
        last_modified
    };
    current.is_some_and(|current| current == condition)
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
        out.push_str(&problems_overlay(&snapshot.problems, &panel_words(&text)));
    }
    out.push_str(&format!(
        "<script src=\"{LIVE_PREFIX}live.js\" data-generation=\"{}\" data-file=\"{}\" defer></script>\n",
        snapshot.generation,
        escape(key).replace('"', "&quot;")
    ));
    out.push_str(&text[at..]);
    out
}

/// The panel's title and help in the site's language, from the words the page carries for its
/// script (`#redraft-words`, see `i18n::script_words`); English for a page without them.
fn panel_words(page: &str) -> [String; 2] {
    const START: &str = "<script type=\"application/json\" id=\"redraft-words\">";
    let carried: Option<serde_json::Value> = page.find(START).and_then(|at| {
        let json = &page[at + START.len()..];
        let end = json.find("</script>")?;
        serde_json::from_str(&json[..end]).ok()
    });
    let say = |id: &str, english: &str| {
        carried
            .as_ref()
            .and_then(|words| words.get(id))
            .and_then(serde_json::Value::as_str)
            .unwrap_or(english)
            .to_string()
    };
    [
        say("js-build-failed", "This save did not build"),
        say(
            "js-build-failed-help",
            "You are looking at the last version that built. Fix what is named below and save: this page updates by itself.",
        ),
    ]
}

/// The overlay that shows a failed build's problems, with its title and help (`words`);
/// `live.js` makes the same one.
fn problems_overlay(problems: &[String], words: &[String; 2]) -> String {
    let text = problems
        .iter()
        .map(|p| escape(p).into_owned())
        .collect::<Vec<_>>()
        .join("\n\n");
    let [title, help] = words.each_ref().map(|w| escape(w).into_owned());
    format!(
        "<div id=\"redraft-problems\" role=\"alert\" style=\"{OVERLAY_STYLE}\">\
         <p style=\"{TEXT_STYLE};margin:0 0 .5rem;font:bold 1.1rem system-ui,sans-serif\">{title}</p>\
         <p style=\"{TEXT_STYLE};margin:0 0 .75rem;font:1rem system-ui,sans-serif\">{help}</p>\
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
    fn the_problems_panel_speaks_the_pages_language() {
        let spanish = "<head><script type=\"application/json\" id=\"redraft-words\">{\"js-build-failed\":\"Este cambio no se pudo construir\"}</script></head>";
        let [title, help] = panel_words(spanish);
        assert_eq!(title, "Este cambio no se pudo construir");
        // A message the page does not carry, and a page with no words, are English.
        assert!(help.starts_with("You are looking at the last version"));
        assert_eq!(panel_words("<p>no words</p>")[0], "This save did not build");
        let panel = problems_overlay(&["a.md: <bad>".to_string()], &[title, help]);
        assert!(panel.contains(">Este cambio no se pudo construir</p>"));
        assert!(panel.contains("a.md: &lt;bad&gt;"));
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

    fn value(text: &str) -> HeaderValue {
        HeaderValue::from_str(text).expect("header value")
    }

    #[test]
    fn a_made_file_is_tagged_by_its_bytes() {
        let tag = made_etag(b"body { color: red }");
        assert!(tag.starts_with('"') && tag.ends_with('"'), "{tag}");
        assert_eq!(tag, made_etag(b"body { color: red }"));
        assert_ne!(tag, made_etag(b"body { color: blue }"));
        assert_ne!(made_etag(b""), made_etag(b"\0"));
    }

    #[test]
    fn if_none_match_names_the_tag_in_a_list_weakly_or_as_a_star() {
        let etag = value("\"2a-00ff\"");
        for condition in [
            "\"2a-00ff\"",
            "W/\"2a-00ff\"",
            "\"old\", \"2a-00ff\"",
            "\"old\",W/\"2a-00ff\"",
            "*",
        ] {
            assert!(none_match_fails(&value(condition), &etag), "{condition}");
        }
        for condition in ["\"old\"", "\"2a-00ff", "2a-00ff", "\"2a-00ff\"x", ""] {
            assert!(!none_match_fails(&value(condition), &etag), "{condition}");
        }
    }

    #[test]
    fn if_range_needs_the_same_strong_tag_or_the_exact_date() {
        let etag = value("\"6b12daa2.34ec0fd3-2dc6c0\"");
        let date = value("Fri, 04 Dec 2026 15:22:10 GMT");
        let holds = |condition: &str| if_range_holds(&value(condition), Some(&etag), Some(&date));
        assert!(holds("\"6b12daa2.34ec0fd3-2dc6c0\""));
        assert!(holds("Fri, 04 Dec 2026 15:22:10 GMT"));
        assert!(
            !holds("W/\"6b12daa2.34ec0fd3-2dc6c0\""),
            "weak tags never hold"
        );
        assert!(!holds("\"older\""));
        assert!(!holds("Fri, 04 Dec 2026 15:22:11 GMT"));
        // A validator the file does not have cannot be matched.
        assert!(!if_range_holds(&etag, None, Some(&date)));
    }

    #[test]
    fn a_copied_page_is_read_only_up_to_the_cap() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("page.html");
        std::fs::write(&path, "0123456789").expect("write");
        assert_eq!(
            read_at_most(&path, 10).expect("read").as_deref(),
            Some(&b"0123456789"[..])
        );
        assert_eq!(read_at_most(&path, 9).expect("read"), None);
    }

    #[test]
    fn an_absolute_path_is_only_a_key() {
        // `//etc/passwd` names the site file `etc/passwd`, which no site has.
        assert_eq!(resolve("//etc/passwd"), file("etc/passwd"));
    }
}
