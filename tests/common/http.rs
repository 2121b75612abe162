//! A small HTTP client for talking to `redraft serve`, written by hand so that request paths
//! reach the server exactly as spelled (HTTP libraries tidy `..` away before sending). Shared by
//! `tests/serve.rs` and `benches/serve_latency.rs`.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// The port in the "Serving … at http://127.0.0.1:PORT/" line that `redraft serve` prints.
pub(crate) fn served_port(output: &str) -> Option<u16> {
    let at = output.find("http://127.0.0.1:")? + "http://127.0.0.1:".len();
    output[at..].split('/').next()?.parse().ok()
}

/// A response: status code, the head as text, the body (as text, and as the bytes sent).
pub(crate) struct Reply {
    pub(crate) status: u16,
    pub(crate) head: String,
    pub(crate) body: String,
    pub(crate) bytes: Vec<u8>,
}

impl Reply {
    /// The value of the header `name` (any case), if the response has it.
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().skip(1).find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.trim()
                .eq_ignore_ascii_case(name)
                .then_some(value.trim())
        })
    }
}

/// `GET path` from the server on `port` of this computer.
pub(crate) fn get(port: u16, path: &str) -> Reply {
    request(port, "GET", path, &[])
}

/// `method path` with extra `headers` (name, value), from the server on `port` of this computer.
pub(crate) fn request(port: u16, method: &str, path: &str, headers: &[(&str, &str)]) -> Reply {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    // A limit for failing (a server that hangs), not a speed goal.
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .expect("read timeout");
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).expect("send");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read");
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or(raw.len());
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let bytes = raw.get(split + 4..).unwrap_or_default().to_vec();
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Reply {
        status,
        head,
        body: String::from_utf8_lossy(&bytes).into_owned(),
        bytes,
    }
}

/// The live-reload event stream, read message by message.
pub(crate) struct Events {
    reader: BufReader<TcpStream>,
}

impl Events {
    /// Connects to the stream; a read that waits longer than `patience` fails.
    pub(crate) fn open(port: u16, patience: Duration) -> Events {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
        stream
            .set_read_timeout(Some(patience))
            .expect("read timeout");
        write!(
            stream,
            "GET /__redraft/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
        )
        .expect("send");
        Events {
            reader: BufReader::new(stream),
        }
    }

    /// The next message's data, as JSON.
    pub(crate) fn next(&mut self) -> serde_json::Value {
        let mut line = String::new();
        loop {
            line.clear();
            let n = self.reader.read_line(&mut line).expect("event stream");
            assert!(n > 0, "the event stream ended");
            if let Some(data) = line.trim_end().strip_prefix("data: ") {
                return serde_json::from_str(data).expect("JSON message");
            }
        }
    }
}
