//! A small HTTP client for talking to `redraft serve`, written by hand so that request paths
//! reach the server exactly as spelled (HTTP libraries tidy `..` away before sending). Shared by
//! `tests/serve.rs` and `benches/serve_latency.rs`.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// The port in the "Serving … at http://127.0.0.1:PORT/" line that `redraft serve` prints.
pub fn served_port(output: &str) -> Option<u16> {
    let at = output.find("http://127.0.0.1:")? + "http://127.0.0.1:".len();
    output[at..].split('/').next()?.parse().ok()
}

/// A response: status code, the head as text, the body.
pub struct Reply {
    pub status: u16,
    pub head: String,
    pub body: String,
}

/// `GET path` from the server on `port` of this computer.
pub fn get(port: u16, path: &str) -> Reply {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .expect("send");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read");
    let raw = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Reply {
        status,
        head: head.to_string(),
        body: body.to_string(),
    }
}

/// The live-reload event stream, read message by message.
pub struct Events {
    reader: BufReader<TcpStream>,
}

impl Events {
    /// Connects to the stream; a read that waits longer than `patience` fails.
    pub fn open(port: u16, patience: Duration) -> Events {
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
    pub fn next(&mut self) -> serde_json::Value {
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
