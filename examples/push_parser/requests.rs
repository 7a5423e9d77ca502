//! A stream of pipelined requests, parsed in place without copying: what a server needs
//! (`examples/http_server.rs`).

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

use coro_core::{Coroutine, CoroutineState};

use super::{MAX_HEAD_LEN, ParseError, split_header, split_request_line};

/// The buffer a [`parse_requests`] parser reads its input from, shared with whoever fills it
/// (a server's scratch buffer, shared by all its connections).
pub type SharedBuffer = Rc<RefCell<Vec<u8>>>;

/// What a [`parse_requests`] parser is resumed with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feed {
    /// After [`RequestEvent::NeedInput`]: the first `n` bytes of the shared buffer are the
    /// next bytes of the stream (`n` may be 0). The parser is done with them when it next
    /// asks for input, so the buffer may then be refilled, also by someone else.
    Read(usize),
    /// After [`RequestEvent::Request`]: go on with the bytes already given.
    Next,
    /// No more bytes will come.
    End,
}

/// A request's method, as far as the server cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Head,
    Other,
}

/// The longest request target a [`Request`] holds; a longer one is only known to be long.
pub const MAX_TARGET_LEN: usize = 62;

/// A request target, stored inline (no allocation): up to [`MAX_TARGET_LEN`] bytes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Target {
    bytes: [u8; MAX_TARGET_LEN],
    /// The length, or `u8::MAX` for a target longer than `MAX_TARGET_LEN`.
    len: u8,
}

impl Target {
    fn new(target: &str) -> Target {
        let mut bytes = [0; MAX_TARGET_LEN];
        match bytes.get_mut(..target.len()) {
            Some(prefix) => {
                prefix.copy_from_slice(target.as_bytes());
                Target {
                    bytes,
                    len: u8::try_from(target.len()).unwrap_or(u8::MAX),
                }
            }
            None => Target {
                bytes,
                len: u8::MAX,
            },
        }
    }

    /// The target, or `None` if it is longer than [`MAX_TARGET_LEN`].
    #[must_use]
    pub fn as_str(&self) -> Option<&str> {
        let bytes = self.bytes.get(..usize::from(self.len))?;
        // The bytes were copied from a `&str` whole, never cut.
        std::str::from_utf8(bytes).ok()
    }
}

impl fmt::Debug for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.as_str() {
            Some(target) => fmt::Debug::fmt(target, f),
            None => f.write_str("<long target>"),
        }
    }
}

/// A request head, summarised: what [`parse_requests`] yields, with no allocation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Request {
    pub method: Method,
    pub target: Target,
    /// `true` for HTTP/1.1, `false` for HTTP/1.0.
    pub http11: bool,
    /// Whether the connection stays open after the response: HTTP/1.1 unless
    /// `Connection: close`, HTTP/1.0 only with `Connection: keep-alive`.
    pub keep_alive: bool,
    /// The length of the body, which the parser skips.
    pub content_length: u64,
}

/// What [`parse_requests`] yields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestEvent {
    /// Resume with [`Feed::Read`] (or [`Feed::End`]).
    NeedInput,
    /// A complete request, its body skipped. Resume with [`Feed::Next`].
    Request(Request),
}

/// Where the search for the blank line that ends a head stands, across chunks.
#[derive(Debug, Default, Clone, Copy)]
struct HeadScan {
    /// Bytes of the current line seen so far.
    line_len: usize,
    /// The last byte seen.
    last: u8,
    /// Whether a non-empty line (the request line) was seen: empty lines before it are
    /// skipped, not the end of the head.
    started: bool,
}

impl HeadScan {
    /// Scans `bytes`, the next bytes of a head: the length of the prefix of `bytes` that
    /// completes the head (up to the `\n` of its blank line), or `None` if all of them
    /// belong to it and it goes on. A line is blank whether it ends in `\r\n` or in `\n`,
    /// as in [`Lines::next_line`].
    fn scan(&mut self, bytes: &[u8]) -> Option<usize> {
        let mut start = 0;
        while let Some(i) = bytes[start..].iter().position(|&b| b == b'\n') {
            let newline = start + i;
            let len = self.line_len + i;
            let last = if i > 0 { bytes[newline - 1] } else { self.last };
            start = newline + 1;
            self.line_len = 0;
            self.last = b'\n';
            if len == 0 || (len == 1 && last == b'\r') {
                if self.started {
                    return Some(start);
                }
            } else {
                self.started = true;
            }
        }
        if let Some(&last) = bytes[start..].last() {
            self.line_len += bytes.len() - start;
            self.last = last;
        }
        None
    }

    /// Whether nothing but empty lines was seen.
    fn is_blank(&self) -> bool {
        !self.started && self.line_len == 0
    }
}

/// Summarises a complete head (from its first byte to the `\n` of its blank line).
///
/// # Errors
///
/// What [`parse_head`] would say of it; a `Content-Length` that is not a number or that
/// disagrees with another; `Transfer-Encoding` (bodies of unknown length are not read).
fn summarise(head: &[u8]) -> Result<Request, ParseError> {
    let text = std::str::from_utf8(head).map_err(|_| ParseError::NotUtf8)?;
    let mut lines = text
        .split('\n')
        .map(|line| line.strip_suffix('\r').unwrap_or(line))
        .skip_while(|line| line.is_empty());
    let (method, target, version) = split_request_line(lines.next().unwrap_or_default())?;
    let http11 = version == "HTTP/1.1";
    let mut request = Request {
        method: match method {
            "GET" => Method::Get,
            "HEAD" => Method::Head,
            _ => Method::Other,
        },
        target: Target::new(target),
        http11,
        keep_alive: http11,
        content_length: 0,
    };
    let mut content_length = None;
    for line in lines.take_while(|line| !line.is_empty()) {
        let (name, value) = split_header(line)?;
        if name.eq_ignore_ascii_case("content-length") {
            let bad = || ParseError::BadHeader(line.to_owned());
            if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            let length: u64 = value.parse().map_err(|_| bad())?;
            if content_length.is_some_and(|l| l != length) {
                return Err(bad());
            }
            content_length = Some(length);
        } else if name.eq_ignore_ascii_case("transfer-encoding") {
            return Err(ParseError::Unsupported(line.to_owned()));
        } else if name.eq_ignore_ascii_case("connection") {
            for option in value.split(',').map(|o| o.trim_matches([' ', '\t'])) {
                if option.eq_ignore_ascii_case("close") {
                    request.keep_alive = false;
                } else if option.eq_ignore_ascii_case("keep-alive") && !http11 {
                    request.keep_alive = true;
                }
            }
        }
    }
    request.content_length = content_length.unwrap_or(0);
    Ok(request)
}

/// A parser of a stream of requests, for a server: it yields a [`Request`] for each head,
/// skips bodies, and asks for more input when it runs dry, wherever the chunks are cut.
///
/// Unlike [`parse_head`], it copies nothing on its way: it reads its input in place in
/// `buffer`, which its caller fills (a read from a socket) before resuming it with
/// [`Feed::Read`], and it yields a summary of each head instead of its strings. Only a head
/// cut between two chunks is copied, into a buffer of the parser that is freed when the head
/// is complete, so an idle parser holds no buffer.
///
/// It returns `Ok(())` when the input ends between requests, and an error when a head is
/// malformed or the input ends inside a request.
#[coro_core::coroutine(yield = RequestEvent, resume = Feed)]
pub fn parse_requests(buffer: SharedBuffer, #[resume] first: Feed) -> Result<(), ParseError> {
    // The bytes of `buffer` given and not parsed yet.
    let mut start = 0;
    let mut end = 0;
    let mut ended = false;
    let mut feed = first;
    loop {
        match feed {
            Feed::Read(n) => (start, end) = (0, n),
            Feed::Next => {}
            Feed::End => ended = true,
        }
        // A head: in place if it is whole in the buffer, or copied into `cut`.
        let mut scan = HeadScan::default();
        let mut cut: Vec<u8> = Vec::new();
        let request = loop {
            let found = {
                let bytes = &buffer.borrow()[start..end];
                match scan.scan(bytes) {
                    Some(len) if cut.is_empty() => {
                        if len > MAX_HEAD_LEN {
                            return Err(ParseError::TooLarge);
                        }
                        Some((summarise(&bytes[..len])?, len))
                    }
                    Some(len) => {
                        cut.extend_from_slice(&bytes[..len]);
                        if cut.len() > MAX_HEAD_LEN {
                            return Err(ParseError::TooLarge);
                        }
                        Some((summarise(&cut)?, len))
                    }
                    None => {
                        cut.extend_from_slice(bytes);
                        if cut.len() > MAX_HEAD_LEN {
                            return Err(ParseError::TooLarge);
                        }
                        None
                    }
                }
            };
            if let Some((request, len)) = found {
                start += len;
                break request;
            }
            start = end;
            if ended {
                return if scan.is_blank() {
                    Ok(())
                } else {
                    Err(ParseError::UnexpectedEnd)
                };
            }
            match yield_!(RequestEvent::NeedInput) {
                Feed::Read(n) => (start, end) = (0, n),
                Feed::Next => {}
                Feed::End => ended = true,
            }
        };
        drop(cut);
        // The body, skipped.
        let mut body = request.content_length;
        while body > 0 {
            if start == end {
                if ended {
                    return Err(ParseError::UnexpectedEnd);
                }
                match yield_!(RequestEvent::NeedInput) {
                    Feed::Read(n) => (start, end) = (0, n),
                    Feed::Next => {}
                    Feed::End => ended = true,
                }
                continue;
            }
            let skip = usize::try_from(body).map_or(end - start, |body| body.min(end - start));
            start += skip;
            body -= skip as u64;
        }
        feed = yield_!(RequestEvent::Request(request));
    }
}

/// Feeds `chunks` to a new [`parse_requests`] parser through a shared buffer, one per
/// [`RequestEvent::NeedInput`], then the end of the input: the requests and the result.
pub fn parse_stream<'a>(
    chunks: impl IntoIterator<Item = &'a [u8]>,
) -> (Vec<Request>, Result<(), ParseError>) {
    let buffer = SharedBuffer::default();
    let mut chunks = chunks.into_iter();
    let mut parser = parse_requests(buffer.clone());
    let mut requests = Vec::new();
    let mut feed = Feed::Read(0);
    loop {
        match parser.resume(feed) {
            CoroutineState::Yielded(RequestEvent::NeedInput) => {
                feed = match chunks.next() {
                    Some(chunk) => {
                        let mut buffer = buffer.borrow_mut();
                        buffer.clear();
                        buffer.extend_from_slice(chunk);
                        Feed::Read(chunk.len())
                    }
                    None => Feed::End,
                };
            }
            CoroutineState::Yielded(RequestEvent::Request(request)) => {
                requests.push(request);
                feed = Feed::Next;
            }
            CoroutineState::Complete(result) => return (requests, result),
        }
    }
}
