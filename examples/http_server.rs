//! An HTTP/1.1 server: one task per connection, with keep-alive and pipelining.
//!
//! ```sh
//! cargo run --release --example http_server -- --port 8080
//! curl -i http://127.0.0.1:8080/plaintext
//! ```
//!
//! `GET /plaintext` answers `Hello, World!` (`text/plain`), `GET /json` answers
//! `{"message":"Hello, World!"}`, anything else 404. Options: `--port N` (default 8080),
//! `--bind ADDR` (default 127.0.0.1), `--timeout SECONDS` (default 10), `--schedulers N`
//! (default 1: see [`start`]).
//!
//! Each connection is a task written as straight-line code: read, parse, answer, repeat.
//! The parser is the push parser of `examples/push_parser.rs` ([`parse_requests`]), one per
//! connection, resumed with each chunk read; a request cut anywhere between two reads is
//! fine. What the server does per connection:
//!
//! - **pipelining**: every request that a read completes is answered, and the answers go out
//!   together in one `write_all!`;
//! - **keep-alive**: the connection stays open after a response, unless the request asked
//!   otherwise (`Connection: close`, or HTTP/1.0 without `Connection: keep-alive`);
//! - **errors**: a malformed request gets `400 Bad Request` and the connection is closed
//!   (after the answers to the requests before it);
//! - **slow clients**: a request must be complete within the timeout of the moment the
//!   server starts waiting for it (when the connection opens, or when the previous answers
//!   were written), and a client must take the answers written to it within the timeout
//!   (it is cut off between one and one and a half timeouts after the write began), or the
//!   connection is closed. Each connection keeps its deadline where a
//!   task of the server ([`sweep`]) looks at it four times per timeout, and shuts down the
//!   socket of every connection past it: the connection's pending read then ends. A request
//!   thus arms no timer (a `select!` with a `sleep` arm would set one and cancel it for
//!   every request), and a client is cut off between one and one and a quarter timeouts
//!   after its deadline started.
//!
//! What a connection keeps while it waits is small: the parser's state, the socket, and no
//! buffer. Every connection reads into one scratch buffer shared by the server's tasks (they
//! run on one thread, one at a time, so no lock is needed): the parser takes what it needs
//! from it before the task suspends again. Answers are written from buffers of a pool shared
//! the same way, so that a connection holds one only while its write is under way, and
//! serving a request allocates nothing.
use std::cell::{Cell, RefCell};
use std::io;
use std::net::{Shutdown, ToSocketAddrs};
use std::process::ExitCode;
use std::rc::{Rc, Weak};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use coro_core::net::{TcpListener, TcpStream};
use coro_core::rt::Runtime;
use coro_core::sched::{self, Deadline, Scheduler};
use coro_core::{Coroutine, CoroutineState};

#[path = "shared/per_scheduler.rs"]
pub mod per_scheduler;
#[path = "push_parser.rs"]
#[allow(dead_code)]
pub mod push_parser;

use push_parser::{Feed, Method, Request, RequestEvent, SharedBuffer, parse_requests};

/// The size of the scratch buffer that connections read into.
pub const SCRATCH_LEN: usize = 32 * 1024;
/// How long a connection whose client stopped reading (or stopped writing after a
/// `Connection: close`) is drained before it is dropped.
const LINGER: Duration = Duration::from_secs(1);
/// A connection's output buffer grown past this is not kept in the pool.
const MAX_POOLED: usize = 64 * 1024;

/// The server's settings.
#[derive(Debug, Clone, Copy)]
pub struct Config {
    /// How long a request may take to arrive, from the moment the server waits for it, and
    /// how long the client may take to read the answers, from the moment the server writes
    /// them.
    pub timeout: Duration,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            timeout: Duration::from_secs(10),
        }
    }
}

/// What the connections of one server share. They all run on the scheduler's thread, so
/// `RefCell`s suffice.
#[derive(Debug)]
struct Shared {
    /// Where every connection reads to.
    scratch: SharedBuffer,
    /// Output buffers not in use.
    pool: RefCell<Vec<Vec<u8>>>,
    /// The `Date` header's value, and the second it is for.
    date: Cell<(u64, [u8; 29])>,
    /// The open connections, for [`sweep`]: its task owns each (its socket closes when the
    /// task ends); one that ended is forgotten at the next look.
    open: RefCell<Vec<Weak<Conn>>>,
    /// A deadline at least a timeout away, moved on by [`sweep`] at each look: the one the
    /// answers get while they are written (no clock read per request).
    write_deadline: Cell<Deadline>,
    config: Config,
}

/// A connection's socket and deadline, shared by its task and [`sweep`].
#[derive(Debug)]
struct Conn {
    stream: TcpStream,
    /// When the request awaited must be complete, or the answers being written must have
    /// been taken; `None` while the connection lingers after its end.
    deadline: Cell<Option<Deadline>>,
}

impl Shared {
    fn new(config: Config) -> Shared {
        Shared {
            scratch: Rc::new(RefCell::new(vec![0; SCRATCH_LEN])),
            pool: RefCell::new(Vec::new()),
            date: Cell::new((0, *b"Thu, 01 Jan 1970 00:00:00 GMT")),
            open: RefCell::new(Vec::new()),
            write_deadline: Cell::new(Deadline::after(
                config.timeout.saturating_add(sweep_every(config)),
            )),
            config,
        }
    }

    /// An empty output buffer, from the pool if it has one.
    fn take_buffer(&self) -> Vec<u8> {
        self.pool.borrow_mut().pop().unwrap_or_default()
    }

    /// Gives an output buffer back to the pool.
    fn give_back(&self, mut buffer: Vec<u8>) {
        if buffer.capacity() <= MAX_POOLED {
            buffer.clear();
            self.pool.borrow_mut().push(buffer);
        }
    }

    /// Now, formatted for the `Date` header (RFC 9110's IMF-fixdate), formatted again only
    /// when the second changes.
    fn date(&self) -> [u8; 29] {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let (second, date) = self.date.get();
        if second == now {
            return date;
        }
        let date = http_date(now);
        self.date.set((now, date));
        date
    }
}

/// `Sun, 06 Nov 1994 08:49:37 GMT` for `secs` seconds after the Unix epoch.
#[must_use]
pub fn http_date(secs: u64) -> [u8; 29] {
    const DAYS: [&[u8; 3]; 7] = [b"Thu", b"Fri", b"Sat", b"Sun", b"Mon", b"Tue", b"Wed"];
    const MONTHS: [&[u8; 3]; 12] = [
        b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov",
        b"Dec",
    ];
    let days = secs / 86_400;
    let in_day = secs % 86_400;
    // The civil date of a day count, in the proleptic Gregorian calendar, by 400-year eras
    // of 146,097 days whose years start on March 1st.
    let z = days + 719_468;
    let era = z / 146_097;
    let day_of_era = z % 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153; // 0 = March
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + u64::from(month <= 2);

    let mut out = *b"Thu, 01 Jan 1970 00:00:00 GMT";
    let digits = |out: &mut [u8], value: u64| {
        let mut value = value;
        for byte in out.iter_mut().rev() {
            *byte = b'0' + u8::try_from(value % 10).unwrap_or(0);
            value /= 10;
        }
    };
    out[..3].copy_from_slice(DAYS[usize::try_from(days % 7).unwrap_or(0)]);
    digits(&mut out[5..7], day);
    out[8..11].copy_from_slice(MONTHS[usize::try_from(month - 1).unwrap_or(0)]);
    digits(&mut out[12..16], year % 10_000);
    digits(&mut out[17..19], in_day / 3600);
    digits(&mut out[20..22], in_day / 60 % 60);
    digits(&mut out[23..25], in_day % 60);
    out
}

/// A response's header fields after the status line (without `Date` and `Connection`), and
/// its body.
struct Route {
    status: &'static [u8],
    fields: &'static [u8],
    body: &'static [u8],
}

const PLAINTEXT: Route = Route {
    status: b" 200 OK\r\n",
    fields: b"Server: coro\r\nContent-Type: text/plain\r\nContent-Length: 13\r\n",
    body: b"Hello, World!",
};
const JSON: Route = Route {
    status: b" 200 OK\r\n",
    fields: b"Server: coro\r\nContent-Type: application/json\r\nContent-Length: 27\r\n",
    body: br#"{"message":"Hello, World!"}"#,
};
const NOT_FOUND: Route = Route {
    status: b" 404 Not Found\r\n",
    fields: b"Server: coro\r\nContent-Type: text/plain\r\nContent-Length: 9\r\n",
    body: b"Not Found",
};

/// The answer to a malformed request (the connection is closed after it).
const BAD_REQUEST: &[u8] = b"HTTP/1.1 400 Bad Request\r\nServer: coro\r\n\
Content-Length: 0\r\nConnection: close\r\n\r\n";

/// Appends the response to `request` to `out`.
fn respond(out: &mut Vec<u8>, request: &Request, date: &[u8; 29]) {
    let route = match (request.method, request.target.as_str()) {
        (Method::Get, Some("/plaintext")) => &PLAINTEXT,
        (Method::Get, Some("/json")) => &JSON,
        _ => &NOT_FOUND,
    };
    out.extend_from_slice(if request.http11 {
        b"HTTP/1.1"
    } else {
        b"HTTP/1.0"
    });
    out.extend_from_slice(route.status);
    out.extend_from_slice(route.fields);
    match (request.http11, request.keep_alive) {
        (true, false) => out.extend_from_slice(b"Connection: close\r\n"),
        (false, true) => out.extend_from_slice(b"Connection: keep-alive\r\n"),
        _ => {}
    }
    out.extend_from_slice(b"Date: ");
    out.extend_from_slice(date);
    out.extend_from_slice(b"\r\n\r\n");
    out.extend_from_slice(route.body);
}

/// Serves one connection until the client closes it, asks to close it, sends a malformed
/// request or is too slow; the error of a failed read or write otherwise.
#[coro_core::coroutine]
fn connection(conn: Rc<Conn>, shared: Rc<Shared>) -> io::Result<()> {
    let mut parser = parse_requests(Rc::clone(&shared.scratch));
    // Started with nothing, the parser asks for input.
    let _ = parser.resume(Feed::Read(0));
    loop {
        // A client too slow finds its socket shut down by `sweep`: the read ends (`Ok(0)`,
        // or an error), and so does the connection.
        let read = read!(conn.stream, &mut shared.scratch.borrow_mut()[..]);
        let mut feed = match read? {
            0 => Feed::End,
            n => Feed::Read(n),
        };
        // Answer every request the parser completes with these bytes.
        let mut out = Vec::new();
        let mut close = false;
        loop {
            match parser.resume(feed) {
                CoroutineState::Yielded(RequestEvent::NeedInput) => break,
                CoroutineState::Yielded(RequestEvent::Request(request)) => {
                    if out.capacity() == 0 {
                        out = shared.take_buffer();
                    }
                    respond(&mut out, &request, &shared.date());
                    if !request.keep_alive {
                        close = true;
                        break;
                    }
                    feed = Feed::Next;
                }
                // The client closed the connection between two requests.
                CoroutineState::Complete(Ok(())) => {
                    close = true;
                    break;
                }
                CoroutineState::Complete(Err(_)) => {
                    if out.capacity() == 0 {
                        out = shared.take_buffer();
                    }
                    out.extend_from_slice(BAD_REQUEST);
                    close = true;
                    break;
                }
            }
        }
        if out.capacity() > 0 {
            // The answers must go out within the timeout too: a client that stops reading
            // finds its socket shut down by `sweep`, and the write ends with an error.
            conn.deadline.set(Some(shared.write_deadline.get()));
            let written = write_all!(conn.stream, &out);
            shared.give_back(out);
            written?;
            conn.deadline
                .set(Some(Deadline::after(shared.config.timeout)));
        }
        if close {
            break;
        }
    }
    // Close our side, then read what the client still sends until it closes its side (or
    // for a while), so that unread data does not make the kernel reset the connection
    // before the client has read the last answer.
    conn.deadline.set(None);
    conn.stream.shutdown(Shutdown::Write)?;
    let deadline = Deadline::after(LINGER);
    loop {
        select! {
            r = read(conn.stream, &mut shared.scratch.borrow_mut()[..]) => match r {
                Ok(0) | Err(_) => return Ok(()),
                Ok(_) => {}
            },
            _ = sleep(deadline) => return Ok(()),
        }
    }
}

/// How often [`sweep`] looks at the connections: four times per timeout.
fn sweep_every(config: Config) -> Duration {
    (config.timeout / 4).max(Duration::from_millis(1))
}

/// Shuts down the socket of every connection past its deadline, four times per timeout,
/// and forgets the connections that ended.
#[coro_core::coroutine]
fn sweep(shared: Rc<Shared>) {
    let every = sweep_every(shared.config);
    loop {
        sleep!(every);
        let now = Deadline::after(Duration::ZERO);
        shared
            .write_deadline
            .set(Deadline::after(shared.config.timeout.saturating_add(every)));
        shared.open.borrow_mut().retain(|conn| {
            let Some(conn) = conn.upgrade() else {
                return false;
            };
            if conn.deadline.get().is_some_and(|deadline| deadline <= now) {
                conn.deadline.set(None);
                // Its task's read now ends; an error means the socket is already closing.
                let _ = conn.stream.shutdown(Shutdown::Both);
            }
            true
        });
    }
}

/// Accepts connections for ever, serving each in a task of its own; an accept that fails
/// (out of file descriptors, most likely) is retried after a wait that doubles with each
/// failure in a row, from 5 ms up to a second.
#[coro_core::coroutine]
pub fn serve(listener: TcpListener, config: Config) {
    let shared = Rc::new(Shared::new(config));
    drop(sched::spawn(sweep(Rc::clone(&shared))));
    let mut backoff = Duration::ZERO;
    loop {
        match accept!(listener) {
            Ok((stream, _peer)) => {
                backoff = Duration::ZERO;
                // Each write is a whole batch of answers: nothing to gain by waiting.
                let _ = stream.set_nodelay(true);
                let conn = Rc::new(Conn {
                    stream,
                    deadline: Cell::new(Some(Deadline::after(config.timeout))),
                });
                shared.open.borrow_mut().push(Rc::downgrade(&conn));
                drop(sched::spawn(connection(conn, Rc::clone(&shared))));
            }
            // A connection reset while it was queued: nothing to serve.
            Err(error) if error.kind() == io::ErrorKind::ConnectionAborted => {}
            Err(error) => {
                // Out of file descriptors, most likely: the connection stays queued, and the
                // open ones are served meanwhile. Each failure in a row waits twice as long
                // as the one before, from 5 ms up to a second.
                backoff = (backoff * 2).clamp(Duration::from_millis(5), Duration::from_secs(1));
                eprintln!("http_server: accept failed ({error}); retrying in {backoff:?}");
                sleep!(backoff);
            }
        }
    }
}

/// Starts a [`Runtime`] of `schedulers` schedulers, each serving connections from a
/// listener of its own on `address` (`SO_REUSEPORT`: the kernel spreads the connections
/// among them); they share nothing. Returns the address they listen on (the port the first
/// one got, if `address` asks for port 0) and the runtime, which serves until it is
/// dropped.
///
/// # Errors
///
/// When the runtime cannot start its threads or a listener cannot be made.
pub fn start(
    address: std::net::SocketAddr,
    schedulers: usize,
    config: Config,
) -> io::Result<(std::net::SocketAddr, Runtime)> {
    let runtime = Runtime::builder().schedulers(schedulers).build()?;
    // On each scheduler, a task makes the listener there, then serves it.
    let address = per_scheduler::listen_on_each(&runtime, address, |_| {
        move |listener| drop(sched::spawn(serve(listener, config)))
    })?;
    Ok((address, runtime))
}

/// The command line: `--port N`, `--bind ADDR`, `--timeout SECONDS`, `--schedulers N`.
fn options() -> Result<(String, u16, Config, usize), String> {
    let mut bind = String::from("127.0.0.1");
    let mut port = 8080;
    let mut config = Config::default();
    let mut schedulers = 1;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next().ok_or(format!("{arg} needs a value"))?;
        match arg.as_str() {
            "--port" => port = value.parse().map_err(|e| format!("--port {value}: {e}"))?,
            "--bind" => bind = value,
            "--timeout" => {
                let secs: f64 = value
                    .parse()
                    .map_err(|e| format!("--timeout {value}: {e}"))?;
                config.timeout = Duration::try_from_secs_f64(secs)
                    .map_err(|e| format!("--timeout {value}: {e}"))?;
            }
            "--schedulers" => {
                schedulers = value
                    .parse()
                    .ok()
                    .filter(|&n: &usize| n >= 1)
                    .ok_or(format!("--schedulers {value}: not a number of schedulers"))?;
            }
            _ => return Err(format!("unknown option {arg}")),
        }
    }
    Ok((bind, port, config, schedulers))
}

fn main() -> ExitCode {
    let (bind, port, config, schedulers) = match options() {
        Ok(options) => options,
        Err(error) => {
            eprintln!("http_server: {error}");
            eprintln!(
                "usage: http_server [--port N] [--bind ADDR] [--timeout SECONDS] [--schedulers N]"
            );
            return ExitCode::from(2);
        }
    };
    if schedulers > 1 {
        return serve_on_runtime(&bind, port, config, schedulers);
    }
    let listener = match TcpListener::bind((bind.as_str(), port)) {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("http_server: cannot listen on {bind}:{port}: {error}");
            return ExitCode::FAILURE;
        }
    };
    if let Ok(addr) = listener.local_addr() {
        eprintln!("http_server: listening on http://{addr}/");
    }
    let sched = Scheduler::new();
    drop(sched.spawn(serve(listener, config)));
    match sched.run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(deadlock) => {
            eprintln!("http_server: {deadlock}");
            ExitCode::FAILURE
        }
    }
}

/// Serves on a runtime of `schedulers` schedulers, a listener each.
fn serve_on_runtime(bind: &str, port: u16, config: Config, schedulers: usize) -> ExitCode {
    let Ok(Some(address)) = (bind, port).to_socket_addrs().map(|mut found| found.next()) else {
        eprintln!("http_server: cannot resolve {bind}:{port}");
        return ExitCode::FAILURE;
    };
    let (address, runtime) = match start(address, schedulers, config) {
        Ok(started) => started,
        Err(error) => {
            eprintln!("http_server: cannot listen on {address}: {error}");
            return ExitCode::FAILURE;
        }
    };
    eprintln!("http_server: listening on http://{address}/ with {schedulers} schedulers");
    // The server's tasks never end: `run` returns only if they all stop.
    match runtime.run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(deadlock) => {
            eprintln!("http_server: {deadlock}");
            ExitCode::FAILURE
        }
    }
}
