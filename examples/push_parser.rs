//! A push parser: the head of an HTTP/1.1 request (request line and header fields, up to
//! the blank line), fed one chunk of bytes at a time through `resume`.
//!
//! Bytes arrive from a network in arbitrary pieces: a header name may be cut in half, a
//! `\r\n` split between two reads. A pull parser would block waiting for the next piece;
//! a hand-written push parser needs an explicit state machine remembering where it stopped.
//! As a coroutine, the parser is written as straight-line code that asks for more input
//! (`yield_!(Event::NeedInput)`) whenever it runs dry; the state machine is generated.
//!
//! The protocol between caller and parser:
//! - every `resume` hands the parser an [`Input`]: more bytes (possibly none) or the end of
//!   the input;
//! - the parser yields [`Event::NeedInput`] when it cannot go on without more bytes, and an
//!   event for every part of the head as soon as it is complete;
//! - it returns the whole [`Head`] (or a [`ParseError`]), including any bytes it received
//!   past the blank line: the start of the body.
//!
//! [`parse_requests`] is the same idea for a server (`examples/http_server.rs`): it parses
//! a whole stream of pipelined requests in place, in a buffer its caller fills and shares,
//! and yields a summary of each head ([`Request`]: method, target, version, keep-alive,
//! body length) without allocating, skipping bodies; only a head cut between two reads is
//! copied.
use std::fmt;
use std::io::{self, Write};

use coro_core::{Coroutine, CoroutineState};

/// The longest head accepted, in bytes, so that a client cannot make the parser buffer
/// without bound.
pub const MAX_HEAD_LEN: usize = 8 * 1024;

/// What the parser is resumed with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// The next bytes of the request; may be empty.
    Data(Vec<u8>),
    /// No more bytes will come.
    End,
}

/// `GET /index.html HTTP/1.1`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestLine {
    pub method: String,
    pub target: String,
    pub version: String,
}

/// `Host: example.com`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub name: String,
    pub value: String,
}

/// What the parser yields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// Resume with more input.
    NeedInput,
    RequestLine(RequestLine),
    Header(Header),
}

/// What the parser returns on success.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    pub request_line: RequestLine,
    pub headers: Vec<Header>,
    /// The bytes received after the blank line that ends the head.
    pub rest: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    BadRequestLine(String),
    UnsupportedVersion(String),
    BadHeader(String),
    NotUtf8,
    TooLarge,
    UnexpectedEnd,
    /// A header field asking for what the parser does not do (`Transfer-Encoding`).
    Unsupported(String),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::BadRequestLine(line) => write!(f, "malformed request line {line:?}"),
            ParseError::UnsupportedVersion(v) => write!(f, "unsupported HTTP version {v:?}"),
            ParseError::BadHeader(line) => write!(f, "malformed header field {line:?}"),
            ParseError::NotUtf8 => f.write_str("the head is not valid UTF-8"),
            ParseError::TooLarge => write!(f, "the head is longer than {MAX_HEAD_LEN} bytes"),
            ParseError::UnexpectedEnd => f.write_str("the input ended inside the head"),
            ParseError::Unsupported(line) => write!(f, "unsupported header field {line:?}"),
        }
    }
}

impl std::error::Error for ParseError {}

/// The bytes received but not parsed yet, cut into lines on demand.
#[derive(Debug, Default)]
pub struct Lines {
    /// The bytes received and not yet taken out as lines.
    pub buffer: Vec<u8>,
    /// Bytes of the head already taken out of `buffer` as lines.
    consumed: usize,
    ended: bool,
}

impl Lines {
    /// Appends `input` to the buffer, or records the end of the input.
    pub fn feed(&mut self, input: Input) {
        match input {
            Input::Data(bytes) => self.buffer.extend_from_slice(&bytes),
            Input::End => self.ended = true,
        }
    }

    /// The next complete line, without its `\r\n` (or bare `\n`, which RFC 9112 lets a
    /// recipient accept); `None` when it has not fully arrived yet.
    ///
    /// The outcome depends only on the bytes received so far, never on how they were
    /// chunked: that is what makes the parser correct for every split of its input.
    ///
    /// # Errors
    ///
    /// The head is too long, not UTF-8, or the input ended inside a line.
    pub fn next_line(&mut self) -> Result<Option<String>, ParseError> {
        let Some(newline) = self.buffer.iter().position(|&b| b == b'\n') else {
            return if self.consumed + self.buffer.len() > MAX_HEAD_LEN {
                Err(ParseError::TooLarge)
            } else if self.ended {
                Err(ParseError::UnexpectedEnd)
            } else {
                Ok(None)
            };
        };
        self.consumed += newline + 1;
        if self.consumed > MAX_HEAD_LEN {
            return Err(ParseError::TooLarge);
        }
        let mut line: Vec<u8> = self.buffer.drain(..=newline).collect();
        line.pop();
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        String::from_utf8(line)
            .map(Some)
            .map_err(|_| ParseError::NotUtf8)
    }
}

/// A `token` of RFC 9110: what methods and field names are made of.
fn is_token(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// Splits a request line into its method, target and version, without copying.
///
/// # Errors
///
/// A malformed request line or an unsupported version.
pub fn split_request_line(line: &str) -> Result<(&str, &str, &str), ParseError> {
    let bad = || ParseError::BadRequestLine(line.to_owned());
    let mut parts = line.split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad());
    };
    if !is_token(method) || target.is_empty() || target.contains(char::is_whitespace) {
        return Err(bad());
    }
    if version != "HTTP/1.1" && version != "HTTP/1.0" {
        return Err(ParseError::UnsupportedVersion(version.to_owned()));
    }
    Ok((method, target, version))
}

/// Parses a request line.
///
/// # Errors
///
/// A malformed request line or an unsupported version.
pub fn parse_request_line(line: &str) -> Result<RequestLine, ParseError> {
    let (method, target, version) = split_request_line(line)?;
    Ok(RequestLine {
        method: method.to_owned(),
        target: target.to_owned(),
        version: version.to_owned(),
    })
}

/// Splits `name: value` into the name and the value, without copying: no space before the
/// colon, and optional spaces or tabs around the value. A line starting with whitespace (the
/// obsolete line folding) is rejected.
///
/// # Errors
///
/// A malformed header field.
pub fn split_header(line: &str) -> Result<(&str, &str), ParseError> {
    match line.split_once(':') {
        Some((name, value)) if is_token(name) => Ok((name, value.trim_matches([' ', '\t']))),
        _ => Err(ParseError::BadHeader(line.to_owned())),
    }
}

/// `name: value`, as `split_header` splits it.
///
/// # Errors
///
/// A malformed header field.
pub fn parse_header(line: &str) -> Result<Header, ParseError> {
    let (name, value) = split_header(line)?;
    Ok(Header {
        name: name.to_owned(),
        value: value.to_owned(),
    })
}

/// The parser. Each `yield_!` hands out an event and evaluates to the next [`Input`], which
/// goes straight into the line buffer.
#[coro_core::coroutine(yield = Event, resume = Input)]
pub fn parse_head(#[resume] first: Input) -> Result<Head, ParseError> {
    let mut lines = Lines::default();
    lines.feed(first);

    // The request line. Empty lines before it are ignored, as RFC 9112 recommends.
    let request_line = loop {
        match lines.next_line()? {
            Some(line) if line.is_empty() => {}
            Some(line) => break parse_request_line(&line)?,
            None => {
                let input = yield_!(Event::NeedInput);
                lines.feed(input);
            }
        }
    };
    let input = yield_!(Event::RequestLine(request_line.clone()));
    lines.feed(input);

    // Header fields, up to the empty line.
    let mut headers = Vec::new();
    loop {
        // (The annotation is only needed because the rewrite re-enters this `match` in
        // the `None` arm, where the value's type cannot be inferred.)
        let header: Header = match lines.next_line()? {
            Some(line) if line.is_empty() => break,
            Some(line) => parse_header(&line)?,
            None => {
                let input = yield_!(Event::NeedInput);
                lines.feed(input);
                continue;
            }
        };
        headers.push(header.clone());
        let input = yield_!(Event::Header(header));
        lines.feed(input);
    }

    Ok(Head {
        request_line,
        headers,
        rest: lines.buffer,
    })
}

/// Everything a parse produced: the events in order (without [`Event::NeedInput`], whose
/// number depends on the chunking) and the result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub events: Vec<Event>,
    pub result: Result<Head, ParseError>,
}

/// Feeds `chunks` to a new parser, one per `Event::NeedInput`, then the end of the input.
///
/// Chunks the parser did not need are appended to [`Head::rest`], so that `rest` is always
/// everything after the head.
pub fn parse<'a>(chunks: impl IntoIterator<Item = &'a [u8]>) -> Parsed {
    let mut chunks = chunks.into_iter();
    let mut next_input = move || {
        chunks
            .next()
            .map_or(Input::End, |c| Input::Data(c.to_vec()))
    };
    let mut parser = parse_head();
    let mut events = Vec::new();
    let mut input = next_input();
    loop {
        match parser.resume(input) {
            CoroutineState::Yielded(Event::NeedInput) => input = next_input(),
            CoroutineState::Yielded(event) => {
                events.push(event);
                // Nothing new: the parser still has unparsed bytes buffered.
                input = Input::Data(Vec::new());
            }
            CoroutineState::Complete(mut result) => {
                if let Ok(head) = &mut result {
                    while let Input::Data(bytes) = next_input() {
                        head.rest.extend(bytes);
                    }
                }
                return Parsed { events, result };
            }
        }
    }
}

// A stream of requests, without copying: what a server needs.
#[path = "push_parser/requests.rs"]
mod requests;
pub use requests::*;

/// A request as it may arrive: a few header fields, then the first bytes of the body.
pub const SAMPLE: &[u8] = b"POST /submit?lang=en HTTP/1.1\r\n\
Host: www.example.com\r\n\
User-Agent: curl/8.5.0\r\n\
Content-Type:text/plain\r\n\
Content-Length: \t12 \r\n\
\r\n\
Hello, world";

/// Feeds a request in chunks of 16 bytes, printing what the parser does, then shows an
/// error.
///
/// # Errors
///
/// Any error writing to `out`.
pub fn run(out: &mut impl Write) -> io::Result<()> {
    let mut parser = parse_head();
    let mut chunks = SAMPLE.chunks(16);
    // Start the parser with no bytes at all: it asks for some straight away.
    let mut input = Input::Data(Vec::new());
    let head = loop {
        match parser.resume(input) {
            CoroutineState::Yielded(Event::NeedInput) => {
                input = if let Some(chunk) = chunks.next() {
                    writeln!(out, "feed {:?}", String::from_utf8_lossy(chunk))?;
                    Input::Data(chunk.to_vec())
                } else {
                    writeln!(out, "end of input")?;
                    Input::End
                };
                continue;
            }
            CoroutineState::Yielded(Event::RequestLine(line)) => {
                writeln!(
                    out,
                    "  request: {} {} ({})",
                    line.method, line.target, line.version
                )?;
            }
            CoroutineState::Yielded(Event::Header(header)) => {
                writeln!(out, "  header: {} = {:?}", header.name, header.value)?;
            }
            CoroutineState::Complete(result) => break result,
        }
        input = Input::Data(Vec::new());
    };
    match head {
        Ok(head) => writeln!(
            out,
            "head complete: {} header fields, body starts with {:?}",
            head.headers.len(),
            String::from_utf8_lossy(&head.rest)
        )?,
        Err(error) => writeln!(out, "error: {error}")?,
    }

    // All at once or byte by byte, a malformed head gives the same error.
    let malformed = b"GET / HTTP/1.1\r\nHost example.com\r\n\r\n";
    for parsed in [parse([&malformed[..]]), parse(malformed.chunks(1))] {
        match parsed.result {
            Ok(_) => writeln!(out, "parsed?!")?,
            Err(error) => writeln!(out, "error: {error}")?,
        }
    }
    writeln!(out, "error: {}", parse([&SAMPLE[..40]]).result.unwrap_err())?;
    Ok(())
}

fn main() -> io::Result<()> {
    run(&mut io::stdout().lock())
}
