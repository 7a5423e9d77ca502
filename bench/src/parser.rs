//! The push parser of `examples/push_parser.rs` (the head of an HTTP/1.1 request, fed chunk
//! by chunk through `resume`) as a throughput workload: a stream of pipelined requests,
//! 64 KiB in all, fed in chunks of 1, 16 and 4096 bytes.
//!
//! The types, the line buffer and [`parse_head`] are the example's own (its file is this
//! module's `example` submodule). The other
//! approaches parse with the same [`Lines`] buffer and the same line parsers, so that they
//! differ only in how the parser suspends and resumes. Each head is parsed by a new parser;
//! the bytes it received past its blank line (`Head::rest`) start the next one.

use coro_core::{Coroutine, CoroutineState};

use crate::{Inline, Setting};

#[path = "../../examples/push_parser.rs"]
#[allow(
    dead_code,
    unreachable_pub,
    unused_imports,
    reason = "the example's own `main` and output code, and its request-stream parser"
)]
mod example;

pub use example::{
    Event, Head, Header, Input, Lines, MAX_HEAD_LEN, ParseError, RequestLine, parse_head,
    parse_header, parse_request_line,
};

/// The result of a parse, as yielded and returned by every version of the parser.
pub type Step = CoroutineState<Event, Result<Head, ParseError>>;

/// The parser written by hand: an enum with the buffers the parser keeps between resumes,
/// resumed in place.
#[derive(Debug)]
pub struct HandParser(HandState);

#[derive(Debug)]
enum HandState {
    Unresumed,
    /// Looking for the request line.
    RequestLine {
        lines: Lines,
    },
    /// Has yielded the request line.
    AfterRequestLine {
        lines: Lines,
        request_line: RequestLine,
    },
    /// Looking for header fields (has yielded `NeedInput` or a header).
    Headers {
        lines: Lines,
        request_line: RequestLine,
        headers: Vec<Header>,
    },
    Returned,
}

/// Builds a [`HandParser`].
#[must_use]
pub fn hand() -> HandParser {
    HandParser(HandState::Unresumed)
}

impl HandParser {
    fn fail(&mut self, error: ParseError) -> Step {
        self.0 = HandState::Returned;
        CoroutineState::Complete(Err(error))
    }
}

impl Coroutine<Input> for HandParser {
    type Yield = Event;
    type Return = Result<Head, ParseError>;

    fn resume(&mut self, input: Input) -> Step {
        match &mut self.0 {
            HandState::Unresumed => {
                let mut lines = Lines::default();
                lines.feed(input);
                self.0 = HandState::RequestLine { lines };
            }
            HandState::RequestLine { lines } | HandState::Headers { lines, .. } => {
                lines.feed(input);
            }
            HandState::AfterRequestLine { .. } => {
                let HandState::AfterRequestLine {
                    mut lines,
                    request_line,
                } = core::mem::replace(&mut self.0, HandState::Returned)
                else {
                    unreachable!()
                };
                lines.feed(input);
                self.0 = HandState::Headers {
                    lines,
                    request_line,
                    headers: Vec::new(),
                };
            }
            HandState::Returned => panic!("coroutine resumed after completion"),
        }
        if let HandState::RequestLine { lines } = &mut self.0 {
            loop {
                match lines.next_line() {
                    Err(error) => return self.fail(error),
                    Ok(Some(line)) if line.is_empty() => {}
                    Ok(Some(line)) => match parse_request_line(&line) {
                        Err(error) => return self.fail(error),
                        Ok(request_line) => {
                            let lines = core::mem::take(lines);
                            let event = Event::RequestLine(request_line.clone());
                            self.0 = HandState::AfterRequestLine {
                                lines,
                                request_line,
                            };
                            return CoroutineState::Yielded(event);
                        }
                    },
                    Ok(None) => return CoroutineState::Yielded(Event::NeedInput),
                }
            }
        }
        let HandState::Headers { lines, headers, .. } = &mut self.0 else {
            unreachable!()
        };
        // Every header field is yielded, so this runs to the blank line only once.
        match lines.next_line() {
            Err(error) => return self.fail(error),
            Ok(Some(line)) if line.is_empty() => {}
            Ok(Some(line)) => {
                return match parse_header(&line) {
                    Err(error) => self.fail(error),
                    Ok(header) => {
                        headers.push(header.clone());
                        CoroutineState::Yielded(Event::Header(header))
                    }
                };
            }
            Ok(None) => return CoroutineState::Yielded(Event::NeedInput),
        }
        let HandState::Headers {
            lines,
            request_line,
            headers,
        } = core::mem::replace(&mut self.0, HandState::Returned)
        else {
            unreachable!()
        };
        CoroutineState::Complete(Ok(Head {
            request_line,
            headers,
            rest: lines.buffer,
        }))
    }
}

/// The parser written with `diapause`. `diapause` passes no argument to the first resume
/// (`start()`), so the first input is an argument of the function. The body is the same.
#[diapause::coroutine(yield = Event, resume = Input)]
pub fn diapause_parse_head(first: Input) -> Result<Head, ParseError> {
    let mut lines: Lines = Lines::default();
    lines.feed(first);

    let request_line: RequestLine = loop {
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

    let mut headers: Vec<Header> = Vec::new();
    loop {
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

/// The parser as the body of a `genawaiter` generator. `genawaiter` drops the first resume
/// argument, so the first input is an argument of the function. The body is the same.
///
/// # Errors
///
/// As [`parse_head`].
pub async fn genawaiter_parse_head(
    co: genawaiter::stack::Co<'_, Event, Input>,
    first: Input,
) -> Result<Head, ParseError> {
    let mut lines = Lines::default();
    lines.feed(first);

    let request_line = loop {
        match lines.next_line()? {
            Some(line) if line.is_empty() => {}
            Some(line) => break parse_request_line(&line)?,
            None => {
                let input = co.yield_(Event::NeedInput).await;
                lines.feed(input);
            }
        }
    };
    let input = co.yield_(Event::RequestLine(request_line.clone())).await;
    lines.feed(input);

    let mut headers = Vec::new();
    loop {
        let header = match lines.next_line()? {
            Some(line) if line.is_empty() => break,
            Some(line) => parse_header(&line)?,
            None => {
                let input = co.yield_(Event::NeedInput).await;
                lines.feed(input);
                continue;
            }
        };
        headers.push(header.clone());
        let input = co.yield_(Event::Header(header)).await;
        lines.feed(input);
    }

    Ok(Head {
        request_line,
        headers,
        rest: lines.buffer,
    })
}

/// The parser as the body of a `corosensei` coroutine; its closure receives the first input.
/// The body is the same.
fn corosensei_parse_head(
    y: &corosensei::Yielder<Input, Event>,
    first: Input,
) -> Result<Head, ParseError> {
    let mut lines = Lines::default();
    lines.feed(first);

    let request_line = loop {
        match lines.next_line()? {
            Some(line) if line.is_empty() => {}
            Some(line) => break parse_request_line(&line)?,
            None => {
                let input = y.suspend(Event::NeedInput);
                lines.feed(input);
            }
        }
    };
    let input = y.suspend(Event::RequestLine(request_line.clone()));
    lines.feed(input);

    let mut headers = Vec::new();
    loop {
        let header = match lines.next_line()? {
            Some(line) if line.is_empty() => break,
            Some(line) => parse_header(&line)?,
            None => {
                let input = y.suspend(Event::NeedInput);
                lines.feed(input);
                continue;
            }
        };
        headers.push(header.clone());
        let input = y.suspend(Event::Header(header));
        lines.feed(input);
    }

    Ok(Head {
        request_line,
        headers,
        rest: lines.buffer,
    })
}

/// What parsing a stream observed; equal for every approach.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Heads parsed.
    pub requests: u64,
    /// Header fields parsed.
    pub headers: u64,
    /// Bytes of text in the events (method, target, version, names and values).
    pub text: u64,
    /// `Event::NeedInput` yields (depends on the chunk size).
    pub need_input: u64,
    /// Heads that failed to parse.
    pub errors: u64,
}

/// The chunks of the input not fed yet.
pub type Feed<'a> = core::slice::Chunks<'a, u8>;

/// The size of the input, in bytes.
pub const INPUT_LEN: usize = 64 * 1024;

/// The chunk sizes the benchmark uses.
pub const CHUNKS: [usize; 3] = [1, 16, 4096];

/// Pipelined request heads, as many whole ones as fit in [`INPUT_LEN`] bytes.
#[must_use]
pub fn input() -> Vec<u8> {
    let mut out = Vec::with_capacity(INPUT_LEN);
    for k in 0u32.. {
        let request = format!(
            "GET /items/{k}?page={} HTTP/1.1\r\nHost: shop.example\r\n\
             User-Agent: coro-bench/0.1\r\nAccept: text/html, application/json\r\n\
             Accept-Encoding: gzip\r\nX-Request-Id: {k}\r\n\r\n",
            k % 7
        );
        if out.len() + request.len() > INPUT_LEN {
            break;
        }
        out.extend_from_slice(request.as_bytes());
    }
    out
}

/// Parses `input`, fed in chunks of `chunk` bytes, one head after another. `parse_one`
/// parses one head with a new parser, starting with the given input, and returns the bytes
/// past it (`None` on an error, which ends the stream).
pub fn stream(
    input: &[u8],
    chunk: usize,
    mut parse_one: impl FnMut(Input, &mut Feed<'_>, &mut Summary) -> Option<Vec<u8>>,
) -> Summary {
    let mut feed = input.chunks(chunk);
    let mut summary = Summary::default();
    let mut rest = Vec::new();
    loop {
        if rest.is_empty() {
            match feed.next() {
                Some(bytes) => rest = bytes.to_vec(),
                None => return summary,
            }
        }
        match parse_one(Input::Data(rest), &mut feed, &mut summary) {
            Some(more) => rest = more,
            None => return summary,
        }
    }
}

/// Drives one parser, given by its resume function, to completion: feeds it the next chunk
/// whenever it needs input, records its events, and returns the bytes past the head.
#[inline]
pub fn drive_one(
    first: Input,
    feed: &mut Feed<'_>,
    summary: &mut Summary,
    mut resume: impl FnMut(Input) -> Step,
) -> Option<Vec<u8>> {
    let mut input = first;
    loop {
        match resume(input) {
            CoroutineState::Yielded(Event::NeedInput) => {
                summary.need_input += 1;
                input = feed
                    .next()
                    .map_or(Input::End, |bytes| Input::Data(bytes.to_vec()));
                continue;
            }
            CoroutineState::Yielded(Event::RequestLine(line)) => {
                summary.text += (line.method.len() + line.target.len() + line.version.len()) as u64;
            }
            CoroutineState::Yielded(Event::Header(header)) => {
                summary.headers += 1;
                summary.text += (header.name.len() + header.value.len()) as u64;
            }
            CoroutineState::Complete(Ok(head)) => {
                summary.requests += 1;
                return Some(head.rest);
            }
            CoroutineState::Complete(Err(_)) => {
                summary.errors += 1;
                return None;
            }
        }
        // Nothing new: the parser still has unparsed bytes buffered.
        input = Input::Data(Vec::new());
    }
}

/// Parses `input` in chunks of `chunk` bytes with [`parse_head`], resumed in the setting `S`.
#[must_use]
#[inline]
pub fn run_generated_in<S: Setting>(input: &[u8], chunk: usize) -> Summary {
    stream(input, chunk, |first, feed, summary| {
        let mut parser = parse_head();
        drive_one(first, feed, summary, |i| S::resume(&mut parser, i))
    })
}

/// Parses `input` in chunks of `chunk` bytes with [`HandParser`], resumed in the setting `S`.
#[must_use]
#[inline]
pub fn run_hand_in<S: Setting>(input: &[u8], chunk: usize) -> Summary {
    stream(input, chunk, |first, feed, summary| {
        let mut parser = hand();
        drive_one(first, feed, summary, |i| S::resume(&mut parser, i))
    })
}

fn from_diapause<Y, R>(state: diapause::CoroutineState<Y, R>) -> CoroutineState<Y, R> {
    match state {
        diapause::CoroutineState::Yielded(y) => CoroutineState::Yielded(y),
        diapause::CoroutineState::Complete(r) => CoroutineState::Complete(r),
    }
}

/// Parses `input` in chunks of `chunk` bytes with [`diapause_parse_head()`], resumed in the
/// setting `S`.
#[must_use]
#[inline]
pub fn run_diapause_in<S: Setting>(input: &[u8], chunk: usize) -> Summary {
    stream(input, chunk, |first, feed, summary| {
        let mut parser = diapause_parse_head(first);
        let mut started = false;
        // The first input went in as the argument; `drive_one`'s first one is empty.
        drive_one(Input::Data(Vec::new()), feed, summary, |i| {
            from_diapause(if started {
                S::resume_diapause(&mut parser, i)
            } else {
                started = true;
                S::start_diapause(&mut parser)
            })
        })
    })
}

/// Parses `input` in chunks of `chunk` bytes with [`genawaiter_parse_head`], resumed in the
/// setting `S`.
#[must_use]
#[inline]
pub fn run_genawaiter_in<S: Setting>(input: &[u8], chunk: usize) -> Summary {
    stream(input, chunk, |first, feed, summary| {
        genawaiter::stack::let_gen_using!(parser, |co| genawaiter_parse_head(co, first));
        // The first resume argument is dropped by `genawaiter`: the input went in as the
        // argument.
        drive_one(Input::Data(Vec::new()), feed, summary, |i| {
            match S::slot(&mut *parser).resume_with(i) {
                genawaiter::GeneratorState::Yielded(y) => CoroutineState::Yielded(y),
                genawaiter::GeneratorState::Complete(r) => CoroutineState::Complete(r),
            }
        })
    })
}

/// Parses `input` in chunks of `chunk` bytes with a `corosensei` coroutine (one per head, on
/// the thread's pooled stack), resumed in the setting `S`.
#[must_use]
#[inline]
pub fn run_corosensei_in<S: Setting>(input: &[u8], chunk: usize) -> Summary {
    stream(input, chunk, |first, feed, summary| {
        crate::with_stack(|stack| {
            let mut parser = corosensei::Coroutine::with_stack(stack, corosensei_parse_head);
            let rest = drive_one(first, feed, summary, |i| {
                match S::slot(&mut parser).resume(i) {
                    corosensei::CoroutineResult::Yield(y) => CoroutineState::Yielded(y),
                    corosensei::CoroutineResult::Return(r) => CoroutineState::Complete(r),
                }
            });
            (rest, parser.into_stack())
        })
    })
}

/// [`run_generated_in`] with the parser inline (a local the optimiser sees through).
#[must_use]
pub fn run_generated(input: &[u8], chunk: usize) -> Summary {
    run_generated_in::<Inline>(input, chunk)
}

/// [`run_hand_in`] with the parser inline (a local the optimiser sees through).
#[must_use]
pub fn run_hand(input: &[u8], chunk: usize) -> Summary {
    run_hand_in::<Inline>(input, chunk)
}

/// [`run_diapause_in`] with the parser inline (a local the optimiser sees through).
#[must_use]
pub fn run_diapause(input: &[u8], chunk: usize) -> Summary {
    run_diapause_in::<Inline>(input, chunk)
}

/// [`run_genawaiter_in`] with the parser inline (a local the optimiser sees through).
#[must_use]
pub fn run_genawaiter(input: &[u8], chunk: usize) -> Summary {
    run_genawaiter_in::<Inline>(input, chunk)
}

/// [`run_corosensei_in`] with the parser inline (a local the optimiser sees through).
#[must_use]
pub fn run_corosensei(input: &[u8], chunk: usize) -> Summary {
    run_corosensei_in::<Inline>(input, chunk)
}
