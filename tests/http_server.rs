//! The `http_server` example, served on a loopback port picked by each test and driven by a
//! real HTTP client (`ureq`) and by raw `TcpStream`s (pipelining, keep-alive, malformed and
//! slow requests); and its parser, `parse_requests` of the push parser example, on every
//! split of its input.
//!
//! Every client socket has a read timeout, so that a server that does not answer fails the
//! test instead of hanging it.

#[allow(dead_code)]
#[path = "../examples/http_server.rs"]
pub mod http_server;

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use coro_core::net::TcpListener;
use coro_core::sched::Scheduler;
use http_server::push_parser::{MAX_HEAD_LEN, Method, ParseError, Request, parse_stream};
use http_server::{Config, http_date, serve};

/// How long a client waits for any answer before the test fails.
const PATIENCE: Duration = Duration::from_secs(10);

/// Starts a server with `timeout` in a thread of its own (it serves until the test process
/// exits) and returns its address.
fn start(timeout: Duration) -> SocketAddr {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let sched = Scheduler::new();
        let listener = TcpListener::bind("127.0.0.1:0").expect("binding a loopback port");
        tx.send(listener.local_addr().expect("a bound address"))
            .expect("the test waits for the address");
        drop(sched.spawn(serve(listener, Config { timeout })));
        let _ = sched.run();
    });
    rx.recv_timeout(PATIENCE).expect("the server starts")
}

fn start_default() -> SocketAddr {
    start(Config::default().timeout)
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(PATIENCE))
        .http_status_as_error(false)
        .build()
        .into()
}

/// A response as a raw client reads it.
#[derive(Debug)]
struct Response {
    status_line: String,
    headers: Vec<(String, String)>,
    body: String,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

fn connect(addr: SocketAddr) -> BufReader<TcpStream> {
    let stream = TcpStream::connect(addr).expect("connecting to the server");
    stream
        .set_read_timeout(Some(PATIENCE))
        .expect("setting a read timeout");
    BufReader::new(stream)
}

/// Reads one response (its body by `Content-Length`), or `None` if the server closed the
/// connection before sending anything.
fn read_response(reader: &mut BufReader<TcpStream>) -> io::Result<Option<Response>> {
    let mut status_line = String::new();
    if reader.read_line(&mut status_line)? == 0 {
        return Ok(None);
    }
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line)?;
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            break;
        }
        let (name, value) = line.split_once(':').expect("a header field");
        headers.push((name.to_owned(), value.trim().to_owned()));
    }
    let mut response = Response {
        status_line: status_line.trim_end().to_owned(),
        headers,
        body: String::new(),
    };
    let length: usize = response
        .header("Content-Length")
        .expect("a Content-Length")
        .parse()
        .expect("a number");
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    response.body = String::from_utf8(body).expect("a UTF-8 body");
    Ok(Some(response))
}

/// Whether the server closes the connection (rather than sending more or waiting): the
/// end of the stream, or a reset (a server that drops a connection with bytes of the client
/// unread resets it).
fn closes(reader: &mut BufReader<TcpStream>) -> bool {
    let mut rest = Vec::new();
    match reader.read_to_end(&mut rest) {
        Ok(_) => rest.is_empty(),
        Err(error) => error.kind() == io::ErrorKind::ConnectionReset,
    }
}

fn get(path: &str) -> Vec<u8> {
    format!("GET {path} HTTP/1.1\r\nHost: test\r\n\r\n").into_bytes()
}

#[test]
fn answers_a_real_client() {
    let addr = start_default();
    let agent = agent();
    // One agent: the requests after the first reuse its connection.
    for _ in 0..3 {
        let routes = [
            ("/plaintext", "text/plain", "Hello, World!"),
            (
                "/json",
                "application/json",
                r#"{"message":"Hello, World!"}"#,
            ),
        ];
        for (path, content_type, body) in routes {
            let mut response = agent
                .get(format!("http://{addr}{path}"))
                .call()
                .expect("a GET");
            assert_eq!(response.status(), 200, "{path}");
            assert_eq!(
                response
                    .headers()
                    .get("content-type")
                    .and_then(|v| v.to_str().ok()),
                Some(content_type)
            );
            assert!(response.headers().contains_key("date"));
            assert_eq!(response.body_mut().read_to_string().expect("a body"), body);
        }

        let response = agent
            .get(format!("http://{addr}/nothing/here"))
            .call()
            .expect("GET /nothing/here");
        assert_eq!(response.status(), 404);

        // Another method on a known route: not served. Its body is skipped, so the
        // connection goes on with the next request.
        let response = agent
            .post(format!("http://{addr}/plaintext"))
            .send("a body to skip")
            .expect("POST /plaintext");
        assert_eq!(response.status(), 404);
    }
}

#[test]
fn keeps_the_connection_alive() {
    let addr = start_default();
    let mut client = connect(addr);
    for path in ["/plaintext", "/json", "/missing", "/plaintext"] {
        client.get_mut().write_all(&get(path)).expect("writing");
        let response = read_response(&mut client)
            .expect("reading")
            .expect("an answer");
        let expected = if path == "/missing" {
            "404 Not Found"
        } else {
            "200 OK"
        };
        assert_eq!(response.status_line, format!("HTTP/1.1 {expected}"));
        assert_eq!(response.header("Connection"), None);
    }

    // HTTP/1.1 with `Connection: close`: answered, then closed.
    client
        .get_mut()
        .write_all(b"GET /plaintext HTTP/1.1\r\nConnection: close\r\n\r\n")
        .expect("writing");
    let response = read_response(&mut client)
        .expect("reading")
        .expect("an answer");
    assert_eq!(response.header("Connection"), Some("close"));
    assert_eq!(response.body, "Hello, World!");
    assert!(closes(&mut client));

    // HTTP/1.0 closes by default, and stays open with `Connection: keep-alive`.
    let mut client = connect(addr);
    client
        .get_mut()
        .write_all(b"GET /json HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        .expect("writing");
    let response = read_response(&mut client)
        .expect("reading")
        .expect("an answer");
    assert_eq!(response.status_line, "HTTP/1.0 200 OK");
    assert_eq!(response.header("Connection"), Some("keep-alive"));
    client
        .get_mut()
        .write_all(b"GET /json HTTP/1.0\r\n\r\n")
        .expect("writing");
    let response = read_response(&mut client)
        .expect("reading")
        .expect("an answer");
    assert_eq!(response.body, r#"{"message":"Hello, World!"}"#);
    assert!(closes(&mut client));
}

#[test]
fn answers_pipelined_requests_in_order() {
    let addr = start_default();
    let paths = ["/plaintext", "/json", "/other"];
    let mut client = connect(addr);
    // 300 requests in one write, then 30 written a byte at a time.
    let batch: Vec<u8> = (0..300).flat_map(|i| get(paths[i % 3])).collect();
    client.get_mut().write_all(&batch).expect("writing");
    for i in 0..300 {
        let response = read_response(&mut client)
            .expect("reading")
            .expect("an answer");
        let expected = [
            "Hello, World!",
            r#"{"message":"Hello, World!"}"#,
            "Not Found",
        ][i % 3];
        assert_eq!(response.body, expected, "response {i}");
    }
    client
        .get_mut()
        .set_nodelay(true)
        .expect("setting TCP_NODELAY");
    let trickle: Vec<u8> = (0..30).flat_map(|i| get(paths[i % 3])).collect();
    for byte in &trickle {
        client.get_mut().write_all(&[*byte]).expect("writing");
    }
    for i in 0..30 {
        let response = read_response(&mut client)
            .expect("reading")
            .expect("an answer");
        assert_eq!(response.status_line.ends_with("404 Not Found"), i % 3 == 2);
    }
    // A request with a body, pipelined between two others: the body is skipped.
    let mut with_body = get("/json");
    with_body.extend_from_slice(b"POST /json HTTP/1.1\r\nContent-Length: 5\r\n\r\nGET /");
    with_body.extend_from_slice(&get("/plaintext"));
    client.get_mut().write_all(&with_body).expect("writing");
    let bodies: Vec<String> = (0..3)
        .map(|_| {
            read_response(&mut client)
                .expect("reading")
                .expect("an answer")
                .body
        })
        .collect();
    assert_eq!(
        bodies,
        [
            r#"{"message":"Hello, World!"}"#,
            "Not Found",
            "Hello, World!"
        ]
    );
}

#[test]
fn rejects_a_malformed_request_and_closes() {
    let addr = start_default();
    let long_header = {
        let mut head = b"GET / HTTP/1.1\r\nX-Long: ".to_vec();
        head.resize(MAX_HEAD_LEN + 100, b'a');
        head.extend_from_slice(b"\r\n\r\n");
        head
    };
    let cases: [&[u8]; 6] = [
        b"GET /plaintext HTTP/1.1\r\nHost example\r\n\r\n",
        b"BLAH\r\n\r\n",
        b"GET /plaintext HTTP/2.0\r\n\r\n",
        b"GET /plaintext HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n",
        b"GET /plaintext HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
        &long_header,
    ];
    for case in cases {
        let mut client = connect(addr);
        client.get_mut().write_all(case).expect("writing");
        let response = read_response(&mut client)
            .expect("reading")
            .expect("an answer");
        assert_eq!(response.status_line, "HTTP/1.1 400 Bad Request");
        assert_eq!(response.header("Connection"), Some("close"));
        assert!(closes(&mut client), "{:?}", String::from_utf8_lossy(case));
    }

    // The requests before a malformed one are answered, in the same batch.
    let mut client = connect(addr);
    let mut batch = get("/plaintext");
    batch.extend_from_slice(b"GET / HTTP/1.1\r\n: no name\r\n\r\n");
    batch.extend_from_slice(&get("/json"));
    client.get_mut().write_all(&batch).expect("writing");
    let first = read_response(&mut client)
        .expect("reading")
        .expect("an answer");
    assert_eq!(first.body, "Hello, World!");
    let second = read_response(&mut client)
        .expect("reading")
        .expect("an answer");
    assert_eq!(second.status_line, "HTTP/1.1 400 Bad Request");
    assert!(closes(&mut client));

    // The server still serves everyone else.
    let mut response = agent()
        .get(format!("http://{addr}/plaintext"))
        .call()
        .expect("GET /plaintext");
    assert_eq!(
        response.body_mut().read_to_string().expect("a body"),
        "Hello, World!"
    );
}

#[test]
fn closes_a_slow_client() {
    let timeout = Duration::from_millis(300);
    let addr = start(timeout);

    // Half a request, then nothing.
    let started = Instant::now();
    let mut slow = connect(addr);
    slow.get_mut().write_all(b"GET /plain").expect("writing");
    assert!(closes(&mut slow));
    let waited = started.elapsed();
    assert!(waited >= timeout, "closed after {waited:?}");
    assert!(waited < PATIENCE, "closed after {waited:?}");

    // A request trickling in, a byte every 50 ms: the deadline is for the whole request,
    // so more bytes do not keep the connection open.
    let mut trickle = connect(addr);
    let started = Instant::now();
    let mut closed = false;
    for byte in b"GET /plaintext HTTP/1.1\r\nX-Pad: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" {
        if trickle.get_mut().write_all(&[*byte]).is_err() {
            closed = true;
            break;
        }
        thread::sleep(Duration::from_millis(50));
    }
    assert!(closed || closes(&mut trickle));
    assert!(started.elapsed() < PATIENCE);

    // An idle keep-alive connection is closed after the timeout too, and one that asks in
    // time is answered.
    let mut client = connect(addr);
    client.get_mut().write_all(&get("/json")).expect("writing");
    assert!(read_response(&mut client).expect("reading").is_some());
    let started = Instant::now();
    assert!(closes(&mut client));
    assert!(started.elapsed() >= timeout.mul_f32(0.9));
}

#[test]
fn closes_a_client_that_stops_reading() {
    let timeout = Duration::from_millis(300);
    let addr = start(timeout);

    // Requests until the socket takes no more: the server's answers fill this client's
    // receive buffer, its write waits, it stops reading, and this client's sends fill up.
    let stream = TcpStream::connect(addr).expect("connecting to the server");
    stream.set_nonblocking(true).expect("a non-blocking socket");
    let requests = get("/plaintext").repeat(256);
    let mut refused = 0;
    let mut sent = 0usize;
    let started = Instant::now();
    while refused < 20 {
        assert!(started.elapsed() < PATIENCE, "the socket never filled");
        match (&stream).write(&requests) {
            Ok(n) => {
                sent += n;
                refused = 0;
            }
            Err(error) if error.kind() == io::ErrorKind::WouldBlock => {
                refused += 1;
                thread::sleep(Duration::from_millis(10));
            }
            Err(error) => panic!("writing: {error}"),
        }
    }
    assert!(sent > 0);

    // Without reading a byte: the server gives up on its write within a timeout and a
    // half, and closes the connection with this client's requests unread, which resets it.
    let stuck = Instant::now();
    let reset = loop {
        if let Some(error) = stream.take_error().expect("reading the socket's error") {
            break error;
        }
        assert!(stuck.elapsed() < PATIENCE, "the connection is still open");
        thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(reset.kind(), io::ErrorKind::ConnectionReset, "{reset}");
    let waited = stuck.elapsed();
    assert!(waited < timeout * 3, "closed after {waited:?}");
}

#[test]
fn http_dates() {
    assert_eq!(&http_date(0), b"Thu, 01 Jan 1970 00:00:00 GMT");
    assert_eq!(&http_date(784_111_777), b"Sun, 06 Nov 1994 08:49:37 GMT");
    assert_eq!(&http_date(951_782_400), b"Tue, 29 Feb 2000 00:00:00 GMT");
    assert_eq!(&http_date(4_102_444_799), b"Thu, 31 Dec 2099 23:59:59 GMT");
    // 2100 is not a leap year.
    assert_eq!(&http_date(4_107_542_400), b"Mon, 01 Mar 2100 00:00:00 GMT");
}

/// `parse_stream` on `input` whole, split in two at every position, in three at every pair
/// of positions, and byte by byte: the same requests and result every time.
fn parse_every_split(input: &[u8]) -> (Vec<Request>, Result<(), ParseError>) {
    let whole = parse_stream([input]);
    for i in 0..=input.len() {
        let (a, rest) = input.split_at(i);
        assert_eq!(parse_stream([a, rest]), whole, "split at {i}");
        for j in 0..=rest.len() {
            let (b, c) = rest.split_at(j);
            assert_eq!(parse_stream([a, b, c]), whole, "split at {i} and {}", i + j);
        }
    }
    assert_eq!(parse_stream(input.chunks(1)), whole, "byte by byte");
    whole
}

#[test]
fn stream_parser_is_independent_of_chunking() {
    let input = b"\r\nGET /plaintext HTTP/1.1\r\nHost: a\r\n\r\n\
POST /form HTTP/1.1\r\ncontent-length: 4\r\nConnection: Keep-Alive\r\n\r\nabcd\
GET /json HTTP/1.0\nConnection: keep-alive\n\n\
HEAD / HTTP/1.1\r\nConnection: upgrade, close\r\n\r\n";
    let (requests, result) = parse_every_split(input);
    assert_eq!(result, Ok(()));
    let summary: Vec<_> = requests
        .iter()
        .map(|r| {
            (
                r.method,
                r.target.as_str(),
                r.http11,
                r.keep_alive,
                r.content_length,
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (Method::Get, Some("/plaintext"), true, true, 0),
            (Method::Other, Some("/form"), true, true, 4),
            (Method::Get, Some("/json"), false, true, 0),
            (Method::Head, Some("/"), true, false, 0),
        ]
    );
}

#[test]
fn stream_parser_rejects_malformed_input() {
    let cases: [(&[u8], ParseError); 6] = [
        (
            b"GET / HTTP/1.1\r\nHost: a\r\n\r\nGET /  HTTP/1.1\r\n\r\n",
            ParseError::BadRequestLine("GET /  HTTP/1.1".to_owned()),
        ),
        (
            b"GET / HTTP/1.1\r\n folded: no\r\n\r\n",
            ParseError::BadHeader(" folded: no".to_owned()),
        ),
        (
            b"GET / HTTP/1.1\r\nContent-Length: 1\r\ncontent-length: 2\r\n\r\n",
            ParseError::BadHeader("content-length: 2".to_owned()),
        ),
        (
            b"GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n",
            ParseError::Unsupported("Transfer-Encoding: chunked".to_owned()),
        ),
        (b"GET / HTTP/1.1\r\nHost: a\r\n", ParseError::UnexpectedEnd),
        (
            b"POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc",
            ParseError::UnexpectedEnd,
        ),
    ];
    for (input, error) in cases {
        let (_, result) = parse_every_split(input);
        assert_eq!(result, Err(error), "{:?}", String::from_utf8_lossy(input));
    }
    // The requests before the error are yielded.
    let (requests, _) = parse_every_split(b"GET / HTTP/1.1\r\n\r\nGET /\xff HTTP/1.1\r\n\r\n");
    assert_eq!(requests.len(), 1);
}

#[test]
fn stream_parser_limits_the_head_and_the_target() {
    let mut long = b"GET / HTTP/1.1\r\nX-Long: ".to_vec();
    long.resize(MAX_HEAD_LEN + 10, b'a');
    long.extend_from_slice(b"\r\n\r\n");
    assert_eq!(parse_stream([&long[..]]).1, Err(ParseError::TooLarge));
    assert_eq!(parse_stream(long.chunks(100)).1, Err(ParseError::TooLarge));
    assert_eq!(parse_stream(long.chunks(1)).1, Err(ParseError::TooLarge));

    let target = format!("/{}", "x".repeat(100));
    let request = format!("GET {target} HTTP/1.1\r\n\r\n");
    let (requests, result) = parse_stream([request.as_bytes()]);
    assert_eq!(result, Ok(()));
    assert_eq!(requests[0].target.as_str(), None);
    let exact = format!(
        "/{}",
        "x".repeat(http_server::push_parser::MAX_TARGET_LEN - 1)
    );
    let request = format!("GET {exact} HTTP/1.1\r\n\r\n");
    let (requests, _) = parse_stream([request.as_bytes()]);
    assert_eq!(requests[0].target.as_str(), Some(exact.as_str()));
}
