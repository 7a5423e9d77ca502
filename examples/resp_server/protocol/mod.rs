//! The request side of RESP2: a push parser, resumed with each chunk read from a
//! connection, that turns bytes into requests (lists of binary-safe arguments).
//!
//! Two forms reach a server: *multibulk* requests (`*2\r\n$3\r\nGET\r\n$1\r\nk\r\n`, what
//! client libraries send) and *inline* ones (`GET k\r\n`, what a person types into a raw
//! connection, with Redis's quoting rules). Either may be cut anywhere by the network.
//!
//! The parser is a coroutine. Between resumes it keeps only what an incomplete request
//! needs: the bytes of that request received so far and where it stopped in them; an idle
//! connection between requests keeps nothing. The bytes it parses arrive in a [`Lent`]: the
//! buffers that every connection of a scheduler shares, lent to the parser for one resume
//! and given back (with the complete requests found) when it needs more input.
//!
//! The requests found are kept in [`Requests`] (`requests`); an inline line is split into
//! arguments by [`split_inline`] (`inline`).
use std::fmt;
use std::ops::Range;

mod inline;
mod requests;

pub use inline::split_inline;
pub use requests::{Request, Requests};

/// Inline requests and the header lines of multibulk ones are limited to this, as in Redis.
pub const MAX_INLINE_LEN: usize = 64 * 1024;

/// The largest bulk argument accepted (Redis's default `proto-max-bulk-len`).
pub const MAX_BULK_LEN: i64 = 512 * 1024 * 1024;

/// The most memory one multibulk request may take while it is parsed: its bytes so far
/// and a [`Range`] per argument (Redis's default `client-query-buffer-limit`, 1 GiB). A
/// count of up to `i32::MAX` arguments is accepted, so without this a client could make
/// the server hold any amount for one request.
pub const MAX_REQUEST_LEN: usize = 1024 * 1024 * 1024;

/// A malformed request. The server answers `-ERR Protocol error: ...` and closes the
/// connection, as Redis does; the messages are Redis's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProtocolError {
    /// An inline request longer than [`MAX_INLINE_LEN`] without a newline.
    TooBigInlineRequest,
    /// An inline request with an unterminated quote.
    UnbalancedQuotes,
    /// A `*<count>` line longer than [`MAX_INLINE_LEN`].
    TooBigMultibulkCount,
    /// A `*<count>` line that is not a number, or a count over `i32::MAX`.
    InvalidMultibulkLength,
    /// A `$<length>` line longer than [`MAX_INLINE_LEN`].
    TooBigBulkCount,
    /// An argument of a multibulk request not starting with `$`.
    ExpectedBulk(u8),
    /// A `$<length>` that is not a number, negative, or over [`MAX_BULK_LEN`].
    InvalidBulkLength,
    /// The client closed its side of the connection inside a request.
    UnexpectedEnd,
    /// A multibulk request that would take more than [`Lent::max_request`] bytes (Redis
    /// closes such a client without an answer; this server answers first).
    TooBigRequest,
}

impl fmt::Display for ProtocolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Protocol error: ")?;
        match self {
            ProtocolError::TooBigInlineRequest => f.write_str("too big inline request"),
            ProtocolError::UnbalancedQuotes => f.write_str("unbalanced quotes in request"),
            ProtocolError::TooBigMultibulkCount => f.write_str("too big mbulk count string"),
            ProtocolError::InvalidMultibulkLength => f.write_str("invalid multibulk length"),
            ProtocolError::TooBigBulkCount => f.write_str("too big bulk count string"),
            ProtocolError::ExpectedBulk(got) => {
                write!(f, "expected '$', got '{}'", char::from(*got))
            }
            ProtocolError::InvalidBulkLength => f.write_str("invalid bulk length"),
            ProtocolError::UnexpectedEnd => f.write_str("connection closed inside a request"),
            ProtocolError::TooBigRequest => f.write_str("too big request"),
        }
    }
}

impl std::error::Error for ProtocolError {}

/// What the parser is lent at every resume and gives back when it needs more input.
#[derive(Debug)]
pub struct Lent {
    /// Bytes read from the connection: the new input is `chunk[..filled]`. `filled == 0`
    /// means that the connection reached its end.
    pub chunk: Box<[u8]>,
    /// How many bytes of `chunk` are new input.
    pub filled: usize,
    /// Where the parser appends the complete requests it finds.
    pub requests: Requests,
    /// Set by the parser when it gives the buffers back: whether it keeps the start of an
    /// incomplete request, waiting for the rest.
    pub mid_request: bool,
    /// The most memory one multibulk request may take ([`MAX_REQUEST_LEN`] unless set).
    pub max_request: usize,
}

impl Lent {
    /// Buffers whose chunk takes `chunk_len` bytes.
    #[must_use]
    pub fn new(chunk_len: usize) -> Lent {
        Lent {
            chunk: vec![0; chunk_len].into_boxed_slice(),
            filled: 0,
            requests: Requests::default(),
            mid_request: false,
            max_request: MAX_REQUEST_LEN,
        }
    }

    /// The new input.
    fn input(&self) -> &[u8] {
        &self.chunk[..self.filled]
    }
}

/// The unparsed input, in one of two places: the lent chunk when the last request ended
/// where the previous chunk did (the usual case: nothing is copied), or the parser's own
/// buffer holding the start of an incomplete request with the new bytes appended.
#[derive(Debug, Default)]
struct Input {
    /// The start of an incomplete request, kept between resumes; empty otherwise.
    pending: Vec<u8>,
    /// Whether this resume's bytes were appended to `pending`, so that it is the input.
    in_pending: bool,
    /// Where the request being parsed starts in the input.
    start: usize,
    /// Where parsing stands in the input.
    pos: usize,
    /// The connection reached its end.
    ended: bool,
}

impl Input {
    /// Takes in the bytes of a resume.
    fn receive(&mut self, lent: &Lent) {
        if lent.filled == 0 {
            self.ended = true;
        }
        self.in_pending = !self.pending.is_empty();
        if self.in_pending {
            self.pending.extend_from_slice(lent.input());
        }
    }

    /// Gives the lent buffers back, keeping the start of an incomplete request.
    fn lend(&mut self, mut lent: Lent) -> Lent {
        if self.in_pending {
            self.pending.drain(..self.start);
        } else {
            self.pending.extend_from_slice(&lent.input()[self.start..]);
        }
        if self.pending.is_empty() && self.pending.capacity() > 0 {
            // Nothing kept while idle.
            self.pending = Vec::new();
        }
        self.pos -= self.start;
        self.start = 0;
        self.in_pending = false;
        lent.mid_request = !self.pending.is_empty();
        lent
    }

    /// The input.
    fn bytes<'a>(&'a self, lent: &'a Lent) -> &'a [u8] {
        self.bytes_of(lent.input())
    }

    /// The input, given the new bytes of the lent chunk.
    fn bytes_of<'a>(&'a self, chunk: &'a [u8]) -> &'a [u8] {
        if self.in_pending {
            &self.pending
        } else {
            chunk
        }
    }

    /// The position of the next `byte` from `pos`, when it and `extra` bytes after it have
    /// arrived; `too_long` once more than [`MAX_INLINE_LEN`] bytes came without it.
    fn find(
        &self,
        lent: &Lent,
        byte: u8,
        extra: usize,
        too_long: ProtocolError,
    ) -> Result<Option<usize>, ProtocolError> {
        let bytes = &self.bytes(lent)[self.pos..];
        match bytes.iter().position(|&b| b == byte) {
            Some(at) if at + extra < bytes.len() => Ok(Some(self.pos + at)),
            None if bytes.len() > MAX_INLINE_LEN => Err(too_long),
            _ => Ok(None),
        }
    }

    /// How many bytes are there from `pos`.
    fn available(&self, lent: &Lent) -> usize {
        self.bytes(lent).len() - self.pos
    }
}

/// Parses an integer as Redis's `string2ll` does: an optional `-`, then digits without
/// leading zeros, within `i64`.
#[must_use]
pub fn parse_i64(s: &[u8]) -> Option<i64> {
    let (negative, digits) = match s {
        [b'-', rest @ ..] => (true, rest),
        _ => (false, s),
    };
    match digits {
        [b'0'] if !negative => return Some(0),
        [b'1'..=b'9', ..] => {}
        _ => return None,
    }
    let mut value: u64 = 0;
    for &digit in digits {
        if !digit.is_ascii_digit() {
            return None;
        }
        value = value
            .checked_mul(10)?
            .checked_add(u64::from(digit - b'0'))?;
    }
    if negative {
        0i64.checked_sub_unsigned(value)
    } else {
        i64::try_from(value).ok()
    }
}

/// The position of the `\r` ending the line that starts at `from`, when the byte after it
/// has arrived too.
fn line_end(bytes: &[u8], from: usize) -> Option<usize> {
    let at = from + bytes.get(from..)?.iter().position(|&b| b == b'\r')?;
    (at + 1 < bytes.len()).then_some(at)
}

/// The fast path of the parser: a multibulk request that `bytes` holds whole (the usual
/// case), parsed in one go and appended to `requests`; returns how many bytes it took.
/// `None` when the request is not all there or is anything but well formed, having
/// appended nothing: the parser then goes the general way, which waits for the rest or
/// names the error. It accepts exactly what the general way accepts, with the same
/// arguments.
fn whole_multibulk(bytes: &[u8], requests: &mut Requests) -> Option<usize> {
    let count_end = line_end(bytes, 1)?;
    let count = parse_i64(&bytes[1..count_end])?;
    if !(1..=i64::from(i32::MAX)).contains(&count) {
        return None;
    }
    let mut pos = count_end + 2;
    for _ in 0..count {
        let parsed = line_end(bytes, pos).and_then(|length_end| {
            if bytes.get(pos) != Some(&b'$') {
                return None;
            }
            let length = parse_i64(&bytes[pos + 1..length_end])
                .filter(|length| (0..=MAX_BULK_LEN).contains(length))?;
            let start = length_end + 2;
            let end = start.checked_add(usize::try_from(length).ok()?)?;
            // The bytes and their `\r\n`.
            (end + 2 <= bytes.len()).then_some((start, end))
        });
        let Some((start, end)) = parsed else {
            requests.drop_partial();
            return None;
        };
        requests.push_arg(&bytes[start..end]);
        pos = end + 2;
    }
    requests.end_request();
    Some(pos)
}

/// What the parser returns: the lent buffers, and `Ok` when the input ended between two
/// requests or the error that stopped it. The requests found before an error are in the
/// buffers, to be answered first.
pub type Finished = (Lent, Result<(), ProtocolError>);

/// The parser. Resume it with the buffers holding each chunk read from the connection
/// (an empty chunk at the end of the input); it yields them back, with every complete
/// request of the chunk appended to `requests`, when it needs the next one.
#[coro_core::coroutine(yield = Lent, resume = Lent)]
pub fn parse_requests(#[resume] first: Lent) -> Finished {
    let mut lent = first;
    let mut input = Input::default();
    input.receive(&lent);
    // The arguments of the multibulk request being parsed, relative to its start.
    let mut args: Vec<Range<usize>> = Vec::new();
    loop {
        input.start = input.pos;
        // The first byte tells the form of the request.
        while input.available(&lent) == 0 {
            if input.ended {
                return (lent, Ok(()));
            }
            lent = yield_!(input.lend(lent));
            input.receive(&lent);
        }
        // Inline requests are one line, `\n`-terminated; multibulk ones start with a
        // `*<count>\r\n` line, then come `count` times `$<length>\r\n<bytes>\r\n`.
        let inline = input.bytes(&lent)[input.pos] != b'*';
        if !inline && !input.in_pending {
            let bytes = &lent.chunk[input.pos..lent.filled];
            if let Some(taken) = whole_multibulk(bytes, &mut lent.requests) {
                input.pos += taken;
                continue;
            }
        }
        let (end_byte, extra, too_long) = if inline {
            (b'\n', 0, ProtocolError::TooBigInlineRequest)
        } else {
            (b'\r', 1, ProtocolError::TooBigMultibulkCount)
        };
        let line_end = loop {
            match input.find(&lent, end_byte, extra, too_long.clone()) {
                Ok(Some(at)) => break at,
                Ok(None) if input.ended => return (lent, Err(ProtocolError::UnexpectedEnd)),
                Ok(None) => {
                    lent = yield_!(input.lend(lent));
                    input.receive(&lent);
                }
                Err(error) => return (lent, Err(error)),
            }
        };
        if inline {
            let bytes = input.bytes_of(&lent.chunk[..lent.filled]);
            let mut line = &bytes[input.pos..line_end];
            if let [rest @ .., b'\r'] = line {
                line = rest;
            }
            // The arguments go straight into the requests; an empty line is no request.
            match split_inline(line, &mut lent.requests) {
                Ok(0) => {}
                Ok(_) => lent.requests.end_request(),
                Err(error) => return (lent, Err(error)),
            }
            input.pos = line_end + 1;
            continue;
        }
        let count_end = line_end;
        let count = parse_i64(&input.bytes(&lent)[input.pos + 1..count_end]);
        let count = match count {
            Some(count) if count <= i64::from(i32::MAX) => count,
            _ => return (lent, Err(ProtocolError::InvalidMultibulkLength)),
        };
        // As in Redis, the byte after `\r` is taken to be `\n`.
        input.pos = count_end + 2;
        args.clear();
        let mut left = count;
        while left > 0 {
            let length_end = loop {
                match input.find(&lent, b'\r', 1, ProtocolError::TooBigBulkCount) {
                    Ok(Some(at)) => break at,
                    Ok(None) if input.ended => {
                        return (lent, Err(ProtocolError::UnexpectedEnd));
                    }
                    Ok(None) => {
                        lent = yield_!(input.lend(lent));
                        input.receive(&lent);
                    }
                    Err(error) => return (lent, Err(error)),
                }
            };
            let header = &input.bytes(&lent)[input.pos..length_end];
            if header.first() != Some(&b'$') {
                let got = header.first().copied().unwrap_or(b'\r');
                return (lent, Err(ProtocolError::ExpectedBulk(got)));
            }
            let length = match parse_i64(&header[1..]) {
                Some(length) if (0..=MAX_BULK_LEN).contains(&length) => length,
                _ => return (lent, Err(ProtocolError::InvalidBulkLength)),
            };
            let length = usize::try_from(length).unwrap_or(usize::MAX);
            input.pos = length_end + 2;
            // What the request takes once this argument is in: its bytes, and the ranges.
            if (input.pos - input.start)
                .saturating_add(length + 2)
                .saturating_add((args.len() + 1) * size_of::<Range<usize>>())
                > lent.max_request
            {
                return (lent, Err(ProtocolError::TooBigRequest));
            }
            // The bytes and their `\r\n`.
            while input.available(&lent) < length + 2 {
                if input.ended {
                    return (lent, Err(ProtocolError::UnexpectedEnd));
                }
                lent = yield_!(input.lend(lent));
                input.receive(&lent);
            }
            let from = input.pos - input.start;
            args.push(from..from + length);
            input.pos += length + 2;
            left -= 1;
        }
        if count > 0 {
            let request = &input.bytes_of(&lent.chunk[..lent.filled])[input.start..];
            for arg in &args {
                lent.requests.push_arg(&request[arg.clone()]);
            }
            lent.requests.end_request();
        }
        if args.capacity() > 16 {
            args = Vec::new();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use coro_core::{Coroutine, CoroutineState};

    /// What a parse produced: each request's arguments, and how it ended.
    type Parsed = (Vec<Vec<Vec<u8>>>, Result<(), ProtocolError>);

    /// Feeds `chunks` to a new parser, then the end of the input.
    fn parse<'a>(chunks: impl IntoIterator<Item = &'a [u8]>) -> Parsed {
        parse_within(MAX_REQUEST_LEN, chunks)
    }

    /// [`parse`] with [`Lent::max_request`] set to `max_request`.
    fn parse_within<'a>(max_request: usize, chunks: impl IntoIterator<Item = &'a [u8]>) -> Parsed {
        let mut chunks = chunks.into_iter();
        let mut parser = parse_requests();
        let mut lent = Lent::new(64);
        lent.max_request = max_request;
        let mut requests = Vec::new();
        loop {
            let chunk = chunks.next().unwrap_or_default();
            if lent.chunk.len() < chunk.len() {
                lent.chunk = vec![0; chunk.len()].into_boxed_slice();
            }
            lent.chunk[..chunk.len()].copy_from_slice(chunk);
            lent.filled = chunk.len();
            let (back, result) = match parser.resume(lent) {
                CoroutineState::Yielded(back) => (back, None),
                CoroutineState::Complete((back, result)) => (back, Some(result)),
            };
            lent = back;
            requests.extend(
                lent.requests
                    .iter()
                    .map(|r| r.args(0).map(<[u8]>::to_vec).collect::<Vec<_>>()),
            );
            lent.requests.clear();
            if let Some(result) = result {
                return (requests, result);
            }
        }
    }

    fn args(list: &[&[&[u8]]]) -> Vec<Vec<Vec<u8>>> {
        list.iter()
            .map(|r| r.iter().map(|a| a.to_vec()).collect())
            .collect()
    }

    const PIPELINE: &[u8] = b"*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$4\r\na\r\nb\r\n\
PING\r\n\
*0\r\n\
*2\r\n$4\r\nECHO\r\n$3\r\n\0\0\0\r\n\
  get  \"a b\\x41\\n\" 'c\\'d'\n\
\r\n\
*1\r\n$4\r\nQUIT\r\n";

    fn pipeline_requests() -> Vec<Vec<Vec<u8>>> {
        args(&[
            &[b"SET", b"k", b"a\r\nb"],
            &[b"PING"],
            &[b"ECHO", b"\0\0\0"],
            &[b"get", b"a bA\n", b"c'd"],
            &[b"QUIT"],
        ])
    }

    #[test]
    fn multibulk_and_inline_requests_in_one_pipeline() {
        assert_eq!(parse([PIPELINE]), (pipeline_requests(), Ok(())));
    }

    #[test]
    fn every_split_gives_the_same_requests() {
        // (An empty chunk is the end of the input, so both halves have bytes.)
        for at in 1..PIPELINE.len() {
            let (a, b) = PIPELINE.split_at(at);
            assert_eq!(
                parse([a, b]),
                (pipeline_requests(), Ok(())),
                "split at {at}"
            );
        }
        assert_eq!(parse(PIPELINE.chunks(1)), (pipeline_requests(), Ok(())));
        assert_eq!(parse(PIPELINE.chunks(7)), (pipeline_requests(), Ok(())));
    }

    #[test]
    fn requests_read_whole_parse_as_they_do_byte_by_byte() {
        // Whole, a multibulk request takes the fast path; byte by byte, the general one.
        let inputs: [&[u8]; 12] = [
            b"*1\r\n$4\r\nPING\r\n*2\r\n$3\r\nGET\r\n$0\r\n\r\n",
            b"*0\r\n*-1\r\n*1\r\n$1\r\na\r\n",
            b"*2\r\n$3\r\nSET\r\n$4\r\n\r\n\r\n\r\n",
            b"*3\r\n$1\r\na\r\n",
            b"*2\r\n$1\r\na\r\n:1\r\n",
            b"*2\r\n$1\r\na\r\n$x\r\n",
            b"*1\r\n$2\r\nab",
            b"*1\r\n$2\r\nabXY*1\r\n$1\r\nb\r\n",
            b"*1\r\n\r\n",
            b"*1x\r\n$1\r\na\r\n",
            b"*01\r\n$1\r\na\r\n",
            b"*1\r\n$1\r",
        ];
        for input in inputs {
            assert_eq!(parse([input]), parse(input.chunks(1)), "{input:?}");
        }
    }

    #[test]
    fn the_parser_keeps_bytes_only_inside_a_request() {
        let mut parser = parse_requests();
        let mut lent = Lent::new(64);
        for (chunk, inside) in [
            (&b"*1\r\n$4\r\nPI"[..], true),
            (b"NG\r\n", false),
            (b"PING\r\n*1", true),
            (b"\r\n$4\r\nPING\r\n", false),
        ] {
            lent.chunk[..chunk.len()].copy_from_slice(chunk);
            lent.filled = chunk.len();
            lent = match parser.resume(lent) {
                CoroutineState::Yielded(lent) => lent,
                CoroutineState::Complete(_) => panic!("the input has not ended"),
            };
            assert_eq!(lent.mid_request, inside, "after {chunk:?}");
        }
        assert_eq!(lent.requests.len(), 3);
        // A suspended parser is a few words: no buffer of its own. (A local that a method
        // uses is kept to the end of its scope, as natively; one whose type the rewrite
        // cannot see is `Copy` costs its bytes: 104, was 96.)
        assert!(size_of_val(&parser) <= 104, "{}", size_of_val(&parser));
    }

    #[test]
    fn malformed_requests_stop_the_parser_after_the_good_ones() {
        let cases: [(&[u8], ProtocolError); 9] = [
            (b"*x\r\n", ProtocolError::InvalidMultibulkLength),
            (b"*2147483648\r\n", ProtocolError::InvalidMultibulkLength),
            (b"*1\r\n:1\r\n", ProtocolError::ExpectedBulk(b':')),
            (b"*1\r\n$-1\r\n", ProtocolError::InvalidBulkLength),
            (b"*1\r\n$536870913\r\n", ProtocolError::InvalidBulkLength),
            (b"*1\r\n$01\r\n", ProtocolError::InvalidBulkLength),
            (b"GET \"a\r\n", ProtocolError::UnbalancedQuotes),
            (b"GET 'a'b\r\n", ProtocolError::UnbalancedQuotes),
            (b"*1\r\n$4\r\nPI", ProtocolError::UnexpectedEnd),
        ];
        for (bad, error) in cases {
            let input = [b"PING\r\n", bad].concat();
            assert_eq!(
                parse([&input[..]]),
                (args(&[&[b"PING"]]), Err(error.clone()))
            );
            assert_eq!(parse(input.chunks(1)), (args(&[&[b"PING"]]), Err(error)));
        }
    }

    #[test]
    fn a_request_over_the_limit_is_refused_before_it_is_kept() {
        // `SET k <value>`: 14 bytes before the value, then 3 ranges of 16 bytes.
        let request = |value: &[u8]| {
            let head = format!("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n${}\r\n", value.len());
            [head.as_bytes(), value, b"\r\n"].concat()
        };
        let set = |value: &[u8]| vec![b"SET".to_vec(), b"k".to_vec(), value.to_vec()];
        let fits = request(&[b'v'; 100]);
        let limit = fits.len() + 3 * size_of::<Range<usize>>();
        assert_eq!(
            parse_within(limit, fits.chunks(7)),
            (vec![set(&[b'v'; 100])], Ok(()))
        );
        // One byte more is refused as soon as its length is read, with nothing waited for.
        let over = request(&[b'v'; 101]);
        let length_line = over.len() - 101 - 2;
        assert_eq!(
            parse_within(limit, [&over[..length_line]]),
            (vec![], Err(ProtocolError::TooBigRequest))
        );
        // Many small arguments count their ranges: `*2147483647` then `$0` for ever.
        let endless = [&b"*2147483647\r\n"[..], &b"$0\r\n\r\n".repeat(1000)].concat();
        assert_eq!(
            parse_within(4096, endless.chunks(100)),
            (vec![], Err(ProtocolError::TooBigRequest))
        );
        assert_eq!(
            ProtocolError::TooBigRequest.to_string(),
            "Protocol error: too big request"
        );
    }

    #[test]
    fn endless_lines_are_refused_past_64_kib() {
        let endless = vec![b'a'; MAX_INLINE_LEN + 1];
        assert_eq!(
            parse([&endless[..]]).1,
            Err(ProtocolError::TooBigInlineRequest)
        );
        let count = [&b"*"[..], &vec![b'1'; MAX_INLINE_LEN + 1]].concat();
        assert_eq!(
            parse(count.chunks(1000)).1,
            Err(ProtocolError::TooBigMultibulkCount)
        );
        let length = [&b"*1\r\n$"[..], &vec![b'1'; MAX_INLINE_LEN + 1]].concat();
        assert_eq!(
            parse(length.chunks(1000)).1,
            Err(ProtocolError::TooBigBulkCount)
        );
        // A line just under the limit is fine.
        let long = [&b"ECHO "[..], &vec![b'a'; MAX_INLINE_LEN - 10], b"\r\n"].concat();
        assert_eq!(parse(long.chunks(4096)).0[0][1].len(), MAX_INLINE_LEN - 10);
    }

    #[test]
    fn a_large_bulk_arrives_in_many_chunks() {
        let value = vec![7u8; 1_000_000];
        let input = [&b"*2\r\n$4\r\nECHO\r\n$1000000\r\n"[..], &value, b"\r\n"].concat();
        let (requests, result) = parse(input.chunks(16 * 1024));
        assert_eq!(result, Ok(()));
        assert_eq!(requests, [vec![b"ECHO".to_vec(), value]]);
    }

    #[test]
    fn integers_parse_as_in_redis() {
        assert_eq!(parse_i64(b"0"), Some(0));
        assert_eq!(parse_i64(b"-12"), Some(-12));
        assert_eq!(parse_i64(b"9223372036854775807"), Some(i64::MAX));
        assert_eq!(parse_i64(b"-9223372036854775808"), Some(i64::MIN));
        for bad in [
            &b""[..],
            b"-",
            b"-0",
            b"01",
            b"+1",
            b" 1",
            b"1 ",
            b"9223372036854775808",
            b"1.0",
        ] {
            assert_eq!(parse_i64(bad), None, "{bad:?}");
        }
    }
}
